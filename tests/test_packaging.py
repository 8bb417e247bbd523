"""Packaging: pyproject.toml and environment.yml list the same packages with the same bounds,
and the installed package exposes its public API and command."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

import toolkit

ROOT = Path(__file__).resolve().parents[1]
REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)$")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _parse(spec: str) -> tuple[str, str]:
    match = REQ.match(spec)
    assert match, spec
    return _normalise(match.group(1)), match.group(2).replace(" ", "")


def _pyproject_requirements() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    specs = list(data["project"]["dependencies"])
    for extra in data["project"]["optional-dependencies"].values():
        specs.extend(extra)
    out: dict[str, str] = {}
    for spec in specs:
        name, bound = _parse(spec)
        assert out.get(name, bound) == bound, f"{name} has two different bounds in pyproject.toml"
        out[name] = bound
    out["python"] = data["project"]["requires-python"]
    return out


def _environment_requirements() -> dict[str, str]:
    data = yaml.safe_load((ROOT / "environment.yml").read_text())
    out: dict[str, str] = {}
    for dep in data["dependencies"]:
        if isinstance(dep, str) and _normalise(dep) != "pip":
            name, bound = _parse(dep)
            out[name] = bound
        elif isinstance(dep, dict):  # packages only on PyPI (the pip section), not "-e ."
            for spec in dep.get("pip", []):
                if not spec.startswith("-"):
                    name, bound = _parse(spec)
                    out[name] = bound
    return out


def test_environment_yml_matches_pyproject():
    assert _environment_requirements() == _pyproject_requirements()


def test_every_requirement_has_a_tested_lower_bound():
    for name, bound in _pyproject_requirements().items():
        assert bound.startswith(">="), f"{name} needs a lower bound, got {bound!r}"


def test_public_api_resolves():
    for name in toolkit.__all__:
        assert getattr(toolkit, name) is not None, name


def test_console_script_reports_version():
    exe = Path(sys.executable).with_name("market-reaction")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"market-reaction {toolkit.__version__}"


def test_py_typed_marker_ships():
    assert (ROOT / "toolkit" / "py.typed").exists()


def test_import_toolkit_stays_light():
    """``import toolkit`` loads neither pandas nor numpy; the stages load on first use."""
    code = (
        "import sys, toolkit\n"
        "heavy = sorted(m for m in ('pandas', 'numpy', 'scipy', 'plotly') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_stage_subpackages_are_lazy_attributes():
    """``toolkit.text``, ``toolkit.market``, ``toolkit.study``, ... resolve on first use."""
    code = (
        "import sys, toolkit\n"
        "assert 'toolkit.study' not in sys.modules\n"
        "for name in ('text', 'market', 'study', 'plotting', 'report', 'cli', 'errors'):\n"
        "    assert getattr(toolkit, name).__name__ == 'toolkit.' + name\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _toolkit_import_microseconds() -> int:
    """Cumulative time of ``import toolkit`` in a fresh interpreter (``-X importtime``)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import toolkit"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in out.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "toolkit":
            return int(parts[1])
    raise AssertionError(f"no `toolkit` line in -X importtime output:\n{out.stderr[-2000:]}")


def test_import_toolkit_stays_fast():
    """``import toolkit`` takes about 50 ms (2026-12, most of it importlib.metadata for
    ``__version__``). The bound is six times that, on the fastest of three fresh interpreters,
    so a busy machine does not fail it but an eager import of pandas (about 480 ms alone) does."""
    best = min(_toolkit_import_microseconds() for _ in range(3))
    assert best < 300_000, f"import toolkit took {best / 1000:.0f} ms"
