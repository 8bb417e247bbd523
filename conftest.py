"""Settings for the docstring examples of ``toolkit/`` (``--doctest-modules``, see pyproject.toml).

Each example runs as a test from the repository root (so ``load_article("seeds/...")`` finds
the seed), offline and with a private price cache, like the tests under ``tests/`` (whose own
``conftest.py`` does the same for them). An example that needs the network is marked
``# doctest: +SKIP``.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
_real_connect = socket.socket.connect


def _local_only(self: socket.socket, address, *args, **kwargs):
    """Refuse connections that leave the machine; loopback and Unix sockets stay allowed."""
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0])
        if host not in ("::1", "localhost") and not host.startswith("127."):
            raise OSError(f"docstring examples must not use the network (tried {host})")
    return _real_connect(self, address, *args, **kwargs)


@pytest.fixture(autouse=True)
def _doctest_offline(request, monkeypatch, tmp_path_factory):
    """Docstring examples: repository root, no network, a cache directory of their own."""
    if type(request.node).__name__ == "DoctestItem":
        monkeypatch.chdir(ROOT)
        monkeypatch.setattr(socket.socket, "connect", _local_only)
        monkeypatch.setenv("MARKET_REACTION_OFFLINE", "1")
        monkeypatch.setenv("MARKET_REACTION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
