"""Russian roles: the title the entities stage put before a name, split into position and
body, and the apposition after a name ("Ермек Маржикпаев, аким области,")."""
from __future__ import annotations

from ..doc import Document, Entity, Sentence, Token
from ..entities.normalize import feats_key, fold, inflect, normalize_phrase
from ..lang.ru.entity_words import POSITION_WORDS
from ..lang.ru.lemmatizer import RussianLemmatizer, normal_word
from .common import body_of, lower_words
from .vocabulary import PositionVocabulary

# "бывшего акима", "новым акимом": when the position was held, not what it is («аким»)
NOT_OF_THE_POSITION = frozenset({"бывший", "новый", "нынешний", "действующий"})
_APPOSITION_OPENS = (",", "(")
_APPOSITION_ENDS = frozenset(",.;:!?)—–\"«»")
# "X назначен министром юстиции", "Акимом поселка избран X", "X, который был премьер-министром":
# the verbs that join a person to a position in the instrumental ("на должность акима": any case)
COPULAS = frozenset({"быть", "являться", "стать", "назначить", "избрать", "переизбрать", "утвердить", "работать",
                     "служить", "оставаться", "остаться", "занимать", "занять"})
_POST = frozenset({"пост", "должность"})
_RELATIVE = frozenset({"который"})
_BODY_WORDS = frozenset({"по", "и", "имени", "-", "«", "»", '"', "“", "”"})


def russian_roles(doc: Document, sentence: Sentence, person: Entity, vocabulary: PositionVocabulary,
                  ru: RussianLemmatizer) -> list[dict]:
    """The positions written before (the entities stage's title) and after the name, and
    those a verb joins to it ("назначен министром", "Акимом избран")."""
    tokens = sentence.tokens
    span = sentence.token_range(person.start, person.end)
    found = []
    title = title_tokens(doc, sentence, person)
    phrase = _own_title(title, _oblique(person), vocabulary)
    if phrase:
        found.append(_role(doc, phrase, vocabulary, ru, "before"))
    if span.stop < len(tokens) and tokens[span.stop].text in _APPOSITION_OPENS:
        phrase = []
        for token in tokens[span.stop + 1:span.stop + 16]:
            if token.text in _APPOSITION_ENDS or any(e.label == "PER" and e.start <= token.start < e.end
                                                     for e in doc.entities):
                break
            phrase.append(token)
        after = tokens[span.stop + 1 + len(phrase)] if span.stop + 1 + len(phrase) < len(tokens) else None
        following = next((e for e in doc.entities if after is not None and e.label == "PER" and e.start == after.start), None)
        # "Токаев, премьер-министр Аскар Мамин": a phrase right before the next name is that
        # name's title, unless the name is declined ("помощник акима Алтая Кульгинова")
        title_of_next = following is not None and not _oblique(following)
        if not title_of_next and not any(t.pos in ("VERB", "AUX") for t in phrase):
            found.append(_role(doc, phrase, vocabulary, ru, "after"))
    found += [_predicate_after(doc, tokens, span.stop, vocabulary, ru),
              _predicate_before(doc, tokens, span.start - len(title), vocabulary, ru)]
    return [role for role in found if role]


def _predicate_after(doc: Document, tokens: list[Token], i: int, vocabulary: PositionVocabulary,
                     ru: RussianLemmatizer) -> dict | None:
    """"X назначен министром юстиции", "X, который был премьер-министром Казахстана",
    "X, ранее занимавший пост акима"."""
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i < len(tokens) and tokens[i].lemma in _RELATIVE:
        i += 1
    i = _skip(tokens, i, 1)
    if i >= len(tokens) or tokens[i].lemma not in COPULAS:
        return None
    start = _skip(tokens, i + 1, 1)
    post = start + 2 < len(tokens) and tokens[start].text == "на" and tokens[start + 1].lemma in _POST \
        or start + 1 < len(tokens) and tokens[start].lemma in _POST
    start += (2 if tokens[start].text == "на" else 1) if post else 0
    phrase = []
    for token in tokens[start:start + 15]:
        if token.text in _APPOSITION_ENDS or token.pos in ("VERB", "AUX") or any(
                e.label == "PER" and e.start <= token.start < e.end for e in doc.entities):
            break
        phrase.append(token)
    return _role(doc, phrase, vocabulary, ru, "predicate") if post or _instrumental(phrase, ru) else None


