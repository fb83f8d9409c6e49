"""Test isolation: offscreen Qt, settings and temp folders per test, fresh case files."""

from __future__ import annotations

import logging
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.exceptions import TimeoutError as QtBotTimeoutError
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Reproducible PDFs: reportlab dates them at this moment (2000-01-01 UTC), not now, so the
# same data gives the same bytes; the app's own PDFs carry their true creation time
# (reports/common.build_a4; test_pdf_dates_ui.py unsets this).
os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns (and warnings fail the run) when this is missing.
    runtime = tempfile.mkdtemp(prefix="adviser-desk-runtime-")
    os.chmod(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import casefile, kdf

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


def pytest_collection_finish(session: pytest.Session) -> None:
    """The bundle's `make dist` starts now, in the background, when its tests are to run. In
    an xdist worker the controller has started it (below), and says where it reports."""
    from tests.packaging import bundle_build

    worker = getattr(session.config, "workerinput", None)
    if worker is not None:
        if "bundle_build" in worker:
            bundle_build.reported_in(Path(worker["bundle_build"]))
        return
    if not session.config.option.collectonly and any(
        item.path == bundle_build.TESTS for item in session.items
    ):
        bundle_build.start()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist's controller, for each worker it starts: the folder the bundle build reports in."""
    from tests.packaging import bundle_build

    node.workerinput["bundle_build"] = str(bundle_build.folder())


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: Any, ids: list[str]) -> None:
    """xdist's controller, when a worker has collected: it builds the bundle (once) when the
    bundle tests are to run, as pytest_collection_finish does without xdist."""
    from tests.packaging import bundle_build

    if not node.config.option.collectonly and any(
        i.startswith(bundle_build.NODE_ID + "::") for i in ids
    ):
        bundle_build.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.packaging import bundle_build

    bundle_build.stop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--test-order: every test must pass alone and in any order (CI once failed on one that
    passed only after another). A module's tests stay together when shuffled, so its
    module-scoped fixtures (the bundle build, the checker's model) are made once."""
    order = str(config.getoption("--test-order"))
    if not order:
        # The bundle's tests last: its build (started after collection) has had the whole run.
        from tests.packaging import bundle_build

        items.sort(key=lambda item: item.path == bundle_build.TESTS)
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


T = TypeVar("T")

# Case files made once in a session and copied for each test that wants one (see copy_of).
_prepared: dict[tuple[object, ...], tuple[Path, Any]] = {}
_prepared_root: list[Path] = []


@pytest.fixture(autouse=True, scope="session")
def prepared_case_files(tmp_path_factory: pytest.TempPathFactory) -> None:
    _prepared_root.append(tmp_path_factory.mktemp("prepared"))


def copy_of(path: Path, make: Callable[[Path], T], *variant: object) -> T:
    """A closed case file at ``path`` as ``make(path)`` leaves it, and what ``make`` returned.

    Making one costs a key derivation, the whole schema's migrations and, for the demo, its
    cases: half a second to a few seconds of CPU, for about 300 UI tests that are about something
    else. So ``make`` runs once per file name, ``variant`` and day, and each test gets a copy of
    all its files (the same bytes, the same modes; the date counts, as a demo's tasks are due
    relative to today). The copies share the case file's id, so a test may take one copy of a
    kind; the tests about creating and opening files make their own with create_case_file."""
    key = (path.name, date.today(), *variant)
    if key not in _prepared:
        folder = _prepared_root[0] / str(len(_prepared))
        folder.mkdir()
        _prepared[key] = (folder / path.name, make(folder / path.name))
    source, made = _prepared[key]
    for companion in casefile.companion_files(source):
        if companion.exists():
            shutil.copy(companion, path.with_name(companion.name))
    return made


def opened_copy(path: Path, *variant: object) -> tuple[svc.CaseFileService, str]:
    """An open case file at ``path`` as ``create_case_file(path, PASSWORD, kdf.MINIMUM)``
    leaves it, with its recovery key confirmed, and that key: a copy (see copy_of) opened with
    the raw key, as create opens it, so neither a key derivation nor the schema's migrations
    run again. For tests about what is kept in a file (cases, interviews), not about making or
    unlocking one; those call create_case_file or the unlock functions themselves."""

    def make(target: Path) -> tuple[bytes, str | None, str]:
        service, recovery = svc.create_case_file(target, PASSWORD, kdf.MINIMUM)
        service.confirm_recovery_key_stored()
        made = (service.case.raw_key, service.case.adviser, recovery.formatted())
        service.close()
        return made

    raw_key, adviser, recovery = copy_of(path, make, "opened", *variant)
    case = casefile.open_with_raw_key(path, raw_key)
    case.adviser = adviser  # create leaves the file open as its first adviser
    return svc.CaseFileService(case), recovery


def opened_copy_of(
    path: Path, fill: Callable[[svc.CaseFileService], T], *variant: object
) -> tuple[svc.CaseFileService, T]:
    """An open case file at ``path`` as ``create_case_file(path, PASSWORD, kdf.MINIMUM)`` and
    then ``fill(service)`` leave it, and what ``fill`` returned: a copy (see copy_of) opened
    with the raw key, as opened_copy does. For fixtures that store the same cases for each of
    their tests, the demo's above all (filling it costs one to three seconds of CPU). ``fill``
    runs once per function (by its name) and ``variant``, and may close the service."""

    def make(target: Path) -> tuple[bytes, str | None, T]:
        service, _ = svc.create_case_file(target, PASSWORD, kdf.MINIMUM)
        raw_key = service.case.raw_key  # gone once fill closes the file
        made = fill(service)
        service.close()
        return raw_key, service.case.adviser, made

    name = f"{fill.__module__}.{fill.__qualname__}"
    raw_key, adviser, made = copy_of(path, make, "filled", name, *variant)
    case = casefile.open_with_raw_key(path, raw_key)
    case.adviser = adviser  # create leaves the file open as its first adviser
    return svc.CaseFileService(case), made


@pytest.fixture(autouse=True)
def app_logger_level() -> Iterator[None]:
    """The app's logger at the level it had before the test: diagnostics.start sets it to INFO
    for the rest of the process (stop leaves it so), and a later test reading caplog then got
    INFO lines that it does not get when run alone (c00567e)."""
    logger = logging.getLogger("adviser_desk")
    level = logger.level
    yield
    logger.setLevel(level)


@pytest.fixture(autouse=True)
def no_modifier_held(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test ends with no keyboard modifier held: one it pressed and never released fails
    it, and whatever Qt's state still says is held is released for the next test (see
    tests/held_keys.py). Torn down after qtbot (set up before it), so its windows are gone."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from tests.held_keys import HeldKeys, release_all

    keys = HeldKeys.of(request.getfixturevalue("qapp"))
    keys.down.clear()
    yield
    left = keys.names()
    keys.down.clear()
    release_all()
    if left:
        pytest.fail(
            f"The test left {' and '.join(left)} pressed (a keyPress of it, or of a key with "
            "it, without its keyRelease). Qt keeps it held for the tests after it in this "
            "process, where selectRow and setCurrentIndex then toggle or extend the "
            "selection: release it (keyRelease with the same modifiers), or use keyClick.",
            pytrace=False,
        )


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
