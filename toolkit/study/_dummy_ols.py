"""OLS with many event dummies in near-linear time: the fit behind :func:`event_regression`.

The regression ``y = Z b + D g + e`` has a few dense regressors ``Z`` (constant, benchmark,
controls; ``k`` of them) and ``K`` 0/1 event dummies ``D``, each 1 on the sessions of one
event's window. A dense solver costs ``n K^2``; here the dummies are sorted by their first
session, so that ``A = D'D`` (the sessions two windows share) is banded, with half-bandwidth
``b`` the most windows that overlap one window, and everything is done with band solves
(:mod:`toolkit.study._banded`) and rank-``k`` corrections:

- **Estimates.** With ``U = D'Z``, ``C = Z'Z``, ``W = A^-1 U`` and ``S_Z = C - U'W`` (the
  Schur complement), ``b = S_Z^-1 (Z'y - W'D'y)`` and ``g = A^-1 (D'y) - W b``.
- **Inverse of X'X.** ``P = (X'X)^-1 = diag(0, A^-1) + R S_Z^-1 R'`` with ``R = [I; -W]``
  (Woodbury), so ``P v`` costs a band solve and the diagonal of ``P`` is
  ``diag(A^-1) + rowsum((W S_Z^-1) * W)``.
- **Covariances.** ``nonrobust``: ``s^2 P``. ``HC1`` and ``HAC`` (Bartlett weights ``w_l`` up to
  ``L`` lags): ``c P X' Omega X P`` with ``Omega[t, s] = w_|t-s| e_t e_s`` and ``c = n / (n - k
  - K)`` (always for HC1; for HAC unless ``correction=False``, statsmodels' default). Column
  ``i`` of ``X P`` is ``D a_i + H c_i`` with ``a_i = A^-1 e_i``, ``H = Z - D W`` and ``c_i = -S_Z^-1
  W_i'``, so a dummy's variance is ``[A^-1 S A^-1]_ii + 2 [A^-1 D' Omega H]_i c_i + c_i' H'
  Omega H c_i`` with ``S = D' Omega D`` banded.
- **Tests.** A contrast ``r'theta`` has variance ``s^2 r'P r`` or ``c (X P r)' Omega (X P r)``.
  The joint Wald test of all ``g = 0`` is ``(g'A g - (U'g)' C^-1 (U'g)) / s^2`` without
  robust errors (the inverse of the dummy block of ``P`` is the Schur complement
  ``A - U C^-1 U'``); with them ``g' V_gg^-1 g`` is solved by conjugate gradients, each step
  two band solves, preconditioned by the nonrobust inverse.

Designs whose ``A`` or ``S_Z`` is singular (two events on the same session, a benchmark that
does not vary) are fitted with statsmodels' dense pseudo-inverse instead (:class:`DenseFit`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import scipy.linalg as sla
import scipy.sparse as sp
from scipy import stats

from toolkit.study._banded import band, inverse_diagonal, sandwich_diagonal

__all__ = ["DenseFit", "DummyDesign", "DummyOLS", "TestResult", "fit_dummy_ols"]


@dataclass(frozen=True)
class TestResult:
    """What ``t_test`` and ``f_test`` return (the statsmodels attribute names).

    Attributes
    ----------
    tvalue, fvalue, pvalue
        The statistic (``tvalue`` for a t test, ``fvalue`` for an F test) and p-value.
    df_num, df_denom
        Degrees of freedom (``df_num`` 1 for a t test).
    """

    __test__ = False  # not a pytest test class

    pvalue: float
    tvalue: float = math.nan
    fvalue: float = math.nan
    df_num: float = 1.0
    df_denom: float = math.nan


def bartlett(lags: int) -> np.ndarray:
    """Bartlett (Newey-West) weights ``1 - l / (lags + 1)`` for ``l = 0 .. lags``."""
    return 1.0 - np.arange(lags + 1) / (lags + 1.0)


class DummyDesign(NamedTuple):
    """The data of the regression.

    Attributes
    ----------
    y
        ``(n,)`` the dependent variable.
    z, z_names
        ``(n, k)`` dense regressors and their names.
    rows, d_names
        Per dummy, the rows (increasing) where it is 1, and its name.
    """

    y: np.ndarray
    z: np.ndarray
    z_names: list[str]
    rows: list[np.ndarray]
    d_names: list[str]


class DummyOLS:
    """The OLS fit of ``y`` on ``Z`` and window dummies (see the module notes).

    Parameters
    ----------
    design
        The data.
    cov_type
        ``"nonrobust"``, ``"HC1"`` or ``"HAC"``.
    maxlags
        HAC lags.
    correction
        Whether HAC gets the ``n / (n - k - K)`` small-sample factor.

    Attributes
    ----------
    params, bse, tvalues, pvalues
        Series indexed by the regressors' names (``z_names`` then ``d_names``).
    nobs, df_resid, ssr, scale
        Observations, residual degrees of freedom, residual sum of squares, ``ssr / df_resid``.
    use_t
        Always True: t and F tests use ``df_resid``.
    cov_type, hac_lags, correction
        The covariance used.

    Raises
    ------
    numpy.linalg.LinAlgError
        When ``D'D`` or the Schur complement is singular (the caller then uses
        :class:`DenseFit`).
    """

    use_t = True

    def __init__(
        self, design: DummyDesign, *, cov_type: str, maxlags: int | None, correction: bool
    ) -> None:
        y, z, z_names, rows, d_names = design
        n, k = z.shape
        n_d = len(rows)
        first = np.array([r[0] for r in rows])
        last = np.array([r[-1] for r in rows])
        order = np.argsort(first, kind="stable")
        self._order = order
        first, last = first[order], last[order]
        lens = np.array([len(rows[i]) for i in order])
        d = sp.csc_matrix(
            (
                np.ones(lens.sum()),
                (np.concatenate([rows[i] for i in order]), np.repeat(np.arange(n_d), lens)),
            ),
            shape=(n, n_d),
        )
        self._d, self._z, self._y = d, z, y
        self.nobs, self.df_resid = n, n - k - n_d
        self.cov_type = cov_type
        self.hac_lags = maxlags if cov_type == "HAC" else None
        self.correction = correction if cov_type == "HAC" else cov_type == "HC1"
        # A = D'D is banded in this order: width = most later windows that start before one ends
        self._width = int(np.max(np.searchsorted(first, last, side="right") - 1 - np.arange(n_d)))
        a = (d.T @ d).tocsr()
        self._a = a
        self._ab = band(a, self._width)
        self._chol = sla.cholesky_banded(self._ab, lower=True)
        c = z.T @ z
        u = np.asarray(d.T @ z)
        w = self._solve(u)
        s_z = c - u.T @ w
        if np.linalg.cond(s_z) > 1e12:
            raise np.linalg.LinAlgError("singular benchmark or controls")
        m = np.linalg.inv(s_z)
        dy = np.asarray(d.T @ y)
        ay = self._solve(dy)
        b = m @ (z.T @ y - u.T @ ay)
        g = ay - w @ b
        self._c_inv = np.linalg.inv(c)
        self._u, self._w, self._m = u, w, m
        self._g = g
        e = y - z @ b - d @ g
        self._e = e
        self.ssr = float(e @ e)
        self.scale = self.ssr / self.df_resid
        self._lags = 0 if cov_type == "HC1" else (maxlags or 0)
        self._weights = bartlett(self._lags)
        self._factor = n / self.df_resid if self.correction else 1.0
        var_b, var_g = self._variances()
        names = list(z_names) + [d_names[i] for i in order]
        theta = np.concatenate([b, g])
        se = np.sqrt(np.concatenate([var_b, var_g]))
        self._names_sorted = names
        unsort = np.concatenate([np.arange(k), k + np.argsort(order)])
        self._pos = {name: i for i, name in enumerate(names)}
        index = [names[i] for i in unsort]
        self.params = pd.Series(theta[unsort], index=index)
        self.bse = pd.Series(se[unsort], index=index)
        with np.errstate(divide="ignore", invalid="ignore"):
            self.tvalues = self.params / self.bse
        self.pvalues = pd.Series(
            2.0 * stats.t.sf(np.abs(self.tvalues.to_numpy()), self.df_resid), index=index
        )

    # ------------------------------------------------------------------ pieces
    def _solve(self, v: np.ndarray) -> np.ndarray:
        """``A^-1 v``."""
        return sla.cho_solve_banded((self._chol, True), v)

    def _omega(self, x: np.ndarray) -> np.ndarray:
        """``Omega x`` for ``x`` of shape ``(n,)`` or ``(n, j)``."""
        ex = self._e.reshape((-1,) + (1,) * (x.ndim - 1)) * x
        out = ex.copy()
        for lag in range(1, self._lags + 1):
            out[lag:] += self._weights[lag] * ex[:-lag]
            out[:-lag] += self._weights[lag] * ex[lag:]
        return self._e.reshape((-1,) + (1,) * (x.ndim - 1)) * out

    def _meat_band(self) -> tuple[np.ndarray, np.ndarray]:
        """``A`` and ``S = D' Omega D`` as lower bands of one width."""
        f = sp.diags(self._e) @ self._d
        s = f.T @ f
        n = self.nobs
        for lag in range(1, self._lags + 1):
            shift = sp.eye(n, k=-lag, format="csr")  # row t takes row t - lag
            cross = f.T @ (shift @ f)
            s = s + self._weights[lag] * (cross + cross.T)
        s = sp.csr_matrix(s)
        coo = s.tocoo()
        width = max(self._width, int(np.max(np.abs(coo.row - coo.col), initial=0)))
        return band(self._a, width), band(s, width)

    def _variances(self) -> tuple[np.ndarray, np.ndarray]:
        """Variances of ``b`` and of ``g`` (in the sorted order)."""
        w, m = self._w, self._m
        if self.cov_type == "nonrobust":
            var_g = self.scale * (inverse_diagonal(self._ab) + np.einsum("ij,ij->i", w @ m, w))
            return self.scale * np.diag(m), var_g
        h = self._z - self._d @ w
        oh = self._omega(h)
        hoh = h.T @ oh
        ci = -(w @ m)  # rows c_i'
        ab, sb = self._meat_band()
        quad = sandwich_diagonal(ab, sb)
        e_low = self._solve(np.asarray(self._d.T @ oh))
        cross = np.einsum("ij,ij->i", e_low, ci)
        last = np.einsum("ij,jk,ik->i", ci, hoh, ci)
        self._robust = (sb, e_low, ci, hoh)
        var_g = self._factor * (quad + 2.0 * cross + last)
        var_b = self._factor * np.diag(m @ hoh @ m)
        return var_b, var_g

    def _p_times(self, r: np.ndarray) -> np.ndarray:
        """``(X'X)^-1 r`` for ``r`` over the sorted regressors."""
        k = self._z.shape[1]
        rz, rd = r[:k], r[k:]
        qz = self._m @ (rz - self._u.T @ self._solve(rd))
        qd = self._solve(rd - self._u @ qz)
        return np.concatenate([qz, qd])

    def _x_times(self, q: np.ndarray) -> np.ndarray:
        k = self._z.shape[1]
        return self._z @ q[:k] + self._d @ q[k:]

    def _vector(self, r: np.ndarray) -> np.ndarray:
        """A restriction over the regressors in the given order, moved to the sorted order."""
        k = self._z.shape[1]
        out = np.empty(len(r))
        out[:k] = r[:k]
        out[k:] = r[k:][self._order]
        return out

    def _cov_of(self, rs: list[np.ndarray]) -> np.ndarray:
        """``R V R'`` for restrictions ``rs`` (sorted order)."""
        qs = [self._p_times(r) for r in rs]
        if self.cov_type == "nonrobust":
            return self.scale * np.array([[ra @ qb for qb in qs] for ra in rs])
        xq = np.column_stack([self._x_times(q) for q in qs])
        return self._factor * (xq.T @ self._omega(xq))

    # ------------------------------------------------------------------ tests
    def t_test(self, r: np.ndarray) -> TestResult:
        """t test of ``r' theta = 0`` (``r`` over the regressors in ``params`` order)."""
        rv = self._vector(np.asarray(r, dtype=float).ravel())
        theta = np.concatenate([self.params.to_numpy()[: self._z.shape[1]], self._g])
        var = float(self._cov_of([rv])[0, 0])
        t = float(rv @ theta) / math.sqrt(var)
        return TestResult(
            float(2.0 * stats.t.sf(abs(t), self.df_resid)), tvalue=t, df_denom=self.df_resid
        )

    def f_test(self, r: np.ndarray) -> TestResult:
        """F test of ``R theta = 0``; the rows of ``R`` select regressors."""
        rmat = np.atleast_2d(np.asarray(r, dtype=float))
        k = self._z.shape[1]
        q = rmat.shape[0]
        picked = np.flatnonzero(rmat.any(axis=0))
        all_dummies = q == len(self._g) and set(picked.tolist()) == set(range(k, k + len(self._g)))
        wald = math.nan
        if all_dummies and np.array_equal(np.abs(rmat).sum(axis=1), np.ones(q)):
            try:
                wald = self._wald_dummies()
            except np.linalg.LinAlgError:  # D' Omega D not positive definite: the general way
                pass
        if not math.isfinite(wald):
            rs = [self._vector(row) for row in rmat]
            theta = np.concatenate([self.params.to_numpy()[:k], self._g])
            rb = np.array([row @ theta for row in rs])
            wald = float(rb @ np.linalg.solve(self._cov_of(rs), rb))
        fval = wald / q
        p = float(stats.f.sf(fval, q, self.df_resid))
        return TestResult(p, fvalue=fval, df_num=q, df_denom=self.df_resid)

    def _wald_dummies(self) -> float:
        """``g' V_gg^-1 g`` for all the dummies.

        Without robust errors ``V_gg^-1`` is the Schur complement ``(A - U C^-1 U') / s^2``.
        With them ``V_gg = c (B + Y T Y')``: ``B = A^-1 S A^-1`` (so ``B^-1 = A S^-1 A``, band
        solves), ``Y = [A^-1 D' Omega H, -W S_Z^-1]`` and ``T = [[0, I], [I, H' Omega H]]``, and
        Woodbury's identity inverts it with a ``2k x 2k`` system.
        """
        g, u = self._g, self._u
        if self.cov_type == "nonrobust":
            schur = np.asarray(self._a @ g) - u @ (self._c_inv @ (u.T @ g))
            return float(g @ schur) / self.scale
        sb, e_low, ci, hoh = self._robust
        chol_s = sla.cholesky_banded(sb, lower=True)

        def b_inv(x: np.ndarray) -> np.ndarray:
            return np.asarray(self._a @ sla.cho_solve_banded((chol_s, True), self._a @ x))

        k = hoh.shape[0]
        y = np.hstack([e_low, ci])
        t_inv = np.block([[-hoh, np.eye(k)], [np.eye(k), np.zeros((k, k))]])
        bg, by = b_inv(g), b_inv(y)
        yg = y.T @ bg
        return float(g @ bg - yg @ np.linalg.solve(t_inv + y.T @ by, yg)) / self._factor

    def to_statsmodels(self) -> Any:
        """The same regression refitted with statsmodels on the dense design (slow with many
        events), with the same covariance."""
        return _statsmodels_fit(
            self._y,
            self._z,
            list(self.params.index[: self._z.shape[1]]),
            self._dense_dummies(),
            self.cov_type,
            self.hac_lags,
            self.correction,
        )

    def _dense_dummies(self) -> pd.DataFrame:
        names = self._names_sorted[self._z.shape[1] :]
        dense = pd.DataFrame(self._d.toarray(), columns=names)
        return dense[list(self.params.index[self._z.shape[1] :])]


