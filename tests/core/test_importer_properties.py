"""Property: event-data CSV and saved pages never crash the importers; they give records or a clear error."""
import csv
import io

from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import articles, eventdata
from desktop.core.errors import RecordError
from desktop.core.records import validate

ACLED_HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                "admin1", "admin2", "location", "latitude", "longitude", "source", "notes", "fatalities"]
cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2024-09-27", "16 May 2025", "32 May 2025", "2024-13-01", "", "Iraq", "Al Anbar",
                     "33.5", "-91", "abc", "Islamic State (Iraq)", "٢٠٢٤-٠٩-٢٧", "\"", "\t"]),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=len(ACLED_HEADER) + 2), max_size=6)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_acled_rows_give_valid_records_or_a_clear_error(tmp_path_factory, body):
    folder = tmp_path_factory.mktemp("csv")
    path = folder / "acled.csv"
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(ACLED_HEADER)
    writer.writerows(body)
    path.write_text(buf.getvalue(), encoding="utf-8")
    try:
        for rec in eventdata.read_event_csv(path):
            validate(rec)
    except eventdata.EventDataError as exc:
        assert str(path) in str(exc)
    except RecordError as exc:  # a record that fails validation is a bug in the mapper
        raise AssertionError(f"invalid record from {body!r}: {exc}") from None


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["<p>", "<article><p>", "<script>", "<nav><p>", "<time datetime='2025'>"]))
def test_saved_pages_give_an_article_or_a_clear_error(text, opening):
    page = f"<html><head><title>{text[:20]}</title></head><body>{opening}{text}</body></html>"
    try:
        fields = articles.parse_html(page, "page.html")
    except articles.ArticleError as exc:
        assert "page.html" in str(exc)
    else:
        assert isinstance(fields, dict)
