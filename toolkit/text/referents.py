"""Stage ``speakers``: who a subject is, and the speakers that units take from others.

:func:`resolve` and :func:`introduce` run inside the ``kinds`` stage, unit by unit, because a
pronoun refers to the person met most recently before it; :func:`carry_speakers` is the stage
that follows, over the units that have a kind.

**Speaker.** The subject of the cue or verb (:mod:`toolkit.text.attribution`,
:mod:`toolkit.text.speakers`), expanded to the full name the article gives anywhere, with
pronouns resolved by recency and gender (a sentence that introduces a person as its subject,
"X was more cautious.", makes X the most recent). Two people of one surname stay apart
(:func:`~toolkit.text.identity.person_named`). "the president" is the person the article
calls so by title. "the ministry", "the bank", "the group" are the last body of that kind
named in full; "the OPEC+ group" is OPEC+. A quote paragraph without a cue continues the
previous paragraph's speaker, and every paragraph of one running quotation has the speaker
named in one of them. Text that starts mid-sentence (a cut-off lead) takes the speaker of the
next attributed statement.

:func:`resolve` sets ``speaker``, ``role`` and ``how`` (named, pronoun, role, group, or
pronoun-unresolved, role-unresolved); :func:`carry_speakers` reads ``kind``, ``how``,
``paragraph``, ``quote_paragraph``, ``fragment`` and ``speaker``, and sets ``speaker``,
``role`` and ``how`` (carried, lead or unattributed).
"""

from __future__ import annotations

import re

from toolkit.text.document import Document, _Unit
from toolkit.text.identity import person_named
from toolkit.text.patterns import (
    BODY_WORD,
    DOCUMENT_NOUN,
    DOCUMENT_SUBJECT,
    GENERIC_HEAD,
    INTRODUCTION,
    INTRODUCTION_VERB_SCAN,
    OWNED_BODY,
    ROLE_INTRODUCTION,
    WORD,
)
from toolkit.text.speakers import (
    CHAMBER,
    COUNTRYS,
    ENVOY,
    HEAD_TITLES,
    INSTITUTIONS,
    OFFICE_RANKS,
    ROLE_WORDS,
    Person,
    Registry,
    Subject,
    office_title,
    parse_np,
)
from toolkit.text.timex import sentence_start
from toolkit.text.vocabulary import BODY_WORDS, GOVERNMENT_OFFICES, country_word, national

# A verb right after a subject (or an auxiliary, or a time): "Moody's said", "Moody's on
# Friday", "Macy's has".
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|later|then|on|late|earlier|last)\s+)?(?:said|says|told|has|had|have|is|was"
    r"|will|would|cut|raised|lowered|downgraded|upgraded|affirmed|warned|announced|reported)\b"
)


