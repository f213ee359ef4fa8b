"""Signs that a sentence written without any Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) is
Kazakh: a third of Kazakh words have none of them ("Ол жерде мектеп бар."). Function
words Russian lacks, and inflectional endings no Russian word ends in. Written for
kaznews from Kazakh grammar; the langid stage counts them per sentence
(pipeline/langid), lingua confirms.

Left out on purpose: words Russian writes too (да, не, та, те, бар, ел) and endings
Russian words share (-да: когда; -уда: куда; -ты: работы; -ады: парады; -тан: капитан;
-дар: Краснодар; -тер: ветер). A cue alone does not make a sentence Kazakh (доллар ends
in -лар): lingua must agree.
"""
from .letters import has_kazakh_letters
from .stop_words import STOP_WORDS

# Russian words spelled like Kazakh function words (seen in UD Russian GSD and Taiga dev)
RUSSIAN_HOMOGRAPHS = frozenset("да де не сен та те бар ана ал".split())
FUNCTION_WORDS = frozenset(w for w in STOP_WORDS if not has_kazakh_letters(w)) - RUSSIAN_HOMOGRAPHS | frozenset("""
оны содан соны осында олай солай болсын жатырмыз керек алайда мысалы шынымен жылы жыл адам
жиырма отыз алпыс сексен
""".split())

# a place's kind noun with the possessive every Kazakh place name takes ("Ақмола облысы",
# "Абай ауданы"), which no Russian word spells so: a line of a list of regions is Kazakh
PLACE_NOUNS = frozenset("облысы ауданы ауылы облыстары аудандары ауылдары".split())

# plural, case after a possessive, 1st-person plural, converb -ып, participles, past tense
ENDINGS = ("лар", "дер", "тар", "ларда", "лерде", "лары", "дары", "тары", "ларды", "мыз", "ып",
           "ында", "ынан", "ыны", "атын", "айды", "ылды", "алды", "ынды", "сыз", "ымыз", "ген", "кен")
MIN_WORD = 4  # endings count on words of at least this length (not "ад", "тар")


def kazakh_cues(words: list[str]) -> int:
    """How many of `words` (a sentence's) are Kazakh function words or possessed place nouns
    (any case) or lower-case words ending in a Kazakh inflection: a capitalised word is a
    name as often as not, and Kazakh names end like Kazakh verbs in Russian text too
    ("Дархан Сатыбалды открыл")."""
    count = 0
    for word in words:
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in PLACE_NOUNS \
                or word == lowered and len(word) >= MIN_WORD and word.endswith(ENDINGS):
            count += 1
    return count
