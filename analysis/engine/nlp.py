"""Finding and loading the spaCy pipeline.

Resolution order (first hit wins), see :func:`resolve_model`:

1. the ``model`` argument, or else the ``ANALYSIS_SPACY_MODEL`` environment variable: an installed
   package name (``en_core_web_sm``) or a pipeline directory;
2. the installed package ``en_core_web_sm``;
3. a spaCy 3 pipeline directory (one with ``config.cfg`` and ``meta.json`` whose ``spacy_version``
   matches the installed spaCy) under ``models/`` in the project, then under ``../shared/models/``;
4. otherwise :class:`ModelNotFoundError`, naming every place looked at and how to install a model.

Nothing is ever downloaded here; :func:`ensure_model` (used by ``make`` during setup) is the only
place that may call ``spacy download``, and only when no local pipeline exists.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import config

DEFAULT_PACKAGE = "en_core_web_sm"

INSTALL_HELP = (
    "Install a spaCy 3.8 English pipeline in one of these ways:\n"
    "  python -m spacy download en_core_web_sm          (needs internet)\n"
    "  conda install -c conda-forge spacy-model-en_core_web_sm\n"
    "  put a pipeline directory (with config.cfg and meta.json) under models/ in the project\n"
    f"  or point {config.MODEL_ENV} at a package name or pipeline directory."
)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline was found; the message lists where we looked and how to fix it."""


@dataclass(frozen=True)
class ModelSpec:
    """Where a pipeline comes from.

    Attributes:
        target: what ``spacy.load`` receives: a package name or a directory path (as text).
        origin: how it was chosen: ``argument``, ``environment``, ``package`` or ``directory``.
    """

    target: str
    origin: str


def _pipeline_meta(path: Path) -> dict | None:
    """The meta of a loadable spaCy 3 pipeline directory, or None if ``path`` is not one."""
    import spacy

    meta_file, config_file = path / "meta.json", path / "config.cfg"
    if not (meta_file.is_file() and config_file.is_file()):
        return None
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    wanted = meta.get("spacy_version")
    if wanted and not spacy.util.is_compatible_version(spacy.about.__version__, wanted):
        return None
    return meta


def search_dirs() -> list[Path]:
    """The folders searched for pipeline directories, in order: ``models/``,
    ``../shared/models/``."""
    return [config.MODELS_DIR, config.shared_dir() / "models"]


def find_local_pipelines() -> list[Path]:
    """Every compatible English pipeline directory under :func:`search_dirs`, in resolution order.

    A folder counts if it, or a folder up to two levels below it (the layout of an installed model
    package), holds ``config.cfg`` and ``meta.json`` with a ``spacy_version`` the installed spaCy
    satisfies. Folders for other spaCy versions (such as a v2 ``en_core_web_sm-2.2.5``) are skipped.
    """
    found: list[Path] = []
    for base in search_dirs():
        if not base.is_dir():
            continue
        candidates = [base, *sorted(base.glob("*")), *sorted(base.glob("*/*"))]
        for candidate in candidates:
            if candidate.is_dir():
                meta = _pipeline_meta(candidate)
                if meta is not None and meta.get("lang", "en") == "en":
                    found.append(candidate)
    return found


def _package_folder(name: str) -> Path | None:
    """The folder of the installed top-level package ``name``, found without importing it;
    None when there is none (a module, a dotted or invalid name, nothing installed)."""
    import importlib.util

    if not name.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    return Path(locations[0]) if locations else None


def package_pipeline(name: str, *, source: str = "") -> Path | None:
    """The pipeline directory inside the installed package ``name`` if it is a spaCy pipeline
    package for the installed spaCy, else None. Nothing is imported: a spaCy model package
    holds ``meta.json`` and a data folder with ``config.cfg`` and ``meta.json`` (what
    ``spacy package`` builds); ``numpy`` or ``pandas`` do not.

    Args:
        name: the package name.
        source: where the name came from, for the message (" (from the argument)").

    Raises:
        ModelNotFoundError: ``name`` is an installed package that is not a spaCy pipeline, or
            one for another spaCy version.
    """
    import spacy

    if not spacy.util.is_package(name):
        return None
    folder = _package_folder(name)
    data = [] if folder is None or not (folder / "meta.json").is_file() else \
        sorted(d for d in folder.iterdir()
               if (d / "config.cfg").is_file() and (d / "meta.json").is_file())
    if not data:
        raise ModelNotFoundError(
            f"spaCy model {name!r}{source} is an installed Python package but not a spaCy pipeline "
            f"(no meta.json and config.cfg in {folder or 'its folder'}); name a spaCy pipeline "
            f"package (such as {DEFAULT_PACKAGE}) or a pipeline directory.")
    for candidate in data:
        if _pipeline_meta(candidate) is not None:
            return candidate
    raise ModelNotFoundError(
        f"spaCy model {name!r}{source} is a pipeline package for another spaCy version than the "
        f"installed {spacy.about.__version__} (see {data[0] / 'meta.json'}).")