def resolve(doc: Document, unit: _Unit, subject: Subject | None) -> bool:
    """Give ``unit`` the speaker that ``subject`` refers to; False if it has none."""
    if subject is None:
        return False
    registry = doc.registry
    if subject.kind != "pronoun":
        doc.plural_group = None  # (a "they" refers to the group only if none spoke since)
    if subject.kind == "name":
        person = person_named(registry, subject)
        _touch(registry, person)
        unit.speaker, unit.role, unit.how = person, person.role, "named"
        return True
    if subject.kind == "pronoun":
        text = doc.text
        opens = unit.start == 0 or text[unit.start - 2 : unit.start] in (". ", ".\n", "\n\n")
        sentence = unit.start if opens else sentence_start(text, subject.start)
        if subject.start > sentence + 2:
            # "Sen. Marco Rubio has long pushed for ..., and he said ...": the person
            # the sentence opened with comes first
            introduce(doc, sentence, subject.start)
        if subject.text == "i" and (author := doc.author) is not None:
            # a column's or a bulletin's "I voted yes": its author, by the byline
            person = person_named(registry, Subject("name", author))
            unit.speaker, unit.role, unit.how = person, person.role, "named"
            return True
        referent = registry.pronoun(subject.text)
        if referent is None and subject.text == "they" and doc.plural_group is not None:
            group, paragraph = doc.plural_group
            if unit.paragraph - paragraph <= 1:
                # "Nine judges dissented. In the minority opinion, they found that ...": the
                # group just named
                unit.speaker, unit.how = group, "pronoun"
                return True
        if referent is None:
            unit.how = "pronoun-unresolved"
            return subject.text in ("he", "she")
        registry.touch(referent)
        unit.speaker, unit.role, unit.how = referent, referent.role, "pronoun"
        return True
    if subject.kind == "role" and subject.role and subject.role.startswith(f"{COUNTRYS} "):
        # "The country's president": the office of the country the story is about
        country = _story_country(doc, subject.start)
        if country is None:
            unit.speaker, unit.role, unit.how = None, subject.text, "role-unresolved"
            return True
        subject = Subject("role", subject.text, role=f"{country}'s {subject.text}", start=subject.start)
    if subject.kind == "role":
        holder = registry.by_role(subject.text)
        qualified = bool(subject.role) and subject.role != subject.text
        if holder is not None and qualified and not _holds_for(doc, holder, subject.role):
            # "the Saudi minister" is not the Angolan one, but the one the article names so
            holder = _holder_for(doc, subject.text, subject.role)
        elif (
            holder is not None
            and " " in subject.text
            and subject.text.rsplit(None, 1)[-1] in _OFFICES_OF_MANY
            and not _holds_for(doc, holder, subject.text)
        ):
            # "the prime minister" is not "Finance Minister Oshiro Tetsuya"
            holder = None
        if holder is not None and subject.text == "president" and not qualified:
            holder = holder if _head_of_state(doc, holder) else None
        if holder is None and subject.text == "president" and not qualified:
            # "the president" of a story that names none, or only a body's or a firm's
            # president ("Cleveland Fed President Tom Brand", "the group's president"): the
            # country's
            _office_person(registry, "President", "president")
            unit.speaker, unit.role, unit.how = "President", "president", "role"
            return True
        if holder is not None:
            registry.touch(holder)
            unit.speaker, unit.role, unit.how = holder, holder.role or subject.role, "role"
        elif subject.role[:1].isupper() and subject.text == subject.role.lower() and (
            " of " in subject.role or " for " in subject.role
        ):
            # "the State Minister of Finance said ...": the office, whom a later "he" and "the
            # State Minister" are
            office = subject.role
            doc.offices[office_title(office)] = office
            unit.speaker = _office_person(registry, office, subject.text)
            unit.role, unit.how = subject.text, "role"
        elif qualified and subject.role[:1].isupper():
            # "the Fed chair" of an article that names no one so: the body speaks
            body = subject.role.removesuffix(subject.text).strip()
            body = body.removesuffix("'s").removesuffix("’s")  # "The EU's trade chief"
            if national(body) and subject.text.rsplit(None, 1)[-1] in GOVERNMENT_OFFICES:
                # "The US president", "the Chinese foreign minister": a country's office
                # speaks, not the country (a later "the president" is the same office)
                office = subject.role.removeprefix("the ").removeprefix("The ")
                holder = _office_person(registry, office, subject.text, latest=True)
                unit.speaker, unit.role, unit.how = holder, subject.text, "role"
            else:
                unit.speaker, unit.role, unit.how = body, subject.role, "group"
                if _HEAD_OF_BODY.search(subject.text):
                    # "the NBK Chairman said ... “...,” he said": the head, whom a later
                    # "he" is, speaks for the body
                    _office_person(registry, body, subject.role)
        elif subject.role.startswith("its ") and doc.last_body is not None:
            # "Its chair told a news conference ...": the body last named speaks
            unit.speaker, unit.role, unit.how = doc.last_body, subject.text, "group"
        elif subject.role == "governor" and "bank" in doc.bodies:
            # "The governor told a press conference ..." of a story whose central bank names
            # no governor: the bank speaks
            unit.speaker, unit.role, unit.how = doc.bodies["bank"], subject.role, "group"
        elif subject.role == "judge" and (
            "court" in doc.bodies or _COURT.search(doc.text, 0, max(0, subject.start)) is not None
        ):
            # "In a judgment published shortly after 10am, the judge said ..." of a story that
            # names the court and no judge: the court speaks, and a later "he" is the judge
            court = doc.bodies.get("court", "court")
            _office_person(registry, court, subject.role)
            unit.speaker, unit.role, unit.how = court, subject.role, "group"
        elif (
            " " in subject.role
            or subject.role in doc.offices
            or subject.role in _HEAD_OFFICES
            or (subject.role == "speaker" and _CHAIR_OF_HOUSE.match(doc.text, max(0, subject.start)))
        ):
            # "the climate commissioner", "the premier", "the Chancellor" of an article that
            # names no one so: the office speaks ("the commissioner" after the first)
            office = doc.offices.get(subject.role, subject.role)
            if office in _HEAD_OFFICES or office == "speaker":
                office = office.capitalize()  # ("Chancellor", as "President"; "the Speaker")
            doc.offices[office.split()[-1]] = office
            if " of " in office or " for " in office:
                # "the State Minister of Finance", then "the State Minister said": the office
                doc.offices[office_title(office)] = office
            # (a vice president, a deputy governor takes the place of the office's holder
            # for a later "he said")
            ranked = bool(OFFICE_RANKS.intersection(office.lower().split()))
            _office_person(registry, office, subject.role, latest=ranked)
            unit.speaker, unit.role, unit.how = office, subject.role, "role"
        elif (
            not qualified
            and (known := doc.unnamed_roles.get(subject.text)) is not None
            and (unit.paragraph - known[1] <= 1 or subject.text in _SINGLE_HEADS)
        ):
            # "A Treasury official said ... “...,” the official said.": the same official's body
            unit.speaker, unit.role, unit.how = known[0], subject.text, "group"
        else:
            unit.speaker, unit.role, unit.how = None, subject.role, "role-unresolved"
        return True
    name = subject.text
    if (
        name.endswith(("'s", "’s"))
        and len(name) > 3
        and not (subject.start >= 0 and _VERB_AFTER.match(doc.text, subject.start + len(name)))
    ):
        name = name[:-2]  # "the Bank of Canada's next decision": the bank (but "Moody's
        # said": a name with its "'s")
    if " " not in name and (name.islower() or name.lower() in BODY_WORDS):
        # "the ministry said": the last body of that kind the article named ("The Bank cut
        # rates": the Bank of England)
        name = name.lower()
        body = named_body(doc, name, subject.start)
        if (
            body is None
            and name in _ROLE_OF_BODY
            and doc.last_body is not None
            and doc.text.startswith((f"the {name}", f"The {name}"), subject.start)
            and _APPOSITION_AFTER.match(doc.text, subject.start + 4 + len(name)) is None
        ):
            # "Russia's Central Bank raised ... “...,” the regulator said": the body that
            # last spoke, in the role the article gives it
            body = doc.last_body
        if body is None and name == CHAMBER:
            return False  # "that chamber", "the chamber" of no chamber named: no guess
        owner = _other_owner(doc, name, subject.start, body)
        if owner is not None:
            # "China's commerce ministry" after "South Korea's Ministry of Trade": not that one
            doc.bodies[name] = owner
            name = owner
        elif body is not None:
            name = body
    else:
        if name.isupper() and name in doc.acronyms:
            name = doc.acronyms[name]  # "the MPC" after "the Monetary Policy Committee (MPC)"
        generic = GENERIC_HEAD.match(name)
        if generic is not None:  # "the OPEC+ group": the body is OPEC+
            name = generic.group(1)
            doc.bodies[generic.group(2)] = name
        for word in BODY_WORD.findall(name):
            doc.bodies[word.lower()] = name
    if name in doc.offices and name[:1].isupper():
        # "the State Minister said" after "the State Minister of Finance said": that office
        office = doc.offices[name]
        unit.speaker = _office_person(registry, office, office.lower())
        unit.role, unit.how = office.lower(), "role"
        return True
    if subject.role == ENVOY or name in HEAD_TITLES or _CAPITAL_OFFICE.fullmatch(name):
        # "the representative of Somalia", "The Administrator told a news conference": a
        # person, whom a later "he said" is, who speaks for the country or holds the office
        role = ENVOY if subject.role == ENVOY else name.lower()
        unit.speaker, unit.role, unit.how = _office_person(registry, name, role), role, "group"
        return True
    unit.speaker, unit.how = name, "group"
    if (
        (subject.role and _HEAD_OF_BODY.search(subject.role))
        or (subject.start >= 0 and _POSSESSED_HEAD.match(doc.text, subject.start) is not None)
        or (" " in name and _HEAD_OF_BODY.search(name.lower()))  # ("the NBK Chairman")
    ):
        # "the authority's chairman told a press conference ... He said ...": the head, whom
        # a later "he" is, speaks for the body
        unit.speaker = _office_person(registry, name, subject.role or name.lower())
    if name[:1].isupper():
        doc.last_body = name  # (what "its chair" belongs to)
    if subject.start >= unit.start:
        # "A senior finance ministry official said": the body of a later "the official"
        at = doc.text.find(subject.text, subject.start, unit.end)
        end = (at if at >= 0 else subject.start) + len(subject.text) + 24
        near = _UNNAMED_PERSON.search(doc.text, unit.start, end)
        if near is not None:
            doc.unnamed_roles[near.group(1)] = (unit.speaker, unit.paragraph)
    last = name.rsplit(None, 1)[-1]
    if last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and subject.start >= 0:
        doc.plural_group = (name, unit.paragraph)  # ("Nine judges": what a later "they" is)
    return True


