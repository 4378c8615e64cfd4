"""The English UI's sentences for what is wrong with a query, shown under and beside the search field.

Core's English for these codes is the command line's: a fragment after
«error: » that starts with the query itself («status:xyz: 'xyz' is not one
of …»). On its own under a search field that reads as a broken sentence, so
the English UI has its own, each a whole sentence with a capital and a full
stop; the values stay placeholders, filled and isolated by error_text like
any template's. The Arabic UI's are in resources/translations/ar_strings.py.
"""
from __future__ import annotations

from types import MappingProxyType

ENGLISH = MappingProxyType({
    "query.not_text": "The query must be text.",
    "query.too_long": "The query is {length} characters long; the limit is {limit}.",
    "query.too_many_terms": "The query has more than {limit} terms. Search with fewer words.",
    "query.no_words": "The query “{text}” has no words to search for, only operators, punctuation or diacritics.",
    "query.bad_kind": "In {filter}:{value}, “{bad}” is not a kind of record. The kinds are {choices}.",
    "query.bad_date": "In {filter}:{value}, the value is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.",
    "query.bad_value": "In {filter}:{value}, “{bad}” is not one of the values: {choices}.",
    "query.bad_range": "The range in {filter}:{value} runs backwards. Write the lower value first, such as {example}.",
    "query.bad_number": ("In {filter}:{value}, the value is not a number, a comparison or a range. Write it as "
                         "{filter}:{equal}, {filter}:{at_least}, {filter}:{below} or {filter}:{between}."),
    "query.unclosed_quote": ("The quote at character {position} is not closed, so the rest of the query was "
                             "searched as one phrase."),
    "query.near": "The {near} operator is not supported, so its words are searched anywhere.",
    "query.no_value": "The filter {filter} has no value, so it was ignored.",
    "query.missing_value": "The filter {filter} needs a value right after the colon.",
    "query.negated_filter": "Excluding with the filter {filter} is not supported, so it was applied as written.",
    "query.only_excluded": "The query only excludes words, so everything else is listed.",
    "query.no_match": "Nothing matches {filter}:{value}.",
    "query.failed": "The search could not run ({reason}). Running {check_cmd} tells whether the index is damaged.",
})
