"""HTML and WARC input need lxml_html_clean: without it a run stops at once with the fix,
before touching the output folder, and runs without web pages do not need it."""
import json
import subprocess
import sys

import pytest

import kaznews
from kaznews.ingest.html import MissingDependency, require_page_extraction


PAGE = ("<!DOCTYPE html><html><head><title>Каток в Экибастузе</title></head><body><article><p>В Экибастузе "
        "открыли каток на центральной площади, он будет работать до конца февраля.</p></article></body></html>")
MESSAGE = "HTML and WARC input need the Python package lxml_html_clean, which cannot be imported"


@pytest.fixture
def no_cleaner(monkeypatch):
    """As if lxml_html_clean were not installed: importing it raises ImportError."""
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)


def test_the_check_names_the_missing_package_and_the_fix(no_cleaner):
    with pytest.raises(MissingDependency, match=MESSAGE) as info:
        require_page_extraction()
    assert "pip install lxml_html_clean" in str(info.value) and "\n" not in str(info.value)


def test_the_check_passes_where_the_package_is_installed():
    require_page_extraction()


def test_a_run_with_html_input_stops_before_touching_the_output(no_cleaner, tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    with pytest.raises(MissingDependency, match=MESSAGE):
        kaznews.run(tmp_path / "page.html", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_run_without_web_pages_does_not_need_it(no_cleaner, tmp_path):
    dump = tmp_path / "news.jsonl"
    dump.write_text(json.dumps({"id": "a", "text": "В Экибастузе открыли каток на центральной площади."},
                               ensure_ascii=False), encoding="utf-8")
    assert kaznews.run(dump, tmp_path / "out").articles.article_id.tolist() == ["a"]


def test_the_cli_exits_2_with_one_line(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    script = ("import sys; sys.modules['lxml_html_clean'] = None; sys.argv[0] = 'kaznews'; "
              "from kaznews.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", script, "run", str(tmp_path / "page.html"), "-o",
                           str(tmp_path / "out"), "-q"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and proc.stderr.startswith(f"kaznews: error: {MESSAGE}")
    assert len(proc.stderr.splitlines()) == 1 and not (tmp_path / "out").exists()
