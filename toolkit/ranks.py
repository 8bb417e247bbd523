"""Ranks of abnormal returns for the rank tests (Corrado, GRANK), many rows at once.

:func:`rank_sums` ranks every (event, asset) row of estimation and event-window abnormal
returns and adds the scaled ranks across assets, day by day; :func:`average_ranks` is the exact
reference ranking (ties averaged) used for the rows that need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from toolkit.workspace import Workspace

__all__ = ["RankSums", "TieRows", "average_ranks", "rank_sums"]

#: Longest rows ranked through sort keys (2**20 days); longer rows are ranked exactly.
_MAX_POSITION_BITS = 20
#: Fewest bits of value level in a 32-bit key; with fewer, 64-bit keys are used.
_MIN_LEVEL_BITS = 20


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
    exact_ties: bool = True,
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
        Scratch arrays to reuse across calls (see :class:`toolkit.workspace.Workspace`).
    exact_ties
        True: rows with tied sort keys are ranked exactly here and included in the sums.
        False: they are left out of the sums and returned in ``tie_rows``, for the caller to
        rank them all at once later (:meth:`TieRows.rank_sums`).

    Returns
    -------
    RankSums
        ``ksum`` (B, n): ``sum_i K_ibt``; ``fsum`` (B, W, n_first):
        ``sum_i first_weights[b, i, w] * F_ibt``; ``n_values`` (B, M): number of present values of
        each member; ``present`` (B, n): number of members with a value on each day;
        ``tie_rows``: the rows left out (none when ``exact_ties``).

    Notes
    -----
    Each row is sorted once, as integer keys: the value's level in the high bits (its distance
    from the row's minimum, scaled to about 2**23 levels between minimum and maximum) and its
    position in the row in the low ``ceil(log2 n)`` bits. Sorting 32-bit integers is several
    times faster than ``argsort`` of floats, and the sorted keys give the order directly. The
    level never reverses two values; it can only make close ones equal. Rows where two values
    share a level (true ties, values closer than a level apart, infinite values) are ranked
    again exactly with :func:`average_ranks`, as are all rows when they are longer than 2**20.
    """
    if isinstance(comb, np.ndarray):
        first, later = comb[..., :n_first], comb[..., n_first:]
    else:
        first, later = (np.asarray(part) for part in comb)
    ws = workspace if workspace is not None else Workspace()
    B, M = first.shape[:2]
    n = n_first + later.shape[-1]
    miss_first = np.isnan(first) if first_used is None else ~first_used
    miss_later = np.isnan(later)
    n_missing = np.count_nonzero(miss_first, axis=-1) + np.count_nonzero(miss_later, axis=-1)
    count = n - n_missing
    any_missing = bool(n_missing.any())
    missing = np.concatenate([miss_first, miss_later], axis=-1) if any_missing else None
    present = M - np.count_nonzero(missing, axis=1) if missing is not None else np.full((B, n), M)
    n_w = first_weights.shape[-1]
    pos1 = np.arange(1, n + 1, dtype=np.float64)
    bits = max(1, (n - 1).bit_length())
    if B * M == 0 or n == 0 or bits > _MAX_POSITION_BITS:
        ties = np.ones((B, M), dtype=bool)  # nothing to sort, or rank every row exactly
        ksum, fsum = np.zeros((B, n)), np.zeros((B, n_w, n_first))
    else:
        key_type = np.uint32 if 32 - bits >= _MIN_LEVEL_BITS else np.uint64
        # at most 2**50 levels: float64 rounding of (x - min) * factor then stays below
        # levels + 1, the level of missing values
        levels = float(2 ** min(8 * np.dtype(key_type).itemsize - bits, 50) - 2)
        keys, same = _sorted_keys(first, later, missing, levels, bits, key_type, ws)
        if missing is not None:
            same[..., :-1] &= pos1[:-1] < count[..., None]  # both neighbours present
        ties = np.any(same, axis=-1)
        low = key_type((1 << bits) - 1)
        local = np.bitwise_and(keys, low, out=ws.get("rank_local", keys.shape, np.int64))
        is_later = np.greater_equal(local, n_first, out=ws.get("rank_later", keys.shape, bool))
        local += (np.arange(B * M, dtype=np.int64) * n).reshape(B, M, 1)
        flat = local.reshape(-1)
        ranks = ws.get("rank_all", (B * M * n,))
        ranks[flat] = ws.positions(B * M, n)
        ranks = ranks.reshape(B, M, n)
        if missing is not None:
            np.copyto(ranks, 0.0, where=missing)
        scale = np.where(ties, 0.0, 1.0 / (1.0 + count))
        ksum = np.matmul(scale[:, None, :], ranks)[:, 0]
        # ranks of the first n_first values among themselves: the sorted position minus the
        # number of later values sorted before it
        cum = np.cumsum(
            is_later, axis=-1, dtype=np.int32, out=ws.get("rank_cum", keys.shape, np.int32)
        )
        first_pos = np.subtract(pos1, cum, out=ws.get("rank_first_pos", keys.shape))
        franks = ws.get("rank_first", (B * M * n,))
        franks[flat] = first_pos.reshape(-1)
        franks = franks.reshape(B, M, n)[..., :n_first]
        if missing is not None:
            np.copyto(franks, 0.0, where=missing[..., :n_first])
        wts = np.where(ties[..., None], 0.0, first_weights) if ties.any() else first_weights
        fsum = np.matmul(np.swapaxes(wts, 1, 2), franks)
    tie_rows = TieRows.empty(n, n_w)
    if np.any(ties):
        bb, ii = np.nonzero(ties)
        values = np.concatenate([first[bb, ii], later[bb, ii]], axis=-1).astype(np.float64)
        if missing is not None:
            values[missing[bb, ii]] = np.nan
        tie_rows = TieRows(bb, values, first_weights[bb, ii].astype(np.float64))
        if exact_ties:
            tie_rows.add_to(ksum, fsum, n_first)
            tie_rows = TieRows.empty(n, n_w)
    return RankSums(ksum, fsum, count, present, tie_rows)


