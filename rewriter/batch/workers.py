"""The whole job: in this process, or sharded over forked worker processes that share the journal."""

from __future__ import annotations

import asyncio
import gc
import os
import queue as queue_module
import signal
import sys
import time
from typing import TYPE_CHECKING

from rewriter import llm
from rewriter.batch.journal import JOURNAL_NAME, Journal, run_owner
from rewriter.batch.lock import OutdirLock
from rewriter.batch.progress import Progress
from rewriter.batch.records import ArticleEvent, BatchOptions, FatalBatchError, Summary
from rewriter.batch.run import BatchRun, check_model, iter_articles
from rewriter.pipeline import RewriteSettings

if TYPE_CHECKING:
    from multiprocessing.queues import Queue
    from multiprocessing.synchronize import Event as ProcessEvent
    from types import FrameType

_COLLECTOR_THRESHOLDS = (20_000, 20, 20)  # allocations before a young collection (Python's default: 700)

# What a worker tells the parent: ("events", [ArticleEvent, ...]), ("fatal", message) or ("finished", shard index).
WorkerMessage = tuple[str, list[ArticleEvent] | str | int]
EVENT_BATCH_SECONDS = 0.05  # a worker sends its events at most this often: one message per article woke its queue's thread


def process_count(requested: int, concurrency: int, via: str) -> int:
    """0 means automatic: one process per 8 calls at once, at most one per core."""
    if via == "batch-api":
        return 1
    if requested:
        return max(1, min(requested, concurrency))
    return max(1, min(os.cpu_count() or 1, concurrency // 8))


def run_batch(settings: RewriteSettings, options: BatchOptions, *, processes: int = 0, quiet: bool = False) -> Summary:
    """Run a whole batch: in this process, or sharded over worker processes that share the journal.

    Raises OutdirBusy when another run holds OUTDIR and `options.wait` is off.
    """
    options.outdir.mkdir(parents=True, exist_ok=True)
    lock = OutdirLock(options.outdir)
    lock.acquire(options.wait, notice=lambda line: None if quiet else print(line, file=sys.stderr, flush=True))
    try:
        return _run_locked(settings, options, processes, quiet)
    finally:
        lock.release()


def _run_locked(settings: RewriteSettings, options: BatchOptions, processes: int, quiet: bool) -> Summary:
    for stale in options.outdir.rglob(".*.md.*.tmp"):  # left by a kill -9 in the middle of a write
        stale.unlink(missing_ok=True)
    Journal(options.outdir / JOURNAL_NAME).close()  # created once, before workers open it
    summary = Summary(price_in=options.price_in, price_out=options.price_out,
                      total=sum(1 for _ in iter_articles(options.inputs, options.patterns, options.outdir, options.urls)))
    progress = Progress(summary, quiet)
    started = time.monotonic()
    count = process_count(processes, options.concurrency, options.via)
    owner = run_owner()
    budget = llm.LimiterState() if count == 1 else _shared_budget()
    # What start-up built (modules, compiled patterns, the vocabulary) lives as long as the run: the
    # cyclic collector need not scan it again after every few hundred allocations of every article.
    gc.freeze()
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)
    try:
        if count == 1:
            run = BatchRun(settings, options, progress, owner, budget=budget)
            try:
                asyncio.run(run.run())
            finally:
                summary.interrupted = run.interrupted
        else:
            summary.interrupted = _run_sharded(settings, options, count, progress, owner, budget)
    finally:
        progress.close()
        summary.seconds = time.monotonic() - started
        summary.rejected, summary.retries = int(budget.rejected), int(budget.retries)
    return summary


def _shared_budget() -> llm.LimiterState:
    """Shared memory under one lock: the concurrency ceiling, the adaptive limit, --rpm, --tpm and the
    server's rate-limit headers make one budget for all worker processes, as for one client."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    return llm.LimiterState(context.RawArray("d", llm.LimiterState.SIZE), context.Lock())


def _run_sharded(settings: RewriteSettings, options: BatchOptions, count: int, progress: Progress, owner: str,
                 budget: llm.LimiterState) -> bool:
    """Fork `count` workers, each with its share of the stream, all under one budget of calls; relay their events.

    Returns whether the run was interrupted; raises FatalBatchError when a worker met a fatal error.
    """
    import multiprocessing

    if settings.model is not None:
        model = settings.model

        async def check_once() -> None:
            client = llm.make_client(model)  # imports openai once here, shared by the forked workers
            try:
                await check_model(client, model)
            finally:
                await client.close()

        asyncio.run(check_once())

    context = multiprocessing.get_context("fork")
    messages: Queue[WorkerMessage] = context.Queue()
    stop = context.Event()
    workers = [context.Process(target=_shard_main, args=(settings, options, owner, (index, count), messages, stop, budget),
                               daemon=True) for index in range(count)]
    interrupts = 0

    def interrupt(signum: int, frame: FrameType | None) -> None:
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
            if kind == "events":
                for event in payload:
                    progress(event)
            elif kind == "fatal":
                fatal = fatal or str(payload)
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


def _shard_main(settings: RewriteSettings, options: BatchOptions, owner: str, shard: tuple[int, int],
                messages: Queue[WorkerMessage], stop: ProcessEvent, budget: llm.LimiterState) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it tells us through `stop`
    events = _EventBatches(messages)
    run = BatchRun(settings, options, events.add, owner, shard=shard, external_stop=stop, budget=budget)
    try:
        asyncio.run(run.run())
    except FatalBatchError as error:
        messages.put(("fatal", str(error)))
    except Exception as error:
        messages.put(("fatal", f"worker {shard[0]}: {type(error).__name__}: {error}"))
    finally:
        events.send()
        messages.put(("finished", shard[0]))


class _EventBatches:
    """A worker's article events, sent to the parent together every EVENT_BATCH_SECONDS."""

    def __init__(self, messages: Queue[WorkerMessage]) -> None:
        self.messages = messages
        self.waiting: list[ArticleEvent] = []

    def add(self, event: ArticleEvent) -> None:
        """Called on the worker's event loop, as every article event is."""
        self.waiting.append(event)
        if len(self.waiting) == 1:
            asyncio.get_running_loop().call_later(EVENT_BATCH_SECONDS, self.send)

    def send(self) -> None:
        if self.waiting:
            self.messages.put(("events", self.waiting))
            self.waiting = []


def _die_with_parent() -> None:
    """A worker must not outlive a parent killed with SIGKILL: ask Linux to kill it too."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
