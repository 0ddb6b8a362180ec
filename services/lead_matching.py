"""What the registration conflict check compares (services.lead_registration): a lead's
company email domain and its normalised company name, kept in indexed columns of the lead so
the check is an index lookup, not a scan of every lead.

The columns are filled on every ORM insert and update of a lead (the mapper events below) and
by the bulk lead import (match_columns); the migration filled them for the leads before it."""

from __future__ import annotations

import functools
import re

from sqlalchemy import event

from models.leads import Lead
from services.recruitment import PUBLIC_EMAIL_DOMAINS

# Words that say what kind of company it is, not which one: "Globex Corp." is "Globex".
_LEGAL_FORMS = frozenset("""the inc incorporated llc llp lp ltd limited corp corporation co company
    plc gmbh ag sa sas sarl srl spa bv nv oy ab as aps kk pty pte group holding holdings""".split())


@functools.lru_cache(maxsize=8192)
def company_key(company: str) -> str:
    """The company name as compared for conflicts: lower case, punctuation and legal forms
    dropped ("ACME, Inc." and "Acme" match). Kept for the last 8,192 names: an import's rows
    name the same companies again and again."""
    words = re.sub(r"[^\w]+", " ", (company or "").lower().replace("&", " and ")).split()
    core = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(core or words)[:200]


def company_domain(email: str) -> str:
    """The email's domain when it names a company (not gmail.com and the like)."""
    domain = email.rpartition("@")[2].strip().lower() if "@" in (email or "") else ""
    return "" if not domain or domain in PUBLIC_EMAIL_DOMAINS else domain[:253]


def match_columns(email: str, company: str) -> dict[str, str]:
    return {"company_domain": company_domain(email), "company_key": company_key(company)}


@event.listens_for(Lead, "before_insert")
@event.listens_for(Lead, "before_update")
def _fill_match_columns(_mapper, _connection, lead: Lead) -> None:
    lead.company_domain = company_domain(lead.email)
    lead.company_key = company_key(lead.company)
