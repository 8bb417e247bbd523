"""Measure the extractor on real annotated news: TimeML time expressions and PolNeAR attributions.

Run: ``.venv/bin/python benchmarks/eval_corpora.py [ROOT] [--tbaq PATH] [--polnear PATH]``
(``--parser spacy`` scores PolNeAR with ``extract_statements(..., parser="spacy")``; the header
line gives the milliseconds per article).

``ROOT`` (default: ``$MARKET_REACTION_CORPORA``, else ``../shared/corpora`` next to the
repository) holds ``tbaq/`` and ``polnear-train/``. When the default folder is absent the
script says so and exits 0 (a user's machine will not have the corpora); a folder named on the
command line that is missing or malformed is an error naming it (exit 2). Nothing from the
corpora is written anywhere: the script only prints scores and short error examples.

TimeML (``tbaq/TimeBank``, ``tbaq/AQUAINT``, or any folder of ``.tml`` files)
    The gold expressions are the TIMEX3 of type DATE or TIME inside ``<TEXT>`` whose value has
    a calendar date part (``1998-02-13``, ``1998-02``, ``1998``, ``1998-W07``, ``1998-Q1``,
    ``1998-SU``, ``1998-W07-WE``, optionally followed by ``T...``); ``PRESENT_REF``,
    ``XXXX-..`` and decades are left out. The creation time (``functionInDocument=
    "CREATION_TIME"``) is the publication date given to :func:`toolkit.resolve_dates`. A gold
    expression is **found** when a row overlaps it and **right** when an overlapping row's
    value equals the date part of the gold value (the part before ``T``). Both are shares of
    the gold expressions, reported by TIMEX3 type and form ("weekday", "last/this/next unit",
    "month day", "year", ...).

PolNeAR (``polnear-train``: ``text/*.txt`` and ``attributions/*.ann``, brat standoff)
    Each article is read with the publication date of its file name; its gold attributions are
    those of its first annotator (file names sorted). An attribution is **direct** when every
    fragment of its content is inside quotation marks, **indirect** otherwise. Its source is
    **named** when the head of the source (the text before any comma, parenthesis, dash,
    "who" or "and") ends with a capitalised word that is not a pronoun: the *last name* is the
    last word of the last run of capitalised words of the head (a run after "of", "from",
    "for", "in" or "at" is a place when a run before it names someone; titles alone name no
    one; "Jr.", possessives dropped). Scores for named sources: **found** (a row of
    :func:`toolkit.extract_statements` overlaps the content) and **speaker right** (among the
    found: the last name is a word of the speaker of the row that overlaps the content most).
    Indirect speech is also scored for the cues of reported speech proper (:data:`SPEECH_CUES`:
    "said", "told", "according to", ...). **Unmatched rows**: quote and paraphrase rows that
    overlap no attribution of any annotator (source, cue or content), as a share of quote and
    paraphrase rows.

Error families (both corpora) are printed largest first with counts and a few examples
(about 100 characters each). The run is deterministic (files in sorted order).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import html
import os
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from anywhere without installing (PYTHONPATH wins)
    sys.path.append(str(ROOT))

ENV_VAR = "MARKET_REACTION_CORPORA"
DEFAULT_ROOT = ROOT.parent / "shared" / "corpora"
EXAMPLE_WIDTH = 100


class CorpusError(Exception):
    """A corpus folder or file that is missing or not in the expected format."""


def _short(text: str, width: int = EXAMPLE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ========================================================================== TimeML =========
@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimemlDoc:
    name: str
    text: str
    published: dt.date
    timexes: tuple[GoldTimex, ...]


_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)
_CALENDAR = re.compile(
    r"^(\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?)(?:T.*)?$"
)


def calendar_date_part(value: str) -> str | None:
    """The date part of a TimeML value with a calendar date ("1998-02-13TEV" -> "1998-02-13")."""
    m = _CALENDAR.match(value)
    return m.group(1) if m else None


def parse_timeml(source: str, name: str = "<string>") -> TimemlDoc:
    """Read a TimeML document: the text of ``<TEXT>`` (tags removed, entities decoded), its
    DATE/TIME TIMEX3 with offsets into that text, and the creation date."""
    dct = _DCT.search(source)
    if dct is None:
        raise CorpusError(f'{name}: no TIMEX3 with functionInDocument="CREATION_TIME"')
    dct_value = dict(_ATTR.findall(dct.group(0))).get("value", "")
    try:
        published = dt.date.fromisoformat(dct_value[:10])
    except ValueError as exc:
        raise CorpusError(f"{name}: creation time {dct_value!r} is not a date") from exc
    open_text = re.search(r"<TEXT>", source)
    close_text = re.search(r"</TEXT>", source)
    if open_text is None or close_text is None or close_text.start() < open_text.end():
        raise CorpusError(f"{name}: no <TEXT>...</TEXT> element")
    body = source[open_text.end() : close_text.start()]
    parts: list[str] = []
    length = 0
    pending: list[tuple[dict[str, str], int]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if tag != "TIMEX3" or m.group(4):
            continue
        if not closing:
            pending.append((dict(_ATTR.findall(attrs)), length))
        elif pending:
            attr, start = pending.pop()
            timexes.append(
                GoldTimex(start, length, "", attr.get("type", ""), attr.get("value", ""))
            )
    tail = html.unescape(body[pos:])
    parts.append(tail)
    text = "".join(parts)
    timexes = [dataclasses.replace(t, text=text[t.start : t.end]) for t in timexes]
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimemlDoc(name, text, published, tuple(timexes))


def read_timeml_folder(folder: Path) -> list[TimemlDoc]:
    """The ``.tml`` documents of ``folder`` in name order (raises :class:`CorpusError`)."""
    if not folder.is_dir():
        raise CorpusError(f"TimeML folder not found: {folder}")
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise CorpusError(f"no .tml files in {folder}")
    docs = []
    for path in files:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"cannot read {path}: {exc}") from exc
        docs.append(parse_timeml(source, str(path)))
    return docs


_WEEKDAY_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH_WORDS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\."
)
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("today/tonight", r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"),
        ("yesterday", r"\byesterday\b|\blast night\b"),
        ("tomorrow", r"\btomorrow\b"),
        ("weekday", rf"\b(?:{_WEEKDAY_WORDS})\b"),
        ("numeric date", r"\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?"),
        ("month day", rf"\b(?:{_MONTH_WORDS})\s*\d{{1,2}}\b"),
        ("month", rf"\b(?:{_MONTH_WORDS})(?!\w)"),
        ("quarter/half", r"\bquarter\b|\bhalf\b"),
        ("season", r"\b(?:spring|summer|fall|autumn|winter)\b"),
        ("ago/before/after", r"\b(?:ago|earlier|later|before|after|since|from now)\b"),
        (
            "last/this/next unit",
            r"\b(?:last|this|next|past|coming|previous|current|same|that|recent)\b.*"
            r"\b(?:week|weekend|month|year|day|decade|season|period)s?\b",
        ),
        ("year", r"\b\d{4}\b|\b'\d{2}\b"),
        ("unit alone", r"\b(?:week|weekend|month|year|day)s?\b"),
    )
)


def timex_form(text: str) -> str:
    """The form of a time expression, for the per-category scores ("weekday", "year", ...)."""
    for name, pattern in _FORMS:
        if pattern.search(text):
            return name
    return "other"


@dataclass
class TimexOutcome:
    doc: str
    gold: GoldTimex
    category: str
    found: bool
    right: bool
    predicted: list[tuple[str, str]]  # (text, value) of the overlapping rows
    context: str


def score_timeml(docs: Iterable[TimemlDoc]) -> list[TimexOutcome]:
    """One outcome per gold DATE/TIME expression with a calendar value (see the docstring)."""
    from toolkit.text.timex import resolve_dates

    out: list[TimexOutcome] = []
    for doc in docs:
        frame = resolve_dates(doc.text, published=doc.published)
        rows = list(zip(frame["start"], frame["end"], frame["text"], frame["value"]))
        for gold in doc.timexes:
            if gold.type not in ("DATE", "TIME"):
                continue
            want = calendar_date_part(gold.value)
            if want is None:
                continue
            hits = [(t, v) for s, e, t, v in rows if s < gold.end and gold.start < e]
            lo = doc.text.rfind("\n", 0, gold.start) + 1
            context = doc.text[max(lo, gold.start - 50) : gold.end + 40]
            out.append(
                TimexOutcome(
                    doc=doc.name,
                    gold=gold,
                    category=f"{gold.type} {timex_form(gold.text)}",
                    found=bool(hits),
                    right=any(v == want for _t, v in hits),
                    predicted=hits,
                    context=context,
                )
            )
    return out


def timex_spurious(docs: Iterable[TimemlDoc]) -> tuple[int, list[str]]:
    """The rows of :func:`toolkit.resolve_dates` over all ``docs``, and those that overlap no
    gold TIMEX3 of any type (a guard against rules that find too much)."""
    from toolkit.text.timex import resolve_dates

    rows, spurious = 0, []
    for doc in docs:
        frame = resolve_dates(doc.text, published=doc.published)
        for s, e, t, v in zip(frame["start"], frame["end"], frame["text"], frame["value"]):
            rows += 1
            if not any(g.start < e and s < g.end for g in doc.timexes):
                lo = doc.text.rfind("\n", 0, s) + 1
                spurious.append(f"{t!r} -> {v} | {doc.text[max(lo, s - 50) : e + 40]}")
    return rows, spurious


@dataclass(frozen=True)
class Tally:
    total: int = 0
    found: int = 0
    right: int = 0

    def add(self, found: bool, right: bool) -> Tally:
        return Tally(self.total + 1, self.found + int(found), self.right + int(right))


def timex_tallies(outcomes: Sequence[TimexOutcome]) -> tuple[Tally, dict[str, Tally]]:
    """The overall tally and one per category."""
    total = Tally()
    by: dict[str, Tally] = defaultdict(Tally)
    for o in outcomes:
        total = total.add(o.found, o.right)
        by[o.category] = by[o.category].add(o.found, o.right)
    return total, dict(by)


def timex_families(outcomes: Sequence[TimexOutcome]) -> dict[str, list[str]]:
    """Errors grouped by family ("missed: DATE weekday", "wrong: DATE year"): examples."""
    families: dict[str, list[str]] = defaultdict(list)
    for o in outcomes:
        if o.right:
            continue
        if not o.found:
            key = f"missed: {o.category}"
            example = f"{o.gold.text!r} = {o.gold.value} | {o.context}"
        else:
            got = "; ".join(f"{t!r}->{v}" for t, v in o.predicted)
            key = f"wrong: {o.category}"
            example = f"{o.gold.text!r} = {o.gold.value}, got {got} | {o.context}"
        families[key].append(example)
    return dict(families)


# ========================================================================= PolNeAR =========
Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]

    def spans(self) -> tuple[Span, ...]:
        return self.source + self.cue + self.content


@dataclass
class PolnearDoc:
    name: str
    text: str
    published: dt.date
    attributions: list[Attribution]  # the first annotator's
    every_attribution: list[Attribution] = field(default_factory=list)  # all annotators'


_BRAT_LINE = re.compile(r"[TE]\d+\t[A-Z]")
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def parse_brat(source: str, text: str, name: str = "<ann>") -> list[Attribution]:
    """The attributions of a brat standoff file (``T`` spans tied by ``E`` lines)."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(source.splitlines(), start=1):
        if not _BRAT_LINE.match(line):
            continue  # notes (#), and the continuation lines of a span's text
        fields = line.split("\t")
        if line.startswith("T"):
            label, _, offsets = fields[1].partition(" ")
            frags = []
            for frag in offsets.split(";"):
                try:
                    a, b = (int(x) for x in frag.split())
                except ValueError as exc:
                    raise CorpusError(f"{name}, line {n}: bad offsets {offsets!r}") from exc
                if not 0 <= a <= b <= len(text):
                    raise CorpusError(f"{name}, line {n}: offsets {a}-{b} outside the text")
                frags.append((a, b))
            spans[fields[0]] = (label, tuple(sorted(frags)))
        else:
            args = dict(a.split(":", 1) for a in fields[1].split() if ":" in a)
            events.append(args)
    out = []
    for args in events:
        parts: dict[str, tuple[Span, ...]] = {}
        for role in ("Source", "Cue", "Content"):
            ref = args.get(role)
            if ref is not None and ref in spans:
                parts[role] = spans[ref][1]
        if "Content" not in parts:
            continue
        out.append(Attribution(parts.get("Source", ()), parts.get("Cue", ()), parts["Content"]))
    out.sort(key=lambda a: a.content)
    return out


