"""``market-reaction prices``: closes and daily returns for tickers, from any price source."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from toolkit.errors import check_option

FORMATS = ("table", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``prices`` subcommand."""
    parser = subparsers.add_parser(
        "prices",
        help="print closes and daily returns (embedded snapshot, Yahoo Finance or a CSV file)",
        description=(
            "Print daily closes and simple returns, one row per session and ticker. "
            "Example: market-reaction prices '^GSPC' --start 2025-04-01 --end 2025-04-11"
        ),
    )
    parser.add_argument("tickers", nargs="+", metavar="TICKER", help="e.g. ^GSPC, SPX, SPY, XLK")
    parser.add_argument("--start", help="first date, YYYY-MM-DD (default: first available)")
    parser.add_argument("--end", help="last date, YYYY-MM-DD (default: last available)")
    parser.add_argument(
        "--source",
        default="snapshot",
        help="price source: snapshot (default, offline), auto, yahoo, or csv:PATH",
    )
    parser.add_argument("--format", default="table", choices=FORMATS, help="output format")
    parser.set_defaults(func=run)


def prices_frame(data) -> pd.DataFrame:
    """Long frame of ``date, ticker, close, return_pct`` from a PriceData."""
    closes = data.prices
    returns = closes.pct_change(fill_method=None) * 100.0
    out = (
        pd.concat({"close": closes, "return_pct": returns}, axis=1)
        .stack(level=1, future_stack=True)
        .reset_index()
    )
    out.columns = ["date", "ticker", "close", "return_pct"]
    out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    return out.sort_values(["ticker", "date"], kind="stable").reset_index(drop=True)


def run(args: argparse.Namespace) -> int:
    """Load the prices and print them (numbers by the rule of :mod:`toolkit._format`)."""
    from toolkit._format import fmt_pct, fmt_price
    from toolkit.market import load_prices

    check_option("format", args.format, FORMATS)
    source = args.source
    kwargs = {}
    if source.startswith("csv:"):
        source, kwargs["path"] = "csv", source[4:]
    data = load_prices(args.tickers, args.start, args.end, source=source, **kwargs)
    frame = prices_frame(data)
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False, float_format="%.6g")
    else:
        print(
            f"# source: {data.source}  sha256: {data.sha256[:16]}...  retrieved: {data.retrieved_at}"
        )
        print(
            frame.to_string(
                index=False,
                na_rep="",
                formatters={"close": fmt_price, "return_pct": lambda v: fmt_pct(v / 100.0)},
            )
        )
    return 0
