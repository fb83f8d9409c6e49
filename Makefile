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
TEST_DEBS := xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils xdotool \
             desktop-file-utils appstream shared-mime-info

.PHONY: run test lint typecheck pytest bench translations update-translations sysdeps-run \
        sysdeps-test clean lock dist install install-desktop uninstall

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
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

# pytest runs inside its own D-Bus session with an unlocked gnome-keyring, so the real
# Secret Service backend of `keyring` is what the tests use. It runs on every core, up to 4
# (pytest-xdist; each worker has its own offscreen Qt, temp folders and prepared case files),
# a test file's tests in one worker, so its module-scoped fixtures (the checker's model and
# figures, the journey's screen) are made once; PYTEST_WORKERS=0 runs it in one process.
# A test that hangs fails after PYTEST_TIMEOUT seconds (its setup included) with every
# thread's stack (pytest-timeout), and the run goes on; the bundle's tests allow more.
PYTEST_WORKERS ?= auto
PYTEST_TIMEOUT ?= 300
pytest: $(VENV)/.installed-test sysdeps-test translations
	dbus-run-session -- tests/with_keyring.sh $(BIN)/python -m pytest \
	  -n $(PYTEST_WORKERS) --maxprocesses 4 --dist loadfile --timeout $(PYTEST_TIMEOUT) \
	  $(PYTEST_ARGS)

# The standalone one-folder bundle dist/adviser-desk/ (PyInstaller) from its own virtual
# environment, installed from requirements/dist.txt, so the development venv stays as it is.
DIST_VENV := .venv-dist
DIST_BIN := $(DIST_VENV)/bin
$(DIST_VENV)/.installed: requirements/dist.txt
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_BIN)/pip install --quiet --require-hashes -r requirements/dist.txt
	touch $@

# Each catalogue is written beside its place and moved in, so an app or a test reading it
# meanwhile (the tests build the bundle while the other tests run) never reads half a file.
dist: $(DIST_VENV)/.installed
	$(call ensure_debs,$(QT_DEBS))
	for ts in $(TS); do $(DIST_BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm.new && \
	  mv -f $${ts%.ts}.qm.new $${ts%.ts}.qm || exit 1; done
	rm -rf build/pyinstaller dist/adviser-desk
	$(DIST_BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
	  --distpath dist packaging/adviser-desk.spec
	cp LICENSE THIRD-PARTY-NOTICES.md dist/adviser-desk/
	@du -sh dist/adviser-desk

# Linux: `make dist && make install PREFIX=/usr/local` (or DESTDIR=staging for a package)
# installs the bundle under $(PREFIX)/lib/adviser-desk with the two commands in $(PREFIX)/bin;
# `install-desktop` puts only the desktop entry, icons, AppStream metainfo and MIME type.
PREFIX ?= /usr/local
APP_ID := nl.adviserdesk.AdviserDesk
SHARE = $(DESTDIR)$(PREFIX)/share
ICON_SIZES := 16 22 24 32 48 64 128 256 512
install: install-desktop
	@test -x dist/adviser-desk/adviser-desk || { echo "Run 'make dist' first."; exit 1; }
	rm -rf $(DESTDIR)$(PREFIX)/lib/adviser-desk
	install -d $(DESTDIR)$(PREFIX)/lib/adviser-desk $(DESTDIR)$(PREFIX)/bin
	cp -R dist/adviser-desk/. $(DESTDIR)$(PREFIX)/lib/adviser-desk/
	ln -sf ../lib/adviser-desk/adviser-desk $(DESTDIR)$(PREFIX)/bin/adviser-desk
	ln -sf ../lib/adviser-desk/adviser-desk-cli $(DESTDIR)$(PREFIX)/bin/adviser-desk-cli

install-desktop:
	install -D -m 644 packaging/linux/$(APP_ID).desktop $(SHARE)/applications/$(APP_ID).desktop
	install -D -m 644 packaging/linux/$(APP_ID).metainfo.xml \
	  $(SHARE)/metainfo/$(APP_ID).metainfo.xml
	install -D -m 644 packaging/linux/$(APP_ID).xml $(SHARE)/mime/packages/$(APP_ID).xml
	install -D -m 644 resources/icons/adviser-desk.svg \
	  $(SHARE)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for s in $(ICON_SIZES); do \
	  install -D -m 644 packaging/icons/hicolor/$${s}x$${s}/adviser-desk.png \
	    $(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png; \
	  install -D -m 644 packaging/icons/hicolor/$${s}x$${s}/adviser-desk-case.png \
	    $(SHARE)/icons/hicolor/$${s}x$${s}/mimetypes/application-x-adviser-desk-case-file.png; \
	done
	@if [ -z "$(DESTDIR)" ]; then \
	  update-mime-database $(SHARE)/mime 2>/dev/null || true; \
	  update-desktop-database $(SHARE)/applications 2>/dev/null || true; \
	  gtk-update-icon-cache -q -t $(SHARE)/icons/hicolor 2>/dev/null || true; \
	fi

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/lib/adviser-desk
	rm -f $(DESTDIR)$(PREFIX)/bin/adviser-desk $(DESTDIR)$(PREFIX)/bin/adviser-desk-cli \
	  $(SHARE)/applications/$(APP_ID).desktop $(SHARE)/metainfo/$(APP_ID).metainfo.xml \
	  $(SHARE)/mime/packages/$(APP_ID).xml $(SHARE)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for s in $(ICON_SIZES); do rm -f $(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png \
	  $(SHARE)/icons/hicolor/$${s}x$${s}/mimetypes/application-x-adviser-desk-case-file.png; done

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm
