"""The run log: every model call in SQLite, and the cache that answers a repeated request from it.

The database lives at `$REWRITER_HOME/logs.db`, else `$XDG_DATA_HOME/rewriter/logs.db`
(`~/.local/share/rewriter/logs.db`). WAL mode and a busy timeout let the worker
processes of a batch write to it at once. The API key is never part of a row.

A request is keyed by a hash of its model, endpoint, parameters and messages, with the
random article fence of the prompt replaced by a placeholder: the fence changes on every
run by design (an article cannot guess it), and must not make every request unique.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import queue
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from rewriter.messages import Phrase

_FENCE = re.compile(r"<<<ARTICLE-[0-9a-f]+>>>")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    model TEXT NOT NULL,
    base_url TEXT NOT NULL,
    request_key TEXT NOT NULL,
    messages TEXT NOT NULL,
    parameters TEXT NOT NULL,
    answer TEXT,
    finish_reason TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    usage_estimated INTEGER NOT NULL DEFAULT 0,
    duration REAL NOT NULL,
    source_sha256 TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS calls_by_request ON calls (request_key);
"""
BUSY_TIMEOUT_MS = 30_000


def default_path() -> Path:
    home = os.environ.get("REWRITER_HOME", "").strip()
    if home:
        return Path(home).expanduser() / "logs.db"
    data = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(data).expanduser() / "rewriter" / "logs.db"


