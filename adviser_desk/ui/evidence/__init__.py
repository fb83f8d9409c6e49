"""Evidence: the evidence tab, intake and viewing dialogs, takedown and hand-over."""
