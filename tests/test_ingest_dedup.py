"""Near duplicates and learned boilerplate, on texts written like real syndicated news."""
import random

from pipeline.doc import Document, Duplicate, RawRecord
from pipeline.ingest import Ingestor, boilerplate_evidence, learn_boilerplate
from pipeline.ingest import duplicates
from pipeline.ingest.duplicates import MIN_WORDS, DuplicateIndex, jaccard, signature
from pipeline.ingest.readers import read_dump

from .conftest import REPRINT, SAMPLE, STORY

OWN_REPORT = ("Паводок в Актюбинской области: вода подошла к домам в трех селах, и утром власти начали "
              "эвакуацию. Наш корреспондент побывал в пункте временного размещения: семьи живут в "
              "спортзале школы, волонтеры привозят еду и одеяла. Спасатели говорят, что дамбы на Илеке "
              "пока держат, но уровень воды растет на десять сантиметров в сутки.")


def records(*texts):
    return [RawRecord(f"r{i}", {"id": f"a{i}", "text": t, "source": "site.kz"}) for i, t in enumerate(texts)]


def test_reprint_with_small_edits_is_a_near_duplicate():
    first, second, third = Ingestor()(records(STORY, REPRINT, OWN_REPORT))
    assert isinstance(first, Document) and isinstance(third, Document)
    assert isinstance(second, Duplicate)
    assert (second.duplicate_of, second.kind) == ("a0", "near") and 0.7 <= second.similarity < 1


def test_learned_boilerplate_goes_and_rare_repeats_stay():
    footer = "Подписывайтесь на наш Telegram-канал и узнавайте новости первыми"
    repeated = "Напомним, ранее сообщалось о проверках в регионе."
    texts = [f"Новость номер {i}: в городе {i} открыли новый сквер и высадили {i * 10} деревьев.\n\n"
             + (f"{repeated}\n\n" if i % 5 == 0 else "") + footer for i in range(1, 21)]
    recs = records(*texts)
    learned = learn_boilerplate(map(boilerplate_evidence, recs))
    assert learned == {"site.kz": frozenset({footer})}
    docs = list(Ingestor(learned=learned)(recs))
    assert all(footer not in d.text for d in docs)
    assert repeated in docs[4].text and "learned=" in docs[4].boilerplate


def sample_texts(min_words: int) -> list[str]:
    """The bundled sample's distinct articles, cleaned."""
    docs = [item for item in Ingestor()(read_dump(SAMPLE)) if isinstance(item, Document)]
    return [d.text for d in docs if len(d.text.split()) >= min_words]


def test_reprints_at_similarity_075_and_above_are_found():
    """Copies with words changed here and there and a sign-off added, kept where the true
    3-shingle Jaccard is 0.75-0.95: the banded index finds 0.94 of them (datasketch's
    MinHashLSH at threshold 0.7 finds 0.71)."""
    rng = random.Random(7)
    texts = sample_texts(min_words=30)
    index = DuplicateIndex()
    for i, text in enumerate(texts):
        index.add(f"a{i}", f"h{i}", signature(text))
    found = tried = 0
    for i, text in enumerate(texts):
        for _ in range(100):
            rate = rng.uniform(0.01, 0.06)
            words = [w if rng.random() > rate else rng.choice(["также", "новый", "этот"]) for w in text.split()]
            copy = " ".join(words) + " Подробнее читайте на нашем сайте."
            if 0.75 <= jaccard(text, copy) < 0.95:
                tried += 1
                found += (index.find(f"c{i}", signature(copy)) or (None,))[0] == f"a{i}"
    assert tried >= 500 and found / tried >= 0.9


def test_band_keys_merged_into_the_sorted_arrays_are_still_found(monkeypatch):
    monkeypatch.setattr(duplicates, "MERGE_EVERY", 4)
    texts = sample_texts(min_words=MIN_WORDS)
    index = DuplicateIndex()
    for i, text in enumerate(texts):
        assert index.find(f"h{i}", signature(text)) is None  # distinct articles repeat nothing
        index.add(f"a{i}", f"h{i}", signature(text))
    assert len(index.sorted_keys) > 0 and index.recent  # some merged, some still recent
    for i in (0, len(texts) - 1):
        assert index.find("other", signature(texts[i] + " Источник: сайт."))[:2] == (f"a{i}", "near")


def test_a_forgotten_article_is_no_longer_repeated():
    index = DuplicateIndex()
    index.add("a0", "h0", signature(STORY))
    index.forget("a0", "h0")
    assert index.find("h0", signature(STORY)) is None and index.find("h1", signature(REPRINT)) is None


def test_articles_stored_by_earlier_runs_are_added_at_once_and_found():
    texts = sample_texts(min_words=MIN_WORDS)
    index = DuplicateIndex()
    index.add_stored({f"a{i}": (f"h{i}", signature(t)) for i, t in enumerate(texts)})
    index.add("story", "hs", signature(STORY))  # a run's own articles go on from there
    assert index.find("h3", None) == ("a3", "exact", 1.0)
    assert index.find("new", signature(texts[5] + " Источник: сайт."))[:2] == ("a5", "near")
    assert index.find("new", signature(REPRINT))[:2] == ("story", "near")
    assert (index.signature_of("a5") == signature(texts[5])).all()
