"""A real HTTP server on 127.0.0.1 that speaks the OpenAI API, for tests and benchmarks.

It answers /v1/chat/completions and /v1/models from a script of answers
(or a default that writes a valid article; structured-output requests on demand), injects faults on demand (status
codes, headers, HTML bodies, truncation, hangs, resets), caps requests in
flight (429 above N), keeps a rate limit of requests and tokens per window
(429 beyond it, with x-ratelimit-* headers on every answer when asked), and
implements /v1/files and /v1/batches for the Batch API path. It records every
request it receives.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Reply:
    """One scripted answer. Defaults make a good chat completion."""

    content: str | None = "ok"
    status: int = 200
    finish_reason: str | None = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # raw body, overrides everything else
    content_type: str = "application/json"
    delay: float = 0.0
    reset: bool = False  # close the connection without answering
    cut: bool = False  # announce the whole body, send half of it, close
    usage: dict[str, int] | None = field(default_factory=lambda: {"prompt_tokens": 100, "completion_tokens": 200, "total_tokens": 300})
    choices: list[Any] | None = None  # raw choices list, e.g. [] for none
    error: dict[str, Any] | None = None
    # Streamed answers (a request with "stream": true): one chunk per word, then finish and usage.
    chunk_delay: float = 0.0  # seconds between chunks
    stream_cut: bool = False  # send half the chunks, then drop the connection


def stream_events(reply: Reply, model: str, include_usage: bool) -> list[bytes]:
    """The server-sent events of a streamed chat completion, [DONE] last."""
    import re

    base = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
    pieces = re.findall(r"\s*\S+\s*", reply.content or "") or [""]
    chunks = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece} if index == 0 else {"content": piece},
                                    "finish_reason": None}]} for index, piece in enumerate(pieces)]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]})
    if include_usage and reply.usage is not None:
        chunks.append({**base, "choices": [], "usage": reply.usage})
    return [f"data: {json.dumps(chunk)}\n\n".encode() for chunk in chunks] + [b"data: [DONE]\n\n"]


def completion_body(reply: Reply, model: str) -> bytes:
    if reply.body is not None:
        return reply.body
    if reply.status != 200:
        return json.dumps({"error": reply.error or {"message": f"HTTP {reply.status}", "type": "server_error", "code": None}}).encode()
    choices = reply.choices if reply.choices is not None else [
        {"index": 0, "message": {"role": "assistant", "content": reply.content}, "finish_reason": reply.finish_reason}
    ]
    payload: dict[str, Any] = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion",
                               "created": int(time.time()), "model": model, "choices": choices}
    if reply.usage is not None:
        payload["usage"] = reply.usage
    return json.dumps(payload).encode()


class RateWindow:
    """A provider's rate limit: so many requests and tokens per fixed window, 429 beyond."""

    def __init__(self, requests: int | None, tokens: int | None, seconds: float) -> None:
        self.requests, self.tokens, self.seconds = requests, tokens, seconds
        self.started = time.monotonic()
        self.used_requests = self.used_tokens = 0

    def _roll(self) -> float:
        now = time.monotonic()
        if now - self.started >= self.seconds:
            self.started += (now - self.started) // self.seconds * self.seconds
            self.used_requests = self.used_tokens = 0
        return self.started + self.seconds - now

    def admit(self) -> bool:
        """Count one request unless the window is spent (caller holds the server's lock)."""
        self._roll()
        if (self.requests and self.used_requests >= self.requests) or (self.tokens and self.used_tokens >= self.tokens):
            return False
        self.used_requests += 1
        return True

    def charge(self, tokens: int) -> None:
        self._roll()
        self.used_tokens += tokens

    def headers(self) -> dict[str, str]:
        reset = f"{max(0.0, self._roll()) * 1000:.0f}ms"
        headers = {}
        if self.requests:
            headers.update({"x-ratelimit-limit-requests": str(self.requests), "x-ratelimit-reset-requests": reset,
                            "x-ratelimit-remaining-requests": str(max(0, self.requests - self.used_requests))})
        if self.tokens:
            headers.update({"x-ratelimit-limit-tokens": str(self.tokens), "x-ratelimit-reset-tokens": reset,
                            "x-ratelimit-remaining-tokens": str(max(0, self.tokens - self.used_tokens))})
        return headers


