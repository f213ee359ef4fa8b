"""kaznews' trained Russian NER (models/ru_ner), its training data readers and augmentation,
on sentences composed for these tests."""
import json

import pytest

from kaznews.corpus import factru_held_out, outermost, read_nerel


def spans(resources, text):
    """The trained Russian NER's (text, label) pairs on razdel tokens, as `eval ner` runs it."""
    from kaznews.analysis import tokenize_span
    tokens = tokenize_span(text, 0, len(text))
    [found] = resources.ru_ner.spans([[t.text for t in tokens]])
    return {(text[tokens[a].start:tokens[b - 1].end], label) for a, b, label in found}


def test_akimat_with_its_region_is_one_organisation(resources):
    found = spans(resources, "Вчера в акимате Алматинской области прошло совещание по вопросам водоснабжения.")
    assert ("акимате Алматинской области", "ORG") in found
    assert ("Алматинской области", "LOC") in found  # nested, as kaznews reports places inside bodies


def test_kazakh_name_in_the_dative_is_a_person(resources):
    found = spans(resources, "Благодарственное письмо вручили Ерболату Тукешеву, директору школы в Уральске.")
    assert ("Ерболату Тукешеву", "PER") in found
    assert ("Уральске", "LOC") in found


def test_kazakh_letters_in_a_russian_sentence(resources):
    found = spans(resources, "Как сообщила Гүлмира Сәрсенбайқызы, работы завершатся в августе.")
    assert ("Гүлмира Сәрсенбайқызы", "PER") in found


def test_empty_token_lists_give_no_spans(resources):
    assert resources.ru_ner.spans([[], ["Мажилис", "одобрил", "закон", "."]])[0] == []


def test_nerel_types_mapped_and_outermost_span_kept(tmp_path):
    text = "Мэрия Москвы и Путин"
    row = {"id": "1", "text": text, "relations": [], "spans": [
        {"start": 0, "stop": 12, "type": "ORGANIZATION", "text": "Мэрия Москвы"},
        {"start": 6, "stop": 12, "type": "CITY", "text": "Москвы"},
        {"start": 15, "stop": 20, "type": "PERSON", "text": "Путин"},
        {"start": 15, "stop": 20, "type": "PROFESSION", "text": "Путин"}]}
    path = tmp_path / "nerel.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = read_nerel(path)
    assert doc.spans == ((0, 12, "ORG"), (15, 20, "PER"))
    assert outermost([(0, 5, "LOC"), (3, 9, "ORG")]) == ((0, 5, "LOC"),)


def test_factru_split_is_fixed():
    ids = [f"book_{n}" for n in range(200)]
    held = [i for i in ids if factru_held_out(i)]
    assert held == [i for i in ids if factru_held_out(i)] and 60 < len(held) < 140


@pytest.fixture(scope="module")
def augmenter(resources):
    from kaznews.train.ru_ner_augment import Augmenter
    return Augmenter(resources.models_dir, resources.morph_analyzer, seed=1)


def test_augmentation_swaps_in_kazakhstani_entities_in_their_case(augmenter):
    from kaznews.corpus import NerText
    text = NerText("t", "Встреча Владимира Путина с мэром Москвы прошла в Кремле.",
                   ((8, 24, "PER"), (33, 39, "LOC"), (49, 55, "LOC")))
    swapped = [augmenter(NerText(f"t{n}", text.text, text.spans)) for n in range(20)]
    for new in swapped:
        assert [label for *_, label in new.spans] == ["PER", "LOC", "LOC"]
        assert all(new.text[s:e].strip() == new.text[s:e] and new.text[s:e] for s, e, _ in new.spans)
    assert sum(new.text != text.text for new in swapped) >= 15
    assert augmenter.decline_name("Гүлмира", "femn", "datv") == "Гүлмире"
    assert augmenter.decline_name("Тоқаев", "masc", "ablt", surname=True) == "Тоқаевым"
    assert augmenter.decline_name("Кемелұлы", "masc", "gent", surname=True) == "Кемелұлы"
    assert augmenter.decline_phrase("акимат Западно-Казахстанской области", "gent") == "акимата Западно-Казахстанской области"


def test_eval_ner_compares_the_russian_model_on_russian_texts_only(tmp_path):
    from kaznews.evaluate.ner import evaluate_ner
    rows = {"ru": "Аким Астаны Жангали Жаксыбеков провёл совещание в акимате города.",
            "kk": "Астана қаласының әкімі Жеңіс Қасымбек мектепке барды. Ол оқушылармен кездесті."}
    for lang, text in rows.items():
        start = text.index("Ж")
        span = {"start": start, "stop": text.index(" ", text.index(" ", start) + 1), "type": "PER"}
        (tmp_path / f"{lang}.jsonl").write_text(json.dumps({"id": lang, "text": text, "spans": [span]}) + "\n")
    assert "ru_ner model" in evaluate_ner(tmp_path / "ru.jsonl")
    assert list(evaluate_ner(tmp_path / "kk.jsonl")) == ["kaznews", "kaznews, nested too", "natasha"]
    # a second annotator who marked the Kazakh text's name one word short agrees on nothing
    row = json.loads((tmp_path / "kk.jsonl").read_text())
    row["spans"][0]["stop"] = row["text"].index(" ", row["spans"][0]["start"])
    (tmp_path / "second.jsonl").write_text(json.dumps(row) + "\n")
    agreement = evaluate_ner(tmp_path / "kk.jsonl", second=tmp_path / "second.jsonl")["second annotator"]
    assert agreement.total(("PER",)).f1 == 0.0 and agreement.total(("PER",), "overlap").f1 == 1.0
