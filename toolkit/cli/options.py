"""The event-study options ``market-reaction study`` and ``market-reaction report`` share.

Both commands declare them with :func:`add_study_options`, so the flags, their defaults and
their help read the same in each; :func:`study_settings` turns the parsed flags into the
keyword arguments of the toolkit's functions. The flags match the Python parameters
(:data:`toolkit._hints.FLAGS`): a warning raised while a command runs names the flag to type.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["EXPORT_FORMATS", "add_study_options", "study_settings"]

#: Formats of ``--export`` (tables of the results written beside the output).
EXPORT_FORMATS: tuple[str, ...] = ("xlsx", "tex", "csv")
_PRECISIONS = ("day", "week", "month", "quarter", "year", "range", "unknown")


def add_study_options(parser: argparse.ArgumentParser, *, tickers_default: Any = None) -> None:
    """Add the shared event-study flags to a subcommand's parser.

    Parameters
    ----------
    parser
        The subcommand's parser.
    tickers_default
        The default of ``--tickers`` (None: the ``asset`` column of ``--events`` when it has
        one, else the S&P 500).
    """
    group = parser.add_argument_group("event study")
    group.add_argument(
        "--events",
        metavar="FILE",
        help="events file (.csv, .xlsx or .parquet) with columns event_id, date and optionally "
        "asset, group and characteristics; instead of, or beside, articles",
    )
    group.add_argument(
        "--source",
        default="snapshot",
        metavar="SOURCE",
        help="price source: snapshot (default, offline), yahoo, auto, csv:PATH or parquet:PATH",
    )
    group.add_argument(
        "--tickers",
        nargs="+",
        default=tickers_default,
        metavar="TICKER",
        help="assets to study (default: the events file's assets, else ^GSPC)",
    )
    group.add_argument(
        "--benchmark", metavar="TICKER", help="benchmark of the market model, e.g. SPY or ^GSPC"
    )
    group.add_argument(
        "--model",
        metavar="MODEL",
        help="normal-return model, any the event study accepts (constant_mean, market, "
        "market_adjusted, raw, garch, ...; default: market with a benchmark, else constant_mean)",
    )
    group.add_argument(
        "--estimation-window",
        nargs=2,
        type=int,
        default=[-250, -11],
        metavar=("START", "END"),
        help="estimation window in sessions relative to day 0 (default: -250 -11)",
    )
    group.add_argument(
        "--event-window",
        nargs=2,
        type=int,
        default=[-5, 5],
        metavar=("START", "END"),
        help="event window in sessions relative to day 0 (default: -5 5)",
    )
    group.add_argument(
        "--car-windows",
        nargs=2,
        type=int,
        action="append",
        metavar=("START", "END"),
        help="a CAR window; repeat for more: --car-windows 0 0 --car-windows -1 1 "
        "(default: -1 1, 0 0 and 0 1)",
    )
    group.add_argument(
        "--precision",
        nargs="+",
        choices=_PRECISIONS,
        default=["day"],
        metavar="PRECISION",
        help="statement date precisions that become events (default: day); e.g. day week",
    )
    group.add_argument(
        "--group-by",
        metavar="COLUMN",
        help="column that groups the events in the tests: of the events file (default: its "
        "group column) or of the statements (default: stance)",
    )
    group.add_argument(
        "--export",
        choices=EXPORT_FORMATS,
        action="append",
        metavar="FORMAT",
        help="also write the result tables as xlsx, tex or csv (repeatable)",
    )
    group.add_argument(
        "--date-format", metavar="FORMAT", help="strptime format of the events file's dates"
    )
    group.add_argument(
        "--dayfirst",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read the events file's numeric dates day first (--no-dayfirst: month first)",
    )


def study_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The parsed shared flags as the toolkit's keyword arguments (names as in Python)."""
    return {
        "events": args.events,
        "source": args.source,
        "tickers": args.tickers,
        "benchmark": args.benchmark,
        "model": args.model,
        "estimation_window": tuple(args.estimation_window),
        "event_window": tuple(args.event_window),
        "car_windows": [tuple(w) for w in args.car_windows] if args.car_windows else None,
        "precision": tuple(args.precision),
        "group_by": args.group_by,
        "export": list(dict.fromkeys(args.export or [])),
        "date_format": args.date_format,
        "dayfirst": args.dayfirst,
    }
