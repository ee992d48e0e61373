"""The small typed objects of a batch: its options, what happened to each article, the summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BATCH_MAX_REQUESTS = 50_000
MAX_FAILURES_KEPT = 1000  # messages kept for the summary; the journal has them all


class FatalBatchError(Exception):
    """Stops the whole job: credentials, unknown model, exhausted quota."""


@dataclass
class BatchOptions:
    inputs: list[Path]
    outdir: Path
    patterns: list[str] = field(default_factory=lambda: ["*.txt", "*.md"])
    concurrency: int = 8
    retry_failed: bool = False
    force: bool = False
    rpm: float | None = None
    tpm: float | None = None
    price_in: float | None = None
    price_out: float | None = None
    max_bytes: int = 5 * 1024 * 1024
    via: str = "online"
    poll_interval: float = 5.0
    poll_max_interval: float = 300.0
    batch_file_requests: int = BATCH_MAX_REQUESTS
    wait: bool = False  # for a run that holds OUTDIR, instead of stopping
    urls: list[str] = field(default_factory=list)  # pages to fetch, after the files
    fetch_timeout: float = 20.0


@dataclass(frozen=True)
class ArticleEvent:
    """What happened to one article; sent from a worker process to the parent as is."""

    path: str
    outcome: str  # done, draft, failed or skipped
    detail: str = ""
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    shard: int = 0
    in_flight: int = 0


@dataclass
class Summary:
    total: int = 0
    done: int = 0
    drafts: int = 0
    failed: int = 0
    skipped: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    rejected: int = 0  # requests the server answered 429 (they count in `calls`)
    retries: int = 0  # requests sent again after a failure
    seconds: float = 0.0
    price_in: float | None = None
    price_out: float | None = None
    interrupted: bool = False
    failures: list[str] = field(default_factory=list)

    def count(self, event: ArticleEvent) -> None:
        if event.outcome == "done":
            self.done += 1
        elif event.outcome == "draft":
            self.drafts += 1
        elif event.outcome == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            if len(self.failures) < MAX_FAILURES_KEPT:
                self.failures.append(event.detail)
        self.calls += event.calls
        self.prompt_tokens += event.prompt_tokens
        self.completion_tokens += event.completion_tokens

    @property
    def cost(self) -> float | None:
        if self.price_in is None and self.price_out is None:
            return None
        return round((self.prompt_tokens * (self.price_in or 0) + self.completion_tokens * (self.price_out or 0)) / 1e6, 6)

    @property
    def per_minute(self) -> float:
        processed = self.done + self.drafts + self.failed
        return round(60 * processed / self.seconds, 1) if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "done": self.done, "drafts": self.drafts, "failed": self.failed, "skipped": self.skipped,
                "calls": self.calls, "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.prompt_tokens + self.completion_tokens, "cost": self.cost,
                "rejected_requests": self.rejected, "retries": self.retries,
                "duration_seconds": round(self.seconds, 2), "articles_per_minute": self.per_minute,
                "interrupted": self.interrupted, "failures": self.failures[:50]}
