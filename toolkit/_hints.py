"""Hints that name the option a user can set, in the form that fits where the user is.

A message that tells the user what to change ("pass ``precision=('day', 'week')`` to keep
week-dated statements") names a Python parameter by default. The ``market-reaction`` command
runs inside :func:`hint_style` ``("cli")``, and the same message then names the flag the user
can type (``--precision day week``). Messages build the hint with :func:`option_hint`;
parameters that have no command-line flag keep their Python form in both styles.

Examples
--------
>>> option_hint("precision", ("day", "week"))
"precision=('day', 'week')"
>>> with hint_style("cli"):
...     option_hint("precision", ("day", "week"))
'--precision day week'
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, get_args

from toolkit.errors import check_option

__all__ = ["FLAGS", "HintStyle", "current_hint_style", "hint_style", "option_hint"]

HintStyle = Literal["python", "cli"]

#: Python parameter -> the ``market-reaction`` flag that sets it.
FLAGS: dict[str, str] = {
    "precision": "--precision",
    "dayfirst": "--dayfirst",
    "date_format": "--date-format",
    "event_window": "--event-window",
    "estimation_window": "--estimation-window",
    "car_windows": "--car-windows",
    "model": "--model",
    "benchmark": "--benchmark",
    "source": "--source",
    "tickers": "--tickers",
    "group": "--group-by",
}

_STYLE: ContextVar[str] = ContextVar("toolkit_hint_style", default="python")


@contextmanager
def hint_style(style: HintStyle) -> Iterator[None]:
    """Within the block, hints name options in ``style``: ``"python"`` or ``"cli"``.

    Parameters
    ----------
    style
        ``"python"`` (``precision=('day', 'week')``) or ``"cli"`` (``--precision day week``).

    Raises
    ------
    InputError
        For another style.
    """
    check_option("style", style, get_args(HintStyle))
    token = _STYLE.set(style)
    try:
        yield
    finally:
        _STYLE.reset(token)


def current_hint_style() -> HintStyle:
    """The style hints are written in here: ``"cli"`` inside the command, else ``"python"``."""
    return "cli" if _STYLE.get() == "cli" else "python"


def _cli_words(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [shlex.quote(str(v)) for v in value]
    return [shlex.quote(str(value))]


def option_hint(param: str, value: Any) -> str:
    """The option ``param`` set to ``value``, as the user would write it here.

    Parameters
    ----------
    param
        The Python parameter, e.g. ``"precision"``.
    value
        Its value, e.g. ``("day", "week")``.

    Returns
    -------
    str
        ``precision=('day', 'week')`` in Python; ``--precision day week`` in the command when
        the parameter has a flag (:data:`FLAGS`). ``dayfirst`` becomes ``--dayfirst`` or
        ``--no-dayfirst``; ``car_windows`` repeats its flag once per window.
    """
    flag = FLAGS.get(param)
    if current_hint_style() != "cli" or flag is None:
        return f"{param}={value!r}"
    if isinstance(value, bool):
        return flag if value else flag.replace("--", "--no-", 1)
    if param == "car_windows":
        return " ".join(f"{flag} {' '.join(_cli_words(w))}" for w in value)
    return " ".join([flag, *_cli_words(value)])
