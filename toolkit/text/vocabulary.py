"""The words that the statement rules look for, as data.

Each category is one tuple, with a comment that gives a sentence it is for. The regular
expressions built from them are in :mod:`toolkit.text.patterns`, where the stage modules take
them from.

An entry is a word or a phrase. A space in it stands for any run of white space, and a final
``s?`` (or ``es?``) marks an ending that may be there or not (``"tariffs?"``: "tariff" and
"tariffs"). The order of a tuple is kept in the pattern built from it.

The cue verbs of reported speech are :data:`toolkit.text.speakers.CUE`; the month and weekday
names are :data:`toolkit.text.timex.MONTHS` and :data:`~toolkit.text.timex.WEEKDAYS`.
"""

from __future__ import annotations

# -- kinds: scheduled events, actions, market remarks ---------------------------------------

# The event of a future construction: "Powell will testify before the Senate on Tuesday",
# "the committee plans to vote next week", "the tariffs are set to take effect on Friday".
EVENT_VERBS: tuple[str, ...] = (
    "testify", "meet", "introduce", "vote", "announce", "speak", "hold", "travel", "visit",
    "sign", "release", "decide", "impose", "unveil", "address", "deliver", "appear", "host",
    "attend", "consider", "take up", "present", "publish", "begin", "start", "raise", "cut",
    "lower", "hike", "negotiate", "discuss", "brief", "file", "issue", "respond", "retaliate",
    "levy", "lift", "pause", "delay", "extend", "debate", "gather", "convene", "be held",
    "take place", "take effect", "come into force", "resume", "mark up", "certify", "offer",
    "conduct", "arrive", "launch", "summon", "submit", "table", "rally", "protest", "picket",
    "march", "be published", "be released", "be announced", "be unveiled", "be introduced",
    "be presented", "be debated", "be signed", "be sworn in", "tour", "inspect", "answer",
    # "is expected to make a final decision in November", "will rule on the appeal"
    "make a decision", "make a final decision", "reach a decision", "rule on",
    # "is expected to propose a tenth package", "is due to repay 1.6 billion euros", "is
    # expected to adopt the plan"
    "propose", "repay", "adopt", "auction",
    # a payment to come: "the first payments will be credited to bank accounts this Friday"
    "be credited", "be paid", "be paid out", "be disbursed",
    # a protest or a petition to come: "will stage a protest opposite the ministry on
    # Thursday", "would ask the Ombudsman next week to refer the ordinance"
    "stage", "ask",
)

# A measure's passage to come, as a sentence of its own announces it ("The budget bill is
# expected to be tabled next month"); inside a remark it is the remark's news, not an event
# of its own ("He said the bill would be tabled next week").
MEASURE_EVENT_VERBS: tuple[str, ...] = ("be tabled", "be voted on", "be adopted")

# The present tense of events that a calendar announces: "The ECB meets again on March 19",
# "negotiators meet in Geneva next week", "the Treasury announces its estimate on Monday".
EVENT_VERBS_PRESENT: tuple[str, ...] = (
    "meets", "meet", "votes", "testifies", "announces", "releases", "publishes", "reports",
    "report", "convenes", "convene", "decides", "holds", "hold", "begins", "begin", "resumes", "resume", "starts",
    "start",
    "travels", "visits", "hosts", "host", "marks up", "takes up", "take up", "gathers", "gather",
    "vote", "debate", "debates", "speaks", "appears", "delivers", "presents", "unveils",
    "briefs", "hears", "auctions", "sells", "reviews", "sets",
)

# A past-tense policy act: "The Commerce Department imposed tariffs on Tuesday", "the Senate
# passed the bill". An act needs a policy object nearby unless it is a communicative verb or
# names a policy act by itself (:data:`SELF_POLICY_VERBS`).
ACTION_VERBS: tuple[str, ...] = (
    "imposed", "introduced", "approved", "passed", "voted", "signed", "vetoed", "unveiled",
    "submitted", "begun", "walked out", "boycotted", "presented", "delivered", "handed down",
    "issued", "ordered", "levied", "slapped", "raised", "lowered", "paused", "suspended",
    "delayed", "exempted", "retaliated", "blocked", "struck", "reached", "agreed", "filed",
    "sued", "launched", "decided", "lifted", "extended", "moved to", "published", "released",
    "rejected", "defeated", "began", "started", "sanctioned", "blacklisted", "resigned",
    "dissolved", "stepped down", "ended", "held", "scrapped", "abolished", "halted",
    "tightened", "hiked", "kept", "left", "removed", "reinstated", "restored", "doubled",
    "expanded", "scaled back", "rolled back", "phased out", "cut", "trimmed", "adopted", "added",
    "sent", "withdrew", "loosened", "eased", "broadened", "opened", "required", "ruled",
    "tabled", "banned", "barred", "prohibited", "dissented", "designated", "muscled", "rammed", "jammed",
    "pushed", "steered", "shepherded", "forced", "intervened", "initiated", "convened",
    "placed", "let", "reduced", "upheld", "overturned", "annulled", "quashed", "struck down", "vacated",
    # a currency's band: "The State Bank of Vietnam has widened the dong's trading band"
    "widened", "narrowed",
    "walked off the job", "went on strike",
    "fined", "overrode", "revoked", "repealed", "enacted", "ratified", "slashed", "froze",
    "curbed", "restricted", "postponed", "canceled", "cancelled", "renewed", "authorized",
    "authorised", "turned down", "gave", "declared", "set aside", "lodged", "set",
    "finalized", "finalised", "amended", "rescinded", "waived", "terminated", "implemented",
    "rolled out", "relaxed", "endorsed", "granted", "withheld", "cleared", "devalued",
    "revalued", "repegged", "downgraded", "upgraded", "hit back", "struck back",
    "reimposed", "re-imposed", "promulgated", "gazetted", "took the decision", "proposed",
    "withdrawn", "toppled", "brought down", "instructed", "directed", "accepted", "read",
    "threw out", "walked away from", "pulled out of", "flew to", "travelled to", "traveled to",
    # a lockout; a move with its day before "to": "The federal government moved Thursday to end"
    "locked out", r"moved (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day to",
    "took a decision",
    # a central bank's rates moved; a lender's review completed; a requirement dropped (each
    # with its object: see patterns._ACTION_GUARDS)
    "moved", "changed", "completed", "dropped",
    "assented to", "served notice",
    # "The United States government formalized this Wednesday a 50% tariff"
    "formalized", "formalised",
    # a case brought ("The European Commission took Malta to court in March 2023": the guard
    # in patterns asks for the court)
    "took",
)