# An office in capitals with no holder named: "The Prime Minister announced ...", "the Finance
# Minister" (a person, whom a later "he said" is; not "the Fed Chair", a body's head).
_CAPITAL_OFFICE = re.compile(
    r"(?:Prime|Finance|Foreign|Deputy|Home|Trade|Energy|Opposition|Attorney|Chief)"
    r"\s+(?:Minister|Secretary|Leader|General|Justice)"
)
# A court named before: "Scotland's highest civil court ruled".
_COURT = re.compile(r"\b[Cc]ourt\b")
# A body's head by the office's name: "chairman", "chief executive", "governor".
_HEAD_TITLES = (
    r"chairman|chairwoman|chairperson|chair|chief\s+executive|managing\s+director"
    r"|director[\s-]general|secretary[\s-]general|governor|president|director|head|chief"
    r"|administrator"
)
_HEAD_OF_BODY = re.compile(rf"\b(?:{_HEAD_TITLES})$")
# A body's head after the body's possessive: "the authority's chairman", "The IMF's managing
# director".
_POSSESSED_HEAD = re.compile(
    rf"(?:[Tt]he\s+)?(?:[\w.&-]+\s+){{0,3}}?[\w.&-]+['’]s\s+(?:{_HEAD_TITLES})\b"
)
# The noun of an unnamed person who speaks for a body: "A Treasury official", "a ministry
# spokesperson".
# (and its head, one at a time: "the bureau's director said ... “...,” the director said")
_UNNAMED_PERSON = re.compile(
    r"\b(official|spokesman|spokeswoman|spokesperson|source|aide|director|chair|chairman"
    r"|chairwoman|governor|head)\b"
)
# The heads among those: a later "the director" is the same body's, however far on.
_SINGLE_HEADS = frozenset({"director", "chair", "chairman", "chairwoman", "governor", "head"})

