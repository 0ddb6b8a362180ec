"""Issue 8, item 2 — passwords: argon2id, rehashed at login when the parameters change; 8 to
128 characters with no composition rules; the shipped list of common passwords refused; and
the login, forgot-password and registration forms answer the same whether or not the email
has an account."""

from __future__ import annotations

import time

import pytest
from argon2 import PasswordHasher
from argon2.low_level import Type
from sqlmodel import select

import services.security as security
from models.accounts import User
from models.messaging import EmailMessage
from models.recruitment import PartnerApplication
from services import auth, recruitment
from services.errors import InvalidCredentials, InvalidInput
from tests.factories import PASSWORD
from tests.services.recruitment_helpers import apply, onboarding

RELIABILITY_ITEM = "2. Passwords"


@pytest.mark.real_argon2
def test_passwords_are_stored_as_argon2id_with_strong_parameters(db, p):
    db.refresh(p.alice)
    from argon2 import extract_parameters

    found = extract_parameters(p.alice.password_hash)
    assert found.type is Type.ID
    # OWASP's floor for argon2id: 19 MiB of memory and 2 passes.
    assert found.memory_cost >= 19 * 1024 and found.time_cost >= 2
    assert PASSWORD not in p.alice.password_hash


@pytest.mark.real_argon2
def test_a_hash_made_with_older_parameters_is_rehashed_at_the_next_login(db, p, monkeypatch):
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    p.alice.password_hash = weak.hash(PASSWORD)
    db.add(p.alice)
    db.commit()
    auth.login(session=db, email=p.alice.email, password=PASSWORD, kind="partner")
    db.expire_all()
    from argon2 import extract_parameters

    new = extract_parameters(db.get(User, p.alice.id).password_hash)
    assert (new.memory_cost, new.time_cost) == (security._hasher.memory_cost, security._hasher.time_cost)
    # and the new hash still opens the account
    auth.login(session=db, email=p.alice.email, password=PASSWORD, kind="partner")


@pytest.mark.parametrize("password, ok", [
    ("x7#kq2!", False),  # 7
    ("x7#kq2!m", True),  # 8
    ("w" * 3 + "q" * 61, True),  # 64
    ("longpass" * 16, True),  # 128
    ("longpass" * 16 + "x", False),  # 129
])
def test_eight_to_128_characters(password, ok):
    if ok:
        security.validate_new_password(password)
    else:
        with pytest.raises(InvalidInput):
            security.validate_new_password(password)


@pytest.mark.parametrize("password", [
    "just lowercase words here",  # no capital, digit or symbol
    "84619372051",  # digits only
    "ZQXWVUTSRPOM",  # capitals only
    "pässwörtchen über alles",  # non-ASCII
    "        spaces and then some",
])
def test_no_composition_rules(password):
    security.validate_new_password(password)


def test_the_shipped_common_password_list_is_refused(figures):
    listed = security.common_passwords()
    assert len(listed) >= 10_000
    candidates = sorted(pw for pw in listed if 8 <= len(pw) <= security.MAX_PASSWORD_LENGTH)
    refused = 0
    for pw in candidates:
        for variant in (pw, pw.upper()):
            with pytest.raises(InvalidInput, match="too common"):
                security.validate_new_password(variant)
            refused += 1
    figures.add("common passwords tried (and their capitalised forms)", refused)
    assert refused == 2 * len(candidates)


def test_a_password_equal_to_the_email_is_refused():
    with pytest.raises(InvalidInput, match="too common"):
        security.validate_new_password("Pat@Acme.example", email="pat@acme.example")


# ---------------------------------------------------------------- no account enumeration


def test_login_answers_the_same_for_an_unknown_email_and_a_wrong_password(db, p, figures):
    answers = set()
    for email in ("alice@northwind.example", "nobody@northwind.example", "ALICE@northwind.example "):
        with pytest.raises(InvalidCredentials) as exc:
            auth.login(session=db, email=email, password="wrong password 1", kind="partner",
                       ip=f"10.0.0.{len(answers)}")
        answers.add(str(exc.value))
        figures.add("enumeration probes", 1)
    assert len(answers) == 1


