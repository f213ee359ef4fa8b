"""Memo tables for normal forms: the same names and phrases recur throughout a dump
(Токаев, Алматы, акимат области), and each costs several pymorphy3 parses."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class Memo:
    """Named tables of computed values; a table is emptied when it reaches `limit`, so a
    dump of a million articles does not keep every name it met."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self.tables: dict[str, dict[Hashable, object]] = {}

    def get(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        values = self.tables.setdefault(table, {})
        if key in values:
            return values[key]  # type: ignore[return-value]
        if len(values) >= self.limit:
            values.clear()
        value = values[key] = compute()
        return value
