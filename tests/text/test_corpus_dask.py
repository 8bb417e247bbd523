"""Corpus extraction on a local Dask cluster gives the statements of the run in one process.

The reference is always :func:`extract_corpus` without a client, on the same source, with
partitions of another size: the Dask run must return the identical frame (``check_exact``),
in the same order, with duplicates merged across partitions the same way. The cluster is a
``LocalCluster`` of two single-threaded worker processes, started and stopped here, with its
dashboard on a free port and no network beyond the loopback interface.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import cloudpickle
import dask
import pandas as pd
import pytest
import yaml

distributed = pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402
from distributed.diagnostics.plugin import WorkerPlugin  # noqa: E402

from toolkit.cli import main  # noqa: E402
from toolkit.errors import ArticleError, InputError  # noqa: E402
from toolkit.text import corpus_dask  # noqa: E402
from toolkit.text.articles import load_article  # noqa: E402
from toolkit.text.corpus import CORPUS_COLUMNS, extract_corpus  # noqa: E402
from toolkit.text.corpus_dask import ClusterError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA_DIRS = ("articles", "blind", "blind_round2", "blind_round3", "blind_round4", "holdout")
# the crash hooks below are sent to the worker processes by value: they cannot import tests/
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def client():
    """Two worker processes of one thread; a task whose workers died twice is given up."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            host="127.0.0.1",
        )
    dask_client = Client(cluster)
    yield dask_client
    dask_client.close()
    cluster.close()


@pytest.fixture(scope="module")
def articles():
    """40 articles: the seed and the annotated ones, then the first of them again under other ids
    and outlets, up to 40.

    The copies share their statements with the originals, so merging has duplicates to find,
    and they lie in other partitions than the originals.
    """
    arts = [load_article(ROOT / "seeds" / "000_fa62c70b439fe6f5.txt")]
    for name in DATA_DIRS:
        arts += [load_article(p) for p in sorted((ROOT / "tests" / "data" / name).glob("*.txt"))]
    rows = [
        {
            "id": a.article_id,
            "text": a.text,
            "published": a.published.isoformat(),
            "source": f"outlet{i % 5}",
            "title": a.title or a.article_id,
        }
        for i, a in enumerate(arts)
    ]
    rows += [
        {**row, "id": f"copy_{row['id']}", "source": "copywire", "title": f"Copy: {row['title']}"}
        for row in rows[: 40 - len(rows)]
    ]
    assert len(rows) == 40 and len({row["id"] for row in rows}) == 40
    return rows


