"""kaznews: Russian/Kazakh news in, clean articles, lemmas, entities and topics out.

    >>> import kaznews
    >>> result = kaznews.analyze(["Аким Астаны провел совещание."])
    >>> result.entities[["label", "text", "normal"]]

The public names load the pipeline on first use, so `import kaznews` (and the `kaznews`
command's --help, --version and usage errors) stay light.
"""
from .version import __version__

__all__ = ["Result", "__version__", "analyze", "lemmatize", "read", "run"]
_API = ("Result", "analyze", "lemmatize", "read", "run")


def __getattr__(name: str) -> object:
    if name in _API:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'kaznews' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
