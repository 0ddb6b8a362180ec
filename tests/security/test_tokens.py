"""Issue 8, item 1 — the tokens in links: invitation, set-password / reset-password and
unsubscribe. Each has at least 128 unguessable bits, is stored only as a keyed hash (or not
at all), expires on time to the second, and works once. TRACKING_TOKENS below is where the
open/click tracking tokens join the same checks when they land."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

import models  # noqa: F401 - every table, for the stored-token search
from models.accounts import ConsentRecord, PartnerAccount, PasswordToken, User
from models.recruitment import Invitation, PartnerApplication
from services import auth, messages, recruitment
from services import email_messages as em
from services.errors import InvalidInput, InvalidToken
from tests.services.recruitment_helpers import (
    apply,
    invitation_token,
    invite,
    onboarding,
    set_password_token,
)

RELIABILITY_ITEM = "1. Tokens"
SAMPLES = 50  # tokens drawn per kind to check their length and that none repeats


def _bits(token: str) -> float:
    """Bits a url-safe base64 / hex token can hold (6 resp. 4 per character)."""
    alphabet = 16 if re.fullmatch(r"[0-9a-f]+", token) else 64
    return len(token) * math.log2(alphabet)


def _raw_rows(db, table: str) -> list[dict]:
    return [dict(r) for r in db.connection().execute(text(f'SELECT * FROM "{table}"')).mappings()]


# ---------------------------------------------------------------- the token kinds


@dataclass
class Kind:
    """How to make a token of one kind, use it, and which table would hold it."""

    name: str
    table: str | None  # where its (hashed) record lives; None: nothing is stored
    make: object  # (db, p, admin, n) -> token
    use: object  # (db, token) -> None, raises when refused
    # Works every time by design (an open pixel loads whenever the email is read): no expiry,
    # no "second use refused"; still random, long and never stored.
    repeatable: bool = False


def _make_invitation(db, p, admin, n):
    email = f"c{n}@acme{n}.example"
    invite(db, admin, contact_email=email, partner_name=f"Acme {n}")
    return invitation_token(db, email)


def _use_invitation(db, token):
    inv = recruitment.registration_form(session=db, token=token)
    apply(db, token=token, email=inv["email"], company_name=inv["company_name"])


def _make_set_password(db, p, admin, n):
    user = auth_user(db, p, n)
    auth.send_set_password_link(session=db, user_id=user.id, reason=f"t{n}")
    return set_password_token(db, user.email)


def _make_reset(db, p, admin, n):
    user = auth_user(db, p, n)
    auth.request_password_reset(session=db, email=user.email)
    from tests.services.recruitment_helpers import emails

    row = emails(db, "password_reset", user.email)[-1]
    return re.search(r"/set-password\?token=([A-Za-z0-9_-]+)", row.text_body).group(1)


def _use_password(db, token):
    auth.set_password_with_token(session=db, token=token, password="a fresh long passphrase",
                                 confirm="a fresh long passphrase")


def auth_user(db, p, n) -> User:
    from tests.factories import create_partner_user

    return create_partner_user(db, p.northwind, email=f"token{n}@northwind.example")


def _make_unsubscribe(db, p, admin, n):
    user = auth_user(db, p, n)
    user.supplier_emails_opt_in = True
    db.add(user)
    db.commit()
    group = messages.save_group(session=db, actor=admin, name=f"G{n}", account_ids=[p.northwind.id])
    m = em.create_email(session=db, actor=admin, title=f"News {n}", body_html="<p>Hi</p>",
                        group_ids=[group["id"]])
    return em.unsubscribe_token(user.id, int(m["id"]))


def _use_unsubscribe(db, token):
    user_id = int(token.split(".")[0])
    before = len(db.exec(select(ConsentRecord).where(ConsentRecord.user_id == user_id)).all())
    em.unsubscribe(session=db, token=token)
    db.expire_all()
    after = len(db.exec(select(ConsentRecord).where(ConsentRecord.user_id == user_id)).all())
    if after == before:  # a second use changed nothing: that is its "refusal"
        raise InvalidToken("already used")


KINDS = [
    Kind("invitation", "invitation", _make_invitation, _use_invitation),
    Kind("set_password", "password_token", _make_set_password, _use_password),
    Kind("reset_password", "password_token", _make_reset, _use_password),
    Kind("unsubscribe", None, _make_unsubscribe, _use_unsubscribe),
]


def _make_tracking(db, p, admin, n):
    """The token of one recipient's open pixel and click links, minted by the delivery job's own
    function (services.email_tracking.tracking_token) for a fresh recipient of one Email."""
    from models.messaging import MessageRecipient
    from services import email_tracking

    if not hasattr(p, "tracking_message_id"):
        group = messages.save_group(session=db, actor=admin, name="Tracked", account_ids=[p.northwind.id])
        p.tracking_message_id = int(em.create_email(session=db, actor=admin, title="Tracked",
                                                    body_html="<p>Hi</p>", group_ids=[group["id"]])["id"])
    user = auth_user(db, p, n)
    r = MessageRecipient(message_id=p.tracking_message_id, user_id=user.id, email=user.email)
    db.add(r)
    db.commit()
    return email_tracking.tracking_token(db, r.id)


def _use_tracking(db, token):
    from services import email_tracking

    if not email_tracking.record_open(session=db, token=token, user_agent="Mozilla/5.0 (X11) Firefox/140"):
        raise InvalidToken("not a tracking token")


# The open/click tracking token (services/email_tracking.py): the click links' signatures are
# HMACs of it, so it is the secret of both; the database holds its nonce and keyed hash only.
TRACKING_TOKENS: list[Kind] = [Kind("tracking", "message_recipient", _make_tracking, _use_tracking,
                                    repeatable=True)]
ALL_KINDS = KINDS + TRACKING_TOKENS


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda k: k.name)
def test_tokens_hold_at_least_128_random_bits_and_never_repeat(db, p, admin, kind, figures):
    tokens = [kind.make(db, p, admin, n) for n in range(SAMPLES)]
    figures.add("tokens drawn", len(tokens))
    assert len(set(tokens)) == len(tokens)
    for token in tokens:
        secret = token.rsplit(".", 1)[-1]  # unsubscribe: user.message.MAC — the MAC is the secret
        assert _bits(secret) >= 128, (kind.name, token)
    # No two tokens share a long prefix: the randomness is spread over the whole token.
    prefixes = Counter(t.rsplit(".", 1)[-1][:8] for t in tokens)
    assert prefixes.most_common(1)[0][1] == 1


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda k: k.name)
def test_the_database_never_holds_a_usable_token(db, p, admin, kind, figures):
    token = kind.make(db, p, admin, 1)
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "email_message":
            continue  # the email itself carries the link: that is how it reaches the person
        for row in _raw_rows(db, table.name):
            leaked = {k: v for k, v in row.items() if v is not None and token in str(v)}
            assert leaked == {}, (kind.name, table.name, leaked)
            figures.add("rows searched for a stored token", 1)
    # Whatever its own table stores does not open anything when sent back as a token.
    for row in _raw_rows(db, kind.table) if kind.table else []:
        for value in row.values():
            if isinstance(value, str) and 20 <= len(value) <= 200:
                with pytest.raises((InvalidToken, InvalidInput)):
                    kind.use(db, value)


@pytest.mark.parametrize("kind", [k for k in ALL_KINDS if k.name != "unsubscribe" and not k.repeatable],
                         ids=lambda k: k.name)
def test_a_token_works_to_its_last_second_and_not_one_second_later(db, p, admin, kind,
                                                                  frozen_clock, figures):
    tokens = [kind.make(db, p, admin, n) for n in range(2)]
    if kind.table == "invitation":
        expires = db.exec(select(Invitation.expires_at).order_by(Invitation.id.desc())).first()
    else:
        expires = db.exec(select(PasswordToken.expires_at).order_by(PasswordToken.id.desc())).first()
    if expires.tzinfo is None:  # SQLite hands back naive UTC
        expires = expires.replace(tzinfo=frozen_clock.now.tzinfo)
    frozen_clock.set(expires - timedelta(seconds=1))
    kind.use(db, tokens[1])
    frozen_clock.set(expires + timedelta(seconds=1))
    with pytest.raises(InvalidToken):
        kind.use(db, tokens[0])
    figures.add("expiry boundaries checked", 2)


def test_an_unsubscribe_link_never_expires(db, p, admin, frozen_clock):
    """Deliberately: the law (CAN-SPAM: 30 days at least) and RFC 8058 want an unsubscribe link
    to keep working; it carries a MAC, not a stored secret, so there is nothing to expire."""
    token = _make_unsubscribe(db, p, admin, 1)
    frozen_clock.advance(days=3650)
    _use_unsubscribe(db, token)


@pytest.mark.parametrize("kind", [k for k in ALL_KINDS if not k.repeatable], ids=lambda k: k.name)
def test_a_second_use_is_refused(db, p, admin, kind, figures):
    token = kind.make(db, p, admin, 1)
    kind.use(db, token)
    with pytest.raises(InvalidToken):
        kind.use(db, token)
    figures.add("second uses refused", 1)


CONCURRENT_ACCEPTS = 20


def test_twenty_concurrent_accepts_of_one_invitation_make_exactly_one_account(
        db, p, admin, race, figures):
    onboarding(db, admin, auto=True)  # accepting activates at once: an account and its user
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    accounts_before = len(db.exec(select(PartnerAccount)).all())

    out = race(CONCURRENT_ACCEPTS, lambda s, _i: recruitment.submit_application(
        session=s, token=token, company_name="Acme Widgets", email="pat@acme.example",
        first_name="Pat", last_name="Jones"))

    unexpected = [e for e in out.errors if not isinstance(e, InvalidToken | InvalidInput)]
    assert unexpected == []
    assert [r["outcome"] for r in out.results] == ["activated"]
    db.expire_all()
    assert len(db.exec(select(PartnerApplication)).all()) == 1
    assert len(db.exec(select(User).where(User.email == "pat@acme.example")).all()) == 1
    assert len(db.exec(select(PartnerAccount)).all()) == accounts_before + 1
    figures.add("concurrent accepts of one invitation", CONCURRENT_ACCEPTS)
    figures.add("accounts created by them", len(db.exec(select(PartnerAccount)).all()) - accounts_before)
