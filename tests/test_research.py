"""What researchers do with the tables: co-mentions and their graph, the HTML report seen in
a real browser, the coding sheet and its agreement figures, Excel and CSV exports."""
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
import warnings
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kaznews.api import Result
from kaznews.research import coding, export
from kaznews.store import tables_to_frames

from .conftest import KAZNEWS
from .test_cli import HEAVY

TABLES = ("articles", "sentences", "entities", "topics", "duplicates", "rejects")


def cli(*args, timeout=300):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def entities_result(rows: list[tuple[str, int, str]]) -> Result:
    """A Result whose entities are (article, sentence, canonical key) mentions."""
    frames = tables_to_frames({"entities": [
        {"article_id": a, "sentence": s, "label": key.split(":")[0], "canonical": key, "normal": key.split(":")[1],
         "text": key, "start": 0, "end": 1} for a, s, key in rows]})
    return Result(**frames)


def pairs(frame: pd.DataFrame) -> dict[tuple[str, str], int]:
    return {(r.a, r.b): r.count for r in frame.itertuples()}


def test_co_mentions_count_articles_or_sentences_not_mentions():
    result = entities_result([("a1", 0, "PER:x"), ("a1", 0, "ORG:y"), ("a1", 0, "PER:x"),
                              ("a1", 1, "PER:x"), ("a1", 1, "PER:z"),
                              ("a2", 0, "PER:x"), ("a2", 3, "ORG:y"), ("a2", 3, "ORG:y")])
    assert pairs(result.co_mentions("PER", "ORG")) == {("PER:x", "ORG:y"): 2, ("PER:z", "ORG:y"): 1}
    assert pairs(result.co_mentions("PER", "ORG", window="sentence")) == {("PER:x", "ORG:y"): 1}
    assert pairs(result.co_mentions("PER")) == {("PER:x", "PER:z"): 1}  # one label: each pair once, a < b
    assert pairs(result.co_mentions()) == {("ORG:y", "PER:x"): 2, ("ORG:y", "PER:z"): 1, ("PER:x", "PER:z"): 1}
    assert pairs(result.co_mentions("PER", "ORG", min_count=2)) == {("PER:x", "ORG:y"): 2}
    with pytest.raises(ValueError, match="window"):
        result.co_mentions("PER", window="paragraph")


def test_co_mentions_of_the_sample_match_a_count_by_hand(sample_result):
    ents = sample_result.entities
    by_article = ents.groupby("article_id").canonical.agg(set)
    expected = {}
    for keys in by_article:
        for per in (k for k in keys if k.startswith("PER:")):
            for org in (k for k in keys if k.startswith("ORG:")):
                expected[per, org] = expected.get((per, org), 0) + 1
    found = sample_result.co_mentions("PER", "ORG")
    assert pairs(found) == expected and len(expected) > 5
    assert list(found["count"]) == sorted(found["count"], reverse=True)


def test_network_export_is_read_by_networkx(sample_run, sample_result, tmp_path):
    out, _ = sample_run
    proc = cli("network", out, "-o", tmp_path / "g.gexf", "--labels", "PER,ORG", "--top", "25")
    assert proc.returncode == 0, proc.stderr
    g = nx.read_gexf(tmp_path / "g.gexf")
    top = sample_result.top_entities(None, n=1000)
    top = top[top.label.isin(["PER", "ORG"])].sort_values(["mentions", "articles", "canonical"],
                                                           ascending=[False, False, True]).head(25)
    assert set(g.nodes) == set(top.canonical)
    node = g.nodes["PER:самира тайтенова"]
    assert node["label"] == "PER" and node["normal"] == "Самира Тайтенова" and node["mentions"] == 2
    expected = {frozenset(p): c for p, c in pairs(sample_result.co_mentions(None, None)).items()
                if set(p) <= set(top.canonical)}
    assert {frozenset((a, b)): d["weight"] for a, b, d in g.edges(data=True)} == expected
    proc = cli("network", out, "-o", tmp_path / "g.graphml", "--window", "sentence", "--top", "1000")
    assert proc.returncode == 0, proc.stderr
    g = nx.read_graphml(tmp_path / "g.graphml")
    expected = {frozenset(p): c for p, c in pairs(sample_result.co_mentions(None, None, window="sentence")).items()}
    assert {frozenset((a, b)): d["weight"] for a, b, d in g.edges(data=True)} == expected
    assert {d["label"] for _, d in g.nodes(data=True)} == set(sample_result.entities.label)
    proc = cli("network", out, "-o", tmp_path / "strong.gexf", "--min-count", "2", "--top", "1000")
    assert proc.returncode == 0, proc.stderr
    weights = [d["weight"] for _, _, d in nx.read_gexf(tmp_path / "strong.gexf").edges(data=True)]
    assert weights and min(weights) == 2


