"""Kazakh roles: the position before a name with its body before it ("Ақмола облысының
әкімі Ермек Маржықпаев", "ҚР Премьер-Министрі Әлихан Смайылов", "Мемлекет басшысы
Қасым-Жомарт Тоқаев"). The vocabulary decides which words before the head belong to the
position ("мемлекет", "ішкі істер министрінің") and which name the body ("облыс")."""
from __future__ import annotations

from ..doc import Document, Entity, Sentence, Token
from ..entities.normalize import normalize_kazakh
from ..lang.kk.lemmatizer import PLURAL_FORMS, KazakhLemmatizer
from ..lang.kk.stop_words import STOP_WORDS
from ..lang.kk.phonology import final_class, harmony, suffix_harmony
from ..lang.kk.suffixes import SUFFIXES
from .common import body_of, lower_words
from .vocabulary import PositionVocabulary

_GENITIVES = [s for s in SUFFIXES if s.kind == "gen"]
_ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі")
_VOICED = {"ғ": "қ", "г": "к"}
_POSSESSIVES = ("сы", "сі", "ы", "і")
_REACH = 5  # words a position may have before a name


def kazakh_key(word: str, kk: KazakhLemmatizer) -> str:
    """A Kazakh word without its case ending and possessive ("министрінің" -> "министр");
    the key the vocabulary is learned and read by. A hyphenated word inflects on its last
    part ("Премьер-Министрі" -> "премьер-министр"); a stem whose қ/к voiced to ғ/г before
    the ending gets it back when the lexicon knows that word ("бастығы" -> "бастық",
    "агенттігі" -> "агенттік"); a possessive after a plural comes off ("істері" -> "істер")."""
    head, hyphen, tail = word.lower().rpartition("-")
    stem = kk.strip_case(tail).lower()
    key = kk.strip_case(tail, keep_possessive=False).lower()
    if key == stem:  # the lexicon knows no stem under the possessive: "агенттігі", "істері"
        form = next((f for f in _POSSESSIVES if stem.endswith(f) and len(stem) - len(f) >= 3), None)
        base = stem[:-len(form)] if form else ""
        unvoiced = base[:-1] + _VOICED[base[-1]] if base[-1:] in _VOICED else base
        if base and (kk.known(unvoiced, False) or base.endswith(PLURAL_FORMS)):
            key = unvoiced if kk.known(unvoiced, False) else base
    if key[-1:] in _VOICED and kk.known(key[:-1] + _VOICED[key[-1]], False) and not kk.known(key, False):
        key = key[:-1] + _VOICED[key[-1]]
    return head + hyphen + key


def genitive(stem: str) -> str:
    """The stem with the genitive ending its last sound and vowels call for ("бастық" ->
    "бастықтың", "әкім" -> "әкімнің")."""
    for suffix in _GENITIVES:
        if final_class(stem) in suffix.after and suffix_harmony(suffix.form) == (harmony(stem) or "back"):
            return stem + suffix.form
    return stem


def _is_genitive(word: str, kk: KazakhLemmatizer) -> bool:
    lowered = word.lower()
    return lowered.endswith(tuple(s.form for s in _GENITIVES)) and len(kk.strip_case(word)) < len(word)


def _word(token: Token) -> bool:
    return token.text.replace("-", "").replace(".", "").isalpha()


def _entity_at(doc: Document, token: Token) -> Entity | None:
    return next((e for e in doc.entities if e.start <= token.start < e.end), None)


def kazakh_roles(doc: Document, sentence: Sentence, person: Entity, vocabulary: PositionVocabulary,
                 kk: KazakhLemmatizer) -> list[dict]:
    """The position written right before the name, and the body before the position."""
    tokens = sentence.tokens
    last = sentence.token_range(person.start, person.end).start - 1
    if last < 0 or not _word(tokens[last]) or _entity_at(doc, tokens[last]) is not None:
        return []
    if not _names_position(kazakh_key(tokens[last].text, kk), vocabulary):
        return []
    first = last
    while first > 0 and last - first + 1 < _REACH and _in_position(doc, tokens[first - 1], vocabulary, kk):
        first -= 1
    position = tokens[first:last + 1]
    body = _body(doc, tokens, first, _possessive(tokens[first].text, kk), vocabulary, kk)
    body_text = doc.text[body[0].start:body[-1].end] if body else ""
    return [{"position": _position_normal(position, vocabulary, kk),
             "position_text": doc.text[position[0].start:position[-1].end],
             "start": position[0].start, "end": position[-1].end, "kind": "before",
             **body_of(doc, body, normalize_kazakh(body_text, kk) if body else "")}]


def _in_position(doc: Document, token: Token, vocabulary: PositionVocabulary, kk: KazakhLemmatizer) -> bool:
    """Whether a word before a position belongs to it: a position in the genitive
    ("министрінің орынбасары"), a modifier ("бас имамы") or a bare noun the vocabulary
    keeps in positions ("мемлекет басшысы", "ішкі істер"). Any other genitive, or a noun
    with a possessive ("ауданы әкімінің"), names the body."""
    if not _word(token) or token.text.isupper() or _entity_at(doc, token) is not None:
        return False
    key = kazakh_key(token.text, kk)
    if _is_genitive(token.text, kk):
        return _names_position(key, vocabulary)
    if token.text.lower() in STOP_WORDS or kk.strip_case(token.text).lower() != key:
        return False
    return _modifier(key, vocabulary) or vocabulary.inside("kk", key)


