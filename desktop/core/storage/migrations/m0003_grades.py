"""Schema 3: the Admiralty grades. A source's reliability (A-F); an event's or quote's credibility (1-6).

Both are optional. Partial indexes hold only the graded rows, so filtering
by a grade stays quick while most records have none.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

SQL = """
ALTER TABLE sources ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE events ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE quotes ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
CREATE INDEX sources_reliability ON sources(reliability) WHERE reliability IS NOT NULL;
CREATE INDEX events_credibility ON events(credibility) WHERE credibility IS NOT NULL;
CREATE INDEX quotes_credibility ON quotes(credibility) WHERE credibility IS NOT NULL;
"""
