"""Rule-based entities and boundary repairs, with spaCy's Matcher over the analysed tokens.

natasha's NER knows nothing of programmes and cuts organisations at their name
("партии «AMANAT»" comes out as "AMANAT"). Here, on a spaCy Doc built from the article's
tokens (text, lemma, POS, case from the analysis stage):
- PROG: a programme noun with a quoted name ("акции «Әділдікті талап ет!»") or with a
  period ("Концепции антикоррупционной политики 2022-2026 годы", "... до 2030 года"),
  and names from the programme gazetteer (models/gazetteers/programmes.txt);
- ORG: a kind-of-organisation noun with a quoted name ("движения «Солидарность»");
- repairs of natasha's ORG spans: the descriptor before a name joins it ("компании
  Michelin"), a name with its abbreviation in brackets splits in two and the
  abbreviation is remembered as an alias, and a body followed by a place or organisation
  in the genitive takes it in ("Конгресса США", "акимата Акмолинской области").
Word lists are Russian rules: pipeline/lang/ru/entity_words.py.
"""
from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc as SpacyDoc
from spacy.vocab import Vocab

from ..doc import Document, Entity, Token
from ..lang.ru.entity_words import ORG_DESCRIPTORS, ORG_HEADS_OF_PLACE, PROG_HEADS
from ..langid import analyser_language

GAZETTEER_FILE = Path("gazetteers") / "programmes.txt"  # under the models folder
_PERIOD = r"^(19|20)\d\d\s*[-–—]\s*(19|20)\d\d$"
_QUOTED = [{"ORTH": "«"}, {"ORTH": {"NOT_IN": ["»", "«"]}, "OP": "+"}, {"ORTH": "»"}]
_PROG_MODIFIERS = ["национальный", "государственный", "республиканский", "общереспубликанский",
                   "региональный", "областной", "городской", "дорожный", "комплексный", "отраслевой"]
_ABBREVIATION_IN_BRACKETS = re.compile(r"^(.*\S)\s*\(\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]{1,12})\s*\)$")


class EntityRules:
    """The rules' spaCy matchers and the programme gazetteer they include (built on first
    use), over a vocab of their own."""

    def __init__(self, gazetteer: Path) -> None:
        self.gazetteer = gazetteer
        # A vocab with the one lexical attribute the patterns match on besides the text: LOWER.
        # spaCy's Russian vocab computes twenty more (shape, like_num, stop words...) for every
        # new word, which cost a cold run more than the matching itself.
        self.vocab = Vocab(lex_attr_getters={LOWER: str.lower})

    @cached_property
    def names(self) -> list[str]:
        """The gazetteer's programme names."""
        return self.gazetteer.read_text(encoding="utf-8").splitlines()

    @cached_property
    def matchers(self) -> tuple[Matcher, PhraseMatcher]:
        from razdel import tokenize
        matcher = Matcher(self.vocab)
        head = {"LEMMA": {"IN": sorted(PROG_HEADS)}}
        modifier = {"LEMMA": {"IN": _PROG_MODIFIERS}, "OP": "?"}
        matcher.add("PROG", [
            [modifier, head, *_QUOTED],
            [modifier, head, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "DET"]}, "OP": "*"},
             {"LOWER": "на", "OP": "?"}, {"TEXT": {"REGEX": _PERIOD}}, {"LEMMA": {"IN": ["год", "гг"]}, "OP": "?"}],
            [modifier, head, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "CCONJ", "DET"]}, "OP": "+"},
             {"LOWER": "до"}, {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}, {"LEMMA": "год"}],
        ])
        matcher.add("ORG", [[{"POS": "ADJ", "OP": "*"}, {"LEMMA": {"IN": sorted(ORG_DESCRIPTORS)}}, *_QUOTED]])
        phrases = PhraseMatcher(self.vocab, attr="LOWER")
        names = [n for n in self.names if n.strip()]
        phrases.add("PROG", [SpacyDoc(self.vocab, words=[t.text for t in tokenize(n)]) for n in names])
        return matcher, phrases

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Lemmas or words without which no rule can match a sentence."""
        from razdel import tokenize
        firsts = {next(iter(tokenize(n))).text.lower() for n in self.names if n.strip()}
        return frozenset(PROG_HEADS | ORG_DESCRIPTORS | firsts | {"«"})

    def rule_tokens(self, sentences: list[list[Token]]) -> list[Token]:
        """The tokens of the sentences a rule could match: the spaCy Doc is built from these
        only, which saves the work and keeps spaCy's vocabulary from growing with every word."""
        triggers = self.trigger_words
        return [t for tokens in sentences
                if any(t.lemma in triggers or t.text.lower() in triggers for t in tokens) for t in tokens]

    def spacy_doc(self, tokens: list[Token]) -> SpacyDoc:
        """A spaCy Doc with the analysis stage's tokens, lemmas, POS and morphology."""
        spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
        return SpacyDoc(self.vocab, words=[t.text for t in tokens], spaces=spaces,
                        lemmas=[t.lemma or t.text.lower() for t in tokens],
                        pos=[t.pos or "X" for t in tokens],
                        morphs=["|".join(f"{k}={v}" for k, v in sorted(t.feats.items())) for t in tokens])

    def rule_spans(self, sdoc: SpacyDoc) -> list[tuple[int, int, str]]:
        """Token spans (start, end, label) for PROG and quoted ORG names."""
        matcher, phrases = self.matchers
        found = [(s, e, self.vocab.strings[m]) for m, s, e in matcher(sdoc)]
        for _, s, e in phrases(sdoc):
            if s > 0 and sdoc[s - 1].text == "«" and e < len(sdoc) and sdoc[e].text == "»":
                s, e = s - 1, e + 1  # the quoted name, quotes included
            found.append((s, e, "PROG"))
        return _longest(found)


