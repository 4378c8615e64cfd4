"""FollowTheMoney export: the store's records as FtM entities, for Aleph and OpenAleph (issue 16).

`marsad export --format ftm FILE` writes one entity a line, the form `ftm`
tools, `alephclient write-entities` and OpenAleph read:
{"id": ..., "schema": ..., "properties": {property: [values]}}.

The mapping is our own code and so is each value's clean form: this module
never imports the followthemoney package, which the packaged app does not
carry (it brings some thirty libraries, ICU among them). The tests load
every line with followthemoney and check that each value is one FtM keeps
as it is, so that a re-export gives the same entities byte for byte.

What becomes what:
- actor: Person (person), Organization (organization, armed_group, media),
  PublicBody (state), LegalEntity (other, or no type); an affiliation becomes
  a Membership (or an UnknownLink when the affiliated actor is no organization);
- place: Address;
- source: Article;
- event: Event, `involved` naming its actors, `addressEntity` its place and
  `proof` its sources;
- quote: Documentation (its source documents the speaker; the text is the
  summary), or a Note on the speaker when the quote names no source.
What has no FtM property (an event's fatalities, status and credibility, a
source's reliability, ...) is written as "Label: value" lines in the
entity's notes, so nothing the store holds is lost in Aleph.

Every reference points at an entity in the same file: a record that a
chosen record refers to is exported too (the export is closed under
references), and a reference to a record that is not in the store is
dropped and counted.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core import arabic, digests
from desktop.core import kinds as registry
from desktop.core.export import selected_records, write_atomically
from desktop.core.ftm_countries import COUNTRIES
from desktop.core.ftm_values import URL, Entity, clean, language
from desktop.core.kinds import fields as f

# `.ftm.json` is what `ftm` tools and Aleph's docs name these files; `.ftm` and `.ftm.jsonl` are seen too.
FTM_SUFFIXES = (".ftm.json", ".ftm.jsonl", ".ftm")
BATCH = 1_000        # records whose references are looked up together
CACHE = 50_000       # looked-up records kept between batches (the same actors and places come back)


def is_ftm_path(path: str | os.PathLike) -> bool:
    """Whether a file's name says FollowTheMoney (what `export` writes when no --format is given)."""
    return os.fspath(path).lower().endswith(FTM_SUFFIXES)


@dataclass
class FtmReport:
    records: dict[str, int] = field(default_factory=dict)    # chosen records, by kind
    added: dict[str, int] = field(default_factory=dict)      # records exported because a chosen one refers to them
    entities: dict[str, int] = field(default_factory=dict)   # entities written, by schema
    dropped: int = 0                                          # references to records not in the store

    @property
    def total_records(self) -> int:
        return sum(self.records.values()) + sum(self.added.values())

    @property
    def total_entities(self) -> int:
        return sum(self.entities.values())


def export_ftm(store, path: str | os.PathLike, *, query: str | None = None,
               kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None) -> FtmReport:
    """The records a query matches (all when none; the ones `ids` names when given), of the given kinds,
    and what they refer to, as FtM entities."""
    report = FtmReport()

    def lines() -> Iterator[str]:
        context = _Context(store)
        emitted: set[str] = set()
        for batch in _batches(selected_records(store, query, kinds, ids)):
            yield _entities(batch, context, emitted, report, report.records)
        # Then whatever those records refer to, and what that refers to, until nothing is missing.
        while pending := context.wanted - emitted:
            for kind in registry.KINDS:
                keys = sorted(k for k in pending if registry.kind_of(k) == kind)
                for start in range(0, len(keys), BATCH):
                    chunk = keys[start:start + BATCH]
                    found = store.get_many(kind, chunk)
                    emitted.update(chunk)     # one removed since it was looked up is not looked for again
                    yield _entities([found[k] for k in chunk if k in found], context, emitted, report, report.added)
            emitted.update(k for k in pending if registry.kind_of(k) is None)
        report.dropped = context.dropped

    write_atomically(Path(path), lines())
    return report


