"""Use cases that combine domain and storage; each change writes its audit event."""
