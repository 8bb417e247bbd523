"""The compiled least-squares pass of the fit against statsmodels and the array code it replaced.

``toolkit.study._ols_pass.estimate_ols`` reads each pair's returns where the block's view points
(the panel on this machine, a copy on a Dask worker) and writes the residuals, abnormal returns
and rank sort keys in two compiled passes. Checked here on a block with missing and infinite
returns and days left out of the sample: coefficients and residual variances against a
statsmodels OLS per pair, every output against :func:`toolkit.study.models.estimate_batch`, the
two ways of reading the returns against each other, the sort keys against
:func:`toolkit.study._pair_kernels.build_keys`, and one pair met by two blocks.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm

from toolkit.study._blocks import Blocks, EventIndex, Panel, view_of
from toolkit.study._engine import BlockSpec
from toolkit.study._ols_pass import estimate_ols
from toolkit.study._pair_kernels import build_keys
from toolkit.study._workspace import Workspace
from toolkit.study.model import EventStudy
from toolkit.study.models import estimate_batch
from toolkit.study.ranks import key_layout


def _gapped_study() -> EventStudy:
    """Six assets, four events; gaps, an infinite return and one event's window in another's
    estimation sample (``clean_estimation``)."""
    rng = np.random.default_rng(11)
    idx = pd.bdate_range("2010-01-04", periods=400)
    m = rng.normal(0.0004, 0.01, len(idx))
    r = 0.0001 + m[:, None] * rng.uniform(0.5, 1.5, 6) + rng.normal(0, 0.015, (len(idx), 6))
    r[rng.random(r.shape) < 0.04] = np.nan
    r[150, 2] = np.inf
    rets = pd.DataFrame(r, idx, columns=[f"A{j}" for j in range(6)])
    events = pd.DataFrame(
        {"event_id": ["E0", "E1", "E2", "E3"], "session": idx[[180, 230, 300, 390]]}
    )
    return EventStudy(
        rets,
        events,
        benchmark=pd.Series(m, idx),
        estimation_window=(-150, -11),
        event_window=(-3, 3),
    )


def _one_block(study: EventStudy):
    events = EventIndex.locate(study)
    blocks = Blocks(study, events, Panel.build(study, events), 1)
    (item,) = blocks.items()
    spec = BlockSpec.build(study, events, rank_tests=True)
    return blocks, item, spec


def test_estimates_match_statsmodels_and_the_array_code() -> None:
    study = _gapped_study()
    blocks, item, spec = _one_block(study)
    layout = blocks.layout()
    keys = key_layout(spec.T + spec.L)
    copied = view_of(blocks.panel, layout, item, Workspace(), copy_returns=True)
    in_panel = view_of(blocks.panel, layout, item, Workspace(), copy_returns=False)
    new = estimate_ols(in_panel, spec.sums, min_obs=spec.min_obs, keys=keys, workspace=Workspace())
    worker = estimate_ols(copied, spec.sums, min_obs=spec.min_obs, keys=keys, workspace=Workspace())
    old = estimate_batch(
        copied.y,
        copied.keep,
        copied.x,
        copied.ye,
        copied.xe,
        spec.sums,
        estimated=True,
        offset=None,
        offset_event=None,
        min_obs=spec.min_obs,
    )
    assert not new["used"].all() and new["n_nan"].sum() > 0
    for name in ("n_obs", "n_nan", "reason", "used"):
        np.testing.assert_array_equal(new[name], old[name], err_msg=name)
        np.testing.assert_array_equal(worker[name], new[name], err_msg=name)
    for name in ("beta", "sigma2", "ssr", "resid", "expected", "ar", "var", "sar_var", "dof"):
        np.testing.assert_allclose(new[name], old[name], rtol=1e-12, atol=1e-17, err_msg=name)
        np.testing.assert_array_equal(worker[name], new[name], err_msg=name)
    positive = ((old["est_ar"] > 0) & old["used"]).sum(axis=-1)
    np.testing.assert_array_equal(new["n_positive"], np.where(old["reason"] == 0, positive, 0))
    # each pair against statsmodels on its own sample
    y, x = copied.y, copied.x
    for b in range(y.shape[0]):
        for a in range(y.shape[1]):
            sample = new["used"][b, a]
            ols = sm.OLS(y[b, a, sample], x[b][sample]).fit()
            np.testing.assert_allclose(new["beta"][b, a], ols.params, rtol=1e-9)
            np.testing.assert_allclose(new["sigma2"][b, a], ols.scale, rtol=1e-9)
            np.testing.assert_allclose(new["resid"][b, a, sample], ols.resid, atol=1e-14)


def test_sort_keys_equal_those_of_the_array_rows() -> None:
    study = _gapped_study()
    blocks, item, spec = _one_block(study)
    v = view_of(blocks.panel, blocks.layout(), item, Workspace(), copy_returns=False)
    layout = key_layout(spec.T + spec.L)
    out = estimate_ols(v, spec.sums, min_obs=spec.min_obs, keys=layout, workspace=Workspace())
    keys, exact = (a.copy() for a in out["rank_keys"])
    n_rows = keys.shape[0]
    usable = (out["reason"] == 0)[..., None]
    first = out["resid"].reshape(n_rows, -1)
    later = np.where(usable, out["ar"], np.nan).reshape(n_rows, -1)
    used = (out["used"] & usable).reshape(n_rows, -1)
    want, want_exact = np.empty_like(keys), np.empty_like(exact)
    build_keys(first, later, used, True, layout.levels, layout.bits, want, want_exact)
    np.testing.assert_array_equal(keys, want)
    np.testing.assert_array_equal(exact, want_exact)


def test_a_pair_met_by_two_blocks_gets_the_same_numbers() -> None:
    """An event of every asset and an event of one asset on the same session: the two rows of
    that asset are one regression, so every number is the same to the last bit."""
    study = _gapped_study()
    ev = study.events.frame
    both = pd.DataFrame(
        {
            "event_id": list(ev["event_id"]) + ["S"],
            "session": list(ev["session"]) + [ev["session"].iloc[1]],
            "asset": [None] * len(ev) + ["A3"],
        }
    )
    twice = EventStudy(
        study.returns,
        both,
        benchmark=study.benchmark,
        estimation_window=(-150, -11),
        event_window=(-3, 3),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        car = twice.fit().car
    rows = car[(car["asset"] == "A3") & car["event_id"].isin(["E1", "S"])]
    common, single = (rows[rows["event_id"] == e].drop(columns="event_id") for e in ("E1", "S"))
    assert len(common) == len(single) > 0
    pd.testing.assert_frame_equal(common.reset_index(drop=True), single.reset_index(drop=True))
