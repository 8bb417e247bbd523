"""Notebook 03's explorer in JupyterLab, driven the way a user drives it, in headless Chromium.

The test starts JupyterLab from this interpreter (a free port from the OS, no token, no
password, ``--allow-root`` when run as root) on a temporary folder holding a copy of
``notebooks/03_your_articles.ipynb`` whose ``repo_root`` points at this checkout. Playwright
drives the system Chromium (``/usr/bin/chromium``, no browser download): it opens the
notebook, runs all cells from the Run menu, waits for the kernel to go idle, then picks the last
event and the ``raw`` model in the explorer's drop-downs. The CAR chart's data is read from the
page (the plotly graph div's ``data`` and ``layout``) and compared with the raw CAR computed here
from the embedded S&P 500 closes: the running sum of the daily returns from day -5 (the raw
model's abnormal return is the return itself). JupyterLab is stopped at the end, also when a
step fails; its log is shown in a failure message.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "03_your_articles.ipynb"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
START_TIMEOUT = 90.0  # seconds for JupyterLab to answer
RUN_TIMEOUT = 240_000  # milliseconds for all cells to run (the notebook fits event studies)
STEP_TIMEOUT = 90_000  # milliseconds for one redraw or one page element
# keep Chromium off the network: only loopback is reachable
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--proxy-server=127.0.0.1:9",  # a closed port; loopback addresses bypass proxies
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.is_file(),
        reason=f"headless Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)",
    ),
]

# JavaScript run in the page: true once the notebook's kernel is connected and idle (the
# status bar reads "Python 3 (ipykernel) | Idle"; before it connects, "No Kernel | ...")
_KERNEL_IDLE = """() => {
  const bar = document.querySelector('#jp-main-statusbar');
  const text = bar ? bar.innerText : '';
  return /\\| Idle/.test(text) && !/No Kernel/.test(text);
}"""
# the explorer's CAR chart (the first plotly graph inside a widget)
_CAR_CHART = """() => {
  const gd = document.querySelector('.jp-OutputArea .widget-vbox .js-plotly-plot');
  if (!gd || !gd.data) return null;
  return {
    traces: gd.data.map((t) => ({name: t.name || '', x: Array.from(t.x || []),
                                  y: Array.from(t.y || [])})),
    subtitle: (((gd.layout || {}).title || {}).subtitle || {}).text || '',
  };
}"""
_BOTH_DRAWN = """() => {
  const plots = document.querySelectorAll('.jp-OutputArea .widget-vbox .js-plotly-plot');
  return plots.length === 2 && Array.from(plots).every((gd) => gd.data && gd.data.length > 0);
}"""
_AR_AXES = """() => {
  const plots = document.querySelectorAll('.jp-OutputArea .widget-vbox .js-plotly-plot');
  if (plots.length < 2 || !plots[1].layout) return null;
  return Object.keys(plots[1].layout).filter((k) => /^[xy]axis\\d*$/.test(k)).sort();
}"""


def _free_port() -> int:
    """A TCP port the OS reports free on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _notebook_copy(folder: Path) -> None:
    """Copy notebook 03 into ``folder`` with ``repo_root`` set to this checkout."""
    nb = nbformat.read(ROOT / "notebooks" / NOTEBOOK, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert "repo_root = None" in params.source
    params.source = params.source.replace("repo_root = None", f"repo_root = {str(ROOT)!r}", 1)
    nbformat.write(nb, folder / NOTEBOOK)


def _lab_settings(folder: Path) -> None:
    """User settings: no news prompt, and every cell kept in the page (no windowing)."""
    settings = {
        "apputils-extension/notification": '{"fetchNews": "false", "checkForUpdates": false}',
        "notebook-extension/tracker": '{"windowingMode": "none"}',
    }
    for name, text in settings.items():
        path = folder / "@jupyterlab" / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _log_tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[str]:
    """A JupyterLab server on a copy of notebook 03; yields its base URL, stops it after."""
    pytest.importorskip("jupyterlab", reason="JupyterLab is not installed (the notebook extra)")
    work, home = tmp_path / "notebooks", tmp_path / "jupyter"
    work.mkdir()
    _notebook_copy(work)
    _lab_settings(home / "settings")
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={work}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = tmp_path / "jupyterlab.log"
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        server = subprocess.Popen(
            command, cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if server.poll() is not None:
                pytest.fail(f"JupyterLab exited with {server.returncode}:\n{_log_tail(log)}")
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=5) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"JupyterLab did not answer within {START_TIMEOUT} s:\n{_log_tail(log)}"
                )
            time.sleep(0.25)  # polling a server that is starting: there is nothing to wait on
        yield url
    finally:
        if server.poll() is None:
            os.killpg(server.pid, 15)  # the server and the kernels it started
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, 9)
                server.wait(timeout=10)


