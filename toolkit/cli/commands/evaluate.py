"""``market-reaction evaluate``: score the extraction of an article against a hand annotation."""

from __future__ import annotations

import argparse
import json
import math
import sys

import pandas as pd

from toolkit.errors import check_option

FORMATS = ("table", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score statement extraction against a hand annotation (YAML)",
        description=(
            "Extract the statements of ARTICLE and score them against GOLD.yaml (format of "
            "tests/data/seed_statements.yaml): recall, precision, speaker, date, precision and "
            "time-of-day accuracy. Example: market-reaction evaluate "
            "seeds/000_fa62c70b439fe6f5.txt tests/data/seed_statements.yaml"
        ),
    )
    parser.add_argument(
        "article", metavar="ARTICLE", help="article file (with a .meta.yaml sidecar)"
    )
    parser.add_argument("gold", metavar="GOLD.yaml", help="hand annotation")
    parser.add_argument(
        "--published", help="publication date YYYY-MM-DD (default: from the sidecar)"
    )
    parser.add_argument("--format", default="table", choices=FORMATS, help="output format")
    parser.set_defaults(func=run)


def _clean(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def run(args: argparse.Namespace) -> int:
    """Extract, score and print."""
    from toolkit._format import fmt_share
    from toolkit.text.articles import load_article
    from toolkit.text.evaluation import evaluate_statements
    from toolkit.text.statements import extract_statements

    check_option("format", args.format, FORMATS)
    art = load_article(args.article, published=args.published)
    result = evaluate_statements(extract_statements(art.text, published=art.published), args.gold)
    if args.format == "json":
        details = [
            {k: _clean(v) for k, v in rec.items()} for rec in result.details.to_dict("records")
        ]
        payload = {"summary": {k: _clean(v) for k, v in result.scores.items()}, "details": details}
        sys.stdout.write(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
        return 0
    summary = pd.DataFrame(
        {
            "metric": list(result.scores),
            "value": [
                fmt_share(v) if isinstance(v, float) else str(v) for v in result.scores.values()
            ],
        }
    )
    cols = [
        "gold_id",
        "matched",
        "statement_id",
        "speaker_pred",
        "date_pred",
        "precision_pred",
        "problems",
    ]
    with pd.option_context("display.width", 200, "display.max_rows", None):
        sys.stdout.write(summary.to_string(index=False) + "\n\n")
        sys.stdout.write(result.details[cols].fillna("").to_string(index=False) + "\n")
    return 0
