"""One sync with a team hub, inside one PostgreSQL and one SQLite transaction (core/hub.py is the API).

Pull first: the hub's changes since the last pull, kind by kind in the order
records refer to each other, as the lines a bundle holds, merged by
`sync.merge` exactly as `apply` merges a bundle (conflicts kept for a
person). Then push: `sync.outgoing` since the last push, and what the merge
itself changed here (references it cleared, versions it merged), with the
search text Marsad's analyser makes of each record. The hub takes a version
only when it descends from its own. The hub commits, then the store records
how far both went and commits.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from desktop.core import bundles, clocks, kinds
from desktop.core.bundles import Change
from desktop.core.errors import Cancelled, Notice, Where
from desktop.core.importing import BULK_MINIMUM
from desktop.core.indexing import Analysed
from desktop.core.storage.hub_sql import to_json
from desktop.core.storage.tables import order_for_writing
from desktop.core.storage.writing import now
from desktop.core.sync import ApplyReport, merge, outgoing

if TYPE_CHECKING:
    from desktop.core.storage.hub_sql import Hub, HubInfo

Progress = Callable[[Notice], None]
NOTICE_EVERY = 5_000
CHECK_EVERY = 500               # changes between two looks at whether the user cancelled
MAX_TSVECTOR_TEXT = 900_000     # bytes of distinct tokens; PostgreSQL refuses a tsvector past 1 MB


@dataclass
class Exchanged:
    pushed: int
    merged: ApplyReport
    at: str
    open_conflicts: int
    pull_only: bool
    full: bool


FRESH = {"pushed_seq": -1, "pulled_seq": 0}     # a hub never synced with: everything both ways


def exchange(store, hub: "Hub", info: "HubInfo", shown: str, push: bool, tell: Progress,
             full: bool = False, cancelled: Callable[[], bool] | None = None) -> Exchanged:
    """Inside the hub's transaction: the store's, holding both until the hub has committed. `full`, or a
    hub that went back in time (restored from a backup: its sequence is below what this store pulled),
    exchanges everything again; what either side has already is skipped. `cancelled()` true, looked at
    every few hundred changes and before the hub commits, stops it with nothing changed (Cancelled)."""
    stop = _stopper(cancelled)
    names = [k.name for k in order_for_writing()]
    book = store.hub_book(info.hub_id) or FRESH
    full = full or hub.sequence_top() < book["pulled_seq"]
    if full:
        book = FRESH
    incoming = hub.count_since(book["pulled_seq"], names)
    big = incoming >= BULK_MINIMUM and sum(store.counts().values()) * 4 < incoming
    report = ApplyReport(origin=info.hub_id)
    with store.loading(big=big) as load:
        book = FRESH if full else store.hub_book(info.hub_id) or FRESH      # as of this transaction
        waiting_before = store.waiting_for_hub(book["pushed_seq"], own_only=False)
        report.adopted = store.adopt_untracked()
        last = store.change_seq()           # every change up to here is this store's to push
        pulled_to = book["pulled_seq"]
        if incoming:
            seen = [pulled_to]
            merge(store, info.hub_id, lambda: _pulled(hub, book["pulled_seq"], names, seen, tell, stop), report,
                  load)
            pulled_to = seen[0]
        upto = store.change_seq()
        pushed = 0
        if push:
            changes = itertools.chain(
                outgoing(store, book["pushed_seq"] if book["pushed_seq"] >= 0 else -1, last),
                _made_by_merge(store, last, upto, report.same_keys))
            pushed, top = _push(store, hub, changes, tell, stop)
            pushed_to = upto
            pulled_to = max(pulled_to, top or 0)
        elif not waiting_before and not report.adopted and not any(_made_by_merge(store, last, upto,
                                                                                  report.same_keys)):
            pushed_to = upto        # nothing waited to go out: all that is new here is the hub's already
        else:
            pushed_to = book["pushed_seq"]
        stop(0)
        hub.commit()
        at = now()
        store.mark_hub(info.hub_id, shown, pushed_to, pulled_to, at)
        open_conflicts = store.conflict_count()
    return Exchanged(pushed, report, at, open_conflicts, not push, full)


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[int], None]:
    def stop(count: int) -> None:
        if cancelled is not None and count % CHECK_EVERY == 0 and cancelled():
            raise Cancelled("hub.cancelled")
    return stop


def _pulled(hub: "Hub", after: int, names: list[str], seen: list[int], tell: Progress,
            stop: Callable[[int], None]) -> Iterator[Change]:
    """The hub's changes after `after`, kind by kind in writing order, as checked Changes; the highest
    change number read goes into `seen`. A change the hub holds that is no valid change (written into it
    by other means) stops the sync, as a bad line stops `apply`."""
    count = 0
    for kind in names:
        for seq, raw in hub.lines_since(after, kind):
            change = bundles.change_from_line(Where(hub.shown, record=seq), raw)
            if not isinstance(change, Change):
                raise change
            seen[0] = max(seen[0], seq)
            count += 1
            stop(count)
            if count % NOTICE_EVERY == 0:
                tell(Notice("progress.hub_pulled", count=count))
            yield change


def _made_by_merge(store, after: int, upto: int, same_keys: list[str]) -> Iterator[Change]:
    """The changes a merge made here itself, which the hub has not got: references it cleared (a site
    number of this store's), versions it merged (`same_keys`). What it took in as the hub holds it is left
    out: the hub has it."""
    if upto <= after:
        return
    sites = store.sites()
    own = store.own_site_number()
    for rec, row in store.changes_of(after, upto, own, same_keys):
        if rec is None:
            key, kind, version, text, site, at, _ = row
            yield Change(kind, key, None, version, _clock(sites, text), sites.get(site), at)
        else:
            version, text, site, at, _ = row
            yield Change(rec["kind"], rec["id"], rec, version, _clock(sites, text), sites.get(site), at)


def _clock(sites: dict[int, str], text: str) -> dict[str, int]:
    return {sites[no]: n for no, n in clocks.decode(text).items()}


def _push(store, hub: "Hub", changes: Iterable[Change], tell: Progress,
          stop: Callable[[int], None]) -> tuple[int, int | None]:
    pending = iter(changes)
    first = next(pending, None)
    if first is None:
        return 0, None
    analysed = _Analysed(_Names(store))
    count = 0

    def rows() -> Iterator[tuple]:
        nonlocal count
        for change in itertools.chain([first], pending):
            count += 1
            stop(count)
            if count % NOTICE_EVERY == 0:
                tell(Notice("progress.hub_pushed", count=count))
            if change.record is None:
                yield (change.key, change.kind, None, change.version, to_json(change.clock), change.site,
                       change.at, "")
            else:
                yield (change.key, change.kind, to_json(change.record), change.version, to_json(change.clock),
                       change.site, change.at, search_text(analysed, change.record))

    taken, last, earlier = hub.push(rows(), store.site_id(), _named_kinds())
    _refresh_renamed(store, hub, analysed, earlier)
    return taken, last


def _named_kinds() -> list[str]:
    """The kinds whose names join the search text of the records that refer to them."""
    return sorted({fld.ref for kind in kinds.stored() for fld in kind.references if fld.search == "names"})


def _refresh_renamed(store, hub: "Hub", analysed: "_Analysed", earlier: list[tuple[str, str, str]]) -> int:
    """The records whose search text on the hub holds a name this push changed (a renamed speaker's
    quotes, a renamed place's events) get it made again from this store, which has the new name: the
    hub matches as the laptop does after a rename too."""
    renamed: dict[str, list[str]] = {}
    for key, kind, before in earlier:
        now = store.get(key)
        if now is not None and kinds.get(kind).name_values(now) != kinds.get(kind).name_values(json.loads(before)):
            renamed.setdefault(kind, []).append(key)
    if not renamed:
        return 0
    sites = store.sites()
    rows = ((rec["id"], to_json(_clock(sites, clock)), search_text(analysed, rec))
            for kind, keys in renamed.items() for rec, clock in store.named_by(kind, keys))
    return hub.refresh_search(rows)


class _Names:
    """A record's names as stored here (what joins the search text of the records referring to it),
    remembered for the push: speakers and places repeat, and a first push of a million records refers
    to some 200,000 others."""

    LIMIT = 250_000

    def __init__(self, store):
        self._store = store
        self._cache: dict[str, list[str]] = {}

    def __call__(self, kind: str, key: str) -> list[str]:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= self.LIMIT:
                self._cache.clear()
            found = self._cache[key] = self._store.names_of(kind, key)
        return found


class _Analysed(Analysed):
    """The analyser, remembering the analysed names of as many records as _Names does."""

    NAMES_LIMIT = 250_000


def search_text(analysed: Analysed, record: dict) -> str:
    """What the hub searches a record by: the stems Marsad's index holds for it (its name, then its body
    with the names of what it refers to), space-separated."""
    found = analysed.analysis(record)
    text = f"{found.name_stem} {found.body_stem}".strip()
    if len(text) * 2 > MAX_TSVECTOR_TEXT and len(" ".join(set(text.split())).encode()) > MAX_TSVECTOR_TEXT:
        # A document of more distinct words than a tsvector holds: the rest of it is not searched on the hub.
        budget, kept, words = MAX_TSVECTOR_TEXT, [], set()
        for word in text.split():
            if word not in words:
                budget -= len(word.encode()) + 1
                if budget < 0:
                    break
                words.add(word)
            kept.append(word)
        text = " ".join(kept)
    return text
