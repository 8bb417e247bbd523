"""``render_report``: from article files to one self-contained, reproducible HTML report.

Steps: collect the articles (skipping unreadable files found in folders, with a warning), open
a temporary file in the output folder (so an unwritable folder fails before any work), execute
the parameterised report notebook in a fresh kernel (:mod:`toolkit.report.execute`), export it
with the report template (:mod:`toolkit.report.export`), and move the page into place with
:func:`os.replace`, so a reader never sees a half-written report. A page that replaces an
existing one keeps that file's permissions; a new page gets mode 0644.

While a report is written, SIGTERM and SIGHUP are turned into an exception (in the main thread),
so the temporary page and the partial notebook in the temporary folder are removed on every exit
the process can catch; the process then ends with status 128 + the signal number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import stat
import tempfile
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from toolkit._hints import current_hint_style
from toolkit.errors import ArticleError, DataWarning, InputError, ReportError, check_option
from toolkit.market.registry import available_sources
from toolkit.market.tickers import canonical_tickers
from toolkit.report.execute import execute_notebook
from toolkit.report.export import RESOURCES, export_html
from toolkit.report.provenance import display_path, reproduce_command
from toolkit.study.events import _PRECISIONS
from toolkit.study.models import resolve_model
from toolkit.study.pipeline import study_assets
from toolkit.study.windows import parse_window, parse_windows
from toolkit.text.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    load_article,
    parse_published,
    read_regular_file,
    safe_path_text,
)
from toolkit.text.topics import TOPIC_CHOICES

__all__ = [
    "DEFAULT_MODEL",
    "SOURCES",
    "ArticleInputs",
    "collect_articles",
    "default_out",
    "render_report",
]

#: Price sources a report can use (``snapshot`` is offline and reproducible).
SOURCES: tuple[str, ...] = ("snapshot", "auto", "yahoo")
#: Expected-return model used when none is given: None picks ``constant_mean`` when the S&P 500
#: alone is studied, else ``market`` with the S&P 500 as benchmark.
DEFAULT_MODEL: str | None = None
#: The benchmark of the market model: the S&P 500 index.
BENCHMARK = "^GSPC"
#: Formats of ``export``: the result tables written beside the report.
EXPORT_FORMATS: tuple[str, ...] = ("xlsx", "tex", "csv")
#: The parameterised notebook every report is executed from.
TEMPLATE = RESOURCES / "report.ipynb"


@dataclass
class ArticleInputs:
    """Articles found in the inputs, and the files skipped on the way.

    Attributes
    ----------
    articles
        The articles read, in input order (files of a folder sorted by name).
    skipped
        ``(path, reason)`` for each file of a folder that could not be read as UTF-8 text.
    """

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _name_problem(path: Path) -> str | None:
    """Why the name of ``path`` cannot go into a report (not UTF-8), or None."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "has a file name that is not UTF-8 text; rename it"
    return None


