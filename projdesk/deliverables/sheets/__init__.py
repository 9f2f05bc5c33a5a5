"""Excel deliverables (openpyxl): the weekly summary, the quote log, the progress log."""
