"""One canonical speaker per person or body, in an article and across a corpus: ``speaker_id``.

The ``speaker`` column holds the name as the extractor resolved it; ``speaker_id`` names the
person or body behind it, so that statements can be grouped by speaker across thousands of
articles. The id of a person is a slug of the canonical full name ("donald-trump"), of a body
in the shipped table (``text/resources/institutions.yaml``) the table's id ("federal-reserve"),
of any other body a slug of its name without "the" ("congress", "white-house-officials").
Ids depend only on the names found, never on the order of the articles or on how the corpus
was cut into partitions.

**Names.** Names are compared after Unicode normalisation, with curly apostrophes read as
straight ones ("O’Malley" is "O'Malley"), without case or accents (a name in capitals,
"MITCH MCCONNELL", is read as "Mitch Mcconnell"), without a possessive
("Trump's") and without titles in front ("Sen.", "Mr.", "President-elect"). A name is first
names, middle initials or names, a surname with its particles ("Chris Van Hollen",
"Ursula von der Leyen") and a suffix ("Jr.", "Sr.", "II", "III", "IV"). Two full names are one
person when surname and suffix agree (a missing suffix is not a match: "Donald Trump Jr." is
not "Donald Trump"), the first names agree or one is the other's initial ("J. Powell",
"Jerome Powell"), and the middle initials agree or one name has none ("Donald J. Trump",
"Donald Trump"). A full name that would join two otherwise distinct people ("George Bush" with
"George H. W. Bush" and "George W. Bush") stays a person of its own. A person's id is the slug
of first name, surname and suffix ("robert-kennedy-jr"), with the middle initials added only
when two people of the same scope would otherwise share it ("george-h-w-bush",
"george-w-bush").

**Within an article** (:func:`identify_article`, run by
:func:`~toolkit.text.statements.extract_statements`). The people of the article are the full
names it gives anywhere, also of people who never speak (:func:`mentioned_names`: a first name
is no common word or participle: "Does Rubio ..." and "Team Trump" name no one). A surname-only speaker ("Trump",
"Mr. Trump", "Sen. Warren") is the person of that surname when the article names exactly
one: the row takes that person's full name and id. When it names two ("Eric Trump" and
"Donald Trump"), the short form is left as the article has it, and its id lists the
candidates' ids ("donald-trump|eric-trump") rather than guessing. When it names none, the id is
the surname's slug ("trump"). :func:`person_named` keeps two people of one surname apart while
the extractor resolves speakers, so that one's name never replaces the other's.

**Bodies.** A speaker that reads as one of the table's names ("the Fed", "Federal Reserve",
"the U.S. Treasury", "ECB") takes the body's id. A generic word ("the central bank", "the
bank", "the department") takes a body's id only in an article that names exactly one body of
the table with that word: "the central bank" is the Fed in an article about the Fed, and
stays itself in one that names both the Fed and the ECB.

**Across a corpus** (:func:`identify_corpus`, run by
:func:`~toolkit.text.corpus.extract_corpus` on the gathered statements, in one process or
after a Dask run). The people of the corpus are the full-name speakers of all its articles;
each full name's id is recomputed among them. A surname-only speaker that its own article
could not resolve ("trump") takes the full name and id of the corpus's person of that surname
when the corpus has exactly one; otherwise it stays as the article has it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pandas as pd
import yaml

from toolkit.errors import InputError
from toolkit.text.speakers import (
    NON_PERSON_WORDS,
    TITLES,
    NameIndex,
    Person,
    Registry,
    Subject,
    looks_like_person,
)

__all__ = [
    "Cast",
    "Institution",
    "PersonName",
    "compatible",
    "identify_article",
    "identify_corpus",
    "institutions",
    "parse_person",
    "person_named",
    "slug",
]

#: Where the table of bodies is shipped, relative to the ``toolkit.text`` package.
INSTITUTIONS_FILE = "resources/institutions.yaml"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_POSSESSIVE = re.compile(r"'s?$")
_SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
_PARTICLES = frozenset("de del della der di du da dos das van von la le ter ten bin".split())
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ARTICLE = re.compile(r"^the\s+", re.I)
_COUNTRY = re.compile(r"^(?:u\.s\.|us|united states)\s+")
# Capitalised words that open a sentence or a label ("Does Rubio ...", "Team Trump") and are
# never a first name.
_NOT_GIVEN = frozenset(w.casefold() for w in NON_PERSON_WORDS) | frozenset(
    """does did is was were are be been had has have can could should must well like with from
    within against among following given using whether neither either never ever more less one two
    three four five six seven eight nine ten first second another top young new real team rival
    classic stop dump maybe certainly says said saying endorsed beneath above under over about
    around without through during among between pro anti""".split()
)
_VERB_FORM = re.compile(r"..(?:ing|ed|ist)$|-[a-z]")  # "Debating", "Thin-skinned", "Fascist"
_COURTESY_GENDER = {"Mr.": "m", "Messrs.": "m", "Ms.": "f", "Mrs.": "f", "Miss": "f"}


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """``text`` without accents, lower-cased (for keys and slugs)."""
    if text.isascii():  # (no accents: NFKD leaves ASCII as it is)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_name(text: str) -> str:
    """A name as written, in one form: NFKC, straight apostrophes, single spaces, no possessive.

    Examples
    --------
    >>> normalise_name("O’Malley’s")
    "O'Malley"
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.replace(",", " ").split())
    return _POSSESSIVE.sub("", text) if text.endswith(("'s", "'")) else text


