"""Scheduled and interrupted runs: incremental, kill -9 and re-run, the lock, JSON logs, compaction."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import kaznews
from kaznews.store import IncompleteOutput, load_manifest
from kaznews.store.lock import run_lock

from .conftest import KAZNEWS, REPRINT, STORY, start_run

TABLES = ("articles", "sentences", "entities", "topics", "duplicates", "rejects")


def article(i: int, extra: str = "") -> dict:
    return {"id": f"a{i}", "source": "bench.kz", "published": "24.11.2026",
            "text": f"Статья {i}. Аким района номер {i} Ерлан Сапаров провел совещание по ремонту {i} улиц и "
                    f"пообещал выделить {i * 3} миллионов тенге на освещение дворов.{extra}"}


def write_dump(path, records, broken=False):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if broken:
        lines.insert(1, '{"id": "bad", "text": "оборван')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cli(*args, **kw):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=600, **kw)


def canonical(out) -> dict[str, pd.DataFrame]:
    result = kaznews.read(out)
    frames = {}
    for name in TABLES:
        frame = getattr(result, name).drop(columns=[c for c in ("pipeline_version",) if c in getattr(result, name)])
        frames[name] = frame.sort_values(list(frame.columns[:3])).reset_index(drop=True)
    return frames


def assert_same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False)


def test_incremental_runs_add_only_what_is_new(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    write_dump(dump, [article(i) for i in range(6)], broken=True)
    assert cli("run", dump, "-o", out, "--incremental", "-q").returncode == 0
    again = cli("run", dump, "-o", out, "--incremental", "-q")
    assert again.returncode == 0 and "nothing new: all 6 articles" in again.stdout
    write_dump(dump, [article(i, " Обновлено вечером." if i == 2 else "") for i in range(7)])
    third = cli("run", dump, "-o", out, "--incremental", "-q")
    assert third.returncode == 0 and "2 new, 5 unchanged" in third.stdout
    result = kaznews.read(out)
    assert sorted(result.articles.article_id) == [f"a{i}" for i in range(7)]
    assert result.articles.set_index("article_id").loc["a2", "text"].endswith("Обновлено вечером.")
    per_article = result.entities.groupby("article_id").size()
    assert per_article.nunique() == 1 and per_article["a2"] > 0  # a2's old entities superseded, not doubled
    assert len(result.rejects) == 1
    assert [r["incremental"] for r in load_manifest(out)["runs"]] == [True, True, True]


def test_a_reprint_of_an_article_stored_by_an_earlier_run_is_a_near_duplicate(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    story = {"id": "story", "source": "inform.kz", "text": STORY}
    write_dump(dump, [story, article(0)])
    assert cli("run", dump, "-o", out, "--incremental", "-q").returncode == 0
    assert cli("compact", out).returncode == 0  # the signatures survive compaction
    write_dump(dump, [story, article(0), {"id": "reprint", "source": "other.kz", "text": REPRINT}, article(7)])
    second = cli("run", dump, "-o", out, "--incremental", "-q")
    assert second.returncode == 0 and "1 new, 2 unchanged" in second.stdout
    result = kaznews.read(out)
    assert result.duplicates[["article_id", "duplicate_of", "kind"]].values.tolist() == [["reprint", "story", "near"]]
    assert sorted(result.articles.article_id) == ["a0", "a7", "story"]


def parts_of_last_run(out) -> int:
    """How many checkpoints the running (last) run has committed so far."""
    manifest = load_manifest(out)
    return len(manifest["runs"][-1]["parts"]["articles"]) if manifest and manifest["runs"] else 0


def test_killed_runs_rerun_to_the_same_tables(tmp_path):
    dump = tmp_path / "d.jsonl"
    write_dump(dump, [article(i) for i in range(240)], broken=True)
    clean = tmp_path / "clean"
    assert cli("run", dump, "-o", clean, "-q").returncode == 0
    expected = canonical(clean)
    out = tmp_path / "out"
    # killed by progress, not by the clock, so a fast machine does not finish first:
    # in start-up, after the first checkpoint, and mid-way between checkpoints
    for until, settle in ((None, 0.5), (lambda: parts_of_last_run(out) >= 1, 0.0),
                          (lambda: parts_of_last_run(out) >= 4, 0.03)):
        proc = start_run(dump, out, "--incremental", env={"KAZNEWS_CHECKPOINT": "20"}, until=until, settle=settle)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL  # killed while working, not after it finished
        if load_manifest(out) is not None and load_manifest(out)["runs"][-1]["finished"] is None:
            with pytest.raises(IncompleteOutput):
                kaznews.read(out)
    assert load_manifest(out)["runs"][-1]["finished"] is None
    assert cli("run", dump, "-o", out, "--incremental", "-q").returncode == 0
    assert_same(canonical(out), expected)


def holds_open(pid: int, path) -> bool:
    """Whether the process has `path` open: a waiting run has opened OUT/.lock."""
    try:
        return any(os.readlink(fd) == str(path) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


def test_a_run_on_a_locked_output_is_refused_with_code_3_or_waits(tmp_path):
    """The lock is held here, as a running kaznews holds it, so the refusal does not depend
    on how fast the other run is; it is released only once the waiting run is seen at it."""
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    write_dump(dump, [article(i) for i in range(3)])
    with run_lock(out):
        refused = cli("run", dump, "-o", out, "-q")
        waiting = subprocess.Popen([*KAZNEWS, "run", str(dump), "-o", str(out), "-q", "--lock-timeout", "120"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 120
        while not holds_open(waiting.pid, (out / ".lock").resolve()) and time.time() < deadline:
            assert waiting.poll() is None, waiting.communicate()
            time.sleep(0.05)
        time.sleep(1.0)  # several of its polls of the lock
        assert waiting.poll() is None, "the waiting run gave up: --lock-timeout was ignored"
        assert not (out / "manifest.json").exists()  # it waited without writing
    assert refused.returncode == 3 and "locked" in refused.stderr and refused.stderr.count("\n") == 1
    assert waiting.wait(timeout=600) == 0
    assert len(kaznews.read(out).articles) == 3


def test_two_runs_started_together_never_corrupt_the_output(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    write_dump(dump, [article(i) for i in range(200)])
    runs = [subprocess.Popen([*KAZNEWS, "run", str(dump), "-o", str(out), "-q", "--incremental"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    codes = sorted(proc.wait(timeout=600) for proc in runs)
    assert codes in ([0, 0], [0, 3])  # the second either ran after the first or was refused
    result = kaznews.read(out)
    assert sorted(result.articles.article_id) == sorted(f"a{i}" for i in range(200))
    assert sum(r["rows"]["articles"] for r in load_manifest(out)["runs"]) == 200  # processed once


def test_json_logs(tmp_path):
    dump = tmp_path / "d.jsonl"
    write_dump(dump, [article(i) for i in range(3)], broken=True)
    proc = cli("run", dump, "-o", tmp_path / "out", "--log-format", "json")
    assert proc.returncode == 0
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["event"] == "run finished" and summary["articles"] == 3 and summary["rejects"] == 1
    failed = cli("run", tmp_path / "missing.jsonl", "-o", tmp_path / "out2", "--log-format", "json")
    assert failed.returncode == 2 and json.loads(failed.stderr)["exit_code"] == 2


def test_compact_merges_parts_and_keeps_the_tables(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    for n in (3, 5, 8):
        write_dump(dump, [article(i) for i in range(n)])
        assert cli("run", dump, "-o", out, "--incremental", "-q").returncode == 0
    before = canonical(out)
    assert len(list((out / "articles").iterdir())) == 3
    assert cli("compact", out).returncode == 0
    assert len(list((out / "articles").iterdir())) == 1
    assert_same(canonical(out), before)


def test_a_pool_run_in_small_chunks_writes_the_tables_of_a_one_process_run(tmp_path, monkeypatch):
    """Boilerplate learned from evidence computed in many tasks, records prepared in many
    tasks and admitted in order: the same tables as one process, footer gone, repeat found."""
    import kaznews.engines as engines
    from kaznews.runner import RunOptions, run_dataset
    footer = "Подписывайтесь на наш Telegram-канал bench.kz"
    records = [article(i, f"\n\n{footer}") for i in range(12)] + [article(3, f"\n\n{footer}") | {"id": "copy"}] \
        + [{"id": "story", "text": STORY}, {"id": "reprint", "text": REPRINT}]  # signed on workers
    write_dump(tmp_path / "dump.jsonl", records, broken=True)
    run_dataset(RunOptions([tmp_path / "dump.jsonl"], tmp_path / "one"))
    monkeypatch.setattr(engines, "RECORDS_PER_UNIT", 3)
    run_dataset(RunOptions([tmp_path / "dump.jsonl"], tmp_path / "pool", workers=2))
    one, pool = kaznews.read(tmp_path / "one"), kaznews.read(tmp_path / "pool")
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(pool, name))
    assert len(pool.articles) == 13 and len(pool.rejects) == 1
    assert pool.duplicates[["article_id", "kind"]].values.tolist() == [["copy", "exact"], ["reprint", "near"]]
    assert not pool.articles.text.str.contains("Telegram").any()
    assert pool.articles[pool.articles.article_id != "story"].boilerplate.str.contains("learned=").all()


def grandchildren(pid: int) -> list[int]:
    """The processes two levels below `pid`: a pool's workers, forked by its fork server."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            children.setdefault(int(stat.read_text().rsplit(")", 1)[1].split()[1]), []).append(int(stat.parent.name))
        except OSError:
            continue
    return [grandchild for child in children.get(pid, []) for grandchild in children.get(child, [])]


