"""Calls to an OpenAI-compatible chat server, checked and retried by our own policy.

The SDK's own retries are off (max_retries=0): it retries 429/5xx silently,
which would hide rate limits from the adaptive concurrency of batch jobs and
ignore our per-article budget. Every answer is checked here, because the SDK
returns truncated answers, empty content and even HTML bodies without raising.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, MutableSequence

from rewriter.messages import Phrase
from rewriter.prompts import Message

if TYPE_CHECKING:
    import httpx2
    from openai import AsyncOpenAI

    from rewriter.logs import LogSettings

MAX_RETRY_AFTER = 120.0  # seconds; a longer wait means a quota, not a burst
CONTINUE_PROMPT = "Continue exactly where you stopped, without repeating anything and without any comment."


@dataclass(frozen=True)
class ModelSettings:
    model: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 120.0
    retries: int = 2  # extra tries after the first, for transient faults
    rate_limit_retries: int = 8  # waiting out a 429 is not a fault: a larger budget
    temperature: float | None = 0.4
    max_tokens: int | None = None
    log: "LogSettings | None" = None  # the run log and its cache; None: neither

    @property
    def configured(self) -> bool:
        return bool(self.api_key or self.base_url)

    @property
    def endpoint(self) -> str:
        return self.base_url or "https://api.openai.com/v1"


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, other: "Usage") -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.estimated = self.estimated or other.estimated


@dataclass
class Completion:
    text: str
    finish_reason: str
    usage: Usage
    model: str
    calls: int = 1
    cached: bool = False  # answered from the run log: no model call


class ProviderError(Exception):
    """A model call that failed. `fatal` stops a whole batch (credentials, model, quota)."""

    def __init__(self, message: str, *, kind: str, retryable: bool = False, fatal: bool = False,
                 retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable
        self.fatal = fatal
        self.retry_after = retry_after
        self.status = status


class _Field:
    """One number of a LimiterState, stored at its place in the state's flat array."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.index = owner.FIELDS.index(name)

    def __get__(self, state: "LimiterState", owner: type) -> float:
        return state.values[self.index]

    def __set__(self, state: "LimiterState", value: float) -> None:
        state.values[self.index] = value


class LimiterState:
    """The numbers a Limiter decides with, in one flat array of floats: a list of this process, or
    shared memory that forked worker processes share (with the lock that guards it), so that
    the whole batch keeps one budget. The per-second token buckets of the last minute follow the fields."""

    FIELDS = ("closed", "limit", "threshold", "refused_at", "in_flight", "paused_until", "next_start", "decreased_at",
              "rejected", "retries", "requests_left", "requests_until", "tokens_left", "tokens_until", "tokens_spent",
              "calls_spent")
    BUCKETS = 60  # (second, time of the last spending, tokens) per second of the last minute
    SIZE = len(FIELDS) + 3 * BUCKETS

    closed = _Field()  # 1 once a fatal error stopped the job, in any process
    limit = _Field()  # calls allowed at once now
    threshold = _Field()  # the limit set by the last decrease (0 until one): above it, growth is slow
    refused_at = _Field()  # calls in flight when the server last refused one: growth past it is slower still
    in_flight = _Field()
    paused_until = _Field()  # Retry-After
    next_start = _Field()  # the earliest start of the next call under the pacing budgets
    decreased_at = _Field()  # a rejection of a call sent before this was already answered
    rejected = _Field()  # answers 429
    retries = _Field()  # calls sent again after a failure
    requests_left = _Field()  # x-ratelimit-remaining-requests, minus the calls started since
    requests_until = _Field()  # when that window ends
    tokens_left = _Field()
    tokens_until = _Field()
    tokens_spent = _Field()  # totals, for the tokens a call costs on average
    calls_spent = _Field()

    def __init__(self, values: MutableSequence[float] | None = None, lock: AbstractContextManager[Any] | None = None) -> None:
        self.values = values if values is not None else [0.0] * self.SIZE
        self.shared = lock is not None  # other processes change it too: waiting calls look again now and then
        self.lock = lock if lock is not None else nullcontext()

    def add_tokens(self, now: float, tokens: int) -> None:
        base = len(self.FIELDS) + 3 * (int(now) % self.BUCKETS)
        if self.values[base] != int(now):
            self.values[base:base + 3] = [int(now), now, 0.0]
        self.values[base + 1] = now
        self.values[base + 2] += tokens

    def tokens_in_window(self, now: float) -> tuple[float, float]:
        """(tokens spent in the last minute, when the oldest of them leaves it)."""
        total, oldest = 0.0, now
        for base in range(len(self.FIELDS), self.SIZE, 3):
            if self.values[base + 1] > now - 60 and self.values[base + 2]:
                total += self.values[base + 2]
                oldest = min(oldest, self.values[base + 1])
        return total, oldest + 60


