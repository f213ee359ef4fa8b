"""Latin-script Kazakh articles go through the stages in Cyrillic and come back in their
own letters.

The stages read Cyrillic only: a Latin-script Kazakh article (lang/kk/latin.py) is
analysed as its Cyrillic transliteration, then every offset is mapped back onto the
original text, and so is every piece of text a table shows: a token's and an entity's
`text` are the original characters, an entity's `normal` is the Cyrillic normal form cut
at the same place in the original word (Toqaevqa -> Toqaev), or spelt back in the
article's alphabet where the analysers rebuilt a letter. Lemmas, positions and keys stay
Cyrillic, so a Latin-script article counts together with Cyrillic ones.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from dataclasses import dataclass

from .doc import Document, Entity
from .lang.kk.latin import Transliteration, latin_alphabet, to_cyrillic, to_latin


@dataclass(slots=True)
class CyrillicView:
    """A Latin-script article (`original`) and the Cyrillic copy the stages analyse."""

    original: Document
    cyrillic: Document
    spelling: Transliteration

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets [start, end) of the Cyrillic text as offsets of the original."""
        starts, ends = self.spelling.starts, self.spelling.ends
        first = starts[start] if start < len(starts) else len(self.original.text)
        return first, ends[end - 1] if end > start else first

    def cyrillic_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets [start, end) of the original as offsets of the Cyrillic text."""
        return bisect_left(self.spelling.starts, start), bisect_left(self.spelling.starts, end)

    def latin(self, cyrillic: str, start: int, end: int) -> str:
        """A normal form made from the Cyrillic text [start, end), in the original's letters:
        each word that the Cyrillic word begins is cut from the original word, the others
        are spelt back."""
        text = self.spelling.text[start:end]
        if cyrillic == text:
            return self.original.text[slice(*self.span(start, end))]
        written, normal = text.split(" "), cyrillic.split(" ")
        if len(written) != len(normal):
            return to_latin(cyrillic, self.spelling.alphabet)
        words, offset = [], start
        for word, form in zip(written, normal):
            if form and word.startswith(form):
                words.append(self.original.text[slice(*self.span(offset, offset + len(form)))])
            else:
                words.append(to_latin(form, self.spelling.alphabet))
            offset += len(word) + 1
        return " ".join(words)

    def restore(self, analysed: Document) -> Document:
        """The analysed Cyrillic copy with the original text, offsets and written forms."""
        analysed.text = self.original.text
        for sent in analysed.sentences:
            sent.start, sent.end = self.span(sent.start, sent.end)
            for token in sent.tokens:
                token.start, token.end = self.span(token.start, token.end)
                token.text = self.original.text[token.start:token.end]
        mapped: set[int] = set()
        for entity in analysed.entities:
            self._restore_entity(entity, mapped)
        for role in analysed.roles:
            self._restore_entity(role.person, mapped)
            role.start, role.end = self.span(role.start, role.end)
            role.position_text = self.original.text[role.start:role.end]
            if role.body_start is not None and role.body_end is not None:
                cyrillic_start, cyrillic_end = role.body_start, role.body_end
                role.body_start, role.body_end = self.span(cyrillic_start, cyrillic_end)
                role.body_text = self.original.text[role.body_start:role.body_end]
                role.body_normal = self.latin(role.body_normal, cyrillic_start, cyrillic_end)
        return analysed

    def _restore_entity(self, entity: Entity, mapped: set[int]) -> None:
        if id(entity) in mapped:  # a role's person is the entity the entities table holds
            return
        mapped.add(id(entity))
        entity.normal = self.latin(entity.normal, entity.start, entity.end)
        entity.title = to_latin(entity.title, self.spelling.alphabet)
        entity.start, entity.end = self.span(entity.start, entity.end)
        entity.text = self.original.text[entity.start:entity.end]


def cyrillic_view(doc: Document) -> CyrillicView | None:
    """The Cyrillic view of a Latin-script Kazakh article; None for any other article."""
    alphabet = latin_alphabet(doc.text)
    if alphabet is None:
        return None
    spelling = to_cyrillic(doc.text, alphabet)
    return CyrillicView(doc, dataclasses.replace(doc, text=spelling.text), spelling)
