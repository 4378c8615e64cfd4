"""Reading one news article into a `source` record: JSONL `article` dicts, .txt, saved .html.

Nothing is ever fetched: a saved page is read from disk, its scripts, styles,
navigation, headers, footers and asides dropped, and its body taken from the
article's paragraphs. Every article comes with its dedup keys (the URL, and
the sha256 of the normalised body), so importing the same story twice, from
a file or from another outlet's copy, is caught.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from desktop.core import arabic, article_meta, digests, text_encoding
from desktop.core.errors import InputError, Where
from desktop.core.kinds.fields import MAX_TEXT

MAX_ARTICLE_BYTES = 5 * 1024 * 1024     # a long article is ~100 KB; a 50 MB "article" is a mistake
_ARTICLE_FIELDS = ("title", "body", "published", "outlet", "url", "language", "author", "summary", "id")


class ArticleError(InputError):
    """An article cannot be read; it names the file and the line or field."""


def _at(where) -> Where:
    return where if isinstance(where, Where) else Where(str(where))


@dataclass(frozen=True)
class Article:
    source: dict             # an interchange `source` record
    dedup_keys: tuple[str, ...]   # ("url:...", "sha256:...")


body_hash = digests.body_hash    # part of this module's interface


def dedup_keys(source: dict) -> tuple[str, ...]:
    keys = []
    if source.get("url"):
        keys.append("url:" + _canonical_url(source["url"]))
    keys.append("sha256:" + body_hash(source.get("body") or ""))
    return tuple(keys)


def _canonical_url(url: str) -> str:
    url = url.strip()
    url = re.sub(r"#.*$", "", url)
    url = re.sub(r"[?&](utm_[a-z]+|fbclid|gclid)=[^&]*", "", url)
    return url.rstrip("/").lower()


def _source_id(body: str, url: str | None) -> str:
    basis = _canonical_url(url) if url else body_hash(body)
    return "source:article-" + digests.short_sha1(basis)


def _finish(fields: dict, where) -> Article:
    body = (fields.get("body") or "").strip()
    if not body:
        raise ArticleError("article.no_text", where=_at(where), field="body")
    if len(body) > MAX_TEXT:
        # Refused here, before extraction: a body the record would refuse anyway cost 30 s and 400 MB first.
        raise ArticleError("field.too_long", where=_at(where), field="body", length=len(body), limit=MAX_TEXT)
    source: dict = {"kind": "source"}
    source["id"] = fields.get("id") or _source_id(body, fields.get("url"))
    title = (fields.get("title") or "").strip()
    if not title:
        first = body.split("\n", 1)[0]
        title = first[:120].rstrip() + ("…" if len(first) > 120 else "")
    source["title"] = title
    source["body"] = body
    for key in ("summary", "outlet", "url", "published", "language", "author"):
        value = fields.get(key)
        if value:
            source[key] = value.strip() if isinstance(value, str) else value
    if "published" in source:
        source["published"] = _iso_date(source["published"], where)
    source.setdefault("language", "ar" if arabic.contains_arabic(body) else "en")
    return Article(source, dedup_keys(source))


def _iso_date(value, where) -> str:
    if not isinstance(value, str):
        raise ArticleError("field.date_not_text", where=_at(where), field="published", type=type(value).__name__)
    text = arabic.to_western_digits(value.strip())
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        raise ArticleError("field.not_date", where=_at(where), field="published", value=value)
    return m.group(0)


def from_article_record(record: dict, where=None) -> Article:
    """An `article` (or `source`) dict from JSONL; `where` is its file and line, for messages."""
    where = _at(where or "article")
    if not isinstance(record, dict):
        raise ArticleError("record.not_object", where=where, type=type(record).__name__)
    fields = {}
    for key in _ARTICLE_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ArticleError("field.not_text", where=where, field=key, type=type(value).__name__)
        fields[key] = value
    if not fields.get("body", "").strip():
        raise ArticleError("article.no_text", where=where, field="body")
    return _finish(fields, where)


def _read_text(path: Path, data: bytes | None = None) -> str:
    """The file's text; `data`: its bytes, read already (a member of an archive, named `path`)."""
    try:
        size = path.stat().st_size if data is None else len(data)
    except OSError as exc:
        raise ArticleError("input.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError("article.too_big", where=Where(str(path)), size=f"{size / 1048576:.1f}",
                           limit=MAX_ARTICLE_BYTES // 1048576)
    if data is None:
        data = path.read_bytes()
    if text_encoding.bom_encoding(data) == text_encoding.UTF16:
        data = data.decode("utf-16", "replace").encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        found = text_encoding.named(data)
        if found is not None:     # a Windows-1256 article is refused naming it, not read as mojibake
            raise ArticleError(found[0], where=Where(str(path), line), encoding=found[1], offset=exc.start) from None
        raise ArticleError("csv.bad_utf8", where=Where(str(path), line), byte=data[exc.start],
                           offset=exc.start) from None


def from_text_file(path: str | Path, *, published: str | None = None, outlet: str | None = None,
                   url: str | None = None, title: str | None = None, data: bytes | None = None) -> Article:
    """A .txt article: the first non-empty line is the title, the rest the body; but a first line
    that is the lead paragraph (article_meta.is_headline) is body, and the title is made from it."""
    path = Path(path)
    text = _read_text(path, data).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ArticleError("input.empty", where=Where(str(path)))
    head = lines[first].strip()
    lead = not article_meta.has_metadata_line(head) and not article_meta.is_headline(head)
    # «بغداد (رويترز) - قال …»: a file that opens with its lead paragraph keeps it in the body, to be
    # analysed, as the import sheet does; a shortened lead stands in for the title
    body = "\n".join(lines[first if lead else first + 1:]).strip()
    if not body:
        raise ArticleError("article.title_only", where=Where(str(path), first + 1))
    summary = None
    if lead:
        head = article_meta.headline_from_lead(body)
    elif article_meta.has_metadata_line(head):
        # «date 2025-12-31 • standfirst»: never the title (it became «date 2025-12-31 • …»).
        found = article_meta.from_text(text, pasted=False)
        head, summary, published = found.title, found.summary or None, published or found.published or None
    fields = {"title": title or head, "body": body, "published": published, "outlet": outlet, "url": url,
              "summary": summary}
    return _finish({k: v for k, v in fields.items() if v}, str(path))


# --- saved HTML pages -------------------------------------------------------

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "button",
         "svg", "iframe", "template", "figcaption", "select"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.time_datetime: str | None = None
        self.itemprop_date: str | None = None
        self.paragraphs: list[tuple[bool, str]] = []   # (inside <article>, text)
        self._p: list[str] | None = None
        self.article_depth = 0
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.canonical = a["href"]
        if tag in _VOID:
            return
        if a.get("itemprop", "").lower() == "datepublished":
            self.itemprop_date = self.itemprop_date or a.get("content") or a.get("datetime")
        if tag == "time" and a.get("datetime") and not self.time_datetime:
            self.time_datetime = a["datetime"]
        self.stack.append(tag)
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "article":
            self.article_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "p" and not self.skip_depth:
            self._close_p()
            self._p = []
        elif tag == "br" and self._p is not None:
            self._p.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            self._end(open_tag)
            if open_tag == tag:
                break

    def _end(self, tag):
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "article":
            self._close_p()
            self.article_depth = max(0, self.article_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        elif tag == "p":
            self._close_p()

    def _close_p(self):
        if self._p is not None:
            text = " ".join("".join(self._p).split())
            if text:
                self.paragraphs.append((self.article_depth > 0, text))
        self._p = None

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        if self._p is not None:
            self._p.append(data)

    def close(self):
        super().close()
        self._close_p()


def parse_html(html: str, where=None) -> dict:
    """Title, published date, url and body of a saved news page (nothing is fetched)."""
    parser = _PageParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError) as exc:   # html.parser's own errors on hopeless markup
        raise ArticleError("article.not_html", where=_at(where or "page"), reason=str(exc)) from None
    meta = parser.meta
    title = (meta.get("og:title") or " ".join("".join(parser.h1_parts).split())
             or " ".join("".join(parser.title_parts).split()))
    published = next((meta[k] for k in _DATE_META if meta.get(k)), None) \
        or parser.itemprop_date or parser.time_datetime
    in_article = [t for inside, t in parser.paragraphs if inside]
    paragraphs = in_article or [t for _, t in parser.paragraphs]
    body = "\n\n".join(paragraphs)
    fields = {"title": title, "body": body, "url": meta.get("og:url") or parser.canonical,
              "outlet": meta.get("og:site_name"), "author": meta.get("author"),
              "summary": meta.get("og:description") or meta.get("description")}
    if published:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", arabic.to_western_digits(published))
        if m:
            fields["published"] = m.group(1)
    return {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}


def from_html_file(path: str | Path, *, published: str | None = None, outlet: str | None = None,
                   url: str | None = None, data: bytes | None = None) -> Article:
    path = Path(path)
    html = _read_text(path, data)
    fields = parse_html(html, str(path))
    if not fields.get("body"):
        raise ArticleError("article.no_paragraphs", where=Where(str(path)))
    for key, value in (("published", published), ("outlet", outlet), ("url", url)):
        if value:
            fields[key] = value
    return _finish(fields, str(path))


def prefill_from_file(path: str | Path) -> article_meta.Prefill:
    """What a .txt or saved .html article file says about itself, for the import sheet
    (refused by size and encoding as an import would be)."""
    path = Path(path)
    text = _read_text(path)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        fields = parse_html(text, str(path))
        if not fields.get("body"):
            raise ArticleError("article.no_paragraphs", where=Where(str(path)))
        return article_meta.from_page(fields)
    return article_meta.from_text(text, pasted=False)


def read_article(path: str | Path, *, published: str | None = None, outlet: str | None = None,
                 url: str | None = None, data: bytes | None = None) -> Article:
    """One article file, by extension: .txt, .html/.htm, or .json (a single article object).
    `data`: its bytes, read already (a member of an archive, which `path` names)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext in (".txt", ".text", ".md"):
        return from_text_file(path, published=published, outlet=outlet, url=url, data=data)
    if ext in (".html", ".htm", ".xhtml"):
        return from_html_file(path, published=published, outlet=outlet, url=url, data=data)
    if ext == ".json":
        text = _read_text(path, data)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError("input.bad_json", where=Where(str(path), exc.lineno), column=exc.colno,
                               reason=exc.msg) from None
        except RecursionError:
            raise ArticleError("input.bad_json", where=Where(str(path), 1), column=1,
                               reason="nested too deeply") from None
        except ValueError as exc:      # an integer of more than 4,300 digits
            raise ArticleError("input.bad_json", where=Where(str(path), 1), column=1,
                               reason=str(exc).split(":")[0]) from None
        art = from_article_record(record, Where(str(path)))
        for key, value in (("published", published), ("outlet", outlet), ("url", url)):
            if value and key not in art.source:
                art.source[key] = value
        return art
    raise ArticleError("article.unknown_format", where=Where(str(path)), suffix=ext or "(no extension)")
