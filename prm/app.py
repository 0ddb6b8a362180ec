"""The Reflex app: every page with its on_load guard, the API routes and the job worker."""

from __future__ import annotations

import logging
import os

import reflex as rx

from admin.dashboard.page import dashboard_page
from admin.dashboard.state import DashboardState
from admin.email_detail.page import email_detail_page
from admin.email_detail.state import EmailDetailState
from admin.email_suppressions.page import suppressions_page
from admin.email_suppressions.state import SuppressionsState
from admin.groups.page import groups_page
from admin.groups.state import GroupsState
from admin.integrations.page import integrations_page
from admin.integrations.state import IntegrationsState
from admin.invitation_import.page import invitation_import_page
from admin.invitation_import.state import InvitationImportState
from admin.invitations.page import invitations_page
from admin.invitations.state import InvitationsState
from admin.lead_detail.page import admin_lead_detail_page
from admin.lead_detail.state import AdminLeadDetailState
from admin.lead_import.page import lead_import_page
from admin.lead_import.state import LeadImportState
from admin.lead_routing.page import lead_routing_page
from admin.lead_routing.state import RoutingRulesState
from admin.lead_settings.page import lead_settings_page
from admin.lead_settings.state import LeadSettingsState
from admin.leads.page import admin_leads_page
from admin.leads.state import AdminLeadsState
from admin.message_detail.page import message_detail_page
from admin.message_detail.state import MessageDetailState
from admin.messages.page import messages_page
from admin.messages.state import MessagesState
from admin.outbox.page import outbox_page
from admin.outbox.state import OutboxState
from admin.partners.page import partners_page
from admin.partners.state import PartnerExplorerState
from admin.pending.page import pending_partners_page
from admin.pending.state import PendingPartnersState
from admin.registrations.page import registrations_page
from admin.registrations.state import RegistrationsState
from admin.settings.page import admin_settings_page
from admin.settings.state import AdminSettingsState
from admin.system_messaging.page import system_messaging_page
from admin.system_messaging.state import SystemMessagingState
from admin.terms.page import terms_settings_page
from admin.terms.state import TermsSettingsState
from admin.webhook_deliveries.page import webhook_deliveries_page
from admin.webhook_deliveries.state import DeliveryLogState
from jobs.queues import start_embedded_worker
from portal.home.page import portal_home_page
from portal.home.state import PortalHomeState
from portal.lead_detail.page import portal_lead_detail_page
from portal.lead_detail.state import PortalLeadDetailState
from portal.leads.page import distributed_leads_page, portal_leads_page, registered_leads_page
from portal.leads.state import DistributedLeadsState, PortalLeadsState, RegisteredLeadsState
from portal.messages.page import message_center_page
from portal.messages.state import MessageCenterState
from portal.partnership.page import partnership_page
from portal.partnership.state import PartnershipState
from portal.register.page import register_page
from portal.register.state import RegisterState
from portal.settings.page import portal_settings_page
from portal.settings.state import PortalSettingsState
from portal.terms.page import terms_page
from portal.terms.state import TermsState
from prm.account.page import (
    admin_login_page,
    forgot_password_page,
    portal_login_page,
    set_password_page,
)
from prm.account.state import ForgotPasswordState, LoginState, SetPasswordState
from prm.api import api
from prm.settings import get_settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
get_settings()  # refuse to start with unsafe settings


def index() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.heading("Partner Hub", size="8"),
            rx.text("Where suppliers and their channel partners work together.", color_scheme="gray"),
            rx.hstack(
                rx.link(rx.button("Supplier admin console", size="3"), href="/admin"),
                rx.link(rx.button("Partner portal", size="3", variant="soft"), href="/portal"),
                spacing="3",
            ),
            spacing="4",
            align="center",
        ),
        min_height="100vh",
    )


async def _start_jobs():
    start_embedded_worker()


app = rx.App(
    stylesheets=["/styles.css"],
    api_transformer=api,
)
app.register_lifespan_task(_start_jobs)

app.add_page(index, route="/", title="Partner Hub")
app.add_page(admin_login_page, route="/admin/login", title="Log in · Admin", on_load=LoginState.load)
app.add_page(portal_login_page, route="/portal/login", title="Log in · Partner Portal",
             on_load=LoginState.load)
app.add_page(forgot_password_page, route="/admin/forgot-password", title="Reset password",
             on_load=ForgotPasswordState.load)
app.add_page(forgot_password_page, route="/portal/forgot-password", title="Reset password",
             on_load=ForgotPasswordState.load)
app.add_page(set_password_page, route="/set-password", title="Set your password",
             on_load=SetPasswordState.load)

app.add_page(register_page, route="/register", title="Submit Your Application",
             on_load=RegisterState.load)
