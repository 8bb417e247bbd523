"""The first pass of a linear normal-return model over one block of events, in compiled passes.

:func:`estimate_ols` gives, for the models whose parameters are estimated by least squares
(market, constant mean, factor and Fama-French models), what
:func:`~toolkit.study.models.estimate_batch` gives, from two compiled passes over each pair's
returns (:mod:`toolkit.study._pair_kernels`) instead of whole-array operations: the sample and
the sums ``X'X``, ``X'y``, ``y'y``; then, once the coefficients are solved, the residuals, the
abnormal returns and, when the rank tests are wanted, the rows' sort keys; and the variances of
the abnormal returns in a third, small pass. It reads the returns
where the block's view points (the panel itself on this machine, the view's copy on a Dask
worker), so no copy of the estimation windows is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.study._pair_kernels import ols_variance_pass, residual_pass, sample_sums
from toolkit.study._workspace import Workspace
from toolkit.study.models import batched_inverse

if TYPE_CHECKING:
    from toolkit.study._blocks import BlockView
    from toolkit.study.ranks import KeyLayout

__all__ = ["estimate_ols"]

#: Stands for the keys when none are wanted (one compiled signature either way).
_NO_KEYS = np.zeros((1, 1), dtype=np.uint32)


def estimate_ols(
    v: BlockView,
    sums: np.ndarray,
    *,
    min_obs: int,
    keys: KeyLayout | None,
    workspace: Workspace,
) -> dict[str, np.ndarray]:
    """Estimate a least-squares normal-return model for every pair of one block of events.

    Parameters
    ----------
    v
        The block: its estimation returns copied (``y``) or where they are (``returns``,
        ``starts``, ``assets``), its design ``x`` and ``xe`` (first column the constant), the
        days it may use (``keep``) and its event-window returns ``ye``.
    sums
        As in :func:`~toolkit.study.models.estimate_batch`.
    min_obs
        Fewest estimation returns a pair needs.
    keys
        The sort keys' layout for the estimation residuals and event-window ARs of each pair
        (:func:`~toolkit.study.ranks.key_layout`), or None for no keys.
    workspace
        Scratch arrays of the thread; the ``(B, M, T)`` arrays returned and the keys live in
        it until the next block.

    Returns
    -------
    dict
        The keys of :func:`~toolkit.study.models.estimate_batch` for an estimated model, with
        ``n_positive`` (B, M) the positive residuals of each usable pair and, when ``keys``
        is given, ``rank_keys``: the rows' keys ``(B * M, T + L)`` and exact flags
        ``(B * M,)`` for :func:`~toolkit.study.ranks.rank_sums`.
    """
    ws = workspace
    if v.y is not None:
        B, M, T = v.y.shape
        returns = np.ascontiguousarray(v.y).reshape(B * M, T)
        starts = np.zeros(B, dtype=np.int64)
        assets = np.arange(B * M, dtype=np.int64).reshape(B, M)
    else:
        assert v.returns is not None
        returns, starts = v.returns, np.ascontiguousarray(v.starts, dtype=np.int64)
        # a writable copy: a read-only view (one event's broadcast columns) would be another
        # compiled signature to load
        assets = np.array(v.assets, dtype=np.int64, order="C")
        B, M = assets.shape
        T = v.keep.shape[-1]
    ye = np.ascontiguousarray(v.ye, dtype=np.float64)
    L = ye.shape[-1]
    # the design one row per regressor: each a contiguous run of days
    x = np.ascontiguousarray(np.swapaxes(np.nan_to_num(v.x), 1, 2))
    xe = np.ascontiguousarray(np.nan_to_num(v.xe))
    p = x.shape[1]
    used = ws.get("est_used", (B, M, T), bool)
    n_obs, n_nan = np.empty((B, M), dtype=np.int64), np.empty((B, M), dtype=np.int64)
    xy, yy, g = np.empty((B, M, p)), np.empty((B, M)), np.empty((B, M, p, p))
    keep = np.ascontiguousarray(v.keep, dtype=bool)
    full = sample_sums(returns, starts, assets, keep, x, used, n_obs, n_nan, xy, yy, g)
    ginv, sing = batched_inverse(g)
    beta = np.einsum("bmpq,bmq->bmp", ginv, xy)
    resid = ws.get("est_resid", (B, M, T))
    ssr = np.empty((B, M))
    expected, ar = np.empty((B, M, L)), np.empty((B, M, L))
    reason = np.empty((B, M), dtype=np.int8)
    n_positive = np.empty((B, M), dtype=np.int64)
    if keys is not None:
        row_keys = ws.get("rank_keys", (B * M, T + L), keys.dtype)
        exact = np.empty(B * M, dtype=bool)
        levels, bits = keys.levels, keys.bits
    else:
        row_keys, exact, levels, bits = _NO_KEYS, np.zeros(1, dtype=bool), 0.0, 1
    residual_pass(
        returns,
        starts,
        assets,
        used,
        x,
        beta,
        ye,
        xe,
        sing,
        yy,
        n_obs,
        min_obs,
        resid,
        ssr,
        expected,
        ar,
        reason,
        n_positive,
        keys is not None,
        levels,
        bits,
        row_keys,
        exact,
    )
    dof = n_obs - p
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma2 = ssr / dof
    # the variances of ols_variances, pair by pair in a compiled pass (GIL free)
    var, sar_var = np.empty((B, M, len(sums))), np.empty((B, M, len(sums) - 2 * L))
    ols_variance_pass(np.ascontiguousarray(ginv), sigma2, xe, sums, L, var, sar_var)
    out = {
        "n_obs": n_obs,
        "n_nan": n_nan,
        "dof": dof.astype(float),
        "sigma2": sigma2,
        "ssr": ssr,
        "reason": reason,
        # a sample that holds every day of every pair: a read-only view of True
        "used": np.broadcast_to(np.True_, used.shape) if full else used,
        "est_ar": resid,
        "resid": resid,
        "expected": expected,
        "ar": ar,
        "var": var,
        "sar_var": sar_var,
        "beta": beta,
        "n_positive": n_positive,
    }
    if keys is not None:
        out["rank_keys"] = (row_keys, exact)
    return out
