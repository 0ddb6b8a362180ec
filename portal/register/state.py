"""Registration: the page an invitation link opens (/register?invitation=…) and
self-registration (/portal/register). Opening the page changes nothing: the person submits
or declines."""

from __future__ import annotations

import reflex as rx

from prm.db import session_scope
from services.errors import InvalidInput, InvalidToken
from services.recruitment import (
    decline_invitation,
    registration_form,
    request_new_invitation,
    submit_application,
)


class RegisterState(rx.State):
    loaded: bool = False
    program_name: str = ""
    supplier_name: str = ""
    invited: bool = False
    invalid: str = ""  # why the invitation link cannot be used
    company_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    custom_fields: list[dict[str, str]] = []
    custom_values: dict[str, str] = {}
    error: str = ""
    field_errors: dict[str, str] = {}
    outcome: str = ""  # "", activated, pending, declined
    request_sent: bool = False
    request_error: str = ""
    request_errors: dict[str, str] = {}
    busy: bool = False

    def _token(self) -> str:
        return str(self.router.url.query_parameters.get("invitation", ""))[:200]

    @rx.event
    def load(self):
        self.error, self.field_errors, self.outcome, self.invalid = "", {}, "", ""
        self.request_sent, self.request_error, self.request_errors, self.busy = False, "", {}, False
        token = self._token()
        self.invited = bool(token) and not self.router.url.path.startswith("/portal")
        try:
            with session_scope() as session:
                form = registration_form(session=session, token=token if self.invited else "")
        except InvalidToken as exc:
            with session_scope() as session:
                form = registration_form(session=session)
            self.invalid = str(exc)
        self.program_name, self.supplier_name = form["program_name"], form["supplier_name"]
        self.company_name, self.email = form["company_name"], form["email"]
        self.first_name, self.last_name = form["first_name"], form["last_name"]
        self.custom_fields = [{"key": f["key"], "label": f["label"],
                               "required": "1" if f.get("required") else ""}
                              for f in form["custom_fields"]]
        self.custom_values = {k: str(v) for k, v in form["values"].items()}
        self.loaded = True

    @rx.event
    def submit(self, form_data: dict):
        if self.invalid:
            return
        self.busy = True
        try:
            with session_scope() as session:
                result = submit_application(
                    session=session,
                    token=self._token() if self.invited else "",
                    company_name=str(form_data.get("company_name", "")),
                    # An invitation is addressed to one email: the form shows it read-only.
                    email=self.email if self.invited else str(form_data.get("email", "")),
                    first_name=str(form_data.get("first_name", "")),
                    last_name=str(form_data.get("last_name", "")),
                    custom_fields={k[len("custom_"):]: v for k, v in form_data.items()
                                   if k.startswith("custom_")},
                )
        except InvalidInput as exc:
            self.error, self.field_errors, self.busy = str(exc), exc.fields, False
            return
        except InvalidToken as exc:
            self.invalid, self.busy = str(exc), False
            return
        self.email = result["email"]
        self.outcome, self.error, self.field_errors, self.busy = result["outcome"], "", {}, False

    @rx.event
    def decline(self):
        try:
            with session_scope() as session:
                decline_invitation(session=session, token=self._token())
        except InvalidToken as exc:
            self.invalid = str(exc)
            return
        self.outcome = "declined"

    @rx.event
    def ask_for_invitation(self, form_data: dict):
        try:
            with session_scope() as session:
                request_new_invitation(session=session, email=str(form_data.get("email", "")),
                                       message=str(form_data.get("message", "")))
        except InvalidInput as exc:
            self.request_error, self.request_errors = str(exc), exc.fields
            return
        self.request_sent, self.request_error, self.request_errors = True, "", {}