def read_polnear_folder(folder: Path, limit: int | None = None) -> list[PolnearDoc]:
    """The annotated articles of a PolNeAR-style folder, in name order."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not folder.is_dir():
        raise CorpusError(f"PolNeAR folder not found: {folder}")
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise CorpusError(f"{folder} is not a PolNeAR folder (needs text/ and attributions/)")
    anns: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(ann_dir.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        anns[stem].append(path)
    docs = []
    for path in sorted(text_dir.glob("*.txt")):
        if path.stem not in anns:
            continue
        m = _DATE_IN_NAME.search(path.name)
        if m is None:
            raise CorpusError(f"{path}: no publication date (_YYYY-MM-DD_) in the file name")
        try:
            text = path.read_text(encoding="utf-8")
            published = dt.date.fromisoformat(m.group(1))
            sets = [
                parse_brat(a.read_text(encoding="utf-8"), text, str(a)) for a in anns[path.stem]
            ]
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CorpusError(f"cannot read {path} or its annotation: {exc}") from exc
        every = [a for s in sets for a in s]
        docs.append(PolnearDoc(path.stem, text, published, sets[0], every))
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise CorpusError(f"no annotated articles in {folder} (text/*.txt with attributions/*.ann)")
    return docs


_MARKS = "“”\"'`‘’ \t\n,.;:!?—–-"


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks opened earlier in its paragraph (“...”,
    "...", ``...'' or ''...'')."""
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    if seg.rfind("“") > seg.rfind("”"):
        return True
    if seg.count('"') % 2 == 1:
        return True
    doubled = seg.count("''") + seg.count("``")
    return doubled % 2 == 1


