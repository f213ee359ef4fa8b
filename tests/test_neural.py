import json

import numpy as np
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

from pipeline.neural import ChannelsLastCNN, speed_up

from .conftest import SAMPLE


def test_channels_last_encoder_computes_slovnets_encoder():
    tagger = NewsMorphTagger(NewsEmbedding())
    encoder = tagger.infer.model.encoder
    rng = np.random.default_rng(0)
    x = rng.standard_normal((8, 23, encoder.layers[0].conv.weight.array.shape[1])).astype(np.float32)
    mask = np.zeros((8, 23), dtype=bool)
    mask[2, 9:] = mask[5, 17:] = True
    assert np.allclose(encoder(x.copy(), mask), ChannelsLastCNN(encoder)(x.copy(), mask), atol=1e-3)


def test_sped_up_taggers_give_natashas_tags_and_spans():
    emb, segmenter = NewsEmbedding(), Segmenter()
    texts = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        try:
            texts.append(json.loads(line)["text"])
        except (json.JSONDecodeError, KeyError):
            continue  # the sample's deliberately broken line

    def tag(morph, ner):
        out = []
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
            out.append(([(t.pos, str(t.feats)) for t in doc.tokens], [(s.start, s.stop, s.type) for s in doc.spans]))
        return out

    plain = tag(NewsMorphTagger(emb), NewsNERTagger(emb))
    assert plain == tag(speed_up(NewsMorphTagger(emb)), speed_up(NewsNERTagger(emb)))
    assert any(spans for _, spans in plain)
