"""Written-news variants of KazNERD training sentences for `kaznews train kk-ner`.

KazNERD is TV-news transcripts: full first names, no initials, no «»-quoted companies
with a legal form, few abbreviations with a hyphenated case suffix, no datelines. Each
function here rewrites one training sentence (tokens as the kk tokenizer cuts them,
KazNERD tags) into the convention written news uses, keeping the labels aligned:

- `initials`: a person's first name becomes an initial, glued or not ("Б.Сапарбаев",
  "Б. Сапарбаев", "Б.М.Сапарбаев");
- `titled`: a capitalised job title is put before a person, outside the PER span, and a
  body it names inside it tagged ORG/LOC ("Мәжіліс Спикері", "ҚР Премьер-Министрі");
- `quoted_company`: an organisation becomes «Name» + legal form (ЖШС, АҚ, ...), the
  legal form with a hyphenated case suffix or not;
- `abbreviation`: a place or organisation becomes an abbreviation with a hyphenated case
  suffix ("АҚШ-тың", "ҚР-да", "ҰҚК-нің", "FIFA-ның");
- `latin`: an organisation or person written in Latin script;
- `dateline`: "АСТАНА. ҚазАқпарат -" before the sentence, and "деп хабарлайды Zakon.kz"
  source notes;
- `quoted_programme`: a programme name in «» with a year and a dash;
- `regional_body`, `named_after`, `national_team`, `named_body`: organisations whose span
  takes in a place, a person or a country ("Алматы облысы полиция департаменті",
  "І.Омаров атындағы драма театры", "Қазақстан құрамасы"), in case forms (`inflect`);
- `street`, `region`: places with their kind ("Абай даңғылында", "Солтүстік Қазақстанда");
- `vehicle`, `capital_month`: what written news capitalises that is no entity
  ("Toyota Camry автокөлігі", "18 Тамыз").

Names come from the gazetteers in models/gazetteers (kk_*.txt, with their sources) and
from the training part's own spans, never from the held-out part. Only the training part
is rewritten, so KazNERD's held-out sentences stay unseen.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from ..corpus import Sentence, gold_spans

Tagged = list[tuple[str, str]]

_TITLES: list[Tagged] = [
    [("ҚР", "B-GPE"), ("Премьер-Министрі", "B-POSITION")],
    [("Премьер-Министр", "B-POSITION")],
    [("Мәжіліс", "B-ORGANISATION"), ("Спикері", "B-POSITION")],
    [("Мәжіліс", "B-ORGANISATION"), ("Төрағасы", "B-POSITION")],
    [("Сенат", "B-ORGANISATION"), ("Төрағасы", "B-POSITION")],
    [("Мемлекет", "B-POSITION"), ("басшысы", "I-POSITION")],
    [("Президент", "B-POSITION")],
    [("Ішкі", "B-POSITION"), ("істер", "I-POSITION"), ("министрі", "I-POSITION")],
    [("Білім", "B-POSITION"), ("және", "I-POSITION"), ("ғылым", "I-POSITION"), ("министрі", "I-POSITION")],
    [("Денсаулық", "B-POSITION"), ("сақтау", "I-POSITION"), ("министрі", "I-POSITION")],
    [("облыс", "B-POSITION"), ("әкімі", "I-POSITION")],
    [("Астана", "B-GPE"), ("қаласының", "I-GPE"), ("әкімі", "B-POSITION")],
    [("Алматы", "B-GPE"), ("облысының", "I-GPE"), ("әкімі", "B-POSITION")],
    [("Мәжіліс", "B-ORGANISATION"), ("депутаты", "B-POSITION")],
    [("ҚР", "B-GPE"), ("Парламенті", "I-GPE"), ("Сенатының", "B-ORGANISATION"), ("депутаты", "B-POSITION")],
    [("Ұлттық", "B-ORGANISATION"), ("банк", "I-ORGANISATION"), ("төрағасы", "B-POSITION")],
    [("компания", "B-POSITION"), ("басшысы", "I-POSITION")],
    [("Бас", "B-POSITION"), ("прокурор", "I-POSITION")],
    [("Вице-министр", "B-POSITION")],
    [("Әкім", "B-POSITION")],
    [("Мемлекеттік", "B-POSITION"), ("кеңесші", "I-POSITION")],
    [("Президент", "B-ORGANISATION"), ("Әкімшілігінің", "I-ORGANISATION"), ("басшысы", "B-POSITION")],
]
# Legal forms with suffixed forms as written ("АҚ-тың", "ЖШС-ге").
_LEGAL = {
    "ЖШС": ["", "-нің", "-не", "-те", "-тен", "-пен", "-ті", "-і"],
    "АҚ": ["", "-тың", "-қа", "-та", "-тан", "-пен", "-ты", "-ы"],
    "ЖАҚ": ["", "-тың", "-қа", "-та", "-пен"],
    "ҚБ": ["", "-ның", "-на", "-да", "-мен"],
    "ЖК": ["", "-нің", "-ге", "-де", "-мен"],
    "ҰК": ["", "-ның", "-на"],
    "КЕАҚ": ["", "-тың", "-қа", "-та"],
    "РМК": ["", "-ның", "-на", "-да"],
}
_FRONT = ["", "-нің", "-ге", "-де", "-ден", "-мен", "-ді", "-дегі"]
_BACK = ["", "-ның", "-ға", "-да", "-дан", "-мен", "-ды", "-дағы"]
_DATELINE_AGENCIES = ["ҚазАқпарат", "KAZINFORM", "Kazinform", "Қазақпарат"]
_SOURCES = ["Zakon.kz", "Tengrinews.kz", "BAQ.KZ", "Kazinform", "ҚазАқпарат", "Egemen.kz", "Inform.kz",
            "Orda.kz", "Sputnik", "Azattyq.org", "24.kz", "Khabar.kz", "Vlast.kz", "Ulysmedia.kz", "atr.kz",
            "kaztag.kz", "adyrna.kz", "Qamshy.kz", "Stan.kz", "abai.kz", "turkystan.kz", "Aikyn.kz", "Jasalash.kz"]
_PROG_HEADS = ["бағдарламасы", "бағдарламасының", "бағдарламасына", "бағдарламасын", "бағдарламасында",
               "стратегиясы", "стратегиясының", "стратегиясына", "жобасы", "жобасын", "жобасының",
               "картасы", "картасын", "картасының", "жоспары", "жоспарының"]


class Augmenter:
    """Rewrites of training sentences, drawing names from gazetteers and the training spans."""

    def __init__(self, train: list[Sentence], gazetteers: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.persons = [p for p in _spans(train, "PER", min_words=2) if not p.endswith(_CASE_FORMS)]
        self.orgs = _read(gazetteers / "kk_orgs.txt") + _spans(train, "ORG", min_words=1, quoted=True)
        self.companies = _read(gazetteers / "kk_companies.txt")
        self.abbreviations = [line.split("\t") for line in _read(gazetteers / "kk_abbreviations.tsv")]
        self.places = _read(gazetteers / "kk_places.txt")
        self.state_bodies = _read(gazetteers / "kk_orgs.txt")
        self.regions = [p.rsplit(" ", 1)[0] for p in self.places if p.endswith(" облысы")]
        self.towns = [p for p in self.places if not p.endswith(" облысы")]
        self.countries = _read(gazetteers / "kk_countries.txt")
        self.programmes = [p for p in _read(gazetteers / "programmes.txt") if any(c in p for c in "әғқңөұүі")]

    def variants(self, train: list[Sentence], rate: float) -> list[Sentence]:
        """Up to `rate` × len(train) rewritten sentences per kind of rewrite, each from a
        different training sentence that has what the rewrite needs."""
        rewrites: list[Callable[[Sentence], Sentence | None]] = [
            self.initials, self.titled, self.quoted_company, self.abbreviation, self.latin,
            self.dateline, self.quoted_programme, self.regional_body, self.street, self.named_body,
            self.national_team, self.capital_month, self.named_after, self.vehicle, self.region]
        out = []
        for rewrite in rewrites:
            wanted = int(len(train) * rate)
            for sentence in self.rng.sample(train, len(train)):
                new = rewrite(sentence)
                if new is not None and new != sentence:
                    out.append(new)
                    wanted -= 1
                    if not wanted:
                        break
        return out

    def _replace(self, sentence: Sentence, label: str, make: Callable[[Sentence], Tagged | None],
                 with_quotes: bool = False) -> Sentence | None:
        """Each span with `label` rewritten by `make` (None keeps it); with_quotes: the « »
        around a quoted span go with it."""
        spans = []
        for s, e, lb in gold_spans(sentence):
            if lb != label:
                continue
            if with_quotes and 0 < s and e < len(sentence) and sentence[s - 1][0] == "«" and sentence[e][0] == "»":
                s, e = s - 1, e + 1
            spans.append((s, e))
        if not spans:
            return None
        out, last = [], 0
        for s, e in spans:
            new = make(sentence[s:e])
            out += sentence[last:s] + (new if new is not None else sentence[s:e])
            last = e
        return out + sentence[last:]

    def initials(self, sentence: Sentence) -> Sentence | None:
        def make(span: Sentence) -> Tagged | None:
            words = [w for w, _ in span]
            if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
                return None
            surname = words[-1]
            first = words[0] if len(words) > 1 else self.rng.choice(self.persons).split()[0]
            initial = first[0] + "."
            if self.rng.random() < 0.25:
                initial += self.rng.choice("АБГДЕЖКМНОРСТШ") + "."
            if self.rng.random() < 0.7:
                return [(initial + surname, "B-PERSON")]
            return [(initial, "B-PERSON"), (surname, "I-PERSON")]
        return self._replace(sentence, "PER", make)

    def titled(self, sentence: Sentence) -> Sentence | None:
        spans = [(s, e) for s, e, lb in gold_spans(sentence) if lb == "PER"]
        if not spans:
            return None
        s, _ = spans[0]
        if s > 0 and sentence[s - 1][1] != "O":
            return None
        title = self.rng.choice(_TITLES)
        person = self.initials(sentence[s:]) if self.rng.random() < 0.5 else None
        return sentence[:s] + title + (person if person is not None else sentence[s:])

    def quoted_company(self, sentence: Sentence) -> Sentence | None:
        """«Name» with a legal form or a kind of organisation after it, both in the span."""
        def make(span: Sentence) -> Tagged:
            words = self.rng.choice(self.companies + self.orgs).split()
            if self.rng.random() < 0.5:
                form = self.rng.choice(list(_LEGAL))
                after = [form + self.rng.choice(_LEGAL[form])]
            else:
                after = self._inflected(self.rng.choice(_ORG_KINDS).split())
            if self.rng.random() < 0.25 and all(w.isascii() for w in words):  # "Amanat партиясы"
                return _tag([*words, *after], "ORGANISATION")
            return _tag(["«", *words, "»", *after], "ORGANISATION")
        return self._replace(sentence, "ORG", make, with_quotes=True)

    def regional_body(self, sentence: Sentence) -> Sentence | None:
        """A body of a region, city or district, the place inside the ORG span
        ("Алматы облысы полиция департаментінің", "БҚО ПД", "Кеген ауданы ПБ-да")."""
        def make(span: Sentence) -> Tagged:
            kind = self.rng.choice(["облысы", "облысының", "облыстық", "қаласы", "қалалық", "ауданы", "аудандық", ""])
            place = self.rng.choice(self.regions if kind.startswith("облы") else self.towns).split()
            if not kind:
                place = [self.rng.choice([a for a, label in self.abbreviations if label == "LOC"])]
            body = self.rng.choice(_REGIONAL_BODIES).split()
            if self.rng.random() < 0.2:  # "БҚО бойынша экономикалық тергеп-тексеру департаменті"
                return _tag([*(place if kind else place), *(["облысы"] if kind.startswith("облы") else []),
                             "бойынша", *self._inflected(body)], "ORGANISATION")
            if body[0].isupper() and self.rng.random() < 0.5:
                body[-1] += self.rng.choice(_FRONT if _front(body[-1]) else _BACK)
                words = [*place, *([kind] if kind else []), *body]
            else:
                words = [*place, *([kind] if kind else []), *self._inflected(body)]
            return _tag(words, "ORGANISATION")
        return self._replace(sentence, self.rng.choice(["ORG", "LOC"]), make)

    def street(self, sentence: Sentence) -> Sentence | None:
        """A street or avenue, its kind inside the LOC span ("Абай даңғылында")."""
        def make(span: Sentence) -> Tagged:
            name = self.rng.choice(self.persons).split()[-1:] if self.rng.random() < 0.6 else \
                self.rng.choice(self.places).split()
            if self.rng.random() < 0.2:
                name = [self.rng.choice("АБЖМСТҚ") + ".", *name]
            return _tag([*name, *self._inflected([self.rng.choice(_STREETS)])], "GPE")
        return self._replace(sentence, "LOC", make)

    def named_body(self, sentence: Sentence) -> Sentence | None:
        """A state body from the gazetteer, unquoted and in a case form ("Сенаттың")."""
        def make(span: Sentence) -> Tagged:
            words = self.rng.choice(self.state_bodies).split()
            if words[-1].startswith("министрлі") and self.rng.random() < 0.4:  # "ҚР Қаржы министрлігі"
                words = ["ҚР", *words]
            return _tag(self._inflected(words), "ORGANISATION")
        return self._replace(sentence, "ORG", make)

    def national_team(self, sentence: Sentence) -> Sentence | None:
        """A country's team is an organisation ("Қазақстан құрамасының")."""
        def make(span: Sentence) -> Tagged:
            words = [self.rng.choice(self.countries)]
            if self.rng.random() < 0.3:  # "Қазақстан ауыл жастары одағы"
                return _tag(self._inflected([*words, *self.rng.choice(_NATIONAL_BODIES).split()]), "ORGANISATION")
            if self.rng.random() < 0.4:
                words.append(self.rng.choice(["ұлттық", "әйелдер", "жастар", "олимпиада"]))
            return _tag(self._inflected([*words, "құрамасы"]), "ORGANISATION")
        return self._replace(sentence, "LOC", make)

    def named_after(self, sentence: Sentence) -> Sentence | None:
        """An institution named after a person, the name inside the ORG span
        ("І.Омаров атындағы Қостанай облыстық қазақ драма театрында")."""
        def make(span: Sentence) -> Tagged:
            person = self.rng.choice(self.persons).split()
            if self.rng.random() < 0.5:
                person = [person[0][0] + "." + person[-1]]
            place = [self.rng.choice(self.regions + self.towns), self.rng.choice(["облыстық", "қалалық", "аудандық"])]
            words = [*person, "атындағы", *(place if self.rng.random() < 0.5 else []),
                     *self.rng.choice(_NAMED_INSTITUTIONS).split()]
            return _tag(self._inflected(words), "ORGANISATION")
        return self._replace(sentence, "ORG", make)

    def vehicle(self, sentence: Sentence) -> Sentence | None:
        """A make and model of vehicle is no organisation ("«Toyota Camry» автокөлігі")."""
        def make(span: Sentence) -> Tagged:
            words = self.rng.choice(_VEHICLES).split()
            if self.rng.random() < 0.4:
                words = ["«", *words, "»"]
            return [(w, "O") for w in [*words, self.rng.choice(["автокөлігі", "автокөлігімен", "маркалы", "көлігі"])]]
        return self._replace(sentence, "ORG", make, with_quotes=True)

    def region(self, sentence: Sentence) -> Sentence | None:
        """A region by its name, with or without облысы, in a case form ("Солтүстік Қазақстанда")."""
        def make(span: Sentence) -> Tagged:
            words = self.rng.choice(self.regions).split()
            if self.rng.random() < 0.5:
                words.append("облысы")
            return _tag(self._inflected(words), "GPE")
        return self._replace(sentence, "LOC", make)

    def capital_month(self, sentence: Sentence) -> Sentence | None:
        """Dates with a capitalised month, as some sites print them ("18 Тамыз, 2021")."""
        if not any(w.lower() in _MONTHS for w, t in sentence if t.endswith("DATE")):
            return None
        return [(w.capitalize() if w.lower() in _MONTHS else w, t) for w, t in sentence]

    def _inflected(self, words: list[str]) -> list[str]:
        """The last word in a random case (half the time left as it is)."""
        if self.rng.random() < 0.5:
            return words
        return [*words[:-1], inflect(words[-1], self.rng.choice(list(_CASES)))]

    def abbreviation(self, sentence: Sentence) -> Sentence | None:
        label = self.rng.choice(["ORG", "LOC"])
        pool = [(a, kind) for a, kind in self.abbreviations if kind == label]

        def make(span: Sentence) -> Tagged:
            abbr, _ = self.rng.choice(pool)
            suffix = self.rng.choice(_FRONT if _front(abbr) else _BACK)
            tag = "B-ORGANISATION" if label == "ORG" else "B-GPE"
            return [(abbr + suffix, tag)]
        return self._replace(sentence, label, make)

    def latin(self, sentence: Sentence) -> Sentence | None:
        latin = [c for c in self.companies if c.isascii()]

        def make(span: Sentence) -> Tagged:
            words = self.rng.choice(latin).split()
            return [(w, ("B-" if i == 0 else "I-") + "ORGANISATION") for i, w in enumerate(words)]
        return self._replace(sentence, "ORG", make)

    def dateline(self, sentence: Sentence) -> Sentence | None:
        if self.rng.random() < 0.5:
            city = self.rng.choice(self.places)
            words = city.upper().split() if self.rng.random() < 0.8 else city.split()
            head = [(w, ("B-" if i == 0 else "I-") + "GPE") for i, w in enumerate(words)]
            dash = self.rng.choice(["-", "—", "–"])
            return head + [(".", "O"), (self.rng.choice(_DATELINE_AGENCIES), "B-ORGANISATION"), (dash, "O")] + sentence
        if sentence[-1][0] != ".":
            return None
        source = [(self.rng.choice(_SOURCES), "B-ORGANISATION")]
        if self.rng.random() < 0.3:
            source.append(("ақпарат", "I-ORGANISATION"))
            source.append((self.rng.choice(["агенттігі", "агенттігінің", "порталы"]), "I-ORGANISATION"))
        elif self.rng.random() < 0.3:  # "деп хабарлайды atr.kz Атырау облыстық ... комиссиясына сілтеме жасап"
            body = self.rng.choice(self.state_bodies).split()
            source += _tag([*body[:-1], inflect(body[-1], "dat")], "ORGANISATION") + [("сілтеме", "O"), ("жасап", "O")]
        return sentence[:-1] + [(",", "O"), ("деп", "O"), ("хабарлайды", "O"), *source, (".", "O")]

    def quoted_programme(self, sentence: Sentence) -> Sentence | None:
        def make(span: Sentence) -> Tagged:
            name = self.rng.choice(self.programmes).split()
            if self.rng.random() < 0.3:
                name = [*name, self.rng.choice(["—", "-", "–"]), self.rng.choice(["2025", "2030", "2050"])]
            tagged = [("«", "O")] + [(w, ("B-" if i == 0 else "I-") + "PROJECT") for i, w in enumerate(name)]
            return tagged + [("»", "O"), (self.rng.choice(_PROG_HEADS), "O")]
        return self._replace(sentence, self.rng.choice(["PROG", "ORG"]), make, with_quotes=True)


