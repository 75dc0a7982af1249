"""Rules on the parses of a retrained tagger (``scripts/reports/train_cpu_finetune.md``).

The continued tagger reads some shapes differently from the bundled one: a dash as a
proper noun, a description after an inverted speaker as a clausal complement, a name
particle as a preposition. These CoNLL-U parses are its output for invented sentences
of those shapes (the rules must hold whichever model parses).
"""

from __future__ import annotations

import pytest
from conftest import rules_pipeline

from quotekit import read_conllu

PARSES: dict[str, str] = {
    "dash_own_cue": """# newdoc id = dash_own_cue
# text = When Smith noted that the firm had not paid any taxes ― as was true for the years its books were public ― Jones boasted, “That makes us clever.”
1	When	when	ADV	WRB	PronType=Int	3	advmod	_	_
2	Smith	Smith	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	noted	note	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	25	advcl	_	_
4	that	that	SCONJ	IN	_	9	mark	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	firm	firm	NOUN	NN	Number=Sing	9	nsubj	_	_
7	had	have	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	9	aux	_	_
8	not	not	PART	RB	Polarity=Neg	9	advmod	_	_
9	paid	pay	VERB	VBN	Tense=Past|VerbForm=Part	3	ccomp	_	_
10	any	any	DET	DT	PronType=Ind	11	det	_	_
11	taxes	tax	NOUN	NNS	Number=Plur	9	obj	_	_
12	―	―	INTJ	UH	_	9	discourse	_	_
13	as	as	SCONJ	IN	_	15	mark	_	_
14	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	15	cop	_	_
15	true	true	ADJ	JJ	Degree=Pos	9	advcl	_	_
16	for	for	ADP	IN	_	18	case	_	_
17	the	the	DET	DT	Definite=Def|PronType=Art	18	det	_	_
18	years	year	NOUN	NNS	Number=Plur	15	obl	_	_
19	its	its	PRON	PRP$	Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs	20	nmod:poss	_	_
20	books	book	NOUN	NNS	Number=Plur	15	obl	_	_
21	were	be	AUX	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	22	cop	_	_
22	public	public	ADJ	JJ	Degree=Pos	25	ccomp	_	_
23	―	―	PROPN	NNP	Number=Sing	22	nsubj	_	_
24	Jones	Jones	PROPN	NNP	Number=Sing	25	nsubj	_	_
25	boasted	boast	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	SpaceAfter=No
26	,	,	PUNCT	,	_	29	punct	_	_
27	“	"	PUNCT	``	_	29	punct	_	SpaceAfter=No
28	That	that	PRON	DT	Number=Sing|PronType=Dem	29	nsubj	_	_
29	makes	make	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	25	parataxis	_	_
30	us	we	PRON	PRP	Case=Acc|Number=Plur|Person=1|PronType=Prs	29	obj	_	_
31	clever	clever	NOUN	NN	Number=Sing	29	obj	_	SpaceAfter=No
32	.	.	PUNCT	.	_	29	punct	_	SpaceAfter=No
33	”	"	PUNCT	''	_	3	punct	_	SpaceAfter=No

""",
    "apposition": """# newdoc id = apposition
# text = “The market's a pretty strange place,” said Tom Vance, a builder in Ohio.
1	“	"	PUNCT	``	_	11	punct	_	SpaceAfter=No
2	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
3	market	market	NOUN	NN	Number=Sing	8	nmod:poss	_	SpaceAfter=No
4	's	's	PART	POS	_	3	case	_	_
5	a	a	DET	DT	Definite=Ind|PronType=Art	8	det	_	_
6	pretty	pretty	ADV	RB	_	7	advmod	_	_
7	strange	strange	ADJ	JJ	Degree=Pos	8	amod	_	_
8	place	place	NOUN	NN	Number=Sing	11	nsubj	_	SpaceAfter=No
9	,	,	PUNCT	,	_	8	punct	_	SpaceAfter=No
10	”	"	PUNCT	''	_	8	punct	_	_
11	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
12	Tom	Tom	PROPN	NNP	Number=Sing	11	nsubj	_	_
13	Vance	Vance	PROPN	NNP	Number=Sing	12	flat	_	SpaceAfter=No
14	,	,	PUNCT	,	_	16	punct	_	_
15	a	a	DET	DT	Definite=Ind|PronType=Art	16	det	_	_
16	builder	build	ADJ	JJR	Degree=Cmp	11	ccomp	_	_
17	in	in	ADP	IN	_	18	case	_	_
18	Ohio	Ohio	PROPN	NNP	Number=Sing	16	obl	_	SpaceAfter=No
19	.	.	PUNCT	.	_	11	punct	_	SpaceAfter=No

""",
    "particle": """# newdoc id = particle
# text = European Commission President Ursula von der Leyen said the deal was fair.
1	European	European	ADJ	NNP	Degree=Pos	2	amod	_	_
2	Commission	Commission	PROPN	NNP	Number=Sing	8	nsubj	_	_
3	President	President	PROPN	NNP	Number=Sing	8	nsubj	_	_
4	Ursula	Ursula	PROPN	NNP	Number=Sing	5	compound	_	_
5	von	von	PROPN	NNP	Number=Sing	3	flat	_	_
6	der	der	ADP	IN	_	7	case	_	_
7	Leyen	Leyen	PROPN	NNP	Number=Sing	5	nmod	_	_
8	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	deal	deal	NOUN	NN	Number=Sing	12	nsubj	_	_
11	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	12	cop	_	_
12	fair	fair	ADJ	JJ	Degree=Pos	8	ccomp	_	SpaceAfter=No
13	.	.	PUNCT	.	_	8	punct	_	SpaceAfter=No

""",
}


def _quotes(name: str) -> list[tuple[str, str, str | None, str | None]]:
    a = rules_pipeline().extract(read_conllu(PARSES[name]))
    return [
        (
            q.kind.value,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker.label if q.speaker else None,
        )
        for q in a.quotes
    ]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # a dash tagged PROPN does not hide the clause break before "Jones boasted"
        (
            "dash_own_cue",
            [
                (
                    "indirect",
                    "the firm had not paid any taxes ― as was true for the years its books were public",
                    "noted",
                    "Smith",
                ),
                ("direct", "That makes us clever.", "boasted", "Jones"),
            ],
        ),
        # "said Tom Vance, a builder in Ohio": the description (a ccomp here) is no quote
        ("apposition", [("direct", "The market's a pretty strange place,", "said", "Tom Vance")]),
        # "von der Leyen" with "der" an ADP
        ("particle", [("indirect", "the deal was fair", "said", "Ursula von der Leyen")]),
    ],
)
def test_rules_hold_on_the_retrained_parses(
    name: str, want: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _quotes(name) == want
