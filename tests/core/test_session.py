"""The session model: what every view follows (search parsed once, one selection, history, basket)."""
from __future__ import annotations

import pytest

from desktop.core.errors import QueryError
from desktop.core.session import Session


def recorder(session: Session, topic: str) -> list:
    seen: list = []
    session.on(topic, lambda s: seen.append((s.text, s.selection, s.focus, s.basket)))
    return seen


def test_a_search_is_parsed_once_and_shared():
    session = Session()
    seen = recorder(session, "query")
    assert session.set_query("علاوي kind:quote")
    assert session.query is not None and session.query.kinds == ["quote"] and session.problem is None
    assert not session.set_query("علاوي kind:quote"), "the same text again notifies no one"
    assert len(seen) == 1 and session.searching


def test_a_query_that_cannot_run_is_a_problem_not_a_raise():
    session = Session()
    session.set_query("from:2024-13-45")
    assert session.query is None and isinstance(session.problem, QueryError) and not session.searching
    session.set_query("")
    assert session.problem is None and session.query is None


def test_a_span_rewrites_from_and_to_in_the_query():
    session = Session()
    session.set_query("علاوي from:2019")
    session.set_span("2024-01-01", "2024-03-31")
    assert session.text == "علاوي from:2024-01-01 to:2024-03-31"
    assert (session.span.date_from, session.span.date_to) == ("2024-01-01", "2024-03-31")
    session.set_span(None, None)
    assert session.text == "علاوي"


def test_selection_notifies_only_on_change_and_feeds_history():
    session = Session()
    seen = recorder(session, "selection")
    session.select(["actor:a"])
    session.select(["actor:a"])
    session.select(["event:e", "actor:b"], focus="event:e")
    assert len(seen) == 2
    assert session.selection == ("event:e", "actor:b") and session.focus == "event:e"
    assert session.back() == "actor:a" and session.focus == "actor:a"
    assert session.can_go_forward and session.forward() == "event:e"
    assert session.forward() is None


def test_a_selection_not_remembered_stays_out_of_history():
    session = Session()
    session.select(["actor:a"])
    session.select(["actor:b"], remember=False)
    assert not session.can_go_back and session.focus == "actor:b"


def test_forgetting_deleted_records():
    session = Session()
    for key in ("actor:a", "event:e", "actor:b"):
        session.select([key])
    session.add_to_basket(["event:e", "quote:q"])
    basket = recorder(session, "basket")
    session.forget(["event:e"])
    assert session.basket == ("quote:q",) and len(basket) == 1
    assert session.back() == "actor:a" and not session.can_go_back


def test_basket_adds_each_key_once():
    session = Session()
    assert session.add_to_basket(["quote:1", "quote:2", "quote:1"]) == ["quote:1", "quote:2"]
    assert session.add_to_basket(["quote:2"]) == []
    assert session.basket == ("quote:1", "quote:2")


def test_unknown_topic_is_refused_and_listeners_can_stop():
    session = Session()
    with pytest.raises(ValueError):
        session.on("colour", print)
    seen: list = []
    stop = session.on("query", seen.append)
    stop()
    session.set_query("x")
    assert seen == []


def test_a_span_in_the_arabic_ui_is_written_in_arabic_and_replaces_one_in_english():
    session = Session()
    session.set_query("علاوي from:2019 إلى:2020")
    session.set_span("2024-01-01", "2024-03-31", "ar")
    assert session.text == "علاوي من:2024-01-01 إلى:2024-03-31"
    assert (session.span.date_from, session.span.date_to) == ("2024-01-01", "2024-03-31")
