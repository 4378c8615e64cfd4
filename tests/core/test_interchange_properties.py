"""Property: any input file either imports, or is refused whole with file:line messages."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import importing, jsonl
from desktop.core.errors import BatchError as InterchangeError
from desktop.core.storage import Store

values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=12), st.sampled_from(["actor:a", "place:p", "2024-09-27", "2024-13", "علاوي"])),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6)
fields = st.sampled_from(["kind", "id", "name", "title", "text", "speaker", "date", "date_end", "place",
                          "actors", "aliases", "lat", "review", "parent", "source", "partial", "bogus"])
records = st.dictionaries(fields, values, max_size=6).map(
    lambda d: d) | st.fixed_dictionaries({"kind": st.sampled_from(["actor", "place", "event", "quote", "x"])},
                                         optional={"name": st.text(max_size=8), "id": st.text(max_size=12),
                                                   "title": st.text(max_size=8), "speaker": st.text(max_size=8),
                                                   "text": st.text(max_size=8)})
lines = st.lists(st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)),
                           st.text(max_size=20)), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines)
def test_import_is_all_or_nothing(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("prop")
    store = Store.create(folder / "s.db")
    path = folder / "in.jsonl"
    path.write_text("\n".join(content), encoding="utf-8")
    try:
        importing.import_files(store, [path])
    except InterchangeError as exc:
        assert exc.errors and all(e.startswith(f"{path}:") for e in exc.errors)
        assert sum(store.counts().values()) == 0
    assert store.check() == []
    store.close()


lines = st.lists(st.one_of(
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"", b"\xef\xbb\xbf{}", b"\r", b"x" * 90]),
), max_size=12)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines, st.booleans(), st.integers(min_value=1, max_value=70), st.integers(min_value=20, max_value=60))
def test_spans_read_the_file_as_one_reading_does(tmp_path, lines, final_newline, size, limit):
    # Workers each read a span of a big JSONL file: together they must see
    # every line once, with the same numbers, and the same over-long lines.
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + (b"\n" if final_newline and lines else b""))
    original = jsonl.MAX_LINE_BYTES
    jsonl.MAX_LINE_BYTES = limit
    try:
        whole_errors: list[str] = []
        whole = list(jsonl.raw_lines(path, whole_errors))
        spans = list(jsonl.spans(path, size))
    finally:
        jsonl.MAX_LINE_BYTES = original
    span_errors: list[str] = []
    pieces = [line for span in spans for line in jsonl.raw_lines(path, span_errors, span)]
    assert pieces == whole
    assert [str(e) for e in span_errors] == [str(e) for e in whole_errors]
    assert [s.start for s in spans[1:]] == [s.end for s in spans[:-1]]
    assert all(s.limit == limit for s in spans)
