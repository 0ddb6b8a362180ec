"""services/auth.py and services/security.py: login, sessions, rate limits, password links."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlmodel import Session, select

from models.accounts import (
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    AuthSession,
    LoginAttempt,
    PasswordToken,
    User,
)
from models.messaging import EmailMessage
from prm.settings import get_settings
from services import auth
from services.errors import InvalidCredentials, InvalidInput, InvalidToken, RateLimited
from services.security import hash_password, verify_password
from tests.factories import PASSWORD, create_partner_user, create_random_partner, personas

PARTNER, ADMIN = USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN
LINK_RE = re.compile(r"/set-password\?token=([A-Za-z0-9_-]+)")


def login(db, email, password=PASSWORD, kind=PARTNER, ip="203.0.113.7"):
    return auth.login(session=db, email=email, password=password, kind=kind, ip=ip)


def stored(db, model, row_id):
    """The row as committed, read through a separate connection."""
    with Session(db.get_bind()) as other:
        return other.get(model, row_id)


def credential_error(db, **kwargs) -> str:
    with pytest.raises(InvalidCredentials) as exc:
        login(db, **kwargs)
    return str(exc.value)


def reset_link_token(db, email: str) -> str:
    row = db.exec(
        select(EmailMessage)
        .where(EmailMessage.to_email == email, EmailMessage.template == "password_reset")
        .order_by(EmailMessage.id.desc())
    ).first()
    assert row is not None, "no reset email was recorded"
    match = LINK_RE.search(row.text_body)
    assert match, row.text_body
    return match.group(1)


def request_reset(db, email: str) -> str:
    auth.request_password_reset(session=db, email=email)
    return reset_link_token(db, email)


# ---------------------------------------------------------------- login


def test_it_logs_in_with_the_right_password(db):
    p = personas(db)
    token, actor = login(db, "alice@northwind.example")
    resolved = auth.resolve_session(session=db, token=token)
    assert resolved == actor
    assert resolved.user_id == p.alice.id
    assert resolved.partner_account_id == p.northwind.id
    assert resolved.partner_account_name == p.northwind.name
    assert resolved.is_partner_admin


def test_resolving_a_session_is_one_statement(db):
    """Every page load and websocket event resolves its session: the session row, its user and
    the user's partner account come back in one round trip."""
    from sqlalchemy import event

    personas(db)
    token, actor = login(db, "alice@northwind.example")
    db.expunge_all()  # nothing from the login is at hand
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.get_bind(), "before_cursor_execute", count)
    try:
        resolved = auth.resolve_session(session=db, token=token)
    finally:
        event.remove(db.get_bind(), "before_cursor_execute", count)
    assert resolved == actor
    assert len(statements) == 1, statements


def test_it_logs_in_the_supplier_admin_to_the_admin_console(db):
    p = personas(db)
    token, actor = login(db, p.admin.email, kind=ADMIN)
    assert auth.resolve_session(session=db, token=token).user_id == p.admin.id
    assert actor.is_supplier_admin


def test_it_ignores_case_and_spaces_in_the_email(db):
    p = personas(db)
    _, actor = login(db, "  Bob@NorthWind.Example ")
    assert actor.user_id == p.bob.id


def test_it_gives_one_message_for_every_refused_login(db):
    p = personas(db)
    inactive_user = create_partner_user(db, p.northwind, email="gone@northwind.example")
    inactive_user.is_active = False
    pending = create_random_partner(db, status="pending")
    closed = create_random_partner(db, status="inactive")
    create_partner_user(db, pending, email="early@pending.example")
    create_partner_user(db, closed, email="late@closed.example")
    db.commit()

    reference = credential_error(db, email="alice@northwind.example", password="wrong password!")
    messages = {
        "unknown email": credential_error(db, email="nobody@northwind.example"),
        "partner into admin console": credential_error(db, email="alice@northwind.example", kind=ADMIN),
        "admin into portal": credential_error(db, email=p.admin.email, kind=PARTNER),
        "inactive user": credential_error(db, email="gone@northwind.example"),
        "pending partner account": credential_error(db, email="early@pending.example"),
        "inactive partner account": credential_error(db, email="late@closed.example"),
    }
    assert {k: v for k, v in messages.items() if v != reference} == {}


