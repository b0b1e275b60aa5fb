"""Running the pipeline over many inputs."""

from .local import run_local, write_jsonl

__all__ = ["run_local", "write_jsonl"]
