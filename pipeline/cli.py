"""The `kaznews` command: a thin shell over the runner and the evaluation modules.

Exit codes: 0 success; 1 an unexpected internal error; 2 unusable input or options (and a
bare `kaznews`, which shows the help); 3 another run holds the output folder; 4 the run
finished but an input gave nothing usable (every record rejected); 130 interrupted.
Errors are one line on stderr (set KAZNEWS_DEBUG=1 for the traceback); with --log-format
json every message is one JSON object {"event", "level", "message", ...} on its own line.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .choices import ENGINES, FORMATS, GRAPH_FORMATS, SHEET_FORMATS, STRATA, WINDOWS
from .errors import IncompatibleOutput, IncompleteOutput, InputError, LockBusy, MissingDependency
from .version import __version__

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_LOCKED, EXIT_UNUSABLE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
INPUT_FORMATS = "jsonl/json/ndjson, csv, parquet, txt, html/htm, warc, each optionally .gz"
_JSON_LOGS = False
_TRAIN_OUTPUT_HELP = ("Models folder to write into (made a copy of the models in use if missing; never the "
                      "installed package unless named); run with KAZNEWS_MODELS=OUTPUT to use it.")
_DATASET_HELP = "A folder `kaznews run` wrote."
_TEXT_LOGS = logging.Formatter("kaznews: %(levelname)s: %(message)s")


def _help_when_bare(ctx: typer.Context) -> None:
    """A command group called without a command shows its help and exits 2, without the
    empty "error:" line click's no_args_is_help ends with."""
    if ctx.invoked_subcommand is None:
        text = ctx.get_help()  # rich prints the help itself and returns ""
        if text:
            typer.echo(text)
        raise typer.Exit(EXIT_USAGE)


app = typer.Typer(add_completion=False, invoke_without_command=True, pretty_exceptions_enable=False,
                  help=f"kaznews: Russian/Kazakh news dumps in ({INPUT_FORMATS}), structured tables out.")
eval_app = typer.Typer(invoke_without_command=True, callback=_help_when_bare,
                       help="Score a stage on gold data beside a baseline.")
app.add_typer(eval_app, name="eval")
topics_app = typer.Typer(invoke_without_command=True, callback=_help_when_bare,
                         help="Explore the topics of a processed dump.")
app.add_typer(topics_app, name="topics")
train_app = typer.Typer(invoke_without_command=True, callback=_help_when_bare,
                        help="Train a model and write it under models/ (not part of CI).")
app.add_typer(train_app, name="train")

out = Console()
err = Console(stderr=True)


class UsageProblem(Exception):
    """Unusable input or options: a one-line message and exit code 2."""


class Interrupted(Exception):
    """Ctrl-C during a run: the one-line report says how much is kept and how to go on."""

    def __init__(self, out_dir: Path) -> None:
        from .store import stored_articles
        # counted from what the manifest lists, not from the run's counters: the interrupt
        # may land between a checkpoint reaching the disk and the run noting it
        self.stored, self.out_dir = len(stored_articles(out_dir)), out_dir
        super().__init__(f"{self.stored} articles are safely stored in {out_dir}; "
                         f"run the same command with --incremental to continue from there")


def _print_version(value: bool) -> None:
    if value:
        out.print(f"kaznews {__version__}")
        raise typer.Exit()


