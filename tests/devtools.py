"""A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`), with the standard
library only: the tests type into the query editor as a user does (keys, Ctrl+Space, Ctrl+Enter) and read the DOM.

Chromium reads commands from its file descriptor 3 and writes answers and events to 4, each a JSON message ended by
a NUL byte. bash's `exec` puts our two pipes on those numbers (bash: dash takes one-digit descriptors only).
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Any, Optional

KEYS = {  # key -> (code, Windows virtual key code), as Chromium wants them for a keyDown
    " ": ("Space", 32),
    "Enter": ("Enter", 13),
    "Tab": ("Tab", 9),
    "Escape": ("Escape", 27),
    "ArrowDown": ("ArrowDown", 40),
    "ArrowUp": ("ArrowUp", 38),
}
CTRL = 2  # the protocol's modifier bit for Control


def _above(fd: int, lowest: int) -> int:
    """The same pipe end on a descriptor number of at least `lowest` (the old number closed)."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, lowest)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium with one page; closed (with every helper process) by `close` or a `with` block."""

    def __init__(self, chromium: str, flags: list[str], profile: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        # Chromium's sockets and scratch files: a short path of its own (a socket path is at most 107 bytes), removed
        # on close, since a killed Chromium leaves them in TMPDIR
        self._scratch = tempfile.mkdtemp(prefix="kg-chromium-")
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()
        # the child's ends well above 3 and 4, so that putting one on 3 never overwrites the other
        commands_read, answers_write = (_above(fd, 10) for fd in (commands_read, answers_write))
        self.process = subprocess.Popen(
            ["bash", "-c", f'exec "$@" 3<&{commands_read} 4>&{answers_write}', "chromium", chromium, *flags]
            + [f"--user-data-dir={profile}", "--remote-debugging-pipe", "--disable-back-forward-cache", "about:blank"],
            pass_fds=(commands_read, answers_write),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "TMPDIR": self._scratch},
        )
        os.close(commands_read)
        os.close(answers_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)
        self.send("Runtime.enable", session=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the browser and its helpers share its process group
        except ProcessLookupError:
            pass
        self.process.wait()
        for fd in (self._commands, self._answers):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._scratch, ignore_errors=True)

    # ---- the protocol ------------------------------------------------------------------------------------------
    def send(self, method: str, params: Optional[dict] = None, session: bool = False) -> dict[str, Any]:
        """Run one command and return its result (an error from Chromium fails the test with its message)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise AssertionError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                raise AssertionError(f"Chromium did not answer within {self.timeout:g} s")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise AssertionError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    # ---- what a test does --------------------------------------------------------------------------------------
    def open(self, url: str) -> None:
        """Load `url` and wait for its load event."""
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=True)
        self._wait_for_load(f"{url} did not load within {self.timeout:g} s")

    def follow(self, expression: str) -> None:
        """Run JavaScript that leaves the page (a click on a link, a form's submit, history.back()) and wait for the
        next page's load event (the back-forward cache is off, so going back loads the page again)."""
        self.events.clear()
        # run after this command's answer, so that the page leaving is no error of the command itself
        self.evaluate(f"setTimeout(() => {{ {expression}; }}, 0)")
        self._wait_for_load(f"no page loaded after {expression}")

    def _wait_for_load(self, failure: str) -> None:
        """Until a page starts loading and then fires its load event (a load event alone may be the last page's,
        arriving late)."""
        deadline = time.monotonic() + self.timeout
        while not self._loaded():
            if time.monotonic() > deadline:
                raise AssertionError(failure)
            self.events.append(self._read())

    def _loaded(self) -> bool:
        methods = [e.get("method") for e in self.events]
        if "Page.frameStartedLoading" not in methods:
            return False
        return "Page.loadEventFired" in methods[methods.index("Page.frameStartedLoading") :]

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: Optional[float] = None) -> Any:
        """Poll a JavaScript expression until it is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                value = self.evaluate(expression)
            except AssertionError as error:  # the page is being replaced by the next one: ask that one
                if "navigated" not in str(error) and "context" not in str(error):
                    raise
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"never true: {expression}")
            time.sleep(0.05)

    def type_text(self, text: str) -> None:
        """Type text where the focus is, as a keyboard's characters do (input events fire)."""
        self.send("Input.insertText", {"text": text}, session=True)

    def press(self, key: str, modifiers: int = 0) -> None:
        """Press and release one named key (`KEYS`), with modifier bits (`CTRL`)."""
        code, virtual = KEYS[key]
        down = {"type": "rawKeyDown", "key": key, "code": code, "windowsVirtualKeyCode": virtual}
        down["modifiers"] = modifiers
        if key in (" ", "Enter") and not modifiers:
            down["type"], down["text"] = "keyDown", "\r" if key == "Enter" else " "
        self.send("Input.dispatchKeyEvent", down, session=True)
        self.send("Input.dispatchKeyEvent", {**down, "type": "keyUp", "text": ""}, session=True)
