"""Matching briefs synchronously: the `matcher match` command and `POST /api/v1/match`."""

from __future__ import annotations

import json
from typing import Any

from marshmallow import EXCLUDE, ValidationError
from sqlalchemy.orm import Session

from matcher.embedding_cache import ranking_encoders
from matcher.index import get_index
from matcher.ranking import RankResult, rank_brief
from matcher.runtime import Runtime
from matcher.schemas import BriefInputSchema, flatten_messages
from matcher.usecases.rates import with_rate


def result_payload(brief_id: str | None, result: RankResult) -> dict[str, Any]:
    """The output shape of shared/DESIGN.md, plus why a shortlist is empty."""
    return {
        "brief_id": brief_id,
        "matches": [m.as_dict() for m in result.matches],
        "empty_reason": result.empty_reason,
        "understood": result.understood,
        "notices": result.notices,
    }


def match_now(rt: Runtime, session: Session, data: dict[str, Any], top: int = 10) -> dict[str, Any]:
    """Rank providers for a validated brief and return the payload."""
    result = rank_brief(session, with_rate(session, data), get_index(rt), top=top,
                        encoders=ranking_encoders(rt.db))
    return result_payload(data.get("external_id"), result)


def parse_briefs(lines: list[str]) -> list[dict]:
    """One brief as a JSON document, or many as JSON Lines. Raises ValueError naming each bad line."""
    schema = BriefInputSchema(unknown=EXCLUDE)
    text = "\n".join(lines).strip()
    if not text:
        raise ValueError("the file holds no brief")
    try:
        whole = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        whole = None
    if isinstance(whole, dict):
        numbered = [(1, whole)]
    else:
        numbered, errors = [], []
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                numbered.append((number, json.loads(raw)))
            except (json.JSONDecodeError, RecursionError) as exc:
                errors.append(f"line {number}: not valid JSON: {exc}")
        if errors:
            raise ValueError("\n".join(errors))
    briefs, errors = [], []
    for number, obj in numbered:
        if not isinstance(obj, dict):
            errors.append(f"line {number}: each brief must be a JSON object")
            continue
        try:
            briefs.append(schema.load(obj))
        except ValidationError as exc:
            fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in flatten_messages(exc.messages).items())
            errors.append(f"line {number}: {fields}")
    if errors:
        raise ValueError("\n".join(errors))
    return briefs


def match_file(rt: Runtime, lines: list[str], top: int = 10) -> list[dict]:
    briefs = parse_briefs(lines)
    with rt.db.session() as session:
        return [match_now(rt, session, brief, top) for brief in briefs]