def _predicate_before(doc: Document, tokens: list[Token], i: int, vocabulary: PositionVocabulary,
                      ru: RussianLemmatizer) -> dict | None:
    """"Акимом поселка Зачаганск избран X", "Председателем комиссии является начальник отдела X"."""
    i = _skip(tokens, i - 1, -1)
    if i <= 0 or tokens[i].lemma not in COPULAS:
        return None
    end = _skip(tokens, i - 1, -1) + 1
    start = end
    while start > 0 and tokens[start - 1].text not in _APPOSITION_ENDS and tokens[start - 1].pos not in ("VERB", "AUX"):
        start -= 1
    phrase = tokens[start:end]
    return _role(doc, phrase, vocabulary, ru, "predicate") if _instrumental(phrase, ru) else None


def _skip(tokens: list[Token], i: int, step: int) -> int:
    """The first token from `i` on (in the direction of `step`) that is no adverb ("ранее", "единогласно")."""
    while 0 <= i < len(tokens) and tokens[i].pos == "ADV":
        i += step
    return i


def _instrumental(phrase: list[Token], ru: RussianLemmatizer) -> bool:
    """Whether the phrase opens (after its adjectives) with a noun in the instrumental
    ("министром", "Акимом": the tagger gives loans no case, pymorphy3 does)."""
    nouns = [t for t in phrase if t.pos not in ("ADJ", "DET")][:1]
    if not nouns or nouns[0].pos != "NOUN":
        return False
    token = nouns[0]
    return token.feats.get("Case") == "Ins" or (token.feats.get("Case") is None and any(
        "ablt" in p.tag for p in ru.parse(normal_word(token.text))))


def title_tokens(doc: Document, sentence: Sentence, person: Entity) -> list[Token]:
    """The tokens of the title the entities stage found before the name (it ends at the
    token before the name)."""
    end = len(doc.text[:person.start].rstrip())
    start = end - len(person.title)
    if not person.title or doc.text[start:end] != person.title:
        return []
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]


def _oblique(person: Entity) -> bool:
    """Whether a name is written in an oblique case: the entities stage declined it back
    ("Алтая Кульгинова" -> "Алтай Кульгинов"), which the tagger's case of a rare name is not
    evidence enough for."""
    return fold(person.normal) != fold(person.text)


def _own_title(phrase: list[Token], oblique: bool, vocabulary: PositionVocabulary) -> list[Token]:
    """The part of a title that is the person's own. In a chain of positions the name
    agrees with the one it belongs to: "помощник акима Уральска Алтая Кульгинова" (Кульгинов
    is the akim), "пресс-секретарь Елбасы Нурсултана Назарбаева", "заместителем руководитель
    отдела Жанслу Туремуратова" (the first position is someone else's or a predicate)."""
    heads = [i for i, t in enumerate(phrase) if _is_head(t, vocabulary)]
    if len(heads) < 2:
        return phrase
    first, last = phrase[heads[0]].feats.get("Case"), phrase[heads[-1]].feats.get("Case")
    chained = (first == "Nom" and oblique and last in ("Gen", None)) or \
        (first == "Ins" and not oblique and last in ("Nom", None))
    if not chained:
        return phrase
    start = heads[-1]
    while start > heads[0] + 1 and phrase[start - 1].pos in ("ADJ", "DET"):
        start -= 1
    return phrase[start:]


def _is_head(token: Token, vocabulary: PositionVocabulary) -> bool:
    return token.pos in ("NOUN", "PROPN") and (vocabulary.is_head("ru", token.lemma) or token.lemma in POSITION_WORDS)


def _in_entity(doc: Document, token: Token) -> bool:
    return any(e.start <= token.start < e.end for e in doc.entities)


