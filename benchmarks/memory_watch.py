"""Peak resident memory of this process and of a Dask cluster's workers, for the benchmarks.

``with MemoryWatch(client) as watch: ...`` samples every ``every`` seconds in a thread;
``watch.driver`` is this process's peak and ``watch.workers`` each worker's, in MiB (no
worker is sampled without a client).
"""

from __future__ import annotations

import threading


class MemoryWatch:
    """Peak resident memory of this process and of every worker, sampled in a thread."""

    def __init__(self, client=None, every: float = 0.2) -> None:
        import psutil

        self.client, self.every = client, every
        self.driver = 0.0
        self.workers: dict[str, float] = {}
        self._me = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def rss() -> int:
        """The resident memory of the calling process, in bytes (run on each worker)."""
        import psutil

        return psutil.Process().memory_info().rss

    def _run(self) -> None:
        while not self._stop.is_set():
            self.driver = max(self.driver, self._me.memory_info().rss / 2**20)
            if self.client is not None:
                try:
                    for worker, rss in self.client.run(self.rss).items():
                        self.workers[worker] = max(self.workers.get(worker, 0.0), rss / 2**20)
                except Exception:  # a worker restarting: skip this sample
                    pass
            self._stop.wait(self.every)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
