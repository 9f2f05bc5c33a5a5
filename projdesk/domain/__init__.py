"""The presales method and its rules as pure Python (no Qt, no SQLAlchemy)."""
