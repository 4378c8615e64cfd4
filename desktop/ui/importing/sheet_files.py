"""Articles completed on the import sheet, handed to core as temporary .json files, and named as they came.

Core imports files; the sheet's record becomes a single-article .json file in
a temporary folder. A problem with it (the article is already in the store,
a date core refuses) is reported by file and line, and the analyst never saw
that file: `SheetFiles.name_problems` puts back the name of what the article
came from (the .txt or page they chose, or a pasted article's title).
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from desktop.core import inputs
from desktop.core.errors import MarsadError

TITLE_CHARS = 120       # a pasted article without a title is named by its first line, shortened as a title is


class SheetFiles:
    """The temporary .json files of one import's articles, in `folder`, and what each stands for."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.names: dict[str, str] = {}

    def through_the_sheet(self, parent, paths: list[Path]) -> list[Path]:
        """Each article file as the analyst completed it on its sheet (a .json article); the rest as they are.
        An article whose sheet was cancelled is left out."""
        from desktop.ui.dialogs import article_sheet
        out = []
        for path in paths:
            if not inputs.needs_article_sheet(path):
                out.append(path)
                continue
            record = article_sheet.capture(parent, path=path)
            if record is not None:
                out.append(self.article_file(record, path.stem, str(path)))
        return out

    def pasted(self, record: dict) -> Path:
        first = (record.get("body") or "").strip().split("\n", 1)[0]
        return self.article_file(record, "pasted", record.get("title") or first[:TITLE_CHARS])

    def article_file(self, record: dict, stem: str, name: str) -> Path:
        """The article as a single-article .json file; messages about it say `name`."""
        path = self.folder / f"{stem}.json"
        number = 1
        while path.exists():
            number += 1
            path = self.folder / f"{stem}-{number}.json"
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        self.names[str(path)] = name
        return path

    def name_problems(self, problems) -> None:
        """Problems (MarsadErrors; others are left alone) that name a temporary file name what it stands for."""
        for problem in problems:
            where = getattr(problem, "where", None) if isinstance(problem, MarsadError) else None
            if where is not None and where.file in self.names:
                problem.where = dataclasses.replace(where, file=self.names[where.file])