# Titles a government gives many people, told apart by their portfolio ("the prime minister",
# "the finance minister", "the commerce secretary").
_OFFICES_OF_MANY = frozenset({"minister", "secretary"})


def _office_person(
    registry: Registry, office: str, role: str, *, latest: bool = False
) -> Person | str:
    """Make an office or an envoy that speaks with no holder named ("the prime minister", "The
    President declared ...", "the representative of Somalia") the person a later "he said"
    is; that person, or ``office`` when another of the surname is registered already. With
    ``latest``, the office takes the surname's place from the one registered before it (a
    country's office: "Iran's president" after "the US president" is whom "he said" is)."""
    key = office.split()[-1]
    holder = registry.people.setdefault(key, Person(office, role=role))
    if holder.name != office:
        if not latest:
            return office
        holder = registry.people[key] = Person(office, role=role)
    registry.touch(holder)
    return holder


# A name in apposition: "the energy regulator, RAAEY, ...".
_APPOSITION_AFTER = re.compile(r",\s+(?:the\s+)?[A-Z]")
# Words that name a body by its role, not its kind: "the regulator", "the watchdog".
_ROLE_OF_BODY = frozenset({"regulator", "watchdog"})


# The chair of a chamber, by its capital: "The Speaker ruled ..." (not "a speaker at the
# rally").
_CHAIR_OF_HOUSE = re.compile(r"(?:[Tt]he\s+)?Speaker\b")


# Offices of one holder in a country, which speak for it when the article names no one so
# ("the premier told the meeting", "The Chancellor told the BBC").
_HEAD_OFFICES = frozenset(
    {"premier", "chancellor", "treasurer", "taoiseach", "tánaiste", "administrator",
     # one elected to a country's head office and not yet in it ("the president-elect")
     "president-elect", "prime minister-elect"}
)


