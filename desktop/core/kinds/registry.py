"""The record kinds, each described once.

Everything that knows a kind's shape works from here: validation, reading
and writing the store, the search index, export, deletion, the tabs, the
detail pane and the forms. A new kind or field touches this module, a
migration (desktop/core/storage/migrations/) and the translations, nothing
else.

A kind's `number` is frozen: it places the kind's records in their own range
of the search index's ids (stores on disk hold them).
"""
from __future__ import annotations

from desktop.core.kinds import fields as f
from desktop.core.kinds.fields import AliasTable, Choice, Field, LinkTable
from desktop.core.kinds.kind import Column, Kind
from desktop.core.kinds.makers import choice_field as _choice, date_field as _date, ref_field as _ref, \
    text_field as _text

PRECISION = (Choice("exact", "exact"), Choice("approximate", "approximate"))
ACTOR_TYPES = (Choice("person", "person"), Choice("organization", "organization"), Choice("state", "state"),
               Choice("armed_group", "armed group"), Choice("media", "media"), Choice("other", "other"))
PLACE_TYPES = (Choice("country", "country"), Choice("province", "province"), Choice("city", "city"),
               Choice("site", "site"), Choice("water_body", "water body"), Choice("other", "other"))
# How near a place's coordinates are to where things happened there (ACLED geo_precision, UCDP where_prec).
GEO_PRECISION = (Choice("exact", "exact"), Choice("near", "near (within about 25 km)"),
                 Choice("admin2", "district"), Choice("admin1", "province"), Choice("country", "country"),
                 Choice("approximate", "approximate"))
# ACLED's disorder types; an event of two is "political violence; demonstrations".
DISORDER_TYPES = (Choice("political_violence", "political violence"), Choice("demonstrations", "demonstrations"),
                  Choice("political_violence_demonstrations", "political violence; demonstrations"),
                  Choice("strategic_developments", "strategic developments"))
# UCDP's type of violence (1, 2, 3).
VIOLENCE_TYPES = (Choice("state_based", "state-based conflict"), Choice("non_state", "non-state conflict"),
                  Choice("one_sided", "one-sided violence"))
# GDELT's QuadClass.
QUAD_CLASSES = (Choice(1, "1", "Verbal cooperation"), Choice(2, "2", "Material cooperation"),
                Choice(3, "3", "Verbal conflict"), Choice(4, "4", "Material conflict"))
EVENT_STATUSES = (Choice("occurred", "occurred"), Choice("announced", "announced"), Choice("planned", "planned"),
                  Choice("expected", "expected"))
# The Admiralty (NATO) grades: how far a source is to be trusted, and how far a piece of information.
RELIABILITY = (Choice("A", "A", "Completely reliable"), Choice("B", "B", "Usually reliable"),
               Choice("C", "C", "Fairly reliable"), Choice("D", "D", "Not usually reliable"),
               Choice("E", "E", "Unreliable"), Choice("F", "F", "Reliability cannot be judged"))
CREDIBILITY = (Choice(1, "1", "Confirmed by other sources"), Choice(2, "2", "Probably true"),
               Choice(3, "3", "Possibly true"), Choice(4, "4", "Doubtful"), Choice(5, "5", "Improbable"),
               Choice(6, "6", "Truth cannot be judged"))


def _credibility() -> Field:
    return _choice("credibility", "Credibility", CREDIBILITY, filter="credibility", ordered=True, brief=True)


def _names(kind: str) -> tuple[Field, ...]:
    """The names an actor or place is found by: resolution and search go through all of them."""
    return (
        _text("name", "Name", required=True, search="name", normalised=True),
        _text("name_en", "English name", search="name", normalised=True, ltr=True),
    )


def _aliases(kind: str) -> Field:
    return Field("aliases", "Also known as", f.ALIASES, f.text_list, search="name",
                 aliases=AliasTable(f"{kind}_aliases", f"{kind}_id"), hint="One a line")


def _evidence() -> tuple[Field, ...]:
    """Where extraction found a proposed record: its source and the span of the source's text."""
    return (
        _ref("source", "Found in", "source", detail=False, form=False, csv=False),
        Field("source_span", "Span in the source", f.SPAN, f.span, column="source_span", detail=False,
              form=False, csv=False),
    )



# The heading of what a dataset says of a record (ACLED, GDELT, UCDP GED), below its own fields.
DATASET = "From the dataset"


def _count(name: str, label: str, **kw) -> Field:
    return Field(name, label, f.NUMBER, f.count, column=name, ltr=True, section=DATASET, **kw)