@pytest.fixture(scope="module")
def folder(tmp_path_factory, articles):
    """The articles as text files with sidecars."""
    path = tmp_path_factory.mktemp("articles")
    for row in articles:
        (path / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        meta = {"published": row["published"], "source": row["source"], "title": row["title"]}
        (path / f"{row['id']}.meta.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    return path


def _articles(frame: pd.DataFrame) -> set[str]:
    """Every article that reported a row (merged rows list all of theirs)."""
    return {a for ids in frame["article_ids"] for a in ids.split("; ")}


def _same(serial: pd.DataFrame, on_dask: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(on_dask, serial, check_exact=True)


def test_folder_on_dask_equals_the_serial_run(client, folder):
    serial = extract_corpus(folder, progress=False, partition_size=1000)
    on_dask = extract_corpus(folder, progress=False, client=client, partition_size=3)
    _same(serial, on_dask)
    assert len(_articles(serial)) == 40
    assert list(serial.columns) == list(CORPUS_COLUMNS)
    merged = serial[serial["n_sources"] > 1]
    assert len(merged) > 20  # the copies' statements merged into the originals' rows
    assert merged["sources"].str.contains("copywire").all()


def test_unmerged_order_is_the_order_of_the_source(client, folder):
    serial = extract_corpus(folder, progress=False, merge=False)
    on_dask = extract_corpus(folder, progress=False, merge=False, client=client, partition_size=7)
    _same(serial, on_dask)
    order = sorted(p.stem for p in folder.glob("*.txt"))
    assert list(dict.fromkeys(on_dask["article_id"])) == [
        a for a in order if a in set(on_dask["article_id"])
    ]


def test_glob_on_dask(client, folder):
    pattern = str(folder / "[bc]*.txt")
    serial = extract_corpus(pattern, progress=False)
    on_dask = extract_corpus(pattern, progress=False, client=client, partition_size=2)
    _same(serial, on_dask)
    assert set(serial["article_id"].str[0]) == {"b", "c"}


def test_json_lines_on_dask(client, articles, tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(row, ensure_ascii=False) for row in articles]
    lines.insert(5, "")  # blank lines are skipped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = extract_corpus(path, progress=False)
    on_dask = extract_corpus(path, progress=False, client=client, partition_size=4)
    _same(serial, on_dask)
    assert list(serial.columns) == [*CORPUS_COLUMNS, "title"]
    assert len(_articles(serial)) == 40


def test_dataframe_and_timezones_on_dask(client, articles):
    frame = pd.DataFrame(articles).drop(columns=["id"])
    frame["timezone"] = ["Europe/London" if i % 2 else "America/New_York" for i in range(40)]
    serial = extract_corpus(frame, progress=False)
    on_dask = extract_corpus(frame, progress=False, client=client, partition_size=6)
    _same(serial, on_dask)
    assert serial["article_id"].iloc[0] == "article0001"  # rows without an id: by position
    assert set(serial["timezone"]) == {"Europe/London", "America/New_York"}


def test_parquet_file_and_hive_dataset_on_dask(client, articles, tmp_path):
    frame = pd.DataFrame(articles)
    frame.to_parquet(tmp_path / "one.parquet", row_group_size=15)
    serial = extract_corpus(tmp_path / "one.parquet", progress=False)
    on_dask = extract_corpus(
        tmp_path / "one.parquet", progress=False, client=client, partition_size=4
    )
    _same(serial, on_dask)
    assert len(_articles(serial)) == 40
    # partitioned by outlet: source=outlet0/..., the value comes from the folder name
    dataset = tmp_path / "by_source"
    frame.to_parquet(dataset, partition_cols=["source"])
    serial = extract_corpus(dataset, progress=False)
    on_dask = extract_corpus(dataset, progress=False, client=client, partition_size=5)
    _same(serial, on_dask)
    assert set(serial["source"]) == set(frame["source"])
    assert len(_articles(serial)) == 40


def test_out_writes_the_same_frame_as_parquet(client, folder, tmp_path):
    out = tmp_path / "statements.parquet"
    on_dask = extract_corpus(folder, progress=False, client=client, out=out)
    written = pd.read_parquet(out)
    pd.testing.assert_frame_equal(written, on_dask, check_exact=True, check_dtype=False)
    assert list(written.columns) == list(on_dask.columns)
    assert [p.name for p in tmp_path.iterdir()] == ["statements.parquet"]  # no temporary left


def test_out_is_not_written_when_an_article_fails(client, folder, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(folder, bad)
    (bad / "zz_undated.txt").write_text("Stocks fell.", encoding="utf-8")
    out = tmp_path / "statements.parquet"
    with pytest.raises(ArticleError, match="zz_undated"):
        extract_corpus(bad, progress=False, client=client, out=out, partition_size=5)
    assert not out.exists()
    with pytest.raises(InputError, match="`out`.*parquet"):
        extract_corpus(folder, progress=False, client=client, out=tmp_path / "s.csv")


def test_command_line_writes_the_corpus_on_a_scheduler(
    client, articles, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in articles) + "\n", encoding="utf-8")
    out = tmp_path / "statements.parquet"
    address = client.scheduler.address
    argv = ["extract", str(path), "--out", str(out), "--scheduler", address]
    assert main([*argv, "--partition-size", "7"]) == 0
    serial = extract_corpus(path, progress=False)
    pd.testing.assert_frame_equal(pd.read_parquet(out), serial, check_exact=True, check_dtype=False)
    captured = capsys.readouterr()
    assert f"Dask scheduler {address}, 2 workers" in captured.err
    assert f"wrote {len(serial)} statements from 40 articles" in captured.out
    assert main(["extract", str(path), "--format", "csv", "--no-merge"]) == 0
    printed = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(printed) == len(extract_corpus(path, progress=False, merge=False))
    monkeypatch.setattr(corpus_dask, "CONNECT_TIMEOUT", 1.0)
    assert main(["extract", str(path), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "Option `--scheduler`: cannot reach" in capsys.readouterr().err


def test_bad_rows_name_the_file_and_line(client, tmp_path):
    path = tmp_path / "a.jsonl"
    good = json.dumps({"text": "Stocks fell.", "published": "2025-04-09"})
    path.write_text(f"{good}\n{good}\n{{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.jsonl line 3"):
        extract_corpus(path, progress=False, client=client)
    path.write_text(f'{good}\n{{"text": "x", "published": "9 April"}}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"published \(.*a\.jsonl line 2\)"):
        extract_corpus(path, progress=False)
    pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "b.parquet")
    with pytest.raises(InputError, match=r"b\.parquet needs the columns text and published"):
        extract_corpus(tmp_path / "b.parquet", progress=False, client=client)
    with pytest.raises(InputError, match="matches no file"):
        extract_corpus(str(tmp_path / "nothing*.jsonl"), progress=False)


def test_a_closed_client_is_named(client):
    closed = Client(client.scheduler.address)
    closed.close()
    with pytest.raises(InputError, match="`client`.*closed"):
        extract_corpus(pd.DataFrame({"text": ["x"], "published": ["2025-04-09"]}), client=closed)


def test_an_unreachable_scheduler_is_named(monkeypatch):
    """The address answers nothing (port 9, discard); the wait is cut to one second here."""
    monkeypatch.setattr(corpus_dask, "CONNECT_TIMEOUT", 1.0)
    frame = pd.DataFrame({"text": ["Stocks fell."], "published": ["2025-04-09"]})
    with pytest.raises(InputError, match=r"'tcp://127\.0\.0\.1:9' within 1 s"):
        extract_corpus(frame, client="tcp://127.0.0.1:9", progress=False)


class _Crash(WorkerPlugin):
    """Make a worker process exit (as if killed) when it reads the partition holding ``token``.

    With a ``marker`` file, only the first worker to get there exits (it writes the marker
    first); without one, every attempt does. Installed as a plugin so that the worker
    processes Dask restarts get it too; teardown puts the reader back.
    """

    name = "crash-on-token"

    def __init__(self, token: str, marker: str | None) -> None:
        self.token, self.marker = token, marker

    def setup(self, worker) -> None:
        import toolkit.text.corpus as corpus

        original = corpus.read_partition
        token, marker = self.token, self.marker

        def crashing(part, **kwargs):
            if token in repr(part):
                if marker is None:
                    os._exit(1)
                try:
                    with open(marker, "x"):
                        pass
                except FileExistsError:
                    return original(part, **kwargs)
                os._exit(1)
            return original(part, **kwargs)

        crashing.original = original
        corpus.read_partition = crashing

    def teardown(self, worker) -> None:
        import toolkit.text.corpus as corpus

        corpus.read_partition = getattr(corpus.read_partition, "original", corpus.read_partition)


def test_a_worker_killed_mid_run_is_replaced_and_the_result_is_complete(client, folder, tmp_path):
    serial = extract_corpus(folder, progress=False)
    marker = tmp_path / "crashed"
    client.register_plugin(_Crash("senate_vote", str(marker)))
    try:
        on_dask = extract_corpus(folder, progress=False, client=client, partition_size=4)
    finally:
        client.unregister_worker_plugin(_Crash.name)
    assert marker.exists()  # a worker did die
    _same(serial, on_dask)


def test_a_partition_that_keeps_killing_workers_is_named(client, folder):
    client.register_plugin(_Crash("/trade_weekend.txt", None))
    try:
        with pytest.raises(ClusterError, match=r"kept dying .*/trade_weekend\.txt[;.]"):
            extract_corpus(
                str(folder / "[st]*.txt"), progress=False, client=client, partition_size=1
            )
    finally:
        client.unregister_worker_plugin(_Crash.name)
