"""`marsad import` of articles and event data, end to end through the CLI."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import export, importing
from desktop.core.errors import Cancelled
from desktop.core.storage import Store

FIXTURES = Path(__file__).parent.parent / "core" / "fixtures"
SEED = Path(__file__).parent.parent.parent / "data" / "sample.jsonl"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def import_json(db, *args):
    result = run(db, "import", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{"):])


def test_txt_article_becomes_a_source_and_proposals(db, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("الحكومة تعلن خطة جديدة\n\nقال المتحدث باسم الحكومة العراقية باسم العوادي، "
                       "الثلاثاء، إن \"الحكومة ستعلن خطة شاملة لإعادة الإعمار خلال الأيام المقبلة\".\n",
                       encoding="utf-8")
    report = import_json(db, str(article), "--published", "2025-06-10", "--outlet", "واع")
    assert report["created"]["source"] == 1
    assert report["proposed"]["quote"] == 1
    with Store.open(db) as store:
        source = next(export.selected_records(store, kinds=["source"]))
        assert source["title"] == "الحكومة تعلن خطة جديدة"
        assert source["published"] == "2025-06-10" and source["outlet"] == "واع"
        quote = next(export.selected_records(store, kinds=["quote"]))
        assert quote["review"] == "unreviewed"
        start, end = quote["source_span"]
        assert source["body"][start:end].strip("\"") == quote["text"]


def test_same_article_is_not_imported_twice(db, tmp_path):
    page = FIXTURES / "article_page.html"
    first = import_json(db, str(page))
    assert first["created"]["source"] == 1
    result = run(db, "import", str(page))
    assert result.exit_code == 0
    assert "already in the store" in result.output
    with Store.open(db) as store:
        assert store.counts()["source"] == 1


def test_article_records_in_jsonl(db, tmp_path):
    data = json.loads((FIXTURES / "articles" / "reuters_harir.json").read_text(encoding="utf-8"))
    article = data["source"]
    line = {"kind": "article", **{k: v for k, v in article.items() if k in ("title", "body", "published", "outlet", "url")}}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_json(db, str(path))
    assert report["created"]["source"] == 1
    assert report["proposed"].get("quote", 0) >= 1


def test_seed_article_end_to_end(db):
    """The seed article as received: the five annotated quotes come back with their speakers."""
    seed_txt = next((Path(__file__).parents[3] / "shared" / "seeds").glob("000_*.txt"), None)
    if seed_txt is None:
        pytest.skip("the shared seeds are not beside this checkout")
    import_json(db, str(seed_txt), "--published", "2025-12-31")
    with Store.open(db) as store:
        quotes = list(export.selected_records(store, kinds=["quote"]))
        expected = [json.loads(l) for l in SEED.read_text(encoding="utf-8").splitlines()]
        expected = [r for r in expected if r["kind"] == "quote"]
        norm = lambda t: " ".join(t.split())  # noqa: E731
        found = {norm(q["text"]) for q in quotes}
        for q in expected:
            assert norm(q["text"]) in found
        speakers = {store.get(q["speaker"])["name"] for q in quotes}
        assert {"حسين علاوي", "قيس المحمداوي"} <= speakers


def test_acled_csv(db):
    report = import_json(db, str(FIXTURES / "acled_sample.csv"))
    assert report["created"]["event"] == 5 and report["created"]["place"] > 0
    again = import_json(db, str(FIXTURES / "acled_sample.csv"))
    assert again["created"] == {} and again["updated"] == {}


def test_gdelt_with_and_without_header(db):
    import_json(db, str(FIXTURES / "gdelt_header.tsv"))
    report = import_json(db, str(FIXTURES / "gdelt_sample.tsv"))
    assert report["created"] == {}  # the same events, recognised by their ids


def test_mapped_csv(db):
    bare = run(db, "import", str(FIXTURES / "mapped_sample.csv"))
    assert bare.exit_code == 1 and "--map" in bare.output
    report = import_json(db, str(FIXTURES / "mapped_sample.csv"), "--map", "title=headline,date=day")
    assert report["created"]["event"] >= 2


def test_csv_with_missing_columns_names_the_file(db, tmp_path):
    bad = tmp_path / "acled.csv"
    bad.write_text("event_id_cnty,event_date,event_type\nIRQ1,2024-09-27\n", encoding="utf-8")
    result = run(db, "import", str(bad))
    assert result.exit_code == 1
    assert str(bad) in result.output


def test_unknown_format_and_empty_article(db, tmp_path):
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF-1.4")
    empty = tmp_path / "empty.txt"
    empty.write_text("عنوان فقط\n", encoding="utf-8")
    result = run(db, "import", str(odd), str(empty))
    assert result.exit_code == 1
    assert f"{odd}: unknown format" in result.output
    assert str(empty) in result.output
    with Store.open(db) as store:
        assert sum(store.counts().values()) == 0


def test_cancelled_import_writes_nothing(db, tmp_path, monkeypatch):
    # Cancellation is checked every 1,000 records: make a file that long, and
    # write in small chunks so that writing is under way when it comes.
    monkeypatch.setattr(importing, "WRITE_CHUNK", 300)
    lines = [json.dumps({"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}"}, ensure_ascii=False)
             for i in range(2500)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 1   # at record 2,000: six chunks are written or being written

    with Store.open(db) as store:
        with pytest.raises(Cancelled):
            importing.import_files(store, [path], cancelled=cancelled)
        assert sum(store.counts().values()) == 0
        assert store.check() == []