def _event_data() -> tuple[Field, ...]:
    """What ACLED, GDELT and UCDP GED say of an event beyond the common fields, each kept exactly."""
    return (
        _text("dataset_id", "Id in the dataset", limit=200, ltr=True, search="body", section=DATASET),
        _count("fatalities", "Fatalities", filter="fatalities"),
        _count("fatalities_low", "Fatalities, low estimate"),
        _count("fatalities_high", "Fatalities, high estimate"),
        _count("fatalities_side_a", "Fatalities, side A"),
        _count("fatalities_side_b", "Fatalities, side B"),
        _count("fatalities_civilians", "Fatalities, civilians"),
        _count("fatalities_unknown", "Fatalities, unknown side"),
        _choice("disorder_type", "Disorder type", DISORDER_TYPES, filter="disorder", section=DATASET),
        _choice("violence_type", "Type of violence", VIOLENCE_TYPES, filter="violence", section=DATASET),
        Field("civilian_targeting", "Civilian targeting", f.FLAG, f.flag, column="civilian_targeting",
              hint="Civilians were the target", filter="civilian_targeting", section=DATASET),
        _text("interaction", "Interaction", search="body", section=DATASET),
        _text("source_scale", "Source scale", search="body", section=DATASET),
        _text("conflict", "Conflict", search="body", section=DATASET),
        _text("dyad", "Dyad", search="body", section=DATASET),
        _text("event_code", "Event code (CAMEO)", limit=16, ltr=True, search="body", section=DATASET),
        # From cooperation to conflict, so quad:3-4 asks for conflict of either kind.
        _choice("quad_class", "Quad class", QUAD_CLASSES, filter="quad", ordered=True, section=DATASET),
        Field("goldstein", "Goldstein scale", f.NUMBER, f.number_between(-10, 10), column="goldstein", ltr=True,
              filter="goldstein", section=DATASET),
        Field("avg_tone", "Average tone", f.NUMBER, f.number_between(-100, 100), column="avg_tone", ltr=True,
              filter="tone", section=DATASET),
        _count("num_mentions", "Mentions", filter="mentions"),
        _count("num_sources", "Sources counted"),
        _count("num_articles", "Articles counted"),
        _text("date_added", "Added to the dataset", limit=32, ltr=True, section=DATASET),
        _count("dataset_timestamp", "Dataset timestamp"),
    )


ACTOR = Kind(
    name="actor", table="actors", number=1, label="Actor", plural="Actors",
    main="name", category="type", evidence="source", english="name_en",
    fields=(
        *_names("actor"),
        _choice("type", "Type", ACTOR_TYPES, filter="type"),
        _text("title", "Title or position", search="body"),
        _aliases("actor"),
        _ref("affiliation", "Affiliation", "actor", by_name=True, reverse="Members and affiliates"),
        _text("description", "Description", long=True, search="body"),
        # What an event dataset says of the actor: its type in the dataset's words (ACLED's
        # "Rebel group"), and GDELT's CAMEO actor code, country and type codes.
        _text("dataset_type", "Type in the dataset", search="body", section=DATASET),
        _text("code", "Actor code", limit=64, ltr=True, search="body", section=DATASET),
        _text("country_code", "Country code", limit=16, ltr=True, search="body", section=DATASET),
        _text("type_codes", "Type codes", limit=64, ltr=True, search="body", section=DATASET),
        *_evidence(),
    ),
    columns=(Column("name"), Column("name_en"), Column("type"), Column("title"),
             Column("quotes", "Quotes", count_of=("quote", "speaker")),
             Column("events", "Events", count_of=("event", "actors")), Column("review")),
    default_sort=("name", False),
    snippet=("title", "description"),
    distinguished_by=("type", "title", "affiliation"),
)

PLACE = Kind(
    name="place", table="places", number=2, label="Place", plural="Places",
    main="name", category="type", evidence="source", english="name_en",
    fields=(
        *_names("place"),
        _choice("type", "Type", PLACE_TYPES, filter="type"),
        _ref("parent", "Part of", "place", by_name=True, search="names", reverse="Places within"),
        _aliases("place"),
        Field("lat", "Latitude", f.NUMBER, f.coordinate(90), column="lat", ltr=True),
        Field("lon", "Longitude", f.NUMBER, f.coordinate(180), column="lon", ltr=True),
        _choice("geo_precision", "Precision of the coordinates", GEO_PRECISION),
        *_evidence(),
    ),
    columns=(Column("name"), Column("name_en"), Column("type"), Column("parent"), Column("review")),
    default_sort=("name", False),
    snippet=("name_en",),
    distinguished_by=("type", "parent"),
)