SLOW_START = 8  # calls at once before the server has answered: a first burst of -j 64 into a server capped at 8 loses 56
RESET_MARGIN = 0.05  # seconds past a rate-limit window's announced reset before its budget is spent again
SHARED_POLL = 0.005  # seconds: how often a waiting call looks at a budget that other processes may have freed


class Limiter:
    """Concurrency ceiling that adapts to rate limits, and keeps to budgets of requests and tokens per minute.

    Starts at SLOW_START calls at once and adds one per success (doubling per round trip) until the
    first rejection. A rejection (or a timeout) halves the limit, once per burst: calls sent before
    the decrease do not count again. It then grows by one per round trip, and a quarter as fast near
    the level the server refused, so that against a server capped at N calls the run probes N+1
    only now and then. Retry-After holds everyone back, and x-ratelimit-remaining-* headers spread
    the calls left over the window so the run slows before it is rejected. With a shared `state`,
    all worker processes keep one budget.
    """

    def __init__(self, ceiling: int = 1, rpm: float | None = None, tpm: float | None = None,
                 clock: Callable[[], float] = time.monotonic, state: LimiterState | None = None) -> None:
        self.ceiling = max(1, ceiling)
        self.rpm = rpm
        self.tpm = tpm
        self.clock = clock
        self.state = state or LimiterState()
        with self.state.lock:
            if not self.state.limit:  # a fresh state; a shared one is set once, by the first limiter
                self.state.limit = float(min(self.ceiling, SLOW_START))
        self._turn = asyncio.Lock()  # one waiting call of this process looks at the state at a time
        self._released = asyncio.Event()
        self.closed: str | None = None

    @property
    def limit(self) -> float:
        return self.state.limit

    @property
    def in_flight(self) -> int:
        return int(self.state.in_flight)

    @property
    def rejected(self) -> int:
        return int(self.state.rejected)

    @property
    def retries(self) -> int:
        return int(self.state.retries)

    def close(self, reason: str) -> None:
        """After a fatal error no call starts any more, in any process sharing the state: waiting ones stop, none is sent."""
        self.closed = reason
        with self.state.lock:
            self.state.closed = 1.0
        self._released.set()

    async def __aenter__(self) -> "Limiter":
        async with self._turn:
            while not self._take_slot():
                if self.closed:
                    raise ProviderError(self.closed, kind="stopped", fatal=True)
                self._released.clear()
                try:
                    await asyncio.wait_for(self._released.wait(), SHARED_POLL if self.state.shared else None)
                except TimeoutError:
                    pass
        try:
            await self._pace()
        except BaseException:
            await self.__aexit__()
            raise
        return self

    def _take_slot(self) -> bool:
        state = self.state
        if state.closed and not self.closed:
            self.closed = "stopped: another worker met a fatal error"
        if self.closed:
            return False
        with state.lock:
            if state.in_flight >= int(state.limit):
                return False
            state.in_flight += 1
        return True

    async def _pace(self) -> None:
        wait = self.delay(self.clock())
        if wait > 0:
            await asyncio.sleep(wait)

    def delay(self, now: float) -> float:
        """Seconds the next call must wait: Retry-After, the request budget, the token budget, the server's headers.

        Books the call's start time under the pacing budgets.
        """
        state = self.state
        with state.lock:
            wait = state.paused_until - now
            gap = 60.0 / self.rpm if self.rpm else 0.0
            earliest = now
            per_call = state.tokens_spent / state.calls_spent if state.calls_spent else 0.0
            for left, until, cost in ((state.requests_left, state.requests_until, 1.0), (state.tokens_left, state.tokens_until, per_call)):
                if until > now and cost:
                    if left < cost:
                        # Nothing left in this window: wait for the next, a little past its reset, which the
                        # server rounds and counts on its own clock: a call sent on the dot can land in the old one.
                        earliest = max(earliest, until + RESET_MARGIN)
                    else:
                        gap = max(gap, (until - now) * cost / left)  # spread what is left over the window
            if state.requests_until > now:
                state.requests_left -= 1
            if state.tokens_until > now:
                state.tokens_left -= per_call
            if gap or earliest > now:
                start = max(earliest, state.next_start)
                state.next_start = start + gap
                wait = max(wait, start - now)
            if self.tpm:
                spent, frees_at = state.tokens_in_window(now)
                if spent >= self.tpm:
                    wait = max(wait, frees_at - now)
        return wait

    def spent(self, tokens: int) -> None:
        with self.state.lock:
            self.state.add_tokens(self.clock(), tokens)
            self.state.tokens_spent += tokens
            self.state.calls_spent += 1

    async def __aexit__(self, *exc: object) -> None:
        with self.state.lock:
            self.state.in_flight -= 1
        self._released.set()

    def success(self) -> None:
        state = self.state
        with state.lock:
            if not state.threshold or state.limit < state.threshold:
                state.limit += 1.0  # before any rejection: one more per success, doubling per round trip
            elif state.limit < state.refused_at - 1:
                state.limit += 1.0 / state.limit  # once rejected: one more per round trip
            else:
                state.limit += 0.25 / state.limit  # near where the server refused: probe a quarter as fast
            state.limit = min(float(self.ceiling), state.limit)
        self._released.set()  # a larger limit may let a waiting call start

    def throttled(self, retry_after: float | None, sent_at: float | None = None) -> None:
        """A rejection or a timeout halves the limit. A call sent before the last decrease belongs to
        the burst that decrease answered, so a burst of rejections halves it once."""
        state = self.state
        now = self.clock()
        with state.lock:
            if sent_at is None or sent_at >= state.decreased_at:
                # Halve what the server met: the limit may have run ahead of the calls actually in flight.
                state.refused_at = min(state.limit, state.in_flight + 1)
                state.limit = state.threshold = max(1.0, state.refused_at / 2)
                state.decreased_at = now
            if retry_after:
                state.paused_until = max(state.paused_until, now + retry_after)

    def count(self, *, rejected: bool, retry: bool) -> None:
        with self.state.lock:
            self.state.rejected += rejected
            self.state.retries += retry

    def observe(self, headers: Any) -> None:
        """Read the server's x-ratelimit-remaining-requests / -tokens (and their reset times) from any answer.

        What the server says was left when it counted this call; the other calls in flight may have been
        counted since, so they are taken off. Within a window the least is kept: answers to calls counted
        earlier carry more.
        """
        now = self.clock()
        state = self.state
        with state.lock:
            per_call = state.tokens_spent / state.calls_spent if state.calls_spent else 0.0
            others = max(0.0, state.in_flight - 1)
            for kind, cost in (("requests", 1.0), ("tokens", per_call)):
                said = _number(headers.get(f"x-ratelimit-remaining-{kind}"))
                if said is None:
                    continue
                left = said - cost * others
                until = now + (_duration(headers.get(f"x-ratelimit-reset-{kind}")) or 1.0)
                if kind == "requests" and (now >= state.requests_until or left <= state.requests_left):
                    state.requests_left, state.requests_until = left, until
                elif kind == "tokens" and (now >= state.tokens_until or left <= state.tokens_left):
                    state.tokens_left, state.tokens_until = left, until


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def _duration(value: str | None) -> float | None:
    """A reset time as OpenAI writes it ("1s", "6m0s", "120ms") or in plain seconds."""
    if not value:
        return None
    plain = _number(value)
    if plain is not None:
        return plain
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    parts = _DURATION_PART.findall(value)
    return sum(float(number) * scale[unit] for number, unit in parts) if parts else None


