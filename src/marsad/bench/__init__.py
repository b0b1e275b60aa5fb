"""``marsad bench``: throughput, start-up and memory of the pipeline, and of the usual alternatives.

- :mod:`.corpus`: the synthetic corpus, built from the bundled seed pages;
- :mod:`.probe`: one measurement in a fresh interpreter (per-stage times, peak memory);
- :mod:`.compare`: dateparser and trafilatura side by side with marsad's own stages;
- :mod:`.run`: the whole benchmark, and its table.
"""
