from datetime import UTC, datetime

# Tests freeze the clock by setting this; everything reads the time through utcnow().
frozen_now: datetime | None = None


def utcnow() -> datetime:
    """Aware UTC: SQLModel stores it as timestamptz (PostgreSQL) or UTC text (SQLite)."""
    return frozen_now if frozen_now is not None else datetime.now(UTC)
