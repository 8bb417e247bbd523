"""``EventStudy.fit(client=...)`` on a local Dask cluster against the fit on this machine.

The reference is ``fit()`` without a client, whose numbers the rest of ``tests/study`` checks
against closed forms and statsmodels; here every frame of the results must equal it to 1e-12:
``caar``, ``tests``, ``car``, ``abnormal_returns``, ``skipped``, ``overlap`` and
``calendar_time``. The cluster is two worker processes of one thread each on this machine (no
network beyond the loopback). GARCH is left out: its maximum-likelihood fit stops where the
optimiser does, which already moves by about 1e-7 with the number of BLAS threads (one on a Dask
worker).
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from pathlib import Path

import cloudpickle
import numpy as np
import pandas as pd
import pytest
from parquet_poison import garble, unreadable
from price_panels import panel_closes, simple_returns, write_by_asset

distributed = pytest.importorskip("distributed")

from toolkit.errors import ClusterError, DataWarning, InputError, InputTypeError  # noqa: E402
from toolkit.study import _distributed  # noqa: E402
from toolkit.study.model import EventStudy  # noqa: E402

TOL = 1e-12


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the cluster's own start-up notices
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        cl = distributed.Client(cluster)
    yield cl
    cl.close()
    cluster.close()


def _panel(n: int = 900, n_assets: int = 12, seed: int = 3):
    """Market-model returns with missing returns scattered and a four-day gap in one asset."""
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2012-01-02", periods=n)
    m = pd.Series(rng.normal(0, 0.01, n), idx, name="mkt")
    beta = rng.uniform(0.5, 1.5, n_assets)
    r = 0.0002 + np.outer(m, beta) + rng.normal(0, 0.015, (n, n_assets))
    rets = pd.DataFrame(r, idx, columns=[f"A{j}" for j in range(n_assets)])
    rets.iloc[rng.choice(n, 40), rng.choice(n_assets, 40)] = np.nan
    rets.iloc[600:604, 3] = np.nan
    return rets, m


def _events(idx: pd.DatetimeIndex, positions: list[int], groups: bool = False) -> pd.DataFrame:
    ev = pd.DataFrame(
        {"event_id": [f"E{i:02d}" for i in range(len(positions))], "session": idx[positions]}
    )
    if groups:
        ev["group"] = ["tariff", "rates"] * (len(positions) // 2) + ["tariff"] * (
            len(positions) % 2
        )
    return ev


def _frames(res) -> dict[str, pd.DataFrame]:
    return {
        "caar": res.caar,
        "tests": res.tests,
        "car": res.car,
        "abnormal_returns": res.abnormal_returns,
        "skipped": res.skipped,
        "overlap": res.overlap,
        "calendar_time": res.calendar_time(),
    }


def _assert_equal(local, remote) -> None:
    a, b = _frames(local), _frames(remote)
    for name in a:
        assert len(a[name]) == len(b[name]), name
        pd.testing.assert_frame_equal(
            a[name], b[name], check_exact=False, rtol=TOL, atol=TOL, obj=name
        )


def _fit_both(study: EventStudy, client, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return study.fit(**kw), study.fit(client=client, **kw)


SPREAD = [300, 320, 345, 400, 460, 520, 580, 640, 700, 760, 820]
# two events on one day, windows that overlap by a few sessions, a gap of missing returns
CLUSTERED = [300, 300, 302, 310, 330, 331, 331, 400, 500, 501, 503, 598, 600, 860]


@pytest.mark.parametrize(
    ("model", "positions", "groups"),
    [
        ("market", SPREAD, False),
        ("constant_mean", SPREAD, False),
        ("market", CLUSTERED, True),
        ("constant_mean", CLUSTERED, True),
    ],
)
def test_equals_local_fit(client, model, positions, groups):
    rets, m = _panel()
    study = EventStudy(
        rets,
        _events(rets.index, positions, groups),
        model=model,
        benchmark=m if model == "market" else None,
    )
    local, remote = _fit_both(study, client)
    _assert_equal(local, remote)
    assert remote.caar["grank"].notna().all()
    assert len(remote.skipped) > 0  # the gap and the missing returns are reported alike


def test_equals_local_fit_asset_events_without_ranks_with_bootstrap(client):
    """Events of one asset beside events of every asset, no rank tests, a seeded bootstrap."""
    rets, m = _panel()
    ev = _events(rets.index, CLUSTERED, groups=True)
    ev["asset"] = [None] * 7 + [f"A{j}" for j in range(7)]
    study = EventStudy(rets, ev, benchmark=m, car_windows=[(-1, 1), (0, 0), (-3, 5)])
    local, remote = _fit_both(study, client, rank_tests=False, bootstrap=99, seed=4)
    _assert_equal(local, remote)
    local, remote = _fit_both(study, client)
    _assert_equal(local, remote)


def test_many_parts(client, monkeypatch):
    """Parts of one block each: every merge and every window of the panel is exercised."""
    monkeypatch.setattr(_distributed, "_PART_PAIRS", 1)
    monkeypatch.setattr("toolkit.study._blocks._CHUNK_ELEMENTS", 1)
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, CLUSTERED, groups=True), benchmark=m)
    local, remote = _fit_both(study, client)
    _assert_equal(local, remote)


def test_partitions_cover_every_block_once():
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, CLUSTERED), benchmark=m)
    from toolkit.study._blocks import Blocks, EventIndex, Panel

    events = EventIndex.locate(study)
    blocks = Blocks(study, events, Panel.build(study, events), 1)
    for n_workers in (1, 2, 7):
        parts = _distributed.partitions(blocks, n_workers)
        flat = [it for p in parts for it in p]
        assert [(it.start, it.c0) for it in flat] == [(it.start, it.c0) for it in blocks.items()]
        rows = [it.rows(rets.shape[1]) for it in flat]
        assert rows[0].start == 0 and rows[-1].stop == blocks.n_pairs
        assert all(a.stop == b.start for a, b in zip(rows[:-1], rows[1:]))


def test_closed_client_is_refused(client):
    closed = distributed.Client(client.scheduler.address)
    closed.close()
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
    with pytest.raises(InputError, match=r"client.*closed"):
        study.fit(client=closed)


def test_unreachable_scheduler_is_refused():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        )
        lost = distributed.Client(cluster)
        address = cluster.scheduler_address
        cluster.close()
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
    try:
        with pytest.raises(InputError, match="client") as info:
            study.fit(client=lost)
        assert address in str(info.value) or "closed" in str(info.value)
    finally:
        lost.close()


def test_not_a_client_is_refused():
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
    with pytest.raises(InputTypeError, match="client"):
        study.fit(client="tcp://127.0.0.1:8786")


def _dies_once(original, marker: str):
    """``original``, but the first call (across processes, keyed by ``marker``) kills its
    worker process."""

    def run(*args, **kwargs):
        if not os.path.exists(marker):
            Path(marker).touch()
            os._exit(1)
        return original(*args, **kwargs)

    return run


def test_lost_worker_gives_complete_equal_result(client, monkeypatch, tmp_path):
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, CLUSTERED, groups=True), benchmark=m)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = study.fit()
    marker = str(tmp_path / "died")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        monkeypatch.setattr(
            _distributed, "_estimate_part", _dies_once(_distributed._estimate_part, marker)
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            remote = study.fit(client=client)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert os.path.exists(marker)  # a worker did die
    _assert_equal(local, remote)
    client.wait_for_workers(2, timeout=60)


def test_failing_task_names_the_part(client, monkeypatch):
    def boom(*args, **kwargs):
        raise MemoryError("no room for the block")

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        monkeypatch.setattr(_distributed, "_estimate_part", boom)
        rets, m = _panel()
        study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
        with pytest.raises(ClusterError, match=r"Part 0 of \d+ \(estimation\).*no room"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                study.fit(client=client)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


# ------------------------------------------------------------------ out=: pair frames on disk
def _read_back(folder: Path, name: str) -> pd.DataFrame:
    """A frame read straight from the dataset's files with pandas (name order), keys as str."""
    files = sorted((folder / name).glob("[!.]*.parquet"))
    frame = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    return frame.astype({"event_id": str, "asset": str})