class TieRows(NamedTuple):
    """Rows left out of the sums of :func:`rank_sums` (``exact_ties=False``), to rank exactly.

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

    @classmethod
    def empty(cls, n: int, n_w: int) -> TieRows:
        """No rows (of ``n`` values and ``n_w`` weights)."""
        return cls(np.zeros(0, dtype=np.int64), np.zeros((0, n)), np.zeros((0, n_w)))

    @classmethod
    def concat(cls, parts: Sequence[TieRows]) -> TieRows:
        """The rows of several parts, in order."""
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in cls._fields))

    def rank_sums(self, n_first: int) -> tuple[np.ndarray, np.ndarray]:
        """Exact (ties averaged) ``K`` rows (R, n) and weighted ``F`` rows (R, W, n_first)."""
        count = np.count_nonzero(~np.isnan(self.values), axis=-1)
        k_rows = np.nan_to_num(average_ranks(self.values)) / (1.0 + count)[:, None]
        f = np.nan_to_num(average_ranks(self.values[:, :n_first]))
        return k_rows, self.first_weights[:, :, None] * f[:, None, :]

    def add_to(self, ksum: np.ndarray, fsum: np.ndarray, n_first: int) -> None:
        """Add the rows' exact :meth:`rank_sums` to the sums of their blocks, in place."""
        k_rows, f_rows = self.rank_sums(n_first)
        np.add.at(ksum, self.block, k_rows)
        np.add.at(fsum, self.block, f_rows)


class RankSums(NamedTuple):
    """Result of :func:`rank_sums`; see there."""

    ksum: np.ndarray
    fsum: np.ndarray
    n_values: np.ndarray
    present: np.ndarray
    tie_rows: TieRows


def _sorted_keys(
    first: np.ndarray,
    later: np.ndarray,
    missing: np.ndarray | None,
    levels: float,
    bits: int,
    key_type: type,
    ws: Workspace,
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys of every row: a value level in the high bits, the value's position below.

    Each row's present values are mapped to ``floor((x - min) * levels / (max - min))``, which
    never reverses two values (each step is monotone), and missing values to ``levels + 1``,
    which sorts them last. Returns the sorted keys (B, M, n) and a boolean (B, M, n) marking
    sorted neighbours with the same level (``[..., -1]`` is False). Rows with an infinite
    value, or with all values equal, get level 0 throughout and so are marked too.
    """
    B, M, n_first = first.shape
    n = n_first + later.shape[-1]
    if missing is None:
        lo = np.minimum(first.min(axis=-1), later.min(axis=-1))
        hi = np.maximum(first.max(axis=-1), later.max(axis=-1))
    else:
        both = np.concatenate([first, later], axis=-1)
        lo = np.min(both, axis=-1, initial=np.inf, where=~missing)
        hi = np.max(both, axis=-1, initial=-np.inf, where=~missing)
    lo, hi = lo.astype(np.float64), hi.astype(np.float64)  # float64 keeps the levels exact
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        span = hi - lo
        factor = levels / span
    flat_rows = ~(np.isfinite(span) & (span > 0) & np.isfinite(factor))
    if flat_rows.any():
        factor[flat_rows] = 0.0
        lo[flat_rows] = 0.0
    q = ws.get("rank_level", (B, M, n))
    with np.errstate(invalid="ignore"):
        np.subtract(first, lo[..., None], out=q[..., :n_first])
        np.subtract(later, lo[..., None], out=q[..., n_first:])
    if flat_rows.any():
        q[flat_rows] = 0.0
    keys = ws.get("rank_keys", (B, M, n), key_type)
    with np.errstate(invalid="ignore"):  # missing values may be NaN: their keys are set below
        np.multiply(q, factor[..., None], out=keys, casting="unsafe")  # truncates to a level
    if missing is not None:
        np.copyto(keys, key_type(levels + 1.0), where=missing)
    keys <<= key_type(bits)
    keys |= np.arange(n, dtype=key_type)
    keys.sort(axis=-1)
    flat = keys.reshape(-1)
    high = np.right_shift(flat, key_type(bits), out=ws.get("rank_high", flat.shape, key_type))
    same = ws.get("rank_same", flat.shape, bool)
    np.equal(high[1:], high[:-1], out=same[:-1])
    same = same.reshape(B, M, n)
    same[..., -1] = False  # the last value of a row has no right neighbour in the row
    return keys, same
