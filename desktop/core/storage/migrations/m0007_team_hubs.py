"""Schema 7: the team hubs a store syncs with (`marsad sync URL`), and how far each exchange went.

A hub is named by its id (a UUID `marsad hub init` made), not by its address,
so that a hub reached by another host name or through a service file is the
same hub. The address is kept without a password, to sync again and to show
which hub the store belongs to; the password stays in the user's passfile.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

SQL = """
CREATE TABLE sync_hubs (
    hub TEXT PRIMARY KEY,                   -- the hub's id (a UUID made by `marsad hub init`)
    url TEXT NOT NULL,                      -- how to reach it, never with a password
    pushed_seq INTEGER NOT NULL DEFAULT -1, -- this store's change_seq up to which its changes went to the hub (-1: none)
    pulled_seq INTEGER NOT NULL DEFAULT 0,  -- the hub's change sequence up to which its changes were taken in
    synced_at TEXT                          -- when the last sync went through
);
"""
