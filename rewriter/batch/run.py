"""The articles of one process, and the online loop that rewrites them with one client and one limiter."""

from __future__ import annotations

import asyncio
import fnmatch
import os
import signal
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from rewriter import llm, logs
from rewriter.batch.batch_api import submit_and_collect
from rewriter.batch.journal import JOURNAL_NAME, LEASE_SECONDS, Journal, article_key
from rewriter.batch.lock import LOCK_NAME
from rewriter.batch.records import ArticleEvent, BatchOptions, FatalBatchError
from rewriter.files import InputError, ensure_inside, read_article
from rewriter.messages import Phrase
from rewriter.pipeline import Prepared, RewriteResult, RewriteSettings, prepare, rewrite_article, write_result

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event as ProcessEvent

    from openai import AsyncOpenAI


Source = Path | str  # a file, or the http(s) URL of a page


@dataclass
class LoadedArticle:
    """An article read, prepared and keyed, with its journal row from an earlier run if any."""

    path: Source
    text: str
    prepared: Prepared
    key: str
    target: Path
    row: sqlite3.Row | None


def iter_articles(inputs: list[Path], patterns: list[str], outdir: Path, urls: list[str]) -> Iterator[tuple[Source, Path]]:
    """(file, path relative to its input root) for every article, streamed; OUTDIR itself is skipped.
    Then (URL, host/name) for every URL.

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
                if any(fnmatch.fnmatch(name, pattern) for pattern in patterns) and name not in (JOURNAL_NAME, LOCK_NAME):
                    yield here / name, (here / name).relative_to(root)
    if urls:
        from urllib.parse import urlsplit

        from rewriter.fetch import url_file_name

        for url in urls:
            yield url, Path(urlsplit(url).hostname or "", url_file_name(url))


class BatchRun:
    """The articles of one process: all of them, or every n-th of the stream when sharded.

    Reads, keys and rewrites single articles for either path (online here, `batch_api` for the
    provider's Batch API) and runs the online loop.
    """

    def __init__(self, settings: RewriteSettings, options: BatchOptions, emit: Callable[[ArticleEvent], None], owner: str,
                 shard: tuple[int, int] = (0, 1), external_stop: ProcessEvent | None = None,
                 budget: llm.LimiterState | None = None) -> None:
        self.settings = settings
        self.options = options
        self.emit = emit
        self.owner = owner  # the run's name on the articles it claims in the journal
        self.shard = shard
        self.external_stop = external_stop  # set by the parent of sharded workers
        self.stop = asyncio.Event()
        self.interrupted = False
        self.fatal: str | None = None
        self.in_flight = 0
        self.client: AsyncOpenAI | None = None
        # One budget for the whole run: `budget` is shared by the worker processes when sharded.
        self.limiter = llm.Limiter(options.concurrency, rpm=options.rpm, tpm=options.tpm, state=budget)
        self.journal = Journal(options.outdir / JOURNAL_NAME)
        # Batch API runs meet an article twice (collecting, listing); count it once.
        self.handled: set[str] | None = set() if options.via == "batch-api" else None
        self.io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rewrite-io")
        self.tasks: list[asyncio.Task[None]] = []  # the online loop's workers, cancelled by a second Ctrl-C

    # -- one article --------------------------------------------------------------------------
    def event(self, path: Source, outcome: str, detail: str = "", **usage: int) -> None:
        self.emit(ArticleEvent(str(path), outcome, detail, shard=self.shard[0], in_flight=self.in_flight, **usage))

    def fail(self, path: Source, message: str, key: str | None = None, target: Path | None = None) -> None:
        if key:
            self.journal.record(key, path, target or Path(""), "failed", error=message)
        self.event(path, "failed", message)

    def articles(self) -> Iterator[tuple[Source, Path]]:
        """This process's share of the input stream."""
        index, count = self.shard
        options = self.options
        for position, item in enumerate(iter_articles(options.inputs, options.patterns, options.outdir, options.urls)):
            if position % count == index:
                yield item

    def load(self, path: Source, relative: Path) -> LoadedArticle | None:
        """Read (or fetch), prepare and key one article; None when it is done with (skipped or failed)."""
        try:
            if isinstance(path, str):
                from rewriter.fetch import fetch

                text = fetch(path, timeout=self.options.fetch_timeout, max_bytes=self.options.max_bytes).text
            else:
                text = read_article(path, self.options.max_bytes).text
            target = ensure_inside(self.options.outdir, relative.with_suffix(".md"))
        except InputError as error:
            self.fail(path, str(error))
            return None
        if isinstance(path, Path) and target == path.resolve():
            self.fail(path, Phrase("output.is_input", path=path))
            return None
        try:
            prepared = prepare(text, self.settings, str(path))
        except InputError as error:
            self.fail(path, str(error))
            return None
        key = article_key(prepared, text, self.settings, target)
        if self.handled is not None:
            if key in self.handled:
                return None
        row = self.journal.get(key)
        if row is not None and row["status"] in ("done", "draft") and Path(row["output"]).exists():
            self.event(path, "skipped")
            return None
        if row is not None and row["status"] == "failed" and not self.options.retry_failed:
            self.event(path, "failed", Phrase("batch.failed_before", path=path, error=row["error"]))
            return None
        if target.exists() and not self.options.force and not self.journal.owns(target):
            self.fail(path, Phrase("output.exists", path=target))
            return None
        row = self.journal.claim(key, path, target, self.owner)
        if row["owner"] != self.owner:
            self.event(path, "skipped", f"in progress in another run ({row['owner']})")
            return None
        if row["status"] in ("done", "draft") and Path(row["output"]).exists():  # finished by another run meanwhile
            self.event(path, "skipped")
            return None
        return LoadedArticle(path, text, prepared, key, target, row)

    async def rewrite(self, article: LoadedArticle, first_draft: llm.Completion | None = None) -> None:
        path, key, target = article.path, article.key, article.target
        if self.handled is not None:
            self.handled.add(key)
        loop = asyncio.get_running_loop()
        self.in_flight += 1
        try:
            result = await rewrite_article(article.text, path if isinstance(path, str) else path.name, self.settings, client=self.client, limiter=self.limiter,
                                           prepared=article.prepared, first_draft=first_draft)
            calls = sum(attempt.calls for attempt in result.attempts)
            status = "draft" if result.draft else "done"
            # File and journal I/O (fsync, SQLite) run on one thread beside the event loop.
            await loop.run_in_executor(self.io, partial(self._store, result, key, path, target, status, calls))
        except llm.ProviderError as error:
            if error.fatal:
                if error.kind != "stopped":  # "stopped" echoes a fatal error met here or by another worker
                    self.fatal = self.fatal or str(error)
                    self.limiter.close(self.fatal)
                self.stop.set()
                self.journal.record(key, path, target, "pending", error=str(error))
                return
            self.fail(path, Phrase("file.error", path=path, error=str(error)), key, target)
            return
        except InputError as error:
            self.fail(path, str(error), key, target)
            return
        finally:
            self.in_flight -= 1
        self.event(path, status, Phrase("batch.tokens", count=result.usage.total_tokens) if result.usage.total_tokens else "", calls=calls,
                   prompt_tokens=result.usage.prompt_tokens, completion_tokens=result.usage.completion_tokens)

    def _store(self, result: RewriteResult, key: str, path: Source, target: Path, status: str, calls: int) -> None:
        """Journal first, then the file, then the outcome: an output never exists without its row,
        so after a crash the re-run knows the file is its own to replace."""
        self.journal.record(key, path, target, "writing")
        write_result(result, target, force=True)
        self.journal.record(key, path, target, status, attempts=len(result.attempts), calls=calls, usage=result.usage)

    # -- the whole job ------------------------------------------------------------------------
    async def run(self) -> None:
        """Raises FatalBatchError when the provider stops the job."""
        loop = asyncio.get_running_loop()
        interrupts = 0

        def interrupt() -> None:
            nonlocal interrupts
            interrupts += 1
            self.interrupted = True
            self.stop.set()
            if interrupts > 1:
                for task in self.tasks:
                    task.cancel()

        watcher = asyncio.create_task(self._watch_parent(self.external_stop)) if self.external_stop is not None else None
        renewer = asyncio.create_task(self._renew_claims())
        handles_signals = self.external_stop is None
        if handles_signals:
            loop.add_signal_handler(signal.SIGINT, interrupt)
            loop.add_signal_handler(signal.SIGTERM, interrupt)
        try:
            if self.settings.model is not None:
                self.client = llm.make_client(self.settings.model, self.limiter)
                if self.external_stop is None:  # sharded workers: the parent checked once for all
                    await check_model(self.client, self.settings.model)
            if self.options.via == "batch-api" and self.settings.model is not None:
                await submit_and_collect(self)
            else:
                await self._run_online()
            if self.fatal:
                raise FatalBatchError(self.fatal)
        finally:
            for task in self.tasks + [renewer] + ([watcher] if watcher else []):
                task.cancel()
            if self.client is not None:
                await self.client.close()
            self.io.shutdown(wait=True)
            logs.flush()  # a forked worker exits without the exit handler that would
            self.journal.release(self.owner)
            self.journal.close()
            if handles_signals:
                loop.remove_signal_handler(signal.SIGINT)
                loop.remove_signal_handler(signal.SIGTERM)

    async def _renew_claims(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(LEASE_SECONDS / 3)
            await loop.run_in_executor(self.io, self.journal.renew, self.owner)

    async def _watch_parent(self, external_stop: ProcessEvent) -> None:
        while not external_stop.is_set():
            await asyncio.sleep(0.05)
        self.interrupted = True
        self.stop.set()

    # -- the online loop ------------------------------------------------------------------------
    async def _run_online(self) -> None:
        # Twice as many articles in progress as this process's share of the calls: while some are
        # parsed, checked or written, the others keep every call slot busy. The limiter caps the calls.
        count = -(-self.options.concurrency // self.shard[1]) * 2
        queue: asyncio.Queue[tuple[Source, Path] | None] = asyncio.Queue(maxsize=count)
        self.tasks = [asyncio.create_task(self._worker(queue)) for _ in range(count)]
        await self._produce(queue, count)
        await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _produce(self, queue: asyncio.Queue[tuple[Source, Path] | None], workers: int) -> None:
        for item in self.articles():
            if self.stop.is_set():
                break
            await queue.put(item)
        for _ in range(workers):
            await queue.put(None)

    async def _worker(self, queue: asyncio.Queue[tuple[Source, Path] | None]) -> None:
        while (item := await queue.get()) is not None:
            if self.stop.is_set():
                continue
            try:
                article = self.load(*item)
                if article is not None:
                    await self.rewrite(article)
            except Exception as error:  # a bug or an unforeseen fault stays with its article
                self.fail(item[0], f"{item[0]}: unexpected error: {type(error).__name__}: {error}")


async def check_model(client: AsyncOpenAI, model: llm.ModelSettings) -> None:
    """Credentials and model, checked once before any article is sent."""
    try:
        await llm.check_model(client, model)
    except llm.ProviderError as error:
        raise FatalBatchError(str(error)) from None
