"""Alembic environment: migrations run in-process on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from projdesk.storage.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic` command line, for writing new revisions
    connectable = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with connectable.connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
