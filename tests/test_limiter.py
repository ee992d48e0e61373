"""The adaptive limiter's arithmetic, on an injected clock (no waiting)."""

from __future__ import annotations

import pytest

from rewriter.llm import RESET_MARGIN, Limiter


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


def test_starts_slow_and_doubles_per_round_trip_until_the_ceiling():
    limiter = Limiter(32, clock=Clock())
    assert limiter.limit == 8  # a first burst of 32 into a server capped lower would be mostly rejected
    for _ in range(8):
        limiter.success()
    assert limiter.limit == 16
    for _ in range(40):
        limiter.success()
    assert limiter.limit == 32  # never above the ceiling


def at_ceiling(ceiling: int, clock: Clock) -> Limiter:
    """A limiter whose calls all succeeded until it reached its ceiling."""
    limiter = Limiter(ceiling, clock=clock)
    while limiter.limit < ceiling:
        limiter.success()
    return limiter


def test_halves_on_rate_limit_grows_back_and_honours_retry_after():
    clock = Clock()
    limiter = at_ceiling(16, clock)
    limiter.state.in_flight = 16  # the other calls in flight when one is refused
    limiter.throttled(retry_after=2.0)
    assert limiter.limit == 8 and limiter.delay(clock.now) == 2.0
    limiter.throttled(None)
    limiter.throttled(None)
    limiter.throttled(None)
    limiter.throttled(None)
    assert limiter.limit == 1  # never below one call
    limiter.state.in_flight = 0
    for _ in range(1000):
        limiter.success()
    assert limiter.limit == 16  # never above the ceiling


def test_one_decrease_per_burst_then_one_more_per_round_trip():
    clock = Clock()
    limiter = at_ceiling(32, clock)
    sent_before = clock.now
    clock.now += 1
    limiter.state.in_flight = 20  # the limit ran ahead of the calls in flight: halve those
    limiter.throttled(None, sent_at=sent_before)
    assert limiter.limit == 10.5
    limiter.throttled(None, sent_at=sent_before)  # the same burst: no second halving
    limiter.throttled(None, sent_at=sent_before + 0.5)
    assert limiter.limit == 10.5
    limiter.state.in_flight = 15
    limiter.throttled(None, sent_at=clock.now + 0.1)  # sent after the decrease: a new rejection
    assert limiter.limit == 5.25 and limiter.state.refused_at == 10.5
    for _ in range(5):
        limiter.success()
    assert 6.1 < limiter.limit < 6.3  # a round trip of five successes: about one more
    limiter.state.limit = 9.6
    limiter.success()
    assert abs(limiter.limit - (9.6 + 0.25 / 9.6)) < 1e-9  # near where it was refused: a quarter as fast


def test_rate_limit_headers_spread_the_calls_left_over_the_window():
    clock = Clock()
    limiter = Limiter(8, clock=clock)
    limiter.observe({"x-ratelimit-remaining-requests": "2", "x-ratelimit-reset-requests": "1s"})
    delays = [limiter.delay(clock.now) for _ in range(3)]
    assert delays[:2] == [0.0, 0.5] and delays[2] >= 1.0  # the third waits for the next window
    limiter.observe({"x-ratelimit-remaining-requests": "5", "x-ratelimit-reset-requests": "1s"})
    assert limiter.state.requests_left < 1  # a stale answer of the same window cannot raise what is left
    clock.now += 2
    limiter.observe({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1m30s"})
    assert limiter.delay(clock.now) == pytest.approx(90.0 + RESET_MARGIN)  # just past the reset: not in the old window


def test_rate_limit_token_headers_count_in_calls_of_the_average_size():
    clock = Clock()
    limiter = Limiter(8, clock=clock)
    limiter.spent(300)
    limiter.observe({"x-ratelimit-remaining-tokens": "600", "x-ratelimit-reset-tokens": "120ms"})
    assert limiter.delay(clock.now) == 0.0
    assert abs(limiter.delay(clock.now) - 0.06) < 1e-9  # 0.12 s for the second of two calls left
    assert limiter.delay(clock.now) >= 0.12