# An act that is a policy act by itself, with no object: "The minister resigned on Friday",
# "Washington sanctioned the bank".
SELF_POLICY_VERBS: tuple[str, ...] = (
    "sanctioned", "blacklisted", "resigned", "dissolved", "stepped down", "ruled", "dissented",
    "designated", "intervened", "took the decision", "took a decision", "locked out",
    # an official's journey for talks: "Finance Minister Ana Ruiz flew to Moscow yesterday"
    "flew to", "travelled to", "traveled to",
    # a protest in a chamber or at the table: "Its members had boycotted the second reading"
    "boycotted",
    # a court's acts: "upheld a decision", "annulled the fine", "struck down the law"
    "upheld", "overturned", "annulled", "quashed", "struck down", "vacated", "fined",
    # a declaration ("declared the drought a national disaster": ACTION's guard asks for it)
    "declared",
    # a court's act: "The High Court on Friday set aside the Minister's refusal"
    "set aside",
    # a ban on someone's doing: "barred brokers from selling securities held by foreigners",
    # "banned residents from transferring currency abroad"
    "barred", "banned", "prohibited",
    # a strike: "About 45,000 dockworkers walked off the job at 12:01 a.m. Tuesday"
    "walked off the job", "went on strike",
    # a government brought down (the guard in patterns asks for the government after it)
    "toppled", "brought down",
    # a head of state's assent: "The President assented to the Act last month"
    "assented to",
    # a suit at law: "the American Bankers Association sued the bureau in federal court"
    "sued",
    # a strike's notice: "The union served notice of the strike last week"
    "served notice",
)

# The same acts in the present tense, as a timeline tells them: "Feb. 1 — Trump signs an
# order imposing tariffs."
ACTION_VERBS_PRESENT: tuple[str, ...] = (
    "signs", "imposes", "announces", "agrees", "exempts", "responds", "drops", "suspends",
    "starts", "pauses", "raises", "lifts", "delays", "unveils", "issues", "orders", "levies",
    "retaliates", "blocks", "strikes", "reaches", "files", "sues", "launches", "decides",
    "extends", "publishes", "releases", "rejects", "approves", "passes", "votes", "vetoes",
    "introduces", "sanctions", "restores", "doubles", "halts", "ends", "hikes", "slaps",
    "proposes", "meets", "flies", "initiates", "convenes",
)

# Acts a timeline tells in the present tense, as lemmas (each in its base and third-person
# forms, ``patterns.verb_forms``: "Feb. 1: the EU adopts quotas", "March 9 — ambassadors
# endorse the list", "tariffs take effect"). In a timeline entry every such verb is an act.
TIMELINE_LEMMAS: tuple[str, ...] = (
    "adopt", "open", "endorse", "meet", "take effect", "enter into force", "go into effect",
    "come into force", "send", "name", "nominate", "hold", "cut", "raise", "lower", "hike",
    "impose", "sign", "announce", "agree", "approve", "pass", "vote", "veto", "reject",
    "launch", "file", "sue", "expand", "widen", "add", "remove", "extend", "lift", "suspend",
    "pause", "delay", "restore", "reinstate", "publish", "release", "issue", "order",
    "unveil", "introduce", "propose", "block", "halt", "end", "scrap", "exempt", "sanction",
    "retaliate", "respond", "strike", "reach", "decide", "begin", "start", "drop", "double",
    "tighten", "ease", "loosen", "resume", "rule", "overturn", "uphold", "threaten", "warn",
    "confirm", "finalize", "finalise", "clear", "withdraw", "return", "override", "sell",
    "buy", "intervene", "promulgate",
    # a diary's entries: "Monday: Fed President Ann Roe speaks in Dallas", "MEPs debate ..."
    "speak", "testify", "debate", "kick off", "visit", "host", "auction", "take questions",
)

