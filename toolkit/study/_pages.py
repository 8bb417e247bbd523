"""Memory pages of a fit: ordinary (4 KiB) pages for the arrays numpy allocates meanwhile.

numpy asks the kernel for transparent huge pages (``madvise(MADV_HUGEPAGE)``) on every array of
4 MiB or more. The first touch of a huge page makes the kernel clear 2 MiB at once, and on a
virtual machine whose host backs guest memory lazily (or takes freed memory back) a fresh huge
page is also a fault on the host: measured on the 2-core virtual machine of the benchmarks,
filling a new 320 MB array took 1-2 s of processor time in a fresh process on huge pages
against 0.22-0.29 s on ordinary pages. A fit allocates several hundred megabytes that no earlier
step of the process has touched, so :func:`ordinary_pages` turns the advice off while it runs
and restores numpy's setting afterwards. Nothing else changes: the arrays, their values and
their layout are the same.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

__all__ = ["on_ordinary_pages", "ordinary_pages"]

try:  # numpy's switch of the advice (the NUMPY_MADVISE_HUGEPAGE environment variable)
    from numpy._core.multiarray import _set_madvise_hugepage
except ImportError:  # pragma: no cover - a numpy without the switch: nothing to change
    _set_madvise_hugepage = None


class _Advice:
    """numpy's huge-page advice, off while at least one :func:`ordinary_pages` block runs.

    Fits on several threads of one process share numpy's setting: the first to enter saves it
    and turns it off, the last to leave restores it.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved = True

    def enter(self) -> None:
        """Turn the advice off (saving numpy's setting) unless a block already did."""
        assert _set_madvise_hugepage is not None
        with self.lock:
            if self.depth == 0:
                self.saved = bool(_set_madvise_hugepage(False))
            self.depth += 1

    def leave(self) -> None:
        """Restore numpy's setting when the last block leaves."""
        assert _set_madvise_hugepage is not None
        with self.lock:
            self.depth -= 1
            if self.depth == 0:
                _set_madvise_hugepage(self.saved)


_ADVICE = _Advice()


@contextmanager
def ordinary_pages() -> Iterator[None]:
    """Within the block, numpy allocates its arrays without asking for huge pages.

    The setting is numpy's, for the whole process; it is restored when the last of the blocks
    running at once (fits on several threads) leaves, also after an error.

    Examples
    --------
    >>> import numpy as np
    >>> with ordinary_pages():
    ...     a = np.zeros(1_000_000)
    >>> float(a.sum())
    0.0
    """
    if _set_madvise_hugepage is None:
        yield
        return
    _ADVICE.enter()
    try:
        yield
    finally:
        _ADVICE.leave()


def on_ordinary_pages(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` run within :func:`ordinary_pages`: for the builders of a fit's per-pair frames
    (millions of rows, allocated after the fit has given its pages back), which measured 3.3-4.1
    s against 6.8-8.1 s on the 2-core virtual machine (500 assets x 1,000 events, fresh
    processes)."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with ordinary_pages():
            return func(*args, **kwargs)

    return wrapper
