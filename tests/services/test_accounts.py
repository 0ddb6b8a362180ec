"""services/accounts.py: program settings, partner accounts and users, dashboard, partner home."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN, ProgramSettings, User
from models.audit import AuditLog
from models.leads import Lead
from models.messaging import Message
from models.recruitment import PartnerApplication
from services import accounts
from services.errors import InvalidInput, PermissionDenied
from services.mail import queue_email
from tests.factories import create_partner_user, create_random_partner, personas


def stored(db, model, row_id):
    """The row as committed, read through a separate connection."""
    with Session(db.get_bind()) as other:
        return other.get(model, row_id)


def audit_rows(db, action: str) -> list[AuditLog]:
    return db.exec(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)).all()


# ---------------------------------------------------------------- program settings


def update_settings(db, actor, **changes):
    values = {"program_name": "Acme Partner Program", "supplier_name": "Acme Cloud Inc.",
              "support_email": "partners@acme.example", **changes}
    return accounts.update_program_settings(session=db, actor=actor, **values)


def test_it_updates_program_settings(db):
    p = personas(db)
    result = update_settings(db, p.actor(db, p.admin), support_email=" Partners@Acme.Example ")
    saved = stored(db, ProgramSettings, 1)
    assert (saved.program_name, saved.supplier_name, saved.support_email) == (
        "Acme Partner Program", "Acme Cloud Inc.", "partners@acme.example")
    assert result["program_name"] == saved.program_name
    assert accounts.program_name(session=db) == "Acme Partner Program"


@pytest.mark.parametrize("who", ["alice", "bob", "charlie"])
def test_it_refuses_program_settings_to_partners(db, who):
    p = personas(db)
    before = accounts.get_program_settings(session=db, actor=p.actor(db, p.admin))
    db.commit()  # a new database's settings row, added by that first read, is stored
    with pytest.raises(PermissionDenied):
        update_settings(db, p.actor(db, getattr(p, who)), program_name="Hijacked")
    with pytest.raises(PermissionDenied):
        accounts.get_program_settings(session=db, actor=p.actor(db, getattr(p, who)))
    assert stored(db, ProgramSettings, 1).program_name == before["program_name"]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"program_name": "   "}, "program_name"),
        ({"program_name": "x" * 121}, "program_name"),
        ({"supplier_name": ""}, "supplier_name"),
        ({"support_email": "not an email"}, "support_email"),
        ({"support_email": "partners@acme"}, "support_email"),
        ({"support_email": "a" * 300 + "@acme.example"}, "support_email"),
    ],
    ids=["empty program name", "long program name", "empty supplier", "bad email",
         "email without domain dot", "overlong email"],
)
def test_it_validates_program_settings(db, changes, field):
    p = personas(db)
    admin = p.actor(db, p.admin)
    update_settings(db, admin)
    with pytest.raises(InvalidInput) as exc:
        update_settings(db, admin, **{"program_name": "Renamed Program", **changes})
    assert field in exc.value.fields
    assert stored(db, ProgramSettings, 1).program_name == "Acme Partner Program"


def test_it_audits_program_settings_changes(db):
    p = personas(db)
    admin = p.actor(db, p.admin)
    old_name = accounts.get_program_settings(session=db, actor=admin)["program_name"]
    update_settings(db, admin, program_name="Renamed Program")
    [row] = audit_rows(db, "program_settings_updated")
    assert (row.actor_user_id, row.actor_label) == (p.admin.id, p.admin.email)
    assert row.detail["before"]["program_name"] == old_name


# ---------------------------------------------------------------- creating accounts and users


def test_it_refuses_a_duplicate_email_whatever_the_case(db):
    p = personas(db)
    with pytest.raises(InvalidInput) as exc:
        create_partner_user(db, p.contoso, email="ALICE@Northwind.Example")
    assert "email" in exc.value.fields
    assert db.exec(select(User).where(User.partner_account_id == p.contoso.id)).all() == [p.charlie]


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"email": "not-an-email"}, "email"),
        ({"email": "a" * 300 + "@northwind.example"}, "email"),
        ({"first_name": "F" * 101}, "first_name"),
        ({"last_name": "L" * 101}, "last_name"),
        ({"partner_role": "owner"}, "partner_role"),
        ({"partner_account_id": None}, "partner_account_id"),
        ({"kind": "robot"}, "kind"),
    ],
)
def test_it_validates_new_users(db, fields, field):
    p = personas(db)
    values = {"email": "new@northwind.example", "first_name": "New", "last_name": "User",
              "kind": USER_KIND_PARTNER, "partner_account_id": p.northwind.id,
              "partner_role": "partner_user", **fields}
    with pytest.raises(InvalidInput) as exc:
        accounts.create_user(session=db, actor=p.actor(db, p.admin), **values)
    assert field in exc.value.fields
    assert db.exec(select(User).where(User.first_name == values["first_name"])).all() == []


def test_it_refuses_a_common_password_for_a_new_user(db):
    p = personas(db)
    with pytest.raises(InvalidInput) as exc:
        create_partner_user(db, p.northwind, email="weak@northwind.example", password="password1")
    assert "password" in exc.value.fields


def test_only_admins_create_users_and_accounts(db):
    p = personas(db)
    alice = p.actor(db, p.alice)
    with pytest.raises(PermissionDenied):
        accounts.create_user(session=db, actor=alice, email="new@northwind.example",
                             first_name="New", last_name="User", kind=USER_KIND_SUPPLIER_ADMIN)
    with pytest.raises(PermissionDenied):
        accounts.create_partner_account(session=db, actor=alice, name="Mine", tenant_name="mine")
    assert db.exec(select(User).where(User.email == "new@northwind.example")).first() is None


@pytest.mark.parametrize(
    "name, tenant_name, field",
    [
        ("Fabrikam", "Bad Name!", "tenant_name"),
        ("Fabrikam", "-fabrikam", "tenant_name"),
        ("Fabrikam", "x" * 64, "tenant_name"),
        ("Fabrikam", "", "tenant_name"),
        ("Fabrikam", "northwind", "tenant_name"),
        ("Fabrikam", " NorthWind ", "tenant_name"),
        ("  ", "fabrikam", "name"),
        ("F" * 201, "fabrikam", "name"),
    ],
    ids=["punctuation", "leading hyphen", "too long", "empty", "taken", "taken other case",
         "empty name", "long name"],
)
def test_it_validates_new_partner_accounts(db, name, tenant_name, field):
    p = personas(db)
    with pytest.raises(InvalidInput) as exc:
        accounts.create_partner_account(session=db, actor=p.actor(db, p.admin), name=name,
                                        tenant_name=tenant_name)
    assert field in exc.value.fields


def test_it_creates_a_partner_account_with_an_audit_row(db):
    p = personas(db)
    account = accounts.create_partner_account(
        session=db, actor=p.actor(db, p.admin), name=" Fabrikam ", tenant_name="Fabrikam",
        status="pending", specializations=["Cloud"],
    )
    saved = stored(db, type(account), account.id)
    assert (saved.name, saved.tenant_name, saved.status) == ("Fabrikam", "fabrikam", "pending")
    rows = [r for r in audit_rows(db, "partner_account_created") if r.object_id == str(account.id)]
    assert [r.actor_user_id for r in rows] == [p.admin.id]


# ---------------------------------------------------------------- partner explorer


def names(page) -> list[str]:
    return [r["name"] for r in page.rows]


def test_only_admins_list_partner_accounts(db):
    p = personas(db)
    for actor in (p.actor(db, p.alice), p.actor(db, p.bob), None):
        with pytest.raises(PermissionDenied):
            accounts.list_partner_accounts(session=db, actor=actor)


def test_it_filters_partner_accounts_by_status(db):
    p = personas(db)
    create_random_partner(db, status="pending", name="Waiting One")
    create_random_partner(db, status="pending", name="Waiting Two")
    create_random_partner(db, status="inactive", name="Closed")
    admin = p.actor(db, p.admin)
    page = accounts.list_partner_accounts(session=db, actor=admin, status="pending")
    assert names(page) == ["Waiting One", "Waiting Two"]
    assert {r["status"] for r in page.rows} == {"Pending"}
    assert names(accounts.list_partner_accounts(session=db, actor=admin, status="active")) == [
        "Contoso", "Northwind Traders"]
    with pytest.raises(InvalidInput):
        accounts.list_partner_accounts(session=db, actor=admin, status="Deleted")


def test_it_searches_partner_accounts_by_name_and_tenant(db):
    p = personas(db)
    create_random_partner(db, name="Northern Lights")
    admin = p.actor(db, p.admin)
    assert names(accounts.list_partner_accounts(session=db, actor=admin, search="NORTH")) == [
        "Northern Lights", "Northwind Traders"]
    assert names(accounts.list_partner_accounts(session=db, actor=admin, search="contoso")) == [
        "Contoso"]
    assert names(accounts.list_partner_accounts(session=db, actor=admin, search="partner-")) == [
        "Northern Lights"]  # its tenant name comes from the factory
    assert names(accounts.list_partner_accounts(session=db, actor=admin, search="zzz")) == []


def test_it_counts_users_per_partner_account(db):
    p = personas(db)
    rows = accounts.list_partner_accounts(session=db, actor=p.actor(db, p.admin)).rows
    expected = {
        a.name: len(db.exec(select(User).where(User.partner_account_id == a.id)).all())
        for a in (p.northwind, p.contoso)
    }
    assert {r["name"]: r["users"] for r in rows} == expected


def test_it_pages_partner_accounts_by_name(db):
    p = personas(db)
    # Six accounts, two with the same name: paging must break the tie by id.
    for name in ("Bravo", "Alpha", "Delta", "Bravo"):
        create_random_partner(db, name=name)
    admin = p.actor(db, p.admin)
    seen, cursor, pages = [], "", 0
    while True:
        page = accounts.list_partner_accounts(session=db, actor=admin, cursor=cursor, limit=2)
        pages += 1
        assert len(page.rows) <= 2
        seen.extend(page.rows)
        cursor = page.next_cursor
        if not cursor:
            break
        assert pages < 10
    everything = accounts.list_partner_accounts(session=db, actor=admin, limit=100).rows
    assert pages == 3
    assert [r["id"] for r in seen] == [r["id"] for r in everything]
    assert len({r["id"] for r in seen}) == len(everything) == 6
    assert [(r["name"], r["id"]) for r in seen] == sorted((r["name"], r["id"]) for r in seen)


@pytest.mark.parametrize("cursor", ["garbage", "|", "Bravo|notanumber", "Bravo|99999999999999999999",
                                    "Bravo\x00|1", "x" * 600])
def test_a_malformed_cursor_gives_the_first_page(db, cursor):
    p = personas(db)
    admin = p.actor(db, p.admin)
    first = accounts.list_partner_accounts(session=db, actor=admin, limit=1)
    page = accounts.list_partner_accounts(session=db, actor=admin, cursor=cursor, limit=1)
    assert page.rows == first.rows


# ---------------------------------------------------------------- dashboard


def test_dashboard_figures_count_what_exists(db, frozen_clock):
    p = personas(db)
    statuses = ["test", "inactive"]
    for status in statuses:
        create_random_partner(db, status=status)
    # Pending Partners are partner requests waiting for review, not accounts.
    for i, status in enumerate(["pending", "pending", "rejected"]):
        db.add(PartnerApplication(company_name=f"Applicant {i}", email=f"a{i}@applicant.example",
                                  first_name="A", last_name="B", status=status))
    p.alice.supplier_emails_opt_in = True
    lead_statuses = ["New", "New", "Accepted", "Closed Won", "Rejected"]
    for i, status in enumerate(lead_statuses):
        db.add(Lead(first_name=f"Lead{i}", status=status,
                    partner_account_id=p.northwind.id if i % 2 else None))
    db.add(Message(kind="popup", title="Hello partners"))
    db.commit()
    queue_email(session=db, to_email="x@example.com", template="password_reset",
                idempotency_key="old", enqueue=False, url="http://x/set-password?token=a", hours=2)
    frozen_clock.advance(days=8)
    queue_email(session=db, to_email="y@example.com", template="password_reset",
                idempotency_key="new", enqueue=False, url="http://x/set-password?token=b", hours=2)

    figures = accounts.dashboard_figures(session=db, actor=p.actor(db, p.admin))
    assert figures["active_partners"] == 2  # Northwind and Contoso
    assert figures["pending_partners"] == 2
    assert figures["test_partners"] == statuses.count("test")
    assert figures["inactive_partners"] == statuses.count("inactive")
    assert figures["partner_users"] == 3  # alice, bob, charlie
    assert figures["opted_in_users"] == 1
    assert figures["new_leads"] == lead_statuses.count("New")
    assert figures["open_leads"] == 3  # New, New, Accepted
    assert figures["unassigned_leads"] == sum(1 for i in range(len(lead_statuses)) if not i % 2)
    assert {r["status"]: r["count"] for r in figures["leads_by_status"] if r["count"]} == {
        s: lead_statuses.count(s) for s in lead_statuses}
    assert figures["messages"] == 1
    assert figures["emails_last_7_days"] == 1
    assert len(figures["recent_accounts"]) == min(5, 2 + len(statuses))


def test_dashboard_is_for_admins_only(db):
    p = personas(db)
    with pytest.raises(PermissionDenied):
        accounts.dashboard_figures(session=db, actor=p.actor(db, p.alice))


# ---------------------------------------------------------------- partner home


def add_lead(db, account, owner=None, status="New"):
    db.add(Lead(first_name="Lead", status=status, partner_account_id=account.id,
                owner_user_id=owner.id if owner else None))
    db.commit()


def test_partner_home_shows_only_the_actors_account_and_team(db):
    p = personas(db)
    home = accounts.partner_home(session=db, actor=p.actor(db, p.alice))
    assert home["account_name"] == "Northwind Traders"
    assert sorted(m["email"] for m in home["team"]) == [p.alice.email, p.bob.email]

    home = accounts.partner_home(session=db, actor=p.actor(db, p.charlie))
    assert home["account_name"] == "Contoso"
    assert [m["email"] for m in home["team"]] == [p.charlie.email]


def test_partner_home_counts_the_leads_the_actor_may_see(db):
    p = personas(db)
    add_lead(db, p.northwind, p.alice)
    add_lead(db, p.northwind, p.bob)
    add_lead(db, p.northwind, p.bob, status="Closed Won")
    add_lead(db, p.contoso, p.charlie)
    alice = accounts.partner_home(session=db, actor=p.actor(db, p.alice))
    bob = accounts.partner_home(session=db, actor=p.actor(db, p.bob))
    charlie = accounts.partner_home(session=db, actor=p.actor(db, p.charlie))
    assert (alice["new_leads"], alice["open_leads"], alice["won_leads"]) == (2, 2, 1)
    assert (bob["new_leads"], bob["open_leads"], bob["won_leads"]) == (1, 1, 1)
    assert (charlie["new_leads"], charlie["open_leads"], charlie["won_leads"]) == (1, 1, 0)


def test_partner_home_requires_a_partner(db):
    p = personas(db)
    with pytest.raises(PermissionDenied):
        accounts.partner_home(session=db, actor=p.actor(db, p.admin))


# ---------------------------------------------------------------- profile and supplier emails


def test_new_partner_users_start_opted_out_of_supplier_emails(db):
    p = personas(db)
    for user in (p.alice, p.bob, p.charlie):
        assert stored(db, User, user.id).supplier_emails_opt_in is False
        profile = accounts.get_my_profile(session=db, actor=p.actor(db, user))
        assert profile["supplier_emails_opt_in"] is False


def test_opting_in_and_out_is_recorded_with_its_source(db):
    p = personas(db)
    bob = p.actor(db, p.bob)
    assert accounts.set_supplier_emails(session=db, actor=bob, opt_in=True, source="portal_settings")
    assert stored(db, User, p.bob.id).supplier_emails_opt_in is True
    assert not accounts.set_supplier_emails(session=db, actor=bob, opt_in=False, source="email_link")
    assert stored(db, User, p.bob.id).supplier_emails_opt_in is False
    rows = db.exec(select(AuditLog).where(AuditLog.action.like("supplier_emails_%"))
                   .order_by(AuditLog.id)).all()
    assert [(r.action, r.actor_user_id, r.object_id, r.detail["source"]) for r in rows] == [
        ("supplier_emails_opt_in", p.bob.id, str(p.bob.id), "portal_settings"),
        ("supplier_emails_opt_out", p.bob.id, str(p.bob.id), "email_link"),
    ]


def test_opting_in_twice_records_one_change(db):
    p = personas(db)
    bob = p.actor(db, p.bob)
    accounts.set_supplier_emails(session=db, actor=bob, opt_in=True)
    accounts.set_supplier_emails(session=db, actor=bob, opt_in=True)
    assert len(audit_rows(db, "supplier_emails_opt_in")) == 1


def test_admins_have_no_supplier_email_choice(db):
    p = personas(db)
    with pytest.raises(PermissionDenied):
        accounts.set_supplier_emails(session=db, actor=p.actor(db, p.admin), opt_in=True)
    assert audit_rows(db, "supplier_emails_opt_in") == []


def test_it_updates_the_own_profile_only(db):
    p = personas(db)
    accounts.update_my_profile(session=db, actor=p.actor(db, p.bob), first_name=" Robert ",
                               last_name="Baker")
    assert stored(db, User, p.bob.id).full_name == "Robert Baker"
    assert stored(db, User, p.alice.id).first_name == p.alice.first_name
    with pytest.raises(InvalidInput) as exc:
        accounts.update_my_profile(session=db, actor=p.actor(db, p.bob), first_name=" ",
                                   last_name="Baker")
    assert "first_name" in exc.value.fields
    assert stored(db, User, p.bob.id).first_name == "Robert"


def test_recent_accounts_are_newest_first(db, frozen_clock):
    p = personas(db)
    frozen_clock.advance(minutes=1)
    newest = create_random_partner(db, name="Newest")
    figures = accounts.dashboard_figures(session=db, actor=p.actor(db, p.admin))
    assert figures["recent_accounts"][0]["id"] == newest.id
