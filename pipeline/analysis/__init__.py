"""Analysis: tokens, POS and features, lemmas, for each sentence in its own language.

Russian sentences from all articles of a batch go through natasha's morph tagger together
(one padded batch instead of one per article), then pymorphy3 picks each lemma. Kazakh
sentences get the Kazakh lemmatizer; other sentences keep lower-cased words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..doc import Document, Token
from ..lang import kk, ru
from ..lang.ru.exceptions import DOTTED_ABBREVIATIONS, KAZAKH_LOANS
from ..lang.ru.lemmatizer import is_foreign_word
from ..langid import analyser_language
from .tokenizer import word_spans

if TYPE_CHECKING:
    from ..resources import Resources

CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM_WORD"}


_DOTTED = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    re.escape(a) for a in sorted(DOTTED_ABBREVIATIONS, key=len, reverse=True)) + r")", re.IGNORECASE)


def tokenize_span(text: str, start: int, end: int) -> list[Token]:
    """razdel's tokens (tokenizer.py), with dotted abbreviations ("т.г.", "т.е.") kept whole."""
    piece = text[start:end]
    tokens = [Token(piece[a:b], start + a, start + b) for a, b in word_spans(piece)]
    for match in _DOTTED.finditer(text, start, end):
        a, b = match.span()
        inside = [i for i, t in enumerate(tokens) if t.start >= a and t.end <= b]
        if len(inside) > 1 and tokens[inside[0]].start == a and tokens[inside[-1]].end == b:
            tokens[inside[0]:inside[-1] + 1] = [Token(text[a:b], a, b)]
    return tokens


def tag_russian(sentences: Sequence[list[Token]], resources: Resources) -> None:
    """POS, features and lemmas for Russian token lists (natasha's tagger, all sentences of
    the batch together; kaznews.neural sorts and batches them)."""
    tagged = resources.morph_tagger([[t.text for t in tokens] for tokens in sentences])
    lemmatize_ru = resources.ru_lemmatizer.lemmatize
    for tokens, tags in zip(sentences, tagged):
        for token, tag in zip(tokens, tags):
            token.pos, token.feats, key = tag
            if token.text.lower() in KAZAKH_LOANS:  # unseen by the tagger: "маслихата" came out a verb
                token.pos, token.feats, key = "NOUN", {}, ()
            token.lemma = lemmatize_ru(token.text, token.pos, key)


def keep_foreign_names(tokens: list[Token], analyzer) -> None:
    """A quoted name in a Russian sentence half or more of whose words are Kazakh or unknown
    («Жасыл ел», «Әділдік жолы», «Алтын Орда») is a name, not Russian words: its lemmas are its
    words as written. A Russian title with one such word keeps its Russian lemmas, and a Kazakh
    loan the lemmatizer knows counts as Russian («Об избрании председателя маслихата города
    Астаны»: the body inside the title is found by its lemmas)."""
    opened = None
    for i, token in enumerate(tokens):
        if token.text == "«":
            opened = i
        elif token.text == "»" and opened is not None:
            inside = tokens[opened + 1:i]
            words = [t.text for t in inside if any(c.isalpha() for c in t.text)]
            foreign = sum(w.lower() not in KAZAKH_LOANS and is_foreign_word(w, analyzer) for w in words)
            if foreign and 2 * foreign >= len(words):
                for t in inside:
                    t.lemma = t.text.lower()
            opened = None


def analyze_morphology(docs: Iterable[Document], resources: Resources) -> list[Document]:
    """Stage entry point: fill each sentence's tokens."""
    docs = list(docs)
    lemmatize_kk = resources.kk_lemmatizer.lemmatize
    russian: list[list[Token]] = []
    for doc in docs:
        for sent in doc.sentences:
            sent.tokens = tokenize_span(doc.text, sent.start, sent.end)
            lang = analyser_language(doc, sent)
            if lang == "ru":
                russian.append(sent.tokens)
            else:
                for token in sent.tokens:
                    token.pos = "PUNCT" if not any(c.isalnum() for c in token.text) else ""
                    token.lemma = lemmatize_kk(token.text) if lang == "kk" else token.text.lower()
    if russian:
        tag_russian(russian, resources)
        for tokens in russian:
            keep_foreign_names(tokens, resources.morph_analyzer)
    for doc in docs:  # once here: topics, codebooks and the lemmas column read them
        doc.content_words = list(content_words(doc))
    return docs


def content_words(doc: Document) -> Iterator[tuple[str, str]]:
    """(language, lemma) of each content word: no stop words, punctuation or numbers, and in
    Russian only content parts of speech (kept on the Document as doc.content_words)."""
    for sent in doc.sentences:
        lang = analyser_language(doc, sent)
        stop = kk.STOP_WORDS if lang == "kk" else ru.STOP_WORDS
        russian = lang == "ru"
        for token in sent.tokens:
            lemma = token.lemma
            if not lemma or russian and token.pos not in CONTENT_POS or lemma in stop:
                continue
            if lemma.isalpha() or any(c.isalpha() for c in lemma):  # the first test is the common case, and fast
                yield lang, lemma


def lemmatize_words(words: list[str], lang: str, resources: Resources) -> list[str]:
    """Lemmas of one pre-tokenized sentence, one per word (the public `kaznews.lemmatize`)."""
    if lang == "kk":
        return [resources.kk_lemmatizer.lemmatize(w) for w in words]
    if lang != "ru":
        raise ValueError(f"no lemmatizer for language {lang!r} (expected 'ru' or 'kk')")
    tokens = [Token(w, 0, 0) for w in words]
    if tokens:
        tag_russian([tokens], resources)
        keep_foreign_names(tokens, resources.morph_analyzer)
    return [t.lemma for t in tokens]
