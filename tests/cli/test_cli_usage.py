"""The command line as a person and a script meet it: exit codes, help, and passwords typed at
a terminal (a real pseudo-terminal) that are never echoed."""

from __future__ import annotations

import argparse
import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from adviser_desk import cli as adviser_cli
from tests.cli.test_cli import cli, new_file
from tests.conftest import PASSWORD


@pytest.mark.parametrize(
    "args",
    [
        ("verify",),  # the case file is missing
        ("no-such-command",),
        ("cases", "x.adcase", "--no-such-option"),
        ("check-question", "--lang", "de", "Waarom?"),
    ],
)
def test_usage_errors_have_their_own_exit_code(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == adviser_cli.EXIT_USAGE == 64, result.stderr
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_a_pipe_without_password_stdin_is_a_usage_error_not_a_hang(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    result = cli("verify", str(path), stdin=PASSWORD + "\n")
    assert result.returncode == 64
    assert "--password-stdin" in result.stderr


def test_a_wrong_password_keeps_exit_code_2(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    assert cli("verify", str(path), "--password-stdin", stdin="fout\n").returncode == 2


def _walk(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += [(f"{name} {a}", act) for a, act in _walk(sub)]
        else:
            found.append((action.dest, action))
    return found


def test_every_option_and_argument_has_help_text() -> None:
    missing = [name for name, action in _walk(adviser_cli._parser()) if not action.help]
    assert missing == []


def test_help_lists_every_exit_code() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for code in ("0", "1", "2", "3", "64", "141"):
        assert f"\n  {code} " in result.stdout, code
    verify_help = cli("verify", "--help").stdout
    assert "exit codes:" in verify_help and "--password-stdin" in verify_help


def _run_in_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Runs the command with a pseudo-terminal as its controlling terminal, answering each
    prompt as a person would; returns the exit code and everything the terminal showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command
        os.execv(sys.executable, [sys.executable, "-m", "adviser_desk", *args])  # noqa: S606
    shown = b""
    since_answer = b""
    pending = list(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
        since_answer += chunk
        # getpass prints its prompt only once echo is off, so answering a new prompt is safe.
        if pending and since_answer.rstrip().endswith(b":"):
            os.write(fd, pending.pop(0).encode() + b"\n")
            since_answer = b""
    else:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


def test_a_password_typed_at_the_terminal_is_not_echoed(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    code, shown = _run_in_terminal(["verify", str(path)], [PASSWORD])
    assert code == 0, shown
    assert "Password:" in shown and "OK:" in shown
    assert PASSWORD not in shown


def test_a_new_case_file_at_the_terminal_asks_twice_and_refuses_a_mismatch(
    case_dir: Path,
) -> None:
    path = case_dir / "tty.adcase"
    code, shown = _run_in_terminal(
        ["new", str(path), "--kdf", "minimum"], [PASSWORD, PASSWORD + "x"]
    )
    assert code == 64 and "differ" in shown and not path.exists()
    assert PASSWORD not in shown


def test_commands_write_the_diagnostics_log_without_names_or_secrets(
    case_dir: Path, isolated_environment: Path
) -> None:
    path, _ = new_file(case_dir, "Leerling Janssen.adcase")
    assert cli("verify", str(path), "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    assert cli("verify", str(path), "--password-stdin", stdin="fout\n").returncode == 2
    log = isolated_environment / "state" / "Adviser Desk" / "log" / "adviser-desk.log"
    text = log.read_text(encoding="utf-8")
    assert "command verify ended with exit code 0" in text
    assert "command verify ended with exit code 2" in text
    assert "verified: ok" in text
    for secret in ("Janssen", PASSWORD, "fout"):
        assert secret not in text


def test_the_console_only_program_shows_help_instead_of_a_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # adviser-desk-cli of the bundle: no command and no case file never start the window.
    assert adviser_cli.main([], window=False) == adviser_cli.EXIT_USAGE
    assert "exit codes:" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        adviser_cli.main(["Zaken.adcase"], window=False)
    assert usage.value.code == adviser_cli.EXIT_USAGE
