"""Everything that can be checked without a display. Nothing in this package imports Qt."""
