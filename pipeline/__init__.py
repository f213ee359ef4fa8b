"""kaznews: Russian/Kazakh news in, clean articles, lemmas, entities and topics out.

    >>> import kaznews
    >>> result = kaznews.analyze(["Аким Астаны провел совещание."])
    >>> result.entities[["label", "text", "normal"]]

The public names load the pipeline on first use, so `import kaznews` (and the `kaznews`
command's --help, --version and usage errors) stay light.
"""
from .version import __version__

__all__ = ["Pipeline", "Resources", "Result", "__version__", "analyze", "lemmatize", "read", "run"]
_LAZY = {"Result": "api", "analyze": "api", "lemmatize": "api", "read": "api", "run": "api",
         "Pipeline": "nlp", "Resources": "resources"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'kaznews' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
