"""Speaker and actor gender (analysis.assembly.gender): evidence in order pronoun, title, role noun,
first name; conflicts and ambiguous names stay unknown; never for non-people."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze
from analysis.engine.first_names import GenderSettings, first_name_gender
from analysis.engine.names import fold


def corpus_of(text: str):
    return analyze(pd.DataFrame({"article_id": ["g"], "text": [text]}), progress=False)


def genders(text: str) -> dict[str, tuple[str, str]]:
    a = corpus_of(text).actors
    return {r.actor: (r.gender, r.gender_source) for r in a.itertuples()}


def test_fold():
    assert fold("Recep Tayyip Erdoğan") == "recep tayyip erdogan" and fold("Rosselló") == "rossello"


def test_first_names_with_a_threshold():
    assert first_name_gender("Margaret") == "female" and first_name_gender("Hubert") == "male"
    assert first_name_gender("Jean") is None and first_name_gender("Kim") is None  # ambiguous
    assert first_name_gender("Andrea") is None  # p(female) 0.83 with the default threshold
    assert first_name_gender("Andrea", GenderSettings(threshold=0.2)) == "female"
    assert first_name_gender("Zzyzxq") is None


@pytest.mark.parametrize("text,actor,expected", [
    ('"We will appeal," said Jane Hollis. "The ruling is wrong," she said.', "Jane Hollis",
     ("female", "pronoun")),
    ("Ms Kowalczyk, who chairs the committee, said the plan had failed.", "Kowalczyk",
     ("female", "title")),
    ("Sir Keir Starmer said the vote would go ahead on Thursday.", "Keir Starmer",
     ("male", "title")),
    ("Congresswoman Tlaib said the bill would not pass.", "Tlaib", ("female", "role_noun")),
    ("Tristan Smith said the rescue had taken six hours.", "Tristan Smith",
     ("male", "first_name")),
    ("Jean Dupont said the harvest had been poor this year.", "Jean Dupont", ("unknown", "none")),
    ("Okonkwo said the harvest had been poor this year.", "Okonkwo", ("unknown", "none")),
])
def test_evidence_in_order(text, actor, expected):
    assert genders(text)[actor] == expected


def test_text_evidence_beats_the_first_name():
    # a woman named Michael: the title decides, not the name statistics
    got = genders('"We are ready," said Michael Reyes. "The team is strong," she said. '
                  'Ms Reyes coaches the national side.')
    assert got["Michael Reyes"][0] == "female" and got["Michael Reyes"][1] != "first_name"


def test_conflicting_signals_stay_unknown():
    got = genders("Mr Lee Morgan spoke first. Ms Lee Morgan spoke second. Mrs Lee Morgan "
                  "spoke last, and Mr Lee Morgan closed the meeting.")
    assert got["Lee Morgan"] == ("unknown", "none")


def test_never_for_organisations_groups_documents_or_anonymous_sources():
    c = corpus_of('"We will fight this," the union said. A Pentagon statement said two '
                  'buildings were hit. A US official said the talks failed. Analysts say the '
                  'market will recover. Margaret Leinen said the survey would continue.')
    q = c.quotes.set_index("speaker")
    assert q.loc[q.speaker_type != "person", "speaker_gender"].eq("unknown").all()
    assert q.loc[q.speaker_type != "person", "gender_source"].eq("none").all()
    assert q.at["Margaret Leinen", "speaker_gender"] == "female"
    a = c.actors.set_index("actor")
    assert (a.loc[a.label != "PERSON", "gender"] == "unknown").all()


# the seed's named speakers: the text tells Austin ("Austin said he …"), Biden (a pronoun) and
# Trump ("Mr Trump"); Kirby and McCaul appear by surname alone and are not told
SEED_GENDERS = {"Austin": "male", "Joe Biden": "male", "Trump": "male", "Kirby": "unknown",
                "McCaul": "unknown"}


def test_seed_speaker_genders(seed_corpus):
    q = seed_corpus.quotes
    person = q[q.speaker_type == "person"]
    got = dict(zip(person.speaker_actor, person.speaker_gender))
    assert got == SEED_GENDERS
    assert (q.loc[q.speaker_type.isin(["anonymous", "group", "organization", "document",
                                       "unknown"]), "speaker_gender"] == "unknown").all()
    labels = seed_corpus.actors.set_index("actor")["label"]
    assert labels["Kataeb Hezbollah"] == labels["Kataeb Sayyid al-Shuhada"] == "ORG"


def test_name_statistics_are_cached_and_a_broken_cache_is_rebuilt(tmp_path, monkeypatch):
    from analysis import config
    from analysis.engine.first_names import name_statistics

    monkeypatch.setenv(config.CACHE_ENV, str(tmp_path / "cache"))
    name_statistics.cache_clear()
    try:
        first = name_statistics()
        cached = list((tmp_path / "cache").glob("first-names-*.json"))
        assert len(cached) == 1 and first["margaret"][1] > 0.9
        cached[0].write_bytes(b"{not json")
        name_statistics.cache_clear()
        with pytest.warns(RuntimeWarning, match="first-name cache"):
            assert name_statistics() == first  # rebuilt from the package's data
    finally:
        name_statistics.cache_clear()
