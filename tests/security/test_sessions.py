"""Issue 8, item 4 — sessions at the service level: a new token at every login, and after Log
out, a password change, a reset or a deactivation the old token resolves to nobody (which is
what every page load and every websocket event checks). The browser replay is in
tests/e2e/test_session_replay.py."""

from __future__ import annotations

import pytest

from services import auth
from tests.factories import PASSWORD

RELIABILITY_ITEM = "4. Sessions"
NEW = "a brand new passphrase"


def _login(db, user):
    return auth.login(session=db, email=user.email, password=PASSWORD, kind="partner")[0]


def test_every_login_mints_a_new_token(db, p):
    tokens = {_login(db, p.alice) for _ in range(5)}
    assert len(tokens) == 5


def _log_out(db, p, token):
    auth.logout(session=db, token=token)


def _change_password(db, p, token):
    auth.change_password(session=db, actor=p.actor(db, p.alice), current=PASSWORD, password=NEW,
                         confirm=NEW)


def _reset_password(db, p, token):
    auth.request_password_reset(session=db, email=p.alice.email)
    from tests.services.recruitment_helpers import emails

    link = emails(db, "password_reset", p.alice.email)[-1].text_body
    reset = link.split("token=")[1].split()[0].strip()
    auth.set_password_with_token(session=db, token=reset, password=NEW, confirm=NEW)


def _deactivate(db, p, token):
    p.alice.is_active = False
    db.add(p.alice)
    db.commit()


@pytest.mark.parametrize("end", [_log_out, _change_password, _reset_password, _deactivate],
                         ids=["log-out", "password-change", "password-reset", "deactivation"])
def test_old_tokens_are_worthless_after(db, p, end, figures):
    mine, other_device = _login(db, p.alice), _login(db, p.alice)
    bobs = _login(db, p.bob)
    end(db, p, mine)
    db.expire_all()
    assert auth.resolve_session(session=db, token=mine) is None
    if end is not _log_out:  # these end every session of the user
        assert auth.resolve_session(session=db, token=other_device) is None
    else:  # Log out ends this session only
        assert auth.resolve_session(session=db, token=other_device) is not None
    assert auth.resolve_session(session=db, token=bobs).email == p.bob.email
    figures.add("replayed tokens refused", 2 if end is not _log_out else 1)
