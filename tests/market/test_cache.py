"""The on-disk price cache: atomic writes, corrupt entries, unwritable directories."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yfinance
from fixtures_yahoo import FakeDownload, history_frame

from toolkit.errors import CacheWarning
from toolkit.market import cache as cache_mod
from toolkit.market import load_prices
from toolkit.market.cache import ENV_DIR, ENV_NO_CACHE, PriceCache, default_cache
from toolkit.market.yahoo import ENV_OFFLINE

APRIL = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"]
SPY = [499.1, 489.5918, 541.0084, 517.3019]
START, END = pd.Timestamp("2025-04-07"), pd.Timestamp("2025-04-10")
FETCHED = "2025-05-01T12:00:00+00:00"
NOW = pd.Timestamp("2025-05-01T13:00:00+00:00")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(ENV_DIR, str(directory))
    monkeypatch.delenv(ENV_NO_CACHE, raising=False)
    monkeypatch.delenv(ENV_OFFLINE, raising=False)
    return directory


def _rows(closes=SPY) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": pd.to_datetime(APRIL[: len(closes)]),
            "ticker": "SPY",
            "open": closes,
            "high": closes,
            "low": closes,
            "close": closes,
            "volume": float("nan"),
        }
    )


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file()) if directory.exists() else []


def test_round_trip_keeps_exact_values(tmp_path: Path) -> None:
    cache = PriceCache(tmp_path / "c")
    cache.put("yahoo", "SPY", START, END, _rows(), FETCHED)
    entry = cache.get("yahoo", "SPY", START, END, now=NOW)
    assert entry is not None
    assert entry.frame["close"].tolist() == SPY
    assert entry.frame["volume"].isna().all()
    assert entry.retrieved_at == FETCHED
    sub = cache.get("yahoo", "SPY", pd.Timestamp("2025-04-08"), pd.Timestamp("2025-04-09"), now=NOW)
    assert sub.frame["close"].tolist() == SPY[1:3]


def test_entry_file_records_sha256_of_its_data(tmp_path: Path) -> None:
    import hashlib

    cache = PriceCache(tmp_path / "c")
    cache.put("yahoo", "^GSPC", START, END, _rows().assign(ticker="^GSPC"), FETCHED)
    (path,) = _files(tmp_path / "c")
    doc = json.loads(path.read_text())
    assert doc["sha256"] == hashlib.sha256(doc["csv"].encode()).hexdigest()
    assert path == cache.path_for("yahoo", "^GSPC")


@pytest.mark.parametrize(
    ("start", "end", "now", "hit"),
    [
        (START, END, NOW, True),  # closed range, fetched after it ended
        (START - pd.Timedelta(days=7), END, NOW, False),  # starts before the entry
        (START, END + pd.Timedelta(days=1), NOW, False),  # ends after the entry
    ],
)
def test_closed_entry_covers(tmp_path: Path, start, end, now, hit: bool) -> None:
    cache = PriceCache(tmp_path / "c")
    cache.put("yahoo", "SPY", START, END, _rows(), FETCHED)
    assert (cache.get("yahoo", "SPY", start, end, now=now) is not None) is hit


def test_open_ended_entry_serves_recent_open_requests_only(tmp_path: Path) -> None:
    cache = PriceCache(tmp_path / "c")
    cache.put("yahoo", "SPY", None, None, _rows(), FETCHED)
    assert cache.get("yahoo", "SPY", None, None, now=NOW) is not None
    stale = NOW + pd.Timedelta(days=1)
    assert cache.get("yahoo", "SPY", None, None, now=stale) is None
    # a closed range that ended before the download day is final and served
    assert cache.get("yahoo", "SPY", START, END, now=stale) is not None
    # a range reaching the download day is not
    assert cache.get("yahoo", "SPY", START, pd.Timestamp("2025-05-01"), now=stale) is None


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    cache = PriceCache(tmp_path / "c")
    cache.put("yahoo", "SPY", START, END, _rows(), FETCHED)
    path = cache.path_for("yahoo", "SPY")
    before = path.read_bytes()

    def half_then_fail(fh, data: bytes) -> None:
        fh.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_mod, "_write_bytes", half_then_fail)
    with pytest.warns(CacheWarning, match="No space left"):
        cache.put("yahoo", "SPY", START, END, _rows([1.0, 2.0]), FETCHED)
    assert path.read_bytes() == before  # the old entry is intact
    assert _files(tmp_path / "c") == [path]  # no temporary file left behind
    monkeypatch.setattr(cache_mod, "_write_bytes", half_then_fail)
    other = PriceCache(tmp_path / "d")
    with pytest.warns(CacheWarning):
        other.put("yahoo", "SPY", START, END, _rows(), FETCHED)
    assert _files(tmp_path / "d") == []


def test_interrupted_write_also_cleans_up(tmp_path: Path, monkeypatch) -> None:
    def interrupted(fh, data: bytes) -> None:
        fh.write(data[:10])
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_mod, "_write_bytes", interrupted)
    cache = PriceCache(tmp_path / "c")
    with pytest.raises(KeyboardInterrupt):
        cache.put("yahoo", "SPY", START, END, _rows(), FETCHED)
    assert _files(tmp_path / "c") == []


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_corrupt_entry_is_warned_removed_and_refetched(
    _isolated_env: Path, monkeypatch, damage: str
) -> None:
    fake = FakeDownload({"SPY": history_frame(APRIL, SPY)})
    monkeypatch.setattr(yfinance, "download", fake)
    first = load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
    assert first.source == "yahoo" and len(fake.calls) == 1
    second = load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
    assert second.source == "cache" and len(fake.calls) == 1
    assert second.sha256 == first.sha256 and second.retrieved_at == first.retrieved_at
    (path,) = _files(_isolated_env)
    blob = path.read_bytes()
    if damage == "flip":  # change one digit of a price inside the stored CSV
        i = blob.index(b"541.0084")
        blob = blob[:i] + b"641.0084" + blob[i + 8 :]
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    else:
        blob = b"\x00\xff not json"
    path.write_bytes(blob)
    with pytest.warns(CacheWarning, match="corrupt"):
        third = load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
    assert third.source == "yahoo" and len(fake.calls) == 2
    assert third.prices["SPY"].tolist() == SPY
    assert json.loads(path.read_text())["csv"]  # rewritten, valid again


def test_unwritable_directory_warns_once(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv(ENV_DIR, str(blocker / "cache"))
    fake = FakeDownload({"SPY": history_frame(APRIL, SPY)})
    monkeypatch.setattr(yfinance, "download", fake)
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        for _ in range(3):
            data = load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
            assert data.prices["SPY"].tolist() == SPY
    cache_warnings = [w for w in rec if issubclass(w.category, CacheWarning)]
    assert len(cache_warnings) == 1
    assert "cannot be written" in str(cache_warnings[0].message)
    assert len(fake.calls) == 3  # no cache: every call downloads


def test_no_cache_env_disables_it(_isolated_env: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_NO_CACHE, "1")
    assert default_cache() is None
    fake = FakeDownload({"SPY": history_frame(APRIL, SPY)})
    monkeypatch.setattr(yfinance, "download", fake)
    load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
    load_prices("SPY", "2025-04-07", "2025-04-10", source="yahoo")
    assert len(fake.calls) == 2
    assert _files(_isolated_env) == []


def test_default_cache_is_one_object_per_directory(_isolated_env: Path) -> None:
    assert default_cache() is default_cache()
    assert default_cache().directory == _isolated_env


def test_snapshot_is_never_cached(_isolated_env: Path, monkeypatch) -> None:
    load_prices("^GSPC", "2025-04-01", "2025-04-10", source="snapshot")
    monkeypatch.setattr(yfinance, "download", FakeDownload(raises=ConnectionError("offline")))
    with pytest.warns(Warning):
        data = load_prices("^GSPC", "2025-04-01", "2025-04-10", source="auto")
    assert data.source == "snapshot"
    assert _files(_isolated_env) == []
