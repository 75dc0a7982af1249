"""The English language pack: every English word list quotekit reads, and
:data:`ENGLISH`, the :class:`~quotekit.lexicon.Lexicon` built from them.

Every table names its source. The stages read the lexicon the pipeline gives
them (``Pipeline(lang="en")``), never these constants directly; another
language is another module of :mod:`quotekit.lang` with its own tables and
its own ``LEXICON``.

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

from ._base import (
    ConditionTriggers,
    CueWords,
    FunctionWords,
    Lexicon,
    Marks,
    NameWords,
    Pronouns,
    Syntax,
)

__all__ = [
    "ENGLISH",
    "LEXICON",
    "ADDRESSEE_PREPOSITIONS",
    "COMMUNICATION_NOUNS",
    "CONDITIONAL_SUBORDINATORS",
    "CONDITION_NOUNS",
    "CONDITION_VERBS",
    "DOUBLE_QUOTES",
    "FEMALE_WORDS",
    "FIRST_PERSON",
    "MALE_WORDS",
    "NON_CONDITION_IF",
    "NON_CUE_PHRASES",
    "NP_CONTENT_VERBS",
    "NP_ONLY_VERBS",
    "ORGANISATION_WORDS",
    "REPORTING_VERBS",
    "REPORTING_VERBS_NEED_SUBJECT",
    "SINGLE_QUOTES",
    "SPEAKING_VERBS",
    "CLAUSE_OBJECT_VERBS",
    "INFINITIVE_NOT_SPEECH_VERBS",
    "SPEAKING_MANNER_NOUNS",
    "SPEECH_EVENT_NOUNS",
    "TELL_VERBS",
    "TIME_NOUNS",
    "TITLE_WORDS",
]

#: Lemmas of verbs that introduce speech (direct or reported).
REPORTING_VERBS: frozenset[str] = frozenset(
    [
        "joke",
        "muse",
        "brag",
        "exclaim",
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

#: Verbs whose object does what their infinitive says ("forced Hale to admit that
#: ...": Hale admits), where the parser hung the infinitive as an adverbial clause.
OBJECT_CONTROL_VERBS: frozenset[str] = frozenset(
    {
        "force",
        "ask",
        "urge",
        "press",
        "push",
        "pressure",
        "compel",
        "prompt",
        "persuade",
        "convince",
        "invite",
    }
)
#: Verbs whose object is the addressee (``told Fox News``).
TELL_VERBS: frozenset[str] = frozenset({"tell", "inform", "assure", "warn", "urge", "remind"})
#: Verbs of telling that take their hearer as object and so never stand inverted
#: after a quote ("“...,” Lee told Radio Nine": the noun phrase after it is the hearer).
NEVER_INVERTED_VERBS: frozenset[str] = frozenset({"tell", "inform"})

#: Speech-act verbs whose object (not a clause) is what was said: "criticized
#: the deal", "called for new tariffs", "spoke about her ties to the church".
#: PolNeAR (Newell et al. 2018) annotates such objects as attribution content.
#: The first group are reporting verbs already; the second count only with a
#: nominal object and a subject.
NP_CONTENT_VERBS: frozenset[str] = frozenset(
    {
        "criticize", "criticise", "mention", "question", "explain", "describe", "praise",
        "point", "respond", "announce", "deny", "urge", "suggest",
        "promise", "accuse", "acknowledge", "warn", "comment", "note", "ask",
        "reiterate", "repeat", "recall", "vow", "blast",
        "slam", "call", "speak", "talk", "applaud", "dispute",
    }
)  # fmt: skip
#: Taken out of :data:`NP_CONTENT_VERBS`: their noun-phrase objects were never a speech
#: attribution's content in the PolNeAR train split (1.0.0, 840 articles), and often
#: not speech at all ("cited the report", "defended the plan", "pledged loyalty"):
#: cite, defend, pledge, challenge, discuss, propose, blame, dismiss, endorse, demand,
#: condemn, welcome, predict; and, measured on the same split, reject (2 right, 10
#: wrong, 22 on attributions PolNeAR marks as not speech) and threaten (0 right, 4
#: wrong). Their clauses (``predicted that ...``) still count.
#: Verbs that name or characterise their object with a second predicate, what was
#: said being both ("called him a coward", "described the plan as reckless"): VerbNet's
#: dub-29.3 and characterize-29.2 classes, the speech uses.
NAMING_VERBS: frozenset[str] = frozenset(
    {"call", "dub", "label", "brand", "term", "describe", "characterize", "characterise", "portray"}
)
NP_ONLY_VERBS: frozenset[str] = frozenset(
    {"call", "speak", "talk", "applaud", "dispute", "blast", "slam"}
)  # fmt: skip

#: Verbs of speaking whose ``to``-phrase names the addressee (``speaking to X``).
SPEAKING_VERBS: frozenset[str] = frozenset({"speak", "talk", "say", "explain", "write", "reply"})

#: Reporting verbs whose object is what was said, a clause, and hardly ever a noun
#: phrase: after them a noun with a past participle attached ("said the board
#: approved the plan") is the subject of a reported clause whose verb the tagger
#: read as a participle, not a noun the participle modifies.
CLAUSE_OBJECT_VERBS: frozenset[str] = frozenset({"say", "insist", "contend"})

#: Reporting verbs that report nothing with a to-infinitive: an agreement to act
#: ("agreed to hold a vote"); with a clause they still report ("agreed that ...").
#: Threats and pledges with a to-infinitive stay speech: they carry conditions
#: ("threatened to quit if ...").
INFINITIVE_NOT_SPEECH_VERBS: frozenset[str] = frozenset({"agree"})

#: Nouns of the manner, medium or footing of speaking, never what was said: "on
#: condition of anonymity", "on behalf of", "on the phone", "on the record".
SPEAKING_MANNER_NOUNS: frozenset[str] = frozenset(
    {
        "condition",
        "anonymity",
        "behalf",
        "phone",
        "telephone",
        "radio",
        "television",
        "camera",
        "record",
        "background",
    }
)

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
        "sens",
        "sens.",
        "representative",
        "rep",
        "rep.",
        "reps",
        "reps.",
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

#: Last words of place names: an entity named so is never the referent of
#: ``he``/``she`` ("America", "Florida", "North Korea", "United States"). Common
#: country, US state and region names, written for this project.
PLACE_WORDS: frozenset[str] = frozenset(
    {
        "america", "states", "kingdom", "korea", "china", "russia", "iran", "iraq", "syria", "israel",
        "mexico", "canada", "cuba", "burma", "myanmar", "japan", "india", "pakistan", "afghanistan",
        "germany", "france", "britain", "england", "europe", "asia", "africa", "ukraine", "turkey",
        "egypt", "venezuela", "brazil", "arabia", "emirates", "jersey", "york", "virginia", "carolina",
        "dakota", "hampshire", "island", "islands", "florida", "texas", "ohio", "california", "iowa",
        "georgia", "pennsylvania", "michigan", "wisconsin", "minnesota", "arizona", "nevada", "colorado",
        "utah", "oregon", "tennessee", "kentucky", "alabama", "mississippi", "louisiana", "arkansas",
        "missouri", "illinois", "indiana", "maryland", "delaware", "connecticut", "massachusetts",
        "vermont", "maine", "oklahoma", "kansas", "nebraska", "montana", "idaho", "wyoming", "alaska",
        "hawaii", "washington", "chicago", "boston", "detroit", "tulsa", "charlotte", "manhattan",
        "brooklyn", "county", "city", "valley", "district", "circuit", "assembly", "hill", "street",
    }
)  # fmt: skip

#: Common given names by the sex they are mostly given to: a hint for pronoun
#: resolution only (``she`` is unlikely to be "Bill Clinton"), never stated as a
#: speaker's gender. Source: the most frequent given names of the US Social
#: Security Administration's popular-names lists (public domain), plus first names
#: of politicians frequent in the news; names given to both sexes (Terry, Jordan,
#: Kim, Leslie, ...) are left out.
FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    {
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
        "karen", "lisa", "nancy", "betty", "margaret", "sandra", "kimberly", "emily", "donna",
        "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon",
        "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma",
        "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
        "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia",
        "victoria", "christina", "joan", "evelyn", "judith", "megan", "andrea",
        "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison",
        "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia", "grace", "denise",
        "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie",
        "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "hillary", "melania", "ivanka",
        "michele", "nikki", "kellyanne", "huma", "loretta", "claire",
        "elise", "kamala", "dianne", "tammy", "kirsten", "maxine", "gwen", "condoleezza",
        "madeleine", "chelsea", "jill", "tina", "olive", "connie", "melanie", "alicia", "stacey", "lily",
    }
)  # fmt: skip
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    {
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
        "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
        "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
        "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
        "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
        "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry",
        "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith",
        "roger", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
        "bryan", "billy", "joe", "bruce", "gabriel", "albert", "willie",
        "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell",
        "bobby", "mason", "philip", "louis", "bill", "barack", "mike", "mitt", "ted", "marco", "bernie",
        "tim", "jeb", "rudy", "newt", "mitch", "harry", "chuck", "rand", "reince",
        "josh", "robby", "jim", "tom", "ben", "vladimir", "hassan",
        "dick", "rick", "rex", "jared", "steve", "nick", "lester", "matt",
        "howard", "ed", "fred", "lamar", "jon", "jeff", "dante", "quentin", "phil",
        "marc", "leonard", "jorge", "enrique", "bob", "dan",
    }
)  # fmt: skip

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
        # roles of politics and the courts, read on the PolNeAR train articles
        "delegate", "aide", "attorney", "judge", "justice", "critic", "ally", "rival", "opponent",
        "colleague", "expert", "hopeful", "diplomat", "envoy", "secretary", "executive",
        "spokesperson", "conservative", "liberal",
    }
)  # fmt: skip
PERSON_NOUN_ENDINGS: tuple[str, ...] = ("man", "woman", "ist", "er", "or")

#: Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de
#: Gaulle", "Ludwig van Beethoven"); common European name particles.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el"}
)
#: Lower-case words inside organisation names ("Securities and Exchange
#: Commission", "Bank of America", "Association for Flight Attendants").
NAME_CONNECTORS: frozenset[str] = frozenset({"and", "of", "for", "&"})

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

#: First-person pronouns (inside a quote they refer to its speaker).
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})

#: Fixed discourse phrases built on a reporting verb that report nothing
#: (``Having said that, ...``, ``That said, ...``, ``Needless to say, ...``),
#: as lower-cased word sequences: a verb inside one is never a cue.
NON_CUE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("having", "said", "that"),
    ("that", "being", "said"),
    ("that", "said", ","),
    ("needless", "to", "say"),
    ("suffice", "it", "to", "say"),
    ("suffice", "to", "say"),
    ("that", "is", "to", "say"),
    ("so", "to", "speak"),
    ("so", "to", "say"),
    # "say" for "for example" ("to, say, single digits") and a judgement of what one
    # could say ("too early to say whether ...", "fair to say")
    (",", "say", ","),
    ("soon", "to", "say"),
    ("early", "to", "say"),
    ("hard", "to", "say"),
    ("difficult", "to", "say"),
    ("impossible", "to", "say"),
    ("fair", "to", "say"),
    ("safe", "to", "say"),
    ("strictly", "speaking"),
    ("generally", "speaking"),
    ("frankly", "speaking"),
)

#: Conditional subordinators (lower-cased, as word sequences) and their
#: source; ``if`` is checked against :data:`NON_CONDITION_IF` contexts.
CONDITIONAL_SUBORDINATORS: tuple[tuple[str, ...], ...] = (
    ("upon", "the", "condition", "that"),
    ("upon", "condition", "that"),
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
    ("in", "the", "event", "of"),
    ("in", "the", "event"),
    ("supposing", "that"),
    ("supposing",),
    # a supposition (Quirk et al. 1985, 15.36: "let's say", "say" as a condition)
    ("let", "'s", "say"),
    ("let", "\u2019s", "say"),
    ("let", "us", "say"),
    # a condition of degree (Quirk et al. 1985, 15.38: "to the extent that")
    ("to", "the", "extent", "that"),
    ("to", "the", "degree", "that"),
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

#: Verbs whose finite complement may open with its own subject and no ``that``
#: (``if she thinks that helps her case``): the complement is still the condition's.
COMPLEMENT_VERBS: frozenset[str] = frozenset(
    {"think", "believe", "say", "know", "feel", "suppose", "expect", "hope", "claim", "argue", "guess"}
)

#: Adjectives of necessity that state a requirement with ``for``: ``X is
#: indispensable for Y`` (condition X, outcome Y).
REQUIREMENT_ADJECTIVES: frozenset[str] = frozenset(
    {"indispensable", "essential", "necessary", "vital", "crucial", "required", "needed"}
)

#: Verbs that state a dependency (``X requires Y``, ``depends on Y``).
CONDITION_VERBS: frozenset[str] = frozenset({"require", "depend", "hinge", "necessitate"})


#: Condition triggers by linguistic class (issue 32): the classes that the learned
#: condition acceptor's candidate rules read. Each is a class of words, not a list of
#: sentences; whether a candidate is a condition is the trained model's decision.
#: Necessity predicates (FrameNet Being_necessary / Required_event; Quirk et al. 1985,
#: 4.49-4.55 on the modals of obligation and necessity): lemmas of ``must``, ``have to``,
#: ``need (to)``, ``have got to``, and the adjectives of necessity.
NECESSITY_MODALS: frozenset[str] = frozenset({"must", "have", "need", "get", "ought"})
NECESSITY_ADJECTIVES: frozenset[str] = frozenset(
    {"necessary", "essential", "vital", "crucial", "critical", "indispensable", "key", "needed", "required"}
)
#: Predicates of contingency (FrameNet Contingency: ``depend on``, ``hinge on``,
#: ``rest on``, ``be contingent/dependent/reliant/conditional on``).
DEPENDENCY_PREDICATES: frozenset[str] = frozenset(
    {"depend", "hinge", "rest", "contingent", "dependent", "reliant", "conditional", "conditioned"}
)
#: Nouns of a sole means (``the only way to X is Y``, ``the only thing that ...``).
SOLE_MEANS_NOUNS: frozenset[str] = frozenset({"way", "thing", "path", "option", "solution", "answer"})
#: Restrictive focus words that make a means the sole one (``only``, ``sole``).
SOLE_MARKERS: frozenset[str] = frozenset({"only", "sole", "single"})
#: Concessive and comparative words before ``if`` that make it no condition (look-alikes
#: the acceptor reads as a feature: ``even if``, ``as if``, ``what if``).
NON_CONDITION_LEADS: frozenset[str] = frozenset({"even", "as", "what", "only"})
#: Words whose ``to``-infinitive is a complement, not a purpose (``able to``, ``going
#: to``, ``want to``): a ``to`` after one of these opens no purpose clause.
INFINITIVE_TAKERS: frozenset[str] = frozenset(
    {
        "able",
        "go",
        "want",
        "try",
        "seem",
        "use",
        "have",
        "need",
        "ought",
        "plan",
        "hope",
        "begin",
        "start",
        "continue",
        "decide",
        "agree",
        "refuse",
        "fail",
        "allow",
        "ask",
        "tell",
        "expect",
        "like",
        "love",
        "willing",
        "ready",
        "likely",
        "unable",
        "about",
        "intend",
        "mean",
        "get",
    }
)
#: Verbs of what a result takes (FrameNet Required_event / Being_necessary: ``it takes
#: X to Y``, ``it'll take X``).
MEANS_VERBS: frozenset[str] = frozenset({"take"})
#: Words of sufficiency (FrameNet Sufficiency: ``X is enough to Y``).
SUFFICIENCY_WORDS: frozenset[str] = frozenset({"enough", "sufficient"})
#: Modals of an outcome that a restrictive focus conditions (``only X would/can Y``).
OUTCOME_MODALS: frozenset[str] = frozenset({"would", "could", "can", "will", "might"})
#: Subjects that name nothing (``it takes``, ``there is``): a feature of the acceptor.
EXPLETIVE_SUBJECTS: frozenset[str] = frozenset({"it", "there", "that", "this"})
#: Past forms of the necessity modals (``had to``, ``needed``): narrated necessity
#: more often than a condition set now; a feature of the acceptor.
PAST_NECESSITY_FORMS: frozenset[str] = frozenset({"had", "needed", "got"})
#: Punctuation and words that close a clause for the surface rules.
CLAUSE_MARKS: frozenset[str] = frozenset({",", ";", ":", ".", "?", "!", "--", "\u2014", "\u2013"})


#: Nouns of time: never a speaker ("said Monday", "this month") and never what was said
#: ("spoke on Monday").
#: Words that open a quantity before the noun phrase it counts (``about half of the
#: voters``, ``nearly 4 in 10``, ``more than a third of``): a source a poll reports.
QUANTITY_LEADS: frozenset[str] = frozenset(
    {
        "about", "nearly", "almost", "roughly", "around", "approximately", "some", "over",
        "under", "just", "only", "more", "fewer", "less", "than", "in", "out", "of", "a",
    }
)  # fmt: skip
#: Nouns and determiners that count people (``half of``, ``most of``, ``a third of``).
QUANTITY_WORDS: frozenset[str] = frozenset(
    {
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
        "minority", "plurality", "most", "many", "some", "few", "several", "percent", "all",
    }
)  # fmt: skip
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


# -- words the stages used to keep to themselves -----------------------------------

#: Words that are never a speaker mention as a cue's subject (relative and
#: demonstrative pronouns, expletive ``there``).
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset({"that", "this", "which", "what", "there", "who"})
#: Abbreviated titles and the word a later description uses ("Sen." ... "the senator").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
}
#: Abbreviations that stand before a name and so never end a sentence before a
#: capitalised word ("Sen. Smith", "Mrs. Ortiz"): a sentence split the tokenizer
#: makes after one is undone (``StanzaParser``). "Jr." and "Inc." are not here:
#: they end names, and sentences with them.
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr.", "mrs.", "ms.", "messrs.", "dr.", "prof.", "rev.", "sen.", "sens.", "rep.",
        "reps.", "gov.", "govs.", "lt.", "gen.", "col.", "maj.", "capt.", "sgt.", "adm.",
        "cmdr.", "pres.", "supt.", "atty.", "amb.", "cpl.", "pvt.", "gens.",
    }
)  # fmt: skip
#: Closing quotation marks that never open a quotation in English news (two
#: apostrophes, the right single and double marks): a sentence of nothing else is the
#: end of the sentence before it, split off by the tokenizer.
CLOSING_ONLY_MARKS: frozenset[str] = frozenset({"''", "\u2019", "\u201d", "\u2019\u201d", "\u201d\u2019"})
#: Labels that open a headline before a colon and name its genre, not a source
#: ("Breaking: ...", "Analysis: ...", "Live: ..."): newsroom kickers.
HEADLINE_LABELS: frozenset[str] = frozenset(
    {
        "breaking", "exclusive", "watch", "look", "wow", "revealed", "bombshell", "update",
        "analysis", "opinion", "editorial", "video", "photos", "live", "latest", "review",
        "explainer", "notice", "obituary", "correction", "podcast", "quiz", "daily", "email",
        "briefing", "newsletter", "recap", "timeline", "factbox", "just in",
    }
)  # fmt: skip
#: Regular verb inflections as (ending, what replaces it in the base form), tried in
#: order when the lemmatizer's lemma of a verb is not a word a table knows ("praised"
#: lemmatized "prais": "praise"; "urging" left as it is: "urge"). A doubled final
#: consonant is undoubled too ("quipped": "quip").
REGULAR_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
    ("es", ""), ("s", ""), ("d", ""),
)  # fmt: skip
#: Words of a consequence in a main clause: "Without X, growth would stall" / "risks".
CONSEQUENCE_WORDS: frozenset[str] = frozenset({"would", "could", "will", "might", "may", "can", "risk"})
#: Object-case pronouns: never a speaker ("Mr. King told me": not "me").
OBJECT_PRONOUNS: frozenset[str] = frozenset({"me", "him", "us", "them", "whom"})
#: Relative pronouns: a cue whose subject is one takes the noun the clause hangs on.
#: ("whose" too: "X, the head of Y and whose also spoke at Z, told W", a "who's" misspelt)
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "whose", "which", "that"})
#: Relative pronouns that stand for a person ("X, a clerk at the Water Board who
#: told ...": X, not the board).
PERSON_RELATIVES: frozenset[str] = frozenset({"who", "whose"})
#: Words of readiness or wanting in the first person: a demand's outcome ("we are
#: ready", "we want"). From the seed annotation.
OFFER_WORDS: frozenset[str] = frozenset(
    {"ready", "want", "willing", "prepared", "accept", "agree", "open", "offer", "will", "would", "can"}
)
#: Verbs that, with a condition noun as object, state a condition in the cue's own
#: clause ("..., stressing the condition for X").
STRESS_VERBS: frozenset[str] = frozenset(
    {
        "stress", "emphasize", "emphasise", "set", "name", "insist", "underline", "underscore",
        "repeat", "reiterate", "state", "lay", "outline", "make",
    }
)  # fmt: skip
#: Subjects that make a modal no demand on another party (impersonal, relative).
NON_PARTY_SUBJECTS: frozenset[str] = frozenset({"it", "there", "this", "that", "which", "what"})
#: Modals of a demand that stand alone (``must``, ``should``) and those that need a
#: following ``to`` (``have to``, ``need to``, ``ought to``): the demand modals split.
BARE_DEMAND_MODALS: frozenset[str] = frozenset({"must", "should"})
TO_DEMAND_MODALS: frozenset[str] = frozenset({"have", "need", "ought"})
#: Verbs that make ``you have to X`` / ``you've got to X`` a turn of speech, not a
#: demand on the one addressed (``you have to understand``, ``you've got to love it``).
DISCOURSE_OBLIGATIONS: frozenset[str] = frozenset(
    {
        "understand",
        "remember",
        "know",
        "realize",
        "realise",
        "admit",
        "say",
        "wonder",
        "see",
        "look",
        "think",
        "believe",
        "love",
        "laugh",
        "hand",
        "give",
        "feel",
        "imagine",
        "ask",
    }
)
#: Words that open an adverbial clause of time, reason or contrast: a demand's span
#: ends before one ("X must stop doing Y when most of us ...").
CLAUSE_SUBORDINATORS: frozenset[str] = frozenset(
    {"when", "while", "whereas", "because", "although", "though", "since", "unlike"}
)
#: Words that open an adverbial clause of time or manner (beyond
#: :data:`CLAUSE_SUBORDINATORS`): a clause they open, hung on a cue as an adverbial
#: clause, is when or how it was said, not what ("she added as she left").
ADJUNCT_SUBORDINATORS: frozenset[str] = frozenset({"as", "after", "before", "until"})
#: Punctuation that closes a quotation whose source follows in the same sentence
#: (``“...,” she said``, ``“...?” asked Lee``); a full stop ends the sentence instead.
QUOTE_CLOSING_PUNCT: frozenset[str] = frozenset({",", "?", "!"})
#: Modals of a demand on a named third party even without a stated price
#: ("the referee needs to check the tape"): ``must``; ``needs`` + ``to``.
NAMED_DEMAND_MODALS: frozenset[str] = frozenset({"must"})
NAMED_DEMAND_TO_MODALS: frozenset[str] = frozenset({"needs"})
#: Verbs whose ``if``-clause object is a question, not a condition (``asked if``),
#: beyond :data:`NON_CONDITION_IF`.
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "wonder", "know", "see"})
#: Verbs of asking proper: an ``if``-clause hung on one as an adverbial clause,
#: right after it and its objects, is still the question (``asked the mayor
#: on Monday if ...``); ``know`` and ``see`` take real conditions there
#: (``you would not know it if you listened``).
ASKING_VERBS: frozenset[str] = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
#: Words after ``if`` that make it no condition when the clause ends there
#: (``if any``, ``if not``, ``if so``, ``if anything``, ``if ever``).
IF_ELLIPSES: frozenset[str] = frozenset({"any", "not", "so", "anything", "nothing", "ever"})
#: Words after a comma that continue a condition rather than close it.
LIST_CONTINUATIONS: frozenset[str] = frozenset(
    {"including", "such", "especially", "particularly", "as", "which", "who", "where"}
)
#: Connectives dropped from the start of an outcome and of a condition.
OUTCOME_LEADS: frozenset[str] = frozenset({"then", "and", "but", "so"})
CONDITION_LEADS: frozenset[str] = frozenset({"that"})
#: Where a condition after its main clause stops: the next condition or clause.
CLAUSE_BREAKS: tuple[str, ...] = (
    "; ",
    ", if ",
    ", or if ",
    " or if ",
    ", unless ",
    " -- ",
    " \u2014 ",
    " \u2013 ",
    ", and if ",
)
#: Determiners and possessive marks inside a mention.
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "neither", "either", "both", "every", "each"}
)
POSSESSIVE_MARKS: frozenset[str] = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Pronouns that may refer to an organisation.
ORGANISATION_PRONOUNS: frozenset[str] = frozenset({"they", "we", "it"})
#: Words that end the part of a mention that can hold its name: a parenthesis,
#: an apposition or relative clause, a dash aside.
NAME_CHUNK_ENDS: frozenset[str] = frozenset({",", "(", "who", "which", "--", "\u2014", "\u2013", "-LRB-"})
#: Prepositions after a name that start a place or affiliation ("Stacey Plaskett
#: of the Virgin Islands", "Megan Hester at the Annenberg Institute").
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"of", "at", "for", "from", "with", "on", "in"})
#: Prepositions of a title's complement: "the president of X", "Senator from Texas".
TITLE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"of", "from"})
#: The line that names an opinion piece's writer: a byline's first word ("By Jane
#: Doe"), the verbs of a closing author's note ("Jane Doe is a playwright ...").
BYLINE_WORDS: frozenset[str] = frozenset({"By"})
AUTHOR_NOTE_VERBS: frozenset[str] = frozenset({"is", "was", "teaches", "writes"})
#: Words skipped when an acronym is matched to a name ("Securities and Exchange
#: Commission" -> S.E.C.).
ACRONYM_SKIP: frozenset[str] = frozenset({"of", "and", "the", "for", "&", "on", "in", "to"})
#: Honorifics that may stand right before a name without a comma.
HONORIFICS: frozenset[str] = frozenset({"mr.", "ms.", "mrs.", "dr."})
#: Prepositions that introduce what a speech act is about, by verb ("spoke about
#: X", "called for X"), and those accepted after any such verb.
TOPIC_PREPOSITIONS: dict[str, frozenset[str]] = {
    "speak": frozenset({"about", "of", "on"}),
    "talk": frozenset({"about", "of"}),
    "call": frozenset({"for", "on"}),
    "point": frozenset({"to", "out"}),
    "respond": frozenset({"with", "to"}),
    "comment": frozenset({"on"}),
    "ask": frozenset({"about", "for"}),
    "warn": frozenset({"of", "about", "against"}),
}
ANY_TOPIC_PREPOSITIONS: frozenset[str] = frozenset(
    {"about", "for", "of", "on", "against", "to", "with", "as"}
)


#: The commonest English words: a text with too few of them is warned about as
#: probably not English (function words of any English frequency list).
COMMON_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "is",
        "was",
        "that",
        "it",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "he",
        "she",
        "they",
        "said",
        "from",
        "his",
        "her",
        "be",
        "are",
        "were",
        "have",
        "has",
        "not",
        "this",
        "but",
        "or",
        "we",
        "i",
        "you",
        "their",
        "its",
        "will",
    ]
)

#: Small closed classes the rules test words against (English function words).
COMPLEMENTIZERS: frozenset[str] = frozenset({"that", "whether", "if"})
COORDINATORS: frozenset[str] = frozenset({"and", "but"})
ABOUT_PREPOSITIONS: frozenset[str] = frozenset({"of", "about"})
#: Verbs of speaking whose object must be a topic phrase ("spoke about X", not
#: "spoke on Monday").
TOPIC_ONLY_VERBS: frozenset[str] = frozenset({"speak", "talk"})
#: Determiners that make a description definite, and indefinite ones.
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"a", "an", "one"})
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
#: Third-person singular personal pronouns of a person.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
#: Conditional subordinators that are temporal too ("once", "as soon as"): only a
#: condition with a future or modal main clause.
TEMPORAL_CONDITIONALS: tuple[tuple[str, ...], ...] = (("once",), ("as", "soon", "as"))
#: Modifiers that belong to a condition noun's trigger ("the only condition").
CONDITION_NOUN_MODIFIERS: frozenset[str] = frozenset({"only", "main", "sole", "key", "one"})
#: Forms of "have" that state a requirement with "to" ("had to", "has to").
REQUIREMENT_HAVE_FORMS: frozenset[str] = frozenset({"had", "has"})
#: Words that open a purpose clause ("to X", "in order to X", "for X to Y").
PURPOSE_MARKS: frozenset[str] = frozenset({"to", "in", "for"})
PURPOSE_LEADS: frozenset[str] = frozenset({"in", "order", "to", "for"})
#: First-person subjects of an offer ("we are ready").
OFFER_SUBJECTS: frozenset[str] = frozenset({"we", "i"})

# -- function words, by class ----------------------------------------------------
#: The infinitive marker.
INFINITIVE_MARKS: frozenset[str] = frozenset({"to"})
#: The two words of the ``according to`` cue.
ACCORDING_PHRASE: tuple[str, ...] = ("according", "to")
#: The words of the ``in order to`` purpose phrase.
PURPOSE_PHRASE: tuple[str, ...] = ("in", "order", "to")
#: The second-person pronoun.
SECOND_PERSON: frozenset[str] = frozenset({"you"})
#: Subjects naming the speaker or the hearer (no third party).
INTERLOCUTOR_PRONOUNS: frozenset[str] = frozenset({"you", "i", "we"})
#: The third-person plural subject pronoun.
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
#: Pronouns that point back to a clause or thing (``this requires ...``).
ANAPHORIC_PRONOUNS: frozenset[str] = frozenset({"this", "that", "it"})
#: The prop subject of ``it takes ...``.
DUMMY_PRONOUNS: frozenset[str] = frozenset({"it"})
#: Words that open an embedded question.
WH_WORDS: frozenset[str] = frozenset({"why", "what", "how", "whether", "who"})
#: Relative pronouns that stand for a noun phrase (``X, who ...``).
WH_RELATIVES: frozenset[str] = frozenset({"who", "which"})
#: Lemmas of the copula.
COPULA_LEMMAS: frozenset[str] = frozenset({"be"})
#: Lemmas of the verb of need (``need X``, ``need to``).
NEED_LEMMAS: frozenset[str] = frozenset({"need"})
#: The lemma of ``got`` in ``have got to``.
GOT_LEMMAS: frozenset[str] = frozenset({"get"})
#: The lemma of ``have`` in ``have got to``.
HAVE_LEMMAS: frozenset[str] = frozenset({"have"})
#: Modals of obligation as such (no ``to``).
OBLIGATION_MODALS: frozenset[str] = frozenset({"must"})
#: The modal of an inverted condition that a clause may run into without a comma.
INVERTING_MODALS: frozenset[str] = frozenset({"should"})
#: The negative particle (``, not X,``).
NEGATORS: frozenset[str] = frozenset({"not"})
#: The core verbs of saying (the tagger may read them as nouns).
BASIC_SPEECH_LEMMAS: frozenset[str] = frozenset({"say", "tell"})
#: The preposition of the ``of``-genitive (``Bank of X``, ``footage of X``).
GENITIVE_PREPOSITIONS: frozenset[str] = frozenset({"of"})
#: The preposition of accompaniment (``with X saying``, ``interview with X``).
COMITATIVE_PREPOSITIONS: frozenset[str] = frozenset({"with"})
#: The preposition of a speech event's setting (``in an interview``).
SETTING_PREPOSITIONS: frozenset[str] = frozenset({"in"})
#: The preposition of what a requirement is for (``a condition for X``).
BENEFACTIVE_PREPOSITIONS: frozenset[str] = frozenset({"for"})
#: Prepositions after a verb of dependence.
DEPENDENCE_PREPOSITIONS: frozenset[str] = frozenset({"on", "upon"})
#: The preposition of a condition by absence (``without X, Y would ...``).
WITHOUT_PREPOSITIONS: frozenset[str] = frozenset({"without"})
#: The preposition of a role (``described X as Y``).
ROLE_PREPOSITIONS: frozenset[str] = frozenset({"as"})
#: Words before a count that belong to it (``about half``).
APPROXIMATORS: frozenset[str] = frozenset({"about"})
#: Marks of a non-finite clause (not reported speech).
NON_FINITE_MARKS: frozenset[str] = frozenset({"for", "of", "to"})
#: The complementiser of a declarative clause.
DECLARATIVE_COMPLEMENTIZERS: frozenset[str] = frozenset({"that"})
#: A temporal subordinator that opens a clause of its own after a quote.
TEMPORAL_SUBORDINATORS: frozenset[str] = frozenset({"when"})
#: The additive coordinator.
ADDITIVE_CONJUNCTIONS: frozenset[str] = frozenset({"and"})
#: Words right before an embedded condition that open its clause (``the lesson is that if ...``).
CLAUSE_LEAD_WORDS: frozenset[str] = frozenset({"that", "and", "but"})
#: Coordinators inside or between names (``Smith and Jones``, ``AT&T``).
NAME_CONJUNCTIONS: frozenset[str] = frozenset({"and", "&"})
#: What may stand between two conditions of one chain.
CHAIN_GAPS: frozenset[str] = frozenset({",", ";", ", or", ", and", "or", "and", "; or", "; and"})
#: The plain conditional subordinator (its own tests: not an indirect question).
IF_SUBORDINATORS: frozenset[tuple[str, ...]] = frozenset({("if",)})
#: Conditional subordinators that are participles (also verbs of their own).
PARTICIPLE_SUBORDINATORS: frozenset[tuple[str, ...]] = frozenset(
    {("provided",), ("providing",), ("assuming",)}
)
#: ``in case`` (a condition only before a clause, not ``in case of``).
CASE_SUBORDINATORS: frozenset[tuple[str, ...]] = frozenset({("in", "case")})
#: The verb of a supposition (``let's say they win``).
SUPPOSITION_VERBS: frozenset[str] = frozenset({"say"})
#: Modals of a main clause that make a temporal clause a condition.
FUTURE_MODALS: frozenset[str] = frozenset({"will", "would", "can"})
#: The definite article (dropped when names are compared).
DEFINITE_ARTICLES: frozenset[str] = frozenset({"the"})
#: The first-person singular subject (the writer of a signed piece).
NARRATOR_PRONOUNS: frozenset[str] = frozenset({"i"})

# -- the treebank's tags and tokens ------------------------------------------------
# The English models are trained on UD English-EWT and GUM, whose language-specific
# tags (XPOS) are the Penn Treebank's; the stages read tags only through these tables,
# for words whose morphological features are missing.
#: Tags of finite verbs and modals (past, present third singular, present other, modal).
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of participles (present/gerund, past).
PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBG", "VBN"})
#: Tags of gerunds and present participles.
GERUND_TAGS: frozenset[str] = frozenset({"VBG"})
#: Opening and closing round brackets, as the text has them or as the treebank writes them.
OPENING_BRACKETS: frozenset[str] = frozenset({"(", "-LRB-"})
CLOSING_BRACKETS: frozenset[str] = frozenset({")", "-RRB-"})


_PAREN = "Pareti's PARC 3.0 / PolNeAR guidelines, GenderGapTracker's quote_verb_list, Krestel et al. (2008)"
_QUIRK = "Quirk et al. (1985), A Comprehensive Grammar of the English Language, 15.33-15.39"
_DEV = "written for this project from the PolNeAR dev error analysis"

#: English, with the tables of this module.
ENGLISH: Lexicon = Lexicon(
    lang="en",
    language_name="English",
    common_words=COMMON_WORDS,
    cues=CueWords(
        reporting_verbs=REPORTING_VERBS,
        reporting_verbs_need_subject=REPORTING_VERBS_NEED_SUBJECT,
        non_cue_phrases=NON_CUE_PHRASES,
        basic_speech_lemmas=BASIC_SPEECH_LEMMAS,
        tell_verbs=TELL_VERBS,
        never_inverted_verbs=NEVER_INVERTED_VERBS,
        np_content_verbs=NP_CONTENT_VERBS,
        np_only_verbs=NP_ONLY_VERBS,
        naming_verbs=NAMING_VERBS,
        speaking_verbs=SPEAKING_VERBS,
        clause_object_verbs=CLAUSE_OBJECT_VERBS,
        infinitive_not_speech_verbs=INFINITIVE_NOT_SPEECH_VERBS,
        speaking_manner_nouns=SPEAKING_MANNER_NOUNS,
        topic_only_verbs=TOPIC_ONLY_VERBS,
        object_control_verbs=OBJECT_CONTROL_VERBS,
        complement_verbs=COMPLEMENT_VERBS,
        question_verbs=QUESTION_VERBS,
        asking_verbs=ASKING_VERBS,
        author_note_verbs=AUTHOR_NOTE_VERBS,
        communication_nouns=COMMUNICATION_NOUNS,
        speech_event_nouns=SPEECH_EVENT_NOUNS,
        headline_labels=HEADLINE_LABELS,
        addressee_prepositions=ADDRESSEE_PREPOSITIONS,
        topic_prepositions=TOPIC_PREPOSITIONS,
        any_topic_prepositions=ANY_TOPIC_PREPOSITIONS,
        according_phrase=ACCORDING_PHRASE,
    ),
    marks=Marks(
        double_quotes=DOUBLE_QUOTES,
        closing_double=CLOSING_DOUBLE,
        opening_double_default=OPENING_DOUBLE_DEFAULT,
        single_quotes=SINGLE_QUOTES,
        closing_only_marks=CLOSING_ONLY_MARKS,
        quote_closing_punct=QUOTE_CLOSING_PUNCT,
        clause_marks=CLAUSE_MARKS,
        possessive_marks=POSSESSIVE_MARKS,
    ),
    names=NameWords(
        title_words=TITLE_WORDS,
        honorifics=HONORIFICS,
        title_abbreviations=TITLE_ABBREVIATIONS,
        name_abbreviations=NAME_ABBREVIATIONS,
        organisation_words=ORGANISATION_WORDS,
        organisation_nouns=ORGANISATION_NOUNS,
        place_words=PLACE_WORDS,
        person_nouns=PERSON_NOUNS,
        person_noun_endings=PERSON_NOUN_ENDINGS,
        name_particles=NAME_PARTICLES,
        name_suffixes=NAME_SUFFIXES,
        name_connectors=NAME_CONNECTORS,
        name_conjunctions=NAME_CONJUNCTIONS,
        name_chunk_ends=NAME_CHUNK_ENDS,
        affiliation_prepositions=AFFILIATION_PREPOSITIONS,
        title_complement_prepositions=TITLE_COMPLEMENT_PREPOSITIONS,
        byline_words=BYLINE_WORDS,
        acronym_skip=ACRONYM_SKIP,
        female_first_names=FEMALE_FIRST_NAMES,
        male_first_names=MALE_FIRST_NAMES,
        time_nouns=TIME_NOUNS,
        quantity_leads=QUANTITY_LEADS,
        quantity_words=QUANTITY_WORDS,
        approximators=APPROXIMATORS,
    ),
    pronouns=Pronouns(
        first_person=FIRST_PERSON,
        second_person=SECOND_PERSON,
        narrator_pronouns=NARRATOR_PRONOUNS,
        interlocutor_pronouns=INTERLOCUTOR_PRONOUNS,
        person_pronouns=PERSON_PRONOUNS,
        plural_pronouns=PLURAL_PRONOUNS,
        male_words=MALE_WORDS,
        female_words=FEMALE_WORDS,
        object_pronouns=OBJECT_PRONOUNS,
        organisation_pronouns=ORGANISATION_PRONOUNS,
        relative_pronouns=RELATIVE_PRONOUNS,
        person_relatives=PERSON_RELATIVES,
        wh_relatives=WH_RELATIVES,
        anaphoric_pronouns=ANAPHORIC_PRONOUNS,
        dummy_pronouns=DUMMY_PRONOUNS,
        expletive_subjects=EXPLETIVE_SUBJECTS,
        non_speaker_subjects=NON_SPEAKER_SUBJECTS,
        offer_subjects=OFFER_SUBJECTS,
        non_party_subjects=NON_PARTY_SUBJECTS,
    ),
    function_words=FunctionWords(
        determiners=DETERMINERS,
        definite_determiners=DEFINITE_DETERMINERS,
        indefinite_determiners=INDEFINITE_DETERMINERS,
        articles=ARTICLES,
        definite_articles=DEFINITE_ARTICLES,
        complementizers=COMPLEMENTIZERS,
        declarative_complementizers=DECLARATIVE_COMPLEMENTIZERS,
        coordinators=COORDINATORS,
        additive_conjunctions=ADDITIVE_CONJUNCTIONS,
        infinitive_marks=INFINITIVE_MARKS,
        non_finite_marks=NON_FINITE_MARKS,
        negators=NEGATORS,
        copula_lemmas=COPULA_LEMMAS,
        have_lemmas=HAVE_LEMMAS,
        got_lemmas=GOT_LEMMAS,
        need_lemmas=NEED_LEMMAS,
        future_modals=FUTURE_MODALS,
        obligation_modals=OBLIGATION_MODALS,
        inverting_modals=INVERTING_MODALS,
        wh_words=WH_WORDS,
        genitive_prepositions=GENITIVE_PREPOSITIONS,
        comitative_prepositions=COMITATIVE_PREPOSITIONS,
        setting_prepositions=SETTING_PREPOSITIONS,
        benefactive_prepositions=BENEFACTIVE_PREPOSITIONS,
        dependence_prepositions=DEPENDENCE_PREPOSITIONS,
        without_prepositions=WITHOUT_PREPOSITIONS,
        role_prepositions=ROLE_PREPOSITIONS,
        about_prepositions=ABOUT_PREPOSITIONS,
        temporal_subordinators=TEMPORAL_SUBORDINATORS,
        clause_subordinators=CLAUSE_SUBORDINATORS,
        adjunct_subordinators=ADJUNCT_SUBORDINATORS,
    ),
    conditions=ConditionTriggers(
        conditional_subordinators=CONDITIONAL_SUBORDINATORS,
        if_subordinators=IF_SUBORDINATORS,
        participle_subordinators=PARTICIPLE_SUBORDINATORS,
        case_subordinators=CASE_SUBORDINATORS,
        temporal_conditionals=TEMPORAL_CONDITIONALS,
        inverted_conditionals=INVERTED_CONDITIONALS,
        non_condition_if=NON_CONDITION_IF,
        non_condition_leads=NON_CONDITION_LEADS,
        if_ellipses=IF_ELLIPSES,
        supposition_verbs=SUPPOSITION_VERBS,
        condition_nouns=CONDITION_NOUNS,
        condition_noun_modifiers=CONDITION_NOUN_MODIFIERS,
        condition_verbs=CONDITION_VERBS,
        stress_verbs=STRESS_VERBS,
        necessity_modals=NECESSITY_MODALS,
        necessity_adjectives=NECESSITY_ADJECTIVES,
        past_necessity_forms=PAST_NECESSITY_FORMS,
        requirement_have_forms=REQUIREMENT_HAVE_FORMS,
        requirement_adjectives=REQUIREMENT_ADJECTIVES,
        requirement_subjects=REQUIREMENT_SUBJECTS,
        dependency_predicates=DEPENDENCY_PREDICATES,
        sole_means_nouns=SOLE_MEANS_NOUNS,
        sole_markers=SOLE_MARKERS,
        means_verbs=MEANS_VERBS,
        sufficiency_words=SUFFICIENCY_WORDS,
        outcome_modals=OUTCOME_MODALS,
        consequence_words=CONSEQUENCE_WORDS,
        infinitive_takers=INFINITIVE_TAKERS,
        purpose_marks=PURPOSE_MARKS,
        purpose_leads=PURPOSE_LEADS,
        purpose_phrase=PURPOSE_PHRASE,
        bare_demand_modals=BARE_DEMAND_MODALS,
        to_demand_modals=TO_DEMAND_MODALS,
        named_demand_modals=NAMED_DEMAND_MODALS,
        named_demand_to_modals=NAMED_DEMAND_TO_MODALS,
        discourse_obligations=DISCOURSE_OBLIGATIONS,
        offer_words=OFFER_WORDS,
        list_continuations=LIST_CONTINUATIONS,
        outcome_leads=OUTCOME_LEADS,
        condition_leads=CONDITION_LEADS,
        clause_breaks=CLAUSE_BREAKS,
        clause_lead_words=CLAUSE_LEAD_WORDS,
        chain_gaps=CHAIN_GAPS,
    ),
    syntax=Syntax(
        finite_tags=FINITE_TAGS,
        participle_tags=PARTICIPLE_TAGS,
        gerund_tags=GERUND_TAGS,
        opening_brackets=OPENING_BRACKETS,
        closing_brackets=CLOSING_BRACKETS,
        regular_inflections=REGULAR_INFLECTIONS,
    ),
    sources={
        "complementizers": "English complementisers",
        "coordinators": "English coordinating conjunctions",
        "about_prepositions": "English prepositions of topic",
        "topic_only_verbs": "PolNeAR (Newell et al. 2018): noun-phrase attribution content",
        "definite_determiners": "English determiners",
        "indefinite_determiners": "English determiners",
        "articles": "English articles",
        "person_pronouns": "English personal pronouns",
        "temporal_conditionals": _QUIRK,
        "condition_noun_modifiers": "the seed annotation (the only condition)",
        "requirement_have_forms": "the PolNeAR dev conditions annotation (had to, has to)",
        "purpose_marks": "English purpose-clause markers",
        "purpose_leads": "English purpose-clause markers",
        "offer_subjects": "the seed annotation (we are ready)",
        "infinitive_marks": "the infinitive marker (Quirk et al. 1985, 3.54)",
        "according_phrase": "Pareti's PARC 3.0 / PolNeAR guidelines (the 'according to' cue)",
        "purpose_phrase": "Quirk et al. (1985), 15.48 (clauses of purpose)",
        "second_person": "English personal pronouns (Quirk et al. 1985, 6.2)",
        "interlocutor_pronouns": "English personal pronouns (Quirk et al. 1985, 6.2)",
        "plural_pronouns": "English personal pronouns (Quirk et al. 1985, 6.2)",
        "anaphoric_pronouns": "English demonstrative and personal pronouns",
        "dummy_pronouns": "Quirk et al. (1985), 10.26 (prop it)",
        "wh_words": "English wh-words and whether (Quirk et al. 1985, 11.14)",
        "wh_relatives": "English wh-relative pronouns",
        "copula_lemmas": "the English copula",
        "need_lemmas": "FrameNet Needing",
        "got_lemmas": "Quirk et al. (1985), 3.47 (have got to)",
        "have_lemmas": "Quirk et al. (1985), 3.47 (have got to)",
        "obligation_modals": "Quirk et al. (1985), 4.54 (obligation)",
        "inverting_modals": "Quirk et al. (1985), 15.36 (inverted conditions)",
        "negators": "the English negative particle",
        "basic_speech_lemmas": "the core English verbs of saying",
        "genitive_prepositions": "English prepositions (Quirk et al. 1985, 9.7)",
        "comitative_prepositions": "English prepositions (Quirk et al. 1985, 9.7)",
        "setting_prepositions": "English prepositions (Quirk et al. 1985, 9.7)",
        "benefactive_prepositions": "English prepositions (Quirk et al. 1985, 9.7)",
        "dependence_prepositions": "FrameNet Contingency (depend on, hinge on)",
        "without_prepositions": "Quirk et al. (1985), 15.34 (without as a conditional)",
        "role_prepositions": "English prepositions (Quirk et al. 1985, 9.7)",
        "approximators": "English approximating adverbs (Quirk et al. 1985, 7.56)",
        "non_finite_marks": "English markers of non-finite clauses",
        "declarative_complementizers": "Quirk et al. (1985), 15.3 (that-clauses)",
        "temporal_subordinators": "Quirk et al. (1985), 15.25 (clauses of time)",
        "additive_conjunctions": "English coordinators",
        "clause_lead_words": "English complementiser and coordinators",
        "name_conjunctions": "English coordinators in names",
        "chain_gaps": "English coordinators and list punctuation",
        "if_subordinators": "Quirk et al. (1985), 15.33",
        "participle_subordinators": "Quirk et al. (1985), 15.34",
        "case_subordinators": "Quirk et al. (1985), 15.34",
        "supposition_verbs": "English suppositions (let's say)",
        "future_modals": "Quirk et al. (1985), 4.42 (future and possibility)",
        "definite_articles": "the English definite article",
        "narrator_pronouns": "English personal pronouns (Quirk et al. 1985, 6.2)",
        "finite_tags": "Penn Treebank tag set (Marcus et al. 1993), the XPOS of UD English-EWT and GUM",
        "participle_tags": "Penn Treebank tag set (Marcus et al. 1993)",
        "gerund_tags": "Penn Treebank tag set (Marcus et al. 1993)",
        "opening_brackets": "Penn Treebank bracket tokens (-LRB-) and the ASCII bracket",
        "closing_brackets": "Penn Treebank bracket tokens (-RRB-) and the ASCII bracket",
        "common_words": "function words of English frequency lists",
        "reporting_verbs": _PAREN,
        "reporting_verbs_need_subject": _DEV,
        "tell_verbs": _PAREN,
        "np_content_verbs": "PolNeAR (Newell et al. 2018): noun-phrase attribution content; "
        "verbs whose noun phrases the train split never counts as speech left out",
        "np_only_verbs": "PolNeAR (Newell et al. 2018): noun-phrase attribution content",
        "speaking_verbs": _PAREN,
        "clause_object_verbs": "written for this project from the PolNeAR train error analysis",
        "infinitive_not_speech_verbs": "written for this project from the PolNeAR train error analysis",
        "speaking_manner_nouns": "written for this project from the PolNeAR train error analysis",
        "addressee_prepositions": _PAREN,
        "communication_nouns": _DEV,
        "speech_event_nouns": _DEV,
        "topic_prepositions": "PolNeAR (Newell et al. 2018): noun-phrase attribution content",
        "any_topic_prepositions": "PolNeAR (Newell et al. 2018): noun-phrase attribution content",
        "non_speaker_subjects": "English relative and demonstrative pronouns",
        "title_abbreviations": "AP Stylebook abbreviations of titles before a name (Sen., Rep., Gov., Gen.)",
        "consequence_words": "English modal auxiliaries of possibility and prediction (Quirk et al. 1985, 4.49-4.56) and the verb 'risk'",
        "object_pronouns": "English object-case personal pronouns (Quirk et al. 1985, 6.4); 'her' left out, it is also a possessive",
        "relative_pronouns": "English relative pronouns",
        "name_abbreviations": "AP Stylebook abbreviations of titles and courtesy titles before a name",
        "closing_only_marks": "Unicode Pf punctuation and the PTB closing quote ''",
        "regular_inflections": "English regular verb inflection (Quirk et al. 1985, 3.5-3.9)",
        "naming_verbs": "VerbNet 3.4 dub-29.3 and characterize-29.2 (speech uses)",
        "never_inverted_verbs": "English quotative inversion (only with no object; verbs of telling need their hearer)",
        "headline_labels": "newsroom headline kickers and labels (AP Stylebook; news sites' section labels)",
        "time_nouns": "English weekday and time nouns",
        "quantity_leads": "Quirk et al. 1985, 5.25 and 6.64 (approximators and quantifying phrases before a noun phrase)",
        "quantity_words": "Quirk et al. 1985, 5.23-5.26 (quantifiers, fractions, percent)",
        "double_quotes": "Unicode Pi/Pf punctuation; CLDR delimiters for English, French, German",
        "closing_double": "Unicode Pi/Pf punctuation; CLDR delimiters for English, French, German",
        "opening_double_default": "Unicode Pi/Pf punctuation; CLDR delimiters for English, French, German",
        "single_quotes": "Unicode Pi/Pf punctuation; CLDR delimiters for English, French, German",
        "title_words": "AP Stylebook titles and honorifics",
        "honorifics": "AP Stylebook titles and honorifics",
        "organisation_words": "common words of organisation and media names",
        "organisation_nouns": _DEV,
        "place_words": "common country, US state and region names; " + _DEV,
        "organisation_pronouns": "English pronouns that may refer to a group",
        "person_nouns": _DEV,
        "person_noun_endings": "English agent-noun suffixes",
        "name_particles": "common European name particles",
        "name_suffixes": "English generational suffixes",
        "name_connectors": "English function words inside organisation names",
        "name_chunk_ends": _DEV,
        "affiliation_prepositions": _DEV,
        "object_control_verbs": "English object-control verbs; " + _DEV,
        "title_complement_prepositions": "English prepositions of title complements (AP Stylebook titles)",
        "person_relatives": "English relative pronouns for persons",
        "byline_words": "English newspaper bylines",
        "author_note_verbs": "English opinion-page author notes; " + _DEV,
        "acronym_skip": "English function words left out of acronyms",
        "determiners": "English determiners",
        "possessive_marks": "English possessive clitics",
        "male_words": "English gendered pronouns, honorifics and titles",
        "female_first_names": "US SSA popular given names (public domain); news politicians",
        "male_first_names": "US SSA popular given names (public domain); news politicians",
        "female_words": "English gendered pronouns, honorifics and titles",
        "first_person": "English first-person pronouns",
        "conditional_subordinators": _QUIRK,
        "inverted_conditionals": _QUIRK,
        "non_cue_phrases": "fixed discourse phrases (Quirk et al. 1985, 8.127 on disjuncts); " + _DEV,
        "non_condition_if": _QUIRK + "; the conditions annotation guidelines (look-alikes)",
        "question_verbs": _QUIRK + " (if = whether after verbs of asking and knowing)",
        "asking_verbs": _QUIRK + " (if = whether after verbs of asking, also as an adverbial clause)",
        "if_ellipses": "the conditions annotation guidelines (look-alikes: if any, if anything); "
        "the indefinite pronouns of the same hedges (if nothing else)",
        "condition_nouns": "the seed annotation (only condition), the conditions annotation guidelines",
        "condition_verbs": "the conditions annotation guidelines (X requires Y, depends on Y)",
        "necessity_modals": "FrameNet Being_necessary/Required_event; Quirk et al. 1985, 4.49-4.55 (modals of obligation)",
        "necessity_adjectives": "FrameNet Being_necessary (adjectives of necessity); CGEL ch. 7",
        "dependency_predicates": "FrameNet Contingency (depend on, hinge on, contingent on)",
        "sole_means_nouns": "FrameNet Means with restrictive focus (the only way to X is Y); Quirk et al. 8.116",
        "sole_markers": "Quirk et al. 1985, 8.116 (restrictive focusing subjuncts)",
        "infinitive_takers": "English verbs and adjectives with to-infinitive complements (CGEL ch. 14)",
        "clause_marks": "English clause punctuation",
        "expletive_subjects": "English expletive and demonstrative subjects (CGEL ch. 16)",
        "past_necessity_forms": "English past forms of the necessity modals (Quirk et al. 4.49-4.55)",
        "means_verbs": "FrameNet Required_event (it takes X to Y)",
        "sufficiency_words": "FrameNet Sufficiency (X is enough to Y)",
        "outcome_modals": "Quirk et al. 1985, 4.49-4.58 (modals of possibility and prediction)",
        "non_condition_leads": _QUIRK + " (concessive even if, comparative as if, what if questions)",
        "requirement_subjects": "the PolNeAR dev conditions annotation",
        "requirement_adjectives": "English adjectives of necessity taking a 'for' complement (CGEL ch. 7)",
        "complement_verbs": "English verbs of thinking and saying with a bare finite complement (CGEL ch. 11)",
        "bare_demand_modals": "the seed annotation (must/should demands)",
        "to_demand_modals": "the seed annotation; the conditions annotation guidelines (has to, needs to)",
        "named_demand_modals": "the PolNeAR dev conditions annotation (demands on a named party)",
        "discourse_obligations": "idiomatic obligations (you have to hand it to them, you've got to love it); "
        + _DEV,
        "clause_subordinators": _QUIRK + "; " + _DEV,
        "quote_closing_punct": "English punctuation of a quotation before its attribution (news style)",
        "adjunct_subordinators": "Quirk et al. (1985), 15.25-15.27 (clauses of time) and 15.51 (manner)",
        "named_demand_to_modals": "the PolNeAR dev conditions annotation (demands on a named party)",
        "offer_words": "the seed annotation (we are ready)",
        "stress_verbs": "the seed annotation (stressing the condition)",
        "non_party_subjects": "English impersonal and relative pronouns",
        "list_continuations": _DEV,
        "outcome_leads": "English clause connectives",
        "condition_leads": "English complementiser",
        "clause_breaks": "the conditions annotation guidelines (a condition ends where its clause ends)",
    },
)

#: The lexicons available, by language code.

#: This pack's lexicon (what :func:`quotekit.lexicon.lexicon_for` returns for ``"en"``).
LEXICON: Lexicon = ENGLISH