class FakeOpenAI:
    """Start with `with FakeOpenAI() as server:`; point clients at server.base_url."""

    def __init__(self, default: Callable[[dict[str, Any]], Reply] | None = None, models: list[str] | None = None,
                 max_in_flight: int | None = None, latency: float = 0.0, window_requests: int | None = None,
                 window_tokens: int | None = None, window: float = 1.0, rate_headers: bool = True) -> None:
        self.script: list[Reply] = []
        self.default = default or (lambda request: Reply())
        self.models = models if models is not None else ["test-model"]
        self.max_in_flight = max_in_flight
        self.latency = latency
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.peak_in_flight = 0
        self.rejected = 0
        self.rate_window = RateWindow(window_requests, window_tokens, window) if window_requests or window_tokens else None
        self.rate_headers = rate_headers  # send x-ratelimit-remaining-* and -reset-* with every answer
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_outcome: Callable[[dict[str, Any]], str] = lambda batch: "completed"
        # Answers to structured-output requests (response_format json_schema), on demand; None: as any request.
        self.structured: Callable[[dict[str, Any]], Reply] | None = None
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- control ---------------------------------------------------------------------------
    def add(self, *replies: Reply) -> "FakeOpenAI":
        with self._lock:
            self.script.extend(replies)
        return self

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r.get("_path", "").endswith("/chat/completions")]

    def __enter__(self) -> "FakeOpenAI":
        handler = type("Handler", (_Handler,), {"owner": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def structured_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.chat_requests if (r.get("response_format") or {}).get("type") == "json_schema"]

    def next_reply(self, request: dict[str, Any]) -> Reply:
        if self.structured is not None and (request.get("response_format") or {}).get("type") == "json_schema":
            return self.structured(request)
        with self._lock:
            if self.script:
                return self.script.pop(0)
        return self.default(request)


class _Server(ThreadingHTTPServer):
    # The listen backlog is fixed when the socket opens: the default of 5 drops bursts of connections.
    request_queue_size = 512
    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    owner: FakeOpenAI
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to each answer.
    disable_nagle_algorithm = True

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        owner = self.owner
        if self.path.endswith("/models"):
            data = [{"id": name, "object": "model", "created": 0, "owned_by": "test"} for name in owner.models]
            self._send(200, json.dumps({"object": "list", "data": data}).encode())
        elif "/batches/" in self.path:
            batch = owner.batches.get(self.path.rsplit("/", 1)[1])
            self._send(200 if batch else 404, json.dumps(self._advance(batch) if batch else {"error": {"message": "no batch"}}).encode())
        elif self.path.endswith("/content") and "/files/" in self.path:
            file_id = self.path.split("/files/")[1].split("/")[0]
            self._send(200 if file_id in owner.files else 404, owner.files.get(file_id, b""), "application/octet-stream")
        else:
            self._send(404, b'{"error": {"message": "not found"}}')

    def do_POST(self) -> None:
        owner = self.owner
        raw = self._read_body()
        if self.path.endswith("/files"):
            return self._upload(raw)
        if self.path.endswith("/batches"):
            return self._create_batch(json.loads(raw))
        if "/batches/" in self.path and self.path.endswith("/cancel"):
            batch = owner.batches[self.path.split("/batches/")[1].split("/")[0]]
            batch["status"] = "cancelled"
            return self._send(200, json.dumps(batch).encode())
        try:
            request = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            request = {}
        request["_path"] = self.path
        with owner._lock:
            owner.requests.append(request)
            owner.headers.append({k.lower(): v for k, v in self.headers.items()})
            window = owner.rate_window
            if (owner.max_in_flight is not None and owner.in_flight >= owner.max_in_flight) or (window and not window.admit()):
                owner.rejected += 1
                reject = True
            else:
                reject = False
                owner.in_flight += 1
                owner.peak_in_flight = max(owner.peak_in_flight, owner.in_flight)
        if reject:
            body = json.dumps({"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}).encode()
            return self._send(429, body, headers={"retry-after-ms": "50", **self._rate_headers()})
        try:
            reply = owner.next_reply(request)
            if owner.latency or reply.delay:
                time.sleep(owner.latency + reply.delay)
            if reply.reset:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.connection.close()
                self.close_connection = True
                return
            if request.get("stream") and reply.status == 200 and reply.body is None and reply.choices is None:
                return self._stream(reply, request)
            body = completion_body(reply, request.get("model", "test-model"))
            if reply.cut:
                self.send_response(reply.status)
                self.send_header("content-type", reply.content_type)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if owner.rate_window and reply.usage:
                with owner._lock:
                    owner.rate_window.charge(reply.usage.get("total_tokens", 0))
            self._send(reply.status, body, reply.content_type, {**self._rate_headers(), **reply.headers})
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with owner._lock:
                owner.in_flight -= 1

    def _stream(self, reply: Reply, request: dict[str, Any]) -> None:
        """Server-sent events in chunked transfer encoding; a cut stream stops halfway without its end."""
        include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
        events = stream_events(reply, request.get("model", "test-model"), include_usage)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        if reply.stream_cut:
            events = events[: max(1, (len(events) - 3) // 2)]
        for event in events:
            self.wfile.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
            self.wfile.flush()
            if reply.chunk_delay:
                time.sleep(reply.chunk_delay)
        if reply.stream_cut:
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")
    def _rate_headers(self) -> dict[str, str]:
        owner = self.owner
        if not owner.rate_window or not owner.rate_headers:
            return {}
        with owner._lock:
            return owner.rate_window.headers()

    # -- Batch API -------------------------------------------------------------------------
    def _upload(self, raw: bytes) -> None:
        boundary = self.headers.get("content-type", "").split("boundary=")[-1].encode()
        content = b""
        for part in raw.split(b"--" + boundary):
            if b'name="file"' in part:
                content = part.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n", 1)[0]
        file_id = f"file-{uuid.uuid4().hex[:10]}"
        self.owner.files[file_id] = content
        self._send(200, json.dumps({"id": file_id, "object": "file", "bytes": len(content), "created_at": 0,
                                    "filename": "input.jsonl", "purpose": "batch", "status": "processed"}).encode())

    def _create_batch(self, request: dict[str, Any]) -> None:
        batch_id = f"batch_{uuid.uuid4().hex[:10]}"
        batch = {"id": batch_id, "object": "batch", "endpoint": request["endpoint"], "input_file_id": request["input_file_id"],
                 "completion_window": request["completion_window"], "status": "validating", "created_at": int(time.time()),
                 "output_file_id": None, "error_file_id": None, "polls": 0,
                 "request_counts": {"total": 0, "completed": 0, "failed": 0}}
        self.owner.batches[batch_id] = batch
        self._send(200, json.dumps(batch).encode())

    def _advance(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Each poll moves the batch on: validating, in_progress, then its outcome."""
        owner = self.owner
        batch["polls"] += 1
        if batch["status"] in ("completed", "expired", "cancelled", "failed"):
            return batch
        if batch["polls"] == 1:
            batch["status"] = "in_progress"
            return batch
        outcome = owner.batch_outcome(batch)
        lines = [json.loads(line) for line in owner.files[batch["input_file_id"]].splitlines() if line.strip()]
        if outcome in ("expired", "cancelled"):
            lines = lines[: len(lines) // 2]  # partial results
        outputs, errors = [], []
        for line in lines:
            request = dict(line["body"], _path="/v1/chat/completions", _custom_id=line["custom_id"])
            owner.requests.append(request)
            reply = owner.next_reply(request)
            if reply.status != 200:
                errors.append({"id": uuid.uuid4().hex, "custom_id": line["custom_id"], "response": None,
                               "error": {"code": "server_error", "message": f"HTTP {reply.status}"}})
                continue
            body = json.loads(completion_body(reply, line["body"].get("model", "test-model")))
            outputs.append({"id": uuid.uuid4().hex, "custom_id": line["custom_id"],
                            "response": {"status_code": 200, "request_id": uuid.uuid4().hex, "body": body}, "error": None})
        if outputs:
            batch["output_file_id"] = f"file-{uuid.uuid4().hex[:10]}"
            owner.files[batch["output_file_id"]] = "\n".join(json.dumps(o) for o in outputs).encode()
        if errors:
            batch["error_file_id"] = f"file-{uuid.uuid4().hex[:10]}"
            owner.files[batch["error_file_id"]] = "\n".join(json.dumps(e) for e in errors).encode()
        batch["status"] = outcome
        batch["request_counts"] = {"total": len(lines), "completed": len(outputs), "failed": len(errors)}
        return batch