def _complement(doc: Document, tokens: list[Token], j: int, vocabulary: PositionVocabulary,
                any_noun: bool) -> int | None:
    """The end of the adjectives and genitive noun at `j` when they stay in the position
    ("здравоохранения", "цифрового развития", "председателя"), else None."""
    k = j
    while k < len(tokens) and tokens[k].pos in ("ADJ", "DET") and tokens[k].text[:1].islower():
        k += 1
    if k == len(tokens):
        return None
    token = tokens[k]
    case = token.feats.get("Case")
    genitive = case == "Gen" or (case is None and token.text.lower() != token.lemma)  # "акима": a loan without case
    if token.pos != "NOUN" or not token.text[:1].islower() or not genitive or _in_entity(doc, token):
        return None
    if any_noun or vocabulary.inside("ru", token.lemma) or _is_head(token, vocabulary):
        return k + 1
    # a word the data never saw: a field ("министр энергетики"), unless a name follows it
    # ("аким поселка Круглоозерное", "гендиректор госкорпорации «Роскосмос»": the noun names the body)
    unseen = not any(vocabulary.count("ru", kind, token.lemma) for kind in ("inside", "head", "body"))
    named = k + 1 < len(tokens) and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].text in ("«", '"', "“")
                                     or _in_entity(doc, tokens[k + 1]))
    return k + 1 if unseen and not named else None


def _role(doc: Document, phrase: list[Token], vocabulary: PositionVocabulary, ru: RussianLemmatizer,
          kind: str) -> dict | None:
    """Position and body of a phrase that opens with a position ("Аким Акмолинской области")."""
    first = 0
    while first < len(phrase) and phrase[first].lemma in NOT_OF_THE_POSITION:
        first += 1
    heads = [i for i in range(first, len(phrase)) if _is_head(phrase[i], vocabulary)]
    if not heads:
        return None
    head = heads[0]
    if any(t.pos not in ("ADJ", "DET", "NUM") for t in phrase[first:head]):
        if kind != "before":
            return None
        first = head
    if kind == "after" and (not phrase[head].text[:1].islower() or phrase[head].feats.get("Number") == "Plur"):
        return None  # "Байбек, члены политбюро и депутаты": no apposition of one person
    end = head + 1
    coordinated = False
    while end < len(phrase):
        nxt = _complement(doc, phrase, end, vocabulary, coordinated)
        if nxt is not None:
            end, coordinated = nxt, False
            continue
        if end > head + 1 and phrase[end].text in (",", "и") and \
                _complement(doc, phrase, end + 1, vocabulary, True) is not None:
            end, coordinated = end + 1, True  # "министр цифрового развития, инноваций и ..."
            continue
        break
    position = phrase[first:end]
    body = []
    for token in phrase[end:]:
        if token.pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "X") and token.text not in _BODY_WORDS:
            break
        body.append(token)
    while body and body[-1].text in _BODY_WORDS - {"»", '"', "”"}:
        body.pop()
    if body and _is_head(body[0], vocabulary):
        body = []  # "пресс-секретарь Елбасы": another position, no body
    return {"position": _position_normal(position, head - first, ru),
            "position_text": doc.text[position[0].start:position[-1].end],
            "start": position[0].start, "end": position[-1].end, "kind": kind,
            **body_of(doc, body, normalize_phrase(body, ru) if body else "")}


def _position_normal(tokens: list[Token], head: int, ru: RussianLemmatizer) -> str:
    """Head and the adjectives before it in the nominative singular, the rest as written,
    lower-cased: "первого заместителя акима" -> «первый заместитель акима»."""
    grams = {"nomn", "sing"}
    head_token = tokens[head]
    parse = ru.best_parse(normal_word(head_token.text), head_token.pos, feats_key(head_token))
    agree = grams | ({str(parse.tag.gender)} if parse is not None and parse.tag.gender else set())
    words = [t.text for t in tokens]
    words[head] = inflect(head_token, grams, ru)
    for i in range(head):
        words[i] = inflect(tokens[i], agree, ru)
    return lower_words(words, tokens)
