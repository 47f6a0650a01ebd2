"""Kept for imports written before core.tags existed; the rules live in core.tags."""

from articleeditor.core.tags import merge_tags, split_tag_input, tag_key

__all__ = ["merge_tags", "split_tag_input", "tag_key"]
