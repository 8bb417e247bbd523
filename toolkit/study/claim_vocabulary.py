"""The words market claims are made of: movement verbs, qualifiers, periods and asset names.

Plain data, read by :mod:`toolkit.study.claim_parsing`, which compiles it. Each table says with
an example sentence what it is for. Words are matched case-insensitively unless a table says
otherwise; the rules that use them are in ``docs/claims.md``.
"""

from __future__ import annotations

__all__ = [
    "BROAD_MARKET",
    "CLOSE_VERBS",
    "DOWN_VERBS",
    "FOREIGN_INDICES",
    "INDICES",
    "INTRADAY_PHRASES",
    "MARKET_COMPOUNDS",
    "MONTHS",
    "NEUTRAL_BEFORE",
    "NOT_TICKERS",
    "NUMBER_WORDS",
    "OTHER_INDEX",
    "ORDINALS",
    "PREDICTION_WORDS",
    "QUALIFIERS",
    "RANK_ADJECTIVES",
    "RANK_NOUNS",
    "SECTORS",
    "SEGMENT_WORDS",
    "SNAPSHOT_FUNDS",
    "TRANSITIVE_VERBS",
    "UNPRICED",
    "UP_VERBS",
    "VAGUE_AMOUNTS",
    "VAGUE_STATES",
]

#: "The S&P 500 rose 2%": verbs (and verb phrases) that say the price went up.
UP_VERBS: tuple[str, ...] = (
    "rose", "rising", "risen", "gained", "gaining", "jumped",
    "jumping", "soared", "soars", "soaring", "surged", "surging", "rallied",
    "rallying", "climbed", "climbing", "advanced", "advancing", "added",
    "rebounded", "rebounding", "recovered", "spiked", "popped", "leapt", "leaped",
    "bounced", "rocketed", "skyrocketed", "edged up", "edged higher", "ticked up",
    "ticked higher", "inched up", "inched higher", "moved higher", "turned higher",
)  # fmt: skip

#: "Stocks fell 4.8%": verbs (and verb phrases) that say the price went down.
DOWN_VERBS: tuple[str, ...] = (
    "fell", "falling", "fallen", "dropped", "dropping", "declined",
    "declining", "slid", "sliding", "slumped", "slumping",
    "tumbled", "tumbles", "tumbling", "plunged", "plunging", "plummeted",
    "plummets", "plummeting", "sank", "sinks", "sinking", "sunk", "lost", "loses", "losing",
    "shed", "sheds", "shedding", "dipped", "dipping", "sagged", "slipped",
    "slipping", "tanked", "tanks", "tanking", "crashed", "crashing", "retreated",
    "retreating", "skidded", "cratered", "weakened", "sold off", "selling off", "edged down",
    "edged lower", "ticked down", "ticked lower", "inched down", "inched lower", "moved lower",
    "turned lower", "wiped out", "wiping out", "erased", "erasing",
)  # fmt: skip

#: "News helped to buoy stock markets": verbs whose object is the market, and their direction.
TRANSITIVE_VERBS: dict[str, str] = {
    "helped to buoy": "up", "helped buoy": "up", "helped to lift": "up", "helped lift": "up",
    "helped to boost": "up", "helped boost": "up", "buoyed": "up", "lifted": "up",
    "boosted": "up", "helped to sink": "down", "helped sink": "down", "helped to drag": "down",
    "helped drag": "down", "dragged down": "down", "weighed on": "down", "hammered": "down",
    "battered": "down",
}  # fmt: skip

#: "The Dow closed 2% higher", "stocks ended down": verbs that need a direction word after them.
CLOSE_VERBS: tuple[str, ...] = ("closed", "ended", "finished", "settled", "closes", "ends")

#: "Stocks were mixed", "the index closed little changed": no quantity that can be checked.
VAGUE_STATES: tuple[str, ...] = (
    "flat", "unchanged", "little changed", "barely changed", "virtually unchanged", "mixed",
    "near the flatline", "roughly flat", "essentially flat",
)  # fmt: skip

