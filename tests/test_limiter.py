"""The adaptive limiter's arithmetic, on an injected clock (no waiting)."""

from __future__ import annotations

from rewriter.llm import Limiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_requests_per_minute_space_the_calls():
    clock = Clock()
    limiter = Limiter(8, rpm=120, clock=clock)
    assert [limiter.delay(clock.now) for _ in range(3)] == [0.0, 0.5, 1.0]
    clock.now += 10
    assert limiter.delay(clock.now) == 0.0


def test_tokens_per_minute_wait_for_the_window():
    clock = Clock()
    limiter = Limiter(8, tpm=1000, clock=clock)
    assert limiter.delay(clock.now) <= 0
    limiter.spent(600)
    clock.now += 10
    assert limiter.delay(clock.now) <= 0  # 600 of 1,000 spent
    limiter.spent(500)
    clock.now += 5
    assert limiter.delay(clock.now) == 45.0  # wait until the first 600 leave the 60 s window
    clock.now += 46
    assert limiter.delay(clock.now) <= 0


def test_halves_on_rate_limit_grows_back_and_honours_retry_after():
    clock = Clock()
    limiter = Limiter(16, clock=clock)
    limiter.throttled(retry_after=2.0)
    assert limiter.limit == 8 and limiter.delay(clock.now) == 2.0
    limiter.throttled(None)
    limiter.throttled(None)
    limiter.throttled(None)
    limiter.throttled(None)
    assert limiter.limit == 1  # never below one call
    for _ in range(30):
        limiter.success()
    assert limiter.limit == 16  # never above the ceiling
