"""6. Serialized server-side state per connected user (Reflex pickles each state for its
state manager; it warns at 1000 KB): the admin leads page with a full page of rows from the
1M-lead data set and its 200 partners in the filter, at page 1 and after paging to page 2000;
and the largest of every page's state at its defaults."""

from __future__ import annotations

from bench import env
from bench.harness import Row

NAME = "Serialized state per connected user"
LIMIT_KB = 50
DEEP_PAGE = 2000
NOTES = [
    "6: the whole state tree a user holds (the root state and every page's state, as Reflex "
    "pickles them for its state manager) with the admin leads page loaded; figures are bytes of "
    "the pickles, measured, not estimated.",
]


def _tree(root):
    yield root
    for sub in root.substates.values():
        yield from _tree(sub)


def _kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def run(log=print) -> list[Row]:
    from reflex.state import State

    import prm.app  # noqa: F401 - registers every page's state
    from admin.leads.state import AdminLeadsState, AdminLeadsTableState

    root = State(_reflex_internal_init=True)
    defaults = max((len(s._serialize()), s.get_full_name().rsplit(".", 1)[-1]) for s in _tree(root))
    rows = [Row("6a", f"Largest page state at its defaults ({defaults[1]})", _kb(defaults[0]), "",
                None, f"≤ {LIMIT_KB} KB", defaults[0] <= LIMIT_KB * 1024)]
    problem = env.pg_problem()
    if problem:
        return [*rows, Row("6b", "Admin leads page state, 50 rows", problem=problem, target=f"≤ {LIMIT_KB} KB")]

    from sqlmodel import Session

    from models.accounts import USER_KIND_SUPPLIER_ADMIN
    from prm.db import get_engine
    from prm.paging import MAX_CURSOR_HISTORY
    from services.actors import Actor
    from services.leads import assignable_partners, list_leads

    data = env.leads_dataset(log=log)
    actor = Actor(user_id=data["admin_id"], email="bench-admin@example.com", name="Bench Admin",
                  kind=USER_KIND_SUPPLIER_ADMIN)
    # The page's state is two states since bench 4: the filters and dialog, and the table.
    page = next(s for s in _tree(root) if isinstance(s, AdminLeadsState))
    leads = next(s for s in _tree(root) if isinstance(s, AdminLeadsTableState))

    def sizes() -> tuple[int, int]:
        return (len(page._serialize()) + len(leads._serialize()),
                sum(len(s._serialize()) for s in _tree(root)))

    with Session(get_engine(data["url"])) as session:
        page.partners = assignable_partners(session=session, actor=actor)
        leads._show_page(list_leads(session=session, actor=actor, limit=50))
        first = sizes()
        # Page on to DEEP_PAGE as the Next button does (each click keeps the cursor it came from).
        partner = str(data["big_partner_id"])
        page.partner_filter, page.status = partner, "New"
        leads.cursors = []
        result = list_leads(session=session, actor=actor, limit=50, partner_account_id=partner, status="New")
        for _ in range(DEEP_PAGE - 1):
            leads.cursors = [*leads.cursors, result.next_cursor][-MAX_CURSOR_HISTORY:]
            result = list_leads(session=session, actor=actor, limit=50, partner_account_id=partner, status="New",
                              cursor=leads._cursor)
        leads._show_page(result)
        deep = sizes()
    return [
        *rows,
        Row("6b", f"Admin leads page (50 rows, {len(page.partners)} partners): its state / the user's whole tree",
            f"{_kb(first[0])} / {_kb(first[1])}", "", None, f"≤ {LIMIT_KB} KB", first[1] <= LIMIT_KB * 1024),
        Row("6c", f"Same after Next Page to page {DEEP_PAGE}: its state / the whole tree",
            f"{_kb(deep[0])} / {_kb(deep[1])}", "", None, f"≤ {LIMIT_KB} KB", deep[1] <= LIMIT_KB * 1024),
    ]
