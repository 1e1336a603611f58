"""What the engine understood of a brief and what it told the buyer; a brief's remote_ok; whether the buyer
confirmed the brief's fields (then the scope no longer adds to them); the currency of its budget fields.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("briefs") as batch:
        batch.add_column(sa.Column("remote_ok", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("understood", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("notices", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("briefs") as batch:
        batch.drop_column("currency")
        batch.drop_column("confirmed")
        batch.drop_column("notices")
        batch.drop_column("understood")
        batch.drop_column("remote_ok")
