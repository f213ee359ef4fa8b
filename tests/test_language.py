import pytest

from kaznews.langid import article_language, sentence_language, split_sentences
from kaznews.doc import Sentence


@pytest.mark.parametrize("text,lang", [
    ("Аким города провел совещание по ремонту дорог.", "ru"),
    ("В Алматы открыли новую школу.", "ru"),
    ("Акция «Әділдікті талап ет!» стартовала в Кокшетау при поддержке общественников и партии.", "ru"),
    ("Астана қаласының әкімдігі биыл көшелерді жөндейді.", "kk"),
    ("Олар бүгін келді.", "kk"),
    ("Astana hosted a regional conference on water.", "other"),
    # Kazakh without a Kazakh-only letter: function words and endings tell it
    ("Ол жерде мектеп бар.", "kk"),
    ("Алайда олай емес екен.", "kk"),
    ("Осы жылы жол салынады.", "kk"),
    ("Сатып алып жатырмыз.", "kk"),
    # Russian spelled like them: no Kazakh cue, or lingua disagrees
    ("Аким Алматы встретился с жителями.", "ru"),
    ("Курс доллара вырос на два процента.", "ru"),
    ("Бар открылся в центре Караганды.", "ru"),
    ("Он сказал да.", "ru"),
    # quoted names are no evidence when enough common words stand outside them
    ("Участники проекта «Қазақстанның киелі жерлері» посетили старинный мавзолей.", "ru"),
    ("Сарапшылар: «Ауыл шаруашылығына жаңа тәсілдер керек».", "kk"),
    ("«Әділдік жолы» қоғамдық бірлестігі отырыс өткізді.", "kk"),
    # a Kazakh name ends like a Kazakh verb: names are no cue
    ("Аким Туркестана Дархан Сатыбалды открыл школу в Кентау.", "ru"),
    # a Kazakh name or two in a Russian sentence, unquoted: Russian cues outnumber them
    ("В Үкімет үйі состоялось заседание Правительства.", "ru"),
    ("Ертең Үкімет үйінде отырыс болады, деп хабарлады министрлік.", "kk"),
    # Kazakh letters in names only, Russian words around them, however many the names
    ("Грамоты вручили Нұрлану Сәрсенбаеву и Ғалыму Әлімжанову.", "ru"),
    ("Награду получил Ерлан Қасымұлы, тренер сборной области Жетісу.", "ru"),
    ("Вместе с Құралай Жұмабаевой в конкурсе участвовали студенты из Туркестана.", "ru"),
    ("Компьютерлік тамограф бар.", "kk"),
    ("Мердігер компания – «Азамат-Құрылыс» ЖШС.", "kk"),
    # a place's kind noun with the Kazakh possessive: a line of a list of regions
    ("• Абай облысы 69,29%", "kk"),
    ("Сырым ауданы", "kk"),
])
def test_sentence_language(text, lang, resources):
    assert sentence_language(text, resources.language_detector) == lang


def test_article_language_thresholds():
    def sents(*langs):
        return [Sentence(i * 10, i * 10 + 10, lang) for i, lang in enumerate(langs)]
    assert article_language(sents("ru", "ru", "ru", "ru", "ru")) == ("ru", 0.0)
    assert article_language(sents("kk", "kk", "kk", "kk", "kk")) == ("kk", 1.0)
    assert article_language(sents("ru", "kk", "ru", "kk")) == ("mixed", 0.5)
    assert article_language(sents("other", "other", "ru")) == ("other", 0.0)


def test_sentences_split_on_paragraphs_and_punctuation():
    text = "Заголовок без точки\n\nПервое предложение. Второе предложение!"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Заголовок без точки", "Первое предложение.", "Второе предложение!"]


def test_sample_languages(sample_result):
    langs = dict(zip(sample_result.articles.article_id, sample_result.articles.lang))
    assert langs["ru-002"] == "ru" and langs["kk-001"] == "kk" and langs["en-001"] == "other"
    assert langs["mix-001"] == "mixed" and langs["mix-002"] == "mixed"
    shares = dict(zip(sample_result.articles.article_id, sample_result.articles.kk_share))
    assert 0.2 < shares["mix-001"] < 0.8 and shares["kk-002"] == 1.0


def test_sentences_table_has_a_language_per_sentence(sample_result):
    sents = sample_result.sentences
    mixed = sents[sents.article_id == "mix-001"].sort_values("sentence")
    assert list(mixed.lang) == ["ru", "ru", "kk", "kk", "ru"]
    text = sample_result.articles.set_index("article_id").loc["mix-001", "text"]
    assert text[mixed.start.iat[2]:mixed.end.iat[2]] == "Акция бүкіл республика бойынша өтеді."


