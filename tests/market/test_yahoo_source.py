"""The yahoo source against yfinance frames of the real shape (no network)."""

from __future__ import annotations

import warnings
from pathlib import Path

import curl_cffi.requests.exceptions as curl_exc
import numpy as np
import pandas as pd
import pytest
import requests
import yfinance
from fixtures_yahoo import FakeDownload, download_frame, history_frame
from yfinance import multi as yf_multi
from yfinance.exceptions import YFRateLimitError, YFTzMissingError

from toolkit.errors import (
    DataSourceError,
    DataWarning,
    RangeError,
    SourceWarning,
    ToolkitError,
    UnknownTickerError,
)
from toolkit.market import load_prices
from toolkit.market.cache import ENV_DIR, ENV_NO_CACHE
from toolkit.market.yahoo import ENV_OFFLINE, YahooReportedError, YahooSource

APRIL = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"]
GSPC = [5062.25, 4982.77, 5456.90, 5268.05]
SPY = [499.1, 489.5918, 541.0084, 517.3019]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(ENV_NO_CACHE, raising=False)
    monkeypatch.delenv(ENV_OFFLINE, raising=False)


def _patch(monkeypatch: pytest.MonkeyPatch, fake: FakeDownload) -> FakeDownload:
    monkeypatch.setattr(yfinance, "download", fake)
    return fake


def _load(tickers, start="2025-04-07", end="2025-04-10", **kw):
    return load_prices(tickers, start, end, source="yahoo", cache=False, **kw)


class _FakeTicker:
    """Drives the real yf.download without network: history() returns or raises."""

    frames: dict[str, pd.DataFrame] = {}

    def __init__(self, ticker: str) -> None:
        self.ticker = ticker
        self._price_history = type("PH", (), {"_last_error": None})()

    def history(self, **kwargs):
        if self.ticker not in self.frames:
            raise YFTzMissingError(self.ticker)
        return self.frames[self.ticker].copy()


@pytest.mark.parametrize("ignore_tz", [True, False])
def test_fixture_frames_match_real_yf_download(monkeypatch, ignore_tz: bool) -> None:
    hist = {"SPY": history_frame(APRIL, SPY), "^GSPC": history_frame(APRIL[1:], GSPC[1:])}
    monkeypatch.setattr(_FakeTicker, "frames", hist)
    monkeypatch.setattr(yf_multi, "Ticker", _FakeTicker)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        real = yfinance.download(
            ["SPY", "^GSPC", "NOPE"],
            start="2025-04-07",
            end="2025-04-11",
            auto_adjust=True,
            progress=False,
            group_by="column",
            ignore_tz=ignore_tz,
            threads=False,
        )
        built = download_frame({**hist, "NOPE": None}, ignore_tz=ignore_tz)
    pd.testing.assert_frame_equal(real, built)
    assert real.columns.names == ["Price", "Ticker"]


def test_one_ticker_multiindex_frame(monkeypatch) -> None:
    fake = _patch(monkeypatch, FakeDownload({"^GSPC": history_frame(APRIL, GSPC)}))
    assert isinstance(download_frame({"^GSPC": history_frame(APRIL, GSPC)}).columns, pd.MultiIndex)
    data = _load("S&P 500")
    assert data.tickers == ("^GSPC",)
    assert data.source == "yahoo"
    assert data.prices["^GSPC"].tolist() == GSPC
    assert data.prices.index.tz is None and data.prices.index.name == "date"
    assert list(data.prices.index) == [pd.Timestamp(d) for d in APRIL]
    call = fake.calls[0]
    assert call["tickers"] == ["^GSPC"]
    assert call["auto_adjust"] is True and call["progress"] is False
    assert call["group_by"] == "column"
    assert call["start"] == "2025-04-07" and call["end"] == "2025-04-11"  # end is exclusive
    row = data.ohlcv.iloc[0]
    assert row["open"] == pytest.approx(GSPC[0] * 0.99) and row["volume"] == 1_000_000


