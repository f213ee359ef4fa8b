"""Turn kk_news_lemmas.txt (word/LEMMA/UPOS tokens, one sentence a line) into CoNLL-U,
so that `kaznews eval lemma data/eval/kk_news_lemmas.conllu --lang kk` can score it."""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    out = []
    for n, line in enumerate((HERE / "kk_news_lemmas.txt").read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        tokens = [t.rsplit("/", 2) for t in line.split()]
        out.append(f"# sent_id = kk-news-{n}\n# text = {' '.join(t[0] for t in tokens)}")
        for i, (word, lemma, upos) in enumerate(tokens, start=1):
            out.append(f"{i}\t{word}\t{lemma}\t{upos}\t_\t_\t_\t_\t_\t_")
        out.append("")
    (HERE / "kk_news_lemmas.conllu").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
