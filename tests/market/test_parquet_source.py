"""The ``parquet`` price source: layouts, partitions, selective reads and bad input.

Expected closes are the published S&P 500 closes of 7-10 April 2025 (as in test_sources.py)
and made-up series written by the tests. That only the needed columns and rows are read is
proved at the file level (``tests/helpers/parquet_poison.py``): the column chunks (or whole
files) that must not be read are overwritten with garbage bytes, so any read of them fails
inside pyarrow; each test first checks that reading everything does fail.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from parquet_poison import garble, unreadable

from toolkit.errors import DataSourceError, DataWarning, InputError, RangeError, UnknownTickerError
from toolkit.market import get_source, load_prices
from toolkit.market.csvfile import CsvSource
from toolkit.market.parquetfile import ParquetSource

APRIL = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"]
GSPC = [5062.25, 4982.77, 5456.90, 5268.05]


def _sessions(start: str, end: str) -> pd.DatetimeIndex:
    """Weekdays without the NYSE holidays of 2024-2025 that fall in the test ranges."""
    holidays = pd.to_datetime(
        ["2024-12-25", "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18"]
    )
    days = pd.bdate_range(start, end)
    return days[~days.isin(holidays)]


def _long_frame(tickers: dict[str, float], start: str, end: str) -> pd.DataFrame:
    days = _sessions(start, end)
    parts = []
    for ticker, base in tickers.items():
        close = base * (1 + 0.001 * np.arange(len(days)))
        parts.append(pd.DataFrame({"date": days.date, "ticker": ticker, "close": close}))
    return pd.concat(parts, ignore_index=True)


def test_wide_file_reads_only_the_requested_columns(tmp_path):
    frame = pd.DataFrame(
        {
            "Date": APRIL,
            "SPX": GSPC,
            "SPY": [504.38, 496.48, 548.62, 524.58],
            "JUNK": [1.0, 2.0, 3.0, 4.0],
        }
    )
    path = tmp_path / "wide.parquet"
    frame.to_parquet(path, compression=None)
    garble(path, "JUNK")
    assert unreadable(path)
    data = load_prices(["S&P 500", "SPY"], "2025-04-07", "2025-04-10", source="parquet", path=path)
    assert data.prices["^GSPC"].tolist() == GSPC
    assert data.prices["SPY"].tolist() == [504.38, 496.48, 548.62, 524.58]
    assert data.source == f"parquet:{path}"
    same = load_prices("SPX", "2025-04-08", "2025-04-09", source=f"parquet:{path}")
    assert same.prices["^GSPC"].tolist() == GSPC[1:3]
    with pytest.raises(InputError, match=r"cannot read the columns \['Date', 'JUNK'\]"):
        load_prices("JUNK", source="parquet", path=path)


def test_long_file_reads_only_the_requested_tickers_and_dates(tmp_path):
    frame = _long_frame({"spy": 500.0, "XLE": 90.0}, "2024-11-01", "2025-05-30")
    frame = frame.rename(columns={"ticker": "Symbol", "close": "Close"})
    frame["year"] = pd.to_datetime(frame["date"]).dt.year
    frame = frame.sort_values(["Symbol", "date"], kind="stable").reset_index(drop=True)
    groups = frame.groupby(["Symbol", "year"], sort=False).size().tolist()  # 4 row groups
    path = tmp_path / "long.parquet"
    table = pa.Table.from_pandas(frame.drop(columns="year"), preserve_index=False)
    with pq.ParquetWriter(path, table.schema, compression=None) as writer:
        start = 0
        for n in groups:
            writer.write_table(table.slice(start, n))
            start += n
    assert pq.ParquetFile(path).metadata.num_row_groups == 4
    # order: XLE 2024, XLE 2025, spy 2024, spy 2025 (sorted by symbol: "XLE" < "spy")
    garble(path, "Close", row_group=0)
    garble(path, "Close", row_group=1)
    garble(path, "Close", row_group=2)
    assert unreadable(path)
    data = load_prices("SPY", "2025-04-07", "2025-04-10", source="parquet", path=path)
    expected = frame[(frame["Symbol"] == "spy") & frame["date"].astype(str).isin(APRIL)]
    assert data.prices["SPY"].tolist() == expected["Close"].tolist()
    assert data.prices.index.strftime("%Y-%m-%d").tolist() == APRIL
    with pytest.raises(InputError, match="cannot read the columns"):
        load_prices("XLE", "2025-04-07", "2025-04-10", source="parquet", path=path)


def test_partitioned_by_asset_opens_only_the_assets_asked_for(tmp_path):
    frame = _long_frame({"SPY": 500.0, "XLE": 90.0}, "2025-03-03", "2025-04-30")
    frame = frame.rename(columns={"ticker": "asset"})
    folder = tmp_path / "by_asset"
    frame.to_parquet(folder, partition_cols=["asset"])
    (xle,) = (folder / "asset=XLE").glob("*.parquet")
    garble(xle)
    data = load_prices("SPY", "2025-04-07", "2025-04-10", source=f"parquet:{folder}")
    expected = frame[(frame["asset"] == "SPY") & frame["date"].astype(str).isin(APRIL)]
    assert data.prices["SPY"].tolist() == expected["close"].tolist()
    with pytest.raises(InputError, match=r"asset=XLE"):
        load_prices("XLE", "2025-04-07", "2025-04-10", source="parquet", path=folder)
    with pytest.raises(UnknownTickerError, match="QQQ not in .*it has SPY, XLE"):
        load_prices("QQQ", source="parquet", path=folder)


def test_partitioned_by_year_opens_only_the_years_asked_for(tmp_path):
    frame = _long_frame({"SPY": 500.0}, "2024-11-01", "2025-05-30")
    frame["year"] = pd.to_datetime(frame["date"]).dt.year
    folder = tmp_path / "by_year"
    frame.to_parquet(folder, partition_cols=["year"])
    (old,) = (folder / "year=2024").glob("*.parquet")
    garble(old, "date")  # the footer stays whole: the folder is still a dataset
    garble(old, "close")
    assert unreadable(old)
    data = load_prices("SPY", "2025-04-07", "2025-04-10", source="parquet", path=folder)
    expected = frame[frame["date"].astype(str).isin(APRIL)]
    assert data.prices["SPY"].tolist() == expected["close"].tolist()
    with pytest.raises(InputError, match="cannot read the columns"):  # now it reads 2024
        load_prices("SPY", "2024-12-02", "2025-01-10", source="parquet", path=folder)


def test_partitioned_by_date_folder(tmp_path):
    frame = _long_frame({"SPY": 500.0, "XLE": 90.0}, "2025-04-01", "2025-04-15")
    frame["date"] = frame["date"].astype(str)
    folder = tmp_path / "by_date"
    frame.to_parquet(folder, partition_cols=["date"])
    data = load_prices(["SPY", "XLE"], "2025-04-07", "2025-04-10", source="parquet", path=folder)
    assert data.prices.index.strftime("%Y-%m-%d").tolist() == APRIL
    expected = frame[(frame["ticker"] == "XLE") & frame["date"].isin(APRIL)]
    assert data.prices["XLE"].tolist() == expected["close"].tolist()


def test_same_prices_as_the_csv_source(tmp_path):
    frame = _long_frame({"SPY": 500.0, "XLE": 90.0}, "2025-01-02", "2025-04-30")
    frame["open"] = frame["close"] - 1
    frame["volume"] = 1000.0
    frame.to_csv(tmp_path / "p.csv", index=False)
    frame.to_parquet(tmp_path / "p.parquet")
    for start, end in (("2025-02-03", "2025-03-31"), (None, None)):
        a = CsvSource(tmp_path / "p.csv").load(["SPY", "XLE"], start, end)
        b = ParquetSource(tmp_path / "p.parquet").load(["SPY", "XLE"], start, end)
        pd.testing.assert_frame_equal(a.prices, b.prices, check_exact=True)
        pd.testing.assert_frame_equal(a.ohlcv, b.ohlcv, check_exact=True)
        assert a.sha256 == b.sha256


def test_coverage_errors_and_partial_loads(tmp_path):
    path = tmp_path / "p.parquet"
    _long_frame({"SPY": 500.0}, "2025-03-03", "2025-04-30").to_parquet(path)
    with pytest.raises(RangeError, match=r"has SPY from 2025-03-03 to 2025-04-30") as err:
        load_prices("SPY", "2025-02-03", "2025-04-10", source="parquet", path=path)
    assert err.value.available == (pd.Timestamp("2025-03-03"), pd.Timestamp("2025-04-30"))
    with pytest.warns(Warning, match="only"):
        data = load_prices(
            "SPY", "2025-02-03", "2025-03-05", source="parquet", path=path, partial=True
        )
    assert data.prices.index[0] == pd.Timestamp("2025-03-03")


def test_dates_as_timestamps_weekends_and_gaps(tmp_path):
    stamps = pd.to_datetime(["2025-04-05", *APRIL]).tz_localize("UTC")  # midnight UTC
    frame = pd.DataFrame({"date": stamps, "close": [1.0, *GSPC]})
    frame = frame.drop(index=2)  # 2025-04-08 missing: a gap
    path = tmp_path / "stamps.parquet"
    frame.to_parquet(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = load_prices("^GSPC", source="parquet", path=path)
    messages = [str(w.message) for w in caught if issubclass(w.category, DataWarning)]
    assert any("dropped 1 rows on days the NYSE was closed (2025-04-05)" in m for m in messages)
    assert any("2025-04-08" in m for m in messages)
    assert data.prices.index.strftime("%Y-%m-%d").tolist() == ["2025-04-07", *APRIL[2:]]
    # afternoon stamps in UTC are New York dates (20:00Z on the 9th is the 9th's close)
    evening = pd.DataFrame(
        {"date": pd.to_datetime(APRIL).tz_localize("UTC") + pd.Timedelta(hours=20), "SPX": GSPC}
    )
    evening.to_parquet(tmp_path / "evening.parquet")
    data = load_prices(
        "SPX", "2025-04-08", "2025-04-09", source="parquet", path=tmp_path / "evening.parquet"
    )
    assert data.prices["^GSPC"].tolist() == GSPC[1:3]


def test_bad_paths_and_schemas(tmp_path):
    with pytest.raises(DataSourceError, match=r"nowhere\.parquet does not exist"):
        load_prices("SPY", source="parquet", path=tmp_path / "nowhere.parquet")
    (tmp_path / "text.parquet").write_text("date,close\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"text\.parquet is not a readable Parquet"):
        load_prices("SPY", source="parquet", path=tmp_path / "text.parquet")
    pd.DataFrame({"day": APRIL, "close": GSPC}).to_parquet(tmp_path / "nodate.parquet")
    with pytest.raises(InputError, match=r"needs a `date` column, found \['day', 'close'\]"):
        load_prices("SPY", source="parquet", path=tmp_path / "nodate.parquet")
    pd.DataFrame({"date": APRIL, "ticker": "SPY", "close": [str(v) for v in GSPC]}).to_parquet(
        tmp_path / "text_close.parquet"
    )
    with pytest.raises(InputError, match=r"column `close` holds (large_)?string, expected numbers"):
        load_prices("SPY", source="parquet", path=tmp_path / "text_close.parquet")
    pd.DataFrame({"date": APRIL, "close": [1.0, -2.0, 3.0, 4.0]}).to_parquet(
        tmp_path / "negative.parquet"
    )
    with pytest.raises(InputError, match="non-positive closes, first SPY 2025-04-08"):
        load_prices("SPY", source="parquet", path=tmp_path / "negative.parquet")
    pd.DataFrame({"date": ["2025-04-07", "2025-04-07"], "close": [1.0, 2.0]}).to_parquet(
        tmp_path / "twice.parquet"
    )
    with pytest.raises(InputError, match="repeated date"):
        load_prices("SPY", source="parquet", path=tmp_path / "twice.parquet")
    pd.DataFrame({"date": ["07/04/2025", "08/04/2025"], "close": [1.0, 1.1]}).to_parquet(
        tmp_path / "dayfirst.parquet"
    )
    with pytest.raises(InputError, match="dayfirst"):
        load_prices("SPY", source="parquet", path=tmp_path / "dayfirst.parquet")
    data = load_prices("SPY", source="parquet", path=tmp_path / "dayfirst.parquet", dayfirst=True)
    assert data.prices.index.strftime("%Y-%m-%d").tolist() == APRIL[:2]
    with pytest.raises(InputError, match="one unnamed series"):
        load_prices(["SPY", "XLE"], source="parquet", path=tmp_path / "dayfirst.parquet")
    with pytest.raises(InputError, match="close_column"):
        get_source("parquet", path=tmp_path / "x.parquet", close_column="open")
    with pytest.raises(InputError, match="does not accept"):
        get_source("parquet", path=tmp_path / "x.parquet", decimal=",")


def test_tickers_lists_the_panel_from_its_folders(tmp_path):
    """``tickers()``: from the ``asset=`` folder names without opening a file, from the column
    names of a wide file, and an error for one unnamed series."""
    frame = _long_frame({"SPY": 500.0, "XLE": 90.0}, "2025-03-03", "2025-03-31")
    folder = tmp_path / "by_asset"
    frame.rename(columns={"ticker": "asset"}).to_parquet(folder, partition_cols=["asset"])
    for path in folder.rglob("*.parquet"):
        garble(path, "close")  # the folder names are enough: no column is read
        garble(path, "date")
    assert sorted(ParquetSource(folder).tickers()) == ["SPY", "XLE"]
    wide = tmp_path / "wide.parquet"
    pd.DataFrame({"Date": APRIL, "SPX": GSPC, "SPY": [1.0, 2.0, 3.0, 4.0]}).to_parquet(wide)
    assert ParquetSource(wide).tickers() == ["^GSPC", "SPY"]
    one = tmp_path / "one.parquet"
    pd.DataFrame({"date": APRIL, "close": GSPC}).to_parquet(one)
    with pytest.raises(InputError, match="one unnamed series"):
        ParquetSource(one).tickers()
