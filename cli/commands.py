"""The commands of `matcher` (contract: shared/DESIGN.md). Bad input exits 2 with a message.

Each command imports the use case it runs inside its body, so that `matcher --help` and every other
command start without loading what they do not use (numpy, faiss, torch, rq, alembic, Flask).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time

import click
from marshmallow import EXCLUDE, ValidationError
from sqlalchemy.engine import make_url

from cli.support import current_runtime, fail, open_lines, progress
from matcher.config import load_settings
from matcher.schemas import VetLineSchema, flatten_messages


class _Commands(click.Group):
    """Every command: a database or Redis that cannot be reached is one line saying so (exit 1), not a
    70-line traceback."""

    def invoke(self, ctx):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from sqlalchemy.exc import DBAPIError

        try:
            return super().invoke(ctx)
        except DBAPIError as exc:
            if not exc.connection_invalidated and not _unreachable(exc):
                raise
            url = _display_url(current_runtime().settings.database_url)
            click.echo(f"error: the database at {url} cannot be reached ({_first_line(exc.orig)}). "
                       "Is it running, and is DATABASE_URL right?", err=True)
            sys.exit(1)
        except RedisConnectionError as exc:
            click.echo(f"error: Redis cannot be reached ({_first_line(exc)}). Is it running, and is "
                       "REDIS_URL right?", err=True)
            sys.exit(1)


def _unreachable(exc) -> bool:
    from sqlalchemy.exc import OperationalError

    text = str(exc.orig or exc).lower()
    return isinstance(exc, OperationalError) and any(
        w in text for w in ("connection", "connect", "unable to open", "could not translate host"))


def _first_line(exc) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


@click.group(cls=_Commands)
def main() -> None:
    """Vet SEO providers and match them to buyers' briefs."""


@main.command("init-db")
def init_db() -> None:
    """Create or migrate the database to the newest revision."""
    from matcher.migrate import upgrade

    settings = current_runtime().settings
    upgrade(settings.database_url)
    click.echo(f"database ready at {_display_url(settings.database_url)}")


def _display_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@main.command("import-providers")
@click.argument("file")
@click.option("--no-wait", is_flag=True,
              help="With Redis: queue the vetting and indexing for the workers and return at once.")
def import_providers_cmd(file: str, no_wait: bool) -> None:
    """Import or update providers (by external_id) from JSON Lines, then vet and index them."""
    from matcher.unit_of_work import UnitOfWork
    from matcher.usecases.imports import import_file

    report = import_file(UnitOfWork(current_runtime(), progress), open_lines(file), wait=not no_wait)
    if not report.ok:
        for error in report.errors:
            click.echo(error.describe(), err=True)
        fail(report.summary())
    click.echo(report.summary())


@main.command("seed")
def seed_cmd() -> None:
    """Load the sample providers and briefs from seeds/ (never changes a row it did not create)."""
    from matcher.usecases.seeding import SeedConflict, load_seeds

    try:
        summary = load_seeds(current_runtime(), progress)
    except SeedConflict as exc:
        fail(str(exc))
    click.echo(summary)


@main.command("vet")
@click.argument("file")
def vet_cmd(file: str) -> None:
    """Read lines {"id", "text"}; write lines {"id", "findings": [...]}."""
    from matcher import redflags

    schema = VetLineSchema(unknown=EXCLUDE)
    items, errors = [], []
    for number, raw in enumerate(open_lines(file), start=1):
        if not raw.strip():
            continue
        try:
            items.append(schema.load(json.loads(raw)))
        except (json.JSONDecodeError, RecursionError) as exc:
            errors.append(f"line {number}: not valid JSON: {exc}")
        except ValidationError as exc:
            fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in flatten_messages(exc.messages).items())
            errors.append(f"line {number}: {fields}")
        except TypeError:
            errors.append(f"line {number}: each line must be a JSON object")
    if errors:
        for e in errors:
            click.echo(e, err=True)
        fail(f"{len(errors)} invalid line(s); nothing vetted.")
    results = redflags.detect_many([item["text"] for item in items])
    for item, flags in zip(items, results, strict=True):
        field = item.get("field") or "text"
        findings = [dict(f.as_dict(), field=field) for f in flags]
        click.echo(json.dumps({"id": item["id"], "findings": findings}, ensure_ascii=False))


@main.command("match")
@click.argument("file")
@click.option(
    "--top", default=10, show_default=True, type=click.IntRange(1, 100), help="Providers per brief."
)
def match_cmd(file: str, top: int) -> None:
    """Match one brief (JSON) or many (JSON Lines); one output line per brief."""
    from matcher.usecases.matching import match_file

    rt = current_runtime()
    lines = open_lines(file)
    try:
        outputs = match_file(rt, lines, top)
    except ValueError as exc:
        fail(str(exc))
    for out in outputs:
        click.echo(json.dumps(out, ensure_ascii=False))


@main.command("audit")
@click.argument("file")
@click.option("--brand", help="The site's brand name (default: guessed from the linked domain).")
@click.option("--money", multiple=True, metavar="TERM",
              help="A money keyword, repeatable or comma-separated; without any, commercial anchors are "
                   "estimated.")
