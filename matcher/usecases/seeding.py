"""Loading the sample data in seeds/: providers (imported, vetted, indexed) and briefs (stored and matched).

Seeding is safe on any database: the samples' external ids live in their own namespace ("sample-…"),
the rows seeding created are marked `is_sample`, and it refuses, changing nothing, when a row it did not
create holds one of those ids. Only its own samples that come out of vetting with no open finding are
listed (status verified, logged as "seed loader": automatic checks, no person), so the directory has
something to show on a fresh install; pages mark them as sample data. No other provider is ever verified
or changed by it. It also creates two demo logins (demo_logins) and prints them.
"""

from __future__ import annotations

import json
import secrets

import numpy as np
from marshmallow import EXCLUDE
from sqlalchemy import select

from matcher.config import PROJECT_ROOT
from matcher.embedding_cache import store
from matcher.models import Brief, Provider, User
from matcher.progress import ProgressFactory
from matcher.runtime import Runtime
from matcher.schemas import BriefInputSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import sessions
from matcher.usecases.accounts import create_admin, create_user, find_user
from matcher.usecases.audit import change_status
from matcher.usecases.briefs import submit_brief
from matcher.usecases.imports import import_file
from matcher.usecases.vetting import open_findings

SEEDS = PROJECT_ROOT / "seeds"
SEED_ACTOR = "seed loader"
# The sample texts' embeddings (sentences, documents, the sample briefs' queries), keyed as the embedding
# cache keys them, made by seeds/make_vectors.py. Derived data: with it seeding runs no model pass (the
# model's load and its passes were most of a new user's wait); a text changed since is embedded as usual.
VECTORS = SEEDS / "vectors.npz"
# The demo logins seeding creates (example.com takes no mail, so no one can sign up with them). Each run
# gives them new passwords and prints them, so a new user always has a working pair and a password once
# printed stops working at the next seed.
DEMO_ADMIN = "demo-admin@example.com"
DEMO_PROVIDER = "demo-provider@example.com"


class SeedConflict(ValueError):
    """The database holds rows seeding did not create under the samples' ids."""


def _sample_ids(lines: list[str]) -> set[str]:
    return {json.loads(raw).get("external_id") for raw in lines if raw.strip()} - {None}


def _check_no_foreign_rows(rt: Runtime, ids: set[str]) -> None:
    with rt.db.session() as session:
        foreign = sorted(session.scalars(
            select(Provider.external_id).where(Provider.external_id.in_(ids), Provider.is_sample.is_(False))))
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise SeedConflict(
            f"Not seeding: {len(foreign)} provider(s) that seeding did not create use the sample ids "
            f"({shown}). Nothing was changed; rename those external ids or seed an empty database."
        )


def preload_vectors(rt: Runtime, path=VECTORS) -> int:
    """Store the shipped vectors of the sample texts in the embedding cache (keys already there are kept)."""
    if not path.exists():
        return 0
    with np.load(path) as data:
        keys = [k.decode("ascii") for k in data["keys"]]
        store(rt.db, dict(zip(keys, data["vectors"], strict=True)))
    return len(keys)


def load_seeds(rt: Runtime, progress: ProgressFactory) -> str:
    lines = (SEEDS / "providers.jsonl").read_text(encoding="utf-8").splitlines()
    ids = _sample_ids(lines)
    _check_no_foreign_rows(rt, ids)
    preload_vectors(rt)
    # Inline even with Redis: verification below must see the vetting results.
    report = import_file(UnitOfWork(rt, progress), lines, inline=True)
    if not report.ok:  # the shipped data is checked by tests; this guards local edits
        raise ValueError(
            "seeds/providers.jsonl is invalid:\n" + "\n".join(e.describe() for e in report.errors)
        )
    verified = 0
    with rt.db.session() as session:
        samples = select(Provider).where(Provider.external_id.in_(ids))
        for provider in session.scalars(samples):
            provider.is_sample = True
        for provider in session.scalars(samples.where(Provider.status == "submitted")):
            if not open_findings(session, provider.id):
                change_status(
                    session,
                    provider,
                    "verified",
                    "verify",
                    actor_label=SEED_ACTOR,
                    reason="Sample data: no open finding after the automatic checks; no person reviewed it.",
                )
                verified += 1
        known = set(session.scalars(select(Brief.external_id).where(Brief.external_id.is_not(None))))
    schema = BriefInputSchema(unknown=EXCLUDE)
    added = 0
    for raw in (SEEDS / "briefs.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        data = schema.load(json.loads(raw))
        if data.get("external_id") in known:
            continue
        submit_brief(UnitOfWork(rt), data)
        added += 1
    with rt.db.session() as session:
        logins = demo_logins(session)
    return "\n".join([f"providers: {report.summary()} {verified} verified. briefs: {added} added.", *logins])


def _demo_password(session, email: str, role: str):
    """The demo account with a new random password (its open sessions end), created if missing."""
    password = secrets.token_urlsafe(12)
    user = find_user(session, email)
    if role == "admin":
        user, _created = create_admin(session, email, password)
    elif user is None:
        user = create_user(session, email, password, role=role)
    else:
        user.set_password(password)
    sessions.end_all(session, user.id, "password_changed")
    return user, password


def demo_logins(session) -> list[str]:
    """A demo admin, and a demo provider owning a verified sample provider (so the provider's side of the
    product, proposals included, can be tried): one line each, as DESIGN.md states them."""
    admin, admin_password = _demo_password(session, DEMO_ADMIN, "admin")
    lines = [f"demo admin login: {admin.email} {admin_password}"]
    owned = session.scalar(select(Provider).join(User, Provider.owner_id == User.id)
                           .where(User.email == DEMO_PROVIDER, Provider.is_sample.is_(True)))
    sample = owned or session.scalar(
        select(Provider).where(Provider.is_sample.is_(True), Provider.status == "verified",
                               Provider.owner_id.is_(None)).order_by(Provider.external_id))
    if sample is not None:
        user, password = _demo_password(session, DEMO_PROVIDER, "provider")
        sample.owner_id = user.id
        lines.append(f"demo provider login: {user.email} {password} {sample.external_id}")
    return lines