def _batches(records: Iterable[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _entities(batch: list[dict], context: "_Context", emitted: set[str], report: FtmReport,
              counts: dict[str, int]) -> str:
    context.look_up(batch)
    out = []
    for rec in batch:
        emitted.add(rec["id"])
        counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
        for entity in _BUILDERS[rec["kind"]](rec, context):
            report.entities[entity.schema] = report.entities.get(entity.schema, 0) + 1
            out.append(entity.to_json() + "\n")
    return "".join(out)


# --- ids ----------------------------------------------------------------------------------------

_PLAIN_KEY = re.compile(r"^([a-z]+):([0-9A-Za-z](?:[0-9A-Za-z-]{0,150}[0-9A-Za-z])?)$")


def entity_id(key: str) -> str:
    """The FtM id of a Marsad record, the same on every export: `marsad-actor-hussein-allawi`.

    FtM ids are letters, digits, `.` and `-` (at most 200); a Marsad id may
    hold any text but spaces and slashes (Arabic too), and then it becomes a
    digest of itself: `marsad-actor.<sha1>`. A readable id never holds a dot
    and a digest id always does, so the two cannot meet; an entity derived
    from a record (an actor's Membership) adds `.` and a word to its id.
    """
    plain = _PLAIN_KEY.match(key)
    if plain:
        return f"marsad-{plain[1]}-{plain[2]}"
    kind = key.partition(":")[0]
    kind = kind if kind.isascii() and kind.isalpha() else "record"
    return f"marsad-{kind}.{digests.short_sha1(key, 32)}"


# --- what records refer to ----------------------------------------------------------------------

class _Countries:
    """FtM's country codes by alpha-3 code (IRQ) and by name (Iraq, العراق), names normalised as search does."""

    def __init__(self):
        self.by_code: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for code, alpha3, names in COUNTRIES:
            self.by_code[code] = self.by_code[alpha3] = code
            for name in names:
                self.by_name.setdefault(arabic.normalize(name), code)

    def of_code(self, code) -> str | None:
        return self.by_code.get(code.strip().lower()) if isinstance(code, str) else None

    def of_names(self, rec: dict) -> str | None:
        for name in [rec.get("name"), rec.get("name_en"), *(rec.get("aliases") or [])]:
            if isinstance(name, str) and (code := self.by_name.get(arabic.normalize(name.strip()))):
                return code
        return None


def _referenced(fld, value) -> list[str]:
    if not value:
        return []
    if fld.type == f.LINKS:
        return [item[fld.ref] for item in value if isinstance(item, dict) and item.get(fld.ref)]
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


class _Context:
    """What entities need to know of the records they refer to, read a batch of records at a time:
    whether each is in the store, names for the notes, places' chains and actors' types."""

    def __init__(self, store):
        self.store = store
        self.places: dict[str, dict] = {}
        self.actors: dict[str, dict] = {}
        self.titles: dict[str, str] = {}      # sources, events, quotes: their main text
        self.absent: set[str] = set()
        self.wanted: set[str] = set()
        self.dropped = 0
        self.countries = _Countries()

    def look_up(self, batch: list[dict]) -> None:
        if len(self.places) + len(self.actors) + len(self.titles) + len(self.absent) > CACHE:
            self.places.clear()
            self.actors.clear()
            self.titles.clear()
            self.absent.clear()
        wanted: dict[str, set[str]] = {}
        fresh = [rec for rec in batch if rec["kind"] == "place"]
        for rec in batch:
            for fld in registry.get(rec["kind"]).references:
                wanted.setdefault(fld.ref, set()).update(_referenced(fld, rec.get(fld.name)))
        self.places.update((rec["id"], rec) for rec in fresh)
        for kind, keys in wanted.items():
            found = self._fetch(kind, keys)
            if kind == "place":
                fresh.extend(found.values())
        # A place's chain up to its country: parents of parents, until every one is known.
        while parents := {p["parent"] for p in fresh if p.get("parent") and not self._known("place", p["parent"])}:
            fresh = list(self._fetch("place", parents).values())

    def _known(self, kind: str, key: str) -> bool:
        return key in self.absent or key in self._cache(kind)

    def _cache(self, kind: str) -> dict:
        return self.places if kind == "place" else self.actors if kind == "actor" else self.titles

    def _fetch(self, kind: str, keys: set[str]) -> dict:
        keys = {k for k in keys if not self._known(kind, k)}
        if not keys:
            return {}
        # Sources can be long articles: of them (and of events and quotes) only the title is read.
        found = (self.store.get_many(kind, keys) if kind in ("place", "actor")
                 else self.store.main_texts(kind, keys))
        self._cache(kind).update(found)
        self.absent.update(keys - set(found))
        return found

    def exists(self, key: str) -> bool:
        return key in self.places or key in self.actors or key in self.titles

    def ref(self, key) -> str | None:
        """The entity id of a record referred to, which the export will then hold; None (counted) when it is
        not in the store."""
        if not isinstance(key, str) or not self.exists(key):
            self.dropped += 1
            return None
        self.wanted.add(key)
        return entity_id(key)

    def name(self, key: str) -> str:
        rec = self.places.get(key) or self.actors.get(key)
        return rec["name"] if rec else self.titles.get(key, key)

    def chain(self, place: dict) -> list[dict]:
        """A place and the places it is part of, nearest first."""
        out, seen = [place], {place["id"]}
        while (parent := out[-1].get("parent")) and parent not in seen and parent in self.places:
            seen.add(parent)
            out.append(self.places[parent])
        return out


# --- the notes: fields FtM has no property for ----------------------------------------------------

_NOT_EXPORTED = {"source_span"}     # offsets into a Marsad source's body: nothing to Aleph


def _as_text(fld, value, context: _Context) -> str:
    if fld.type == f.CHOICE:
        for choice in fld.choices:
            if choice.code == value:
                return choice.label + (f" ({choice.hint})" if choice.hint else "")
    if fld.type == f.FLAG:
        return "yes" if value else "no"
    if fld.ref:
        role = fld.links.role if fld.type == f.LINKS and fld.links else None
        items = value if isinstance(value, list) else [value]
        return "; ".join(context.name(item[fld.ref]) + (f" ({item[role]})" if role and item.get(role) else "")
                         if isinstance(item, dict) else context.name(item) for item in items)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _notes(entity: Entity, rec: dict, mapped: set[str], context: _Context, prop: str = "notes") -> None:
    """The record's notes, then a "Label: value" line for each field no property took."""
    spec = registry.get(rec["kind"])
    # An empty value, the default (confirmed) and a flag that is off say nothing worth a line.
    lines = [f"{fld.label}: {_as_text(fld, rec[fld.name], context)}" for fld in spec.fields
             if fld.name not in mapped and fld.name not in _NOT_EXPORTED and fld.name != "notes"
             and rec.get(fld.name) not in (None, "", [], False) and rec[fld.name] != fld.default]
    text = "\n\n".join(part for part in (rec.get("notes") or "", "\n".join(lines)) if part)
    entity.add(prop, text)


# --- the kinds ---------------------------------------------------------------------------------

# Marsad's actor types → FtM schemata. FtM has no schema for a state acting as one: PublicBody ("a
# public body, such as a ministry, department") is the nearest that can take part in an Event
# (`involved` wants a LegalEntity) and be an organization others belong to, where Territory (FtM 4 only)
# is reference geography and cannot. Armed groups and media are organizations in FtM's terms; their
# Marsad type goes in `classification`. "other" and no type stay the generic LegalEntity.
ACTOR_SCHEMATA = {"person": "Person", "organization": "Organization", "state": "PublicBody",
                  "armed_group": "Organization", "media": "Organization", "other": "LegalEntity"}
_ORGANIZATIONS = {"Organization", "PublicBody"}


def _choice_label(kind: str, field_name: str, code) -> str:
    for choice in registry.get(kind).field(field_name).choices:
        if choice.code == code:
            return choice.label
    return str(code)


def _aliases(rec: dict) -> list[str]:
    """The English name and the other names, less any that is the name itself (datasets often give both)."""
    return [a for a in [rec.get("name_en"), *(rec.get("aliases") or [])] if a and a != rec["name"]]


def _actor(rec: dict, context: _Context) -> list[Entity]:
    schema = ACTOR_SCHEMATA.get(rec.get("type"), "LegalEntity")
    entity = Entity(schema, entity_id(rec["id"]))
    mapped = {"name", "name_en", "aliases", "type", "description", "dataset_type", "affiliation", "source", "tags"}
    entity.add("name", rec["name"])
    # An English name is a full name in another script, not a "weak alias" (FtM's word for a short or
    # unreliable name); Marsad's aliases mix both kinds and cannot tell them apart, so all are aliases.
    entity.add("alias", *_aliases(rec))
    if schema == "Person" and entity.add("position", rec.get("title"), label="Title or position"):
        mapped.add("title")
    if rec.get("type") in ("state", "armed_group", "media", "other"):
        entity.add("classification", _choice_label("actor", "type", rec["type"]))
    entity.add("classification", rec.get("dataset_type"))
    country = context.countries.of_code(rec.get("country_code"))
    if country:
        mapped.add("country_code")
    elif rec.get("type") == "state":
        country = context.countries.of_names(rec)
    if country:
        entity.add("country", country)
    entity.add("description", rec.get("description"))
    entity.add("keywords", *(rec.get("tags") or []))
    entity.add("proof", context.ref(rec["source"]) if rec.get("source") else None)
    _notes(entity, rec, mapped, context)
    out = [entity]
    affiliation = rec.get("affiliation")
    target = context.ref(affiliation) if affiliation and affiliation != rec["id"] else None
    if target:
        other = ACTOR_SCHEMATA.get(context.actors.get(affiliation, {}).get("type"), "LegalEntity")
        if other in _ORGANIZATIONS:
            link = Entity("Membership", f"{entity.id}.affiliation", spill="description")
            link.add("member", entity.id)
            link.add("organization", target)
        else:
            link = Entity("UnknownLink", f"{entity.id}.affiliation", spill="description")
            link.add("subject", entity.id)
            link.add("object", target)
            link.add("role", "affiliation")
        out.append(link)
    return out


def _place(rec: dict, context: _Context) -> list[Entity]:
    """An Address: FtM's only schema with coordinates, an address line and a country. FtM 4's Territory is
    reference geography (administrative codes, no coordinates), unknown to the FtM 3 Aleph runs, and no
    entity refers to it as a place; a place's parents are its address line, region, city and country."""
    entity = Entity("Address", entity_id(rec["id"]))
    chain = context.chain(rec)
    entity.add("name", rec["name"])
    entity.add("alias", *_aliases(rec))
    entity.add("full", _full(chain))
    for kind, prop in (("city", "city"), ("province", "region")):
        entity.add(prop, next((p["name"] for p in chain if p.get("type") == kind), None))
    entity.add("country", _country_of(chain, context))
    entity.add("latitude", rec.get("lat"), label="Latitude")
    entity.add("longitude", rec.get("lon"), label="Longitude")
    entity.add("keywords", *(rec.get("tags") or []))
    entity.add("proof", context.ref(rec["source"]) if rec.get("source") else None)
    _notes(entity, rec, {"name", "name_en", "aliases", "parent", "lat", "lon", "source", "tags"}, context)
    return [entity]


def _full(chain: list[dict]) -> str:
    """A place as an address: its name and those of the places it is part of, Arabic-comma separated where
    the place's name is Arabic."""
    sep = "، " if any("\u0600" <= ch <= "\u06ff" for ch in chain[0]["name"]) else ", "
    return sep.join(p["name"] for p in chain)


def _country_of(chain: list[dict], context: _Context) -> str | None:
    return next((code for p in chain if p.get("type") == "country" and (code := context.countries.of_names(p))),
                None)


def _source(rec: dict, context: _Context) -> list[Entity]:
    entity = Entity("Article", entity_id(rec["id"]))
    mapped = {"title", "summary", "body", "outlet", "published", "author", "tags"}
    entity.add("title", rec["title"], label="Title")
    entity.add("summary", rec.get("summary"))
    entity.add("bodyText", rec.get("body"))
    entity.add("publisher", rec.get("outlet"))
    entity.add("publishedAt", rec.get("published"), label="Published")
    entity.add("author", rec.get("author"))
    entity.add("keywords", *(rec.get("tags") or []))
    # An address or language FtM cannot take stays a line of the notes.
    if rec.get("url") and clean(URL, rec["url"])[0]:
        entity.add("sourceUrl", rec["url"])
        mapped.add("url")
    if rec.get("language") and language(rec["language"]):
        entity.add("language", rec["language"])
        mapped.add("language")
    _notes(entity, rec, mapped, context)
    return [entity]


def _event(rec: dict, context: _Context) -> list[Entity]:
    entity = Entity("Event", entity_id(rec["id"]))
    mapped = {"title", "summary", "date", "date_end", "place", "sources", "source", "category", "dataset_id",
              "tags"}
    entity.add("name", rec["title"], label="Title")
    entity.add("summary", rec.get("summary"))
    # FtM dates are ISO prefixes like Marsad's (2014, 2025-09, 2024-09-27), so the precision carries over.
    if rec.get("date_end"):
        entity.add("startDate", rec.get("date"), label="Date")
        entity.add("endDate", rec["date_end"], label="Until")
    else:
        entity.add("date", rec.get("date"), label="Date")
    place = rec.get("place")
    if place and (target := context.ref(place)):
        chain = context.chain(context.places[place])
        entity.add("addressEntity", target)
        entity.add("location", _full(chain))
        entity.add("country", _country_of(chain, context))
    links = rec.get("actors") or []
    entity.add("involved", *(context.ref(link.get("actor")) for link in links))
    if not any(link.get("role") for link in links):
        mapped.add("actors")      # the roles are the only thing `involved` cannot say
    entity.add("proof", *(context.ref(key) for key in [*(rec.get("sources") or []), rec.get("source")] if key))
    entity.add("keywords", rec.get("category"), *(rec.get("tags") or []))
    entity.add("recordId", rec.get("dataset_id"))
    _notes(entity, rec, mapped, context)
    return [entity]


def _quote(rec: dict, context: _Context) -> list[Entity]:
    """A quote is what a source says a speaker said. With a source, a Documentation: the Article documents
    the speaker (and the event the quote is about), the quote's text its summary, so Aleph shows it on
    both the speaker's and the article's pages. Without one, a Note on the speaker (FtM's annotation of
    an entity) whose description is the text. Not a Mention: FtM generates those from named-entity
    recognition, hides them, and a Mention holds only a name, not what was said."""
    source = context.ref(rec["source"]) if rec.get("source") else None
    speaker = context.ref(rec.get("speaker"))
    event = context.ref(rec["event"]) if rec.get("event") else None
    mapped = {"text", "speaker", "source", "event", "tags"}
    if source and (speaker or event):
        entity = Entity("Documentation", entity_id(rec["id"]), spill="description")
        entity.add("document", source)
        entity.add("entity", speaker, event)
        entity.add("role", "partial quote" if rec.get("partial") else "quote")
        entity.add("summary", rec["text"])
        entity.add("date", rec.get("date"), label="Date")
        mapped.update({"date", "partial"})
        # Documentation has no notes or keywords: the context, tags and other fields make its description.
        entity.add("description", rec.get("context"))
        mapped.add("context")
        if rec.get("tags"):
            mapped.discard("tags")
        _notes(entity, rec, mapped, context, prop="description")
    else:
        entity = Entity("Note", entity_id(rec["id"]))
        entity.add("description", rec["text"])
        entity.add("entity", speaker, event)
        entity.add("summary", rec.get("context"))
        entity.add("keywords", *(rec.get("tags") or []))
        mapped.add("context")
        _notes(entity, rec, mapped, context)
    return [entity]


_BUILDERS: dict[str, Callable[[dict, _Context], list[Entity]]] = {
    "actor": _actor, "place": _place, "source": _source, "event": _event, "quote": _quote}