def _retry_after(headers: Any) -> float | None:
    if headers is None:
        return None
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value) / divisor
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed:
                return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    return None


def _error_code(error: Any) -> str:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("code") or inner.get("type") or "")
    return str(getattr(error, "code", "") or "")


def classify(error: Exception, settings: ModelSettings) -> ProviderError:
    """Map an SDK exception to what the tool does about it."""
    import openai

    where = settings.endpoint
    if isinstance(error, openai.APITimeoutError):
        return ProviderError(Phrase("provider.timeout", where=where, seconds=settings.timeout), kind="timeout", retryable=True)
    if isinstance(error, openai.APIConnectionError):
        return ProviderError(Phrase("provider.connection", where=where, cause=str(error.__cause__ or error)), kind="connection", retryable=True)
    if not isinstance(error, openai.APIStatusError):
        return ProviderError(Phrase("provider.failed", kind=type(error).__name__), kind="unknown", retryable=False)
    status = error.status_code
    headers = error.response.headers if error.response is not None else None
    code = _error_code(error)
    text = str(getattr(error, "message", "") or "")
    should_retry = headers.get("x-should-retry") if headers is not None else None
    retry_after = _retry_after(headers)
    if status in (401, 403):
        return ProviderError(Phrase("provider.auth", where=where, status=status),
                             kind="auth", fatal=True, status=status)
    if status == 404:
        return ProviderError(Phrase("provider.no_model", model=settings.model, where=where),
                             kind="model", fatal=True, status=status)
    if code == "insufficient_quota" or ("quota" in text.lower() and status == 429):
        return ProviderError(Phrase("provider.quota", where=where),
                             kind="quota", fatal=True, status=status)
    context_words = ("context", "maximum context", "too long", "exceed_context_size", "context_length")
    if code in ("context_length_exceeded", "exceed_context_size_error") or (status in (400, 413, 500) and any(w in text.lower() for w in context_words)):
        return ProviderError(Phrase("provider.context", where=where, status=status), kind="context", status=status)
    if status == 429:
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            return ProviderError(Phrase("provider.wait", where=where, seconds=retry_after),
                                 kind="quota", fatal=True, status=status, retry_after=retry_after)
        return ProviderError(Phrase("provider.rate", where=where), kind="rate", retryable=should_retry != "false",
                             retry_after=retry_after, status=status)
    retryable = (status in (408, 409) or status >= 500) if should_retry is None else should_retry == "true"
    return ProviderError(Phrase("provider.http", where=where, status=status), kind="server", retryable=retryable, retry_after=retry_after, status=status)


