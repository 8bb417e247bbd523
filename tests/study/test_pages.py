"""numpy's huge-page advice is off during a fit and restored afterwards."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from toolkit.study import _pages
from toolkit.study._pages import ordinary_pages

pytestmark = pytest.mark.skipif(
    _pages._set_madvise_hugepage is None, reason="numpy without the huge-page switch"
)


def _advice() -> bool:
    """numpy's current setting (read by setting it and putting it back)."""
    switch = _pages._set_madvise_hugepage
    assert switch is not None
    value = bool(switch(True))
    switch(value)
    return value


@pytest.mark.parametrize("initial", [True, False])
def test_advice_is_off_inside_and_restored_after(initial: bool) -> None:
    switch = _pages._set_madvise_hugepage
    assert switch is not None
    previous = switch(initial)
    try:
        with ordinary_pages():
            assert _advice() is False
        assert _advice() is initial
        with pytest.raises(RuntimeError), ordinary_pages():
            raise RuntimeError("inside")
        assert _advice() is initial
    finally:
        switch(previous)


def test_overlapping_blocks_on_two_threads_restore_the_setting_once_both_leave() -> None:
    initial = _advice()
    inside, release, seen = threading.Event(), threading.Event(), []

    def other() -> None:
        with ordinary_pages():
            inside.set()
            release.wait(10)
            seen.append(_advice())

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    with ordinary_pages():
        seen.append(_advice())
    seen.append(_advice())  # the other block still runs: still off
    release.set()
    thread.join()
    assert seen == [False, False, False]
    assert _advice() is initial


def test_a_fit_leaves_the_setting_as_it_found_it() -> None:
    import pandas as pd

    from toolkit.study.model import EventStudy

    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2020-01-01", periods=400)
    market = pd.Series(rng.normal(0, 0.01, len(idx)), idx)
    returns = pd.DataFrame(rng.normal(0, 0.01, (len(idx), 3)), idx, columns=list("ABC"))
    events = pd.DataFrame({"event_id": ["e1", "e2"], "date": [idx[300], idx[350]]})
    initial = _advice()
    results = EventStudy(returns, events, benchmark=market).fit()
    assert _advice() is initial
    # the per-pair frames are built on ordinary pages too, and the setting comes back
    seen: list[bool] = []
    original = pd.DataFrame

    def frame_seeing_advice(*args: object, **kwargs: object) -> pd.DataFrame:
        seen.append(_advice())
        return original(*args, **kwargs)

    pd.DataFrame = frame_seeing_advice  # type: ignore[misc]
    try:
        ar, car = results.abnormal_returns, results.car
    finally:
        pd.DataFrame = original  # type: ignore[misc]
    assert seen and not any(seen)
    assert len(ar) and len(car)
    assert _advice() is initial
