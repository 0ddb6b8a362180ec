from datetime import UTC, datetime


def utcnow() -> datetime:
    """Aware UTC: SQLModel stores it as timestamptz (PostgreSQL) or UTC text (SQLite)."""
    return datetime.now(UTC)