#: "The Dow fell hundreds of points": amounts too vague to check.
VAGUE_AMOUNTS: tuple[str, ...] = (
    "double digits", "double-digits", "single digits", "a few percent", "a few points",
    "a few hundred points", "several percent", "several hundred points", "hundreds of points",
    "thousands of points", "a fraction of a percent", "a fraction of one percent",
    "fractionally",
)  # fmt: skip

#: "would fall", "expected to rise": a verb after these words is a forecast, not a claim.
PREDICTION_WORDS: tuple[str, ...] = (
    "will", "would", "could", "might", "may", "should", "can", "to", "shall", "must",
)  # fmt: skip

#: Qualifier before a number -> the rule that applies ("nearly 5%": between 4.5% and 5%).
QUALIFIERS: dict[str, str] = {
    "more than": "more than", "over": "more than", "above": "more than",
    "upwards of": "more than", "in excess of": "more than", "north of": "more than",
    "at least": "at least", "no less than": "at least",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just shy of": "nearly",
    "just below": "nearly", "not quite": "nearly", "close to": "nearly",
    "about": "about", "roughly": "about", "around": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "an approximate": "about",
    "just over": "just over", "just above": "just over", "slightly more than": "just over",
    "a little more than": "just over", "a bit more than": "just over",
    "less than": "less than", "under": "less than", "below": "less than",
    "at most": "at most", "no more than": "at most",
}  # fmt: skip

#: "two days", "three-day losing streak": small numbers written as words.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

#: "for a third straight session": ordinals written as words.
ORDINALS: dict[str, int] = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

#: Month names, for "since March 2020" and "in April".
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

#: "its best day since 2008", "the worst week since": adjective -> direction (None: from the
#: noun or the sentence's verb) and what is ranked ("level" for "highest close since").
RANK_ADJECTIVES: dict[str, tuple[str | None, str]] = {
    "best": ("up", "change"), "strongest": ("up", "change"), "worst": ("down", "change"),
    "most": (None, "change"),
    "weakest": ("down", "change"), "biggest": (None, "change"), "largest": (None, "change"),
    "steepest": (None, "change"), "sharpest": (None, "change"), "deepest": ("down", "change"),
    "heaviest": ("down", "change"), "greatest": (None, "change"), "top": (None, "change"),
    "highest": ("up", "level"), "lowest": ("down", "level"),
}  # fmt: skip

#: Noun after the rank adjective -> direction (None: from the adjective or the verb) and the
#: period it ranks ("day", "week", "month"; None: a day unless a modifier says otherwise).
RANK_NOUNS: dict[str, tuple[str | None, str | None]] = {
    "day": (None, "day"), "days": (None, "day"), "session": (None, "day"),
    "sessions": (None, "day"), "week": (None, "week"), "weeks": (None, "week"),
    "month": (None, "month"), "months": (None, "month"), "quarter": (None, "quarter"),
    "year": (None, "year"), "gain": ("up", None), "gains": ("up", None), "rise": ("up", None),
    "advance": ("up", None), "rally": ("up", None), "jump": ("up", None), "surge": ("up", None),
    "increase": ("up", None), "rebound": ("up", None), "drop": ("down", None),
    "decline": ("down", None), "loss": ("down", None), "losses": ("down", None),
    "fall": ("down", None), "slide": ("down", None), "selloff": ("down", None),
    "sell-off": ("down", None), "plunge": ("down", None), "slump": ("down", None),
    "rout": ("down", None), "tumble": ("down", None), "performance": (None, None),
    "close": (None, None), "closing level": (None, None), "level": (None, None),
    "finish": (None, None),
}  # fmt: skip

