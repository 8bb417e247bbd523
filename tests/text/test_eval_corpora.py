"""The corpus harness (benchmarks/eval_corpora.py) on tiny made-up documents of the corpora's
formats: TimeML with TIMEX3 values, and PolNeAR-style brat standoff attributions."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "eval_corpora.py"


def _load():
    spec = importlib.util.spec_from_file_location("eval_corpora", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_corpora"] = module
    spec.loader.exec_module(module)
    return module


E = _load()

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>MADEUP.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-09" temporalFunction="false" functionInDocument="CREATION_TIME">20250409</TIMEX3></DCT>
<TITLE>Council keeps rates</TITLE>
<TEXT>
The council <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-04-08">Tuesday</TIMEX3> that rates would stay put. Profits rose &amp; fell for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
It met <TIMEX3 tid="t3" type="DATE" value="2025-04-01">Monday</TIMEX3> too, <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3> as in <TIMEX3 tid="t5" type="DATE" value="2019">2019</TIMEX3>.
Buyers wait for <TIMEX3 tid="t6" type="DATE" value="2025-SP">the spring thaw</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_is_read_with_offsets_into_the_plain_text():
    doc = E.parse_timeml(TIMEML, "madeup.tml")
    assert doc.published == dt.date(2025, 4, 9)
    assert "<" not in doc.text and "rose & fell" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2025-04-08"),
        ("three days", "DURATION", "P3D"),
        ("Monday", "DATE", "2025-04-01"),
        ("now", "DATE", "PRESENT_REF"),
        ("2019", "DATE", "2019"),
        ("the spring thaw", "DATE", "2025-SP"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_timeml_scores_count_found_and_right():
    outcomes = E.score_timeml([E.parse_timeml(TIMEML, "madeup.tml")])
    # scored: Tuesday (right), Monday (found; the gold says a week earlier: wrong), 2019
    # (right), the spring thaw (missed); the duration and PRESENT_REF are not calendar dates
    assert [(o.gold.text, o.found, o.right) for o in outcomes] == [
        ("Tuesday", True, True),
        ("Monday", True, False),
        ("2019", True, True),
        ("the spring thaw", False, False),
    ]
    total, by = E.timex_tallies(outcomes)
    assert (total.total, total.found, total.right) == (4, 3, 2)
    assert by["DATE weekday"] == E.Tally(2, 2, 1)
    families = E.timex_families(outcomes)
    assert sorted((k, len(v)) for k, v in families.items()) == [
        ("missed: DATE season", 1),
        ("wrong: DATE weekday", 1),
    ]


def test_calendar_date_part():
    assert E.calendar_date_part("1998-02-13TEV") == "1998-02-13"
    assert E.calendar_date_part("1998-W07-WE") == "1998-W07-WE"
    assert E.calendar_date_part("1998-Q1") == "1998-Q1"
    for value in ("PRESENT_REF", "XXXX-02", "199", "P3D", "1998-XX"):
        assert E.calendar_date_part(value) is None


TEXT = (
    "Rates stay put\n"
    "\n"
    "“We will not move,” Jane Roe said on Tuesday.\n"
    "\n"
    "Mayor Al Kim said the city would borrow more. She added that nothing was decided.\n"
    "\n"
    "Ann Lee has a view.\n"
    "\n"
    "The council is wrong.\n"
    "\n"
    "The weather was cold, Bo Diaz said.\n"
)


def _ann(*attributions: tuple[str, str, str]) -> str:
    """A brat file: one (source, cue, content) per attribution, spans found in TEXT."""
    lines, n = [], 0
    for e, (source, cue, content) in enumerate(attributions, start=1):
        ids = []
        for label, words in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            start = TEXT.index(words)
            lines.append(f"T{n}\t{label} {start} {start + len(words)}\t{words}")
            ids.append(f"{label}:T{n}")
        lines.append(f"E{e}\tAttribution:T{n} " + " ".join(ids))
    lines.append("#1\tAnnotatorNotes T1\ta note the reader skips")
    return "\n".join(lines) + "\n"


def _polnear_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "polnear"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    name = "madeup_2025-04-09_council-keeps-rates"
    (folder / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    ann = _ann(
        ("Jane Roe", "said", "We will not move,"),  # direct, found, speaker right
        ("Mayor Al Kim", "said", "the city would borrow more"),  # indirect, found, right
        ("She", "added", "nothing was decided"),  # a pronoun: no named source
        ("Ann Lee", "has a view", "The council is wrong."),  # indirect, missed
    )
    (folder / "attributions" / f"{name}_a1.ann").write_text(ann, encoding="utf-8")
    return folder


def test_polnear_scores_count_found_speaker_and_unmatched_rows(tmp_path):
    docs = E.read_polnear_folder(_polnear_folder(tmp_path))
    assert len(docs) == 1 and docs[0].published == dt.date(2025, 4, 9)
    assert len(docs[0].attributions) == 4
    atts, rows = E.score_polnear(docs)
    assert [(o.last_name, o.direct, o.found, o.speaker_right) for o in atts] == [
        ("roe", True, True, True),
        ("kim", False, True, True),
        ("lee", False, False, False),
    ]
    direct = E.attribution_score(o for o in atts if o.direct)
    indirect = E.attribution_score(o for o in atts if not o.direct)
    assert (direct.total, direct.found, direct.speaker_right) == (1, 1, 1)
    assert (indirect.total, indirect.found, indirect.speaker_right) == (2, 1, 1)
    # "The weather was cold, Bo Diaz said." is reported but annotated by no one
    unmatched = [r for r in rows if not r.matched]
    assert [r.speaker for r in unmatched] == ["Bo Diaz"]
    families = E.polnear_families(atts, rows)
    missed = [k for k in families if k.startswith("missed indirect: source in another paragraph")]
    assert len(missed) == 1 and len(families[missed[0]]) == 1


@pytest.mark.parametrize(
    ("source", "last"),
    [
        ("Representative Jo Park of Ohio", "park"),
        ("Sen. Bo Diaz (D-Ohio)", "diaz"),
        ("the company's lawyer Ann Roe", "roe"),
        ("Springfield police Chief Al Kim", "kim"),
        ("Secretary of State Jo Kerr", "kerr"),
        ("Missouri Secretary of State Jo Kerr", "kerr"),
        ("Jo Kerr, the secretary of state,", "kerr"),
        ("Spokeswoman Ana O’Neil", "o'neil"),
        ("Mr. Kerr Jr.", "kerr"),
        ("she", None),
        ("the mayor", None),
        ("Democratic insiders in Ohio", None),
        ("a poll of Ohio voters", None),
        ("Kerr’s campaign", None),
    ],
)
def test_the_last_name_of_a_source(source, last):
    text = f"Yesterday {source} said it was over."
    start = text.index(source)
    att = E.Attribution(((start, start + len(source)),), (), ((0, 9),))
    assert E.source_last_name(text, att) == last


def test_direct_quotes_are_inside_quotation_marks():
    text = "“We will not move,” she said. He said the city “would borrow,” and ''so it is.''"
    spans = {
        "We will not move,": True,
        "the city “would borrow,”": False,
        "would borrow": True,
        "so it is.": True,
    }
    for words, direct in spans.items():
        start = text.index(words)
        att = E.Attribution((), (), ((start, start + len(words)),))
        assert E.is_direct(text, att) is direct, words


def test_absent_corpora_are_reported_and_exit_zero(tmp_path, capsys):
    assert E.main([], default_root=tmp_path / "absent") == 0
    assert "not here" in capsys.readouterr().out


def test_the_script_exits_zero_without_corpora(tmp_path):
    env = dict(os.environ, MARKET_REACTION_CORPORA=str(tmp_path / "absent"))
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "not here" in done.stdout and str(tmp_path / "absent") in done.stdout


def test_a_named_folder_that_is_missing_or_malformed_is_an_error(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    assert E.main(["--tbaq", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert E.main(["--polnear", str(empty)]) == 2
    assert str(empty) in capsys.readouterr().err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.tml").write_text("<TimeML><TEXT>no creation time</TEXT></TimeML>", encoding="utf-8")
    assert E.main(["--tbaq", str(bad)]) == 2
    assert "CREATION_TIME" in capsys.readouterr().err


def test_the_polnear_folder_scores_end_to_end(tmp_path, capsys):
    assert E.main(["--polnear", str(_polnear_folder(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "direct quotes" in out and "unmatched rows" in out
