"""Fetch an article page over http(s): the one place where the tool reads the network for input.

Limits keep a bad URL from hanging or flooding a run: a timeout over the whole fetch, a size
limit, a redirect limit, and only HTML (or XHTML) is accepted. The User-Agent names the tool.
Every failure is a FetchError whose message is one line naming the URL and the cause.
"""

from __future__ import annotations

import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from rewriter import __version__
from rewriter.files import InputError, decode
from rewriter.messages import Phrase

USER_AGENT = f"rewriter/{__version__} (article rewriter; +https://pypi.org/project/rewriter/)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
_CHUNK = 65536


class FetchError(InputError):
    """The URL could not be read as an HTML page."""


@dataclass(frozen=True)
class Page:
    url: str  # as given
    final_url: str  # after redirects
    text: str


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 5 * 1024 * 1024) -> Page:
    """Download an HTML page; raise FetchError (one line: the URL and the cause)."""
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES:
                raise FetchError(Phrase("fetch.not_html", url=url, content_type=content_type))
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(Phrase("input.too_large", name=url, size=int(length) / 1048576, limit=max_bytes / 1048576))
            data = _read_limited(response, url, max_bytes, deadline)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise FetchError(Phrase("fetch.redirects", url=url)) from None
        raise FetchError(Phrase("fetch.http", url=url, code=error.code, reason=error.reason)) from None
    except urllib.error.URLError as error:
        raise FetchError(_cause(url, error.reason, timeout)) from None
    except (OSError, ValueError) as error:
        raise FetchError(_cause(url, error, timeout)) from None
    return Page(url, final_url, _decode(data, charset, url))


def url_file_name(url: str) -> str:
    """A file name for the article at url: the slug of its last path segment (else of its host),
    with a short hash of the query when there is one, since pages then differ only by it."""
    import hashlib
    import urllib.parse

    from rewriter.markdown import slugify

    parts = urllib.parse.urlsplit(url)
    name = slugify(parts.path.rstrip("/").rsplit("/", 1)[-1]) or slugify(parts.hostname or "") or "article"
    return f"{name}-{hashlib.sha256(parts.query.encode()).hexdigest()[:8]}" if parts.query else name


def _read_limited(response, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(Phrase("fetch.slow", url=url))
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(Phrase("fetch.over_limit", url=url, limit=max_bytes / 1048576))
        chunks.append(chunk)


def _decode(data: bytes, charset: str | None, url: str) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: guess as for files
    try:
        return decode(data, url).text
    except InputError as error:
        raise FetchError(str(error)) from None


def _cause(url: str, reason: object, timeout: float) -> Phrase:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return Phrase("fetch.timeout", url=url, seconds=timeout)
    if isinstance(reason, socket.gaierror):
        return Phrase("fetch.dns", url=url)
    if isinstance(reason, ConnectionRefusedError):
        return Phrase("fetch.refused", url=url)
    text = getattr(reason, "strerror", None) or str(reason)
    return Phrase("fetch.failed", url=url, reason=re.sub(r"^\[Errno -?\d+\]\s*", "", text) or type(reason).__name__)
