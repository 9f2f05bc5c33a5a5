"""Snapshots: export, import and field-level merge of colleagues' data."""
