"""`marsad gui`: the desktop app, or a screenshot of it (DESIGN section 5)."""
from __future__ import annotations

from pathlib import Path

import click

from desktop.core import kinds

# --tab names a tab by its kind's plural, in lower case (events, actors, ...), in tab order.
TABS = {kind.plural.lower(): kind.name for kind in kinds.TAB_ORDER}


@click.command("gui")
@click.option("--screenshot", "screenshot", type=click.Path(dir_okay=False, writable=True),
              help="Build the window, save it as this PNG and exit.")
@click.option("--tab", type=click.Choice(list(TABS)), help="The tab to show.")
@click.option("--view", type=click.Choice(["timeline", "links", "map"]),
              help="Show this story view under the tables.")
@click.option("--focus", help="Select this record (an id such as actor:hussein-allawi) in every view.")
@click.option("--search", "search_text", help="Search for this at start.")
@click.option("--size", help="Window size as WIDTHxHEIGHT, such as 1280x800.")
@click.option("--lang", type=click.Choice(["ar", "en"]), help="UI language (default: the saved choice, else ar).")
@click.pass_context
def gui(ctx, screenshot, tab, view, focus, search_text, size, lang):
    """Open the desktop app, or save a screenshot of it and exit.

    \b
    Example:
        marsad --db work.db gui --lang en
        marsad --db work.db gui --screenshot quotes.png --tab quotes --search علاوي
        marsad --db work.db gui --screenshot links.png --view links --focus actor:hussein-allawi
    """
    from desktop.ui.app import run
    obj = ctx.obj or {}
    db_path = obj.get("db_path")
    if db_path is None:
        from desktop import paths
        db_path = paths.default_db_path()
    code = run(Path(db_path), screenshot=screenshot, tab=TABS.get(tab) if tab else None,
               search=search_text, size=size, lang=lang, view=view, focus=focus)
    ctx.exit(code)
