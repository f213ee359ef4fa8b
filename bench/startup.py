"""Start-up: how long the `kaznews` command takes to answer --version, --help and a usage
error, and `import kaznews`, beside `python -c pass` on the same machine (best of N fresh
processes each). None of them may load spaCy, pandas, pyarrow, natasha, scikit-learn, dask
or lingua; tests/test_cli.py checks that, this prints what it costs."""
from __future__ import annotations

import argparse
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import kaznews": [sys.executable, "-c", "import kaznews"],
    "kaznews --version": [sys.executable, "-m", "kaznews", "--version"],
    "kaznews --help": [sys.executable, "-m", "kaznews", "--help"],
    "kaznews run missing.jsonl -o out (exit 2)": [sys.executable, "-m", "kaznews", "run", "missing.jsonl", "-o", "out"],
    "import kaznews.api (loads the pipeline's libraries)": [sys.executable, "-c", "import kaznews.api"],
}


def best_of(command: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    baseline = best_of(COMMANDS["python -c pass"], args.rounds)
    print(f"{'start-up, best of ' + str(args.rounds):<55} {'seconds':>8} {'x python':>9}")
    for name, command in COMMANDS.items():
        seconds = baseline if name == "python -c pass" else best_of(command, args.rounds)
        print(f"{name:<55} {seconds:8.3f} {seconds / baseline:8.1f}x")


if __name__ == "__main__":
    main()
