"""`kaznews report OUT -o report.html`: a dataset at a glance, in one self-contained file.

Every figure is an aggregate DuckDB computes over the part files, reading only the columns
it needs (never `text` or `lemmas`), so a dump of a million articles is summarised in the
memory of its aggregates. Plots are matplotlib figures inlined as SVG (text as paths: no
font to fetch), the styles are inline: opening the file makes no request at all.
"""
from __future__ import annotations

import html
import io
import numbers
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from ..errors import MissingDependency
from ..version import __version__
from . import dataset, network

LABELS = {"PER": "persons", "ORG": "organisations", "LOC": "places", "PROG": "programmes"}
LABEL_COLOURS = {"PER": "#e8590c", "ORG": "#1971c2", "LOC": "#2f9e44", "PROG": "#9c36b5"}
TOP_ENTITIES = 15  # rows of each label's table
TRENDS = 5  # lines of each label's trend plot
TOP_SOURCES = 8  # sources drawn apart; the others stacked as one
TOP_TOPICS = 8
NETWORK_NODES = 30

_CSS = """
body { font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #212529; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #adb5bd; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .9em; }
th, td { border: 1px solid #dee2e6; padding: .25em .6em; text-align: left; }
td.n, th.n { text-align: right; }
.note { color: #495057; font-size: .9em; }
figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
"""


@dataclass
class Section:
    id: str
    title: str
    body: str


def _matplotlib():
    try:
        import matplotlib
    except ImportError:
        raise MissingDependency("kaznews report draws its plots with matplotlib: "
                                "pip install 'kaznews[report]'") from None
    from matplotlib.figure import Figure
    return matplotlib, Figure


# the report's plot style, set only inside build_report (a notebook's own settings stay as they are)
_STYLE = {"svg.fonttype": "path", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}


class _Plots:
    """Figures as inline SVG, each with its own id salt so that no two share a clip id."""

    def __init__(self) -> None:
        self.matplotlib, self.Figure = _matplotlib()
        self.count = 0

    def figure(self, width: float = 10, height: float = 3.2, **kw):
        return self.Figure(figsize=(width, height), layout="constrained", **kw)

    def svg(self, fig) -> str:
        self.count += 1
        buffer = io.StringIO()
        with self.matplotlib.rc_context({"svg.hashsalt": f"kaznews-report-{self.count}"}):
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        text = buffer.getvalue()
        return f"<figure>{text[text.index('<svg'):]}</figure>"