def test_a_worker_killed_mid_run_fails_the_run_instead_of_hanging(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    write_dump(dump, [article(i) for i in range(400)])
    proc = subprocess.Popen([*KAZNEWS, "run", str(dump), "-o", str(out), "-q", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "KAZNEWS_CHECKPOINT": "20"})
    deadline = time.time() + 300
    while parts_of_last_run(out) < 1 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    workers = grandchildren(proc.pid)
    assert proc.poll() is None and workers, "the run must be working when its worker is killed"
    os.kill(workers[-1], signal.SIGKILL)
    _, stderr = proc.communicate(timeout=300)  # a hang fails here (generous: CI machines run loaded)
    assert proc.returncode == 1 and "worker process died" in stderr and stderr.count("\n") == 1
    assert load_manifest(out)["runs"][-1]["finished"] is None
    rerun = cli("run", dump, "-o", out, "--incremental", "-q")
    assert rerun.returncode == 0 and sorted(kaznews.read(out).articles.article_id) == sorted(f"a{i}" for i in range(400))


DIES_MID_SEND = '''
import os, signal, struct, sys
from kaznews.engines import PoolEngine
from kaznews.errors import WorkerDied

def die_mid_send():
    """In a pool worker: start sending a result and die halfway, as a worker the OOM killer
    takes while it writes its batch's rows to the driver."""
    frame = sys._getframe()
    while "result_queue" not in frame.f_locals:
        frame = frame.f_back
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), struct.pack("!i", 1_000_000) + b"half a result")
    os.kill(os.getpid(), signal.SIGKILL)

if __name__ == "__main__":
    import dies_mid_send
    engine = PoolEngine(2)
    try:
        list(engine.map(lambda item: (dies_mid_send.die_mid_send,), [1]))
    except WorkerDied as error:
        print("failed:", error)
    engine.close()
    print("closed")
'''


def test_a_worker_killed_while_sending_its_result_fails_the_run_too(tmp_path):
    """The process pool notices a dead worker by itself, except one that died halfway through
    sending a result: its reader then waits for the rest forever (the run hung)."""
    script = tmp_path / "dies_mid_send.py"
    script.write_text(DIES_MID_SEND, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "failed: a worker process died" in done.stdout and done.stdout.rstrip().endswith("closed")
