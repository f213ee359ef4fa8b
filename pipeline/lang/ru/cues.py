"""Signs that a sentence holding a few words with Kazakh letters is Russian ("30 ноября в
Үкімет үйі состоялось заседание Правительства"): prepositions and conjunctions Kazakh
lacks, and endings no Kazakh word ends in (Kazakh takes Russian loans with Kazakh endings:
"министрлігі", "комиссиясы"). Lower-case words only: a capitalised word is a name as often
as not. The counterpart of lang/kk/cues.py; the langid stage counts both per sentence.
"""

FUNCTION_WORDS = frozenset("""
в во на и по с со к ко от для из о об обо при что как это который которая которые которых
также был была было были будет или но а же ли уже
""".split())

# adjective and participle endings, verbal nouns, reflexive verbs
ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ских", "ская", "ский", "ское", "ние", "ния",
           "нию", "ться", "тся", "лось", "лась", "лись", "ение", "ающ", "ующ")
MIN_WORD = 4


def russian_cues(words: list[str]) -> int:
    """How many of `words` (a sentence's) are Russian function words or lower-case words
    with an ending only Russian has."""
    return sum(word.lower() in FUNCTION_WORDS or (word.islower() and len(word) >= MIN_WORD and word.endswith(ENDINGS))
               for word in words)
