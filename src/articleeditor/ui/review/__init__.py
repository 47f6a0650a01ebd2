"""The review workflow: suggest mode, the review panel, the compare dialog and review copies."""
