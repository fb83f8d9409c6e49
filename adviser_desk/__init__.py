"""Adviser Desk: encrypted case files for school confidential advisers."""

__version__ = "0.1.0"
APP_NAME = "Adviser Desk"
# One reverse-DNS id for the desktop entry, AppStream, the MIME type file, the macOS bundle and
# the Windows installer.
APP_ID = "nl.adviserdesk.AdviserDesk"