@app.callback()
def _root(ctx: typer.Context, version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    _help_when_bare(ctx)


def _set_log_format(log_format: str) -> None:
    if log_format not in ("text", "json"):
        raise UsageProblem(f"--log-format must be text or json, got {log_format!r}")
    _use_json_logs(log_format == "json")


def _require(*paths: Path) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageProblem(f"input not found: {', '.join(missing)}")


def _load_topic_model(path: Path) -> None:
    from .topics.codebook import CodebookError, load_codebook
    try:
        load_codebook(path)
    except CodebookError as exc:
        raise UsageProblem(str(exc)) from None


def _parse_field_map(pairs: list[str]) -> dict[str, str]:
    from .ingest import FIELDS
    mapping = {}
    for pair in pairs:
        ours, _, theirs = pair.partition("=")
        if not theirs or ours not in FIELDS:
            raise UsageProblem(f"--field expects OURS=THEIRS with OURS one of {', '.join(FIELDS)}, got {pair!r}")
        mapping[ours] = theirs
    return mapping


@app.command("run")
def run_command(
    inputs: Annotated[list[Path], typer.Argument(help=f"Dump files or folders ({INPUT_FORMATS}).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the tables.")],
    fmt: Annotated[str, typer.Option("--format", help="parquet, jsonl or csv.")] = "parquet",
    workers: Annotated[int, typer.Option(help="Processes for the analysis stages.")] = 1,
    limit: Annotated[int | None, typer.Option(help="Stop after this many articles.")] = None,
    field: Annotated[list[str] | None, typer.Option(
        help="Map an input field: OURS=THEIRS, e.g. text=content or id=guid (repeatable).")] = None,
    crawl_date: Annotated[str | None, typer.Option(
        help="When the dump was crawled (ISO date): anchors relative dates such as «вчера, 15:30».")] = None,
    timezone: Annotated[list[str] | None, typer.Option(
        metavar="[SOURCE=]ZONE", help="IANA zone of local publication times: ZONE for the run, SOURCE=ZONE for one source "
             "(repeatable); default Asia/Almaty.")] = None,
    learn_boilerplate: Annotated[bool, typer.Option(
        help="Learn each source's recurring lines from the first 20,000 records.")] = True,
    incremental: Annotated[bool, typer.Option(
        help="Only articles not in OUTPUT yet (or edited since); append to it.")] = False,
    lock_timeout: Annotated[float, typer.Option(
        help="Seconds to wait for another run on OUTPUT before exiting with code 3.")] = 0.0,
    log_format: Annotated[str, typer.Option(help="text, or json: one JSON object per line.")] = "text",
    topics: Annotated[Path | None, typer.Option(
        help="A codebook model from `kaznews train topics`, instead of the taxonomy tagger.")] = None,
    engine: Annotated[str, typer.Option(help="local, or dask: run on a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786); without it a local cluster of --workers.")] = None,
    keep_duplicates: Annotated[bool, typer.Option(
        help="Analyse exact and near duplicates too instead of listing them.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no Dask INFO logs.")] = False,
) -> None:
    """Process article dumps into articles, entities, topics, duplicates and rejects tables.

    Exit codes: 0 done, 2 bad input or options, 3 output locked, 4 an input gave nothing usable, 130 interrupted."""
    _set_log_format(log_format)
    _require(*inputs)
    if fmt not in FORMATS:
        raise UsageProblem(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise UsageProblem(f"--engine must be {' or '.join(ENGINES)}, got {engine!r}")
    if scheduler and engine != "dask":
        raise UsageProblem("--scheduler needs --engine dask")
    if workers < 1 or (limit is not None and limit < 0):
        raise UsageProblem("--workers must be at least 1 and --limit not negative")
    if output.exists() and not output.is_dir():
        raise UsageProblem(f"output {output} exists and is not a folder")
    parsed_fields = _parse_field_map(field or [])
    from .ingest.dates import Zones, parse_published  # the checks above load nothing heavy
    from .runner import RunOptions
    from .runner import run_dataset
    if topics is not None:
        _load_topic_model(topics)
    if crawl_date is not None and parse_published(crawl_date) is None:
        raise UsageProblem(f"--crawl-date: cannot read {crawl_date!r} as a date")
    try:
        timezones = Zones.parse(timezone or [])
    except ValueError as exc:
        raise UsageProblem(f"--timezone: {exc}") from None
    options = RunOptions(inputs=list(inputs), out_dir=output, fmt=fmt, workers=workers, limit=limit,
                         field_map=parsed_fields, crawl_date=crawl_date,
                         learn_boilerplate=learn_boilerplate, incremental=incremental, lock_timeout=lock_timeout,
                         dedupe=not keep_duplicates, engine=engine, scheduler=scheduler,
                         topic_model=str(topics) if topics else None, timezones=timezones, quiet=quiet,
                         own_process=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, disable=quiet or _JSON_LOGS, transient=True) as bar:
        task = bar.add_task("reading…")

        def on_progress(summary) -> None:
            bar.update(task, description=f"{summary.articles} articles, {summary.rejects} rejects, "
                                         f"{summary.articles_per_second:.1f} articles/s")
        try:
            summary = run_dataset(options, progress=on_progress)
        except InputError as exc:
            raise UsageProblem(str(exc)) from None
        except KeyboardInterrupt:
            raise Interrupted(output) from None
    _print_summary(summary)
    for unusable in summary.unusable_inputs:
        _emit("input unusable", "warning", unusable.describe(), input=unusable.path, rejected=unusable.rejected,
              reason=unusable.reason, fields=unusable.fields)
    if summary.unusable_inputs:
        raise typer.Exit(EXIT_UNUSABLE)


def _print_summary(summary) -> None:
    if _JSON_LOGS:
        _emit("run finished", "info", f"{summary.articles} articles written to {summary.out_dir}",
              run_id=summary.run_id, out_dir=str(summary.out_dir), articles=summary.articles,
              unchanged=summary.unchanged, duplicates=dict(summary.duplicates), rejects=summary.rejects,
              reject_reasons=dict(summary.reject_reasons.most_common()),
              languages=dict(summary.languages.most_common()), entities=dict(sorted(summary.entities.items())),
              topics=dict(summary.topics.most_common()), dates_unreadable=summary.dates_unreadable,
              unusable_inputs=[u.path for u in summary.unusable_inputs], seconds=round(summary.seconds, 2))
    else:
        if summary.articles == 0 and summary.unchanged:
            out.print(f"nothing new: all {summary.unchanged} articles are already in {summary.out_dir}")
        table = Table(title=f"kaznews {__version__}: {summary.out_dir}", show_header=False)
        table.add_row("articles", str(summary.articles) + (f" new, {summary.unchanged} unchanged"
                                                           if summary.unchanged else ""))
        table.add_row("duplicates", ", ".join(f"{k} {n}" for k, n in summary.duplicates.items()) or "0")
        reasons = ", ".join(f"{r}: {n}" for r, n in summary.reject_reasons.most_common(5))
        table.add_row("rejects", f"{summary.rejects} ({reasons})" if summary.rejects else "0")
        table.add_row("languages", ", ".join(f"{k} {v}" for k, v in summary.languages.most_common()))
        table.add_row("entities", ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items())) or "0")
        table.add_row("topics", ", ".join(f"{k} {v}" for k, v in summary.topics.most_common(8)) or "0")
        table.add_row("speed", f"{summary.articles_per_second:.1f} articles/s in {summary.seconds:.1f} s")
        out.print(table)
    if summary.dates_unreadable:
        _emit("dates unreadable", "warning",
              f"{summary.dates_unreadable} published dates could not be read and were left empty",
              dates_unreadable=summary.dates_unreadable)
    if not _JSON_LOGS:
        out.print(f"tables written to {summary.out_dir}/")