@pytest.mark.parametrize("argv", [["network", "--help"], ["report", "--help"], ["sample", "--help"],
                                  ["network", "missing", "-o", "g.txt"], ["network", "missing", "-o", "g.gexf"],
                                  ["sample", "missing", "-o", "s.xlsx", "--stratify", "colour"],
                                  ["agreement", "missing.xlsx"], ["report", "missing", "-o", "r.html"]])
def test_research_commands_help_and_usage_errors_load_no_heavy_library(argv):
    script = ("import sys\nfrom kaznews.cli import main\nsys.argv = ['kaznews', *sys.argv[1:]]\n"
              "try:\n    main()\nexcept SystemExit as e:\n    print('EXIT', e.code, file=sys.stderr)\n"
              f"print('HEAVY', [m for m in {HEAVY + ('duckdb', 'networkx', 'matplotlib')!r} if m in sys.modules], "
              "file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=60)
    assert proc.stderr.splitlines()[-1] == "HEAVY []", proc.stderr
    assert proc.stderr.splitlines()[-2] == ("EXIT 0" if "--help" in argv else "EXIT 2"), proc.stderr


# --- the report, as a reader sees it -------------------------------------------------------------


# Chromium's own calls (component updates, sign-in, network time), made with about:blank too;
# flags below silence most of them. Any other host a page asks for fails the test.
BROWSER_OWN = {"update.googleapis.com", "accounts.google.com", "clients2.google.com", "redirector.gvt1.com",
               "clientservices.googleapis.com", "optimizationguide-pa.googleapis.com"}
QUIET = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
         "--no-pings", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
         "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter"]


class _Outside(http.server.BaseHTTPRequestHandler):
    """A proxy that refuses everything and notes the host each request was for."""
    seen: list[str] = []

    def _refuse(self) -> None:
        target = self.path.split("://", 1)[-1] if self.command != "CONNECT" else self.path
        self.seen.append(target.split("/", 1)[0].rsplit(":", 1)[0])
        self.send_error(502)

    do_GET = do_POST = do_HEAD = do_CONNECT = _refuse

    def log_message(self, *args) -> None:
        pass


def browse(page: Path, shot: Path) -> list[str]:
    """Open `page` in headless chromium with every request sent to a proxy that refuses it;
    save a screenshot; return the hosts the page asked for."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (.ci/run installs it with apt-get where it can)")
    handler = type("Outside", (_Outside,), {"seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        proc = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", *QUIET,
             f"--user-data-dir={shot.parent / 'chromium-profile'}",
             f"--proxy-server=http://127.0.0.1:{server.server_address[1]}", "--proxy-bypass-list=<-loopback>",
             "--window-size=1200,2400", "--virtual-time-budget=3000", f"--screenshot={shot}", page.as_uri()],
            capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert shot.exists(), proc.stderr
    return sorted(set(handler.seen) - BROWSER_OWN)


class _Links(HTMLParser):
    """Every URL-bearing attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        self.svgs += tag == "svg"
        self.urls += [v for k, v in attrs if k in ("src", "href", "xlink:href", "action", "poster", "data") and v]


def coloured_share(png: Path) -> float:
    """Share of the screenshot's pixels in saturated colour: the plots' lines, bars and nodes
    (the page's text and tables are black and grey)."""
    import matplotlib.image
    rgb = matplotlib.image.imread(png)[..., :3]
    return float(((rgb.max(axis=2) - rgb.min(axis=2)) > 0.25).mean())


