"""Tables. Portable SQLAlchemy types only: the same schema is meant to run on PostgreSQL.

Every synced row has a UUID key, creation/update times, the device that last wrote it, a
tombstone flag instead of deletion, and ``stamps``: for each field the hybrid-clock stamp of
its last write and the stamp that write replaced (``{field: [stamp, base]}``), stored as the
compact text of :mod:`projdesk.domain.stamps` (one pair for the row, the fields that differ).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from projdesk.domain import stamps as field_stamps
from projdesk.domain.money import MAX_AMOUNT, MAX_QUANTITY, from_fen, to_fen

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Hundredths(TypeDecorator[Decimal]):
    """A two-place Decimal stored as an integer count of hundredths (fen for money).

    SQLite has no exact decimal: ``Numeric`` is stored as REAL and read back through float,
    which changed 1234567890123456.78 and turned 9999999999999999.99 into 1e16. An integer
    column is exact on SQLite and PostgreSQL alike; no float is made on the way in or out.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, bound: Decimal) -> None:
        super().__init__()
        self.bound = bound

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_fen(value, self.bound)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_fen(value)


class FieldStamps(TypeDecorator[dict[str, list[str]]]):
    """A row's field stamps: a dict in code, the compact text in the database.

    The text leaves out the fields that share the row's pair, so reading it needs the table's
    stamped columns: looked up once, when first needed (the table is complete by then).
    """

    impl = Text
    cache_ok = True

    def __init__(self, table_name: str) -> None:
        super().__init__()
        self.table_name = table_name
        self._fields: list[str] | None = None

    @property
    def python_type(self) -> type[dict[str, list[str]]]:
        return dict

    def fields(self) -> list[str]:
        if self._fields is None:
            self._fields = stamped_columns(Base.metadata.tables[self.table_name])
        return self._fields

    def process_bind_param(self, value: dict[str, list[str]] | None, dialect: Dialect) -> str | None:
        return None if value is None else field_stamps.encode(value, self.fields())

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, list[str]] | None:
        return None if value is None else field_stamps.decode(value, self.fields())


Money = Hundredths(MAX_AMOUNT)  # yuan, stored as fen
Quantity = Hundredths(MAX_QUANTITY)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # no index: no query needs one
    device: Mapped[str] = mapped_column(String(40), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @declared_attr
    def stamps(cls) -> Mapped[dict[str, Any]]:
        return mapped_column(FieldStamps(cls.__tablename__), default=dict)  # type: ignore[attr-defined]

    # Fields that are not user data and never stamped.
    META_FIELDS = frozenset({"id", "created_at", "updated_at", "device", "stamps"})


class Customer(Synced, Base):
    __tablename__ = "customers"
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18))  # 统一社会信用代码
    industry: Mapped[str] = mapped_column(String(40), default="")
    region: Mapped[str] = mapped_column(String(40), default="")
    listed: Mapped[bool] = mapped_column(Boolean, default=False)
    industry_key: Mapped[bool] = mapped_column(Boolean, default=False)
    regional_influence: Mapped[bool] = mapped_column(Boolean, default=False)
    key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    key_reasons: Mapped[str] = mapped_column(Text, default="")  # "；"-separated
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set on the tombstone of a customer merged into another: the merge travels in snapshots,
    # so contacts and opportunities a colleague adds under it meanwhile follow it on import.
    # A plain id, not a foreign key: a snapshot's customers arrive in any order.
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)


