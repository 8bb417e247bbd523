"""Corpus extraction on a Dask cluster: one task per partition of articles.

:func:`~toolkit.text.corpus.extract_corpus` calls :func:`extract_on_dask` when it is given a
``client``. What is shipped to the workers is small: each task carries one partition record of
:mod:`toolkit.text.corpus_sources` (file paths, a byte range of a JSON Lines file, a row group
and row range of a Parquet file; only an in-memory DataFrame sends its rows), and the workers
read the articles themselves, so the files must be visible to them at the same paths (a shared
file system on a cluster). A custom stance lexicon is sent once to every worker. Each task
returns the statements of its partition; the frames come back in the order of the source, and
the speakers are identified across articles and duplicates merged in this process, exactly as
in a run without Dask.

Failures:

* a closed client, or a scheduler address that does not answer within
  :data:`CONNECT_TIMEOUT` seconds, is an :class:`~toolkit.errors.InputError` naming it;
* a worker that dies (killed, out of memory) while running a partition: Dask runs the
  partition again on another worker, and the result is complete. When workers keep dying on
  the same partition (Dask's ``distributed.scheduler.allowed-failures``, 3 by default), the call
  raises :class:`ClusterError` naming the partitions Dask gave up on (those a dying worker
  held count too, so the culprit is among them), and no result is returned or written;
* an error in an article (no publication date, a bad row) is raised as it would be without
  Dask, naming the file and line or row.
"""

from __future__ import annotations

import sys
import uuid
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from toolkit.errors import InputError, InputTypeError, ToolkitError
from toolkit.text.corpus_sources import (
    FilesPart,
    JsonLinesPart,
    ParquetPart,
    Partition,
    RowsPart,
)

__all__ = [
    "CONNECT_TIMEOUT",
    "ClusterError",
    "close",
    "connect",
    "dashboard_link",
    "describe_partition",
    "extract_on_dask",
]

#: Seconds to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = 10.0


class ClusterError(ToolkitError, RuntimeError):
    """The Dask cluster could not finish the work (workers kept dying, the scheduler left)."""


def connect(client: Any, *, timeout: float | None = None) -> tuple[Any, bool]:
    """A running :class:`dask.distributed.Client` for ``client``.

    Parameters
    ----------
    client
        A ``Client``, a scheduler address such as ``"tcp://10.0.0.5:8786"``, or ``"local"``
        for a local cluster of one single-threaded worker process per usable core.
    timeout
        Seconds to wait for a scheduler given by address (default :data:`CONNECT_TIMEOUT`).

    Returns
    -------
    tuple
        The client, and whether it was started here (and so should be closed after use).

    Raises
    ------
    InputError
        If the client is closed or the scheduler cannot be reached.
    InputTypeError
        If ``client`` is of another type.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(
            "Parameter `client`: running on Dask needs dask.distributed; install it with "
            "pip install 'market-reaction[dask]', or pass client=None to run here."
        ) from exc
    if isinstance(client, Client):
        if client.status != "running":
            raise InputError(
                f"Parameter `client`: the Dask client is {client.status}, not running; start a "
                "new one (dask.distributed.Client(...)) or pass client=None to run here."
            )
        return client, False
    if not isinstance(client, str) or not client.strip():
        raise InputTypeError(
            "Parameter `client` takes a dask.distributed.Client, a scheduler address such as "
            f"'tcp://host:8786', 'local' or None; got {type(client).__name__} {client!r:.60}."
        )
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    if client == "local":
        cluster = LocalCluster(
            n_workers=_usable_cores(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: several clusters can share a machine
        )
        return Client(cluster), True
    try:
        return Client(client, timeout=timeout), True
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(
            f"Parameter `client`: cannot reach a Dask scheduler at {client!r} within "
            f"{timeout:g} s ({type(exc).__name__}: {exc}). Check the address (tcp://host:port) "
            "and that the scheduler is running."
        ) from exc


def _usable_cores() -> int:
    import os

    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _has_bokeh() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def dashboard_link(client: Any) -> str | None:
    """The address of the cluster's dashboard, or None when it has none (or no bokeh to draw it)."""
    if not _has_bokeh():
        return None
    try:
        info = client.scheduler_info()
    except Exception:  # a dashboard link is optional
        return None
    if not info.get("services", {}).get("dashboard"):
        return None
    return str(client.dashboard_link)


