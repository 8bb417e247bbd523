"""``market-reaction extract``: dated policy statements from article files."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from toolkit.errors import check_option
from toolkit.text.statements import SUMMARY_COLUMNS

FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="extract dated policy statements (quotes, actions, plans, market remarks) from articles",
        description=(
            "Print the dated statements of one or more articles. The publication date comes "
            "from --published or from each article's <stem>.meta.yaml sidecar. "
            "Example: market-reaction extract seeds/000_fa62c70b439fe6f5.txt --format csv"
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files or folders")
    parser.add_argument(
        "--published", help="publication date YYYY-MM-DD (default: from the sidecar)"
    )
    parser.add_argument("--format", default="table", choices=FORMATS, help="output format")
    parser.set_defaults(func=run)


def _frame(args: argparse.Namespace) -> pd.DataFrame:
    from toolkit.text.articles import find_articles, load_article
    from toolkit.text.statements import extract_statements

    frames = []
    for path in find_articles(args.files):
        art = load_article(path, published=args.published)
        f = extract_statements(
            art.text, published=art.published, source=path.name, article_id=art.article_id
        )
        frames.append(f.to_frame())
    if not frames:
        return extract_statements("", published="2000-01-01", source="").to_frame()
    return pd.concat(frames, ignore_index=True)


def run(args: argparse.Namespace) -> int:
    """Extract and print the statements."""
    check_option("format", args.format, FORMATS)
    frame = _frame(args)
    out = frame.copy()
    for col in ("date", "date_end"):
        out[col] = out[col].dt.strftime("%Y-%m-%d").astype(object).where(out[col].notna(), None)
    if args.format == "csv":
        out.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        table = out[["article_id", *SUMMARY_COLUMNS]].copy()
        table["text"] = table["text"].str.replace("\n", " ").str.slice(0, 70)
        with pd.option_context(
            "display.width", 200, "display.max_colwidth", 70, "display.max_rows", None
        ):
            sys.stdout.write(table.fillna("").to_string(index=False) + "\n")
    return 0