# A nominal act, taken by its possessor: "The president's decision last week to impose ...".
NOMINALS: tuple[str, ...] = ("decision", "move", "order", "announcement", "plan")

# The verb after a nominal act: "the move to pause the tariffs".
NOMINAL_VERBS: tuple[str, ...] = (
    "impose", "raise", "pause", "lift", "suspend", "cut", "exempt", "delay", "levy", "propose",
    "announce", "extend", "expand",
)

# What a policy act acts on, in any case: "imposed tariffs", "introduced a bill", "signed the
# agreement", "extended the production cuts".
POLICY_OBJECTS: tuple[str, ...] = (
    "tariffs?", "duties", "rates?", "bill", "measures?", "resolution", "orders?", "deals?",
    # a deal a government may block or clear: "blocked Nippon Steel's takeover of US Steel"
    "takeover", "mergers?", "acquisitions?",
    # a currency's regime: "widened the dong's trading band", "adjusted the corridor"
    r"(?:trading\s+)?band", "peg", "corridor",
    "agreement", "sanctions", "bans?", "levy", "legislation", "laws?", "exemptions?", "pause",
    "talks", "plan", "policy", "amendment", "veto", "negotiations?", "imports?", "exports?",
    "lawsuit", "restrictions", "controls", "truce", "accord", "framework", "balance sheet",
    "stimulus", "list", "caps?", "countermeasures", "curbs", "cuts?", "output", "production", "quotas?",
    "instrument", "programs?", "budgets?", "package", "treaty", "surcharges?", "memorandum", "currency",
    "ordinance", "rules?", "benchmark", "letters?", "inquiry", "investigation", "probe",
    "licen[cs]es?", "endorsement", "nomination", "compromise", "version", "proposals?",
    "memos?", "objections?", "reforms?", "overhaul", "tax(?:es)?", "fees?", "spending",
    # a bill's main text, voted before its amendments: "The main text had been approved late
    # on Tuesday by 372 votes to 108"
    r"(?:main|basic|final)\s+text",
    # a rule's requirement: "The agency dropped that requirement after heavy pushback"
    "requirements?",
    # a labour contract: "members narrowly approved a contract extension"; a wage floor: "the
    # commission's expert panel lifted the national minimum wage by $13 a week"
    "contracts?", r"minimum\s+wages?", r"award\s+rates",
    # a value-added or sales tax by its initials: "VAT was last raised in 2018" (in lower
    # case: the words are matched in the lower-cased text too)
    "vat", "gst",
    # a deadline moved: "extended the deadline for Chevron to wind down its operations"
    "deadlines?",
    # a motion voted on: "voted against the adjournment", "backed the motion"
    "motions?", "adjournment",
    # a rating agency's outlook moved: "cut its outlook for Israel to negative"
    r"outlook\s+(?:for\s+(?:[\w.’'-]+\s+){1,3})?to\s+(?:negative|stable|positive|developing)",
    "borrowing", r"debt\s+(?:brake|ceiling|limit)", "subsid(?:y|ies)",
    "decrees?", "proclamations?", "directives?", "circulars?", "schemes?",
    # a regulator's finding: "EPA issued the endangerment finding in December 2009"
    r"(?<=the\s)(?:[\w-]+\s+)?finding", "regulations?", "waivers?", "mandates?",
    "fines?", "penalt(?:y|ies)", "rulings?", "judgments?", "verdicts?", "notices?", "reports?",
    "freezes?", "reductions?", "hikes?", r"target\s+range",
    # prices a government or a regulator sets: "raised fuel prices", "cut the price of diesel"
    r"(?:fuel|diesel|petrol|gasoline|kerosene|lpg|butane|electricity|power|bread)\s+prices?",
    # ("raised the prices of all fuel oils", "the price of urea fertiliser")
    r"prices?\s+of\s+(?:all\s+)?(?:[\w-]+\s+)?(?:fuel|diesel|petrol|gasoline|kerosene|lpg"
    r"|butane|electricity|bread|urea|fertili[sz]ers?|rice|cooking\s+gas|natural\s+gas|crude"
    r"|oil)",
    "injunctions?",
    # a licensing step or a debt's service: "halted the certification of the pipeline",
    # "suspended payments on most of its external debt"
    "certification", "approvals?", "permits?", "payments",
    # what a body decides on: "turned down the company's request", "rejected the petition"
    "requests?", "applications?", "petitions?", "appeals?", "motions?", "amendments",
    # a ship struck from a flag's register: "struck the ship from its register"
    "register", "registry",
    # a fishery's limit: "set the total allowable catch for 2017 at 140,000 tonnes"
    r"(?:total\s+allowable\s+)?catch(?:\s+limits?)?(?=\s+(?:for|at|of)\b)",
    # a central bank's move by its size: "had cut by a quarter point at its previous meeting"
    r"by\s+(?:a\s+)?(?:quarter|half)[- ]points?", r"by\s+[\d.]+\s+percentage[- ]points?",
    # a rating agency's act: "cut Croatia's rating by one notch", "lowered its outlook on the
    # triple-A ratings to negative" (not a poll's "approval ratings")
    r"(?<!approval\s)ratings?", r"outlook(?=\s+on\b)",
    # a regulator's guidance: "the Treasury published guidance for shippers"; an inquiry's
    # findings: "had set out its provisional findings in February"
    "guidance", r"(?:provisional|interim|preliminary|final)\s+findings",
    # a consultation opened, a debate closed: "opened a separate consultation on safeguard
    # measures", "filed cloture on an amended stopgap"
    r"consultations?(?!\s+(?:visit|mission|period|paper|document|process)\b)", "cloture",
    # a formal procedure a body opens: "launched the withdrawal procedure", "an excessive
    # deficit procedure"; a labour action held: "held their 12th day of nationwide strikes"
    "procedure", r"strikes?(?!\s+(?:a|an)\s)", "walkouts?",
    # a central bank's money: "introduced gold coins in July 2022", "new banknotes"
    "coins", "banknotes", "instructions",
    # a labour dispute's: "moved Thursday to end the shutdown", "ordering binding arbitration"
    "shutdown", "lockouts?", "arbitration",
)