@functools.lru_cache(maxsize=8192)
def slug(text: str) -> str | None:
    """Lower-case ASCII words joined by "-": "Martin O’Malley" gives "martin-omalley".

    Returns None when nothing is left (a speaker of punctuation only).

    Examples
    --------
    >>> slug("Robert F. Kennedy Jr.")
    'robert-f-kennedy-jr'
    """
    ascii_text = _fold(text).encode("ascii", "ignore").decode()
    words = _NOT_SLUG.sub("-", ascii_text.replace("'", "").replace(".", " ")).strip("-")
    return words or None


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in parts; ``given`` is empty for a surname-only form ("Mr. Trump")."""

    given: str
    middle: tuple[str, ...]
    surname: str
    suffix: str

    @property
    def surname_key(self) -> str:
        """The surname without case, accents or dots ("o'malley")."""
        return _fold(self.surname).replace(".", "")

    @property
    def is_full(self) -> bool:
        """Whether the name has a first name."""
        return bool(self.given)

    def id_words(self, *, middle: bool = False) -> str:
        """First name, (middle initials,) surname and suffix: what the id is a slug of."""
        initials = [m[0] for m in self.middle] if middle else []
        return " ".join(w for w in (self.given, *initials, self.surname, self.suffix) if w)


@functools.lru_cache(maxsize=8192)
def parse_person(text: str) -> PersonName | None:
    """The parts of a person's name, or None when ``text`` cannot be a person's name.

    Titles in front are dropped ("Sen. Elizabeth Warren", "President-elect Donald Trump"), as
    are a possessive and a comma before the suffix ("Robert F. Kennedy, Jr.").

    Examples
    --------
    >>> parse_person("President-elect Donald J. Trump’s")
    PersonName(given='Donald', middle=('J.',), surname='Trump', suffix='')
    >>> parse_person("Chris Van Hollen").surname
    'Van Hollen'
    >>> parse_person("Federal Reserve") is None
    True
    """
    tokens = normalise_name(text).split()
    if len(tokens) > 1 and all(t.isupper() for t in tokens):  # "MITCH MCCONNELL"
        tokens = [t.capitalize() for t in tokens]
    while len(tokens) > 1 and (
        tokens[0] in TITLES or tokens[0].endswith("-elect") and tokens[0][:-6] in TITLES
    ):
        tokens = tokens[1:]
    suffix = ""
    if len(tokens) > 1 and tokens[-1].strip(".").casefold() in _SUFFIXES:
        suffix = _SUFFIXES[tokens[-1].strip(".").casefold()]
        tokens = tokens[:-1]
    if (
        not tokens
        or not looks_like_person(" ".join(tokens))
        or not tokens[0][:1].isupper()
        and tokens[0].casefold() not in _PARTICLES
    ):
        return None
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].casefold() in _PARTICLES:
        k -= 1  # "von der Leyen", "Van Hollen"
    rest = tokens[:k]
    return PersonName(
        given=rest[0] if rest else "",
        middle=tuple(rest[1:]),
        surname=" ".join(tokens[k:]),
        suffix=suffix,
    )


def _same_given(a: str, b: str) -> bool:
    x, y = _fold(a).rstrip("."), _fold(b).rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two full names can be one person (see the module docstring).

    Examples
    --------
    >>> compatible(parse_person("Donald J. Trump"), parse_person("Donald Trump"))
    True
    >>> compatible(parse_person("Eric Trump"), parse_person("Donald Trump"))
    False
    >>> compatible(parse_person("Donald Trump Jr."), parse_person("Donald Trump"))
    False
    """
    if a.surname_key != b.surname_key or a.suffix != b.suffix:
        return False
    if not _same_given(a.given, b.given):
        return False
    ia = tuple(_fold(m)[0] for m in a.middle)
    ib = tuple(_fold(m)[0] for m in b.middle)
    return not ia or not ib or ia == ib


