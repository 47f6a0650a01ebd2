"""`python -m articleeditor` runs the same entry point as the installed launcher."""

import sys

from articleeditor.cli import main

# Guarded: the render worker process is spawned and imports the main module again.
if __name__ == "__main__":
    sys.exit(main())
