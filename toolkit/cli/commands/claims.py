"""``market-reaction claims``: what articles say the market did, checked against the closes."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from toolkit.errors import InputError, check_option

FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``claims`` subcommand."""
    parser = subparsers.add_parser(
        "claims",
        help="check what articles say the market did ('the S&P 500 fell 4.8%%') against prices",
        description=(
            "Find the market claims in articles (percent and point changes, closing levels, "
            "directions, 'best day since 2008', streaks), line each up with its NYSE session "
            "and judge it on the closes: consistent, inconsistent or not checkable (with the "
            "reason). Rules: docs/claims.md. Example: market-reaction claims "
            "seeds/000_fa62c70b439fe6f5.txt --format csv"
        ),
    )
    parser.add_argument("files", nargs="+", metavar="ARTICLE", help="article files or folders")
    parser.add_argument(
        "--published", metavar="DATE", help="publication date of every article (default: sidecars)"
    )
    parser.add_argument(
        "--source",
        default="auto",
        help=(
            "price source: auto (default: the cache, then Yahoo Finance, then the embedded "
            "snapshot; the snapshot alone offline), snapshot, yahoo, or csv:PATH"
        ),
    )
    parser.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAME=TICKER",
        help="check claims about a company: --name Apple=AAPL (repeatable)",
    )
    parser.add_argument("--format", default="table", choices=FORMATS, help="output format")
    parser.set_defaults(func=run)


def _names(pairs: list[str]) -> dict[str, str]:
    names = {}
    for pair in pairs:
        name, sep, ticker = pair.partition("=")
        if not sep or not name.strip() or not ticker.strip():
            raise InputError(f"Option `--name` takes NAME=TICKER (e.g. Apple=AAPL), got {pair!r}.")
        names[name.strip()] = ticker.strip()
    return names


def _statements(args: argparse.Namespace) -> pd.DataFrame:
    """The articles' statements (ids "article:s001"), with each article's publication date."""
    from toolkit import extract_corpus, find_articles, load_article

    arts = [load_article(path, published=args.published) for path in find_articles(args.files)]
    if not arts:
        raise InputError(f"Parameter `files`: no articles (.txt, .md, .text) in {args.files}.")
    published = {a.article_id: pd.Timestamp(a.published) for a in arts}
    texts = pd.DataFrame(
        {
            "article_id": list(published),
            "text": [a.text for a in arts],
            "published": [a.published for a in arts],
        }
    )
    frame = extract_corpus(texts, progress=False, merge=False)
    frame["published"] = frame["article_id"].map(published)
    return frame


def _table(claims: pd.DataFrame, source: str) -> str:
    from toolkit.study.claim_rules import VERDICTS
    from toolkit.study.claims import SUMMARY_COLUMNS, value_text

    counts = claims["verdict"].value_counts()
    summary = ", ".join(f"{counts[v]} {v}" for v in VERDICTS if v in counts.index)
    lines = [f"# {len(claims)} claims{': ' + summary if summary else ''}  (prices: {source})"]
    if claims.empty:
        return lines[0] + "\n"
    shown = claims[list(SUMMARY_COLUMNS)].copy()
    shown["session"] = shown["session"].dt.strftime("%Y-%m-%d").fillna("")
    shown["claim"] = shown["claim"].str.replace("\n", " ").str.slice(0, 45)
    for col in ("claimed", "measured"):
        shown[col] = [value_text(v, u) for v, u in zip(shown[col], claims["unit"])]
    shown = shown.rename(columns={"statement_id": "statement"})
    with pd.option_context(
        "display.width", 250, "display.max_colwidth", 50, "display.max_rows", None
    ):
        lines.append(shown.fillna("").to_string(index=False))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Check the claims and print them."""
    from toolkit import check_market_claims
    from toolkit.market import get_source

    check_option("format", args.format, FORMATS)
    source = args.source
    if source.startswith("csv:"):
        source = get_source("csv", path=source[4:])
    statements = _statements(args)
    claims = check_market_claims(statements, source=source, names=_names(args.name))
    out = claims.copy()
    for col in ("session", "reference"):
        out[col] = out[col].dt.strftime("%Y-%m-%d").astype(object).where(out[col].notna(), None)
    if args.format == "csv":
        out.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        sources = sorted(set(claims["price_source"].dropna())) or [str(args.source)]
        sys.stdout.write(_table(claims, ", ".join(sources)))
    return 0
