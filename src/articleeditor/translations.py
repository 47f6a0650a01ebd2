"""The app's translations as files: which languages ship, where their ``.ts`` sources live,
and the two Qt tools that turn sources into strings (``lupdate``) and strings into the
compiled ``.qm`` files Qt loads (``lrelease``).

Qt-free (the tools are programs inside the PySide6 wheel), so the build hook, the packaging
scripts, the tests and the window share it. Update the sources after changing strings with::

    python -m articleeditor.translations update

``.qm`` files are build outputs and never committed: the wheel build and the installers compile
them (``python -m articleeditor.translations release DIR``), and a source checkout compiles them
at run time into the user's cache folder (see ``compiled_translation``).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

APP_CATALOG = "articleeditor"  # articleeditor_<locale>.ts / .qm
TS_FOLDER = ("i18n",)  # under resources/


@dataclass(frozen=True)
class Language:
    """A shipped translation: its Qt locale code and its name written in that language."""

    code: str  # as in the file name and QLocale: "zh_CN", "de"
    native_name: str


# Every language with a .ts in resources/i18n; the Language menu lists these.
SHIPPED = (
    Language("de", "Deutsch"),
    Language("zh_CN", "简体中文"),
)
SOURCE_LANGUAGE = "en"


def shipped_codes() -> list[str]:
    """The locale codes of the shipped translations, in menu order."""
    return [language.code for language in SHIPPED]


def source_root() -> Path:
    """The package folder lupdate scans (``src/articleeditor`` in a checkout)."""
    return Path(__file__).resolve().parent


def ts_path(code: str, folder: Path | None = None) -> Path:
    """The ``.ts`` source of ``code`` in ``folder`` (default: the bundled resources)."""
    if folder is None:
        from articleeditor.resources import resource_path

        folder = resource_path(*TS_FOLDER)
    return folder / f"{APP_CATALOG}_{code}.ts"


def qm_name(code: str) -> str:
    """The compiled file's name for ``code``."""
    return f"{APP_CATALOG}_{code}.qm"


def empty_ts(code: str) -> str:
    """A translation source with no messages yet, for ``code``."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{code}" sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n'
    )


class ToolMissing(RuntimeError):
    """lupdate or lrelease is not installed next to PySide6 (a frozen bundle has neither)."""


def qt_tool(name: str) -> Path:
    """The path of PySide6's ``lupdate`` or ``lrelease`` (shipped inside the PySide6 wheel)."""
    spec = importlib.util.find_spec("PySide6")
    looked = []
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
        looked.append(str(folder))
    # A wheel build in an isolated environment has no PySide6, but the developer's may be on
    # PATH (its pyside6-lrelease wrapper runs the same program).
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return Path(wrapper)
    looked.append("PATH")
    raise ToolMissing(f"{name} was not found in {' or '.join(looked)}")


def python_sources(root: Path | None = None) -> list[Path]:
    """Every module lupdate reads: the whole package, UI and core alike."""
    root = root or source_root()
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: list[Path], root: Path | None = None) -> str:
    """Merge the strings of the sources into ``ts_files``; strings no longer in the code are
    dropped (``-no-obsolete``) so a shipped file never carries dead entries. Returns the
    tool's report."""
    root = root or source_root()
    # No source locations: they would change with every edit of the code and turn each merge
    # of a translation into a conflict; the context (the class) tells a translator enough.
    command = [
        str(qt_tool("lupdate")),
        "-no-obsolete",
        "-locations",
        "none",
        *map(str, python_sources(root)),
        "-ts",
        *map(str, ts_files),
    ]
    return _run_tool(command)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one ``.ts`` into ``qm_file`` (unfinished entries are left out, so they show in
    English rather than empty)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    _run_tool([str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)])


def _run_tool(command: list[str]) -> str:
    """Run a Qt tool; its output, or CalledProcessError with what it printed in the log."""
    # A pyside6-* wrapper is a Python script of another environment: the PYTHONPATH of an
    # isolated wheel build would hide its PySide6 from it.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        log.warning("%s failed: %s%s", Path(command[0]).name, done.stdout, done.stderr)
        done.check_returncode()
    return done.stdout + done.stderr


def release_all(output: Path, folder: Path | None = None) -> list[Path]:
    """Compile every shipped ``.ts`` into ``output``; used by the wheel and installer builds."""
    written = []
    for code in shipped_codes():
        target = output / qm_name(code)
        run_lrelease(ts_path(code, folder), target)
        written.append(target)
    return written


def compiled_translation(code: str, cache: Path) -> Path | None:
    """The ``.qm`` to load for ``code``, or None (the app then stays in English).

    A wheel or an installer carries compiled files next to the sources and they are used as
    they are. A source checkout (or ``pip install -e .``) has only the ``.ts``: it is compiled
    into ``cache`` when the compiled copy is missing or older than the source, so a fresh clone
    shows its translations and an edited ``.ts`` takes effect at the next launch.
    """
    source = ts_path(code)
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and (not source.is_file() or _not_older(shipped, source)):
        return shipped
    if not source.is_file():
        log.info("no translation for %s; the interface stays in English", code)
        return None
    cached = cache / qm_name(code)
    if cached.is_file() and _not_older(cached, source):
        return cached
    try:
        run_lrelease(source, cached)
    except ToolMissing as error:
        log.warning("cannot compile %s (%s); the interface stays in English", source, error)
        return shipped if shipped.is_file() else None
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("compiling %s failed: %s; the interface stays in English", source, error)
        return shipped if shipped.is_file() else None
    log.info("compiled %s into %s", source.name, cached)
    return cached


def _not_older(compiled: Path, source: Path) -> bool:
    return compiled.stat().st_mtime >= source.stat().st_mtime


def main(argv: list[str] | None = None) -> int:
    """``update``: refresh the .ts sources from the code; ``release DIR``: compile them."""
    parser = argparse.ArgumentParser(prog="python -m articleeditor.translations")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="add new strings to every .ts and drop vanished ones")
    release = sub.add_parser("release", help="compile every .ts into .qm files in DIR")
    release.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        sources = [ts_path(code) for code in shipped_codes()]
        for code, path in zip(shipped_codes(), sources, strict=True):
            if not path.exists():  # a language just added to SHIPPED
                path.write_text(empty_ts(code), encoding="utf-8")
        print(run_lupdate(sources), end="")
    else:
        for path in release_all(args.output):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