def describe_partition(part: Partition) -> str:
    """A short description of a partition for messages: file, lines or rows."""
    if isinstance(part, FilesPart):
        more = f" and {len(part.paths) - 1} more files" if len(part.paths) > 1 else ""
        return f"{part.paths[0]}{more}"
    if isinstance(part, JsonLinesPart):
        return f"{part.path} from line {part.first_line} ({part.count} articles)"
    if isinstance(part, ParquetPart):
        return f"{part.path} row group {part.row_group} rows {part.start}-{part.stop - 1}"
    assert isinstance(part, RowsPart)
    return f"rows {part.first_row}-{part.first_row + len(part.rows) - 1} of the DataFrame"


def extract_on_dask(
    client: Any,
    parts: list[Partition],
    *,
    published: Any = None,
    lexicon: Any = None,
    progress: bool = True,
    parser: str | None = None,
) -> list[pd.DataFrame]:
    """Extract the statements of each partition on Dask workers.

    Parameters
    ----------
    client
        See :func:`connect`.
    parts
        Partition records from :func:`~toolkit.text.corpus_sources.plan_partitions`.
    published, lexicon, parser
        As in :func:`~toolkit.text.corpus.extract_corpus`.
    progress
        Show a tqdm progress bar of finished partitions (only when standard error is a
        terminal).

    Returns
    -------
    list of pandas.DataFrame
        One frame per partition, in the order of ``parts``.

    Raises
    ------
    ClusterError
        When workers kept dying on a partition, or the scheduler went away.
    InputError, ArticleError
        As without Dask, for an article that cannot be used.
    """
    from distributed import as_completed

    from toolkit.text.corpus import extract_partition

    dask_client, owned = connect(client)
    if not parts:
        if owned:
            close(dask_client)
        return []
    run = uuid.uuid4().hex[:8]
    keys = [f"extract_corpus-{run}-{i}" for i in range(len(parts))]
    futures: list[Any] = []
    try:
        lex = None if lexicon is None else dask_client.scatter(lexicon, broadcast=True)
        futures = dask_client.map(
            extract_partition, parts, key=keys, published=published, lexicon=lex, parser=parser
        )
        disable = not progress or not sys.stderr.isatty()
        with tqdm(total=len(parts), disable=disable, desc="partitions", unit="part") as bar:
            for done in as_completed(futures):
                if done.status != "finished":
                    break  # the error is raised by _gather below, without waiting for the rest
                bar.update(1)
        frames = _gather(dask_client, parts, futures, keys)
    except BaseException:
        if futures and dask_client.status == "running":
            dask_client.cancel(futures)
        raise
    finally:
        if owned:
            close(dask_client)
    if len(frames) != len(parts):  # never hand back a partial corpus
        raise ClusterError(f"Dask returned {len(frames)} of {len(parts)} partitions.")
    return list(frames)


def _gather(
    dask_client: Any, parts: list[Partition], futures: list[Any], keys: list[str]
) -> list[Any]:
    """The partitions' frames in order; a lost partition or cluster becomes a ClusterError."""
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    try:
        return list(dask_client.gather(futures))
    except KilledWorker as exc:
        lost = [
            describe_partition(part)
            for part, future in zip(parts, futures)
            if future.status == "error" and isinstance(future.exception(), KilledWorker)
        ] or ["(not known)"]
        shown = "; ".join(lost[:5]) + (f"; and {len(lost) - 5} more" if len(lost) > 5 else "")
        raise ClusterError(
            f"Dask workers kept dying while they ran {len(lost)} partition(s) of the corpus: "
            f"{shown}. Dask gave up after {exc.allowed_failures + 1} deaths ({exc}). No result "
            "was returned. A partition held by a worker when it died counts too, so the culprit "
            "is one of those named; look for an article that exhausts memory (the worker logs), "
            "or raise the memory per worker."
        ) from exc
    except FutureCancelledError as exc:
        raise ClusterError(
            f"Dask cancelled the work before it finished ({exc}); was the client or the "
            "cluster closed meanwhile? No result was returned."
        ) from exc
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"The Dask scheduler stopped answering mid-run ({exc}).") from exc


def close(client: Any) -> None:
    """Close a client started by :func:`connect`, and its local cluster if it has one."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()