class Contact(Synced, Base):
    __tablename__ = "contacts"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(20), default="")  # catalog.DECISION_ROLES
    attitude: Mapped[str] = mapped_column(String(10), default="未知")  # catalog.ATTITUDES
    background: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class Opportunity(Synced, Base):
    __tablename__ = "opportunities"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[int] = mapped_column(Integer, default=1, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    amount: Mapped[Decimal | None] = mapped_column(Money)  # expected contract amount, yuan
    budget: Mapped[Decimal | None] = mapped_column(Money)
    probability: Mapped[int | None] = mapped_column(Integer)  # None: the stage's default
    expected_sign_date: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(80), default="", index=True)
    project_lead: Mapped[str] = mapped_column(String(80), default="")
    lead_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    business_contact: Mapped[str] = mapped_column(String(80), default="")
    next_step: Mapped[str] = mapped_column(String(200), default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    stage_entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(40), default="")
    support_needed: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    procurement_method: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class StepRecord(Synced, Base):
    """One per opportunity and letter, created when first touched; id is uuid5(opp, letter)."""

    __tablename__ = "step_records"
    __table_args__ = (UniqueConstraint("opportunity_id", "letter"),)  # also the look-up by opportunity
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"))
    letter: Mapped[str] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Activity(Synced, Base):
    """The progress log (售前项目进展日志); append-only across devices."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_opp_date", "opportunity_id", "date"),)
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    type: Mapped[str] = mapped_column(String(10))
    step: Mapped[str] = mapped_column(String(1), default="")
    people: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(String(200), default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(80), default="")


class Competitor(Synced, Base):
    __tablename__ = "competitors"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    offer: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal | None] = mapped_column(Money)
    strengths: Mapped[str] = mapped_column(Text, default="")
    our_answer: Mapped[str] = mapped_column(Text, default="")


class Quote(Synced, Base):
    __tablename__ = "quotes"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)


class QuoteLine(Synced, Base):
    __tablename__ = "quote_lines"
    quote_id: Mapped[str] = mapped_column(ForeignKey("quotes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(80), default="")
    model: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("1.00"))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    # The line's identity across rounds: the id of the line it was first written as, kept when a
    # round is copied, so the quote log reads a changed brand or price as a change of this line.
    # A plain id, not a foreign key (the first line may be deleted later); NULL on lines of older
    # snapshots, read as the line's own id.
    lineage: Mapped[str | None] = mapped_column(String(36), default=None)


class Review(Synced, Base):
    __tablename__ = "reviews"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # proposal / bid / contract
    submitted: Mapped[dt.date | None] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(String(10), default="pending")  # pending / passed / rejected
    comments: Mapped[str] = mapped_column(Text, default="")


class Contract(Synced, Base):
    __tablename__ = "contracts"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), unique=True)
    number: Mapped[str] = mapped_column(String(60), default="")
    amount: Mapped[Decimal | None] = mapped_column(Money)
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    party_a: Mapped[str] = mapped_column(String(200), default="")
    party_b: Mapped[str] = mapped_column(String(200), default="")
    terms: Mapped[str] = mapped_column(Text, default="")


class Payment(Synced, Base):
    __tablename__ = "payments"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    milestone: Mapped[str] = mapped_column(String(80))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    received_date: Mapped[dt.date | None] = mapped_column(Date)
    received_amount: Mapped[Decimal | None] = mapped_column(Money)
    # Why what is still due will not be collected; set (non-empty): the milestone is written off.
    write_off_reason: Mapped[str | None] = mapped_column(Text, default=None)


class Document(Synced, Base):
    __tablename__ = "documents"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    file_path: Mapped[str] = mapped_column(Text, default="")
    generated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class Risk(Synced, Base):
    """One entry of an opportunity's risk register (风险管理). Internal: never in a customer document."""

    __tablename__ = "risks"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    probability: Mapped[str] = mapped_column(String(10), default="medium")  # registers.LEVELS
    impact: Mapped[str] = mapped_column(String(10), default="medium")
    response: Mapped[str] = mapped_column(Text, default="")  # 应对措施
    owner: Mapped[str] = mapped_column(String(80), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / closed
    close_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class ChangeRequest(Synced, Base):
    """A change after the contract (变更管理): request, assessment, decision.

    An approved change is the contract's recorded amendment: the contract keeps its original
    amount, and its current amount adds every approved change's cost (signed by
    ``cost_direction``: snapshots carry money unsigned).
    """

    __tablename__ = "change_requests"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 变更 #1, #2… per opportunity
    reason: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(80), default="")
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="requested")  # registers.CHANGE_STATUSES
    cost: Mapped[Decimal | None] = mapped_column(Money)
    cost_direction: Mapped[str] = mapped_column(String(10), default="increase")
    schedule_days: Mapped[int | None] = mapped_column(Integer)
    risk_note: Mapped[str] = mapped_column(Text, default="")
    assessed_by: Mapped[str] = mapped_column(String(80), default="")
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class Closing(Synced, Base):
    """One close (won, lost, on hold) or reopening of an opportunity, with its 项目总结.

    The latest row explains the opportunity's status; a row with a retrospective is a case
    that step D (借鉴资料) offers to later opportunities of the same industry.
    """

    __tablename__ = "closings"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))  # won / lost / on_hold / open (reopened)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    reason_code: Mapped[str] = mapped_column(String(20), default="")  # catalog.LOSS_REASONS (lost)
    reason: Mapped[str] = mapped_column(Text, default="")
    winner: Mapped[str] = mapped_column(String(120), default="")  # who won a lost deal
    look_again: Mapped[dt.date | None] = mapped_column(Date)  # on hold: when to look again
    overridden: Mapped[str] = mapped_column(Text, default="")  # rules a won close went past
    industry: Mapped[str] = mapped_column(String(40), default="")  # the customer's, at closing
    products: Mapped[str] = mapped_column(Text, default="")  # what was offered (quote items)
    worked: Mapped[str] = mapped_column(Text, default="")  # 项目总结: what worked
    not_worked: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(200), default="")  # "、"-separated


