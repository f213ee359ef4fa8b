"""Imported by the runner's worker fork server: loads every model once and freezes them out
of the garbage collector, so that workers forked from the server start ready and share the
models' memory."""
import sys

from .runner import keep_models_out_of_gc, warm_up

try:
    warm_up()
except Exception as exc:  # noqa: BLE001 - the server must start; a worker that needs the model loads it again and fails with the same error
    print(f"kaznews: preloading models for the workers failed ({exc}); each worker will load its own", file=sys.stderr)
keep_models_out_of_gc()
