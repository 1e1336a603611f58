"""Backlink audits: uploaded exports (stored under the instance folder) and what their audit found.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backlink_audits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("stored_as", sa.String(length=80), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("brand", sa.String(length=200), nullable=True),
        sa.Column("money", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_backlink_audits_owner_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backlink_audits")),
        sa.UniqueConstraint("token", name=op.f("uq_backlink_audits_token")),
        sa.UniqueConstraint("stored_as", name=op.f("uq_backlink_audits_stored_as")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_backlink_audits_owner_id"), "backlink_audits", ["owner_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_backlink_audits_owner_id"), table_name="backlink_audits")
    op.drop_table("backlink_audits")
