"""What a report records about how it was made: versions, inputs, data, parameters, command.

Everything here is a pure function of the inputs and the installed packages, so two runs give
the same provenance block; no clock is read unless the user asks for a stamp.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shlex
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

__all__ = [
    "PACKAGES",
    "display_path",
    "file_sha256",
    "package_versions",
    "reproduce_command",
    "study_settings",
]

#: Distributions whose versions a report lists (the ones that shape its numbers and pages).
PACKAGES: tuple[str, ...] = (
    "market-reaction",
    "pandas",
    "numpy",
    "scipy",
    "statsmodels",
    "arch",
    "exchange_calendars",
    "plotly",
    "yfinance",
    "papermill",
    "nbconvert",
    "nbformat",
    "ipykernel",
)


def package_versions(names: Iterable[str] = PACKAGES) -> dict[str, str]:
    """Installed versions of ``names`` plus Python's (``"not installed"`` when absent)."""
    out = {"python": platform.python_version()}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def study_settings(options: Any) -> dict[str, Any]:
    """The settings of a fitted event study as the report lists them.

    Parameters
    ----------
    options
        ``EventStudyResults.options``, the frozen record of the fit (the one its summary
        header shows, so the report and the summary cannot disagree); a mapping such as
        ``EventStudyResults.params`` is taken as it is.

    Returns
    -------
    dict
        Setting name to value, in the record's order.
    """
    if hasattr(options, "as_dict"):
        return dict(options.as_dict())
    return dict(options or {})


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def display_path(path: str | Path, base: str | Path | None = None) -> str:
    """A path as shown in a report: relative to ``base`` (default: the working folder) when
    inside it, else as given, with ``/`` separators."""
    p = Path(path)
    root = Path(base) if base is not None else Path.cwd()
    try:
        return (
            Path(os.path.relpath(p.resolve(), root.resolve())).as_posix()
            if p.resolve().is_relative_to(root.resolve())
            else p.as_posix()
        )
    except (OSError, ValueError):
        return p.as_posix()


def reproduce_command(
    inputs: Sequence[str],
    *,
    out: str,
    options: Mapping[str, Any],
) -> str:
    """The ``market-reaction report`` command line that regenerates a report.

    Parameters
    ----------
    inputs
        Article files and folders, as shown in the report.
    out
        The output path, as shown in the report.
    options
        Option name (without dashes) to value; None and False are left out, True is a flag,
        sequences become several arguments, and a sequence of sequences repeats the flag.

    Returns
    -------
    str
        A shell-quoted command line.
    """
    argv = ["market-reaction", "report", *inputs]
    for name, value in options.items():
        flag = "--" + name.replace("_", "-")
        if value is None or value is False:
            continue
        if value is True:
            argv.append(flag)
        elif isinstance(value, list | tuple) and value and isinstance(value[0], list | tuple):
            for item in value:  # a repeatable flag: --car-windows 0 0 --car-windows -1 1
                argv.extend([flag, *(str(v) for v in item)])
        elif isinstance(value, list | tuple):
            argv.extend([flag, *(str(v) for v in value)])
        else:
            argv.extend([flag, str(value)])
    argv.extend(["--out", out])
    return shlex.join(argv)