def test_it_refuses_a_user_who_never_set_a_password(db):
    p = personas(db)
    create_partner_user(db, p.northwind, email="new@northwind.example", password=None)
    with pytest.raises(InvalidCredentials):
        login(db, "new@northwind.example", password="anything at all")


def test_it_lets_a_test_partner_account_log_in(db):
    account = create_random_partner(db, status="test")
    user = create_partner_user(db, account)
    token, actor = login(db, user.email)
    assert actor.partner_account_id == account.id
    assert auth.resolve_session(session=db, token=token).user_id == user.id


def test_it_asks_for_both_fields(db):
    personas(db)
    with pytest.raises(InvalidInput):
        login(db, "alice@northwind.example", password="")
    with pytest.raises(InvalidInput):
        login(db, "", password=PASSWORD)


@pytest.mark.parametrize(
    "email, ip",
    [("a" * 300 + "@northwind.example", "203.0.113.7"), ("alice@northwind.example\x00", ""),
     ("nobody@northwind.example", "1" * 200)],
    ids=["overlong email", "NUL in email", "overlong ip"],
)
def test_it_refuses_odd_input_without_a_database_error(db, email, ip):
    personas(db)
    with pytest.raises(InvalidCredentials):
        login(db, email, password="wrong password!", ip=ip)


# ---------------------------------------------------------------- rate limit


def fail(db, times, email="alice@northwind.example", ip="203.0.113.7"):
    for _ in range(times):
        with pytest.raises(InvalidCredentials):
            login(db, email, password="not the password", ip=ip)


def test_it_rate_limits_repeated_failures_for_one_email_and_address(db):
    personas(db)
    limit = get_settings().login_attempts_per_window
    fail(db, limit)
    with pytest.raises(RateLimited):
        login(db, "alice@northwind.example", ip="203.0.113.7")  # even the right password


def test_it_counts_failures_whatever_the_email_case(db):
    personas(db)
    limit = get_settings().login_attempts_per_window
    fail(db, limit, email="ALICE@northwind.example")
    with pytest.raises(RateLimited):
        login(db, "alice@northwind.example")


def test_it_allows_logins_below_the_limit(db):
    personas(db)
    fail(db, get_settings().login_attempts_per_window - 1)
    _, actor = login(db, "alice@northwind.example")
    assert actor.email == "alice@northwind.example"


def test_it_does_not_lock_the_real_user_out_from_another_address(db):
    p = personas(db)
    fail(db, get_settings().login_attempts_per_window, ip="198.51.100.66")
    with pytest.raises(RateLimited):
        login(db, "alice@northwind.example", ip="198.51.100.66")
    _, actor = login(db, "alice@northwind.example", ip="203.0.113.7")
    assert actor.user_id == p.alice.id


def test_it_forgets_failures_after_the_window(db, frozen_clock):
    personas(db)
    s = get_settings()
    fail(db, s.login_attempts_per_window)
    frozen_clock.advance(minutes=s.login_window_minutes)
    with pytest.raises(RateLimited):
        login(db, "alice@northwind.example")
    frozen_clock.advance(seconds=1)
    _, actor = login(db, "alice@northwind.example")
    assert actor.email == "alice@northwind.example"


def test_it_records_each_attempt(db):
    personas(db)
    fail(db, 2)
    login(db, "alice@northwind.example")
    outcomes = db.exec(
        select(LoginAttempt.succeeded)
        .where(LoginAttempt.email == "alice@northwind.example")
        .order_by(LoginAttempt.id)
    ).all()
    assert outcomes == [False, False, True]


# ---------------------------------------------------------------- password hashing


@pytest.mark.real_argon2
def test_it_stores_passwords_as_argon2id(db):
    p = personas(db)
    assert stored(db, User, p.alice.id).password_hash.startswith("$argon2id$")
    # OWASP's first recommended argon2id profile: 19 MiB, 2 passes, 1 lane.
    assert "$m=19456,t=2,p=1$" in stored(db, User, p.alice.id).password_hash
    assert PASSWORD not in stored(db, User, p.alice.id).password_hash


