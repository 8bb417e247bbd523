"""Who says or does what: cue verbs, subjects, names, roles and pronouns.

The rules are general English news conventions, not lists of people:

* A speech cue is a finite reporting verb ("said", "says", "told", "wrote", "added", "argued",
  "insisted", "warned", "reported", "described", "pointed out", "quipped", "declined to",
  "made ... comments", "according to", ...).
* The speaker is the subject before the cue ("Karoline Leavitt, the White House press
  secretary, said"; "Trump's Treasury secretary, Scott Bessent, made ..."), or the name after
  an inverted cue ("..., said Sen. Michael D. Crapo, R-Idaho, chair of the finance committee").
  Possessors ("Trump's") and places after "of" are not subjects.
* Names are runs of capitalised words; titles in front ("Sen.", "Treasury Secretary") become
  the role, and so do appositions ("X, the White House press secretary,"; "X, a White House
  trade adviser who ..."). A surname alone is expanded to the full name the article gives
  anywhere ("Bessent" -> "Scott Bessent").
* Party tags ("D-Mass.", "(D., Conn.)"), datelines and all-caps headings are never part of
  a speaker; a name never runs over a line break; dotted abbreviations ("U.S.", "E.U.") are
  one word and never a name by themselves.
* "he"/"she" resolve to the most recent speaker of compatible gender. Gender comes from
  courtesy titles (Mr., Ms., Mrs.) and is learned from the pronouns that refer to a person.
* "the president", "the senator", ... resolve to the person the article calls so by title
  ("President Trump").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from toolkit.text.vocabulary import (
    COUNTRY_WORDS,
    DEMONYMS,
    GOVERNMENT_OFFICES,
    NATIONALITY_WORDS,
    ROLE_NOUNS,
    national,
)

__all__ = [
    "CUE",
    "FORECAST_REVISION",
    "NameIndex",
    "Person",
    "Registry",
    "Subject",
    "find_subject",
    "parse_np",
]

# What a declaration that is an act declares its object, some words on: "declared the
# drought in two provinces | a national disaster" (ACTION's "declared" asks for it, CUE's
# refuses it).
DECLARED_STATE = (
    r"[^.;:\n“\x22]{0,120}?\b(?:an?|the)\s+(?:national\s+|state\s+of\s+)?(?:disaster|emergency"
    r"|calamity|state\s+of\s+emergency|pandemic|closed|open|void|illegal|unconstitutional)\b"
    # a ban or a truce declared: "declared a total ban on offshore gaming operators"
    r"|\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:ban|moratorium|curfew|ceasefire|truce)\b"
)
# A revision of one's own forecast, as a verb of speech: "cut its growth forecast", "lowered
# their inflation projections", "raised its own estimate" (a cue of ``CUE``; the stages that
# treat it apart match ``FORECAST_REVISION`` at the cue).
_FORECAST_REVISION = (
    r"(?:raised|cut|lowered|revised|trimmed|upgraded|downgraded|lifted|slashed|reduced)"
    # (or the country's: "revised Fiji's economic growth forecast for this year")
    r"(?=\s+(?:up|down)?\s*(?:its|their|[A-Z][\w.-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:forecasts?|projections?|estimates?)\b)"
)
CUE = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes"
    # (not "value added tax")
    r"|(?<!value\s)(?<!value-)added(?!\s+(?:(?:\d|a|an|the|two|three|four|five|six|seven|eight|nine|ten|more|new|its"
    r"|their)\b|[\d.,]+\s*(?:points?|percent|per\s+cent|%|basis\s+points?)))"
    # (not a lawyer's pleading: "who argued the case for the trade groups")
    r"|adds|(?:argued|argues)(?!\s+(?:the|a|an|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:case|cases|appeal|motion|lawsuit|suit|petition)\b)|insisted|insists"
    r"|declined\s+to\s+(?:say|comment|specify|discuss|elaborate)|warned|warns|noted|stated"
    # "would not say whether", "refused to comment", "wouldn't rule out"
    r"|(?:would\s+not|wouldn[’']t|refused\s+to)\s+(?:say|comment|specify|discuss|elaborate"
    r"|rule\s+out|be\s+drawn)\b"
    # (not the noun: "10-year notes", "notes due 2030", "his notes.")
    r"|(?<!year\s)(?<!month\s)(?<!week\s)notes(?!\s+(?:on|and|or|at|due|in|for|from|to"
    r"|with|were|are|was|will|have|had|of)\b)"
    r"|announced|announces"
    # (not a market's figures: "Soybean futures posted their biggest gain since June")
    r"|posted(?!\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:gains?|loss(?:es)?|declines?"
    r"|drops?|rises?|increases?|decreases?|advances?|rall(?:y|ies)|profits?|surplus|deficit"
    r"|records?|results|revenue|earnings)\b)"
    r"|tweeted|explained|asserted|contended|claimed|acknowledged"
    r"|conceded|predicted|suggested|suggests|asserts|contends|explains|stresses|signaled"
    r"|signalled|indicated|cautioned|stressed|emphasized"
    r"|reiterated|repeated|responded|replied|retorted|shot\s+back|countered|complained|vowed"
    r"|floated|answered|weighed\s+in|estimated"
    # (not "self-described", nor a byline's "Lerer reported from Los Angeles.")
    r"|(?<!-)(?:reported(?!\s+from\b)|reports(?!\s+to\b)|described|describes|pointed\s+out|noting"
    # (not a declaration that is an act: "declared the drought a national disaster")
    rf"|declared(?!{DECLARED_STATE})"
    r"|declares|concluded|revealed|quipped|joked|lamented|observed|interjected|proclaimed"
    r"|boasted|mused|fumed|shouted|yelled|exclaimed|scoffed|marveled|acknowledges|predicts)"
    r"|pledged|promised|reaffirmed|reaffirms"
    r"|threatened|urged|remarked|expressed|dismissed|rejected\s+the\s+(?:idea|notion|claim|suggestion)"
    r"|assailed|criticized|criticised|praised|implied|confirmed|denied|disclosed|recalled"
    r"|made\s+(?:\w+\s+){0,2}(?:comments|remarks|statements?)|[Aa]ccording\s+to"
    r"|asked|demanded|called\s+(?:on|for)|called\s+(?:[\w.-]+\s+){1,4}(?:an?\s+)?[“\x22‘']|saying|writing"
    r"|recommended(?=\s+that\b)"
    # a forecast as a verb: "The bank's research department forecast that the economy would
    # grow" (not the noun: "the forecast that ...", "its forecast that ...")
    r"|(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!latest\s)"
    r"(?<!new\s)forecasts?(?=\s+that\b)"
    # a body's revision of its own forecast is its view: "the bank cut its forecast for growth",
    # "the committee lowered its inflation projection" (not a rating's outlook, an act)
    rf"|{_FORECAST_REVISION}"
    # a finding: "The panel found that ...", "a poll finds that", "the court held that"
    r"|(?:found|finds|held|holds)(?=\s+that\b)"
    # a court's holding after what it held: '"...", the court held by 18 votes to 9'
    r"|held(?=\s*[.;]|\s+by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}\b)"
    # the plain form after a plural subject ("Critics say ...", "Democrats say ..."), and the
    # progressive ("Trump is telling supporters that ...")
    r"|(?<=[a-z]s\s)(?<!\bdoes\s)say(?=\s+[\w“\x22'‘])"
    r"|(?<=\bis\s)telling|(?<=\bwas\s)telling"
    # a participle after a comma: "..., telling ABC Radio that ...", "..., stating that ..."
    r"|(?<=,\s)(?:telling|stating|insisting|cautioning|declaring)(?=\s)"
    # ... and after "by": "opened the debate by telling the House that ...", "responded by
    # saying that ..."
    r"|(?<=\bby\s)(?:telling|saying|stating|arguing|warning|insisting|noting|declaring)(?=\s)"
    r"|stating(?=\s+(?:that\b|[“\x22]))"  # ("issued a statement on Monday stating that ...")
    # ("Albrecht had set out his reservations in a speech", not "will set out her thinking")
    r"|(?<!will\s)(?<!to\s)(?<!['’]ll\s)set\s+out(?=\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:views?|reservations|case|position|concerns|objections|arguments|stance)\b)"
    # ("informed at a press conference that ...", not "an informed decision")
    r"|(?<!an\s)(?<!well-)informed(?=\s+(?:(?:at|in|on|during)\s[^.;,]{0,60}?\s|reporters\s"
    r"|journalists\s|lawmakers\s|the\s+(?:press|media|public|committee|Senate|House|board)\s)?that\b))\b"
)
FORECAST_REVISION = re.compile(_FORECAST_REVISION)

TITLES = frozenset(
    """Sen. Sens. Rep. Reps. Gov. Govs. Dr. Mr. Mrs. Ms. Prof. Gen. Lt. Col. Adm. Amb. Sec.
    Pres. Atty. Rev. Hon. Senator Senators Representative Representatives Governor President
    Vice Secretary Chair Chairman Chairwoman Chairperson Speaker Leader Minister Premier
    Chancellor Judge Justice Commissioner Ambassador Mayor King Queen Prince Pope Director
    Deputy Assistant Acting General Attorney Commerce Treasury Defense State Trade Agriculture
    Energy Labor Finance Foreign Prime Majority Minority House Senate Fed Federal Reserve
    Chief Executive Officer CEO Economic Adviser Advisor Press Spokesman Spokeswoman
    Spokesperson Representative U.S. US White Council National Security Homeland Mr Mrs Ms
    Dr Former Under Professor Rapporteur Pro Tempore Governors Commissioners MP MEP MK MLA
    MPP MSP Director-General Secretary-General Governor-General Attorney-General Auditor-General
    Solicitor-General Inspector-General Vice-Minister Vice-President Vice-Premier Vice-Chairman
    Vice-Governor Vice-Chair Deputy-Governor""".split()
)
# Honorifics of Malaysia, Brunei, the Gulf, Nigeria and India that stand before a name, after
# any title: "Governor Datuk Seri Ana Lim", "Sheikh Mohammed ...", "Alhaji Musa ...", and a
# union leader's "Comrade" in Nigerian and southern African papers.
HONORIFICS = frozenset(
    """Datuk Dato Dato' Dato’ Datin Seri Tun Sheikh Sheikha Alhaji Alhaja Hajiya Haji Hajjah
    Shri Smt. Engr. Comrade Comrades""".split()
)
TITLES = TITLES | HONORIFICS
# Two-word honorifics whose first word is a name too: "Tan Sri" (Tan is a surname), "Puan Sri".
_PAIRED_HONORIFICS = frozenset(
    (
        *(("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")),
        *((first, "Sri") for first in ("Datuk", "Dato", "Dato'", "Dato’")),
    )
)
_BARE_COURTESY = {"Mr": "Mr.", "Mrs": "Mrs.", "Ms": "Ms.", "Dr": "Dr."}
# Titles that end an organisation's name and start a person's: "Cleveland Fed President ..."
HEAD_TITLES = frozenset(
    """President Governor Chair Chairman Chairwoman Secretary Minister Commissioner Director
    Ambassador Spokesman Spokeswoman Spokesperson Leader Chancellor Premier Mayor Economist
    Adviser Advisor CEO Negotiator Envoy Senator Sen. Representative Rep. Congressman
    Congresswoman Comptroller Controller Councilmember Councilman Councilwoman Alderman
    Alderwoman Manager Auditor Treasurer Clerk Supervisor Administrator Superintendent Sheriff
    Assemblyman Assemblywoman Assemblymember Delegate Trustee General Professor Rapporteur
    MP MEP MK MLA MPP MSP Director-General Secretary-General Vice-Minister Vice-President
    Vice-Premier Vice-Chairman Vice-Governor Vice-Chair Officer Ombudsman Registrar""".split()
)
ROLE_WORDS = frozenset(
    """president secretary senator sen representative rep governor gov chair chairman
    chairwoman speaker leader minister chancellor judge justice commissioner ambassador mayor
    director adviser advisor spokesman spokeswoman spokesperson economist official officials
    analyst strategist negotiator representative director-general secretary-general premier
    treasurer conseller consellera conseiller conseillère consejero consejera conselheiro
    conselheira ministro ministra portavoz administrator""".split()
)
# Words that open a sentence, a clause or a phrase and never name anyone.
_OPENING_WORDS = frozenset(
    """The A An And But Or Nor So Yet For If In On At By To Of As It Its He She They We I You
    This That These Those There Here What When Where Why How Who Which While After Before
    Since Until Although Though Because Despite Unless Whether Once Other Others Some Many
    Most Several All Both Each Every Any No Not Still Also Even Just Only Now Then Meanwhile
    However Instead Last Next Earlier Later Today Yesterday Tomorrow His Her Their Our My
    Your""".split()
)
NON_PERSON = frozenset(
    """Quote Unquote House Senate Congress Committee Commission Department Ministry Office Bank Reserve Fed
    Treasury White States Union Republicans Democrats Republican Democrat Administration
    Street Hill Council Court Party Group Inc Corp Co Ltd LLC Association Institute University
    Agency Service Board Exchange Index Market Markets Madness Act Bill News Times Post Journal
    Government Parliament Kingdom Republic Nations America American Americans Europe European
    China Chinese Japan Japanese Korea Korean Canada Canadian Mexico Mexican India Indian
    Germany German France French Britain British Italy Russia Russian Ukraine Taiwan Vietnam
    Brazil Australia Oregon Kentucky Idaho Texas Ohio Florida California York Jersey Nebraska
    Colorado Washington Wall Capitol Oval Beijing Tokyo Brussels Ottawa London Paris Berlin
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Nasdaq Dow Jones S&P Stock Stocks
    Street Finance Ways Means Budget Appropriations Judiciary Federal National International
    Global Trade Economic CNBC CNN Fox Reuters Bloomberg Twitter Truth Social Facebook X
    Korean Canadian Assembly Bundestag Duma Knesset Cabinet Legislature Democratic
    Feb Mar Apr Jul Aug Sep Sept Oct Nov Dec I'm I’m I'd I’d I'll I’ll I've I’ve
    Alliance Coalition Federation Confederation Forum Chamber Society Foundation Manufacturers
    Producers Corporation Company Authority Bureau Directorate Secretariat Tribunal Utilities
    Holdings Panel Lecture Memorial Symposium Seminar Conference Summit Award Prize Fisheries
    Exporters Importers Deal Pact Accord Treaty Partnership Business Groups""".split()
) | frozenset({"Mr", "Mrs", "Ms"}) | _OPENING_WORDS | COUNTRY_WORDS | NATIONALITY_WORDS
# Capitalised words that start a sentence but never name an actor.
NON_PERSON_WORDS = frozenset(
    _OPENING_WORDS
    | set(
        """News Monday Tuesday Wednesday Thursday Friday Saturday Sunday I'm I’m I'd I’d I'll
        I’ll I've I’ve""".split()
    )
)
GROUP_NOUNS = (
    "governments",
    "member states",
    "regulators",
    "diplomats",
    "senators",
    "lawmakers",
    "deputies",
    "legislators",
    "officials",
    "Republicans",
    "Democrats",
    "members",
    "economists",
    "analysts",
    "investors",
    "traders",
    "leaders",
    "negotiators",
    "representatives",
    "aides",
    "advisers",
    "executives",
    "ministers",
    "appropriators",
    "policymakers",
    "regulators",
    "diplomats",
    "justices",
    "voters",
    "council",
    "ambassadors",
    "envoys",
    "delegates",
    "whips",
    "judges",
    "mayors",
    "attorneys general",
    "governors",
    "premiers",
    "prosecutors",
    "countries",
    "nations",
    # "IMF staff said", "an IMF staff team" (not "the staff forecast", "a staff-level deal")
    r"staff(?![\s-]+(?:forecasts?|projections?|reports?|papers?|estimates?|analysis|level"
    r"|members?|cuts?|writers?|reporters?))",
    "team",  # "the negotiating team", "a World Bank team"
    # a chamber's parties as one: "The Progressive Conservative majority voted 32-19", "the
    # opposition walked out" (not "a majority of economists", "opposition to the plan")
    # (not "the group's opposition", "the opposition People Power Party", "opposition-ruled":
    # the possessive is looked behind from the noun's second letter)
    r"m(?<!['’]s\s[Mm])ajority(?![\w-]|\s+(?:of|in|on|for|to|leader|whip)\b|\s+[A-Z])",
    r"o(?<!['’]s\s[Oo])pposition(?![\w-]|\s+(?:of|to|from|in|on|for|leader|party|parties"
    r"|lawmakers|MPs|members)\b|\s+[A-Z])",
)
# A trade's people, as the head of the subject only ("Independent rolling mills warned", "US
# soybean farmers said"; not "Shares of steelmakers fell", "require exporters to ..."): the
# noun with its modifiers, at the end of the phrase before the verb.
_TRADE_GROUP = re.compile(
    r"^(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther)\s+)?"
    r"((?:[\w’'.&-]+\s+){0,3}?(?:farmers|growers|exporters|importers|producers|manufacturers"
    r"|mills|makers|steelmakers|automakers|carmakers|businesses|companies|firms|banks|lenders"
    r"|unions|workers|protesters|retailers|refiners|miners|airlines|insurers|employers|funds"
    r"|groups|operators|owners|drivers|truckers|hauliers|shippers|dealers|wholesalers|suppliers"
    r"|distributors|developers|builders|brokers|fishermen|dockworkers|longshoremen|nurses"
    r"|teachers|doctors|pilots|employees))"
    r"[\s,]*$"
)
# Days and months by name, which no body's name holds.
_WEEKDAY_WORDS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_WORDS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "Bank" with the name after it ("Bank Negara Malaysia", "Bank Indonesia"; not "Bank Governor
# Ana Lim", "the Bank Tuesday").
_BANK_NAMED_AFTER = (
    r"Bank(?:[^\S\n]+(?!(?:Governor|Governors|President|Chair|Chairman|Chairwoman|Deputy|Chief"
    r"|Director|Secretary|Minister|Officer|Economist|Spokesman|Spokeswoman|Board|Rate|On|In|At"
    rf"|And|But|The|{_WEEKDAY_WORDS}|{_MONTH_WORDS})\b)[A-Z][a-z][\w’'-]*){{0,2}}"
)
_INSTITUTION_WORDS = (
    r"Senate|House|Congress|White\s+House|Fed|Federal\s+Reserve"
    r"|Treasury|[Aa]dministration|Commission|commission|Ministry|ministry|Department|department"
    r"|Parliament|Council"
    r"|group|bank|[Aa]gency|[Aa]uthority|[Rr]egulator|watchdog|cartel|[Bb]oard|panel|[Tt]ribunal|caucus"
    r"|union(?!\s+(?:of|with|between)\b)"  # ("the United Steelworkers union said")
    # ("The Ghana Private Road Transport Union"; not "the Union Finance Minister")
    r"|Union(?!\s+(?:(?:of|with|between)\b|[A-Z]))"
    r"|[Ss]ecretariat"
    r"|Court|court|" + _BANK_NAMED_AFTER + r"|Government|government|Committee|committee"
    # a military government: "The junta's spokesman told reporters ..."
    r"|junta|Junta"
    r"|(?<=[Tt]he\s)[Ee]xecutive(?!\s+(?:[Dd]irector|[Oo]fficer|[Vv]ice|[Cc]hairman|[Ss]ecretary"
    r"|[Cc]ommittee|[Bb]oard|[Oo]rder|[Bb]ranch\s+official))"
    r"|[Ss]ubcommittee|Office|office"
    r"|Kremlin|[Mm]ission|[Dd]elegation|[Cc]onsulate|[Aa]ssociation|[Aa]lliance|[Cc]onfederation"
    r"|[Ff]ederation|[Ii]nstitute|Chamber|[Bb]ureau"
    # a named body of other kinds: "National Society for Consumer Protection", "Tax Policy
    # Foundation"
    r"|Society|Foundation|League|Forum|[Cc]oalition|Organi[sz]ation"
    r"|Assembly|Bundestag|Duma|Knesset|Cabinet|cabinet|Legislature|legislature|[Ee]mbassy"
    r"|Corporation|[Cc]ompany"  # a firm: "News Corporation", "The Boeing Company"
)
# A capitalised word after "of" in a body's name, an abbreviation with its full stops too
# ("Office of the U.S. Trade Representative").
_OF_WORD = r"[A-Z](?:\.(?:[A-Z]\.)+|[\w’'-]*)"
# What "on" does not introduce in a body's name: a day ("the Council on Monday"), a month.
_NOT_A_TOPIC = (
    rf"(?:{_WEEKDAY_WORDS}|{_MONTH_WORDS}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# A title or a courtesy that opens a person's name, not a portfolio.
_NOT_PORTFOLIO = (
    r"(?:Governor|Minister|President|Chair\w*|Secretary|Prime|Deputy|Vice|Mr|Mrs|Ms|Dr|Sen"
    r"|Rep|Director|Commissioner|Senator|General|Gen|Lord|Lady|Sir|Dame)\b"
)
INSTITUTIONS = re.compile(
    # ("National Banking and Securities Commission": "and" between capitalised words)
    # (the words of one sentence and paragraph: not "... on Wednesday.\n\nThe Monetary Policy
    # Committee")
    # (a particle between capitalised words: "Azimio la Umoja One Kenya coalition")
    rf"\b(?:the\s+)?((?:[A-Z][\w&.’'+-]*(?<![a-z]{{2}}\.)[^\S\n]+"
    rf"(?:(?:and|&|la|de|del|des|du|von|van|der|di|da)[^\S\n]+(?=[A-Z]))?){{0,4}}"
    rf"(?:{_INSTITUTION_WORDS})"
    rf"(?:\s+(?:of|for|on(?!\s+{_NOT_A_TOPIC}))\s+(?:the\s+)?{_OF_WORD}(?:\s+{_OF_WORD}){{0,3}}"
    # (and a second "of": "Central Bank of the Republic of Türkiye")
    rf"(?:\s+of\s+(?:the\s+)?{_OF_WORD}(?:\s+{_OF_WORD}){{0,2}})?"
    # a list of portfolios: "Ministry of Trade, Industry and Energy", "Office of Management
    # and Budget" (not "the Bank of England and Governor Ann Lo")
    # ("... and Human Services": the last portfolio of two words, not a title and a name)
    # ("Ministry of Planning, Economic Development, and International Cooperation")
    rf"(?:(?:,\s+{_OF_WORD}(?:[^\S\n]+(?!and\b){_OF_WORD})?)*,?\s+and\s+(?!{_NOT_PORTFOLIO}){_OF_WORD}"
    rf"(?:[^\S\n]+(?!{_NOT_PORTFOLIO}){_OF_WORD})?(?![^\S\n]+[A-Z]))?"
    # a mission to its body: "Russia's mission to the EU"
    rf"|(?:(?<=ission)|(?<=elegation))\s+to\s+(?:the\s+)?{_OF_WORD}(?:\s+{_OF_WORD}){{0,2}}"
    r")?)(?<!\.)\b"
)
# The possessor before a body's name: "Parliament's Committee on ..." (the committee).
_POSSESSOR_BEFORE = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
# Every match of INSTITUTIONS holds one of its words, and every match of _GROUP one of its
# nouns (lower-cased here): a phrase without any is not searched.
_INSTITUTION_WORD = re.compile(_INSTITUTION_WORDS)
_GROUP = re.compile(
    r"\b((?:[A-Z][\w’'-]*\+?\s+){0,3}(?:"
    + "|".join(f"[{n[0].upper()}{n[0].lower()}]{n[1:]}" for n in GROUP_NOUNS)
    + r"))\b",
)
# (each noun's leading letters: a noun's pattern may look around it in any case)
_GROUP_NOUN = re.compile(
    "|".join(
        re.match(r"[\w ]+", re.sub(r"\(\?<![^)]*\)", "", n)).group(0).lower() for n in GROUP_NOUNS
    )
)
# The second of two portfolios joined by "and", then the title or the body they name:
# "Industry | and Trade Minister", "Health | and Human Services Secretary".
_PORTFOLIO_AND_TITLE = re.compile(
    r"[^\S\n]+(?:and|&)[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){1,3}"
    r"(?:Minister|Ministers|Secretary|Commissioner|Ministry|Department|Committee|Spokesman"
    r"|Spokeswoman|Spokesperson)\b"
)
# A body's head and the first of two portfolios joined by "and", right before a run of
# capitalised words: "the Department of Health and | Human Services" (the run ends the name).
_TWO_PORTFOLIOS_BEFORE = re.compile(
    r"\b(?:Ministry|Department|Office|Bureau|Committee|Commission|Council|Agency|Board"
    r"|Secretariat|Authority|Directorate|Institute|Service)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&'’-]*\s+){1,3}and\s+$"
)
# A word that makes the trade's noun no head of its own phrase ("Shares of steelmakers").
_TRADE_NOT_HEAD = re.compile(r"\b(?:of|for|to|by|from|with|and|or|that|which|who)\b")
# A capitalised group noun inside a longer proper name: "Moody's Investors | Service" (the
# name, not the investors).
_NAME_GOES_ON = re.compile(r"(?<=[a-z])[^\S\n]+[A-Z][a-z]")
_RUN_TITLES = (
    *"Sen Sens Rep Reps Gov Govs Dr Mr Mrs Ms Prof Gen Lt Col Adm Amb Sec Pres Atty Rev Hon".split(),
)
# What follows the first capital of a run of capitalised words.
# (a title abbreviation may stand inside a run: "State Rep. Wendy Nanney", "Army Lt. Gen. X")
_INNER_TITLES = "Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Gens|Col|Adm|Maj|Capt|Sgt|Dr|Prof|Rev|Atty|Amb"
_RUN_REST = (
    r"(?:\.(?:[A-Z]\.)+|[\w’'&-]*(?:\+(?![\w+])|\.(?=[^\S\n][A-Z]))?)"  # ("OPEC+")
    rf"(?:[^\S\n]+(?:(?:{_INNER_TITLES})\.(?=[^\S\n]+[A-Z])"
    # (a later word may open with a capital beyond ASCII: "Pádraig Ó Ceallaigh", "Anna Żak")
    r"|[A-ZÀ-ÖØ-ÞĀ-Ž](?:\.(?:[A-Z]\.)*|[\w’'&-]*)|(?:de|van|von|der|da|del|la|le|bin|al|di|du)\b"
    # the "and" between two surnames: "Biel Servera i Amengual", "José Ortega y Gasset"
    r"|[iye](?=[^\S\n]+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ])"
    # a union's numbered branch: "Teamsters Local 987", "IAM District 751", "Lodge 1943"
    r"|(?<=Local[^\S\n])\d{1,5}\b|(?<=District[^\S\n])\d{1,5}\b|(?<=Lodge[^\S\n])\d{1,5}\b))*"
)
_DOTTED_TITLES = frozenset(f"{t}." for t in _INNER_TITLES.split("|"))
_NAME_RUN = re.compile(rf"(?:(?:{'|'.join(_RUN_TITLES)})\.\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]{_RUN_REST}")


def _after_first_letter(words: tuple[str, ...]) -> str:
    """``words`` as an alternation that starts after their first letter, in their order."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(tails)})" for first, tails in by_first.items())


# The same matches as _NAME_RUN (the title first, else the run alone), written to start with
# the capital: the regular expression engine then jumps from one capital to the next.
_NAME_RUN_SCAN = re.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-Ž](?:(?:{_after_first_letter(_RUN_TITLES)})\.\s+[A-Z]{_RUN_REST}|{_RUN_REST})"
)
_POSSESSIVE = re.compile(r"['’]s?$")
# A capitalised word joined to a lower-case one: an adjective ("Atlanta-area", "Texas-based").
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w.&’']*-[a-z][\w-]*")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")
# A judge's title after the surname, as law reports print it: "Tāwhai-Grant J", "Mason CJ",
# "Denning LJ", "Kirby P".
_JUDGE_AFTER = re.compile(r"(?<=\w)[^\S\n]+(?:J|CJ|LJ|JA|JJ|AJ|ACJ|P|MR)$")


def _judge_titled(title: str | None, name: str) -> tuple[str | None, str, bool]:
    """``title`` and ``name`` of :func:`split_title`, a judge's title after the name taken
    off it ("Tāwhai-Grant J": ("Justice", "Tāwhai-Grant")), and whether there was one."""
    judge = _JUDGE_AFTER.search(name)
    if judge is None:
        return title, name, False
    return title or "Justice", name[: judge.start()], True
# A body's common noun right after a capitalised word, which is then its adjective: "the
# Balearic | statistics institute", "the Kenyan | central bank".
_BODY_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}(?:institute|office|agency|ministry|bank|board|council"
    r"|commission|authority|association|federation|department|regulator|watchdog|bureau"
    r"|tribunal)\b(?![^\S\n]+[A-Z])"
)
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][\w.]*$|^[RDI]-[A-Z][\w. ]*$")
_PAREN_TAG = re.compile(r"^\([RDI]\.?,?\s*[\w. ]*\)$")
_LEADING = re.compile(
    # a time that opens the sentence, with no comma, before a pronoun: "Earlier in the week
    # she told ...", "Last month he said ..."
    r"^(?:(?:(?:Earlier|Later)(?:\s+(?:in|on|that|this)\s+(?:the\s+)?\w+)?|Last\s+\w+"
    r"|(?:On|By)\s+\w+|This\s+(?:week|month|morning|afternoon|evening)"
    # an occasion with no comma: "In an interview on Sunday she ruled out ..."
    r"|(?:In|At|During|After)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
    r"\s+(?=(?:he|she|they|we)\s)"
    r"|(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=[A-Z])"
    r"|(?:Yesterday|Today|Last\s+(?:week|month|night)|(?:Earlier|Later)\s+this\s+(?:week|month|year))"
    r"\s+(?=[A-Z]|the\s+[A-Z])|(?:[A-Z][\w’'.-]*\s+){0,2}\d{1,6}(?:,\s*\d{4})?\s*(?:—|–|:|--?)\s+|\s|,|—|–|-|[A-Z][A-Z0-9/.,'’&: -]{2,}\n"
    # (with its year: "WASHINGTON, Dec. 20, 2024 - A dispute settlement panel ...")
    r"|[A-Z][A-Z/.' ]{2,},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^)]*\))?\s*[—–-]+|[A-Z][A-Z/.,' ]{2,}(?:\s*\([^)]*\))?\s*[—–-]+|\([A-Z][\w ]+\)\s*[—–-]+"
    # a dateline with the date in figures: "Brussels, 14/11/2024 (Agence Europe) - The ..."
    r"|[A-Z][A-Za-z/.' -]{2,30},\s*\d{1,2}/\d{1,2}/\d{2,4}(?:\s*\([^)\n]*\))?\s*[—–-]+"
    # a dateline with its agency and no dash: "TAIPEI, Nov. 19 (Formosa Wire) Taiwan's ..."
    r"|[A-Z][A-Za-z/.' -]{2,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)\n]*\)\s+(?=[A-Z])"
    # a dateline in title case with the day before the month: "London, 3 February (Argus) —"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
    r"(?:\s*\([^)\n]*\))?\s*[—–-]+"
    # an outlet's name with the date and hour in brackets: "Law360 (June 5, 2024, 5:58 PM
    # EDT) -- A Fifth Circuit panel ..."
    r"|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*\([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}[^)\n]{0,30}\)\s*(?:--|[—–])\s+"
    # a dateline in title case alone before its dash: "Rabat – Morocco's main trade unions ..."
    r"|(?:New\s|San\s|Hong\s|Kuala\s|Abu\s|Tel\s|Buenos\s|Rio\s)?[A-Z][a-z]{2,}\s+[—–]\s+(?=[A-Z])"
    # a dateline with its country or state: "FRANKFURT, Germany (AP) —"
    r"|[A-Z][A-ZÀ-ÖØ-Þ/.' ]{2,},(?:\s+[A-Z][\w.]*){1,3}(?:\s*\([^)]*\))?\s*[—–-]+"
    # a dateline in title case with a colon, before a subject of its own: "Dubai: Eight
    # OPEC+ countries agreed ..." (one word, no body's: "White House: ..." is a speaker's label)
    r"|(?!(?:White|House|Senate|Treasury|Council|Commission|Kremlin|Fed|Congress|Parliament"
    r"|Cabinet|Government|Court|Ministry|Department|Office|Bank|Committee)\b)[A-Z][a-z]+:\s+(?=[A-Z])"
    # (a city of two words, by the first words such names have: "New Delhi:", "Hong Kong:")
    r"|(?:New|Hong|Kuala|Abu|San|Los|Las|Buenos|Rio|Sao|São|Tel|Cape|Port|Addis|Phnom|Santo"
    r"|Mexico|Panama|Kuwait|Quebec|Guatemala)\s[A-Z][a-z]+:\s+(?=[A-Z])"
    r"|(?:Earlier|Later)\s+(?:this|that|on|in|last)\s+(?:[\w-]+\s+){0,5}?[\w-]+,"
    # a time counted from the event before: "Hours later,", "A day earlier,", "Two weeks later,"
    r"|(?:(?:A|An|One|Two|Three|Four|Several|A\s+few)\s+(?:hours?|minutes?|days?|weeks?|months?)"
    r"|Hours|Minutes|Days|Weeks|Months)\s+(?:later|earlier),"
    # ("Immediately afterwards,", "Shortly after,", "Thereafter,")
    r"|(?:(?:Immediately|Shortly|Soon|Right)\s+(?:afterwards?|after|thereafter)|Afterwards?"
    r"|Thereafter),"
    # a day with its part: "Late Tuesday,", "Early on Monday,", "Late last night,"; a day
    # before or after the story's: "Earlier Thursday,"
    r"|(?:Late|Early|Earlier|Later)\s+(?:on\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|yesterday|today|night|week)(?:\s+(?:morning|afternoon|evening|night))?,"
    # (a connective is a whole word: "So" is not the start of "Sotomayor", nor "And" of "Anderson")
    r"|(?:But|And|Yet|So|Still|Meanwhile|However|Also|Later|Earlier|Instead|Separately"
    r"|Indeed|Now|Then|Overseas|Abroad|Elsewhere|Internationally|Domestically|Globally"
    r"|Nationally|Locally|Regionally)\b"
    # a place or a scene: "Over in the House,", "Back in Washington,", "Closer to home,"
    r"|(?:Over|Back|Across|Closer|Further|Farther|Down|Out|Up)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+,"
    # an honorific: "HE the QCB Governor" (His Excellency)
    r"|(?:HE|H\.E\.)\s+(?=the\s)"
    # a place: "In Beijing,", "In Brussels, where officials watched the talks closely,"
    r"|(?:In|From)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+where\s[^,;“”\x22\n]{0,100})?,"
    r"|In\s+(?:a|an|the|his|her|its|our|their|this|that|one)\s+(?:[\w-]+\s+){0,5}?[\w-]+,"
    # (with the day of the month in brackets: "On the morning of this Thursday (31),")
    r"|On\s+(?:[\w-]+\s+){0,5}?[\w-]+(?:\s+\(\d{1,2}\))?,"
    # a document and when it was issued, with its place: "In a statement issued shortly after
    # the 3:00 p.m. ceremony at the Council Chambers of the Presidential Villa, Abuja,"
    r"|(?:In|At)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|note|letter|post"
    r"|release|notice|speech|address|communiqu[eé])\s+(?:issued|released|posted|published|sent"
    r"|delivered|read|made)\s[^,;“”\x22\n]{0,160}?,(?:\s+[A-Z][a-z]+,)?"
    # ("At the end of a two-week visit to Islamabad,")
    r"|At\s+(?:[\w-]+\s+){0,9}?[\w-]+,"
    r"|For\s+(?:[\w-]+\s+){0,5}?[\w-]+,|By\s+(?:[\w-]+\s+){0,5}?[\w-]+,|Last\s+\w+,|This\s+\w+,|Speaking\s+(?:[\w-]+\s+){0,5}?[\w-]+,"
    # a participial opener: "Speaking at the forum on Wednesday,", "Asked whether ..., she"
    r"|[A-Z][a-z]+(?:ing|ed)\s+(?:about|at|in|on|after|whether|if|for|during|before|from|how"
    r"|what|why|when|by)\s[^,;“”\x22\n]{0,100}?,"
    # a participle with its object: "Opening the debate this morning,", "Responding to ...,"
    r"|[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its|to|reporters|lawmakers|MPs|MEPs)\s"
    r"[^,;“”\x22\n]{0,100}?,"
    r"|After\s+(?:[\w-]+\s+){0,5}?[\w-]+,)+"
)
_TRAILING_WORDS = (
    *"""also later again repeatedly previously earlier then still has have had would will long
    once recently separately too further quickly publicly privately yesterday today first
    initially formally officially swiftly jointly unanimously narrowly finally quietly next
    already just""".split(),
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TRAILING_ADVERBS = re.compile(
    rf"(?:\s+(?:{'|'.join(_TRAILING_WORDS)}|(?:on\s+)?(?:{'|'.join(_WEEKDAY_NAMES)})|[a-z]\w*ly))+\s*$"
)
# Every match of _TRAILING_ADVERBS ends with one of these, followed by spaces only.
_TRAILING_ENDINGS = (*_TRAILING_WORDS, *_WEEKDAY_NAMES, "ly")
_WORDS = re.compile(r"\w+")
_INNER_POSSESSOR = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s\s+(?=[A-Z])")
# A place or body named by a bare proper noun at the head of the subject ("Washington has long
# argued", "Japan, which ..., said", "The United States and the European Union announced").
_PROPER_ACTOR = re.compile(
    r"^(?:[Tt]he\s+)?"
    # a party's standing or leaning ("the opposition Liberal Party", "the ruling LDP")
    r"(?:(?:main\s+)?(?:opposition|ruling|governing|centre-right|center-right|centre-left"
    r"|center-left|far-right|far-left|right-wing|left-wing|junior\s+coalition)\s+(?:partner\s+)?)?"
    r"((?:[A-Z][\w’'&.-]*\+?)(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,3}"
    # a union's numbered branch: "Teamsters Local 987", "IAM District 751"
    r"(?:(?<=Local|Lodge)\s+\d{1,5}|(?<=District)\s+\d{1,5})?)"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w’'&.\s-]*)?(?:\s*\([A-Z][\w.&-]{1,9}\))?\s*$"
)
# A participle that opens a clause: "Asked whether ...", "Speaking at ...".
_PARTICIPLE_OPENER = re.compile(
    r"\s*[A-Z][a-z]+(?:ed|ing)\s+(?:about|at|in|on|after|whether|if|for|during|before|from"
    r"|how|what|why|when|by|with)\b"
)
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[A-Z][\w’'.-]*\s+){1,5})$")
_PRONOUN = re.compile(r"^(he|she|they|it|we|i)$", re.I)
_COMMA_SPLIT = re.compile(r",\s*")
_ROLE_HEADS = (
    re.compile(r"^(?:the|The)\s+([a-z][\w\s-]*?)(?:[’']s)?$"),
    re.compile(r"^(?:the|The)\s+([a-z][\w\s-]*?)[’']s\s+\w+"),
)
# A role in lower case after a body's name: "the Fed chair", "the Senate majority leader".
_BODY_ROLE = re.compile(r"^(?:the|The)\s+((?:[A-Z][\w.&’'-]*\s+){0,2}[A-Z][\w.&’'-]*)\s+([a-z][a-z\s-]*?)$")
# A country's office with the country as its possessor: "Iran's president", "China's
# commerce minister" (the country, "'s", the office).
_COUNTRYS_OFFICE = re.compile(
    # (not one who will hold it, or held it: "Colombia's next leader", "its former premier")
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(['’]s)\s+"
    r"((?!(?:next|former|future|incoming|outgoing)\b)(?:[a-z][\w-]*\s+){0,2}"
    + "(?:" + "|".join(sorted(GOVERNMENT_OFFICES)) + r"))$"
)
# The head of a named body by the body's possessive: "Ofgem's chief executive", "The IMF's
# managing director" (the body in group 1, the office in group 2).
_BODYS_OFFICE = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+"
    r"((?:chief\s+executive(?:\s+officer)?|chief\s+economist|managing\s+director|chief\s+financial"
    r"\s+officer|director[\s-]general|secretary[\s-]general|executive\s+director|chairman|chairwoman"
    r"|chairperson|chair|president|governor|director|head|chief"
    # ("EPA's administrator", "California's attorney general")
    r"|administrator|attorney\s+general|commissioner"
    # its members as a group, counted or described: "the SEC's three Democratic commissioners"
    r"|(?:(?:two|three|four|five|six|seven|eight|nine|\d{1,2})\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:commissioners|governors|directors|board\s+members))"
    # (two offices held together: "the ABA's president and CEO")
    r"(?:\s+and\s+(?:CEO|chief\s+executive(?:\s+officer)?|chief\s+economist|president"
    r"|chair(?:man|woman)?))?)$"
)
# Roles that many hold at once: who holds one of them speaks for the body named with it.
_STAFF_ROLES = frozenset(
    """spokesman spokeswoman spokesperson official officials aide aides staffer analyst
    economist economists lawyer lawyers attorney attorneys member members""".split()
)
# A body in lower case that a named body holds: "The Bank's monetary policy committee" (a
# country's ministry keeps its own name: "China's foreign ministry" is "ministry").
_POSSESSED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+((?:[a-z-]+\s+){0,3}"
    r"(?:committee|council|board|panel))$"
)
# A body's working group or task force, which speaks for it: "The IMO's intersessional working
# group on greenhouse gas emissions" (the body; group 1).
_POSSESSED_SUBGROUP = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+(?:[a-z-]+\s+){0,3}"
    r"(?:working\s+group|task\s*force|expert\s+group|technical\s+committee)"
    r"(?:\s+(?:on|of|for)\s+[^,]{1,60})?$"
)
# A body's own watchdog, who speaks for no one but itself: "PJM's independent market monitor",
# "the department's inspector general" (the whole phrase).
_BODYS_MONITOR = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:independent\s+)?"
    r"(?:(?:market|internal)\s+)?(?:monitor|ombudsman|inspector\s+general))$"
)
# The spokesman of someone named by a title: "the Prime Minister's official spokesman".
_POSSESSED_SPOKESMAN = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s\s+(?:(?:official|chief|deputy)\s+)?"
    r"(?:spokes(?:man|woman|person)|press\s+secretary))$"
)
# An unnamed person by a capitalised modifier and a role: "A U.S. official", "a senior
# European diplomat", "One Treasury aide" (their role is the speaker).
_UNNAMED_ROLE = re.compile(
    r"^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:(?:senior|top|former|second|third|junior)\s+)?"
    r"(?:[A-Z][\w.&’'-]*\s+){0,3}(?:(?:deputy|vice|prime|foreign|finance|trade|economy|energy"
    r"|chief|assistant|acting|cabinet|government|administration|central\s+bank)\s+){0,3}[a-z]+)$"
)
# The same by a body after "at", "from" or "in": "A senior official at the presidential
# office", "an official from the Treasury" (the role in group 1, the body in group 2).
_UNNAMED_AT_BODY = re.compile(
    r"^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|former|junior)\s+)?"
    r"(official|spokes(?:man|woman|person)|aide|adviser|advisor|diplomat)\s+(?:at|from|in|with)\s+"
    r"(?:the\s+)?((?:[A-Za-z][\w.&’'-]*\s+){0,3}(?:[Oo]ffice|[Mm]inistry|[Dd]epartment|[Tt]reasury"
    r"|[Cc]ommission|[Bb]ank|[Aa]gency|[Ee]mbassy|[Pp]residency|[Ss]ecretariat))$"
)
_RANK = re.compile(r"^(?:senior|top|former|second|third|junior)\s+")
_QUANTIFIER = re.compile(r"^(?:Several|Some|Many|Most|Two|Three|A|An|The)\s+")
_QUANTIFIER_OTHER = re.compile(
    r"^(?:Several|Some|Many|Most|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|The|Other|other)\s+"
)
_NOT_ROLE_START = re.compile(r"^(?:and|or|but|including|who|which)\b")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s", re.I)
_POSSESSOR_START = re.compile(r"^[A-Z][\w’'-]*[’']s\s")
_POSSESSOR_PREFIX = re.compile(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s\s+")
_ROLE_PHRASE = re.compile(r"^(?:the|a|an)\s+(.+)$", re.I)
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|whom)\s.*$", re.S)
_COURTESY_MALE = frozenset({"Mr.", "Messrs."})
_COURTESY_FEMALE = frozenset({"Ms.", "Mrs.", "Miss"})
_TITLE_ROLE = {
    "Sen.": "senator",
    "Sens.": "senator",
    "Rep.": "representative",
    "Reps.": "representative",
    "Gov.": "governor",
    "Govs.": "governor",
    "Dr.": None,
    "Mr.": None,
    "Mrs.": None,
    "Ms.": None,
}


@dataclass
class Person:
    """A person (or body) the article talks about."""

    name: str
    role: str | None = None
    gender: str | None = None  # "m", "f" or None
    title: str | None = None
    party: str | None = None
    is_person: bool = True
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class Subject:
    """What :func:`find_subject` found: a name, a pronoun, a role noun or a group."""

    kind: str  # name | pronoun | role | group | none
    text: str
    role: str | None = None
    title: str | None = None
    party: str | None = None
    start: int = -1


# The helpers below are pure functions of short strings (tokens, capitalised runs, noun
# phrases) that recur within and across articles; bounded caches spare repeating them.
@functools.lru_cache(maxsize=4096)
def _clean_token(tok: str) -> str:
    return _POSSESSIVE.sub("", tok) if tok.endswith(("’s", "'s", "’", "'")) else tok


def _past_honorifics(tokens: list[str], i: int) -> int:
    """The index of the first token from ``i`` on that is no honorific (:data:`HONORIFICS`,
    "Tan Sri"), short of the last token."""
    while i < len(tokens) - 1:
        if tokens[i] in HONORIFICS:
            i += 1
        elif i < len(tokens) - 2 and (tokens[i], tokens[i + 1]) in _PAIRED_HONORIFICS:
            i += 2
        else:
            break
    return i


# Firms whose name opens with the title "General".
_GENERAL_FIRMS = frozenset(("Motors", "Electric", "Mills", "Dynamics", "Atomics"))


@functools.lru_cache(maxsize=4096)
def split_title(run: str) -> tuple[str | None, str]:
    """Split a capitalised run into (title/role prefix, name).

    The title is the leading title words ("Treasury Secretary"), or, when what follows those is
    no name, everything up to a head title that a name follows: "Cleveland Fed President
    Loretta Mester" gives ("Cleveland Fed President", "Loretta Mester").

    Examples
    --------
    >>> split_title("Cleveland Fed President Loretta Mester")
    ('Cleveland Fed President', 'Loretta Mester')
    >>> split_title("Sen. Elizabeth Warren")
    ('Sen.', 'Elizabeth Warren')
    """
    tokens = run.split()
    if len(tokens) == 2 and tokens[0] == "General" and tokens[1] in _GENERAL_FIRMS:
        return None, run  # "General Motors" is a firm, not a general
    i = 0
    while True:
        i = _past_honorifics(tokens, i)  # ("Finance Minister Tan Sri Ahmad Zaki")
        if not (
            i < len(tokens) - 1
            and (tokens[i] in TITLES or tokens[i].endswith("-elect") and tokens[i][:-6] in TITLES)
        ):
            break
        i += 1  # ("President-elect Donald Trump")
        while i < len(tokens) - 2 and tokens[i] in ("of", "for"):
            i += 2  # "Former Secretary of State Madeleine Albright"
            while i < len(tokens) - 3 and tokens[i] == "and":
                i += 2  # "Minister for Trade and Industry Chan Kok Leong"
    for k in range(len(tokens) - 2, i - 1, -1):
        if tokens[k] in _DOTTED_TITLES:  # "Virginia Gov. Terry McAuliffe"
            i = k + 1
            break
    if not HEAD_TITLES.isdisjoint(tokens[i:-1]):
        whole = looks_like_person(" ".join(tokens[i:]))
        for k in range(len(tokens) - 2, i - 1, -1):
            rest = tokens[_past_honorifics(tokens, k + 1) :]
            if (
                tokens[k] in HEAD_TITLES
                and (not whole or len(rest) >= 2)
                and looks_like_person(" ".join(rest))
            ):  # "ECB President Christine Lagarde"
                i = _past_honorifics(tokens, k + 1)  # ("BNM Governor Datuk Seri Ana Lim")
                break
    title = " ".join(_BARE_COURTESY.get(t, t) for t in tokens[:i]) or None
    return title, " ".join(tokens[i:])


# Words of NON_PERSON that are names too, first names ("Bill Clinton") or surnames ("Theresa
# May", "Doug Jones"), in a run of two words or more.
_NAME_FIRST_WORDS = frozenset(("Bill",))
_NAME_LAST_WORDS = frozenset(("May", "Jones", "Washington"))
_NAME_LAST_BLOCKERS = NON_PERSON | {"Dow", "Fort", "Lake", "Mount", "Port", "Saturday"}


@functools.lru_cache(maxsize=4096)

def looks_like_person(name: str) -> bool:
    """Whether a capitalised run (title removed) can be a person's name."""
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    cleaned = [_clean_token(t) for t in tokens]
    if len(cleaned) > 1:
        # a first name or a surname that is also a word of a body or a date: "Bill Clinton",
        # "Theresa May", "Doug Jones" (not "Farm Bill", "Dow Jones")
        if cleaned[0] in _NAME_FIRST_WORDS:
            cleaned = cleaned[1:]
        elif cleaned[-1] in _NAME_LAST_WORDS and cleaned[0] not in _NAME_LAST_BLOCKERS:
            cleaned = cleaned[:-1]
    if cleaned[0] in ("Nor", "He") and len(cleaned) > 1:
        # a Malay first name, a Chinese surname, not the conjunction or the pronoun: "Nor
        # Azman bin Yusof", "He Lanfang"
        cleaned = cleaned[1:]
    if any(t in NON_PERSON for t in cleaned):
        return False
    last = _clean_token(tokens[-1])
    if not last[:1].isupper() or last.isupper() and len(last) > 1:
        return False
    if len(tokens) == 1 and (len(last) == 1 or last in TITLES):
        return False  # "(D)": a party; "Former Secretary of State ...": a title, not a name
    return not any(map(str.isdigit, name))


def _name_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NAME_RUN` in ``text``, as ``finditer`` gives them."""
    return _NAME_RUN_SCAN.finditer(text)


# What a capitalised run gives the name index: its title, its cleaned name tokens, the title
# role it records ((role key, name, surname, full title) or None) and the full name it records
# ((surname, first name, name) or None).
_RunParts = tuple[
    str | None, tuple[str, ...], tuple[str, str, str, str] | None, tuple[str, str, str] | None
]


@functools.lru_cache(maxsize=4096)
def _run_parts(run: str) -> _RunParts:
    """What a capitalised run tells :class:`NameIndex`, wherever it stands (see _RunParts)."""
    title, name, _ = _judge_titled(*split_title(run))
    tokens = tuple(_clean_token(t) for t in name.split())
    joined = " ".join(tokens)
    if not looks_like_person(joined):
        return title, tokens, None, None
    role = None
    if title:
        last_word = title.split()[-1]
        key = (_TITLE_ROLE.get(last_word) or last_word.rstrip(".")).lower()
        full_title = _TITLE_ROLE.get(title, title)
        if tokens and full_title and title not in ("Mr.", "Mrs.", "Ms.", "Dr."):
            role = (key, joined, tokens[-1], full_title)
    full = None
    if len(tokens) >= 2 and not tokens[0].endswith("."):
        full = (tokens[-1], tokens[0], joined)
    return title, tokens, role, full


# A capitalised word right after these (and spaces) may only be capitalised as a sentence start.
_SENTENCE_OPENERS = '.!?”“"\n—:'


class NameIndex:
    """Full names the article gives anywhere, by surname, and title roles ("President X")."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.full: dict[str, list[tuple[int, str]]] = {}
        self.first: dict[str, list[tuple[int, str]]] = {}
        self.title_roles: dict[str, str] = {}
        self.full_titles: dict[str, str] = {}
        self.capitalised_inside: set[str] = set()
        inside = self.capitalised_inside
        parts: dict[str, _RunParts] = {}  # runs repeat in an article
        for m in _NAME_RUN_SCAN.finditer(text):
            run = m.group()
            lead, portfolio = 0, None
            if run[:1] in _PORTFOLIO_INITIALS:
                lead, portfolio = _portfolio_lead(text, m.start(), run)
            if lead:  # "Secretary of Health and | Human Services | Xavier Becerra"
                run = run[lead:]
            known = parts.get(run)
            if known is None:
                words = run.split()
                if len(words) == 1:  # a lone word: no title, no role, no full name
                    known = (None, (_clean_token(words[0]),), None, None)
                else:
                    known = _run_parts(run)
                parts[run] = known
            title, tokens, role, full = known
            start = m.start() + lead
            if portfolio is not None and full is not None:
                self.full_titles.setdefault(full[0], portfolio)
            if title:
                inside.update(tokens)
            else:  # capitalised inside a sentence, not only as its first word
                prev = text[max(0, start - 3) : start].rstrip(" ")
                if prev and prev[-1] not in _SENTENCE_OPENERS:
                    inside.update(tokens)
            if role is not None:
                key, joined, surname, full_title = role
                if _role_head(full_title) == key:  # (not "Vice President" for "the president")
                    self.title_roles.setdefault(key, joined)
                body = (
                    _BODY_OF_BEFORE.search(text, max(0, start - 48), start)
                    if text.endswith("of ", 0, start)
                    else _PORTFOLIO_BEFORE.search(text, max(0, start - 64), start)
                    if text.endswith("and ", 0, start)
                    else None
                )
                if body is not None:  # "Bank of | Japan Governor Kenta Sato"
                    full_title = body.group(1).removeprefix("The ") + full_title
                self.full_titles.setdefault(surname, full_title)
            if full is not None and len(full[2].split()) == 2 and ("'s " in run or "’s " in run):
                full = None  # "Equinor's Rosebank oil field": a possessor, no first name
            if full is not None and len(full[1]) >= 7 and full[1].endswith("ing"):
                full = None  # a headline's participle: "..., Sidelining Serbian Dinar"
            if full is not None:
                surname, first, joined = full
                self.full.setdefault(surname, []).append((start, joined))
                self.first.setdefault(first, []).append((start, joined))
        self._paternal_surnames(text)
        # where each surname's full names stand, in text order (for a binary search)
        self._full_starts = {k: [pos for pos, _ in v] for k, v in self.full.items()}

    def _paternal_surnames(self, text: str) -> None:
        """Index a full name of three words or more by its next-to-last word too when the text
        uses that word alone ("Elena Vargas Mora" ... "Vargas said"): the first of two
        surnames, as Spanish and Portuguese names are shortened."""
        for names in list(self.full.values()):
            for start, joined in names:
                tokens = joined.split()
                paternal = tokens[-2] if len(tokens) >= 3 else ""
                if (
                    not paternal[:1].isupper()
                    or paternal in self.full
                    or paternal in NON_PERSON
                    or paternal == tokens[0]
                ):
                    continue
                alone = re.search(
                    # (as a person's name: not "the Fund" after "Extended Fund Facility")
                    rf"(?<![Tt]he\s)(?<![Tt]his\s)(?<![Ii]ts\s)\b{re.escape(paternal)}\b"
                    rf"(?!\s+{re.escape(tokens[-1])})(?!\s+[A-Z])(?![’']s\s+[a-z])",
                    text[start + len(joined) :],
                )
                if alone is not None:
                    self.full.setdefault(paternal, []).append((start, joined))

    def expand(self, surname: str, position: int) -> str:
        """The full name for ``surname`` nearest before ``position`` (else the first after)."""
        options = self.full.get(surname)
        if not options and len(self.first.get(surname, ())) == 1:
            return self.first[surname][0][1]  # a name given family name first ("Li Wenhao")
        if not options:
            return surname
        k = bisect.bisect_right(self._full_starts[surname], position) - 1
        return options[k][1] if k >= 0 else options[0][1]

    def known_person(self, token: str) -> bool:
        """A single capitalised token that the article uses as a person's surname, or as the
        family name said first of the one full name that opens with it ("Zhou" after "Zhou
        Minghui", written so)."""
        if _PLURAL_INITIALS.fullmatch(token):
            return False  # "MEPs", "MPs", "CEOs": people by their initials, no surname
        if token in self.full or (
            token in self.capitalised_inside and token not in NON_PERSON and token not in DEMONYMS
        ):
            return True
        opened = self.first.get(token, ())
        if len(opened) != 1:
            return False
        return re.search(rf"\b{re.escape(opened[0][1])}\b", self._text) is not None



_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")


def _strip_leading(segment: str) -> tuple[str, int]:
    m = _LEADING.match(segment)
    cut = m.end() if m else 0
    return segment[cut:], cut


@functools.lru_cache(maxsize=4096)
def _role_from_apposition(text: str) -> str | None:
    text = _RELATIVE.sub("", text.strip().strip(",").strip())
    if not text or _PARTY_TAG.match(text) or _NOT_ROLE_START.match(text):
        return None
    starts_ok = _ARTICLE_START.match(text) or _POSSESSOR_START.match(text)
    if not starts_ok and not any(w.lower().strip(",.") in ROLE_WORDS for w in text.split()):
        return None
    m = _ROLE_PHRASE.match(text)
    role = m.group(1) if m else text
    role = _POSSESSOR_PREFIX.sub("", role)  # Trump's top trade official
    if not role or role[0].isupper() and not any(w.lower() in ROLE_WORDS for w in role.split()):
        return None
    if len(role.split()) > 10:
        # "the bank's chief economist and a member of its six-person executive board": the
        # first of two roles
        role = role.split(" and ", 1)[0]
        if len(role.split()) > 10:
            return None
    return role


def parse_np(segment: str, offset: int, index: NameIndex) -> Subject | None:
    """Find the subject in a noun phrase (with appositions) before or after a cue.

    Parameters
    ----------
    segment
        The noun phrase (with what surrounds it in its clause).
    offset
        Where ``segment`` starts in the article; the subject's ``start`` refers to the article.
    index
        The article's :class:`NameIndex`, which tells whether a lone capitalised word is a
        person's surname.

    Returns
    -------
    Subject or None
    """
    candidates, fallback = _np_readings(segment)
    for needs, subject in candidates:
        if (
            fallback is not None
            and fallback.kind == "group"
            and needs is not None
            and (
                fallback.text.endswith(f" and {needs}")
                or fallback.text.startswith(f"{needs} ")
                or (fallback.role is not None and needs in fallback.role.split())
            )
        ):
            continue  # "The League of Cities and Towns", "the Securities and Exchange
            # Commission", "the FMO's three Liberal commissioners": a word of the body's name
            # or of its role
        if needs is None or index.known_person(needs):
            if needs is not None and needs not in index.full and _portfolio_pair(segment, subject):
                continue  # "Oil and Gas Minister Salim Al Harthy": a portfolio, not a person
            return _shifted(subject, offset)
    return None if fallback is None else _shifted(fallback, offset)


def _portfolio_pair(segment: str, subject: Subject) -> bool:
    """Whether the lone word ``subject`` is the first of two portfolios before a title: "Oil
    and Gas Minister Salim Al Harthy" (capitalised inside the article's sentences as a body's
    word, "the Ministry of Oil and Gas", not as anyone's surname)."""
    return _AND_PORTFOLIO.match(segment, subject.start + len(subject.text)) is not None


# " and " and up to three capitalised words, then a title: " and Natural Gas Minister".
_AND_PORTFOLIO = re.compile(
    r"\s+and\s+(?:[A-Z][\w-]*\s+){1,3}?(?:"
    + "|".join(sorted((t for t in TITLES if t.isalpha() and t[0].isupper()), key=len, reverse=True))
    + r")\b"
)


# The head word of a body named "X of Y" ("Bureau of Labor Statistics", "Office of ..."),
# and the " of Y" after it.
_BODY_HEADS = frozenset(
    """bureau office department ministry board council commission institute agency committee
    federation association chamber bank court secretariat""".split()
)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# US states as the AP abbreviates them after a town ("Kearney, Neb."), which are no names.
_STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split()
)
# Lower-case words between a name and the next capitalised word ("Clinton campaign manager
# Robby Mook", "Springfield police Chief Al Kim").
_MODIFIER_GAP = re.compile(r"[^\S\n]+((?:[a-z][\w’'-]*[^\S\n]+){1,4})(?=([A-Z][\w’'.-]*))")


_GAP_STOP = frozenset(
    """and or but nor the a an of for to in on at by with from as than that who which whose
    has have had is are was were be been will would said says""".split()
)
_PERSON_TITLES = frozenset(
    """Chief Sen. Rep. Gov. Senator Representative Governor President Secretary Director
    Commissioner Chairman Chairwoman Mayor Judge Justice Sheriff Ambassador Minister""".split()
)


# Common nouns of many people or bodies right after a name run, which the run then describes:
# "(the Sri Lankan) authorities", "(two Mississippi) business groups".
_MODIFIED_PLURAL = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:authorities|officials|groups|lawmakers|regulators|ministers"
    r"|negotiators|diplomats|banks|lenders|companies|firms|farmers|exporters|producers|unions"
    r"|businesses|associations|staff)\s*$"
)


# A possessive pronoun right before a name run: "its | Overnight Policy Rate".
_POSSESSIVE_PRONOUN_END = re.compile(r"\b(?:its|their|his|her|our)\s+$")


def _modifies_next(part: str, end: int) -> bool:
    """Whether the name run ending at ``end`` modifies a role and the name after it: nouns
    only between them ("Clinton campaign manager Robby Mook", "Springfield police Chief Al
    Kim"), the last a role noun, or a single one before a person's title."""
    gap = _MODIFIER_GAP.match(part, end)
    if gap is None:
        return False
    words = gap.group(1).split()
    if any(w in _GAP_STOP or w.endswith(("ed", "ly")) for w in words):
        return False
    return words[-1] in ROLE_NOUNS or (len(words) == 1 and gap.group(2) in _PERSON_TITLES)


def _shifted(subject: Subject, offset: int) -> Subject:
    return Subject(
        subject.kind,
        subject.text,
        role=subject.role,
        title=subject.title,
        party=subject.party,
        start=subject.start + offset,
    )


_Readings = tuple[tuple[tuple[str | None, Subject], ...], Subject | None]


# The capitalised words of a body's name and "of" right before a run ("Reserve Bank of ").
_BODY_OF_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][\w&'’-]*\s+)+of\s+)$")
# Words that end a portfolio's name ("... and Human Services", "... and Industry"): after a
# title and the first half of its portfolio, they open the run before the person's name.
PORTFOLIO_WORDS = frozenset(
    """Industry Services Human Health Homeland Development Affairs Environment Education Energy
    Transportation Transport Interior Veterans Urban Economy Infrastructure Housing Immigration
    Investment Innovation Science Technology Tourism Culture Resources Trade Commerce Finance
    Labour Labor Justice Defence Defense Security Planning Budget Welfare Employment Policy
    Economic Monetary Financial Fiscal Foreign Public State Statistics Stability Supervision
    Regulation Communications Agriculture Internal External International Relations Revenue
    Taxation Works Social Treasury Home National Rural Regional Local Natural Manpower Digital
    Maritime Cooperation Co-operation Planning""".split()
)
_PORTFOLIO_INITIALS = frozenset(w[0] for w in PORTFOLIO_WORDS)
# A title with the first half of its portfolio right before a run: "Secretary of Health and |
# Human Services Xavier Becerra", "Minister for Trade and | Industry Chan Kok Leong".
# ("Minister of Economy, Trade and | Industry Hiroyuki Sadamoto": a list of portfolios)
_PORTFOLIO_BEFORE = re.compile(
    r"(?<![\w.])((?:[A-Z][\w'’-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*,?\s+)+and\s+)$"
)
# A title and "of" or "for" right before a run: "Director of | Economic Policy Beatriz Moura".
# ("Adviser to the Prime Minister on | Finance Nadeem Farooqui": "on" too)
_TITLE_OF_BEFORE = re.compile(
    r"(?<![\w.])((?:[A-Z][\w'’-]*\s+)*?([A-Z][\w'’-]*)\s+(?:of|for|on)\s+(?:the\s+)?)$"
)


# A post abroad and "to" right before a run: "Ambassador to | Canada Bradley Koenig", "Special
# Envoy to the | United Nations Ana Ruiz".
_ENVOY_TO = re.compile(
    r"(?<![\w.])((?:[A-Z][\w.'’-]*\s+)*(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate"
    r"|[Cc]onsul|[Cc]onsul\s+[Gg]eneral)\s+to\s+(?:the\s+)?)$"
)


def _envoy_lead(text: str, start: int, run: str) -> tuple[int, str | None]:
    """After a post and "to" ("Ambassador to |"), the characters of ``run`` (at ``start`` in
    ``text``) that name the post's country ("Canada ") and the whole post ("Ambassador to
    Canada"), when a person's name of two or three words follows; (0, None) elsewhere."""
    post = _ENVOY_TO.search(text, max(0, start - 64), start)
    if post is None:
        return 0, None
    tokens = run.split()
    # (a name of two words, else three: countries of two words, "South Korea", are commoner
    # than names of three)
    for k in (len(tokens) - 2, len(tokens) - 3):
        if k < 1:
            break
        rest = run.split(None, k)[k]
        if looks_like_person(rest):
            return len(run) - len(rest), f"{post.group(1)}{' '.join(tokens[:k])}".strip()
    return 0, None


def _portfolio_lead(text: str, start: int, run: str) -> tuple[int, str | None]:
    """After a title and the first half of its portfolio ("Secretary of Health and |"), or a
    title and "of" ("Director of |"), the characters of ``run`` (at ``start`` in ``text``) that
    end the portfolio ("Human Services ", "Economic Policy ") and the whole title ("Secretary
    of Health and Human Services", "Director of Economic Policy"); (0, None) elsewhere."""
    tokens = run.split()
    if len(tokens) < 3 or tokens[0] not in PORTFOLIO_WORDS:
        return 0, None  # (no portfolio word to take, and a name left after it)
    if text.endswith("and ", 0, start):
        portfolio = _PORTFOLIO_BEFORE.search(text, max(0, start - 64), start)
    elif text.endswith(" of State for ", 0, start):  # "Minister of State for | National
        # Development Lim Wei Jie"
        portfolio = _OF_STATE_FOR_BEFORE.search(text, max(0, start - 64), start)
    elif text.endswith(("of ", "for ", "the ", " on "), 0, start):
        portfolio = _TITLE_OF_BEFORE.search(text, max(0, start - 48), start)
        if portfolio is not None and portfolio.group(2) not in HEAD_TITLES:
            portfolio = None  # (not "the President of | Chile")
    else:
        return 0, None
    if portfolio is None:
        return 0, None
    k = 0
    while k < len(tokens) - 2 and tokens[k] in PORTFOLIO_WORDS:
        k += 1
    if k == 0:
        return 0, None
    lead = len(run) - len(run.split(None, k)[k])
    title = portfolio.group(1).removeprefix("The ") + " ".join(tokens[:k])
    return lead, title


# A junior minister's title before a portfolio: "Minister of State for | ...".
_OF_STATE_FOR_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][\w'’-]*\s+)+of\s+State\s+for\s+)$")
# Someone who speaks for the person named next: "A spokesman for | Pittman".
_SPOKESMAN_FOR = re.compile(r"(?:^|\s)(?:[Aa]n?\s+|[Tt]he\s+)?spokes(?:man|woman|person)\s+for$")


def _titled_after_body(run: str, before: str) -> bool:
    """Whether ``run`` after "of" ends a body's name with a title and a full name: "Bank of
    | Japan Governor Kazuo Ueda" (the governor), not "the leader of | Japan"."""
    body = before[:-3].split()
    if not before.endswith(" of") or not body or not body[-1][:1].isupper():
        return False  # (the body's name before "of" is capitalised: "Bank", "Reserve Bank")
    title, name = split_title(run)
    # (a courtesy after the title: "Governor Prof. Eitan Rosenblum", "Governor Dr. Ana Lim")
    words = [w for w in (title or "").split() if w.rstrip(".") not in _COURTESIES]
    return bool(words) and len(name.split()) >= 2 and words[-1].lower() in ROLE_WORDS


_COURTESIES = frozenset({"Dr", "Prof", "Mr", "Mrs", "Ms", "Hon", "Rev"})


# "the Governor", "The President": a role with a capital, not a name
_THE_TITLE = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
# Two offices one person holds, with no name: "the Deputy Prime Minister and Minister for
# Finance" (group 1: the offices).
_ONE_OFFICE = (
    r"(?:(?:Deputy|Vice|Prime|Acting|Senior|First)\s+)*(?:Minister|Secretary|President|Premier"
    r"|Chancellor)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
)
_OFFICE_CHAIN = re.compile(rf"(?:[Tt]he\s+)?({_ONE_OFFICE}(?:\s+and\s+{_ONE_OFFICE})+)")
# A chamber's leader or whip by the chamber: "the opposition leader in the National Assembly",
# "the Republican whip in the House", "the leader of the opposition in Parliament" (group 1:
# the role).
_ROLE_IN_CHAMBER = re.compile(
    r"[Tt]he\s+((?:[\w-]+\s+){0,2}?(?:leader|whip)(?:\s+of\s+the\s+opposition)?)"
    r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)
# A country's office by the country's common noun: "The country's president", "the nation's
# finance minister" (group 1: the office).
_THE_COUNTRYS_OFFICE = re.compile(r"[Tt]he\s+(?:country|nation)['’]s\s+((?:[a-z]+\s+)?[a-z]+)")
#: The role's prefix of such an office, until the country is known.
COUNTRYS = "country's"
#: The subject "the chamber", which names no body until the article has named its chamber.
CHAMBER = "chamber"
# What may follow a subject before its verb: nothing, or a time ("today", "on Monday").
_TIME_AFTER_SUBJECT = re.compile(
    r"(?:\s+(?:today|yesterday|tonight|also|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\s*"
)
# A legislature's chamber by its common noun (the subject's text is :data:`CHAMBER`).
_THE_CHAMBER = re.compile(r"(?:[Tt]he|[Tt]hat)\s+chamber")


# A body's full name with "and", "of" or "for" inside it, then its acronym in brackets.
# A body named by two subjects joined by "and" before its head word, with its owner if any:
# "Norges Bank's Monetary Policy and Financial Stability Committee", "the Health and Human
# Services Department" (group 1: the name).
_BODY_WITH_AND = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*['’]s\s+)?"
    # (the second with its own "of": "the Domestic Trade and Cost of Living Ministry")
    r"((?:[A-Z][\w&’'-]*\s+){1,3}and\s+(?:[A-Z][\w&’'-]*\s+(?:of\s+)?){0,3}"
    r"(?:Committee|Commission|Department|Ministry|Council|Board|Agency|Office|Authority"
    r"|Service|Bureau))"
)
# A body named in its own language, as international news keeps it: "the Consell de Govern",
# "the Consell Insular de Menorca", "Consell d'Eivissa", "the Consejo de Ministros", "Banco de
# la República", "the Conseil d'État" (group 1: the name; its head word opens it).
_OWN_LANGUAGE_BODY = re.compile(
    r"(?:[Tt]he\s+)?((?:Consell|Consejo|Conselho|Conseil|Consiglio|Junta|Ministerio|Ministère"
    r"|Ministério|Ministero|Banco|Banque|Banca|Cámara|Câmara|Chambre|Congreso|Senado|Sénat"
    r"|Senato|Tribunal|Tribunale|Corte|Cour|Asamblea|Assemblée|Assembleia|Gobierno|Governo"
    r"|Gouvernement|Govern|Generalitat|Comisión|Comissão|Comité|Comitato|Secretaría|Parlament"
    r"|Parlamento|Fiscalía|Procuraduría|Contraloría|Superintendencia|Agencia|Agência|Agence"
    r"|Autoridad|Dirección|Direction|Oficina|Departament|Cabildo|Diputación|Ayuntamiento"
    r"|Ajuntament|Mairie|Prefeitura|Prefectura|Federació|Federación|Federação|Fédération"
    r"|Federazione|Confederación|Confederação|Confédération|Asociación|Associació|Associação"
    r"|Unión|União|Sindicato|Syndicat|Instituto|Institut|Fundación|Fundació|Fundação|Fondation"
    r"|Partido|Partit|Parti|Partito|Ligue|Liga|Lega)"
    r"(?:[^\S\n]+[A-Z][\w’'.-]*){0,2}"
    r"(?:(?:[^\S\n]+(?:de|del|de\s+la|de\s+les|de\s+los|de\s+las|des|du|da|do|dos|das|della"
    r"|delle|di|dello|y|i|e|et)[^\S\n]+|[^\S\n]+d['’])[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2})*)"
    # (one of its organs after it: "the Ligue Nationale de Rugby | steering committee")
    r"(?:[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}(?:committee|board|council|assembly|secretariat))?"
)
# A vote's tally right after a verb: "held | by 18 votes to 9" (no words of what follows).
_TALLY_AFTER = re.compile(r"^\s+by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}")
# A body's officer by the body's possessive: "Its chair", "its governor", "their president".
_ITS_ROLE = re.compile(
    r"(?:[Ii]ts|[Tt]heir)\s+(chair|chairman|chairwoman|governor|president|chief|head"
    r"|spokesperson|spokesman|spokeswoman|director|secretary-general|general\s+secretary"
    r"|convener|convenor|leader)"
    # (and the field: "its spokesperson for the environment")
    r"(?:\s+(?:for|on)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
)
# A minister's office of a kind no name follows: "the Minister Delegate for the Budget", "the
# Minister of State for Trade" (group 1: the office).
_OFFICE_ALONE = re.compile(
    # (and "the Minister for Energy and Minerals", an office with no holder named)
    # (and a state minister: "The State Minister for Labour and Employment announced ...")
    r"(?:[Tt]he\s+)?((?:(?:Deputy|Junior|State)\s+)?Minister(?:[\s-]+Delegate|\s+of\s+State)?\s+(?:for|of)"
    r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})[\s,]*"
)
# An adviser's office with no holder named: "the Special Adviser to the President on Media and
# Publicity", "the Senior Special Assistant" (group 1: the office).
_ADVISER_ALONE = re.compile(
    r"(?:[Tt]he\s+)?((?:(?:Senior|Chief)\s+)?Special\s+(?:Adviser|Advisor|Assistant)"
    r"(?:\s+to\s+the\s+(?:President|Prime\s+Minister|Governor|Minister|Vice[\s-]President)"
    r"(?:\s+(?:on|for)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?)?)[\s,]*"
)


# Unnamed sources by their field: "Banking sources", "Diplomatic sources", "Industry sources".
_KIND_OF_SOURCES = re.compile(
    r"(?:[A-Z][a-z]+(?:ic|al|ing|ary|ial)|Industry|Market|Trade|Security)\s+sources"
)


# A proper actor and "and" before a body's name: "The United States and | the European Union".
_FIRST_ACTOR_AND = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}and\s+(?:the\s+)?")


# A relative clause set off by commas at the end of a subject: ", whose minister chairs the
# council,".
_TRAILING_RELATIVE = re.compile(r",\s+(?:whose|which|who)\s[^,;]*,?\s*$")


def office_title(office: str) -> str:
    """An office's title before its portfolio: "State Minister" of "State Minister of
    Finance", "Minister" of "Minister for Trade"."""
    return office.split(" of ")[0].split(" for ")[0]


def _office_holder(office: str) -> str | None:
    """The name at the end of an office's title ("Minister of Economy Rosa Quispe Mamani":
    "Rosa Quispe Mamani"), its last three or two capitalised words that are no portfolio, after
    one portfolio word at least; None when it ends in its portfolio."""
    words = office.split()
    for k in (3, 2):
        name = words[-k:]
        if (
            len(words) > k + 2
            and all(w[:1].isupper() for w in name)
            and PORTFOLIO_WORDS.isdisjoint(name)
            and looks_like_person(" ".join(name))
        ):
            return " ".join(name)
    return None


# A title whose portfolio is a list with commas, then the person's name (group 1: the title,
# group 2: the name).
_PORTFOLIO = rf"(?:{'|'.join(sorted(PORTFOLIO_WORDS))})"
_LISTED_PORTFOLIO_TITLE = re.compile(
    r"(?:[Tt]he\s+)?((?:(?:First|Second|Third|Deputy|Vice|Acting|Senior|Junior|Assistant|Under"
    r"|Prime|Chief)[\s-]+)*(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_PORTFOLIO}(?:\s+{_PORTFOLIO})?(?:,\s+{_PORTFOLIO}(?:\s+{_PORTFOLIO})?)+,?\s+and\s+"
    rf"{_PORTFOLIO}(?:\s+{_PORTFOLIO})?)\s+"
    # (no portfolio of two words: "... and International | Cooperation")
    rf"(?!{_PORTFOLIO}\s*(?:,|$))"
    r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s*(?:,|$))"
    # or no name: "the Minister of Economy, Trade and Industry" (the person holding it)
    r"|(?:[Tt]he\s+)?(?P<alone>(?:(?:Deputy|Vice|Acting)[\s-]+)?(?:Minister|Secretary)\s+(?:of|for)"
    rf"\s+(?:the\s+)?{_PORTFOLIO}(?:,\s+{_PORTFOLIO}(?:\s+{_PORTFOLIO})?)+,?\s+and\s+{_PORTFOLIO}"
    rf"(?:\s+{_PORTFOLIO})?)\s*(?:,|$)"
)
# The title word every match of _LISTED_PORTFOLIO_TITLE holds (the long pattern is searched
# only where one is).
_TITLE_OF_LIST = re.compile(r"Minister|Secretary|Commissioner")
# A body set up under a treaty or a law, which it is not: "A dispute settlement panel under the
# U.S.-Mexico-Canada Agreement" (the panel; group 1).
_BODY_UNDER_FRAMEWORK = re.compile(
    r"((?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:panel|tribunal|committee|commission|board"
    r"|arbitrators?|body))\s+(?:(?:set\s+up|established|convened|created)\s+)?under\s+(?:the\s+)?[A-Z]"
)
# A name and others of its kind: "Saudi Arabia and several other OPEC+ producers", "Germany
# and 11 other member states" (group 1: the one named).
_AND_OTHERS = re.compile(
    r"((?:[Tt]he\s+)?(?:[A-Z][\w.&’'+-]*\s+){0,3}[A-Z][\w.&’'+-]*)\s+and\s+"
    r"(?:(?:several|many|some|a\s+few|a\s+dozen|\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+)?others?(?:\s+[\w.&’'+-]+){0,4}"
)
# A body's document or its visiting team by the body's acronym: "An IMF staff report", "the
# OECD's survey", "an IMF staff mission", "a World Bank team" (group 1: the acronym).
_ACRONYM_DOCUMENT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+)?([A-Z][A-Z0-9&]{1,7})(?:['’]s)?\s+(?:staff\s+)?"
    r"(?:report|paper|study|analysis|review|assessment|survey|note|bulletin|outlook"
    # (not a country's: "a US delegation would arrive", the country's)
    r"|(?<!US\s)(?<!UK\s)(?:mission|team|delegation)"
    # ("IMF staff and the Sri Lankan authorities reached ...")
    r"|staff)\b"
)
# A body named in full after an owner told in common nouns and a modifier or two: "The
# central bank's policy-setting | Federal Open Market Committee" (group 1: the body).
_LOWER_POSSESSOR_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}([A-Z].*)"
)
# A body named after a common noun that tells what it is, its name opening with an acronym:
# "Industry body CII", "trade body UK Finance", "ratings agency S&P Global", "farm lobby
# FNSEA" (group 1: the name).
_DESCRIBED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Za-z][\w.’'-]*\s+){0,3}?(?:body|group|lobby|association|agency"
    r"|regulator|watchdog|union|federation|organi[sz]ation|think[- ]tank|lender|insurer"
    r"|brokerage|consultancy|bank|firm|company)\s+"
    r"((?!(?:CEO|CFO|COO|CTO|MP|MEP|MK|MLA|MSP|TD|KC|QC)\b)[A-Z][A-Z0-9&-]*[A-Z0-9]\b"
    r"(?:\s+[A-Z][\w&’'-]*){0,2}"
    # (or a name of capitalised words, its acronym after it or not: "Industry body Offshore
    # Energies UK (OEUK)")
    r"|(?:[A-Z][\w&’'-]*\s+){1,3}[A-Z][\w&’'-]*)"
    r"(?:\s*\([A-Z][A-Z0-9&]{1,8}\))?"
)
# A body's name with "and" inside it and its acronym, after a word or two that describe it:
# "The opposition Party of Progress and Socialism (PPS)".
_JOINED_NAME_ACRONYM = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}"
    # (no possessor inside: "The US Commerce Department's Bureau of Industry and Security")
    r"((?:[A-Z][\w.&-]*\s+(?:(?:of|for|on|the|&)\s+)*){0,4}[A-Z][\w.&-]*\s+and\s+"
    r"(?:[A-Z][\w.&-]*\s+(?:(?:of|for|on|the|&)\s+)*){0,3}[A-Z][\w.&-]*)"
    r"\s*\(([A-Z][A-Za-z&.]{1,9})\)"
)
# A body's kind in lower case (its first word capitalised at the start of a sentence), then
# its name: "Rights group Justice For Myanmar", "Advocacy group Public Citizen".
# ("EU farm organisations Copa-Cogeca": a kind in the plural, after a union's initials)
_KIND_THEN_NAME = re.compile(
    r"(?:[A-Z](?:[a-z]+|[A-Z]+)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:groups?|lobby|organi[sz]ations?"
    r"|think[- ]tank|watchdog|campaigners?|charity|coalition|alliance|network)\s+"
    r"((?:[A-Z][\w&’'-]*)(?:\s+(?:[A-Z][\w&’'-]*|for|of|and|the|on)){0,4})"
)
# A body's name and acronym, then its head or its board: "The International Monetary Fund
# (IMF) Executive Board", "Zambia Association of Manufacturers (ZAM) President" (group 1: the
# body; group 2: the head).
_BODY_ACRONYM_HEAD = re.compile(
    r"(?:(?:And|But)\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w&’'-]*\s+(?:(?:of|and|for|the)\s+)*){1,6}"
    r"[A-Z][\w&’'-]*)\s*\([A-Z][A-Za-z&.]{1,9}\)\s+((?:Executive\s+)?(?:Board|President"
    r"|Chair(?:man|woman|person)?|Governor|Director|Secretary[\s-]General|Director[\s-]General"
    r"|Managing\s+Director|Chief\s+Executive))"
)
_BODY_WITH_ACRONYM = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'.&-]*\s+(?:(?:and|of|for|on|the|&)\s+)*){1,8}[A-Z][\w’'.&-]*)"
    r"\s*\(([A-Z][A-Za-z&.]{1,9})\)"
)


# A body's name in lower case with its acronym: "the directorate general of foreign trade
# (DGFT)", "the central board of indirect taxes and customs (CBIC)".
_LOWER_BODY_WITH_ACRONYM = re.compile(
    r"(?:[Tt]he\s+)?((?:[a-z][\w-]*\s+){1,8}[a-z][\w-]*)\s*\(([A-Z]{2,8})\)"
)
_LOWER_BODY_HEADS = frozenset(
    """directorate ministry department commission authority board office bureau agency council
    corporation committee institute administration""".split()
)


def _lower_initials_hold(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s words but its small words ("and",
    "of", ...) and ``name`` opens or ends with a body's noun ("directorate general of foreign
    trade", DGFT)."""
    words = name.split()
    if words[0] not in _LOWER_BODY_HEADS and words[-1] not in _LOWER_BODY_HEADS:
        return False
    initials = "".join(w[0] for w in words if w not in ("and", "of", "for", "on", "the"))
    return initials.upper() == acronym


# The last word of a body's name of three words or more, with no joining word: "Ghana Private
# Road Transport Union", "National Health Insurance Authority".
_ACRONYM_BODY_HEADS = frozenset(
    """union association council party alliance federation congress authority agency commission
    bureau board institute corporation company bank fund service office""".split()
)


def _initials_hold(name: str, acronym: str) -> bool:
    """Whether the capitals of ``acronym`` are, in order, initials of ``name``'s words
    ("PhRMA" of "Pharmaceutical Research and Manufacturers of America"; not "AP" of "Ana
    Ruiz") and the name has a joining word ("and", "of", ...), which no person's name has."""
    words = name.split()
    if not any(w in ("and", "of", "for", "on", "the", "&") for w in words):
        # (but "The Ghana Private Road Transport Union (GPRTU)": a body's head, every word's
        # initial in its acronym)
        return (
            len(words) >= 3
            and words[-1].lower() in _ACRONYM_BODY_HEADS
            and "".join(w[0] for w in words) == acronym
        )
    initials = iter(w[0] for w in words if w[:1].isupper())
    return all(any(c == i for i in initials) for c in acronym if c.isupper())


# A name of capitalised words joined by "&": "Standard & Poor's", "Procter & Gamble" (a firm).
# (the whole phrase, or after a kind in lower case: "Ratings agency Standard & Poor's")
_AMPERSAND_NAME = re.compile(
    r"^(?:[Tt]he\s+|[A-Z]?[a-z]+\s+[a-z]+\s+|[a-z]+\s+)?"
    r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+&\s+"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$"
)


@functools.lru_cache(maxsize=4096)
def _part_readings(part: str, shift: int) -> _Readings:
    """:func:`_np_readings` of ``part``, a part of a segment that starts at ``shift`` in it."""
    named_first, fallback_first = _np_readings(part)
    return (
        tuple((needs, _shifted(found, shift)) for needs, found in named_first),
        None if fallback_first is None else _shifted(fallback_first, shift),
    )


def _np_readings(segment: str) -> _Readings:
    """What :func:`parse_np` can find in ``segment``, whatever the article (offsets from 0).

    The names in the order they are tried, each with the lone word that must be a known
    surname for it to count (None: it counts as it is), then the subject found when none
    counts (a role, a group, a place; or None).
    """
    candidates: list[tuple[str | None, Subject]] = []
    offset = 0
    seg, cut = _strip_leading(segment)
    offset += cut
    if seg.rstrip().endswith(_TRAILING_ENDINGS):
        seg = _TRAILING_ADVERBS.sub("", seg)
    if not seg.strip():
        return (), None
    bare = seg.strip().strip(",").strip()
    if _PRONOUN.match(bare):
        return (), Subject("pronoun", bare.lower(), start=offset)
    title = _THE_TITLE.fullmatch(bare)
    if title is not None and title.group(1).lower() in ROLE_WORDS:
        role = title.group(1).lower()  # "the Governor said": the governor, not a name
        return (), Subject("role", role, role=role, start=offset)
    chain = _OFFICE_CHAIN.fullmatch(bare) if " and " in bare else None
    if chain is not None:
        # "the Deputy Prime Minister and Minister for Finance": one person's two offices
        role = chain.group(1)
        return (), Subject("role", role.lower(), role=role, start=offset)
    chamber_role = _ROLE_IN_CHAMBER.fullmatch(bare) if " in " in bare else None
    if chamber_role is not None:
        # "the opposition leader in the National Assembly": a leader of that chamber speaks,
        # not the chamber
        role = chamber_role.group(1)
        return (), Subject("role", role.lower(), role=role, start=offset)
    office_of = _THE_COUNTRYS_OFFICE.fullmatch(bare)
    if office_of is not None and office_of.group(1).split()[-1] in GOVERNMENT_OFFICES:
        # "The country's president announced the ban": the office of the country the story is
        # about (:func:`toolkit.text.referents.resolve`)
        office = office_of.group(1)
        return (), Subject("role", office, role=f"{COUNTRYS} {office}", start=offset)
    if _THE_CHAMBER.fullmatch(bare):
        # "The chamber is due to vote ...": the chamber the article named ("the Chamber of
        # Deputies"), if any (:func:`toolkit.text.referents.named_body`)
        return (), Subject("group", CHAMBER, start=offset)
    spoke = _SPOKESPERSON_FOR_BODY.search(bare)
    if spoke is not None and not looks_like_person(spoke.group(1)):
        # "a spokesperson for the U.S. Trade Representative": the office speaks
        return (), Subject("group", spoke.group(1), start=offset + seg.find(spoke.group(1)))
    envoy = _ENVOY_OF.match(bare)
    if envoy is not None and not looks_like_person(country := envoy.group(1) or envoy.group(2)):
        # "the representative of the United States": the country speaks through its envoy
        return (), Subject("group", country, role=ENVOY, start=offset + seg.find(country))
    named = _BODY_WITH_ACRONYM.match(bare)
    if named is not None and _initials_hold(named.group(1), named.group(2)):
        # "The Pharmaceutical Research and Manufacturers of America (PhRMA)": the body
        return (), Subject("group", named.group(1), start=offset + seg.find(named.group(1)))
    firm = _AMPERSAND_NAME.search(bare) if "&" in bare else None
    if firm is not None:  # "Standard & Poor's warned ...": a firm's name, no person's
        return (), Subject("group", firm.group(1), start=offset + seg.find(firm.group(1)))
    its_role, its_start = _ITS_ROLE.fullmatch(bare), offset
    if its_role is None and ", " in bare and bare.rsplit(", ", 1)[0].islower():
        # "... of the vote, its spokesperson for the environment said": the trailing source
        # (not "Hildegard Müller, its president, ...": the name)
        tail = bare.rsplit(", ", 1)[1]
        its_role, its_start = _ITS_ROLE.fullmatch(tail), offset + seg.rfind(tail)
    if its_role is not None:  # "Its chair told a news conference ...": the body's chair
        role = its_role.group(1).lower()
        return (), Subject("role", role, role=f"its {role}", start=its_start)
    adviser = _ADVISER_ALONE.fullmatch(bare) if "Special" in bare else None
    if adviser is not None:
        # "the Special Adviser to the President on Media and Publicity": the office speaks
        role = adviser.group(1)
        return (), Subject("role", role.lower(), role=role, start=offset)
    office = _OFFICE_ALONE.fullmatch(bare)
    holder = _office_holder(office.group(1)) if office is not None else None
    if office is not None and holder is not None:
        # "Minister of State for National Treasury Théoneste Mugabo", "Minister of Economy
        # Rosa Quispe Mamani": the holder, named
        role = office.group(1)[: office.group(1).rfind(holder)].strip()
        return (), Subject("name", holder, role=role, start=offset + seg.find(holder))
    if office is not None:
        # "The Minister Delegate for the Budget", "the Minister of State for Trade": an office
        # the article names no holder of here speaks as that office
        role = office.group(1)
        return (), Subject("role", role.lower(), role=role, start=offset)
    listed = _LISTED_PORTFOLIO_TITLE.match(bare)
    if listed is not None and listed.group("alone"):
        role = listed.group("alone")
        head = office_title(role).lower()
        return (), Subject("role", head, role=role, start=offset)
    if listed is not None and looks_like_person(listed.group(2)):
        # "Minister of Trade, Industry and Energy Ahn Duk-geun": the list's commas set off no
        # apposition
        name = listed.group(2)
        return (), Subject(
            "name", name, role=listed.group(1), start=offset + seg.find(name, listed.end(1))
        )
    others = _AND_OTHERS.fullmatch(bare) if " other " in bare else None
    if others is not None:
        # "Saudi Arabia and several other OPEC+ producers announced ...": the one named
        return _part_readings(others.group(1), offset + seg.find(others.group(1)))
    framework = _BODY_UNDER_FRAMEWORK.match(bare) if " under " in bare else None
    if framework is not None:
        # "A dispute settlement panel under the U.S.-Mexico-Canada Agreement has ruled": the
        # panel, not the agreement it sits under
        return _part_readings(framework.group(1), offset + seg.find(framework.group(1)))
    paper = _ACRONYM_DOCUMENT.match(bare)
    if paper is not None:  # "An IMF staff report (released last week)": the IMF's words
        return (), Subject("group", paper.group(1), start=offset + seg.find(paper.group(1)))
    owned = _LOWER_POSSESSOR_BODY.fullmatch(bare) if "s " in bare else None
    if owned is not None and INSTITUTIONS.fullmatch(owned.group(1)):
        # "The central bank's policy-setting Federal Open Market Committee": the body named
        # in full, not its owner's common noun
        name = owned.group(1)
        return (), Subject("group", name, start=offset + seg.find(name))
    described = _DESCRIBED_BODY.fullmatch(bare) or _KIND_THEN_NAME.fullmatch(bare)
    if described is not None:  # "Industry body CII": the body by its name
        name = described.group(1)
        return (), Subject("group", name, start=offset + seg.find(name))
    own = _OWN_LANGUAGE_BODY.fullmatch(bare)
    if own is not None:  # "the Consell de Govern": a body by its name in its own language
        return (), Subject("group", own.group(1), start=offset + seg.find(own.group(1)))
    joined = _BODY_WITH_AND.fullmatch(bare)
    if joined is not None:
        # "the Monetary Policy and Financial Stability Committee": one body, not two names
        return (), Subject("group", joined.group(1), start=offset + seg.find(joined.group(1)))
    listed_body = (
        INSTITUTIONS.fullmatch(_TRAILING_RELATIVE.sub("", bare)) if "," in bare else None
    )  # (with a relative clause after it: ", whose minister chairs the council,")
    if listed_body is not None:
        # "Parliament's Committee on Finance, Planning and Economic Development": the list's
        # commas set off no apposition, its last words are no name
        name = _POSSESSOR_BEFORE.sub("", listed_body.group(1))
        return (), Subject("group", name, start=offset + seg.find(name))
    sources = _KIND_OF_SOURCES.fullmatch(bare) if bare.endswith("sources") else None
    if sources is not None:  # "Banking sources said ...", "Diplomatic sources": no name
        return (), Subject("group", bare, start=offset + seg.find(bare))
    share = _SHARE_OF_BODY.match(bare)
    if share is not None:  # "Six of the nine members of the Monetary Policy Committee"
        return (), Subject("group", share.group(1), start=offset + seg.find(share.group(1)))
    parts = [p for p in _COMMA_SPLIT.split(seg) if p.strip()]
    head = parts[0] if parts else seg
    # a possessive head "The president's decision", "Trump's Treasury secretary"
    best: Subject | None = None
    part_offset = offset
    for pi, part in enumerate(parts[:6]):
        part_offset = offset + seg.find(part)
        if _PARTY_TAG.match(part.strip()):
            continue
        for m in _name_runs(part):
            run = m.group(0)
            lead, portfolio = 0, None
            if run[:1] in _PORTFOLIO_INITIALS:
                lead, portfolio = _portfolio_lead(seg, part_offset - offset + m.start(), run)
            if not lead and len(run.split()) >= 3 and " to " in part:
                # "U.S. Ambassador to | Mexico | Brad Kellerman": the post's country, then the
                # person
                lead, portfolio = _envoy_lead(part, m.start(), run)
            if lead:  # "Minister for Trade and | Industry | Chan Kok Leong"
                run = run[lead:]
            # (a possessor inside the run ends with "’s" or "'s")
            inner = _INNER_POSSESSOR.match(run) if "’s" in run or "'s" in run else None
            if inner is not None:  # "Ukraine’s Foreign Minister Andriy Sokolenko"
                run = run[inner.end() :]
            after = part[m.end() : m.end() + 2]
            if after.startswith(("’s", "'s", "’ ", "' ")) or run.endswith(("’s", "'s")):
                continue  # a possessor, not the subject
            if after.startswith(")") and part[: m.start()].endswith("("):
                continue  # "The Monetary Policy Committee (Copom)": the body's short name
            upto = seg[: part_offset - offset + m.start()]
            if pi > 0 and upto.count("(") > upto.count(")"):
                continue  # "who heads the MDIC (Ministry of Development, | Industry, | Trade
                # and Services)": a list in brackets, no name
            if _modifies_next(part, m.end()):
                continue  # "Clinton campaign manager Robby Mook": Mook
            if _POSSESSIVE_PRONOUN_END.search(part, 0, m.start()):
                continue  # "kept its Overnight Policy Rate unchanged": an object, no name
            if _MODIFIED_PLURAL.match(part, m.end()):
                continue  # "the Sri Lankan authorities", "two Mississippi business groups":
                # an adjective of the noun after it, no name
            if pi > 0 and "-" in run and _PLACE_ADJECTIVE.fullmatch(run.strip()):
                continue  # "MARTA, the Atlanta-area transit authority, said": MARTA
            if pi > 0 and run.strip().rstrip(".") in _STATE_ABBREVIATIONS:
                continue  # "Harold Voss, who farms near Kearney, Neb., said": a state
            if run.lower() in _BODY_HEADS and _OF_NAME.match(part, m.end()):
                continue  # "the Bureau of Labor Statistics": a body, not Mr. Bureau
            if run in PORTFOLIO_WORDS and _PORTFOLIO_AND_TITLE.match(part, m.end()):
                continue  # "Industry | and Trade Minister Radek Hora": a portfolio
            if (
                run.count(" ") < 2
                and part[: m.start()].endswith("and ")
                and _TWO_PORTFOLIOS_BEFORE.search(part, 0, m.start())
            ):
                continue  # "the Department of Census and | Statistics": the body's name (but
                # "the Office of Management and | Budget Director Ana Ruiz": Ana Ruiz)
            if pi == 0 and _PARTICIPLE_OPENER.match(part, m.start()):
                continue  # "Asked whether ...", "Speaking at ...": a participle, no name
            if " " not in run and run.endswith("ing") and _LOWER_WORD_AFTER.match(part, m.end()):
                continue  # "Rallying workers, Ana Ruiz ...": a participle, not a name
            if " " not in run and _BODY_NOUN_AFTER.match(part, m.end()):
                continue  # "Ibestat, the Balearic statistics institute, ...": an adjective
            before = part[: m.start() + lead].rstrip()
            if (
                before.endswith(" of")
                and before[:-3].rsplit(None, 1)[-1:]
                and (before[:-3].rsplit(None, 1)[-1] in TITLES)
            ):
                if " " not in run.strip():
                    continue  # "the President of Chile, Ana Soto": the office's country
                if all(w in PORTFOLIO_WORDS for w in run.split()):
                    continue  # "Minister of | Economic Affairs | and Infrastructure Tanel
                    # Kask": the portfolio, not a name
                # "Former Secretary of State Madeleine Albright": the title goes on
            elif (
                before.endswith((" of", " in", " from", " with", " on", " for", " to", " by", " at"))
                or before in ("of", "in", "from", "with")
                # an office in its own language: "the conseller de Turisme, Biel Servera"
                or before.endswith((" de", " del", " du", " des", " da", " do"))
                # the last of an office's portfolios: "the Minister of Trade and Industry"
                or (
                    before.endswith(" and")
                    and " " not in run.strip()
                    and _PORTFOLIOS_BEFORE.search(before) is not None
                )
            ) and not (_titled_after_body(run, before) or _SPOKESMAN_FOR.search(before)):
                continue  # (but "A spokesman for Pittman": Pittman's words)
            title, name, judged = _judge_titled(*split_title(run))
            tokens = name.split()
            if not looks_like_person(name):
                continue
            if len(tokens) == 2 and tokens[0].isupper() and tokens[1] in _PERSON_TITLES:
                continue  # "the TUC President, Comrade Ibrahim Sani,": a body's office, whose
                # holder the apposition names
            needs = tokens[0] if len(tokens) == 1 and not judged else None  # a known surname
            role = None
            lower_prefix = before.strip()
            if lower_prefix and (
                (
                    lower_prefix[0].islower()
                    and any(w.lower() in ROLE_WORDS for w in lower_prefix.split())
                )
                # "MOFCOM spokesperson Zhou Wei": a body's name before a role in lower case
                or lower_prefix.rsplit(None, 1)[-1] in ROLE_WORDS
                # "HKMA chief executive Howard Tsang": an acronym, then a role noun
                or (
                    len(lower_prefix.split()) >= 2
                    and lower_prefix.split()[0].isupper()
                    and lower_prefix.rsplit(None, 1)[-1] in ROLE_NOUNS
                )
            ):
                role = lower_prefix  # "minority leader Chuck Schumer"
            if title and title.split()[0] not in ("Mr.", "Mrs.", "Ms.", "Dr."):
                role = role or _TITLE_ROLE.get(title, title)
                if _titled_after_body(run, before):  # "Bank of Japan Governor"
                    role = f"{before.strip()} {title}".removeprefix("The ").removeprefix("the ")
            if portfolio is not None:
                role = portfolio  # "Secretary of Health and Human Services"
            party = None
            for later in parts[pi + 1 : pi + 3]:
                if _PARTY_TAG.match(later.strip()):
                    party = later.strip()[0]
                    continue
                role_app = _role_from_apposition(later)
                if role_app:
                    role = role_app if role is None or role == title else role
                break
            if role is None and pi > 0:
                role = _role_from_apposition(parts[pi - 1]) or _role_from_apposition(head)
            found = Subject(
                "name",
                name,
                role=role,
                title=title,
                party=party,
                start=part_offset + m.end() - len(run),
            )
            candidates.append((needs, found))
            if needs is None:
                best = found
                break
        if best is not None:
            break
        if (
            pi == 0
            and any(w.lower().strip("’'s") in ROLE_WORDS for w in part.split()[-3:])
            and len(parts) == 1
        ):
            break
    if best is not None:
        return tuple(candidates), None
    last = parts[-1].strip() if len(parts) > 1 else ""
    if _PRONOUN.match(last):
        # "Only last Tuesday, she had told ...", "As recently as May, he said ...": an
        # opening adverbial, then the subject; "Tariffs, she argued, have ...": a
        # parenthetical cue, whose subject is the pronoun right before it
        return (), Subject("pronoun", last.lower(), start=offset + seg.rfind(last))
    head_clean = head.strip()
    monitor = _BODYS_MONITOR.match(head_clean)
    if monitor is not None:  # "PJM's independent market monitor urged ...": the monitor
        return tuple(candidates), Subject("group", monitor.group(1), start=offset)
    subgroup = _POSSESSED_SUBGROUP.match(head_clean)
    if subgroup is not None and not looks_like_person(subgroup.group(1)):
        # "The IMO's intersessional working group on emissions": the body it works for
        body = subgroup.group(1)
        return tuple(candidates), Subject("group", body, start=offset + head_clean.find(body))
    owned = _POSSESSED_BODY.match(head_clean)
    if owned is not None:  # "The Bank's monetary policy committee": the committee
        return tuple(candidates), Subject("group", owned.group(1), start=offset)
    spokesman = _POSSESSED_SPOKESMAN.match(head_clean)
    if spokesman is not None:  # "the Prime Minister's official spokesman": that role speaks
        role = spokesman.group(1)
        return tuple(candidates), Subject("group", role, role=role, start=offset)
    for pattern in _ROLE_HEADS:
        rm = pattern.match(head_clean)
        # (one elected to the office: "the president-elect", "the governor-elect")
        if rm and rm.group(1).split()[-1].removesuffix("-elect") in ROLE_WORDS:
            return tuple(candidates), Subject("role", rm.group(1), role=rm.group(1), start=offset)
    office = _COUNTRYS_OFFICE.match(head_clean)
    if office is not None and national(office.group(1)):
        # "Iran's president", "China's commerce minister": the country's office
        role = f"{office.group(1)}{office.group(2)} {office.group(3)}"
        return tuple(candidates), Subject("role", office.group(3), role=role, start=offset)
    held = _BODYS_OFFICE.match(head_clean)
    if held is not None and not national(held.group(1)):
        # "Ofgem's chief executive", "the IMF's managing director": the body's office holder,
        # whom the article does not name, speaks for the body (not for whoever else the
        # article calls a chief executive)
        role = f"{held.group(1)} {held.group(2)}"
        return tuple(candidates), Subject("group", held.group(1), role=role, start=offset)
    rm = _BODY_ROLE.match(head_clean)
    if rm is not None and rm.group(2).split()[-1] in ROLE_WORDS:
        role = f"{rm.group(1)} {rm.group(2)}"
        if rm.group(1) in DEMONYMS and rm.group(2).split()[-1] in _STAFF_ROLES:
            # "the Irish economist": the economist the article named (no body is "Irish")
            return tuple(candidates), Subject("role", rm.group(2), role=rm.group(2), start=offset)
        if rm.group(2).split()[-1] not in _STAFF_ROLES:
            # "the Fed chair", "the Senate majority leader", "the CHP leader": the person the
            # article gives that role (the role with its body)
            return tuple(candidates), Subject("role", rm.group(2), role=role, start=offset)
        # "the Commerce Department spokesman": one of many, who speaks for the body
        return tuple(candidates), Subject("group", rm.group(1), role=role, start=offset)
    inst = INSTITUTIONS.search(head_clean) if _INSTITUTION_WORD.search(head_clean) else None
    g = _GROUP.search(head_clean) if _GROUP_NOUN.search(head_clean.lower()) else None
    if (
        inst
        # (not the second of two actors: "The United States and the European Union")
        and _FIRST_ACTOR_AND.fullmatch(head_clean, 0, inst.start()) is None
        and inst.start() <= 32  # ("Saudi Arabia's energy ministry")
        and (
            inst.start() <= 20
            or (
                _RELATIVE_WORD.search(head_clean, 0, inst.start()) is None
                and ":" not in head_clean[: inst.start()]
                and _SUBORDINATE_OPENER.match(head_clean) is None
            )
        )
    ):  # (not "The woman who runs its central bank", "BACKGROUND: The central bank")
        if head_clean.startswith(("'s ", "’s "), inst.end(1)):
            owned = INSTITUTIONS.search(head_clean, inst.end(1) + 3)
            if owned is not None and owned.group(1).split()[-1] in ("court", "tribunal"):
                # "the European Union's highest court ruled": the court (but "the
                # government's ministerial committee" is the government's)
                inst = owned
        acronym = _ACRONYM_AFTER.match(head_clean, inst.end())
        if acronym is not None and inst.group(1).rstrip()[-1:].islower():
            # "statistics agency IBGE", "the statistics office ONS": the body's own name
            return tuple(candidates), Subject("group", acronym.group(1), start=offset)
        owned_name = head_clean[inst.end(1) + 3 :].strip()
        if (
            head_clean.startswith(("'s ", "’s "), inst.end(1))
            and owned_name.split(" ", 1)[0].lower() in _BODY_HEADS
            and _OF_NAME.match(owned_name, owned_name.find(" "))
        ):
            # "The Commerce Department's Bureau of Industry and Security": the bureau
            return tuple(candidates), Subject("group", owned_name, start=offset)
        name = inst.group(1).strip()
        owner = _POSSESSOR_BEFORE.match(name)
        if owner is not None and _INSTITUTION_WORD.search(name, 0, owner.end()):
            name = name[owner.end() :]  # "the Department's Bureau of Industry and Security"
        name = _QUANTIFIER.sub("", name)
        if g and g.end() > inst.end():
            name = _QUANTIFIER.sub("", g.group(1))
        return tuple(candidates), Subject("group", name, start=offset)
    if g and not (
        g.group(1).rsplit(None, 1)[-1][:1].isupper() and _NAME_GOES_ON.match(head_clean, g.end())
    ):
        name = _QUANTIFIER_OTHER.sub("", g.group(1))
        return tuple(candidates), Subject("group", name, start=offset)
    trade = _TRADE_GROUP.match(head_clean)
    if trade is not None and not _TRADE_NOT_HEAD.search(trade.group(1)):
        noun = trade.group(1).rsplit(None, 1)[-1]
        # a lone word right before the trade's noun modifies it: "Matatu operators said" (a
        # word the article also has in "the Matatu Owners Association") is no surname
        kept = [
            c for c in candidates if c[0] is None or not trade.group(1).endswith(f"{c[0]} {noun}")
        ]
        return tuple(kept), Subject("group", trade.group(1), start=offset)
    placed = _UNNAMED_AT_BODY.match(head_clean)
    if placed is not None:
        # "A senior official at the presidential office", "an official from the finance
        # ministry": someone unnamed who speaks for the body named after the preposition
        role = f"{placed.group(2)} {placed.group(1)}"
        return tuple(candidates), Subject("group", role, role=role, start=offset)
    unnamed = _UNNAMED_ROLE.match(head_clean)
    if unnamed is not None and unnamed.group(1).split()[-1] in ROLE_WORDS:
        # "A U.S. official", "a senior European diplomat": someone the article does not name,
        # known by the role (the speaker "U.S. official")
        role = _RANK.sub("", unnamed.group(1))
        return tuple(candidates), Subject("group", role, role=role, start=offset)
    if len(parts) > 1 and _INSTITUTION_WORD.search(parts[-1]):
        last_part = parts[-1].strip()
        body = INSTITUTIONS.match(last_part)
        if body is not None and _TIME_AFTER_SUBJECT.fullmatch(last_part, body.end()):
            # "Two years and an awful lot of lobbying later, the Securities and Exchange
            # Commission ...": an opening adverbial, then the body
            name = body.group(1).strip()
            return tuple(candidates), Subject("group", name, start=offset + seg.rfind(name))
    actor = _PROPER_ACTOR.match(head_clean)
    if actor is None and len(parts) > 1:
        # "At its June meeting, held in Amsterdam on June 9, the ECB had said"
        actor = _PROPER_ACTOR.match(parts[-1].strip())
    if (
        actor
        and actor.group(1).split()[0] not in NON_PERSON_WORDS
        and not _PARTY_TAG.match(actor.group(1))
    ):
        return tuple(candidates), Subject("group", actor.group(1), start=offset)
    return tuple(candidates), None


# Someone unnamed who speaks for an office or a body: "a spokesperson for the U.S. Trade
# Representative" (the office; but "Ana Ruiz, a spokeswoman for the party," is Ana Ruiz).
_SPOKESPERSON_FOR_BODY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
    r"((?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&’'-]*"
    # a body told in lower case: "a spokeswoman for the trade representative's office"
    r"|(?:[a-z][\w’'-]*\s+){1,4}(?:office|ministry|department|agency|commission|embassy"
    r"|mission|regulator|secretariat))$"
)
# The role of a country's unnamed envoy (:data:`_ENVOY_OF`), who a later "he" or "she" is.
ENVOY = "envoy"
# An unnamed envoy who speaks for a country or a body: "the representative of the United
# States", "China's representative", "the delegate of Brazil" (the country speaks).
_ENVOY_OF = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+(?:permanent\s+|deputy\s+)?(?:representative|delegate|envoy"
    r"|ambassador|delegation)\s+(?:of|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.&’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w.&’'-]*)"
    r"|((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)[’']s\s+(?:permanent\s+|deputy\s+)?"
    r"(?:representative|delegate|envoy|ambassador|delegation))$"
)
# Some of a body's members: "Six of the nine members of the Monetary Policy Committee", "Two
# of the Fed's governors" (the body acts through them).
_SHARE_OF_BODY = re.compile(
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
    r"|[Tt]welve|[Aa]ll|[Mm]ost|[Ss]ome|[Nn]one|\d{1,3})\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:members|governors|policymakers|officials|judges|justices|directors|commissioners)"
    r"\s+(?:of|on)\s+(?:the\s+)?((?:[A-Z][\w&’'-]*\s+)*?(?:[A-Z][\w&’'-]*|\([A-Z]+\)))$"
)
_CLAUSE_BREAK = re.compile(r"[,;]")
# A body's name of capitalised words and joining words, however long: "the Bureau of National
# Statistics of the Agency for Strategic Planning and Reforms".
_LONG_BODY_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|and|on|the)\s+)*){2,12}(?:Agency|Bureau"
    r"|Ministry|Department|Office|Commission|Authority|Council|Institute|Service|Reforms"
    r"|Statistics|Committee|Board|Administration|Directorate)"
)
# A body's acronym after its name and "or", as some papers give it: " or BBS".
_OR_ACRONYM = re.compile(r"\s+or\s+[A-Z][A-Z&]{1,7}\s*$")
# An auxiliary, a modal or a copula: the words before a comma make a clause, not a name in
# apposition ("Growth will recover, the bank said": a trailing attribution however short).
_FINITE_WORD = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must|shall"
    r"|won't|wouldn't|isn't|aren't|wasn't|weren't|hasn't|haven't|can't|cannot|does|did"
    r"|doesn't|didn't|won’t|isn’t|aren’t|can’t|doesn’t|didn’t"
    # a measure's present tense: "The new rates apply from today, the bank said"
    r"|(?<=\w\s)(?:apply|applies|remain|remains|expire|expires|takes?\s+effect))\b"
)
_REFLEXIVE_END = re.compile(r"\b(?:himself|herself|itself|themselves)\s+$")
# A conjunction right before a verb, after a comma: the verb's subject is the clause's.
_COORDINATED_VERB = re.compile(r",\s+(?:but|and|yet)\s+(?:(?:also|then|later|still)\s+)?$")
# A pronoun opening a clause, then a lower-case word (its verb): "she ruled out ...".
OPENING_PRONOUN = re.compile(r"([Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+(?=[a-z])")
# A body whose name holds a list of portfolios, right before a verb: "the Ministry of Economy,
# Trade and Industry", "the Department of Agriculture, Water and the Environment", "the
# council's Finance, Audit and Public Safety Committee" (its commas set off no apposition).
_CAP = r"[A-Z][\w&'’-]*"
_RUN = rf"{_CAP}(?:[^\S\n]+{_CAP})*"
_LIST_HEADS = (
    r"(?:Ministry|Ministries|Department|Departments|Office|Bureau|Committee|Subcommittee"
    r"|Commission|Council|Agency|Board|Secretariat|Authority|Directorate|Institute"
    r"|Superintendency|Superintendence)"
)
_BODY_LIST = re.compile(
    rf"(?<![\w’'])((?:{_CAP}[^\S\n]+)*{_LIST_HEADS}[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?"
    rf"{_RUN}(?:,[^\S\n]+{_RUN})+,?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?{_RUN}"
    rf"|{_RUN}(?:,[^\S\n]+{_RUN})+,?[^\S\n]+and[^\S\n]+{_RUN}[^\S\n]+{_LIST_HEADS})[^\S\n]*$"
)
# An acronym right after a body's common noun: "statistics agency | IBGE".
_ACRONYM_AFTER = re.compile(r"[^\S\n]+([A-Z][A-Z0-9&]{1,7})\b(?![^\S\n]+[A-Z])")
# What may come between an inverted cue and its speaker ("said on Tuesday Jane Doe").
_AFTER_CUE = re.compile(r"^\s*(?:on\s+\w+|in\s+an?\s+\w+|today|yesterday)?\s*")


# A subordinate clause's opening word ("Because the bill started in the Senate, ...").
_SUBORDINATE_OPENER = re.compile(
    r"(?:Because|Although|Though|When|If|After|Before|While|Since|As|Unless|Once)\b"
)
# A relative pronoun: a body's name after it is not the subject's head.
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# An occasion that opens a clause with its comma, however long: "In a filing on SGXNet at
# 9.47pm on Friday, the company said".
_OPENING_OCCASION_COMMA = re.compile(
    # (words of one's own with no article: "In remarks on Tuesday morning, the bureau's
    # director said")
    r"\s*(?:(?:In|During)\s+(?=(?:remarks|comments|testimony)\b)"
    r"|(?:In|At|During|After|Following)\s+(?:an?|the|his|her|their|its)\s+)"
    # ("At his regular morning press conference on Friday, the president said")
    r"(?:[\w’'-]+\s+){0,3}?(?:filing|[Ss]tatement|interview|letter|post|speech|briefing|release"
    r"|notice|[Rr]eport|note|submission|announcement"
    # a document by its title: "In its quarterly Statement on Monetary Policy, ...", "In its
    # Outlook for Economic Activity and Prices, ..."
    r"|[Rr]eview|[Bb]ulletin|Outlook|Update"
    # a gathering where one speaks: "At a dinner hosted by a Japanese bank on ..., the deputy
    # governor said"
    r"|dinner|lunch|luncheon|breakfast|reception|seminar|forum|summit|rally|gathering"
    r"|conference|meeting|event"
    # one's own words to an audience: "In a televised address that began at 9pm local time,"
    r"|address|remarks|broadcast|appearance|hearing|debate|testimony"
    # a listed company's disclosure: "In a material fact sent to the Securities and Exchange
    # Commission of Brazil (CVM) before the market opened, the company said"
    # (a date in brackets may hold a comma: "In a post on X on Thursday morning (September 4,
    # 2025), the Congress general secretary ... said")
    r"|fact|disclosure)\b(?:[^,(\n]|\([^)\n]{0,40}\)){0,120},\s+"
    # and its participle's aside: "In its monetary policy statement, issued at around 4pm, the
    # central bank said"
    r"(?:(?:issued|released|published|posted|delivered|read|broadcast|aired|held)\b[^,\n]{0,60},\s+)?"
)
# An occasion that opens a clause with no comma after it, before "the" and the subject: "In
# its statement the SNB said", "In a statement on Thursday the bank said".
_OPENING_OCCASION = re.compile(
    r"(?:In|At|During|Under)\s+(?:its|his|her|their|an?)\s+(?:[\w’'-]+\s+){0,6}?(?=the\s)"
)


# A first word in capitals, as some papers open their leads: "THE US has", "PARLIAMENT last
# night", "RUSSIA has" (a word of four letters or more before a word in lower case).
_SHOUTED_OPENING = re.compile(r"\s*(?:(THE)(?= )|([A-Z]{4,})(?=\s+[a-z]))")


def _unshouted(before: str, text: str, verb_end: int) -> str:
    """``before`` with a lead's first word in capitals (the paper's style) in title case, of
    the same length: "THE" always, another word when the article writes it so after the verb
    ("PARLIAMENT last night threw out ..." where "Parliament" comes later)."""
    shouted = _SHOUTED_OPENING.match(before)
    if shouted is None:
        return before
    at = 1 if shouted.group(1) else 2
    word = shouted.group(at)
    if at == 2 and text.find(word.title(), verb_end) < 0:
        return before
    return before[: shouted.start(at)] + word.title() + before[shouted.end(at) :]


def find_subject(
    text: str, clause_start: int, verb_start: int, verb_end: int, clause_end: int, index: NameIndex
) -> Subject | None:
    """The subject of a verb: the noun phrase before it, or the name after an inverted cue.

    Parameters
    ----------
    text
        The article text.
    clause_start, clause_end
        Where the clause (or the text outside the quotation) starts and ends.
    verb_start, verb_end
        The verb's span.
    index
        The article's :class:`NameIndex`.
    """
    before = _unshouted(text[clause_start:verb_start], text, verb_end)
    if before[:2] in ("• ", "· ", "▪ ", "* "):  # a bullet's mark: "• Commerce added ..."
        before = "  " + before[2:]
        label = _BULLET_LABEL.match(before)
        if label is not None:  # "• The ratings angle: Moody's said ...": the bullet's label
            before = " " * label.end() + before[label.end() :]
    heading = RUN_IN_HEADING.match(before)
    if heading is not None:  # "Appellate Body: The United States again blocked ...": a
        # newsletter's heading, before a sentence with a subject of its own
        before = " " * heading.end() + before[heading.end() :]
    marker = (
        _DISCOURSE_OPENER.match(before)
        or _THAT_TIME_OPENER.match(before)
        or _SPEAKING_OPENER.match(before)
    )
    if marker is not None:  # "Looking ahead, state and federal ministers meet ...", "That
        # June, the traders' association warned ...", "Speaking also on behalf of Chad and
        # Liberia, the representative of Somalia recalled ..."
        before = " " * marker.end() + before[marker.end() :]
    when = _TRAILING_TIME.search(before)
    if when is not None:  # "The DGTR last week initiated ...": the time is no part of it
        before = before[: when.start()] + " " * (len(before) - when.start())
    owner = _OWNER_PRONOUN.match(before)
    if owner is not None:  # "Her Centro Democrático party said ...": the party
        before = " " * owner.end() + before[owner.end() :]
    occasion = _OPENING_OCCASION_COMMA.match(before)
    if occasion is not None and "," not in before[occasion.end() :]:
        # "In a filing on SGXNet at 9.47pm on Friday, the company said": the occasion is no
        # part of the subject, however long
        before = " " * occasion.end() + before[occasion.end() :]
    opener = _OPENING_OCCASION.match(before)
    if opener is not None and "," not in before[opener.end() :]:
        # "In its statement the SNB said": no comma after the occasion
        before = " " * opener.end() + before[opener.end() :]
    if before.endswith(("self ", "selves ")):
        # "The president himself weighed in": the reflexive stresses the subject
        before = _REFLEXIVE_END.sub(lambda m: " " * len(m.group(0)), before)
    lower = _LOWER_BODY_WITH_ACRONYM.fullmatch(before.strip()) if "(" in before else None
    if lower is not None and _lower_initials_hold(lower.group(1), lower.group(2)):
        # "The directorate general of foreign trade (DGFT) prohibited ...": the body, by its
        # acronym
        return Subject("group", lower.group(2), start=clause_start + before.find(lower.group(2)))
    joined = _JOINED_NAME_ACRONYM.fullmatch(before.strip()) if "(" in before else None
    if joined is not None and _initials_hold(joined.group(1), joined.group(2)):
        # "The opposition Party of Progress and Socialism (PPS) said": one body, by its
        # acronym's initials, whatever word describes it before its name
        name = joined.group(1)
        return Subject("group", name, start=clause_start + before.find(name))
    headed = _BODY_ACRONYM_HEAD.fullmatch(before.strip()) if "(" in before else None
    if headed is not None:
        # "The International Monetary Fund (IMF) Executive Board is expected to ...", "And
        # Zambia Association of Manufacturers (ZAM) President says ...": the body speaks
        name = headed.group(1)
        return Subject("group", name, role=headed.group(2), start=clause_start + before.find(name))
    if "(" in before:  # "the Capital Markets Board (SPK) said": the acronym is no word of it,
        # nor a member's group and country ("Ana Lind (Renew, Finland)")
        before = _ACRONYM_ASIDE.sub(lambda m: " " * len(m.group(0)), before)
        before = _AFFILIATION_ASIDE.sub(lambda m: " " * len(m.group(0)), before)
        if before.rstrip().endswith(")"):  # "Minister of Finance Liis Rand (Reform) said":
            # a party's name after a person's
            party = _PARTY_NAME_ASIDE.search(before)
            last_two = before[: party.start()].split()[-2:] if party is not None else []
            if party is not None and len(last_two) == 2 and all(w[:1].isupper() for w in last_two):
                before = before[: party.start()] + " " * len(party.group(1))
    which = _RELATIVE_OBJECT_SUBJECT.search(before)
    if which is not None:  # "a specific license, which OFAC said it would consider": OFAC
        found = parse_np(which.group(1), clause_start + which.start(1), index)
        if found is not None and found.kind in ("name", "group"):
            return found
    who = _RELATIVE_WHO.search(before)
    if who is not None:  # "... came from Councilwoman Ann Lo, who said ...": Ann Lo
        antecedent = _antecedent(before[: who.start()], clause_start, index)
        if antecedent is not None:
            return antecedent
    which = _RELATIVE_WHICH.search(before)
    if which is not None:  # "... a complaint by the European Bus Manufacturers' Group (EBMG),
        # which welcomed the decision ...": the body named right before it
        head = _ACRONYM_ASIDE.sub(lambda m: " " * len(m.group(0)), before[: which.start()])
        antecedent = _antecedent(head.rstrip(), clause_start, index, bodies=True)
        if antecedent is not None:
            return antecedent
    coordinated = _COORDINATED_VERB.search(before) if before.endswith(" ") else None
    if coordinated is not None:
        # "she ruled out raising income tax, National Insurance or VAT, but refused to ...":
        # the verb shares the subject of the verb before it, a pronoun opening the clause
        opening, cut = _strip_leading(before[: coordinated.start()])
        pronoun = OPENING_PRONOUN.match(opening)
        if pronoun is not None:
            return Subject("pronoun", pronoun.group(1).lower(), start=clause_start + cut)
    if text[verb_end - 3 : verb_end] == "ing" and before.rstrip().endswith(","):
        # "He flagged the move on Monday, telling ABC Radio that ...": a participle after a
        # comma shares the subject of the clause, a pronoun opening it
        opening, cut = _strip_leading(before)
        pronoun = OPENING_PRONOUN.match(opening)
        inner = _ONE_WORD_ASIDE.sub("", opening[: opening.rstrip().rfind(",")])
        if pronoun is not None and "," not in inner:
            return Subject("pronoun", pronoun.group(1).lower(), start=clause_start + cut)
    if ", " in before and " and " in before:
        listed = _BODY_LIST.search(before)
        if listed is not None:  # "the Ministry of Economy, Trade and Industry said"
            name = listed.group(1)
            skip = 4 if name.startswith("The ") else 0
            return Subject("group", name[skip:], start=clause_start + listed.start(1) + skip)
    subject = None
    tail = text[verb_end:clause_end]
    comma = before.rstrip().rfind(", ")
    if comma > 0 and before.count(",") >= 2 and _TITLE_OF_LIST.search(before) is not None:
        listed = _LISTED_PORTFOLIO_TITLE.search(before)
        while listed is not None and listed.end() < len(before.rstrip()):
            listed = _LISTED_PORTFOLIO_TITLE.search(before, listed.end())
        if listed is not None and listed.group(2) and listed.start() > 0:
            # "..., Second Vice Minister of Trade, Industry and Energy Yeom Dong-seok said":
            # the list's commas are no trailing attribution's
            return parse_np(before[listed.start() :], clause_start + listed.start(), index)
    if (
        comma > 0
        and (
            len(_WORDS.findall(before[:comma])) > 6
            or _FINITE_WORD.search(before, 0, comma) is not None
        )
        and len(
            _WORDS.findall(
                _CLAUSE_BREAK.split(
                    # (the occasion after the cue is no clause: "said in a statement carried
                    # by the Saudi Press Agency, describing ...")
                    _TAIL_OCCASION.sub("", _TALLY_AFTER.sub("", tail), count=1),
                    maxsplit=1,
                )[0]
            )
        )
        <= 6
        and "that" not in tail.split()
    ):
        # a trailing attribution: "..., the White House said Monday."
        last = before[comma + 2 :]
        while _PARTY_TAG.match(last.strip(" ,")) or _PAREN_TAG.match(last.strip(" ,")):
            comma = before.rfind(", ", 0, comma)
            if comma < 0:
                break
            last = before[comma + 2 :]
        if (
            comma > 0
            and (
                # (a body's acronym after "or" adds no word: "the Bangladesh Bureau of
                # Statistics or BBS said on Monday")
                len(_WORDS.findall(_OR_ACRONYM.sub("", last))) <= 6
                # (or a body's long name: "the Bureau of National Statistics of the Agency for
                # Strategic Planning and Reforms reported on March 3")
                or (len(_WORDS.findall(last)) <= 14 and _LONG_BODY_NAME.fullmatch(last.strip()))
                # "..., an official source at the Ministry of Energy said": one at a body
                or (len(_WORDS.findall(last)) <= 9 and _ONE_AT_BODY.match(last) is not None)
                # "..., the Deputy Prime Minister and Minister for Finance announced"
                or (len(_WORDS.findall(last)) <= 14 and _OFFICE_CHAIN.fullmatch(last.strip()))
            )
            and not _RELATIVE_OPENING.match(last)
            # (not "Harold Voss, who farms near Kearney, Neb., said": a town's state)
            and last.strip(" ,").rstrip(".") not in _STATE_ABBREVIATIONS
        ):
            # (not "Rep. Ana Ruiz, D-Ariz., whose district includes Nogales, called ...")
            subject = parse_np(last, clause_start + comma + 2, index)
            if subject is not None and (
                (subject.kind == "pronoun" and subject.text not in ("he", "she"))
                or (subject.kind == "group" and subject.role is not None)
            ):
                subject = None  # (an unnamed "U.S. official" after a named actor's act)
    if subject is None and text[verb_end - 3 : verb_end] == "ing":
        # a participle after "with": "..., with Governor Jane Doe saying Friday that ..."
        w = _WITH_SUBJECT.search(before)
        if w is not None:
            subject = parse_np(w.group(1), clause_start + w.start(1), index)
    if subject is None and before.strip(" ,—–-"):
        # "The rules committee, on which Roy sits, had cleared ...": not the relative's subject
        before = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group(0)), before)
        subject = parse_np(before, clause_start, index)
    if subject is None and not before.strip(' ,—–-“”"'):
        after = text[verb_end:clause_end]
        after = _AFTER_CUE.sub(" ", after)
        subject = parse_np(after.split(".” ")[0].rstrip(". "), verb_end, index)
    return subject


# One unnamed at a body: "an official source at the Ministry of Energy", "a senior official
# at the finance ministry", "a spokesperson for the European Commission".
_ONE_AT_BODY = re.compile(
    r"\s*(?:an?|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:officials?|sources?|spokes\w+"
    r"|aides?|diplomats?|executives?)\s+(?:at|in|of|for|from|with)\s+(?:the\s+)?[A-Z]"
)
# An occasion right after a trailing cue: "said | in a statement carried by the Saudi Press
# Agency".
_TAIL_OCCASION = re.compile(
    r"^\s*in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|note|release)\b[^,;.]*"
    # (or the clause of the occasion: "announced when he delivered the 2023-2024 National
    # Budget in Parliament yesterday afternoon")
    r"|^\s*(?:when|as|while)\s+(?:he|she|they)\s+(?:delivered|presented|read|tabled|unveiled"
    r"|addressed|opened|closed|spoke|met)\b[^,;.]*"
)
# An occasion in commas after the subject: "Okafor, in a radio interview that aired Sunday,
# agreed that ..." (no word between the subject and its verb).
_OCCASION = (
    r"(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:interview|speech"
    r"|statement|letter|briefing|conference|hearing|appearance|post|podcast|op-ed|report)"
)
OCCASION_ASIDE = re.compile(rf",\s+{_OCCASION}\b[^,]*,")
# A relative clause or a participle in commas after the subject: ", on which Roy sits,",
# ", whose chair ...,", ", speaking on condition of anonymity,".
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:(?:on|in|of|for|to|with|at|from|by|under)\s+)?(?:which|whom|whose)"
    # (a place with its state may stand inside: ", speaking in Prince George, B.C., on ...,")
    rf"|speaking|writing|asked|pressed|{_OCCASION})"
    r"\b(?:[^,]|,(?=\d))*(?:,\s+[A-Z][A-Za-z.]{0,12}(?=,))*,"  # ("represents 40,000 firms")
)
# A member's group and country in parentheses after a name, as parliaments' news gives them:
# "Anneli Korhonen-Vass (Renew, Finland)", "Jonas Weber (EPP, DE)".
_AFFILIATION_ASIDE = re.compile(
    r"(?<=\w)\s+\((?:[A-Z][\w&/+.-]*\s?){1,3},\s*[A-Z][\w.'’ -]{1,30}\)(?=[\s,])"
)
# A party's one-word name in parentheses after a person's full name, at the end of the
# subject: "Liis Rand (Reform)", "Tanel Kask (Center)".
_PARTY_NAME_ASIDE = re.compile(r"(?<=[a-z])(\s+\([A-Z][a-z]{2,15}\))(?=\s*$)")
# An acronym in parentheses after a name: "the Congressional Budget Office (CBO)".
# (with a party's place, as Le Monde prints it: "The Rassemblement National (RN, far right)")
_ACRONYM_ASIDE = re.compile(
    r"(?<=\w)\s+\([A-Z][A-Z0-9&.-]{1,9}(?:,\s+[a-z][a-z -]{1,20})?\)(?=[\s,])"
)
# A phrase that links a sentence to the one before, with its comma: "Looking ahead, ...",
# "Separately, ...", "Elsewhere, ...".
_DISCOURSE_OPENER = re.compile(
    r"\s*(?:Looking\s+ahead|Looking\s+forward|Separately|Elsewhere|Meanwhile|In\s+addition"
    r"|Also|Still|However|Nevertheless|Instead|Otherwise|Further|Moreover|Finally|Next|Then),\s+"
)
# An office's portfolios up to the "and" before the last one: "Minister of Trade and",
# "Secretary for Finance, Planning and".
_PORTFOLIOS_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+[A-Z][\w’'-]*)*,?\s+and$"
)
# A participle of speaking that opens the sentence, with its comma: "Speaking before the vote,
# ", "Explaining his abstention after the vote, ", "Replying to questions, ".
_SPEAKING_OPENER = re.compile(
    r"\s*(?:Speaking|Explaining|Replying|Responding|Writing|Testifying|Commenting|Introducing"
    r"|Presenting|Addressing|Opening|Closing|Summing\s+up|Wrapping\s+up"
    # a participle of setting out a measure: "Setting out the Energy Profits Levy in the
    # Commons shortly after 11.30am, he said" (its object is no subject)
    r"|Setting\s+out|Laying\s+out|Outlining|Unveiling|Announcing|Delivering|Launching"
    r"|Defending|Detailing|Tabling|Reacting|Welcoming"
    # a ruling or a budget handed down: "Handing down the annual wage review in Melbourne
    # shortly after 10am on Friday, the commission's expert panel lifted ..."
    r"|Handing\s+down|In\s+handing\s+down|Releasing|Publishing)\b"
    # (a date's comma and a clock in brackets may stand inside it: "Speaking in the National
    # Assembly at about 11:00 a.m. on Thursday, 8 July (4:00 p.m. AWST), the minister said")
    r"(?:[^,;:\n“”\x22(]|(?<=\d):(?=\d)|\([^)\n]{0,40}\)|,\s+(?=\d{1,2}\s+[A-Z][a-z]|[A-Z][a-z]+\s+\d)"
    # a programme's name in apposition: "Speaking on Channels Television's breakfast
    # programme, Sunrise Daily, on Monday morning, the TUC President ... said"
    r"|,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?:on|at|in)\s))*"
    r",\s+"
    # and a clause of time after it: "Announcing the decisions at a press conference close to
    # 10.30 p.m., after a meeting that stretched for more than 10 hours, the minister said"
    r"(?:(?:after|before|following|ahead\s+of)\s[^,;:\n“”\x22]{3,100},\s+)?"
)
# A time told from the story's own thread, with its comma: "That June, ", "The same week, ",
# "The following spring, ".
_THAT_TIME_OPENER = re.compile(
    r"\s*(?:(?:That|The\s+same|The\s+following|The\s+next)\s+(?:" + _MONTH_WORDS
    + r"|spring|summer|autumn|fall|winter|year|week|month|day|morning|afternoon|evening|night)"
    # "As recently as Thursday, the commerce ministry said ...", "As early as March, ..."
    r"|As\s+(?:recently|late|early|long\s+ago)\s+as\s+[^,\n]{1,30})"
    r",\s+"
)
# A one-word aside in commas: ", though,", ", however,", ", too,".
_ONE_WORD_ASIDE = re.compile(r",\s+(?:though|however|too|also|again|then|instead)(?=,|$)")
# A relative clause's opening word: "whose district includes ...".
_RELATIVE_OPENING = re.compile(r"\s*(?:whose|which|who|whom|where|when)\b")
# A time between a subject and its verb: "The DGTR last week initiated ...", "Trump on Friday
# named ...", "the ministry earlier this month said ...".
_TRAILING_TIME = re.compile(
    r"(?<=\S)\s+(?:(?:last|this|next)\s+(?:week|month|year|" + _WEEKDAY_WORDS + r")"
    r"|(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)"
    r"|(?:on\s+|late\s+|early\s+)?" + _WEEKDAY_WORDS + r"(?:\s+(?:morning|afternoon|evening|night))?"
    # a weekday with its date between commas: "The President on Monday, July 22, declared"
    r"|on\s+" + _WEEKDAY_WORDS + r",\s+" + _MONTH_WORDS + r"\s+\d{1,2},"
    r"|yesterday|today|overnight|tonight"
    # "PARLIAMENT last night threw out ...", "The PBOC last cut ... on July 22"
    r"|(?:last|this)\s+(?:night|morning|afternoon|evening)|last)\s*$"
)
# A possessive pronoun before a name that opens the subject: "Her Centro Democrático party",
# "Its Ministry of Industry and Trade".
_OWNER_PRONOUN = re.compile(
    r"\s*(?:Her|His|Their|Its)\s+(?=[A-Z][\w’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z])"
)
# The label of a newsletter's bullet, up to its colon: "• The ratings angle: ", "• Why it
# matters: " (a few words, what follows opens with a capital).
_BULLET_LABEL = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}:\s+(?=[A-Z“\x22])")
# A newsletter's run-in heading of capitalised words before a sentence that opens with a
# subject of its own: "Appellate Body: The United States ...", "Panel Watch: The EU said ..."
# (not "Powell: Rates will stay ...", a headline's speaker).
RUN_IN_HEADING = re.compile(
    r"\s*(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*:[^\S\n]+"
    r"(?=(?:The|A|An)\s+[A-Z]|[A-Z][\w.’'-]*\s+[A-Z][\w.’'-]*\s+[a-z])"
)
# A relative clause whose subject is named between "which" and the verb: ", which OFAC said
# it would consider", ", which the ministry said would ...".
_RELATIVE_OBJECT_SUBJECT = re.compile(
    r",\s+(?:which|that)\s+((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4}"
    r"|the\s+(?:ministry|department|bank|government|agency|commission|committee|council"
    r"|office|board))\s+(?:also\s+|later\s+|has\s+|had\s+)?$"
)
# A relative "who" right before the verb: its subject is the name before the comma.
_RELATIVE_WHO = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+)?$")
_RELATIVE_WHICH = re.compile(r",\s+which\s+(?:also\s+|later\s+|then\s+)?$")
# A body's capitalised name at the end of a phrase, "of" and "and" inside it: "... for the Bank
# of Japan", "a blow to Acme Corp."
_BODY_NAME_END = re.compile(
    r"((?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*[A-Z][\w’'.&-]*)\s*$"
)


def _antecedent(head: str, offset: int, index: NameIndex, bodies: bool = False) -> Subject | None:
    """The person named last in ``head``, right before its end (an apposition aside): the
    antecedent of a relative "who"; with ``bodies``, a body named so too (of "which")."""
    if bodies:
        named = _BODY_NAME_END.search(head)  # "the Bank of Japan", "Acme Corp."
        if named is None:
            return None
        found = parse_np(named.group(1).rstrip("."), offset + named.start(1), index)
        if found is not None and found.kind == "group" and found.text[:1].isupper():
            return found
        return None
    last = None
    for m in _NAME_RUN_SCAN.finditer(head):
        last = m
    if last is None or len(_WORDS.findall(head, last.end())) > 0:
        return None
    found = parse_np(last.group(0), offset + last.start(), index)
    if found is None:
        return None
    if found.kind == "name" and not bodies:
        return found
    if bodies and found.kind == "group" and found.text[:1].isupper():
        return found
    return None


# Role words that name the same office.
_CHAIRS = ("chair", "chairman", "chairwoman", "chairperson")
_SAME_ROLE: dict[str, tuple[str, ...]] = {word: _CHAIRS for word in _CHAIRS}
# (a court's judge by either word: "the judge said" of "Tāwhai-Grant J" or "Justice Ann Roe")
_SAME_ROLE.update({"judge": ("justice",), "justice": ("judge",)})


def _role_head(role: str) -> str:
    """The office a role names, lower-cased: "President of Mexico" is "president"; "vice
    president", "former governor" name another."""
    words = role.lower().split(" of ")[0].split()
    if not words or words[0] in ("vice", "deputy", "former", "ex", "acting", "assistant"):
        return ""
    return words[-1]


# Honorifics used with a given name alone on second reference ("Sir Edmund", "Dame Ann").
_GIVEN_NAME_HONORIFICS = frozenset(("Sir", "Dame", "Lord", "Lady"))


# An office by its body's initials, as a name: "BoZ Governor", "GTU President".
_INITIALS_OFFICE = re.compile(r"(?=[A-Z][a-z]?[A-Z])[A-Z][A-Za-z]{1,5}\s+[A-Z][a-z]+")
#: The words that make an office another of lower rank: "vice president", "deputy governor".
OFFICE_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "under"})


class Registry:
    """The people of one article, with pronoun resolution by recency and gender."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.people: dict[str, Person] = {}
        self.recent: list[str] = []

    def person(self, subject: Subject, position: int) -> Person:
        """Register (or update) the person named by a ``name`` subject."""
        tokens = subject.text.split()
        if len(tokens) == 2 and tokens[0] in _GIVEN_NAME_HONORIFICS:
            # "Sir Edmund", "Dame Ann": the knight's given name, for "Sir Edmund Hale"
            known = {
                name
                for _, name in self.index.first.get(tokens[0], []) + self.index.first.get(tokens[1], [])
                if len(name.split()) > 2 and name.split()[:2] == tokens
                or len(name.split()) == 2 and name.split()[0] == tokens[1]
            }
            if len(known) == 1:
                tokens = known.pop().split()
        elif len(tokens) >= 2 and _clean_token(tokens[-1]) not in self.people:
            # "Nurul Huda" after "Nurul Huda Zainal Abidin", "Ana María" after "Ana María
            # Ruiz Soto": the opening names of someone named in full before
            longer = {
                p.name
                for p in self.people.values()
                if p.name.split()[: len(tokens)] == tokens and len(p.name.split()) > len(tokens)
            }
            if len(longer) == 1:
                tokens = longer.pop().split()
        surname = _clean_token(tokens[-1])
        full = " ".join(tokens) if len(tokens) >= 2 else self.index.expand(surname, position)
        key = full.split()[-1]
        person = self.people.get(key)
        if person is None:
            person = Person(full)
            role = self._title_role_of(full)
            person.role = role
            self.people[key] = person
        elif len(full) > len(person.name) and full.split()[-1] == person.surname:
            person.name = full
        if subject.role and (person.role is None or person.role in ("senator", "representative")):
            person.role = subject.role
        if subject.title:
            first = subject.title.split()[0]
            person.title = person.title or first
            if first in _COURTESY_MALE:
                person.gender = "m"
            elif first in _COURTESY_FEMALE:
                person.gender = "f"
        if subject.party:
            person.party = subject.party
        return person

    def _title_role_of(self, full: str) -> str | None:
        return self.index.full_titles.get(full.split()[-1])

    def by_role(self, role: str) -> Person | None:
        """The person the article calls ``role`` by title ("President Trump" for "the president")."""
        word = role.split()[-1].lower()
        rank = OFFICE_RANKS.intersection(role.lower().replace("-", " ").split())
        if rank:
            # "the vice president", "the deputy governor": a person of that rank's office,
            # never the president's or the governor's
            for person in reversed([self.people[k] for k in self.recent]):
                held = (person.role or "").lower().replace("-", " ").split()
                if rank.issubset(held) and _role_head(person.role or "") == word:
                    return person
            return None
        name = self.index.title_roles.get(word)
        for other in _SAME_ROLE.get(word, ()):  # "the chairman": "Fed Chair Jerome Powell"
            name = name or self.index.title_roles.get(other)
        if name is None:
            for person in reversed([self.people[k] for k in self.recent]):
                if (
                    person.role is None
                    and _INITIALS_OFFICE.fullmatch(person.name)
                    and person.name.rsplit(None, 1)[-1].lower() == word
                ):
                    return person  # "the governor": "the BoZ Governor" the article named
                if person.role and (
                    person.role.lower() == role.lower()
                    or (
                        _role_head(person.role) == word
                        and not OFFICE_RANKS.intersection(person.role.lower().split())
                    )
                ):
                    return person  # "the president": "the President of Mexico, Ana Ruiz"
            return None
        key = name.split()[-1]
        if key in self.people:
            return self.people[key]
        full = self.index.expand(key, 10**9) if len(name.split()) == 1 else name
        person = Person(full, role=self.index.full_titles.get(key, word))
        self.people[key] = person
        return person

    def touch(self, person: Person) -> None:
        """Mark ``person`` as the most recent subject."""
        key = person.surname
        if key in self.recent:
            self.recent.remove(key)
        self.recent.append(key)

    def pronoun(self, word: str) -> Person | None:
        """Resolve he/she to the most recent compatible person and learn the gender."""
        gender = {"he": "m", "she": "f"}.get(word.lower())
        if gender is None:
            return None
        for key in reversed(self.recent):
            person = self.people[key]
            if not person.is_person:
                continue
            if person.gender in (None, gender):
                person.gender = gender
                return person
        return None
