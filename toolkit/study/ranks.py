"""Ranks of abnormal returns for the rank tests (Corrado, GRANK), many rows at once.

:func:`rank_sums` ranks every (event, asset) row of estimation and event-window abnormal
returns and adds the scaled ranks across assets, day by day; :func:`average_ranks` is the exact
reference ranking (ties averaged) used for the rows that need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from toolkit.study._pair_kernels import build_keys
from toolkit.study._rank_kernels import accumulate_ranks
from toolkit.study._sum_kernels import add_rows
from toolkit.study._workspace import Workspace

__all__ = [
    "KeyLayout",
    "RankSums",
    "TieRows",
    "average_ranks",
    "key_layout",
    "rank_sums",
    "sort_keys",
]

#: Longest rows ranked through sort keys (2**20 days); longer rows are ranked exactly.
_MAX_POSITION_BITS = 20
#: Fewest bits of value level in a 32-bit key; with fewer, 64-bit keys are used.
_MIN_LEVEL_BITS = 20
#: Stands for an absent ``first_used`` in the compiled kernels.
_NOT_GIVEN = np.zeros((1, 1), dtype=bool)


def average_ranks(x: np.ndarray) -> np.ndarray:
    """Ranks (1-based, ties averaged) along the last axis; NaN entries get NaN.

    NaN values sort after every number, so the ranks of the numbers run from 1 to their count.

    Examples
    --------
    >>> average_ranks(np.array([0.3, np.nan, 0.1, 0.3])).tolist()
    [2.5, nan, 1.0, 2.5]
    """
    order = np.argsort(x, axis=-1)
    s = np.take_along_axis(x, order, axis=-1)
    n = x.shape[-1]
    ar = np.arange(n, dtype=np.int32)
    eq = s[..., 1:] == s[..., :-1]
    if np.any(eq):
        new = np.ones(s.shape, dtype=bool)
        new[..., 1:] = ~eq
        start = np.maximum.accumulate(np.where(new, ar, 0), axis=-1)
        last = np.ones(s.shape, dtype=bool)
        last[..., :-1] = ~eq
        end = np.minimum.accumulate(np.where(last, ar, n - 1)[..., ::-1], axis=-1)[..., ::-1]
        ranks_sorted = ((start + end) / 2.0 + 1.0).astype(np.float32)
    else:
        ranks_sorted = np.broadcast_to((ar + 1).astype(np.float32), s.shape)
    out = np.empty(x.shape, dtype=np.float32)
    np.put_along_axis(out, order, ranks_sorted, axis=-1)
    out[np.isnan(x)] = np.nan
    return out


def rank_sums(
    comb: np.ndarray | Sequence[np.ndarray],
    n_first: int,
    first_weights: np.ndarray,
    *,
    first_used: np.ndarray | None = None,
    workspace: Workspace | None = None,
    keys: tuple[np.ndarray, np.ndarray] | None = None,
) -> RankSums:
    """Cross-sectional sums of scaled ranks, for the Corrado and GRANK tests.

    For each block b (an event), member i (an asset) and day t, ``K_ibt = rank_ibt / (1 + m_ib)``
    is the rank of the value among the member's m present values (ties averaged), and ``F_ibt``
    is the rank of one of the first ``n_first`` values among those alone. The sums run over
    members.

    Parameters
    ----------
    comb
        Shape (B, M, n), NaN where missing; or a pair ``(first, later)`` of arrays of shapes
        (B, M, n_first) and (B, M, n - n_first), read as if joined along the last axis.
    n_first
        Number of leading days ranked on their own (the estimation window).
    first_weights
        Shape (B, M, W): weights of ``F`` per member for W windows.
    first_used
        Boolean, shape (B, M, n_first): which of the first values are present; the others are
        ignored whatever they hold. None: the non-NaN ones.
    workspace
        Scratch arrays to reuse across calls (see :class:`toolkit.study._workspace.Workspace`).
    keys
        The rows' sort keys ``(B * M, n)`` and exact flags ``(B * M,)``, already built in the
        :func:`key_layout` of ``n`` (by :func:`~toolkit.study._pair_kernels.residual_pass`),
        or None to build them here. Sorted in place.

    Returns
    -------
    RankSums
        ``ksum`` (B, n): ``sum_i K_ibt``; ``fsum`` (B, W, n_first):
        ``sum_i first_weights[b, i, w] * F_ibt``; ``n_values`` (B, M): number of present values of
        each member; ``present`` (B, n): number of members with a value on each day.

    Notes
    -----
    Each row is sorted as integer keys: the value's level in the high bits (its distance
    from the row's minimum, scaled to about 2**23 levels between minimum and maximum) and its
    position in the row in the low ``ceil(log2 n)`` bits. Sorting 32-bit integers is several
    times faster than ``argsort`` of floats, and the sorted keys give the order directly (the
    first ``n_first`` and the later keys are sorted apart, :func:`sort_keys`, and merged). The
    level never reverses two values; it can only make close ones equal: in a row where two
    values share a level (true ties, values closer than a level apart) the kernel orders the
    keys of that level by their values and averages the ranks of equal ones. Rows with an
    infinite value or all values equal are ranked again exactly with :func:`average_ranks`, as
    are all rows when they are longer than 2**20. The keys are built and the sorted rows summed
    by the compiled kernels of :mod:`toolkit.study._rank_kernels`, one row at a time.
    """
    if isinstance(comb, np.ndarray):
        first, later = comb[..., :n_first], comb[..., n_first:]
    else:
        first, later = (np.asarray(part) for part in comb)
    ws = workspace if workspace is not None else Workspace()
    B, M = first.shape[:2]
    n_rows = B * M
    n = n_first + later.shape[-1]
    n_w = first_weights.shape[-1]
    ksum, fsum = np.zeros((B, n)), np.zeros((B, n_w, n_first))
    layout = key_layout(n)
    if n_rows == 0 or layout is None:
        # nothing to sort, or rows too long for the keys: rank every row exactly
        ties = np.ones((B, M), dtype=bool)
        miss = np.concatenate([_missing(first, first_used), np.isnan(later)], axis=-1)
        count = n - np.count_nonzero(miss, axis=-1)
        present = M - np.count_nonzero(miss, axis=1)
    else:
        key_type, bits, levels = layout
        first_rows, later_rows = _rows(first, n_rows, np.float64), _rows(later, n_rows, np.float64)
        if keys is None:
            keys = ws.get("rank_keys", (n_rows, n), key_type), np.empty(n_rows, dtype=bool)
            used = _NOT_GIVEN if first_used is None else _rows(first_used, n_rows, np.bool_)
            build_keys(
                first_rows,
                later_rows,
                used,
                first_used is not None,
                levels,
                bits,
                *keys,
            )
        row_keys, exact = keys
        sort_keys(row_keys, n_first)
        missing = np.zeros((B, n), dtype=np.int64)
        count = np.empty(n_rows, dtype=np.int64)
        # blocks whose rows weigh all windows alike (every CAR computed): one window summed
        shared_weights = np.all(first_weights == first_weights[..., :1], axis=(1, 2))
        accumulate_ranks(
            row_keys,
            first_rows,
            later_rows,
            bits,
            n_first,
            levels,
            np.repeat(np.arange(B, dtype=np.int64), M),
            _rows(first_weights, n_rows, np.float64),
            shared_weights,
            exact,
            ksum,
            fsum,
            missing,
            count,
        )
        present = M - missing
        ties = exact.reshape(B, M)
        count = count.reshape(B, M)
    if np.any(ties):
        bb, ii = np.nonzero(ties)
        values = np.concatenate([first[bb, ii], later[bb, ii]], axis=-1).astype(np.float64)
        row_used = None if first_used is None else first_used[bb, ii]
        values[:, :n_first][_missing(values[:, :n_first], row_used)] = np.nan
        TieRows(bb, values, first_weights[bb, ii].astype(np.float64)).add_to(ksum, fsum, n_first)
    return RankSums(ksum, fsum, count, present)


class KeyLayout(NamedTuple):
    """How the rows of ``n`` values are keyed for sorting: the unsigned integer type of the keys,
    the bits of the position in the row (the low bits) and the value levels above them."""

    dtype: type
    bits: int
    levels: float


def key_layout(n: int) -> KeyLayout | None:
    """The sort keys of rows of ``n`` values, or None when the rows are ranked exactly instead
    (no values, or rows longer than 2**20).

    Examples
    --------
    >>> key_layout(261)
    KeyLayout(dtype=<class 'numpy.uint32'>, bits=9, levels=8388606.0)
    """
    bits = max(1, (n - 1).bit_length())
    if n == 0 or bits > _MAX_POSITION_BITS:
        return None
    key_type = np.uint32 if 32 - bits >= _MIN_LEVEL_BITS else np.uint64
    # at most 2**50 levels: float64 rounding of (x - min) * factor then stays below
    # levels + 1, the level of missing values
    levels = float(2 ** min(8 * np.dtype(key_type).itemsize - bits, 50) - 2)
    return KeyLayout(key_type, bits, levels)


def sort_keys(keys: np.ndarray, n_first: int) -> None:
    """Sort each row's first ``n_first`` keys and its later keys apart, in place.

    :func:`~toolkit.study._rank_kernels.accumulate_ranks` merges the two runs. Sorting them
    apart is what makes the rows cheap to sort: numpy's vectorised sort of 32-bit keys sorts a
    row of up to 256 with one sorting network, a longer one with a partition first, which
    more than doubles the time of a row of 250 estimation days and 11 event days.

    Parameters
    ----------
    keys
        ``(R, n)`` keys, C-contiguous (each run is sorted where it lies).
    n_first
        Keys of the first run of each row.

    Examples
    --------
    >>> keys = np.array([[3, 1, 2, 9, 7]], dtype=np.uint32)
    >>> sort_keys(keys, 3)
    >>> keys.tolist()
    [[1, 2, 3, 7, 9]]
    """
    keys[:, :n_first].sort(axis=-1)
    keys[:, n_first:].sort(axis=-1)


def _missing(first: np.ndarray, first_used: np.ndarray | None) -> np.ndarray:
    """Where the first values are missing: not ``first_used``, or NaN when that is None."""
    return np.isnan(first) if first_used is None else ~first_used


def _rows(a: np.ndarray, n_rows: int, dtype: type) -> np.ndarray:
    """``a`` as a C-contiguous (n_rows, -1) array of ``dtype`` (a view when it already is)."""
    return np.ascontiguousarray(a, dtype=dtype).reshape(n_rows, -1)


class TieRows(NamedTuple):
    """Rows of :func:`rank_sums` whose sort keys tie, ranked exactly instead.

    Attributes
    ----------
    block
        (R,) block (event) of each row.
    values
        (R, n) the row's values, NaN where missing.
    first_weights
        (R, W) the row's weights of ``F``.
    """

    block: np.ndarray
    values: np.ndarray
    first_weights: np.ndarray

    def rank_sums(self, n_first: int) -> tuple[np.ndarray, np.ndarray]:
        """Exact (ties averaged) ``K`` rows (R, n) and weighted ``F`` rows (R, W, n_first)."""
        count = np.count_nonzero(~np.isnan(self.values), axis=-1)
        k_rows = np.nan_to_num(average_ranks(self.values)) / (1.0 + count)[:, None]
        f = np.nan_to_num(average_ranks(self.values[:, :n_first]))
        return k_rows, self.first_weights[:, :, None] * f[:, None, :]

    def add_to(self, ksum: np.ndarray, fsum: np.ndarray, n_first: int) -> None:
        """Add the rows' exact :meth:`rank_sums` to the sums of their blocks, in place."""
        k_rows, f_rows = self.rank_sums(n_first)
        index = np.ascontiguousarray(self.block, dtype=np.int64)
        for out, rows in ((ksum, k_rows), (fsum, f_rows)):
            flat = out.reshape(len(out), -1)  # a view: the sums are C-contiguous
            assert np.shares_memory(flat, out)
            add_rows(flat, index, np.ascontiguousarray(rows, dtype=np.float64).reshape(len(rows), -1))


class RankSums(NamedTuple):
    """Result of :func:`rank_sums`; see there."""

    ksum: np.ndarray
    fsum: np.ndarray
    n_values: np.ndarray
    present: np.ndarray
