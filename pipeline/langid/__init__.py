"""Language identification (the `language` stage; the rules of each language live in lang/<code>/):
ru / kk / mixed / other per article, the Kazakh share, a language per sentence.

Per sentence, never per word: lingua calls short Russian phrases with one Kazakh name
Kazakh. The rules, in order (measured in ../shared/KAZAKH.md):
- mostly non-Cyrillic letters -> "other";
- the words counted below are those outside quotes when at least three common (lower-case)
  words stand there: a Russian sentence quoting a Kazakh name is Russian;
- Kazakh letters only in capitalised words (names), with Russian lower-case words around
  them (a function word, or three words lingua reads as Russian; units such as "га" and the
  letters of a slash abbreviation such as "а/о" are no words) -> "ru": a one-sentence
  text has no article to correct it ("Грамоты вручили Нұрлану Сәрсенбаеву и ...");
- at least a quarter of the words carry Ә Ғ Қ Ң Ө Ұ Ү Һ І -> "kk", unless they are under
  half and at least three Russian cues, and as many as those words, stand there
  (lang/ru/cues.py: в, на, что, endings -ого, -ние, -лось): a Russian sentence naming
  "Үкімет үйі" is Russian;
- no such letter and no Kazakh cue (lang/kk/cues.py: function words such as "ол",
  "емес", "деп" and endings such as -ып, -ында, -лары that Russian words lack) -> "ru"
  (99.5% of Kazakh news sentences have such a letter, but short ones often do not:
  "Ол жерде мектеп бар.");
- otherwise lingua, restricted to Kazakh and Russian, decides.
A Latin-script Kazakh article reaches this stage transliterated (script.py), so "other"
is left to other languages and scripts.
The article is "kk" or "ru" when at least 80% of its Cyrillic text is that language,
"mixed" in between, and "other" when most of its letters are not Cyrillic. In a Kazakh
article a "ru" sentence with no lower-case word ("ОРАЛ.", a dateline) is Kazakh, and so is
one with no Russian cue that lingua reads as Kazakh ("Жалпы орын саны – 7400."); in a
Russian article a "kk" sentence whose Kazakh letters are only in names and whose
lower-case words are Russian is Russian ("— Жаңалық (Аксуский район)").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from razdel import sentenize

from ..doc import Document, Sentence
from ..lang.kk import has_kazakh_letters
from ..lang.kk.cues import kazakh_cues
from ..lang.ru.cues import FUNCTION_WORDS, russian_cues

if TYPE_CHECKING:
    from ..resources import Resources

KK_WORD_SHARE = 0.25
KK_MAJORITY = 0.5
MIN_RUSSIAN_CUES = 3  # lang/ru/cues.py: with Kazakh words under half, this many Russian cues, and
                      # no fewer than the Kazakh words, make a sentence Russian
ARTICLE_MAJORITY = 0.8
_ANALYSER_OF_OTHER = {"ru": "ru", "mixed": "ru", "kk": "kk"}  # a Latin-script sentence, by its article's language
MIN_OUTSIDE_WORDS = 3  # lower-case words outside quotes that decide without the quoted names
# units both languages write alike ("Шарбұлақ а/о – 410 га"): no Russian words around names
_UNITS = frozenset("га км кг мм см млн млрд тг".split())
# a word, not a letter of an abbreviation written with a slash: Kazakh "а/о" (ауылдық округі) is
# no Russian "а" and "о", nor Russian "ж/д" any language's words
_WORD = re.compile(r"(?<![^\W\d_]/)\b[^\W\d_]+\b(?!/[^\W\d_]\b)")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_LEGAL_NAME = re.compile(r"\b[А-ЯЁA-Z]{2,5}\s*«[^«»]*»")  # ТОО «Тұрғын үй Шымкент»: a legal form and its name
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]")


def sentence_language(text: str, detector) -> str:
    """"ru", "kk" or "other" for one sentence; `detector`: lingua's, restricted to Kazakh
    and Russian (Resources.language_detector), for the sentences the letters leave open."""
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    if not letters or sum(map(len, _CYRILLIC.findall(text))) / letters < 0.5:
        return "other"
    # a quoted name is a name, not the sentence's language («Қазақстанның киелі жерлері» in a
    # Russian sentence): the words outside quotes decide when enough common words are there
    # (bylines and headings, "Экономистер: «...»", have only names or one word outside)
    outside = _WORD.findall(_QUOTED.sub(" ", text))
    if sum(word.islower() for word in outside) >= MIN_OUTSIDE_WORDS:
        words = outside
    kk_words = sum(map(has_kazakh_letters, words)) if has_kazakh_letters(text) else 0
    if kk_words == 0 and not kazakh_cues(words) or kk_words and _russian_around_names(words, detector):
        return "ru"
    if kk_words / len(words) >= KK_WORD_SHARE:
        # a Kazakh name or two in a Russian sentence ("в Үкімет үйі состоялось заседание")
        cues = russian_cues(words)
        if kk_words / len(words) < KK_MAJORITY and cues >= max(MIN_RUSSIAN_CUES, kk_words):
            return "ru"
        return "kk"
    from lingua import Language
    return "kk" if detector.detect_language_of(text) == Language.KAZAKH else "ru"


def _russian_around_names(words: list[str], detector) -> bool:
    """Kazakh letters only in capitalised words (names) and Russian lower-case words around
    them: a Russian function word, or at least three words lingua reads as Russian ("Грамоты
    вручили Нұрлану Сәрсенбаеву и Ғалыму Әлімжанову.", "Награду получил Ерлан Қасымұлы,
    тренер сборной области Жетісу."); a short Russian text is one sentence, with no article
    around it to tell (detect_language)."""
    lower = [word for word in words if word.islower() and word not in _UNITS]
    if not lower or any(map(has_kazakh_letters, lower)) or kazakh_cues(lower):
        return False
    if any(word in FUNCTION_WORDS for word in lower):
        return True
    from lingua import Language
    return len(lower) >= MIN_OUTSIDE_WORDS and detector.detect_language_of(" ".join(lower)) == Language.RUSSIAN


# Abbreviations of a place's kind razdel takes for a sentence's end ("в мкр. | Самал"):
# microdistrict, urban-type settlement; the place's name follows in the same sentence.
_PLACE_KIND_ABBREVIATION = re.compile(r"(?:^|[\s(«])(?:мкр|мкрн|пгт)\.$", re.IGNORECASE)


# A short quoted name with a full stop inside («Чистый водоём. Чистый берег», "Сильные
# регионы. Сильная страна"): razdel ends a sentence at its stop, and the name is lost in two.
_OPENED_SHORT_QUOTE = re.compile(r"(?:«[^«»]*|(?:^|\s)\"[^\"]*)$")
_CLOSING_SOON = re.compile(r"^[^«»\"]*[»\"]")
_SHORT_QUOTE_WORDS = 4


def _quote_goes_on(sent: str, following: str) -> bool:
    """`sent` ends inside a quote opened at most 4 words before its end, and `following`
    closes it within its first 4 words."""
    opened, closing = _OPENED_SHORT_QUOTE.search(sent), _CLOSING_SOON.match(following)
    if opened is None or closing is None or sent.count('"') % 2 == 0 and "«" not in opened.group():
        return False
    return (len(opened.group().split()) <= _SHORT_QUOTE_WORDS
            and len(closing.group().split()) <= _SHORT_QUOTE_WORDS)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraphs (lines) first, then razdel within each paragraph; a
    sentence razdel ends on a place's kind abbreviation, or inside a short quoted name, is
    joined to the next."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            sents = list(sentenize(line))
            joined = False
            for sent, following in zip(sents, [*sents[1:], None]):
                if joined:
                    spans[-1] = (spans[-1][0], offset + sent.stop)
                else:
                    spans.append((offset + sent.start, offset + sent.stop))
                joined = _PLACE_KIND_ABBREVIATION.search(sent.text) is not None or \
                    following is not None and _quote_goes_on(sent.text, following.text)
        offset += len(line) + 1
    return spans


def article_language(sentences: list[Sentence]) -> tuple[str, float]:
    """The article's language and the share of its Cyrillic text that is Kazakh (to 4 places)."""
    chars = {"ru": 0, "kk": 0, "other": 0}
    for sent in sentences:
        chars[sent.lang] += sent.end - sent.start
    cyrillic = chars["ru"] + chars["kk"]
    if cyrillic == 0 or chars["other"] > cyrillic:
        return "other", 0.0
    kk_share = chars["kk"] / cyrillic
    lang = "kk" if kk_share >= ARTICLE_MAJORITY else "ru" if kk_share <= 1 - ARTICLE_MAJORITY else "mixed"
    return lang, round(kk_share, 4)


def analyser_language(doc: Document, sent: Sentence) -> str:
    """Which analyser a sentence goes to: Latin-script sentences inside a Russian or mixed
    article ("Google и Hewlett-Packard объявили...") are Russian text with foreign names,
    and inside a Kazakh article Kazakh text with them (a source line "aikyn.kz", a
    photo credit "AstanaTV")."""
    if sent.lang == "other":
        return _ANALYSER_OF_OTHER.get(doc.lang, "other")
    return sent.lang


def detect_language(docs: Iterable[Document], resources: Resources) -> list[Document]:
    """Stage entry point: fill sentences (with languages), lang and kk_share."""
    docs = list(docs)
    detector = resources.language_detector
    for doc in docs:
        doc.sentences = [Sentence(start, end, sentence_language(doc.text[start:end], detector))
                         for start, end in split_sentences(doc.text)]
        doc.lang, doc.kk_share = article_language(doc.sentences)
        if doc.lang == "kk":
            for sent in doc.sentences:
                if sent.lang == "ru" and _kazakh_in_context(doc.text[sent.start:sent.end], detector):
                    sent.lang = "kk"
        elif doc.lang in ("ru", "mixed"):  # also a short Russian article its Kazakh names made "mixed"
            changed = False
            for sent in doc.sentences:
                if sent.lang == "kk" and _kazakh_names_only(doc.text[sent.start:sent.end]):
                    sent.lang, changed = "ru", True
            if changed and doc.lang == "mixed":
                doc.lang, doc.kk_share = article_language(doc.sentences)
    return docs


def _kazakh_names_only(text: str) -> bool:
    """A sentence of a Russian article that the letters called Kazakh is Russian when its
    Kazakh letters are all in capitalised words (names) or a company's quoted name and its
    lower-case words are Russian, with no Kazakh cue ("— Жаңалық (Аксуский район)", a list
    of villages, "директора ТОО «Тұрғын үй Шымкент»"; not a quoted Kazakh remark); so is a
    line of no lower-case word whose Kazakh letters are all in a company's quoted name (a
    signature: "КГУ «Қоғамдық келісім» УВП")."""
    words = _WORD.findall(_LEGAL_NAME.sub(" ", text))
    lower = [word for word in words if word.islower()]
    if not lower:
        return _LEGAL_NAME.search(text) is not None and not any(map(has_kazakh_letters, words))
    return not any(map(has_kazakh_letters, lower)) and not kazakh_cues(lower)


def _kazakh_in_context(text: str, detector) -> bool:
    """A sentence of a Kazakh article that the letters called Russian is Kazakh when it has
    no lower-case word, only names and numbers ("ОРАЛ.", a dateline), or no Russian cue and
    lingua reads it as Kazakh ("Жалпы орын саны – 7400."): outside a Kazakh article
    lingua is not asked, as it calls short Russian phrases with a Kazakh name Kazakh."""
    words = _WORD.findall(text)
    if not any(word.islower() for word in words):
        return True
    from lingua import Language
    return not russian_cues(words) and detector.detect_language_of(text) == Language.KAZAKH