@eval_app.command("lemma")
def eval_lemma(
    gold: Annotated[list[Path] | None, typer.Argument(
        help="CoNLL-U files with gold lemmas, or UniMorph's .tsv.gz (scored on its held-out part); "
             "with --lang kk and none named: UD KTB train, UniMorph Kazakh and "
             "data/eval/kk_news_lemmas.conllu.")] = None,
    lang: Annotated[str, typer.Option(help="ru or kk.")] = "ru",
    limit: Annotated[int | None, typer.Option(help="Only the first N sentences.")] = None,
    shared: Annotated[Path, typer.Option(help="Folder holding the shared datasets (the default Kazakh gold).")]
    = Path("../shared"),
) -> None:
    """Lemma accuracy of kaznews beside natasha, pymorphy3 and identity."""
    from .evaluate.lemma import evaluate_lemmas, kazakh_gold, load_gold

    if lang not in ("ru", "kk"):
        raise UsageProblem(f"--lang must be ru or kk, got {lang!r}")
    if not gold and lang != "kk":
        raise UsageProblem("name a CoNLL-U file (only --lang kk has default gold)")
    files = gold or kazakh_gold(shared)
    _require(*files)
    for path in files:
        sentences = load_gold(path, limit)
        scores = evaluate_lemmas(sentences, lang)
        table = Table(title=f"lemma accuracy on {path.name} ({len(sentences)} "
                            f"{'lemmas, held-out part' if path.name.endswith('.tsv.gz') else 'sentences'}, "
                            f"{scores[0].total} tokens, PUNCT/SYM/X/NUM skipped)")
        table.add_column("system")
        table.add_column("accuracy", justify="right")
        for pos in ("NOUN", "PROPN", "ADJ", "VERB"):
            table.add_column(pos, justify="right")
        for score in scores:
            table.add_row(score.system, f"{score.accuracy:.4f}",
                          *(f"{score.by_pos[p] / score.total_by_pos[p]:.3f}" if score.total_by_pos[p] else "-"
                            for p in ("NOUN", "PROPN", "ADJ", "VERB")))
        out.print(table)


@eval_app.command("ner")
def eval_ner(
    gold: Annotated[Path, typer.Argument(help="factRuEval-style JSONL, NEREL JSONL or KazNERD-style IOB2 file.")],
    limit: Annotated[int | None, typer.Option(help="Only the first N texts or sentences.")] = None,
    held_out: Annotated[bool, typer.Option("--held-out", help=(
        "Only the part kaznews never trained on: KazNERD's held-out sentences, factRuEval dev's held-out texts."))] = False,
    second: Annotated[Path | None, typer.Option(help=(
        "A second annotator's JSONL of some of the same texts: every row on those texts only, and the "
        "second annotator scored against the gold (inter-annotator agreement)."))] = None,
) -> None:
    """Entity precision, recall and F1 per label (exact and overlap): the pipeline, the
    trained Russian NER alone (models/ru_ner) and plain natasha."""
    _require(gold, *([second] if second else []))
    from .evaluate.ner import LABELS, evaluate_ner

    try:
        results = evaluate_ner(gold, limit, held_out, second)
    except ValueError as exc:  # a second annotator's file of other texts
        raise UsageProblem(str(exc)) from exc
    table = Table(title=f"entities on {gold.name} (edge quotes ignored)")
    for col in ("label", "system", "exact P", "exact R", "exact F1", "overlap F1", "gold"):
        table.add_column(col, justify="left" if col in ("label", "system") else "right")
    groups = {"PER+ORG+LOC": ("PER", "ORG", "LOC"), "ALL": LABELS}  # PER+ORG+LOC: the figure issues quote
    for label in (*LABELS, *groups):
        for system, scores in results.items():
            labels = groups.get(label, (label,))
            exact, overlap = scores.total(labels), scores.total(labels, "overlap")
            if exact.tp + exact.fn + exact.fp == 0:
                continue
            table.add_row(label, system, f"{exact.precision:.3f}", f"{exact.recall:.3f}", f"{exact.f1:.3f}",
                          f"{overlap.f1:.3f}", str(exact.tp + exact.fn))
    out.print(table)


@eval_app.command("normal")
def eval_normal(
    gold: Annotated[Path, typer.Argument(help="Mentions marked [[surface|normal|LABEL]] (data/eval/ru_normal_forms.txt), "
                                              "or news gold JSONL with spans and normal forms.")],
) -> None:
    """Accuracy of entity normal forms on gold mentions, beside natasha's span.normalize
    (on JSONL also on the mentions kaznews finds itself)."""
    from .evaluate.normal import evaluate_normals

    _require(gold)
    results = evaluate_normals(gold)
    labels = sorted(next(iter(results.values()))[1])
    table = Table(title=f"normal-form accuracy on {gold.name}")
    table.add_column("system")
    for label in (*labels, "ALL"):
        table.add_column(label, justify="right")
    for system, (correct, total) in results.items():
        cells = [f"{correct[lb] / total[lb]:.3f} ({total[lb]})" if total[lb] else "-" for lb in labels]
        table.add_row(system, *cells, f"{sum(correct.values()) / sum(total.values()):.3f} ({sum(total.values())})")
    out.print(table)


@eval_app.command("ingest")
def eval_ingest(
    gold: Annotated[Path, typer.Argument(help="Gold items (data/eval/ingest/gold.jsonl).")],
) -> None:
    """Body start and end, title and date found by ingest, beside trafilatura on HTML items."""
    from .evaluate.ingest import evaluate_ingest

    _require(gold)
    rows = evaluate_ingest(gold)
    table = Table(title=f"ingest on {gold.name}: body start / end / title / date")

    def marks(check) -> str:
        return "-" if check is None else " ".join("✓" if ok else "✗" for ok in
                                                  (check.start, check.end, check.title, check.date))
    for col in ("item", "kaznews", "trafilatura"):
        table.add_column(col)
    for name, ours, theirs in rows:
        table.add_row(name, marks(ours), marks(theirs))
    html = [r for r in rows if r[2] is not None]
    table.add_row("exact items", f"{sum(r[1].exact for r in rows)} / {len(rows)}",
                  f"{sum(r[2].exact for r in html)} / {len(html)} (HTML only; "
                  f"kaznews {sum(r[1].exact for r in html)} / {len(html)})")
    out.print(table)


