"""A team hub on PostgreSQL: set one up, sync a store with it, say where the store stands, search it.

`sync` pulls everyone else's changes, then pushes this store's, in one
SQLite transaction and one PostgreSQL transaction (storage/hub_sql.py); the
hub commits first, so a sync cut off anywhere leaves either nothing done, or
a hub that has this store's changes while the store does not know it yet:
the next sync pulls them back as changes it already has (the same version)
and pushes them again as versions the hub already has, so nothing is lost
or applied twice.

Pulling is `sync.merge`, exactly as a bundle is applied: the hub sends its
changes as the lines a bundle holds, checked as `apply` checks them; a
record changed here and on the hub since they last agreed, or deleted on one
side and changed on the other, becomes an open conflict for a person, never
resolved silently. Pushing is `sync.outgoing`: the hub takes a version only
when it descends from the one it holds (a fast-forward), so a push never
overwrites anyone's work. A version it refuses is one this store holds in
an open conflict; its resolution descends from both and goes through.

With each record the laptop sends its search text, made by Marsad's own
analyser (indexing.py), so that a search on the hub (`search`) matches as
the laptop's search does: «انتخابات» finds «الانتخابات», «زار» does not find
«وزارة», which PostgreSQL's own Arabic stemmer gets wrong.

Passwords are never kept: the address is stored and shown without one
(give it in ~/.pgpass, $PGPASSFILE or a service file). Errors are HubErrors
with codes; an unreachable hub is a normal day and changes nothing.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Callable

from desktop.core.errors import HubError, Notice, QueryError

# psycopg takes ~0.1 s to import, and the sync machinery more: the functions that talk to a hub import
# them (core/hub_sync.py, storage/hub_sql.py) when called, so that `status`, which the window shows at
# start, never does.
Progress = Callable[[Notice], None]


@dataclass
class SyncReport:
    pushed: int                 # versions the hub took from this store
    pulled: int                 # changes taken in here (created, updated, deleted)
    conflicts: int              # records this sync found in conflict
    hub: str                    # the hub's address, without a password
    at: str                     # when the sync went through (ISO)
    in_conflict: list[str] = field(default_factory=list)
    open_conflicts: int = 0     # every open conflict of the store after the sync
    resolved_there: int = 0     # conflicts of this store resolved at another site
    adopted: int = 0            # changes made with other programs, versioned first
    pull_only: bool = False
    full: bool = False          # everything was exchanged again (asked for, or the hub went back in time)

    def to_json(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts, "hub": self.hub,
                "at": self.at, "in_conflict": self.in_conflict, "open_conflicts": self.open_conflicts,
                "resolved_there": self.resolved_there, "adopted": self.adopted, "pull_only": self.pull_only,
                "full": self.full}


@dataclass
class HubStatus:
    hub: str | None             # the address of the hub the store synced with last (no password), or None
    last_sync: str | None       # when (ISO), or None
    waiting: int                # changes made here (or brought by bundles) that the hub has not been sent
    open_conflicts: int

    def to_json(self) -> dict:
        return {"hub": self.hub, "last_sync": self.last_sync, "waiting": self.waiting,
                "open_conflicts": self.open_conflicts}


@dataclass
class HubHit:
    id: str
    kind: str
    text: str                   # the record's main text (title, name, quote)
    seq: int
    site: str | None
    at: str | None

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "text": self.text, "seq": self.seq, "site": self.site,
                "at": self.at}


@dataclass
class HubSearch:
    hits: list[HubHit]
    ignored: list[str]          # filters the hub does not apply (only words and kind: are searched there)

    def to_json(self) -> dict:
        return {"hits": [h.to_json() for h in self.hits], "ignored_filters": self.ignored}


# --- setting up ----------------------------------------------------------------------------------------


def hub_init(url: str, roles: str = "marsad") -> None:
    """Create the hub's schema and its two roles (<roles>_read, <roles>_write) in an existing PostgreSQL
    database; run again, it only brings the grants up to date. HubError("hub.newer") for a hub set up by a
    newer Marsad, which it leaves alone."""
    initialise(url, roles)


def initialise(url: str, roles: str = "marsad") -> bool:
    """hub_init, saying whether the hub was created (False: it was there)."""
    from desktop.core.storage import hub_schema
    from desktop.core.storage.hub_sql import Hub, address
    if not isinstance(roles, str) or not hub_schema.ROLE_PREFIX.match(roles):
        raise HubError("hub.bad_roles", value=roles)
    conninfo, shown, _ = address(url)
    with Hub.connect(conninfo, shown) as hub:
        return hub.initialise(roles, str(uuid.uuid4()), _now())


# --- where a store stands ------------------------------------------------------------------------------


def status(store) -> HubStatus:
    """The hub the store belongs to, its last sync, the changes waiting to go out and the open conflicts.
    Reads only; cheap enough to show all the time."""
    book = store.current_hub()
    waiting = store.waiting_for_hub(book["pushed_seq"] if book else -1)
    return HubStatus(book["url"] if book else None, book["synced_at"] if book else None, waiting,
                     store.conflict_count())


def holds_password(url: str) -> bool:
    """Whether an address holds a password (used to connect, never kept: the CLI says so)."""
    from desktop.core.storage.hub_sql import address
    return address(url)[2]


def hub_url(store, url: str | None) -> str:
    """`url`, or the address of the hub the store synced with last."""
    if url:
        return url
    book = store.current_hub()
    if book is None:
        raise HubError("hub.no_hub", command="marsad sync postgresql://you@server/team")
    return book["url"]


# --- syncing -------------------------------------------------------------------------------------------


def sync(store, url: str | None, progress: Progress | None = None, *, pull_only: bool = False,
         full: bool = False, cancelled: Callable[[], bool] | None = None) -> SyncReport:
    """Pull the team's changes from the hub at `url` (None: the store's hub), then push this store's; all
    of it or nothing, on both sides. `pull_only` (and a login that may only read, when nothing waits to go
    out) only pulls. `full` exchanges everything again, as after the hub was restored from a backup
    (which a sync finds by itself when the hub's change numbers went back). `progress` is told, now and
    then, how many changes were pulled and pushed (Notices progress.hub_pulled and progress.hub_pushed).
    `cancelled()` true stops the sync with nothing changed on either side: Cancelled("hub.cancelled")."""
    from desktop.core import hub_sync
    from desktop.core.storage.hub_sql import Hub, address
    conninfo, shown, _ = address(hub_url(store, url))
    tell = progress or (lambda notice: None)
    with Hub.connect(conninfo, shown) as hub:
        info = hub.describe()
        book = store.hub_book(info.hub_id) or {"pushed_seq": -1, "pulled_seq": 0}
        push = info.can_write and not pull_only
        if not push and not pull_only:
            waiting = store.waiting_for_hub(book["pushed_seq"])
            if waiting:
                raise HubError("hub.read_only", hub=shown, count=waiting, command="marsad sync --pull-only")
        hub.begin(write=push)
        try:
            done = hub_sync.exchange(store, hub, info, shown, push, tell, full, cancelled)
        finally:
            hub.rollback()          # after a commit: nothing to undo
    merged = done.merged
    return SyncReport(done.pushed, merged.applied, len(merged.conflicts), shown, done.at, list(merged.conflicts),
                      done.open_conflicts, len(merged.closed), merged.adopted, done.pull_only, done.full)


# --- searching the hub ---------------------------------------------------------------------------------


def search(url: str, text: str, *, limit: int = 20) -> HubSearch:
    """Records on the hub whose text matches a query as Marsad's search matches it (words, "phrases",
    OR, -excluded, word*, kind:), newest changes first. Other filters are not applied there (`ignored`)."""
    with HubSearcher(url) as searcher:
        return searcher.search(text, limit=limit)


class HubSearcher:
    """Searches of one hub over one kept connection, as the team search window makes them: connecting
    and checking the hub take longer than a search. A connection the hub dropped meanwhile (a restart,
    a laptop that slept) is opened again once before the search gives up. Not for two threads at once."""

    def __init__(self, url: str):
        from desktop.core.storage.hub_sql import address
        self._conninfo, self.shown, _ = address(url)
        self._hub = None

    def search(self, text: str, *, limit: int = 20) -> HubSearch:
        from desktop.core import kinds, query
        from desktop.core.storage.hub_sql import tsquery
        q = query.parse(text)
        expression = tsquery(q)
        if expression is None:
            raise QueryError("query.no_words", text=text)
        ignored = ([f"{kind}:" for kind, _ in q.named] + ["from:"] * bool(q.date_from)
                   + ["to:"] * bool(q.date_to) + [f"{name}:" for name in q.values]
                   + [f"{name}:" for name, _ in q.numbers])
        chosen = [k for k in kinds.stored() if not q.kinds or k.name in q.kinds]
        names, mains = [k.name for k in chosen], {k.name: k.main for k in chosen}
        try:
            rows = self._open().search(expression, names, mains, limit)
        except HubError as exc:
            if exc.code != "hub.dropped":
                raise
            self.close()
            rows = self._open().search(expression, names, mains, limit)
        return HubSearch([HubHit(*row) for row in rows], ignored)

    def _open(self):
        from desktop.core.storage.hub_sql import Hub
        if self._hub is None:
            hub = Hub.connect(self._conninfo, self.shown)
            try:
                hub.describe()
            except BaseException:
                hub.close()
                raise
            self._hub = hub
        return self._hub

    def close(self) -> None:
        if self._hub is not None:
            hub, self._hub = self._hub, None
            hub.close()

    def __enter__(self) -> "HubSearcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _now() -> str:
    from desktop.core.storage.writing import now
    return now()