@click.option("--flagged-csv", "flagged_csv", metavar="OUT.csv", help="Also write the flagged rows as CSV.")
@click.option("--disavow", metavar="OUT.txt", help="Also write a Google disavow file for --domains.")
@click.option("--domains", metavar="D1,D2", help="The domains to disavow (with --disavow), comma-separated.")
def audit_cmd(file: str, brand: str | None, money: tuple[str, ...], flagged_csv: str | None,
              disavow: str | None, domains: str | None) -> None:
    """Audit a backlink export (Search Console, Ahrefs, Semrush, Majestic, CSV); print the report (JSON)."""
    from datetime import date

    from matcher.backlinks import DisavowError, ExportRejected, audit_export, disavow_file

    if disavow and not domains:
        fail("--disavow needs --domains: the domains to disavow, comma-separated (none is chosen for you).")
    if domains and not disavow:
        fail("--domains is for --disavow OUT.txt: say where to write the disavow file.")
    chosen = [d.strip() for d in (domains or "").split(",") if d.strip()]
    data = _read_bytes(file)
    try:
        terms = [t.strip() for m in money for t in m.split(",") if t.strip()]
        report = audit_export(data, brand=brand, money=terms)
    except ExportRejected as exc:
        fail(f"{'standard input' if file == '-' else file}: {exc}")
    outputs: dict[str, str] = {}
    if disavow:
        try:
            outputs[disavow] = disavow_file(chosen, on=date.today(), source=_shown_name(file))
        except DisavowError as exc:
            fail(f"no disavow file written: {exc}.")
        missing = report.not_linking(chosen)
        if missing:
            click.echo(f"note: not a referring domain in this export: {', '.join(missing)}", err=True)
    if flagged_csv:
        outputs[flagged_csv] = report.flagged_csv()
    for path, text in outputs.items():
        _write_text(path, text)
    click.echo(json.dumps(report.as_dict(), ensure_ascii=False))


def _read_bytes(path: str) -> bytes:
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    raise AssertionError("unreachable")


def _shown_name(path: str) -> str:
    return "standard input" if path == "-" else os.path.basename(path)


def _write_text(path: str, text: str) -> None:
    """Write through a temporary file in the same folder, so a failure leaves no half-written file."""
    target = os.path.abspath(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".matcher-")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")


@main.command("reindex")
def reindex_cmd() -> None:
    """Rebuild the vector index from the database (with Redis, workers embed the profiles in chunks)."""
    from matcher.jobs.bulk import reindex

    report = reindex(current_runtime(), progress)
    click.echo(f"indexed {report.done} provider(s) in {report.seconds:.1f}s ({report.rate:.0f}/s)")


@main.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker_cmd(burst: bool) -> None:
    """Run an rq worker (needs REDIS_URL)."""
    rt = current_runtime()
    if not rt.settings.redis_url:
        fail("REDIS_URL is not set: without Redis, jobs run inside the web and CLI processes.")
    from matcher.jobs.worker import run_worker

    run_worker(rt.settings, burst=burst)


@main.command("worker-health")
def worker_health_cmd() -> None:
    """Exit 0 when this machine's worker beat in the last minute (for container health checks), else 1."""
    from matcher.jobs.recovery import worker_healthy

    ok, message = worker_healthy(current_runtime())
    click.echo(message, err=not ok)
    sys.exit(0 if ok else 1)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--debug", is_flag=True)
def serve_cmd(host: str, port: int, debug: bool) -> None:
    """Run the web app (development server)."""
    from matcher import redflags
    from matcher.jobs import requeue_stale_briefs
    from matcher.jobs.worker import warm_up
    from web import create_app

    app = create_app(load_settings())
    rt = app.extensions["matcher_runtime"]
    # The first brief and the first vetting would otherwise wait for the model, the index and the red-flag
    # engine to load (20 s on a laptop): load them before saying the service is ready.
    click.echo("Loading the language model, the provider index and the red-flag engine…")
    started = time.perf_counter()
    warm_up(rt)
    redflags.warm_up()
    click.echo(f"Ready in {time.perf_counter() - started:.0f} s: open http://{host}:{port}/ "
               "(the demo logins are the ones `matcher seed` printed last; run it again for new ones).")
    if not rt.settings.uses_redis:
        # Without Redis, matching runs in this process: pick up briefs a crash left unmatched.
        threading.Thread(target=requeue_stale_briefs, args=(rt, 60), daemon=True, name="requeue").start()
    app.run(host=host, port=port, debug=debug, use_reloader=False)


@main.command("create-admin")
@click.argument("email")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def create_admin_cmd(email: str, password: str) -> None:
    """Create an admin account (or make an existing account an admin)."""
    from matcher.usecases.accounts import create_admin

    rt = current_runtime()
    try:
        with rt.db.session() as session:
            user, created = create_admin(session, email, password)
            click.echo(f"{'created' if created else 'promoted'} admin {user.email}")
    except ValidationError as exc:
        fail("; ".join(f"{k}: {' '.join(v)}" for k, v in flatten_messages(exc.messages).items()))
