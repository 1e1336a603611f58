"""Plain marshmallow schemas shared by the CLI, the JSON API and the HTML forms."""

from matcher.schemas.backlink_audits import AuditOptionsSchema, DisavowChoiceSchema, EvidenceInputSchema
from matcher.schemas.briefs import BriefInputSchema, BriefOutSchema, BriefRevisionSchema, MatchOutSchema
from matcher.schemas.common import set_text_limit, text_limit
from matcher.schemas.errors import error_payload, flatten_messages
from matcher.schemas.providers import (
    FindingOutSchema,
    ProviderInputSchema,
    ProviderOutSchema,
    ProviderUpdateSchema,
)
from matcher.schemas.vetting import VetLineSchema, VetTextSchema

__all__ = [
    "AuditOptionsSchema",
    "DisavowChoiceSchema",
    "EvidenceInputSchema",
    "BriefInputSchema",
    "BriefOutSchema",
    "BriefRevisionSchema",
    "FindingOutSchema",
    "MatchOutSchema",
    "ProviderInputSchema",
    "ProviderOutSchema",
    "ProviderUpdateSchema",
    "VetLineSchema",
    "VetTextSchema",
    "error_payload",
    "flatten_messages",
    "set_text_limit",
    "text_limit",
]
