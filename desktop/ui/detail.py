"""The detail pane's rich text for one record, built from desktop.core.views.related.

Every piece of record text is html.escape'd before it enters the HTML; links
between records use the `marsad:` scheme (marsad:actor:hussein-allawi).
"""
from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication

from desktop.core import arabic, dateformat, highlight
from desktop.ui import labels

CONTEXT_CHARS = 600  # characters of the source shown on each side of a quote
MARK_STYLE = "background-color: rgba(255, 196, 0, 110);"


def link_for(key: str) -> str:
    return "marsad:" + quote(key, safe=":")


def key_from_link(url: str) -> str | None:
    return unquote(url[len("marsad:"):]) if url.startswith("marsad:") else None


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _marked(text: str, spans) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(_e(text[pos:start]))
        out.append(f'<span style="{MARK_STYLE}">{_e(text[start:end])}</span>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _h3(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _link(key: str | None, names: dict, fallback: str = "") -> str:
    if not key:
        return _e(fallback)
    return f'<a href="{_e(link_for(key))}">{_e(names.get(key, key))}</a>'


def _date(rec: dict, field: str, language: str) -> str:
    value = rec.get(field)
    if not value:
        return ""
    try:
        return _e(dateformat.format_span(value, rec.get("date_end") if field == "date" else None,
                                         rec.get("date_precision"), language))
    except ValueError:
        return _e(value)


def _row(label: str, value_html: str) -> str:
    if not value_html:
        return ""
    return f"<tr><th style='padding: 2px 8px; font-weight: 600;'>{_e(label)}</th><td>{value_html}</td></tr>"


def _list(items: list[str], language: str) -> str:
    """A list laid out in the interface's direction, whatever script its items begin with.

    Qt would take each item's direction from its first letter, so in the
    English interface an Arabic quote made its item right to left, and the
    English date after it came out scrambled («December 31) ... (2025»).
    """
    if not items:
        return ""
    direction = "rtl" if language == "ar" else "ltr"
    return f"<ul dir='{direction}'>" + "".join(f"<li dir='{direction}'>{i}</li>" for i in items) + "</ul>"


def _isolated(html_text: str) -> str:
    """Record text between FSI and PDI: laid out in its own direction without reordering what is around it."""
    return "\u2068" + html_text + "\u2069" if html_text else ""


def quote_in_source(body: str, text: str, span) -> str:
    """The quote's paragraph of the source, with the quote marked."""
    start = end = None
    if span and 0 <= span[0] < span[1] <= len(body):
        start, end = span
    else:
        found = body.find(text)
        if found < 0:
            # The quote may differ from the body in marks or letter forms: find it normalised.
            norm_body, mapping = arabic.normalize_with_map(body)
            at = norm_body.find(arabic.normalize(text))
            if at >= 0:
                start, end = mapping[at], mapping[at + len(arabic.normalize(text))]
        else:
            start, end = found, found + len(text)
    if start is None:
        return ""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(body), end + CONTEXT_CHARS)
    lead = "… " if lo else ""
    tail = " …" if hi < len(body) else ""
    return (lead + _e(body[lo:start]) + f'<span style="{MARK_STYLE} font-weight: 600;">'
            + _e(body[start:end]) + "</span>" + _e(body[end:hi]) + tail).replace("\n", "<br>")


