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

from toolkit.errors import ArticleError, DataWarning, InputError, ReportError, check_option
from toolkit.market.tickers import canonical_tickers
from toolkit.report.execute import execute_notebook
from toolkit.report.export import RESOURCES, export_html
from toolkit.report.provenance import display_path, reproduce_command
from toolkit.study.models import resolve_model
from toolkit.study.windows import parse_window
from toolkit.text.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    load_article,
    parse_published,
    read_regular_file,
    safe_path_text,
)

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
    inputs: str | Path | Sequence[str | Path],
    *,
    out: str | Path | None = None,
    published: Any = None,
    tickers: Sequence[str] = ("^GSPC",),
    model: str | None = DEFAULT_MODEL,
    event_window: tuple[int, int] = (-5, 5),
    estimation_window: tuple[int, int] = (-250, -11),
    source: str = "snapshot",
    keep_notebook: bool = False,
    include_code: bool = True,
    stamp: bool = False,
    title: str | None = None,
    timeout: float = 600.0,
) -> Path:
    """Write a self-contained HTML report on how the market reacted to the articles' statements.

    The report holds the articles' metadata, the statements found in them, a timeline, the
    event study (abnormal returns, CARs with t and p, the test battery, the event regression),
    CAR and AR charts, the comparison by stance, a methods section and a provenance block
    (versions, data source and checksum, every parameter, the command that regenerates it).
    It opens without a network, and the same inputs give the same bytes.

    Parameters
    ----------
    inputs
        Article files and/or folders of articles (see :func:`collect_articles`).
    out
        The HTML file to write (default ``reports/<input name>.html``). Its folder is created.
    published
        Publication date for every article, overriding the sidecars (``"YYYY-MM-DD"``).
    tickers
        Assets to study (default the S&P 500, ``^GSPC``).
    model
        Expected-return model of the event study (see :data:`toolkit.study.models.MODELS`; the
        factor model is not offered). Default: ``"constant_mean"`` when only ``^GSPC`` is
        studied; otherwise ``"market"``, with ``^GSPC`` as the benchmark and the other tickers
        as the assets.
    event_window
        First and last day of the event window, relative to the event session.
    estimation_window
        First and last day of the estimation window, relative to the event session.
    source
        Price source: ``"snapshot"`` (embedded, offline, reproducible), ``"auto"`` or ``"yahoo"``.
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
    if not items:
        raise InputError("Parameter `inputs` takes at least one article file or folder.")
    check_option("source", source, SOURCES)
    window = _window(event_window, "event_window")
    est_window = _window(estimation_window, "estimation_window")
    ticker_list = list(canonical_tickers(tickers))
    if not ticker_list:
        raise InputError("Parameter `tickers` takes at least one ticker, e.g. '^GSPC'.")
    benchmark = BENCHMARK if any(t != BENCHMARK for t in ticker_list) else None
    assets = [t for t in ticker_list if t != BENCHMARK] if benchmark else ticker_list
    if model == "factor":
        raise InputError(
            "Parameter `model`: the factor model needs factor data, which reports do not load; choose another model."
        )
    model_name = resolve_model(model, benchmark is not None, 0).name
    pub = None if published is None else parse_published(published).isoformat()

    found = collect_articles(items, published=pub)
    out_path = Path(out) if out is not None else default_out(items)
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
    command = reproduce_command(
        shown_inputs,
        out=display_path(out_path),
        options={
            "published": pub,
            "tickers": ticker_list,
            "model": model_name,
            "event_window": window,
            "estimation_window": est_window,
            "source": source,
            "no_code": not include_code,
            "keep_notebook": keep_notebook,
            "stamp": stamp,
            "title": title,
        },
    )
    first_title = next((a.title for a in found.articles if a.title), None)
    page_title = title or (
        f"Market reaction: {first_title}" if first_title else "Market reaction report"
    )
    parameters: dict[str, Any] = {
        "articles": [display_path(a.path) for a in found.articles if a.path is not None],
        "published": pub,
        "tickers": ticker_list,
        "assets": assets,
        "benchmark": benchmark,
        "model": model_name,
        "event_window": window,
        "estimation_window": est_window,
        "source": source,
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
