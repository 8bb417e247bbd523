"""Reported speech with a named source: families of misses found on annotated political news
(benchmarks/eval_corpora.py, PolNeAR), each fixed by a general rule and tested here on made-up
sentences of the same shape."""

from __future__ import annotations

from functools import partial

import pandas as pd
from family_helpers import statement_rows

from toolkit.text.patterns import verb_forms

PUB = "2025-04-09"  # a Wednesday


rows = partial(statement_rows, published=PUB)


def speakers(text: str) -> list[object]:
    return rows(text)["speaker"].tolist()


# -- the stance lexicon is written as lemmas and inflected by rule ---------------------------
def test_verb_forms_inflect_by_spelling_rule_and_irregular_table():
    assert verb_forms("criticize") == ("criticize", "criticizes", "criticized", "criticizing")
    assert verb_forms("deny") == ("deny", "denies", "denied", "denying")
    assert verb_forms("echo") == ("echo", "echoes", "echoed", "echoing")
    assert verb_forms("rail against") == (
        "rail against",
        "rails against",
        "railed against",
        "railing against",
    )
    assert verb_forms("plan") == ("plan", "plans", "planned", "planning")  # (irregular table)
    assert verb_forms("think") == ("think", "thinks", "thought", "thinking")


# -- a connective that opens a sentence is a whole word --------------------------------------
def test_a_name_that_starts_like_a_connective_keeps_its_letters():
    text = "The levy was debated for hours.\n\nSoberano has said that the levy would stay.\n"
    assert speakers(text) == ["Soberano"]  # not "berano" ("So" is no connective here)


# -- stance and act verbs in every form, with a named person or body as subject --------------
def test_stance_verbs_in_every_form_are_paraphrases():
    text = (
        "Sen. Bo Diaz criticized the port levy on Tuesday.\n"
        "\n"
        "Gov. Ana Ruiz lambasted the quota bill.\n"
        "\n"
        "Rep. Al Kim is seeking a delay of the vote.\n"
        "\n"
        "The Commerce Department welcomes the ruling.\n"
    )
    frame = rows(text)
    assert frame["kind"].tolist() == ["paraphrase"] * 4
    assert frame["speaker"].tolist() == ["Bo Diaz", "Ana Ruiz", "Al Kim", "Commerce Department"]
    assert frame["date"].iloc[0] == pd.Timestamp("2025-04-08")


def test_a_base_form_is_a_verb_after_a_plural_subject_or_an_auxiliary_only():
    text = (
        "Sen. Bo Diaz and Gov. Ana Ruiz spoke on Monday.\n"
        "\n"
        "Diaz and Ruiz oppose the port levy.\n"
        "\n"
        "Gov. Ana Ruiz would oppose a second levy.\n"
        "\n"
        "The Diaz plan stalled in committee.\n"
    )
    assert speakers(text) == ["Bo Diaz", "Ana Ruiz"]  # "the Diaz plan" is a noun


def test_no_stance_of_a_body_inside_a_prepositional_phrase_nor_of_a_lone_proper_noun():
    text = (
        "The deal allows a review of Gulf members' quotas before the new targets take effect.\n"
        "\n"
        "Lisbon wants a longer transition.\n"
    )
    assert rows(text).empty


def test_a_later_verb_of_the_subjects_predicate_counts():
    text = (
        "Gov. Ana Ruiz went on television to criticize the levy.\n"
        "\n"
        "The Appeals Court overturned the ruling and sided with the state.\n"
    )
    assert speakers(text) == ["Ana Ruiz", "Appeals Court"]


def test_a_participle_after_a_comma_is_the_sentence_subjects():
    text = "Gov. Ana Ruiz toured the port on Tuesday, praising the new tariff deal.\n"
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Ana Ruiz"]
    assert frame["kind"].tolist() == ["paraphrase"]


def test_a_verb_with_a_that_clause_reports_what_its_subject_thinks():
    text = "Gov. Ana Ruiz intimated that the council was divided.\n"
    assert speakers(text) == ["Ana Ruiz"]


# -- titles and headlines --------------------------------------------------------------------
def test_a_title_in_sentence_case_gives_no_stance_but_a_title_case_headline_does():
    sentence_case = "Port live: Bo Diaz pledges a new levy for July\n\nDockworkers waited at the gates.\n"
    assert rows(sentence_case).empty  # the body tells it as a statement of its own
    title_case = "Ana Ruiz Slams Delay Of Port Levy.\n\nDockworkers waited at the gates.\n"
    assert speakers(title_case) == ["Ana Ruiz"]
    says = "Bo Diaz Says Rates Will Stay High.\n\nDockworkers waited at the gates.\n"
    assert speakers(says) == ["Bo Diaz"]


# -- "according to" and the agent of a passive -----------------------------------------------
def test_according_to_a_named_source_opening_a_sentence_or_after_a_document():
    text = (
        "According to the Daily Ledger, the mayor will resign in May.\n"
        "\n"
        "Exports fell 4 percent, according to a report from the Trade Policy Institute.\n"
        "\n"
        "According to the memo, the mayor will stay.\n"
    )
    assert speakers(text) == ["Daily Ledger", "Trade Policy Institute"]


def test_a_cue_in_the_passive_is_its_agents():
    text = "The resignation was first reported by the Daily Ledger.\n"
    assert speakers(text) == ["Daily Ledger"]


# -- speakers: participles, titles and party tags are no names -------------------------------
def test_speakers_are_not_participles_titles_or_party_letters():
    text = (
        "Rallying dockworkers in the port, Gov. Ana Ruiz said the levy would stay.\n"
        "\n"
        "Former Secretary of State Bo Diaz urged voters to reject the levy.\n"
        "\n"
        "Attorney General Al Kim (D) asserted that the levy was unlawful.\n"
    )
    assert speakers(text) == ["Ana Ruiz", "Bo Diaz", "Al Kim"]


def test_the_surname_of_someone_quoted_before_takes_a_stance():
    text = "Mr. Diaz said the levy would stay.\n\nDiaz opposes the new quota.\n"
    frame = rows(text)
    assert frame["speaker"].tolist() == ["Diaz", "Diaz"]
    assert frame["kind"].tolist() == ["paraphrase", "paraphrase"]
