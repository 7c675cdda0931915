"""`detente explain`: why a sentence did or did not produce events (placeholder, filled below)."""