@eval_app.command("duplicates")
def eval_duplicates(
    pairs: Annotated[Path, typer.Argument(help="Labelled pairs (data/eval/duplicates/pairs.jsonl).")],
    shared: Annotated[Path, typer.Option(help="Folder holding the texts the pairs name.")] = Path("../shared"),
    grid: Annotated[bool, typer.Option(help="Also score every parameter combination on the dev pairs.")] = False,
) -> None:
    """Reprints found and look-alikes kept apart: P/R/F1 on the dev and the locked test pairs."""
    from .evaluate import duplicates as evaluation

    _require(pairs, shared)
    if grid:
        table = Table(title="dev pairs: shingle size, MIN_WORDS, threshold, numbers agreement")
        for col in ("size", "min words", "threshold", "numbers", "TP", "FP", "FN", "P / R / F1"):
            table.add_column(col, justify="right")
        for size, min_words, threshold, numbers, s in evaluation.grid(pairs, shared):
            table.add_row(str(size), str(min_words), f"{threshold:.2f}", f"{numbers:.1f}", str(s.tp), str(s.fp),
                          str(s.fn), " / ".join(f"{v:.3f}" for v in s.prf()))
        out.print(table)
    rows, found = evaluation.evaluate_duplicates(pairs, shared)
    total = evaluation.count_pairs(pairs)
    if len(rows) < total:
        _emit("pairs skipped", "warning", f"{total - len(rows)} of {total} pairs skipped: their page snippets "
              f"are not in {shared / 'data' / 'duplicates' / 'pages.jsonl'}")
    table = Table(title=f"near duplicates on {pairs.name}: P / R / F1")
    for col in ("pairs", "reprints", "near-misses", *found):
        table.add_column(col, justify="right")
    for split in ("dev", "test"):
        part = [p for p in rows if p.split == split]
        table.add_row(split + (" (locked)" if split == "test" else ""), str(sum(p.reprint for p in part)),
                      str(sum(not p.reprint for p in part)),
                      *(" / ".join(f"{v:.3f}" for v in evaluation.score(rows, f, split).prf()) for f in found.values()))
    out.print(table)
    table = Table(title="found as repeats, by kind of pair (both splits)")
    for col in ("kind", "label", "pairs", *found):
        table.add_column(col, justify="right")
    for kind, reprint in sorted({(p.kind, p.reprint) for p in rows}, key=lambda k: (not k[1], k[0])):
        picked = [i for i, p in enumerate(rows) if (p.kind, p.reprint) == (kind, reprint)]
        table.add_row(kind, "reprint" if reprint else "distinct", str(len(picked)),
                      *(str(sum(f[i] for i in picked)) for f in found.values()))
    out.print(table)
    for name, hits in found.items():
        for pair, hit in zip(rows, hits):
            if hit != pair.reprint:
                out.print(f"{name}: {'missed reprint' if pair.reprint else 'near-miss found'} {pair.id} ({pair.split})")


def _print_topic_scores(title: str, systems: dict, top_level_ids: tuple[str, ...], by_source: bool) -> None:
    """The figures of `kaznews eval topics` for some systems' TopicScores on one set of articles."""
    from .evaluate.topics import RECALL_TOPICS
    first = next(iter(systems.values()))
    table = Table(title=f"{title} ({first.items} texts): P / R / F1")
    table.add_column("topic")
    for system in systems:
        table.add_column(system, justify="right")
    rows = [(f"{t} ({first.support(t)})", [s.prf(t) for s in systems.values()])
            for t in top_level_ids if any(s.support(t) for s in systems.values())]
    rows += [("micro", [s.prf() for s in systems.values()]),
             ("macro", [s.macro(top_level_ids) for s in systems.values()])]
    for name, values in rows:
        table.add_row(name, *(" / ".join(f"{v:.2f}" for v in prf) for prf in values))
    for t, what in RECALL_TOPICS.items():
        if any(s.support(t) for s in systems.values()):
            table.add_row(f"recall {t} ({what})", *(f"{s.prf(t)[1]:.2f}" for s in systems.values()))

    def ratio(n: int, d: int) -> str:
        return f"{n / d:.3f} ({d})" if d else "-"

    def by_language(name: str, value) -> None:
        table.add_row(name, *(value(s, s.overall) for s in systems.values()))
        for lang in sorted(first.by_language):
            table.add_row(f"  {lang} texts", *(value(s, s.by_language[lang]) for s in systems.values()))
    by_language("top-1 accuracy", lambda s, c: ratio(c.top1, c.items))
    by_language("3-group top-1", lambda s, c: ratio(c.group_top1, c.items))
    by_language("untagged", lambda s, c: ratio(0 if s.flags_best else c.no_tag, c.items))
    by_language("low confidence", lambda s, c: ratio(c.no_tag, c.items) if s.flags_best else "-")
    table.add_row("Brier / ECE", *("-" if s.brier is None else f"{s.brier:.3f} / {s.ece:.3f}"
                                   for s in systems.values()))
    out.print(table)
    if by_source:
        sites = Table(title=f"{title}, by site: top-1 / 3-group top-1 (texts)")
        sites.add_column("site")
        for system in systems:
            sites.add_column(system, justify="right")
        for site in sorted(first.by_site, key=lambda k: (-first.by_site[k].items, k)):
            sites.add_row(site, *(f"{(c := s.by_site[site]).top1 / c.items:.2f} / {c.group_top1 / c.items:.2f} "
                                  f"({c.items})" for s in systems.values()))
        out.print(sites)
    out.print("untagged: no topic at all; low confidence: no topic reached the tag threshold, so the article "
              "got its best top-level topic flagged low_confidence", highlight=False)


