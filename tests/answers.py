"""Default answers of the test server: a valid draft for whatever the prompt asks."""

from __future__ import annotations

import re
from typing import Any

from drafts import draft
from openai_server import Reply


def asked(request: dict[str, Any]) -> tuple[str, int]:
    """(language, words) that the rendered prompt asks for."""
    prompt = "\n".join(str(message.get("content", "")) for message in request.get("messages", []) if message.get("role") == "user")
    language = "en" if "Language: English" in prompt else "fr"
    between = re.search(r"between (\d+) and (\d+) words", prompt)
    at_least = re.search(r"at least (\d+) words", prompt)
    if between:
        words = (int(between.group(1)) + int(between.group(2))) // 2
    else:
        words = int(at_least.group(1)) + 40 if at_least else 420
    return language, words


def valid_reply(request: dict[str, Any]) -> Reply:
    language, words = asked(request)
    return Reply(draft(words, subheadings=max(2, words // 250), language=language))
