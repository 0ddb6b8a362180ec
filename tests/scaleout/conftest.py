"""The production shape: the browser is Debian's Chromium, as for the browser tests."""

from tests.e2e.conftest import browser_type_launch_args  # noqa: F401 - the same launch arguments
