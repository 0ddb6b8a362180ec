"""The shared text checks, through the services that use them: nothing a form can send makes
the database fail, and every refusal names its field."""

from __future__ import annotations

import pytest

from services.accounts import (
    create_partner_account,
    create_user,
    get_my_profile,
    list_partner_accounts,
    update_my_profile,
    update_program_settings,
)
from services.auth import change_password
from services.errors import InvalidInput, PermissionDenied
from tests.factories import create_random_partner, personas


@pytest.mark.parametrize("bad", ["North\x00wind", "North\nwind", "x" * 201])
def test_partner_account_names_with_control_characters_or_too_long_are_refused(db, bad):
    with pytest.raises(InvalidInput) as exc:
        create_partner_account(session=db, actor=None, name=bad, tenant_name="fine-name")
    assert "name" in exc.value.fields


@pytest.mark.parametrize("field,value", [
    ("tier", "t" * 41), ("geography", "g" * 81), ("email_domain", "d" * 254), ("tier", "Go\x00ld"),
])
def test_other_partner_account_fields_are_checked_too(db, field, value):
    with pytest.raises(InvalidInput) as exc:
        create_partner_account(session=db, actor=None, name="Fine", tenant_name="fine",
                               **{field: value})
    assert field in exc.value.fields


def test_every_bad_field_of_a_new_user_is_reported_at_once(db):
    account = create_random_partner(db)
    with pytest.raises(InvalidInput) as exc:
        create_user(session=db, actor=None, email="not-an-email", first_name="A\x00",
                    last_name="B", kind="partner", partner_account_id=account.id,
                    partner_role="partner_user", password="short")
    assert {"email", "first_name", "password"} <= set(exc.value.fields)


def test_profile_and_settings_refuse_nul_bytes_with_a_field_error(db):
    p = personas(db)
    with pytest.raises(InvalidInput) as exc:
        update_my_profile(session=db, actor=p.actor(db, p.alice), first_name="Al\x00ice",
                          last_name="A")
    assert "first_name" in exc.value.fields
    with pytest.raises(InvalidInput) as exc:
        update_program_settings(session=db, actor=p.actor(db, p.admin), program_name="P\x00",
                                supplier_name="S", support_email="x\x00@acme.example")
    assert {"program_name", "support_email"} <= set(exc.value.fields)


def test_search_matches_wildcards_literally_and_ignores_nul_bytes(db):
    p = personas(db)
    admin = p.actor(db, p.admin)
    create_random_partner(db, name="A_B Networks")
    create_random_partner(db, name="AxB Networks")
    names = [r["name"] for r in list_partner_accounts(session=db, actor=admin, search="a_b").rows]
    assert names == ["A_B Networks"]
    assert [r["name"] for r in list_partner_accounts(session=db, actor=admin, search="100%").rows] == []
    names = [r["name"] for r in list_partner_accounts(session=db, actor=admin, search="north\x00").rows]
    assert names == ["Northwind Traders"]


def test_self_service_without_a_user_is_refused(db):
    with pytest.raises(PermissionDenied):
        get_my_profile(session=db, actor=None)
    with pytest.raises(PermissionDenied):
        update_my_profile(session=db, actor=None, first_name="A", last_name="B")
    with pytest.raises(PermissionDenied):
        change_password(session=db, actor=None, current="x", password="y" * 10, confirm="y" * 10)
