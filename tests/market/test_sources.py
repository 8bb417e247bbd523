"""Source registry, the snapshot, csv and auto sources."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
import yfinance
from fixtures_yahoo import FakeDownload, history_frame
from yfinance.exceptions import YFRateLimitError

from toolkit.errors import (
    DataSourceError,
    InputError,
    RangeError,
    SourceWarning,
    UnknownTickerError,
)
from toolkit.market import PriceSource, get_source, load_prices, register_source
from toolkit.market import registry as registry_mod
from toolkit.market.base import Fetched
from toolkit.market.cache import ENV_DIR, ENV_NO_CACHE
from toolkit.market.yahoo import ENV_OFFLINE

APRIL = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"]
GSPC = [5062.25, 4982.77, 5456.90, 5268.05]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(ENV_DIR, str(directory))
    monkeypatch.delenv(ENV_NO_CACHE, raising=False)
    monkeypatch.delenv(ENV_OFFLINE, raising=False)
    return directory


# ---------------------------------------------------------------- registry


def test_builtin_sources_are_registered() -> None:
    assert {"auto", "snapshot", "yahoo", "csv"} <= set(registry_mod.available_sources())
    assert type(get_source("snapshot")).__name__ == "SnapshotSource"
    with pytest.raises(InputError, match=r"Parameter `source` takes one of .*'snapshot'"):
        get_source("bloomberg")
    with pytest.raises(InputError, match="does not accept"):
        get_source("snapshot", path="x.csv")
    with pytest.raises(InputError, match="apply only"):
        load_prices("^GSPC", source=get_source("snapshot"), cache=False)


def test_register_a_custom_source(monkeypatch) -> None:
    monkeypatch.setattr(registry_mod, "_FACTORIES", dict(registry_mod._FACTORIES))

    class Constant(PriceSource):
        name = "constant"

        def __init__(self, value: float = 100.0) -> None:
            self.value = value

        def fetch(self, tickers, start, end) -> Fetched:
            out = Fetched()
            dates = pd.bdate_range(start, end)
            for t in tickers:
                rows = pd.DataFrame({"date": dates, "ticker": t, "close": self.value})
                out.add(t, rows, self.name, "2025-01-01")
            return out

    register_source("constant", Constant)
    data = load_prices(["A", "b"], "2025-04-07", "2025-04-08", source="constant", value=2.5)
    assert data.source == "constant" and data.tickers == ("A", "B")
    assert (data.prices == 2.5).all().all()
    with pytest.raises(InputError, match="already registered"):
        register_source("constant", Constant)
    register_source("constant", Constant, replace=True)
    with pytest.raises(InputError, match="`factory`"):
        register_source("other", 3)  # type: ignore[arg-type]


# ---------------------------------------------------------------- snapshot


def test_snapshot_prices_and_provenance() -> None:
    data = load_prices(["SPX", "SPY", "^VIX"], "2025-04-02", "2025-04-10", source="snapshot")
    assert data.source == "snapshot"
    assert data.prices["^GSPC"].tolist() == [
        5670.97,
        5396.52,
        5074.08,
        5062.25,
        4982.77,
        5456.90,
        5268.05,
    ]
    assert round(data.prices.loc["2025-04-09", "SPY"], 2) == 541.01
    assert len(data.sha256) == 64
    assert data.retrieved_at == "2026-07-01"  # the last date of the oldest file used
    again = load_prices(["^VIX", "SPY", "S&P 500"], "2025-04-02", "2025-04-10", source="snapshot")
    assert again.sha256 == data.sha256


def test_snapshot_unknown_ticker_lists_known_ones() -> None:
    with pytest.raises(
        UnknownTickerError, match=r"ZZZZ not in the snapshot.*\^GSPC, \^VIX, SPY"
    ) as info:
        load_prices(["SPY", "ZZZZ"], source="snapshot")
    assert isinstance(info.value, KeyError) and isinstance(info.value, ValueError)


def test_snapshot_range_fully_outside() -> None:
    with pytest.raises(
        RangeError, match=r"The snapshot has AAPL from 2022-01-03 to 2026-05-29.*lies outside"
    ) as info:
        load_prices("AAPL", "2015-01-01", "2016-01-01", source="snapshot")
    assert isinstance(info.value, ValueError)


def test_snapshot_range_partly_covered_names_the_part() -> None:
    with pytest.raises(
        RangeError,
        match=r"\^GSPC from 1990-01-02 to 2026-08-21; the requested range 1985-01-02 to "
        r"1990-01-31 is only partly covered \(1990-01-02 to 1990-01-31 is available\)",
    ):
        load_prices("^GSPC", "1985-01-02", "1990-01-31", source="snapshot")
    with pytest.raises(RangeError, match=r"2026-07-01 is available"):
        load_prices("SPY", "2026-06-01", "2026-12-31", source="snapshot")


def test_snapshot_bounds_on_non_sessions_are_fine() -> None:
    # 1990-01-01 is a holiday, 2026-08-22/23 a weekend: the sessions in between are all there.
    data = load_prices("^GSPC", "1990-01-01", "2026-08-23", source="snapshot")
    assert data.prices.index[0] == pd.Timestamp("1990-01-02")
    assert data.prices.index[-1] == pd.Timestamp("2026-08-21")
    with pytest.raises(RangeError, match="no NYSE session"):
        load_prices("^GSPC", "2025-04-05", "2025-04-06", source="snapshot")


def test_snapshot_whole_panel_loads() -> None:
    from toolkit.market.datasets import constituents

    data = load_prices(constituents.TICKERS, source="snapshot")
    assert data.prices.shape == (1105, 100)
    assert not data.prices.isna().any().any()


# ---------------------------------------------------------------- csv


def _write(tmp_path: Path, text: str, name: str = "prices.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_one_ticker_ohlcv(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Date,Open,High,Low,Close,Volume\n"
        "2025-04-08,5193.57,5267.47,4910.42,4982.77,7408140000\n"
        "2025-04-09,4965.28,5481.34,4948.43,5456.90,9489600000\n",
    )
    data = load_prices("S&P 500", source="csv", path=path)
    assert data.prices["^GSPC"].tolist() == [4982.77, 5456.90]
    assert data.ohlcv["open"].tolist() == [5193.57, 4965.28]
    assert data.source == f"csv:{path}"
    assert data.retrieved_at.endswith("+00:00")


def test_csv_prefers_adjusted_close(tmp_path: Path) -> None:
    text = "Date,Close,Adj Close\n2025-04-08,496.48,489.5918\n2025-04-09,548.62,541.0084\n"
    path = _write(tmp_path, text)
    assert load_prices("SPY", source="csv", path=path).prices["SPY"].tolist() == [
        489.5918,
        541.0084,
    ]
    quoted = load_prices("SPY", source="csv", path=path, close_column="close")
    assert quoted.prices["SPY"].tolist() == [496.48, 548.62]


def test_csv_long_layout(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ticker,date,close\nSPY,2025-04-08,489.5918\nSPY,2025-04-09,541.0084\n"
        "^GSPC,2025-04-08,4982.77\n^GSPC,2025-04-09,5456.90\n",
    )
    data = load_prices(["SPX", "SPY"], "2025-04-09", "2025-04-09", source="csv", path=path)
    assert data.prices.loc["2025-04-09"].tolist() == [5456.90, 541.0084]


def test_csv_wide_layout_with_later_start(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "date,SPY,XLC\n2018-06-18,276.56,\n2018-06-19,275.5,49.96\n2018-06-20,276.0,50.3\n",
    )
    data = load_prices(["SPY", "XLC"], source="csv", path=path)
    assert data.prices["SPY"].notna().all()
    assert data.prices["XLC"].isna().sum() == 1
    with pytest.raises(RangeError, match=r"has XLC from 2018-06-19 to 2018-06-20"):
        load_prices("XLC", "2018-06-18", source="csv", path=path)


def test_csv_tz_aware_dates_are_new_york_days(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "date,close\n2025-04-08T20:00:00+00:00,1.0\n2025-04-09T20:00:00+00:00,2.0\n"
    )
    data = load_prices("X", source="csv", path=path)
    assert list(data.prices.index) == [pd.Timestamp("2025-04-08"), pd.Timestamp("2025-04-09")]


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", InputError, "is empty"),
        ("date,close\n", InputError, "header but no rows"),
        ("day,close\n2025-04-08,1\n", InputError, "needs a `date` column"),
        ("date,volume,ticker\n2025-04-08,1,SPY\n", InputError, "needs a `close` column"),
        ("date,close\n2025-04-08,1\n2025-04-08,2\n", InputError, "repeated date, first 2025-04-08"),
        (
            "date,close\n2025-04-08,1\n2025-04-09,\n",
            InputError,
            "1 missing closes, first  2025-04-09",
        ),
        ("date,close\n2025-04-08,1\n2025-04-09,NaN\n", InputError, "not a number, 'NaN' on line 3"),
        ("date,close\n2025-04-08,1\n2025-04-09,-1\n", InputError, "non-positive"),
        (
            "date,close\n2025-04-08,1\n9/4/2025x,2\n",
            InputError,
            "cannot be read, first '9/4/2025x' on line 3",
        ),
        (
            "date,close\n2025-04-08T10:00:00+00:00,1\n2025-04-09T10:00:00,2\n",
            InputError,
            "time zone",
        ),
        (
            "date,SPY,XLC\n2025-04-08,1,2\n2025-04-09,,3\n2025-04-10,2,4\n",
            InputError,
            "missing closes",
        ),
    ],
)
def test_csv_bad_input(tmp_path: Path, text: str, error: type, message: str) -> None:
    path = _write(tmp_path, text)
    tickers = ["SPY", "XLC"] if text.startswith("date,SPY") else "SPY"
    with pytest.raises(error, match=message) as info:
        load_prices(tickers, source="csv", path=path)
    assert "Parameter `path`" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_csv_unknown_ticker_and_missing_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "ticker,date,close\nSPY,2025-04-08,1\n")
    with pytest.raises(UnknownTickerError, match="QQQ not in .*it has SPY"):
        load_prices("QQQ", source="csv", path=path)
    with pytest.raises(DataSourceError, match="cannot read") as info:
        load_prices("SPY", source="csv", path=tmp_path / "nope.csv")
    assert isinstance(info.value, OSError)
    assert isinstance(info.value.__cause__, FileNotFoundError)
    with pytest.raises(InputError, match="exactly one ticker"):
        load_prices(
            ["A", "B"], source="csv", path=_write(tmp_path, "date,close\n2025-04-08,1\n", "one.csv")
        )


# ---------------------------------------------------------------- auto


def test_auto_falls_back_to_snapshot_with_warning(monkeypatch) -> None:
    monkeypatch.setattr(yfinance, "download", FakeDownload(raises=YFRateLimitError()))
    with pytest.warns(
        SourceWarning, match=r"\^GSPC comes from the embedded snapshot.*rate-limited"
    ) as rec:
        data = load_prices("SPX", "2025-04-07", "2025-04-10")
    assert len(rec) == 1
    assert data.source == "snapshot"
    assert data.prices["^GSPC"].tolist() == GSPC


def test_auto_uses_yahoo_then_cache_without_warning(monkeypatch, _isolated_env: Path) -> None:
    fake = FakeDownload({"^GSPC": history_frame(APRIL, GSPC)})
    monkeypatch.setattr(yfinance, "download", fake)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = load_prices("^GSPC", "2025-04-07", "2025-04-10")
        second = load_prices("^GSPC", "2025-04-07", "2025-04-10")
    assert (first.source, second.source) == ("yahoo", "cache")
    assert len(fake.calls) == 1
    assert first.sha256 == second.sha256


def test_auto_mixes_sources_per_ticker(monkeypatch) -> None:
    fake = FakeDownload(
        {"SPY": history_frame(APRIL, [1.0, 2.0, 3.0, 4.0])}, errors={"^GSPC": "DNSError('x')"}
    )
    monkeypatch.setattr(yfinance, "download", fake)
    with pytest.warns(SourceWarning, match="snapshot"):
        data = load_prices(["SPY", "^GSPC"], "2025-04-07", "2025-04-10")
    assert data.source == "yahoo+snapshot"
    assert data.prices["^GSPC"].tolist() == GSPC


def test_auto_unknown_everywhere_raises_yahoo_error(monkeypatch) -> None:
    monkeypatch.setattr(yfinance, "download", FakeDownload({}))
    with pytest.raises(UnknownTickerError, match="does not know ZZZQ"):
        load_prices("ZZZQ", "2025-04-07", "2025-04-10")


def test_auto_fallback_range_error_mentions_yahoo(monkeypatch) -> None:
    monkeypatch.setattr(yfinance, "download", FakeDownload(raises=ConnectionError("down")))
    with pytest.raises(RangeError, match="The snapshot has AAPL") as info:
        load_prices("AAPL", "2020-01-02", "2020-12-31")
    assert any("Yahoo Finance failed" in n for n in info.value.__notes__)


def test_auto_offline_uses_snapshot_silently(monkeypatch) -> None:
    fake = FakeDownload({})
    monkeypatch.setattr(yfinance, "download", fake)
    monkeypatch.setenv(ENV_OFFLINE, "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = load_prices("^GSPC", "2025-04-07", "2025-04-10")
    assert data.source == "snapshot" and fake.calls == []
