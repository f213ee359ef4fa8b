"""Russian lemma exceptions: news abbreviations and Kazakh loanwords pymorphy3 gets wrong.

Kazakh administrative words are declined as Russian nouns in Russian text ("акима",
"маслихатом") but pymorphy3 does not know them (маслихата -> маслихата, тенге -> тенг);
their forms are generated here from the stem and the regular masculine paradigm.
"""

import re

# Dotted abbreviations razdel splits into letters and dots ("т.г." -> т . г .), which
# misleads the morph tagger about the words around them; the analysis stage rejoins them.
DOTTED_ABBREVIATIONS = ("т.г.", "т.е.", "т.д.", "т.п.", "т.к.", "и.о.", "н.э.", "до н.э.", "гг.", "г.", "вв.", "в.",
                        "обл.", "ул.", "пр.", "им.", "тыс.", "руб.", "млн.", "млрд.", "см.", "др.", "проф.")

ABBREVIATIONS = {
    "г.": "год", "гг.": "год", "в.": "век", "вв.": "век", "млн": "миллион", "млн.": "миллион",
    "млрд": "миллиард", "млрд.": "миллиард", "тыс.": "тысяча", "трлн": "триллион",
    "руб.": "рубль", "ул.": "улица", "обл.": "область", "р-н": "район", "км": "километр",
    "кг": "килограмм", "га": "гектар", "см.": "смотреть", "т.е.": "то есть", "др.": "другой",
    "т.г.": "текущий год", "им.": "имени",
}

# Words whose UD lemma is the word itself.
INVARIANT = frozenset({"его", "её", "ее", "их", "тенге"})
# Parts of speech that UD lemmatizes to the form itself ("во" -> "во", "со" -> "со").
FORM_IS_LEMMA_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})

_MASC_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
KAZAKH_LOAN_STEMS = ("аким", "акимат", "маслихат", "мажилис", "бешбармак", "аул", "батыр", "домбр")
_FEM_STEMS = ("домбр",)
_FEM_ENDINGS = {"а": "а", "ы": "а", "е": "а", "у": "а", "ой": "а", "ам": "а", "ами": "а", "ах": "а", "": "а"}


def _loan_forms() -> dict[str, str]:
    forms = {}
    for stem in KAZAKH_LOAN_STEMS:
        if stem in _FEM_STEMS:
            forms.update({stem + ending: stem + "а" for ending in _FEM_ENDINGS})
        else:
            forms.update({stem + ending: stem for ending in _MASC_ENDINGS})
    return forms


KAZAKH_LOANS = _loan_forms()


# A region along a river or sea, "При-...-ье" (Прииртышье, Приишимье, Приаралье, Притоболье):
# a place, whose nominative in -ье pymorphy3 mostly does not know ("Приишимья").
_RIVERSIDE_REGION = re.compile(r"^(При[а-яё]{3,})ь(?:е|я|ю|ем|и)$")


def riverside_region(word: str) -> str | None:
    """The nominative of a riverside region's name in any case ("Приаралья" ->
    "Приаралье"); None for any other word."""
    match = _RIVERSIDE_REGION.match(word)
    return f"{match[1]}ье" if match else None
