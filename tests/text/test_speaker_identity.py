"""One canonical speaker per person or body: the ``speaker_id`` column.

Every article here is made up for the test. The expected ids are written out by hand from the
rules of :mod:`toolkit.text.identity` (a slug of first name, surname and suffix; the table's
id for a body); none is computed with the module's own helpers.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest
import yaml

from toolkit.errors import InputError
from toolkit.text import identity
from toolkit.text.corpus import extract_corpus
from toolkit.text.identity import (
    Cast,
    compatible,
    identify_article,
    identify_corpus,
    institutions,
    parse_person,
)
from toolkit.text.statements import STATEMENT_COLUMNS, extract_statements

TRUMP_ARTICLE = """WASHINGTON — President Donald Trump said on Monday that tariffs on Canadian \
lumber would rise next month.

In December, President-elect Donald Trump said that he would use tariffs early in his term.

“We are going to be very tough,” Mr. Trump said on Tuesday at the White House.

On Wednesday, Trump told reporters that Canada would pay for the border.

The president said on Thursday that talks with Ottawa would continue.
"""

NAMESAKES_ARTICLE = (
    "Eric Trump said on Monday that the family business was doing well. "
    "Donald Trump said on Tuesday that the tariffs were working. "
    "Trump said on Wednesday that more would come."
)


def _rows(text: str, published: str = "2025-02-07") -> pd.DataFrame:
    return extract_statements(text, published=published).to_frame()


def _id_of(frame: pd.DataFrame, fragment: str) -> str:
    rows = frame[frame["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, (fragment, frame[["speaker", "text"]])
    return rows["speaker_id"].iloc[0]


def test_speaker_id_follows_speaker_in_the_columns():
    assert STATEMENT_COLUMNS[STATEMENT_COLUMNS.index("speaker") + 1] == "speaker_id"
    frame = _rows(TRUMP_ARTICLE)
    assert frame["speaker_id"].dtype == object


def test_the_four_forms_of_one_person_share_one_id():
    frame = _rows(TRUMP_ARTICLE)
    for fragment in (
        "President Donald Trump said on Monday",
        "President-elect Donald Trump said",
        "Mr. Trump said on Tuesday",
        "Trump told reporters",
        "The president said on Thursday",
    ):
        assert _id_of(frame, fragment) == "donald-trump", fragment
    assert set(frame["speaker"]) == {"Donald Trump"}


def test_two_people_of_one_surname_stay_apart_and_the_short_form_is_not_guessed():
    frame = _rows(NAMESAKES_ARTICLE)
    assert _id_of(frame, "Eric Trump said") == "eric-trump"
    assert _id_of(frame, "Donald Trump said") == "donald-trump"
    short = frame[frame["text"].str.startswith("Trump said")]
    assert short["speaker"].tolist() == ["Trump"]
    assert short["speaker_id"].tolist() == ["donald-trump|eric-trump"]
    # one of them never replaces the other's name, in either order
    swapped = _rows(
        "Donald Trump said on Tuesday that the tariffs were working. "
        "Eric Trump said on Monday that the family business was doing well."
    )
    assert swapped["speaker"].tolist() == ["Donald Trump", "Eric Trump"]
    assert swapped["speaker_id"].tolist() == ["donald-trump", "eric-trump"]


def test_a_namesake_who_never_speaks_still_makes_the_surname_ambiguous():
    frame = _rows(
        "Melania Trump attended the dinner on Monday. "
        "On Tuesday, Donald Trump said that tariffs would rise. "
        "On Wednesday, Trump said that talks would continue."
    )
    assert _id_of(frame, "Donald Trump said") == "donald-trump"
    assert _id_of(frame, "Trump said that talks") == "donald-trump|melania-trump"


def test_honorifics_middle_initials_suffixes_possessives_and_apostrophes():
    frame = _rows(
        "Sen. Elizabeth Warren said on Monday that the plan was reckless. "
        "On Tuesday, Sen. Warren said she would vote against it. "
        "Martin O’Malley said on Tuesday the plan was bold. "
        "On Wednesday, O'Malley said it would pass. "
        "Robert F. Kennedy Jr. said on Thursday that he agreed. "
        "On Friday, Kennedy said the matter was closed."
    )
    assert _id_of(frame, "Sen. Elizabeth Warren said") == "elizabeth-warren"
    assert _id_of(frame, "Sen. Warren said") == "elizabeth-warren"
    assert _id_of(frame, "Martin O’Malley said") == "martin-omalley"
    assert _id_of(frame, "O'Malley said it would pass") == "martin-omalley"
    assert _id_of(frame, "Kennedy Jr. said") == "robert-kennedy-jr"
    assert _id_of(frame, "Kennedy said the matter") == "robert-kennedy-jr"
    # the short forms take the article's full name
    row = frame[frame["text"].str.contains("O'Malley said it would pass", regex=False)]
    assert row["speaker"].iloc[0] == "Martin O’Malley"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Donald J. Trump", "Donald Trump", "Trump’s"], ["donald-trump"] * 3),
        (["Mitch McConnell", "Mcconnell", "MITCH MCCONNELL"], ["mitch-mcconnell"] * 3),
        (["Jerome Powell", "J. Powell", "Powell"], ["jerome-powell"] * 3),
        (["Chris Van Hollen", "Van Hollen"], ["chris-van-hollen"] * 2),
        (["Ursula von der Leyen", "von der Leyen"], ["ursula-von-der-leyen"] * 2),
        (["José Álvarez", "Alvarez"], ["jose-alvarez"] * 2),
        (["Donald Trump Jr.", "Donald Trump"], ["donald-trump-jr", "donald-trump"]),
    ],
)
def test_names_of_one_person_in_an_article(names, expected):
    assert [speaker_id for _speaker, speaker_id in identify_article(names)] == expected


def test_a_name_that_would_join_two_people_stays_a_person_of_its_own():
    names = ["George H. W. Bush", "George W. Bush", "George Bush", "Bush"]
    assert [i for _s, i in identify_article(names)] == [
        "george-h-w-bush",  # middle initials in the id: the two would share "george-bush"
        "george-w-bush",
        "george-bush",
        "george-bush|george-h-w-bush|george-w-bush",
    ]
    assert len(Cast(names).with_surname("bush")) == 3
    assert compatible(parse_person("J. Powell"), parse_person("Jerome Powell"))
    assert not compatible(parse_person("Jay Powell"), parse_person("Jerome Powell"))
    assert parse_person("Federal Reserve") is None


def _people_of(cast: Cast, names: list[str]) -> list[tuple[tuple[str, ...], str] | None]:
    out = []
    for name in names:
        person = cast.person(name)
        out.append(None if person is None else (person.names, person.person_id))
    return out


def test_a_cast_with_names_added_is_the_cast_of_all_the_names():
    names = [
        "George H. W. Bush", "George W. Bush", "George Bush", "Bush", "Donald Trump",
        "Donald J. Trump", "Eric Trump", "Jerome Powell", "J. Powell", "Jay Powell",
        "Robert F. Kennedy Jr.", "Robert Kennedy", "Federal Reserve", "Mr. Trump",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(200):
        before = rng.sample(names, rng.randrange(len(names) + 1))
        added = rng.sample(names, rng.randrange(len(names) + 1))
        base = Cast(before)
        grown, whole = base.including(added), Cast([*before, *added])
        assert grown.names == whole.names
        assert _people_of(grown, names) == _people_of(whole, names)
        for surname in ("bush", "trump", "powell", "kennedy"):
            assert grown.with_surname(surname) == whole.with_surname(surname)
        assert _people_of(base, names) == _people_of(Cast(before), names)  # left as it was

def test_institutions_and_their_aliases():
    frame = _rows(
        "The Federal Reserve said on Wednesday that it would hold rates. "
        "The Fed said inflation was sticky. The central bank said it would watch the tariffs. "
        "The Treasury Department said on Wednesday that it agreed. "
        "The U.S. Treasury said on Thursday it would act. "
        "The Commerce Department said on Thursday it would publish the rules. "
        "The White House said on Friday that the deal was done."
    )
    assert _id_of(frame, "The Federal Reserve said") == "federal-reserve"
    assert _id_of(frame, "The Fed said") == "federal-reserve"
    assert _id_of(frame, "The central bank said") == "federal-reserve"
    assert _id_of(frame, "The Treasury Department said") == "us-treasury"
    assert _id_of(frame, "The U.S. Treasury said") == "us-treasury"
    assert _id_of(frame, "The Commerce Department said") == "us-commerce-department"
    assert _id_of(frame, "The White House said") == "white-house"
    ecb = _rows(
        "The European Central Bank said on Monday it would act. The ECB said it would wait."
    )
    assert set(ecb["speaker_id"]) == {"european-central-bank"}


def test_a_generic_word_needs_exactly_one_body_named_in_the_article():
    fed_only = "The Fed raised rates on Wednesday."
    both = "The Fed and the ECB both raised rates on Wednesday."
    neither = "Rates rose on Wednesday."
    assert identify_article(["central bank"], text=fed_only) == [
        ("central bank", "federal-reserve")
    ]
    assert identify_article(["central bank"], text=both) == [("central bank", "central-bank")]
    assert identify_article(["the bank"], text=neither) == [("the bank", "bank")]
    assert identify_article(["department"], text="The Commerce Department and the Treasury") == [
        ("department", "department")
    ]


def test_the_shipped_table_of_bodies():
    bodies = institutions()
    ids = [b.institution_id for b in bodies]
    assert len(ids) == len(set(ids)) >= 15
    assert {"federal-reserve", "us-treasury", "european-central-bank", "white-house"} <= set(ids)
    for body in bodies:
        assert body.institution_id == body.institution_id.lower()
        assert " " not in body.institution_id


def test_a_malformed_table_is_an_error_naming_the_file_and_entry():
    with pytest.raises(InputError, match=r"bodies\.yaml: entry 1 must have exactly the keys"):
        identity._load_table(yaml.safe_dump({"institutions": [{"id": "x"}]}), "bodies.yaml")
    clash = {
        "institutions": [
            {"id": "a", "name": "Fed", "names": [], "generic": []},
            {"id": "b", "name": "Fed", "names": [], "generic": []},
        ]
    }
    with pytest.raises(InputError, match=r"entry 2: the name 'Fed' is also 'a'"):
        identity._load_table(yaml.safe_dump(clash), "bodies.yaml")


def test_identify_corpus_needs_the_speaker_columns():
    with pytest.raises(InputError, match="speaker_id missing"):
        identify_corpus(pd.DataFrame({"speaker": ["Trump"]}))


def test_identify_corpus_does_not_depend_on_the_order_of_the_rows():
    frame = pd.DataFrame(
        {
            "speaker": [
                "Bessent",
                "Scott Bessent",
                "Warren",
                "Elizabeth Warren",
                "Kevin Warren",
                "Fed",
                None,
                "Donald J. Trump",
                "Donald Trump",
                "Trump",
            ],
            "speaker_id": [
                "bessent",
                "scott-bessent",
                "warren",
                "elizabeth-warren",
                "kevin-warren",
                "federal-reserve",
                None,
                "donald-trump",
                "donald-trump",
                "trump",
            ],
        },
        dtype=object,  # as the statement frames hold them: None where there is no speaker
    )
    expected = identify_corpus(frame)
    assert expected["speaker_id"].tolist() == [
        "scott-bessent",
        "scott-bessent",
        "warren",
        "elizabeth-warren",
        "kevin-warren",
        "federal-reserve",
        None,
        "donald-trump",
        "donald-trump",
        "donald-trump",
    ]
    assert expected["speaker"].iloc[0] == "Scott Bessent"
    assert expected["speaker"].iloc[2] == "Warren"  # two Warrens in the corpus: left alone
    rng = random.Random(7)
    for _ in range(5):
        order = list(range(len(frame)))
        rng.shuffle(order)
        got = identify_corpus(frame.iloc[order]).sort_index()
        pd.testing.assert_frame_equal(got, expected)


# ---------------------------------------------------------------------------------------------
# A made-up corpus of three articles


CORPUS = {
    "a1_bessent": (
        "2025-04-07",
        "Treasury Secretary Scott Bessent said on Monday that the tariffs would stay. "
        "Sen. Elizabeth Warren said on Monday that they were a tax on families.",
    ),
    "a2_short": (
        "2025-04-08",
        "On Tuesday, Bessent said that talks with Japan were going well. "
        "On Tuesday, Warren said the talks were a sham. "
        "The Fed said on Tuesday that it would watch prices.",
    ),
    "a3_other_warren": (
        "2025-04-09",
        "Kevin Warren said on Wednesday that the league would comply. "
        "The Federal Reserve said on Wednesday that it would hold rates.",
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("identity_corpus")
    paths = []
    for name, (published, text) in CORPUS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"published": published, "source": "made-up wire"}
        (folder / f"{name}.meta.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
        paths.append(folder / f"{name}.txt")
    return folder, paths


def _by_statement(frame: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return dict(zip(frame["statement_id"], zip(frame["speaker"], frame["speaker_id"])))


def test_a_surname_only_speaker_takes_the_corpus_full_name(corpus):
    folder, _paths = corpus
    alone = _rows(CORPUS["a2_short"][1], CORPUS["a2_short"][0])
    assert alone["speaker_id"].tolist()[:2] == ["bessent", "warren"]  # the article alone
    frame = extract_corpus(folder, progress=False)
    got = _by_statement(frame)
    assert got["a2_short:s001"] == ("Scott Bessent", "scott-bessent")
    assert got["a1_bessent:s001"] == ("Scott Bessent", "scott-bessent")
    # two Warrens in the corpus: the short form stays as its article has it
    assert got["a2_short:s002"] == ("Warren", "warren")
    assert got["a1_bessent:s002"][1] == "elizabeth-warren"
    assert got["a3_other_warren:s001"][1] == "kevin-warren"
    assert {got["a2_short:s003"][1], got["a3_other_warren:s002"][1]} == {"federal-reserve"}


def test_the_corpus_ids_do_not_depend_on_the_order_of_the_articles(corpus):
    folder, paths = corpus
    reference = _by_statement(extract_corpus(folder, progress=False, merge=False))
    for order in ([2, 0, 1], [1, 2, 0], [2, 1, 0]):
        for size in (1, 2, 100):
            frame = extract_corpus(
                [paths[k] for k in order], progress=False, merge=False, partition_size=size
            )
            assert list(dict.fromkeys(frame["article_id"])) == [paths[k].stem for k in order]
            assert _by_statement(frame) == reference, (order, size)


def test_the_corpus_ids_on_a_two_worker_cluster_equal_the_serial_run(corpus):
    distributed = pytest.importorskip("distributed")
    folder, paths = corpus
    serial = extract_corpus(folder, progress=False)
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        host="127.0.0.1",
    )
    try:
        with distributed.Client(cluster) as client:
            on_dask = extract_corpus(folder, progress=False, client=client, partition_size=1)
            reordered = extract_corpus(
                [paths[2], paths[0], paths[1]],
                progress=False,
                merge=False,
                client=client,
                partition_size=1,
            )
    finally:
        cluster.close()
    pd.testing.assert_frame_equal(on_dask, serial, check_exact=True)
    assert _by_statement(reordered) == _by_statement(serial)
    assert _by_statement(on_dask)["a2_short:s001"] == ("Scott Bessent", "scott-bessent")
