"""Time ``market-reaction report`` on the seed article, end to end and by stage.

Run from the repository root::

    .venv/bin/python benchmarks/bench_report.py [--repeat 3]

Stages are timed in this process with the same calls the report notebook makes (extract,
data, study, figures), then the notebook run in a fresh kernel (papermill) and the HTML export
(nbconvert) are timed on their own, and finally the command itself in a subprocess, as a user
runs it. The target is at most 15 s end to end; the last line prints the ratio to it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BUDGET_S = 15.0


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage; the best is shown")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")

    start = time.perf_counter()
    import pandas as pd

    from toolkit import (
        EventStudy,
        align_events,
        event_regression,
        extract_statements,
        load_article,
        load_prices,
        plot_abnormal_returns,
        plot_car,
        plot_event_heatmap,
        plot_group_caar,
        plot_timeline,
    )
    from toolkit.report import blocks
    from toolkit.report.build import TEMPLATE
    from toolkit.report.execute import execute_notebook
    from toolkit.report.export import export_html

    rows: list[tuple[str, float]] = [
        ("import toolkit and its libraries", time.perf_counter() - start)
    ]
    path = sorted(SEEDS.glob("*.txt"))[0]

    def extract():
        art = load_article(path)
        frame = extract_statements(
            art.text, published=art.published, source=art.article_id
        ).to_frame()
        return art, frame, align_events(frame)

    t, (art, frame, events) = _best(extract, args.repeat)
    rows.append(("extract: statements and events", t))
    sessions = events.to_frame()["session"]

    def data():
        return load_prices(
            ["^GSPC"],
            sessions.min() - pd.Timedelta(days=412),
            sessions.max() + pd.Timedelta(days=27),
            source="snapshot",
        )

    t, prices = _best(data, args.repeat)
    rows.append(("data: load_prices (snapshot)", t))
    returns = prices.returns()

    def study():
        res = EventStudy(returns[["^GSPC"]], events).fit()
        reg = event_regression(returns["^GSPC"], events)
        return res, reg

    t, (results, _) = _best(study, args.repeat)
    rows.append(("study: EventStudy.fit + event_regression", t))

    def figures():
        figs = blocks.Figures()
        shown = prices.prices.loc[sessions.min() - pd.Timedelta(days=45) :]
        for fig in (
            plot_timeline(shown, frame),
            plot_car(results),
            plot_abnormal_returns(results),
            plot_event_heatmap(results),
            plot_group_caar(results),
        ):
            figs.show(fig)
        return figs.count

    t, _ = _best(figures, args.repeat)
    rows.append(("figures: 5 charts to HTML", t))

    params = {"articles": [str(path)], "inputs": [str(SEEDS)], "command": "bench"}
    t, nb = _best(lambda: execute_notebook(TEMPLATE, params, cwd=ROOT), 1)
    rows.append(("notebook: papermill run in a fresh kernel (all of the above)", t))
    t, page = _best(
        lambda: export_html(nb, title="bench", include_code=True, version="bench"), args.repeat
    )
    rows.append(("export: nbconvert HTML + inline plotly.js", t))

    with tempfile.TemporaryDirectory() as tmp:
        cli = [
            str(Path(sys.executable).with_name("market-reaction")),
            "report",
            str(SEEDS),
            "--out",
            str(Path(tmp) / "seed.html"),
        ]
        ends = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(cli, check=True, capture_output=True)
            ends.append(time.perf_counter() - start)
    end_to_end = min(ends)

    width = max(len(name) for name, _ in rows) + 2
    print(
        f"market-reaction report on {path.name} (best of {args.repeat}; page {len(page) / 1e6:.1f} MB)"
    )
    for name, secs in rows:
        print(f"  {name:<{width}} {secs:7.3f} s")
    print(
        f"  {'end to end: market-reaction report (subprocess)':<{width}} {end_to_end:7.3f} s  (median {statistics.median(ends):.3f} s)"
    )
    print(f"end to end / budget ({BUDGET_S:.0f} s): {end_to_end / BUDGET_S:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
