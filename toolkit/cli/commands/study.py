"""``market-reaction study``: an event study from the command line.

Events come from article files (their dated statements, aligned to NYSE sessions) or from
``--dates``; the returns from any price source. Prints the per-event CARs with their t-tests
and the cross-sectional test battery.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from toolkit.errors import InputError

MODELS = ("constant_mean", "market", "market_adjusted", "raw", "garch")
FORMATS = ("table", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``study`` subcommand."""
    parser = subparsers.add_parser(
        "study",
        help="run an event study on article statements or on given dates",
        description=(
            "Run an event study. Example: market-reaction study --dates 2025-04-03 2025-04-09 "
            "--tickers XLK XLE --benchmark '^GSPC' --model market"
        ),
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE", help="article files or folders")
    parser.add_argument(
        "--dates", nargs="+", metavar="DATE", help="event dates instead of articles"
    )
    parser.add_argument("--published", help="publication date for articles without a sidecar")
    parser.add_argument("--tickers", nargs="+", default=["^GSPC"], metavar="TICKER")
    parser.add_argument("--benchmark", help="benchmark ticker for the market model, e.g. ^GSPC")
    parser.add_argument(
        "--model",
        choices=MODELS,
        help="normal-return model (default: market with a benchmark, constant_mean without)",
    )
    parser.add_argument(
        "--event-window", nargs=2, type=int, default=(-5, 5), metavar=("START", "END")
    )
    parser.add_argument(
        "--estimation-window", nargs=2, type=int, default=(-250, -11), metavar=("START", "END")
    )
    parser.add_argument("--source", default="snapshot", help="snapshot (default), auto or yahoo")
    parser.add_argument("--format", default="table", choices=FORMATS)
    parser.set_defaults(func=run)


def _events(args: argparse.Namespace):
    from toolkit.study.events import align_events
    from toolkit.text.articles import find_articles, load_article
    from toolkit.text.statements import extract_statements

    if args.dates and args.articles:
        raise InputError("Give either ARTICLE files or `--dates`, not both.")
    if args.dates:
        return align_events(list(args.dates))
    if not args.articles:
        raise InputError("Give ARTICLE files or folders, or `--dates YYYY-MM-DD ...`.")
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
    return align_events(statements)


def run(args: argparse.Namespace) -> int:
    """Run the study and print its tables (numbers by the rule of :mod:`toolkit._format`)."""
    from toolkit._format import format_frame
    from toolkit.market import load_prices
    from toolkit.study.model import EventStudy
    from toolkit.study.windows import parse_window

    parse_window(args.event_window, "event_window")
    parse_window(args.estimation_window, "estimation_window")
    events = _events(args)
    sessions = events.to_frame()["session"]
    margin = pd.Timedelta(days=int(abs(args.estimation_window[0]) * 1.6) + 30)
    start = (sessions.min() - margin).strftime("%Y-%m-%d")
    end = (sessions.max() + pd.Timedelta(days=int(abs(args.event_window[1]) * 1.6) + 10)).strftime(
        "%Y-%m-%d"
    )
    tickers = list(dict.fromkeys([*args.tickers, *([args.benchmark] if args.benchmark else [])]))
    data = load_prices(tickers, start, _clip_end(end), source=args.source, partial=True)
    returns = data.returns()
    benchmark = None
    if args.benchmark:
        from toolkit.market import canonical_ticker

        bench = canonical_ticker(args.benchmark)
        benchmark = returns[bench]
        returns = (
            returns.drop(columns=[bench])
            if bench not in map(canonical_ticker, args.tickers)
            else returns
        )
    results = EventStudy(
        returns,
        events,
        model=args.model,
        benchmark=benchmark,
        event_window=tuple(args.event_window),
        estimation_window=tuple(args.estimation_window),
    ).fit()
    car = results.car[["event_id", "asset", "window", "car", "t", "pvalue", "bhar"]]
    caar = results.caar
    if args.format == "csv":
        car.to_csv(sys.stdout, index=False)
        return 0
    print(f"# data: {data.source}, sha256 {data.sha256[:16]}...; model: {results.params['model']}")
    print(
        events.to_frame()[["event_id", "session", "shift_reason", "group", "speakers"]].to_string(
            index=False
        )
    )
    print()
    print(format_frame(car).to_string(index=False))
    print()
    cols = [
        c
        for c in (
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
        if c in caar.columns
    ]
    print(format_frame(caar[cols]).to_string(index=False))
    if len(results.skipped):
        print()
        print("skipped:")
        print(results.skipped.to_string(index=False))
    if len(events.skipped):
        print()
        print("statements not used as events:")
        shown = events.skipped.assign(date=events.skipped["date"].dt.strftime("%Y-%m-%d"))
        print(shown.fillna("").to_string(index=False))
    return 0


def _clip_end(end: str) -> str | None:
    """An end date in the future means "up to the last date the source has"."""
    return end if pd.Timestamp(end) <= pd.Timestamp.today().normalize() else None
