"""Normal-return models, estimated for many events and assets at once.

The kernel :func:`estimate_batch` takes the estimation and event windows of a batch of events
stacked into 3-D arrays (event x asset x relative day) and solves every least-squares problem
with array operations: the normal equations ``X'WX b = X'Wy`` of all event-asset pairs are built
with batched matrix products and solved together, where ``W`` is a 0/1 weight that drops missing
returns and other events' windows from the estimation sample. There is no Python loop over
events or assets, except for the GARCH model, whose likelihood is maximised by :mod:`arch` pair
by pair.

Variances follow MacKinlay (1997): for an OLS model with estimation design ``X`` (T x p) and
event-window design ``X*`` (L x p), ``V = sigma^2 (I + X* (X'X)^-1 X*')`` and
``var(CAR) = gamma' V gamma``, computed as ``sigma^2 (L + s' (X'X)^-1 s)`` with ``s = X*' gamma``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from toolkit.errors import InputError, check_option
from toolkit.market.datasets.famafrench import FACTORS
from toolkit.study._workspace import Workspace

__all__ = [
    "EXCESS_RETURN_MODELS",
    "MODELS",
    "REASONS",
    "ModelSpec",
    "batched_inverse",
    "estimate_batch",
    "estimate_garch",
    "ols_variances",
    "resolve_model",
]

#: The Fama-French models: excess returns over RF regressed on the library's factors
#: (:mod:`toolkit.study.factor_models`), model name -> its regressors.
EXCESS_RETURN_MODELS: dict[str, tuple[str, ...]] = FACTORS
MODELS: tuple[str, ...] = (
    "constant_mean",
    "market",
    "market_adjusted",
    "raw",
    "factor",
    "garch",
    *EXCESS_RETURN_MODELS,
)

#: Reason codes of event-asset pairs that cannot be estimated (0 = fine).
REASONS: dict[int, str] = {
    1: "fewer estimation returns than min_estimation_obs",
    2: "constant returns in the estimation window (zero residual variance)",
    3: "benchmark or factors do not vary in the estimation window (singular design)",
    4: "GARCH(1,1) estimation failed",
}


@dataclass(frozen=True)
class ModelSpec:
    """A resolved normal-return model.

    Attributes
    ----------
    name
        One of :data:`MODELS`.
    n_params
        Parameters of the mean equation including the constant (``k + 1``); the degrees of
        freedom of the residual variance are ``T - n_params``.
    estimated
        True when expected returns come from parameters estimated on the estimation window
        (their estimation error then enters the variances).
    garch_mean
        For ``"garch"``: ``"constant"`` or ``"market"``.
    """

    name: str
    n_params: int
    estimated: bool
    garch_mean: str | None = None


def resolve_model(model: str | None, has_benchmark: bool, n_factors: int) -> ModelSpec:
    """Check a model name against the inputs given and return its :class:`ModelSpec`.

    Parameters
    ----------
    model
        A name from :data:`MODELS`, or None for the default (``"market"`` when a benchmark is
        given, else ``"constant_mean"``). ``"ff3"``, ``"ff5"`` and ``"carhart"`` regress excess
        returns on the factors of :data:`EXCESS_RETURN_MODELS` (a benchmark, if any, is not a
        regressor there; it serves the benchmark BHARs).
    has_benchmark
        Whether a benchmark series was given.
    n_factors
        Number of factor columns given (``model="factor"`` only).

    Raises
    ------
    InputError
        For an unknown name, or a model whose inputs are missing.
    """
    if model is None:
        model = "market" if has_benchmark else "constant_mean"
    check_option("model", model, MODELS)
    if model in ("market", "market_adjusted") and not has_benchmark:
        raise InputError(
            f"Parameter `benchmark` is required by model={model!r}; pass a return series."
        )
    if model == "factor":
        if n_factors == 0:
            raise InputError("Parameter `factors` is required by model='factor'; pass a DataFrame.")
        return ModelSpec("factor", 1 + n_factors + int(has_benchmark), True)
    if model in EXCESS_RETURN_MODELS:
        return ModelSpec(model, 1 + len(EXCESS_RETURN_MODELS[model]), True)
    if model == "constant_mean":
        return ModelSpec(model, 1, True)
    if model == "market":
        return ModelSpec(model, 2, True)
    if model == "garch":
        mean = "market" if has_benchmark else "constant"
        return ModelSpec(model, 2 if has_benchmark else 1, True, garch_mean=mean)
    return ModelSpec(model, 1, False)


def batched_inverse(g: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Batched inverse of symmetric p x p matrices ``(..., p, p)``; returns (inverse, singular
    mask), the inverse zero where singular."""
    p = g.shape[-1]
    if p == 1:
        d = g[..., 0, 0]
        sing = ~(d > 0)
        inv = np.where(sing, 0.0, 1.0 / np.where(sing, 1.0, d))[..., None, None]
        return inv, sing
    if p == 2:
        a, b, d = g[..., 0, 0], g[..., 0, 1], g[..., 1, 1]
        det = a * d - b * b
        sing = ~(det > 1e-12 * np.maximum(a * d, 1e-300))
        det = np.where(sing, 1.0, det)
        inv = np.empty(g.shape)
        inv[..., 0, 0] = d / det
        inv[..., 1, 1] = a / det
        inv[..., 0, 1] = inv[..., 1, 0] = -b / det
        inv[sing] = 0.0
        return inv, sing
    diag = np.sqrt(np.clip(np.diagonal(g, axis1=-2, axis2=-1), 1e-300, None))
    scaled = g / (diag[..., :, None] * diag[..., None, :])
    with np.errstate(all="ignore"):
        cond = np.linalg.cond(scaled)
    sing = ~(cond < 1e10)
    safe = np.where(sing[..., None, None], np.eye(p), scaled)
    inv = np.linalg.inv(safe) / (diag[..., :, None] * diag[..., None, :])
    inv[sing] = 0.0
    return inv, sing


