import shutil
import subprocess

import pandas as pd

from kaznews.topics.discover import discover_topics

from .conftest import KAZNEWS


def test_discovery_finds_the_sports_story_in_both_languages(sample_result):
    found = discover_topics(sample_result.articles, k=6)
    assert len(found.topics) == 6 and found.topics.weight.sum() > 0.99
    sport = found.topics[found.topics.top_lemmas.str.contains("медаль")].topic
    assert len(sport) == 1
    reps = set(found.representatives[found.representatives.topic == sport.iat[0]].article_id.head(2))
    assert reps == {"ru-008", "kk-004"}  # the same story, in Russian and in Kazakh
    month = found.prevalence.groupby("month").share.sum()
    assert ((month - 1).abs() < 1e-6).all()
    assert set(found.representatives.article_id) <= set(sample_result.articles.article_id)


def test_discover_command_writes_its_tables(sample_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(sample_run[0], out)  # the session's output stays as `kaznews run` left it
    proc = subprocess.run([*KAZNEWS, "topics", "discover", str(out), "-k", "4"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert len(pd.read_csv(out / "discovery" / "topics.csv")) == 4
    assert {"month", "topic", "share", "articles"} <= set(pd.read_csv(out / "discovery" / "prevalence.csv"))
