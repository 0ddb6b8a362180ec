"""Issue 8, item 3 — rate limits: failed logins are refused per account and address with a
clear message, without locking the real user out from elsewhere; invitations and partnership
offers are capped per hour (INVITATIONS_PER_HOUR, OFFERS_PER_HOUR)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.offers import Partnership
from models.recruitment import Invitation
from prm.settings import get_settings, reset_settings_cache
from services import auth, offers, recruitment
from services.errors import InvalidCredentials, RateLimited
from tests.factories import PASSWORD

RELIABILITY_ITEM = "3. Rate limits"


@pytest.fixture
def limits(monkeypatch):
    def set_(**values):
        for name, value in values.items():
            monkeypatch.setenv(name, str(value))
        reset_settings_cache()
        return get_settings()

    return set_


def _fail(db, email, ip):
    with pytest.raises((InvalidCredentials, RateLimited)) as exc:
        auth.login(session=db, email=email, password="not the password", kind="partner", ip=ip)
    return exc.value


def test_failed_logins_on_one_account_from_one_address_are_refused_clearly(db, p, figures):
    per_pair = get_settings().login_attempts_per_window
    for _ in range(per_pair):
        assert isinstance(_fail(db, p.alice.email, "10.0.0.1"), InvalidCredentials)
    refused = _fail(db, p.alice.email, "10.0.0.1")
    assert isinstance(refused, RateLimited)
    assert "Too many failed sign-in attempts" in str(refused) and "minutes" in str(refused)
    # Even the right password waits out the window from that address...
    with pytest.raises(RateLimited):
        auth.login(session=db, email=p.alice.email, password=PASSWORD, kind="partner", ip="10.0.0.1")
    # ...while the real user, elsewhere, logs in at once.
    token, _ = auth.login(session=db, email=p.alice.email, password=PASSWORD, kind="partner",
                          ip="192.0.2.7")
    assert token
    figures.add("failed logins tried", per_pair + 2)
    figures.add("real users locked out", 0)


def test_failed_logins_from_one_address_over_many_accounts_are_refused(db, p, limits, figures):
    s = limits(LOGIN_FAILURES_PER_ADDRESS=12)
    for n in range(s.login_failures_per_address):
        assert isinstance(_fail(db, f"guess{n}@northwind.example", "203.0.113.9"), InvalidCredentials)
    assert isinstance(_fail(db, "bob@northwind.example", "203.0.113.9"), RateLimited)
    # bob from his own address is not affected.
    assert auth.login(session=db, email=p.bob.email, password=PASSWORD, kind="partner",
                      ip="198.51.100.1")[0]
    figures.add("failed logins tried", s.login_failures_per_address + 1)


def test_the_limit_lifts_after_the_window(db, p, frozen_clock):
    for _ in range(get_settings().login_attempts_per_window):
        _fail(db, p.alice.email, "10.0.0.1")
    frozen_clock.advance(minutes=get_settings().login_window_minutes, seconds=1)
    assert auth.login(session=db, email=p.alice.email, password=PASSWORD, kind="partner", ip="10.0.0.1")[0]


def _invite(db, admin, n):
    return recruitment.create_invitation(session=db, actor=admin, partner_name=f"Acme {n}",
                                         contact_first_name="Pat", contact_last_name="Jones",
                                         contact_email=f"pat{n}@acme.example")


def test_invitations_are_capped_per_hour(db, p, limits, frozen_clock, figures):
    limits(INVITATIONS_PER_HOUR=3)
    admin = p.actor(db, p.admin)
    first = [_invite(db, admin, n) for n in range(3)]
    with pytest.raises(RateLimited, match="last hour"):
        _invite(db, admin, 3)
    with pytest.raises(RateLimited):
        recruitment.resend_invitation(session=db, actor=admin, invitation_id=first[0]["id"])
    assert len(db.exec(select(Invitation)).all()) == 3
    frozen_clock.advance(hours=1, seconds=1)
    _invite(db, admin, 3)
    recruitment.resend_invitation(session=db, actor=admin, invitation_id=first[0]["id"])
    figures.add("invitations tried over the cap", 2)


def test_offers_are_capped_per_hour_for_each_partner_account(db, p, limits, frozen_clock, figures):
    limits(OFFERS_PER_HOUR=2)
    alice = p.actor(db, p.alice)

    def send(tenant):
        return offers.send_offer(session=db, actor=alice, tenant_name=tenant,
                                 contact_email="someone@example.com", message="Let us team up",
                                 contact_ids=[alice.user_id], manager_ids=[alice.user_id])

    send("unknown-1")
    send("unknown-2")
    with pytest.raises(RateLimited, match="last hour"):
        send("contoso")
    assert len(db.exec(select(Partnership)).all()) == 2
    # Another partner account has its own allowance.
    offers.send_offer(session=db, actor=p.actor(db, p.charlie), tenant_name="northwind",
                      contact_email="alice@northwind.example", message="Hello",
                      contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    frozen_clock.advance(hours=1, seconds=1)
    send("unknown-3")
    figures.add("offers tried over the cap", 1)
