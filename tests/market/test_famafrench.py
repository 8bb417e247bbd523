"""Fama-French factors: the embedded release, the library's file layout and the live loader.

Expected numbers come from outside the toolkit: Mkt-RF on 2020-03-16 (-12.01) and 2025-04-09
(+9.65) as printed in the Data Library's daily file (the same in its 202601, 202604 and older
releases), and the files' row counts, date ranges and sha256 recorded when they were collected.
The live loader is tested on made-up bytes laid out exactly as the library's files are (text
header, blank line, ``,Mkt-RF,...`` column line, ``YYYYMMDD`` rows, blank line, copyright; the
monthly files' annual section), served by a fake ``urlopen``: no test touches the network.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import warnings
import zipfile
from pathlib import Path
from urllib.error import URLError

import exchange_calendars as xcals
import numpy as np
import pandas as pd
import pytest

import toolkit
import toolkit.market.datasets as ds
from toolkit.errors import (
    CacheWarning,
    DataIntegrityError,
    DataSourceError,
    InputError,
    RangeError,
    SourceWarning,
)
from toolkit.market import famafrench_live as live
from toolkit.market.datasets import famafrench
from toolkit.market.french_format import parse_french_csv, read_french_zip

PKG = Path(ds.__file__).resolve().parent
MANIFEST = json.loads((PKG / "manifest.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- embedded release
def test_mkt_rf_published_values_in_percent_and_decimal() -> None:
    ff3 = famafrench.load("ff3")
    assert ff3.loc["2020-03-16", "Mkt-RF"] == -12.01
    assert ff3.loc["2025-04-09", "Mkt-RF"] == 9.65
    dec = famafrench.load("ff3", unit="decimal")
    assert dec.loc["2020-03-16", "Mkt-RF"] == pytest.approx(-0.1201, abs=1e-15)
    assert dec.loc["2025-04-09", "Mkt-RF"] == pytest.approx(0.0965, abs=1e-15)
    assert ff3.attrs["unit"] == "percent" and dec.attrs["unit"] == "decimal"
    for model in famafrench.MODELS:  # the same day in every model's frame
        assert famafrench.load(model).loc["2020-03-16", "Mkt-RF"] == -12.01


@pytest.mark.parametrize(
    ("model", "columns", "first", "rows"),
    [
        ("ff3", ["Mkt-RF", "SMB", "HML", "RF"], "1926-07-01", 26233),
        ("ff5", ["Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"], "1963-07-01", 15813),
        ("carhart", ["Mkt-RF", "SMB", "HML", "Mom", "RF"], "1926-11-03", 26132),
    ],
)
def test_each_model_frame(model: str, columns: list[str], first: str, rows: int) -> None:
    frame = famafrench.load(model)
    assert list(frame.columns) == columns
    assert frame.index.name == "date" and frame.index.tz is None
    assert frame.index.is_monotonic_increasing and not frame.index.has_duplicates
    assert str(frame.index[0].date()) == first and str(frame.index[-1].date()) == "2026-04-30"
    assert len(frame) == rows
    assert np.isfinite(frame.to_numpy()).all()
    assert frame.attrs["release"] == "202604" and frame.attrs["model"] == model


def test_ff5_smb_differs_from_ff3_smb_other_columns_equal() -> None:
    ff3, ff5 = famafrench.load("ff3"), famafrench.load("ff5")
    common = ff5.index
    for col in ("Mkt-RF", "HML", "RF"):
        assert ff3.loc[common, col].equals(ff5[col])
    assert not ff3.loc[common, "SMB"].equals(ff5["SMB"])


def test_dates_since_1990_are_nyse_sessions() -> None:
    frame = famafrench.load("ff3").loc["1990-01-02":]
    sessions = xcals.get_calendar("XNYS", start="1990-01-01").sessions_in_range(
        "1990-01-02", "2026-04-30"
    )
    assert np.array_equal(frame.index.values, pd.DatetimeIndex(sessions).as_unit("ns").values)


def test_exposed_with_the_other_datasets() -> None:
    assert "famafrench" in ds.available()
    assert ds.load("famafrench").equals(famafrench.load("ff3"))
    assert "Kenneth R. French" in famafrench.DESCR and "PERCENT PER DAY" in famafrench.DESCR
    assert "202604" in famafrench.DESCR and "Licence" in famafrench.DESCR
    assert "load_factors" in toolkit.__all__
    with pytest.raises(InputError, match="`model`"):
        famafrench.load("ff4")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="`unit`"):
        famafrench.load("ff3", unit="basis points")  # type: ignore[arg-type]


def test_manifest_entry_and_sources_md() -> None:
    entry = MANIFEST["files"][MANIFEST["datasets"]["famafrench"]]
    blob = (PKG / "files" / "famafrench.csv.xz").read_bytes()
    assert hashlib.sha256(blob).hexdigest() == entry["sha256"] and len(blob) == entry["bytes"]
    assert entry["tables"]["ff3"]["source_sha256"] == (
        "c6c87de77162c620dc4b36fc3eca9debe2ccf5bf1562d4ad1a02d1985635842c"
    )
    sources = (PKG / "SOURCES.md").read_text(encoding="utf-8")
    for fact in (
        "famafrench.csv.xz",
        "202604",
        "percent per day",
        "852727c8dd42a7db8eeaadcfbbeefc5fbee89df2",
    ):
        assert fact in sources


def test_a_damaged_file_is_an_integrity_error(tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "famafrench.csv.xz"
    shutil.copyfile(PKG / "files" / "famafrench.csv.xz", dest)
    data = bytearray(dest.read_bytes())
    data[len(data) // 2] ^= 0x01
    dest.write_bytes(bytes(data))
    monkeypatch.setattr(famafrench, "FILES_DIR", tmp_path)
    with pytest.raises(DataIntegrityError, match=r"famafrench\.csv\.xz.*corrupt"):
        famafrench.load("ff3")
    dest.unlink()
    with pytest.raises(DataIntegrityError, match="missing"):
        famafrench.load("ff3")


def test_load_returns_independent_copies() -> None:
    first = famafrench.load("ff3")
    first.iloc[0, 0] = 99.0
    assert famafrench.load("ff3").iloc[0, 0] == 0.09


# --------------------------------------------------------------------------- file layout
CRLF = "\r\n"
DAILY_3F = CRLF.join(
    [
        "This file was created by CMPT_ME_BEME_RETS_DAILY using the 209901 CRSP database.",
        "The Tbill return is the simple daily rate that, over the number of trading days",
        "in the month, compounds to 1-month TBill rate.",
        "",
        ",Mkt-RF,SMB,HML,RF",
        "20250401,    0.40,   -0.30,    0.10,    0.02",
        "20250402,    0.70,    0.20,   -0.10,    0.02",
        "20250403,   -4.90,    1.20,    0.40,    0.02",
        "20250404,   -5.90,   -0.80,   -1.00,    0.02",
        "20250407,   -0.30,   -0.50,    0.20,    0.02",
        "20250408,   -1.60,   -0.40,    0.30,    0.02",
        "20250409,    9.65,    0.37,   -3.06,    0.02",
        "",
        "Copyright 2099 Eugene F. Fama and Kenneth R. French",
        "",
    ]
)
DAILY_MOM = CRLF.join(
    [
        "This file was created by using the 209901 CRSP database.  It",
        "contains a momentum factor, constructed from six value-weight portfolios formed",
        "",
        "Missing data are indicated by -99.99 or -999.",
        "",
        ",Mom   ",
        "20250401,   0.50",
        "20250402,  -0.20",
        "20250403,   1.10",
        "20250404,   2.00",
        "20250407, -99.99",
        "20250408,  -0.70",
        "20250409,  -3.10",
        "",
        "Copyright 2099 Eugene F. Fama and Kenneth R. French",
        "",
    ]
)
MONTHLY_3F = CRLF.join(
    [
        "This file was created by CMPT_ME_BEME_RETS using the 209901 CRSP database.",
        "The 1-month TBill rate data until 202405 are from Ibbotson Associates.",
        "",
        ",Mkt-RF,SMB,HML,RF",
        "202501,    2.80,   -0.60,    1.60,    0.37",
        "202502,   -2.40,   -5.80,    4.90,    0.33",
        "",
        " Annual Factors: January-December ",
        ",Mkt-RF,SMB,HML,RF",
        "2023,   21.69,   -3.25,   -13.55,    5.01",
        "2024,   20.60,   -7.64,    -8.85,    5.26",
        "",
        "Copyright 2099 Eugene F. Fama and Kenneth R. French",
        "",
    ]
)
ISO_5F = "\n".join(
    [
        "This file was created by using the 209901 CRSP database.",
        "",
        "Date,Mkt-RF,SMB,HML,RMW,CMA,RF",
        "2025-04-08,   -1.60,   -0.20,    0.30,    0.10,    0.20,    0.02",
        "2025-04-09,    9.65,    0.70,   -3.06,   -1.50,   -2.10,    0.02",
        "",
        "Copyright 2099 Eugene F. Fama and Kenneth R. French",
    ]
)


def _zip(text: str, member: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text.encode("latin-1"))
    return buf.getvalue()


def test_parse_daily_file_with_footer() -> None:
    table = parse_french_csv(DAILY_3F, name="F-F_Research_Data_Factors_daily.CSV")
    assert table.release == "209901"
    assert list(table.frame.columns) == ["Mkt-RF", "SMB", "HML", "RF"]
    assert table.frame.index[0] == pd.Timestamp("2025-04-01")
    assert table.frame.loc["2025-04-09"].tolist() == [9.65, 0.37, -3.06, 0.02]
    assert len(table.frame) == 7 and "CMPT_ME_BEME_RETS_DAILY" in table.header


def test_parse_monthly_file_reads_the_monthly_table_only() -> None:
    frame = parse_french_csv(MONTHLY_3F).frame
    assert frame.index.tolist() == [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-02-01")]
    assert frame["RF"].tolist() == [0.37, 0.33]


def test_parse_missing_code_and_padded_column_name() -> None:
    frame = parse_french_csv(DAILY_MOM).frame
    assert list(frame.columns) == ["Mom"]
    assert np.isnan(frame.loc["2025-04-07", "Mom"])
    assert frame["Mom"].notna().sum() == 6


def test_parse_iso_reformatted_copy() -> None:
    frame = parse_french_csv(ISO_5F).frame
    assert list(frame.columns) == ["Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"]
    assert frame.loc["2025-04-09", "CMA"] == -2.10


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("just some text\r\nno table here\r\n", "no column line"),
        (",Mkt-RF,SMB\r\n20250401, 0.1\r\n", r"line 2: expected a date and 2 values"),
        (",Mkt-RF\r\n20250401, 0.1\r\n20250402, abc\r\n", r"line 3, column Mkt-RF: 'abc'"),
        (",Mkt-RF\r\n20250402, 0.1\r\n20250401, 0.2\r\n", r"line 3: 20250401 does not come after"),
        (",Mkt-RF\r\nApril 1, 0.1\r\n", "not a date"),
        (",Mkt-RF\r\n\r\n", "no data row"),
    ],
)
def test_parse_errors_name_the_line(text: str, match: str) -> None:
    with pytest.raises(DataSourceError, match=match):
        parse_french_csv(text, name="x.csv")


def test_zip_reading() -> None:
    table = read_french_zip(_zip(DAILY_3F, "F-F_Research_Data_Factors_daily.CSV"), name="u")
    assert table.frame.loc["2025-04-03", "Mkt-RF"] == -4.90
    with pytest.raises(DataSourceError, match="not a zip archive"):
        read_french_zip(b"<html>Not found</html>", name="u")
    with pytest.raises(DataSourceError, match="one CSV file"):
        read_french_zip(_zip("x", "readme.txt"), name="u")


# --------------------------------------------------------------------------- live loader
class _Response:
    def __init__(self, blob: bytes) -> None:
        self._blob = blob

    def read(self) -> bytes:
        return self._blob

    def __enter__(self) -> _Response:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeLibrary:
    """Serves the made-up zipped files at their URLs; counts the requests."""

    def __init__(self) -> None:
        self.files = {
            live.BASE_URL + live.FILES["ff3"]: _zip(
                DAILY_3F, "F-F_Research_Data_Factors_daily.CSV"
            ),
            live.BASE_URL + live.FILES["mom"]: _zip(DAILY_MOM, "F-F_Momentum_Factor_daily.CSV"),
        }
        self.calls: list[str] = []
        self.error: BaseException | None = None

    def __call__(self, request, timeout: float) -> _Response:
        url = request.full_url
        self.calls.append(url)
        assert timeout > 0
        if self.error is not None:
            raise self.error
        if url not in self.files:
            raise URLError("HTTP Error 404: Not Found")
        return _Response(self.files[url])


@pytest.fixture
def library(monkeypatch) -> FakeLibrary:
    fake = FakeLibrary()
    monkeypatch.delenv("MARKET_REACTION_OFFLINE", raising=False)
    monkeypatch.setattr(live, "urlopen", fake)
    return fake


def test_live_download_parses_and_caches(library: FakeLibrary, tmp_path: Path) -> None:
    cache = live.FactorCache(tmp_path)
    frame = live.load_factors("carhart", source="live", cache=cache)
    assert list(frame.columns) == ["Mkt-RF", "SMB", "HML", "Mom", "RF"]
    # 2025-04-07 has the missing-value code for Mom: the day is left out of carhart
    assert pd.Timestamp("2025-04-07") not in frame.index and len(frame) == 6
    assert frame.loc["2025-04-09"].tolist() == [9.65, 0.37, -3.06, -3.10, 0.02]
    assert frame.attrs["release"] == "209901" and "download" in frame.attrs["source"]
    assert len(library.calls) == 2
    entry = json.loads(cache.path_for("ff3").read_text(encoding="utf-8"))
    assert entry["release"] == "209901" and entry["url"].endswith("Factors_daily_CSV.zip")
    assert not list(cache.path_for("ff3").parent.glob("*.tmp"))  # atomic: no leftovers
    # a closed range the cached rows reach is answered without a download
    again = live.load_factors(
        "carhart", start="2025-04-01", end="2025-04-09", source="live", cache=cache
    )
    assert len(library.calls) == 2
    assert again.equals(frame)
    dec = live.load_factors("ff3", end="2025-04-09", unit="decimal", source="live", cache=cache)
    assert dec.loc["2025-04-09", "Mkt-RF"] == pytest.approx(0.0965, abs=1e-15)


def test_live_range_outside_the_release_is_a_range_error(library: FakeLibrary) -> None:
    with pytest.raises(RangeError, match=r"run from 2025-04-01 to 2025-04-09") as info:
        live.load_factors("ff3", start="2025-04-01", end="2025-05-30", source="live", cache=False)
    assert info.value.available == (pd.Timestamp("2025-04-01"), pd.Timestamp("2025-04-09"))


def test_corrupt_cache_entry_is_replaced(library: FakeLibrary, tmp_path: Path) -> None:
    cache = live.FactorCache(tmp_path)
    live.load_factors("ff3", source="live", cache=cache)
    path = cache.path_for("ff3")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["csv"] = doc["csv"].replace("9.65", "9.66")
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.warns(CacheWarning, match="corrupt"):
        frame = live.load_factors("ff3", end="2025-04-09", source="live", cache=cache)
    assert frame.loc["2025-04-09", "Mkt-RF"] == 9.65
    assert len(library.calls) == 2


def test_unwritable_cache_warns_once_and_still_returns(
    library: FakeLibrary, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = live.FactorCache(blocker)
    with pytest.warns(CacheWarning, match="cannot be written"):
        frame = live.load_factors("ff3", source="live", cache=cache)
    assert len(frame) == 7 and cache.disabled


def test_offline_falls_back_to_the_snapshot_with_a_warning(library: FakeLibrary) -> None:
    library.error = URLError("[Errno -3] Temporary failure in name resolution")
    with pytest.warns(SourceWarning, match=r"embedded snapshot \(release 202604.*2026-04-30"):
        frame = live.load_factors("ff3", start="2025-04-01", end="2025-04-30", cache=False)
    assert frame.attrs["source"].endswith("embedded snapshot")
    assert frame.loc["2025-04-09", "Mkt-RF"] == 9.65
    with pytest.raises(DataSourceError, match="could not be reached") as info:
        live.load_factors("ff3", source="live", cache=False)
    assert isinstance(info.value.__cause__, URLError)


def test_offline_variable_means_no_request(library: FakeLibrary, monkeypatch) -> None:
    monkeypatch.setenv("MARKET_REACTION_OFFLINE", "1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = live.load_factors("ff5", start="2025-01-02", end="2025-04-30", cache=False)
    assert library.calls == []
    assert any(issubclass(w.category, SourceWarning) for w in caught)
    assert list(frame.columns) == ["Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"]
    assert frame.index[0] == pd.Timestamp("2025-01-02")
    assert frame.index[-1] == pd.Timestamp("2025-04-30")


def test_snapshot_source_and_bad_options() -> None:
    frame = toolkit.load_factors("ff3", start="2020-03-16", end="2020-03-16", source="snapshot")
    assert frame["Mkt-RF"].tolist() == [-12.01]
    with pytest.raises(RangeError, match="2026-04-30"):
        live.load_factors("ff3", end="2026-06-30", source="snapshot")
    with pytest.raises(InputError, match="`source`"):
        live.load_factors("ff3", source="yahoo")
    with pytest.raises(InputError, match="`model`"):
        live.load_factors("capm")
