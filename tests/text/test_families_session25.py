"""Error families found in the thirty-fourth and thirty-fifth blind rounds (ordinary news from
wire services, newspapers and business dailies: a rate decision, a Senate vote, export
controls, a markets wrap, a budget story, a rule explainer, ...), each fixed by a general rule
and tested here on made-up sentences of the same shape (never a round's own text)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import containing, statement_rows

PUB = "2026-03-07"  # a Saturday

rows = partial(statement_rows, published=PUB)


# -- a regulator's everyday acts: "finalized the rule", "waived the fee", "cleared the bill" --
def test_a_regulators_everyday_acts_are_actions():
    f = rows(
        "The Transport Department on Thursday finalized its rule on truck emissions.\n\n"
        "The agency finalised two related rules the same day.\n\n"
        "Harris County waived the permit fees on Monday.\n\n"
        "The Senate cleared the bill on Wednesday.\n\n"
        "The regulator rescinded the licence on Tuesday."
    )
    lead = containing(f, "finalized its rule")
    assert (lead["kind"], lead["speaker"]) == ("action", "Transport Department")
    assert lead["date"] == pd.Timestamp("2026-03-05")
    assert containing(f, "two related rules")["date"] == pd.Timestamp("2026-03-05")
    assert containing(f, "waived the permit fees")["kind"] == "action"
    assert containing(f, "cleared the bill")["date"] == pd.Timestamp("2026-03-04")
    assert containing(f, "rescinded the licence")["kind"] == "action"


def test_cleared_without_a_measure_after_it_is_no_act():
    f = rows("The proposal cleared its first hurdle on Tuesday, as expected.")
    assert f.empty or not f["text"].str.contains("first hurdle").any()
