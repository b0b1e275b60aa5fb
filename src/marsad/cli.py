"""The command line: click parses, builds one frozen Options, calls the library, prints.

Errors print as one line ``marsad: error: ...``; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import MarsadError
from .export import EVENT_FORMATS, TIMELINE_FORMATS, render
from .options import Options


class _Group(click.Group):
    """Turns library errors into one line on stderr (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MarsadError as exc:
            if ctx.params.get("debug") or os.environ.get("MARSAD_DEBUG"):
                raise
            raise click.ClickException(str(exc)) from None


click.ClickException.show = lambda self, file=None: click.echo(f"marsad: error: {self.format_message()}", err=True)  # type: ignore[method-assign]


def _date(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-06-14") from None


def _options(ctx: click.Context, **extra) -> Options:
    root = ctx.find_root().params
    return Options(reference_date=root.get("reference_date"), debug=bool(root.get("debug")), **extra)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.option("--reference-date", callback=_date, metavar="DATE", help="Today's date for the run (default: the system date); no page is published after it.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, reference_date: dt.date | None) -> None:
    """marsad (مرصد): Arabic news pages to dated, placed PLOVER events and one timeline."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db", metavar="PATH|URL", help="Store in this SQLite file or postgresql:// database.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True), help="Write one document record a line here ('-' for stdout).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this process; ray: Ray Data workers over shards of the inputs (writes --out).")
@click.option("--out", "out", type=click.Path(file_okay=False), metavar="DIR",
              help="Write Parquet (documents and events, partitioned by publication month) and timeline.json into DIR.")
@click.option("--address", metavar="ADDRESS", help="Ray cluster for --engine ray (ray://head:10001, or auto); default: start Ray here.")
@click.option("--workers", type=click.IntRange(min=1), help="Ray workers for --engine ray (default: one per CPU).")
@click.pass_context
def process(ctx, inputs, db, jsonl, engine, out, address, workers):
    """Run the pipeline over INPUTS (files, directories, globs, '-' for stdin).

    Text dumps, HTML, JSON Lines, WARC (.warc, .warc.gz).  Re-processing a document
    replaces it; bad pages are reported one line each and the rest goes on.  With --out,
    shards of the inputs (a WARC or JSONL file, or a group of pages) are processed one by
    one, or in parallel on Ray with --engine ray, into Parquet.
    """
    from . import runner

    options = _options(ctx)
    if engine == "ray" and not out:
        raise click.UsageError("--engine ray writes Parquet: give --out DIR")
    if (address or workers) and engine != "ray":
        raise click.UsageError("--address and --workers go with --engine ray")
    if out:
        if db or jsonl:
            raise click.UsageError("--out does not combine with --db or --jsonl")
        from .runner.ray_engine import run_sharded

        report = run_sharded(list(inputs), options, out, engine=engine, address=address, workers=workers, echo=lambda m: click.echo(m, err=True))
        if report.failed:
            ctx.exit(1)
        return
    if not db and not jsonl:
        jsonl = "-"
    failed = runner.run_local(list(inputs), options, db=db, jsonl=jsonl, echo=lambda m: click.echo(m, err=True))
    if failed:
        ctx.exit(1)


@cli.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), help="Gold file (like ../shared/gold/seeds.json).")
@click.option("--plover-gsr", "plover_gsr", type=click.Path(exists=True), help="Directory of PLOVER gold-standard sentence CSVs.")
@click.option("--conll", type=click.Path(exists=True, dir_okay=False), help="CoNLL named-entity file (token and BIO tag a line, like ANERCorp): PERS/LOC/ORG on exact spans.")
@click.option("--timeml", type=click.Path(exists=True), help="Directory of TimeML *.tml documents: span recall and value accuracy of DATE expressions.")
@click.option("--published", type=click.Path(exists=True, dir_okay=False), metavar="GOLD",
              help="JSON of document id -> {time: metadata date}: publication dates of the INPUT pages against it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss.")
@click.argument("inputs", nargs=-1)
@click.pass_context
def eval_(ctx, gold, plover_gsr, conll, timeml, published, as_json, verbose, inputs):
    """Score the pipeline: on INPUTS against a gold file, stage by stage (SPEC scoring), or on
    the PLOVER sentences, a CoNLL file, TimeML documents or publication metadata."""
    if not (gold or plover_gsr or conll or timeml or published):
        raise click.UsageError("give --gold FILE INPUT..., --published GOLD INPUT..., --plover-gsr DIR, --conll FILE or --timeml DIR")
    if (gold or published) and not inputs:
        raise click.UsageError("--gold and --published need the INPUT pages they annotate")
    out: dict = {}
    if gold:
        from .evaluate.report import format_report
        from .evaluate.run import evaluate

        out["gold"] = evaluate(gold, list(inputs), _options(ctx))
        if not as_json:
            click.echo(format_report(out["gold"], verbose=verbose))
    if published:
        from .evaluate.published import evaluate_published, format_published

        out["published"] = evaluate_published(published, list(inputs), _options(ctx))
        if not as_json:
            click.echo(format_published(out["published"], verbose=verbose))
    if conll:
        from .api import make_context
        from .evaluate.conll import evaluate_conll, format_conll

        out["conll"] = evaluate_conll(conll, make_context(_options(ctx)))
        if not as_json:
            click.echo(format_conll(out["conll"]))
    if timeml:
        from .evaluate.timeml import evaluate_timeml, format_timeml

        out["timeml"] = evaluate_timeml(timeml)
        if not as_json:
            click.echo(format_timeml(out["timeml"], verbose=verbose))
    if plover_gsr:
        from .evaluate.sentences import evaluate_sentences, format_sentences

        out["plover_gsr"] = evaluate_sentences(plover_gsr)
        if not as_json:
            click.echo(format_sentences(out["plover_gsr"]))
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))


@cli.command()
@click.option("--db", "db", default="marsad-demo.db", show_default=True, metavar="PATH", help="Embedded database for the demo.")
@click.pass_context
def demo(ctx, db):
    """Process the bundled example corpus into an embedded database and summarise it."""
    from . import api, runner

    options = _options(ctx)
    corpus = api.bundled_corpus()
    click.echo(f"Processing the bundled corpus ({corpus}) into {db} ...")
    runner.run_local([str(corpus)], options, db=db, jsonl=None, echo=lambda m: click.echo(m, err=True))
    from .store import Store

    store = Store.open(db)
    for doc in store.documents():
        p = doc.published
        when = p.date or (f"{p.earliest}..{p.latest}" if p.earliest else "date unknown")
        click.echo(f"\n{doc.id}  {doc.outlet.name or '?'}  {when} ({p.basis or '-'})")
        click.echo(f"  {doc.title or '(no title)'}")
        click.echo(f"  {len(doc.body)} chars, {len(doc.dropped)} chrome lines dropped, "
                   f"{len(doc.timexes)} dates, {len(doc.entities)} actors, {len(doc.events)} events")
        for ev in doc.events[:6]:
            who = ", ".join(sorted({a.country for a in ev.actors if a.country}))
            click.echo(f"    {ev.type:<9} {ev.date or '?':<21} {who}")
    click.echo(f"\n{store.count()} documents in {db}")

    from .timeline import stored

    records = stored(store, options)
    click.echo("\nTimeline of the bundled corpus:\n")
    click.echo(render(records, "table"), nl=False)
    report = _report_path(db)
    report.write_text(render(records, "html", store.documents()), "utf-8")
    click.echo(f"\nTimeline report (HTML): {report.resolve()}")
    store.close()


# ------------------------------------------------------------------ the timeline and its exports

DEFAULT_DB = "marsad-demo.db"


def _db_option(f):
    return click.option(
        "--db", "db", default=DEFAULT_DB, envvar="MARSAD_DB", show_default=True, metavar="PATH|URL",
        help="Database written by 'marsad process --db' or 'marsad demo' (or $MARSAD_DB).",
    )(f)


def _filter_options(f):
    f = click.option("--type", "types", multiple=True, metavar="TYPE", help="Only this PLOVER type (repeatable: any of them).")(f)
    f = click.option("--until", callback=_date, metavar="DATE", help="Only events that may fall on or before DATE.")(f)
    f = click.option("--since", callback=_date, metavar="DATE", help="Only events that may fall on or after DATE.")(f)
    f = click.option("--actor", "actors", multiple=True, metavar="ISO3|ID", help="Only events involving this country (TUR) or actor id (hulusi-akar); repeat to require several.")(f)
    return f


def _output_option(f):
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of stdout.")(f)


def _stored_records(db: str, options: Options, actors, since, until, types, with_docs: bool):
    """(selected records, their documents when asked) from the database ``db``."""
    from .errors import M401, NotFound
    from .store import Store
    from .timeline import select, stored

    if "://" not in db and not Path(db).expanduser().is_file():
        raise NotFound(M401.format(what="database", key=db))
    store = Store.open(db)
    try:
        records = select(stored(store, options), actors=actors, since=since, until=until, types=types)
        docs = []
        if with_docs:
            wanted = {r["doc"] for rec in records for r in rec.get("reports") or []}
            docs = [d for d in store.documents() if d.id in wanted]
    finally:
        store.close()
    return records, docs


def _emit(data: str | bytes, output: str | None) -> None:
    if output and output != "-":
        path = Path(output)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, "utf-8")
        return
    if isinstance(data, bytes):
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    else:
        click.echo(data, nl=False)


def _report_path(db: str) -> Path:
    if "://" in db:
        return Path("marsad-demo-timeline.html")
    path = Path(db).expanduser()
    return path.with_name(path.stem + "-timeline.html")


@cli.command()
@_db_option
@_filter_options
@click.option("--format", "fmt", type=click.Choice(TIMELINE_FORMATS), default="table", show_default=True,
              help="table for a terminal; json, csv, parquet; timelinejs (TimelineJS3 JSON); html (one self-contained page); graphml (actor network).")
@_output_option
@click.pass_context
def timeline(ctx, db, actors, since, until, types, fmt, output):
    """The merged timeline: one record per real-world event, with every document's report of it.

    Reads the timeline stored by 'marsad process --db' (or 'marsad demo').  Filters combine:
    every --actor must take part, --since/--until keep events whose date may fall in the
    window (undated events are dropped by a window), --type keeps any of the types given.
    """
    records, docs = _stored_records(db, _options(ctx), actors, since, until, types, with_docs=fmt == "html")
    _emit(render(records, fmt, docs), output)


@cli.command(name="export")
@_db_option
@_filter_options
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="plover", show_default=True,
              help="plover: PLOVER JSON Lines (actor, recipient, event, mode, context, date, event_loc, text_info, cite_info).")
@_output_option
@click.pass_context
def export_(ctx, db, actors, since, until, types, fmt, output):
    """Event data from the stored timeline, one line per real-world event (filters as for 'timeline')."""
    records, docs = _stored_records(db, _options(ctx), actors, since, until, types, with_docs=False)
    _emit(render(records, fmt, docs), output)


@cli.command()
@click.option("--db", "db", default="marsad-demo.db", show_default=True, envvar="MARSAD_DB", metavar="PATH|URL",
              help="SQLite file or postgresql:// database to serve (default: the demo's).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="MARSAD_TOKEN", metavar="TOKEN",
              help="Enable uploads; clients send this in the X-Marsad-Token header (default: $MARSAD_TOKEN).")
@click.option("--max-upload", "max_upload", default=5_000_000, show_default=True, type=click.IntRange(1), metavar="BYTES",
              help="Largest upload request accepted.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@click.pass_context
def serve(ctx, db, host, port, token, max_upload, workers):
    """Serve the web app (Arabic, English on a toggle) and its JSON API over the store."""
    from .web import WebSettings
    from .web import serve as run_server

    if "://" not in db and not Path(db).exists():
        click.echo(f"marsad: {db} does not exist yet; serving an empty database", err=True)
    settings = WebSettings(db=db, token=token or None, max_upload_bytes=max_upload, options=_options(ctx))
    click.echo(f"marsad: serving {db} on http://{host}:{port}/ (uploads {'enabled' if token else 'disabled'})", err=True)
    run_server(settings, host=host, port=port, workers=workers)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--size", default=2000, show_default=True, type=click.IntRange(min=10), help="Articles in the synthetic corpus.")
@click.option("--sample", default=200, show_default=True, type=click.IntRange(min=1), help="Articles for the side-by-side comparisons.")
@click.option("--ray", "with_ray", is_flag=True, help="Also time the Ray engine with 1 and with --workers workers.")
@click.option("--ray-size", default=20_000, show_default=True, type=click.IntRange(min=10), help="Synthetic articles for --ray.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Ray workers for --ray.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def bench(ctx, inputs, size, sample, with_ray, ray_size, workers, as_json):
    """Throughput (articles per second per core, end to end and per stage), start-up and memory.

    On the bundled corpus, on a synthetic corpus built from it, and on INPUTS (JSONL, WARC,
    pages); dateparser and trafilatura alone side by side.  Progress goes to stderr.
    """
    from .bench.run import BenchOptions, format_table, run

    settings = BenchOptions(size=size, sample=sample, inputs=tuple(inputs), ray=with_ray, ray_size=ray_size, workers=workers)
    result = run(settings, _options(ctx), echo=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else format_table(result), nl=as_json)


def main() -> None:
    cli(prog_name="marsad")


if __name__ == "__main__":
    main()
