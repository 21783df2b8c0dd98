"""The evidence graph as tables: what queries use. Migrations create them (``migrations/``).

This module describes the schema at head; a test compares it with what the migrations build,
so a change here without a new migration revision fails. Column names spell out what they hold
(``sentence_index``, ``start_offset``) so that raw SQL against the store reads without a glossary.
Vocabulary values (relations, modalities, verdicts...) are stored as their ``StrEnum`` values.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
)

# Named constraints keep future ALTERs possible on SQLite (alembic batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),  # content hash from the ingest stage
    Column("name", Text, nullable=False),
    Column("title", Text),
    Column("date", String(10)),  # ISO date as the document gives it
    Column("outlet", Text),
    Column("url", Text),
    Column("kind", String(32), nullable=False),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("analyzer", String(64)),  # versioned analyzer name; NULL until analyzed
    Column("analyzed_at", DateTime(timezone=True)),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("sentence_index", Integer, primary_key=True),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("opinion", Boolean, nullable=False),
)

_IN_SENTENCE = (["doc_id", "sentence_index"], ["sentences.doc_id", "sentences.sentence_index"])

mentions = Table(
    "mentions",
    metadata,
    Column("id", String, primary_key=True),  # content hash: document, sentence, the ActorRef
    Column("doc_id", String, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("mention", Text, nullable=False),
    Column("name", Text),
    # The resolved actor. Not a foreign key: claims may name actors never saved to this store.
    Column("actor_id", String, index=True),
    Column("score", Float),
    Column("label", String(32)),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
    ForeignKeyConstraint(*_IN_SENTENCE, ondelete="CASCADE"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String, primary_key=True),  # content hash: document, sentence, the claim
    Column("doc_id", String, nullable=False, index=True),
    Column("sentence_index", Integer, nullable=False),
    Column("position", Integer, nullable=False),  # order of the claim within its sentence
    Column(
        "subject_mention_id",
        String,
        ForeignKey("mentions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("subject_actor_id", String, index=True),
    Column("subject_name", Text, nullable=False),
    Column("relation", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("object_mention_id", String, ForeignKey("mentions.id", ondelete="CASCADE")),
    Column("object_actor_id", String, index=True),
    Column("object_name", Text),
    Column("polarity", String(16), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("source_name", Text),
    Column("source_chain", JSON, nullable=False),
    Column("date", String(10)),
    Column("place", Text),
    Column("confidence", Float, nullable=False),
    Column("trigger", Text),
    ForeignKeyConstraint(*_IN_SENTENCE, ondelete="CASCADE"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", Text),
    Column("description", Text),
)


def _owned_by_actor() -> list[Column]:
    return [
        Column("actor_id", String, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),
    ]


aliases = Table(
    "aliases",
    metadata,
    *_owned_by_actor(),
    Column("alias", Text, nullable=False),
    # a list's low-quality alias ("Low", "f.k.a.", FtM weakAlias): matched, scored lower
    Column("weak", Boolean, nullable=False, server_default=false()),
)

# What lists say about a person: ``fact`` is birth_date, birth_place or nationality, ``value``
# as the list gives it (birth dates ISO or partial: "1965-03-29", "1961", "1963/1968").
actor_facts = Table(
    "actor_facts",
    metadata,
    Column("actor_id", String, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("fact", String(16), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("value", Text, nullable=False),
    Index("ix_actor_facts_fact_value", "fact", "value"),
)

watchlist_refs = Table(
    "watchlist_refs",
    metadata,
    *_owned_by_actor(),
    Column("list", String(32), nullable=False),
    Column("ref", String(64), nullable=False),
    Column("listed_on", String(10)),
    Column("removed_on", String(10)),
    Column("program", Text),  # the list's regime, e.g. the UN's "Al-Qaida", "Taliban"
    Index("ix_watchlist_refs_list_ref", "list", "ref"),
)

# Each imported snapshot of a list (a list file: its entries on the day it was generated) and
# the refs it holds; ``list_membership`` is derived from them (resolve/snapshots.py) after
# every import, so that membership by date does not depend on the order of imports.
list_snapshots = Table(
    "list_snapshots",
    metadata,
    Column("list", String(64), primary_key=True),
    Column("snapshot_date", String(10), primary_key=True),
    Column("entries", Integer, nullable=False),
    Column("source", Text),  # the file it was read from, as given
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

list_snapshot_refs = Table(
    "list_snapshot_refs",
    metadata,
    Column("list", String(64), primary_key=True),
    Column("snapshot_date", String(10), primary_key=True),
    Column("ref", String(64), primary_key=True),
    ForeignKeyConstraint(
        ["list", "snapshot_date"],
        ["list_snapshots.list", "list_snapshots.snapshot_date"],
        ondelete="CASCADE",
    ),
)

list_membership = Table(
    "list_membership",
    metadata,
    Column("list", String(64), primary_key=True),
    Column("ref", String(64), primary_key=True),
    Column("first_seen", String(10), nullable=False),
    Column("last_seen", String(10), nullable=False),
    Column("removed_on", String(10)),  # the first snapshot after last_seen, if any
)

affiliations = Table(
    "affiliations",
    metadata,
    *_owned_by_actor(),
    Column("organization_id", String, nullable=False, index=True),  # an actor id, maybe unsaved
    Column("role", Text),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
)

agreements = Table(
    "agreements",
    metadata,
    Column("id", String, primary_key=True),
    Column("title", Text, nullable=False),
    Column("signed", Date, nullable=False),
    Column("parties", JSON, nullable=False),
    Column("source", JSON, nullable=False),  # the agreement file as validated, for re-reading
    Column("saved_at", DateTime(timezone=True), nullable=False),
)

commitments = Table(
    "commitments",
    metadata,
    Column(
        "agreement_id", String, ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("commitment_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("party", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("forbids", JSON, nullable=False),
    Column("requires", JSON, nullable=False),
    Column("from_date", Date),
    Column("until_date", Date),
)

_OF_COMMITMENT = (
    ["agreement_id", "commitment_id"],
    ["commitments.agreement_id", "commitments.commitment_id"],
)

verdicts = Table(
    "verdicts",
    metadata,
    Column("agreement_id", String, primary_key=True),
    Column("commitment_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("party", Text, nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("algorithm", String(64), nullable=False),
    Column("explanation", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    ForeignKeyConstraint(*_OF_COMMITMENT, ondelete="CASCADE"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("agreement_id", String, primary_key=True),
    Column("commitment_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),
    # No foreign key to claims: a verdict is a snapshot that outlives re-analysis of its sources.
    Column("claim_id", String, nullable=False, index=True),
    Column("stance", String(16), nullable=False),
    Column("weight", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("detail", JSON, nullable=False),  # the evidence as shown when the verdict was made
    ForeignKeyConstraint(
        ["agreement_id", "commitment_id"],
        ["verdicts.agreement_id", "verdicts.commitment_id"],
        ondelete="CASCADE",
    ),
)