@eval_app.command("roles")
def eval_roles(
    gold: Annotated[Path, typer.Argument(help="Roles gold JSONL ({\"id\", \"lang\", \"roles\": [...]}), or NEREL "
                                              "JSONL with relations (../shared/data/nerel/nerel_dev.jsonl).")],
    texts: Annotated[list[Path] | None, typer.Option("--texts", help="JSONL files with the gold articles' "
                                                                      "\"text\" by \"id\" (repeat the option).")] = None,
) -> None:
    """Precision and recall of the roles table: person span and position normal form, and
    with the body, by language (or against NEREL's WORKS_AS and WORKPLACE relations)."""
    from .api import shared_resources
    from .evaluate.roles import evaluate_nerel, evaluate_news

    _require(gold, *(texts or []))
    systems = ({"kaznews roles": evaluate_nerel(gold, shared_resources())} if not texts
               else evaluate_news(gold, texts, shared_resources()))
    table = Table(title=f"roles on {gold.name}: precision / recall (found, gold)")
    for col in ("system", "language", "match", "precision", "recall", "found", "gold"):
        table.add_column(col, justify="left" if col in ("system", "language", "match") else "right")
    for system, scores in systems.items():
        for key in sorted(scores.gold, key=lambda k: (k[0] == "all", k)):
            table.add_row(system, *key, f"{scores.precision(key):.3f}", f"{scores.recall(key):.3f}",
                          str(scores.found[key]), str(scores.gold[key]))
    out.print(table)


@eval_app.command("topics")
def eval_topics(
    gold: Annotated[Path, typer.Argument(help="Topic gold: data/eval/topics/gold.tsv, or labelled news in JSONL.")],
    shared: Annotated[Path, typer.Option(help="Folder holding the texts gold.tsv names.")] = Path("../shared"),
    min_score: Annotated[float | None, typer.Option(help="Tag threshold (default: the tagger's own).")] = None,
    train: Annotated[Path | None, typer.Option(
        help="Labelled news (JSONL) to fit the supervised reference on; its sites in GOLD are left out.")] = None,
    by_source: Annotated[bool, typer.Option("--by-source", help="Also print each site's figures.")] = False,
) -> None:
    """Top-level topics: P/R/F1 per topic, micro and macro, top-1 accuracy by language, 3-group
    top-1, untagged and low-confidence shares, Brier and ECE, beside keywords (and the codebook
    reference, with --train)."""
    from .api import shared_resources
    from .evaluate.topics import evaluate_topics

    _require(gold, shared, *([train] if train else []))
    top_level_ids = shared_resources().taxonomy.top_level_ids
    for part, systems in evaluate_topics(gold, shared, min_score, train=train).items():
        _print_topic_scores(f"top-level topics on {gold.name}, {part}", systems, top_level_ids, by_source)


@train_app.command("topic-vectors")
def train_topic_vectors_command(
    shared: Annotated[Path, typer.Option(help="Folder with data/kaznerd, data/topics and the gold's texts.")] = Path(
        "../shared"),
    gold: Annotated[Path, typer.Option(help="Topic gold; its texts are kept out of the Kazakh vectors.")] = Path(
        "data/eval/topics/gold.tsv"),
    output: Annotated[Path, typer.Option("-o", "--output", help=_TRAIN_OUTPUT_HELP)] = Path("models"),
) -> None:
    """Build the topic tagger's Kazakh vectors, Kazakh-Russian lexicon and topic lexicons (OUTPUT/topics/)."""
    _require(shared, gold)
    from .models import training_folder
    from .train.topic_vectors import train_topic_vectors

    out.print_json(data=train_topic_vectors(shared, gold, training_folder(output)))


@train_app.command("topic-model")
def train_topic_model_command(
    news: Annotated[list[Path], typer.Argument(help="Labelled news articles (JSONL, with site and texts).")],
    shared: Annotated[Path, typer.Option(help="Folder with data/topics (SIB-200) and the gold's texts.")] = Path(
        "../shared"),
    gold: Annotated[Path, typer.Option(help="Topic gold naming texts in SHARED; its calibration half is trained on.")] = Path(
        "data/eval/topics/gold.tsv"),
    output: Annotated[Path, typer.Option("-o", "--output", help=_TRAIN_OUTPUT_HELP)] = Path("models"),
) -> None:
    """Fit the topic model and its calibration (OUTPUT/topics/), cross-validated by site."""
    _require(shared, gold, *news)
    from .models import training_folder
    from .train.topic_model import train_topic_model

    summary, held_out = train_topic_model(shared, gold, news, training_folder(output))
    out.print_json(data=summary)
    _print_topic_scores("out-of-site cross-validation", {"kaznews": held_out},
                        tuple(summary["topics"]), by_source=False)