#: "the first two hours of trading", "at one point": wording about a moment within the session,
#: which daily closes cannot check (matched as phrases; "DAY" stands for a weekday name).
INTRADAY_PHRASES: tuple[str, ...] = (
    "at one point", "intraday", "intra-day", "intrasession", "in early trading",
    "in morning trading", "in midday trading", "in afternoon trading", "in late trading",
    "in early trade", "in late trade", "in premarket trading", "in pre-market trading",
    "in after-hours trading", "in extended trading", "in overnight trading", "premarket",
    "pre-market", "after-hours", "after hours", "overnight", "by midday", "by noon",
    "by lunchtime", "by the afternoon", "by afternoon", "by DAY afternoon", "by DAY morning",
    "by mid-morning", "by late morning", "by early afternoon", "by late afternoon",
    "DAY morning", "DAY afternoon", "this morning", "this afternoon", "that morning",
    "that afternoon", "in the morning", "in the afternoon", "early morning", "late morning",
    "early afternoon", "late afternoon", "earlier in the day", "earlier in the session",
    "at the open", "at the opening bell", "at the start of trading", "as much as",
    "at its low", "at its lows", "at its high", "at its highs", "at their lows",
    "at their highs", "at the session's low", "at the session's high", "at its session low",
    "at its session high", "at the day's low", "at the day's high", "at its worst",
    "at their worst", "at its best", "at their best", "at its peak", "at the lows",
    "at the highs", "swung", "swinging", "whipsawed", "seesawed", "see-sawed",
    "in the evening", "DAY evening", "DAY night", "initially", "briefly", "early on", "at first",
    "early in the session", "late in the session", "early in the day", "late in the day",
)  # fmt: skip

#: Words that may stand just before "stocks" or "markets" when they mean the U.S. market as a
#: whole ("U.S. stocks", "as stocks fell", "sent stocks tumbling"); verbs in -ed and -ing count
#: too. Any other word before them names a segment ("defense stocks").
NEUTRAL_BEFORE: frozenset[str] = frozenset(
    {"u.s.", "us", "american", "the", "and", "but", "as", "while", "when", "with", "that",
     "which", "where", "so", "then", "after", "before", "of", "for", "in", "on", "at", "to",
     "by", "from", "most", "many", "all", "other", "broader", "broad", "major", "buoy", "lift",
     "boost", "sink", "drag", "send", "sent", "sends", "push", "pushes", "hit", "hits", "left",
     "leave", "leaves", "lifts", "drags", "both", "also", "even", "still", "yet", "not",
     "only", "its", "their", "than", "though", "although", "because", "since", "until",
     "amid", "among", "across", "into", "over", "under", "these", "those", "this", "such",
     "some", "more", "less", "why", "how", "whether", "if", "or", "nor", "said", "says",
     "drove", "drive", "drives", "shook", "rocked", "u.s.-listed", "listed", "domestic"}
)  # fmt: skip

#: Words before "stocks"/"markets" naming a segment the data do not hold ("bank stocks",
#: "European stocks", "global markets"): recognised, but with no prices.
SEGMENT_WORDS: tuple[str, ...] = (
    "global", "world", "world's", "foreign", "overseas", "international", "emerging",
    "emerging-market", "developed", "european", "asian", "chinese", "japanese", "german",
    "british", "french", "canadian", "indian", "korean", "mexican", "brazilian", "australian",
    "hong kong", "bank", "banking", "oil", "bond", "credit", "currency", "commodity",
    "commodities", "crypto", "chip", "chipmaker", "semiconductor", "airline", "retail",
    "retailer", "housing", "homebuilder", "regional", "growth", "value", "defensive",
    "cyclical", "meme", "penny", "tariff-sensitive", "export-heavy", "auto", "automaker",
    "treasury", "municipal", "junk", "mining", "gold", "defense", "travel", "cruise", "hotel",
    "media", "insurance", "insurer", "pharma", "pharmaceutical", "biotech", "software",
    "internet", "cannabis", "steel", "aluminum", "railroad", "shipping", "transportation",
    "transport", "large-cap", "mega-cap", "megacap", "mid-cap", "tariff-exposed",
)  # fmt: skip