@dataclass(frozen=True, slots=True)
class _Person:
    """One person of a :class:`Cast`: the names written for them, the canonical one first."""

    names: tuple[str, ...]
    parts: PersonName
    person_id: str

    @property
    def display(self) -> str:
        return self.names[0]


class Cast:
    """The people named in full in one scope (an article, a corpus), each with an id.

    Parameters
    ----------
    names
        Full names as written (titles, possessives and surname-only forms are fine: forms
        without a first name, and what cannot be a person's name, are left out). The result
        depends on the set of names only, never on their order.

    Attributes
    ----------
    names
        The names the cast was built from.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names: frozenset[str] = frozenset(names)
        self._people: dict[str, list[_Person]] = {}  # by surname key, clustered when asked
        self._of: dict[PersonName, _Person] = {}
        self._written: dict[str, dict[PersonName, list[str]]] = {}  # by surname key
        self._add(self.names)

    def _add(self, names: Iterable[str]) -> None:
        """Take in ``names`` (none of them in the cast yet): the people of their surnames
        are clustered again, with the names of those surnames already in the cast, when one
        of those surnames is next asked for (:meth:`_people_of`)."""
        for name in names:
            parts = parse_person(name)
            if parts is not None and parts.is_full:
                key = parts.surname_key
                self._written.setdefault(key, {}).setdefault(parts, []).append(name)
                self._people.pop(key, None)  # to be clustered again

    def _people_of(self, key: str) -> list[_Person]:
        """The people of a surname key, clustered the first time they are asked for (each
        of their names is then mapped to its person): an article's people are clustered only
        for the surnames that its speakers have."""
        people = self._people.get(key)
        if people is None:
            written = self._written.get(key)
            if written is None:
                return []
            people = self._people[key] = self._cluster(list(written), written)
            for person in people:
                for name in person.names:
                    parts = parse_person(name)
                    assert parts is not None
                    self._of[parts] = person
        return people

    def including(self, names: Iterable[str]) -> Cast:
        """This cast with ``names`` added: ``Cast(self.names | set(names))``, built from this
        one (only the surnames of the new names are clustered again)."""
        new = set(names) - self.names
        if not new:
            return self
        out = Cast(())
        out.names = self.names | new
        out._people = dict(self._people)
        out._of = dict(self._of)
        out._written = {k: {p: list(w) for p, w in v.items()} for k, v in self._written.items()}
        out._add(new)
        return out

    @staticmethod
    def _cluster(group: list[PersonName], written: dict[PersonName, list[str]]) -> list[_Person]:
        """The people of one surname: the most specific names first, deterministic."""

        def specificity(p: PersonName) -> tuple[Any, ...]:
            return (-len(p.middle), -len(p.given.rstrip(".")), min(written[p]))

        clusters: list[list[PersonName]] = []
        for parts in sorted(group, key=specificity):
            fits = [c for c in clusters if all(compatible(parts, q) for q in c)]
            if len(fits) == 1:
                fits[0].append(parts)
            else:  # a new person, or a name that would join two: a person of its own
                clusters.append([parts])
        plain = [slug(c[0].id_words()) for c in clusters]
        people = []
        for cluster, base in zip(clusters, plain):
            head = cluster[0]
            person_id = base if plain.count(base) == 1 else slug(head.id_words(middle=True))
            names = [n for parts in cluster for n in sorted(written[parts])]
            names.sort(key=lambda n: (-len(n.split()), n))
            people.append(_Person(tuple(names), head, person_id or base or ""))
        return people

    def person(self, name: str) -> _Person | None:
        """The person a full name is, or None when it is no full name of this cast."""
        parts = parse_person(name)
        if parts is None:
            return None
        self._people_of(parts.surname_key)
        return self._of.get(parts)

    def with_surname(self, surname_key: str) -> list[_Person]:
        """The people of a surname (its :attr:`PersonName.surname_key`)."""
        return self._people_of(surname_key)

    def resolve(self, name: str) -> tuple[str, str | None] | None:
        """The speaker and id of a person's name in this cast, or None if it is no person.

        A full name keeps its spelling and takes its person's id; a surname-only form takes
        the full name and id of the one person of that surname, the candidates' ids joined
        by "|" when there are several, or the surname's slug when there is none.
        """
        parts = parse_person(name)
        if parts is None:
            return None
        if parts.is_full:
            self._people_of(parts.surname_key)
            person = self._of.get(parts)
            return name, (person.person_id if person else slug(parts.id_words()))
        people = self.with_surname(parts.surname_key)
        if len(people) == 1:
            return people[0].display, people[0].person_id
        if people:
            return name, "|".join(sorted(p.person_id for p in people))
        return name, slug(parts.id_words())


# ---------------------------------------------------------------------------------------------
# Bodies


@dataclass(frozen=True, slots=True)
class Institution:
    """A body of the shipped table: its id, full name, the names it goes by and generic words."""

    institution_id: str
    name: str
    names: tuple[str, ...]
    generic: tuple[str, ...]


@functools.lru_cache(maxsize=8192)
def _body_key(text: str) -> str:
    """A body's name for lookups: lower case, straight apostrophes, no "the", no "U.S."."""
    text = " ".join(unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).split())
    return _COUNTRY.sub("", _ARTICLE.sub("", text).casefold())


