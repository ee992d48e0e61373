"""The small typed objects that pass between the steps: what the article must be, and numbered lines.

Kept apart from the parser so that commands which only need the types (`check`,
config loading) do not compile the parser's patterns at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Spec:
    """What the article must be. None means "not stated" (defaults apply later)."""

    language: str | None = None
    min_words: int | None = None
    max_words: int | None = None
    subheadings: bool | None = None
    seo: bool | None = None
    keywords: list[str] = field(default_factory=list)
    tone: str | None = None
    audience: str | None = None
    title: str | None = None
    extra: list[str] = field(default_factory=list)

    def stated(self) -> dict[str, object]:
        """The fields that hold a value, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, [])}


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the input file
    text: str
