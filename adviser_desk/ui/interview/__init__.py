"""Interviews: the interview window and its dialogs."""
