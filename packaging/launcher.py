"""Entry script of the frozen app: the same entry point as the pip-installed launcher."""

import sys

from articleeditor.cli import main

sys.exit(main())