def _modifier(key: str, vocabulary: PositionVocabulary) -> bool:
    """A word that qualifies a position without owning it: learned ("бас"), an adjective
    ("музыкалық", "мемлекеттік") or an agent noun ("атқарушы")."""
    return vocabulary.is_modifier("kk", key) or key.endswith(_ADJECTIVE_ENDINGS + ("шы", "ші"))


def _names_position(key: str, vocabulary: PositionVocabulary) -> bool:
    """A Kazakh position word, or a Russian one Kazakh writes the same ("министр", "депутат")."""
    return vocabulary.is_head("kk", key) or vocabulary.is_head("ru", key)


def _possessive(word: str, kk: KazakhLemmatizer) -> bool:
    """A 3rd-person possessive and no case ending: the head of a compound ("ауданы" in
    "Тасқала ауданы", "істері" in "дін істері")."""
    return kk.strip_case(word).lower() == word.lower() != kazakh_key(word, kk)


def _body(doc: Document, tokens: list[Token], first: int, izafet: bool, vocabulary: PositionVocabulary,
          kk: KazakhLemmatizer) -> list[Token]:
    """The body right before a position: an organisation or place the NER found, or the
    words before it that name one (a genitive, a noun with a possessive, a name, an
    abbreviation, a body word), with the names, adjectives, genitives and compounds before
    it: "Аудандық аурухананың қоғамдық кеңесінің", "Тасқала ауданы", "облыстық дін істері
    басқармасының"; before a position with a possessive, the bare noun that owns it ("өңір
    басшысы", "облыс әкімі"). Another position ("Мәжіліс Төрағасы") is no body."""
    i = first - 1
    if i < 0 or not (_word(tokens[i]) or tokens[i].text in "«»\""):
        return []
    entity = _entity_at(doc, tokens[i])
    if entity is not None:
        return [t for t in tokens if entity.start <= t.start and t.end <= entity.end] if entity.label != "PER" else []
    token = tokens[i]
    key = kazakh_key(token.text, kk)
    if _names_position(key, vocabulary) and not _is_genitive(token.text, kk):
        return []
    lowered = token.text.lower()
    owner = izafet and token.text.isalpha() and lowered not in STOP_WORDS and kk.lemmatize(lowered) == lowered \
        and not kk.known(lowered, True)
    if not (owner or _is_genitive(token.text, kk) or _possessive(token.text, kk) or token.text in "»\""
            or token.text.isupper() or (token.text[:1].isupper() and i > 0)  # not a capital that opens the sentence
            or vocabulary.count("kk", "body", key) >= vocabulary.min_count):
        return []
    start = i
    while start > 0 and i - start < _REACH:
        before, after = tokens[start - 1], tokens[start]
        entity = _entity_at(doc, before)
        if entity is not None and entity.label != "PER":
            start = next(k for k, t in enumerate(tokens) if t.start >= entity.start)
            continue
        lowered = before.text.lower()
        compound = _possessive(after.text, kk) or (_is_genitive(after.text, kk) and kazakh_key(after.text, kk) !=
                                                     kk.strip_case(after.text).lower())  # "дін істері", "мониторинг агенттігінің"
        inflected = not _is_genitive(before.text, kk) and kk.strip_case(before.text).lower() != lowered
        if entity is None and lowered not in STOP_WORDS and not inflected and (before.text in "«»\"" or (_word(before) and (
                before.text[:1].isupper() or _is_genitive(before.text, kk) or _possessive(before.text, kk)
                or lowered.endswith(_ADJECTIVE_ENDINGS) or (compound and kk.strip_case(before.text).lower() == lowered)))):
            start -= 1
            continue
        break
    return tokens[start:i + 1]


def _position_normal(tokens: list[Token], vocabulary: PositionVocabulary, kk: KazakhLemmatizer) -> str:
    """The position as a dictionary would cite it: "әкімі" -> «әкім», "бас имамы" ->
    «бас имам», "бастығының орынбасары" -> «бастықтың орынбасары»; a possessor inside the
    position keeps the head's possessive ("мемлекет басшысы", "ішкі істер министрінің
    орынбасары")."""
    words = [t.text for t in tokens]
    keys = [kazakh_key(w, kk) for w in words]
    modifiers_only = [all(_modifier(k, vocabulary) and not _is_genitive(w, kk) for k, w in zip(keys[:i], words))
                      for i in range(len(words))]
    out = []
    for i, word in enumerate(words[:-1]):
        out.append(genitive(keys[i]) if _is_genitive(word, kk) and modifiers_only[i] and keys[i] != word.lower()
                   else word)
    if modifiers_only[-1]:
        head = keys[-1] if keys[-1] != kk.strip_case(words[-1]).lower() else kk.lemmatize(words[-1])
        out.append(head)
    else:
        out.append(kk.strip_case(words[-1]))
    return lower_words(out, tokens)
