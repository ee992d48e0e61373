"""The journal in OUTDIR: what happened to each article, safe against crashes (SQLite, WAL, one row per article).

An article being worked on carries its run (`owner`) and a lease: another run skips it while
the lease lasts, so two runs that both got past the OUTDIR lock (two machines on a shared
folder) never send the same article twice. The owner renews its leases while it works; a
claim whose lease ran out, or one left by a dead run of this machine, is taken over.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import os
import secrets
import socket
import threading
import time
from pathlib import Path

from rewriter import llm
from rewriter.pipeline import Prepared, RewriteSettings

JOURNAL_NAME = ".rewrite-journal.sqlite"
LEASE_SECONDS = 60.0  # renewed every third of it while the run lives


def run_owner() -> str:
    """Who claims articles: host, process and a nonce, shared by the worker processes of one run."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


class Journal:
    """One row per article keyed by `article_key`, and the Batch API batches still to collect."""

    def __init__(self, path: Path) -> None:
        # A connection per thread (the event loop's, the I/O thread's): one shared under a lock made the
        # event loop wait while the I/O thread waited for another worker's write.
        self.path = path
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        connection = self._connection()
        connection.executescript("""
            CREATE TABLE IF NOT EXISTS articles (
                key TEXT PRIMARY KEY, input TEXT NOT NULL, output TEXT NOT NULL, status TEXT NOT NULL,
                attempts INTEGER DEFAULT 0, calls INTEGER DEFAULT 0, prompt_tokens INTEGER DEFAULT 0,
                completion_tokens INTEGER DEFAULT 0, error TEXT, batch_id TEXT, updated REAL);
            CREATE INDEX IF NOT EXISTS articles_output ON articles(output);
            CREATE TABLE IF NOT EXISTS batches (
                batch_id TEXT PRIMARY KEY, status TEXT NOT NULL, created REAL, output_file_id TEXT, error_file_id TEXT);
        """)
        columns = {row[1] for row in connection.execute("PRAGMA table_info(articles)")}
        for column, kind in (("owner", "TEXT"), ("lease", "REAL")):  # journals written before claims existed
            if column not in columns:
                connection.execute(f"ALTER TABLE articles ADD COLUMN {column} {kind}")

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # check_same_thread off only so that `close` may close every thread's connection at the end.
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            # Rows are read by key, one at a time: a small page cache per thread keeps a long run's memory flat.
            connection.execute("PRAGMA cache_size=-512")
            self._local.connection = connection
            self._opened.append(connection)
        return connection

    def get(self, key: str) -> sqlite3.Row | None:
        rows = self._execute("SELECT * FROM articles WHERE key = ?", (key,))
        return rows[0] if rows else None

    def owns(self, output: Path) -> bool:
        return bool(self._execute("SELECT 1 FROM articles WHERE output = ? LIMIT 1", (str(output),)))

    def record(self, key: str, input_path: Path | str, output: Path, status: str, *, attempts: int = 0, calls: int = 0,
               usage: llm.Usage | None = None, error: str | None = None, batch_id: str | None = None) -> None:
        usage = usage or llm.Usage()
        self._execute(
            "INSERT INTO articles (key, input, output, status, attempts, calls, prompt_tokens, completion_tokens, error, batch_id, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET input=excluded.input, output=excluded.output, "
            "status=excluded.status, attempts=excluded.attempts, calls=excluded.calls, prompt_tokens=excluded.prompt_tokens, "
            "completion_tokens=excluded.completion_tokens, error=excluded.error, batch_id=COALESCE(excluded.batch_id, articles.batch_id), "
            "updated=excluded.updated, owner=CASE WHEN excluded.status = 'writing' THEN articles.owner END",
            (key, str(input_path), str(output), status, attempts, calls, usage.prompt_tokens, usage.completion_tokens, error, batch_id, time.time()))

    def claim(self, key: str, input_path: Path | str, output: Path, owner: str) -> sqlite3.Row:
        """Claim the article for `owner` unless another live run holds it; the row as it stands after.

        One statement, so two processes cannot both win; the caller compares the row's owner with its own.
        A claim of another run of this machine is taken over: that run is dead, since this one holds the OUTDIR lock.
        """
        now = time.time()
        host = owner.split(":", 1)[0] + ":"
        claimed = self._execute(
            "INSERT INTO articles (key, input, output, status, owner, lease, updated) VALUES (?, ?, ?, 'pending', ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET owner=excluded.owner, lease=excluded.lease "
            "WHERE articles.owner IS NULL OR articles.owner = excluded.owner OR articles.lease < ? "
            "OR substr(articles.owner, 1, ?) = ? RETURNING *",
            (key, str(input_path), str(output), owner, now + LEASE_SECONDS, now, now, len(host), host))
        row = claimed[0] if claimed else self.get(key)  # no row returned: another run holds it
        assert row is not None
        return row

    def renew(self, owner: str) -> None:
        self._execute("UPDATE articles SET lease = ? WHERE owner = ?", (time.time() + LEASE_SECONDS, owner))

    def release(self, owner: str) -> None:
        """The run ends: what it still holds (interrupted articles) is free at once."""
        self._execute("UPDATE articles SET owner = NULL, lease = NULL WHERE owner = ?", (owner,))

    def add_batch(self, batch_id: str) -> None:
        self._execute("INSERT OR IGNORE INTO batches (batch_id, status, created) VALUES (?, 'submitted', ?)", (batch_id, time.time()))

    def set_batch(self, batch_id: str, status: str) -> None:
        self._execute("UPDATE batches SET status = ? WHERE batch_id = ?", (status, batch_id))

    def open_batches(self) -> list[str]:
        rows = self._execute("SELECT batch_id FROM batches WHERE status NOT IN ('collected') ORDER BY created")
        return [row[0] for row in rows]

    def submitted(self, batch_id: str) -> list[sqlite3.Row]:
        return self._execute("SELECT * FROM articles WHERE batch_id = ? AND status = 'submitted'", (batch_id,))

    def _execute(self, sql: str, parameters: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        return self._connection().execute(sql, parameters).fetchall()

    def close(self) -> None:
        """Close every thread's connection, once those threads are done with the journal."""
        for connection in self._opened:
            connection.close()
        self._opened.clear()
        self._local = threading.local()


def article_key(prepared: Prepared, text: str, settings: RewriteSettings, target: Path) -> str:
    """Hash of everything that decides the output: input, spec, templates, model and parameters, and
    where it goes: two files with the same text (a page scraped twice) are two articles, each written."""
    model = settings.model
    material = json.dumps({
        "text": text, "output": str(target), "spec": prepared.spec.public(), "templates": settings.prompts.fingerprint,
        "model": model.model if model else "offline", "base_url": model.base_url if model else None,
        "temperature": model.temperature if model else None, "max_attempts": settings.max_attempts,
        "levels": settings.levels, "thresholds": settings.thresholds.__dict__,
        "brief": settings.brief, "embedded": settings.embedded,
        # A site profile changes the output; plain is left out so that journals written before it stay valid.
        **({"site": settings.site.name} if settings.site.name != "plain" else {}),
    }, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