def make_client(settings: ModelSettings, limiter: Limiter | None = None) -> "AsyncOpenAI":
    """An AsyncOpenAI client with the SDK's retries off (ours apply).

    With a limiter, every answer's headers reach it (x-ratelimit-remaining-*), errors included.
    """
    from openai import AsyncOpenAI, DefaultAsyncHttpxClient

    http_client = None
    if limiter is not None:
        async def observe(response: "httpx2.Response") -> None:
            limiter.observe(response.headers)

        http_client = DefaultAsyncHttpxClient(event_hooks={"response": [observe]})
    return AsyncOpenAI(
        api_key=settings.api_key or "no-key",  # local servers need none; the SDK wants a string
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=0,
        http_client=http_client,
    )


def _estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _check_answer(answer: Any, settings: ModelSettings) -> tuple[str, str, Usage]:
    """(content, finish_reason, usage) of a chat completion as JSON, or a ProviderError."""
    choices = answer.get("choices") if isinstance(answer, dict) else None
    if not isinstance(choices, list):
        kind = "JSON without choices" if isinstance(answer, dict) else type(answer).__name__
        raise ProviderError(Phrase("provider.not_completion", where=settings.endpoint, kind=kind),
                            kind="bad-response", retryable=True)
    if not choices:
        raise ProviderError(Phrase("provider.no_choices", where=settings.endpoint), kind="bad-response", retryable=True)
    choice = choices[0] if isinstance(choices[0], dict) else {}
    message = choice.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    usage = answer.get("usage")
    prompt_tokens, completion_tokens = (usage.get("prompt_tokens"), usage.get("completion_tokens")) if isinstance(usage, dict) else (None, None)
    return _checked(content if isinstance(content, str) else "", choice.get("finish_reason") or "unknown",
                    prompt_tokens, completion_tokens, settings)


def _checked(content: str, finish: str, prompt_tokens: int | None, completion_tokens: int | None,
             settings: ModelSettings) -> tuple[str, str, Usage]:
    """(content, finish_reason, usage) of an answer, streamed or not, or a ProviderError."""
    if prompt_tokens is not None:
        usage = Usage(prompt_tokens or 0, completion_tokens or 0)
    else:
        usage = Usage(0, _estimate_tokens(content), estimated=True)
    if finish == "content_filter":
        raise ProviderError(Phrase("provider.filtered", where=settings.endpoint), kind="content-filter")
    if not content.strip() and finish != "length":
        raise ProviderError(Phrase("provider.empty", where=settings.endpoint), kind="bad-response", retryable=True)
    if finish not in ("stop", "length", "eos", "end_turn"):
        raise ProviderError(Phrase("provider.finish", where=settings.endpoint, finish=finish), kind="bad-response", retryable=True)
    return content, finish, usage


