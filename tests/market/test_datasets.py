"""The embedded snapshot: contents, provenance, manifest checks, size."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import exchange_calendars as xcals
import numpy as np
import pandas as pd
import pytest

import toolkit.market.datasets as ds
from toolkit.errors import DataIntegrityError, InputError, UnknownTickerError
from toolkit.market.datasets import _store, constituents, etfs, sp500, vix

PKG = Path(ds.__file__).resolve().parent
FILES = PKG / "files"
MANIFEST = json.loads((PKG / "manifest.json").read_text(encoding="utf-8"))
MODULES = {"sp500": sp500, "vix": vix, "etfs": etfs, "constituents": constituents}

# Published S&P 500 closes (the acceptance list).
GSPC_CLOSES = {
    "2025-04-02": 5670.97,
    "2025-04-03": 5396.52,
    "2025-04-04": 5074.08,
    "2025-04-07": 5062.25,
    "2025-04-08": 4982.77,
    "2025-04-09": 5456.90,
    "2025-04-10": 5268.05,
}


@pytest.fixture(scope="module")
def xnys() -> xcals.ExchangeCalendar:
    return xcals.get_calendar("XNYS", start="1990-01-01")


def test_available_lists_the_five_datasets() -> None:
    # the four price datasets and the Fama-French factors (tests/market/test_famafrench.py)
    assert ds.available() == ["constituents", "etfs", "famafrench", "sp500", "vix"]
    assert sorted(MANIFEST["datasets"]) == ds.available()


@pytest.mark.parametrize("name", ["sp500", "vix", "etfs", "constituents"])
def test_each_dataset_has_load_and_descr_with_range_and_licence(name: str) -> None:
    mod = MODULES[name]
    entry = MANIFEST["files"][MANIFEST["datasets"][name]]
    firsts = {s["first"] for s in entry["tickers"].values()}
    lasts = {s["last"] for s in entry["tickers"].values()}
    assert min(firsts) in mod.DESCR
    assert max(lasts) in mod.DESCR
    assert "Licence" in mod.DESCR and "Yahoo Finance" in mod.DESCR
    assert "commit" in mod.DESCR
    frame = mod.load()
    assert list(frame.columns) == ["date", "ticker", "open", "high", "low", "close", "volume"]
    assert len(frame) == entry["rows"]
    assert ds.load(name).equals(frame)


@pytest.mark.parametrize("name", ["etfs", "constituents"])
def test_adjusted_datasets_say_so(name: str) -> None:
    assert "DIVIDEND- AND SPLIT-ADJUSTED" in MODULES[name].DESCR
    assert "split-adjusted" in (PKG / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["sp500", "vix", "etfs", "constituents"])
def test_dates_equal_xnys_sessions_for_every_ticker(name: str, xnys) -> None:
    frame = MODULES[name].load()
    for ticker, grp in frame.groupby("ticker"):
        dates = pd.DatetimeIndex(grp["date"]).as_unit("ns")
        sessions = pd.DatetimeIndex(xnys.sessions_in_range(dates[0], dates[-1])).as_unit("ns")
        assert dates.tz is None
        assert np.array_equal(dates.values, sessions.values), ticker


def test_gspc_published_closes() -> None:
    frame = sp500.load().set_index("date")
    for day, close in GSPC_CLOSES.items():
        assert frame.loc[pd.Timestamp(day), "close"] == pytest.approx(close, abs=1e-9)


def test_spy_adjusted_close_2025_04_09_as_documented() -> None:
    spy = etfs.load("SPY").set_index("date")
    assert round(float(spy.loc[pd.Timestamp("2025-04-09"), "close"]), 2) == 541.01
    sources = (PKG / "SOURCES.md").read_text(encoding="utf-8")
    assert "541.01" in sources and "548.62" in sources


def test_sources_md_carries_provenance() -> None:
    text = (PKG / "SOURCES.md").read_text(encoding="utf-8")
    for fact in (
        "guydekowski/market-lab",
        "phainia/notification",
        "6a10f1b94830e174ee943263e11a5819ee5aac7b",
        "3370e101c7b50196fe44bced25e105e371c18d24",
        "22fdd56844df85511c9efa266ddceb8a2126c554",
        "survivorship",
        "Licence",
    ):
        assert fact in text
    for fname in MANIFEST["files"]:
        assert fname in text


def test_contents_are_sane() -> None:
    gspc, vx = sp500.load(), vix.load()
    assert gspc["date"].min() == pd.Timestamp("1990-01-02")
    assert gspc["date"].max() == pd.Timestamp("2026-08-21")
    assert vx["volume"].isna().all()
    # Yahoo reports zero volume on a few days; the snapshot keeps the source values.
    assert gspc.loc[gspc["volume"] == 0, "date"].tolist() == [pd.Timestamp("2023-05-24")]
    assert (gspc["volume"] >= 0).all()
    panel = constituents.load()
    assert tuple(sorted(panel["ticker"].unique())) == tuple(sorted(constituents.TICKERS))
    assert len(constituents.TICKERS) == 100
    assert (panel.groupby("ticker").size() == 1105).all()
    assert sorted(etfs.load()["ticker"].unique()) == sorted(etfs.TICKERS)
    for frame in (gspc, vx, panel, etfs.load()):
        assert frame["close"].notna().all()
        assert (frame["high"] >= frame[["open", "close", "low"]].max(axis=1) - 1e-9).all()
        assert (frame["low"] <= frame[["open", "close", "high"]].min(axis=1) + 1e-9).all()


def test_load_returns_independent_copies() -> None:
    first = sp500.load()
    first.loc[0, "close"] = -1.0
    assert sp500.load().loc[0, "close"] == 359.69


def test_ticker_selection_and_unknown_ticker() -> None:
    two = constituents.load(["AAPL", "BRK-B"])
    assert sorted(two["ticker"].unique()) == ["AAPL", "BRK-B"]
    with pytest.raises(UnknownTickerError, match="ZZZ"):
        etfs.load("ZZZ")
    with pytest.raises(InputError, match="`name`"):
        ds.load("nasdaq")


def test_manifest_sha256_matches_files_and_lists_every_file() -> None:
    on_disk = sorted(p.name for p in FILES.iterdir())
    assert on_disk == sorted(MANIFEST["files"])
    for fname, entry in MANIFEST["files"].items():
        blob = (FILES / fname).read_bytes()
        assert hashlib.sha256(blob).hexdigest() == entry["sha256"]
        assert len(blob) == entry["bytes"]


def test_snapshot_files_total_at_most_8_mb() -> None:
    total = sum(p.stat().st_size for p in FILES.iterdir())
    assert total <= 8 * 1024 * 1024, f"{total:,} bytes"


def _copy(tmp_path: Path, fname: str) -> Path:
    dest = tmp_path / fname
    shutil.copyfile(FILES / fname, dest)
    return dest


def test_flipped_byte_gives_integrity_error_naming_file(tmp_path: Path) -> None:
    dest = _copy(tmp_path, "sp500.csv.xz")
    assert _store.read_file("sp500.csv.xz", directory=tmp_path)["close"].iloc[0] == 359.69
    blob = bytearray(dest.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    dest.write_bytes(bytes(blob))
    with pytest.raises(DataIntegrityError, match=r"sp500\.csv\.xz.*corrupt"):
        _store.read_file("sp500.csv.xz", directory=tmp_path)


def test_truncated_file_gives_integrity_error(tmp_path: Path) -> None:
    dest = _copy(tmp_path, "vix.csv.xz")
    dest.write_bytes(dest.read_bytes()[:1000])
    with pytest.raises(DataIntegrityError, match=r"vix\.csv\.xz") as info:
        _store.read_file("vix.csv.xz", directory=tmp_path)
    assert isinstance(info.value, OSError)


def test_missing_file_gives_integrity_error(tmp_path: Path) -> None:
    with pytest.raises(DataIntegrityError, match=r"etfs\.csv\.xz.*missing"):
        _store.read_file("etfs.csv.xz", directory=tmp_path)
    with pytest.raises(InputError, match="`filename`"):
        _store.read_file("other.csv.xz")


def test_coverage_matches_manifest() -> None:
    cov = _store.coverage()
    assert len(cov) == 115
    assert cov["^GSPC"].dataset == "sp500"
    assert cov["XLC"].first == pd.Timestamp("2018-06-19")
    assert cov["AAPL"].last == pd.Timestamp("2026-05-29")
