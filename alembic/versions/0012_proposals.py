"""Proposal requests from a brief's shortlist, and their answers.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brief_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("share_contact", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["brief_id"], ["briefs.id"], name=op.f("fk_proposals_brief_id_briefs"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["provider_id"], ["providers.id"],
                                name=op.f("fk_proposals_provider_id_providers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
        sa.UniqueConstraint("brief_id", "provider_id", name=op.f("uq_proposals_brief_id")),
    )
    for column in ("brief_id", "provider_id", "state"):
        op.create_index(op.f(f"ix_proposals_{column}"), "proposals", [column], unique=False)


def downgrade() -> None:
    for column in ("state", "provider_id", "brief_id"):
        op.drop_index(op.f(f"ix_proposals_{column}"), table_name="proposals")
    op.drop_table("proposals")
