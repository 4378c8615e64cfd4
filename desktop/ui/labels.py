"""Translated labels for the words the data uses: kinds, types, statuses, review, columns.

The record fields hold English codes (person, occurred, unreviewed); these
are the words shown for them. Each call goes through Qt's translator, so
the labels follow the UI language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_plural(kind: str) -> str:
    return {
        "event": QCoreApplication.translate("Labels", "Events"),
        "actor": QCoreApplication.translate("Labels", "Actors"),
        "quote": QCoreApplication.translate("Labels", "Quotes"),
        "place": QCoreApplication.translate("Labels", "Places"),
        "source": QCoreApplication.translate("Labels", "Sources"),
    }.get(kind, kind)


def kind_singular(kind: str) -> str:
    return {
        "event": QCoreApplication.translate("Labels", "Event", "record kind"),
        "actor": QCoreApplication.translate("Labels", "Actor", "record kind"),
        "quote": QCoreApplication.translate("Labels", "Quote", "record kind"),
        "place": QCoreApplication.translate("Labels", "Place", "record kind"),
        "source": QCoreApplication.translate("Labels", "Source", "record kind"),
    }.get(kind, kind)


def value(code: str | None) -> str:
    """The label of a type, status or review code (the code itself if unknown)."""
    if not code:
        return ""
    return {
        "person": QCoreApplication.translate("Labels", "person"),
        "organization": QCoreApplication.translate("Labels", "organization"),
        "state": QCoreApplication.translate("Labels", "state"),
        "armed_group": QCoreApplication.translate("Labels", "armed group"),
        "media": QCoreApplication.translate("Labels", "media"),
        "other": QCoreApplication.translate("Labels", "other"),
        "country": QCoreApplication.translate("Labels", "country"),
        "province": QCoreApplication.translate("Labels", "province"),
        "city": QCoreApplication.translate("Labels", "city"),
        "site": QCoreApplication.translate("Labels", "site"),
        "occurred": QCoreApplication.translate("Labels", "occurred"),
        "announced": QCoreApplication.translate("Labels", "announced"),
        "planned": QCoreApplication.translate("Labels", "planned"),
        "expected": QCoreApplication.translate("Labels", "expected"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "unreviewed": QCoreApplication.translate("Labels", "unreviewed"),
        "exact": QCoreApplication.translate("Labels", "exact"),
        "approximate": QCoreApplication.translate("Labels", "approximate"),
    }.get(code, code)


def column(name: str) -> str:
    return {
        "date": QCoreApplication.translate("Columns", "Date"),
        "title": QCoreApplication.translate("Columns", "Title"),
        "place": QCoreApplication.translate("Columns", "Place", "record kind"),
        "actors": QCoreApplication.translate("Columns", "Actors"),
        "status": QCoreApplication.translate("Columns", "Status"),
        "review": QCoreApplication.translate("Columns", "Review"),
        "name": QCoreApplication.translate("Columns", "Name"),
        "name_en": QCoreApplication.translate("Columns", "English name"),
        "type": QCoreApplication.translate("Columns", "Type"),
        "quotes": QCoreApplication.translate("Columns", "Quotes"),
        "events": QCoreApplication.translate("Columns", "Events"),
        "text": QCoreApplication.translate("Columns", "Text"),
        "speaker": QCoreApplication.translate("Columns", "Speaker"),
        "source": QCoreApplication.translate("Columns", "Source", "record kind"),
        "parent": QCoreApplication.translate("Columns", "Part of"),
        "outlet": QCoreApplication.translate("Columns", "Outlet"),
        "published": QCoreApplication.translate("Columns", "Published"),
    }.get(name, name)