def resolve_model(model: str | os.PathLike[str] | None = None) -> ModelSpec:
    """Decide which pipeline to load, without loading it (nor importing a package it names).

    Args:
        model: a package name or pipeline directory; ``None`` means use the environment and
            defaults.

    Returns:
        The :class:`ModelSpec` of the first pipeline found in the documented order.

    Raises:
        ModelNotFoundError: an explicit choice (argument or environment variable) does not exist
            or is not a spaCy pipeline (an installed package such as ``numpy``, a folder without
            ``config.cfg``), or nothing was found anywhere; the message lists every place
            looked at.
    """
    import spacy

    explicit, origin = (model, "argument") if model is not None else (
        os.environ.get(config.MODEL_ENV) or None, "environment")
    if explicit is not None:
        text = os.fspath(explicit)
        where = "argument" if origin == "argument" else \
            f"environment variable {config.MODEL_ENV}={text!r}"
        path = Path(text).expanduser()
        if not path.is_absolute() and not path.is_dir() \
                and (config.PROJECT_ROOT / path).is_dir():
            # a relative directory is taken from the working directory, else from the project
            # root ("../shared/models/…" works from notebooks/ and from worker processes too)
            path = config.PROJECT_ROOT / path
        if path.is_dir():
            if _pipeline_meta(path) is None:
                raise ModelNotFoundError(
                    f"{origin} model {text!r} is a directory but not a spaCy "
                    f"{spacy.about.__version__} pipeline (needs config.cfg and a compatible "
                    f"meta.json).\n{INSTALL_HELP}")
            return ModelSpec(str(path.resolve()), origin)
        if package_pipeline(text, source=f" (from the {where})") is not None:
            return ModelSpec(text, origin)
        raise ModelNotFoundError(
            f"spaCy model {text!r} (from the {where}) is neither an installed package nor a "
            f"pipeline directory.\n{INSTALL_HELP}")

    try:
        default = package_pipeline(DEFAULT_PACKAGE)
    except ModelNotFoundError:
        default = None  # a broken or other-version en_core_web_sm: look at the folders
    if default is not None:
        return ModelSpec(DEFAULT_PACKAGE, "package")
    local = find_local_pipelines()
    if local:
        return ModelSpec(str(local[0]), "directory")
    looked = "\n".join(
        [f"  {config.MODEL_ENV} (not set)",
         f"  installed package {DEFAULT_PACKAGE} (not installed, or not a usable pipeline)"]
        + [f"  {d} ({'no compatible pipeline' if d.is_dir() else 'missing'})"
           for d in search_dirs()])
    raise ModelNotFoundError(f"No spaCy pipeline found. Looked at:\n{looked}\n{INSTALL_HELP}")


class ModelLoadError(ModelNotFoundError):
    """A pipeline was found but ``spacy.load`` failed on it (a damaged or incompatible
    pipeline): the message names it and the error."""


def load_spacy(target: str, *, exclude: tuple[str, ...] = ()):
    """``spacy.load(target)``, its failures reported as :class:`ModelLoadError` naming
    ``target`` (the command line prints one line, no traceback)."""
    import spacy

    try:
        return spacy.load(target, exclude=list(exclude))
    except Exception as exc:  # whatever a damaged pipeline raises: a configuration problem
        message = " ".join(str(exc).split()) or "no message"
        raise ModelLoadError(f"spaCy model {target!r} could not be loaded: "
                             f"{type(exc).__name__}: {message}") from exc


@functools.lru_cache(maxsize=8)
def _load(target: str, exclude: tuple[str, ...]):
    return load_spacy(target, exclude=exclude)


def load_pipeline(model: str | os.PathLike[str] | None = None, *, exclude: tuple[str, ...] = ()):
    """Load the spaCy pipeline chosen by :func:`resolve_model`, once per process.

    Args:
        model: package name or pipeline directory; ``None`` for the documented resolution order.
        exclude: pipeline components not to load (e.g. ``("ner",)``).

    Returns:
        The shared ``spacy.Language`` object (cached: do not modify it in place).

    Raises:
        ModelNotFoundError: see :func:`resolve_model`; :class:`ModelLoadError` when the
            pipeline found cannot be loaded. Nothing is downloaded.
    """
    spec = resolve_model(model)
    return _load(spec.target, tuple(sorted(exclude)))


def model_info(nlp) -> dict[str, str]:
    """Name, version and spaCy version of a loaded pipeline, as recorded with every output."""
    import spacy

    meta = nlp.meta
    return {
        "model": f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}",
        "model_version": str(meta.get("version", "unknown")),
        "spacy_version": spacy.about.__version__,
    }


def ensure_model(*, download: bool = True) -> ModelSpec:
    """Make sure a pipeline is available (setup step, not called at import or analysis time).

    Tries, in order, everything :func:`resolve_model` does (local directories included) and only
    then, if ``download`` is true, ``python -m spacy download en_core_web_sm``, which needs
    internet. A failed download is reported, not hidden.

    Returns:
        The resolved :class:`ModelSpec`.

    Raises:
        ModelNotFoundError: nothing local and the download failed or was not allowed.
    """
    try:
        return resolve_model()
    except ModelNotFoundError as first:
        if not download:
            raise
        print(f"No local spaCy pipeline; trying: {sys.executable} -m spacy download "
              f"{DEFAULT_PACKAGE}", file=sys.stderr)
        done = subprocess.run([sys.executable, "-m", "spacy", "download", DEFAULT_PACKAGE],
                              check=False)
        if done.returncode != 0:
            raise ModelNotFoundError(f"{first}\n(spacy download failed with exit status "
                                     f"{done.returncode}.)") from None
        import importlib

        importlib.invalidate_caches()
        return resolve_model()
