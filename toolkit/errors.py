"""Exceptions and warnings raised by the toolkit.

Every error the toolkit raises on purpose is a :class:`ToolkitError`. Domain errors also
subclass the builtin they refine, so ``except ValueError`` keeps working for callers who do not
know the toolkit. Recoverable problems are warnings with their own classes, so users can filter
them (``warnings.simplefilter("error", toolkit.errors.DataWarning)``).
"""

from __future__ import annotations

import os
import sys
from typing import Any

__all__ = [
    "ArticleError",
    "CacheWarning",
    "ClusterError",
    "DataIntegrityError",
    "DataSourceError",
    "DataWarning",
    "EventWarning",
    "InputError",
    "InputTypeError",
    "RangeError",
    "ReportError",
    "SourceWarning",
    "ToolkitError",
    "ToolkitWarning",
    "UnknownTickerError",
    "check_option",
    "external_stacklevel",
]


class ToolkitError(Exception):
    """Base class of every error raised on purpose by the toolkit."""


class InputError(ToolkitError, ValueError):
    """A parameter got a value of the right type but outside what it accepts."""


class InputTypeError(ToolkitError, TypeError):
    """A parameter got a value of the wrong type (e.g. ``published=20250409``, ``text=None``)."""


class RangeError(InputError):
    """A requested date range lies (partly) outside what a data source covers.

    Attributes
    ----------
    available
        ``(first, last)``: the dates the source has, when the error comes from a coverage check
        (so a caller can narrow its request to them); None otherwise.
    """

    available: tuple[Any, Any] | None = None


class UnknownTickerError(InputError, KeyError):
    """A ticker is not known to the data source asked for it."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else ""


class ArticleError(ToolkitError, ValueError):
    """An article file or its metadata cannot be used (no publication date, bad encoding)."""


class DataSourceError(ToolkitError, OSError):
    """A price source failed (network, rate limit, unreadable file); the cause is attached."""


class DataIntegrityError(ToolkitError, OSError):
    """An embedded or cached data file does not match its recorded checksum or shape."""


class ReportError(ToolkitError, OSError):
    """A report could not be written."""


class ClusterError(ToolkitError, RuntimeError):
    """A Dask cluster could not finish a computation (unreachable scheduler, workers lost more
    often than it retries); the cause is attached."""


class ToolkitWarning(UserWarning):
    """Base class of the toolkit's warnings."""


class DataWarning(ToolkitWarning):
    """Rows were dropped or values were changed while cleaning data."""


class SourceWarning(ToolkitWarning):
    """A price source other than the first choice was used, or one ticker failed."""


class CacheWarning(ToolkitWarning):
    """The on-disk cache could not be used; data is fetched without it."""


class EventWarning(ToolkitWarning):
    """An event was skipped or needs attention (overlapping windows, too few observations)."""


def check_option(name: str, value: Any, allowed: tuple[Any, ...] | list[Any]) -> Any:
    """Check that ``value`` is one of ``allowed``.

    Parameters
    ----------
    name
        The parameter's name, used in the message.
    value
        The value given.
    allowed
        The accepted values.

    Returns
    -------
    object
        ``value`` unchanged.

    Raises
    ------
    InputError
        If ``value`` is not one of ``allowed``.

    Examples
    --------
    >>> check_option("kind", "log", ("simple", "log"))
    'log'
    """
    if value not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        raise InputError(f"Parameter `{name}` takes one of {choices}, got {value!r}.")
    return value


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def external_stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first caller outside the toolkit.

    Call it in the argument list of :func:`warnings.warn`, in the function that warns::

        warnings.warn(message, DataWarning, stacklevel=external_stacklevel())

    The toolkit's functions call each other at varying depths (``load_prices`` ->
    ``PriceSource.load`` -> ``fetch`` -> ``read_price_csv``), so a fixed ``stacklevel`` is right
    for one path only; this walks up to the user's code (a script, a notebook cell, a test).

    Returns
    -------
    int
        At least 2 (the caller of the function that warns).
    """
    frame = sys._getframe(1)  # the function that warns: stacklevel 1
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return max(level, 2)
