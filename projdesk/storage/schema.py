"""The app's schema revision as a plain constant, so start-up can check it without Alembic.

Add a migration under ``migrations/versions/`` and bump this with it; a unit test checks that
it equals Alembic's head.
"""

from __future__ import annotations

HEAD_REVISION = "0010"
