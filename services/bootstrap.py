"""The first supplier admin and the demo program, created on a new database."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import (
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    PartnerAccount,
    PartnerGroup,
    PartnerGroupMember,
    User,
)
from models.leads import Lead
from models.messaging import Message
from models.offers import CompanyProfile
from models.recruitment import Invitation, PartnerApplication
from services.accounts import create_partner_account, create_user
from services.auth import actor_for_user, normalize_email
from services.mail import get_program
from services.recruitment import create_invitation
from services.security import hash_password, validate_new_password


@dataclass
class Login:
    who: str
    email: str
    password: str
    where: str


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def is_new_database(session: Session) -> bool:
    return session.exec(select(func.count()).select_from(User)).one() == 0


def ensure_supplier_admin(*, session: Session, email: str, password: str | None) -> Login | None:
    """Create the supplier admin unless a user with that email exists. Returns the login
    when it was created (the password is only known then)."""
    email = normalize_email(email)
    if session.exec(select(User.id).where(User.email == email)).first():
        return None
    password = password or generate_password()
    validate_new_password(password, email=email)
    create_user(
        session=session,
        actor=None,
        email=email,
        first_name="Supplier",
        last_name="Admin",
        kind=USER_KIND_SUPPLIER_ADMIN,
        password=password,
    )
    return Login("Supplier admin", email, password, "/admin")


DEMO_USERS = [
    # email, first, last, tenant, role, lead owner
    ("alice@northwind.example", "Alice", "Anders", "northwind", "partner_admin", True),
    ("bob@northwind.example", "Bob", "Baker", "northwind", "partner_user", True),
    ("charlie@contoso.example", "Charlie", "Chen", "contoso", "partner_admin", True),
    ("dana@fabrikam.example", "Dana", "Diaz", "fabrikam-test", "partner_admin", False),
]


def load_demo(*, session: Session, password: str | None) -> list[Login]:
    """A small, real demo program. Only for a database without partner accounts."""
    if session.exec(select(func.count()).select_from(PartnerAccount)).one():
        return []
    password = password or generate_password()
    program = get_program(session)
    program.program_name = "Acme Partner Program"
    program.supplier_name = "Acme Cloud Inc."
    program.support_email = "partners@acme.example"
    accounts = {
        "northwind": create_partner_account(
            session=session, actor=None, name="Northwind Traders", tenant_name="northwind",
            status="active", tier="Gold", geography="North America",
            specializations=["Cloud", "Security"], email_domain="northwind.example",
        ),
        "contoso": create_partner_account(
            session=session, actor=None, name="Contoso", tenant_name="contoso",
            status="active", tier="Silver", geography="EMEA",
            specializations=["Networking"], email_domain="contoso.example",
        ),
        "fabrikam-test": create_partner_account(
            session=session, actor=None, name="Fabrikam (Test)", tenant_name="fabrikam-test",
            status="test", tier="Registered", geography="North America",
            email_domain="fabrikam.example",
        ),
    }
    users = {}
    logins = []
    for email, first, last, tenant, role, owner in DEMO_USERS:
        users[email] = create_user(
            session=session, actor=None, email=email, first_name=first, last_name=last,
            kind=USER_KIND_PARTNER, partner_account_id=accounts[tenant].id, partner_role=role,
            is_lead_owner=owner,
        )
        users[email].password_hash = hash_password(password)
        label = "Partner Admin" if role == "partner_admin" else "Partner User"
        logins.append(Login(f"{label}, {accounts[tenant].name}", email, password, "/portal"))
    gold = PartnerGroup(name="Gold Partners", description="Partners in the Gold tier")
    session.add(gold)
    session.flush()
    session.add(PartnerGroupMember(group_id=gold.id, partner_account_id=accounts["northwind"].id))

    now = utcnow()
    demo_leads = [
        ("Maria", "Garcia", "maria.garcia@globex.example", "Globex", "United States", "New",
         "northwind", "alice@northwind.example", "Webinar: Zero Trust 101", 30),
        ("Tom", "Becker", "t.becker@initech.example", "Initech", "Canada", "Accepted",
         "northwind", "bob@northwind.example", "Trade show: CloudConf", 26),
        ("Priya", "Shah", "priya@umbrella.example", "Umbrella Health", "United States", "Qualified",
         "northwind", "bob@northwind.example", "Website inbound", 20),
        ("Lars", "Nilsson", "lars@vandelay.example", "Vandelay Industries", "Sweden", "Contacted",
         "contoso", "charlie@contoso.example", "Webinar: Zero Trust 101", 12),
        ("Amelie", "Dubois", "amelie@soylent.example", "Soylent SA", "France", "New",
         "contoso", "charlie@contoso.example", "Website inbound", 5),
        ("Kenji", "Sato", "kenji@hooli.example", "Hooli Japan", "Japan", "New",
         None, None, "Trade show: CloudConf", 2),
    ]
    for first, last, email, company, country, status, tenant, owner, campaign, hours_ago in demo_leads:
        created = now - timedelta(hours=hours_ago)
        session.add(Lead(
            kind="distributed", first_name=first, last_name=last, email=email, company=company,
            country=country, status=status, source_campaign=campaign,
            partner_account_id=accounts[tenant].id if tenant else None,
            owner_user_id=users[owner].id if owner else None,
            created_at=created, updated_at=created,
        ))
    # Business tiles: what each partner shows the tenants it forms a partnership with.
    session.add(CompanyProfile(
        partner_account_id=accounts["northwind"].id,
        about="Northwind Traders helps mid-size companies move to the cloud safely.",
        services="Cloud migration, security assessments, 24/7 managed services",
        offerings="Acme Cloud licences, Zero Trust starter pack", website="https://northwind.example",
        phone="+1 555 0100"))
    session.add(CompanyProfile(
        partner_account_id=accounts["contoso"].id,
        about="Contoso builds and runs networks for retailers across Europe.",
        services="Network design, SD-WAN roll-outs, field engineering",
        offerings="Acme Edge appliances, managed Wi-Fi", website="https://contoso.example"))
    admin = session.exec(select(User).where(User.kind == USER_KIND_SUPPLIER_ADMIN)).first()
    session.add(Message(
        kind="popup", title="Welcome to the Acme Partner Program",
        body_html="<p>Your partner portal is ready: check your leads and keep your team's "
                  "details up to date.</p>",
        status="Draft", created_by_user_id=admin.id if admin else None,
    ))
    session.commit()

    # Recruitment: a partner request waiting in Pending Partners, an open invitation (its
    # email is in the outbox, so its link can be followed) and a declined one.
    session.add(PartnerApplication(
        company_name="Adventure Works", email="ava@adventure-works.example", first_name="Ava",
        last_name="Adams", source="self_registration", status="pending",
    ))
    session.commit()
    if admin is not None:
        admin_actor = actor_for_user(session, admin)
        create_invitation(session=session, actor=admin_actor, partner_name="Tailspin Toys",
                          contact_first_name="Tess", contact_last_name="Taylor",
                          contact_email="tess@tailspin.example")
        declined = create_invitation(session=session, actor=admin_actor,
                                     partner_name="Wide World Importers", contact_first_name="Will",
                                     contact_last_name="Wong", contact_email="will@wideworld.example")
        inv = session.get(Invitation, declined["id"])
        inv.status = "declined"
        session.commit()
    return logins


def validate_demo_password(password: str | None) -> None:
    if password:
        validate_new_password(password)
