"""Capture and linking, timed: the import sheet to the review dialog, an oversized article's refusal,
and picker suggestions per keystroke. Beside each, a peer measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/bench_capture.py [--runs 5] [--records 3000]

1. sheet -> review: the GUI path after the analyst accepts the sheet of a ~4 KB article (article file
   written, import thread, extraction, result) until the review dialog would open; peer: core's
   import_files of the same article as a .txt (target: <= 1 s for the whole).
2. refusal of an article whose body is over 1,000,000 characters; peer: reading the file's bytes.
3. suggestions per keystroke on a store of --records actors, sources and events; peer: one search
   of the same text through the search index (search.search, limit 20).
Prints absolute times and same-run ratios; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import paths  # noqa: E402
from desktop.core import completion, importing, search  # noqa: E402
from desktop.core.errors import BatchError  # noqa: E402
from desktop.core.storage import Store  # noqa: E402

SEED = Path("/work/shared/seeds/000_f994ba5043617164.txt")
LEAD = ('أعلن العراق، الأربعاء، أن جيشه سيتسلم مقر التحالف الدولي في قاعدة "عين الأسد" بمحافظة الأنبار '
        "خلال الأيام المقبلة.\n\nوقال علاوي إن «الحكومة ملتزمة بتطوير العلاقات».\n\n")


def article_text(n: int) -> str:
    """A ~4 KB article, different each time so no import is a duplicate."""
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else "عنوان الخبر\n\n" + LEAD * 12
    return text[:4000] + f"\n\nرقم {n}"


def sheet_to_review(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.ui import importing as gui_importing
    from desktop.ui.dialogs.article_sheet import ArticleSheet
    from desktop.ui.importing import run
    QApplication.instance() or QApplication(["bench"])
    store = Store.create(folder / "capture.db")
    importing.import_files(store, [paths.sample_jsonl()])
    accepted, reviewed = [], []

    def accept(sheet):
        sheet.accept()
        accepted.append(time.perf_counter())
        return QDialog.DialogCode.Accepted
    ArticleSheet.exec = accept
    gui_importing.show_outcome = lambda parent, outcome, can_review=False: run.ImportResultDialog.REVIEW
    gui_importing.review_pending_dialog = lambda *args, **kwargs: reviewed.append(time.perf_counter())
    gui, core = [], []
    for n in range(runs):
        path = folder / f"gui-{n}.txt"
        path.write_text(article_text(n), encoding="utf-8")
        gui_importing.import_paths(None, store, [path])
        gui.append(reviewed[-1] - accepted[-1])
        path = folder / f"core-{n}.txt"
        path.write_text(article_text(1000 + n), encoding="utf-8")
        started = time.perf_counter()
        importing.import_files(store, [path], published="2025-12-31")
        core.append(time.perf_counter() - started)
    store.close()
    return gui, core


def refusal(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    sentence = "قال الوزير إن الوضع صعب في المدينة. "
    path = folder / "long.txt"
    path.write_text("عنوان\n\n" + sentence * (1_050_000 // len(sentence)), encoding="utf-8")
    store = Store.create(folder / "refusal.db")
    refused, read = [], []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            importing.import_files(store, [path])
        except BatchError:
            pass
        refused.append(time.perf_counter() - started)
        started = time.perf_counter()
        path.read_bytes()
        read.append(time.perf_counter() - started)
    store.close()
    return refused, read


def suggestions(folder: Path, records: int) -> tuple[list[float], list[float]]:
    first = ["محمد", "علي", "حسين", "أحمد", "عمر", "خالد", "يوسف", "مصطفى", "عبد الله", "حسن", "كريم"]
    family = ["العبيدي", "الجبوري", "علاوي", "الساعدي", "الكعبي", "التميمي", "الدليمي", "الزيدي", "الربيعي"]
    store = Store.create(folder / "names.db")
    store.put_many([{"kind": "actor", "id": f"actor:a{i}", "name": f"{first[i % len(first)]} {family[i % len(family)]}",
                     "title": f"عضو مجلس رقم {i}"} for i in range(records)]
                   + [{"kind": "source", "id": f"source:s{i}", "title": f"تقرير عن {family[i % len(family)]} رقم {i}",
                       "outlet": ["رويترز", "الجزيرة"][i % 2]} for i in range(records // 3)])
    typed = ["م", "مح", "محمد", "محمد ع", "محمد علاوي", "علاوى", "الجبوري", "رويترز", "تقرير عن"]
    ours, peer = [], []
    for text in typed:
        for kind in ("actor", "source"):
            started = time.perf_counter()
            completion.suggest(store, kind, text)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            search.search(store, f"kind:{kind} {text}", limit=20)
            peer.append(time.perf_counter() - started)
    store.close()
    return ours, peer


def line(name: str, ours: list[float], peer: list[float], peer_name: str) -> None:
    mine, theirs = statistics.median(ours) * 1000, statistics.median(peer) * 1000
    print(f"{name:28} median {mine:8.1f} ms, max {max(ours) * 1000:8.1f} ms | {peer_name} {theirs:7.1f} ms | "
          f"ratio {mine / theirs if theirs else float('nan'):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-capture-") as folder:
        folder = Path(folder)
        line("sheet -> review (4 KB)", *sheet_to_review(folder, args.runs), "core import")
        line("over-long article refused", *refusal(folder, args.runs), "read bytes")
        line("suggestions per keystroke", *suggestions(folder, args.records), "index search")
    print(json.dumps({"runs": args.runs, "records": args.records}))


if __name__ == "__main__":
    main()
