"""Near duplicates and learned boilerplate, on texts written like real syndicated news."""
from pipeline.doc import Document, Duplicate, RawRecord
from pipeline.ingest import Ingestor, boilerplate_evidence, learn_boilerplate

STORY = ("В Актюбинской области из-за паводков эвакуировали более 300 жителей трех сел. Спасатели "
         "Министерства по чрезвычайным ситуациям укрепляют дамбы на реке Илек и круглосуточно дежурят "
         "у мостов. Аким области провел заседание штаба и поручил обеспечить эвакуированных питанием, "
         "теплыми вещами и медицинской помощью. Для жителей развернули пункты временного размещения в "
         "школах районного центра, где уже находятся 120 детей.")
REPRINT = ("В Актюбинской области из-за паводков эвакуировали свыше 300 жителей трех сел. Спасатели "
           "Министерства по чрезвычайным ситуациям укрепляют дамбы на реке Илек и круглосуточно дежурят "
           "у мостов. Аким области провел заседание штаба и поручил обеспечить эвакуированных питанием, "
           "теплыми вещами и медицинской помощью. Для жителей развернули пункты временного размещения в "
           "школах районного центра, где уже находятся 120 детей. Подробнее читайте на нашем сайте.")
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
