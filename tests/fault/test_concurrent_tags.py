"""Fault injection: another program keeps saving articles while ``tags rename`` rewrites a site.

A real writer process edits a random subset of a 1000-article site, each save a read, a new
``Revision:`` line in the body and a write (half of them replaced atomically, as editors do,
half rewritten in place). It starts the moment the rename begins replacing files and stops
after the command has exited. Afterwards every file the writer touched must still hold its
last revision, and the command's report must account for every file it left alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import articleeditor

SRC = Path(articleeditor.__file__).resolve().parents[1]
ARTICLES = 1000
TOUCHED = 300  # the writer's subset

# The other program. argv: content folder, log file, stop file, first file written, seed.
WRITER = r"""
import os, random, re, sys, time
from pathlib import Path

folder, log_path, stop, first, seed = sys.argv[1:6]
rng = random.Random(int(seed))
files = sorted(Path(folder).rglob("*.md"))
subset = rng.sample(files, int(sys.argv[6]))
deadline = time.monotonic() + 120
# Start when the rename starts replacing files: its first file gets the new tag.
while b"Common" not in Path(first).read_bytes():
    if os.path.exists(stop) or time.monotonic() > deadline:
        sys.exit(0)
    time.sleep(0.0005)
revision = 0
with open(log_path, "w", encoding="utf-8") as log:
    while not os.path.exists(stop) and time.monotonic() < deadline:
        path = rng.choice(subset)
        revision += 1
        text = path.read_text(encoding="utf-8")
        seen = re.search(r"Revision: (\d+)", text)
        text = re.sub(r"Revision: \d+", f"Revision: {revision}", text)
        data = text.encode("utf-8")
        if revision % 2:
            temp = path.with_name(f".{path.name}.writer")
            temp.write_bytes(data)
            os.replace(temp, path)
        else:
            with open(path, "wb") as f:
                f.write(data)
        log.write(f"{path}\t{revision}\t{seen.group(1) if seen else ''}\n")
        log.flush()
        time.sleep(rng.uniform(0, 0.004))
"""


@dataclass
class Outcome:
    """What one run of the scenario gave."""

    returncode: int
    stdout: str
    stderr: str
    edits: int  # saves the writer made
    last: dict[Path, int]  # each touched file's last revision
    lost: list[Path]  # touched files whose last revision is gone
    lost_saves: int  # saves overwritten before a later save or the end could see them
    changed: list[Path]  # listed by the command as changed
    skipped: list[Path]  # listed by the command as skipped
    summary_skipped: int  # the number of skipped files the summary line gives


def make_site(root: Path) -> Path:
    """A plain site of ARTICLES articles, each tagged "Shared"; returns the content folder."""
    content = root / "content"
    for n in range(ARTICLES):
        path = content / f"section{n % 10}" / f"a{n:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Article {n}  # a comment\ntags: [Shared, Topic{n % 7}]\n"
            f"# notes after the tags\n---\nRevision: 0\n\nBody of article {n}.\n",
            encoding="utf-8",
        )
    return content


def run_scenario(root: Path, src: Path = SRC, seed: int = 1, linger: float = 0.2) -> Outcome:
    """Run ``tags rename Shared Common`` from ``src`` with the writer going (until ``linger``
    seconds after the command exits); report the result."""
    content = make_site(root / "site")
    log, stop = root / "writer.log", root / "stop"
    first = min(content.rglob("*.md"), key=str)  # the command writes files in path order
    env = dict(
        os.environ,
        PYTHONPATH=str(src),
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(root / "cache"),
    )
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER,
            str(content),
            str(log),
            str(stop),
            str(first),
            str(seed),
            str(TOUCHED),
        ]
    )
    try:
        rename = subprocess.run(
            [
                sys.executable,
                "-m",
                "articleeditor",
                "tags",
                "rename",
                "Shared",
                "Common",
                str(root / "site"),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            env=env,
        )
        time.sleep(linger)  # more saves after the command, as a live editor would make
    finally:
        stop.touch()
        writer.wait(timeout=60)
    last: dict[Path, int] = {}
    edits = lost_saves = 0
    for line in log.read_text(encoding="utf-8").splitlines():
        path, revision, seen = line.split("\t")
        # Each save reads the file first: it must find the same file's previous save.
        if Path(path) in last and seen != str(last[Path(path)]):
            lost_saves += 1
        last[Path(path)] = int(revision)
        edits += 1
    lost = [p for p, rev in last.items() if f"Revision: {rev}\n" not in p.read_text("utf-8")]
    lost_saves += len(lost)
    changed = [
        Path(line.removeprefix("changed "))
        for line in rename.stdout.splitlines()
        if line.startswith("changed ")
    ]
    skipped = [
        Path(m) for m in re.findall(r"^skipped (.*): changed on disk", rename.stderr, re.MULTILINE)
    ]
    found = re.search(r"(\d+) skipped because they changed on disk", rename.stdout)
    return Outcome(
        rename.returncode,
        rename.stdout,
        rename.stderr,
        edits,
        last,
        lost,
        lost_saves,
        changed,
        skipped,
        int(found.group(1)) if found else 0,
    )


def test_concurrent_saves_are_never_lost_and_every_skip_is_reported(tmp_path):
    outcome = run_scenario(tmp_path)
    assert outcome.edits >= 50, "the writer must have saved while the rename ran"
    assert outcome.lost == [] and outcome.lost_saves == 0
    # The report accounts for every file left alone, and only files another program saved.
    assert outcome.skipped, "saves during the rename must have made it skip files"
    assert outcome.summary_skipped == len(outcome.skipped)
    assert set(outcome.skipped) <= {p.resolve() for p in outcome.last}
    assert outcome.returncode == 3, outcome.stderr
    assert re.search(
        rf"^{len(outcome.changed)} file\(s\) changed, {len(outcome.skipped)} "
        "skipped",
        outcome.stdout,
        re.MULTILINE,
    )
    # Files the writer never touched were all renamed, and nothing else in them changed.
    content = tmp_path / "site" / "content"
    untouched = [p for p in content.rglob("*.md") if p not in outcome.last]
    assert len(untouched) >= ARTICLES - TOUCHED
    for path in untouched:
        n = int(path.stem[1:])
        assert path.read_text("utf-8") == (
            f"---\ntitle: Article {n}  # a comment\ntags: [Common, Topic{n % 7}]\n"
            f"# notes after the tags\n---\nRevision: 0\n\nBody of article {n}.\n"
        )
    # No temporary file of the command is left behind.
    assert not [p for p in content.rglob(".*") if not p.name.endswith(".writer")]
