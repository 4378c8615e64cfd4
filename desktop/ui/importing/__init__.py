"""Importing the news in the GUI: progress and results, CSV column mapping, reviewing proposals.

Entry points:
    import_paths(parent, store, paths, undo_stack=, changes=, on_imported=)  the whole File > Import flow
    import_files_dialog(parent, store, paths, **options) -> ImportReport | None
    ask_column_mapping(parent, path) -> dict | None      (needs_mapping(path) says when)
    review_source_dialog(parent, store, source_id, undo_stack=None, changes=None) -> int left
    review_pending_dialog(parent, store, undo_stack=None, changes=None)
    unreviewed_sources(store) -> list[str]
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from desktop.core import kinds
from desktop.core.review import unreviewed_sources
from desktop.core.writing import ImportReport
from desktop.ui.importing.mapping import ask_column_mapping, needs_mapping
from desktop.ui.importing.review import review_pending_dialog, review_source_dialog
from desktop.ui.importing.run import ImportResultDialog, import_files_dialog, run_import, show_outcome

__all__ = ["import_paths", "import_files_dialog", "ask_column_mapping", "needs_mapping", "review_source_dialog",
           "review_pending_dialog", "unreviewed_sources"]



def _evidence_kinds() -> set[str]:
    """Kinds that proposals point at as their evidence (an article's source), from the registry."""
    return {k.field(k.evidence).ref for k in kinds.stored() if k.evidence}


def import_paths(parent, store, paths, *, undo_stack=None, changes=None,
                 on_imported: Callable[[ImportReport], None] | None = None, **options) -> list[ImportReport]:
    """Import what the analyst chose, asking for a column mapping where a CSV needs one.

    Files core reads by themselves (JSONL, articles, ACLED and GDELT) go in one
    all-or-nothing import; each CSV that needs a mapping is imported on its
    own (a mapping applies to every CSV of an import). `on_imported(report)`
    runs after each import that wrote something, before any review, so the
    window can refresh (and clear its undo stack) first. When articles
    brought proposals, the result dialog offers to review them.
    """
    paths = [Path(p) for p in paths]
    mapped = [p for p in paths if needs_mapping(p)]
    batches: list[tuple[list[Path], dict]] = []
    rest = [p for p in paths if p not in mapped]
    if rest:
        batches.append((rest, dict(options)))
    for path in mapped:
        mapping = ask_column_mapping(parent, path)
        if mapping is not None:
            batches.append(([path], {**options, "mapping": mapping}))
    reports = []
    for files, opts in batches:
        outcome = run_import(parent, store, files, **opts)
        written = outcome.report is not None and not outcome.dry_run
        if written and on_imported is not None:
            on_imported(outcome.report)
        choice = show_outcome(parent, outcome, can_review=written)
        if outcome.report is not None:
            reports.append(outcome.report)
        if choice == ImportResultDialog.REVIEW:
            new_sources = [i for i in outcome.report.ids if kinds.kind_of(i) in _evidence_kinds()]
            review_pending_dialog(parent, store, undo_stack, changes, sources=new_sources)
    return reports