def _quoted(text: str, span: Span) -> bool:
    """Whether the fragment's words are inside quotation marks (opened before its first word,
    and still open at its last)."""
    a, b = span
    frag = text[a:b]
    first = len(frag) - len(frag.lstrip(_MARKS))
    last = len(frag.rstrip(_MARKS))
    if last <= first:
        return True  # marks and punctuation only
    return _inside_quotation(text, a + first) and _inside_quotation(text, a + last - 1)


def is_direct(text: str, att: Attribution) -> bool:
    """Whether every fragment of the content is inside quotation marks."""
    return all(_quoted(text, span) for span in att.content)


_PRONOUNS = frozenset(
    "i me we us you he him she her it they them this that these those who one someone "
    "somebody everyone everybody nobody many some others another".split()
)
_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. lt lt. gen gen. col col.
    president vice senator representative governor mayor secretary chairman chairwoman chair
    speaker leader minister prime chancellor judge justice attorney general director chief
    spokesman spokeswoman spokesperson ambassador commissioner sheriff officer adviser advisor
    professor former the a an candidate nominee pope king queen prince sir lord gov.-elect
    president-elect congressman congresswoman councilman councilwoman deputy assistant
    democratic republican democrat gop presumptive presidential""".split()
)
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?:]['\"’”]?\s+|\n\s*)$")
_PLACE_OF = frozenset("of from for in at on".split())
_PARTICLES = frozenset("de del della der den van von da di du la le al bin ibn st. mc".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_HEAD_CUT = re.compile(r",|\(|\[| — | – | -- | - |;| who\b| which\b| and\b| & |\s+—|—\s*")
_WORD = re.compile(r"[\w][\w’'.\-]*")


def normalise(text: str) -> str:
    """Lower case, curly apostrophes straight, accents removed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _bare(word: str) -> str:
    """The word without trailing periods and quotation marks, and without a possessive."""
    word = re.sub(r"['’]s$", "", word.rstrip(".'’"))
    return word.rstrip(".'’")


