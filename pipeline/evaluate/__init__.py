"""Evaluation commands: each scores a kaznews stage on public gold data beside a baseline."""
