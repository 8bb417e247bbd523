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
import sys
import warnings
from pathlib import Path

import cloudpickle
import numpy as np
import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from toolkit.errors import ClusterError, InputError, InputTypeError  # noqa: E402
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