def source_last_name(text: str, att: Attribution) -> str | None:
    """The last name of a named source (see the docstring), or None when it names no one."""
    if not att.source:
        return None
    a, b = att.source[0]
    source = " ".join(text[x:y] for x, y in att.source)
    head = _HEAD_CUT.split(source, maxsplit=1)[0]
    words = _WORD.findall(head)
    if not words:
        return None
    if not words[-1][:1].isupper() or normalise(_bare(words[-1])) in _PRONOUNS:
        return None
    runs: list[tuple[int, list[str]]] = []  # (index of the first word, words)
    for i, w in enumerate(words):
        cap = w[:1].isupper() or (
            w.lower() in _PARTICLES and runs and runs[-1][0] + len(runs[-1][1]) == i
        )
        if not cap:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == i:
            runs[-1][1].append(w)
        else:
            runs.append((i, [w]))
    chosen: list[str] | None = None
    for i, run in runs:
        names = [
            w
            for w in run
            if normalise(w) not in _TITLES
            and normalise(w) not in _SUFFIXES
            and normalise(_bare(w)) not in _CALENDAR_WORDS
        ]
        if not names:
            continue
        if i > 1 and words[i - 1].lower() in _PLACE_OF:
            before = words[i - 2]
            if not before[:1].isupper():
                return None  # "insiders in New Hampshire", "a poll of Iowa": no one named
            if chosen is not None and normalise(before) not in _TITLES:
                continue  # "Representative Jo Park of Ohio": a place
            # ("Missouri Secretary of State Jo Kerr": the title goes on)
        chosen = names
    if chosen is None:
        return None
    last = _bare(chosen[-1])
    if not last or normalise(last) in _PRONOUNS or len(last) < 2:
        return None
    if len(chosen) == 1 and head.lstrip().startswith(chosen[0]):
        # a capitalised word that opens a sentence and is written in lower case elsewhere
        # ("Demonstrators said ...") is a common noun
        opens = a == 0 or _SENTENCE_END_BEFORE.search(text[max(0, a - 6) : a]) is not None
        if opens and re.search(rf"(?<![\w'’]){re.escape(last.lower())}(?![\w'’])", text):
            return None
    return normalise(last)


