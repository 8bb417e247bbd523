"""PriceData: layout, sha256, returns; tickers and date parameters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
import warnings

import numpy as np
import pandas as pd
import pytest

from toolkit.errors import DataWarning, InputError, ToolkitError
from toolkit.market import PriceData, canonical_ticker, load_prices
from toolkit.market.dates import parse_date
from toolkit.market.tickers import canonical_tickers


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": pd.to_datetime(["2025-04-09", "2025-04-08", "2025-04-08", "2025-04-09"]),
            "ticker": ["^GSPC", "^GSPC", "SPY", "SPY"],
            "close": [5456.90, 4982.77, 489.5918, 541.0084],
            "volume": [9.4896e9, 7.40814e9, np.nan, 241867300.0],
        }
    )


def test_layout_of_prices_and_ohlcv() -> None:
    data = PriceData.from_ohlcv(
        _frame(), source="test", retrieved_at="2025-04-10T00:00:00+00:00", tickers=("^GSPC", "SPY")
    )
    assert list(data.prices.columns) == ["^GSPC", "SPY"]
    assert data.prices.index.name == "date" and data.prices.index.tz is None
    assert data.prices.index.dtype == "datetime64[ns]"
    assert data.prices.loc["2025-04-09", "^GSPC"] == 5456.90
    assert list(data.ohlcv.columns) == ["date", "ticker", "open", "high", "low", "close", "volume"]
    assert data.ohlcv["open"].isna().all()
    assert list(data.ohlcv["ticker"]) == ["SPY", "SPY", "^GSPC", "^GSPC"]
    assert data.tickers == ("^GSPC", "SPY")
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.source = "other"  # type: ignore[misc]
    assert repr(data).startswith("PriceData: 2 tickers x 2 sessions, 2025-04-08 to 2025-04-09")
    assert "<table" in data._repr_html_()


def test_sha256_is_of_the_canonical_csv_written_independently() -> None:
    data = PriceData.from_ohlcv(_frame(), source="test", retrieved_at="x")
    expected = (
        "date,ticker,open,high,low,close,volume\n"
        "2025-04-08,SPY,,,,489.5918,\n"
        "2025-04-09,SPY,,,,541.0084,241867300.0\n"
        "2025-04-08,^GSPC,,,,4982.77,7408140000.0\n"
        "2025-04-09,^GSPC,,,,5456.9,9489600000.0\n"
    )
    assert data.sha256 == hashlib.sha256(expected.encode()).hexdigest()
    shuffled = PriceData.from_ohlcv(
        _frame().iloc[::-1], source="other", retrieved_at="y", tickers=("SPY", "^GSPC")
    )
    assert shuffled.sha256 == data.sha256


def test_returns_match_closed_form() -> None:
    data = load_prices("^GSPC", "2025-04-02", "2025-04-10", source="snapshot")
    closes = [5670.97, 5396.52, 5074.08, 5062.25, 4982.77, 5456.90, 5268.05]
    simple = data.returns()
    log = data.returns(kind="log")
    assert len(simple) == 6 and simple.index[0] == pd.Timestamp("2025-04-03")
    for i in range(6):
        assert simple.iloc[i, 0] == pytest.approx(closes[i + 1] / closes[i] - 1, rel=1e-12)
        assert log.iloc[i, 0] == pytest.approx(math.log(closes[i + 1] / closes[i]), rel=1e-12)
    assert simple.loc["2025-04-09", "^GSPC"] == pytest.approx(0.0951539, abs=1e-7)


def test_returns_warn_about_missing_closes_instead_of_hiding_them() -> None:
    spy = load_prices("SPY", "2018-06-14", "2018-06-22", source="snapshot").ohlcv
    xlc = load_prices("XLC", "2018-06-19", "2018-06-22", source="snapshot").ohlcv
    data = PriceData.from_ohlcv(pd.concat([spy, xlc]), source="snapshot", retrieved_at="x")
    assert data.prices["XLC"].isna().sum() == 3  # XLC starts 2018-06-19
    with pytest.warns(DataWarning, match=r"3 returns are NaN.*XLC: 3"):
        rets = data.returns()
    assert rets["SPY"].notna().all()
    assert rets["XLC"].isna().sum() == 3


def test_returns_without_gaps_do_not_warn() -> None:
    data = load_prices(["SPY", "^GSPC"], "2025-01-02", "2025-03-31", source="snapshot")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not data.returns().isna().any().any()


def test_returns_kind_is_checked() -> None:
    data = PriceData.from_ohlcv(_frame(), source="test", retrieved_at="x")
    with pytest.raises(InputError, match="`kind`") as info:
        data.returns(kind="pct")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda f: pd.concat([f, f.iloc[:1]]), "repeated"),
        (lambda f: f.assign(close=[np.nan, 1.0, 2.0, 3.0]), "missing or non-positive"),
        (lambda f: f.drop(columns="close"), "missing"),
    ],
)
def test_from_ohlcv_rejects_bad_frames(mutate, message: str) -> None:
    with pytest.raises(InputError, match=message):
        PriceData.from_ohlcv(mutate(_frame()), source="t", retrieved_at="x")


@pytest.mark.parametrize(
    "alias", ["^GSPC", "SPX", "^SPX", "GSPC", "S&P 500", "SP500", "s&p 500", " spx "]
)
def test_aliases_mean_gspc(alias: str) -> None:
    assert canonical_ticker(alias) == "^GSPC"
    data = load_prices(alias, "2025-04-09", "2025-04-09", source="snapshot")
    assert data.tickers == ("^GSPC",)
    assert data.prices.iloc[0, 0] == 5456.90


def test_canonical_tickers() -> None:
    assert canonical_tickers(["SPX", "spy", "^GSPC", "brk-b"]) == ("^GSPC", "SPY", "BRK-B")
    assert canonical_ticker("vix") == "^VIX"
    for bad in ([], "", "  ", 5, [None]):
        with pytest.raises(InputError, match="`tickers`"):
            canonical_tickers(bad)  # type: ignore[arg-type]


def test_parse_date_forms() -> None:
    assert parse_date("2025-04-02", "start") == pd.Timestamp("2025-04-02")
    assert parse_date(dt.date(2025, 4, 2), "start") == pd.Timestamp("2025-04-02")
    assert parse_date(np.datetime64("2025-04-02T15:30"), "start") == pd.Timestamp("2025-04-02")
    # 01:00 UTC on 3 April is still 2 April in New York
    aware = pd.Timestamp("2025-04-03T01:00", tz="UTC")
    assert parse_date(aware, "end") == pd.Timestamp("2025-04-02")
    assert parse_date(None, "end") is None


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday-ish", 20250402, True, [2025]])
def test_unparseable_dates_name_the_parameter(bad) -> None:
    with pytest.raises(InputError, match=r"Parameter `start` takes a date") as info:
        load_prices("^GSPC", bad, source="snapshot")
    assert isinstance(info.value, ValueError) and isinstance(info.value, ToolkitError)


def test_start_after_end() -> None:
    with pytest.raises(
        InputError, match=r"`start` \(2025-04-10\) must not be after `end` \(2025-04-01\)"
    ):
        load_prices("^GSPC", "2025-04-10", "2025-04-01", source="snapshot")
