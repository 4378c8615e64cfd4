"""A choice is named in a query by its code, its English label or its Arabic label (status:مخطط)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import search
from desktop.core.kinds import arabic_choices, registry
from desktop.core.query import QueryError


def ids(store, q):
    return {h.id for h in search.search(store, q, limit=100).hits}


@pytest.mark.parametrize("arabic, code", [("status:مخطط", "status:planned"), ("status:مُخطَّط", "status:planned"),
                                          ("status:أعلن", "status:announced"), ("status:اعلن", "status:announced"),
                                          ("type:منظمة", "type:organization"), ("type:منظمه", "type:organization"),
                                          ("status:مخطط|متوقع", "status:planned|expected")])
def test_arabic_labels_find_what_codes_find(sample_store, arabic, code):
    assert ids(sample_store, arabic) == ids(sample_store, code) != set()


def test_every_choice_in_the_registry_has_its_arabic_label():
    labels = {choice.label for kind in registry.ALL for fld in kind.fields for choice in fld.choices}
    assert labels <= set(arabic_choices.ARABIC)


def test_an_unknown_label_is_still_a_clear_error(sample_store):
    with pytest.raises(QueryError, match="is not one of"):
        search.search(sample_store, "status:زز")


def test_the_cli_takes_arabic_labels(sample_store):
    result = CliRunner().invoke(cli, ["--db", str(sample_store.path), "search", "status:مخطط", "--json"])
    assert result.exit_code == 0 and '"total": 0' not in result.output
