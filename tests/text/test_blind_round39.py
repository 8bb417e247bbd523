"""Floor scores of statement extraction on the thirty-ninth blind round (tests/data/blind_round39).

Six articles (2012-2025, ordinary news in six house styles: a South China Morning Post-style
story on a stamp duty cut; a Nikkei Asia-style story on a chip subsidy budget request; a
Bloomberg-style week of Fed speeches; a Guardian Australia-style Reserve Bank cut; a Reuters
Brussels sanctions package; a New York Times-style overtime rule) were written and annotated by
a colleague who never saw the extractor's code, after every rule for the thirty-fourth to
thirty-eighth rounds. Their first run, on the commit they arrived at (0d26f0d) and with no rule
changed for them (the figure to expect on a new outlet): pooled recall 0.842, speaker 0.927,
date 0.885 (``parser="spacy"``: 0.860, 0.929, 0.878), the first first run of any round to meet
all three targets (0.80, 0.92, 0.85); per article recall/speaker/date: ak1 0.78/0.94/0.94, ak2
0.89/1.00/0.94, ak3 0.94/0.94/0.75, ak4 0.94/0.88/0.82, ak5 0.70/0.86/0.86, ak6 0.82/0.93/1.00.
One general rule written after it (business groups as a trade's people, tested in
test_families_session25.py) brought speaker to 0.938. The floors sit a little under these
figures.
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

ROUND39 = Path(__file__).resolve().parents[1] / "data" / "blind_round39"
ARTICLES = gold_stems(ROUND39)

# per article: recall, speaker, date, precision field, time of day, rows' precision
FLOORS = {
    "ak1": Floors(0.75, 0.91, 0.91, 0.91, 0.85, 0.97),
    "ak2": Floors(0.86, 0.97, 0.91, 0.91, 0.67, 0.97),
    "ak3": Floors(0.91, 0.90, 0.72, 0.78, 0.84, 0.97),
    "ak4": Floors(0.91, 0.85, 0.79, 0.85, 0.49, 0.92),
    # (ak5's speaker 0.82 -> 0.80 when "the measures" became a policy object: the ministers'
    # adoption of the measures is now found, and matched to the ambassadors' text it names)
    "ak5": Floors(0.67, 0.80, 0.82, 0.82, 0.89, 0.90),
    "ak6": Floors(0.79, 0.97, 0.97, 0.97, 0.97, 0.85),
}


def test_the_thirty_ninth_blind_round_is_complete():
    assert [stem.name[:3] for stem in ARTICLES] == sorted(FLOORS)
    assert_files_present(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES, ids=lambda p: p.name[:3])
def test_each_article_of_the_thirty_ninth_round_stays_above_its_floor(stem):
    assert_above_floors(stem, FLOORS[stem.name[:3]])


def test_the_thirty_ninth_round_pooled_stays_above_its_floors():
    assert_pooled_above(ARTICLES, recall=0.82, speaker_ok=0.91, date_ok=0.86)
