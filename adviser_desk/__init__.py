"""Adviser Desk: encrypted case files for school confidential advisers."""

__version__ = "0.1.0"
APP_NAME = "Adviser Desk"
