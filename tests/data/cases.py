"""The sentences behind ``patterns.conllu``: name -> text.

``python tests/data/make_fixtures.py`` parses them with the bundled model and
writes ``patterns.conllu``; the parses were then read through by hand (the
rules are checked against what a parser of this quality gives).
"""

CASES: dict[str, str] = {
    # direct quotes
    "d_after": "“We are ready to talk,” Smith said.",
    "d_inverted": "“We are ready to talk,” said Smith.",
    "d_before_colon": "Smith said: “We are ready to talk.”",
    "d_split": "John Smith arrived late. “We are ready,” he said, “but not today.”",
    "d_repeated": "Smith said: “We want peace and nothing else,” he said.",
    "d_continuation": "Smith spoke first. “We want peace,” Smith said. “We will not give up on it.”",
    "d_question": "“Would you accept a truce?” “Yes, we would accept it,” Smith said.",
    "d_straight": '"We are ready to talk," Smith said.',
    "d_single": "‘We are ready to talk,’ Smith said.",
    "d_guillemets": "« We are ready to talk », Smith said.",
    "d_german": "„We are ready to talk“, Smith said.",
    "d_nested": "“He told me ‘never again’ and I believed him,” Smith said.",
    "d_multipara": "“We are ready to start.\n\n“We will talk tomorrow,” Smith said.",
    "d_missing_open": "Smith spoke on Monday. This is all a big lie,” he said.",
    "d_scare": "The so-called “peace plan” was rejected by everyone on Monday.",
    "d_addressee": "“We are ready to talk,” Smith told Fox News.",
    # reported speech
    "i_that": "Smith said that the talks had failed.",
    "i_nothat": "Smith said the talks had failed.",
    "i_told": "Smith told reporters that the talks had failed.",
    "i_postposed": "The talks had failed completely, Smith said.",
    "i_coord": "Smith stated that they want peace and stated that their condition is a withdrawal.",
    "i_according": "According to Smith, the talks had failed.",
    "i_participle": "Smith left the room, saying: “We are done here.”",
    "i_asked": "Asked if they would accept a truce, Smith said: “We want peace.”",
    # speakers
    "s_pronoun_she": "Jane Smith arrived on Monday. “We are ready,” she said.",
    "s_surname": "Ilham Aliyev spoke on Monday. “We are ready,” Aliyev said.",
    "s_title": "President Ilham Aliyev spoke on Monday. “We are ready,” the president said.",
    "s_unnamed": "“We are ready,” a source said. “We are not,” John Smith said.",
    "s_two_smiths": "John Smith said the plan works well. Mary Smith said the plan fails badly.",
    "s_unresolved": "“We are ready,” he said.",
    # conditions
    "c_if_after": "“We will sign the deal if they withdraw,” Smith said.",
    "c_if_before": "“If they withdraw, we will sign the deal,” Smith said.",
    "c_unless": "“We will not sign unless they withdraw,” Smith said.",
    "c_provided": "“We will sign provided that they withdraw,” Smith said.",
    "c_as_long_as": "“We will talk as long as they stop shooting,” Smith said.",
    "c_so_long_as": "“We will talk so long as they stop shooting,” Smith said.",
    "c_on_condition": "“We will sign on condition that they withdraw,” Smith said.",
    "c_only_if": "“We will sign only if they withdraw,” Smith said.",
    "c_in_case": "“We will stay in case they attack again,” Smith said.",
    "c_assuming": "“We will sign assuming that they withdraw,” Smith said.",
    "c_indirect": "Smith said they would sign the deal if the troops withdrew.",
    "c_stated": "“Our only condition for peace is a full withdrawal,” Smith said.",
    "c_requires": "“Peace requires a full withdrawal,” Smith said.",
    "c_depends": "“Peace depends on a full withdrawal,” Smith said.",
    "c_demand_must": "“We are ready to talk. Armenia must leave the region,” Smith said.",
    "c_demand_should": "“We want peace. Russia should stop the attacks,” Smith said.",
    # not conditions
    "n_even_if": "“We will fight even if they withdraw,” Smith said.",
    "n_as_if": "“They act as if nothing happened,” Smith said.",
    "n_asked_if": "Smith asked if they would sign the deal.",
    "n_what_if": "“What if they refuse to sign?” Smith said.",
    "n_if_any": "“We have few options, if any, left now,” Smith said.",
    "n_narrator": "If the talks fail, the war will go on. “We are ready,” Smith said.",
    "n_unconditional": "“We want an unconditional ceasefire,” Smith said.",
    "n_opinion": "“Countries should stay away from the conflict,” Smith said.",
    "n_first_person": "“We must be ready. We want peace,” Smith said.",
}