def _speaker_has(speaker: object, last: str) -> bool:
    if not isinstance(speaker, str) or not speaker:
        return False
    return re.search(rf"(?<![\w']){re.escape(last)}(?![\w])", normalise(speaker)) is not None


def _cue_word(text: str, att: Attribution) -> str:
    """The cue as a short lower-case key ("said", "told", "according to", "(none)")."""
    if not att.cue:
        return "(none)"
    cue = normalise(" ".join(text[a:b] for a, b in att.cue))
    words = re.findall(r"[a-z']+", cue)
    if not words:
        return "(none)"
    if "according" in words:
        return "according to"
    lemma = {
        "says": "say",
        "said": "say",
        "say": "say",
        "saying": "say",
        "tells": "tell",
        "told": "tell",
        "tell": "tell",
        "telling": "tell",
    }
    for w in reversed(words):
        if w in lemma:
            return lemma[w]
    return words[-1] if len(words) == 1 else " ".join(words[-2:])


# The cues (as :func:`_cue_word` gives them) of reported speech proper, "X said that ...", for
# the share of indirect speech that is speech (most other cues are stances and acts: "called",
# "endorsed", "wants", "accused", a poll "found").
SPEECH_CUES = frozenset(
    """say tell wrote added adding noted noting announced argued explained insisted warned
    asked tweeted suggested stated claimed reported described declared told""".split()
) | {"according to", "pointed out"}


@dataclass
class AttributionOutcome:
    doc: str
    direct: bool
    last_name: str
    cue: str
    found: bool
    speaker_right: bool
    predicted_speaker: object
    predicted_kind: object
    source_text: str
    context: str
    layout: str  # where the source stands: "source before", "source after", "no source span"


