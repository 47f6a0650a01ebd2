"""End-to-end keystroke → preview, measured from outside the program, beside Ghostwriter.

    .venv/bin/python bench/e2e_keystroke.py [--keys 10] [--apps ours,ghostwriter]
                                           [--docs seed,science,links]

Each program runs under its own Xvfb (a real X display). Real X key events go to its window
through the XTest extension (the same events ``xdotool key`` sends), typing a new paragraph at
the end of the article. The preview page is read through QtWebEngine's remote debugging
(``QTWEBENGINE_REMOTE_DEBUGGING``, Chrome's DevTools protocol over a local websocket): a
MutationObserver in the page stamps the moment the preview's DOM first holds the typed text,
and the script polls that stamp. Latency = stamp − the moment the key press was flushed to the
X server; both are the same wall clock. One key at a time, with a pause between keys.

Needs: Xvfb, xdotool (finding and focusing the window), ghostwriter (Debian package
``ghostwriter``) and the ``websocket-client`` package (bench only; not an app dependency).
Documents: ``seed`` is the 2 KB sample article in resources/, ``science`` the 75 KB science
feature and ``links`` the 1 MB release notes from ``real_articles``.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "resources/sample-site/content/posts/semaglutide-heart-outcomes.md"
PREFIX = "zqv"  # typed first, unmeasured: makes the measured text unique in the page
KEYS = "abcdefghij"

# Installed in the page once: records when a mutation first adds the awaited text.
OBSERVER_JS = """
(() => {
  if (window.__e2e) return 'present';
  const state = window.__e2e = {token: null, seen: null};
  const holds = (node) => (node.textContent || '').includes(state.token);
  new MutationObserver((records) => {
    if (!state.token || state.seen !== null) return;
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
      for (const node of nodes) {
        if (holds(node)) { state.seen = performance.timeOrigin + performance.now(); return; }
      }
    }
  }).observe(document, {childList: true, subtree: true, characterData: true});
  return 'installed';
})()
"""


@dataclass(frozen=True)
class App:
    """How to start one program and where its editor is in its window."""

    name: str
    command: list[str]
    env: dict[str, str]
    editor_x: float  # fraction of the window's width where a click lands in the editor


class Xvfb:
    """A private X display; the server picks a free number (``-displayfd``)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                "1600x1000x24",
                "-noreset",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class XTestKeyboard:
    """Real key events through the XTest extension (libXtst), timed at the flush."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.xtst = ctypes.cdll.LoadLibrary("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeButtonEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.display = self.x11.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot open X display {display}")

    def _code(self, keysym: str) -> int:
        code = self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(keysym.encode()))
        if not code:
            raise ValueError(f"no key for {keysym!r} in the X keymap")
        return code

    def key(self, keysym: str, *modifiers: str) -> float:
        """Press and release ``keysym`` (with modifiers held); the wall-clock time of the flush."""
        codes = [self._code(m) for m in modifiers]
        for code in codes:
            self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        code = self._code(keysym)
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        for code in reversed(codes):
            self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        sent = time.time()
        self.x11.XFlush(self.display)
        return sent

    def click(self, x: int, y: int) -> None:
        self.xtst.XTestFakeMotionEvent(self.display, 0, x, y, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 0, 0)
        self.x11.XFlush(self.display)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


class DevToolsPage:
    """One page of a QtWebEngine process, driven over the DevTools protocol."""

    def __init__(self, websocket_url: str) -> None:
        import websocket  # websocket-client: a bench-only dependency

        # Chromium refuses websocket clients that send an Origin it was not told to allow.
        self.socket = websocket.create_connection(websocket_url, suppress_origin=True, timeout=30)
        self.next_id = 0
        self.context_id: int | None = None

    def call(self, method: str, **params) -> dict:
        """Send one DevTools command and return its result."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self.next_id:
                break
        if "error" in reply:
            raise RuntimeError(f"DevTools {method} failed: {reply['error']}")
        return reply.get("result", {})

    def use_isolated_world(self) -> None:
        """Run our scripts in a world of their own: a preview may disable the page's scripts
        (ours does; its updates run in an isolated world), and observers in the main world
        of such a page never run. Every world sees the same DOM."""
        frame = self.call("Page.getFrameTree")["frameTree"]["frame"]["id"]
        world = self.call("Page.createIsolatedWorld", frameId=frame, worldName="e2e-keystroke")
        self.context_id = world["executionContextId"]

    def evaluate(self, expression: str):
        params: dict = {"expression": expression, "returnByValue": True}
        if self.context_id is not None:
            params["contextId"] = self.context_id
        result = self.call("Runtime.evaluate", **params)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def close(self) -> None:
        self.socket.close()


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(condition, timeout: float, interval: float = 0.05):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return None


