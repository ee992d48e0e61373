"""Batch jobs: folders of articles through the same pipeline as one article.

Articles stream from the folder through a bounded queue to workers sharing one
client and one adaptive limiter. A SQLite journal (WAL) in OUTDIR, keyed by a
hash of what determines the output, records each article: re-running skips
finished ones with no model call, and after a crash (even kill -9) a re-run
finishes the rest. Outputs are written atomically, so none is ever truncated.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import json
import os
import signal
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Iterator

from rewriter import llm
from rewriter.files import InputError, ensure_inside, read_article
from rewriter.pipeline import Prepared, RewriteSettings, prepare, rewrite_article, write_result

JOURNAL_NAME = ".rewrite-journal.sqlite"
BATCH_MAX_REQUESTS = 50_000
BATCH_MAX_BYTES = 200 * 1024 * 1024
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
    seconds: float = 0.0
    price_in: float | None = None
    price_out: float | None = None
    interrupted: bool = False
    failures: list[str] = field(default_factory=list)

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
                "duration_seconds": round(self.seconds, 2), "articles_per_minute": self.per_minute,
                "interrupted": self.interrupted, "failures": self.failures[:50]}


class Journal:
    """What happened to each article, safe against crashes (WAL, one row per article)."""

    def __init__(self, path: Path) -> None:
        # Used from the event loop and from the single I/O thread, never at the same time for writes.
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.executescript("""
            CREATE TABLE IF NOT EXISTS articles (
                key TEXT PRIMARY KEY, input TEXT NOT NULL, output TEXT NOT NULL, status TEXT NOT NULL,
                attempts INTEGER DEFAULT 0, calls INTEGER DEFAULT 0, prompt_tokens INTEGER DEFAULT 0,
                completion_tokens INTEGER DEFAULT 0, error TEXT, batch_id TEXT, updated REAL);
            CREATE INDEX IF NOT EXISTS articles_output ON articles(output);
            CREATE TABLE IF NOT EXISTS batches (
                batch_id TEXT PRIMARY KEY, status TEXT NOT NULL, created REAL, output_file_id TEXT, error_file_id TEXT);
        """)

    def get(self, key: str) -> sqlite3.Row | None:
        self.connection.row_factory = sqlite3.Row
        return self.connection.execute("SELECT * FROM articles WHERE key = ?", (key,)).fetchone()

    def owns(self, output: Path) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE output = ? LIMIT 1", (str(output),)).fetchone() is not None

    def record(self, key: str, input_path: Path, output: Path, status: str, *, attempts: int = 0, calls: int = 0,
               usage: llm.Usage | None = None, error: str | None = None, batch_id: str | None = None) -> None:
        usage = usage or llm.Usage()
        self.connection.execute(
            "INSERT INTO articles (key, input, output, status, attempts, calls, prompt_tokens, completion_tokens, error, batch_id, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET input=excluded.input, output=excluded.output, "
            "status=excluded.status, attempts=excluded.attempts, calls=excluded.calls, prompt_tokens=excluded.prompt_tokens, "
            "completion_tokens=excluded.completion_tokens, error=excluded.error, batch_id=COALESCE(excluded.batch_id, articles.batch_id), "
            "updated=excluded.updated",
            (key, str(input_path), str(output), status, attempts, calls, usage.prompt_tokens, usage.completion_tokens, error, batch_id, time.time()))

    def add_batch(self, batch_id: str) -> None:
        self.connection.execute("INSERT OR IGNORE INTO batches (batch_id, status, created) VALUES (?, 'submitted', ?)", (batch_id, time.time()))

    def set_batch(self, batch_id: str, status: str) -> None:
        self.connection.execute("UPDATE batches SET status = ? WHERE batch_id = ?", (status, batch_id))

    def open_batches(self) -> list[str]:
        rows = self.connection.execute("SELECT batch_id FROM batches WHERE status NOT IN ('collected') ORDER BY created").fetchall()
        return [row[0] for row in rows]

    def submitted(self, batch_id: str) -> list[sqlite3.Row]:
        self.connection.row_factory = sqlite3.Row
        return self.connection.execute("SELECT * FROM articles WHERE batch_id = ? AND status = 'submitted'", (batch_id,)).fetchall()

    def close(self) -> None:
        self.connection.close()


def article_key(prepared: Prepared, text: str, settings: RewriteSettings) -> str:
    """Hash of everything that decides the output: input, spec, templates, model and parameters."""
    model = settings.model
    material = json.dumps({
        "text": text, "spec": prepared.spec.public(), "templates": settings.prompts.fingerprint,
        "model": model.model if model else "offline", "base_url": model.base_url if model else None,
        "temperature": model.temperature if model else None, "max_attempts": settings.max_attempts,
        "levels": settings.levels, "thresholds": settings.thresholds.__dict__,
    }, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def iter_articles(inputs: list[Path], patterns: list[str], outdir: Path) -> Iterator[tuple[Path, Path]]:
    """(file, path relative to its input root) for every article, streamed; OUTDIR itself is skipped.

    Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    """
    skip = outdir.resolve()
    for root in inputs:
        if root.is_file():
            yield root, Path(root.name)
            continue
        for folder, subfolders, names in os.walk(root, followlinks=False):
            here = Path(folder)
            subfolders[:] = sorted(name for name in subfolders if (here / name).resolve() != skip)
            for name in sorted(names):
                if any(fnmatch.fnmatch(name, pattern) for pattern in patterns) and name != JOURNAL_NAME:
                    yield here / name, (here / name).relative_to(root)


class Progress:
    """A rich progress bar on a terminal; plain log lines otherwise."""

    def __init__(self, total: int, summary: Summary, quiet: bool) -> None:
        self.summary = summary
        self.quiet = quiet
        self.in_flight = 0
        self.bar: Any = None
        if sys.stderr.isatty() and not quiet:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(TextColumn("[bold]rewrite"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                           TimeRemainingColumn(), transient=False)
            self.task = self.bar.add_task("articles", total=total, status="")
            self.bar.start()

    def update(self, path: Path, outcome: str, detail: str = "") -> None:
        s = self.summary
        if self.bar is not None:
            self.bar.update(self.task, advance=1, status=f"done {s.done + s.drafts} · failed {s.failed} · in flight {self.in_flight} · "
                                                           f"tokens {s.prompt_tokens + s.completion_tokens:,}")
        elif not self.quiet:
            processed = s.done + s.drafts + s.failed + s.skipped
            print(f"[{processed}/{s.total}] {outcome:<7} {path}{'  ' + detail if detail else ''}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class BatchRun:
    def __init__(self, settings: RewriteSettings, options: BatchOptions, quiet: bool = False) -> None:
        self.settings = settings
        self.options = options
        self.quiet = quiet
        self.summary = Summary(price_in=options.price_in, price_out=options.price_out)
        self.stop = asyncio.Event()
        self.fatal: str | None = None
        self.client: Any = None
        self.limiter = llm.Limiter(options.concurrency, rpm=options.rpm, tpm=options.tpm)
        self.journal: Journal | None = None
        self.progress: Progress | None = None
        # Batch API runs meet an article twice (collecting, listing); count it once.
        self.handled: set[str] | None = set() if options.via == "batch-api" else None
        self.io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rewrite-io")

    # -- one article --------------------------------------------------------------------------
    def _target(self, relative: Path) -> Path:
        return ensure_inside(self.options.outdir, relative.with_suffix(".md"))

    def _fail(self, path: Path, message: str, key: str | None = None, target: Path | None = None) -> None:
        self.summary.failed += 1
        if len(self.summary.failures) < MAX_FAILURES_KEPT:
            self.summary.failures.append(message)
        if key and self.journal:
            self.journal.record(key, path, target or Path(""), "failed", error=message)
        assert self.progress
        self.progress.update(path, "failed", message)

    def _load(self, path: Path, relative: Path) -> tuple[str, Prepared, str, Path, sqlite3.Row | None] | None:
        """Read, prepare and key one article; None when it is done with (skipped or failed)."""
        assert self.journal and self.progress
        try:
            text = read_article(path, self.options.max_bytes).text
            target = self._target(relative)
        except InputError as error:
            self._fail(path, str(error))
            return None
        if target == path.resolve():
            self._fail(path, f"{path}: the output would overwrite the input")
            return None
        try:
            prepared = prepare(text, self.settings, str(path))
        except InputError as error:
            self._fail(path, str(error))
            return None
        key = article_key(prepared, text, self.settings)
        if self.handled is not None:
            if key in self.handled:
                return None
        row = self.journal.get(key)
        if row is not None and row["status"] in ("done", "draft") and Path(row["output"]).exists():
            self.summary.skipped += 1
            self.progress.update(path, "skipped")
            return None
        if row is not None and row["status"] == "failed" and not self.options.retry_failed:
            self.summary.failed += 1
            if len(self.summary.failures) < MAX_FAILURES_KEPT:
                self.summary.failures.append(f"{path}: failed before ({row['error']}); use --retry-failed")
            self.progress.update(path, "failed", "failed before; --retry-failed to retry")
            return None
        if target.exists() and not self.options.force and not self.journal.owns(target):
            self._fail(path, f"{target}: already exists (use --force to overwrite)")
            return None
        return text, prepared, key, target, row

    async def _rewrite(self, path: Path, text: str, prepared: Prepared, key: str, target: Path,
                       first_draft: llm.Completion | None = None) -> None:
        assert self.journal and self.progress
        if self.handled is not None:
            self.handled.add(key)
        self.progress.in_flight += 1
        try:
            result = await rewrite_article(text, path.name, self.settings, client=self.client, limiter=self.limiter,
                                           prepared=prepared, first_draft=first_draft)
            # File and journal I/O (fsync, SQLite) run on one thread beside the event loop.
            await asyncio.get_running_loop().run_in_executor(self.io, partial(write_result, result, target, force=True))
        except llm.ProviderError as error:
            if error.fatal:
                self.fatal = str(error)
                self.stop.set()
                self.journal.record(key, path, target, "pending", error=str(error))
                return
            self._fail(path, f"{path}: {error}", key, target)
            return
        except InputError as error:
            self._fail(path, str(error), key, target)
            return
        finally:
            self.progress.in_flight -= 1
        calls = sum(attempt.calls for attempt in result.attempts)
        self.summary.calls += calls
        self.summary.prompt_tokens += result.usage.prompt_tokens
        self.summary.completion_tokens += result.usage.completion_tokens
        status = "draft" if result.draft else "done"
        if result.draft:
            self.summary.drafts += 1
        else:
            self.summary.done += 1
        await asyncio.get_running_loop().run_in_executor(
            self.io, partial(self.journal.record, key, path, target, status, attempts=len(result.attempts), calls=calls, usage=result.usage))
        self.progress.update(path, status, f"{result.usage.total_tokens} tokens" if result.usage.total_tokens else "")

    # -- the whole job ------------------------------------------------------------------------
    async def run(self) -> Summary:
        options = self.options
        options.outdir.mkdir(parents=True, exist_ok=True)
        for stale in options.outdir.rglob(".*.md.*.tmp"):  # left by a kill -9 in the middle of a write
            stale.unlink(missing_ok=True)
        self.journal = Journal(options.outdir / JOURNAL_NAME)
        self.summary.total = sum(1 for _ in iter_articles(options.inputs, options.patterns, options.outdir))
        self.progress = Progress(self.summary.total, self.summary, self.quiet)
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        interrupts = 0

        def interrupt() -> None:
            nonlocal interrupts
            interrupts += 1
            self.summary.interrupted = True
            self.stop.set()
            if interrupts > 1:
                for task in workers:
                    task.cancel()

        workers: list[asyncio.Task[None]] = []
        try:
            loop.add_signal_handler(signal.SIGINT, interrupt)
            loop.add_signal_handler(signal.SIGTERM, interrupt)
        except (NotImplementedError, RuntimeError):
            pass
        try:
            if self.settings.model is not None:
                self.client = llm.make_client(self.settings.model)
                try:
                    await llm.check_model(self.client, self.settings.model)
                except llm.ProviderError as error:
                    raise FatalBatchError(str(error)) from None
            if options.via == "batch-api" and self.settings.model is not None:
                await self._run_batch_api()
            else:
                queue: asyncio.Queue[tuple[Path, Path] | None] = asyncio.Queue(maxsize=options.concurrency * 2)
                workers = [asyncio.create_task(self._worker(queue)) for _ in range(options.concurrency)]
                await self._produce(queue, options.concurrency)
                await asyncio.gather(*workers, return_exceptions=True)
            if self.fatal:
                raise FatalBatchError(self.fatal)
        finally:
            for task in workers:
                task.cancel()
            self.progress.close()
            if self.client is not None:
                await self.client.close()
            self.io.shutdown(wait=True)
            self.journal.close()
            self.summary.seconds = time.monotonic() - started
            try:
                loop.remove_signal_handler(signal.SIGINT)
                loop.remove_signal_handler(signal.SIGTERM)
            except (NotImplementedError, RuntimeError):
                pass
        return self.summary

    async def _produce(self, queue: asyncio.Queue[tuple[Path, Path] | None], workers: int) -> None:
        for item in iter_articles(self.options.inputs, self.options.patterns, self.options.outdir):
            if self.stop.is_set():
                break
            await queue.put(item)
        for _ in range(workers):
            await queue.put(None)

    async def _worker(self, queue: asyncio.Queue[tuple[Path, Path] | None]) -> None:
        while (item := await queue.get()) is not None:
            if self.stop.is_set():
                continue
            try:
                loaded = self._load(*item)
                if loaded is not None:
                    text, prepared, key, target, _ = loaded
                    await self._rewrite(item[0], text, prepared, key, target)
            except Exception as error:  # a bug or an unforeseen fault stays with its article
                self._fail(item[0], f"{item[0]}: unexpected error: {type(error).__name__}: {error}")

    # -- the provider's Batch API ---------------------------------------------------------------
    async def _run_batch_api(self) -> None:
        assert self.journal
        for batch_id in self.journal.open_batches():  # a restart resumes polling
            await self._collect(batch_id)
        pending: list[tuple[str, Path, Path, bytes]] = []
        size = 0
        for path, relative in iter_articles(self.options.inputs, self.options.patterns, self.options.outdir):
            if self.stop.is_set():
                return
            loaded = self._load(path, relative)
            if loaded is None:
                continue
            text, prepared, key, target, row = loaded
            if row is not None and row["status"] == "submitted":
                continue
            line = json.dumps({"custom_id": key, "method": "POST", "url": "/v1/chat/completions",
                               "body": self._request_body(prepared)}, ensure_ascii=False).encode("utf-8") + b"\n"
            if pending and (len(pending) >= BATCH_MAX_REQUESTS or size + len(line) > BATCH_MAX_BYTES):
                await self._submit(pending)
                pending, size = [], 0
            pending.append((key, path, target, line))
            size += len(line)
        if pending:
            await self._submit(pending)
        for batch_id in self.journal.open_batches():
            await self._collect(batch_id)

    def _request_body(self, prepared: Prepared) -> dict[str, Any]:
        model = self.settings.model
        assert model is not None
        body: dict[str, Any] = {"model": model.model, "messages": [{"role": m.role, "content": m.content} for m in prepared.messages]}
        if model.temperature is not None:
            body["temperature"] = model.temperature
        return body

    async def _submit(self, pending: list[tuple[str, Path, Path, bytes]]) -> None:
        assert self.journal
        upload = await self.client.files.create(file=("requests.jsonl", b"".join(line for *_, line in pending)), purpose="batch")
        batch = await self.client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h")
        self.journal.add_batch(batch.id)  # stored at once: a crash from here on resumes polling
        for key, path, target, _ in pending:
            self.journal.record(key, path, target, "submitted", batch_id=batch.id)

    async def _collect(self, batch_id: str) -> None:
        """Poll with capped backoff, then validate each result and repair failures online."""
        assert self.journal
        interval = self.options.poll_interval
        while True:
            batch = await self.client.batches.retrieve(batch_id)
            if batch.status in ("completed", "failed", "expired", "cancelled"):
                break
            if self.stop.is_set():
                return
            await asyncio.sleep(interval)
            interval = min(interval * 2, self.options.poll_max_interval)
        answers: dict[str, dict[str, Any]] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                content = await self.client.files.content(file_id)
                for line in content.text.splitlines():
                    if line.strip():
                        record = json.loads(line)
                        answers[record["custom_id"]] = record
        for row in self.journal.submitted(batch_id):
            if self.stop.is_set():
                return
            path = Path(row["input"])
            loaded = self._load(path, Path(row["output"]).relative_to(self.options.outdir.resolve()).with_suffix(path.suffix))
            if loaded is None:
                continue
            text, prepared, key, target, _ = loaded
            await self._rewrite(path, text, prepared, key, target, _batch_completion(answers.get(row["key"]), self.settings))
        self.journal.set_batch(batch_id, "collected")


def _batch_completion(record: dict[str, Any] | None, settings: RewriteSettings) -> llm.Completion | None:
    """The answer of the Batch API for one article, or None to take the online path from the start."""
    if not record or record.get("error") or not record.get("response") or record["response"].get("status_code") != 200:
        return None
    body = record["response"]["body"]
    try:
        choice = body["choices"][0]
        content, finish = choice["message"]["content"] or "", choice.get("finish_reason")
    except (KeyError, IndexError, TypeError):
        return None
    if finish != "stop" or not content.strip():
        return None
    usage = body.get("usage") or {}
    assert settings.model is not None
    return llm.Completion(content, finish, llm.Usage(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)),
                          settings.model.model, calls=0)

