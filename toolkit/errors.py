"""Exceptions and warnings raised by the toolkit.

Every error the toolkit raises on purpose is a :class:`ToolkitError`. Domain errors also
subclass the builtin they refine, so ``except ValueError`` keeps working for callers who do not
know the toolkit. Recoverable problems are warnings with their own classes, so users can filter
them (``warnings.simplefilter("error", toolkit.errors.DataWarning)``).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ArticleError",
    "CacheWarning",
    "DataIntegrityError",
    "DataSourceError",
    "DataWarning",
    "EventWarning",
    "InputError",
    "RangeError",
    "ReportError",
    "SourceWarning",
    "ToolkitError",
    "ToolkitWarning",
    "UnknownTickerError",
    "check_option",
]


class ToolkitError(Exception):
    """Base class of every error raised on purpose by the toolkit."""


class InputError(ToolkitError, ValueError):
    """A parameter got a value of the right type but outside what it accepts."""


class RangeError(InputError):
    """A requested date range lies (partly) outside what a data source covers."""


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
