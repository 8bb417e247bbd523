"""Open an HTML file in headless Chromium with the network off and report what it shows.

This drives Chromium through the DevTools protocol over a pipe (``--remote-debugging-pipe``:
JSON messages separated by NUL bytes on file descriptors 3 and 4), so it needs nothing but the
``chromium`` binary and the standard library. It is how the toolkit's tests check that a report
is self-contained: no network request, no console error, every chart drawn, and no script
injected from article text. Users can run it on their own reports::

    python -m toolkit.report.browser reports/seed.html --screenshot report.png
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.errors import ReportError

__all__ = ["BrowserCheck", "check_html", "find_chromium"]

#: Flags that keep a headless Chromium quiet, reproducible and off the network.
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)

#: JavaScript evaluated in the page once it has loaded.
_PROBE = """(() => {
  const q = (s) => document.querySelectorAll(s).length;
  return {
    title: document.title,
    plots: q('.js-plotly-plot'),
    main_svgs: q('.js-plotly-plot .main-svg'),
    figure_divs: q('div[id^="mr-fig-"]'),
    empty_figures: Array.from(document.querySelectorAll('div[id^="mr-fig-"]'))
      .filter((d) => !d.querySelector('.main-svg')).map((d) => d.id),
    injected: q('[data-mr-injected], img[src="x"], script[src], link[rel="stylesheet"][href]'),
    scripts: q('script'),
    height: document.documentElement.scrollHeight,
    xss: window.__mr_xss === undefined ? null : String(window.__mr_xss),
  };
})()"""

_HOOK = """window.__mr_alerts = [];
window.alert = (m) => { window.__mr_alerts.push(String(m)); window.__mr_xss = 'alert:' + m; };
window.confirm = window.alert; window.prompt = window.alert;"""


@dataclass
class BrowserCheck:
    """What headless Chromium saw when it opened a page.

    Attributes
    ----------
    console_errors
        Console messages of level error/assert, uncaught exceptions and browser log errors.
    requests
        URLs the page tried to fetch that are not ``file:``, ``data:``, ``blob:`` or
        ``about:`` (a self-contained page has none).
    alerts
        Messages passed to ``alert``/``confirm``/``prompt`` (a safe page has none).
    plots
        Number of ``.js-plotly-plot`` elements (charts drawn).
    main_svgs
        Number of plotly ``.main-svg`` layers inside them.
    figure_divs
        Number of ``div[id^=mr-fig-]`` chart containers.
    empty_figures
        Ids of chart containers with no drawn chart.
    injected
        Number of elements that only injected markup would create.
    title
        ``document.title`` after load.
    screenshot
        Where the full-page PNG was written, if asked for.
    """

    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    plots: int = 0
    main_svgs: int = 0
    figure_divs: int = 0
    empty_figures: list[str] = field(default_factory=list)
    injected: int = 0
    title: str = ""
    screenshot: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def find_chromium() -> str | None:
    """Return the path of a Chromium binary, or None if none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class _Pipe:
    """A DevTools protocol session over Chromium's debugging pipe."""

    def __init__(self, proc: subprocess.Popen[bytes], to_chrome: int, from_chrome: int) -> None:
        self.proc = proc
        self.to_chrome = to_chrome
        self.from_chrome = from_chrome
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReportError("Chromium did not answer in time.")
            ready, _, _ = select.select([self.from_chrome], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise ReportError("Chromium closed its debugging pipe.")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise ReportError(f"Chromium refused {method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            event = self._read_message(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except ReportError:
            return


def _collect(events: list[dict[str, Any]], check: BrowserCheck) -> None:
    allowed = ("file:", "data:", "blob:", "about:", "chrome-error:", "devtools:")
    for event in events:
        method = event.get("method")
        params = event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            texts = [str(a.get("value", a.get("description", ""))) for a in params.get("args", [])]
            check.console_errors.append("console: " + " ".join(texts))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            exc = details.get("exception", {})
            check.console_errors.append(
                "exception: " + str(exc.get("description") or details.get("text"))
            )
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            check.console_errors.append("log: " + str(params["entry"].get("text")))
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if not url.startswith(allowed):
                check.requests.append(url)


def _high_fd(fd: int) -> int:
    """Duplicate ``fd`` to a descriptor numbered 10 or above and close the original."""
    import fcntl

    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


def check_html(
    path: str | Path,
    *,
    screenshot: str | Path | None = None,
    clip: tuple[int, int] | None = None,
    width: int = 1280,
    height: int = 900,
    settle: float = 0.5,
    timeout: float = 60.0,
    chromium: str | None = None,
) -> BrowserCheck:
    """Open ``path`` in headless Chromium with the network off and inspect the page.

    Parameters
    ----------
    path
        The HTML file.
    screenshot
        Where to write a PNG screenshot, or None for none.
    clip
        ``(top, height)`` in CSS pixels of the part of the page to capture; None for the
        whole page.
    width, height
        Viewport size in CSS pixels (the screenshot covers the whole page height).
    settle
        Seconds to keep listening for late console messages after the page has loaded.
    timeout
        Seconds to wait for Chromium at each step.
    chromium
        The Chromium binary (default: found on ``PATH``).

    Returns
    -------
    BrowserCheck

    Raises
    ------
    ReportError
        If Chromium is not installed or does not answer.
    """
    binary = chromium or find_chromium()
    if binary is None:
        raise ReportError("Chromium is not installed (Debian: apt-get install -y chromium).")
    url = Path(path).resolve().as_uri()
    check = BrowserCheck()
    with tempfile.TemporaryDirectory(prefix="mr-chromium-") as profile:
        # Chromium reads commands on fd 3 and writes replies on fd 4.
        cmd_r, cmd_w = os.pipe()
        out_r, out_w = os.pipe()
        argv = [
            binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        # Move the pipe ends above the standard numbers, then put them on 3 and 4 in the child.
        cmd_r, out_w = _high_fd(cmd_r), _high_fd(out_w)

        def _pipes_on_3_and_4() -> None:  # runs in the child between fork and exec
            os.dup2(cmd_r, 3)
            os.dup2(out_w, 4)

        proc = subprocess.Popen(
            argv,
            preexec_fn=_pipes_on_3_and_4,  # runs between fork and exec; touches nothing else
            close_fds=False,  # every descriptor Python opens is close-on-exec already
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(cmd_r)
        os.close(out_w)
        pipe = _Pipe(proc, cmd_w, out_r)
        try:
            target = pipe.send("Target.createTarget", {"url": "about:blank"}, timeout=timeout)
            attached = pipe.send(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
            )
            sid = attached["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                pipe.send(f"{domain}.enable", session=sid)
            pipe.send("Page.addScriptToEvaluateOnNewDocument", {"source": _HOOK}, session=sid)
            pipe.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                session=sid,
            )
            pipe.send("Page.navigate", {"url": url}, session=sid, timeout=timeout)
            pipe.wait_for("Page.loadEventFired", timeout=timeout)
            pipe.drain(settle)
            probe = pipe.send(
                "Runtime.evaluate", {"expression": _PROBE, "returnByValue": True}, session=sid
            )
            value = probe.get("result", {}).get("value", {})
            alerts = pipe.send(
                "Runtime.evaluate",
                {"expression": "window.__mr_alerts || []", "returnByValue": True},
                session=sid,
            )
            check.alerts = [str(a) for a in alerts.get("result", {}).get("value", [])]
            check.raw = dict(value)
            check.title = str(value.get("title", ""))
            check.plots = int(value.get("plots", 0))
            check.main_svgs = int(value.get("main_svgs", 0))
            check.figure_divs = int(value.get("figure_divs", 0))
            check.empty_figures = list(value.get("empty_figures", []))
            check.injected = int(value.get("injected", 0))
            if screenshot is not None:
                full = int(value.get("height", height))
                pipe.send(
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": width,
                        "height": max(full, height),
                        "deviceScaleFactor": 1,
                        "mobile": False,
                    },
                    session=sid,
                )
                pipe.drain(0.3)
                params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
                if clip is not None:
                    top, tall = clip
                    params["clip"] = {"x": 0, "y": top, "width": width, "height": tall, "scale": 1}
                shot = pipe.send("Page.captureScreenshot", params, session=sid, timeout=timeout)
                target_path = Path(screenshot)
                target_path.parent.mkdir(parents=True, exist_ok=True)
                target_path.write_bytes(base64.b64decode(shot["data"]))
                check.screenshot = target_path
            _collect(pipe.events, check)
            try:
                pipe.send("Browser.close", timeout=5)
            except ReportError:
                pass
        finally:
            os.close(cmd_w)
            os.close(out_r)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return check


def main(argv: list[str] | None = None) -> int:
    """Command line: print what Chromium saw; exit 1 on errors, requests or alerts."""
    parser = argparse.ArgumentParser(
        prog="python -m toolkit.report.browser", description=__doc__.splitlines()[0]
    )
    parser.add_argument("html", help="the HTML file to open")
    parser.add_argument("--screenshot", help="write a full-page PNG here")
    parser.add_argument(
        "--clip",
        nargs=2,
        type=int,
        metavar=("TOP", "HEIGHT"),
        help="capture only this band of the page",
    )
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    check = check_html(
        args.html, screenshot=args.screenshot, clip=args.clip, width=args.width, height=args.height
    )
    print(
        f"charts drawn: {check.plots} of {check.figure_divs}; console errors: {len(check.console_errors)}; "
        f"network requests: {len(check.requests)}; alerts: {len(check.alerts)}"
    )
    for line in check.console_errors + check.requests + check.alerts:
        print("  " + line)
    if check.screenshot:
        print(f"screenshot: {check.screenshot}")
    bad = check.console_errors or check.requests or check.alerts or check.empty_figures
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
