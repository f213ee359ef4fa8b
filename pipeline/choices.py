"""Values of the options the command line checks before it loads anything heavy."""

FORMATS = {"parquet": "parquet", "jsonl": "jsonl", "csv": "csv"}  # output format -> part file extension
ENGINES = ("local", "dask")
