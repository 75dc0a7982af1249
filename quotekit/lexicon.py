"""Linguistic knowledge as data: reporting verbs, quotation marks, titles,
pronouns and condition triggers.

Every table names its source. Extractors read these constants; plugins may
pass their own sets to the extractor constructors instead of editing them.

Sources:
    * Reporting verbs: the speech-cue lists of Pareti's PARC 3.0 / PolNeAR
      annotation guidelines (verbs of saying, "according to"), the
      GenderGapTracker quote extractor's ``quote_verb_list``, and
      Krestel et al. (2008) "Minding the Source: Automatic Tagging of
      Reported Speech in Newspaper Articles", lemmatised and pruned of verbs
      that are mostly non-speech (``believe``, ``think``, ``show``).
    * Quotation marks: Unicode ``Pi``/``Pf`` punctuation and the pairs listed
      in the Unicode CLDR delimiter data for English, French and German.
    * Titles: common English news titles and honorifics (AP Stylebook's
      title list, abbreviated forms included).
    * Condition triggers: Quirk et al. (1985) *A Comprehensive Grammar of
      the English Language*, §15.33-15.39 (conditional subordinators), and the
      seed annotation (``only condition``, ``must``/``should`` demands).
"""

from __future__ import annotations

__all__ = [
    "ADDRESSEE_PREPOSITIONS",
    "COMMUNICATION_NOUNS",
    "CONDITIONAL_SUBORDINATORS",
    "CONDITION_NOUNS",
    "CONDITION_VERBS",
    "DEMAND_MODALS",
    "DOUBLE_QUOTES",
    "FEMALE_WORDS",
    "FIRST_PERSON",
    "MALE_WORDS",
    "NON_CONDITION_IF",
    "NP_CONTENT_VERBS",
    "NP_ONLY_VERBS",
    "ORGANISATION_WORDS",
    "PERSONAL_PRONOUNS",
    "REPORTING_VERBS",
    "REPORTING_VERBS_NEED_SUBJECT",
    "SINGLE_QUOTES",
    "SPEAKING_VERBS",
    "SPEECH_EVENT_NOUNS",
    "TELL_VERBS",
    "TIME_NOUNS",
    "TITLE_WORDS",
]

#: Lemmas of verbs that introduce speech (direct or reported).
REPORTING_VERBS: frozenset[str] = frozenset(
    [
        "say",
        "tell",
        "state",
        "stress",
        "add",
        "warn",
        "insist",
        "claim",
        "deny",
        "argue",
        "explain",
        "announce",
        "declare",
        "note",
        "remark",
        "reply",
        "respond",
        "answer",
        "comment",
        "observe",
        "acknowledge",
        "admit",
        "affirm",
        "allege",
        "assert",
        "assure",
        "boast",
        "caution",
        "charge",
        "complain",
        "concede",
        "confirm",
        "contend",
        "counter",
        "emphasize",
        "emphasise",
        "estimate",
        "explain",
        "indicate",
        "inform",
        "maintain",
        "mention",
        "predict",
        "proclaim",
        "promise",
        "recall",
        "recount",
        "reiterate",
        "report",
        "reveal",
        "shout",
        "suggest",
        "testify",
        "tweet",
        "post",
        "vow",
        "whisper",
        "write",
        "yell",
        "urge",
        "continue",
        "conclude",
        "disclose",
        "describe",
        "dismiss",
        "lament",
        "pledge",
        "question",
        "quip",
        "retort",
        "scoff",
        "speculate",
        "underscore",
        "underline",
        "agree",
        "recommend",
        "point",
        "threaten",
        "accuse",
        "criticize",
        "criticise",
        "blast",
        "praise",
        "demand",
        "ask",
        "propose",
        "announce",
    ]
)

#: Reporting verbs that only count with an explicit active subject (``ask``:
#: "Asked if they would accept ..., X said" puts the question *to* X).
REPORTING_VERBS_NEED_SUBJECT: frozenset[str] = frozenset(
    {"ask", "question", "continue", "point", "agree", "describe", "post", "write"}
)

