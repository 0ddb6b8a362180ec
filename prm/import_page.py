"""The steps of a CSV import page (Import Invitations, Upload Leads): prepare and choose the
file, review the rows that will not be imported (fix in place), the progress bar, the result.
A page passes its state (a prm.import_state.CsvImportMixin) and what its rows are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import reflex as rx

from prm.components import error_callout, field, pager, stat_card


@dataclass(frozen=True)
class ImportPageSpec:
    upload_id: str
    noun_plural: str  # "invitations": "3 invitations created"
    columns_intro: str  # what a row of the file is, above the table of columns
    columns: list[tuple[str, str]]  # (column name, description)
    sample_label: str  # the sample download button
    fix_fields: list[tuple[str, str]]  # (label, field) of the fix form
    bad_row_cells: list[tuple[str, Callable]]  # (header, row -> cell content) of the bad rows table
    back_label: str
    back_href: str


def _step_card(*children, spacing: str = "3") -> rx.Component:
    return rx.card(rx.vstack(*children, spacing=spacing, width="100%"), size="3", width="100%",
                   max_width="820px")


def _progress(S) -> rx.Component:
    return rx.progress(value=S.run["progress"].to(int), max=100, size="3", width="100%",
                       aria_label="Import progress")


def _upload_step(S, spec: ImportPageSpec) -> rx.Component:
    return _step_card(
        rx.heading("1. Prepare the file", size="4"),
        rx.text(spec.columns_intro, size="2"),
        rx.table.root(
            rx.table.header(rx.table.row(rx.table.column_header_cell("Label"),
                                         rx.table.column_header_cell("Description"))),
            rx.table.body(*[rx.table.row(rx.table.cell(rx.code(c), white_space="nowrap"), rx.table.cell(d))
                            for c, d in spec.columns],
                          rx.foreach(S.custom_fields, lambda f: rx.table.row(
                              rx.table.cell(rx.code(f["label"])),
                              rx.table.cell("Custom field"))),
                          ),
            size="1",
            width="100%",
        ),
        rx.button(rx.icon("download", size=14), spec.sample_label, variant="soft",
                  on_click=S.download_sample),
        rx.heading("2. Choose the file", size="4", margin_top="0.5rem"),
        error_callout(S.upload_error),
        rx.upload.root(
            rx.vstack(
                rx.icon("file_up", size=28, color=rx.color("gray", 10)),
                rx.button("Choose File", type="button", loading=S.uploading),
                rx.text("or drop a .csv file here (10 MB at most)", size="1", color_scheme="gray"),
                align="center",
                spacing="2",
            ),
            id=spec.upload_id,
            accept={"text/csv": [".csv"], "text/plain": [".txt"]},
            max_files=1,
            multiple=False,
            on_drop=S.handle_upload(rx.upload_files(upload_id=spec.upload_id)),
            border=f"2px dashed {rx.color('gray', 6)}",
            border_radius="12px",
            padding="2rem",
            width="100%",
            cursor="pointer",
        ),
    )


def _fix_form(S, spec: ImportPageSpec) -> rx.Component:
    f, v = S.fixing, S.fix_version.to_string()

    def inp(label, key):
        return field(label, rx.input(id="fix_" + key, name=key, default_value=f[key], key=v + key,
                                     width="100%"), "fix_" + key)

    return rx.form(
        rx.vstack(
            rx.hstack(rx.text("Fix row ", rx.text.strong(f["row_number"]), size="2"), rx.spacer(),
                      rx.icon_button(rx.icon("x", size=14), variant="ghost", type="button",
                                     on_click=S.stop_fix, aria_label="Close the fix form"),
                      width="100%"),
            error_callout(S.fix_error),
            rx.grid(
                *[inp(label, key) for label, key in spec.fix_fields],
                rx.foreach(S.custom_fields, lambda c: field(
                    c["label"], rx.input(id="fix_custom_" + c["key"], name="custom:" + c["key"],
                                         default_value=f.get("custom:" + c["key"], ""),
                                         key=v + c["key"], width="100%"),
                    "fix_custom_" + c["key"])),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="3",
                width="100%",
            ),
            rx.button("Validate Again", type="submit"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save_fix,
        width="100%",
        padding="1rem",
        border_radius="10px",
        background=rx.color("amber", 2),
        border=f"1px solid {rx.color('amber', 6)}",
    )


def _review_step(S, spec: ImportPageSpec) -> rx.Component:
    r = S.run

    def bad_row(row) -> rx.Component:
        return rx.table.row(
            rx.table.cell(row["row_number"]),
            *[rx.table.cell(cell(row)) for _header, cell in spec.bad_row_cells],
            rx.table.cell(rx.text(row["reason"], color_scheme="red", size="2")),
            rx.table.cell(rx.button("Fix", size="1", variant="soft", on_click=S.start_fix(row),
                                    aria_label="Fix row " + row["row_number"])),
        )

    headers = ["Row", *[h for h, _cell in spec.bad_row_cells], "Reason", ""]
    return rx.vstack(
        rx.grid(
            stat_card("Rows in the file", r["total_rows"], r["filename"], "file_text"),
            stat_card("Ready to import", r["valid_rows"], "Valid rows", "circle_check"),
            stat_card("Need attention", r["invalid_rows"], "Missing, invalid or duplicate", "triangle_alert"),
            columns=rx.breakpoints(initial="1", sm="3"),
            spacing="4",
            width="100%",
        ),
        rx.cond(r["extra_columns"] != "",
                rx.callout("These columns are not used and were ignored: " + r["extra_columns"],
                           icon="info", size="1", width="100%")),
        rx.cond(
            S.rows.length() > 0,
            rx.card(
                rx.vstack(
                    rx.hstack(
                        rx.heading("Rows that will not be imported", size="4"),
                        rx.spacer(),
                        rx.button(rx.icon("download", size=14), "Download these entries",
                                  variant="soft", on_click=S.download_bad_rows),
                        width="100%",
                        align="center",
                        wrap="wrap",
                    ),
                    rx.text("Fix a row here and validate it again, or leave it out.", size="2",
                            color_scheme="gray"),
                    rx.cond(S.fixing.contains("row_number"), _fix_form(S, spec)),
                    rx.box(
                        rx.table.root(
                            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in headers])),
                            rx.table.body(rx.foreach(S.rows, bad_row)),
                            width="100%",
                            variant="surface",
                        ),
                        width="100%",
                        overflow_x="auto",
                    ),
                    pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
                    spacing="3",
                    width="100%",
                ),
                size="3",
                width="100%",
            ),
            rx.callout("Every row is valid.", icon="circle_check", color_scheme="green", width="100%"),
        ),
        rx.hstack(
            rx.button(rx.icon("upload", size=16), "Import", size="3", on_click=S.start,
                      disabled=r["valid_rows"] == "0"),
            rx.button("Cancel", size="3", variant="soft", color_scheme="gray", on_click=S.cancel),
            spacing="3",
        ),
        spacing="4",
        width="100%",
    )


def _running_step(S, spec: ImportPageSpec) -> rx.Component:
    r = S.run
    return _step_card(
        rx.heading("Importing " + r["filename"], size="4"),
        _progress(S),
        rx.text(r["processed_rows"] + " of " + r["valid_rows"] + " rows processed · "
                + r["created_count"] + f" {spec.noun_plural} created · " + r["failed_count"] + " failed",
                size="2", role="status"),
        rx.button("Cancel", variant="soft", color_scheme="red", on_click=S.cancel),
    )


def _finished_step(S, spec: ImportPageSpec) -> rx.Component:
    r = S.run
    return _step_card(
        rx.match(
            r["status"],
            ("done", rx.callout("Import finished: " + r["created_count"] + f" {spec.noun_plural} created, "
                                + r["failed_count"] + " rows failed. The results were emailed to you.",
                                icon="circle_check", color_scheme="green", role="status", width="100%")),
            ("cancelled", rx.callout("Import cancelled: " + r["created_count"]
                                     + f" {spec.noun_plural} were created before it stopped.",
                                     icon="circle_slash", role="status", width="100%")),
            rx.callout("The import failed: " + r["error"], icon="triangle_alert",
                       color_scheme="red", role="alert", width="100%"),
        ),
        _progress(S),
        rx.hstack(
            rx.link(rx.button(spec.back_label), href=spec.back_href),
            rx.button("Import Another File", variant="soft", on_click=S.new_import),
            spacing="3",
        ),
        spacing="4",
    )


def import_steps(S, spec: ImportPageSpec) -> rx.Component:
    """The step the run is at: upload, review, running or finished."""
    return rx.match(S.step, ("review", _review_step(S, spec)), ("running", _running_step(S, spec)),
                    ("finished", _finished_step(S, spec)), _upload_step(S, spec))
