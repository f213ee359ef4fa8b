"""Kazakh words that end the name of a body: the head noun of "Батыс Қазақстан облысының
стратегия және экономикалық даму басқармасы", "Шымкент мұнай өңдеу зауыты". The head of
such a compound takes the 3rd-person possessive (-ы/-і, -сы/-сі) and then any case ending,
so the stems are spelled as they stand before the possessive (мектеп -> мектебі,
әкімдік -> әкімдігі). Written for kaznews from Kazakh grammar and the names of state
bodies, schools and companies on gov.kz.

Left out on purpose: қоғам ("Қазақстан қоғамы" is the society, no body), қызмет
(a press service is part of a body, not one), құрама (a national team is tagged by the
model and the written-news gold does not mark a team of a kind: "Әйелдер құрамасы").
"""
import re

BODY_STEMS = frozenset("""
басқарма департамент әкімдіг әкімшіліг министрліг агенттіг комитет комиссия бөлім бөлімше
алқа филиал мәслихат палата инспекция прокуратура полиция сот штаб
партия қанат одағ қауымдастығ ассоциация федерация қор орталығ кеңес клуб команда
мектеб колледж университет институт академия лицей гимназия балабақша
театр үй мешіт музей кітапхана филармония аурухана емхана
зауыт фабрика комбинат компания корпорация банк холдинг
""".split())

_STEM = rf"^(?:{'|'.join(sorted(BODY_STEMS, key=len, reverse=True))})(?:сы|сі|ы|і)"
_BODY_HEAD = re.compile(rf"{_STEM}(?:н|ның|нің|на|не|нда|нде|нан|нен|мен|ндағы|ндегі)?$")
_OWNER = re.compile(rf"{_STEM}(?:ның|нің)?$")
GENITIVE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің")
# Suffixes of adjectives made from a place: алматылық, түркістандық, семейлік, көкшетаулық
PLACE_ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")


def is_body_head(word: str) -> bool:
    """A lower-case body noun with the possessive and any case ending ("басқармасының")."""
    return bool(_BODY_HEAD.match(word))


def owns_next(word: str) -> bool:
    """A body noun that can own a further body after it: in the genitive or with the bare
    possessive ("басқармасының өңірлік даму бөлімі", "департаменті тергеу басқармасы")."""
    return bool(_OWNER.match(word))
