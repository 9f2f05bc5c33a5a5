"""The services: the one way the GUI and the CLI read and change data.

``Services.open(path)`` wires everything once; each call opens its own short session and
returns plain data (see ``projdesk.storage.dto``).
"""

from __future__ import annotations

from pathlib import Path

from projdesk.storage.db import Database
from projdesk.storage.services.activities import ActivityService
from projdesk.storage.services.agenda import AgendaService
from projdesk.storage.services.attachments import AttachmentService
from projdesk.storage.services.base import Context
from projdesk.storage.services.changes import ChangeService
from projdesk.storage.services.closing import ClosingService
from projdesk.storage.services.commercial import CommercialService
from projdesk.storage.services.documents import DocumentService
from projdesk.storage.services.forecast import ForecastService
from projdesk.storage.services.history import HistoryService
from projdesk.storage.services.library import LibraryService
from projdesk.storage.services.opportunities import OpportunityService
from projdesk.storage.services.people import PeopleService
from projdesk.storage.services.reminders import ReminderService
from projdesk.storage.services.risks import RiskService
from projdesk.storage.services.steps import StepService
from projdesk.storage.services.tender import TenderService
from projdesk.storage.settings import Preferences


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.ctx = Context(db)
        self.opportunities = OpportunityService(self.ctx)
        self.steps = StepService(self.ctx, self.opportunities)
        self.closing = ClosingService(self.ctx, self.opportunities)
        self.activities = ActivityService(self.ctx)
        self.people = PeopleService(self.ctx)
        self.commercial = CommercialService(self.ctx)
        self.documents = DocumentService(self.ctx)
        self.history = HistoryService(self.ctx)
        self.reminders = ReminderService(self.ctx)
        self.risks = RiskService(self.ctx)
        self.changes = ChangeService(self.ctx)
        self.tender = TenderService(self.ctx)
        self.library = LibraryService(self.ctx)
        self.forecast = ForecastService(self.ctx)
        self.agenda = AgendaService(self.ctx, self.opportunities, self.commercial, self.risks)
        self.attachments = AttachmentService(self.ctx)

    @classmethod
    def open(cls, path: Path | str | None = None, daily_backup: bool = True) -> Services:
        return cls(Database.open(path, daily_backup=daily_backup))

    @property
    def prefs(self) -> Preferences:
        return self.ctx.prefs

    def close(self) -> None:
        self.db.close()


__all__ = ["Services"]
