"""SQLAlchemy models, the database lifecycle and the services: the only code that writes data."""