@pytest.mark.real_argon2
def test_it_rehashes_an_old_hash_at_login(db):
    p = personas(db)
    old_hash = PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
    p.alice.password_hash = old_hash
    db.commit()
    login(db, "alice@northwind.example")
    new_hash = stored(db, User, p.alice.id).password_hash
    assert new_hash != old_hash
    assert new_hash.startswith("$argon2id$")
    assert verify_password(new_hash, PASSWORD)
    login(db, "alice@northwind.example")  # the new hash still logs in


@pytest.mark.real_argon2
def test_it_keeps_a_current_hash_at_login(db):
    p = personas(db)
    before = stored(db, User, p.alice.id).password_hash
    login(db, "alice@northwind.example")
    assert stored(db, User, p.alice.id).password_hash == before


def test_it_hashes_the_same_password_differently(db):
    assert hash_password(PASSWORD) != hash_password(PASSWORD)


# ---------------------------------------------------------------- sessions


def test_it_stores_only_a_hash_of_the_session_token(db):
    personas(db)
    token, actor = login(db, "alice@northwind.example")
    with Session(db.get_bind()) as other:
        rows = other.exec(select(AuthSession).where(AuthSession.user_id == actor.user_id)).all()
    assert len(rows) == 1
    assert rows[0].token_hash != token
    assert token not in rows[0].token_hash
    assert re.fullmatch(r"[0-9a-f]{64}", rows[0].token_hash)


def test_it_gives_session_tokens_of_at_least_128_bits(db):
    personas(db)
    token, _ = login(db, "alice@northwind.example")
    assert len(token) >= 43


def test_it_expires_a_session(db, frozen_clock):
    personas(db)
    token, _ = login(db, "alice@northwind.example")
    expires_at = frozen_clock.now + timedelta(hours=get_settings().session_hours)
    frozen_clock.set(expires_at - timedelta(seconds=1))
    assert auth.resolve_session(session=db, token=token) is not None
    frozen_clock.set(expires_at + timedelta(seconds=1))
    assert auth.resolve_session(session=db, token=token) is None


def test_it_ends_the_session_at_logout(db):
    personas(db)
    token, _ = login(db, "alice@northwind.example")
    auth.logout(session=db, token=token)
    assert auth.resolve_session(session=db, token=token) is None


def test_logout_ends_only_that_session(db):
    personas(db)
    first, _ = login(db, "alice@northwind.example")
    second, _ = login(db, "alice@northwind.example")
    assert first != second
    auth.logout(session=db, token=first)
    assert auth.resolve_session(session=db, token=first) is None
    assert auth.resolve_session(session=db, token=second).email == "alice@northwind.example"


@pytest.mark.parametrize("token", ["", None, "not-a-real-token", "x" * 500])
def test_it_resolves_unknown_tokens_to_nobody(db, token):
    personas(db)
    login(db, "alice@northwind.example")
    assert auth.resolve_session(session=db, token=token) is None


def test_it_ends_the_session_of_a_deactivated_user(db):
    p = personas(db)
    token, _ = login(db, "bob@northwind.example")
    p.bob.is_active = False
    db.commit()
    assert auth.resolve_session(session=db, token=token) is None


@pytest.mark.parametrize("status", ["inactive", "pending"])
def test_it_ends_sessions_when_the_partner_account_is_switched_off(db, status):
    p = personas(db)
    token, _ = login(db, "alice@northwind.example")
    charlie_token, _ = login(db, "charlie@contoso.example")
    p.northwind.status = status
    db.commit()
    assert auth.resolve_session(session=db, token=token) is None
    assert auth.resolve_session(session=db, token=charlie_token).email == "charlie@contoso.example"


# ---------------------------------------------------------------- password reset


def test_it_answers_the_same_for_an_unknown_email(db):
    personas(db)
    assert auth.request_password_reset(session=db, email="nobody@northwind.example") is None
    assert db.exec(select(EmailMessage)).all() == []
    assert db.exec(select(PasswordToken)).all() == []