def render(info: dict | None, language: str = "ar", terms=()) -> str:
    """The HTML for `views.related(...)` output; a short message when the record is gone."""
    if info is None:
        return "<p>" + _e(QCoreApplication.translate("Detail", "This record no longer exists.")) + "</p>"
    rec, names = info["record"], info["names"]
    kind = rec["kind"]
    main = {"actor": "name", "place": "name", "source": "title", "event": "title", "quote": "text"}[kind]
    main_text = rec[main]
    spans = highlight.spans(main_text, list(terms)) if terms else []
    parts = [f"<p>{_e(labels.kind_singular(kind))}"
             f" · <code>{_e(rec['id'])}</code>"
             + (f" · <b>{_e(labels.value('unreviewed'))}</b>" if rec.get("review") == "unreviewed" else "")
             + "</p>"]
    if kind == "quote":
        parts.append(f"<blockquote style='font-size: large;'>«{_marked(main_text, spans)}»</blockquote>")
    else:
        parts.append(f"<h2>{_marked(main_text, spans)}</h2>")
    rows = []
    if kind == "quote":
        rows += [_row(QCoreApplication.translate("Detail", "Speaker"), _link(rec.get("speaker"), names)),
                 _row(QCoreApplication.translate("Detail", "Date"), _date(rec, "date", language)),
                 _row(QCoreApplication.translate("Detail", "Source"), _link(rec.get("source"), names)),
                 _row(QCoreApplication.translate("Detail", "Event"), _link(rec.get("event"), names)),
                 _row(QCoreApplication.translate("Detail", "Context"), _e(rec.get("context", "")))]
    elif kind == "actor":
        rows += [_row(QCoreApplication.translate("Detail", "English name"), _e(rec.get("name_en", ""))),
                 _row(QCoreApplication.translate("Detail", "Type"), _e(labels.value(rec.get("type")))),
                 _row(QCoreApplication.translate("Detail", "Title"), _e(rec.get("title", ""))),
                 _row(QCoreApplication.translate("Detail", "Also known as"), _e("، ".join(rec.get("aliases", [])))),
                 _row(QCoreApplication.translate("Detail", "Affiliation"), _link(rec.get("affiliation"), names)),
                 _row(QCoreApplication.translate("Detail", "Description"), _e(rec.get("description", "")))]
    elif kind == "event":
        actors = [_link(a["actor"], names) + (f" ({_e(a['role'])})" if a.get("role") else "")
                  for a in rec.get("actors", [])]
        rows += [_row(QCoreApplication.translate("Detail", "Date"), _date(rec, "date", language)),
                 _row(QCoreApplication.translate("Detail", "Status"), _e(labels.value(rec.get("status")))),
                 _row(QCoreApplication.translate("Detail", "Place"), _link(rec.get("place"), names)),
                 _row(QCoreApplication.translate("Detail", "Category"), _e(rec.get("category", ""))),
                 _row(QCoreApplication.translate("Detail", "Actors"), "<br>".join(actors)),
                 _row(QCoreApplication.translate("Detail", "Sources"),
                      "<br>".join(_link(s, names) for s in rec.get("sources", []))),
                 _row(QCoreApplication.translate("Detail", "Summary"), _e(rec.get("summary", "")))]
    elif kind == "place":
        rows += [_row(QCoreApplication.translate("Detail", "English name"), _e(rec.get("name_en", ""))),
                 _row(QCoreApplication.translate("Detail", "Type"), _e(labels.value(rec.get("type")))),
                 _row(QCoreApplication.translate("Detail", "Part of"), _link(rec.get("parent"), names)),
                 _row(QCoreApplication.translate("Detail", "Also known as"), _e("، ".join(rec.get("aliases", [])))),
                 _row(QCoreApplication.translate("Detail", "Coordinates"),
                      _e(f"{rec['lat']}, {rec['lon']}") if "lat" in rec and "lon" in rec else "")]
    elif kind == "source":
        rows += [_row(QCoreApplication.translate("Detail", "Outlet"), _e(rec.get("outlet", ""))),
                 _row(QCoreApplication.translate("Detail", "Published"), _date(rec, "published", language)),
                 _row(QCoreApplication.translate("Detail", "Author"), _e(rec.get("author", ""))),
                 _row(QCoreApplication.translate("Detail", "Address"), _e(rec.get("url", ""))),
                 _row(QCoreApplication.translate("Detail", "Summary"), _e(rec.get("summary", "")))]
    if rec.get("notes"):
        rows.append(_row(QCoreApplication.translate("Detail", "Notes"), _e(rec["notes"])))
    if rec.get("tags"):
        rows.append(_row(QCoreApplication.translate("Detail", "Tags"), _e(", ".join(rec["tags"]))))
    parts.append("<table>" + "".join(r for r in rows if r) + "</table>")
    if kind == "quote" and info.get("source_body"):
        context = quote_in_source(info["source_body"], rec["text"], rec.get("source_span"))
        if context:
            parts.append(_h3(QCoreApplication.translate("Detail", "In the source")) + f"<p>{context}</p>")
    if info.get("quotes"):
        items = [_isolated(f"«{_link(q['key'], {q['key']: q['text']})}»")
                 + (f" — {_isolated(_e(q['speaker']))}" if q.get("speaker") else "")
                 + (f" ({_isolated(_date(q, 'date', language))})" if q.get("date") else "") for q in info["quotes"]]
        parts.append(_h3(QCoreApplication.translate("Detail", "Quotes")) + _list(items, language))
    if info.get("events"):
        items = [_isolated(_link(ev["key"], {ev["key"]: ev["title"]}))
                 + (f" ({_isolated(_e(ev['role']))})" if ev.get("role") else "")
                 + (f" — {_isolated(_date(ev, 'date', language))}" if ev.get("date") else "")
                 for ev in info["events"]]
        parts.append(_h3(QCoreApplication.translate("Detail", "Events")) + _list(items, language))
    if info.get("members"):
        parts.append(_h3(QCoreApplication.translate("Detail", "Members and affiliates"))
                     + _list([_isolated(_link(m["key"], {m["key"]: m["name"]})) for m in info["members"]], language))
    if info.get("children"):
        parts.append(_h3(QCoreApplication.translate("Detail", "Places within"))
                     + _list([_isolated(_link(c["key"], {c["key"]: c["name"]})) for c in info["children"]], language))
    if kind == "source" and rec.get("body"):
        body = rec["body"]
        shown = body if len(body) <= 20_000 else body[:20_000] + " …"
        parts.append(_h3(QCoreApplication.translate("Detail", "Text"))
                     + "<p>" + _e(shown).replace("\n", "<br>") + "</p>")
    return "".join(parts)