@dataclass
class RowOutcome:
    doc: str
    kind: str
    speaker: object
    matched: bool
    text: str


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _layout(text: str, att: Attribution) -> str:
    if not att.source:
        return "no source span"
    s0, c0 = att.source[0][0], att.content[0][0]
    c1 = att.content[-1][1]
    para = lambda pos: text.count("\n", 0, pos)  # noqa: E731
    if para(s0) != para(c0):
        return "source in another paragraph"
    if s0 < c0:
        return "source before content"
    if s0 >= c1:
        return "source after content"
    return "source inside content"


def score_polnear(
    docs: Iterable[PolnearDoc], parser: str | None = None
) -> tuple[list[AttributionOutcome], list[RowOutcome]]:
    """Outcomes of the named-source attributions, and of the quote/paraphrase rows
    (``parser``: as :func:`toolkit.extract_statements` takes it)."""
    from toolkit.text.statements import extract_statements

    atts: list[AttributionOutcome] = []
    rows_out: list[RowOutcome] = []
    for doc in docs:
        frame = extract_statements(doc.text, published=doc.published, parser=parser).frame
        rows = list(zip(frame["start"], frame["end"], frame["speaker"], frame["kind"]))
        for att in doc.attributions:
            last = source_last_name(doc.text, att)
            if last is None:
                continue
            best, best_overlap = None, 0
            for s, e, speaker, kind in rows:
                ov = sum(_overlap((s, e), span) for span in att.content)
                if ov > best_overlap:
                    best, best_overlap = (speaker, kind), ov
            c0, c1 = att.content[0][0], att.content[-1][1]
            lo = min([c0] + [x for x, _ in att.source])
            hi = max([c1] + [y for _, y in att.source])
            atts.append(
                AttributionOutcome(
                    doc=doc.name,
                    direct=is_direct(doc.text, att),
                    last_name=last,
                    cue=_cue_word(doc.text, att),
                    found=best is not None,
                    speaker_right=best is not None and _speaker_has(best[0], last),
                    predicted_speaker=None if best is None else best[0],
                    predicted_kind=None if best is None else best[1],
                    source_text=" ".join(doc.text[a:b] for a, b in att.source),
                    context=doc.text[lo:hi],
                    layout=_layout(doc.text, att),
                )
            )
        gold_spans = sorted(span for att in doc.every_attribution for span in att.spans())
        for s, e, speaker, kind in rows:
            if kind not in ("quote", "paraphrase"):
                continue
            matched = any(_overlap((s, e), span) for span in gold_spans)
            rows_out.append(RowOutcome(doc.name, kind, speaker, matched, doc.text[s:e]))
    return atts, rows_out


@dataclass(frozen=True)
class AttributionScore:
    total: int
    found: int
    speaker_right: int

    @property
    def found_share(self) -> float:
        return self.found / self.total if self.total else float("nan")

    @property
    def speaker_share(self) -> float:
        return self.speaker_right / self.found if self.found else float("nan")


def attribution_score(outcomes: Iterable[AttributionOutcome]) -> AttributionScore:
    items = list(outcomes)
    return AttributionScore(
        len(items), sum(o.found for o in items), sum(o.speaker_right for o in items)
    )


def _speaker_error(o: AttributionOutcome) -> str:
    pred = o.predicted_speaker
    if not isinstance(pred, str) or not pred:
        return "no speaker"
    src = normalise(o.source_text)
    words = [w for w in re.findall(r"[\w']+", normalise(pred)) if len(w) > 2]
    if words and (all(w in src for w in words) or re.search(rf"\b{re.escape(words[-1])}\b", src)):
        return "a modifier or title of the source"
    if pred[:1].islower() or normalise(pred).startswith("the "):
        return "a description (the ...)"
    return "another name"


def _cue_class(cue: str) -> str:
    """The class of a cue for the error families: a verb of speech, no cue, or another verb
    (a stance or an act: "called", "endorsed", "wants", a poll "found"); the cue itself is in
    each example."""
    if cue in SPEECH_CUES:
        return "cue of speech"
    return "no cue" if cue == "(none)" else "cue of stance or act"


