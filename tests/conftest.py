import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample" / "articles.jsonl"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "kokshetau_asia_anticorruption.txt"
KAZNEWS = [sys.executable, "-m", "kaznews"]

# A syndicated story and its reprint by another site (small edits, a sign-off added).
STORY = ("В Актюбинской области из-за паводков эвакуировали более 300 жителей трех сел. Спасатели "
         "Министерства по чрезвычайным ситуациям укрепляют дамбы на реке Илек и круглосуточно дежурят "
         "у мостов. Аким области провел заседание штаба и поручил обеспечить эвакуированных питанием, "
         "теплыми вещами и медицинской помощью. Для жителей развернули пункты временного размещения в "
         "школах районного центра, где уже находятся 120 детей.")
REPRINT = ("В Актюбинской области из-за паводков эвакуировали свыше 300 жителей трех сел. Спасатели "
           "Министерства по чрезвычайным ситуациям укрепляют дамбы на реке Илек и круглосуточно дежурят "
           "у мостов. Аким области провел заседание штаба и поручил обеспечить эвакуированных питанием, "
           "теплыми вещами и медицинской помощью. Для жителей развернули пункты временного размещения в "
           "школах районного центра, где уже находятся 120 детей. Подробнее читайте на нашем сайте.")


def start_run(dump: Path, out: Path, *args: str, env: dict | None = None,
              until: Callable[[], bool] | None = None, settle: float = 0.0) -> subprocess.Popen:
    """`kaznews run` in the background, returned once `until()` holds (None: at once) or the
    run ended, `settle` seconds later."""
    import os
    import time
    proc = subprocess.Popen([*KAZNEWS, "run", str(dump), "-o", str(out), "-q", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    deadline = time.time() + 120
    while until is not None and not until() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.01)
    time.sleep(settle)
    return proc


def needs_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is not beside the repo)")
    return path


@pytest.fixture(scope="session")
def resources():
    """The models the API's calls share (kaznews.api.shared_resources), loaded once per session."""
    from kaznews.api import shared_resources
    return shared_resources()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return needs_shared(SEED)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The bundled sample processed once by the CLI, as a user would."""
    out = tmp_path_factory.mktemp("sample") / "out"
    proc = subprocess.run([*KAZNEWS, "run", str(SAMPLE), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out, proc


@pytest.fixture(scope="session")
def sample_result(sample_run):
    import kaznews
    return kaznews.read(sample_run[0])


@pytest.fixture
def copy_sample(tmp_path):
    target = tmp_path / "articles.jsonl"
    shutil.copy(SAMPLE, target)
    return target