_ORG_KINDS = ["зауыты", "компаниясы", "партиясы", "саяси партиясы", "театры", "қоры", "банкі", "орталығы",
              "холдингі", "корпорациясы", "бірлестігі", "қауымдастығы", "телеарнасы", "газеті", "клубы",
              "университеті", "ұлттық компаниясы", "акционерлік қоғамы", "кәсіпорны", "фабрикасы",
              "партиясы аудандық филиалы", "жастар қанаты", "мешіті", "ұлттық компаниясы облыстық филиалы"]
_CASE_FORMS = tuple("ға ге қа ке на не ның нің дың дің тың тің ны ні ды ді ты ті да де та те дан ден нан нен тан тен мен бен пен".split())
_NATIONAL_BODIES = ["жастары одағы", "студенттер альянсы", "футбол федерациясы", "кәсіподақтар федерациясы",
                    "журналистер одағы", "жазушылар одағы", "халқы Ассамблеясы", "кәсіпкерлер палатасы",
                    "банктер қауымдастығы", "ардагерлер кеңесі", "Қызыл Жарты Ай қоғамы"]
_REGIONAL_BODIES = ["полиция департаменті", "Полиция департаменті", "әкімдігі", "Төтенше жағдайлар департаменті",
                    "ТЖД", "ПД", "ПБ", "ДД", "ішкі саясат басқармасы", "білім басқармасы", "мәслихаты",
                    "денсаулық сақтау басқармасы", "аумақтық сайлау комиссиясы", "прокуратурасы", "соты",
                    "мемлекеттік кірістер департаменті", "санитариялық-эпидемиологиялық бақылау департаменті",
                    "өртке қарсы қызметі", "тарихи-өлкетану музейі", "драма театры", "филармониясы",
                    "әкімдігінің ішкі саясат басқармасы", "стратегия және экономикалық даму басқармасы",
                    "аудандық мешіті", "орталық мешіті", "мәдениет үйі", "тексеру комиссиясы", "ТЖД ӨСКҚ"]
