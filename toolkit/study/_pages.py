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

import ctypes
import functools
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import numpy as np

_P = ParamSpec("_P")
_R = TypeVar("_R")

__all__ = ["on_ordinary_pages", "ordinary_pages", "populate"]

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

#: ``madvise(2)`` advice that faults pages in, writable, in one call (Linux 5.14 and later).
_MADV_POPULATE_WRITE = 23
_PAGE = 4096


def _madvise() -> Callable[[int, int, int], int] | None:
    """The C library's ``madvise``, or None off Linux (or without it)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):  # pragma: no cover - a libc without madvise
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_MADVISE = _madvise()


def populate(arrays: Iterable[np.ndarray]) -> None:
    """Fault in the memory pages of ``arrays`` now, writable, without changing their values.

    The pages of a new array (``np.zeros``) are mapped on first touch, one fault each (a
    fit's pair arrays: 290 MB, 74,000 faults, 0.1-0.15 s of processor time). One
    ``madvise(MADV_POPULATE_WRITE)`` per array maps them in the kernel instead, and releases
    the GIL while it does (a foreign call through ctypes): run while another thread holds
    the GIL, the work is done beside it. Pages already mapped keep their contents; the
    zero pages of a new array stay zero. Where the call is not available (not Linux, a
    kernel before 5.14), nothing is done and the pages are faulted in on first touch as
    before.

    Parameters
    ----------
    arrays
        C-contiguous arrays owning their memory (only the whole pages inside each are
        populated).

    Examples
    --------
    >>> a = np.zeros(1_000_000)
    >>> populate([a])
    >>> float(a.sum())
    0.0
    """
    if _MADVISE is None:
        return
    for a in arrays:
        start = -(-a.ctypes.data // _PAGE) * _PAGE
        length = (a.ctypes.data + a.nbytes - start) // _PAGE * _PAGE
        if length > 0 and _MADVISE(start, length, _MADV_POPULATE_WRITE) != 0:
            return  # not supported here: the pages are faulted in on first touch


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
