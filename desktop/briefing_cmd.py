"""`marsad briefing`: a printable briefing as PDF, without a window.

Registered in desktop/cli.py with `cli.add_command(briefing)`; the store
comes from the click context (`ctx.obj["open_store"]()`). Qt is imported
only when the command runs, so the rest of the CLI starts without it.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

import click

from desktop.core.briefing_selection import RULE as SELECTION_RULE
from desktop.core.errors import MarsadError
from desktop.core.safe_text import shown

if TYPE_CHECKING:  # imported when the command runs: the CLI starts without it
    from desktop.core.briefing import BriefingSpec

DEFAULT_QUERY_LIMIT = 200
# The app's Preferences ▸ Digits, and its default: Western. Given to the sheet explicitly, as the composer
# gives the app's choice, so an Arabic sheet does not fall back to core's Arabic-Indic default.
DIGITS = {"western": False, "arabic-indic": True}
DEFAULT_DIGITS = "western"

EPILOG = """\b
Examples:
  marsad briefing --out ain-al-asad.pdf --query "عين الأسد" --title "قاعدة عين الأسد"
  marsad briefing --out allawi.pdf --ids quote:allawi-1,event:joint-statement-2024 --lang en --paper Letter
  marsad briefing --out anbar.pdf --query "place:الأنبار" --figure timeline --figure map
  marsad briefing --out allawi-ar.pdf --query "علاوي" --digits arabic-indic
"""


def _split_ids(ids: str) -> list[str]:
    return [part.strip() for part in ids.split(",") if part.strip()]


@click.command("briefing", epilog=EPILOG)
@click.option("--out", "out", required=True, metavar="FILE.pdf",
              type=click.Path(dir_okay=False, writable=False, path_type=Path),
              help="The PDF to write (written whole or not at all).")
@click.option("--query", "query", default=None, metavar="Q",
              help="Records matching this search (the search query language).")
@click.option("--ids", "ids", default=None, metavar="ID,...",
              help="Comma-separated record ids, in the order to print them.")
@click.option("--title", default="", help="Briefing title (default «موجز» / Briefing).")
@click.option("--lang", "language", type=click.Choice(["ar", "en"]), default="ar",
              show_default=True, help="Language and direction of the sheet.")
@click.option("--paper", type=click.Choice(["A4", "Letter"], case_sensitive=False), default="A4",
              show_default=True)
@click.option("--author", default="", help="Shown as «إعداد: …» / “Prepared by …”.")
@click.option("--caveat", default="", help="Handling caveat, e.g. «للاستخدام الرسمي».")
@click.option("--limit", default=DEFAULT_QUERY_LIMIT, show_default=True, type=click.IntRange(1),
              help="With --query: at most this many records, chosen so the sheet covers the kinds the "
                   "query finds: " + SELECTION_RULE + ".")
@click.option("--digits", type=click.Choice(list(DIGITS)), default=DEFAULT_DIGITS, show_default=True,
              help="The digits of the sheet's dates and page numbers, as in the app's Preferences: "
                   "western (0123) or arabic-indic (٠١٢٣).")
@click.option("--figure", "figures", multiple=True, type=click.Choice(["timeline", "links", "map"]),
              help="Draw this story view of the selection into the sheet (repeatable, in this order).")
@click.pass_context
def briefing(ctx: click.Context, out: Path, query: str | None, ids: str | None, title: str,
             language: str, paper: str, author: str, caveat: str, limit: int, digits: str,
             figures: tuple[str, ...]) -> None:
    """Write a printable briefing (PDF) of the selected records.

    The sheet has a title block (Gregorian and Hijri date), a timeline of
    the events, the actors involved, the key quotes and the sources, with a
    running header and «صفحة ١ من ٣» footers. Runs without a display.
    """
    if query is not None and ids is not None:
        raise click.UsageError("give --query or --ids, not both")
    if query is None and ids is None:
        raise click.UsageError("nothing selected: give --query Q or --ids ID,...")
    from desktop.core.briefing import BriefingSpec
    paper = "Letter" if paper.lower() == "letter" else "A4"
    try:
        written = _write(ctx, out, query, ids, limit, BriefingSpec(
            title=title, author=author, caveat=caveat, language=language, paper=paper,
            arabic_indic_digits=DIGITS[digits]), figures)
    except (MarsadError, OSError) as exc:
        raise click.ClickException(shown(str(exc))) from None
    click.echo(shown(f"wrote {written}"))


def _figures(store, names, query, keys, options: BriefingSpec) -> tuple:
    """Each asked-for view drawn headless to the page's width (Qt-free: core builds the drawings)."""
    from desktop.core.figures import figure
    width, height = figure.page_size(options.paper)
    return tuple(figure.entry(name, figure.build_scene(
        store, name, query=query if keys is None else None, keys=keys, width=width, height=height,
        language=options.language, arabic_digits=options.uses_arabic_indic_digits)) for name in names)


def _write(ctx: click.Context, out: Path, query: str | None, ids: str | None, limit: int,
           options: BriefingSpec, figures: tuple[str, ...] = ()) -> Path:
    # Read-only (desktop/core/storage/reader.py); a caller may give only "open_store".
    store = ctx.obj.get("read_store", ctx.obj["open_store"])()
    try:
        if ids is not None:
            items = _split_ids(ids)
            if not items:
                raise click.ClickException("--ids lists no record ids: the briefing would be empty")
        else:
            from desktop.core import briefing_selection
            items = briefing_selection.select(store, query, limit)
            if not items:
                raise click.ClickException(shown(f"no events, quotes, actors or sources match {query!r}: "
                                                 "the briefing would be empty"))
        from desktop.core.briefing import build_document
        spec = dataclasses.replace(options, items=tuple(items),
                                   figures=_figures(store, figures, query, items if ids is not None else None,
                                                    options))
        from desktop.ui.briefing.words import words
        document = build_document(spec, store.get, words(spec.language))
    finally:
        store.close()
    if document.missing:
        click.echo(shown("warning: not found, left out: " + ", ".join(document.missing)), err=True)
    # Qt only now: it must see QT_QPA_PLATFORM before the application exists.
    from desktop.ui import printing
    printing.ensure_application()
    return printing.write_pdf_document(document, out)
