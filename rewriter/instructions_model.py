"""The model reads the instruction lines the rules could not map, as JSON against a schema.

Only those instruction lines are sent, never article text. The answer is
validated against SCHEMA here (a small fixed schema: a hand-written check, no
dependency); an invalid answer, or any provider failure, leaves the rules alone.
"""

from __future__ import annotations

import asyncio
import copy
import json
from typing import TYPE_CHECKING, Any

from rewriter import llm
from rewriter.prompts import Message
from rewriter.spec import Line, Spec
from rewriter.text import LANGUAGE_LABELS

if TYPE_CHECKING:
    from openai import AsyncOpenAI

_OPTIONAL_STRING = {"type": ["string", "null"]}
_STRINGS = {"type": "array", "items": {"type": "string"}}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "language": {"type": ["string", "null"], "description": "ISO 639-1 code of the language to write in"},
        "min_words": {"type": ["integer", "null"]},
        "max_words": {"type": ["integer", "null"]},
        "subheadings": {"type": ["boolean", "null"]},
        "seo": {"type": ["boolean", "null"]},
        "keywords": {**_STRINGS, "description": "the focus keyphrase first"},
        "tone": _OPTIONAL_STRING,
        "audience": _OPTIONAL_STRING,
        "title": _OPTIONAL_STRING,
        "extra": {**_STRINGS, "description": "requests that fit no other field, verbatim"},
    },
    "required": ["language", "min_words", "max_words", "subheadings", "seo", "keywords", "tone", "audience", "title", "extra"],
    "additionalProperties": False,
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "article_spec", "strict": True, "schema": SCHEMA}}
_SYSTEM = (
    "You read an editor's brief for rewriting an article and return what it asks as JSON that follows the schema. "
    "The brief may be in English, French, Spanish, German or Italian. Use null (or an empty list) for anything the "
    "brief does not state. language is an ISO 639-1 code; \"about N words\" means min_words 0.9*N and max_words 1.1*N."
)
_TYPES = {"string": str, "integer": int, "boolean": bool, "null": type(None), "array": list, "object": dict}
MAX_WORDS = 100_000


def schema_errors(value: Any, schema: dict[str, Any] = SCHEMA, where: str = "$") -> list[str]:
    """What makes value break the schema (the subset of JSON Schema that SCHEMA uses)."""
    allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    # bool is an int in Python, not in JSON.
    if not any(isinstance(value, _TYPES[name]) and not (name == "integer" and isinstance(value, bool)) for name in allowed):
        return [f"{where}: {type(value).__name__} is not {'/'.join(allowed)}"]
    errors: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [f"{where}: missing {name}" for name in schema.get("required", []) if name not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{where}: unexpected {name}" for name in value if name not in properties]
        for name, item in value.items():
            if name in properties:
                errors += schema_errors(item, properties[name], f"{where}.{name}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += schema_errors(item, schema["items"], f"{where}[{index}]")
    return errors


def spec_of_answer(text: str) -> Spec | None:
    """The Spec in a model's answer, or None when the answer is not valid against the schema."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    if schema_errors(data):
        return None
    language = (data["language"] or "").strip().lower()[:2] or None
    if language is not None and language not in LANGUAGE_LABELS:
        return None
    for name in ("min_words", "max_words"):
        if data[name] is not None and not 0 < data[name] <= MAX_WORDS:
            return None

    def text_of(value: str | None) -> str | None:
        return value.strip() or None if value else None

    return Spec(language=language, min_words=data["min_words"], max_words=data["max_words"], subheadings=data["subheadings"],
                seo=data["seo"], keywords=[k.strip() for k in data["keywords"] if k.strip()], tone=text_of(data["tone"]),
                audience=text_of(data["audience"]), title=text_of(data["title"]), extra=[e for e in data["extra"] if e.strip()])


# Answers already had in this process, by model and brief: a run's --instructions is read once, not per
# article; articles in flight at the same time wait for the first call instead of making their own.
_ANSWERS: dict[tuple[str, str | None, str], Spec | None] = {}
_PENDING: dict[tuple[int, str, str | None, str], "asyncio.Future[Spec | None]"] = {}


async def read_instructions(client: "AsyncOpenAI", settings: llm.ModelSettings, lines: list[Line],
                            limiter: llm.Limiter | None = None) -> tuple[Spec | None, llm.Usage]:
    """(spec the model read in these instruction lines or None, tokens spent). A fatal provider error
    (credentials, quota) is raised as for any call; any other failure leaves the rules alone."""
    brief = "\n".join(line.text for line in lines)
    key = (settings.model, settings.base_url, brief)
    if key in _ANSWERS:
        return copy.deepcopy(_ANSWERS[key]), llm.Usage()
    loop = asyncio.get_running_loop()
    waiting = _PENDING.get((id(loop), *key))
    if waiting is not None:
        return copy.deepcopy(await asyncio.shield(waiting)), llm.Usage()
    future: asyncio.Future[Spec | None] = loop.create_future()
    _PENDING[(id(loop), *key)] = future
    try:
        completion = await llm.complete(client, settings, [Message("system", _SYSTEM), Message("user", brief)], limiter,
                                        max_continuations=0, response_format=RESPONSE_FORMAT)
        spec, usage = spec_of_answer(completion.text), completion.usage
        _ANSWERS[key] = spec
    except llm.ProviderError as error:
        if error.fatal:
            raise
        spec, usage = None, llm.Usage()  # not remembered: a later article may get through
    finally:
        del _PENDING[(id(loop), *key)]
        if not future.done():
            future.set_result(_ANSWERS.get(key))
    return copy.deepcopy(spec), usage
