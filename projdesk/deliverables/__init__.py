"""Word, Excel and slide files from an opportunity's data (no Qt)."""
