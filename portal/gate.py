"""What every portal page's one on_load starts with: the Terms & Conditions gate and the
unread pop-ups for the page, read in the same database session as the page itself, on a
worker thread (one event instead of the gate, the page and the pop-ups as three)."""

from __future__ import annotations

from portal.popups.state import PopupState, popups_for
from portal.terms.state import needs_terms
from prm.db import read_in_thread


def _gated(session, actor, page: str, read, args):
    if needs_terms(session, actor):
        return None  # nothing else is read before the terms are accepted
    return read(session, actor, *args), popups_for(session, actor, page) if page else []


async def gated_read(state, actor, page: str, read, *args):
    """`read(session, actor, *args)` for the page, with its pop-ups put in the PopupState
    (`page`: one of models.messaging.POPUP_PAGES, or "" for a page that shows none); None when
    the user must first accept the Terms & Conditions (the handler then redirects to
    TERMS_PAGE). What `read` raises comes back to the handler."""
    got = await read_in_thread(_gated, actor, page, read, args)
    if got is None:
        return None
    data, popups = got
    (await state.get_state(PopupState)).queue = popups
    return data