def _check_text_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as UTF-8 text, or None if it can."""
    named = _name_problem(path)
    if named is not None:
        return named
    try:
        raw = read_regular_file(path, limit=MAX_ARTICLE_BYTES, what="article file")
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except ValueError as exc:
        return str(exc).replace(f"article file {safe_path_text(path)} ", "", 1)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"is not UTF-8 text (byte {exc.start})"
    return None


def collect_articles(inputs: Iterable[str | Path], *, published: Any = None) -> ArticleInputs:
    """Read the articles named by ``inputs``.

    Parameters
    ----------
    inputs
        Article files and folders. A folder contributes its files ending in ``.txt``, ``.md``
        or ``.text``, sorted by name; those that cannot be read or are not UTF-8 are skipped
        with a :class:`~toolkit.errors.DataWarning` and listed in ``skipped``. A file named
        directly must be readable.
    published
        Publication date for every article (overrides the sidecars).

    Returns
    -------
    ArticleInputs

    Raises
    ------
    InputError
        If an input does not exist.
    ArticleError
        If a named file cannot be read, an article has no publication date, or no article is
        left to report on.
    """
    found = ArticleInputs()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for file in sorted(
                f for f in path.iterdir() if f.suffix in ARTICLE_SUFFIXES and f.is_file()
            ):
                reason = _check_text_file(file)
                if reason is not None:
                    shown = safe_path_text(display_path(file))
                    warnings.warn(f"skipped {shown}: it {reason}.", DataWarning, stacklevel=2)
                    found.skipped.append((shown, reason))
                    continue
                found.articles.append(load_article(file, published=published))
        elif path.exists():
            named = _name_problem(path)
            if named is not None:
                raise ArticleError(f"Parameter `inputs`: {safe_path_text(path)} {named}.")
            found.articles.append(load_article(path, published=published))
        else:
            raise InputError(
                f"Parameter `inputs`: {safe_path_text(item)} is neither an article file nor a "
                "folder."
            )
    if not found.articles:
        names = ", ".join(safe_path_text(i) for i in inputs) or "(none)"
        raise ArticleError(
            f"Parameter `inputs`: no readable article in {names} "
            f"(looked for files ending in {', '.join(ARTICLE_SUFFIXES)})."
        )
    return found


def default_out(inputs: Sequence[str | Path]) -> Path:
    """``reports/<name>.html``: the stem of a single input file or folder, else ``report``."""
    if len(inputs) == 1:
        p = Path(inputs[0])
        name = p.name if p.is_dir() else p.stem
        return Path("reports") / f"{name or 'report'}.html"
    return Path("reports/report.html")


def _window(value: Any, name: str) -> list[int]:
    try:
        start, end = (int(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"Parameter `{name}` takes two integers (start, end), got {value!r}."
        ) from exc
    if start > end:
        raise InputError(f"Parameter `{name}` takes start <= end, got ({start}, {end}).")
    return list(parse_window((start, end), name).as_tuple())


def _peek_events(
    events: str | Path | None, group_by: str | None, date_format: str | None, dayfirst: bool | None
) -> Any:
    """The events file read once before the notebook runs: its errors stop the report before
    any work, and its assets are the default tickers. Its warnings come in the report."""
    if events is None:
        return None
    from toolkit.study.events_file import load_events

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_events(events, group=group_by, date_format=date_format, dayfirst=dayfirst)


class _Terminated(SystemExit):
    """SIGTERM or SIGHUP arrived while a report was written (exits with 128 + the signal)."""


@contextlib.contextmanager
def _signals_as_exit() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Terminated` while the block runs.

    The exception unwinds through the ``finally`` clauses that remove the temporary page and
    the temporary notebook folder, which the default handlers (ending the process at once)
    would skip. Only the main thread can install handlers; elsewhere nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: Any) -> None:
        raise _Terminated(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            previous[signum] = signal.signal(signum, terminate)
        except (ValueError, OSError):  # not allowed here (e.g. an embedded interpreter)
            continue
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Target:
    """A temporary file in the output folder, moved onto the output path on commit."""

    def __init__(self, out: Path, suffix: str) -> None:
        self.out = out
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=suffix)
        except OSError as exc:
            raise ReportError(
                f"Parameter `out`: cannot write to {out.parent} ({exc.strerror or exc}); "
                f"choose a folder you can write to."
            ) from exc
        os.close(fd)
        self.tmp = Path(name)

    def commit(self, data: bytes) -> None:
        try:
            with open(self.tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            try:  # an existing report keeps its permissions
                mode = stat.S_IMODE(os.stat(self.out).st_mode)
            except FileNotFoundError:
                mode = 0o644
            os.chmod(self.tmp, mode)
            os.replace(self.tmp, self.out)
        except OSError as exc:
            self.discard()
            raise ReportError(
                f"Parameter `out`: cannot write {self.out} ({exc.strerror or exc})."
            ) from exc

    def discard(self) -> None:
        try:
            self.tmp.unlink()
        except FileNotFoundError:
            pass


def render_report(
    inputs: str | Path | Sequence[str | Path] = (),
    *,
    out: str | Path | None = None,
    published: Any = None,
    topic: str | None = None,
    tickers: Sequence[str] | None = None,
    model: str | None = DEFAULT_MODEL,
    event_window: tuple[int, int] = (-5, 5),
    estimation_window: tuple[int, int] = (-250, -11),
    source: str = "snapshot",
    events: str | Path | None = None,
    benchmark: str | None = None,
    car_windows: Sequence[tuple[int, int]] | None = None,
    precision: Sequence[str] = ("day",),
    group_by: str | None = None,
    export: Sequence[str] = (),
    date_format: str | None = None,
    dayfirst: bool | None = None,
    keep_notebook: bool = False,
    include_code: bool = True,
    stamp: bool = False,
    title: str | None = None,
    timeout: float = 600.0,
) -> Path:
    """Write a self-contained HTML report on how the market reacted to the articles' statements,
    to the events of an events file, or to both.

    With articles the report holds their metadata, the statements found in them, a timeline,
    the event study (abnormal returns, CARs with t and p, the test battery, the event
    regression), CAR and AR charts, "Reading the results" (the numbers in sentences), the
    comparison by stance, a methods section and a provenance block (versions, data source and
    checksum, every parameter, the command that regenerates it). With an events file alone it
    leaves out the articles, statements and market claims and tells the event study of the
    file's events (their table with the file's characteristics, the CAAR and the tests, the
    charts, the comparison by group). It opens without a network, and the same inputs give
    the same bytes.

    Parameters
    ----------
    inputs
        Article files and/or folders of articles (see :func:`collect_articles`); may be empty
        when ``events`` is given.
    out
        The HTML file to write (default ``reports/<input name>.html``). Its folder is created.
    published
        Publication date for every article, overriding the sidecars (``"YYYY-MM-DD"``).
    topic
        Policy topic of every article (``"trade"``, ``"monetary"``, ``"sanctions"``,
        ``"fiscal"`` or ``"general"``); None detects it per article from its words
        (:mod:`toolkit.text.topics`). It picks the stance names and the report's wording.
    tickers
        Assets to study (default: the ``asset`` column of the events file when it has one,
        else the S&P 500, ``^GSPC``).
    model
        Expected-return model of the event study (any name ``EventStudy`` accepts; the factor
        model, which needs factor data, is not offered). Default: ``"market"`` with a
        benchmark, else ``"constant_mean"``.
    event_window
        First and last day of the event window, relative to the event session.
    estimation_window
        First and last day of the estimation window, relative to the event session.
    source
        Price source: ``"snapshot"`` (embedded, offline, reproducible), ``"auto"``,
        ``"yahoo"``, or a file source ``"csv:PATH"`` / ``"parquet:PATH"``
        (:func:`toolkit.market.get_source`).
    events
        An events file (see :func:`toolkit.study.events_file.load_events`), instead of or
        beside the articles.
    benchmark
        Benchmark ticker of the market model. Default: ``^GSPC`` when other tickers are studied
        from a built-in source (snapshot, yahoo, auto); none with a file source.
    car_windows
        CAR windows, e.g. ``[(0, 0), (-1, 1)]`` (default the event study's).
    precision
        Statement date precisions that become events (default day only).
    group_by
        Column that groups the events: of the events file (default its ``group`` column) or
        of the statements (default ``stance``).
    export
        Formats (``"xlsx"``, ``"tex"``, ``"csv"``) in which the result tables are also
        written beside ``out``, with its stem (``reports/r.html`` -> ``reports/r.xlsx``,
        ``reports/r.tex``, and for csv the folder ``reports/r/``), by
        :func:`toolkit.study.exports.export_results`.
    date_format, dayfirst
        How to read the events file's dates (see ``load_events``).
    keep_notebook
        Also write the executed notebook next to the page (``<out>.ipynb``).
    include_code
        Show each code cell of the notebook, collapsed under "Code", above its output
        (``--no-code`` on the command line turns this off).
    stamp
        Write the time of the run into the report (the page is then no longer byte-identical
        from run to run).
    title
        Page title (default from the first article's title).
    timeout
        Seconds any one notebook cell may run.

    Returns
    -------
    pathlib.Path
        The report written.

    Raises
    ------
    InputError
        If an input does not exist or an option is out of range.
    ArticleError
        If an article has no publication date, or no article can be read.
    ReportError
        If the output cannot be written or the report notebook fails.

    Examples
    --------
    >>> from toolkit import render_report
    >>> render_report("seeds/", out="reports/seed.html")  # doctest: +SKIP
    PosixPath('reports/seed.html')
    """
    from toolkit import __version__

    items = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    if not items and events is None:
        raise InputError(
            "Parameter `inputs` takes at least one article file or folder (or pass `events`, "
            "an events file)."
        )
    source_name = source.partition(":")[0] if isinstance(source, str) else source
    if source_name not in available_sources() or source == f"{source_name}:":
        raise InputError(
            f"Parameter `source` takes one of {', '.join(SOURCES)}, csv:PATH or parquet:PATH, "
            f"got {source!r}."
        )
    window = _window(event_window, "event_window")
    est_window = _window(estimation_window, "estimation_window")
    windows = (
        None
        if car_windows is None
        else [list(w.as_tuple()) for w in parse_windows(car_windows, "car_windows")]
    )
    precisions = [precision] if isinstance(precision, str) else list(precision)
    for p in precisions:
        check_option("precision", p, _PRECISIONS)
    formats = list(dict.fromkeys([export] if isinstance(export, str) else export))
    for fmt in formats:
        check_option("export", fmt, EXPORT_FORMATS)
    file_events = _peek_events(events, group_by, date_format, dayfirst)
    if tickers is not None and not list(tickers):
        raise InputError("Parameter `tickers` takes at least one ticker, e.g. '^GSPC'.")
    assets, benchmark = study_assets(tickers, benchmark, file_events)
    if benchmark is None and source_name in SOURCES and any(a != BENCHMARK for a in assets):
        # the built-in sources have the S&P 500: the market model against it
        benchmark = BENCHMARK
        assets = [a for a in assets if a != BENCHMARK]
    ticker_list = list(dict.fromkeys([*assets, *([benchmark] if benchmark else [])]))
    if model == "factor":
        raise InputError(
            "Parameter `model`: the factor model needs factor data, which reports do not load; choose another model."
        )
    model_name = resolve_model(model, benchmark is not None, 0).name
    pub = None if published is None else parse_published(published).isoformat()
    if topic is not None and (not isinstance(topic, str) or topic not in TOPIC_CHOICES):
        raise InputError(
            f"Parameter `topic` takes one of {', '.join(map(repr, TOPIC_CHOICES))}, or None to "
            f"detect it from each article, got {topic!r}."
        )

    found = collect_articles(items, published=pub) if items else ArticleInputs()
    out_path = Path(out) if out is not None else default_out(items or [events])
    if out_path.suffix.lower() not in (".html", ".htm"):
        raise InputError(
            f"Parameter `out` takes a path ending in .html, got {safe_path_text(out_path)!r}."
        )
    for given in (*items, out_path):
        if _name_problem(Path(given)) is not None:
            raise InputError(
                f"Parameter `{'out' if given is out_path else 'inputs'}`: "
                f"{safe_path_text(given)} is not UTF-8 text; choose a name that is."
            )
    if title is not None and not isinstance(title, str):
        raise InputError(f"Parameter `title` takes a string, got {type(title).__name__}.")

    shown_inputs = [display_path(i) for i in items]
    shown_events = display_path(events) if events is not None else None
    command = reproduce_command(
        shown_inputs,
        out=display_path(out_path),
        options={
            "events": shown_events,
            "published": pub,
            "topic": topic,
            "tickers": list(canonical_tickers(tickers)) if tickers else assets,
            "benchmark": benchmark,
            "model": model_name,
            "event_window": window,
            "estimation_window": est_window,
            "car_windows": [tuple(w) for w in windows] if windows else None,
            "precision": precisions if precisions != ["day"] else None,
            "group_by": group_by,
            "export": [(f,) for f in formats] or None,
            "source": source,
            "date_format": date_format,
            "dayfirst": dayfirst,
            "no_dayfirst": dayfirst is False,
            "no_code": not include_code,
            "keep_notebook": keep_notebook,
            "stamp": stamp,
            "title": title,
        },
    )
    first_title = next((a.title for a in found.articles if a.title), None)
    page_title = title or (
        f"Market reaction: {first_title}"
        if first_title
        else (
            f"Event study: {Path(events).name}"
            if events is not None and not found.articles
            else "Market reaction report"
        )
    )
    parameters: dict[str, Any] = {
        "articles": [display_path(a.path) for a in found.articles if a.path is not None],
        "published": pub,
        "topic": topic,
        "tickers": ticker_list,
        "assets": assets,
        "benchmark": benchmark,
        "model": model_name,
        "event_window": window,
        "estimation_window": est_window,
        "source": source,
        "events_file": shown_events,
        "car_windows": windows,
        "precision": precisions,
        "group_by": group_by,
        "date_format": date_format,
        "dayfirst": dayfirst,
        "exports": [[f, display_path(out_path.with_suffix(f".{f}"))] for f in formats],
        "hints": current_hint_style(),
        "skipped": [list(s) for s in found.skipped],
        "inputs": shown_inputs,
        "command": command,
        "title": page_title,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds") if stamp else None,
    }

    with _signals_as_exit():
        page = _Target(out_path, ".html.tmp")
        notebook = None
        try:
            if keep_notebook:
                notebook = _Target(out_path.with_suffix(".ipynb"), ".ipynb.tmp")
            nb = execute_notebook(TEMPLATE, parameters, cwd=Path.cwd(), timeout=timeout)
            body = export_html(nb, title=page_title, include_code=include_code, version=__version__)
            page.commit(body.encode("utf-8"))
            if notebook is not None:
                notebook.commit(nbformat.writes(nb).encode("utf-8") + b"\n")
        finally:
            page.discard()
            if notebook is not None:
                notebook.discard()
    return out_path
