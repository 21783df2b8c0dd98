"""Alembic environment. pactwatch runs its migrations itself (``pactwatch.store.migrate``) on
a connection it passes in, so there is no alembic.ini and no URL to read here."""

from alembic import context

from pactwatch.store.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
)
with context.begin_transaction():
    context.run_migrations()
