"""Every error marsad raises, with its coded one-line message.

One tree under :class:`MarsadError`; the CLI prints ``marsad: error: <message>`` and the
web app answers with the class's HTTP ``status``.  Messages name the file (and line) and
the reason, so a failed document in a batch can be found and fixed.
"""

from __future__ import annotations

# Coded messages. Keep one line each; fill with str.format.
M101 = "[M101] {path}: cannot decode text (tried {tried})"
M102 = "[M102] {path}: empty input"
M103 = "[M103] {path}: binary data, not a text, HTML, JSONL or WARC page"
M104 = "[M104] {path}:{line}: invalid JSON line ({reason})"
M105 = "[M105] {path}: truncated or corrupt archive ({reason})"
M106 = "[M106] {path}: no such file or directory"
M107 = "[M107] {path}:{line}: JSON line has neither 'html' nor 'text'"
M108 = "[M108] {path}: no article text found"
M109 = "[M109] {path}: too large ({size} bytes, limit {limit})"
M110 = "[M110] {path}: no page to read (no file here ends in {suffixes})"
M201 = "[M201] {path}:{line}: {reason}"
M202 = "[M202] {path}: {reason}"
M301 = "[M301] {target}: {reason}"
M401 = "[M401] {what} {key!r} not found"
M501 = "[M501] {reason}"
M601 = "[M601] {name}={value!r}: {reason}"
M602 = "[M602] writing is disabled on this server: start it with `marsad serve --token ...` or set MARSAD_TOKEN"
M603 = "[M603] missing or wrong token: send the server's token in the X-Marsad-Token header"
M604 = "[M604] {name}: type {kind!r} not accepted (allowed: {allowed})"
M605 = "[M605] nothing to process: paste text or attach a file"
M606 = "[M606] malformed request: {reason}"
M607 = "[M607] internal error (see the server log)"
M608 = "[M608] token: use 8 or more printable ASCII characters (it travels in an HTTP header)"
M701 = "[M701] {path}: not a marsad output directory (it holds {what}); give a new or empty directory"
M702 = "[M702] standard input cannot be split into shards: save it to a file first"
M703 = "[M703] the ray engine needs Ray: pip install 'marsad[ray]' ({reason})"
M704 = "[M704] cannot start or reach Ray{at}: {reason}"
M705 = "[M705] {what}: {reason}"


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""

    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(MarsadError):
    """A page that cannot be read or understood."""

    status = 400


class DataError(MarsadError):
    """A packaged data file (lexicon, actor record, generated table) is invalid."""

    status = 500


class StoreError(MarsadError):
    """The database cannot be opened, migrated or written."""

    status = 500


class ConfigError(MarsadError):
    """Options or settings that do not make sense together."""

    status = 400


class NotFound(MarsadError):
    status = 404


class Forbidden(MarsadError):
    status = 403


class TooLarge(InputError):
    status = 413
