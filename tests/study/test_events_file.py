"""Events files (``toolkit.load_events``): CSV, Excel and Parquet, the session rules, and every
kind of bad input.

Expected sessions are written out by hand from the NYSE calendar: 2025-04-05 is a Saturday
(next session Monday 2025-04-07), 2025-04-18 is Good Friday (next session 2025-04-21), and
2025-04-09T20:15:00Z is 16:15 in New York (EDT, UTC-4), after the close.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit import EventStudy, load_events
from toolkit._hints import hint_style
from toolkit.errors import EventWarning, InputError
from toolkit.market.calendar import sessions_between


def _csv(tmp_path: Path, text: str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _sessions(events) -> dict[str, str]:
    frame = events.to_frame()
    return {e: f"{s:%Y-%m-%d}" for e, s in zip(frame["event_id"], frame["session"])}


# ----------------------------------------------------------------------------- reading
def test_dates_and_timestamps_follow_the_session_rules(tmp_path):
    path = _csv(
        tmp_path,
        "event_id,date\n"
        "saturday,2025-04-05\n"
        "good_friday,2025-04-18\n"
        "after_close,2025-04-09T20:15:00Z\n"
        "before_close,2025-04-09T19:45:00Z\n"
        "ny_evening,2025-04-10 17:30\n",
    )
    ev = load_events(path)
    assert _sessions(ev) == {
        "saturday": "2025-04-07",
        "good_friday": "2025-04-21",
        "after_close": "2025-04-10",
        "before_close": "2025-04-09",
        "ny_evening": "2025-04-11",
    }
    frame = ev.to_frame().set_index("event_id")
    assert frame.loc["before_close", "shift_reason"] is None
    assert "weekend" in frame.loc["saturday", "shift_reason"]
    assert "holiday" in frame.loc["good_friday", "shift_reason"]
    assert "close" in frame.loc["after_close", "shift_reason"]
    assert f"{frame.loc['after_close', 'requested']:%Y-%m-%d}" == "2025-04-09"
    # session order, the statement columns empty, every event in the group "all"
    assert list(ev.to_frame()["session"]) == sorted(ev.to_frame()["session"])
    assert set(frame["group"]) == {"all"} and set(frame["n_statements"]) == {0}


def test_midnight_utc_stamps_are_calendar_dates(tmp_path):
    # the usual export of daily data: 2025-04-09T00:00:00Z is 2025-04-08 20:00 in New York,
    # but a column of midnight stamps holds dates (the price CSV rule)
    path = _csv(tmp_path, "event_id,date\na,2025-04-09T00:00:00Z\nb,2025-04-10T00:00:00Z\n")
    assert _sessions(load_events(path)) == {"a": "2025-04-09", "b": "2025-04-10"}


def test_characteristics_are_kept_with_their_types(tmp_path):
    path = _csv(
        tmp_path,
        "Event_ID,Date,Group,surprise,chair,size\n"
        "007,2025-03-19,fomc,0.25,Powell,3\n"
        "008,2025-05-07,fomc,,Powell,4\n"
        "009,2025-04-02,tariff,-1.5,,5\n",
    )
    frame = load_events(path).to_frame().set_index("event_id")
    assert list(frame.index) == ["007", "009", "008"]  # ids kept as text, session order
    assert frame["surprise"].dtype == float and np.isnan(frame.loc["008", "surprise"])
    assert frame.loc["009", "surprise"] == -1.5
    assert frame.loc["007", "chair"] == "Powell" and pd.isna(frame.loc["009", "chair"])
    assert pd.api.types.is_integer_dtype(frame["size"])
    assert frame.loc["009", "group"] == "tariff"


def test_group_by_names_another_column(tmp_path):
    path = _csv(
        tmp_path, "event_id,date,group,chair\na,2025-03-19,x,Powell\nb,2025-05-07,y,Yellen\n"
    )
    frame = load_events(path, group="chair").to_frame()
    assert frame["group"].tolist() == ["Powell", "Yellen"]
    assert frame["file_group"].tolist() == ["x", "y"]  # the file's own group column is kept


def test_excel_and_parquet_read_like_csv(tmp_path):
    csv = _csv(
        tmp_path,
        "event_id,date,asset,surprise\n1,2025-04-05,XLK,0.5\n2,2025-04-09T20:15:00Z,XLE,-0.25\n",
    )
    table = pd.DataFrame(
        {
            "event_id": [1, 2],
            "date": [pd.Timestamp("2025-04-05"), pd.Timestamp("2025-04-09 16:15")],  # NY clock
            "asset": ["XLK", "xle"],
            "surprise": [0.5, -0.25],
        }
    )
    table.to_excel(tmp_path / "events.xlsx", index=False)
    utc = [pd.Timestamp("2025-04-05", tz="UTC"), pd.Timestamp("2025-04-09 20:15", tz="UTC")]
    aware = table.assign(date=pd.DatetimeIndex(utc))
    aware.to_parquet(tmp_path / "events.parquet")
    expected = load_events(csv).to_frame()
    for name in ("events.xlsx", "events.parquet"):
        got = load_events(tmp_path / name).to_frame()
        assert got["event_id"].tolist() == ["1", "2"]
        assert _sessions(load_events(tmp_path / name)) == {"1": "2025-04-07", "2": "2025-04-10"}
        assert got["asset"].tolist() == expected["asset"].tolist() == ["XLK", "XLE"]
        assert got["surprise"].tolist() == [0.5, -0.25]


def test_an_event_of_several_assets_gets_one_id_per_asset(tmp_path):
    path = _csv(
        tmp_path,
        "event_id,date,asset\nfomc,2025-03-19,XLF\nfomc,2025-03-19,XLK\nx,2025-04-02,XLF\n",
    )
    assert load_events(path).to_frame()["event_id"].tolist() == ["fomc:XLF", "fomc:XLK", "x"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"dayfirst": True}, {"a": "2025-09-04", "b": "2025-12-01"}),
        ({"dayfirst": False}, {"a": "2025-04-09", "b": "2025-01-13"}),
        ({"date_format": "%m/%d/%Y"}, {"a": "2025-04-09", "b": "2025-01-13"}),
    ],
)
def test_numeric_dates_read_as_told(tmp_path, options, expected):
    path = _csv(tmp_path, "event_id,date\na,04/09/2025\nb,01/12/2025\n")
    assert _sessions(load_events(path, **options)) == expected


def test_date_format_with_a_clock_time_uses_the_close(tmp_path):
    path = _csv(tmp_path, "event_id,date\na,09.04.2025 16:30\nb,09.04.2025 10:00\n")
    assert _sessions(load_events(path, date_format="%d.%m.%Y %H:%M")) == {
        "a": "2025-04-10",
        "b": "2025-04-09",
    }


# ----------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("text", "options", "needles"),
    [
        ("event_id,when\na,2025-04-09\n", {}, ["no `date` column", "when"]),
        ("id,date\na,2025-04-09\n", {}, ["no `event_id` column"]),
        ("event_id,date\na,2025-04-09\nb,\n", {}, ["no date", "line 3", "column `date`"]),
        ("event_id,date\na,2025-04-09\n,2025-04-10\n", {}, ["no id", "line 3", "`event_id`"]),
        ("event_id,date\na,2025-04-09\nb,soon\n", {}, ["'soon'", "line 3", "cannot be read"]),
        ("event_id,date\na,2025-13-45\n", {}, ["'2025-13-45'", "line 2", "cannot be read"]),
        (
            "event_id,date\na,04/09/2025\n",
            {},
            ["'04/09/2025'", "line 2", "column `date`", "dayfirst=True", "date_format="],
        ),
        (
            "event_id,date\na,2025-04-09\nb,04/10/2025\n",
            {},
            ["several formats", "line 2", "line 3"],
        ),
        ("event_id,date\na,31/02/2025\n", {"dayfirst": True}, ["'31/02/2025'", "not a valid date"]),
        (
            "event_id,date\na,2025-04-09\n",
            {"date_format": "%d/%m/%Y"},
            ["does not follow", "line 2"],
        ),
        (
            "event_id,date\na,2025-04-09\na,2025-04-10\n",
            {},
            ["'a' appears twice", "line 2", "line 3"],
        ),
        (
            "event_id,date,asset\na,2025-04-09,XLK\na,2025-04-10,xlk\n",
            {},
            ["'a' with asset 'XLK' appears twice", "line 3"],
        ),
        ("event_id,date,session\na,2025-04-09,x\n", {}, ["['session']", "rename"]),
        ("event_id,date,Date\na,2025-04-09,x\n", {}, ["repeats the columns ['date']"]),
        ("event_id,date\n", {}, ["header but no rows"]),
        ("event_id,date\na,2025-04-09\n", {"group": "sector"}, ["`group`", "'sector'"]),
    ],
)
def test_bad_rows_name_the_file_row_and_column(tmp_path, text, options, needles):
    path = _csv(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_events(path, **options)
    message = str(info.value)
    assert "events.csv" in message
    for needle in needles:
        assert needle in message


def test_the_ambiguous_date_hint_names_the_flag_on_the_command_line(tmp_path):
    path = _csv(tmp_path, "event_id,date\na,04/09/2025\n")
    with hint_style("cli"), pytest.raises(InputError) as info:
        load_events(path)
    assert "--dayfirst or --no-dayfirst" in str(info.value)
    assert "--date-format %d/%m/%Y" in str(info.value)


def test_wrong_files(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_events(tmp_path / "missing.csv")
    with pytest.raises(InputError, match=r"\.csv, \.txt"):
        load_events(_csv(tmp_path, "x", name="events.json"))
    with pytest.raises(InputError, match="events.xlsx"):
        load_events(_csv(tmp_path, "not a workbook", name="events.xlsx"))
    with pytest.raises(InputError, match="events.parquet"):
        load_events(_csv(tmp_path, "not parquet", name="events.parquet"))
    with pytest.raises(InputError, match="empty"):
        load_events(_csv(tmp_path, ""))


# ----------------------------------------------------------------------------- the price data
def _prices() -> pd.DataFrame:
    index = sessions_between("2025-01-02", "2025-04-30")
    return pd.DataFrame({"XLK": 100.0, "XLE": 80.0}, index=index)


def test_one_bad_event_among_many_is_skipped_with_a_warning(tmp_path):
    path = _csv(
        tmp_path,
        "event_id,date,asset\n"
        "ok,2025-03-03,XLK\n"
        "no_asset,2025-03-04,AAPL\n"
        "late,2025-06-02,XLE\n"
        "ancient,1950-01-03,XLE\n",
    )
    with pytest.warns(EventWarning, match="3 of 4 events") as caught:
        ev = load_events(path, prices=_prices())
    assert "EventSet.skipped" in str(caught[0].message)
    assert ev.event_ids == ["ok"]
    skipped = ev.skipped.set_index("event_id")
    assert (
        skipped.loc["no_asset", "row"] == 3
        and "'AAPL' is not in the price data" in (skipped.loc["no_asset", "reason"])
    )
    assert "outside the price data (2025-01-02 to 2025-04-30)" in skipped.loc["late", "reason"]
    assert "outside the NYSE calendar" in skipped.loc["ancient", "reason"]
    assert f"{skipped.loc['late', 'date']:%Y-%m-%d}" == "2025-06-02"


def test_all_bad_events_are_an_error(tmp_path):
    path = _csv(tmp_path, "event_id,date,asset\na,2025-03-03,AAPL\nb,2025-06-02,XLE\n")
    with pytest.raises(InputError, match="no event of .*events.csv can be studied"):
        load_events(path, prices=_prices())


def test_prices_must_be_price_data_or_a_frame(tmp_path):
    path = _csv(tmp_path, "event_id,date\na,2025-03-03\n")
    with pytest.raises(InputError, match="Parameter `prices`"):
        load_events(path, prices=[1, 2, 3])


# ----------------------------------------------------------------------------- the study
def test_event_study_takes_the_file_events(tmp_path):
    """A firm-specific event gives CARs for its asset only; the day-0 AR of the market model
    is checked against a least-squares fit written here (numpy's lstsq on the estimation
    window, sessions -250 to -11)."""
    index = sessions_between("2024-01-02", "2025-04-30")
    rng = np.random.default_rng(7)
    market = rng.normal(0.0, 0.01, len(index))
    returns = pd.DataFrame(
        {
            "XLK": 0.0002 + 1.2 * market + rng.normal(0, 0.005, len(index)),
            "XLE": 0.8 * market + rng.normal(0, 0.006, len(index)),
        },
        index=index,
    )
    path = _csv(
        tmp_path, "event_id,date,asset,surprise\ntech,2025-03-03,XLK,1.0\nall,2025-04-02,,0.2\n"
    )
    events = load_events(path, prices=returns)
    bench = pd.Series(market, index=index, name="SPY")
    results = EventStudy(returns, events, benchmark=bench, car_windows=[(0, 0)]).fit()
    pairs = set(zip(results.car["event_id"], results.car["asset"]))
    assert pairs == {("tech", "XLK"), ("all", "XLK"), ("all", "XLE")}
    day0 = index.get_loc(pd.Timestamp("2025-03-03"))
    est = slice(day0 - 250, day0 - 10)
    design = np.column_stack([np.ones(240), market[est]])
    (alpha, beta), *_ = np.linalg.lstsq(design, returns["XLK"].to_numpy()[est], rcond=None)
    expected = returns["XLK"].iloc[day0] - (alpha + beta * market[day0])
    got = results.car.query("event_id == 'tech'")["car"].item()
    assert got == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert results.events.set_index("event_id").loc["tech", "surprise"] == 1.0


def test_load_events_is_public():
    assert toolkit.load_events is load_events
    assert "load_events" in toolkit.__all__


def test_no_warning_when_every_event_is_fine(tmp_path):
    path = _csv(tmp_path, "event_id,date\na,2025-03-03\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_events(path, prices=_prices())) == 1