#: "market value", "market turmoil": "market" in a compound noun is not the market itself.
MARKET_COMPOUNDS: tuple[str, ...] = (
    "access", "value", "values", "share", "shares", "cap", "caps", "capitalization",
    "participants", "watchers", "turmoil", "volatility", "reaction", "reactions", "rout",
    "selloff", "sell-off", "conditions", "expectations", "strategists", "analysts", "open",
    "data", "economy", "economies", "forces", "leaders", "maker", "makers", "sentiment",
    "swings", "moves", "jitters", "fears", "correction", "crash", "structure", "regulator",
    "regulators", "opportunities", "players", "prices", "rates", "gains", "losses", "rally",
)  # fmt: skip

#: The broad U.S. market, checked on the S&P 500 (^GSPC): "stocks", "Wall Street", "the market".
BROAD_MARKET: tuple[str, ...] = (
    "stocks", "equities", "markets", "market", "stock market", "stock markets",
    "Wall Street",
)  # fmt: skip

#: U.S. indices: (pattern, name shown, Yahoo ticker). Patterns are regular expressions,
#: case-sensitive (they are names).
INDICES: tuple[tuple[str, str, str], ...] = (
    (r"S&P\s?500(?:\s+[Ii]ndex)?|S&P(?!\s*Global)|Standard\s+(?:&|and)\s+Poor['’]s(?:\s+500)?"
     r"|SPX|the\s+(?:broad(?:er)?|benchmark)\s+(?:index|gauge)(?!\s+S&P)"
     r"|the\s+benchmark(?!\s+(?:S&P|index|gauge))", "S&P 500", "^GSPC"),
    (r"Dow\s+Jones\s+Industrial\s+Average|Dow\s+Jones\s+industrials|Dow\s+industrials"
     r"|Dow\s+Jones(?!\s+Transportation)|Dow(?!\s+(?:Jones\s+)?Transportation)|DJIA"
     r"|the\s+blue[- ]chip\s+(?:index|average|gauge)", "Dow", "^DJI"),
    (r"Nasdaq[- ]100", "Nasdaq 100", "^NDX"),
    (r"Nasdaq\s+[Cc]omposite(?:\s+[Ii]ndex)?|Nasdaq(?!\s*:)"
     r"|the\s+tech[- ]heavy\s+(?:index|gauge|composite)", "Nasdaq", "^IXIC"),
    (r"Russell\s+2000|[Ss]mall[- ]caps?(?:\s+stocks)?|[Ss]mall[- ]cap\s+index", "Russell 2000",
     "^RUT"),
    (r"(?:Cboe\s+)?Volatility\s+Index|VIX|Wall\s+Street['’]s\s+fear\s+gauge|fear\s+gauge",
     "VIX", "^VIX"),
)  # fmt: skip

#: Select Sector SPDR funds (in the embedded snapshot): (pattern, name shown, ticker). Case is
#: ignored for these patterns.
SECTORS: tuple[tuple[str, str, str], ...] = (
    (r"(?:information\s+)?tech(?:nology)?\s+(?:stocks|shares|sector|companies|names|giants)",
     "technology stocks", "XLK"),
    (r"energy\s+(?:stocks|shares|sector|companies|names)", "energy stocks", "XLE"),
    (r"financials(?:\s+(?:stocks|shares|sector))?|financial\s+(?:stocks|shares|sector)",
     "financials", "XLF"),
    (r"health[- ]?care\s+(?:stocks|shares|sector|companies|names)", "health care stocks", "XLV"),
    (r"industrials(?:\s+(?:stocks|sector))?|industrial\s+(?:stocks|shares|sector|companies)",
     "industrials", "XLI"),
    (r"(?:basic\s+)?materials\s+(?:stocks|shares|sector|companies)", "materials", "XLB"),
    (r"(?:consumer\s+)?staples(?:\s+(?:stocks|shares|sector))?", "consumer staples", "XLP"),
    (r"consumer\s+discretionary(?:\s+(?:stocks|shares|sector))?|discretionary\s+(?:stocks|shares)",
     "consumer discretionary", "XLY"),
    (r"utilit(?:y|ies)\s+(?:stocks|shares|sector|companies)|utilities", "utilities", "XLU"),
    (r"real[- ]estate\s+(?:stocks|shares|sector|companies)|REITs", "real estate", "XLRE"),
    (r"communications?(?:\s+services)?\s+(?:stocks|shares|sector|companies)"
     r"|communication\s+services", "communication services", "XLC"),
)  # fmt: skip

