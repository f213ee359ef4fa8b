"""The notebook API: analyze texts or a DataFrame, read a run's output, lemmatize words.

Calls without a `pipeline` or `resources` of their own share one Resources, made on the
first call and kept, so a notebook loads the models once: `shared_resources()`, whose
`reload()` makes the next call read a retrained models folder.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from .analysis import lemmatize_words
from .doc import RawRecord
from .ingest.dates import Zones
from .nlp import Pipeline, topics_config
from .resources import Resources, shared_resources
from .store import MemorySink, read_tables, tables_to_frames

_LABEL_COLORS = {"PER": "#ffd8a8", "ORG": "#a5d8ff", "LOC": "#b2f2bb", "PROG": "#eebefa"}


@dataclass
class Result:
    """The tables of an analysis, as pandas DataFrames (columns as in the README)."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    roles: pd.DataFrame
    topics: pd.DataFrame
    duplicates: pd.DataFrame
    rejects: pd.DataFrame

    def __repr__(self) -> str:
        return (f"Result({len(self.articles)} articles, {len(self.entities)} entities, {len(self.roles)} roles, "
                f"{len(self.topics)} topic tags, {len(self.duplicates)} duplicates, {len(self.rejects)} rejects)")

    def to_parquet(self, folder: str | Path) -> None:
        """Each table as FOLDER/<table>.parquet, with the documented schema."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .schema import TABLES
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, schema in TABLES.items():
            pq.write_table(pa.Table.from_pandas(getattr(self, name), schema=schema, preserve_index=False),
                           folder / f"{name}.parquet")

    def to_excel(self, path: str | Path) -> None:
        """One sheet per table, within Excel's limits: times without zone (they stay UTC), a
        table past 1,048,576 rows split over sheets and texts past 32,767 characters cut,
        each with a warning (kaznews.research.export)."""
        from .research.export import write_excel
        from .schema import TABLES
        write_excel({name: getattr(self, name) for name in TABLES}, path)

    def to_csv(self, folder: str | Path) -> None:
        """Each table as FOLDER/<table>.csv, UTF-8 with a byte order mark (Excel reads it right)."""
        from .research.export import write_csv
        from .schema import TABLES
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in TABLES:
            write_csv(getattr(self, name), folder / f"{name}.csv")

    def co_mentions(self, label_a: str | None = None, label_b: str | None = None, window: str = "article",
                    min_count: int = 1) -> pd.DataFrame:
        """Pairs of canonical keys (a of label_a, b of label_b; None: any label) with the
        number of articles or sentences (window="sentence") that mention both, most first.
        With one label (or label_b = label_a) each pair appears once, a < b."""
        from .research.dataset import frames
        from .research.network import co_mentions
        con = frames({"entities": self.entities[["article_id", "sentence", "label", "canonical"]]})
        return co_mentions(con, None if label_a is None else [label_a],
                           None if label_b is None and label_a is None else [label_b or label_a], window, min_count)

    def top_entities(self, label: str | None = None, n: int = 10) -> pd.DataFrame:
        """The most mentioned entities: canonical key, label, the most frequent normal form,
        mentions, articles (as `kaznews report` counts them, kaznews.research.network)."""
        from .research.dataset import frames
        from .research.network import top_entities
        con = frames({"entities": self.entities[["article_id", "label", "normal", "canonical"]]})
        return top_entities(con, None if label is None else [label], n)

    def show(self, article_id: str | None = None, jupyter: bool | None = None) -> str | None:
        """Highlight an article's entities with spaCy's displaCy (the first article by default)."""
        from spacy import displacy
        row = self.articles.iloc[0] if article_id is None else \
            self.articles.set_index("article_id").loc[article_id].to_dict() | {"article_id": article_id}
        ents = self.entities[self.entities.article_id == row["article_id"]]
        data = {"text": row["text"], "title": row.get("title"),
                "ents": [{"start": int(e.start), "end": int(e.end), "label": e.label} for e in ents.itertuples()]}
        return displacy.render(data, style="ent", manual=True, jupyter=jupyter,
                               options={"colors": _LABEL_COLORS})


def _records(data: str | Iterable[str] | pd.DataFrame) -> Iterable[RawRecord]:
    if isinstance(data, str):
        data = [data]
    if isinstance(data, pd.DataFrame):
        frame = data if "id" in data.columns else data.assign(id=data.index.astype(str))
        for i, row in enumerate(frame.to_dict("records")):
            yield RawRecord(f"row {i}", {k: (None if v is None or v is pd.NaT or v != v else v)
                                         for k, v in row.items()})
    else:
        for i, text in enumerate(data):
            yield RawRecord(f"text {i}", {"id": str(i), "text": text})


def analyze(data: str | Iterable[str] | pd.DataFrame, clean: bool = True, dedupe: bool | None = None,
            topic_model: str | Path | None = None, pipeline: Pipeline | None = None,
            field: Mapping[str, str] | None = None, timezones: Zones | None = None) -> Result:
    """Run a pipeline on texts in this process: what `kaznews run` does, into tables in memory.

    `data` is a text, a list of texts (article_id = position) or a DataFrame with a text (or
    body) column and optional id, title, url, published, source. Boilerplate is learned from
    the first 20,000 records, as a run does. With clean=False the texts are analysed
    verbatim, so entity offsets index the input strings; `dedupe` (default: as `clean`)
    sets repeated texts aside in `duplicates`. `field` maps our field names to yours
    ({"text": "article_body"}, as --field), `timezones` the zones of local times (as
    --timezone). `topic_model` is a codebook trained with `kaznews train topics`, used
    instead of the taxonomy tagger (shorthand for a pipeline configured with {"topics":
    {"model": topic_model}}); `pipeline` is a Pipeline of your own.
    """
    from .runner import RunOptions, Source, execute, pipeline_rows
    if pipeline is not None and topic_model is not None:
        raise ValueError("pass topic_model or pipeline, not both: configure the pipeline's topics stage instead")
    if pipeline is None:
        pipeline = Pipeline(resources=shared_resources(), config=topics_config(topic_model))
    options = RunOptions([], Path("."), field_map=dict(field or {}), clean=clean,
                         dedupe=clean if dedupe is None else dedupe, learn_boilerplate=clean,
                         topic_model=str(topic_model) if topic_model else None, timezones=timezones or Zones())
    sink = MemorySink()
    execute(options, Source(records=list(_records(data))), sink, stages=partial(pipeline_rows, pipeline))
    return Result(**tables_to_frames(sink.rows))


def run(inputs: str | Path | Iterable[str | Path], out_dir: str | Path, **options) -> Result:
    """Process dump files or folders into `out_dir` (as `kaznews run`) and return the tables.

    Options are those of RunOptions and the command line: format (or fmt), workers, limit,
    field_map (or field), batch_size, crawl_date, incremental, timezones (a
    `kaznews.ingest.dates.Zones`: the zones local publication times are in).
    """
    from .runner import RunOptions
    from .runner import run_dataset
    aliases = {"format": "fmt", "field": "field_map"}
    options = {aliases.get(name, name): value for name, value in options.items()}
    paths = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    run_dataset(RunOptions(inputs=paths, out_dir=Path(out_dir), **options))
    return read(out_dir)


def read(out_dir: str | Path) -> Result:
    """The tables a `kaznews run` wrote, as a Result."""
    return Result(**read_tables(Path(out_dir)))


def lemmatize(words: list[str], lang: str = "ru", resources: Resources | None = None) -> list[str]:
    """Lemmas of one pre-tokenized sentence, one per word; lang is "ru" or "kk"."""
    return lemmatize_words(list(words), lang, resources or shared_resources())