@train_app.command("topics")
def train_topics(
    labels: Annotated[Path, typer.Argument(
        help="CSV or .xlsx: a text (or id) column and a labels column (a coding sheet from `kaznews sample` too).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the model.")],
    text_column: Annotated[str, typer.Option(help="Column with the article text.")] = "text",
    labels_column: Annotated[str, typer.Option(help="Column with the labels.")] = "labels",
    separator: Annotated[str, typer.Option(help="Separator between several labels of one row.")] = ";",
    from_output: Annotated[Path | None, typer.Option(
        "--from", help="A processed dump whose articles the id (or article_id) column names (instead of texts).")] = None,
    min_examples: Annotated[int, typer.Option(help="Fewest coded articles a label may have.")] = 10,
) -> None:
    """Train a classifier on a hand-coded codebook; report cross-validated P/R/F1 per label."""
    _require(labels, *([from_output] if from_output else []))
    from .api import analyze, read, shared_resources
    from .research.coding import NONE, read_sheet
    from .topics.codebook import CodebookError, train_codebook

    try:
        frame = read_sheet(labels)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    key = next((c for c in ("id", "article_id") if c in frame.columns), "id") if from_output else text_column
    for column in (key, labels_column):
        if column not in frame.columns:
            raise UsageProblem(f"{labels} has no {column!r} column (columns: {', '.join(frame.columns)})")
    uncoded = frame[labels_column].str.strip() == ""  # a coding sheet's row nobody coded yet
    if uncoded.any():
        err.print(f"kaznews: {int(uncoded.sum())} rows with an empty {labels_column!r} left out (not coded)",
                  highlight=False)
    frame = frame[~uncoded]
    frame = frame.assign(id=frame[key] if from_output else frame.index.astype(str))
    if from_output:
        articles = read(from_output).articles.set_index("article_id")
    else:
        articles = analyze(frame.rename(columns={text_column: "text"})[["id", "text"]]).articles.set_index(
            "article_id")
    usable = frame[frame["id"].isin(articles.index)]
    if len(usable) < len(frame):
        err.print(f"kaznews: {len(frame) - len(usable)} rows left out (not found, empty or duplicate texts)",
                  highlight=False)
    row_labels = [[lb.strip() for lb in value.split(separator) if lb.strip() not in ("", NONE)]
                  for value in usable[labels_column]]
    try:
        scores = train_codebook(list(articles.loc[usable["id"], "lemmas"].fillna("")), row_labels, output,
                                shared_resources().navec, min_examples)
    except CodebookError as exc:
        raise UsageProblem(str(exc)) from None
    table = Table(title=f"{len(usable)} coded articles, 5-fold cross-validation")
    for col in ("label", "examples", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for s in scores:
        table.add_row(s.label, str(s.examples), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    out.print(table)
    out.print(f"model written to {output}/; use it with `kaznews run ... --topics {output}`")


@train_app.command("kk-ner")
def train_kk_ner(
    data: Annotated[Path, typer.Argument(help="KazNERD IOB2 file (../shared/data/kaznerd/IOB2_valid.txt).")],
    max_epochs: Annotated[int, typer.Option(help="Upper bound on the CRF's training passes (L-BFGS iterations).")] = 150,
    output: Annotated[Path, typer.Option("-o", "--output", help=_TRAIN_OUTPUT_HELP)] = Path("models"),
    news: Annotated[list[Path], typer.Option(help=(
        "News gold JSONL (the blind gold's dev part, its training batches) whose Kazakh sentences join "
        "the training part; never a locked file."))] = [],
    news_check: Annotated[list[Path], typer.Option(help="News gold JSONL to score the CRF on, not trained on.")] = [],
    augment_rate: Annotated[float, typer.Option(help=(
        "Share of KazNERD's training sentences rewritten in written-news conventions, per kind of rewrite "
        "(0: none, the shipped model's choice since there is real news to learn them from)."))] = 0.0,
) -> None:
    """Train the Kazakh NER on KazNERD and news gold (--news), optionally with written-news
    rewrites of KazNERD's training part, and score it on KazNERD's held-out part (OUTPUT/kk_ner/)."""
    _require(data, *news, *news_check)
    if any("locked" in p.parts for p in news):
        raise UsageProblem("a locked gold file is for reporting only: train on dev/ and the training batches")
    from .models import training_folder
    from .train.kk_ner import train

    metrics = train(data, training_folder(output) / "kk_ner", max_epochs=max_epochs, augment_rate=augment_rate,
                    news=news, news_check=news_check)
    out.print_json(data=metrics)


@train_app.command("ru-ner")
def train_ru_ner(
    shared: Annotated[Path, typer.Option(help="The shared data folder (NEREL, factRuEval dev).")] = Path("../shared"),
    max_epochs: Annotated[int, typer.Option(help="Upper bound on training epochs.")] = 30,
    max_minutes: Annotated[float, typer.Option(help="Stop after the epoch that passes this many minutes.")] = 25.0,
    augment: Annotated[bool, typer.Option(help="Add copies of the texts with Kazakhstani entities swapped in.")] = True,
    report: Annotated[list[Path] | None, typer.Option(help="More factRuEval-style JSONL gold to score (not trained on).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help=_TRAIN_OUTPUT_HELP)] = Path("models"),
) -> None:
    """Train the Russian NER on NEREL and half of factRuEval dev (OUTPUT/ru_ner/), scored beside natasha
    (about 15 minutes on 2 shared cores with the defaults' epochs cut by --max-minutes)."""
    _require(shared)
    from .models import training_folder
    from .train.ru_ner import train

    metrics = train(shared, training_folder(output), max_epochs=max_epochs, max_minutes=max_minutes,
                    augment=augment, report=report or (), log=out.print)
    out.print_json(data=metrics["scores"])


@train_app.command("roles")
def train_roles(
    shared: Annotated[Path, typer.Option(help="Folder holding data/nerel and data/kaznerd.")] = Path("../shared"),
    output: Annotated[Path, typer.Option("-o", "--output", help=_TRAIN_OUTPUT_HELP)] = Path("models"),
) -> None:
    """Learn the position vocabulary of the roles stage from NEREL (Russian PROFESSION spans)
    and KazNERD (Kazakh POSITION spans) into OUTPUT/roles/positions.tsv."""
    _require(shared)
    from .models import training_folder
    from .resources import Resources
    from .roles.vocabulary import POSITIONS_FILE
    from .train.roles import build_vocabulary

    path = training_folder(output) / POSITIONS_FILE
    vocabulary = build_vocabulary(shared, Resources(training_folder(output)))
    vocabulary.save(path)
    counts = {f"{lang} {kind}": len(words) for (lang, kind), words in sorted(vocabulary.counts.items())}
    out.print(f"{path}: " + ", ".join(f"{k} {n}" for k, n in counts.items()))


@topics_app.command("discover")
def topics_discover(
    output: Annotated[Path, typer.Argument(help="A folder `kaznews run` wrote.")],
    k: Annotated[int, typer.Option("-k", help="Number of topics.")] = 30,
    seed: Annotated[int, typer.Option(help="Random seed (the result is deterministic for a seed).")] = 0,
) -> None:
    """Fit an NMF topic model on the lemmas; write topics, representative articles and
    prevalence by month to OUTPUT/discovery/."""
    _require(output)
    from .api import read
    from .topics.discover import discover_topics

    if k < 1:
        raise UsageProblem("-k must be at least 1")
    try:
        found = discover_topics(read(output).articles, k=k, seed=seed)
    except (IncompleteOutput, ValueError) as exc:
        raise UsageProblem(str(exc)) from None
    folder = output / "discovery"
    folder.mkdir(exist_ok=True)
    for name in ("topics", "representatives", "prevalence"):
        getattr(found, name).to_csv(folder / f"{name}.csv", index=False)
    table = Table(title=f"{len(found.topics)} topics in {output}")
    for col in ("topic", "weight", "top lemmas"):
        table.add_column(col)
    for row in found.topics.sort_values("weight", ascending=False).itertuples():
        table.add_row(str(row.topic), f"{row.weight:.3f}", row.top_lemmas)
    out.print(table)
    out.print(f"written to {folder}/ (topics.csv, representatives.csv, prevalence.csv)")


def _require_dataset(output: Path) -> None:
    if not (output / "manifest.json").exists():
        raise UsageProblem(f"not a kaznews output folder: {output}")


def _split_list(value: str | None) -> list[str] | None:
    return None if value is None else [v.strip() for v in value.split(",") if v.strip()]


@app.command("network")
def network_command(
    output: Annotated[Path, typer.Argument(help=_DATASET_HELP)],
    graph_file: Annotated[Path, typer.Option("-o", "--output", help="The graph: FILE.gexf or FILE.graphml.")],
    labels: Annotated[str | None, typer.Option(help="Entity labels to include, e.g. PER,ORG (default: all).")] = None,
    window: Annotated[str, typer.Option(help="article, or sentence: mentioned in one sentence.")] = "article",
    min_count: Annotated[int, typer.Option(help="Fewest articles (sentences) an edge needs.")] = 1,
    top: Annotated[int, typer.Option(help="The N most mentioned entities become the nodes.")] = 200,
) -> None:
    """Export the co-mention network: entities as nodes (label, normal form, mentions), edges
    weighted by the articles or sentences mentioning both."""
    if graph_file.suffix.lower() not in GRAPH_FORMATS:
        raise UsageProblem(f"-o must end in {' or '.join(GRAPH_FORMATS)}, got {graph_file.name!r}")
    if window not in WINDOWS:
        raise UsageProblem(f"--window must be {' or '.join(WINDOWS)}, got {window!r}")
    if min_count < 1 or top < 1:
        raise UsageProblem("--min-count and --top must be at least 1")
    _require(output)
    _require_dataset(output)
    from .research import dataset, network
    try:
        g = network.graph(dataset.connect(output), _split_list(labels), window, min_count, top)
    except IncompleteOutput as exc:
        raise UsageProblem(str(exc)) from None
    network.write_graph(g, graph_file)
    out.print(f"{g.number_of_nodes()} entities, {g.number_of_edges()} co-mention edges ({window}) written to "
              f"{graph_file}")


@app.command("report")
def report_command(
    output: Annotated[Path, typer.Argument(help=_DATASET_HELP)],
    html_file: Annotated[Path, typer.Option("-o", "--output", help="The report, FILE.html.")],
) -> None:
    """One self-contained HTML file: articles over time, top entities and their trends, topic
    shares, the co-mention network, roles and data quality (opens with no network)."""
    _require(output)
    _require_dataset(output)
    from .research.report import write_report
    try:
        write_report(output, html_file)
    except IncompleteOutput as exc:
        raise UsageProblem(str(exc)) from None
    out.print(f"report written to {html_file}")


@app.command("sample")
def sample_command(
    output: Annotated[Path, typer.Argument(help=_DATASET_HELP)],
    sheet_file: Annotated[Path, typer.Option("-o", "--output", help="The coding sheet: FILE.xlsx or FILE.csv.")],
    n: Annotated[int, typer.Option("-n", help="Articles to sample.")] = 200,
    stratify: Annotated[str | None, typer.Option(
        help="Sample in proportion to strata: any of topic,source,lang (comma-separated).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (the same seed draws the same sample).")] = 0,
    coders: Annotated[int, typer.Option(help="Empty coder columns to add.")] = 2,
) -> None:
    """Write a coding sheet of a random sample: id, title, excerpt, the tagger's topics and
    entities, and empty coder_1, coder_2, ... columns (topic ids separated by ';', '-' for none)."""
    if sheet_file.suffix.lower() not in SHEET_FORMATS:
        raise UsageProblem(f"-o must end in {' or '.join(SHEET_FORMATS)}, got {sheet_file.name!r}")
    strata = _split_list(stratify) or []
    if [s for s in strata if s not in STRATA] or n < 1 or coders < 1:
        raise UsageProblem(f"--stratify takes {', '.join(STRATA)}; -n and --coders must be at least 1")
    _require(output)
    _require_dataset(output)
    from .research.coding import coding_sheet, write_sheet
    try:
        sheet = coding_sheet(output, n, strata, seed, coders)
    except IncompleteOutput as exc:
        raise UsageProblem(str(exc)) from None
    write_sheet(sheet, sheet_file)
    out.print(f"{len(sheet)} articles to code written to {sheet_file}")


@app.command("agreement")
def agreement_command(
    sheet_file: Annotated[Path, typer.Argument(help="A coding sheet from `kaznews sample`, filled in.")],
    topics: Annotated[str | None, typer.Option(
        help="The topics of your codebook, comma-separated (default: every topic the tagger or a coder used).")] = None,
) -> None:
    """Per topic and overall: the tagger's precision and recall against each coder, and
    Krippendorff's alpha between the coders and between coders and tagger."""
    _require(sheet_file)
    from .research.coding import agreement, read_sheet
    try:
        result = agreement(read_sheet(sheet_file), _split_list(topics))
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    coded = ", ".join(f"{c} {n}" for c, n in result.coded.items())
    names = ["tagger", *result.coders]
    short = {"tagger": "t", **{c: "c" + c.split("_")[1] for c in result.coders}}
    table = Table(title=f"agreement on {sheet_file.name}: {len(result.table) - 1} topics; articles coded: {coded}",
                  box=box.SIMPLE_HEAD, pad_edge=False,
                  caption=f"n: articles with the topic ({', '.join(f'{short[n]} = {n}' for n in names)}); P/R: the "
                          "tagger's precision/recall against a coder; α: Krippendorff's alpha (nominal) between the "
                          "coders, and with the tagger as one more coder")
    table.add_column("topic", no_wrap=True)
    table.add_column("n " + "/".join(short[n] for n in names), justify="right", no_wrap=True)
    for coder in result.coders:
        table.add_column(f"P/R {short[coder]}", justify="right", no_wrap=True)
    table.add_column("α c", justify="right", no_wrap=True)
    table.add_column("α c+t", justify="right", no_wrap=True)

    def shown(value: float) -> str:
        return "-" if value != value else f"{value:.2f}"

    for row in result.table.to_dict("records"):
        table.add_row(row["topic"], "/".join(str(row[f"n {n}"]) for n in names),
                      *(f"{shown(row[f'P vs {c}'])}/{shown(row[f'R vs {c}'])}" for c in result.coders),
                      shown(row["alpha coders"]), shown(row["alpha coders+tagger"]))
    out.print(table)


@app.command()
def compact(
    output: Annotated[Path, typer.Argument(help="A folder `kaznews run` wrote.")],
    log_format: Annotated[str, typer.Option(help="text, or json: one JSON object per line.")] = "text",
) -> None:
    """Merge an output folder's parts into one per table and drop superseded rows."""
    from .store import compact as compact_dataset
    from .store.lock import run_lock

    _set_log_format(log_format)
    _require_dataset(output)
    with run_lock(output):
        try:
            run = compact_dataset(output)
        except IncompleteOutput as exc:
            raise UsageProblem(str(exc)) from None
    message = f"compacted {output}: " + ", ".join(f"{t} {n}" for t, n in run["rows"].items())
    if _JSON_LOGS:
        _emit("compact finished", "info", message, out_dir=str(output), rows=run["rows"])
    else:
        out.print(message)


@app.command()
def version() -> None:
    """Print the pipeline version."""
    out.print(f"kaznews {__version__}")


def _emit(event: str, level: str, message: str, label: str | None = None, **fields: object) -> None:
    """One message. Text: "kaznews: LABEL: message" on stderr (LABEL defaults to the level).
    JSON: {"event", "level", "message", **fields} on one line, info on stdout and the rest
    on stderr: the one shape a log collector parses."""
    message = " ".join(message.split())  # one line, unwrapped: what schedulers and log greps expect
    stream = sys.stdout if level == "info" else sys.stderr
    if _JSON_LOGS:
        print(json.dumps({"event": event, "level": level, "message": message, **fields}, ensure_ascii=False,
                         default=str), file=stream, flush=True)
    else:
        print(f"kaznews: {label or level}: {message}", file=stream, flush=True)


def _fail(message: str, code: int, event: str = "error", label: str = "error", **fields: object) -> None:
    _emit(event, "error", message, label, exit_code=code, **fields)
    sys.exit(code)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"event": "log", "level": record.levelname.lower(), "message": record.getMessage(),
                           "logger": record.name, "time": self.formatTime(record)}, ensure_ascii=False)


def _use_json_logs(enabled: bool) -> None:
    """Messages, and the log records of the console handler, as JSON objects or text lines."""
    global _JSON_LOGS
    _JSON_LOGS = enabled
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler:  # ours from basicConfig, not a test runner's capture
            handler.setFormatter(_JsonFormatter() if enabled else _TEXT_LOGS)


def _asks_for_json(args: list[str]) -> bool:
    """--log-format json on the command line, seen before parsing so that parsing errors
    are JSON objects too."""
    return "--log-format=json" in args or any(a == "--log-format" and b == "json" for a, b in zip(args, args[1:]))


def main() -> None:
    """Console entry point: one-line errors and scheduler-friendly exit codes."""
    logging.basicConfig(level=logging.WARNING)
    _use_json_logs(_asks_for_json(sys.argv[1:]))
    try:
        code = app(standalone_mode=False)
    except UsageProblem as exc:
        _fail(str(exc), EXIT_USAGE)
    except LockBusy as exc:
        _fail(f"{exc}; try again later or pass --lock-timeout", EXIT_LOCKED)
    except (IncompatibleOutput, MissingDependency) as exc:
        _fail(str(exc), EXIT_USAGE)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Interrupted as exc:
        _fail(str(exc), EXIT_INTERRUPTED, "interrupted", "interrupted", stored=exc.stored,
              out_dir=str(exc.out_dir))
    except (typer.Abort, KeyboardInterrupt):
        _fail("stopped before it finished", EXIT_INTERRUPTED, "interrupted", "interrupted")
    except typer.TyperException as exc:  # typer's command-line parsing errors
        _fail(exc.format_message(), EXIT_USAGE if exc.exit_code == EXIT_USAGE else EXIT_INTERNAL)
    except Exception as exc:
        if os.environ.get("KAZNEWS_DEBUG"):
            raise
        _fail(f"{type(exc).__name__}: {exc} (KAZNEWS_DEBUG=1 for the traceback)", EXIT_INTERNAL,
              label="internal error")
    sys.exit(code if isinstance(code, int) else EXIT_OK)
