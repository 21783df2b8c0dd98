"""The initial evidence graph: documents, sentences, mentions, claims, actors, agreements, verdicts.

Written out in full rather than built from ``schema.py``: a revision must keep creating the
schema as it was, whatever the current module says.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIMESTAMP = sa.DateTime(timezone=True)


def _fk(
    table: str, columns: list[str], referred: str, referred_columns: list[str]
) -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        columns,
        [f"{referred}.{c}" for c in referred_columns],
        name=f"fk_{table}_{'_'.join(columns)}_{referred}",
        ondelete="CASCADE",
    )


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns))


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("date", sa.String(10)),
        sa.Column("outlet", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("author", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("analyzer", sa.String(64)),
        sa.Column("analyzed_at", _TIMESTAMP),
        sa.Column("added_at", _TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_table(
        "sentences",
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("opinion", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("doc_id", "sentence_index", name="pk_sentences"),
        _fk("sentences", ["doc_id"], "documents", ["id"]),
    )
    in_sentence = (["doc_id", "sentence_index"], "sentences", ["doc_id", "sentence_index"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("mention", sa.Text(), nullable=False),
        sa.Column("name", sa.Text()),
        sa.Column("actor_id", sa.String()),
        sa.Column("score", sa.Float()),
        sa.Column("label", sa.String(32)),
        sa.Column("start_offset", sa.Integer()),
        sa.Column("end_offset", sa.Integer()),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        _fk("mentions", *in_sentence),
    )
    _index("mentions", "actor_id")
    op.create_table(
        "claims",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject_mention_id", sa.String(), nullable=False),
        sa.Column("subject_actor_id", sa.String()),
        sa.Column("subject_name", sa.Text(), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("object_mention_id", sa.String()),
        sa.Column("object_actor_id", sa.String()),
        sa.Column("object_name", sa.Text()),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("source_name", sa.Text()),
        sa.Column("source_chain", sa.JSON(), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("place", sa.Text()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("trigger", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        _fk("claims", *in_sentence),
        _fk("claims", ["subject_mention_id"], "mentions", ["id"]),
        _fk("claims", ["object_mention_id"], "mentions", ["id"]),
    )
    for column in ("doc_id", "subject_actor_id", "relation", "object_actor_id"):
        _index("claims", column)

    op.create_table(
        "actors",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("country", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
    )
    owned = ("actor_id", "position")
    op.create_table(
        "aliases",
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(*owned, name="pk_aliases"),
        _fk("aliases", ["actor_id"], "actors", ["id"]),
    )
    op.create_table(
        "watchlist_refs",
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("list", sa.String(32), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("listed_on", sa.String(10)),
        sa.Column("removed_on", sa.String(10)),
        sa.PrimaryKeyConstraint(*owned, name="pk_watchlist_refs"),
        _fk("watchlist_refs", ["actor_id"], "actors", ["id"]),
    )
    _index("watchlist_refs", "list", "ref")
    op.create_table(
        "affiliations",
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.String(), nullable=False),
        sa.Column("role", sa.Text()),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.PrimaryKeyConstraint(*owned, name="pk_affiliations"),
        _fk("affiliations", ["actor_id"], "actors", ["id"]),
    )
    _index("affiliations", "organization_id")

    op.create_table(
        "agreements",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("signed", sa.Date(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("saved_at", _TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agreements"),
    )
    op.create_table(
        "commitments",
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("party", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("forbids", sa.JSON(), nullable=False),
        sa.Column("requires", sa.JSON(), nullable=False),
        sa.Column("from_date", sa.Date()),
        sa.Column("until_date", sa.Date()),
        sa.PrimaryKeyConstraint("agreement_id", "commitment_id", name="pk_commitments"),
        _fk("commitments", ["agreement_id"], "agreements", ["id"]),
    )
    of_commitment = (["agreement_id", "commitment_id"], ["agreement_id", "commitment_id"])
    op.create_table(
        "verdicts",
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("party", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("algorithm", sa.String(64), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", "commitment_id", name="pk_verdicts"),
        _fk("verdicts", of_commitment[0], "commitments", of_commitment[1]),
    )
    op.create_table(
        "evidence",
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.String(), nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", "commitment_id", "position", name="pk_evidence"),
        _fk("evidence", of_commitment[0], "verdicts", of_commitment[1]),
    )
    _index("evidence", "claim_id")


def downgrade() -> None:
    for table in (
        "evidence",
        "verdicts",
        "commitments",
        "agreements",
        "affiliations",
        "watchlist_refs",
        "aliases",
        "actors",
        "claims",
        "mentions",
        "sentences",
        "documents",
    ):
        op.drop_table(table)
