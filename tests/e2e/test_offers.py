"""Partnership offers in the browser (seed 003): alice (Northwind) walks every path of the Add
Customer wizard and sends an offer to contoso; charlie (Contoso) accepts it; both see each
other's business tiles; a modification waits for the other side's confirmation; an offer from
Fabrikam is declined with a reason."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import DEMO_PASSWORD, login, shot, wait_loaded

MESSAGE = "Let's serve your retail customers together: we bring cloud security, you bring the network."


def _portal(browser, base_url, email, width=1280):
    page = browser.new_context(base_url=base_url, viewport={"width": width, "height": 860}).new_page()
    login(page, "portal", email, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    return page


def _wizard(page):
    return page.locator("#add-customer-wizard")


def _step(page, title: str, n: int):
    w = _wizard(page)
    expect(w.locator("#wizard-step-title")).to_have_text(title)
    expect(w.locator("#wizard-step-of")).to_have_text(f"Step {n} of 5")


def _card(page, name: str):
    return page.locator(".partner-card").filter(has=page.locator(".partner-card-name", has_text=re.compile(f"^{name}$")))


def test_the_add_customer_wizard_walked_through_every_path(browser, base_url):
    alice = _portal(browser, base_url, "alice@northwind.example")
    alice.get_by_role("button", name="Add Customer").click()
    w = _wizard(alice)
    _step(alice, "Introduction", 1)
    expect(w.locator("#wizard-completed-count")).to_have_text("0")
    expect(w.get_by_role("list", name="Process flow")).to_contain_text("Assign Partner Manager")
    shot(alice, "portal_offer_wizard_intro")

    # The information area collapses and comes back.
    expect(w.locator("#wizard-info")).to_be_visible()
    w.get_by_role("button", name="Collapse information").click()
    expect(w.locator("#wizard-info")).to_have_count(0)
    w.get_by_role("button", name="Restore information").click()
    expect(w.locator("#wizard-info")).to_contain_text("collapse")

    # Customer Details: Next Step stays disabled until all three fields are filled and valid.
    w.get_by_role("button", name="Next Step").click()
    _step(alice, "Customer Details", 2)
    next_step = w.get_by_role("button", name="Next Step")
    expect(next_step).to_be_disabled()
    w.get_by_label("Customer's Tenant Name").fill("contoso")
    w.get_by_label("Customer's Contact Email").fill("charlie@")
    w.get_by_label("Message to Customer").fill("x" * 620)
    expect(w.locator("#offer-message-count")).to_have_text("500/500")  # the field stops at 500
    expect(w.get_by_text("Enter one valid email address.")).to_be_visible()
    expect(next_step).to_be_disabled()
    w.get_by_label("Customer's Contact Email").fill("charlie@contoso.example")
    expect(next_step).to_be_enabled()
    w.get_by_label("Message to Customer").fill("")
    expect(next_step).to_be_disabled()
    w.get_by_label("Message to Customer").fill(MESSAGE)
    expect(w.locator("#offer-message-count")).to_have_text(f"{len(MESSAGE)}/500")
    shot(alice, "portal_offer_wizard_details")
    next_step.click()

    # Assign Contacts: at least one; Search finds contacts by name; selected bands highlighted.
    _step(alice, "Assign Contacts", 3)
    expect(next_step).to_be_disabled()
    w.get_by_label("Search").fill("bob")
    expect(w.get_by_role("checkbox")).to_have_count(1)
    bob = w.get_by_role("checkbox", name="Bob Baker")
    bob.click()
    expect(bob).to_have_attribute("aria-checked", "true")
    expect(next_step).to_be_enabled()
    shot(alice, "portal_offer_wizard_contacts")

    # Previous Step keeps what was entered.
    w.get_by_role("button", name="Previous Step").click()
    _step(alice, "Customer Details", 2)
    expect(w.get_by_label("Customer's Tenant Name")).to_have_value("contoso")
    next_step.click()
    _step(alice, "Assign Contacts", 3)
    expect(w.get_by_role("checkbox", name="Bob Baker")).to_have_attribute("aria-checked", "true")
    next_step.click()

    # Assign Partner Manager: alice is pre-selected and cannot be unselected.
    _step(alice, "Assign Partner Manager", 4)
    me = w.get_by_role("checkbox", name="Alice Anders")
    expect(me).to_have_attribute("aria-checked", "true")
    expect(me).to_have_attribute("aria-disabled", "true")
    me.click(force=True)  # a click does not unselect it
    expect(me).to_have_attribute("aria-checked", "true")
    shot(alice, "portal_offer_wizard_managers")

    # The Completed dropdown lists the finished steps and returns to one.
    expect(w.locator("#wizard-completed-count")).to_have_text("3")
    w.get_by_role("button", name="Completed steps").click()
    alice.get_by_role("menuitem", name="Customer Details").click()
    _step(alice, "Customer Details", 2)

    # A reload mid-wizard reopens it where it was.
    alice.reload()
    wait_loaded(alice)
    _step(alice, "Customer Details", 2)
    expect(w.get_by_label("Message to Customer")).to_have_value(MESSAGE)
    next_step.click()
    _step(alice, "Assign Contacts", 3)
    next_step.click()
    _step(alice, "Assign Partner Manager", 4)
    next_step.click()  # sends the offer

    _step(alice, "Summary", 5)
    expect(w.locator("#offer-sent")).to_have_text("If this tenant exists, your offer has been sent.")
    shot(alice, "portal_offer_wizard_summary")
    w.get_by_role("button", name="Close").click()
    expect(w).to_have_count(0)
    card = _card(alice, "contoso")
    expect(card).to_contain_text("Open")
    expect(card).to_contain_text("1Contacts")
    expect(card).to_contain_text("1Managers")

    # Cancel, and the Introduction switched off: the wizard then opens at Customer Details.
    alice.get_by_role("button", name="Add Customer").click()
    _step(alice, "Introduction", 1)
    w.get_by_label("Show every time you use this wizard").click()
    expect(w.get_by_label("Show every time you use this wizard")).to_have_attribute("aria-checked", "false")
    w.get_by_role("button", name="Cancel").click()
    expect(w).to_have_count(0)
    alice.reload()
    wait_loaded(alice)
    expect(w).to_have_count(0)  # cancelled: nothing to resume
    alice.get_by_role("button", name="Add Customer").click()
    _step(alice, "Customer Details", 2)
    expect(w.get_by_label("Customer's Tenant Name")).to_have_value("")
    # A second open offer to the same tenant is refused clearly.
    w.get_by_label("Customer's Tenant Name").fill("contoso")
    w.get_by_label("Customer's Contact Email").fill("charlie@contoso.example")
    w.get_by_label("Message to Customer").fill("Again")
    w.get_by_role("button", name="Next Step").click()
    w.get_by_role("checkbox", name="Bob Baker").click()
    w.get_by_role("button", name="Next Step").click()
    w.get_by_role("button", name="Next Step").click()
    expect(w.get_by_role("alert").first).to_contain_text("already have an open offer")
    w.get_by_role("button", name="Cancel").click()
    expect(alice.locator(".partner-card")).to_have_count(1)

    # Alice edits Northwind's business tile in Settings > Company Profile.
    alice.goto("/portal/settings")
    wait_loaded(alice)
    alice.get_by_label("Services").fill("Cloud migration, Zero Trust workshops")
    alice.get_by_role("button", name="Save Company Profile").click()
    expect(alice.get_by_text("Company Profile saved.")).to_be_visible()
    shot(alice, "portal_settings_company_profile")

    # Contoso's partner admin sees the offer: Open, 0 contacts, 0 managers, and accepts it.
    charlie = _portal(browser, base_url, "charlie@contoso.example")
    offer = _card(charlie, "Northwind Traders")
    expect(offer).to_contain_text("Open")
    expect(offer).to_contain_text("0Contacts")
    expect(offer).to_contain_text("0Managers")
    shot(charlie, "portal_offer_received")
    offer.get_by_role("button", name="Respond to Offer").click()
    wait_loaded(charlie)
    expect(charlie.locator("#partnership-message")).to_have_text(MESSAGE)
    expect(charlie.locator("#business-tile")).to_have_count(0)
    charlie.get_by_role("button", name="Accept").click()
    charlie.locator("#choose-contacts").get_by_role("checkbox", name="Charlie Chen").click()
    expect(charlie.locator("#choose-managers").get_by_role("checkbox", name="Charlie Chen")) \
        .to_have_attribute("aria-checked", "true")
    charlie.get_by_role("button", name="Accept Offer").click()
    expect(charlie.get_by_text("You accepted the partnership offer.")).to_be_visible()
    tile = charlie.locator("#business-tile")
    expect(tile).to_contain_text("Northwind Traders")
    expect(tile).to_contain_text("Cloud migration, Zero Trust workshops")
    expect(tile).to_contain_text("Bob Baker")
    shot(charlie, "portal_partnership_accepted")

    # Alice now sees Contoso by name, Accepted, with its business tile.
    alice.goto("/portal")
    wait_loaded(alice)
    card = _card(alice, "Contoso")
    expect(card).to_contain_text("Accepted")
    card.get_by_role("button", name="View Details").click()
    wait_loaded(alice)
    expect(alice.locator("#business-tile")).to_contain_text("SD-WAN")

    # Alice modifies the details; Contoso sees Modified and must confirm before it takes effect.
    alice.get_by_role("button", name="Modify Partnership Details").click()
    alice.locator("#choose-managers").get_by_role("checkbox", name="Bob Baker").click()
    alice.get_by_label("Message to Customer").fill("Updated: we also cover managed Wi-Fi support.")
    alice.get_by_role("button", name="Save Changes").click()
    expect(alice.get_by_text("Your changes were sent.")).to_be_visible()
    expect(alice.get_by_text("Your changes wait for the other side to confirm them.")).to_be_visible()
    expect(alice.locator("#partnership-message")).to_have_text(MESSAGE)
    charlie.goto("/portal")
    wait_loaded(charlie)
    changed = _card(charlie, "Northwind Traders")
    expect(changed).to_contain_text("Modified")
    changed.get_by_role("button", name="Review Changes").click()
    wait_loaded(charlie)
    expect(charlie.locator("#pending-managers")).to_contain_text("Bob Baker")
    shot(charlie, "portal_partnership_modified")
    charlie.get_by_role("button", name="Confirm Changes").click()
    expect(charlie.get_by_text("The changes are confirmed and now in effect.")).to_be_visible()
    expect(charlie.locator("#partnership-message")).to_have_text("Updated: we also cover managed Wi-Fi support.")
    expect(charlie.locator("#their-managers")).to_contain_text("Bob Baker")


def test_an_offer_declined_with_a_reason(browser, base_url, app_db):
    # Dana works on a phone: the wizard stacks its information area above the content.
    dana = _portal(browser, base_url, "dana@fabrikam.example", width=390)
    dana.get_by_role("button", name="Add Customer").click()
    w = _wizard(dana)
    shot(dana, "portal_offer_wizard_phone")
    w.get_by_role("button", name="Next Step").click()
    w.get_by_label("Customer's Tenant Name").fill("northwind")
    w.get_by_label("Customer's Contact Email").fill("alice@northwind.example")
    w.get_by_label("Message to Customer").fill("Test tenant offering a pilot.")
    w.get_by_role("button", name="Next Step").click()
    w.get_by_role("checkbox", name="Dana Diaz").click()
    w.get_by_role("button", name="Next Step").click()
    w.get_by_role("button", name="Next Step").click()
    expect(w.locator("#offer-sent")).to_have_text("If this tenant exists, your offer has been sent.")
    w.get_by_role("button", name="Close").click()

    alice = _portal(browser, base_url, "alice@northwind.example")
    offer = _card(alice, re.escape("Fabrikam (Test)"))
    offer.get_by_role("button", name="Respond to Offer").click()
    wait_loaded(alice)
    alice.get_by_role("button", name="Decline").click()
    alice.get_by_label("Reason (optional)").fill("We only partner with production tenants.")
    shot(alice, "portal_offer_decline")
    alice.get_by_role("button", name="Decline Offer").click()
    expect(alice.get_by_text("You declined the partnership offer.")).to_be_visible()

    dana.reload()
    wait_loaded(dana)
    card = _card(dana, "northwind")
    expect(card).to_contain_text("Declined")
    card.get_by_role("button", name="View Details").click()
    wait_loaded(dana)
    expect(dana.get_by_text("Reason for declining: We only partner with production tenants.")).to_be_visible()
    expect(dana.locator("#partnership-name")).to_have_text("northwind")  # never the company's name
    shot(dana, "portal_offer_declined")

    # Another tenants' partnership, asked for by its id, is simply not found.
    from sqlmodel import select

    from models.offers import Partnership

    theirs = app_db.exec(select(Partnership).where(Partnership.customer_tenant_name == "contoso")).first()
    assert theirs is not None
    dana.goto(f"/portal/partnerships/view?id={theirs.id}")
    wait_loaded(dana)
    expect(dana.get_by_role("heading", name="Partnership not found")).to_be_visible()
    expect(dana.get_by_text("Northwind Traders")).to_have_count(0)