def _no_staging_left(parent: Path) -> bool:
    return not [p for p in parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("positions", "groups", "asset_events", "fit_kw"),
    [
        (SPREAD, False, False, {}),
        (CLUSTERED, True, False, {"adjust": "holm"}),
        (CLUSTERED, True, True, {"rank_tests": False, "bootstrap": 49, "seed": 2}),
    ],
)
def test_out_equals_local_fit(client, tmp_path, positions, groups, asset_events, fit_kw):
    """Statistics from the slim arrays the driver keeps, pair frames written by the workers."""
    rets, m = _panel()
    ev = _events(rets.index, positions, groups)
    if asset_events:
        ev["asset"] = [None] * 7 + [f"A{j}" for j in range(len(positions) - 7)]
    study = EventStudy(rets, ev, benchmark=m)
    out = tmp_path / "pairs.parquet"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = study.fit(**fit_kw)
        remote = study.fit(client=client, out=out, **fit_kw)
    assert remote.pair_store.path == out and (out / "_SUCCESS").exists()
    assert _no_staging_left(tmp_path)
    _assert_equal(local, remote)
    for name in ("car_path", "caar_path"):
        pd.testing.assert_frame_equal(
            getattr(local, name), getattr(remote, name), check_exact=False, rtol=TOL, atol=TOL
        )
    pd.testing.assert_frame_equal(local.conf_int(which="car"), remote.conf_int(which="car"))
    assert remote.summary().as_text() == local.summary().as_text()
    # the files themselves, read by pandas alone: the local frames' rows, in their order
    for name in ("abnormal_returns", "car", "car_path"):
        expected = getattr(local, name).astype({"event_id": str, "asset": str})
        expected = expected.drop(columns=["pvalue_adj"], errors="ignore")
        pd.testing.assert_frame_equal(
            _read_back(out, name), expected, check_exact=False, rtol=TOL, atol=TOL, obj=name
        )


