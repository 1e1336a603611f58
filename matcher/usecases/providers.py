"""Creating, updating and importing providers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from marshmallow import EXCLUDE, ValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from matcher.db import in_lists
from matcher.events import ProvidersChanged
from matcher.models import CaseStudy, Provider
from matcher.models.providers import TAG_KINDS
from matcher.schemas import ProviderInputSchema, flatten_messages
from matcher.usecases.errors import Conflict, NotFound

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork

SCALAR_FIELDS = (
    "external_id",
    "name",
    "website",
    "description",
    "methodology",
    "min_budget_usd",
    "max_budget_usd",
    "hourly_rate_usd",
    "team_size",
    "founded_year",
)


def get_provider(session: Session, provider_id: int) -> Provider:
    provider = session.get(Provider, provider_id, options=[selectinload(Provider.tags)])
    if provider is None:
        raise NotFound(f"No provider with id {provider_id}.")
    return provider


def find_by_external_id(session: Session, external_id: str) -> Provider | None:
    return session.scalar(select(Provider).where(Provider.external_id == external_id))


def _snapshot(provider: Provider) -> dict[str, Any]:
    data = {name: getattr(provider, name) for name in SCALAR_FIELDS}
    for kind in TAG_KINDS:
        data[kind] = provider.tag_values(kind)
    data["case_studies"] = [(c.title, c.industry, c.summary) for c in provider.case_studies]
    return data


def apply_changes(provider: Provider, data: dict[str, Any]) -> bool:
    """Write validated fields onto a provider; True when anything changed (and bump its version)."""
    before = _snapshot(provider) if provider.id is not None else None
    for name in SCALAR_FIELDS:
        if name in data:
            value = data[name]
            if name == "description" and value is None:
                value = ""
            setattr(provider, name, value)
    for kind in TAG_KINDS:
        if kind in data:
            provider.set_tags(kind, data[kind])
    if "case_studies" in data:
        provider.case_studies = [
            CaseStudy(
                position=i,
                title=c.get("title") or "",
                industry=c.get("industry"),
                summary=c.get("summary") or "",
            )
            for i, c in enumerate(data["case_studies"] or [])
        ]
    if before is None:
        return True
    changed = _snapshot(provider) != before
    if changed:
        provider.content_version = (provider.content_version or 1) + 1
    return changed


def new_provider(data: dict[str, Any], *, status: str = "submitted", owner_id: int | None = None) -> Provider:
    """A provider built from validated fields, not yet in a session."""
    provider = Provider(status=status, owner_id=owner_id, content_version=1)
    apply_changes(provider, data)
    return provider


def create_provider(
    session: Session, data: dict[str, Any], *, status: str = "submitted", owner_id: int | None = None
) -> Provider:
    provider = new_provider(data, status=status, owner_id=owner_id)
    session.add(provider)
    session.flush()
    return provider


def add_provider(
    uow: UnitOfWork, data: dict[str, Any], *, status: str = "submitted", owner_id: int | None = None
) -> int:
    """Create a provider and have it vetted and indexed after the commit; its id."""
    try:
        with uow:
            provider = create_provider(uow.session, data, status=status, owner_id=owner_id)
            uow.record(ProvidersChanged((provider.id,)))
    except IntegrityError as exc:  # a concurrent request took the external_id first
        raise Conflict(
            "Another provider already has this external_id.", {"external_id": ["Already in use."]}
        ) from exc
    return provider.id


def lock_for_update(session: Session, provider: Provider) -> None:
    """Serialise writers of one provider for the rest of this transaction, and see its latest state.

    Two concurrent edits that both read version N and write N+1 lost an increment, and both rewrote its
    tags from a stale list (a spurious unique-constraint 409). A no-op UPDATE of the row takes the write
    lock on both databases (PostgreSQL: the row; SQLite: the database, waiting out busy_timeout), so the
    next writer waits for this one to commit; expiring the object makes every later read fresh."""
    session.execute(
        update(Provider).where(Provider.id == provider.id).values(content_version=Provider.content_version)
    )
    session.expire(provider)


def update_provider(session: Session, provider: Provider, data: dict[str, Any]) -> bool:
    lock_for_update(session, provider)
    changed = apply_changes(provider, data)
    session.flush()
    return changed


@dataclass
class LineError:
    line: int
    fields: dict[str, list[str]]

    def describe(self) -> str:
        parts = [f"{name}: {' '.join(msgs)}" for name, msgs in self.fields.items()]
        return f"line {self.line}: " + "; ".join(parts)


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    lines: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed_ids(self) -> list[int]:
        return self.created + self.updated

    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} invalid line(s) of {self.lines}; nothing imported."
        return (
            f"{self.lines} line(s): {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged."
        )


def parse_provider_lines(lines: Iterable[str]) -> tuple[list[tuple[int, dict]], list[LineError], int]:
    """Validate every line of a JSON Lines file; blank lines are skipped."""
    schema = ProviderInputSchema(unknown=EXCLUDE)
    valid: list[tuple[int, dict]] = []
    errors: list[LineError] = []
    seen: dict[str, int] = {}
    count = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        count += 1
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            errors.append(LineError(number, {"_line": [f"Not valid JSON: {exc}"]}))
            continue
        if not isinstance(obj, dict):
            errors.append(LineError(number, {"_line": ["Each line must be a JSON object."]}))
            continue
        try:
            data = schema.load(obj)
        except ValidationError as exc:
            errors.append(LineError(number, flatten_messages(exc.messages)))
            continue
        ext = data.get("external_id")
        if ext and ext in seen:
            errors.append(
                LineError(number, {"external_id": [f"Repeats line {seen[ext]}'s external_id {ext!r}."]})
            )
            continue
        if ext:
            seen[ext] = number
        valid.append((number, data))
    return valid, errors, count


def import_providers(
    session: Session, lines: Iterable[str], progress: Callable[[int], None] | None = None
) -> ImportReport:
    """Validate the whole file first; import all of it in one transaction, or none of it."""
    valid, errors, count = parse_provider_lines(lines)
    report = ImportReport(errors=errors, lines=count)
    if errors:
        return report
    # One query for the providers the file updates and one flush for those it creates: a query and a flush
    # per line were most of a large import's database time.
    wanted = [data["external_id"] for _number, data in valid if data.get("external_id")]
    existing = {p.external_id: p for chunk in in_lists(wanted)
                for p in session.scalars(select(Provider).where(Provider.external_id.in_(chunk)))}
    outcomes: list[tuple[Provider, str]] = []
    for _number, data in valid:
        provider = existing.get(data.get("external_id"))
        if provider is None:
            provider = new_provider(data)
            session.add(provider)
            outcomes.append((provider, "created"))
        else:
            changed = update_provider(session, provider, data)
            outcomes.append((provider, "updated" if changed else "unchanged"))
        if progress:
            progress(1)
    session.flush()
    for provider, outcome in outcomes:
        getattr(report, outcome).append(provider.id)
    return report