def polnear_families(
    atts: Sequence[AttributionOutcome], rows: Sequence[RowOutcome]
) -> dict[str, list[str]]:
    families: dict[str, list[str]] = defaultdict(list)
    for o in atts:
        kind = "direct" if o.direct else "indirect"
        if not o.found:
            families[f"missed {kind}: {o.layout}, {_cue_class(o.cue)}"].append(
                f"[{o.source_text}] <{o.cue}> {o.context}"
            )
        elif not o.speaker_right:
            families[f"speaker {kind}: {_speaker_error(o)}"].append(
                f"gold {o.last_name!r}, got {o.predicted_speaker!r} | {o.context}"
            )
    for r in rows:
        if not r.matched:
            who = "no speaker" if not r.speaker else "a speaker"
            families[f"unmatched {r.kind} row, {who}"].append(f"{r.speaker!r} | {r.text}")
    return dict(families)


# ========================================================================== report =========
def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    -"


def print_families(families: dict[str, list[str]], top: int, examples: int) -> None:
    ranked = sorted(families.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    print(f"  largest error families (of {sum(len(v) for v in families.values())} errors):")
    for key, items in ranked[:top]:
        print(f"  {len(items):5d}  {key}")
        step = max(1, len(items) // max(examples, 1))
        for ex in items[::step][:examples]:
            print(f"           - {_short(ex)}")


def report_timeml(label: str, folder: Path, top: int, examples: int) -> dict[str, Tally]:
    docs = read_timeml_folder(folder)
    start = time.perf_counter()
    outcomes = score_timeml(docs)
    total, by = timex_tallies(outcomes)
    seconds = time.perf_counter() - start
    print(f"\n== {label}: {len(docs)} documents, {total.total} gold DATE/TIME calendar expressions")
    print(
        f"   found {_pct(total.found, total.total)}   right {_pct(total.right, total.total)}"
        f"   ({seconds:.1f}s)"
    )
    print(f"  {'category':34s} {'gold':>5s} {'found':>7s} {'right':>7s}")
    for cat, t in sorted(by.items(), key=lambda kv: (-kv[1].total, kv[0])):
        print(f"  {cat:34s} {t.total:5d} {_pct(t.found, t.total):>7s} {_pct(t.right, t.total):>7s}")
    rows, spurious = timex_spurious(docs)
    print(
        f"  rows that overlap no gold TIMEX3: {len(spurious)} of {rows} {_pct(len(spurious), rows)}"
    )
    families = timex_families(outcomes)
    if spurious:
        families["extra row (no gold TIMEX3)"] = spurious
    print_families(families, top, examples)
    return {label: total}


def report_polnear(
    folder: Path, top: int, examples: int, limit: int | None, parser: str | None = None
) -> None:
    docs = read_polnear_folder(folder, limit)
    start = time.perf_counter()
    atts, rows = score_polnear(docs, parser)
    seconds = time.perf_counter() - start
    n_att = sum(len(d.attributions) for d in docs)
    print(
        f"\n== PolNeAR {folder.name}: {len(docs)} articles, {n_att} attributions "
        f"({len(atts)} with a named source) ({seconds:.1f}s, "
        f"{1000 * seconds / max(1, len(docs)):.1f} ms per article, parser {parser or 'rules'})"
    )
    for label, direct in (("direct quotes", True), ("indirect speech", False)):
        s = attribution_score(o for o in atts if o.direct == direct)
        print(
            f"  {label:16s} named {s.total:5d}   found {_pct(s.found, s.total)}   "
            f"speaker right {_pct(s.speaker_right, s.found)} of found"
        )
    s = attribution_score(o for o in atts if not o.direct and o.cue in SPEECH_CUES)
    print(
        f"  (indirect, verb of speech) {s.total:5d}   found {_pct(s.found, s.total)}   "
        f"speaker right {_pct(s.speaker_right, s.found)} of found"
    )
    unmatched = sum(not r.matched for r in rows)
    print(
        f"  unmatched rows   {unmatched} of {len(rows)} quote/paraphrase rows "
        f"{_pct(unmatched, len(rows))}"
    )
    print(
        f"  {'by cue':22s} {'direct':>6s} {'found':>7s} {'spkr':>7s}   "
        f"{'indir.':>6s} {'found':>7s} {'spkr':>7s}"
    )
    cues = Counter(o.cue for o in atts)
    for cue, _n in cues.most_common(14):
        cells = []
        for direct in (True, False):
            s = attribution_score(o for o in atts if o.cue == cue and o.direct == direct)
            cells.append(
                f"{s.total:6d} {_pct(s.found, s.total):>7s} {_pct(s.speaker_right, s.found):>7s}"
            )
        print(f"  {cue[:22]:22s} {cells[0]}   {cells[1]}")
    print_families(polnear_families(atts, rows), top, examples)


def main(argv: Sequence[str] | None = None, *, default_root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", help="folder with tbaq/ and polnear-train/")
    parser.add_argument(
        "--tbaq",
        help="a TimeML folder (tbaq/ with TimeBank/ and AQUAINT/, or any folder of .tml files)",
    )
    parser.add_argument("--polnear", help="a PolNeAR-style folder (text/ and attributions/)")
    parser.add_argument("--only", choices=("tbaq", "polnear"), help="score one corpus only")
    parser.add_argument("--families", type=int, default=15, help="error families to print")
    parser.add_argument("--examples", type=int, default=3, help="examples per family")
    parser.add_argument("--limit", type=int, help="score only the first N PolNeAR articles")
    parser.add_argument(
        "--parser",
        choices=("rules", "spacy"),
        default="rules",
        help="PolNeAR: the extractor's parser (spacy needs market-reaction[parser])",
    )
    args = parser.parse_args(argv)

    explicit = args.root is not None or args.tbaq is not None or args.polnear is not None
    if args.root is not None:
        root = Path(args.root)
    elif default_root is not None:
        root = default_root
    else:
        root = Path(os.environ.get(ENV_VAR) or DEFAULT_ROOT)
    if not explicit and not root.is_dir():
        print(
            f"The annotated corpora are not here ({root}); nothing to measure. Put them "
            f"there, set {ENV_VAR}, or name a folder: eval_corpora.py ROOT | --tbaq PATH | "
            "--polnear PATH."
        )
        return 0
    try:
        if args.root is not None and not root.is_dir():
            raise CorpusError(f"corpora folder not found: {root}")
        jobs_tbaq: list[tuple[str, Path]] = []
        polnear: Path | None = None
        if args.tbaq is not None or args.polnear is not None:
            if args.tbaq is not None:
                jobs_tbaq = _timeml_jobs(Path(args.tbaq))
            if args.polnear is not None:
                polnear = Path(args.polnear)
        else:
            if args.only in (None, "tbaq"):
                jobs_tbaq = _timeml_jobs(root / "tbaq")
            if args.only in (None, "polnear"):
                polnear = root / "polnear-train"
        if args.only == "polnear":
            jobs_tbaq = []
        if args.only == "tbaq":
            polnear = None
        totals: dict[str, Tally] = {}
        for label, folder in jobs_tbaq:
            totals.update(report_timeml(label, folder, args.families, args.examples))
        if len(totals) > 1:
            pooled = Tally(
                *(sum(getattr(t, f) for t in totals.values()) for f in ("total", "found", "right"))
            )
            print(
                f"\n== TimeML pooled: {pooled.total} gold, found "
                f"{_pct(pooled.found, pooled.total)}, right {_pct(pooled.right, pooled.total)}"
            )
        if polnear is not None:
            report_polnear(polnear, args.families, args.examples, args.limit, args.parser)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _timeml_jobs(folder: Path) -> list[tuple[str, Path]]:
    if not folder.is_dir():
        raise CorpusError(f"TimeML folder not found: {folder}")
    subs = [d for d in sorted(folder.iterdir()) if d.is_dir() and any(d.glob("*.tml"))]
    if any(folder.glob("*.tml")) or not subs:
        return [(f"TimeML {folder.name}", folder)]
    return [(f"TimeML {d.name}", d) for d in subs]


if __name__ == "__main__":
    sys.exit(main())
