"""Latin-script Kazakh: read through Cyrillic, reported in the article's own letters."""
import pytest

import kaznews
from kaznews.lang.kk.latin import latin_alphabet, to_cyrillic, to_latin

# Sentences written for these tests in each spelling, with their Cyrillic.
ACUTE_2018 = ("Qazaqstan Respýblıkasynyń Prezıdenti Qasym-Jomart Toqaev búgin Aqordada Túrkistan oblysynyń "
              "ákimi Darhan Satybaldyny qabyldady. Kezdesýde óńirdiń áleýmettik jaǵdaıy týraly "
              "aıtyldy. Sondaı-aq ákim aýyl sharýashylyǵy men Azııa elderimen saýda jaıyn baıandady.")
ACUTE_2018_CYRILLIC = ("Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев бүгін Ақордада Түркістан облысының "
                       "әкімі Дархан Сатыбалдыны қабылдады. Кездесуде өңірдің әлеуметтік жағдайы туралы "
                       "айтылды. Сондай-ақ әкім ауыл шаруашылығы мен Азия елдерімен сауда жайын баяндады.")
REVISED_2021 = ("Prezident Qasym-Jomart Toqaev Ūlttyq qūryltai otyrysynda söz söiledı. Būl turaly Aqorda "
                "habarlady. Memleket basşysy Qyzylorda oblysynyñ äkımı men Alaş partiiasy jaiynda aitty.")
REVISED_2021_CYRILLIC = ("Президент Қасым-Жомарт Тоқаев Ұлттық құрылтай отырысында сөз сөйледі. Бұл туралы Ақорда "
                         "хабарлады. Мемлекет басшысы Қызылорда облысының әкімі мен Алаш партиясы жайында айтты.")
DIGRAPH = ("Qasym-Jomart Toqaev býgin Almaty qalasynyng túrghyndarymen kezdesti. Memleket basshysy "
           "Almatydaghy jaghday turaly aitty jәne el ýshin mangyzdy mәselelerdi atap ótti.")
DIGRAPH_CYRILLIC = ("Қасым-Жомарт Тоқаев бүгін Алматы қаласының тұрғындарымен кездесті. Мемлекет басшысы "
                    "Алматыдағы жағдай туралы айтты және ел үшін маңызды мәселелерді атап өтті.")

TURKIC = ("Şımkent qalasınıñ äkimi Mwrat Äbdirahımov bügin twrğındarmen kezdesti. Ol Arıs qalasındağı jağday "
          "turalı aytıp, akademiya ğalımdarı üşin jaña baspasöz ortalığı aşılatının habarladı.")
TURKIC_CYRILLIC = ("Шымкент қаласының әкімі Мұрат Әбдірахымов бүгін тұрғындармен кездесті. Ол Арыс қаласындағы жағдай "
                   "туралы айтып, академия ғалымдары үшін жаңа баспасөз орталығы ашылатынын хабарлады.")


@pytest.mark.parametrize("latin,alphabet,cyrillic", [
    (ACUTE_2018, "2018", ACUTE_2018_CYRILLIC),
    (REVISED_2021, "2021", REVISED_2021_CYRILLIC),
    (DIGRAPH, "digraph", DIGRAPH_CYRILLIC),
    (TURKIC, "turkic", TURKIC_CYRILLIC),
])
def test_each_spelling_is_recognised_and_read_into_kazakh_cyrillic(latin, alphabet, cyrillic):
    assert latin_alphabet(latin) == alphabet
    assert to_cyrillic(latin, alphabet).text == cyrillic


@pytest.mark.parametrize("text", [
    # English, Turkish, Uzbek, Turkmen and Kyrgyz Latin about the same news, and Cyrillic Kazakh
    "President Kassym-Jomart Tokayev met the akim of Turkistan region in Akorda on Monday to discuss "
    "agriculture, trade with Asian countries and the social development of the region.",
    "Kazakistan Cumhurbaşkanı Kasım-Jomart Tokayev, Türkistan bölgesinin valisini kabul etti. Görüşmede "
    "bölgenin sosyal ve ekonomik kalkınması ile tarım konuları da ele alındı.",
    "Qozogʻiston Prezidenti Qasim-Jomart Toqayev Turkiston viloyati hokimini qabul qildi. Suhbat chogʻida "
    "viloyatning ijtimoiy-iqtisodiy rivojlanishi va qishloq xoʻjaligi masalalari muhokama qilindi.",
    "Gazagystanyň Prezidenti Kasym-Žomart Tokaýew Türküstan welaýatynyň häkimini kabul etdi. Duşuşykda "
    "welaýatyň durmuş-ykdysady ösüşi we oba hojalygy barada gürrüň edildi.",
    "Qazaqstandyn Prezidenti Qasym-Jomart Toqaev Türküstan oblusunun akimin qabyl aldy. Colugușuuda "
    "oblustun sotsialdyq-ekonomikalyq önügüüsü cana ayyl çarbasy tuuraluu söz boldu.",
    ACUTE_2018_CYRILLIC,
])
def test_other_languages_and_cyrillic_are_not_latin_kazakh(text):
    assert latin_alphabet(text) is None


