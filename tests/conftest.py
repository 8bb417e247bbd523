"""Shared test settings: no network, a private cache directory, a fixed hypothesis profile."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "seeds" / "000_fa62c70b439fe6f5.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed_statements.yaml"

# helper modules the tests import by name (the test folders are not packages)
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

settings.register_profile(
    "toolkit", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("toolkit")

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address, *args, **kwargs):
    """Refuse connections that leave the machine; loopback and Unix sockets stay allowed."""
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("127."):
            raise OSError(f"tests must not use the network (tried to connect to {host})")
    return _real_connect(self, address, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_network_and_private_cache(request, monkeypatch, tmp_path_factory):
    """Every test runs offline (unless marked `network`) with its own cache directory."""
    if "network" not in request.keywords:
        monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    # yfinance connects through libcurl, which the socket guard cannot see: keep it offline too
    monkeypatch.setenv("MARKET_REACTION_OFFLINE", "1")
    monkeypatch.setenv("MARKET_REACTION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield


@pytest.fixture
def seed_article_path() -> Path:
    return SEED_ARTICLE


@pytest.fixture
def seed_gold_path() -> Path:
    return SEED_GOLD
