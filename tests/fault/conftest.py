"""The GUI fixtures of tests/ui (the real main window, recorded message boxes)."""

from tests.ui.conftest import dialogs, window  # noqa: F401
