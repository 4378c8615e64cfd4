"""What an import changed in records the store already held, shown after it in the UI language:
each updated record with the labels of the fields that changed, and the records left as they were
because the store holds a later revision of them (by the dataset's timestamp, ACLED's `timestamp`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core import kinds
from desktop.ui import labels

SHOWN = 2_000      # lines listed; the report lists at most writing.CHANGES_LISTED records anyway


def _more(n: int) -> str:
    return QCoreApplication.translate("ImportChanges", "… and %1 more").replace("%1", str(n))


def change_lines(report, language: str) -> list[str]:
    """«id: label, label» for each updated record the report lists, then how many more there are."""
    sep = labels.list_separator(language)
    lines = [f"{key}: " + sep.join(labels.field_named(kinds.kind_of(key) or "", name) for name in names)
             for key, names in list(report.changes.items())[:SHOWN]]
    more = sum(report.updated.values()) - len(lines)
    if more > 0:
        lines.append(_more(more))
    return lines


def kept_lines(report) -> list[str]:
    lines = list(report.kept_newer[:SHOWN])
    more = report.kept_newer_count - len(lines)
    if more > 0:
        lines.append(_more(more))
    return lines


def changes_widget(report, parent: QWidget) -> QWidget | None:
    """The changed records and the ones kept as stored, as read-only lines; None when there are none."""
    if not report.changes and not report.kept_newer_count:
        return None
    box = QWidget(parent)
    box.setObjectName("importChanges")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    language = "ar" if parent.isRightToLeft() else "en"
    changed = QCoreApplication.translate("ImportChanges", "Changed in records already stored:")
    kept = QCoreApplication.translate("ImportChanges", "Kept as stored, because the store holds a later revision:")
    for title, lines in ((changed, change_lines(report, language)), (kept, kept_lines(report))):
        if not lines:
            continue
        heading = QLabel(title, box)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        text = QPlainTextEdit(box)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.NoWrap)
        text.setLayoutDirection(Qt.RightToLeft if language == "ar" else Qt.LeftToRight)
        text.setPlainText("\n".join(lines))
        text.setMaximumHeight(160)
        layout.addWidget(text)
    return box
