"""Login, server-side sessions, logout, password reset and set-password links."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import func, update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import (
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    AuthSession,
    LoginAttempt,
    PartnerAccount,
    PasswordToken,
    User,
)
from prm.settings import get_settings
from services import audit
from services.actors import Actor
from services.errors import (
    InvalidCredentials,
    InvalidInput,
    InvalidToken,
    PermissionDenied,
    RateLimited,
)
from services.mail import queue_email
from services.security import (
    check_seconds,
    current_profile,
    hash_password,
    hash_token,
    new_token,
    password_needs_rehash,
    profile_of,
    validate_new_password,
    verify_password,
)

PORTAL_ACCOUNT_STATUSES = ("active", "test")


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def _storable_email(email: str) -> bool:
    return len(email) <= 254 and "\x00" not in email


def _check_rate_limit(session: Session, email: str, ip: str) -> None:
    s = get_settings()
    since = utcnow() - timedelta(minutes=s.login_window_minutes)
    # Per account *and* address: a stranger's failures elsewhere never lock the real user out.
    per_pair = session.exec(
        select(func.count())
        .select_from(LoginAttempt)
        .where(
            LoginAttempt.email == email,
            LoginAttempt.ip == ip,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.at >= since,
        )
    ).one()
    per_ip = session.exec(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.ip == ip, LoginAttempt.succeeded.is_(False), LoginAttempt.at >= since)
    ).one()
    if per_pair >= s.login_attempts_per_window or per_ip >= s.login_failures_per_address:
        raise RateLimited(
            f"Too many failed sign-in attempts. Wait {s.login_window_minutes} minutes and try "
            "again, or reset your password."
        )


def actor_for_user(session: Session, user: User) -> Actor:
    account_name = ""
    if user.partner_account_id:
        account = session.get(PartnerAccount, user.partner_account_id)
        account_name = account.name if account else ""
    return Actor(
        user_id=user.id,
        email=user.email,
        name=user.full_name,
        kind=user.kind,
        partner_account_id=user.partner_account_id,
        partner_role=user.partner_role,
        partner_account_name=account_name,
        is_lead_owner=user.is_lead_owner,
    )


def _may_sign_in(session: Session, user: User, kind: str) -> bool:
    if not user.is_active or user.kind != kind:
        return False
    if kind == USER_KIND_PARTNER:
        account = session.get(PartnerAccount, user.partner_account_id)
        return account is not None and account.status in PORTAL_ACCOUNT_STATUSES
    return True


# How often a process looks again for stored password hashes of an older argon2 profile.
PROFILE_SCAN_SECONDS = 60.0
# A failed login lasts at least this many times the slowest stored profile's check.
FAILED_LOGIN_MARGIN = 1.2
_profile_scans: dict[tuple[str, str], tuple[float, tuple[str, ...]]] = {}


def _other_stored_profiles(session: Session) -> tuple[str, ...]:
    """The argon2 profiles, other than the current one, that stored password hashes still use
    (each is replaced at its owner's next login). Looked up at most every PROFILE_SCAN_SECONDS,
    with one scan of the users' table per profile found (no index serves NOT LIKE)."""
    current = current_profile()
    key = (str(session.get_bind().url), current)
    now = time.monotonic()
    cached = _profile_scans.get(key)
    if cached is not None and now - cached[0] < PROFILE_SCAN_SECONDS:
        return cached[1]
    found: list[str] = []
    while len(found) < 16:
        query = select(User.password_hash).where(
            User.password_hash.startswith("$argon2"),
            ~User.password_hash.startswith(current, autoescape=True),
        )
        for profile in found:
            query = query.where(~User.password_hash.startswith(profile, autoescape=True))
        stored = session.exec(query.limit(1)).first()
        profile = profile_of(stored)
        if not profile or profile in found:
            break
        found.append(profile)
    _profile_scans[key] = (now, tuple(found))
    return tuple(found)


def failed_login_seconds(session: Session) -> float:
    """The least time a failed login takes: 0 while every stored hash has the current profile
    (the dummy check for an unknown email costs what a real one does); otherwise a margin above
    a check of the slowest stored profile, so that neither an unknown email nor an account
    whose hash was already replaced answers sooner than an account still on the old one."""
    others = _other_stored_profiles(session)
    if not others:
        return 0.0
    slowest = max(check_seconds(profile) for profile in (*others, current_profile()))
    return slowest * FAILED_LOGIN_MARGIN


def _fail_login(session: Session, started: float) -> InvalidCredentials:
    """Hold a failed login until failed_login_seconds have passed since it started."""
    left = failed_login_seconds(session) - (time.monotonic() - started)
    if left > 0:
        time.sleep(left)
    return InvalidCredentials()


def login(*, session: Session, email: str, password: str, kind: str, ip: str = "") -> tuple[str, Actor]:
    """Check credentials for the admin console (kind=supplier_admin) or the portal
    (kind=partner). Returns a new session token and the actor. The message for a wrong
    email, a wrong password, the wrong console or a disabled account is the same."""
    started = time.monotonic()
    email = normalize_email(email)
    if kind not in (USER_KIND_SUPPLIER_ADMIN, USER_KIND_PARTNER):
        raise ValueError("unknown login kind")
    if not email or not password:
        raise InvalidInput("Enter your email and password.")
    ip = (ip or "").replace("\x00", "")[:64]
    if not _storable_email(email):
        # No account can have it, and PostgreSQL would refuse to record the attempt.
        verify_password(None, password)
        raise _fail_login(session, started)
    _check_rate_limit(session, email, ip)
    user = session.exec(select(User).where(User.email == email)).first()
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not _may_sign_in(session, user, kind):
        session.add(LoginAttempt(email=email, ip=ip, succeeded=False))
        session.commit()
        raise _fail_login(session, started)
    if password_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    token = new_token()
    now = utcnow()
    session.add(
        AuthSession(
            token_hash=hash_token(token),
            user_id=user.id,
            expires_at=now + timedelta(hours=get_settings().session_hours),
            ip=ip[:64],
        )
    )
    user.last_login_at = now
    session.add(LoginAttempt(email=email, ip=ip, succeeded=True))
    actor = actor_for_user(session, user)
    audit.record(session, actor, "login", "user", user.id, ip=ip)
    session.commit()
    return token, actor


def resolve_session(*, session: Session, token: str | None) -> Actor | None:
    """The actor behind a session token, or None if it is unknown, expired, revoked, or the
    user or their partner account can no longer sign in."""
    if not token or len(token) > 200:
        return None
    # One round trip: the session row with its user and the user's partner account, which the
    # checks below then find in the session (session.get looks there first).
    found = session.exec(
        select(AuthSession, User, PartnerAccount)
        .join(User, User.id == AuthSession.user_id)
        .outerjoin(PartnerAccount, PartnerAccount.id == User.partner_account_id)
        .where(AuthSession.token_hash == hash_token(token))
    ).first()
    now = utcnow()
    row, user = (found[0], found[1]) if found else (None, None)
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    if user is None or not _may_sign_in(session, user, user.kind):
        return None
    if (now - row.last_seen_at) > timedelta(minutes=5):
        row.last_seen_at = now
        session.commit()
    return actor_for_user(session, user)


def logout(*, session: Session, token: str | None) -> None:
    if not token:
        return
    session.exec(
        update(AuthSession)
        .where(AuthSession.token_hash == hash_token(token), AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    session.commit()


def revoke_all_sessions(session: Session, user_id: int) -> None:
    session.exec(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def _password_link(session: Session, user: User, purpose: str, hours: int) -> str:
    token = new_token()
    session.add(
        PasswordToken(
            token_hash=hash_token(token),
            user_id=user.id,
            purpose=purpose,
            expires_at=utcnow() + timedelta(hours=hours),
        )
    )
    return f"{get_settings().base_url}/set-password?token={token}"


def send_set_password_link(*, session: Session, user_id: int, reason: str = "welcome") -> int:
    """Email a new user a single-use link to choose their password."""
    user = session.get(User, user_id)
    hours = get_settings().set_password_token_hours
    url = _password_link(session, user, "set_password", hours)
    session.commit()
    return queue_email(
        session=session,
        to_email=user.email,
        to_name=user.first_name,
        template="set_password",
        idempotency_key=f"set_password:{user.id}:{reason}:{utcnow().isoformat()}",
        url=url,
        hours=hours,
    )


def request_password_reset(*, session: Session, email: str, ip: str = "") -> None:
    """Email a reset link if the email belongs to a user who may sign in. Answers the same
    either way, so the page cannot be used to find out who has an account."""
    email = normalize_email(email)
    if not email or "@" not in email or not _storable_email(email):
        raise InvalidInput("Enter a valid email address.", {"email": "Enter a valid email address."})
    user = session.exec(select(User).where(User.email == email)).first()
    if user is None or not user.is_active:
        return
    # At most 5 reset emails an hour per user: the link is not a way to flood an inbox.
    recent = session.exec(
        select(func.count())
        .select_from(PasswordToken)
        .where(
            PasswordToken.user_id == user.id,
            PasswordToken.purpose == "reset_password",
            PasswordToken.created_at >= utcnow() - timedelta(hours=1),
        )
    ).one()
    if recent >= 5:
        return
    hours = get_settings().reset_token_hours
    url = _password_link(session, user, "reset_password", hours)
    session.commit()
    queue_email(
        session=session,
        to_email=user.email,
        to_name=user.first_name,
        template="password_reset",
        idempotency_key=f"password_reset:{user.id}:{utcnow().isoformat()}",
        url=url,
        hours=hours,
    )


def _usable_token(session: Session, token: str) -> PasswordToken:
    if not token or len(token) > 200:
        raise InvalidToken()
    row = session.exec(
        select(PasswordToken).where(PasswordToken.token_hash == hash_token(token))
    ).first()
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        raise InvalidToken()
    return row


def check_password_token(*, session: Session, token: str) -> dict:
    """What the set-password page shows before the person acts: whose link, what kind."""
    row = _usable_token(session, token)
    user = session.get(User, row.user_id)
    return {"email": user.email, "purpose": row.purpose, "kind": user.kind}


def set_password_with_token(*, session: Session, token: str, password: str, confirm: str) -> str:
    """Use a set/reset link once. Returns the user kind, so the page can point at the right
    login. Every other session of the user ends."""
    row = _usable_token(session, token)
    user = session.get(User, row.user_id)
    if password != confirm:
        raise InvalidInput("The passwords do not match.", {"confirm": "The passwords do not match."})
    validate_new_password(password, email=user.email)
    # Claim the token with a conditional UPDATE so two submits cannot both use it.
    claimed = session.exec(
        update(PasswordToken)
        .where(PasswordToken.id == row.id, PasswordToken.used_at.is_(None))
        .values(used_at=utcnow())
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidToken()
    user.password_hash = hash_password(password)
    user.updated_at = utcnow()
    revoke_all_sessions(session, user.id)
    audit.record(session, None, f"password_{row.purpose}", "user", user.id, email=user.email)
    session.commit()
    return user.kind


def change_password(
    *, session: Session, actor: Actor, current: str, password: str, confirm: str
) -> None:
    if actor is None:
        raise PermissionDenied()
    user = session.get(User, actor.user_id)
    if not verify_password(user.password_hash, current):
        raise InvalidInput("Current password is incorrect.", {"current": "Current password is incorrect."})
    if password != confirm:
        raise InvalidInput("The passwords do not match.", {"confirm": "The passwords do not match."})
    validate_new_password(password, email=user.email)
    user.password_hash = hash_password(password)
    user.updated_at = utcnow()
    revoke_all_sessions(session, user.id)
    audit.record(session, actor, "password_changed", "user", user.id)
    session.commit()