def _table(frame: pd.DataFrame, numeric: tuple[str, ...] = ()) -> str:
    if frame.empty:
        return "<p class='note'>none</p>"
    head = "".join(f"<th{' class=n' if c in numeric else ''}>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for row in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, row):
            shown = "" if value is None or (isinstance(value, float) and value != value) else value
            if isinstance(shown, pd.Timestamp):
                shown = shown.date().isoformat()
            elif isinstance(shown, float):
                shown = f"{shown:.3f}"
            elif isinstance(shown, numbers.Integral) and not isinstance(shown, bool):
                shown = f"{shown:,}"
            cells.append(f"<td{' class=n' if column in numeric else ''}>{html.escape(str(shown))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _note(text: str) -> str:
    return f"<p class='note'>{html.escape(text)}</p>"


def _q(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> pd.DataFrame:
    return con.execute(sql, params or {}).df()


def overview(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _q(con, """SELECT count(*) AS articles, count(published_date) AS dated, min(published_date) AS first_day,
                             max(published_date) AS last_day, count(DISTINCT source) AS sources FROM articles""")


def _period(con: duckdb.DuckDBPyConnection) -> str:
    """Days for a span of up to three months, weeks beyond."""
    span = con.execute("SELECT max(published_date) - min(published_date) FROM articles").fetchone()[0]
    return "day" if span is None or span <= 92 else "week"


def articles_over_time(con: duckdb.DuckDBPyConnection, period: str) -> pd.DataFrame:
    """Dated articles per period by source and language."""
    return _q(con, f"""SELECT date_trunc('{period}', published_date)::DATE AS period, coalesce(source, '(none)') AS source,
                              lang, count(*) AS articles
                       FROM articles WHERE published_date IS NOT NULL GROUP BY ALL ORDER BY ALL""")


def entity_months(con: duckdb.DuckDBPyConnection, keys: list[str]) -> pd.DataFrame:
    """Per key and month: the articles that mention it, and its first and last day seen
    (one pass over the mentions for the trend lines and the first/last seen columns)."""
    return _q(con, """SELECT e.canonical, date_trunc('month', a.published_date)::DATE AS month,
                             count(DISTINCT e.article_id) AS articles, min(a.published_date) AS first_seen,
                             max(a.published_date) AS last_seen
                      FROM (SELECT article_id, canonical FROM entities WHERE canonical IN (SELECT unnest($keys))) e
                      JOIN articles a USING (article_id) WHERE a.published_date IS NOT NULL
                      GROUP BY ALL ORDER BY ALL""", {"keys": keys})


def topic_shares(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per month and top-level topic: dated articles tagged with it (or a subtopic of it),
    and their share of the month's dated articles (needs `dataset.register_taxonomy`)."""
    return _q(con, """
        WITH months AS (SELECT date_trunc('month', published_date)::DATE AS month, count(*) AS total
                        FROM articles WHERE published_date IS NOT NULL GROUP BY 1),
             tagged AS (SELECT DISTINCT t.article_id, coalesce(p.top, t.topic) AS topic,
                               date_trunc('month', a.published_date)::DATE AS month
                        FROM topics t JOIN articles a USING (article_id)
                        LEFT JOIN topic_parents p ON p.topic = t.topic
                        WHERE a.published_date IS NOT NULL)
        SELECT month, topic, count(*) AS articles, count(*) / any_value(total) AS share
        FROM tagged JOIN months USING (month) GROUP BY month, topic ORDER BY month, topic""")


def topic_totals(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _q(con, """SELECT coalesce(p.top, t.topic) AS topic, count(DISTINCT t.article_id) AS articles,
                             count(DISTINCT t.article_id) / (SELECT count(*) FROM articles) AS share
                      FROM topics t LEFT JOIN topic_parents p ON p.topic = t.topic
                      GROUP BY 1 ORDER BY articles DESC, topic""")


def quality(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Rejects by reason, duplicates by kind, boilerplate removed by reason, undated articles by source."""
    return {
        "rejects": _q(con, "SELECT reason, count(*) AS records FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"),
        "duplicates": _q(con, """SELECT kind, count(*) AS records, count(DISTINCT duplicate_of) AS originals
                                 FROM duplicates GROUP BY 1 ORDER BY 2 DESC, 1"""),
        "boilerplate": _q(con, """
            WITH items AS (SELECT unnest(string_split(boilerplate, ' ')) AS item FROM articles
                           WHERE boilerplate IS NOT NULL AND boilerplate <> '')
            SELECT split_part(item, '=', 1) AS reason, count(*) AS articles,
                   sum(TRY_CAST(split_part(item, '=', 2) AS BIGINT))::BIGINT AS characters
            FROM items WHERE item LIKE '%=%' GROUP BY 1 ORDER BY characters DESC, reason"""),
        "undated": _q(con, """SELECT coalesce(source, '(none)') AS source, count(*) AS articles,
                                     count(*) FILTER (WHERE published_date IS NULL) AS undated,
                                     count(*) FILTER (WHERE published_date IS NULL) / count(*) AS share_undated
                              FROM articles GROUP BY 1 ORDER BY undated DESC, articles DESC, source"""),
    }


def roles(con: duckdb.DuckDBPyConnection, n: int = 50) -> pd.DataFrame | None:
    """Who holds what, first and last seen (a person by key, a body by its normal form):
    None when the dataset has no roles table (one written before schema 6)."""
    if not dataset.has_table(con, "roles"):
        return None
    return _q(con, f"""SELECT any_value(r.person_normal) AS person, r.position,
                              coalesce(r.body_normal, r.body_text) AS body, count(DISTINCT r.article_id) AS articles,
                              min(a.published_date) AS first_seen, max(a.published_date) AS last_seen
                       FROM roles r JOIN articles a USING (article_id)
                       GROUP BY r.person_canonical, r.position, coalesce(r.body_normal, r.body_text)
                       ORDER BY articles DESC, person, position LIMIT {int(n)}""")


def _calendar(con: duckdb.DuckDBPyConnection, period: str) -> pd.DatetimeIndex:
    """Every period from the first dated article to the last, so that a quiet one plots as 0."""
    first, last = con.execute(f"SELECT date_trunc('{period}', min(published_date))::DATE, "
                              f"date_trunc('{period}', max(published_date))::DATE FROM articles").fetchone()
    if first is None:  # no dated article: nothing to plot against time
        return pd.DatetimeIndex([], name=period)
    return pd.date_range(first, last, freq={"day": "D", "week": "W-MON", "month": "MS"}[period], name=period)


def _series(rows: pd.DataFrame, when: str, value: str, calendar: pd.DatetimeIndex) -> pd.Series:
    """A value per period of the calendar, 0 where the rows have none."""
    return rows.set_index(pd.to_datetime(rows[when]))[value].reindex(calendar, fill_value=0)


def _time_section(con, plots: _Plots) -> Section:
    period = _period(con)
    counts = articles_over_time(con, period)
    if counts.empty:
        return Section("time", "Articles over time", _note("no article has a readable publication date"))
    calendar = _calendar(con, period)
    fig = plots.figure(height=5.6)
    by_source, by_lang = fig.subplots(2, 1, sharex=True)
    totals = counts.groupby("source").articles.sum().sort_values(ascending=False)
    keep = list(totals.index[:TOP_SOURCES])
    grouped = counts.assign(source=counts.source.where(counts.source.isin(keep), "other sources"))
    for ax, column, title in ((by_source, "source", "by source"), (by_lang, "lang", "by language")):
        table = grouped.pivot_table(index="period", columns=column, values="articles", aggfunc="sum", fill_value=0)
        table = table.set_index(pd.to_datetime(table.index)).reindex(calendar, fill_value=0)
        order = table.sum().sort_values(ascending=False).index
        bottom = pd.Series(0, index=calendar)
        for name in order:  # stacked steps: one shape per series, however many periods
            ax.fill_between(calendar, bottom, bottom + table[name], step="post", label=str(name), linewidth=0)
            bottom = bottom + table[name]
        ax.set_title(f"articles per {period}, {title}", loc="left")
        ax.legend(fontsize=7, ncols=3, frameon=False)
    fig.autofmt_xdate()
    table = totals.rename_axis("source").reset_index()
    return Section("time", "Articles over time",
                   _note(f"dated articles per {period}; undated ones are counted under data quality")
                   + plots.svg(fig) + _table(table, ("articles",)))


def _entity_section(con, plots: _Plots) -> Section:
    parts = []
    tops = network.top_entities(con, list(LABELS), TOP_ENTITIES, per_label=True)
    months_of = entity_months(con, list(tops.canonical))
    for label, plural in LABELS.items():
        top = tops[tops.label == label]
        if top.empty:
            parts.append(f"<h3>{plural}</h3>" + _note(f"no {label} mentions"))
            continue
        trends = months_of[months_of.canonical.isin(top.canonical)]
        top = top.merge(trends.groupby("canonical").agg(first_seen=("first_seen", "min"),
                                                        last_seen=("last_seen", "max")), on="canonical", how="left")
        fig = plots.figure(height=2.6)
        ax = fig.subplots()
        names = dict(zip(top.canonical, top.normal))
        months = _calendar(con, "month")
        for key in top.canonical[:TRENDS]:
            ax.plot(months, _series(trends[trends.canonical == key], "month", "articles", months),
                    marker="o", markersize=3, label=names[key])
        ax.set_title(f"articles per month mentioning the top {plural}", loc="left")
        ax.legend(fontsize=7, ncols=2, frameon=False)
        fig.autofmt_xdate()
        shown = top[["normal", "canonical", "mentions", "articles", "first_seen", "last_seen"]].rename(
            columns={"normal": "name"})
        parts.append(f"<h3>{plural}</h3>" + plots.svg(fig) + _table(shown, ("mentions", "articles")))
    return Section("entities", "Persons, organisations, places and programmes",
                   _note("counted by canonical key (one key for the case forms and spellings of a name); "
                         "the name shown is its most frequent normal form") + "".join(parts))


def _topic_section(con, plots: _Plots) -> Section:
    names = dataset.register_taxonomy(con)
    totals = topic_totals(con)
    if totals.empty:
        return Section("topics", "Topics", _note("no topic tags"))
    shares = topic_shares(con)
    fig = plots.figure(height=3.2)
    ax = fig.subplots()
    months = _calendar(con, "month")
    for topic in totals.topic[:TOP_TOPICS]:
        ax.plot(months, _series(shares[shares.topic == topic], "month", "share", months), marker="o",
                markersize=3, label=topic)
    ax.set_title("share of the month's dated articles tagged with each top-level topic", loc="left")
    ax.yaxis.set_major_formatter(plots.matplotlib.ticker.PercentFormatter(1.0))
    ax.legend(fontsize=7, ncols=2, frameon=False)
    fig.autofmt_xdate()
    totals.insert(1, "name", totals.topic.map(names))
    return Section("topics", "Topic shares by month", plots.svg(fig) + _table(totals, ("articles", "share")))


def _network_section(con, plots: _Plots) -> Section:
    import networkx as nx
    g = network.graph(con, list(LABELS), "article", 1, NETWORK_NODES)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if not g.number_of_edges():
        return Section("network", "Who appears with whom", _note("no two of the top entities share an article"))
    pos = nx.spring_layout(g, seed=0, weight="weight")
    fig = plots.figure(width=10, height=7)
    ax = fig.subplots()
    ax.set_axis_off()
    weights = [d["weight"] for _, _, d in g.edges(data=True)]
    top = max(weights)
    for (a, b, d) in g.edges(data=True):
        ax.plot([pos[a][0], pos[b][0]], [pos[a][1], pos[b][1]], color="#868e96",
                linewidth=0.5 + 3 * d["weight"] / top, alpha=0.6, zorder=1)
    mentions = max(d["mentions"] for _, d in g.nodes(data=True))
    for node, d in g.nodes(data=True):
        ax.scatter([pos[node][0]], [pos[node][1]], s=40 + 400 * d["mentions"] / mentions,
                   color=LABEL_COLOURS.get(d["label"], "#495057"), zorder=2)
        ax.annotate(d["normal"], pos[node], fontsize=7, xytext=(4, 4), textcoords="offset points", zorder=3)
    for label, colour in LABEL_COLOURS.items():
        ax.scatter([], [], color=colour, label=LABELS[label])
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    edges = pd.DataFrame([(g.nodes[a]["normal"], g.nodes[b]["normal"], d["weight"]) for a, b, d in g.edges(data=True)],
                         columns=["entity", "with", "articles"]).sort_values("articles", ascending=False).head(20)
    return Section("network", "Who appears with whom",
                   _note(f"the {NETWORK_NODES} most mentioned entities; an edge joins two mentioned in one article, "
                         "thicker for more articles (`kaznews network` exports the graph)")
                   + plots.svg(fig) + _table(edges, ("articles",)))


def _roles_section(con) -> Section:
    table = roles(con)
    if table is None:
        return Section("roles", "Roles", _note("this dataset has no roles table (it was written by a kaznews "
                                               "without role extraction): no positions to show"))
    return Section("roles", "Roles: who holds what", _note("first and last seen: publication dates") +
                   _table(table, ("articles",)))


def _quality_section(con, plots: _Plots) -> Section:
    q = quality(con)
    head = overview(con).iloc[0]
    parts = [_note(f"{int(head.articles) - int(head.dated):,} of {int(head.articles):,} articles have no readable "
                   "publication date")]
    if not q["rejects"].empty:
        fig = plots.figure(height=0.6 + 0.25 * min(len(q["rejects"]), 15))
        ax = fig.subplots()
        shown = q["rejects"].head(15).iloc[::-1]
        ax.barh(shown.reason, shown.records, color="#868e96")
        ax.set_title("rejected records by reason", loc="left")
        parts.append(plots.svg(fig))
    parts += ["<h3>rejects by reason</h3>", _table(q["rejects"], ("records",)),
              "<h3>duplicates set aside</h3>", _table(q["duplicates"], ("records", "originals")),
              "<h3>boilerplate removed</h3>", _table(q["boilerplate"], ("articles", "characters")),
              "<h3>undated articles by source</h3>", _table(q["undated"], ("articles", "undated", "share_undated"))]
    return Section("quality", "Data quality", "".join(parts))


def build_report(out_dir: str | Path) -> str:
    """The report of the dataset in `out_dir`, as one HTML document."""
    out_dir = Path(out_dir)
    con = dataset.connect(out_dir)
    plots = _Plots()
    head = overview(con).iloc[0]
    with plots.matplotlib.rc_context(_STYLE):
        sections = [_time_section(con, plots), _entity_section(con, plots), _topic_section(con, plots),
                    _network_section(con, plots), _roles_section(con), _quality_section(con, plots)]
    span = (f"published {head.first_day:%Y-%m-%d} to {head.last_day:%Y-%m-%d}" if head.dated
            else "no dated articles")
    nav = " · ".join(f"<a href='#{s.id}'>{html.escape(s.title)}</a>" for s in sections)
    body = "".join(f"<section id='{s.id}'><h2>{html.escape(s.title)}</h2>{s.body}</section>" for s in sections)
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>kaznews report: {html.escape(out_dir.name)}</title><style>{_CSS}</style></head><body>"
            f"<h1>kaznews report: {html.escape(str(out_dir))}</h1>"
            f"<p>{int(head.articles):,} articles from {int(head.sources):,} sources, {span}. "
            f"Made {made} by kaznews {__version__}.</p><p class='note'>{nav}</p>{body}</body></html>")


def write_report(out_dir: str | Path, path: str | Path) -> None:
    Path(path).write_text(build_report(out_dir), encoding="utf-8")
