from __future__ import annotations

from sqlmodel import Session

from models.audit import AuditLog
from services.actors import Actor


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    object_type: str,
    object_id: object = "",
    **detail,
) -> None:
    """Add an audit row to the caller's transaction (committed with the change it describes)."""
    session.add(
        AuditLog(
            actor_user_id=actor.user_id if actor else None,
            actor_label=actor.label if actor else "system",
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            detail=detail,
        )
    )
