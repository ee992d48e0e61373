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
import queue as queue_module
import signal
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator

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
    batch_file_requests: int = BATCH_MAX_REQUESTS


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
                "duration_seconds": round(self.seconds, 2), "articles_per_minute": self.per_minute,
                "interrupted": self.interrupted, "failures": self.failures[:50]}


class Journal:
    """What happened to each article, safe against crashes (WAL, one row per article)."""

    def __init__(self, path: Path) -> None:
        # Used from the event loop and from the single I/O thread, never at the same time for writes.
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
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
        # A site profile changes the output; plain is left out so that journals written before it stay valid.
        **({"site": settings.site.name} if settings.site.name != "plain" else {}),
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
    """A rich progress bar on a terminal; plain log lines otherwise. Fed by article events."""

    def __init__(self, summary: Summary, quiet: bool) -> None:
        self.summary = summary
        self.quiet = quiet
        self.in_flight: dict[int, int] = {}
        self.bar: Any = None
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
        if self.bar is not None:
            self.bar.update(self.task, advance=1, status=f"done {s.done + s.drafts} · failed {s.failed} · "
                            f"in flight {sum(self.in_flight.values())} · tokens {s.prompt_tokens + s.completion_tokens:,}")
        elif not self.quiet:
            processed = s.done + s.drafts + s.failed + s.skipped
            detail = f"  {event.detail}" if event.detail else ""
            print(f"[{processed}/{s.total}] {event.outcome:<7} {event.path}{detail}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class BatchRun:
    """The articles of one process: all of them, or every n-th of the stream when sharded."""

    def __init__(self, settings: RewriteSettings, options: BatchOptions, emit: Callable[[ArticleEvent], None],
                 shard: tuple[int, int] = (0, 1), external_stop: Any = None) -> None:
        self.settings = settings
        self.options = options
        self.emit = emit
        self.shard = shard
        self.external_stop = external_stop  # a multiprocessing.Event set by the parent
        self.stop = asyncio.Event()
        self.interrupted = False
        self.fatal: str | None = None
        self.in_flight = 0
        self.client: Any = None
        self.limiter = llm.Limiter(options.concurrency, rpm=options.rpm, tpm=options.tpm)
        self.journal: Journal | None = None
        # Batch API runs meet an article twice (collecting, listing); count it once.
        self.handled: set[str] | None = set() if options.via == "batch-api" else None
        self.io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rewrite-io")

    # -- one article --------------------------------------------------------------------------
    def _event(self, path: Path, outcome: str, detail: str = "", **usage: int) -> None:
        self.emit(ArticleEvent(str(path), outcome, detail, shard=self.shard[0], in_flight=self.in_flight, **usage))

    def _target(self, relative: Path) -> Path:
        return ensure_inside(self.options.outdir, relative.with_suffix(".md"))

    def _fail(self, path: Path, message: str, key: str | None = None, target: Path | None = None) -> None:
        if key and self.journal:
            self.journal.record(key, path, target or Path(""), "failed", error=message)
        self._event(path, "failed", message)

    def _load(self, path: Path, relative: Path) -> tuple[str, Prepared, str, Path, sqlite3.Row | None] | None:
        """Read, prepare and key one article; None when it is done with (skipped or failed)."""
        assert self.journal
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
            self._event(path, "skipped")
            return None
        if row is not None and row["status"] == "failed" and not self.options.retry_failed:
            self._event(path, "failed", f"{path}: failed before ({row['error']}); use --retry-failed")
            return None
        if target.exists() and not self.options.force and not self.journal.owns(target):
            self._fail(path, f"{target}: already exists (use --force to overwrite)")
            return None
        return text, prepared, key, target, row

    async def _rewrite(self, path: Path, text: str, prepared: Prepared, key: str, target: Path,
                       first_draft: llm.Completion | None = None) -> None:
        assert self.journal
        if self.handled is not None:
            self.handled.add(key)
        loop = asyncio.get_running_loop()
        self.in_flight += 1
        try:
            result = await rewrite_article(text, path.name, self.settings, client=self.client, limiter=self.limiter,
                                           prepared=prepared, first_draft=first_draft)
            calls = sum(attempt.calls for attempt in result.attempts)
            status = "draft" if result.draft else "done"
            # File and journal I/O (fsync, SQLite) run on one thread beside the event loop.
            await loop.run_in_executor(self.io, partial(self._store, result, key, path, target, status, calls))
        except llm.ProviderError as error:
            if error.fatal:
                self.fatal = self.fatal or str(error)
                self.limiter.close(self.fatal)
                self.stop.set()
                self.journal.record(key, path, target, "pending", error=str(error))
                return
            self._fail(path, f"{path}: {error}", key, target)
            return
        except InputError as error:
            self._fail(path, str(error), key, target)
            return
        finally:
            self.in_flight -= 1
        self._event(path, status, f"{result.usage.total_tokens} tokens" if result.usage.total_tokens else "", calls=calls,
                    prompt_tokens=result.usage.prompt_tokens, completion_tokens=result.usage.completion_tokens)

    def _store(self, result: Any, key: str, path: Path, target: Path, status: str, calls: int) -> None:
        """Journal first, then the file, then the outcome: an output never exists without its row,
        so after a crash the re-run knows the file is its own to replace."""
        assert self.journal
        self.journal.record(key, path, target, "writing")
        write_result(result, target, force=True)
        self.journal.record(key, path, target, status, attempts=len(result.attempts), calls=calls, usage=result.usage)

    # -- the whole job ------------------------------------------------------------------------
    async def run(self) -> None:
        """Raises FatalBatchError when the provider stops the job."""
        options = self.options
        self.journal = Journal(options.outdir / JOURNAL_NAME)
        loop = asyncio.get_running_loop()
        workers: list[asyncio.Task[None]] = []
        interrupts = 0

        def interrupt() -> None:
            nonlocal interrupts
            interrupts += 1
            self.interrupted = True
            self.stop.set()
            if interrupts > 1:
                for task in workers:
                    task.cancel()

        watcher = asyncio.create_task(self._watch_parent()) if self.external_stop is not None else None
        handles_signals = self.external_stop is None
        if handles_signals:
            loop.add_signal_handler(signal.SIGINT, interrupt)
            loop.add_signal_handler(signal.SIGTERM, interrupt)
        try:
            if self.settings.model is not None:
                self.client = llm.make_client(self.settings.model)
                if self.external_stop is None:  # sharded workers: the parent checked once for all
                    await _check_model(self.client, self.settings.model)
            if options.via == "batch-api" and self.settings.model is not None:
                await self._run_batch_api()
            else:
                # Twice as many articles in progress as model calls allowed: while some are parsed,
                # checked or written, the others keep every call slot busy. The limiter caps the calls.
                count = options.concurrency * 2
                queue: asyncio.Queue[tuple[Path, Path] | None] = asyncio.Queue(maxsize=count)
                workers = [asyncio.create_task(self._worker(queue)) for _ in range(count)]
                await self._produce(queue, count)
                await asyncio.gather(*workers, return_exceptions=True)
            if self.fatal:
                raise FatalBatchError(self.fatal)
        finally:
            for task in workers + ([watcher] if watcher else []):
                task.cancel()
            if self.client is not None:
                await self.client.close()
            self.io.shutdown(wait=True)
            self.journal.close()
            if handles_signals:
                loop.remove_signal_handler(signal.SIGINT)
                loop.remove_signal_handler(signal.SIGTERM)

    async def _watch_parent(self) -> None:
        while not self.external_stop.is_set():
            await asyncio.sleep(0.05)
        self.interrupted = True
        self.stop.set()

    def _articles(self) -> Iterator[tuple[Path, Path]]:
        index, count = self.shard
        for position, item in enumerate(iter_articles(self.options.inputs, self.options.patterns, self.options.outdir)):
            if position % count == index:
                yield item

    async def _produce(self, queue: asyncio.Queue[tuple[Path, Path] | None], workers: int) -> None:
        for item in self._articles():
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
        assert self.journal and self.settings.model is not None
        model = self.settings.model
        for batch_id in self.journal.open_batches():  # a restart resumes polling
            await self._collect(batch_id)
        pending: list[tuple[str, Path, Path, bytes]] = []
        size = 0
        for path, relative in self._articles():
            if self.stop.is_set():
                return
            loaded = self._load(path, relative)
            if loaded is None:
                continue
            text, prepared, key, target, row = loaded
            if row is not None and row["status"] == "submitted":
                continue
            line = json.dumps({"custom_id": key, "method": "POST", "url": "/v1/chat/completions",
                               "body": llm.request_body(model, llm.conversation_of(prepared.messages))},
                              ensure_ascii=False).encode("utf-8") + b"\n"
            if pending and (len(pending) >= self.options.batch_file_requests or size + len(line) > BATCH_MAX_BYTES):
                await self._submit(pending)
                pending, size = [], 0
            pending.append((key, path, target, line))
            size += len(line)
        if pending:
            await self._submit(pending)
        for batch_id in self.journal.open_batches():
            await self._collect(batch_id)

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


def process_count(requested: int, concurrency: int, via: str) -> int:
    """0 means automatic: one process per 8 calls at once, at most one per core."""
    if via == "batch-api":
        return 1
    if requested:
        return max(1, min(requested, concurrency))
    return max(1, min(os.cpu_count() or 1, concurrency // 8))


def run_batch(settings: RewriteSettings, options: BatchOptions, *, processes: int = 0, quiet: bool = False) -> Summary:
    """Run a whole batch: in this process, or sharded over worker processes that share the journal."""
    options.outdir.mkdir(parents=True, exist_ok=True)
    for stale in options.outdir.rglob(".*.md.*.tmp"):  # left by a kill -9 in the middle of a write
        stale.unlink(missing_ok=True)
    Journal(options.outdir / JOURNAL_NAME).close()  # created once, before workers open it
    summary = Summary(price_in=options.price_in, price_out=options.price_out,
                      total=sum(1 for _ in iter_articles(options.inputs, options.patterns, options.outdir)))
    progress = Progress(summary, quiet)
    started = time.monotonic()
    count = process_count(processes, options.concurrency, options.via)
    try:
        if count == 1:
            run = BatchRun(settings, options, progress)
            try:
                asyncio.run(run.run())
            finally:
                summary.interrupted = run.interrupted
        else:
            summary.interrupted = _run_sharded(settings, options, count, progress)
    finally:
        progress.close()
        summary.seconds = time.monotonic() - started
    return summary


def _run_sharded(settings: RewriteSettings, options: BatchOptions, count: int, progress: Progress) -> bool:
    """Fork `count` workers, each with its share of the stream and of the concurrency; relay their events.

    Returns whether the run was interrupted; raises FatalBatchError when a worker met a fatal error.
    """
    import multiprocessing

    if settings.model is not None:
        model = settings.model

        async def check_once() -> None:
            client = llm.make_client(model)  # imports openai once here, shared by the forked workers
            try:
                await _check_model(client, model)
            finally:
                await client.close()

        asyncio.run(check_once())

    context = multiprocessing.get_context("fork")
    messages = context.Queue()
    stop = context.Event()
    share = replace(options, concurrency=max(1, -(-options.concurrency // count)))
    workers = [context.Process(target=_shard_main, args=(settings, share, (index, count), messages, stop), daemon=True)
               for index in range(count)]
    interrupts = 0

    def interrupt(signum: int, frame: Any) -> None:
        nonlocal interrupts
        interrupts += 1
        stop.set()
        if interrupts > 1:
            for worker in workers:
                worker.terminate()

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    fatal: str | None = None
    try:
        for worker in workers:
            worker.start()
        finished = 0
        while finished < count:
            try:
                kind, payload = messages.get(timeout=0.5)
            except queue_module.Empty:
                if not any(worker.is_alive() for worker in workers):
                    break
                continue
            if kind == "event":
                progress(payload)
            elif kind == "fatal":
                fatal = fatal or payload
                stop.set()
            else:
                finished += 1
        for worker in workers:
            worker.join()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if fatal:
        raise FatalBatchError(fatal)
    return interrupts > 0


def _shard_main(settings: RewriteSettings, options: BatchOptions, shard: tuple[int, int], messages: Any, stop: Any) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it tells us through `stop`
    run = BatchRun(settings, options, lambda event: messages.put(("event", event)), shard=shard, external_stop=stop)
    try:
        asyncio.run(run.run())
    except FatalBatchError as error:
        messages.put(("fatal", str(error)))
    except Exception as error:
        messages.put(("fatal", f"worker {shard[0]}: {type(error).__name__}: {error}"))
    finally:
        messages.put(("finished", shard[0]))


async def _check_model(client: Any, model: llm.ModelSettings) -> None:
    try:
        await llm.check_model(client, model)
    except llm.ProviderError as error:
        raise FatalBatchError(str(error)) from None


def _die_with_parent() -> None:
    """A worker must not outlive a parent killed with SIGKILL: ask Linux to kill it too."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
