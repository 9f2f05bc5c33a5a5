"""The opportunity workspace (one opportunity: stage path, steps A–Z, people, quotes, contract, history)."""
