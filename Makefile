# kaznews: `make run` processes the bundled sample, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out/sample
STAMP  := $(VENV)/.installed

.PHONY: run test setup bench eval eval-news clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/kaznews run data/sample/articles.jsonl -o $(OUT)
	@echo "tables: $(OUT)/{articles,sentences,entities,topics,duplicates,rejects}/ (Parquet parts; in Python: kaznews.read('$(OUT)'))"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/dedupe.py

SHARED ?= ../shared
eval: $(STAMP)
	$(BIN)/kaznews eval lemma $(SHARED)/data/ud/ru_gsd-ud-dev.conllu
	$(BIN)/kaznews eval lemma $(SHARED)/data/ud/ru_taiga-ud-dev.conllu
	$(BIN)/kaznews eval lemma $(SHARED)/data/ud/kk_ktb-ud-train.conllu --lang kk
	$(BIN)/kaznews eval lemma data/eval/kk_news_lemmas.conllu --lang kk
	$(BIN)/kaznews eval ner $(SHARED)/data/factru_dev/factru_dev.jsonl
	$(BIN)/kaznews eval ner $(SHARED)/data/factru_dev/factru_dev.jsonl --held-out
	$(BIN)/kaznews eval ner $(SHARED)/data/nerel/nerel_dev.jsonl
	$(BIN)/kaznews eval ner $(SHARED)/data/nerel/nerel_test.jsonl
	$(BIN)/kaznews eval ner $(SHARED)/data/kaznerd/IOB2_valid.txt --held-out
	$(BIN)/kaznews eval normal data/eval/ru_normal_forms.txt
	$(BIN)/kaznews eval normal data/eval/normal_blind/a_locked.txt
	$(BIN)/kaznews eval normal data/eval/normal_blind/b_locked.txt
	$(BIN)/kaznews eval normal data/eval/normal_blind/c_locked.txt
	$(BIN)/kaznews eval normal data/eval/normal_blind/d_locked.txt
	$(BIN)/kaznews eval normal data/eval/normal_blind/e_locked.txt
	$(BIN)/kaznews eval ingest data/eval/ingest/gold.jsonl
	$(BIN)/kaznews eval topics data/eval/topics/gold.tsv --shared $(SHARED)
	$(BIN)/kaznews eval duplicates data/eval/duplicates/pairs.jsonl --shared $(SHARED)
	$(BIN)/kaznews eval roles $(SHARED)/data/nerel/nerel_dev.jsonl

# The blind news gold's locked part (data/eval/news/README.md): its texts are third-party,
# kept outside the repository in GOLD (dev/ and locked/ as data/eval/news/make_index.py writes them).
GOLD ?= /work/kaznews-gold
# Locked files of batch 1 (ru_ner, kk_ner) and of every later batch; Latin-script Kazakh from batch 16.
NEWS_BATCHES := 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143 144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159 160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 177 178 179 180
LATN_BATCHES := 16 17 18 19 20 21 22
NEWS_LOCKED  := ru_ner kk_ner $(foreach b,$(NEWS_BATCHES),ru_ner_$(b) kk_ner_$(b)) $(foreach b,$(LATN_BATCHES),kk_latn_$(b))
eval-news: $(STAMP)
	@for name in $(NEWS_LOCKED); do f=$(GOLD)/locked/$$name.jsonl; \
	  if [ ! -s $$f ]; then echo "$$f: no texts here, skipped (data/eval/news/README.md: getting the texts)"; continue; fi; \
	  $(BIN)/kaznews eval ner $$f && $(BIN)/kaznews eval normal $$f || exit 1; done
	@if [ -s $(GOLD)/locked/ner_2_second.jsonl ]; then for lang in ru kk; do \
	  $(BIN)/kaznews eval ner $(GOLD)/locked/$${lang}_ner_2.jsonl --second $(GOLD)/locked/ner_2_second.jsonl || exit 1; done; fi
	@if [ -s $(GOLD)/locked/topics.jsonl ] && [ -s $(GOLD)/dev/topics.jsonl ]; then \
	  $(BIN)/kaznews eval topics $(GOLD)/locked/topics.jsonl --train $(GOLD)/dev/topics.jsonl --by-source --shared $(SHARED); \
	else echo "$(GOLD)/locked/topics.jsonl: no texts here, skipped"; fi
	@if [ -s $(GOLD)/locked/roles.jsonl ]; then \
	  $(BIN)/kaznews eval roles $(GOLD)/locked/roles.jsonl --texts $(GOLD)/locked/roles.jsonl; \
	else echo "$(GOLD)/locked/roles.jsonl: no texts here, skipped"; fi

clean:
	rm -rf $(VENV) out *.egg-info
