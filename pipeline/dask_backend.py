"""The same pipeline on a Dask cluster (`kaznews run ... --engine dask [--scheduler ADDR]`).

Work is cut into partitions (files, and line ranges of plain JSONL files). Workers read
and prepare their partitions (decode, clean, hash, sign: runner.prepare_unit) and analyse
batches of articles (runner.process_batch; each worker process loads its models once: when
it joins a cluster the run started, frozen out of the garbage collector by WarmWorker,
else on its first batch). The driver sends the first records for boilerplate learning and keeps
what must see the whole run in input order: duplicate detection and incremental
bookkeeping (Ingestor.admit) and the one dataset writer. So the tables are those of a
local run, whatever the number of workers.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from .engines import Call, ordered_results
from .ingest.readers import plan_partitions

LINES_PER_PARTITION = 5_000
IN_FLIGHT_PER_WORKER = 2
QUIET_LOGGERS = ("distributed", "dask")  # this process's cluster loggers, set to WARNING by quiet runs


class WarmWorker(WorkerPlugin):
    """On each worker of a cluster the run started (its processes are the run's own): load
    the models, then freeze them out of the garbage collector (runner.keep_models_out_of_gc)."""

    name = "kaznews-warm-worker"

    async def setup(self, worker) -> None:
        import asyncio

        from .runner import keep_models_out_of_gc, warm_up
        await asyncio.to_thread(warm_up)  # the worker keeps answering the scheduler meanwhile
        keep_models_out_of_gc()


class DaskEngine:
    def __init__(self, scheduler: str | None, workers: int, quiet: bool = False) -> None:
        from distributed import Client, LocalCluster
        if quiet:  # `kaznews run -q`: the cluster's start, connections and shutdown are not news
            for name in QUIET_LOGGERS:
                logging.getLogger(name).setLevel(logging.WARNING)
        if scheduler:
            self.cluster = None
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.WARNING)  # the workers' logs
            self.client = Client(self.cluster)
            self.client.register_plugin(WarmWorker())

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    @property
    def slots(self) -> int:
        return max(1, sum(self.client.nthreads().values())) * IN_FLIGHT_PER_WORKER

    def units(self, files: list[Path], records: Iterable) -> Iterable:
        """Partitions the workers read themselves: nothing but their addresses crosses the network."""
        return plan_partitions(files, LINES_PER_PARTITION)

    def map(self, call: Call, items: Iterable) -> Iterator:
        """Results of the calls call(item) -> (func, *args), run on the cluster, in order."""
        return ordered_results(items, lambda item: self.client.submit(*call(item), pure=False),
                               lambda future: future.result(), self.slots)
