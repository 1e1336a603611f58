"""Loading the sample data in seeds/: providers (imported, vetted, indexed) and briefs (stored and matched).

Sample providers that come out of vetting with no open finding are marked verified, with an audit entry
by the seed loader, so the public directory has something to show on a fresh install.
"""

from __future__ import annotations

import json

from marshmallow import EXCLUDE
from sqlalchemy import select

from matcher.config import PROJECT_ROOT
from matcher.models import Brief, Provider
from matcher.progress import ProgressFactory
from matcher.runtime import Runtime
from matcher.schemas import BriefInputSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases.audit import change_status
from matcher.usecases.briefs import submit_brief
from matcher.usecases.imports import import_file
from matcher.usecases.vetting import open_findings

SEEDS = PROJECT_ROOT / "seeds"
SEED_ACTOR = "seed loader"


def load_seeds(rt: Runtime, progress: ProgressFactory) -> str:
    lines = (SEEDS / "providers.jsonl").read_text(encoding="utf-8").splitlines()
    # Inline even with Redis: verification below must see the vetting results.
    report = import_file(UnitOfWork(rt, progress), lines, inline=True)
    if not report.ok:  # the shipped data is checked by tests; this guards local edits
        raise ValueError(
            "seeds/providers.jsonl is invalid:\n" + "\n".join(e.describe() for e in report.errors)
        )
    verified = 0
    with rt.db.session() as session:
        for provider in session.scalars(select(Provider).where(Provider.status == "submitted")):
            if not open_findings(session, provider.id):
                change_status(
                    session,
                    provider,
                    "verified",
                    "verify",
                    actor_label=SEED_ACTOR,
                    reason="Sample provider with no findings.",
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
    return f"providers: {report.summary()} {verified} verified. briefs: {added} added."
