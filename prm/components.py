"""Shared building blocks: headers, stat cards, labelled fields, tables, pagers."""

from __future__ import annotations

import reflex as rx

ACCENT = "indigo"


def page_header(title: str, subtitle: str = "", *actions) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.heading(title, size="7", weight="bold", as_="h1"),
            rx.cond(subtitle != "", rx.text(subtitle, color_scheme="gray", size="3")),
            spacing="1",
        ),
        rx.spacer(),
        rx.hstack(*actions, spacing="2"),
        width="100%",
        align="end",
        wrap="wrap",
        spacing="3",
        margin_bottom="1.5rem",
    )


def stat_card(label: str, value, hint: str = "", icon: str = "activity") -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.vstack(
                rx.text(label, size="2", color_scheme="gray", weight="medium"),
                rx.heading(value, size="8", weight="bold"),
                rx.cond(hint != "", rx.text(hint, size="1", color_scheme="gray")),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.box(
                rx.icon(icon, size=20),
                padding="0.6rem",
                border_radius="10px",
                background=rx.color(ACCENT, 3),
                color=rx.color(ACCENT, 11),
            ),
            width="100%",
            align="start",
        ),
        size="2",
        width="100%",
    )


def field(label: str, control: rx.Component, field_id: str, error=None, hint: str = "") -> rx.Component:
    """A visible <label for=…> tied to its input, with the field's error under it."""
    children = [
        rx.el.label(label, html_for=field_id, class_name="prm-label"),
        control,
    ]
    if hint:
        children.append(rx.text(hint, size="1", color_scheme="gray"))
    if error is not None:
        children.append(
            rx.cond(error != "", rx.text(error, size="2", color_scheme="red", role="alert"))
        )
    return rx.vstack(*children, spacing="1", width="100%", align="stretch")


def text_input(field_id: str, name: str | None = None, **props) -> rx.Component:
    return rx.input(id=field_id, name=name or field_id, **{"size": "3", "width": "100%", **props})


def error_callout(message) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle_alert", color_scheme="red", role="alert", width="100%"),
    )


def info_callout(message) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(message, icon="info", color_scheme="green", role="status", width="100%"),
    )


def _status_color(status):
    return rx.match(
        status,
            ("Active", "green"),
            ("Sent", "green"),
            ("Delivered", "green"),
            ("Accepted", "green"),
            ("Closed Won", "green"),
            ("Qualified", "teal"),
            ("Contacted", "cyan"),
            ("Converted to Opportunity", "teal"),
            ("Pending", "amber"),
            ("Queued", "amber"),
            ("Sending", "amber"),
            ("Retrying", "orange"),
            ("Delivering", "amber"),
            ("Revoked", "gray"),
            ("New", "blue"),
            ("Pending Approval", "amber"),
            ("Approved", "green"),
            ("Draft", "gray"),
            ("Test", "violet"),
            ("Inactive", "gray"),
            ("Failed", "red"),
            ("Rejected", "red"),
            ("Closed Lost", "red"),
            ("Recalled", "orange"),
            ("Open", "blue"),
            ("Published", "green"),
            ("Scheduled", "amber"),
            ("Declined", "red"),
            ("Modified", "amber"),
        "gray",
    )


def status_badge(status) -> rx.Component:
    return rx.badge(status, color_scheme=_status_color(status), variant="soft", radius="full")


def status_pill(status) -> rx.Component:
    """status_badge drawn as a plain <span> with Radix Themes' badge classes: the same look,
    one DOM element instead of a Radix component, for long lists whose rows all re-render on
    each page change (bench 4)."""
    return rx.el.span(status, class_name="rt-reset rt-Badge rt-r-size-1 rt-variant-soft",
                      data_accent_color=_status_color(status), data_radius="full")


def data_table(headers: list[str], rows, render_row, empty: str, loaded=True) -> rx.Component:
    return rx.box(
        rx.table.root(
            rx.table.header(
                rx.table.row(*[rx.table.column_header_cell(h) for h in headers])
            ),
            rx.table.body(rx.foreach(rows, render_row)),
            variant="surface",
            size="2",
            width="100%",
        ),
        rx.cond(
            loaded & (rows.length() == 0),
            rx.center(rx.text(empty, color_scheme="gray"), padding="2.5rem"),
        ),
        width="100%",
        overflow_x="auto",
    )


