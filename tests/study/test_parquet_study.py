"""``EventStudy.from_parquet`` in one process: what building the study reads, the fit on the
returns read at fit time, the warnings and the errors.

The reference is an in-memory :class:`EventStudy` on returns computed here from the same closes
(``tests/helpers/price_panels.py``); the rest of ``tests/study`` checks that one against closed
forms and statsmodels. The fits on a Dask cluster are in ``test_distributed.py``.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from price_panels import panel_closes, simple_returns, write_by_asset

from toolkit.errors import DataSourceError, DataWarning, InputError, RangeError, UnknownTickerError
from toolkit.market import parquetfile
from toolkit.market.parquetfile import ParquetSource
from toolkit.study.model import EventStudy

ASSETS = [f"A{j}" for j in range(8)]


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    """The closes and the folder they are written to, by asset."""
    closes = panel_closes()
    folder = tmp_path_factory.mktemp("prices") / "panel"
    write_by_asset(closes, folder)
    return closes, folder


def _events(asset_events: bool = False) -> pd.DataFrame:
    day0 = pd.bdate_range("2014-02-03", "2014-11-14")[::19]
    events = pd.DataFrame({"event_id": [f"E{i}" for i in range(len(day0))], "session": day0})
    if asset_events:
        events["asset"] = [f"A{i % 3}" for i in range(len(day0))]
    return events


def _close_reads(monkeypatch) -> list[tuple[str, ...]]:
    """Record the tickers whose closes this process reads from a long Parquet panel."""
    original = parquetfile._Long.rows
    reads: list[tuple[str, ...]] = []

    def rows(self, window, *, dates_only=False):
        if not dates_only:
            reads.append(tuple(self.tickers))
        return original(self, window, dates_only=dates_only)

    monkeypatch.setattr(parquetfile._Long, "rows", rows)
    return reads


def _quiet(call, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call(*args, **kwargs)


@pytest.mark.parametrize(
    ("model", "kind", "asset_events"),
    [("market", "simple", False), ("market", "log", True), ("ff3", "simple", False)],
)
def test_returns_read_at_fit_time_equal_the_in_memory_study(
    panel, monkeypatch, model, kind, asset_events
):
    closes, folder = panel
    reads = _close_reads(monkeypatch)
    events = _events(asset_events)
    study = _quiet(EventStudy.from_parquet, folder, events, benchmark="MKT", model=model, kind=kind)
    assert reads == [("MKT",)]  # building the study read the benchmark's closes only
    assert study.assets == ASSETS and study._returns is None
    returns = simple_returns(closes)
    if kind == "log":
        returns = np.log(closes / closes.shift(1)).iloc[1:]
    assert study.sessions.equals(returns.index)
    in_memory = EventStudy(
        returns[ASSETS], events, benchmark=returns["MKT"], model=model, kind=kind
    )
    pd.testing.assert_series_equal(study.benchmark, in_memory.benchmark, check_exact=True)
    local, expected = _quiet(study.fit), _quiet(in_memory.fit)
    assert reads[1:] == [tuple(ASSETS)]  # the fit read every asset, once
    pd.testing.assert_frame_equal(study.returns, in_memory.returns, check_exact=True)
    for name in ("caar", "tests", "car", "abnormal_returns", "skipped", "overlap"):
        pd.testing.assert_frame_equal(
            getattr(local, name), getattr(expected, name), check_exact=True, obj=name
        )


def test_warnings_are_those_of_the_source(panel):
    """The dates' warnings (gaps, NaN returns) come from building the study, as when the
    closes are loaded with the ``parquet`` source; the study reads none of them."""
    _, folder = panel
    with warnings.catch_warnings(record=True) as built:
        warnings.simplefilter("always")
        EventStudy.from_parquet(folder, _events(), benchmark="MKT")
    with warnings.catch_warnings(record=True) as loaded:
        warnings.simplefilter("always")
        ParquetSource(folder).load([*ASSETS, "MKT"]).returns()

    def messages(caught):
        return [str(w.message) for w in caught if issubclass(w.category, DataWarning)]

    assert messages(built)[:2] == messages(loaded)
    assert "A5: 0" not in messages(loaded)[1] and "A5: 2" in messages(loaded)[1]


def test_bad_input_is_refused_when_the_study_is_built(panel, tmp_path):
    _, folder = panel
    events = _events()
    with pytest.raises(DataSourceError, match=r"nowhere does not exist"):
        EventStudy.from_parquet(tmp_path / "nowhere", events, benchmark="MKT")
    with pytest.raises(UnknownTickerError, match=r"ZZZ not in .*it has A0"):
        EventStudy.from_parquet(folder, events, tickers=["A0", "ZZZ"], benchmark="MKT")
    with pytest.raises(UnknownTickerError, match=r"SPY not in"):
        EventStudy.from_parquet(folder, events, benchmark="SPY")
    with pytest.raises(InputError, match=r"`benchmark` takes a ticker .* got int"):
        EventStudy.from_parquet(folder, events, benchmark=3)
    with pytest.raises(InputError, match=r"`close_column` takes one of 'close', 'adj_close'"):
        EventStudy.from_parquet(folder, events, benchmark="MKT", close_column="open")
    with pytest.raises(InputError, match=r"needs a `adj_close` column"):
        EventStudy.from_parquet(folder, events, benchmark="MKT", close_column="adj_close")
    with pytest.raises(RangeError, match=r"has A5 from 2013-03-01"):
        EventStudy.from_parquet(folder, events, benchmark="MKT", start="2012-06-01")
    with pytest.raises(InputError, match=r"`kind` takes one of"):
        EventStudy.from_parquet(folder, events, benchmark="MKT", kind="percent")


def test_bad_closes_fail_the_fit_that_reads_them(tmp_path):
    """Returns stored as one asset's closes: the study is built without reading them, and
    the fit fails with the source's error naming the asset and the panel."""
    closes = panel_closes()
    closes["A3"] = np.random.default_rng(5).normal(0, 0.01, len(closes))
    write_by_asset(closes, tmp_path / "panel")
    study = _quiet(EventStudy.from_parquet, tmp_path / "panel", _events(), benchmark="MKT")
    panel_path = re.escape(str(tmp_path / "panel"))
    with pytest.raises(InputError, match=rf"{panel_path} has non-positive closes, first A3"):
        _quiet(study.fit)