SOURCE = Kind(
    name="source", table="sources", number=3, label="Source", plural="Sources",
    main="title", date="published",
    fields=(
        _text("title", "Title", limit=f.MAX_TEXT, long=True, required=True, search="name"),
        _text("summary", "Summary", long=True, search="body"),
        Field("body", "Text", f.LONG_TEXT, f.text(f.MAX_TEXT), column="body", search="body", digest="body_hash"),
        _text("outlet", "Outlet", search="body"),
        _text("url", "Address (URL)", ltr=True),
        _date("published", "Published"),
        _text("language", "Language", limit=32, ltr=True),
        _text("author", "Author", search="body"),
        _choice("reliability", "Reliability", RELIABILITY, filter="reliability", ordered=True, brief=True),
    ),
    columns=(Column("title"), Column("outlet"), Column("published"), Column("reliability"), Column("review")),
    default_sort=("published", True),
    snippet=("summary", "body"),
    distinguished_by=("outlet", "published"),
)

EVENT = Kind(
    name="event", table="events", number=4, label="Event", plural="Events",
    main="title", date="date", date_end="date_end", precision="date_precision", category="status",
    evidence="source",
    fields=(
        _text("title", "Title", limit=f.MAX_TEXT, long=True, required=True, search="name"),
        _text("summary", "Summary", long=True, search="body"),
        _date("date", "Date"),
        _date("date_end", "Until"),
        _choice("date_precision", "Precision", PRECISION),
        _choice("status", "Status", EVENT_STATUSES, filter="status"),
        _credibility(),
        _ref("place", "Place", "place", by_name=True, search="names", reverse="Events"),
        _text("category", "Category", search="body"),
        *_evidence(),
        Field("actors", "Actors", f.LINKS, f.links("actor", "role"), ref="actor", by_name=True, search="names",
              links=LinkTable("event_actors", "event_id", "actor_id", role="role"), reverse="Events",
              hint="One a line: a name or id, then | and the role"),
        Field("sources", "Sources", f.REFS, f.references, ref="source",
              links=LinkTable("event_sources", "event_id", "source_id"), reverse="Events",
              hint="Source ids, one a line"),
        *_event_data(),
    ),
    columns=(Column("date"), Column("title"), Column("place"), Column("actors"), Column("status"),
             Column("credibility"), Column("review")),
    default_sort=("date", True),
    snippet=("summary",),
    distinguished_by=("date", "place"),
)

QUOTE = Kind(
    name="quote", table="quotes", number=5, label="Quote", plural="Quotes",
    main="text", date="date", byline="speaker", evidence="source",
    fields=(
        _text("text", "Text", limit=f.MAX_TEXT, long=True, required=True, search="name"),
        _ref("speaker", "Speaker", "actor", by_name=True, required=True, search="names", reverse="Quotes"),
        _date("date", "Date"),
        _ref("source", "Source", "source", reverse="Quotes"),
        _ref("event", "Event", "event", reverse="Quotes", carries=("place",)),
        _text("context", "Context", long=True, search="body"),
        Field("partial", "Partial", f.FLAG, f.flag, column="partial", hint="An excerpt of a longer statement"),
        _credibility(),
        Field("source_span", "Span in the source", f.SPAN, f.span, column="source_span", detail=False,
              form=False, csv=False),
    ),
    columns=(Column("text"), Column("speaker"), Column("date"), Column("credibility"), Column("source"),
             Column("review")),
    default_sort=("date", True),
    snippet=("speaker", "context"),
    id_basis=("text", "speaker"),
    distinguished_by=("speaker", "date"),
)

# An article is imported, never stored as such: it becomes a source and the proposals
# extraction makes from it.
ARTICLE = Kind(
    name="article", table=None, number=0, label="Article", plural="Articles",
    main="body", stored=False,
    fields=(
        _text("body", "Text", limit=f.MAX_TEXT, long=True, required=True),
        _text("title", "Title", limit=f.MAX_TEXT),
        _date("published", "Published"),
        _text("outlet", "Outlet"),
        _text("url", "Address (URL)"),
        _text("language", "Language", limit=32),
        _text("author", "Author"),
        _text("summary", "Summary", long=True),
    ),
)

# Stored kinds in the order the tabs show them; ARTICLE only imports.
TAB_ORDER = (EVENT, ACTOR, QUOTE, PLACE, SOURCE)
ALL = (ACTOR, PLACE, SOURCE, EVENT, QUOTE, ARTICLE)
