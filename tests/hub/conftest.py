"""A real PostgreSQL for the hub's tests: one throwaway cluster per test session (tests/hub/cluster.py), a
fresh database with a hub in it per test, and three logins: ana (marsad_write), rami (marsad_read) and
nobody (no grant). Their passwords are in a passfile ($PGPASSFILE), as a team's laptops keep them.

Skipped, saying why, where no PostgreSQL server programs are installed (.ci/run installs them).
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hub.cluster import Cluster, why_not

PASSWORDS = {"ana": "ana-Secret-7431", "rami": "rami-Secret-9902", "nobody": "nobody-Secret-5517"}
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg(tmp_path_factory):
    reason = why_not()
    if reason:
        pytest.skip(reason)
    cluster = Cluster().start()
    try:
        for user, password in PASSWORDS.items():
            cluster.admin(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        passfile = tmp_path_factory.mktemp("pgpass") / "pgpass"
        passfile.write_text("".join(f"{host}:{cluster.port}:*:{u}:{p}\n" for u, p in PASSWORDS.items()
                                    for host in ("127.0.0.1", "localhost")))
        passfile.chmod(0o600)
        cluster.passfile = passfile
        yield cluster
    finally:
        cluster.remove()


@dataclass
class HubDb:
    cluster: Cluster
    dbname: str

    @property
    def admin(self) -> str:
        return self.cluster.admin_url(self.dbname)

    @property
    def writer(self) -> str:
        return self.cluster.url(self.dbname, "ana")

    @property
    def reader(self) -> str:
        return self.cluster.url(self.dbname, "rami")

    @property
    def stranger(self) -> str:
        return self.cluster.url(self.dbname, "nobody")

    def query(self, statement: str, params=()) -> list[tuple]:
        import psycopg
        with psycopg.connect(self.admin, autocommit=True) as conn:
            cur = conn.execute(statement, params or None)
            return cur.fetchall() if cur.description else []


@pytest.fixture
def empty_db(pg, monkeypatch) -> HubDb:
    """A fresh database with no hub in it; the passfile in $PGPASSFILE."""
    monkeypatch.setenv("PGPASSFILE", str(pg.passfile))
    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGHOST", "PGUSER", "PGDATABASE", "PGPORT"):
        monkeypatch.delenv(name, raising=False)
    dbname = f"team{next(_numbers)}_{os.getpid()}"
    pg.admin(f"CREATE DATABASE {dbname}")
    return HubDb(pg, dbname)


@pytest.fixture
def hub_db(empty_db) -> HubDb:
    """A database with a hub, set up by its owner; ana may push, rami may only read."""
    from desktop.core import hub
    hub.hub_init(empty_db.admin)
    empty_db.query("GRANT marsad_write TO ana")
    empty_db.query("GRANT marsad_read TO rami")
    return empty_db


def store_bytes(path: Path) -> bytes:
    """The store file and its WAL: everything of it on disk."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
