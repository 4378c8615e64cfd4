"""Saved briefing specs."""
from __future__ import annotations

import json

from desktop.core.storage.writing import now


def save(conn, key: str, spec: dict) -> None:
    title = str(spec.get("title") or key)
    stamp = now()
    conn.execute(
        "INSERT INTO briefings(key, title, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET title=excluded.title, spec=excluded.spec, updated_at=excluded.updated_at",
        (key, title, json.dumps(spec, ensure_ascii=False), stamp, stamp))


def load(conn, key: str) -> dict | None:
    row = conn.execute("SELECT spec FROM briefings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def listing(conn) -> list[dict]:
    return [{"key": k, "title": t, "updated_at": u} for k, t, u in conn.execute(
        "SELECT key, title, updated_at FROM briefings ORDER BY updated_at DESC")]
