"""The same pipeline on a Dask cluster (`kaznews run ... --engine dask [--scheduler ADDR]`).

Work is cut into partitions (files, and line ranges of plain JSONL files). Workers read
and prepare their partitions (decode, clean, hash: Ingestor.prepare) and analyse batches
of articles (runner.process_batch; each worker process loads its models once, on its
first batch). The driver keeps what must see the whole run in input order: duplicate
detection and incremental bookkeeping (Ingestor.admit) and the one dataset writer. So the
tables are those of a local run, whatever the number of workers.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from .doc import Document, Reject
from .ingest import Ingestor
from .ingest.readers import read_partition

LINES_PER_PARTITION = 5_000
IN_FLIGHT_PER_WORKER = 2


def prepare_partition(part: tuple, field_map: Mapping[str, str], learned: Mapping[str, frozenset[str]],
                      crawled: object) -> list[Document | Reject]:
    """Runs on a worker: the prepared records of one partition."""
    ingestor = Ingestor(field_map, learned=learned, crawled=crawled)
    return [item if isinstance(item, Reject) else ingestor.prepare(item) for item in read_partition(part)]


class DaskEngine:
    def __init__(self, scheduler: str | None, workers: int) -> None:
        from distributed import Client, LocalCluster
        if scheduler:
            self.cluster = None
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    @property
    def slots(self) -> int:
        return max(1, sum(self.client.nthreads().values())) * IN_FLIGHT_PER_WORKER

    def prepared(self, parts: list[tuple], field_map, learned, crawled) -> Iterator[Document | Reject]:
        """Prepared records of all partitions, in input order, a few partitions ahead."""
        args = (dict(field_map), dict(learned), crawled)
        for records in self.map(lambda part: (prepare_partition, part, *args), parts):
            yield from records

    def map(self, call, items: Iterable) -> Iterator:
        """Results of the calls call(item) -> (func, *args), run on the cluster, in order."""
        from .runner import ordered_results
        return ordered_results(items, lambda item: self.client.submit(*call(item), pure=False),
                               lambda future: future.result(), self.slots)
