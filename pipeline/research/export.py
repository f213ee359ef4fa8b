"""Tables for Excel: sheets within Excel's limits, CSV files Excel opens as UTF-8.

Excel holds at most 1,048,576 rows per sheet (one is the header) and 32,767 characters per
cell, and refuses control characters; a table past the rows goes on in further sheets
(`articles`, `articles (2)`, ...) and longer texts are cut, each with a warning that says
how many. CSV is written with a UTF-8 byte order mark: without it Excel reads Cyrillic as
cp1251 mojibake.
"""
from __future__ import annotations

import importlib.util
import re
import warnings
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..errors import MissingDependency

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CHARS = 32_767
TRUNCATED = " […]"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses in a cell


def excel_ready(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """A copy Excel can hold: times without zone (Excel has none; they stay UTC), control
    characters dropped, texts over the cell limit cut with a mark, and a warning for those."""
    frame = frame.copy()
    for column in frame.select_dtypes(include=["datetimetz"]).columns:
        frame[column] = frame[column].dt.tz_localize(None)
    cut = 0
    for column in frame.columns:
        if not (frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column])):
            continue
        values = frame[column].map(lambda v: _ILLEGAL.sub("", v) if isinstance(v, str) else v)
        long = values.map(lambda v: isinstance(v, str) and len(v) > EXCEL_MAX_CHARS)
        if long.any():
            cut += int(long.sum())
            values[long] = values[long].map(lambda v: v[:EXCEL_MAX_CHARS - len(TRUNCATED)] + TRUNCATED)
        frame[column] = values
    if cut:
        warnings.warn(f"{name}: {cut} cells longer than Excel's {EXCEL_MAX_CHARS:,} characters were cut "
                      "(the Parquet or CSV export keeps them whole)", stacklevel=3)
    return frame


def excel_writer(path: str | Path) -> pd.ExcelWriter:
    """An openpyxl ExcelWriter, or a one-line MissingDependency saying what to install."""
    if importlib.util.find_spec("openpyxl") is None:
        raise MissingDependency("Excel files need openpyxl: pip install 'kaznews[report]' (or write .csv)")
    return pd.ExcelWriter(path, engine="openpyxl")


def write_excel(tables: Mapping[str, pd.DataFrame], path: str | Path, max_rows: int = EXCEL_MAX_ROWS) -> None:
    """One sheet per table (a table longer than a sheet goes on in `name (2)`, ...)."""
    with excel_writer(path) as writer:
        for name, frame in tables.items():
            frame = excel_ready(frame, name)
            per_sheet = max_rows - 1  # the header takes a row
            chunks = max(1, -(-len(frame) // per_sheet))
            if chunks > 1:
                warnings.warn(f"{name}: {len(frame):,} rows do not fit one Excel sheet; written to {chunks} sheets "
                              f"{name!r}, '{name} (2)', ...", stacklevel=2)
            for i in range(chunks):
                sheet = name if i == 0 else f"{name} ({i + 1})"
                frame.iloc[i * per_sheet:(i + 1) * per_sheet].to_excel(writer, sheet_name=sheet[:31], index=False)


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """CSV with a UTF-8 byte order mark, so that Excel shows Cyrillic and Kazakh letters."""
    frame.to_csv(path, index=False, encoding="utf-8-sig")
