"""Banded symmetric matrices: storage, solves and the diagonal of the inverse in linear time.

The event regression (:mod:`toolkit.study._dummy_ols`) needs, for ``A = D'D`` (the overlaps of
the event dummies, banded once the dummies are sorted by their first session), solves with
``A`` and the diagonal of ``A^-1`` and of ``A^-1 S A^-1`` for a banded ``S``. A dense inverse
would take ``K^3`` operations for ``K`` events; these take ``K b^2`` for a half-bandwidth
``b``:

- :func:`band` stores the lower band (``ab[d, j] = A[j + d, j]``, LAPACK's lower storage);
- :func:`inverse_diagonal` factors ``A = L D L'`` and runs the selected inversion of Takahashi,
  Fagan and Chen (1973): ``Z = A^-1`` satisfies ``Z[j, i] = delta_ij / D_j - sum_{k>j} L[k, j]
  Z[k, i]`` for ``i >= j``, which needs only the entries of ``Z`` inside the band, computed from
  the last row up;
- ``diag(A^-1 S A^-1)`` is minus the derivative of ``diag((A + h S)^-1)`` at ``h = 0``, taken
  by the complex step (Squire and Trapp 1998): ``-Im diag((A + i h S)^-1) / h`` with a tiny
  ``h``, exact to rounding because no two nearby values are subtracted
  (:func:`sandwich_diagonal`).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from numba import njit

__all__ = ["band", "inverse_diagonal", "sandwich_diagonal"]

_compiled = njit(cache=True, boundscheck=False)

#: The complex step: far below any entry of ``A`` so that its square and higher powers vanish.
_STEP = 1e-120


def band(matrix: sp.spmatrix, width: int) -> np.ndarray:
    """The lower band of a symmetric sparse matrix: ``ab[d, j] = matrix[j + d, j]``.

    Parameters
    ----------
    matrix
        ``(K, K)`` symmetric, with no entry more than ``width`` off the diagonal.
    width
        The half-bandwidth ``b``.

    Returns
    -------
    numpy.ndarray
        ``(b + 1, K)``, zero-padded at the end of each row.
    """
    k = matrix.shape[0]
    out = np.zeros((width + 1, k), dtype=matrix.dtype)
    csr = sp.csr_matrix(matrix)
    for d in range(min(width, k - 1) + 1):
        out[d, : k - d] = csr.diagonal(-d)
    return out


@_compiled
def _ldl_inverse_diag(ab: np.ndarray) -> np.ndarray:  # pragma: no cover - compiled
    b = ab.shape[0] - 1
    n = ab.shape[1]
    lb = np.zeros_like(ab)  # lb[d, j] = L[j + d, j]
    dg = np.zeros(n, dtype=ab.dtype)
    for j in range(n):
        s = ab[0, j]
        for k in range(max(0, j - b), j):
            s -= lb[j - k, k] * lb[j - k, k] * dg[k]
        dg[j] = s
        for i in range(j + 1, min(n, j + b + 1)):
            s = ab[i - j, j]
            for k in range(max(0, i - b), j):
                s -= lb[i - k, k] * lb[j - k, k] * dg[k]
            lb[i - j, j] = s / dg[j]
    zb = np.zeros_like(ab)  # zb[d, j] = Z[j + d, j] = Z[j, j + d]
    for j in range(n - 1, -1, -1):
        top = min(n - 1, j + b)
        for i in range(top, j, -1):
            s = 0.0 * ab[0, 0]
            for k in range(j + 1, top + 1):
                zik = zb[i - k, k] if i >= k else zb[k - i, i]
                s -= zik * lb[k - j, j]
            zb[i - j, j] = s
        s = 1.0 / dg[j]
        for k in range(j + 1, top + 1):
            s -= lb[k - j, j] * zb[k - j, j]
        zb[0, j] = s
    return zb[0].copy()


def inverse_diagonal(ab: np.ndarray) -> np.ndarray:
    """The diagonal of ``A^-1`` for ``A`` given by its lower band ``ab`` (:func:`band`).

    ``A`` must be symmetric positive definite (the factorisation does not pivot).

    Examples
    --------
    >>> a = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    >>> np.allclose(inverse_diagonal(band(sp.csr_matrix(a), 1)), np.diag(np.linalg.inv(a)))
    True
    """
    return _ldl_inverse_diag(np.ascontiguousarray(ab))


def sandwich_diagonal(ab: np.ndarray, sb: np.ndarray) -> np.ndarray:
    """The diagonal of ``A^-1 S A^-1`` for lower bands ``ab`` and ``sb`` of the same width.

    Examples
    --------
    >>> a = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    >>> s = np.array([[1.0, 0.5, 0.0], [0.5, 2.0, 0.2], [0.0, 0.2, 1.0]])
    >>> ai = np.linalg.inv(a)
    >>> got = sandwich_diagonal(band(sp.csr_matrix(a), 1), band(sp.csr_matrix(s), 1))
    >>> np.allclose(got, np.diag(ai @ s @ ai))
    True
    """
    scale = float(np.max(np.abs(ab[0]))) / max(float(np.max(np.abs(sb))), 1e-300)
    h = _STEP * scale
    z = _ldl_inverse_diag(np.ascontiguousarray(ab + 1j * h * sb))
    return -z.imag / h