@pytest.mark.real_argon2
def test_while_older_slower_hashes_are_stored_no_failed_login_answers_sooner(db, p, monkeypatch):
    """The profile changed (argon2-cffi's 64 MiB / 3 passes / 4 lanes until 2026-11, 7x the CPU
    of today's). A hash of the old profile is replaced only at its owner's next login, and until
    then checking it takes longer than the dummy check for an unknown email: a failed login must
    not answer sooner for an unknown email or an already-replaced hash than for an old one."""
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
    old_profile = security.profile_of(old.hash("x"))
    assert old_profile != security.current_profile()
    p.alice.password_hash = old.hash(PASSWORD)
    db.add(p.alice)
    db.commit()
    old_check = security.check_seconds(old_profile)
    assert old_check > security.check_seconds(security.current_profile())

    for number, (email, password) in enumerate([
        ("nobody@northwind.example", "wrong password 1"),  # no such account
        ("bob@northwind.example", "wrong password 1"),  # a current hash, a wrong password
        ("alice@northwind.example", "wrong password 1"),  # the old hash, a wrong password
        ("not an email", "wrong password 1"),  # refused before any account is looked up
    ]):
        started = time.monotonic()
        with pytest.raises(InvalidCredentials):
            auth.login(session=db, email=email, password=password, kind="partner", ip=f"10.0.1.{number}")
        assert time.monotonic() - started >= old_check, email

    # Alice's next login replaces her hash; once the scan sees none of the old profile left,
    # failed logins are no longer held.
    auth.login(session=db, email="alice@northwind.example", password=PASSWORD, kind="partner")
    db.refresh(p.alice)
    assert security.profile_of(p.alice.password_hash) == security.current_profile()
    assert auth.failed_login_seconds(db) > 0  # the scan is kept for PROFILE_SCAN_SECONDS
    monkeypatch.setattr(auth, "PROFILE_SCAN_SECONDS", 0.0)
    assert auth.failed_login_seconds(db) == 0.0


def test_forgot_password_answers_the_same_and_emails_only_a_real_user(db, p, figures):
    for email in ("alice@northwind.example", "nobody@northwind.example"):
        assert auth.request_password_reset(session=db, email=email) is None
        figures.add("enumeration probes", 1)
    sent = db.exec(select(EmailMessage.to_email).where(EmailMessage.template == "password_reset")).all()
    assert sent == ["alice@northwind.example"]


@pytest.mark.parametrize("rules", [{}, {"auto": True}, {"domain": True}],
                         ids=["review", "auto-onboarding", "domain-matching"])
@pytest.mark.parametrize("known", ["user", "pending", "invitation"])
def test_self_registration_answers_a_known_email_as_a_new_one(db, p, rules, known, figures):
    admin = p.actor(db, p.admin)
    onboarding(db, admin, **rules)
    email = {"user": "bob@northwind.example", "pending": "pat@acme.example",
             "invitation": "inv@acme.example"}[known]
    if known == "pending":
        onboarding(db, admin)  # a pending request needs a review step
        apply(db)
        onboarding(db, admin, **rules)
    if known == "invitation":
        recruitment.create_invitation(session=db, actor=admin, partner_name="Acme",
                                      contact_first_name="In", contact_last_name="V",
                                      contact_email=email)
    # The same company name and domain, a never-seen address: what a stranger would be told.
    fresh_domain = email.split("@")[1]
    before = len(db.exec(select(PartnerApplication)).all())
    answer_known = apply(db, email=email.upper(), company_name="Same Co")
    assert len(db.exec(select(PartnerApplication)).all()) == before  # nothing was made
    notice = db.exec(select(EmailMessage).where(EmailMessage.template == "application_duplicate")).all()
    assert [m.to_email for m in notice] == [email]  # only the inbox's owner learns why
    answer_new = apply(db, email=f"fresh@{fresh_domain}", company_name="Same Co")
    assert {k: v for k, v in answer_known.items() if k != "email"} == \
        {k: v for k, v in answer_new.items() if k != "email"}
    figures.add("enumeration probes", 2)


def test_request_a_new_invitation_answers_the_same_for_any_email(db, p):
    for email in ("alice@northwind.example", "nobody@nowhere.example"):
        assert recruitment.request_new_invitation(session=db, email=email, message="") is None
