"""Small factories and the personas: alice (partner admin) and bob (partner user) in
Northwind, charlie (partner admin) in Contoso, and a supplier admin."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlmodel import Session, select

from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN, PartnerAccount, User
from services.accounts import create_partner_account, create_user
from services.actors import Actor
from services.auth import actor_for_user

PASSWORD = "correct horse battery staple"
_seq = itertools.count(1)


def create_random_partner(session: Session, *, status: str = "active", name: str | None = None,
                          **fields) -> PartnerAccount:
    n = next(_seq)
    return create_partner_account(
        session=session, actor=None, name=name or f"Partner {n}", tenant_name=f"partner-{n}",
        status=status, **fields,
    )


def create_partner_user(session: Session, account: PartnerAccount, *, email: str | None = None,
                        role: str = "partner_user", password: str | None = PASSWORD, **flags) -> User:
    n = next(_seq)
    return create_user(
        session=session, actor=None, email=email or f"user{n}@{account.tenant_name}.example",
        first_name=f"User{n}", last_name="Test", kind=USER_KIND_PARTNER,
        partner_account_id=account.id, partner_role=role, password=password, **flags,
    )


def create_admin(session: Session, *, email: str = "admin@example.com", password: str = PASSWORD) -> User:
    return create_user(session=session, actor=None, email=email, first_name="Ada",
                       last_name="Admin", kind=USER_KIND_SUPPLIER_ADMIN, password=password)


@dataclass
class Personas:
    northwind: PartnerAccount
    contoso: PartnerAccount
    admin: User
    alice: User
    bob: User
    charlie: User

    def actor(self, session: Session, user: User) -> Actor:
        return actor_for_user(session, user)


def personas(session: Session) -> Personas:
    northwind = create_partner_account(session=session, actor=None, name="Northwind Traders",
                                       tenant_name="northwind", status="active", tier="Gold")
    contoso = create_partner_account(session=session, actor=None, name="Contoso",
                                     tenant_name="contoso", status="active", tier="Silver")
    return Personas(
        northwind=northwind,
        contoso=contoso,
        admin=create_admin(session),
        alice=create_partner_user(session, northwind, email="alice@northwind.example", role="partner_admin"),
        bob=create_partner_user(session, northwind, email="bob@northwind.example", role="partner_user"),
        charlie=create_partner_user(session, contoso, email="charlie@contoso.example", role="partner_admin"),
    )


def sent_email(session: Session, p: Personas, *, users: list[User], title: str = "Partner Summit",
               body_html: str = '<p>See the <a href="https://acme.example/agenda">Agenda</a>.</p>') -> int:
    """A to-partner Email to Northwind, sent now to these users (opted in) through the real
    delivery job, without SMTP (the copies land in the outbox). Returns the message id."""
    from jobs import message_emails
    from models.messaging import MessageRecipient
    from services import email_messages, messages

    for u in users:
        u.supplier_emails_opt_in = True
        session.add(u)
    session.commit()
    actor = p.actor(session, p.admin)
    g = messages.save_group(session=session, actor=actor, name=f"Group for {title}", account_ids=[p.northwind.id])
    m = email_messages.create_email(session=session, actor=actor, title=title, body_html=body_html,
                                    group_ids=[g["id"]])
    email_messages.schedule_email(session=session, actor=actor, message_id=m["id"], enqueue=False)
    email_messages.begin_sending(session=session, message_id=int(m["id"]))
    ids = session.exec(select(MessageRecipient.id).where(MessageRecipient.message_id == int(m["id"]))
                       .order_by(MessageRecipient.id)).all()
    message_emails.deliver_message_batch(int(m["id"]), list(ids))
    return int(m["id"])
