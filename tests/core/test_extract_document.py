"""The analysed article reads its tokens off the normal form it has already made: they are
exactly `arabic.tokenize`'s (issue 13 halved the cost of analysing an article this way)."""
import json
import random
from pathlib import Path

from desktop.core import arabic
from desktop.core.extract.document import Document

FIXTURES = Path(__file__).parent / "fixtures"
_PIECES = (list("«»“”„\"' قال إن أكد، .:؟\n0123456789٠١٢٣٤٥٦٧٨٩ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءئؤ")
           + ["ً", "ّ", "ـ", "\u200f", "ﻻ", "ﻷ", "ي\u0654", "و\u0654", "\u0654", "_", "#", "ٱ", "ۀ", "😀", "ﷲ",
              "Latin", "É"])


def test_tokens_are_those_of_the_analyser_on_the_fixtures():
    for path in FIXTURES.glob("articles*/*.json"):
        body = json.loads(path.read_text(encoding="utf-8"))["source"]["body"]
        assert Document.of(body).tokens == arabic.tokenize(body), path.name


def test_tokens_are_those_of_the_analyser_on_odd_text():
    rng = random.Random(13)
    for _ in range(3000):
        body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 50)))
        assert Document.of(body).tokens == arabic.tokenize(body), repr(body)