async def complete(client: "AsyncOpenAI", settings: ModelSettings, messages: list[Message], limiter: Limiter | None = None,
                   max_continuations: int = 2, source_sha256: str | None = None,
                   response_format: dict[str, Any] | None = None, on_tokens: Callable[[int], None] | None = None) -> Completion:
    """One chat completion, retried on transient faults; a truncated answer is continued.

    With a run log, every call is recorded, and a request already answered is answered from it.
    `response_format` asks for structured output (e.g. {"type": "json_schema", ...}).
    With `on_tokens`, the answer streams and `on_tokens` gets the count of tokens received so far.
    """
    conversation = conversation_of(messages)
    parts: list[str] = []
    total = Usage()
    calls = 0
    for _ in range(max_continuations + 1):
        text, finish, usage, used_calls = await _logged_call(client, settings, conversation, limiter, source_sha256,
                                                             response_format, on_tokens)
        calls += used_calls
        total.add(usage)
        parts.append(text)
        if finish != "length":
            return Completion("".join(parts), finish, total, settings.model, calls, cached=calls == 0)
        conversation = conversation + [{"role": "assistant", "content": text}, {"role": "user", "content": CONTINUE_PROMPT}]
    raise ProviderError(Phrase("provider.truncated", count=max_continuations),
                        kind="truncated", retryable=False)


async def _logged_call(client: "AsyncOpenAI", settings: ModelSettings, conversation: list[dict[str, str]],
                       limiter: Limiter | None, source_sha256: str | None,
                       response_format: dict[str, Any] | None = None,
                       on_tokens: Callable[[int], None] | None = None) -> tuple[str, str, Usage, int]:
    """One call through the run log: (text, finish_reason, usage, calls made), calls 0 when answered from it."""
    body = request_body(settings, conversation)
    if response_format is not None:
        body["response_format"] = response_format
    if settings.log is None:
        return await _call_with_retries(client, settings, body, limiter, on_tokens)
    from rewriter import logs

    key = logs.request_key(body, settings.endpoint)
    # A read, on the event loop: in WAL mode, readers do not wait for the processes that write.
    hit = logs.lookup(settings.log, key)
    if hit is not None and hit.answer is not None:
        usage = Usage(hit.prompt_tokens or 0, hit.completion_tokens or 0, hit.usage_estimated)
        return hit.answer, hit.finish_reason or "stop", usage, 0
    parameters = {name: value for name, value in body.items() if name not in ("model", "messages")}
    started = time.monotonic()
    call = logs.Call(logs.now(), settings.model, settings.endpoint, conversation, parameters, None, None, None, None,
                     False, 0.0, source_sha256)
    try:
        text, finish, usage, used_calls = await _call_with_retries(client, settings, body, limiter, on_tokens)
    except ProviderError as error:
        call.error, call.duration = str(error), time.monotonic() - started
        logs.record(settings.log, key, call)  # queued, no await: a fatal error must stop a batch before another call starts
        raise
    call.answer, call.finish_reason, call.duration = text, finish, time.monotonic() - started
    call.prompt_tokens, call.completion_tokens, call.usage_estimated = usage.prompt_tokens, usage.completion_tokens, usage.estimated
    logs.record(settings.log, key, call)
    return text, finish, usage, used_calls


def request_body(settings: ModelSettings, conversation: list[dict[str, str]]) -> dict[str, Any]:
    """The body of a chat completion request: online calls and Batch API lines alike."""
    body: dict[str, Any] = {"model": settings.model, "messages": conversation}
    if settings.temperature is not None:
        body["temperature"] = settings.temperature
    if settings.max_tokens:
        body["max_tokens"] = settings.max_tokens
    return body


def conversation_of(messages: list[Message]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in messages]


