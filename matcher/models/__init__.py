"""Typed SQLAlchemy 2 models, split by aggregate."""

from matcher.models.backlink_audits import BacklinkAudit
from matcher.models.base import Base, utcnow
from matcher.models.brief_status import BriefStatus
from matcher.models.briefs import BRIEF_STATUSES, Brief, MatchResult
from matcher.models.derived import BulkRun, TextEmbedding
from matcher.models.findings import FINDING_STATES, SEVERITIES, Finding
from matcher.models.link_evidence import LinkEvidence
from matcher.models.mail import MAIL_STATES, OutgoingMail, PasswordReset, SignupRequest
from matcher.models.proposals import PROPOSAL_STATES, Proposal
from matcher.models.providers import (
    PROVIDER_STATUSES,
    TAG_KINDS,
    CaseStudy,
    Provider,
    ProviderTag,
    QuestionnaireResponse,
)
from matcher.models.rates import CurrencyRate
from matcher.models.reviews import ACTIONS, AuditLogIsAppendOnly, ReviewDecision
from matcher.models.users import ROLES, LoginFailure, LoginSession, User

__all__ = [
    "ACTIONS",
    "BRIEF_STATUSES",
    "BriefStatus",
    "FINDING_STATES",
    "PROVIDER_STATUSES",
    "ROLES",
    "SEVERITIES",
    "TAG_KINDS",
    "AuditLogIsAppendOnly",
    "BacklinkAudit",
    "Base",
    "Brief",
    "CurrencyRate",
    "LinkEvidence",
    "MAIL_STATES",
    "OutgoingMail",
    "PasswordReset",
    "SignupRequest",
    "PROPOSAL_STATES",
    "Proposal",
    "LoginFailure",
    "LoginSession",
    "BulkRun",
    "CaseStudy",
    "Finding",
    "MatchResult",
    "Provider",
    "ProviderTag",
    "QuestionnaireResponse",
    "ReviewDecision",
    "TextEmbedding",
    "User",
    "utcnow",
]
