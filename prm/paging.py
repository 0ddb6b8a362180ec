"""What every keyset-paged list page holds: one page of rows and the cursors behind it."""

from __future__ import annotations

import reflex as rx

from services.paging import PageResult


class KeysetPagerMixin(rx.State, mixin=True):
    """Mixed into a list page's state, which defines `_fetch()` (check the actor, call the
    service with `self._cursor`, hand the result to `_show_page`)."""

    loaded: bool = False
    rows: list[dict[str, str]] = []
    # Cursors of the pages before this one; the last one is this page's.
    cursors: list[str] = []
    next_cursor: str = ""

    @property
    def _cursor(self) -> str:
        return self.cursors[-1] if self.cursors else ""

    def _show_page(self, page: PageResult) -> None:
        self.rows = [{k: str(v) for k, v in r.items()} for r in page.rows]
        self.next_cursor, self.loaded = page.next_cursor, True

    async def _fetch(self):
        raise NotImplementedError

    async def _first_page(self):
        self.cursors = []
        return await self._fetch()

    @rx.event
    async def load(self):
        return await self._first_page()

    @rx.event
    async def next_page(self):
        if self.next_cursor:
            self.cursors = [*self.cursors, self.next_cursor]
        return await self._fetch()

    @rx.event
    async def prev_page(self):
        self.cursors = self.cursors[:-1]
        return await self._fetch()