# What a market remark is about, in any case: "Stocks fell", "Treasury yields rose", "the
# dollar weakened", "oil prices jumped".
MARKET_WORDS: tuple[str, ...] = (
    "stocks?", "markets?", "shares", "yields?", "bonds?", "futures", "the dollar", "index",
    "swap rates?",
    # a stock's receipts traded abroad: "SQM's American depositary receipts closed down 18.7%"
    "depositary receipts", "ADRs",
    "indexes", "indices", "equities", "crude", "oil prices", "oil futures", "spreads?",
    "the euro", "the yen", "the yuan", "the pound", "sterling", "gold prices?",
    "copper prices?", "carbon allowances", "carbon prices?",
    # a traded commodity's prices (not "consumer prices", "house prices": figures)
    *(
        f"{good} prices"
        for good in (
            "LNG", "gas", "coal", "wheat", "corn", "soybean", "iron ore", "nickel", "lithium",
            "aluminium", "aluminum", "cocoa", "coffee", "sugar", "palm oil", "silver", "spot",
            "Brent", "crude", "commodity",
        )
    ),
    "ETFs?", "the session", "gold", "the loonie", "monday['’]s session", "tuesday['’]s session",
    "wednesday['’]s session", "thursday['’]s session", "friday['’]s session",
)

# A currency after "the" and maybe a capitalised word: "the Canadian dollar fell".
CURRENCIES: tuple[str, ...] = (
    "dollar", "peso", "rupee", "ruble", "rouble", "franc", "won", "lira", "rand", "real",
    "renminbi", "loonie", "krona", "krone", "zloty", "forint", "yen", "euro", "pound", "yuan",
    "rupiah", "ringgit", "baht", "shekel", "riyal", "dirham", "naira", "hryvnia", "tenge",
    "koruna", "dinar", "shilling", "cedi", "kwacha", "taka", "dong", "leu", "lev", "sol",
    "guarani", "boliviano", "kip", "kyat", "tugrik", "lari", "som", "manat", "dram",
    "króna", "złoty", "rial", "birr", "kwanza", "quetzal", "colón", "crown",
)

# How a market moved: "The S&P 500 fell 2%", "shares were sliding", "stocks gave up gains".
MARKET_MOVES: tuple[str, ...] = (
    "rose", "fell", "gained", "dropped", "slid", "tumbled", "rallied", "surged", "climbed",
    "plunged", "sank", "jumped", "soared", "dipped", "sagged", "advanced", "weakened",
    "suffered",
    "strengthened", "firmed", "rising", "falling", "gaining", "dropping", "sliding",
    "tumbling", "climbing", "jumping", "sinking", "plunging", "slipping", "declined",
    "slumped", "rebounded", "recovered", "gave up", "given up", "giving up", "erased", "pared",
    "buoy", "buoyed", "lifted", "dragged", "wiped out", "lost", "shed", "sold off", "tanked",
    "gave back", "giving back", "had fallen", "had risen", "had sunk", "closed at", "closed up",
    "closed down", "closed higher", "closed lower",
    "spiked", "swung", "slipped", "settled", "widened", "narrowed", "retreated", "ended",
    "finished", "depreciated", "appreciated", "depreciating", "appreciating", "softened",
    "weakening", "strengthening", "crashed", "nosedived", "skidded",
)
# The same moves in the present, as a timeline tells a day's move ("Oct. 10 - The sol weakens
# 0.8 percent"): a move only in a timeline's entry.
MARKET_MOVES_PRESENT: tuple[str, ...] = (
    "weakens", "strengthens", "falls", "rises", "gains", "drops", "slides", "jumps", "climbs",
    "plunges", "tumbles", "rallies", "slumps", "closes", "ends",
)

