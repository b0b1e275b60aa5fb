"""marsad (مرصد): Arabic news pages to event data."""

__version__ = "0.1.0"


def process(text_or_path, **kwargs):
    """Process page text, a path, a directory or a glob into documents (see :func:`marsad.api.process`)."""
    from .api import process as _process

    return _process(text_or_path, **kwargs)