#: Verbs whose object is the addressee (``told Fox News``).
TELL_VERBS: frozenset[str] = frozenset({"tell", "inform", "assure", "warn", "urge", "remind"})

#: Speech-act verbs whose object (not a clause) is what was said: "criticized
#: the deal", "called for new tariffs", "spoke about her ties to the church".
#: PolNeAR (Newell et al. 2018) annotates such objects as attribution content.
#: The first group are reporting verbs already; the second count only with a
#: nominal object and a subject.
NP_CONTENT_VERBS: frozenset[str] = frozenset(
    {
        "criticize", "criticise", "mention", "question", "explain", "describe", "praise",
        "point", "respond", "announce", "deny", "dismiss", "urge", "propose", "suggest",
        "promise", "accuse", "demand", "acknowledge", "warn", "comment", "note", "ask",
        "reiterate", "repeat", "recall", "predict", "vow", "pledge", "threaten", "blast",
        "slam", "condemn", "reject", "blame", "defend", "discuss", "cite",
        "call", "speak", "talk", "applaud", "welcome", "endorse", "dispute", "challenge",
    }
)  # fmt: skip
NP_ONLY_VERBS: frozenset[str] = frozenset(
    {"condemn", "reject", "blame", "defend", "discuss", "cite", "call", "speak", "talk",
     "applaud", "welcome", "endorse", "dispute", "challenge", "blast", "slam"}
)  # fmt: skip

#: Verbs of speaking whose ``to``-phrase names the addressee (``speaking to X``).
SPEAKING_VERBS: frozenset[str] = frozenset({"speak", "talk", "say", "explain", "write", "reply"})

#: Prepositions that mark an addressee after a reporting verb.
ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"to"})

#: Nouns that, as the object of ``in``/``during``, frame a statement
#: (``in an interview with X``); ``with X`` then names the addressee.
COMMUNICATION_NOUNS: frozenset[str] = frozenset(
    {"interview", "statement", "conversation", "call", "briefing", "letter", "email"}
)

#: Double quotation marks: opening -> the closing marks that end it.
DOUBLE_QUOTES: dict[str, frozenset[str]] = {
    "\u201c": frozenset({"\u201d", "\u201c"}),  # “ ” (English), “ “ (typo)
    "\u201e": frozenset({"\u201c", "\u201d"}),  # „ “ (German), „ ”
    "\u00ab": frozenset({"\u00bb"}),  # « » (French, Russian)
    "\u00bb": frozenset({"\u00ab"}),  # » « (Danish, Swedish)
    '"': frozenset({'"'}),
    "\u201f": frozenset({"\u201d"}),
    "\u301d": frozenset({"\u301e", "\u301f"}),
}

#: Characters that can close a double quotation.
CLOSING_DOUBLE: frozenset[str] = frozenset({"\u201d", "\u00bb", '"', "\u201c", "\u00ab", "\u301e", "\u301f"})

#: Characters that can only open (their default role when context is unclear).
OPENING_DOUBLE_DEFAULT: frozenset[str] = frozenset({"\u201c", "\u201e", "\u00ab", "\u201f", "\u301d"})

#: Single quotation marks: opening -> closing.
SINGLE_QUOTES: dict[str, frozenset[str]] = {
    "\u2018": frozenset({"\u2019"}),  # ‘ ’
    "\u201a": frozenset({"\u2018", "\u2019"}),  # ‚ ‘
    "\u2039": frozenset({"\u203a"}),  # ‹ ›
    "'": frozenset({"'", "\u2019"}),
}