def _head_of_state(doc: Document, person: Person) -> bool:
    """Whether ``person`` is a president without a body's or a firm's name before the title
    ("President Ana Ruiz", "U.S. President Bo Diaz", "the President of Mexico, Ana Ruiz"; not
    "Cleveland Fed President Tom Brand" nor "the group's president, Frank Dell")."""
    held = (person.role or doc.registry.index.full_titles.get(person.surname) or "").strip()
    words = held.replace("’", "'").split()
    if not words:
        return person.title == "President"
    if "'s" in held.replace("’", "'") or words[0].lower() in ("the", "its", "their"):
        return False
    head = [w for w in held.split(" of ")[0].split() if w.lower() != "president"]
    return all(w in ("U.S.", "US", "American", "former", "Former") for w in head)


def _holder_for(doc: Document, word: str, role: str) -> Person | None:
    """The person met most recently whose role or title has ``word`` and names the body of
    ``role`` (:func:`_holds_for`)."""
    registry = doc.registry
    for key in reversed(registry.recent):
        person = registry.people[key]
        held = f"{person.role or ''} {registry.index.full_titles.get(person.surname, '')}"
        if word in held.lower().split() and _holds_for(doc, person, role):
            return person
    return None


def _holds_for(doc: Document, person: Person, role: str) -> bool:
    """Whether ``person``'s role or title, or the sentence of the first mention of the full
    name, name the body of ``role``, a word of it or its stem ("the Fed chair": "Fed Chair
    Jerome Powell"; "the CHP leader": "Levent Kaya, leader of the Republican People's Party
    (CHP), ...")."""
    index = doc.registry.index
    held = f"{person.role or ''} {index.full_titles.get(person.surname, '')}"
    first = index.full.get(person.surname)
    if first:  # (the name's sentence, up to 100 characters after it)
        pos, text = first[0][0], doc.text
        lo = max(text.rfind("\n", 0, pos) + 1, text.rfind(". ", 0, pos) + 2)
        hi = pos + len(first[0][1]) + 100
        hi = min(x for x in (hi, text.find("\n", pos), text.find(". ", pos)) if x >= 0)
        held += " " + text[lo:hi]
    words = set(WORD.findall(held.lower()))
    body = [w for w in WORD.findall(role.lower())[:-1] if len(w) > 2]
    return any(h.startswith(b) or b.startswith(h) for b in body for h in words if len(h) > 2)


def _other_owner(doc: Document, noun: str, start: int, body: str | None) -> str | None:
    """The noun phrase "China's commerce ministry" (at ``start``, ending in ``noun``) when its
    owner is not named in ``body``, the body a bare "ministry" would refer back to: another
    country's or institution's body, named by the phrase itself; None otherwise."""
    if body is None:
        return None
    at = doc.low.find(noun, start, start + 80)
    owner = None if at < 0 else OWNED_BODY.fullmatch(doc.text, start, at + len(noun))
    if owner is None:
        return None
    name = owner.group(1)
    stem = name.split()[-1][:4].lower()
    if stem in body.lower():
        return None  # "Japan's finance ministry" after "Japan's Ministry of Finance"
    return owner.group(0).strip()


# A country's name: one or two capitalised words, or its initials.
_COUNTRY_RUN = re.compile(r"\b(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b|\bU\.S\.|\b(?:US|UK|UAE)\b")
# The first word of a country's name of two words ("South Korea", "Saudi Arabia").
_COUNTRY_FIRST_WORDS = frozenset(
    "South North New Saudi United Sri Costa Burkina Papua Trinidad Cape Timor".split()
)


