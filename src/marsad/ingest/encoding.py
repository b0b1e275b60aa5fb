"""Decoding page bytes in the encodings real Arabic sites use.

Order: byte-order marks (UTF-8, UTF-16), strict UTF-8, UTF-16 without BOM (NUL-byte pattern),
then Windows-1256 against ISO-8859-6 (charset-normalizer decides, restricted to those two,
and a bytes-per-Arabic-letter check settles what it cannot).  Binary data is refused.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import M101, M102, M103, InputError

_TRIED = "UTF-8, UTF-16, cp1256 or ISO-8859-6"


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Return the text of ``data``; raise InputError naming ``path`` when it is not text."""
    if not data.strip():
        raise InputError(M102.format(path=path))
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, path)
    if b"\x00" in data[:4096]:
        raise InputError(M103.format(path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None and declared:
        try:
            text = data.decode(_codec_name(declared))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = _arabic_single_byte(data, path)
    if _looks_binary(text):
        raise InputError(M103.format(path=path))
    return text


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(M101.format(path=path, tried=_TRIED)) from None
    if not text.strip():
        raise InputError(M102.format(path=path))
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # Arabic in UTF-16 has high bytes 0x06 rather than NUL; count both with the NUL pattern of spaces/ASCII.
    if odd > 0.2 and even < 0.05:
        return "utf-16-le"
    if even > 0.2 and odd < 0.05:
        return "utf-16-be"
    high_le = sum(1 for b in sample[1::2] if b == 0x06) / (len(sample) / 2)
    high_be = sum(1 for b in sample[0::2] if b == 0x06) / (len(sample) / 2)
    if high_le + odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if high_be + even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _arabic_single_byte(data: bytes, path: str) -> str:
    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6"]).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [c for c in ("cp1256", "iso8859_6") if c not in candidates]
    scored = []
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_arabic_share(text), -len(scored), text))
    if not scored:
        raise InputError(M101.format(path=path, tried=_TRIED))
    return max(scored)[2]


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0621" <= c <= "\u064a") / len(letters)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 50)


def _codec_name(label: str) -> str:
    label = label.strip().strip("\"'").lower()
    aliases = {"windows-1256": "cp1256", "iso-8859-6": "iso8859_6", "arabic": "iso8859_6"}
    return codecs.lookup(aliases.get(label, label)).name