def test_it_emails_a_reset_link_to_a_known_user(db):
    p = personas(db)
    assert auth.request_password_reset(session=db, email="Alice@Northwind.example") is None
    emails = db.exec(select(EmailMessage)).all()
    assert [(e.to_email, e.template) for e in emails] == [(p.alice.email, "password_reset")]
    assert LINK_RE.search(emails[0].text_body)
    assert LINK_RE.search(emails[0].html_body)
    assert emails[0].text_body.count(get_settings().base_url + "/set-password?token=") == 1


def test_it_sends_no_reset_link_to_a_deactivated_user(db):
    p = personas(db)
    p.bob.is_active = False
    db.commit()
    auth.request_password_reset(session=db, email=p.bob.email)
    assert db.exec(select(EmailMessage)).all() == []


@pytest.mark.parametrize("email", ["", "not-an-email", "a" * 300 + "@x.example", "a\x00@x.example"])
def test_it_asks_for_a_valid_email_to_reset(db, email):
    personas(db)
    with pytest.raises(InvalidInput) as exc:
        auth.request_password_reset(session=db, email=email)
    assert "email" in exc.value.fields


def test_reset_tokens_have_at_least_128_bits(db):
    personas(db)
    assert len(request_reset(db, "alice@northwind.example")) >= 43


def test_reset_tokens_are_stored_hashed(db):
    personas(db)
    token = request_reset(db, "alice@northwind.example")
    hashes = db.exec(select(PasswordToken.token_hash)).all()
    assert len(hashes) == 1
    assert token not in hashes[0]


def test_it_sets_a_new_password_with_the_reset_link(db):
    p = personas(db)
    token = request_reset(db, "alice@northwind.example")
    assert auth.check_password_token(session=db, token=token) == {
        "email": p.alice.email, "purpose": "reset_password", "kind": PARTNER,
    }
    kind = auth.set_password_with_token(
        session=db, token=token, password="a brand new passphrase", confirm="a brand new passphrase"
    )
    assert kind == PARTNER
    _, actor = login(db, "alice@northwind.example", password="a brand new passphrase")
    assert actor.user_id == p.alice.id
    with pytest.raises(InvalidCredentials):
        login(db, "alice@northwind.example", password=PASSWORD)


def test_a_reset_link_works_once(db):
    personas(db)
    token = request_reset(db, "alice@northwind.example")
    auth.set_password_with_token(session=db, token=token, password="first new passphrase",
                                 confirm="first new passphrase")
    with pytest.raises(InvalidToken):
        auth.set_password_with_token(session=db, token=token, password="second new passphrase",
                                     confirm="second new passphrase")
    with pytest.raises(InvalidToken):
        auth.check_password_token(session=db, token=token)
    login(db, "alice@northwind.example", password="first new passphrase")


def test_a_reset_link_expires(db, frozen_clock):
    personas(db)
    token = request_reset(db, "alice@northwind.example")
    expires_at = frozen_clock.now + timedelta(hours=get_settings().reset_token_hours)
    frozen_clock.set(expires_at - timedelta(seconds=1))
    assert auth.check_password_token(session=db, token=token)["email"] == "alice@northwind.example"
    frozen_clock.set(expires_at + timedelta(seconds=1))
    with pytest.raises(InvalidToken):
        auth.set_password_with_token(session=db, token=token, password="too late passphrase",
                                     confirm="too late passphrase")
    login(db, "alice@northwind.example")  # the old password still works


@pytest.mark.parametrize("token", ["", "wrong-token", "x" * 300])
def test_it_refuses_a_wrong_token(db, token):
    personas(db)
    request_reset(db, "alice@northwind.example")
    with pytest.raises(InvalidToken):
        auth.set_password_with_token(session=db, token=token, password="a brand new passphrase",
                                     confirm="a brand new passphrase")