def _story_country(doc: Document, pos: int) -> str | None:
    """The country the story is about before ``pos``: the one named most often before it (the
    last of those on a tie), or None ("Indonesia's palm oil export ban ... Indonesia, the
    world's largest producer, ... left importers from India to Pakistan scrambling. The
    country's president ...": Indonesia)."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in _COUNTRY_RUN.finditer(doc.text, 0, pos):
        words = m.group(0).split()
        word = words[-1]
        if country_word(word):
            name = m.group(0) if words[0] in _COUNTRY_FIRST_WORDS else word
            counts[name] = counts.get(name, 0) + 1
            last[name] = m.start()
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], last[name]))


def named_body(doc: Document, noun: str, pos: int) -> str | None:
    """The body that "the ``noun``" at ``pos`` names: the last one of that kind a statement
    named, else the last one named in full before ``pos`` whose name ends in ``noun`` or has
    it for its head ("the bureau" after "the Pakistan Bureau of Statistics"), or None."""
    return (
        doc.bodies.get(noun)
        or _named_before(doc, noun, pos)
        or _named_with(doc, noun, pos)
        or (
            _named_agency(doc, pos)
            if noun == "agency" and doc.low.startswith("the agency", pos)
            else None
        )
    )


# The heads of a government agency's name, for "the agency": "the Securities and Exchange
# Commission", "the Food and Drug Administration", "the Pakistan Bureau of Statistics".
_AGENCY_HEADS = frozenset(
    ("Commission", "Administration", "Agency", "Bureau", "Authority", "Office", "Service", "Board")
)


# A name with "an agency" in apposition: "Halvorsen Ratings, a credit-rating agency,".
_AGENCY_APPOSITION = re.compile(
    r"\b([A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){0,4}),\s+an?\s+(?:[\w-]+\s+){0,3}agency\b"
)


def _named_agency(doc: Document, pos: int) -> str | None:
    """The last body named in full before ``pos`` that is a government agency by its head
    ("the agency's chair" after "the U.S. Securities and Exchange Commission")."""
    found, at = None, -1
    for m in INSTITUTIONS.finditer(doc.text, max(0, pos - 4000), pos):
        words = m.group(1).removeprefix("The ").split()
        if len(words) > 1 and any(w in _AGENCY_HEADS for w in words):
            found, at = " ".join(words), m.start()
    for m in _AGENCY_APPOSITION.finditer(doc.text, max(0, at, pos - 4000), pos):
        found = m.group(1)  # "Halvorsen Ratings, a credit-rating agency, said ..."
    if found is not None:
        doc.bodies["agency"] = found
    return found


def _named_with(doc: Document, noun: str, pos: int) -> str | None:
    """The last body named in full before ``pos`` with ``noun`` for its head ("the Bank of
    Japan" for "the bank's next meeting", after "The BOJ kept ..."), when ``noun`` is a body's
    noun."""
    if noun not in BODY_WORDS:
        return None
    head = noun.capitalize()
    found = None
    for m in INSTITUTIONS.finditer(doc.text, max(0, pos - 4000), pos):
        words = m.group(1).removeprefix("The ").split()
        if head not in words:
            continue
        at = words.index(head)
        end = next(  # "Bank of Japan Governor Makoto Ishiguro": the bank
            (i for i, w in enumerate(words) if i > at and w.lower() in ROLE_WORDS),
            len(words),
        )
        if end > 1:
            found = " ".join(words[:end])
    if found is not None:
        doc.bodies[noun] = found
    return found


def _named_before(doc: Document, noun: str, pos: int) -> str | None:
    """The last body named in full before ``pos`` whose name ends in ``noun`` ("the Labor
    Department" for "a department spokesperson"), when no statement has named one yet."""
    if noun not in BODY_WORDS:
        return None
    low, end = doc.low, pos
    while True:  # the last "department" before pos, as a word
        at = low.rfind(noun, 0, end)
        if at < 0:
            return None
        if not low[at - 1 : at].isalpha() and not low[at + len(noun) : at + len(noun) + 1].isalpha():
            break
        end = at
    stop = at + len(noun)
    name = INSTITUTIONS.search(doc.text, max(0, at - 80), stop)
    while name is not None and name.end(1) < stop:
        name = INSTITUTIONS.search(doc.text, name.end(), stop)
    full = None if name is None else name.group(1).removeprefix("The ")
    if full is None or name.end(1) != stop or " " not in full:
        return None
    doc.bodies[noun] = full  # (the next "the department" finds it at once)
    return full


def introduce(doc: Document, start: int, end: int) -> None:
    """Make a person who is the subject of the clause at ``start`` the latest one.

    "Sen. Bob Corker was more cautious. He said ...": the pronoun goes to Corker; "At the
    press conference, the governor fielded questions. ... he said": to the person the article
    calls the governor.
    """
    text = doc.text
    head_end = min(end, start + 160)
    if (
        not text[start : start + 1].isupper()
        or INTRODUCTION_VERB_SCAN.search(text, start, head_end) is None
    ):
        return
    m = INTRODUCTION.match(text, start, head_end)
    subject = None if m is None else parse_np(m.group(1), start + m.start(1), doc.index)
    if subject is not None and subject.kind == "name":
        _touch(doc.registry, person_named(doc.registry, subject))
        return
    role = ROLE_INTRODUCTION.search(text, start, head_end)
    if role is not None:
        holder = doc.registry.by_role(role.group(1))
        if holder is not None:
            doc.registry.touch(holder)


def _touch(registry: Registry, person: Person) -> None:
    """Make the registered person of ``person``'s surname the latest one (for pronouns)."""
    registered = registry.people.get(person.surname)
    if registered is not None:
        registry.touch(registered)


def carry_speakers(doc: Document, units: list[_Unit]) -> list[_Unit]:
    """Speakers carried to quote paragraphs, running quotations and a cut-off lead."""
    _carry_quotes(doc, units)
    _fix_fragments(units)
    _fix_quote_chains(doc, units)
    return units


def _carry_quotes(doc: Document, units: list[_Unit]) -> None:
    """A quote paragraph without a cue: the previous paragraph's speaker, if it spoke; one
    whose cue's subject is a document ("“...,” the statement said") is of the speaker whose
    statement last named that document ("In its statement, the committee said ...")."""
    prev: _Unit | None = None
    for i, unit in enumerate(units):
        if unit.kind == "quote" and unit.how == "carried":
            issuer = _document_issuer(doc, units, i)
            if issuer is not None:
                unit.speaker, unit.role, unit.how = issuer.speaker, issuer.role, "carried"
            elif (
                prev is not None
                and prev.paragraph == unit.paragraph - 1
                and prev.kind in ("quote", "paraphrase")
            ):
                unit.speaker, unit.role = prev.speaker, prev.role
                unit.how = "carried"
            elif not _quote_continues(doc, unit):
                unit.how = "unattributed"
        prev = unit


def _document_issuer(doc: Document, units: list[_Unit], i: int) -> _Unit | None:
    """The statement before ``units[i]`` (within two paragraphs) that names a document, when
    its cue has a document for subject ("the statement said", "the text read"), if it has a
    speaker."""
    unit = units[i]
    if DOCUMENT_SUBJECT.search(doc.text, unit.start, unit.end) is None:
        return None
    for prev in reversed(units[:i]):
        if prev.paragraph < unit.paragraph - 2:
            return None
        # (the statement may be named by another of these words: "the text said")
        if prev.speaker is not None and DOCUMENT_NOUN.search(doc.low, prev.start, prev.end):
            return prev
    return None


def _quote_continues(doc: Document, unit: _Unit) -> bool:
    first = next((q for q in doc.quotes if q.start == unit.start), None)
    return first is not None and any(
        q.group == first.group and q.paragraph < unit.paragraph for q in doc.quotes
    )


def _fix_fragments(units: list[_Unit]) -> None:
    lead = [u for u in units if u.paragraph == (units[0].paragraph if units else 0)]
    if not lead or not any(u.fragment for u in lead):
        return
    donor = next(
        (u for u in units if u.paragraph > lead[0].paragraph and isinstance(u.speaker, Person)),
        None,
    )
    if donor is None or donor.paragraph > lead[0].paragraph + 2:
        return
    for u in lead:
        if u.speaker is None:
            u.speaker, u.role, u.how = donor.speaker, donor.role, "lead"


def _fix_quote_chains(doc: Document, units: list[_Unit]) -> None:
    by_start = {q.start: q for q in doc.quotes}
    groups: dict[int, list[_Unit]] = {}
    for u in units:
        q = by_start.get(u.start)
        if u.quote_paragraph and q is not None:
            groups.setdefault(q.group, []).append(u)
    for members in groups.values():
        named = next((u for u in members if u.speaker is not None), None)
        if named is None:
            continue
        for u in members:
            if u.speaker is None:
                u.speaker, u.role, u.how = named.speaker, named.role, "carried"


def speaker_name(speaker: Person | str | None) -> str | None:
    """A speaker's name as written: a person's full name, a body's name (None for none)."""
    if isinstance(speaker, Person):
        return speaker.name
    return speaker


def speaker_key(speaker: Person | str | None) -> str | None:
    """The key under which a speaker's statements go together (a surname, a body)."""
    if speaker is None:
        return None
    if isinstance(speaker, Person):
        return speaker.surname
    _owner, mark, body = speaker.replace("’", "'").partition("'s ")
    if mark and body[:1].isupper() and " " in body:
        # "Treasury Department's Office of Foreign Assets Control" is the office's
        return body.lower()
    return speaker.lower()


def same_speaker(a: Person | str | None, b: Person | str | None) -> bool:
    """Whether ``a`` and ``b`` are one speaker (never when ``a`` is None)."""
    return a is not None and speaker_key(a) == speaker_key(b)