def estimate_batch(
    y: np.ndarray,
    keep: np.ndarray,
    x: np.ndarray,
    y_event: np.ndarray,
    x_event: np.ndarray,
    sums: np.ndarray,
    *,
    estimated: bool,
    offset: np.ndarray | None,
    offset_event: np.ndarray | None,
    min_obs: int,
    workspace: Workspace | None = None,
) -> dict[str, np.ndarray]:
    """Estimate a normal-return model for a batch of events and assets.

    Parameters
    ----------
    y
        Estimation-window returns, shape (B, M, T): B events, M assets, T relative days; NaN
        where the return is missing.
    keep
        Boolean, broadcastable to (B, M, T): False for days left out of the estimation sample
        (other events' windows, missing benchmark or factors, outside the data).
    x
        Estimation-window design, shape (B, T, p), first column the constant.
    y_event
        Event-window returns, shape (B, M, L).
    x_event
        Event-window design, shape (B, L, p).
    sums
        Shape (K, L): rows of 0/1 weights ``gamma`` over the event window whose variances are
        wanted (``var(gamma' AR)``); K = L days + L cumulative paths + the CAR windows.
    estimated
        True for OLS models (expected = ``x_event b``, estimation error in the variances); False
        for ``market_adjusted``/``raw`` (expected = ``offset_event``; the variance is the sample
        variance of ``y - offset`` with T - 1 degrees of freedom).
    offset, offset_event
        Expected returns of non-estimated models on estimation / event days, shapes (B, T) and
        (B, L); ignored when ``estimated``.
    min_obs
        Minimum number of estimation returns.
    workspace
        Scratch arrays to reuse across calls; the (B, M, T) arrays returned (``used``,
        ``est_ar``, ``resid``) then live in it until the next call with the same workspace.

    Returns
    -------
    dict
        ``beta`` (B, M, p) coefficients (OLS models only), ``n_obs`` (B, M), ``n_nan``
        (B, M) missing returns dropped, ``sigma2`` and ``ssr`` (B, M), ``reason`` (B, M) int
        codes of :data:`REASONS`, ``sar_var`` (B, M, W) the variance of the sum of
        standardised ARs over each of the W CAR windows (the last W rows of ``sums``),
        ``used`` (B, M, T) the estimation sample (a read-only view when it holds every
        day of every pair), ``est_ar`` (B, M, T) estimation-window
        abnormal returns and
        ``resid`` their deviations from their mean (both zero outside the sample),
        ``expected`` and ``ar`` (B, M, L), ``var`` (B, M, K) the variances of ``sums``.
    """
    ws = workspace if workspace is not None else Workspace()
    keep_b = np.broadcast_to(keep, y.shape)
    # a full sample (every day kept, every return finite) is known from one sum: a missing or
    # infinite return makes it NaN or infinite (so can an overflow, which only takes the
    # general path); the sample is then a read-only view of True
    with np.errstate(over="ignore", invalid="ignore"):
        full = bool(np.all(keep)) and bool(np.isfinite(np.add.reduce(y, axis=None)))
    if full:
        w = np.broadcast_to(np.True_, y.shape)
        n_nan = np.zeros(w.shape[:2], dtype=np.int64)
        y0 = y
        n_obs = np.full(w.shape[:2], w.shape[-1], dtype=np.int64)
    else:
        finite = np.isfinite(y, out=ws.get("est_finite", y.shape, bool))
        w = np.logical_and(finite, keep_b, out=ws.get("est_used", y.shape, bool))
        n_nan = np.count_nonzero(keep_b & ~finite, axis=-1)
        y0 = ws.get("est_y", y.shape)
        y0.fill(0.0)
        np.copyto(y0, y, where=w)
        n_obs = np.count_nonzero(w, axis=-1)
    if not estimated:
        assert offset is not None and offset_event is not None
        z = np.where(w, y0 - np.nan_to_num(offset)[:, None, :], 0.0)
        mean = z.sum(-1) / np.maximum(n_obs, 1)
        resid = np.where(w, z - mean[..., None], 0.0)
        dof = n_obs - 1
        est_ar = z
        expected = np.broadcast_to(offset_event[:, None, :], y_event.shape)
        sing = np.zeros(n_obs.shape, dtype=bool)
    else:
        p = x.shape[-1]
        x0 = np.nan_to_num(x)
        xx = (x0[..., :, None] * x0[..., None, :]).reshape(x.shape[0], x.shape[1], p * p)
        if full:
            g = np.broadcast_to(xx.sum(axis=1).reshape(-1, 1, p, p), n_obs.shape + (p, p))
        else:
            g = np.matmul(w.astype(np.float64), xx).reshape(n_obs.shape + (p, p))
        xy = np.matmul(y0, x0)  # (B, M, p); y0 is already zero where w is False
        ginv, sing = batched_inverse(g)
        beta = np.einsum("bmpq,bmq->bmp", ginv, xy)
        resid = np.matmul(beta, np.swapaxes(x0, -1, -2), out=ws.get("est_resid", y.shape))
        np.subtract(y0, resid, out=resid)
        if not full:
            resid *= w
        dof = n_obs - p
        est_ar = resid
        xe = np.nan_to_num(x_event)
        expected = np.matmul(beta, np.swapaxes(xe, -1, -2))
    ssr = np.vecdot(resid, resid)
    yy = np.vecdot(y0, y0)
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma2 = ssr / dof
    ar = y_event - expected
    reason = np.zeros(n_obs.shape, dtype=np.int8)
    reason[~(ssr > 1e-20 * yy)] = 2
    reason[sing] = 3
    reason[(n_obs < min_obs) | (dof <= 0)] = 1
    if estimated:
        var, sar_var = ols_variances(ginv, sigma2, xe, sums)
    else:
        l_len = y_event.shape[-1]
        windows = sums[2 * l_len :]
        var = sigma2[..., None] * sums.sum(axis=1)
        sar_var = np.broadcast_to(windows.sum(axis=1), n_obs.shape + (windows.shape[0],)).copy()
    out = {
        "n_obs": n_obs,
        "n_nan": n_nan,
        "dof": dof.astype(float),
        "sigma2": sigma2,
        "ssr": ssr,
        "reason": reason,
        "used": w,
        "est_ar": est_ar,
        "resid": resid,
        "expected": expected,
        "ar": ar,
        "var": var,
        "sar_var": sar_var,
    }
    if estimated:
        out["beta"] = beta
    return out