_NAMED_INSTITUTIONS = ["қазақ драма театры", "музыкалық-драма театры", "мемлекеттік университеті", "орта мектебі",
                       "мектеп-гимназиясы", "филармониясы", "мәдениет үйі", "өнер мектебі", "мешіті", "музейі",
                       "кітапханасы", "колледжі", "ұлттық академиялық кітапханасы", "стадионы", "әуежайы"]
_VEHICLES = ["Toyota Camry", "Toyota Land Cruiser", "Hyundai Accent", "Lada Granta", "Volkswagen Polo",
             "Mercedes-Benz", "Chevrolet Cobalt", "Yutong", "КамАЗ", "УАЗ", "ГАЗель", "Kia Rio", "Lexus RX",
             "Daewoo Nexia", "Audi A6", "BMW X5", "Renault Logan", "Nissan Almera"]
_STREETS = ["көшесі", "даңғылы", "ықшамауданы", "тас жолы", "алаңы", "бульвары"]
_MONTHS = frozenset("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split())
_VOWELS, _BACK_VOWELS = set("аәоөұүыіеэиуя"), set("аоұыя")
# case: back-vowel endings by the sound before them ("v" vowel, "r" р й у, "n" м н ң, "z" л ж з,
# "t" voiceless, "p" after a 3rd-person possessive).
_CASES = {
    "gen": {"v": "ның", "r": "дың", "n": "ның", "z": "дың", "t": "тың", "p": "ның"},
    "dat": {"v": "ға", "r": "ға", "n": "ға", "z": "ға", "t": "қа", "p": "на"},
    "loc": {"v": "да", "r": "да", "n": "да", "z": "да", "t": "та", "p": "нда"},
    "abl": {"v": "дан", "r": "дан", "n": "нан", "z": "дан", "t": "тан", "p": "нан"},
    "acc": {"v": "ны", "r": "ды", "n": "ды", "z": "ды", "t": "ты", "p": "н"},
    "ins": {"v": "мен", "r": "мен", "n": "мен", "z": "бен", "t": "пен", "p": "мен"},
}
_TO_FRONT = str.maketrans("аоұығқ", "еөүігк")


def inflect(word: str, case: str) -> str:
    """`word` with a case ending under vowel harmony and assimilation: a generator for
    training variants (possessive heads such as облысы, департаменті take the -н- forms;
    an abbreviation takes its ending after a hyphen)."""
    if word.isupper():
        return word + (_FRONT if _front(word) else _BACK)[["gen", "dat", "loc", "abl", "ins", "acc"].index(case) + 1]
    lower = word.lower()
    last_vowel = next((c for c in reversed(lower) if c in _VOWELS), "а")
    if lower.endswith(("сы", "сі")) or lower.endswith(("ы", "і")) and word.islower():
        kind = "p"
    elif lower[-1] in _VOWELS:
        kind = "v"
    else:
        kind = "r" if lower[-1] in "рйу" else "n" if lower[-1] in "мнң" else "z" if lower[-1] in "лжз" else "t"
    ending = _CASES[case][kind]
    return word + (ending if last_vowel in _BACK_VOWELS else ending.translate(_TO_FRONT))


def _tag(words: list[str], cls: str) -> Tagged:
    return [(w, ("B-" if i == 0 else "I-") + cls) for i, w in enumerate(words)]


def _front(word: str) -> bool:
    """Kazakh abbreviations take the harmony of their last letter as read (ҚР -> эр: front)."""
    last = word.rstrip(".")[-1:].upper()
    return last in "ӘЕӨҮІЭИКГЛМНРСФ" or last in "EIKGLMNRSF"


def _spans(train: list[Sentence], label: str, min_words: int, quoted: bool = False) -> list[str]:
    out = []
    for sentence in train:
        for s, e, lb in gold_spans(sentence):
            words = [w for w, _ in sentence[s:e]]
            inside = 0 < s and e < len(sentence) and sentence[s - 1][0] == "«" and sentence[e][0] == "»"
            if lb == label and len(words) >= min_words and (inside or not quoted):
                out.append(" ".join(words))
    return sorted(set(out))


def _read(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]