class TenderRequirement(Synced, Base):
    """One clause of the tender (step Q) and our answer to it (see projdesk.domain.tender)."""

    __tablename__ = "tender_requirements"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    clause: Mapped[str] = mapped_column(String(40))  # the tender's clause number, unique per bid
    text: Mapped[str] = mapped_column(Text, default="")
    mark: Mapped[str] = mapped_column(String(1), default="")  # "", ★, ▲
    category: Mapped[str] = mapped_column(String(2), default="技术")  # 技术 / 商务
    response: Mapped[str] = mapped_column(String(3), default="")  # "" unanswered, or domain.tender.RESPONSES
    explanation: Mapped[str] = mapped_column(Text, default="")
    answered_in: Mapped[str] = mapped_column(String(200), default="")  # where in our bid


class Attachment(Synced, Base):
    """A file attached to an opportunity or one of its steps (the customer's tender file, a photo
    of a business card). Only its description is a row: the bytes live beside the database,
    named by their SHA-256 (projdesk.storage.attachment_files), so two attachments of the same
    file share them and a snapshot can carry and check them."""

    __tablename__ = "attachments"
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("opportunities.id"), index=True)
    step: Mapped[str] = mapped_column(String(1), default="")  # "" the opportunity's, else a letter
    file_name: Mapped[str] = mapped_column(String(255))  # as the user gave it
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(80), default="")


class HistoryEntry(Base):
    """The change history: who changed which field when, from what to what, and why.

    Stage changes are entries with ``field == "stage"``; they give days-in-stage and the
    weekly summary's stage changes. Entries are append-only and travel in snapshots.
    """

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_opp_at", "opportunity_id", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opportunity_id: Mapped[str | None] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(20))  # table name
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(12), default="edit")  # create/edit/delete/stage/override/undo
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(80), default="")
    device: Mapped[str] = mapped_column(String(40), default="")
    stamp: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    undoes: Mapped[str] = mapped_column(String(36), default="")  # the entry an undo reverted


class Conflict(Base):
    """A concurrent edit that lost the merge, kept for the user to review."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    opportunity_id: Mapped[str | None] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON)
    kept_stamp: Mapped[str] = mapped_column(String(80))
    lost_value: Mapped[Any] = mapped_column(JSON)
    lost_stamp: Mapped[str] = mapped_column(String(80))
    lost_by: Mapped[str] = mapped_column(String(80), default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[str] = mapped_column(String(10), default="")  # "", mine, theirs, edited


class SyncEvent(Base):
    """The history of snapshot imports and exports on this device."""

    __tablename__ = "sync_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(8))  # import / export
    file_name: Mapped[str] = mapped_column(Text, default="")
    peer_device: Mapped[str] = mapped_column(String(40), default="")
    peer_author: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Device-local settings (device id, user name, clock, thresholds); never synced."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Customer,
    Contact,
    Opportunity,
    StepRecord,
    Activity,
    Competitor,
    Quote,
    QuoteLine,
    Review,
    Contract,
    Payment,
    Document,
    Risk,
    ChangeRequest,
    Closing,
    TenderRequirement,
    Attachment,
)


def stamped_columns(table: Any) -> list[str]:
    """The stamped, user-editable columns of a synced table (``deleted`` included)."""
    return [c.name for c in table.columns if c.name not in Synced.META_FIELDS]


def user_fields(model: type[Synced]) -> list[str]:
    """The stamped, user-editable columns of a synced model (``deleted`` included)."""
    return stamped_columns(model.__table__)  # type: ignore[attr-defined]