def test_out_many_parts_lazy_reads_and_a_second_fit_replaces(client, tmp_path, monkeypatch):
    """One block per part (many files); columns, filters and dask read the same rows."""
    monkeypatch.setattr(_distributed, "_PART_PAIRS", 1)
    monkeypatch.setattr("toolkit.study._blocks._CHUNK_ELEMENTS", 1)
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, CLUSTERED, groups=True), benchmark=m)
    out = tmp_path / "pairs"
    out.mkdir()  # an empty folder is taken
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = study.fit()
        first = study.fit(client=client, out=out)
        remote = study.fit(client=client, out=out)  # an earlier dataset is replaced
    assert len(list((out / "abnormal_returns").glob("*.parquet"))) > 5
    assert _no_staging_left(tmp_path)
    _assert_equal(local, remote)
    _assert_equal(local, first)
    store = remote.pair_store
    car = store.read("car", columns=["event_id", "asset", "window", "car"])
    pd.testing.assert_frame_equal(car, local.car[["event_id", "asset", "window", "car"]])
    a3 = store.read("abnormal_returns", filters=[("asset", "==", "A3")])
    expected = local.abnormal_returns[local.abnormal_returns["asset"] == "A3"]
    pd.testing.assert_frame_equal(a3, expected.reset_index(drop=True))
    lazy = store.to_dask("abnormal_returns")
    assert lazy.npartitions == len(store.files("abnormal_returns"))
    got = lazy.compute().reset_index(drop=True).astype({"event_id": str, "asset": str})
    pd.testing.assert_frame_equal(
        got, local.abnormal_returns.astype({"event_id": str, "asset": str})
    )


