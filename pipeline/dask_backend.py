"""The same pipeline on a Dask cluster (`kaznews run ... --engine dask [--scheduler ADDR]`).

Work is cut into partitions (files, and line ranges of plain JSONL files). Workers read
and prepare their partitions (decode, clean, hash: Ingestor.prepare) and analyse batches
of articles (runner.process_batch; each worker process loads its models once, on its
first batch). The driver keeps what must see the whole run in input order: duplicate
detection and incremental bookkeeping (Ingestor.admit) and the one dataset writer. So the
tables are those of a local run, whatever the number of workers.
"""
from __future__ import annotations

from collections import deque
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
        yield from self._ordered(((prepare_partition, part, dict(field_map), dict(learned), crawled)
                                  for part in parts), flatten=True)

    def map(self, func, batches: Iterable) -> Iterator:
        yield from self._ordered(((func, batch) for batch in batches), flatten=False)

    def _ordered(self, calls: Iterable[tuple], flatten: bool) -> Iterator:
        pending: deque = deque()
        for func, *args in calls:
            pending.append(self.client.submit(func, *args, pure=False))
            if len(pending) >= self.slots:
                result = pending.popleft().result()
                yield from result if flatten else (result,)
        while pending:
            result = pending.popleft().result()
            yield from result if flatten else (result,)
