"""``market-reaction study``: an event study from the command line.

Events come from an events file (``--events``), from article files (their dated statements,
aligned to NYSE sessions), from both, or from ``--dates``; the returns from any price source
(``--source snapshot|yahoo|auto|csv:PATH|parquet:PATH``). Prints the events, the per-event
CARs with their t-tests and the cross-sectional test battery; ``--export`` also writes the
result tables to files.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.cli.options import add_study_options, study_settings
from toolkit.errors import InputError

FORMATS = ("table", "csv")
#: The columns of the test battery the table shows.
_CAAR_COLUMNS = (
    "window",
    "group",
    "caar",
    "n",
    "j1",
    "j1_pvalue",
    "bmp",
    "bmp_pvalue",
    "corrado",
    "corrado_pvalue",
    "sign",
    "sign_pvalue",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``study`` subcommand."""
    parser = subparsers.add_parser(
        "study",
        help="run an event study on an events file, article statements or given dates",
        description=(
            "Run an event study. Examples: market-reaction study --dates 2025-04-03 2025-04-09 "
            "--tickers XLK XLE --benchmark '^GSPC' --model market; market-reaction study "
            "--events events.csv --source csv:prices.csv --benchmark SPY"
        ),
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE", help="article files or folders")
    parser.add_argument(
        "--dates", nargs="+", metavar="DATE", help="event dates instead of articles"
    )
    parser.add_argument("--published", help="publication date for articles without a sidecar")
    add_study_options(parser)
    parser.add_argument("--format", default="table", choices=FORMATS)
    parser.add_argument(
        "--out",
        metavar="PATH",
        default="study",
        help="where --export writes, without the suffix (default: study in the current folder)",
    )
    parser.set_defaults(func=run)


def _statement_events(args: argparse.Namespace, settings: dict[str, Any]):
    from toolkit.study.events import align_events
    from toolkit.text.articles import find_articles, load_article
    from toolkit.text.statements import extract_statements

    if args.dates and args.articles:
        raise InputError("Give either ARTICLE files or `--dates`, not both.")
    if args.dates:
        return align_events(list(args.dates))
    if not args.articles:
        return None
    frames = []
    for path in find_articles(args.articles):
        article = load_article(path, published=args.published)
        frame = extract_statements(
            article.text,
            published=article.published,
            article_id=article.article_id,
            timezone=article.timezone,
        ).to_frame()
        frames.append(frame)
    statements = pd.concat(frames, ignore_index=True)
    statements["statement_id"] = statements["article_id"] + ":" + statements["statement_id"]
    return align_events(
        statements, precision=settings["precision"], group=settings["group_by"] or "stance"
    )


def _file_events(settings: dict[str, Any], prices: Any = None):
    from toolkit.study.events_file import load_events

    return load_events(
        settings["events"],
        prices=prices,
        group=settings["group_by"],
        date_format=settings["date_format"],
        dayfirst=settings["dayfirst"],
    )


def _first_pass(settings: dict[str, Any]):
    """The file's events before the prices are known, for their sessions and assets (the
    warnings come with the second reading, against the prices)."""
    if not settings["events"]:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _file_events(settings)


def run(args: argparse.Namespace) -> int:
    """Run the study and print its tables (numbers by the rule of :mod:`toolkit._format`)."""
    from toolkit.study.pipeline import combine_events, fit_study, load_study_prices, study_assets
    from toolkit.study.windows import parse_window

    settings = study_settings(args)
    parse_window(settings["event_window"], "event_window")
    parse_window(settings["estimation_window"], "estimation_window")
    statement_events = _statement_events(args, settings)
    if statement_events is None and not settings["events"]:
        raise InputError(
            "Give an events file (`--events FILE`), ARTICLE files or folders, or "
            "`--dates YYYY-MM-DD ...`."
        )
    first_pass = _first_pass(settings)
    sessions = [
        *([] if statement_events is None else statement_events.frame["session"]),
        *([] if first_pass is None else first_pass.frame["session"]),
    ]
    assets, benchmark = study_assets(settings["tickers"], settings["benchmark"], first_pass)
    data = load_study_prices(
        assets,
        benchmark,
        pd.Series(sessions),
        source=settings["source"],
        estimation_window=settings["estimation_window"],
        event_window=settings["event_window"],
    )
    file_events = _file_events(settings, data) if settings["events"] else None
    events = combine_events(file_events, statement_events)
    results = fit_study(
        data,
        events,
        assets=assets,
        benchmark=benchmark,
        model=settings["model"],
        estimation_window=settings["estimation_window"],
        event_window=settings["event_window"],
        car_windows=settings["car_windows"],
    )
    written = _export(results, settings["export"], Path(args.out))
    if args.format == "csv":
        results.car[["event_id", "asset", "window", "car", "t", "pvalue", "bhar"]].to_csv(
            sys.stdout, index=False
        )
    else:
        _print_tables(results, events, data)
    for path in written:
        print(f"wrote {path}", file=sys.stderr if args.format == "csv" else sys.stdout)
    return 0


def _export(results: Any, formats: list[str], stem: Path) -> list[Path]:
    """Write the result tables in each format (``toolkit.study.exports``)."""
    if not formats:
        return []
    from toolkit.study.exports import export_results

    written: list[Path] = []
    for fmt in formats:
        written += export_results(results, fmt, stem.with_name(f"{stem.name}.{fmt}"))
    return written


def _print_tables(results: Any, events: Any, data: Any) -> None:
    from toolkit._format import format_frame

    car = results.car[["event_id", "asset", "window", "car", "t", "pvalue", "bhar"]]
    caar = results.caar
    print(f"# data: {data.source}, sha256 {data.sha256[:16]}...; model: {results.params['model']}")
    frame = events.to_frame()
    cols = [
        c
        for c in ("event_id", "session", "shift_reason", "group", "asset", "speakers")
        if c in frame and not (c == "speakers" and not frame[c].astype(bool).any())
    ]
    print(frame[cols].to_string(index=False))
    print()
    print(format_frame(car).to_string(index=False))
    print()
    print(
        format_frame(caar[[c for c in _CAAR_COLUMNS if c in caar.columns]]).to_string(index=False)
    )
    if len(results.skipped):
        print()
        print("skipped:")
        print(results.skipped.to_string(index=False))
    if len(events.skipped):
        print()
        print("statements, dates or file events not used as events:")
        shown = events.skipped.assign(date=events.skipped["date"].dt.strftime("%Y-%m-%d"))
        print(shown.fillna("").to_string(index=False))