@dataclass(frozen=True)
class _Table:
    by_name: dict[str, Institution]
    by_generic: dict[str, tuple[Institution, ...]]
    mentions: re.Pattern[str]  # the names of the bodies that have generic words, as written


def _load_table(text: str, where: str) -> _Table:
    data = yaml.safe_load(text)
    entries = data.get("institutions") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise InputError(f"{where}: expected a list under `institutions`.")
    by_name: dict[str, Institution] = {}
    by_generic: dict[str, list[Institution]] = {}
    for k, entry in enumerate(entries, start=1):
        fields = ("id", "name", "names", "generic")
        if not isinstance(entry, dict) or set(entry) != set(fields):
            raise InputError(f"{where}: entry {k} must have exactly the keys {', '.join(fields)}.")
        body = Institution(
            str(entry["id"]),
            str(entry["name"]),
            tuple(map(str, entry["names"] or ())),
            tuple(map(str, entry["generic"] or ())),
        )
        if slug(body.institution_id) != body.institution_id:
            raise InputError(f"{where}: entry {k}: id {body.institution_id!r} is not a slug.")
        for name in (body.name, *body.names):
            other = by_name.setdefault(_body_key(name), body)
            if other is not body:
                raise InputError(
                    f"{where}: entry {k}: the name {name!r} is also {other.institution_id!r}'s."
                )
        for word in body.generic:
            by_generic.setdefault(_body_key(word), []).append(body)
    with_generic = {n for b in by_name.values() if b.generic for n in (b.name, *b.names)}
    named = sorted(with_generic, key=lambda n: (-len(n), n))  # the longest name first
    mentions = re.compile(r"\b(?:" + "|".join(map(re.escape, named)) + r")(?!\w)")
    return _Table(by_name, {w: tuple(b) for w, b in by_generic.items()}, mentions)


@functools.cache
def _table() -> _Table:
    """The shipped table of bodies, loaded once."""
    text = resources.files("toolkit.text").joinpath(INSTITUTIONS_FILE).read_text(encoding="utf-8")
    return _load_table(text, f"toolkit/text/{INSTITUTIONS_FILE}")


def institutions() -> tuple[Institution, ...]:
    """The bodies of the shipped table (``toolkit/text/resources/institutions.yaml``)."""
    return tuple(dict.fromkeys(_table().by_name.values()))


def is_known_body(name: str) -> bool:
    """Whether ``name`` is a body of the shipped table ("Riksbank", "the Fed", "USTR")."""
    return _body_key(name) in _table().by_name


