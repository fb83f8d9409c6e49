"""The application shell: start-up, the main window with its menus and pages, About, settings."""
