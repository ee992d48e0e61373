"""What a person sees while a batch runs: a rich progress bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rewriter.batch.records import ArticleEvent, Summary
from rewriter.messages import localize, say, ui_language

if TYPE_CHECKING:
    from rich.progress import Progress as Bar, TaskID


class Progress:
    """Fed by article events (from this process or relayed from workers); counts them into the summary."""

    def __init__(self, summary: Summary, quiet: bool) -> None:
        self.summary = summary
        self.quiet = quiet
        self.in_flight: dict[int, int] = {}
        self.ui = ui_language()
        self.bar: Bar | None = None
        self.task: TaskID | None = None
        if sys.stderr.isatty() and not quiet:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(TextColumn("[bold]rewrite"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                           TimeRemainingColumn(), transient=False)
            self.task = self.bar.add_task("articles", total=summary.total, status="")
            self.bar.start()

    def __call__(self, event: ArticleEvent) -> None:
        s = self.summary
        s.count(event)
        self.in_flight[event.shard] = event.in_flight
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, status=say("batch.status", self.ui, done=s.done + s.drafts, failed=s.failed,
                            in_flight=sum(self.in_flight.values()), tokens=s.prompt_tokens + s.completion_tokens))
        elif not self.quiet:
            processed = s.done + s.drafts + s.failed + s.skipped
            detail = f"  {localize(event.detail, self.ui)}" if event.detail else ""
            outcome = say(f"outcome.{event.outcome}", self.ui)
            print(f"[{processed}/{s.total}] {outcome:<7} {event.path}{detail}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
