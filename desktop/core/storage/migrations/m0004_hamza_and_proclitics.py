"""Schema 4: the index analysed again (analyser 3), so that older stores find what new ones do.

The analyser now folds the hamza on its seats (ؤ, ئ) to ء, so مسؤول meets
مسئول and شؤون meets شئون, and strips the stacked proclitics وبال فبال وكال
ولل فلل, so وبالانتخابات meets انتخابات (DESIGN section 4). No table changes;
the index is rebuilt from the records (REBUILD).
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

REBUILD = True

SQL = ""