def test_several_tickers(monkeypatch) -> None:
    _patch(
        monkeypatch,
        FakeDownload({"SPY": history_frame(APRIL, SPY), "^GSPC": history_frame(APRIL, GSPC)}),
    )
    data = _load(["SPY", "SPX"])
    assert data.tickers == ("SPY", "^GSPC")
    assert list(data.prices.columns) == ["SPY", "^GSPC"]
    assert data.prices.loc["2025-04-09", "SPY"] == 541.0084


def test_tz_aware_index_becomes_naive_session_dates(monkeypatch) -> None:
    _patch(monkeypatch, FakeDownload({"SPY": history_frame(APRIL, SPY)}, ignore_tz=False))
    raw = download_frame({"SPY": history_frame(APRIL, SPY)}, ignore_tz=False)
    assert str(raw.index.tz) == "America/New_York"
    data = _load("SPY")
    assert data.prices.index.tz is None
    assert list(data.prices.index) == [pd.Timestamp(d) for d in APRIL]


def test_utc_index_is_read_in_new_york(monkeypatch) -> None:
    # Midnight New York is 04:00 UTC; the session date must not move.
    _patch(monkeypatch, FakeDownload({"SPY": history_frame(APRIL, SPY)}, ignore_tz=False))
    original = yfinance.download

    def utc(*args, **kwargs):
        frame = original(*args, **kwargs)
        frame.index = frame.index.tz_convert("UTC")
        return frame

    monkeypatch.setattr(yfinance, "download", utc)
    assert list(_load("SPY").prices.index) == [pd.Timestamp(d) for d in APRIL]


def test_unknown_ticker_empty_frame(monkeypatch) -> None:
    _patch(monkeypatch, FakeDownload({}))
    raw = download_frame({"XYZQ": None})
    assert raw.shape[0] == 0 and ("Adj Close", "XYZQ") in raw.columns
    with pytest.raises(UnknownTickerError, match="XYZQ") as info:
        _load("XYZQ")
    assert isinstance(info.value, KeyError) and isinstance(info.value, ToolkitError)
    assert isinstance(info.value.__cause__, YahooReportedError)


def test_one_unknown_among_several_warns_and_loads_the_rest(monkeypatch) -> None:
    _patch(monkeypatch, FakeDownload({"SPY": history_frame(APRIL, SPY)}))
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        data = _load(["SPY", "XYZQ"])
    assert [w.category for w in rec] == [SourceWarning]
    assert "XYZQ" in str(rec[0].message) and "does not know" in str(rec[0].message)
    assert data.tickers == ("SPY",)
    assert data.prices["SPY"].tolist() == SPY


def test_rate_limit_raised(monkeypatch) -> None:
    _patch(monkeypatch, FakeDownload(raises=YFRateLimitError()))
    with pytest.raises(DataSourceError, match="rate-limited") as info:
        _load(["SPY", "^GSPC"])
    assert isinstance(info.value.__cause__, YFRateLimitError)
    assert isinstance(info.value, OSError)


def test_rate_limit_logged_by_yfinance(monkeypatch) -> None:
    # What yfinance 1.x really does: logs the error per ticker and returns empty columns.
    text = "YFRateLimitError('Too Many Requests. Rate limited. Try after a while.')"
    _patch(monkeypatch, FakeDownload({}, errors={"SPY": text}))
    with pytest.raises(DataSourceError, match="rate-limited") as info:
        _load("SPY")
    assert isinstance(info.value.__cause__, YFRateLimitError)


@pytest.mark.parametrize(
    "exc",
    [
        requests.exceptions.ConnectionError("Failed to establish a new connection"),
        curl_exc.ConnectionError("Failed to perform, curl: (7) Couldn't connect to server"),
        curl_exc.Timeout("Operation timed out"),
    ],
)
def test_connection_errors_raised(monkeypatch, exc: Exception) -> None:
    _patch(monkeypatch, FakeDownload(raises=exc))
    with pytest.raises(DataSourceError) as info:
        _load("SPY")
    assert info.value.__cause__ is exc