@pytest.mark.parametrize(
    "password, confirm, field",
    [
        ("a brand new passphrase", "a different passphrase", "confirm"),
        ("short", "short", "password"),
        ("password123", "password123", "password"),
        ("alice@northwind.example", "alice@northwind.example", "password"),
    ],
    ids=["mismatch", "too short", "common", "same as email"],
)
def test_it_refuses_a_bad_new_password_and_keeps_the_link(db, password, confirm, field):
    personas(db)
    token = request_reset(db, "alice@northwind.example")
    with pytest.raises(InvalidInput) as exc:
        auth.set_password_with_token(session=db, token=token, password=password, confirm=confirm)
    assert field in exc.value.fields
    # Nothing was used up: the link still works with a good password.
    auth.set_password_with_token(session=db, token=token, password="a brand new passphrase",
                                 confirm="a brand new passphrase")


def test_using_a_reset_link_ends_existing_sessions(db):
    personas(db)
    token, _ = login(db, "alice@northwind.example")
    bob_token, _ = login(db, "bob@northwind.example")
    link = request_reset(db, "alice@northwind.example")
    auth.set_password_with_token(session=db, token=link, password="a brand new passphrase",
                                 confirm="a brand new passphrase")
    assert auth.resolve_session(session=db, token=token) is None
    assert auth.resolve_session(session=db, token=bob_token) is not None


def test_it_limits_reset_emails_per_hour(db, frozen_clock):
    personas(db)
    for _ in range(10):
        auth.request_password_reset(session=db, email="alice@northwind.example")
        frozen_clock.advance(seconds=1)
    sent = len(db.exec(select(EmailMessage)).all())
    assert sent == 5  # "at most 5 reset emails an hour per user"
    frozen_clock.advance(hours=1)
    auth.request_password_reset(session=db, email="alice@northwind.example")
    assert len(db.exec(select(EmailMessage)).all()) == sent + 1


# ---------------------------------------------------------------- set-password link for new users


def test_a_new_user_chooses_a_password_from_the_welcome_link(db):
    account = create_random_partner(db)
    user = create_partner_user(db, account, password=None)
    email_id = auth.send_set_password_link(session=db, user_id=user.id)
    email = db.get(EmailMessage, email_id)
    assert (email.to_email, email.template) == (user.email, "set_password")
    token = LINK_RE.search(email.text_body).group(1)
    assert auth.check_password_token(session=db, token=token)["purpose"] == "set_password"
    auth.set_password_with_token(session=db, token=token, password="my own passphrase",
                                 confirm="my own passphrase")
    _, actor = login(db, user.email, password="my own passphrase")
    assert actor.user_id == user.id


# ---------------------------------------------------------------- change password


def test_change_password_refuses_a_wrong_current_password(db):
    p = personas(db)
    actor = p.actor(db, p.alice)
    with pytest.raises(InvalidInput) as exc:
        auth.change_password(session=db, actor=actor, current="not my password",
                             password="a brand new passphrase", confirm="a brand new passphrase")
    assert "current" in exc.value.fields
    login(db, "alice@northwind.example")  # unchanged


def test_change_password_validates_the_new_password(db):
    p = personas(db)
    actor = p.actor(db, p.alice)
    with pytest.raises(InvalidInput) as exc:
        auth.change_password(session=db, actor=actor, current=PASSWORD, password="qwerty123",
                             confirm="qwerty123")
    assert "password" in exc.value.fields
    with pytest.raises(InvalidInput) as exc:
        auth.change_password(session=db, actor=actor, current=PASSWORD,
                             password="a brand new passphrase", confirm="something else entirely")
    assert "confirm" in exc.value.fields
    login(db, "alice@northwind.example")  # unchanged


def test_change_password_ends_sessions_and_takes_the_new_password(db):
    p = personas(db)
    token, actor = login(db, "alice@northwind.example")
    auth.change_password(session=db, actor=actor, current=PASSWORD,
                         password="a brand new passphrase", confirm="a brand new passphrase")
    assert auth.resolve_session(session=db, token=token) is None
    with pytest.raises(InvalidCredentials):
        login(db, "alice@northwind.example")
    _, again = login(db, "alice@northwind.example", password="a brand new passphrase")
    assert again.user_id == p.alice.id
