"""Values of the options the command line checks before it loads anything heavy."""

FORMATS = {"parquet": "parquet", "jsonl": "jsonl", "csv": "csv"}  # output format -> part file extension
ENGINES = ("local", "dask")
WINDOWS = ("article", "sentence")  # co-mention windows (kaznews.research.network)
GRAPH_FORMATS = (".gexf", ".graphml")  # `kaznews network -o` suffixes
STRATA = ("topic", "source", "lang")  # what `kaznews sample --stratify` can balance
SHEET_FORMATS = (".xlsx", ".csv")  # coding sheets