@pytest.fixture(scope="module")
def report(sample_run, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    proc = cli("report", sample_run[0], "-o", path)
    assert proc.returncode == 0, proc.stderr
    return path


def test_report_has_every_section_and_nothing_external(report):
    page = report.read_text(encoding="utf-8")
    for section in ("time", "entities", "topics", "network", "roles", "quality"):
        assert f"<section id='{section}'>" in page
    for expected in ("Самира Тайтенова", "broken JSON", "economy_business_finance", "undated articles", "breadcrumb"):
        assert expected in page, expected
    roles = page[page.index("<section id='roles'>"):page.index("<section id='quality'>")]
    assert "Ерлан Сапаров" in roles and "город Кокшетау" in roles and "2026-05-12" in roles  # ru-001's akim
    links = _Links()
    links.feed(page)
    assert links.svgs >= 8
    assert links.urls and all(u.startswith("#") for u in links.urls), [u for u in links.urls if not u.startswith("#")]
    assert not re.search(r"url\(\s*['\"]?(?!#)", page) and "@import" not in page  # only url(#clip) inside a page
    assert "<script" not in page and "<img" not in page and "<link" not in page


def test_report_draws_its_plots_in_a_browser_without_network(report, tmp_path):
    requests = browse(report, tmp_path / "report.png")
    assert requests == []
    drawn = coloured_share(tmp_path / "report.png")
    # the same page without its plots (links and tables left): the colour came from the plots
    bare = tmp_path / "bare.html"
    page = report.read_text(encoding="utf-8")
    bare.write_text(re.sub(r"<figure>.*?</figure>", "", page, flags=re.S), encoding="utf-8")
    browse(bare, tmp_path / "bare.png")
    assert drawn > 0.01 and coloured_share(tmp_path / "bare.png") < drawn / 10, drawn
    # and the check catches a page that fetches something: a CDN script, a web font
    leaky = tmp_path / "leaky.html"
    leaky.write_text(page.replace("</head>", "<script src='https://cdn.jsdelivr.net/npm/x.js'></script>"
                                            "<link rel='stylesheet' href='https://fonts.googleapis.com/css?f=a'>"
                                            "</head>"), encoding="utf-8")
    requests = browse(leaky, tmp_path / "leaky.png")
    assert requests == ["cdn.jsdelivr.net", "fonts.googleapis.com"]


def test_report_reads_no_text_and_notes_a_dataset_without_roles(sample_run, tmp_path):
    """A copy of the sample whose articles parts lack text and lemmas and with no roles table
    (as a dataset written before schema 6): the report is made all the same (no query reads
    the text) and says the roles are absent."""
    out = tmp_path / "out"
    shutil.copytree(sample_run[0], out)
    for part in (out / "articles").glob("*.parquet"):
        data = pq.read_table(part)
        pq.write_table(data.drop_columns(["text", "lemmas"]), part)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for run in manifest["runs"]:
        run["parts"].pop("roles", None)
    shutil.rmtree(out / "roles")
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    proc = cli("report", out, "-o", tmp_path / "r.html")
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    roles = page[page.index("<section id='roles'>"):page.index("<section id='quality'>")]
    assert "this dataset has no roles table" in roles
    assert "Самира Тайтенова" in page


# --- validation: coding sheet and agreement ------------------------------------------------------


def test_sample_sheet_is_stratified_reproducible_and_opens_in_excel(sample_run, sample_result, tmp_path):
    out, _ = sample_run
    proc = cli("sample", out, "-n", "11", "--stratify", "lang", "--seed", "3", "-o", tmp_path / "s.xlsx")
    assert proc.returncode == 0, proc.stderr
    sheet = pd.read_excel(tmp_path / "s.xlsx", sheet_name=None, dtype=str)
    coded = sheet["coding"]
    assert len(coded) == 11 and {"coder_1", "coder_2", "tagger_topics", "entities", "excerpt", "title"} <= set(coded)
    assert coded[["coder_1", "coder_2"]].isna().all().all()
    assert "economy_business_finance" in set(sheet["topics"].topic)
    # half the articles, so half of each language (largest remainders: 13 ru, 6 kk, 2 mixed, 1 other)
    langs = sample_result.articles.set_index("article_id").lang
    assert langs[coded.article_id].value_counts().to_dict() == {"ru": 6, "kk": 3, "mixed": 1, "other": 1}
    tags = sample_result.topics.groupby("article_id").topic.agg(set)
    for row in coded.fillna("").itertuples():
        assert set(filter(None, row.tagger_topics.split("; "))) == tags.get(row.article_id, set())
    proc = cli("sample", out, "-n", "11", "--stratify", "lang", "--seed", "3", "-o", tmp_path / "s.csv")
    assert proc.returncode == 0, proc.stderr
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    again = pd.read_csv(tmp_path / "s.csv", encoding="utf-8-sig", dtype=str)
    assert list(again.article_id) == list(coded.article_id)
    other = cli("sample", out, "-n", "11", "--seed", "4", "-o", tmp_path / "t.csv")
    assert other.returncode == 0 and list(pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig").article_id) != \
        list(coded.article_id)


def fill(sheet: pd.DataFrame, rng: np.random.Generator, topics: list[str], flip: float) -> pd.Series:
    """A coder who starts from the tagger's topics and changes each decision with
    probability `flip`; '-' where nothing is left."""
    cells = []
    for tags in sheet.tagger_topics:
        chosen = {t for t in topics if (t in tags.split("; ")) != (rng.random() < flip)}
        cells.append(";".join(sorted(chosen)) or "-")
    return pd.Series(cells, index=sheet.index)


def test_agreement_round_trip_matches_krippendorff_and_hand_counts(sample_run, tmp_path):
    import krippendorff
    out, _ = sample_run
    path = tmp_path / "coding.xlsx"
    assert cli("sample", out, "-n", "22", "-o", path).returncode == 0
    sheet = pd.read_excel(path, dtype=str).fillna("")
    topics = ["economy_business_finance", "politics", "society", "education", "environment"]
    rng = np.random.default_rng(0)
    # two identical coders: alpha between them is 1.0 on every topic they vary on
    sheet["coder_1"] = sheet["coder_2"] = fill(sheet, rng, topics, 0.2)
    result = coding.agreement(sheet).table.set_index("topic")
    varied = [t for t in topics if 0 < result.loc[t, "n coder_1"] < 22]
    assert varied and (result.loc[[*varied, "overall"], "alpha coders"] == 1.0).all()
    # two different coders, one with rows left uncoded: compare with the krippendorff package
    sheet["coder_2"] = fill(sheet, rng, topics, 0.3)
    sheet.loc[sheet.index[:4], "coder_2"] = ""
    with pd.ExcelWriter(path) as writer:
        sheet.to_excel(writer, index=False)
    proc = cli("agreement", path)
    assert proc.returncode == 0, proc.stderr
    result = coding.agreement(coding.read_sheet(path)).table.set_index("topic")
    assert set(result.index) == {*sheet.tagger_topics.str.split("; ").explode().replace("", None).dropna(), *topics,
                                 "overall"}
    printed = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines() if line.strip()}
    assert printed["overall"][-2:] == [f"{result.loc['overall', c]:.2f}" for c in ("alpha coders", "alpha coders+tagger")]
    assert printed["overall"][0] == "/".join(str(result.loc["overall", f"n {n}"]) for n in ("tagger", "coder_1", "coder_2"))
    codes = {name: [coding.parse_codes(c) for c in sheet[col]]
             for name, col in (("tagger", "tagger_topics"), ("coder_1", "coder_1"), ("coder_2", "coder_2"))}
    codes["tagger"] = [c or frozenset() for c in codes["tagger"]]

    def presence(name, topic):
        return [np.nan if c is None else float(topic in c) for c in codes[name]]

    for topic in [*varied, "overall"]:
        rows = {name: (presence(name, topic) if topic != "overall" else
                       sum((presence(name, t) for t in result.index[:-1]), []))
                for name in codes}
        for names, column in ((["coder_1", "coder_2"], "alpha coders"),
                              (["tagger", "coder_1", "coder_2"], "alpha coders+tagger")):
            theirs = krippendorff.alpha(reliability_data=np.array([rows[n] for n in names]),
                                        level_of_measurement="nominal")
            assert result.loc[topic, column] == pytest.approx(theirs, abs=1e-12), (topic, column)
        tagger, coder = np.array(rows["tagger"]), np.array(rows["coder_2"])
        both = ~np.isnan(coder)
        tp = np.sum((tagger == 1) & (coder == 1))
        assert result.loc[topic, "P vs coder_2"] == pytest.approx(tp / np.sum((tagger == 1) & both))
        assert result.loc[topic, "R vs coder_2"] == pytest.approx(tp / np.sum(coder == 1))
    # the codebook's topics only: the tagger's other tags no longer count against it
    proc = cli("agreement", path, "--topics", ",".join(varied))
    assert proc.returncode == 0, proc.stderr
    only = coding.agreement(sheet, varied).table.set_index("topic")
    assert list(only.index) == [*sorted(varied), "overall"]
    assert only.loc["overall", "n tagger"] == sum(result.loc[t, "n tagger"] for t in varied)
    assert only.loc["overall", "P vs coder_1"] > result.loc["overall", "P vs coder_1"]


def test_alpha_agrees_with_the_krippendorff_package_on_random_data():
    import krippendorff
    rng = np.random.default_rng(1)
    for _ in range(20):
        data = rng.integers(0, 4, size=(rng.integers(2, 5), 40)).astype(float)
        data[rng.random(data.shape) < 0.25] = np.nan
        assert coding.krippendorff_alpha(data) == pytest.approx(
            krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-12)
    assert np.isnan(coding.krippendorff_alpha(np.ones((2, 5))))  # no variation: undefined, not 1


def test_agreement_refuses_a_sheet_nobody_coded(tmp_path, sample_run):
    path = tmp_path / "s.csv"
    assert cli("sample", sample_run[0], "-n", "5", "-o", path).returncode == 0
    proc = cli("agreement", path)
    assert proc.returncode == 2 and "no coder column has a value yet" in proc.stderr


# --- exports -----------------------------------------------------------------------------------


def test_excel_export_keeps_within_excels_limits(tmp_path):
    long_text = "Аким области провел совещание. " * 1200  # 37,200 characters
    frames = tables_to_frames({"articles": [{"article_id": "a1", "text": long_text + "\x0b", "title": "т"}]})
    result = Result(**frames)
    with pytest.warns(UserWarning, match="1 cells longer than Excel's 32,767"):
        result.to_excel(tmp_path / "t.xlsx")
    cell = pd.read_excel(tmp_path / "t.xlsx", sheet_name="articles").text[0]
    assert len(cell) == export.EXCEL_MAX_CHARS and cell.endswith(export.TRUNCATED) and "\x0b" not in cell
    rows = pd.DataFrame({"n": range(7)})
    with pytest.warns(UserWarning, match="written to 3 sheets"):
        export.write_excel({"big": rows}, tmp_path / "big.xlsx", max_rows=4)
    sheets = pd.read_excel(tmp_path / "big.xlsx", sheet_name=None)
    assert list(sheets) == ["big", "big (2)", "big (3)"]
    assert pd.concat(sheets.values()).n.tolist() == list(range(7))


def test_csv_export_has_a_bom_and_reads_back(sample_result, tmp_path):
    sample_result.to_csv(tmp_path / "csv")
    for name in TABLES:
        raw = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
    ents = pd.read_csv(tmp_path / "csv" / "entities.csv", encoding="utf-8-sig")
    assert ents.normal.tolist() == sample_result.entities.normal.tolist()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the sample fits Excel: no warning
        sample_result.to_excel(tmp_path / "all.xlsx")
    assert len(pd.read_excel(tmp_path / "all.xlsx", sheet_name="entities")) == len(sample_result.entities)


def test_a_coded_sheet_trains_a_codebook(sample_run, tmp_path):
    """The validation loop's last step: `kaznews train topics` reads the sheet as it is
    (xlsx, article_id, '-' for none, empty cells not coded)."""
    out, _ = sample_run
    path = tmp_path / "coding.xlsx"
    assert cli("sample", out, "-n", "22", "-o", path).returncode == 0
    sheet = pd.read_excel(path, dtype=str).fillna("")
    tags = sheet.tagger_topics.str.split("; ")
    sheet["coder_1"] = [";".join(t for t in ("economy_business_finance", "politics", "society") if t in ts) or "-"
                        for ts in tags]
    sheet.loc[sheet.index[-2:], "coder_1"] = ""
    with pd.ExcelWriter(path) as writer:
        sheet.to_excel(writer, index=False)
    proc = cli("train", "topics", path, "--from", out, "--labels-column", "coder_1", "--min-examples", "3",
               "-o", tmp_path / "model")
    assert proc.returncode == 0, proc.stderr
    assert "2 rows with an empty 'coder_1' left out" in proc.stderr
    card = json.loads((tmp_path / "model" / "card.json").read_text(encoding="utf-8"))
    coded = sheet.coder_1.iloc[:-2]
    assert card["labels"] == sorted({t for cell in coded for t in cell.split(";") if t not in ("", "-")})
    assert "20 coded articles" in proc.stdout


def test_report_of_a_dataset_without_dates_says_so(sample_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(sample_run[0], out)
    for part in (out / "articles").glob("*.parquet"):
        data = pq.read_table(part)
        for column in ("published", "published_date"):
            i = data.schema.get_field_index(column)
            data = data.set_column(i, column, pa.nulls(len(data), data.schema.field(column).type))
        pq.write_table(data, part)
    proc = cli("report", out, "-o", tmp_path / "r.html")
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "22 of 22 articles have no readable publication date" in page and "no dated articles" in page
    assert "Самира Тайтенова" in page  # the entity tables stand without trend lines


def test_report_leaves_the_callers_matplotlib_settings_alone(sample_run):
    """Made from a notebook, the report's plot style must not become the notebook's."""
    import matplotlib

    from kaznews.research.report import build_report
    before = dict(matplotlib.rcParams)
    assert build_report(sample_run[0]).count("<svg") >= 8
    assert {k: v for k, v in matplotlib.rcParams.items() if before[k] != v} == {}