#: Titles, roles and honorifics that precede or replace a name (lower-cased).
TITLE_WORDS: frozenset[str] = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "senator",
        "sen",
        "sen.",
        "representative",
        "rep",
        "rep.",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "gov.",
        "mayor",
        "judge",
        "justice",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "general",
        "gen",
        "gen.",
        "colonel",
        "col",
        "col.",
        "captain",
        "capt",
        "capt.",
        "commander",
        "admiral",
        "lieutenant",
        "lt",
        "lt.",
        "sergeant",
        "sgt",
        "officer",
        "minister",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "attorney",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "professor",
        "prof",
        "prof.",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "sir",
        "dame",
        "lord",
        "lady",
        "ceo",
        "cfo",
        "coo",
        "founder",
        "executive",
        "head",
        "deputy",
        "assistant",
        "adviser",
        "advisor",
        "aide",
        "analyst",
        "economist",
        "candidate",
        "nominee",
        "speaker",
        "majority",
        "minority",
        "whip",
        "commissioner",
        "superintendent",
        "sheriff",
        "councilman",
        "councilwoman",
        "councillor",
        "counsel",
        "lawyer",
        "prosecutor",
        "detective",
        "inspector",
        "coach",
        "manager",
        "official",
        "spokesman",
        "press",
        "secretary-general",
        "ayatollah",
        "sheikh",
        "emir",
        "senior",
        "former",
        "acting",
        "then",
        "state",
    ]
)

#: Words that mark an organisation name (case-insensitive match on a token).
ORGANISATION_WORDS: frozenset[str] = frozenset(
    [
        "news",
        "channel",
        "times",
        "post",
        "journal",
        "herald",
        "tribune",
        "guardian",
        "telegraph",
        "press",
        "agency",
        "ministry",
        "department",
        "office",
        "committee",
        "council",
        "commission",
        "party",
        "parliament",
        "congress",
        "senate",
        "house",
        "court",
        "government",
        "administration",
        "university",
        "institute",
        "foundation",
        "association",
        "union",
        "federation",
        "league",
        "bank",
        "corp",
        "corporation",
        "inc",
        "company",
        "co",
        "ltd",
        "group",
        "network",
        "broadcasting",
        "campaign",
        "organization",
        "organisation",
        "international",
        "authority",
        "service",
        "police",
        "army",
        "navy",
        "military",
        "fund",
        "board",
        "bureau",
        "center",
        "centre",
        "cnn",
        "bbc",
        "reuters",
        "ap",
        "afp",
        "nato",
        "un",
        "eu",
        "fbi",
        "cia",
        "pentagon",
        "kremlin",
        "whitehouse",
    ]
)

#: Head nouns of definite descriptions of an organisation ("the bank", "the
#: network"): resolved to the nearest organisation named before. Written for this
#: project from the PolNeAR dev error analysis.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {
        "bank", "network", "agency", "union", "company", "firm", "newspaper", "paper", "website",
        "site", "magazine", "group", "organization", "organisation", "ministry", "department",
        "campaign", "committee", "commission", "court", "government", "administration", "board",
        "council", "institute", "center", "centre", "foundation", "association", "party", "station",
        "channel", "outlet", "publication", "corporation", "bureau", "office", "service",
    }
)  # fmt: skip

#: Head nouns of descriptions of a person that are not titles ("the New York
#: businessman", "the billionaire"); with :data:`PERSON_NOUN_ENDINGS`.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "businessman", "businesswoman", "billionaire", "mogul", "candidate", "nominee", "incumbent",
        "challenger", "democrat", "republican", "lawmaker", "legislator", "politician", "veteran",
        "actress", "actor", "star", "host", "anchor", "moderator", "author", "writer", "columnist",
        "reporter", "journalist", "historian", "scientist", "doctor", "physician", "activist",
        "businessperson", "entrepreneur", "investor", "strategist", "pollster", "consultant",
        "surrogate", "father", "mother", "son", "daughter", "wife", "husband", "widow", "student",
        "teacher", "woman", "man",
    }
)  # fmt: skip
PERSON_NOUN_ENDINGS: tuple[str, ...] = ("man", "woman", "ist", "er", "or")