def pager(has_prev, has_next, on_prev, on_next) -> rx.Component:
    return rx.hstack(
        rx.button(rx.icon("chevron_left", size=16), "Previous", variant="soft",
                  disabled=~has_prev, on_click=on_prev),
        rx.button("Next", rx.icon("chevron_right", size=16), variant="soft",
                  disabled=~has_next, on_click=on_next),
        justify="end",
        width="100%",
        margin_top="1rem",
    )


def loaded_marker(loaded) -> rx.Component:
    """Tests wait for this before asserting on data (the prerendered page shows defaults)."""
    return rx.cond(loaded, rx.el.span(data_loaded="true", id="page-loaded", display="none"))


def nav_tabs(tabs: list[tuple[str, str]], active: str, aria_label: str) -> rx.Component:
    """Links drawn as tabs: (label, href) pairs, the active one underlined."""
    return rx.hstack(
        *[
            rx.link(
                label, href=href, underline="none", size="2", weight="medium", padding="0.5rem 0.9rem",
                white_space="nowrap",
                color=rx.color(ACCENT, 11) if label == active else rx.color("gray", 11),
                border_bottom=f"2px solid {rx.color(ACCENT, 9)}" if label == active else "2px solid transparent",
                aria_current="page" if label == active else None,
            )
            for label, href in tabs
        ],
        spacing="1",
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        overflow_x="auto",
        margin_bottom="1rem",
        role="navigation",
        aria_label=aria_label,
    )


def explorer_tabs(active: str) -> rx.Component:
    """Partner Explorer's tabs: Partner Accounts and Invited (seed 000: Communications >
    Invitations opens the Invited tab)."""
    tabs = [("Partner Accounts", "/admin/partners"), ("Invited", "/admin/invitations"),
            ("Pending Partners", "/admin/pending-partners")]
    return rx.hstack(
        *[
            rx.link(
                label,
                href=href,
                underline="none",
                size="2",
                weight="medium",
                padding="0.5rem 0.9rem",
                color=rx.color(ACCENT, 11) if label == active else rx.color("gray", 11),
                border_bottom=f"2px solid {rx.color(ACCENT, 9)}" if label == active else "2px solid transparent",
                aria_current="page" if label == active else None,
            )
            for label, href in tabs
        ],
        spacing="1",
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        margin_bottom="1rem",
    )


def leads_tabs(active: str, on_all=None, on_unassigned=None) -> rx.Component:
    """Leads' tabs: All Leads, Unassigned (the queue routing could not place), Registrations
    (partners' registered leads waiting for a decision), Routing Rules,
    Lead Settings (the acceptance window and reminders).
    On the Leads page the first two are buttons that switch its filter."""

    def pick(label: str, yes, no):
        on = active == label  # a bool, or a Var when the page's state decides
        return (yes if on else no) if isinstance(on, bool) else rx.cond(on, yes, no)

    def tab(label: str, href: str, handler):
        style = dict(padding="0.5rem 0.9rem",
                     color=pick(label, rx.color(ACCENT, 11), rx.color("gray", 11)),
                     border_bottom=pick(label, f"2px solid {rx.color(ACCENT, 9)}", "2px solid transparent"),
                     aria_current=pick(label, "page", "false"))
        if handler is not None:
            return rx.el.button(rx.text(label, size="2", weight="medium"), on_click=handler, type="button",
                                background="none", border_top="none", border_left="none",
                                border_right="none", border_radius="0", cursor="pointer", **style)
        return rx.link(label, href=href, underline="none", size="2", weight="medium", **style)

    return rx.hstack(
        tab("All Leads", "/admin/leads", on_all),
        tab("Unassigned", "/admin/leads?view=unassigned", on_unassigned),
        tab("Registrations", "/admin/leads/registrations", None),
        tab("Routing Rules", "/admin/leads/routing", None),
        tab("Lead Settings", "/admin/leads/settings", None),
        spacing="1",
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        overflow_x="auto",
        white_space="nowrap",
        margin_bottom="1rem",
    )


