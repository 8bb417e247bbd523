"""Embedded market-data snapshot: daily prices that work offline.

Each dataset is a module with ``load()`` and ``DESCR`` (source, range, price basis, licence
note): :mod:`~toolkit.market.datasets.sp500` (^GSPC), :mod:`~toolkit.market.datasets.vix` (^VIX),
:mod:`~toolkit.market.datasets.etfs` (SPY, the Select Sector SPDRs, EFA; adjusted prices) and
:mod:`~toolkit.market.datasets.constituents` (100 stocks, 2022-2026; adjusted prices), and the
Fama-French daily factors, :mod:`~toolkit.market.datasets.famafrench` (3 factors, 5 factors,
momentum and the risk-free rate, in percent per day; ``famafrench.load("ff3")``). Files are
xz-compressed CSV checked against the sha256 in ``manifest.json`` on first load; see
``SOURCES.md`` in this directory for provenance.

Examples
--------
>>> import toolkit.market.datasets as ds
>>> ds.available()
['constituents', 'etfs', 'famafrench', 'sp500', 'vix']
>>> ds.sp500.load()["date"].min()
Timestamp('1990-01-02 00:00:00')
"""

from __future__ import annotations

import pandas as pd

from toolkit.market.datasets import constituents, etfs, famafrench, sp500, vix
from toolkit.market.datasets._store import manifest

__all__ = ["available", "constituents", "etfs", "famafrench", "load", "sp500", "vix"]

_MODULES = {
    "constituents": constituents,
    "etfs": etfs,
    "famafrench": famafrench,
    "sp500": sp500,
    "vix": vix,
}


def available() -> list[str]:
    """List the embedded datasets.

    Returns
    -------
    list of str
        Dataset names, sorted; each is a module of this package with ``load()`` and ``DESCR``.
    """
    return sorted(manifest()["datasets"])


def load(name: str) -> pd.DataFrame:
    """Load an embedded dataset by name.

    Parameters
    ----------
    name
        One of :func:`available`.

    Returns
    -------
    pandas.DataFrame
        The dataset's long OHLCV frame; for ``"famafrench"`` the 3-factor frame indexed by date
        (see the dataset module's ``load``).

    Raises
    ------
    InputError
        If ``name`` is not a dataset.
    """
    from toolkit.errors import check_option

    check_option("name", name, tuple(sorted(_MODULES)))
    return _MODULES[name].load()
