"""Event-study windows counted in trading sessions relative to day 0.

A window is a pair of integers ``(start, end)`` of relative days, both ends included: ``(-1, 1)``
is the session before day 0, day 0 and the session after. Relative days are row positions in the
returns index, which holds trading sessions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from toolkit.errors import InputError

__all__ = ["MAX_WINDOW_SESSIONS", "Window", "check_layout", "parse_window", "parse_windows"]

#: Largest distance from day 0 a window may reach, in sessions (about 40 years: the NYSE
#: calendar the toolkit knows holds about 9,500 sessions).
MAX_WINDOW_SESSIONS = 10_000


@dataclass(frozen=True, order=True)
class Window:
    """A closed interval of relative days ``[start, end]``.

    Attributes
    ----------
    start, end
        First and last relative day (sessions from day 0), ``start <= end``.
    """

    start: int
    end: int

    @property
    def length(self) -> int:
        """Number of sessions in the window."""
        return self.end - self.start + 1

    @property
    def label(self) -> str:
        """The window as text, e.g. ``"(-1, 1)"`` (the ``window`` column of result frames)."""
        return f"({self.start}, {self.end})"

    def contains(self, other: Window) -> bool:
        """True when ``other`` lies inside this window."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Window) -> bool:
        """True when the two windows share at least one relative day."""
        return self.start <= other.end and other.start <= self.end

    def as_tuple(self) -> tuple[int, int]:
        """Return ``(start, end)``."""
        return (self.start, self.end)


def _as_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not hasattr(value, "__index__"):
        raise InputError(
            f"Parameter `{name}` takes a pair of whole numbers of sessions such as (-1, 1); "
            f"got an element {value!r}."
        )
    return int(value)


def parse_window(value: Any, name: str) -> Window:
    """Validate a ``(start, end)`` pair of relative days.

    Parameters
    ----------
    value
        A :class:`Window` or a sequence of two integers.
    name
        The parameter's name, used in error messages.

    Returns
    -------
    Window

    Raises
    ------
    InputError
        If ``value`` is not two integers, ``start > end``, or either end lies more than
        :data:`MAX_WINDOW_SESSIONS` sessions from day 0.

    Examples
    --------
    >>> parse_window((-1, 1), "car_windows").label
    '(-1, 1)'
    """
    if isinstance(value, Window):
        return value
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) != 2:
        raise InputError(
            f"Parameter `{name}` takes a pair (start, end) of relative sessions such as (-1, 1), "
            f"got {value!r}."
        )
    start, end = _as_int(value[0], name), _as_int(value[1], name)
    if max(abs(start), abs(end)) > MAX_WINDOW_SESSIONS:
        raise InputError(
            f"Parameter `{name}` = ({start}, {end}) reaches more than {MAX_WINDOW_SESSIONS:,} "
            "sessions from day 0 (about 40 years); no price data spans that."
        )
    if start > end:
        raise InputError(
            f"Parameter `{name}` = {tuple(value)!r}: the start ({start}) is after the end ({end})."
        )
    return Window(start, end)


def parse_windows(values: Iterable[Any], name: str) -> list[Window]:
    """Validate a list of windows; duplicates are removed, order is kept.

    Raises
    ------
    InputError
        If the list is empty or any element is not a valid window.
    """
    if isinstance(values, Window) or (
        isinstance(values, Sequence)
        and len(values) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    ):
        values = [values]
    out: list[Window] = []
    for v in values:
        w = parse_window(v, name)
        if w not in out:
            out.append(w)
    if not out:
        raise InputError(f"Parameter `{name}` needs at least one window such as (-1, 1).")
    return out


def check_layout(estimation: Window, event: Window, car_windows: Sequence[Window]) -> None:
    """Check that the windows fit together.

    The estimation window must not share any day with the event window, and every CAR window
    must lie inside the event window.

    Raises
    ------
    InputError
        Naming ``estimation_window`` or ``car_windows`` and what was expected.
    """
    if estimation.overlaps(event):
        raise InputError(
            f"Parameter `estimation_window` = {estimation.label} overlaps `event_window` = "
            f"{event.label}; the estimation window must end before the event window starts "
            f"(e.g. (-250, {event.start - 6}))."
        )
    for w in car_windows:
        if not event.contains(w):
            raise InputError(
                f"Parameter `car_windows` contains {w.label}, which is not inside `event_window` "
                f"= {event.label}."
            )
