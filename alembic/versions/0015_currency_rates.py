"""The admin's exchange-rate table, and the rate each brief was sent at.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "currency_rates",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("usd_per_unit", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=254), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_currency_rates")),
    )
    with op.batch_alter_table("briefs") as batch:
        batch.add_column(sa.Column("usd_rate", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("briefs") as batch:
        batch.drop_column("usd_rate")
    op.drop_table("currency_rates")
