"""Shared UI parts: errors, formatting, theme, fitting, keyboard, workers, models, settings."""
