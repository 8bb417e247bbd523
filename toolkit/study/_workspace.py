"""Scratch arrays reused from one block of events to the next.

The event-study kernels work on blocks of a few events at a time, each a few megabytes of
temporaries. Allocating those afresh for every block makes the memory allocator hand pages back
to the operating system and fault them in again; a :class:`Workspace` keeps one array per name
and shape instead. Each worker thread owns its workspace, and an array obtained from it is valid
until the same name is asked for again.
"""

from __future__ import annotations

import numpy as np

__all__ = ["Workspace"]


class Workspace:
    """Named scratch arrays, allocated on first use and reused while the shape stays the same.

    Examples
    --------
    >>> ws = Workspace()
    >>> a = ws.get("keys", (2, 3))
    >>> a is ws.get("keys", (2, 3))
    True
    >>> ws.get("keys", (4, 3)).shape
    (4, 3)
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}
        self._tiles: dict[tuple[int, int], np.ndarray] = {}

    def get(
        self, name: str, shape: tuple[int, ...], dtype: type | np.dtype = np.float64
    ) -> np.ndarray:
        """An uninitialised array of ``shape`` and ``dtype`` kept under ``name``.

        Parameters
        ----------
        name
            Key of the array; asking again for the same name returns the same memory.
        shape, dtype
            Wanted shape and type; a different one replaces the kept array.

        Returns
        -------
        numpy.ndarray
        """
        arr = self._arrays.get(name)
        if arr is None or arr.shape != tuple(shape) or arr.dtype != np.dtype(dtype):
            arr = np.empty(shape, dtype=dtype)
            self._arrays[name] = arr
        return arr

    def positions(self, rows: int, n: int) -> np.ndarray:
        """``1.0 .. n`` repeated ``rows`` times (read-only), shape ``(rows * n,)``."""
        key = (rows, n)
        arr = self._tiles.get(key)
        if arr is None:
            arr = np.tile(np.arange(1, n + 1, dtype=np.float64), rows)
            arr.flags.writeable = False
            self._tiles = {key: arr}
        return arr
