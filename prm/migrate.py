"""`alembic upgrade head` from Python, for start-up and tests."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from alembic import command
from prm.settings import ROOT


def alembic_config(database_url: str | None = None) -> Config:
    cfg = Config(str(Path(ROOT) / "alembic.ini"))
    cfg.attributes["configure_logger"] = False
    if database_url:
        cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def upgrade_head(database_url: str | None = None) -> None:
    command.upgrade(alembic_config(database_url), "head")
