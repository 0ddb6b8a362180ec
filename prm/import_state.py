"""What every CSV import page holds and does (Import Invitations, Upload Leads): upload, review
the bad rows a page at a time (fix in place, Download these entries), Import, a progress bar
read from the import run's row, Cancel. The page's state names its kind of import."""

from __future__ import annotations

import asyncio

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.csv_import import MAX_BYTES, CsvImport
from services.errors import InvalidInput, ServiceError
from services.invitation_import import INVITATIONS
from services.lead_import import LEADS

IMPORTS: dict[str, CsvImport] = {i.kind: i for i in (INVITATIONS, LEADS)}


class CsvImportMixin(KeysetPagerMixin, mixin=True):
    """`rows` holds the current page of bad rows; `run` the import run's figures. A page's
    state sets `_kind` (services.csv_import kind), `_route` (the page's address) and
    `_file_stem` (the downloads' names)."""

    _kind: str = ""
    _route: str = ""
    _file_stem: str = "import"
    run_id: int = 0
    run: dict[str, str] = {}
    upload_error: str = ""
    uploading: bool = False
    custom_fields: list[dict[str, str]] = []
    fixing: dict[str, str] = {}
    fix_error: str = ""
    fix_version: int = 0
    polling: bool = False

    @property
    def _importer(self) -> CsvImport:
        return IMPORTS[self._kind]

    @rx.var
    def step(self) -> str:
        status = self.run.get("status", "")
        if not status:
            return "upload"
        return {"ready": "review", "running": "running"}.get(status, "finished")

    def _show_run(self, run: dict) -> None:
        self.run = {k: ", ".join(v) if isinstance(v, list) else str(v) for k, v in run.items()}

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        if not self.run_id:
            self.loaded = True
            return None
        try:
            with session_scope() as session:
                self._show_run(self._importer.get_import_run(session=session, actor=actor, run_id=self.run_id))
                self._show_page(self._importer.list_import_rows(session=session, actor=actor, run_id=self.run_id,
                                                                status="invalid", cursor=self._cursor))
        except ServiceError as exc:
            self.run_id, self.run, self.upload_error = 0, {}, str(exc)
            self.loaded = True
        return None

    @rx.event
    async def load(self):
        raw = str(self.router.url.query_parameters.get("run", ""))
        self.run_id = int(raw) if raw.isdigit() and len(raw) < 10 else 0
        self.run, self.upload_error, self.fixing, self.uploading = {}, "", {}, False
        with session_scope() as session:
            self.custom_fields = [{"key": f["key"], "label": f["label"]}
                                  for f in self._importer.custom_fields(session)]
        result = await self._first_page()
        if self.run.get("status") == "running":
            return [result, type(self).poll] if result else type(self).poll
        return result

    @rx.event
    async def download_sample(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            data = self._importer.sample_csv(session=session, actor=actor)
        return rx.download(data=data, filename=f"{self._file_stem}-sample.csv", mime_type="text/csv")

    @rx.event
    async def handle_upload(self, files: list[rx.UploadFile]):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        if not files:
            self.upload_error = "Choose a CSV file."
            return None
        upload = files[0]
        content = await upload.read(MAX_BYTES + 1)
        self.uploading = True
        try:
            with session_scope() as session:
                run_id = self._importer.start_import(
                    session=session, actor=actor, filename=upload.name or upload.filename or "upload.csv",
                    content=content)
        except InvalidInput as exc:
            self.upload_error, self.uploading = str(exc), False
            return None
        self.run_id, self.upload_error, self.uploading = run_id, "", False
        await self._first_page()
        return rx.redirect(f"{self._route}?run={run_id}", replace=True)

    @rx.event
    async def download_bad_rows(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                data = self._importer.bad_rows_csv(session=session, actor=actor, run_id=self.run_id)
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        # With a BOM, so spreadsheet programs read accented names as UTF-8.
        return rx.download(data="\ufeff" + data, filename=f"{self._file_stem}-import-{self.run_id}-errors.csv",
                           mime_type="text/csv")

    @rx.event
    def start_fix(self, row: dict[str, str]):
        self.fixing = {k: str(v) for k, v in row.items()}
        self.fix_error = ""
        self.fix_version += 1

    @rx.event
    def stop_fix(self):
        self.fixing, self.fix_error = {}, ""

    @rx.event
    async def save_fix(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        values = {c.field: str(form_data.get(c.field, "")) for c in self._importer.columns}
        values.update({f["key"]: str(form_data.get("custom:" + f["key"], "")) for f in self.custom_fields})
        try:
            with session_scope() as session:
                row = self._importer.fix_import_row(session=session, actor=actor, run_id=self.run_id,
                                                    row_number=self.fixing.get("row_number", ""),
                                                    values=values)
        except (InvalidInput, ServiceError) as exc:
            self.fix_error = str(exc)
            return None
        if row["status"] == "valid":
            self.fixing, self.fix_error = {}, ""
            await self._fetch()
            return rx.toast.success(f"Row {row['row_number']} is valid now and will be imported.")
        self.fixing = {k: str(v) for k, v in row.items()}
        self.fix_error = row["reason"]
        return None

    @rx.event
    async def start(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._importer.run_import(session=session, actor=actor, run_id=self.run_id)
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        await self._fetch()
        return [rx.toast.success("The import has started. You will get an email with the results."),
                type(self).poll]

    @rx.event
    async def cancel(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._importer.cancel_import(session=session, actor=actor, run_id=self.run_id)
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        await self._fetch()
        return rx.toast.info("Import cancelled.")

    @rx.event
    def new_import(self):
        self.run_id, self.run, self.rows, self.upload_error = 0, {}, [], ""
        return rx.redirect(self._route)

    @rx.event(background=True)
    async def poll(self):
        """While the job runs, re-read its progress row every second."""
        async with self:
            if self.polling:
                return
            self.polling = True
        try:
            for _ in range(3600):
                await asyncio.sleep(1)
                async with self:
                    await self._fetch()
                    if self.run.get("status") != "running":
                        break
        finally:
            async with self:
                self.polling = False
