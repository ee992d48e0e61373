"""Live progress of a single rewrite, on one line of a terminal's stderr.

The pipeline tells where it is (cleaning, drafting, checking, repairing) and the model
call how many tokens have streamed in; a ticker redraws the line with the elapsed time
while the model thinks. Only the command line creates one, and only when stderr is a
terminal and neither --quiet nor --json is given: stdout and logs never see it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Awaitable, TextIO, TypeVar

from rewriter.messages import say

T = TypeVar("T")
_SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_CLEAR = "\r\x1b[2K"
TICK = 0.2  # seconds between redraws while nothing else happens


class Progress:
    def __init__(self, stream: TextIO, ui: str = "en", width: int = 100) -> None:
        self.stream = stream
        self.ui = ui
        self.width = width
        self.started = time.monotonic()
        self.stage_name = ""
        self.attempt = ""
        self.failures = ""
        self.received = 0
        self.frame = 0

    def stage(self, name: str, *, attempt: int = 0, attempts: int = 0, failures: list[str] | None = None) -> None:
        """Enter a stage: cleaning, drafting, checking or repairing (the latter two of attempt n of N)."""
        self.stage_name = say(f"progress.{name}", self.ui)
        self.attempt = say("progress.attempt", self.ui, attempt=attempt, attempts=attempts) if attempt else ""
        # The failures being repaired close the line: cut first when the terminal is narrow.
        shown = "; ".join(failure.split(" (line")[0] for failure in (failures or [])[:2])
        self.failures = shown + (f" (+{len(failures) - 2})" if failures and len(failures) > 2 else "")
        self.received = 0
        self.draw()

    def tokens(self, received: int) -> None:
        self.received = received
        self.draw()

    def draw(self) -> None:
        self.frame += 1
        elapsed = time.monotonic() - self.started
        fields = [f"{_SPINNER[self.frame % len(_SPINNER)]} {self.stage_name}", self.attempt]
        if self.received:
            fields.append(say("progress.tokens", self.ui, count=self.received))
        fields += [f"{elapsed:.1f} s", self.failures]
        line = " · ".join(field for field in fields if field)
        if len(line) > self.width:
            line = line[: self.width - 1] + "…"
        self.stream.write(_CLEAR + line)
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write(_CLEAR)
        self.stream.flush()

    async def around(self, work: Awaitable[T]) -> T:
        """Await `work`, redrawing every TICK so the elapsed time moves; the line is cleared at the end."""

        async def tick() -> None:
            while True:
                await asyncio.sleep(TICK)
                self.draw()

        ticker = asyncio.create_task(tick())
        try:
            return await work
        finally:
            ticker.cancel()
            self.clear()