app.add_page(register_page, route="/portal/register", title="Become a partner",
             on_load=RegisterState.load)

app.add_page(dashboard_page, route="/admin", title="Dashboard · Admin", on_load=DashboardState.load)
app.add_page(partners_page, route="/admin/partners", title="Partner Explorer · Admin",
             on_load=PartnerExplorerState.load)
app.add_page(pending_partners_page, route="/admin/pending-partners", title="Pending Partners · Admin",
             on_load=PendingPartnersState.load)
app.add_page(invitations_page, route="/admin/invitations", title="Invitations · Admin",
             on_load=InvitationsState.load)
app.add_page(invitation_import_page, route="/admin/invitations/import",
             title="Import Invitations · Admin", on_load=InvitationImportState.load)
app.add_page(admin_leads_page, route="/admin/leads", title="Leads · Admin", on_load=AdminLeadsState.load)
app.add_page(lead_import_page, route="/admin/leads/import", title="Upload Leads · Admin",
             on_load=LeadImportState.load)
app.add_page(admin_lead_detail_page, route="/admin/leads/view", title="Lead · Admin",
             on_load=AdminLeadDetailState.load)
app.add_page(registrations_page, route="/admin/leads/registrations", title="Registrations · Admin",
             on_load=RegistrationsState.load)
app.add_page(lead_routing_page, route="/admin/leads/routing", title="Routing Rules · Admin",
             on_load=RoutingRulesState.load)
app.add_page(lead_settings_page, route="/admin/leads/settings", title="Lead Settings · Admin",
             on_load=LeadSettingsState.load)
app.add_page(integrations_page, route="/admin/integrations", title="Integrations · Admin",
             on_load=IntegrationsState.load)
app.add_page(webhook_deliveries_page, route="/admin/integrations/deliveries",
             title="Webhook Deliveries · Admin", on_load=DeliveryLogState.load)
app.add_page(admin_settings_page, route="/admin/settings", title="Settings · Admin",
             on_load=AdminSettingsState.load)
app.add_page(messages_page, route="/admin/messages", title="Messages · Admin", on_load=MessagesState.load)
app.add_page(message_detail_page, route="/admin/messages/view", title="Message · Admin",
             on_load=MessageDetailState.load)
app.add_page(email_detail_page, route="/admin/messages/email", title="Email · Admin",
             on_load=EmailDetailState.load)
app.add_page(suppressions_page, route="/admin/messages/suppressions", title="Email Suppressions · Admin",
             on_load=SuppressionsState.load)
app.add_page(groups_page, route="/admin/groups", title="Partner Groups · Admin", on_load=GroupsState.load)
app.add_page(system_messaging_page, route="/admin/settings/system-messaging",
             title="System Messaging · Admin", on_load=SystemMessagingState.load)
app.add_page(terms_settings_page, route="/admin/settings/terms", title="Terms & Conditions · Admin",
             on_load=TermsSettingsState.load)
app.add_page(outbox_page, route="/admin/outbox", title="Outbox · Admin", on_load=OutboxState.load)

app.add_page(portal_home_page, route="/portal", title="Home · Partner Portal",
             on_load=PortalHomeState.load)  # the Terms gate, wizard resume and pop-ups included
app.add_page(partnership_page, route="/portal/partnerships/view", title="Partnership · Partner Portal",
             on_load=PartnershipState.load)  # with the Terms gate
app.add_page(portal_leads_page, route="/portal/leads", title="Leads · Partner Portal",
             on_load=PortalLeadsState.load)  # with the Terms gate and pop-ups
app.add_page(distributed_leads_page, route="/portal/leads/distributed",
             title="Distributed Leads · Partner Portal",
             on_load=DistributedLeadsState.load)  # with the Terms gate and pop-ups
app.add_page(registered_leads_page, route="/portal/leads/registered",
             title="Registered Leads · Partner Portal",
             on_load=RegisteredLeadsState.load)  # with the Terms gate and pop-ups
app.add_page(message_center_page, route="/portal/messages", title="Message Center · Partner Portal",
             on_load=MessageCenterState.load)  # with the Terms gate and pop-ups
app.add_page(portal_lead_detail_page, route="/portal/leads/view", title="Lead · Partner Portal",
             on_load=PortalLeadDetailState.load)  # with the Terms gate
app.add_page(terms_page, route="/portal/terms", title="Terms & Conditions · Partner Portal",
             on_load=TermsState.load)
app.add_page(portal_settings_page, route="/portal/settings", title="Settings · Partner Portal",
             on_load=PortalSettingsState.load)  # with the Terms gate and pop-ups

if os.environ.get("PRM_BENCH_PAGES") == "1":  # benchmark 4's baseline page (bench/counter_page.py)
    from bench.counter_page import add_bench_pages

    add_bench_pages(app)
