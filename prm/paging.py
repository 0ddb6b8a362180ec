"""What every keyset-paged list page holds: one page of rows and the cursors behind it."""

from __future__ import annotations

import reflex as rx

from services.paging import PageResult

# The cursor history is kept in the user's server-side state: uncapped, paging to page 2000
# of a 1M-lead list made the state 107 KB (bench 6). Past this many pages back, Previous Page
# lands on the first page.
MAX_CURSOR_HISTORY = 100


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
            self.cursors = [*self.cursors, self.next_cursor][-MAX_CURSOR_HISTORY:]
        return await self._fetch()

    @rx.event
    async def prev_page(self):
        self.cursors = self.cursors[:-1]
        return await self._fetch()


class SortedPagerMixin(KeysetPagerMixin, mixin=True):
    """A keyset-paged list the user can search and sort by clicking column headers. The page's
    state names its sortable columns in `_sorts` (column key → newest/largest first when
    first clicked)."""

    search: str = ""
    sort: str = "created"
    descending: bool = True
    _sorts: dict = {}

    @rx.event
    async def set_search(self, value: str):
        self.search = str(value)[:100]
        return await self._first_page()

    @rx.event
    async def sort_by(self, column: str):
        if column not in self._sorts:
            return None
        if self.sort == column:
            self.descending = not self.descending
        else:
            self.sort, self.descending = column, bool(self._sorts[column])
        return await self._first_page()
