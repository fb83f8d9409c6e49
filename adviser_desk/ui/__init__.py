"""PySide6 user interface: windows, dialogs, item models and workers."""
