"""`python -m articleeditor` runs the same entry point as the installed launcher."""

import sys

from articleeditor.cli import main

sys.exit(main())
