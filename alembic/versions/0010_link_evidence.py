"""Link evidence: providers' backlink exports of past clients, and the count of clients they back.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("client_domain", sa.String(length=253), nullable=False),
        sa.Column("case_title", sa.String(length=300), nullable=True),
        sa.Column("consent_statement", sa.String(length=400), nullable=False),
        sa.Column("consented_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("stored_as", sa.String(length=80), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["provider_id"], ["providers.id"],
                                name=op.f("fk_link_evidence_provider_id_providers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_evidence")),
        sa.UniqueConstraint("provider_id", "client_domain", name=op.f("uq_link_evidence_provider_id")),
        sa.UniqueConstraint("stored_as", name=op.f("uq_link_evidence_stored_as")),
    )
    op.create_index(op.f("ix_link_evidence_provider_id"), "link_evidence", ["provider_id"], unique=False)
    with op.batch_alter_table("providers") as batch:
        batch.add_column(sa.Column("evidence_clients", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("providers") as batch:
        batch.drop_column("evidence_clients")
    op.drop_index(op.f("ix_link_evidence_provider_id"), table_name="link_evidence")
    op.drop_table("link_evidence")