def request_key(body: dict[str, Any], endpoint: str) -> str:
    """Hash of what decides the answer: endpoint, model, parameters and messages, fence normalised."""
    normalised = {name: value for name, value in body.items() if name not in ("stream", "stream_options")}
    normalised["messages"] = [{**message, "content": _FENCE.sub("<<<ARTICLE>>>", str(message.get("content", "")))}
                              for message in body.get("messages", [])]
    normalised["endpoint"] = endpoint.rstrip("/")
    return hashlib.sha256(json.dumps(normalised, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LogSettings:
    """Where the log is and what it is used for; travels with the model settings to batch workers."""

    path: Path
    record: bool = True
    cache: bool = True


@dataclass
class Call:
    """One model call as recorded."""

    time: str
    model: str
    base_url: str
    messages: list[dict[str, str]]
    parameters: dict[str, Any]
    answer: str | None
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    usage_estimated: bool
    duration: float
    source_sha256: str | None
    error: str | None = None
    id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "time": self.time, "model": self.model, "base_url": self.base_url,
                "messages": self.messages, "parameters": self.parameters, "answer": self.answer,
                "finish_reason": self.finish_reason,
                "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                          "estimated": self.usage_estimated},
                "duration": self.duration, "source_sha256": self.source_sha256, "error": self.error}


T = TypeVar("T")


class LogError(Exception):
    """The run log cannot be opened or read."""


_connections: dict[tuple[int, Path], sqlite3.Connection] = {}
_lock = threading.Lock()  # lookups may come from several threads: one at a time per connection


def _open(path: Path) -> sqlite3.Connection:
    def open_log() -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL stays consistent; no fsync per call
        connection.executescript(_SCHEMA)
        return connection

    try:
        return _while_locked(open_log)
    except (OSError, sqlite3.Error) as error:
        raise LogError(Phrase("logs.open", path=path, error=str(error))) from None


def _connect(path: Path, create: bool) -> sqlite3.Connection | None:
    """One reading connection per process and file: forked batch workers open their own."""
    key = (os.getpid(), path)
    if key in _connections:
        return _connections[key]
    if not create and not path.exists():
        return None
    connection = _connections[key] = _open(path)
    return connection


_GATHER_SECONDS = 0.1  # how long the writer waits for more calls to write in one transaction


class _Writer:
    """Writes one process's calls to one log from a thread of its own, all the calls waiting in one transaction.

    A batch worker's event loop only queues a call: one commit and two thread hand-offs per call
    cost it a twentieth of its throughput. Until written, a call still answers lookups from `pending`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.queue: queue.SimpleQueue[tuple[str, Call] | threading.Event] = queue.SimpleQueue()
        self.pending: dict[str, Call] = {}
        threading.Thread(target=self._run, name="rewrite-log", daemon=True).start()

    def put(self, key: str, call: Call) -> None:
        if call.error is None and call.answer is not None:
            self.pending[key] = call
        self.queue.put((key, call))

    def flush(self) -> None:
        written = threading.Event()
        self.queue.put(written)
        written.wait()

    def _run(self) -> None:
        connection: sqlite3.Connection | None = None
        while True:
            items = [self.queue.get()]
            if not isinstance(items[0], threading.Event):
                time.sleep(_GATHER_SECONDS)  # the calls that come meanwhile wake no one and share the transaction
            while not self.queue.empty():
                items.append(self.queue.get())
            calls = [item for item in items if not isinstance(item, threading.Event)]
            if calls:
                try:
                    connection = connection or _open(self.path)
                    _while_locked(lambda: self._insert(connection, [_row_of(key, call) for key, call in calls]))
                except (LogError, sqlite3.Error):
                    pass  # the log is a record, not a condition of the rewrite
                for key, call in calls:
                    if self.pending.get(key) is call:
                        del self.pending[key]
            for item in items:
                if isinstance(item, threading.Event):
                    item.set()

    @staticmethod
    def _insert(connection: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        with connection:  # one transaction
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT INTO calls (time, model, base_url, request_key, messages, parameters, answer, finish_reason, "
                "prompt_tokens, completion_tokens, usage_estimated, duration, source_sha256, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


_writers: dict[tuple[int, Path], _Writer] = {}


def _writer(path: Path) -> _Writer:
    key = (os.getpid(), path)  # a forked worker starts its own thread: threads do not survive a fork
    if key not in _writers:
        _writers[key] = _Writer(path)
    return _writers[key]


def flush() -> None:
    """Wait until every call this process recorded is in its log."""
    for (pid, _), writer in list(_writers.items()):
        if pid == os.getpid():
            writer.flush()


atexit.register(flush)


def _while_locked(step: Callable[[], T]) -> T:
    """Run a step of the log again while another process holds it. Two batch workers creating the log at
    once: switching to WAL does not wait on the busy timeout, so the loser is told "database is locked"
    at once; a write can be told the same under load. Trying again keeps their calls in the log."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return step()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _row(row: sqlite3.Row | tuple[Any, ...]) -> Call:
    (id_, when, model, base_url, messages, parameters, answer, finish, prompt_tokens, completion_tokens,
     estimated, duration, source, error) = row
    return Call(when, model, base_url, json.loads(messages), json.loads(parameters), answer, finish, prompt_tokens,
                completion_tokens, bool(estimated), duration, source, error, id_)


_COLUMNS = ("id, time, model, base_url, messages, parameters, answer, finish_reason, prompt_tokens, "
            "completion_tokens, usage_estimated, duration, source_sha256, error")


def lookup(settings: LogSettings, key: str) -> Call | None:
    """The latest successful call with this request key, if the cache is on."""
    if not settings.cache:
        return None
    writer = _writers.get((os.getpid(), settings.path))
    if writer is not None and key in writer.pending:
        return writer.pending[key]
    with _lock:
        connection = _connect(settings.path, create=False)
        if connection is None:
            return None
        try:
            row = connection.execute(f"SELECT {_COLUMNS} FROM calls WHERE request_key = ? AND error IS NULL "
                                     "AND answer IS NOT NULL ORDER BY id DESC LIMIT 1", (key,)).fetchone()
        except sqlite3.Error:
            return None  # a damaged log costs a model call, never the rewrite
    return _row(row) if row else None


def record(settings: LogSettings, key: str, call: Call) -> None:
    """Queue the call for the log's writer: it is in the log soon after, and by `flush` or the process's exit."""
    if not settings.record:
        return
    _writer(settings.path).put(key, call)


def _row_of(key: str, call: Call) -> tuple[Any, ...]:
    """The call as a row of the log, encoded by the writer's thread, not by the caller's."""
    return (call.time, call.model, call.base_url, key, json.dumps(call.messages, ensure_ascii=False),
            json.dumps(call.parameters, ensure_ascii=False), call.answer, call.finish_reason, call.prompt_tokens,
            call.completion_tokens, int(call.usage_estimated), call.duration, call.source_sha256, call.error)


def latest(path: Path, limit: int) -> list[Call]:
    """The `limit` latest calls, newest first."""
    with _lock:
        connection = _connect(path, create=False)
        if connection is None:
            return []
        try:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM calls ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        except sqlite3.Error as error:
            raise LogError(Phrase("logs.read", path=path, error=str(error))) from None
    return [_row(row) for row in rows]


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
