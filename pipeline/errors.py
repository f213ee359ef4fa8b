"""The errors kaznews raises to its callers, in a module that imports nothing heavy, so the
command line can tell a usage error from a locked folder without loading any model."""


class InputError(ValueError):
    """An input named on the command line that cannot be read at all (a usage error)."""


class MissingDependency(RuntimeError):
    """A package some input needs is not installed: a setup problem, not a bad record."""


class CodebookError(ValueError):
    """The labelled data cannot train a model (too few examples, one label only...), or a
    model folder cannot be used (missing, damaged, another format)."""


class LockBusy(Exception):
    """Another kaznews run holds the output folder."""


class IncompleteOutput(Exception):
    """The output folder has no finished run to read."""


class IncompatibleOutput(Exception):
    """kaznews cannot write to this output folder: it holds files kaznews did not write,
    or (for an incremental run) a dataset of another schema or format."""


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of its work (killed by the OOM killer, say)."""