def test_out_failure_leaves_no_dataset(client, tmp_path, monkeypatch):
    """A part that fails: ClusterError, and neither ``out`` nor the staging folder remain."""
    original = _distributed._estimate_part_stored

    def fails_on_part_2(*args, **kwargs):
        if args[6] == 2:
            raise MemoryError("no room for part 2")
        return original(*args, **kwargs)

    monkeypatch.setattr(_distributed, "_PART_PAIRS", 1)
    monkeypatch.setattr("toolkit.study._blocks._CHUNK_ELEMENTS", 1)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        monkeypatch.setattr(_distributed, "_estimate_part_stored", fails_on_part_2)
        rets, m = _panel()
        study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
        with pytest.raises(ClusterError, match=r"Part 2 of \d+ \(estimation\).*no room"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                study.fit(client=client, out=tmp_path / "pairs.parquet")
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert list(tmp_path.iterdir()) == []


def test_out_lost_worker_gives_complete_equal_dataset(client, monkeypatch, tmp_path):
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, CLUSTERED, groups=True), benchmark=m)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = study.fit()
    marker = str(tmp_path / "died")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        monkeypatch.setattr(
            _distributed,
            "_estimate_part_stored",
            _dies_once(_distributed._estimate_part_stored, marker),
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            remote = study.fit(client=client, out=tmp_path / "pairs.parquet")
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert os.path.exists(marker)
    _assert_equal(local, remote)
    assert not list((tmp_path / "pairs.parquet").rglob(".*"))  # no temporary file left
    client.wait_for_workers(2, timeout=60)


def test_out_bad_targets_are_refused(client, tmp_path):
    rets, m = _panel()
    study = EventStudy(rets, _events(rets.index, SPREAD), benchmark=m)
    (tmp_path / "file.parquet").write_text("x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(InputError, match=r"`out`.*is a file"):
        study.fit(client=client, out=tmp_path / "file.parquet")
    with pytest.raises(InputError, match=r"`out`.*neither empty nor an earlier pair dataset"):
        study.fit(client=client, out=tmp_path / "mine")
    with pytest.raises(InputError, match=r"`out`.*does not exist"):
        study.fit(client=client, out=tmp_path / "no" / "pairs.parquet")
    with pytest.raises(InputError, match=r"`out` applies to a fit on a Dask cluster"):
        study.fit(out=tmp_path / "pairs.parquet")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.parquet", "mine"]


# ------------------------------------------------------------------ workers read a Parquet panel
def _garble_years(path: Path, years: list[int]) -> None:
    """Overwrite the ``close`` chunks of the row groups of ``years`` (a row group a year)."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    first = pd.read_parquet(path, columns=["date"])["date"]  # before any chunk is garbled
    by_year = sorted(set(pd.DatetimeIndex(first).year))
    assert meta.num_row_groups == len(by_year)
    garble(path, "close", [rg for rg, year in enumerate(by_year) if year in years])


def _day0(asset_events: bool) -> pd.DataFrame:
    """Days 0 from February to November 2014: windows (estimation from day -250, event window
    to day +5) read 2013 and 2014 only."""
    day0 = pd.bdate_range("2014-02-03", "2014-11-14")[::19]
    events = pd.DataFrame({"event_id": [f"E{i}" for i in range(len(day0))], "session": day0})
    if asset_events:
        events["asset"] = [f"A{i % 3}" for i in range(len(day0))]
    return events


def _driver_reads(monkeypatch, benchmark: str = "MKT") -> list[tuple[tuple[str, ...], bool]]:
    """Make this process (the driver) refuse to read the closes of any ticker but
    ``benchmark`` from a long Parquet panel; the reads made, ``(tickers, dates_only)``, are
    recorded in the list returned. The workers are other processes: they read as usual."""
    from toolkit.market import parquetfile

    original = parquetfile._Long.rows
    reads: list[tuple[tuple[str, ...], bool]] = []

    def rows(self, window, *, dates_only=False):
        reads.append((tuple(self.tickers), dates_only))
        if not dates_only and set(self.tickers) - {benchmark}:
            raise AssertionError(f"the driver read the closes of {self.tickers}")
        return original(self, window, dates_only=dates_only)

    monkeypatch.setattr(parquetfile._Long, "rows", rows)
    return reads


@pytest.mark.parametrize(
    ("asset_events", "tickers"),
    [(False, None), (True, None), (True, ["A0", "A1", "A2"])],
)
def test_driver_reads_only_dates_and_benchmark(
    client, tmp_path, monkeypatch, asset_events, tickers
):
    """The driver plans the study from the assets' dates and the benchmark's closes only.

    Before the study is built, the close chunks of the years no window touches (2012, 2015)
    are garbled in every asset's file; with events of single assets, every close chunk of the
    assets without events too (their dates stay readable: the panel's sessions are those of
    every ticker asked for), or, when ``tickers`` names the assets with events, their whole
    files. The driver itself refuses to read any close but the benchmark's. The fit on the
    cluster equals the fit of returns computed here from the same closes, to 1e-12.
    """
    closes = panel_closes()
    files = write_by_asset(closes, tmp_path / "panel")
    events = _day0(asset_events)
    for name, path in files.items():
        if name == "MKT":
            continue
        if asset_events and name not in ("A0", "A1", "A2"):
            if tickers is None:
                garble(path, "close")
            else:
                garble(path)
        else:
            _garble_years(path, [2012, 2015])
        assert unreadable(path)
    reads = _driver_reads(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        study = EventStudy.from_parquet(
            tmp_path / "panel", events, tickers=tickers, benchmark="MKT"
        )
        remote = study.fit(client=client)
        stored = study.fit(client=client, out=tmp_path / "pairs.parquet")
    assert reads and all(dates_only or t == ("MKT",) for t, dates_only in reads)
    assert study._returns is None  # the driver never held the assets' returns
    names = tickers or [f"A{j}" for j in range(8)]
    returns = simple_returns(closes)
    assert study.assets == names and study.sessions.equals(returns.index)
    in_memory = EventStudy(returns[names], events, benchmark=returns["MKT"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = in_memory.fit()
    _assert_equal(local, remote)
    _assert_equal(local, stored)
    assert remote.caar["n"].iloc[0] == (len(events) if asset_events else 8 * len(events))
    if not asset_events:  # A5 is listed later, A6 misses a close: both read by the workers
        assert {"A5", "A6"} <= set(remote.car["asset"])


def test_workers_read_only_their_windows_from_parquet(client, tmp_path, monkeypatch):
    """A year the windows need, garbled: the worker that reads it fails the fit with the
    source's own error (the one a fit without a cluster gives), not a partial result."""
    closes = panel_closes()
    files = write_by_asset(closes, tmp_path / "panel")
    _garble_years(files["A0"], [2014])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the gaps the panel has
        study = EventStudy.from_parquet(tmp_path / "panel", _day0(False), benchmark="MKT")
    with pytest.raises(InputError, match=r"cannot read the columns") as info:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            study.fit(client=client, out=tmp_path / "pairs.parquet")
    assert any(re.search(r"part \d+ of \d+ \(estimation\)", n) for n in info.value.__notes__)
    assert not (tmp_path / "pairs.parquet").exists()
    with pytest.raises(InputError, match=r"cannot read the columns"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            study.fit()


def test_fama_french_study_read_by_the_workers(client, tmp_path, monkeypatch):
    """ff3 on a Parquet panel: the driver reads the dates, the benchmark and the factors; the
    workers subtract the risk-free rate from the returns they read."""
    closes = panel_closes()
    write_by_asset(closes, tmp_path / "panel")
    events = _day0(False)
    reads = _driver_reads(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        study = EventStudy.from_parquet(tmp_path / "panel", events, benchmark="MKT", model="ff3")
        remote = study.fit(client=client)
    assert all(dates_only or t == ("MKT",) for t, dates_only in reads)
    returns = simple_returns(closes)
    in_memory = EventStudy(
        returns.drop(columns="MKT"), events, benchmark=returns["MKT"], model="ff3"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = in_memory.fit()
    _assert_equal(local, remote)
    assert study.risk_free.equals(in_memory.risk_free)


def test_bad_closes_found_by_a_worker_fail_the_fit(client, tmp_path):
    """Returns stored as the closes of one asset: the study is built (its closes are not read
    there), and the fit fails with the source's error naming the asset and the panel."""
    closes = panel_closes()
    closes["A3"] = np.random.default_rng(5).normal(0, 0.01, len(closes))  # returns, not prices
    write_by_asset(closes, tmp_path / "panel")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the gaps the panel has
        study = EventStudy.from_parquet(tmp_path / "panel", _day0(False), benchmark="MKT")
    panel = re.escape(str(tmp_path / "panel"))
    expected = rf"`path`: {panel} has non-positive closes, first A3 "
    with pytest.raises(InputError, match=expected + "2013-"):  # the first the windows read
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            study.fit(client=client, out=tmp_path / "pairs.parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel"]  # no partial dataset
    with pytest.raises(InputError, match=expected + "2012-01-03"):  # this process reads all
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            study.fit()


def test_warnings_of_the_workers_reach_the_driver(client, tmp_path):
    """A close that moves 30% every day (within the source's limit): the returns a worker
    reads look like percents, and the fit warns about it here, naming the asset."""
    closes = panel_closes()
    closes["A4"] = 100 * 1.3 ** (np.arange(len(closes)) % 2)
    write_by_asset(closes, tmp_path / "panel")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the gaps the panel has
        study = EventStudy.from_parquet(tmp_path / "panel", _day0(False), benchmark="MKT")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        study.fit(client=client)
    relayed = [
        str(w.message)
        for w in caught
        if issubclass(w.category, DataWarning) and "read by a Dask worker" in str(w.message)
    ]
    assert relayed and all("look like returns in percent" in m for m in relayed)
    assert all(re.search(r": A4 \(\d+ values", m) for m in relayed)
