"""``market-reaction report``: from news articles, an events file or both to a self-contained,
reproducible HTML report."""

from __future__ import annotations

import argparse

from toolkit.cli.options import add_study_options, study_settings
from toolkit.errors import InputError
from toolkit.text.topics import TOPIC_CHOICES


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report (statements or events, event study, charts, "
        "provenance)",
        description=(
            "Extract the dated policy statements of the articles (or read the events of an "
            "events file), run an event study of the market's reaction and write one HTML file "
            "that opens without a network. The same inputs give a byte-identical file. "
            "Examples: market-reaction report seeds/ --out reports/seed.html; market-reaction "
            "report --events events.csv --source csv:prices.csv --benchmark SPY --out r.html"
        ),
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="article files (.txt) or folders of them"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date YYYY-MM-DD for every article (overrides sidecars)",
    )
    parser.add_argument(
        "--topic",
        choices=TOPIC_CHOICES,
        help="policy topic of every article: its stance names and the report's wording "
        "(default: detected per article from its words)",
    )
    add_study_options(parser)
    parser.add_argument(
        "--out",
        metavar="PATH",
        help="the HTML file to write (default: reports/<input name>.html); --export files go "
        "beside it",
    )
    parser.add_argument(
        "--no-code",
        action="store_true",
        help="leave the notebook code out of the page (by default each cell's code is there, "
        "collapsed)",
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
    """Write the report and print where it and its exports went."""
    from toolkit.report import render_report

    settings = study_settings(args)
    if not args.inputs and not settings["events"]:
        raise InputError("Give article files or folders (INPUT), or an events file (--events).")
    out = render_report(
        args.inputs,
        out=args.out,
        published=args.published,
        topic=args.topic,
        **settings,  # the shared flags, named as render_report's parameters
        keep_notebook=args.keep_notebook,
        include_code=not args.no_code,
        stamp=args.stamp,
        title=args.title,
    )
    size = out.stat().st_size
    print(f"wrote {out} ({size / 1e6:.1f} MB)")
    for fmt in settings["export"]:  # csv: one file per table, in a folder named after the page
        print(f"wrote {out.with_suffix('') if fmt == 'csv' else out.with_suffix(f'.{fmt}')}")
    if args.keep_notebook:
        print(f"wrote {out.with_suffix('.ipynb')}")
    return 0
