"""Floor scores of statement extraction on the holdout articles (tests/data/holdout).

The five holdout articles (2018-2026; Reuters, FT, Bloomberg, WSJ and Asian-wire styles) were
written and annotated before the extractor's rules were read; their first scores were
recall 0.58-0.82 and date accuracy 0.64-0.93. The floors below sit a little under what the
extractor now reaches, so that a regression on unseen-style text shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import (
    Floors,
    assert_above_floors,
    assert_files_present,
    assert_pooled_above,
    gold_stems,
)

HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "holdout"
ARTICLES = gold_stems(HOLDOUT)
# every article: recall, speaker, date, precision field, time of day, precision of the rows
FLOORS = Floors(0.9, 0.9, 0.85, 0.85, 0.9, 0.85)


def test_the_holdout_set_is_complete():
    assert len(ARTICLES) == 5
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name)
def test_each_holdout_article_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS)


def test_pooled_holdout_scores():
    assert_pooled_above(ARTICLES, recall=0.95, date_ok=0.95, speaker_ok=0.95)