#: Funds of the embedded snapshot named by their ticker in running text ("XLK fell 7%").
SNAPSHOT_FUNDS: tuple[str, ...] = (
    "SPY", "XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU", "XLV", "XLY", "EFA",
)  # fmt: skip

#: Indices outside the U.S.: their sessions do not follow the NYSE calendar (case-sensitive).
FOREIGN_INDICES: str = (
    r"Nikkei(?:\s+225)?(?:\s+Stock\s+Average)?|FTSE(?:\s+100)?|DAX|CAC(?:\s+40)?"
    r"|(?:Euro\s+)?Stoxx(?:\s+(?:Europe\s+)?\d+)?"
    r"|Hang\s+Seng|Kospi|KOSPI|Sensex|Nifty(?:\s+50)?|TSX|S&P/TSX|ASX(?:\s+200)?"
    r"|Shanghai\s+Composite|CSI\s+300|Bovespa|IBEX(?:\s+35)?"
)

#: Other markets news talks about, which the price data do not hold: (pattern, name shown).
#: Case is ignored.
UNPRICED: tuple[tuple[str, str], ...] = (
    (r"(?:stock|equity|index|S&P\s?500|Dow|Nasdaq)\s+futures|futures", "futures"),
    (r"(?:Brent|WTI|U\.S\.)\s+crude|crude(?:\s+oil)?(?:\s+(?:prices|futures))?|Brent|WTI"
     r"|oil(?:\s+(?:prices|futures))?(?!\s+(?:stocks|shares|companies|majors))", "oil"),
    (r"gold(?:\s+(?:prices?|futures))?(?!\s+(?:stocks|shares|miners))", "gold"),
    (r"bitcoin|ether|cryptocurrenc(?:y|ies)", "crypto"),
    (r"(?:(?:the|U\.S\.|Canadian|Australian|New\s+Zealand|Hong\s+Kong)\s+)?dollar(?![\w-])"
     r"|(?:\w+\s+)?(?:yen|yuan|renminbi|pound|peso|ruble|rouble|rupee|lira|rand|franc|loonie"
     r"|krona|krone|zloty|forint)\b|the\s+euro\b|euro(?=\s+(?:rose|fell|climbed|slid|weakened"
     r"|strengthened|edged|gained|dropped))|sterling", "currency"),
    (r"(?:Treasury|bond|10-year|two-year|2-year|30-year|ten-year)\s+(?:yields?|prices|notes?)"
     r"|yields|Treasuries|bonds", "bonds"),
    (r"bank\s+(?:stocks|shares)|banks", "bank stocks"),
)  # fmt: skip

#: "the Philadelphia Semiconductor Index": an index by a name the rules do not know.
OTHER_INDEX: str = (
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:[Ii]ndex|[Ii]ndices|[Aa]verage|Composite)(?![\w-])"
)

#: Words in parentheses that are not tickers ("the European Union (EU)").
NOT_TICKERS: frozenset[str] = frozenset(
    {"AP", "EU", "US", "UK", "UN", "GDP", "CEO", "CFO", "IMF", "WTO", "FOMC", "ECB", "CPI",
     "PCE", "AI", "ET", "EST", "EDT", "PT", "GMT", "TV", "USMCA", "NATO", "OPEC", "NYSE"}
)  # fmt: skip
