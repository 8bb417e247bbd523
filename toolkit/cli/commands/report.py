"""``market-reaction report``: from news articles to a self-contained, reproducible HTML report."""

from __future__ import annotations

import argparse

from toolkit.study.models import MODELS

#: Models the command offers (the factor model needs factor data, which the command has not).
REPORT_MODELS = tuple(m for m in MODELS if m != "factor")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report (statements, event study, charts, provenance)",
        description=(
            "Extract the dated policy statements of the articles, run an event study of the "
            "market's reaction and write one HTML file that opens without a network. The same "
            "inputs give a byte-identical file. Example: market-reaction report seeds/ "
            "--out reports/seed.html"
        ),
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="article files (.txt) or folders of them"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date YYYY-MM-DD for every article (overrides sidecars)",
    )
    parser.add_argument(
        "--tickers",
        nargs="+",
        default=["^GSPC"],
        metavar="TICKER",
        help="assets to study (default: ^GSPC)",
    )
    parser.add_argument(
        "--model",
        choices=REPORT_MODELS,
        default=None,
        help="expected-return model (default: constant_mean for ^GSPC alone, else market with ^GSPC as benchmark)",
    )
    parser.add_argument(
        "--event-window",
        nargs=2,
        type=int,
        default=[-5, 5],
        metavar=("START", "END"),
        help="event window in sessions around day 0 (default: -5 5)",
    )
    parser.add_argument(
        "--estimation-window",
        nargs=2,
        type=int,
        default=[-250, -11],
        metavar=("START", "END"),
        help="estimation window in sessions before day 0 (default: -250 -11)",
    )
    parser.add_argument(
        "--source",
        choices=("snapshot", "auto", "yahoo"),
        default="snapshot",
        help="price source (default: snapshot, offline and reproducible)",
    )
    parser.add_argument(
        "--out", metavar="PATH", help="the HTML file to write (default: reports/<input name>.html)"
    )
    parser.add_argument(
        "--no-code",
        action="store_true",
        help="leave the notebook code out of the page (by default each cell's code is there, collapsed)",
    )
    parser.add_argument(
        "--keep-notebook",
        action="store_true",
        help="also write the executed notebook next to the page (.ipynb)",
    )
    parser.add_argument(
        "--stamp",
        action="store_true",
        help="write the time of the run into the page (it is then no longer byte-identical)",
    )
    parser.add_argument("--title", help="page title (default: from the first article's title)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the report and print where it went."""
    from toolkit.report import render_report

    out = render_report(
        args.inputs,
        out=args.out,
        published=args.published,
        tickers=args.tickers,
        model=args.model,
        event_window=tuple(args.event_window),
        estimation_window=tuple(args.estimation_window),
        source=args.source,
        keep_notebook=args.keep_notebook,
        include_code=not args.no_code,
        stamp=args.stamp,
        title=args.title,
    )
    size = out.stat().st_size
    print(f"wrote {out} ({size / 1e6:.1f} MB)")
    if args.keep_notebook:
        print(f"wrote {out.with_suffix('.ipynb')}")
    return 0