def test_a_sentence_of_names_only_takes_a_kazakh_article_s_language(resources):
    from kaznews.doc import Document
    from kaznews.langid import detect_language
    kazakh = "ОРАЛ. KAZINFORM — Облыс орталығында жаңа мектеп ашылды. Оқушылар қуанышты.\nАЛМАТЫ"
    russian = "АЛМАТЫ. В городе открыли новую школу. Ученики рады."
    doc_kk, doc_ru = detect_language([Document("a", kazakh, "a"), Document("b", russian, "b")], resources)
    assert doc_kk.lang == "kk" and [s.lang for s in doc_kk.sentences] == ["kk"] * len(doc_kk.sentences)
    assert doc_ru.sentences[0].lang == "ru"


def test_a_short_sentence_without_kazakh_letters_takes_a_kazakh_article_s_language(resources):
    """"Жалпы орын саны – 7400." alone reads as Russian (no Kazakh letter, no cue); in a Kazakh
    article lingua decides, and a Russian quote there stays Russian."""
    from kaznews.doc import Document
    from kaznews.langid import detect_language
    text = ("Облыста 2025 жылға дейін 18 мектеп салынады. Жалпы орын саны – 7400. "
            "Бұл туралы өңір басшысы Ермек Көшербаев айтты. Оқушылар жаңа ғимаратқа қуанышты, "
            "ата-аналар да ризашылығын білдірді. Спасибо всем!")
    doc, = detect_language([Document("a", text, "a")], resources)
    assert doc.lang == "kk"
    assert [s.lang for s in doc.sentences] == ["kk", "kk", "kk", "kk", "ru"]
    assert sentence_language("Жалпы орын саны – 7400.", resources.language_detector) == "ru"


def test_a_line_of_kazakh_names_takes_a_russian_article_s_language(resources):
    """"— Жаңалық (Аксуский район)" alone reads as Kazakh (a quarter of its words have
    Kazakh letters); in a Russian article its lower-case words are Russian, so it is, while
    a Kazakh quote there stays Kazakh."""
    text = ("Медицинские объекты введены в эксплуатацию в селах области, сообщила пресс-служба акима. "
            "Строительство финансировалось из местного бюджета, работы завершены досрочно. "
            "В новых зданиях есть процедурные кабинеты, аптеки и комнаты для вакцинации детей.\n"
            "— Жаңалық (Аксуский район)\n"
            "Жители благодарят строителей и врачей за новую амбулаторию. «Біз өте ризамыз», — сказала жительница.")
    lang, langs = _languages(text, resources)
    assert lang == "ru" and langs["— Жаңалық (Аксуский район)"] == "ru"
    assert sentence_language("— Жаңалық (Аксуский район)", resources.language_detector) == "kk"
    assert langs["«Біз өте ризамыз», — сказала жительница."] == "kk"


def test_a_list_of_kazakh_regions_stays_kazakh_beside_a_russian_line(resources):
    """A Kazakh article with a Russian line of keywords reads as mixed; its list of regions
    ("• Ақмола облысы 71,33%") has Kazakh letters in names only, but "облысы" is Kazakh,
    so the lines stay Kazakh and their places keep the Kazakh normal form."""
    text = ("Референдумда дауыс бергендер туралы мәлімет жарияланды\n"
            "Референдум, выборы, избирательный бюллетень, бюллетень, бюллетени, избирательная урна, сурет\n"
            "Өңір бойынша 16.00-ге дейін дауыс берді:\n"
            "  • Абай облысы 69,29%\n  • Ақмола облысы 71,33%\n  • Ақтөбе облысы 77,65%\n"
            "  • Шығыс Қазақстан облысы 78,98%\n  • Астана қаласы 47,76%")
    _, langs = _languages(text, resources)
    assert langs["• Ақмола облысы 71,33%"] == langs["• Абай облысы 69,29%"] == "kk"
    from kaznews import analyze
    places = analyze([text], clean=False).entities
    assert {"Абай облысы", "Ақмола облысы"} <= set(places[places.label == "LOC"].normal)


def _languages(text: str, resources) -> tuple[str, dict[str, str]]:
    """An article's language and each of its sentences' (by the sentence's text)."""
    from kaznews.doc import Document
    from kaznews.langid import detect_language
    doc, = detect_language([Document("a", text, "a")], resources)
    return doc.lang, {doc.text[s.start:s.end]: s.lang for s in doc.sentences}


def test_a_short_quoted_name_with_a_full_stop_stays_in_one_sentence():
    """«Чистый водоём. Чистый берег»: razdel ends a sentence at the stop inside the quotes; a
    quotation of whole sentences is still split where razdel splits it."""
    text = ('Рейд прошёл в рамках акции «Чистый водоём. Чистый берег» и охватил Капшагай. '
            'Акция "Чистый водоем. Чистый берег" прошла. «Мы сделали всё, что могли. Теперь будем строить '
            'дальше», — сказал аким.')
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Рейд прошёл в рамках акции «Чистый водоём. Чистый берег» и охватил Капшагай.",
        'Акция "Чистый водоем. Чистый берег" прошла.', "«Мы сделали всё, что могли.",
        "Теперь будем строить дальше», — сказал аким."]
