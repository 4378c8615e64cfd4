"""The only home of SQL: the schema and its migrations, connections and transactions, record reads
and writes, the tabs' paging, the search index and its query compiler, bulk loading, checks and backup.

Everything outside works through `Store`, in records, pages and batches.
"""
from desktop.core.storage.migrations import SCHEMA_VERSION
from desktop.core.storage.reader import open_for_reading
from desktop.core.storage.store import Store

__all__ = ["SCHEMA_VERSION", "Store", "open_for_reading"]