def _longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans, longest first (spaCy's filter_spans on token indices)."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, label))
    return sorted(chosen)


class TokenIndex:
    """Character offsets of an article's tokens <-> token indices."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.starts = {t.start: i for i, t in enumerate(tokens)}
        self.ends = {t.end: i for i, t in enumerate(tokens)}

    def span(self, entity: Entity) -> tuple[int, int] | None:
        first, last = self.starts.get(entity.start), self.ends.get(entity.end)
        return (first, last + 1) if first is not None and last is not None else None


def apply_rules(doc: Document, entities: list[Entity], rules: EntityRules) -> tuple[list[Entity], dict[str, str]]:
    """Add rule entities and repair natasha's ORG spans; returns entities and abbreviation
    aliases found in the article ({"АПК": "Агентство по противодействию коррупции"})."""
    russian = [s.tokens for s in doc.sentences if analyser_language(doc, s) == "ru"]
    tokens = [t for sentence in russian for t in sentence]
    if not tokens:  # Kazakh sentences are the Kazakh NER's alone
        return entities, {}
    index = TokenIndex(tokens)
    aliases: dict[str, str] = {}
    entities = [*_split_abbreviations(doc, entities, aliases)]
    entities = [_with_descriptor(doc, e, index) for e in entities]
    entities = _join_genitive(doc, entities, index)
    candidates = rules.rule_tokens(russian)
    found = [_entity(doc, candidates, s, e, label) for s, e, label in rules.rule_spans(rules.spacy_doc(candidates))] \
        if candidates else []
    kept = [e for e in entities if not any(r.start <= e.start and e.end <= r.end and
                                           (e.label != "LOC" or r.label != "ORG") for r in found)]
    kept = [e for e in kept if not any(r.start < e.end and e.start < r.end and
                                       not (r.start <= e.start and e.end <= r.end) for r in found)]
    return sorted([*kept, *found], key=lambda e: (e.start, -e.end)), aliases


def _entity(doc: Document, tokens: list[Token], start: int, end: int, label: str) -> Entity:
    char_start, char_end = tokens[start].start, tokens[end - 1].end
    sentence = next(i for i, s in enumerate(doc.sentences) if s.start <= char_start < s.end)
    return Entity(label, doc.text[char_start:char_end], char_start, char_end, sentence)


def _split_abbreviations(doc: Document, entities: list[Entity], aliases: dict[str, str]):
    for entity in entities:
        match = _ABBREVIATION_IN_BRACKETS.match(entity.text) if entity.label == "ORG" else None
        if not match:
            yield entity
            continue
        name, abbreviation = match[1], match[2]
        abbr_start = entity.start + entity.text.rindex(abbreviation)
        yield Entity("ORG", name, entity.start, entity.start + len(name), entity.sentence)
        yield Entity("ORG", abbreviation, abbr_start, abbr_start + len(abbreviation), entity.sentence)
        aliases[abbreviation] = name


def _with_descriptor(doc: Document, entity: Entity, index: TokenIndex) -> Entity:
    """"компании Michelin", "партии «Яблоко»": the descriptor noun (and its adjectives) joins."""
    span = index.span(entity)
    if entity.label != "ORG" or span is None:
        return entity
    first = span[0]
    if first > 0 and index.tokens[first - 1].text == "«":
        first -= 1
    if first == 0 or index.tokens[first - 1].lemma not in ORG_DESCRIPTORS \
            or index.tokens[span[0]].lemma in ORG_DESCRIPTORS:
        return entity
    first -= 1
    case = index.tokens[first].feats.get("Case")
    while first > 0 and index.tokens[first - 1].pos == "ADJ" and index.tokens[first - 1].feats.get("Case") == case:
        first -= 1
    start = index.tokens[first].start
    return Entity("ORG", doc.text[start:entity.end], start, entity.end, entity.sentence)


def _join_genitive(doc: Document, entities: list[Entity], index: TokenIndex) -> list[Entity]:
    """A body followed by a place or organisation in the genitive takes it in:
    ORG "Конгресса" + LOC "США" -> ORG "Конгресса США" (the LOC stays); "мэрии" + LOC "Москвы"
    -> ORG "мэрии Москвы" when the noun before the place is a body of a place."""
    out = list(entities)
    by_start = {e.start: e for e in entities}
    for entity in entities:
        span = index.span(entity)
        if span is None or entity.label not in ("LOC", "ORG"):
            continue
        first = index.tokens[span[0]]
        if first.feats.get("Case") != "Gen" and not first.text.isupper():
            continue
        previous = span[0] - 1
        if previous < 0:
            continue
        before = [e for e in out if e.label == "ORG" and e.end == index.tokens[previous].end]
        if before:
            head = before[0]
            merged = Entity("ORG", doc.text[head.start:entity.end], head.start, entity.end, head.sentence)
            out[out.index(head)] = merged
        elif index.tokens[previous].lemma in ORG_HEADS_OF_PLACE and entity.label == "LOC" \
                and by_start.get(index.tokens[previous].start) is None:
            start_tok = previous
            case = index.tokens[previous].feats.get("Case")
            while start_tok > 0 and index.tokens[start_tok - 1].pos == "ADJ" \
                    and index.tokens[start_tok - 1].feats.get("Case") == case:
                start_tok -= 1
            start = index.tokens[start_tok].start
            out.append(Entity("ORG", doc.text[start:entity.end], start, entity.end, entity.sentence))
    return out