# A stance, a judgement or an intention that news reports as the subject's position, as it
# reports speech: "Sen. Bo Diaz accused the board of stalling", "Ruiz wants a delay", "Diaz
# endorsed Ruiz", "the governor believes the cuts will pass", "a Daily Ledger poll found most
# voters undecided". A unit with no speech cue and no act is a paraphrase when the subject
# of one of these is a person or a body (the verbs of speech are in ``speakers.CUE``).
STANCE_VERBS: tuple[str, ...] = (
    "accused", "accuses", "blamed", "blames", "endorsed", "endorses", "opposed", "opposes",
    "supported", "supports", "backed", "defended", "defends", "questioned", "attacked",
    "slammed", "slams", "blasted", "blasts", "ripped", "mocked", "mocks", "welcomed",
    "welcomes", "hailed", "hails", "applauded", "condemned", "condemns", "denounced",
    "denounces", "decried", "railed", "refused", "refuses", "wants", "wanted", "hopes",
    "hoped", "believes", "believed", "thinks", "doubts", "doubted", "fears", "feared",
    "worries", "disagreed", "disagrees", "admitted", "admits", "apologized", "apologised",
    "cited", "cites", "pointed to", "referred to", "touted", "touts", "sought", "seeks",
    "proposed", "offered", "challenged", "disputed", "echoed", "embraced", "favors",
    "favours", "called", "calls", "labeled", "labelled", "dubbed", "branded", "characterized",
    "assured", "encouraged", "thanked", "congratulated", "disavowed", "sided with", "voiced",
    "found", "finds", "showed", "shows", "sees", "knows", "considers", "regards", "views",
)

