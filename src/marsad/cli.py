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
from .errors import ConfigError, MarsadError
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
@click.pass_context
def process(ctx, inputs, db, jsonl):
    """Run the pipeline over INPUTS (files, directories, globs, '-' for stdin).

    Text dumps, HTML, JSON Lines, WARC (.warc, .warc.gz).  Re-processing a document
    replaces it; bad pages are reported one line each and the rest goes on.
    """
    from . import runner

    options = _options(ctx)
    if not db and not jsonl:
        jsonl = "-"
    failed = runner.run_local(list(inputs), options, db=db, jsonl=jsonl, echo=lambda m: click.echo(m, err=True))
    if failed:
        ctx.exit(1)


@cli.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), help="Gold file (like ../shared/gold/seeds.json).")
@click.option("--plover-gsr", "plover_gsr", type=click.Path(exists=True), help="Directory of PLOVER gold-standard sentence CSVs.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss.")
@click.argument("inputs", nargs=-1)
@click.pass_context
def eval_(ctx, gold, plover_gsr, as_json, verbose, inputs):
    """Score the pipeline on INPUTS against a gold file, stage by stage (SPEC scoring)."""
    if not gold and not plover_gsr:
        raise click.UsageError("give --gold FILE INPUT... or --plover-gsr DIR")
    out: dict = {}
    if gold:
        from .evaluate.report import format_report
        from .evaluate.run import evaluate

        if not inputs:
            raise click.UsageError("--gold needs the INPUT pages it annotates")
        out["gold"] = evaluate(gold, list(inputs), _options(ctx))
        if not as_json:
            click.echo(format_report(out["gold"], verbose=verbose))
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


def main() -> None:
    cli(prog_name="marsad")


if __name__ == "__main__":
    main()
