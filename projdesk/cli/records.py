"""The record commands: every kind an opportunity carries, each with add/list/show/update/delete.

``contact``, ``competitor``, ``customer`` (people_records), ``quote`` (quote_records),
``contract``, ``payment``, ``review`` (contract_records); the shared parts are in
record_commands.
"""

from __future__ import annotations

from typing import Any

from projdesk.cli import contract_records, people_records, quote_records


def register(commands: Any) -> None:
    people_records.register(commands)
    quote_records.register(commands)
    contract_records.register(commands)