# The same family as lemmas, in every finite form and the participle (``verb_forms`` in
# :mod:`toolkit.text.patterns` writes "criticize" as "criticizes", "criticized",
# "criticizing"; an entry of two words inflects its first: "rail against", "railed against").
# A subject's judgement of someone: "Sen. Bo Diaz criticized the board", "Ruiz lambasted the
# plan", "the union praised the deal".
JUDGEMENT_LEMMAS: tuple[str, ...] = (
    "criticize", "criticise", "attack", "slam", "blast", "rip into", "mock", "ridicule",
    "deride", "belittle", "condemn", "denounce", "decry", "rail against", "lash out",
    "lambaste", "hammer", "chide", "scold", "rebuke", "castigate", "berate", "fault",
    "target", "knock", "pan", "skewer", "excoriate", "disparage", "insult", "taunt", "bash",
    "go after", "take aim", "take on", "hit back", "fire back", "push back", "swipe at",
    "praise", "hail", "applaud", "commend", "laud", "tout", "celebrate", "credit", "thank",
    "congratulate", "welcome", "embrace", "champion", "defend", "vouch for", "herald",
    "trumpet", "extol", "salute", "reject", "repudiate", "disavow", "renounce", "dismiss",
    "question", "challenge", "dispute", "contest", "blame", "accuse", "charge",
    "distance himself", "distance herself", "distance themselves", "distance itself",
)
# Siding with or against someone or something: "Diaz endorsed Ruiz", "the council opposes
# the plan", "Republicans want a vote".
SUPPORT_LEMMAS: tuple[str, ...] = (
    "endorse", "back", "support", "oppose", "favor", "favour", "prefer", "advocate",
    "promote", "push for", "press for", "lobby", "campaign against", "campaign for",
    "fight for", "fight against", "resist", "protest", "object to", "side with",
    "stand by", "come out against", "come out for", "throw support behind", "rally behind",
    "call for", "call on",
)
# What the subject believes, knows, fears or means to do: "the governor believes the cuts
# will pass", "Ruiz plans to run", "the bank refused to comment", "Diaz is seeking a delay".
MIND_LEMMAS: tuple[str, ...] = (
    "believe", "think", "doubt", "fear", "worry", "hope", "want", "wish", "expect", "feel",
    "know", "view", "regard", "consider", "suspect", "recognize", "recognise", "realize",
    "realise", "admit", "concede", "agree", "disagree", "maintain", "reckon", "calculate",
    "project", "forecast", "anticipate", "plan", "intend", "aim", "seek", "try", "attempt",
    "vow", "pledge", "promise", "threaten", "refuse", "decline", "offer", "propose",
    "commit", "swear", "decide", "choose", "opt", "insist", "demand", "urge",
    "appeal", "apologize", "apologise", "regret", "acknowledge", "deny", "confirm",
)
# Talking about something, or putting it a certain way: "Ruiz spoke about trade", "the
# senator mentioned the deficit", "Diaz cast the vote as a betrayal".
TOPIC_LEMMAS: tuple[str, ...] = (
    "mention", "discuss", "talk about", "speak about", "speak of", "speak out", "address",
    "reference", "refer to", "cite", "highlight", "emphasize", "emphasise", "underscore",
    "point to", "describe", "characterize", "characterise", "portray", "paint", "frame",
    "cast", "label", "dub", "brand", "term", "deem", "liken", "compare", "equate", "hint",
    "imply", "outline", "detail", "lay out", "spell out", "sum up", "reveal", "disclose",
    "unveil", "tweet", "retweet", "post", "blog", "email", "recount", "recall", "remind",
    "assure", "reassure", "advise", "recommend", "caution", "testify", "reply", "respond",
    "comment", "complain", "lament", "bemoan", "boast", "brag", "joke", "muse", "vent",
    "grumble", "quip", "talk up", "play down", "downplay", "play up", "weigh in", "echo",
    "voice", "express", "raise concerns", "raise questions", "make the case",
    # an appeal put to an audience: "made a last appeal to deputies, warning that ..."
    "make an appeal", "make a plea", "make a last appeal", "make a final appeal",
    "make a fresh appeal", "make a direct appeal", "make a final plea", "make a last plea",
    "make a personal appeal", "make a last-ditch appeal",
    "make clear", "make it clear", "call", "show", "find", "fixate on", "backpedal on",
    "eye", "preview",
)
# Verbs of speech, for their base forms after a plural subject or an auxiliary ("Republicans
# say ...", "Diaz would only say that ...") and their forms in a headline's title case
# ("Ruiz Says Rates Will Rise"); their other forms are cues already (``speakers.CUE``).
SPEECH_LEMMAS: tuple[str, ...] = (
    "say", "tell", "argue", "insist", "warn", "claim", "contend", "predict", "note",
    "explain", "suggest", "write", "announce", "declare", "observe", "stress",
    "signal", "ask", "answer", "acknowledge", "deny", "urge", "vow", "pledge", "promise",
)
# Forms that the rules in ``verb_forms`` would get wrong, by lemma (the base form is the
# lemma itself): "think", "thought"; "admit", "admitted"; "label", "labeled", "labelled".
IRREGULAR_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "known", "knowing"),
    "feel": ("feels", "felt", "feeling"),
    "seek": ("seeks", "sought", "seeking"),
    "fight": ("fights", "fought", "fighting"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "go": ("goes", "went", "gone", "going"),
    "take": ("takes", "took", "taken", "taking"),
    "come": ("comes", "came", "coming"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "hit": ("hits", "hitting"),
    "cast": ("casts", "casting"),
    "forecast": ("forecasts", "forecasting", "forecasted"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "stand": ("stands", "stood", "standing"),
    "lay": ("lays", "laid", "laying"),
    "spell": ("spells", "spelled", "spelt", "spelling"),
    "make": ("makes", "made", "making"),
    "admit": ("admits", "admitted", "admitting"),
    "commit": ("commits", "committed", "committing"),
    "regret": ("regrets", "regretted", "regretting"),
    "plan": ("plans", "planned", "planning"),
    "slam": ("slams", "slammed", "slamming"),
    "rip": ("rips", "ripped", "ripping"),
    "find": ("finds", "found", "finding"),
    "eye": ("eyes", "eyed", "eyeing"),
    "backpedal": ("backpedals", "backpedaled", "backpedalled", "backpedaling", "backpedalling"),
    "pan": ("pans", "panned", "panning"),
    "opt": ("opts", "opted", "opting"),
    "quip": ("quips", "quipped", "quipping"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "refer": ("refers", "referred", "referring"),
    "prefer": ("prefers", "preferred", "preferring"),
    "dub": ("dubs", "dubbed", "dubbing"),
}

# -- attribution ----------------------------------------------------------------------------

# A conditional opening, whose sentence reports no act: "If the Fed raised rates, he said ...".
CONDITIONALS: tuple[str, ...] = ("If", "Unless", "Should", "Whether")

# Words that open a subordinate clause: "The decision came after the Fed raised rates".
SUBORDINATORS: tuple[str, ...] = (
    "after", "before", "when", "since", "because", "while", "until",
)

# A proper name with a generic head noun, the body being the name: "the OPEC+ group said".
GENERIC_HEADS: tuple[str, ...] = ("group", "bloc", "cartel", "alliance", "coalition")

# Head nouns of bodies that a later "the ministry", "the bank" refers back to: "China's
# Commerce Ministry said ... The ministry added ...".
BODY_WORDS: tuple[str, ...] = (
    "ministry", "bank", "group", "committee", "subcommittee", "department", "commission", "agency",
    "council", "office", "association", "alliance", "federation", "institute", "company",
    # "The bureau is scheduled to release ..." after "the Pakistan Bureau of Statistics"
    "bureau", "chamber",
)

# The verb of a sentence that introduces a person as its subject: "Sen. Bob Corker was more
# cautious.", "Prime Minister Anna Lind struck a softer tone." (any other "-ed" verb too).
INTRODUCTION_VERBS: tuple[str, ...] = (
    "was", "is", "were", "remained", "seemed", "appeared", "struck", "took", "made", "gave",
    "sounded", "kept", "held", "went", "came", "spoke", "met", "sought", "set", "drew",
    # the present of a profile or a feature: "Helena Virta clears her desk today"
    "has", "clears", "leaves", "steps", "takes", "joins", "becomes", "heads", "faces", "remains",
    "retires", "arrives",
)

# -- dating ---------------------------------------------------------------------------------

# A finite verb after a speech cue starts what was said: "said Tuesday that he would ...".
FINITE_VERBS: tuple[str, ...] = (
    "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should",
    "might", "may", "can", "expected", "planned", "wanted", "hoped", "intended", "wants",
    "plans", "expects",
)

# "that" followed by one of these is a demonstrative, not a complement: "repeated that
# message on Friday".
THAT_NOUNS: tuple[str, ...] = (
    "message", "point", "view", "position", "warning", "claim", "argument", "pledge",
    "promise", "stance",
)

# A participle that starts what was said: "he said on Monday, adding that ...".
REPORTING_PARTICIPLES: tuple[str, ...] = (
    "arguing", "saying", "adding", "noting", "citing", "warning",
)

# The occasions a remark can follow, with the stems of the act that is each one (a stem is
# the start of a word; ``\b`` closes a whole word): "told reporters after the vote" takes the
# date of the last act "voted", "passed", "approved", ...
OCCASIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decision", ("decid", "decision")),
    ("vote", ("vot", "pass", "approv", "adopt", "reject")),
    ("roll call", ("vot", "pass", "approv", "adopt", "reject")),
    ("meeting", ("meet", r"met\b")),
    ("announcement", ("announc",)),
    ("ruling", ("rul",)),
    ("hearing", ("hearing", "testif")),
    ("debate", ("debat", "vot", "pass", "approv", "reject")),
    ("move", ("mov",)),
    ("sanctions", ("sanction",)),
    ("measures", ("impos", "announc", "measure")),
    # a strike: "posted on the union's website shortly after the walkout began"
    ("walkout", ("walk", "strik")),
    ("strike", ("strik", "walk")),
    # a ceremony: "Speaking with State House correspondents after the event", "shortly after
    # the signing"
    ("event", ("sign", "announc", "launch", "unveil")),
    ("ceremony", ("sign", "swor", "inaugur", "launch")),
    ("signing", ("sign",)),
    # an order and what came with it: "In a fact sheet released together with the order"
    ("order", ("sign", "order", "issu")),
    # a budget speech: "Members of the opposition protested throughout the speech"
    ("speech", ("speech", "unveil", "present", "deliver")),
)

# Adjectives of nationality: "the Irish economist" is the economist the article named,
# whatever the country ("Irish" names no body).
DEMONYMS: frozenset[str] = frozenset(
    """Irish Spanish British English Scottish Welsh Danish Swedish Finnish Polish Turkish
    French Dutch Swiss German Italian Austrian Belgian Hungarian Romanian Bulgarian Croatian
    Serbian Ukrainian Russian Norwegian Greek Portuguese Czech Slovak Chinese Japanese Korean
    Taiwanese Vietnamese Thai Indian Pakistani Indonesian Malaysian Filipino Singaporean
    Australian Canadian American Mexican Brazilian Argentine Argentinian Chilean Colombian
    Peruvian Venezuelan Saudi Emirati Qatari Iranian Iraqi Israeli Egyptian Nigerian Kenyan
    Ethiopian Ghanaian Moroccan European Asian African""".split()
)

# Words of countries' names that name no one: "the representative of Somalia" speaks for a
# country, "Pakistan said" is a government. Words that are also first names or surnames
# (Jordan, Chad, Georgia, Israel, Ireland, Wales, Holland, Cuba, El Salvador's Salvador, San
# Marino's Marino, Sierra Leone's Leone, Costa Rica's Costa) are left out.
COUNTRY_WORDS: frozenset[str] = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Antigua Barbuda Argentina Armenia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia
    Bosnia Herzegovina Botswana Brunei Bulgaria Burkina Faso Burundi Cambodia Cameroon
    Colombia Comoros Congo Croatia Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt
    Eritrea Estonia Eswatini Ethiopia Fiji Finland Gabon Gambia Ghana Greece Grenada Guatemala
    Guyana Haiti Honduras Hungary Iceland Indonesia Iran Iraq Jamaica Kazakhstan Kenya Kiribati
    Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
    Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Micronesia
    Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal
    Netherlands Nicaragua Niger Nigeria Macedonia Norway Oman Pakistan Palau Palestine Panama
    Papua Paraguay Peru Philippines Poland Portugal Qatar Romania Rwanda Samoa Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria
    Tajikistan Tanzania Thailand Timor Togo Tonga Tobago Trinidad Tunisia Turkmenistan Tuvalu
    Uganda Uruguay Uzbekistan Vanuatu Venezuela Yemen Zambia Zimbabwe Emirates Arabia Zealand
    Lanka Rica Verde Bissau Guinea""".split()
)

# Adjectives of nationality that are no one's name either: "the Company's Tanzanian
# subsidiary, Mara Ridge Mining (Tanzania) Limited" (the subsidiary's name comes after).
NATIONALITY_WORDS: frozenset[str] = frozenset(
    """Tanzanian Ugandan Rwandan Zambian Namibian Zimbabwean Mozambican Angolan Senegalese
    Ivorian Cameroonian Sudanese Somali Algerian Tunisian Libyan Malian Malawian Botswanan
    Bangladeshi Nepali Nepalese Mongolian Kazakh Uzbek Kyrgyz Armenian Azerbaijani Belarusian
    Lithuanian Latvian Estonian Slovenian Bosnian Albanian Montenegrin Cypriot Maltese
    Icelandic Ecuadorian Bolivian Paraguayan Uruguayan Panamanian Guatemalan Honduran
    Salvadoran Nicaraguan Haitian Jamaican Trinidadian Barbadian Guyanese Jordanian Lebanese
    Syrian Yemeni Omani Kuwaiti Bahraini Palestinian Kenyan Ghanaian Nigerian Ethiopian
    Moroccan Egyptian Pakistani Indonesian Malaysian Filipino Singaporean Vietnamese Thai
    Taiwanese Emirati Qatari Iranian Iraqi Colombian Peruvian Chilean Venezuelan Argentine
    Argentinian Brazilian""".split()
)

# Where a remark is made "at the same ...": "At the same news conference, Rubio said ...".
OCCASION_NOUNS: tuple[str, ...] = (
    "conference", "hearing", "briefing", "event", "meeting", "session", "summit", "interview",
    "appearance", "rally", "call", "forum", "speech", "gathering", "statement",
    "press availability", "debate", "sitting", "programme", "program", "show",
)

# The occasions whose phrase after a verb of saying dates the remark, however many words name
# them: "told analysts on the carrier's second-quarter earnings call on Friday".
CUE_OCCASION_NOUNS: tuple[str, ...] = (
    "call", "conference", "briefing", "meeting", "hearing", "interview", "speech", "event",
    "forum", "summit", "appearance", "session", "talks", "post", "address", "message",
    "filing", "statement", "notice", "letter", "release", "tweet", "video",
)

# An event named by a noun phrase: "The council's next meeting will be held on June 5",
# "The central bank's decision is due Thursday".
EVENT_NOUNS: tuple[str, ...] = (
    "meeting", "decision", "vote", "hearing", "summit", "session", "talks", "review",
    "conference", "election", "deadline", "announcement", "release", "visit", "testimony",
    "speech",
)

# Words before a name that modifies an event noun: "The next full OPEC+ ministerial meeting".
EVENT_MODIFIERS: tuple[str, ...] = (
    "next", "first", "final", "full", "new", "annual", "regular", "emergency",
)

# -- speakers: roles ------------------------------------------------------------------------

# A role noun between a name and a person's name makes the first name a modifier, not the
# speaker: "Clinton campaign manager Robby Mook", "DoubleLine Capital portfolio manager Bonnie
# Baha", "Trump spokesperson Ron Lieberman" (the speaker is Mook, Baha, Lieberman).
ROLE_NOUNS: frozenset[str] = frozenset(
    """president secretary senator representative governor chair chairman chairwoman speaker
    leader minister chancellor judge justice commissioner ambassador mayor director adviser
    advisor spokesman spokeswoman spokesperson economist official analyst strategist
    negotiator manager editor researcher lawyer attorney host aide founder cofounder
    co-founder pollster consultant executive correspondent reporter professor chief head
    member staffer operative counsel surrogate organizer coordinator officer commander
    candidate nominee hopeful writer columnist author anchor commentator partner owner deputy
    fellow scholar historian expert constituent delegate treasurer secretary-general
    ceo cfo coo envoy general colonel sheriff prosecutor investigator activist""".split()
)


def national(words: str) -> bool:
    """Whether ``words`` name a country or its people ("US", "U.S.", "French", "South
    Korean", "Japan"): the owner of a government's office."""
    last = words.rsplit(None, 1)[-1] if words else ""
    return country_word(last) or last in DEMONYMS or last in NATIONALITY_WORDS


def country_word(word: str) -> bool:
    """Whether ``word`` is a country's name, or the last word of one ("Japan", "US",
    "Korea"), not its people's ("Japanese")."""
    return word in COUNTRY_ABBREVIATIONS or word in COUNTRY_WORDS or word in LARGE_COUNTRIES


# A country by its initials.
COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "U.K.", "USA", "UAE"})
# Countries whose names are also people's names or words, so not in ``COUNTRY_WORDS``, but
# never a surname before an office ("China's commerce minister").
LARGE_COUNTRIES = frozenset(
    {
        "China", "Japan", "India", "Russia", "France", "Germany", "Britain", "Canada",
        "Mexico", "Brazil", "Australia", "Italy", "Turkey", "Korea", "Israel", "Ireland",
        "States", "Kingdom", "Vietnam", "Taiwan",
    }
)


# Capitals whose names stand for their governments (or, Brussels, for the EU): "were
# introduced by Brussels on 2 May", "Beijing retaliated on Friday". Names of one word that are
# no one's name.
SEATS_OF_GOVERNMENT = frozenset(
    """Washington Beijing Brussels Moscow Tokyo Ottawa Canberra Seoul Kyiv Kiev Ankara Tehran
    Pyongyang Jakarta Brasilia Pretoria Riyadh Warsaw Madrid Taipei Manila Hanoi Islamabad
    Cairo Abuja Nairobi Caracas Bogota Budapest Bucharest Athens Dublin Wellington Ottawa
    Stockholm Oslo Copenhagen Helsinki Vienna Prague Bratislava Vilnius Riga Tallinn
    Minsk Baghdad Damascus Kabul Dhaka Colombo Kathmandu Naypyidaw Phnom Bangkok""".split()
)


# The last word of a government's office: "president", "foreign minister", "commerce
# secretary", "trade representative".
GOVERNMENT_OFFICES = frozenset(
    {"president", "minister", "secretary", "chancellor", "premier", "representative",
     "ambassador", "envoy", "leader", "emir", "king", "sultan", "prince"}
)
