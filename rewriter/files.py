"""Reading articles from disk and writing results: the file edge of the tool.

Every error raised here is an `InputError` whose message names the file and
the cause in one line, so the CLI and the batch journal can show it as is.
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rewriter.messages import Phrase

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class InputError(Exception):
    """Bad input: unreadable, binary, too large, or an unsafe output path."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    repaired_mojibake: bool


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def decode(data: bytes, name: str = "<input>") -> DecodedText:
    """Decode article bytes: BOMs, UTF-16 without BOM, UTF-8, then cp1252.

    Mojibake ("Ã©" for "é") is repaired, line ends become "\\n" and no-break
    spaces plain spaces. Binary data is refused.
    """
    encoding = _guess_encoding(data, name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(Phrase("input.decode", name=name, encoding=encoding, byte=error.start)) from None
    if len(_CONTROL.findall(text[:65536])) > 2:  # a stray control character is tolerated, many are not
        raise InputError(Phrase("input.binary", name=name))
    text, repaired = _repair_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return DecodedText(text=text, encoding=encoding, repaired_mojibake=repaired)


def _guess_encoding(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0) / (len(sample) / 2)
        odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
        # Latin-script UTF-16 has a NUL in every other byte.
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return "utf-16-le"
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return "utf-16-be"
    if b"\x00" in sample:
        raise InputError(Phrase("input.binary", name=name))
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _repair_mojibake(text: str) -> tuple[str, bool]:
    if not re.search(r"[ÃÂâ€][\x80-\xbf€™œ]|Ã.|â€", text):
        return text, False
    import ftfy  # only files that look double-encoded pay for this import

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def is_url(name: str) -> bool:
    """An http(s) address rather than a path."""
    return name.lower().startswith(("http://", "https://"))


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode one article file, refusing what is not a text article."""
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(Phrase("input.folder", name=name))
        if size > max_bytes:  # refused before reading it
            raise _too_large(name, size, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Phrase("input.missing", name=name)) from None
    except PermissionError:
        raise InputError(Phrase("input.denied", name=name)) from None
    except OSError as error:
        raise InputError(Phrase("input.unreadable", name=name, reason=str(error.strerror or error))) from None
    return decode_checked(data, name, max_bytes)


def _too_large(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(Phrase("input.too_large", name=name, size=size / 1048576, limit=max_bytes / 1048576))


def decode_checked(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Decode bytes from any source (a file, stdin), refusing what is too large or empty."""
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    decoded = decode(data, name)
    if not decoded.text.strip():
        raise InputError(Phrase("input.empty", name=name))
    return decoded


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write text to path through a temp file in the same folder and os.replace.

    A reader never sees a half-written file; on any failure the temp file is
    removed and an existing file is left as it was.
    """
    if path.exists() and not force:
        raise InputError(Phrase("output.exists", path=path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise InputError(Phrase("output.unwritable", path=path, reason=str(error.strerror or error))) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise InputError(Phrase("output.unwritable", path=path, reason=str(error.strerror or error))) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1024)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def ensure_inside(root: Path, candidate: Path) -> Path:
    """Resolve candidate and refuse it when it escapes root (../, absolute, symlink).

    Folders are resolved once each (articles share them); a link at the file name
    itself is harmless, since os.replace swaps the link and does not follow it.
    """
    resolved_root = _resolved(root)
    joined = resolved_root / candidate
    folder = _resolved(joined.parent)
    if folder != resolved_root and resolved_root not in folder.parents or joined.name in ("", "..", "."):
        raise InputError(Phrase("output.escapes", path=candidate, root=root))
    return folder / joined.name
