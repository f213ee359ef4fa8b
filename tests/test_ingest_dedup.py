"""Near duplicates and learned boilerplate, on texts written like real syndicated news."""
import random

from kaznews.doc import Document, Duplicate, RawRecord
from kaznews.ingest import Ingestor, boilerplate_evidence, learn_boilerplate
from kaznews.ingest import duplicates
from kaznews.ingest.duplicates import MIN_WORDS, DuplicateIndex, jaccard, signature
from kaznews.ingest.readers import read_dump

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


# A wire story as its agency writes it, and as another site reprints it: ё written as е,
# straight quotes, hyphens for dashes, and the agency credited on a line of its own.
WIRE = ("В Шымкенте открылся новый центр обслуживания населения — шестой в городе. Его построили "
        "за счёт местного бюджета по программе «Цифровой Казахстан», сообщили в акимате. В центре "
        "принимают заявления на пособия, регистрацию жилья и замену удостоверений; ещё одно окно "
        "отведено предпринимателям. Начальник управления отметил, что очереди в старых центрах "
        "сократятся почти вдвое.")
WIRE_REPRINT = ("В Шымкенте открылся новый центр обслуживания населения - шестой в городе. Его построили "
                "за счет местного бюджета по программе \"Цифровой Казахстан\", сообщили в акимате. В центре "
                "принимают заявления на пособия, регистрацию жилья и замену удостоверений; еще одно окно "
                "отведено предпринимателям. Начальник управления отметил, что очереди в старых центрах "
                "сократятся почти вдвое.\nИсточник: Kazinform.")


BRIEF = "С 1 декабря проезд в автобусах Алматы подорожает: поездка по карте «Онай» обойдётся в 200 тенге."


def test_yo_quote_and_source_line_reprint_is_found():
    """Also for a brief under MIN_WORDS words, which repeats another only whole once folded."""
    brief_reprint = BRIEF.replace("ё", "е").replace("«", '"').replace("»", '"') + "\nИсточник: Kazinform."
    other_brief = BRIEF.replace("1 декабря", "1 января").replace("200", "250")
    items = list(Ingestor()(records(WIRE, WIRE_REPRINT, BRIEF, brief_reprint, other_brief)))
    assert [(i.duplicate_of, i.kind) for i in items if isinstance(i, Duplicate)] == [("a0", "near"), ("a2", "near")]
    assert isinstance(items[4], Document)


def test_signature_ignores_quote_dash_and_case_style():
    styles = [WIRE, WIRE.replace("«", "\"").replace("»", "\"").replace("—", "-"),
              WIRE.replace("«", "„").replace("»", "“").replace("—", "–"),
              WIRE.replace("«", "'").replace("»", "'").replace("—", "―").upper()]
    signatures = [signature(text) for text in styles]
    assert all((s == signatures[0]).all() for s in signatures[1:])
    assert (signature(WIRE) != signature(WIRE.replace("шестой", "седьмой"))).any()  # words still count


# Templated notes: the same sentences with other figures or another city are other news.
COVID = ("За прошедшие сутки в Казахстане выявлено {} случаев коронавирусной инфекции, сообщает "
         "межведомственная комиссия. Больше всего заболевших в Алматы и Астане. Всего с начала пандемии "
         "в стране подтверждено {} случаев заболевания, выздоровели {} человек.")
WEATHER = ("Синоптики РГП «Казгидромет» рассказали, какая погода ожидается в {} в пятницу. Днем переменная "
           "облачность, без осадков, ветер юго-западный 5-10 м/с. Температура воздуха ночью {} градусов "
           "мороза, днем {} градусов тепла. На дорогах местами гололед, водителей просят быть внимательнее.")
RATE = ("Средневзвешенный курс доллара на Казахстанской фондовой бирже на 11:00 составил {} тенге. Об этом "
        "сообщает корреспондент центра деловой информации. Официальный курс Нацбанка на сегодня составляет "
        "{} тенге за 1 доллар. Официальный курс на следующий день устанавливается по итогам торгов на бирже.")


def test_templated_near_misses_are_kept_and_their_reprints_found():
    notes = [COVID.format(512, "1 307 172", "1 280 433"), COVID.format(734, "1 307 906", "1 281 010"),
             WEATHER.format("Астане", "3-5", "7-9"), WEATHER.format("Караганде", "6-8", "2-4"),
             RATE.format("441,04", "440,90"), RATE.format("435,77", "436,29")]
    reprints = [notes[1] + "\nИсточник: Kazinform.", notes[4].replace("ё", "е") + "\nФото: Kapital.kz"]
    items = list(Ingestor()(records(*notes, *reprints)))
    assert all(isinstance(item, Document) for item in items[:6])  # a new day's figures, another city
    assert [(item.duplicate_of, item.kind) for item in items[6:]] == [("a1", "near"), ("a4", "near")]


def test_eval_duplicates_locked_pairs():
    """The labelled pairs (data/eval/duplicates): reprints found, near-misses kept, on the
    locked third (of the pairs whose texts ../shared holds: the page snippets may be absent)."""
    from kaznews.evaluate.duplicates import evaluate_duplicates, score

    from .conftest import ROOT, SHARED, needs_shared
    pairs, found = evaluate_duplicates(ROOT / "data" / "eval" / "duplicates" / "pairs.jsonl", needs_shared(SHARED))
    assert len(pairs) >= 150 and sum(p.split == "test" for p in pairs) >= len(pairs) // 4
    assert sum(not p.reprint for p in pairs if p.split == "test") >= 5
    precision, recall, _ = score(pairs, found["kaznews"], "test").prf()
    assert precision >= 0.98 and recall >= 0.95