def _statsmodels_fit(
    y: np.ndarray,
    z: np.ndarray,
    z_names: list[str],
    dummies: pd.DataFrame,
    cov_type: str,
    hac_lags: int | None,
    correction: bool,
) -> Any:
    import statsmodels.api as sm

    exog = pd.concat([pd.DataFrame(z, columns=z_names), dummies.reset_index(drop=True)], axis=1)
    model = sm.OLS(y, exog)
    if cov_type == "HAC":
        return model.fit(
            cov_type="HAC", cov_kwds={"maxlags": hac_lags, "use_correction": correction}, use_t=True
        )
    if cov_type == "HC1":
        return model.fit(cov_type="HC1", use_t=True)
    return model.fit()


class DenseFit:
    """The statsmodels fit of a design the banded solver cannot take, with the same interface
    as :class:`DummyOLS`."""

    use_t = True

    def __init__(self, res: Any, cov_type: str, hac_lags: int | None, correction: bool) -> None:
        self._res = res
        self.params, self.bse = res.params, res.bse
        self.tvalues, self.pvalues = res.tvalues, res.pvalues
        self.nobs, self.df_resid = int(res.nobs), int(res.df_resid)
        self.ssr, self.scale = float(res.ssr), float(res.scale)
        self.cov_type, self.hac_lags, self.correction = cov_type, hac_lags, correction

    def t_test(self, r: np.ndarray) -> TestResult:
        t = self._res.t_test(np.atleast_2d(r))
        return TestResult(
            float(np.squeeze(t.pvalue)), tvalue=float(np.squeeze(t.tvalue)), df_denom=self.df_resid
        )

    def f_test(self, r: np.ndarray) -> TestResult:
        f = self._res.f_test(r)
        return TestResult(
            float(np.squeeze(f.pvalue)),
            fvalue=float(np.squeeze(f.fvalue)),
            df_num=float(f.df_num),
            df_denom=float(f.df_denom),
        )

    def to_statsmodels(self) -> Any:
        """The statsmodels results."""
        return self._res


def fit_dummy_ols(
    design: DummyDesign, *, cov_type: str, maxlags: int | None, correction: bool
) -> DummyOLS | DenseFit:
    """Fit the regression of ``design``: banded when it can, dense (statsmodels) otherwise.

    Parameters
    ----------
    design, cov_type, maxlags, correction
        As for :class:`DummyOLS`.

    Returns
    -------
    DummyOLS or DenseFit
    """
    try:
        return DummyOLS(design, cov_type=cov_type, maxlags=maxlags, correction=correction)
    except np.linalg.LinAlgError:
        y, z, z_names, rows, d_names = design
        dense = np.zeros((len(y), len(rows)))
        for j, r in enumerate(rows):
            dense[r, j] = 1.0
        res = _statsmodels_fit(
            y, z, z_names, pd.DataFrame(dense, columns=d_names), cov_type, maxlags, correction
        )
        return DenseFit(res, cov_type, maxlags if cov_type == "HAC" else None, correction)