def body_id(name: str) -> str | None:
    """The ``speaker_id`` of the shipped table's body that ``name`` names ("the U.S. Treasury",
    "Treasury": ``us-treasury``), or None."""
    found = _table().by_name.get(_body_key(name))
    return None if found is None else found.institution_id


def same_body(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name one body of the shipped table ("BOJ", "Bank of Japan")."""
    table = _table().by_name
    first, second = table.get(_body_key(a)), table.get(_body_key(b))
    return first is not None and second is not None and first.institution_id == second.institution_id


def _named_bodies(text: str, speakers: Iterable[str]) -> set[str]:
    """The ids of the table's bodies that an article names, in its text or as a speaker."""
    table = _table()
    ids = {table.by_name[_body_key(m)].institution_id for m in table.mentions.findall(text)}
    for speaker in speakers:
        body = table.by_name.get(_body_key(speaker))
        if body is not None:
            ids.add(body.institution_id)
    return ids


# ---------------------------------------------------------------------------------------------
# Articles


_MENTIONED: weakref.WeakKeyDictionary[NameIndex, tuple[str, ...]] = weakref.WeakKeyDictionary()


def mentioned_names(index: NameIndex) -> tuple[str, ...]:
    """The full names an article gives anywhere, as its name index found them.

    A run of capitalised words counts when its first name is an initial, or no common English
    word and, unless the article also capitalises it inside a sentence, no participle:
    "Does Rubio" (a question's first words), "Team Trump" and "Debating Clinton" are no people.
    """
    known = _MENTIONED.get(index)
    if known is not None:
        return known
    out = []
    for names in index.full.values():
        for _pos, name in names:
            parts = parse_person(name)
            if parts is not None and parts.is_full and _plausible_given(parts, index):
                out.append(name)
    _MENTIONED[index] = tuple(out)
    return _MENTIONED[index]


_CASTS: weakref.WeakKeyDictionary[NameIndex, Cast] = weakref.WeakKeyDictionary()


def _plausible_given(parts: PersonName, index: NameIndex) -> bool:
    """Whether a full name's first name can be one (see :func:`mentioned_names`)."""
    given = parts.given.rstrip(".")
    return len(given) == 1 or (
        given.casefold() not in _NOT_GIVEN
        and (parts.given in index.capitalised_inside or not _VERB_FORM.search(given))
    )


def cast_of(index: NameIndex) -> Cast:
    """The people an article names in full (built once per article)."""
    cast = _CASTS.get(index)
    if cast is None:
        cast = _CASTS[index] = _cast(frozenset(mentioned_names(index)))
    return cast


@functools.lru_cache(maxsize=64)
def _cast(names: frozenset[str]) -> Cast:
    """The cast of a set of names, built once while the set recurs (one article's stages)."""
    return Cast(names)


def person_named(registry: Registry, subject: Subject) -> Person:
    """The person a ``name`` subject refers to, keeping two people of one surname apart.

    :meth:`Registry.person <toolkit.text.speakers.Registry.person>` keeps one person per
    surname. Here a full name that is not the registered person of its surname ("Eric Trump"
    when "Donald Trump" is registered), and a surname-only form of a surname the article gives
    to two people, are people of their own, named as the article writes them; everything else
    goes to the registry. The registered person of the surname stays the one that pronouns
    may refer to.
    """
    parts = parse_person(subject.text)
    if parts is not None:
        if parts.is_full:
            known = registry.people.get(subject.text.split()[-1])
            if not _plausible_given(parts, registry.index):
                known = None  # "Among Trump said": no one new, the registry decides
            known_parts = None if known is None else parse_person(known.name)
            separate = (
                known_parts is not None
                and known_parts.is_full
                and known_parts.surname_key == parts.surname_key
                and not compatible(parts, known_parts)
            )
        else:
            separate = len(cast_of(registry.index).with_surname(parts.surname_key)) > 1
            if separate and subject.text.split()[-1] not in registry.people:
                registry.person(subject, subject.start)  # someone for "he" to refer to
        if separate:
            title = subject.title.split()[0] if subject.title else None
            return Person(
                subject.text,
                role=subject.role,
                gender=_COURTESY_GENDER.get(title or ""),
                title=title,
                party=subject.party,
            )
    return registry.person(subject, subject.start)


def identify_article(
    speakers: Sequence[str | None],
    *,
    people: Iterable[str] = (),
    text: str = "",
) -> list[tuple[str | None, str | None]]:
    """The canonical speaker and ``speaker_id`` of each statement of one article.

    Parameters
    ----------
    speakers
        The ``speaker`` of each statement, as the extractor resolved it (None when unknown).
    people
        The full names the article gives anywhere (:func:`mentioned_names`); the speakers'
        own full names are added.
    text
        The article text, where the bodies of the table that generic words ("the central
        bank") may refer to are looked for.

    Returns
    -------
    list of tuple
        ``(speaker, speaker_id)`` per statement, in order (see the module docstring).

    Examples
    --------
    >>> identify_article(["Donald Trump", "Trump", "the Fed", None])
    [('Donald Trump', 'donald-trump'), ('Donald Trump', 'donald-trump'), ('the Fed', 'federal-reserve'), (None, None)]
    """
    named = [s for s in speakers if isinstance(s, str)]
    full = [s for s in named if (p := parse_person(s)) is not None and p.is_full]
    cast = _cast(frozenset(people)).including(full)
    table = _table()
    bodies: set[str] | None = None  # found only when a generic word needs them
    out: list[tuple[str | None, str | None]] = []
    for speaker in speakers:
        if not isinstance(speaker, str) or not speaker.strip():
            out.append((None, None))
            continue
        key = _body_key(speaker)
        body = table.by_name.get(key)
        if body is not None:
            out.append((speaker, body.institution_id))
            continue
        generic = table.by_generic.get(key)
        if generic is not None:
            if bodies is None:
                bodies = _named_bodies(text, named)
            meant = [b for b in generic if b.institution_id in bodies]
            if len(meant) == 1:
                out.append((speaker, meant[0].institution_id))
                continue
        person = cast.resolve(speaker)
        out.append(person if person is not None else (speaker, slug(key)))
    return out


# ---------------------------------------------------------------------------------------------
# Corpora


def identify_corpus(frame: pd.DataFrame) -> pd.DataFrame:
    """Refine ``speaker`` and ``speaker_id`` across the articles of a corpus.

    Parameters
    ----------
    frame
        Statements of many articles, with ``speaker`` and ``speaker_id`` as
        :func:`identify_article` gave them.

    Returns
    -------
    pandas.DataFrame
        A copy with each full name's id recomputed among the corpus's people, and each
        surname-only speaker that its article left unresolved given the full name and id of
        the corpus's one person of that surname (see the module docstring). The result
        depends on the set of speakers only, not on the order of the rows.

    Raises
    ------
    InputError
        If ``frame`` lacks the ``speaker`` or ``speaker_id`` column.
    """
    missing = [c for c in ("speaker", "speaker_id") if c not in frame.columns]
    if missing:
        raise InputError(
            f"Parameter `frame` needs the columns speaker and speaker_id; "
            f"{' and '.join(missing)} missing."
        )
    out = frame.copy()
    if out.empty:
        return out
    pairs = list(zip(out["speaker"].tolist(), out["speaker_id"].tolist()))
    unique = list(dict.fromkeys(pairs))
    table = _table()
    people = Cast(s for s, _ in unique if isinstance(s, str))
    refined: dict[tuple[Any, Any], tuple[Any, Any]] = {}
    for speaker, speaker_id in unique:
        refined[(speaker, speaker_id)] = (speaker, speaker_id)
        if not isinstance(speaker, str) or _body_key(speaker) in table.by_name:
            continue
        parts = parse_person(speaker)
        if parts is None:
            continue
        if parts.is_full:
            person = people.person(speaker)
            if person is not None:
                refined[(speaker, speaker_id)] = (speaker, person.person_id)
        elif speaker_id == slug(parts.id_words()):  # the article left it unresolved
            found = people.with_surname(parts.surname_key)
            if len(found) == 1:
                refined[(speaker, speaker_id)] = (found[0].display, found[0].person_id)
    new = [refined[p] for p in pairs]
    out["speaker"] = pd.Series([s for s, _ in new], index=out.index, dtype="object")
    out["speaker_id"] = pd.Series([i for _, i in new], index=out.index, dtype="object")
    return out