def test_every_cyrillic_letter_knows_the_latin_letters_it_came_from():
    spelling = to_cyrillic("Basshysy Azııa", "2018")
    assert spelling.text == "Басшысы Азия"
    sources = ["Basshysy Azııa"[start:end] for start, end in zip(spelling.starts, spelling.ends)]
    assert sources == ["B", "a", "s", "sh", "y", "s", "y", " ", "A", "z", "ı", "ıa"]


def test_a_normal_form_the_analysers_rebuilt_is_spelt_back_in_the_same_alphabet():
    assert to_latin("Шымкент облысы", "2018") == "Shymkent oblysy"
    assert to_latin("Шымкент облысы", "2021") == "Şymkent oblysy"
    assert to_latin("Ұлттық құрылтай", "digraph") == "Últtyq qúryltai"


def test_a_latin_script_article_gets_kazakh_entities_in_its_own_letters():
    latin = ("Qazaqstan Respýblıkasynyń Prezıdenti Qasym-Jomart Toqaev Túrkistan oblysynyń ákimi "
             "Darhan Satybaldyny qabyldady. Kezdesý Astanada ótti.")
    cyrillic = ("Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Түркістан облысының әкімі "
                "Дархан Сатыбалдыны қабылдады. Кездесу Астанада өтті.")
    result = kaznews.analyze([latin, cyrillic])
    articles = result.articles.set_index("article_id")
    assert list(articles.lang) == ["kk", "kk"]
    entities = result.entities
    latin_rows = entities[entities.article_id == articles.index[0]]
    cyrillic_rows = entities[entities.article_id == articles.index[1]]
    assert all(latin[start:end] == text for start, end, text in zip(latin_rows.start, latin_rows.end, latin_rows.text))
    found = dict(zip(latin_rows.text, latin_rows.normal))
    assert found["Qasym-Jomart Toqaev"] == "Qasym-Jomart Toqaev"
    assert found["Túrkistan oblysynyń"] == "Túrkistan oblysy"
    assert found["Darhan Satybaldyny"] == "Darhan Satybaldy"
    assert found["Astanada"] == "Astana"
    # the same people and places as in the Cyrillic article, under the same keys
    assert sorted(latin_rows.canonical) == sorted(cyrillic_rows.canonical)
    sentences = result.sentences[result.sentences.article_id == articles.index[0]]
    assert [latin[s:e] for s, e in zip(sentences.start, sentences.end)] == [
        latin[:latin.index(" Kezdesý")], "Kezdesý Astanada ótti."]


def test_eval_normal_normalises_gold_spans_of_a_latin_script_text_in_its_own_letters():
    from kaznews.evaluate.normal import GoldMention, GoldSentence, kaznews_normals
    text = "Prezıdent Qasym-Jomart Toqaev Shymkent qalasyna keldi. Ol Túrkistan oblysynyń ákimimen kezdesti."
    mentions = [GoldMention(text.index(name), text.index(name) + len(name), label, "")
                for name, label in (("Qasym-Jomart Toqaev", "PER"), ("Shymkent", "LOC"), ("Túrkistan oblysynyń", "LOC"))]
    assert kaznews_normals([GoldSentence(text, mentions)]) == [["Qasym-Jomart Toqaev", "Shymkent", "Túrkistan oblysy"]]


def test_web_addresses_stay_as_written_and_a_three_letter_cluster_is_two_letters():
    spelling = to_cyrillic("Bul týraly Dalanews.kz habarlady, https://abai.kz/lt/post/1", "2018")
    assert spelling.text == "Бұл туралы Dalanews.kz хабарлады, https://abai.kz/lt/post/1"
    assert to_cyrillic("sońǵy songhy", "digraph").text.split()[1] == "соңғы"


def test_the_2021_capitals_are_the_turkish_style_pairs():
    assert to_cyrillic("Işkı ıster. İran men Izgı", "2021").text == "Ішкі істер. Иран мен Ізгі"
    assert to_cyrillic("Shashubai men Toqa Shoñmanūly", "2021").text == "Шашубай мен Тоқа Шоңманұлы"  # sh for ş