#: Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de
#: Gaulle", "Ludwig van Beethoven"); common European name particles.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el"}
)
#: Generational suffixes that end a name ("Martin Luther King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})

#: Third-person pronouns with the gender they carry.
MALE_WORDS: frozenset[str] = frozenset(
    {
        "he",
        "him",
        "his",
        "mr",
        "mr.",
        "sir",
        "king",
        "prince",
        "spokesman",
        "chairman",
        "congressman",
        "councilman",
    }
)
FEMALE_WORDS: frozenset[str] = frozenset(
    {
        "she",
        "her",
        "hers",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dame",
        "queen",
        "princess",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "councilwoman",
    }
)

#: Pronouns that can stand as a speaker mention.
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "you"})

#: First-person pronouns (inside a quote they refer to its speaker).
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})

#: Conditional subordinators (lower-cased, as word sequences) and their
#: source; ``if`` is checked against :data:`NON_CONDITION_IF` contexts.
CONDITIONAL_SUBORDINATORS: tuple[tuple[str, ...], ...] = (
    ("on", "the", "condition", "that"),
    ("on", "condition", "that"),
    ("on", "the", "condition"),
    ("on", "condition"),
    ("as", "long", "as"),
    ("so", "long", "as"),
    ("provided", "that"),
    ("providing", "that"),
    ("assuming", "that"),
    ("only", "if"),
    ("in", "the", "event", "that"),
    ("in", "the", "event"),
    ("as", "soon", "as"),
    ("in", "case"),
    ("provided",),
    ("providing",),
    ("assuming",),
    ("unless",),
    ("if",),
    ("once",),
)

#: Auxiliaries that open an inverted conditional ("Were the court to ...",
#: "Should she become president", "Had he known"), clause-initially.
INVERTED_CONDITIONALS: frozenset[str] = frozenset({"were", "should", "had"})

#: Words before ``if`` that make it not a condition (``even if`` is concessive,
#: ``as if`` comparative, ``what if`` a question) and verbs whose ``if`` means
#: ``whether`` (``asked if``).
NON_CONDITION_IF: frozenset[str] = frozenset(
    {
        "even",
        "as",
        "what",
        "ask",
        "wonder",
        "know",
        "see",
        "check",
        "doubt",
        "question",
        "decide",
        "determine",
        "unclear",
        "clear",
        "sure",
        "tell",
        "inquire",
    }
)

#: Nouns that state a condition (``the only condition is X``).
CONDITION_NOUNS: frozenset[str] = frozenset(
    {"condition", "precondition", "prerequisite", "requirement", "proviso"}
)

#: Things a requirement can be stated of ("any agreement had to include X"): a
#: ``had to``/``has to`` with one of these as subject states a requirement, not
#: a person's obligation. From the PolNeAR dev conditions annotation.
REQUIREMENT_SUBJECTS: frozenset[str] = frozenset(
    {
        "agreement",
        "deal",
        "accord",
        "plan",
        "bill",
        "law",
        "treaty",
        "solution",
        "settlement",
        "reform",
        "policy",
        "budget",
        "compromise",
        "proposal",
    }
)

#: Verbs that state a dependency (``X requires Y``, ``depends on Y``).
CONDITION_VERBS: frozenset[str] = frozenset({"require", "depend", "hinge", "necessitate"})

#: Modals of obligation that make a demand on another party.
DEMAND_MODALS: frozenset[str] = frozenset({"must", "should", "have", "need", "ought"})


#: Nouns of time: never a speaker ("said Monday", "this month") and never what was said
#: ("spoke on Monday").
TIME_NOUNS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "tonight", "day", "week", "month", "year", "night", "morning",
        "evening", "afternoon", "weekend", "time", "hour", "minute", "moment", "decade",
    }
)  # fmt: skip

#: Occasions of speech: where something was said, not what ("said in an interview").
SPEECH_EVENT_NOUNS: frozenset[str] = frozenset(
    {"interview", "statement", "speech", "conference", "rally", "debate", "event", "meeting"}
)
