"""Where the models folder is, and what made a run's output. The models themselves are
loaded by a `Resources` (resources.py), lazily, once per Resources."""
from __future__ import annotations

import hashlib
import os
from importlib import metadata, resources
from pathlib import Path

# The installed packages whose models or dictionaries shape the output.
MODEL_PACKAGES = ("natasha", "navec", "slovnet", "pymorphy3", "pymorphy3-dicts-ru", "spacy",
                  "lingua-language-detector", "razdel")


def models_dir() -> Path:
    """The default models folder of every Resources: the one $KAZNEWS_MODELS names (your
    retrained models, all files of the layout in models/), else the models installed with
    kaznews as package data (models/ of the checkout in an editable install)."""
    override = os.environ.get("KAZNEWS_MODELS")
    return Path(override) if override else Path(str(resources.files("kaznews.model_files")))


def training_folder(target: Path) -> Path:
    """A models folder a train command may write into: `target`, made a copy of the models
    in use first if it does not exist (a retrained file needs the rest of the layout
    beside it). Never the installed package's folder unless that is what `target` names."""
    import shutil
    target = Path(target)
    if not target.exists():
        shutil.copytree(models_dir(), target, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return target


def file_digests(folder: Path) -> dict[str, str]:
    """sha256 (first 16 hex digits) of every data file under `folder`, by relative path;
    code and docs (.py, .md) are not model data."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".md", ".pyc")}


def model_identity(topic_model: str | None = None, models: Path | None = None) -> dict[str, str]:
    """What made a run's output: every model file's digest (read now, so a retrained file
    shows), the codebook's if one is used, and the versions of the packages that ship
    models. Recorded in each run's manifest."""
    identity = {f"models/{name}": digest for name, digest in file_digests(models or models_dir()).items()}
    if topic_model:
        identity.update({f"codebook/{name}": digest for name, digest in file_digests(Path(topic_model)).items()})
    for package in MODEL_PACKAGES:
        try:
            identity[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            identity[package] = "not installed"
    return identity