def _raw_car_percent(session: str, days: range) -> np.ndarray:
    """The raw model's CAR path of ^GSPC around ``session``, in percent, from the closes."""
    from toolkit.market import load_prices

    day0 = pd.Timestamp(session)
    closes = load_prices(
        "^GSPC", day0 - pd.Timedelta(days=30), day0 + pd.Timedelta(days=30), source="snapshot"
    ).prices["^GSPC"]
    returns = closes.pct_change()
    i = returns.index.get_loc(day0)
    window = returns.iloc[i + days.start : i + days.stop].to_numpy()
    return np.cumsum(window) * 100.0


def _event_paths(chart: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in chart["traces"] if t["name"].startswith("E")]


def _run_all_cells(page: Any, lab: str) -> None:
    """Open the notebook, run every cell from the Run menu, wait until all have run."""
    page.goto(f"{lab}/lab/tree/{NOTEBOOK}")
    page.wait_for_function(_KERNEL_IDLE)  # the kernel has started
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile("^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile("^Run All Cells$")).click()
    # the explorer (last cell) has drawn its two charts and the kernel is idle again
    charts = page.locator(".jp-OutputArea .widget-vbox .js-plotly-plot")
    charts.nth(1).locator(".main-svg").first.wait_for(timeout=RUN_TIMEOUT)
    page.wait_for_function(_KERNEL_IDLE, timeout=RUN_TIMEOUT)
    assert page.locator(".jp-InputPrompt", has_text="[*]").count() == 0
    errors = page.locator(".jp-OutputArea-output", has_text="Traceback")
    assert errors.count() == 0, errors.first.inner_text()


def _use_the_explorer(page: Any) -> None:
    """Pick the last event, then the raw model, and check what the CAR chart shows."""
    # the widget's page side draws the data it was sent once its view has rendered
    page.wait_for_function(_BOTH_DRAWN)
    first = page.evaluate(_CAR_CHART)
    assert "model constant_mean" in first["subtitle"]
    assert len(_event_paths(first)) >= 2  # all events
    assert page.evaluate(_AR_AXES)[-1] != "yaxis"  # one AR panel per event

    pickers = page.locator(".jp-OutputArea .widget-vbox .widget-dropdown select")
    event_picker, model_picker = pickers.nth(0), pickers.nth(1)
    last = event_picker.locator("option").last.inner_text()  # e.g. "E03 2025-04-09"
    event_id, session = last.split()
    event_picker.select_option(label=last)
    page.wait_for_function(
        f"() => {{ const c = ({_CAR_CHART})(); return c && c.traces.filter("
        "(t) => t.name.startsWith('E')).length === 1; }"
    )
    one = page.evaluate(_CAR_CHART)
    (path,) = _event_paths(one)
    assert path["name"].startswith(event_id)
    # the AR chart is redrawn after the CAR chart: wait for its one panel
    try:
        page.wait_for_function(f"() => {{ const a = ({_AR_AXES})(); return a && a.length === 2; }}")
    except Exception as exc:  # the page kept stale panels: name them
        raise AssertionError(
            f"AR chart axes after picking {event_id}: {page.evaluate(_AR_AXES)}"
        ) from exc
    assert page.evaluate(_AR_AXES) == ["xaxis", "yaxis"]

    model_picker.select_option(label="raw")
    page.wait_for_function(
        f"() => {{ const c = ({_CAR_CHART})(); return c && c.subtitle.includes('model raw'); }}"
    )
    raw = page.evaluate(_CAR_CHART)
    (raw_path,) = _event_paths(raw)
    assert raw_path["name"].startswith(event_id)
    assert raw_path["x"] == list(range(-5, 6))
    np.testing.assert_allclose(
        raw_path["y"], _raw_car_percent(session, range(-5, 6)), rtol=1e-9, atol=1e-12
    )
    assert not np.allclose(raw_path["y"], path["y"])  # the model changed the numbers


def test_the_explorer_redraws_in_jupyterlab(lab: str) -> None:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1700})
        page.set_default_timeout(STEP_TIMEOUT)
        try:
            _run_all_cells(page, lab)
            _use_the_explorer(page)
            shot = ARTIFACTS / "explorer.png"
            page.locator(".jp-OutputArea .widget-vbox").first.screenshot(path=str(shot))
            print(f"screenshot: {shot} ({shot.stat().st_size:,} bytes)")
        except BaseException:
            page.screenshot(path=str(ARTIFACTS / "explorer-failure.png"))
            raise
        finally:
            browser.close()