def ols_variances(
    ginv: np.ndarray, sigma2: np.ndarray, x_event: np.ndarray, sums: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Variances of an OLS model's abnormal returns over the rows of ``sums`` (MacKinlay 1997),
    and of the sums of its standardised ARs over each CAR window.

    Parameters
    ----------
    ginv
        ``(X'X)^-1`` of each pair's estimation sample, shape (B, M, p, p).
    sigma2
        Residual variance of each pair, shape (B, M).
    x_event
        Event-window design, shape (B, L, p), zero where missing.
    sums
        As in :func:`estimate_batch`: L days, L cumulative paths, then the W CAR windows.

    Returns
    -------
    var : numpy.ndarray
        (B, M, K): ``sigma^2 (|gamma| + s' (X'X)^-1 s)`` with ``s = X*' gamma`` per row.
    sar_var : numpy.ndarray
        (B, M, W): ``gamma' C gamma`` with C the correlation matrix of the event-window ARs
        (estimation error correlates the days).
    """
    p = ginv.shape[-1]
    l_len = x_event.shape[1]
    xe = x_event
    s = np.einsum("kl,blp->bkp", sums, xe)  # (B, K, p)
    ss = (s[..., :, None] * s[..., None, :]).reshape(s.shape[0], s.shape[1], p * p)
    quad = np.matmul(ginv.reshape(ginv.shape[0], ginv.shape[1], p * p), np.swapaxes(ss, 1, 2))
    var = sigma2[..., None] * (sums.sum(axis=1) + quad)
    windows = sums[2 * l_len :]
    with np.errstate(divide="ignore", invalid="ignore"):
        inv_sd = 1.0 / np.sqrt(var[..., :l_len])
        # xs[b, m, k] = sum_l windows[k, l] inv_sd[b, m, l] xe[b, l]: one matmul per event
        n_b, n_w = xe.shape[0], windows.shape[0]
        wx = (windows.T[None, :, :, None] * xe[:, :, None, :]).reshape(n_b, l_len, n_w * p)
        xs = np.matmul(inv_sd, wx).reshape(inv_sd.shape[:2] + (n_w, p))
        quad_s = np.vecdot(np.matmul(xs, ginv), xs)
        diag = (inv_sd**2) @ windows.T
        sar_var = sigma2[..., None] * (diag + quad_s)
    return var, sar_var


def estimate_garch(
    y: np.ndarray,
    keep: np.ndarray,
    bench: np.ndarray | None,
    y_event: np.ndarray,
    bench_event: np.ndarray | None,
    horizons: np.ndarray,
    sums: np.ndarray,
    *,
    min_obs: int,
) -> dict[str, np.ndarray]:
    """GARCH(1,1) normal-return model for one event and M assets (Savickas 2003).

    The mean is a constant, or a constant plus beta times the benchmark; the variance is
    GARCH(1,1), fitted by maximum likelihood with :func:`arch.arch_model` on the estimation
    sample. Each event day's conditional variance ``h_t`` is the multi-step forecast from the
    last estimation day, so event-window returns do not feed the scaling.

    Parameters
    ----------
    y, keep
        Shapes (M, T) and broadcastable to it: estimation returns and the estimation sample.
    bench
        Benchmark returns on the estimation days (T,), or None for a constant mean.
    y_event, bench_event
        Event-window returns (M, L) and benchmark (L,).
    horizons
        Forecast horizon of each event day counted from the last estimation day (L,).
    sums
        As in :func:`estimate_batch`.
    min_obs
        Minimum number of estimation returns.

    Returns
    -------
    dict
        The keys of :func:`estimate_batch` with a leading axis of length 1; ``var`` sums the
        conditional variances (ARs standardised by ``h_t`` are uncorrelated under the model);
        ``est_ar`` holds standardised residuals ``e_t / sqrt(h_t)`` times the sample s.d. of
        the residuals (zero outside the sample), so that dividing by ``sqrt(sigma2)`` gives the
        standardised residuals.
    """
    from arch import arch_model

    m, t_len = y.shape
    l_len = y_event.shape[1]
    keep_b = np.broadcast_to(keep, y.shape)
    out_n = np.zeros(m, dtype=np.int64)
    out_nan = np.zeros(m, dtype=np.int64)
    sigma2 = np.full(m, np.nan)
    reason = np.zeros(m, dtype=np.int8)
    est_ar = np.full((m, t_len), np.nan)
    expected = np.full((m, l_len), np.nan)
    var = np.full((m, sums.shape[0]), np.nan)
    for j in range(m):
        ok = keep_b[j] & np.isfinite(y[j])
        if bench is not None:
            ok &= np.isfinite(bench)
        out_nan[j] = int(np.count_nonzero(keep_b[j] & ~np.isfinite(y[j])))
        out_n[j] = int(np.count_nonzero(ok))
        if out_n[j] < max(min_obs, 10):
            reason[j] = 1
            continue
        yy = y[j, ok] * 100.0
        if np.std(yy) <= 1e-12 * max(np.max(np.abs(yy)), 1e-300):
            reason[j] = 2
            continue
        xx = None if bench is None else bench[ok][:, None] * 100.0
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = arch_model(
                    yy, x=xx, mean="Constant" if xx is None else "LS", vol="GARCH", p=1, q=1
                ).fit(disp="off", show_warning=False)
        except Exception:  # the optimiser's many failure types all mean "no estimate"
            reason[j] = 4
            continue
        params = res.params
        omega, alpha, beta_g = params["omega"], params["alpha[1]"], params["beta[1]"]
        resid = np.asarray(res.resid)
        cond = np.asarray(res.conditional_volatility) ** 2
        if not (np.all(np.isfinite(cond)) and math.isfinite(omega)):
            reason[j] = 4
            continue
        h_next = omega + alpha * resid[-1] ** 2 + beta_g * cond[-1]
        persistence = alpha + beta_g
        h = np.empty(l_len)
        for i, hz in enumerate(horizons):
            step = int(hz) - 1
            if persistence < 1.0:
                uncond = omega / (1.0 - persistence)
                h[i] = uncond + persistence**step * (h_next - uncond)
            else:
                h[i] = h_next + step * omega
        h = h / 1e4
        if bench is None:
            expected[j] = params.iloc[0] / 100.0
        else:
            expected[j] = params.iloc[0] / 100.0 + params.iloc[1] * bench_event
        s2 = float(np.var(resid, ddof=1)) / 1e4
        sigma2[j] = s2
        est = np.full(t_len, np.nan)
        est[ok] = resid / np.sqrt(cond) * math.sqrt(s2)
        est_ar[j] = est
        var[j] = sums @ h
    ar = y_event - expected
    used = np.isfinite(est_ar)
    est0 = np.where(used, est_ar, 0.0)
    cnt = np.maximum(used.sum(axis=1, keepdims=True), 1)
    resid = np.where(used, est0 - est0.sum(axis=1, keepdims=True) / cnt, 0.0)
    return {
        "n_obs": out_n[None],
        "n_nan": out_nan[None],
        "dof": np.full((1, m), np.inf),
        "sigma2": sigma2[None],
        "ssr": np.einsum("mt,mt->m", resid, resid)[None],
        "reason": reason[None],
        "used": used[None],
        "est_ar": est0[None],
        "resid": resid[None],
        "expected": expected[None],
        "ar": ar[None],
        "var": var[None],
        "sar_var": np.broadcast_to(
            sums[2 * l_len :].sum(axis=1), (1, m, sums.shape[0] - 2 * l_len)
        ).copy(),
    }