def _find_preview(port: int, marker: str, timeout: float) -> DevToolsPage | None:
    """The page whose text holds ``marker`` (the article's last heading): the preview."""

    def attempt() -> DevToolsPage | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=5) as reply:
                targets = json.load(reply)
        except OSError:
            return None
        for target in targets:
            if target.get("type") != "page" or "webSocketDebuggerUrl" not in target:
                continue
            page = DevToolsPage(target["webSocketDebuggerUrl"])
            probe = f"!!document.body && document.body.textContent.includes({json.dumps(marker)})"
            if page.evaluate(probe):
                return page
            page.close()
        return None

    return _wait_for(attempt, timeout, 0.5)


def _main_window(display: str, pid: int, timeout: float) -> str | None:
    """The largest visible top-level window of ``pid``."""

    def attempt() -> str | None:
        env = dict(os.environ, DISPLAY=display)
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
            capture_output=True,
            text=True,
            env=env,
        ).stdout.split()
        best, area = None, 0
        for window in found:
            shape = subprocess.run(
                ["xdotool", "getwindowgeometry", "--shell", window],
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            fields = dict(line.split("=", 1) for line in shape.split() if "=" in line)
            size = int(fields.get("WIDTH", 0)) * int(fields.get("HEIGHT", 0))
            if size > area:
                best, area = window, size
        return best if area > 200 * 200 else None

    return _wait_for(attempt, timeout, 0.5)


def _xdotool(display: str, *args: str) -> None:
    subprocess.run(
        ["xdotool", *args], check=True, env=dict(os.environ, DISPLAY=display), capture_output=True
    )


def _apps(home: Path, port: int) -> dict[str, App]:
    common = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QTWEBENGINE_REMOTE_DEBUGGING": str(port),
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # QtWebEngine refuses root with sandbox
        common["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    # Ghostwriter keeps its settings in QSettings' INI file; the live HTML preview is off
    # until toggled, and restoring the last session would open another file.
    config = home / ".config/ghostwriter"
    config.mkdir(parents=True, exist_ok=True)
    (config / "ghostwriter.conf").write_text(
        "[Preview]\nhtmlPreviewOpen=true\n\n[Session]\nrestoreSession=false\n", encoding="utf-8"
    )
    ours_env = dict(common, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT / "src"))
    return {
        "ours": App("ArticleEditor", [sys.executable, "-m", "articleeditor"], ours_env, 0.3),
        "ghostwriter": App(
            "Ghostwriter", ["ghostwriter"], dict(common, QT_QPA_PLATFORM="xcb"), 0.25
        ),
    }


@contextlib.contextmanager
def _running(app: App, article: Path, display: str, log: Path) -> Iterator[subprocess.Popen]:
    env = dict(os.environ, **app.env, DISPLAY=display)
    env.pop("WAYLAND_DISPLAY", None)
    with log.open("w") as out:
        process = subprocess.Popen(
            [*app.command, str(article)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=article.parent,
        )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def measure(app: App, text: str, keys: int, display: str, port: int, workdir: Path) -> list[float]:
    """Open ``text`` in ``app``; type a new paragraph at its end; ms per measured key."""
    article = workdir / "article.md"
    article.write_text(text, encoding="utf-8")
    marker = [line for line in text.splitlines() if line.startswith("## ")][-1][3:].strip()
    keyboard = XTestKeyboard(display)
    with _running(app, article, display, workdir / f"{app.name}.log") as process:
        page = _find_preview(port, marker, 180)
        if page is None:
            raise RuntimeError(
                f"{app.name}: no preview page showing the article "
                f"(see {workdir / (app.name + '.log')})"
            )
        window = _main_window(display, process.pid, 30)
        if window is None:
            raise RuntimeError(f"{app.name}: no window found")
        _xdotool(display, "windowmove", window, "0", "0")
        _xdotool(display, "windowsize", "--sync", window, "1400", "900")
        _xdotool(display, "windowfocus", "--sync", window)
        time.sleep(1.0)
        keyboard.click(int(1400 * app.editor_x), 450)
        page.use_isolated_world()
        page.evaluate(OBSERVER_JS)
        time.sleep(0.5)

        def arm(token: str) -> None:
            page.evaluate(f"window.__e2e.token = {json.dumps(token)}; window.__e2e.seen = null")

        arm(PREFIX)
        keyboard.key("End", "Control_L")
        for keysym in ("Return", "Return", *PREFIX):
            keyboard.key(keysym)
            time.sleep(0.05)
        if _wait_for(lambda: page.evaluate("window.__e2e.seen"), 60, 0.01) is None:
            raise RuntimeError(f"{app.name}: typed text never reached the preview")
        time.sleep(1.0)
        latencies = []
        typed = PREFIX
        for n in range(keys):
            typed += KEYS[n % len(KEYS)]
            arm(typed)
            sent = keyboard.key(typed[-1])
            seen = _wait_for(lambda: page.evaluate("window.__e2e.seen"), 30, 0.002)
            if seen is None:
                raise RuntimeError(f"{app.name}: key {n + 1} never reached the preview")
            latencies.append(seen - sent * 1000)
            time.sleep(0.4)  # let both programs go idle: each key is measured on its own
        page.close()
    keyboard.close()
    return latencies


def documents(names: list[str]) -> dict[str, str]:
    from bench.real_articles import release_notes, science_feature

    makers = {
        "seed": lambda: SEED.read_text(encoding="utf-8"),
        "science": science_feature,
        "links": release_notes,
    }
    return {name: makers[name]() for name in names}


LABELS = {
    "seed": "2 KB sample article (resources/)",
    "science": "75 KB science feature",
    "links": "1 MB, 3,000 reference links",
}


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keys", type=int, default=10, help="keystrokes timed per document")
    parser.add_argument("--apps", default="ours,ghostwriter")
    parser.add_argument("--docs", default="seed,science,links")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install xvfb xdotool)", file=sys.stderr)
            return 2
    names = [name.strip() for name in args.docs.split(",")]
    texts = documents(names)
    apps_wanted = [name.strip() for name in args.apps.split(",")]
    results: dict[str, dict[str, list[float] | str]] = {name: {} for name in names}
    load_at_start = _loadavg()
    print(f"load average at start: {load_at_start}", file=sys.stderr)
    server = Xvfb()
    try:
        for name, text in texts.items():
            for wanted in apps_wanted:
                workdir = Path(tempfile.mkdtemp(prefix=f"e2e-{wanted}-"))
                port = _free_port()
                app = _apps(workdir / "home", port)[wanted]
                if wanted == "ghostwriter" and shutil.which("ghostwriter") is None:
                    results[name][wanted] = "not installed"
                    continue
                try:
                    figures = measure(app, text, args.keys, server.display, port, workdir)
                except RuntimeError as error:
                    results[name][wanted] = str(error)
                    print(f"{name} {wanted}: {error}", file=sys.stderr)
                    continue
                results[name][wanted] = figures
                print(
                    f"{name} {wanted}: " + ", ".join(f"{v:.0f}" for v in figures), file=sys.stderr
                )
    finally:
        server.stop()

    print(
        f"\nKey event → text in the preview's DOM, median of {args.keys} keys (ms); "
        f"load average {load_at_start} at the start, {_loadavg()} at the end\n"
    )
    print("| article | ArticleEditor | Ghostwriter |")
    print("|---|---:|---:|")
    for name in names:
        cells = []
        for wanted in ("ours", "ghostwriter"):
            figures = results[name].get(wanted)
            if isinstance(figures, list):
                cells.append(f"{statistics.median(figures):.0f}")
            else:
                cells.append("–" if figures is None else "failed")
        print(f"| {LABELS[name]} | {cells[0]} | {cells[1]} |")
    for name in names:
        for wanted, figures in results[name].items():
            if isinstance(figures, str):
                print(f"\n{wanted}, {name}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
