"""``market-reaction extract``: dated policy statements from article files or a corpus.

Article files and folders are printed per article, as extracted. A corpus (a glob, a JSON
Lines file, a Parquet file or dataset), or any input with ``--out`` or ``--scheduler``, goes
through :func:`toolkit.text.corpus.extract_corpus`: the same statement reported by several
articles is merged (``--no-merge`` keeps every row), the work can run on a Dask cluster
(``--scheduler tcp://host:8786`` or ``--scheduler local``), and ``--out statements.parquet``
writes the result (atomically) instead of printing it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import pandas as pd

from toolkit.errors import InputError, check_option
from toolkit.text.statements import SUMMARY_COLUMNS
from toolkit.text.topics import TOPIC_CHOICES

FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="extract dated policy statements (quotes, actions, plans, market remarks) from articles",
        description=(
            "Print the dated statements of one or more articles, or extract a whole corpus "
            "(a glob, a JSON Lines file, a Parquet file or dataset with columns text, "
            "published and optionally id, title, source, timezone), on a Dask cluster if you "
            "like. The publication date comes from --published, each article's "
            "<stem>.meta.yaml sidecar, or the published column. Examples: "
            "market-reaction extract seeds/000_fa62c70b439fe6f5.txt --format csv; "
            "market-reaction extract articles.parquet --out statements.parquet "
            "--scheduler local"
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="SOURCE",
        help="article files or folders, a glob (quoted), a .jsonl file, a .parquet file or folder",
    )
    parser.add_argument(
        "--published", help="publication date YYYY-MM-DD (default: from the sidecar or column)"
    )
    parser.add_argument(
        "--topic",
        choices=TOPIC_CHOICES,
        help="policy topic of every article file, which sets the stance names (hawkish/dovish "
        "for monetary, ...); default: detected per article from its words",
    )
    parser.add_argument(
        "--parser",
        choices=("rules", "spacy"),
        default="rules",
        help="'spacy': also the statements of a dependency parse (passives, relative clauses, "
        "participles; slower; needs pip install 'market-reaction[parser]'); default: the rules",
    )
    parser.add_argument("--format", default="table", choices=FORMATS, help="output format")
    parser.add_argument(
        "--out", metavar="PATH", help="write the statements to this .parquet file instead"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on Dask: a scheduler address (tcp://host:8786) or 'local' (one worker per core)",
    )
    parser.add_argument(
        "--partition-size",
        type=int,
        default=100,
        metavar="N",
        help="articles per Dask task (default 100)",
    )
    parser.add_argument(
        "--no-merge",
        action="store_true",
        help="keep every article's rows (do not merge a statement reported by several articles)",
    )
    parser.set_defaults(func=run)


def _articles_frame(args: argparse.Namespace) -> pd.DataFrame:
    from toolkit.text.articles import find_articles, load_article
    from toolkit.text.statements import extract_statements

    frames = []
    for path in find_articles(args.files):
        art = load_article(path, published=args.published)
        f = extract_statements(
            art.text,
            published=art.published,
            source=path.name,
            article_id=art.article_id,
            topic=args.topic,
            parser=args.parser,
        )
        frames.append(f.to_frame())
    if not frames:
        return extract_statements("", published="2000-01-01", source="").to_frame()
    return pd.concat(frames, ignore_index=True)


def _corpus_frame(args: argparse.Namespace) -> pd.DataFrame:
    from toolkit.text.corpus import extract_corpus

    if args.partition_size < 1:
        raise InputError(
            f"Option `--partition-size` takes a number >= 1, got {args.partition_size}."
        )
    client: Any = None
    owned = False
    if args.scheduler:
        from toolkit.text.corpus_dask import connect, dashboard_link

        try:
            client, owned = connect(args.scheduler)
        except InputError as exc:
            message = str(exc).replace("Parameter `client`", "Option `--scheduler`")
            raise InputError(message) from exc
        link = dashboard_link(client)
        workers = len(client.scheduler_info().get("workers", {}))
        where = f"; dashboard: {link}" if link else ""
        print(
            f"market-reaction: Dask scheduler {client.scheduler.address}, {workers} workers{where}",
            file=sys.stderr,
        )
    try:
        return extract_corpus(
            args.files,
            published=args.published,
            merge=not args.no_merge,
            client=client,
            out=args.out,
            partition_size=args.partition_size,
            parser=args.parser,
        )
    finally:
        if owned:
            from toolkit.text.corpus_dask import close

            close(client)


def _is_corpus(args: argparse.Namespace) -> bool:
    from toolkit.text.corpus_sources import source_kinds

    return bool(args.out or args.scheduler or source_kinds(args.files) - {"article"})


def run(args: argparse.Namespace) -> int:
    """Extract the statements and print them (or write them with ``--out``)."""
    check_option("format", args.format, FORMATS)
    if _is_corpus(args):
        if args.topic is not None:
            raise InputError(
                "Option `--topic` applies to article files and folders; the articles of a "
                "corpus each have their topic detected (the `topic` column)."
            )
        frame = _corpus_frame(args)
        if args.out:
            n = len({a for ids in frame["article_ids"] for a in ids.split("; ")})
            print(f"wrote {len(frame)} statements from {n} articles to {args.out}")
            return 0
    else:
        frame = _articles_frame(args)
    out = frame.copy()
    for col in ("date", "date_end"):
        out[col] = out[col].dt.strftime("%Y-%m-%d").astype(object).where(out[col].notna(), None)
    if args.format == "csv":
        out.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        extra = ["n_sources"] if "n_sources" in out.columns else []
        table = out[["article_id", *SUMMARY_COLUMNS, *extra]].copy()
        table["text"] = table["text"].str.replace("\n", " ").str.slice(0, 70)
        with pd.option_context(
            "display.width", 200, "display.max_colwidth", 70, "display.max_rows", None
        ):
            sys.stdout.write(table.fillna("").to_string(index=False) + "\n")
    return 0
