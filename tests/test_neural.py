import json

import numpy as np
from razdel import sentenize, tokenize

from kaznews.neural import MorphTagger, NERTagger, length_batches, viterbi

from .conftest import SAMPLE


def sample_texts() -> list[str]:
    texts = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        try:
            texts.append(json.loads(line)["text"])
        except (json.JSONDecodeError, KeyError):
            continue  # the sample's deliberately broken line
    return texts


def test_morph_tagger_gives_natashas_tags(resources):
    sentences = [[t.text for t in tokenize(s.text)] for text in sample_texts() for s in sentenize(text)]
    plain = resources.natasha_morph_tagger
    ours = MorphTagger(plain)(sentences)
    expected = [[(t.pos, t.feats) for t in markup.tokens] for markup in plain.map(sentences)]
    assert [[(tag.pos, tag.feats) for tag in tags] for tags in ours] == expected
    assert sum(map(len, expected)) > 500


def test_ner_gives_natashas_tags_whatever_the_batches(resources):
    docs = [[t.text for t in tokenize(text)] for text in sample_texts()]
    infer = resources.natasha_ner_tagger.infer
    expected = list(infer.decoder(infer.process(infer.encoder(docs))))
    tagger = NERTagger(resources.natasha_ner_tagger)
    assert tagger(docs) == expected
    assert any(tag != "O" for tags in expected for tag in tags)
    one_by_one = [tagger([doc])[0] for doc in docs]
    assert one_by_one == expected


def test_taggers_share_word_ids_and_handle_empty_texts(resources):
    morph = MorphTagger(resources.natasha_morph_tagger)
    ner = NERTagger(resources.natasha_ner_tagger, morph.ids)
    assert ner.ids is morph.ids
    assert ner([[], ["Астана"], []])[0] == [] and morph([[], ["Астана"]])[0] == []


def test_viterbi_decodes_like_slovnets_crf(resources):
    crf = resources.natasha_ner_tagger.infer.model.head.crf
    rng = np.random.default_rng(0)
    lengths = np.array([7, 1, 12, 3, 12])
    emissions = rng.standard_normal((5, 12, crf.transitions.array.shape[0])).astype(np.float32) * 3
    mask = np.arange(12) < lengths[:, None]
    expected = crf.decode(emissions, mask)
    paths = viterbi(emissions, lengths, crf.transitions.array)
    assert [path[:n].tolist() for path, n in zip(paths, lengths)] == [list(tags) for tags in expected]


def test_length_batches_cover_every_nonempty_item_within_the_budget():
    items = [["w"] * n for n in (5, 0, 40, 3, 3, 90, 17)]
    batches = list(length_batches(items, tokens=64, rows=3))
    assert sorted(i for batch in batches for i in batch) == [0, 2, 3, 4, 5, 6]
    for batch in batches:
        assert len(batch) <= 3
        assert len(batch) == 1 or len(batch) * max(len(items[i]) for i in batch) <= 64


def test_word_ids_stay_right_when_the_cache_fills(resources, monkeypatch):
    """A long run empties the word cache when it is full: every batch after that still gets
    each word's own ids (a cache emptied halfway through a batch would mix them up)."""
    import kaznews.neural as neural
    monkeypatch.setattr(neural, "CACHED_IDS", 8)
    ids = neural.WordIds(resources.natasha_ner_tagger.infer.encoder)
    batches = [[["Аким", "Астаны", "провёл"], ["совещание", "."]],
               [["В", "Алматы", "и", "Шымкенте", "прошли", "выборы", "."]],
               [["Одно", "очень", "длинное", "предложение", "из", "многих", "разных", "слов", "."]]]
    for items in batches:
        rows, table = ids.batch(items)
        for row, item in enumerate(items):
            assert [tuple(table[i]) for i in rows[row, :len(item)]] == [ids.encode(word) for word in item]
            assert (rows[row, :len(item)] >= 0).all() and (rows[row, len(item):] == -1).all()
    assert len(ids) <= 8


def test_tags_stay_natashas_when_the_caches_start_over(resources, monkeypatch):
    """Small caches: WordIds starts over between batches (its rows then name other words),
    the first layer's kept products empty, a batch has more words than they hold, and one
    text has more tokens than WordIds keeps; every text still gets natasha's tags."""
    import kaznews.neural as neural
    monkeypatch.setattr(neural, "CACHED_IDS", 100)
    monkeypatch.setattr(neural, "CACHED_WORDS", 40)
    docs = [part for text in sample_texts() for doc in [[t.text for t in tokenize(text)]] for part in (doc[:12], doc)]
    infer = resources.natasha_ner_tagger.infer
    expected = list(infer.decoder(infer.process(infer.encoder(docs))))
    tagger = NERTagger(resources.natasha_ner_tagger)
    assert max(map(len, docs)) > 100 and tagger.ids.generation == 0
    assert [tagger([doc])[0] for doc in docs] == expected
    assert tagger.ids.generation > 0