async def _call_with_retries(client: "AsyncOpenAI", settings: ModelSettings, options: dict[str, Any],
                             limiter: Limiter | None, on_tokens: Callable[[int], None] | None = None) -> tuple[str, str, Usage, int]:
    gate = limiter or Limiter(1)
    attempt = 0
    rate_limited = 0
    while True:
        attempt += 1
        sent_at: float | None = None
        try:
            async with gate:
                sent_at = gate.clock()
                if on_tokens is None:
                    content, finish, usage = _check_answer(await _create(client, options), settings)
                else:
                    content, finish, usage = await _stream(client, options, settings, on_tokens)
            gate.success()
            gate.spent(usage.total_tokens)
            return content, finish, usage, attempt
        except ProviderError as error:
            failure = error
        except Exception as error:  # the SDK's exceptions, mapped by classify
            failure = classify(error, settings)
        if failure.fatal and failure.kind != "stopped":
            # Closed here, before anything awaits (the run log's write does): a call waiting for this
            # slot must not be sent with credentials or a model already known to be refused.
            gate.close(str(failure))
        if failure.kind in ("rate", "timeout"):
            gate.throttled(failure.retry_after, sent_at)
        if failure.kind == "rate":
            rate_limited += 1
        budget_spent = rate_limited > settings.rate_limit_retries if failure.kind == "rate" else attempt - rate_limited > settings.retries
        retry = failure.retryable and not budget_spent
        gate.count(rejected=failure.status == 429, retry=retry)
        if not retry:
            if attempt > 1 and failure.retryable:
                raise ProviderError(Phrase("provider.gave_up", error=str(failure), tries=attempt), kind=failure.kind, status=failure.status) from None
            raise failure
        if failure.kind == "rate" and failure.retry_after and rate_limited == 1:
            continue  # the limiter holds every call for the server's Retry-After
        # Exponential backoff with jitter. A call rejected again after the Retry-After it was given met a
        # window the hint understated (a server that counts requests per second but says "retry in 50 ms"):
        # it backs off on its own too, or an unlucky call spends its whole budget inside one window.
        step = rate_limited - 1 if failure.kind == "rate" and failure.retry_after else attempt
        await asyncio.sleep(min(8.0, 0.5 * 2 ** (step - 1)) * (0.75 + random.random() / 4))


async def _create(client: "AsyncOpenAI", options: dict[str, Any]) -> Any:
    """POST /chat/completions through the SDK's documented custom-request method; the answer as parsed JSON.

    Same client and errors as `chat.completions.create`, without its request transform and without
    building the response model (`cast_to=object`): together they cost more CPU than the rest of the call.
    A body that is not JSON comes back as its text.
    """
    return await client.post("/chat/completions", body=options, cast_to=object)


async def _stream(client: "AsyncOpenAI", options: dict[str, Any], settings: ModelSettings,
                  on_tokens: Callable[[int], None]) -> tuple[str, str, Usage]:
    """A streamed chat completion, usage in its last chunk. A stream cut before its end is a
    truncated answer ("length"): what came is kept and continued; nothing at all is retried."""
    from openai import AsyncStream
    from openai.types.chat import ChatCompletionChunk

    body = {**options, "stream": True, "stream_options": {"include_usage": True}}
    stream = await client.post("/chat/completions", body=body, cast_to=ChatCompletionChunk, stream=True,
                               stream_cls=AsyncStream[ChatCompletionChunk])
    parts: list[str] = []
    finish: str | None = None
    usage: Any = None
    try:
        async for chunk in stream:
            usage = chunk.usage or usage
            for choice in chunk.choices[:1]:
                if choice.delta is not None and choice.delta.content:
                    parts.append(choice.delta.content)
                    on_tokens(len(parts))
                finish = choice.finish_reason or finish
    except Exception as error:  # the connection dropped mid-stream (httpx raises its own errors here)
        if not parts:
            raise ProviderError(Phrase("provider.stream_cut", where=settings.endpoint, kind=type(error).__name__),
                                kind="connection", retryable=True) from None
    finally:
        await stream.close()
    content = "".join(parts)
    if finish is None and content:
        finish = "length"
    return _checked(content, finish or "unknown", usage.prompt_tokens if usage else None,
                    usage.completion_tokens if usage else None, settings)


async def check_model(client: "AsyncOpenAI", settings: ModelSettings) -> None:
    """Fail early on bad credentials or an unknown model, before any article is sent.

    Servers that do not list models (or list none) are given the benefit of the doubt.
    """
    try:
        listing = await client.models.list()
    except Exception as error:
        failure = classify(error, settings)
        if failure.kind == "auth" or failure.kind == "connection":
            raise failure from None
        return
    names = [model.id for model in getattr(listing, "data", None) or []]
    if names and settings.model not in names:
        shown = ", ".join(sorted(names)[:8])
        raise ProviderError(Phrase("provider.not_served", model=settings.model, where=settings.endpoint, served=shown),
                            kind="model", fatal=True)
