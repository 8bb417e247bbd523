"""align_events: statements to sessions, merging, group labels, precision rules."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.errors import EventWarning, InputError
from toolkit.study.events import EVENT_COLUMNS, EventSet, align_events


def _statements() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": ["s001", "s002", "s003", "s004", "s005", "s006"],
            "speaker": [
                "Donald Trump",
                "Scott Bessent",
                "Donald Trump",
                None,
                "Jamieson Greer",
                "X",
            ],
            # Wed 2 Apr 2025 afternoon; Tue 1 Apr evening -> Wed 2 Apr; Sat 5 Apr -> Mon 7 Apr;
            # Mon 7 Apr; Wed 9 Apr; week of 7 Apr (dropped by default)
            "date": pd.to_datetime(
                ["2025-04-02", "2025-04-01", "2025-04-05", "2025-04-07", "2025-04-09", "2025-04-07"]
            ),
            "precision": ["day", "day", "day", "day", "day", "week"],
            "time_of_day": ["afternoon", "evening", None, None, "morning", None],
            "stance": [
                "escalation",
                "deescalation",
                "escalation",
                "deescalation",
                "deescalation",
                "neutral",
            ],
        }
    )


def test_statements_become_one_event_per_session() -> None:
    with pytest.warns(EventWarning, match="1 of 6 statements left out.*week: 1"):
        ev = align_events(_statements())
    df = ev.to_frame()
    assert list(df.columns) == list(EVENT_COLUMNS)
    assert df["event_id"].tolist() == ["E01", "E02", "E03"]
    assert df["session"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-04-02",
        "2025-04-07",
        "2025-04-09",
    ]
    first = df.iloc[0]
    assert first["statement_ids"] == "s001,s002"
    assert first["n_statements"] == 2
    assert first["group"] == "mixed"  # one escalation, one deescalation
    assert "evening" in first["shift_reason"]
    assert first["requested"] == pd.Timestamp("2025-04-01")
    assert first["speakers"] == "Donald Trump; Scott Bessent"
    second = df.iloc[1]
    assert second["group"] == "mixed" and "weekend" in second["shift_reason"]
    assert df.iloc[2]["group"] == "deescalation" and df.iloc[2]["shift_reason"] is None


@pytest.mark.filterwarnings("ignore::toolkit.errors.EventWarning")
def test_majority_group_and_other_group_column() -> None:
    st = _statements()
    st.loc[3, "stance"] = "escalation"
    ev = align_events(st, precision=("day",), group="stance").to_frame()
    assert ev.iloc[1]["group"] == "escalation"
    by_speaker = align_events(st, group="speaker").to_frame()
    assert by_speaker.iloc[2]["group"] == "Jamieson Greer"
    with pytest.raises(InputError, match="group"):
        align_events(st, group="colour")


def test_week_precision_kept_on_request() -> None:
    ev = align_events(_statements(), precision=("day", "week")).to_frame()
    row = ev[ev["statement_ids"].str.contains("s006")].iloc[0]
    assert row["session"] == pd.Timestamp("2025-04-07")  # first session of the week
    assert "week-dated: first session of the period" in row["shift_reason"]
    assert row["n_statements"] == 3


def test_policies_and_list_of_dates() -> None:
    ev = align_events(["2025-04-05", "2025-04-02", "2025-04-06"]).to_frame()
    assert ev["session"].dt.strftime("%Y-%m-%d").tolist() == ["2025-04-02", "2025-04-07"]
    prev = align_events(["2025-04-05"], policy="previous").to_frame()
    assert prev["session"].iloc[0] == pd.Timestamp("2025-04-04")
    with pytest.warns(EventWarning, match="skip"):
        skipped = align_events(["2025-04-05", "2025-04-07"], policy="skip")
    assert len(skipped) == 1
    with pytest.raises(InputError, match="policy"):
        align_events(["2025-04-05"], policy="nearest")


def test_event_frame_passes_through() -> None:
    frame = pd.DataFrame(
        {"event_id": ["B", "A"], "session": ["2025-04-09", "2025-04-03"], "stance": ["x", "y"]}
    )
    ev = align_events(frame)
    assert isinstance(ev, EventSet)
    df = ev.to_frame()
    assert df["event_id"].tolist() == ["A", "B"] and df["group"].tolist() == ["y", "x"]
    assert "<table" in ev._repr_html_()
    with pytest.raises(InputError, match="duplicate"):
        align_events(
            pd.DataFrame({"event_id": ["A", "A"], "session": ["2025-04-09", "2025-04-03"]})
        )


def test_statement_set_objects_are_accepted() -> None:
    class Holder:
        def to_frame(self) -> pd.DataFrame:
            return _statements().iloc[:2]

    ev = align_events(Holder())
    assert len(ev) == 1 and ev.event_ids == ["E01"]


def test_bad_inputs() -> None:
    with pytest.raises(InputError, match="date"):
        align_events(pd.DataFrame({"when": ["2025-04-02"]}))
    with pytest.raises(InputError, match="statements"):
        align_events(42)
    with pytest.raises(InputError, match="precision"):
        align_events(_statements(), precision=("fortnight",))
    undated = _statements().assign(date=pd.NaT)
    with (
        pytest.warns(EventWarning, match="undated: 6"),
        pytest.raises(InputError, match="no dated"),
    ):
        align_events(undated)
