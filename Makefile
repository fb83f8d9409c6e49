# Adviser Desk: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# Debian packages: the Qt runtime libraries PySide6 links against, and the tools the tests use
# (virtual screen, session bus, real Secret Service keyring, PDF rendering).
QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 \
           libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core
TEST_DEBS := xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils

.PHONY: run test lint typecheck pytest bench translations update-translations sysdeps-run \
        sysdeps-test clean lock

run: $(VENV)/.installed-run sysdeps-run translations
	$(BIN)/adviser-desk

test: $(VENV)/.installed-test sysdeps-test translations lint typecheck pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs come from the lock files in requirements/ (exact versions with their hashes); the
# project itself is then added without resolving anything again.
$(VENV)/.installed-run: pyproject.toml requirements/run.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/run.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements/test.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed-run

# After changing a dependency in pyproject.toml: `make lock`, then commit requirements/.
# One lock for every platform (--universal), so Windows and macOS builds install from it too.
UV_COMPILE = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
             --custom-compile-command 'make lock'
lock: | $(VENV)/bin/python
	$(BIN)/pip install --quiet 'uv>=0.9,<1'
	$(UV_COMPILE) pyproject.toml -o requirements/run.txt
	$(UV_COMPILE) pyproject.toml --extra test -o requirements/test.txt
	$(UV_COMPILE) pyproject.toml --group pyproject.toml:dist -o requirements/dist.txt

# Installs missing Debian packages when we are root; otherwise says what is missing.
define ensure_debs
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Note: these Debian packages are missing (install them with sudo apt-get install):$$missing"; \
	  fi; \
	fi
endef

sysdeps-run:
	$(call ensure_debs,$(QT_DEBS))

sysdeps-test:
	$(call ensure_debs,$(QT_DEBS) $(TEST_DEBS))

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Run after changing user-facing strings; then fill in the Dutch in adviser_desk_nl.ts.
# English is the source language, so its file only carries plural forms.
update-translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -no-obsolete -target-language nl_NL \
	  $$(find adviser_desk -name '*.py' | sort) -ts resources/translations/adviser_desk_nl.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -target-language en_GB \
	  $$(find adviser_desk -name '*.py' | sort) -ts resources/translations/adviser_desk_en.ts

lint: $(VENV)/.installed-test
	$(BIN)/ruff check adviser_desk tests bench
	$(BIN)/ruff format --check adviser_desk tests bench

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

# pytest runs inside its own D-Bus session with an unlocked gnome-keyring, so the real
# Secret Service backend of `keyring` is what the tests use.
pytest: $(VENV)/.installed-test sysdeps-test translations
	dbus-run-session -- tests/with_keyring.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm
