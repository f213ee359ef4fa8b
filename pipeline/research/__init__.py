"""What researchers do with the tables: co-mention networks, a one-file HTML report, a
coding sample for human validation and its agreement figures, and exports for Excel.

Everything that aggregates a dataset does it in DuckDB over the Parquet (or JSONL, CSV)
parts (`dataset.connect`), reading only the columns a figure needs, so a dump of a million
articles is summarised without loading its text column.
"""
