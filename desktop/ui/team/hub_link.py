"""The team hub as the GUI reaches it: core's hub module (when this build has it), the hub's address, and
the store's team status.

Core's `desktop.core.hub` (sync, status) is imported when first needed, and
its absence is normal: a build without PostgreSQL support still exchanges
changes by file, and the GUI says a hub is not available rather than fail.

The address is a PostgreSQL URL without a password, ever: the password
comes from the standard passfile (~/.pgpass) or a service file, which
libpq reads itself. An address typed, remembered or reported with a
password in it has the password dropped here before it is shown or kept.
It is remembered per store (by the store file's path) in the settings.
"""
from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from desktop.core.errors import MarsadError
from desktop.ui import settings

HUB_MODULE = "desktop.core.hub"
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = 5432
# Codes of a hub that cannot be reached just now: an ordinary moment for a laptop, not a fault.
OFFLINE_CODES = frozenset({"hub.unreachable", "hub.dropped", "hub.timeout", "hub.offline"})


def hub_module():
    """Core's hub module, or None when this build has none (or it cannot load: psycopg missing)."""
    try:
        return importlib.import_module(HUB_MODULE)
    except ImportError:
        return None


def is_offline(exc: BaseException) -> bool:
    """The hub could not be reached (no network, the server down): nothing is wrong with the store."""
    if isinstance(exc, MarsadError):
        return exc.code in OFFLINE_CODES
    return isinstance(exc, (ConnectionError, TimeoutError))


# --- the address --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HubAddress:
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    service: str = ""       # a service of pg_service.conf: host, database and user come from there

    def url(self) -> str:
        """postgresql://user@host:port/database?sslmode=… (never a password)."""
        query = {}
        if self.sslmode and self.sslmode != "prefer":
            query["sslmode"] = self.sslmode
        if self.service:
            query["service"] = self.service
        user = quote(self.user, safe="") + "@" if self.user else ""
        host = self.host.strip()
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"      # an IPv6 address
        port = f":{self.port}" if host and self.port and self.port != DEFAULT_PORT else ""
        path = "/" + quote(self.database, safe="") if self.database else ""
        tail = "?" + urlencode(query) if query else ""
        return f"postgresql://{user}{host}{port}{path}{tail}"

    def complete(self) -> bool:
        """Enough to connect: a host and a database, or a service that names them."""
        return bool(self.service or (self.host.strip() and self.database.strip()))


def parse(url: str) -> HubAddress:
    """The parts of a postgresql:// URL (a password in it is dropped); ValueError when it is not one."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError(url)
    query = dict(parse_qsl(parts.query))
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    sslmode = query.get("sslmode", "prefer")
    return HubAddress(host=parts.hostname or "", port=port, database=unquote(parts.path.lstrip("/")),
                      user=unquote(parts.username or ""), sslmode=sslmode if sslmode in SSL_MODES else "prefer",
                      service=query.get("service", ""))


def without_password(url: str) -> str:
    """The URL as it may be shown or kept: any password in it removed."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return parts._replace(netloc=f"{user}@{netloc[1]}").geturl()


def shown(url: str | None) -> str:
    """A short name for a hub in the status bar: database on host (the service's name for a service)."""
    if not url:
        return ""
    try:
        address = parse(url)
    except ValueError:
        return without_password(url)
    if address.service:
        return address.service
    host = address.host or "localhost"
    return f"{address.database}@{host}" if address.database else host


class RememberedHubs(settings._Group):
    """The hub each store syncs with, by the store file's path (no password: there is none to keep)."""
    name = "team_hubs"

    @staticmethod
    def _key(path) -> str:
        # A digest: a path holds characters QSettings keys must not (slashes make groups).
        return hashlib.sha1(str(path).encode("utf-8")).hexdigest()

    def url(self, path) -> str:
        try:
            value = json.loads(str(self._get(self._key(path), "") or "{}"))
        except ValueError:
            return ""
        found = value.get("url") if isinstance(value, dict) else None
        return without_password(found) if isinstance(found, str) else ""

    def set_url(self, path, url: str) -> None:
        self._set(self._key(path), json.dumps({"path": str(path), "url": without_password(url)},
                                              ensure_ascii=False))


def remembered_url(store) -> str:
    """The hub this store syncs with: as remembered here, else as the store's own hub bookkeeping says."""
    url = RememberedHubs().url(_path(store))
    if url:
        return url
    status = hub_status(store)
    return without_password(status.hub) if status is not None and status.hub else ""


def remember_url(store, url: str) -> None:
    RememberedHubs().set_url(_path(store), url)


def _path(store) -> str:
    try:
        return str(store.path.resolve())
    except OSError:
        return str(store.path)


# --- the team status ----------------------------------------------------------------------------------


@dataclass
class TeamStatus:
    """What the status bar says about the team: each part None when it is not known."""
    hub: str | None = None          # the hub's address (no password), None: not on a hub
    last_sync: str | None = None    # ISO time of the last sync with the hub, or of the last exchange by file
    waiting: int | None = None      # local changes not yet sent (to the hub, or since the last bundle written)
    conflicts: int = 0
    by_file: bool = False           # the store has exchanged bundles with a peer


def hub_status(store):
    """core.hub.status(store), or None when there is no hub module or the store has no hub bookkeeping."""
    current = getattr(store, "current_hub", None)
    try:
        # A store that never synced with a hub needs no hub module (nor psycopg) loaded to say so.
        if current is not None and current() is None:
            return None
    except MarsadError:
        return None
    module = hub_module()
    if module is None or not hasattr(module, "status"):
        return None
    try:
        return module.status(store)
    except MarsadError:
        return None


def team_status(store) -> TeamStatus:
    """A few indexed queries: the hub's own status when there is one, else what the peers' bookkeeping says
    (changes since the last bundle written), and the open conflicts (a small table)."""
    out = TeamStatus()
    try:
        out.conflicts = store.conflict_count()
        peers = store.peers()
    except MarsadError:
        return out
    found = hub_status(store)
    if found is not None and getattr(found, "hub", None):
        out.hub = without_password(found.hub)
        out.last_sync = found.last_sync
        out.waiting = found.waiting
        out.conflicts = getattr(found, "open_conflicts", out.conflicts)
        return out
    sent = [p for p in peers if p.get("sent_at")]
    times = [t for p in peers for t in (p.get("sent_at"), p.get("applied_at")) if t]
    out.by_file = bool(times)
    out.last_sync = max(times) if times else None
    if sent:
        # Since the last bundle written: the peer sent to most lately, leaving out what came from it.
        latest = max(sent, key=lambda p: p["sent_seq"])
        try:
            peer = store.find_peer(latest["site"])
            out.waiting = store.waiting_changes(latest["sent_seq"], peer["no"] if peer else None)
        except MarsadError:
            out.waiting = None
    return out
