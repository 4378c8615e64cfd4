"""Version vectors: how two versions of a record are related, whatever site made them.

A record's clock counts the changes each site made to it along its history:
{site: n}. One version descends from another when its clock is at least the
other's for every site. Two versions neither of which descends from the
other were changed independently: a conflict for a person, unless they are
the same. A store keeps clocks with its own short site numbers ("1:3,2:1");
bundles carry them with the sites' UUIDs.
"""
from __future__ import annotations

from typing import Mapping, TypeVar

EQUAL, BEFORE, AFTER, CONCURRENT = "equal", "before", "after", "concurrent"

Site = TypeVar("Site", int, str)


def compare(a: Mapping, b: Mapping) -> str:
    """AFTER when `a` descends from `b`, BEFORE when `b` descends from `a`, EQUAL, or CONCURRENT."""
    a_more = any(n > b.get(site, 0) for site, n in a.items())
    b_more = any(n > a.get(site, 0) for site, n in b.items())
    if a_more and b_more:
        return CONCURRENT
    if a_more:
        return AFTER
    return BEFORE if b_more else EQUAL


def merge(a: Mapping[Site, int], b: Mapping[Site, int]) -> dict[Site, int]:
    """The least clock that descends from both."""
    out = dict(a)
    for site, n in b.items():
        if n > out.get(site, 0):
            out[site] = n
    return out


def bump(clock: Mapping[Site, int], site: Site) -> dict[Site, int]:
    """The clock of one more change by `site`."""
    out = dict(clock)
    out[site] = out.get(site, 0) + 1
    return out


def version(clock: Mapping) -> int:
    """How many changes the history of a version holds."""
    return sum(clock.values())


def encode(clock: Mapping[int, int]) -> str:
    """A store's form: "1:3,2:1" (site numbers ascending); "" for a record from before tracking."""
    return ",".join(f"{site}:{n}" for site, n in sorted(clock.items()) if n)


def decode(text: str | None) -> dict[int, int]:
    if not text:
        return {}
    out = {}
    for part in text.split(","):
        site, _, n = part.partition(":")
        out[int(site)] = int(n)
    return out
