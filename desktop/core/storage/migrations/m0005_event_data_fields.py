"""Schema 5: what ACLED, GDELT and UCDP GED say of events, actors and places, as real columns.

Events gain the dataset's own id, fatalities (best, low, high, by side),
disorder and violence types, civilian targeting, interaction, source scale,
the conflict and dyad, CAMEO code, QuadClass, Goldstein, tone, mention
counts, when the dataset added the event and its timestamp. Actors gain
their type in the dataset's words and GDELT's actor, country and type codes;
places the precision of their coordinates. All are optional. The search
text of a record now includes its new text fields, so the index is rebuilt.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

REBUILD = True

SQL = """
ALTER TABLE events ADD COLUMN dataset_id TEXT;
ALTER TABLE events ADD COLUMN fatalities INTEGER CHECK (fatalities >= 0);
ALTER TABLE events ADD COLUMN fatalities_low INTEGER CHECK (fatalities_low >= 0);
ALTER TABLE events ADD COLUMN fatalities_high INTEGER CHECK (fatalities_high >= 0);
ALTER TABLE events ADD COLUMN fatalities_side_a INTEGER CHECK (fatalities_side_a >= 0);
ALTER TABLE events ADD COLUMN fatalities_side_b INTEGER CHECK (fatalities_side_b >= 0);
ALTER TABLE events ADD COLUMN fatalities_civilians INTEGER CHECK (fatalities_civilians >= 0);
ALTER TABLE events ADD COLUMN fatalities_unknown INTEGER CHECK (fatalities_unknown >= 0);
ALTER TABLE events ADD COLUMN disorder_type TEXT;
ALTER TABLE events ADD COLUMN violence_type TEXT;
ALTER TABLE events ADD COLUMN civilian_targeting INTEGER;
ALTER TABLE events ADD COLUMN interaction TEXT;
ALTER TABLE events ADD COLUMN source_scale TEXT;
ALTER TABLE events ADD COLUMN conflict TEXT;
ALTER TABLE events ADD COLUMN dyad TEXT;
ALTER TABLE events ADD COLUMN event_code TEXT;
ALTER TABLE events ADD COLUMN quad_class INTEGER CHECK (quad_class BETWEEN 1 AND 4);
ALTER TABLE events ADD COLUMN goldstein REAL;
ALTER TABLE events ADD COLUMN avg_tone REAL;
ALTER TABLE events ADD COLUMN num_mentions INTEGER;
ALTER TABLE events ADD COLUMN num_sources INTEGER;
ALTER TABLE events ADD COLUMN num_articles INTEGER;
ALTER TABLE events ADD COLUMN date_added TEXT;
ALTER TABLE events ADD COLUMN dataset_timestamp INTEGER;
ALTER TABLE actors ADD COLUMN dataset_type TEXT;
ALTER TABLE actors ADD COLUMN code TEXT;
ALTER TABLE actors ADD COLUMN country_code TEXT;
ALTER TABLE actors ADD COLUMN type_codes TEXT;
ALTER TABLE places ADD COLUMN geo_precision TEXT;
CREATE INDEX events_fatalities ON events(fatalities) WHERE fatalities IS NOT NULL;
CREATE INDEX events_dataset_id ON events(dataset_id) WHERE dataset_id IS NOT NULL;
"""
