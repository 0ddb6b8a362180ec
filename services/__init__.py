"""Business rules: plain functions `fn(*, session, actor, ...)`. Never imports Reflex."""