def lead_facts(lead) -> rx.Component:
    """The lead's details, as both consoles show them."""

    def fact(label: str, value) -> rx.Component:
        return rx.fragment(rx.text(label, size="2", color_scheme="gray"),
                           rx.text(rx.cond(value != "", value, "—"), size="2"))

    return rx.grid(
        fact("Company", lead["company"]),
        fact("Name", lead["name"]),
        fact("Email", lead["email"]),
        fact("Phone", lead["phone"]),
        fact("Country/Region", lead["country"]),
        fact("Source campaign", lead["source_campaign"]),
        fact("Notes", lead["notes"]),
        fact("Type", lead["kind"]),
        fact("Partner", lead["partner"]),
        fact("Lead owner", lead["owner"]),
        fact("Opportunity", lead["opportunity"]),
        fact("Created", lead["created"]),
        columns="150px 1fr",
        spacing="2",
        width="100%",
    )


def lead_timeline(events) -> rx.Component:
    def row(e) -> rx.Component:
        return rx.table.row(
            rx.table.cell(rx.text(e["at"], white_space="nowrap")),
            rx.table.cell(rx.match(e["field"], ("created", "Created"), ("status", "Status"),
                                   ("partner", "Partner"), ("owner", "Lead owner"),
                                   ("opportunity", "Opportunity"), ("routing", "Routing"),
                                   ("reminder", "Reminder"),
                                   e["field"])),
            rx.table.cell(rx.cond(e["old"] != "", e["old"] + " → " + e["new"], e["new"])),
            rx.table.cell(e["actor"]),
            rx.table.cell(e["time_in_status"]),
            rx.table.cell(rx.text(e["note"], size="1", color_scheme="gray")),
        )

    return rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in (
                "When", "Change", "From → To", "By", "Time in status", "Note")])),
            rx.table.body(rx.foreach(events, row)),
            size="1",
            width="100%",
        ),
        width="100%",
        overflow_x="auto",
    )


def labelled_select(label: str, field_id: str, options: list[tuple[str, str]], value, on_change,
                    width: str = "180px") -> rx.Component:
    """A select with a visible label: options are (label, value) pairs."""
    return rx.vstack(
        rx.el.label(label, html_for=field_id, class_name="prm-label"),
        rx.select.root(
            rx.select.trigger(id=field_id, width=width),
            rx.select.content(*[rx.select.item(text, value=v) for text, v in options]),
            value=value,
            on_change=on_change,
        ),
        spacing="1",
    )


def status_filter(field_id: str, statuses, value, on_change, width: str = "200px") -> rx.Component:
    """The leads' Status filter: "All statuses" and the program's lead statuses (a state var)."""
    return rx.vstack(
        rx.el.label("Status", html_for=field_id, class_name="prm-label"),
        rx.select.root(
            rx.select.trigger(id=field_id, width=width),
            rx.select.content(rx.select.item("All statuses", value="all"),
                              rx.foreach(statuses, lambda s: rx.select.item(s, value=s))),
            value=value,
            on_change=on_change,
        ),
        spacing="1",
    )


def filter_bar(state, *, search_id: str, search_placeholder: str, status_id: str,
               statuses: list[tuple[str, str]]) -> rx.Component:
    """Search, a Status filter and Clear All, for a state with search/status/set_search/
    set_status/clear_all."""
    return rx.flex(
        rx.vstack(
            rx.el.label("Search", html_for=search_id, class_name="prm-label"),
            rx.input(id=search_id, placeholder=search_placeholder, value=state.search,
                     on_change=state.set_search.debounce(300), width=["100%", "280px"]),
            spacing="1",
        ),
        labelled_select("Status", status_id, [("All statuses", "all"), *statuses], state.status,
                        state.set_status),
        rx.button("Clear All", variant="ghost", on_click=state.clear_all),
        spacing="3",
        wrap="wrap",
        align="end",
        margin_bottom="1rem",
    )


def sort_header(state, label: str, key: str | None) -> rx.Component:
    """A column header that sorts the list (state: a SortedPagerMixin); key None: not sortable."""
    if key is None:
        return rx.table.column_header_cell(label)
    return rx.table.column_header_cell(
        rx.button(
            label,
            rx.cond(state.sort == key,
                    rx.cond(state.descending, rx.icon("arrow_down", size=14), rx.icon("arrow_up", size=14)),
                    rx.icon("arrow_up_down", size=14, opacity="0.35")),
            variant="ghost", color_scheme="gray", size="2", weight="bold",
            on_click=state.sort_by(key), aria_label=f"Sort by {label}",
        ),
        aria_sort=rx.cond(state.sort == key, rx.cond(state.descending, "descending", "ascending"), "none"),
    )


