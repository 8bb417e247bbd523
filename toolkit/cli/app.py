"""The ``market-reaction`` command.

Subcommands live in :mod:`toolkit.cli.commands`, one module each. Errors the toolkit raises on
purpose are printed as one line (``market-reaction: error: ...``) with exit status 2, never as
a traceback; warnings are printed once each on standard error. Ctrl-C ends a command with
``market-reaction: interrupted`` and exit status 130.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Sequence

from toolkit import __version__
from toolkit._hints import hint_style
from toolkit.errors import ToolkitError

__all__ = ["COMMANDS", "build_parser", "main"]

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "toolkit.cli.commands.report",
    "toolkit.cli.commands.extract",
    "toolkit.cli.commands.claims",
    "toolkit.cli.commands.evaluate",
    "toolkit.cli.commands.prices",
    "toolkit.cli.commands.study",
)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="market-reaction",
        description=(
            "Extract dated policy statements from news articles, line them up with S&P 500 "
            "sessions, run event studies and write reproducible reports."
        ),
    )
    parser.add_argument("--version", action="version", version=f"market-reaction {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def _format_warning(message, category, filename, lineno, line=None) -> str:
    return f"market-reaction: warning: {message}\n"


def _printable(exc: BaseException) -> str:
    """The message on one line, with undecodable bytes of file names escaped."""
    text = " ".join(str(exc).splitlines())
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    previous_format = warnings.formatwarning
    warnings.formatwarning = _format_warning
    try:
        with hint_style("cli"):  # hints in messages name the flags to type
            return int(args.func(args) or 0)
    except ToolkitError as exc:
        print(f"market-reaction: error: {_printable(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's status for SIGINT
        print("market-reaction: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    finally:
        warnings.formatwarning = previous_format


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
