"""Test isolation: offscreen Qt, settings and temp folders per test, fresh case files."""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as QtBotTimeoutError
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns (and warnings fail the run) when this is missing.
    runtime = tempfile.mkdtemp(prefix="adviser-desk-runtime-")
    os.chmod(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf

PASSWORD = "paars konijn fietst naar school"
NEW_PASSWORD = "groene olifant leest de krant"


def _wait_until(self: QtBot, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
    """pytest-qt's waitUntil, timed on the monotonic clock instead of time.time(): a step of
    the wall clock (NTP, a virtual machine resumed) ended every wait running at that moment,
    however young, and on a shared CI machine a step that gave up early left its dialog and
    its worker's late result to the next one (the journey's export, then its backup)."""
    __tracebackhide__ = True
    deadline = time.monotonic() + timeout / 1000
    message = f"waitUntil timed out in {timeout} milliseconds"
    while True:
        try:
            result = callback()
        except AssertionError as exc:
            if time.monotonic() > deadline:
                raise QtBotTimeoutError(message) from exc
        else:
            if result not in (None, True, False):
                raise ValueError(
                    f"waitUntil() callback must return None, True or False, returned {result!r}"
                )
            if result is None or result:
                return
            if time.monotonic() > deadline:
                raise QtBotTimeoutError(message)
        self.wait(10)


QtBot.waitUntil = _wait_until  # type: ignore[method-assign]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--test-order",
        default="",
        metavar="reverse|random:SEED",
        help="run the collected tests in reverse, or in a shuffled order (modules shuffled, and "
        "the tests within each), to find tests that depend on what ran before them",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--test-order: every test must pass alone and in any order (CI once failed on one that
    passed only after another). A module's tests stay together when shuffled, so its
    module-scoped fixtures (the bundle build, the checker's model) are made once."""
    order = str(config.getoption("--test-order"))
    if not order:
        return
    if order == "reverse":
        items.reverse()
        return
    kind, _, seed = order.partition(":")
    if kind != "random" or not seed.isdigit():
        raise pytest.UsageError(f"--test-order: reverse or random:SEED, not {order!r}")
    shuffle = random.Random(int(seed)).shuffle
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    groups = list(modules.values())
    shuffle(groups)
    for group in groups:
        shuffle(group)
    items[:] = [item for group in groups for item in group]


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings, caches and temp files of each test go to its own folder (and are scanned)."""
    home = tmp_path / "home"
    for sub in ("config", "cache", "tmp", "state"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the diagnostics log
    monkeypatch.setenv("ADVISER_DESK_CONFIG_DIR", str(home / "config" / "Adviser Desk"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    yield home


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    return folder


@pytest.fixture
def new_case(case_dir: Path) -> Iterator[tuple[svc.CaseFileService, str]]:
    """An open case file with the minimum KDF cost (calibration is tested on its own)."""
    service, recovery = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    yield service, recovery.formatted()
    service.close()
