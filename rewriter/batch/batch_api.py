"""The provider's Batch API: articles as JSONL request files, batches polled, answers checked like online ones.

Every answer goes through the same validation as an online call; an article whose answer is
missing or unusable takes the online path (repair included) from the start.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rewriter import llm
from rewriter.files import is_url
from rewriter.pipeline import RewriteSettings

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from rewriter.batch.run import BatchRun, LoadedArticle

BATCH_MAX_BYTES = 200 * 1024 * 1024


async def submit_and_collect(run: BatchRun) -> None:
    """Resume open batches, submit the articles not yet sent, then collect every batch."""
    assert run.client is not None and run.settings.model is not None
    client, model = run.client, run.settings.model
    for batch_id in run.journal.open_batches():  # a restart resumes polling
        await _collect(run, client, batch_id)
    pending: list[tuple[LoadedArticle, bytes]] = []
    size = 0
    for path, relative in run.articles():
        if run.stop.is_set():
            return
        article = run.load(path, relative)
        if article is None or (article.row is not None and article.row["status"] == "submitted"):
            continue
        line = json.dumps({"custom_id": article.key, "method": "POST", "url": "/v1/chat/completions",
                           "body": llm.request_body(model, llm.conversation_of(article.prepared.messages))},
                          ensure_ascii=False).encode("utf-8") + b"\n"
        if pending and (len(pending) >= run.options.batch_file_requests or size + len(line) > BATCH_MAX_BYTES):
            await _submit(run, client, pending)
            pending, size = [], 0
        pending.append((article, line))
        size += len(line)
    if pending:
        await _submit(run, client, pending)
    for batch_id in run.journal.open_batches():
        await _collect(run, client, batch_id)


async def _submit(run: BatchRun, client: AsyncOpenAI, pending: list[tuple[LoadedArticle, bytes]]) -> None:
    upload = await client.files.create(file=("requests.jsonl", b"".join(line for _, line in pending)), purpose="batch")
    batch = await client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h")
    run.journal.add_batch(batch.id)  # stored at once: a crash from here on resumes polling
    for article, _ in pending:
        run.journal.record(article.key, article.path, article.target, "submitted", batch_id=batch.id)


async def _collect(run: BatchRun, client: AsyncOpenAI, batch_id: str) -> None:
    """Poll with capped backoff, then validate each result and repair failures online."""
    interval = run.options.poll_interval
    while True:
        batch = await client.batches.retrieve(batch_id)
        if batch.status in ("completed", "failed", "expired", "cancelled"):
            break
        if run.stop.is_set():
            return
        await asyncio.sleep(interval)
        interval = min(interval * 2, run.options.poll_max_interval)
    answers: dict[str, dict[str, Any]] = {}  # JSON lines of the provider, read as they come
    for file_id in (batch.output_file_id, batch.error_file_id):
        if file_id:
            content = await client.files.content(file_id)
            for line in content.text.splitlines():
                if line.strip():
                    record = json.loads(line)
                    answers[record["custom_id"]] = record
    outdir = run.options.outdir.resolve()
    for row in run.journal.submitted(batch_id):
        if run.stop.is_set():
            return
        relative = Path(row["output"]).relative_to(outdir)
        if is_url(row["input"]):
            article = run.load(row["input"], relative)
        else:
            path = Path(row["input"])
            article = run.load(path, relative.with_suffix(path.suffix))
        if article is not None:
            await run.rewrite(article, _batch_completion(answers.get(row["key"]), run.settings))
    run.journal.set_batch(batch_id, "collected")


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
