"""Read a source text file for derivation, refusing missing, empty, binary or non-UTF-8 files clearly."""

from __future__ import annotations

from pathlib import Path


class SourceTextError(ValueError):
    """A source text cannot be used; the message says why, in words a teacher understands."""


def read_source_text(path: Path) -> str:
    """Read a UTF-8 text file (with or without a byte-order mark).

    Args:
        path: the file to read.

    Returns:
        Its text, without a byte-order mark.

    Raises:
        SourceTextError: if the file is missing, not a file, empty, binary, or not valid UTF-8.
    """
    if not path.exists():
        raise SourceTextError(f"{path}: no such file.")
    if not path.is_file():
        raise SourceTextError(f"{path}: not a file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceTextError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise SourceTextError(f"{path}: the file is empty.")
    if b"\x00" in data:
        raise SourceTextError(f"{path}: this is a binary file, not plain text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceTextError(
            f"{path}: not UTF-8 text (invalid byte at position {exc.start}); save it as UTF-8 and try again."
        ) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise SourceTextError(f"{path}: this looks like a binary file, not plain text.")
    if not text.strip():
        raise SourceTextError(f"{path}: the file is empty.")
    return text