def test_connection_error_logged_by_yfinance(monkeypatch) -> None:
    text = (
        "DNSError('Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com.')"
    )
    _patch(monkeypatch, FakeDownload({}, errors={"SPY": text, "^GSPC": text}))
    with pytest.raises(DataSourceError, match="could not be reached") as info:
        _load(["SPY", "^GSPC"])
    assert isinstance(info.value.__cause__, YahooReportedError)
    assert "DNSError" in str(info.value.__cause__)


def test_no_data_in_range_is_a_range_error(monkeypatch) -> None:
    text = "YFPricesMissingError('possibly delisted; no price data found  (1d 2025-04-05 -> 2025-04-06)')"
    _patch(monkeypatch, FakeDownload({}, errors={"SPY": text}))
    with pytest.raises(RangeError, match="no prices for SPY"):
        _load("SPY", "2025-04-01", "2025-04-04")


def test_holiday_nan_rows_are_dropped_and_counted(monkeypatch) -> None:
    # ^VIX trades on an NYSE holiday (2026-05-25): yfinance adds an all-NaN ^GSPC row there.
    days = ["2026-05-22", "2026-05-25", "2026-05-26"]
    _patch(
        monkeypatch,
        FakeDownload(
            {
                "^GSPC": history_frame([days[0], days[2]], [7000.0, 7010.0]),
                "^VIX": history_frame(days, [15.0, 16.0, 17.0]),
            }
        ),
    )
    with pytest.warns(DataWarning) as rec:
        data = load_prices(
            ["^GSPC", "VIX"], "2026-05-22", "2026-05-26", source="yahoo", cache=False
        )
    message = str(rec[0].message)
    assert "Dropped 2 rows" in message
    assert "^GSPC: 1 without a close (2026-05-25)" in message
    assert "^VIX: 1 on a day the NYSE was closed (2026-05-25)" in message
    assert list(data.prices.index) == [pd.Timestamp(days[0]), pd.Timestamp(days[2])]
    assert not data.prices.isna().any().any()


def test_partial_range_from_yahoo_is_a_range_error(monkeypatch) -> None:
    _patch(
        monkeypatch,
        FakeDownload({"XLC": history_frame(["2018-06-19", "2018-06-20"], [50.0, 51.0])}),
    )
    with pytest.raises(RangeError, match=r"XLC from 2018-06-19 to 2018-06-20.*partly covered"):
        _load("XLC", "2018-06-01", "2018-06-20")


def test_yfinance_warnings_do_not_reach_the_user(monkeypatch) -> None:
    def noisy(*args, **kwargs):
        warnings.warn_explicit(
            "inplace is deprecated", FutureWarning, "multi.py", 1, module="yfinance.multi"
        )
        return download_frame({"SPY": history_frame(APRIL, SPY)})

    monkeypatch.setattr(yfinance, "download", noisy)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _load("SPY").prices["SPY"].tolist() == SPY


def test_offline_env_never_calls_yfinance(monkeypatch) -> None:
    fake = _patch(monkeypatch, FakeDownload({"SPY": history_frame(APRIL, SPY)}))
    monkeypatch.setenv(ENV_OFFLINE, "1")
    with pytest.raises(DataSourceError, match=ENV_OFFLINE):
        _load("SPY")
    assert fake.calls == []


def test_open_ended_request_asks_for_max_period(monkeypatch) -> None:
    fake = _patch(monkeypatch, FakeDownload({"SPY": history_frame(APRIL, SPY)}))
    data = load_prices("SPY", source="yahoo", cache=False)
    assert fake.calls[0]["period"] == "max" and "start" not in fake.calls[0]
    assert np.allclose(data.prices["SPY"].to_numpy(), SPY)


def test_source_repr_and_cache_option() -> None:
    assert repr(YahooSource(cache=False)) == "YahooSource(cache=False)"


@pytest.mark.network
def test_live_yahoo_gspc_close() -> None:  # pragma: no cover - needs internet
    data = load_prices("^GSPC", "2025-04-09", "2025-04-09", source="yahoo", cache=False)
    assert data.prices.iloc[0, 0] == pytest.approx(5456.90, abs=0.01)
