"""Watchlist details: weak aliases, birth dates and places, nationalities, list programmes,
and the snapshots of each list with the membership derived from them.

Written out in full rather than built from ``schema.py`` (see 0001).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("aliases") as batch:
        batch.add_column(sa.Column("weak", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("watchlist_refs") as batch:
        batch.add_column(sa.Column("program", sa.Text()))
    op.create_table(
        "actor_facts",
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("fact", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "fact", "position", name="pk_actor_facts"),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name="fk_actor_facts_actor_id_actors", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_actor_facts_fact_value", "actor_facts", ["fact", "value"])
    op.create_table(
        "list_snapshots",
        sa.Column("list", sa.String(64), nullable=False),
        sa.Column("snapshot_date", sa.String(10), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("recorded_at", _TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("list", "snapshot_date", name="pk_list_snapshots"),
    )
    op.create_table(
        "list_snapshot_refs",
        sa.Column("list", sa.String(64), nullable=False),
        sa.Column("snapshot_date", sa.String(10), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("list", "snapshot_date", "ref", name="pk_list_snapshot_refs"),
        sa.ForeignKeyConstraint(
            ["list", "snapshot_date"],
            ["list_snapshots.list", "list_snapshots.snapshot_date"],
            name="fk_list_snapshot_refs_list_snapshot_date_list_snapshots",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "list_membership",
        sa.Column("list", sa.String(64), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=False),
        sa.Column("last_seen", sa.String(10), nullable=False),
        sa.Column("removed_on", sa.String(10)),
        sa.PrimaryKeyConstraint("list", "ref", name="pk_list_membership"),
    )


def downgrade() -> None:
    op.drop_table("list_membership")
    op.drop_table("list_snapshot_refs")
    op.drop_table("list_snapshots")
    op.drop_index("ix_actor_facts_fact_value", table_name="actor_facts")
    op.drop_table("actor_facts")
    with op.batch_alter_table("watchlist_refs") as batch:
        batch.drop_column("program")
    with op.batch_alter_table("aliases") as batch:
        batch.drop_column("weak")