def person_band(person, selected, on_click, locked=False) -> rx.Component:
    """One selectable person in a list (seed 003's "bands"): a click selects or unselects it,
    selected ones are highlighted. `locked`: selected and cannot be unselected."""
    return rx.hstack(
        rx.avatar(fallback=person["name"][0], size="2", radius="full",
                  color_scheme=rx.cond(selected, ACCENT, "gray")),
        rx.vstack(
            rx.text(person["name"], size="2", weight="medium"),
            rx.text(person["email"], size="1", color_scheme="gray"),
            spacing="0",
            align="start",
        ),
        rx.spacer(),
        rx.cond(locked, rx.badge("You", variant="surface")),
        rx.cond(selected, rx.icon("circle_check", size=20, color=rx.color(ACCENT, 10)),
                rx.icon("circle", size=20, color=rx.color("gray", 8))),
        role="checkbox",
        aria_checked=rx.cond(selected, "true", "false"),
        aria_disabled=rx.cond(locked, "true", "false"),
        aria_label=person["name"],
        tab_index=0,
        on_click=on_click,
        cursor=rx.cond(locked, "default", "pointer"),
        width="100%",
        align="center",
        padding="0.6rem 0.8rem",
        border_radius="10px",
        border=rx.cond(selected, f"1px solid {rx.color(ACCENT, 8)}", f"1px solid {rx.color('gray', 5)}"),
        background=rx.cond(selected, rx.color(ACCENT, 3), "transparent"),
        _hover={"background": rx.color(ACCENT, 2)},
    )


def people_picker(search_id: str, search_value, on_search, options, selected_ids, on_toggle,
                  locked_id="", empty: str = "No contacts match your search.") -> rx.Component:
    """A Search field that finds people by name, and the list as selectable bands."""
    return rx.vstack(
        field("Search", rx.input(id=search_id, value=search_value, on_change=on_search.debounce(250),
                                 placeholder="Find contacts by name", size="3", width="100%"), search_id),
        rx.vstack(
            rx.foreach(options, lambda o: person_band(
                o, selected_ids.contains(o["id"]), on_toggle(o["id"]), locked=o["id"] == locked_id)),
            rx.cond(options.length() == 0, rx.text(empty, size="2", color_scheme="gray")),
            spacing="2",
            width="100%",
            max_height="320px",
            overflow_y="auto",
            padding_right="4px",
        ),
        spacing="3",
        width="100%",
    )


def audience_group_option(g, selected_ids, on_toggle, *, disabled) -> rx.Component:
    """One partner group in a message's To section: a labelled checkbox with the group's rule
    and how many partner accounts it holds (`g` is a row of services.messages.list_groups)."""
    return rx.hstack(
        rx.checkbox(id="group-" + g["id"], checked=selected_ids.contains(g["id"]),
                    on_change=lambda on: on_toggle(g["id"], on), disabled=disabled),
        rx.el.label(
            rx.text(g["name"], size="2", weight="medium"),
            rx.text(rx.cond(g["rule"] != "", "Rule: " + g["rule"] + " · ", ""), g["accounts"],
                    rx.cond(g["accounts"] == "1", " account", " accounts"), size="1", color_scheme="gray"),
            html_for="group-" + g["id"],
        ),
        align="start",
        spacing="2",
    )


def accept_or_reject(S, *, accept_label: str, on_accept, reject_label: str, reason_id: str,
                     reason_error) -> rx.Component:
    """Accept (or Approve) beside Reject; Reject opens the reason form (Cancel, `reject_label`).
    `S` is the page's state: its `rejecting` flag, `start_reject`, `cancel_reject` and `reject`
    (which receives the form with the reason)."""
    return rx.cond(
        S.rejecting,
        rx.form(
            rx.vstack(
                field("Reason", rx.text_area(id=reason_id, name="reason", rows="3", width="100%"),
                      reason_id, error=reason_error),
                rx.hstack(
                    rx.button("Cancel", type="button", variant="soft", color_scheme="gray",
                              on_click=S.cancel_reject),
                    rx.button(reject_label, type="submit", color_scheme="red"),
                    spacing="2",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.reject,
            width="100%",
        ),
        rx.hstack(
            rx.button(rx.icon("check", size=16), accept_label, color_scheme="green", on_click=on_accept),
            rx.button(rx.icon("x", size=16), "Reject", variant="soft", color_scheme="red",
                      on_click=S.start_reject),
            spacing="2",
        ),
    )
