"""The headless `adviser-desk` commands, run as real processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.storage.helpers import flip_byte

KEY_LINE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$")


def cli(*args: str, stdin: str = "", lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command as a script runs it, under ``lang`` (the verify report speaks the system's
    language: English unless a test asks for another)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "adviser_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def new_file(folder: Path, name: str = "cli.adcase") -> tuple[Path, str]:
    path = folder / name
    result = cli("new", str(path), "--password-stdin", "--kdf", "minimum", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and KEY_LINE.match(lines[0]), result.stdout
    return path, lines[0]


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("Adviser Desk ")


def test_new_then_verify_with_password_and_recovery_key(case_dir: Path) -> None:
    path, key = new_file(case_dir)
    ok = cli("verify", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr
    assert "audit chain: OK" in ok.stdout
    by_key = cli(
        "verify", str(path), "--recovery-key-stdin", stdin=key.lower().replace("-", "") + "\n"
    )
    assert by_key.returncode == 0, by_key.stderr


def test_wrong_keys_exit_2_without_a_traceback(case_dir: Path) -> None:
    path, key = new_file(case_dir)
    wrong = cli("verify", str(path), "--password-stdin", stdin="niet het wachtwoord\n")
    assert wrong.returncode == 2
    assert "not correct" in wrong.stderr and "Traceback" not in wrong.stderr
    # A typo must differ from the key: replacing the last character with itself is no typo.
    typo_key = key[:-1] + ("1" if key[-1] == "0" else "0")
    assert typo_key != key
    typo = cli("verify", str(path), "--recovery-key-stdin", stdin=typo_key + "\n")
    assert typo.returncode == 2 and "Traceback" not in typo.stderr


def test_damage_exits_1_with_a_readable_report(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    size = path.stat().st_size
    flip_byte(path, size - 4096 + 500)  # inside the last page, not the first
    result = cli("verify", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DAMAGED" in result.stdout or "damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_not_a_case_file_exits_1_naming_the_file(case_dir: Path) -> None:
    other = case_dir / "notes.txt"
    other.write_text("hello " * 2000)
    result = cli("verify", str(other), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 1
    assert "notes.txt" in result.stderr and "not an Adviser Desk case file" in result.stderr


def test_backup_and_change_password(case_dir: Path, tmp_path: Path) -> None:
    path, _ = new_file(case_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = cli("backup", str(path), str(stick), "--password-stdin", stdin=PASSWORD + "\n")
    assert backup.returncode == 0, backup.stderr
    copy = Path(backup.stdout.strip())
    assert copy.is_file() and copy.parent.parent == stick
    changed = cli("change-password", str(path), stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert changed.returncode == 0, changed.stderr
    assert cli("verify", str(path), "--password-stdin", stdin=NEW_PASSWORD + "\n").returncode == 0
    assert cli("verify", str(path), "--password-stdin", stdin=PASSWORD + "\n").returncode == 2
    # The backup keeps the password it had when it was made.
    assert cli("verify", str(copy), "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    weak = cli("change-password", str(path), stdin=f"{NEW_PASSWORD}\nkort\n")
    assert weak.returncode == 1 and "too weak" in weak.stderr


def test_show_raw_key_warns_and_opens_the_file_in_plain_sqlcipher(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    result = cli("show-raw-key", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0
    assert "WARNING" in result.stderr
    # The page size and MAC another tool must be told (new files: 16 KiB, HMAC-SHA256) are
    # printed with the key.
    assert "PRAGMA cipher_page_size = 16384" in result.stderr
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA256" in result.stderr
    key = result.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("PRAGMA cipher_page_size = 16384")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    actions = [row[0] for row in conn.execute("SELECT action FROM audit_events")]
    conn.close()
    assert actions[0] == "case_file.created" and "raw_key.shown" in actions


def test_headless_commands_do_not_import_qt_widgets(case_dir: Path) -> None:
    """No widgets nor GUI (no display needed); the verify report reads its words from the
    catalogue with QtCore, as annual-report does."""
    path, _ = new_file(case_dir)
    code = (
        "import sys, io\n"
        "from adviser_desk.cli import main\n"
        f"sys.stdin = io.StringIO({PASSWORD!r} + '\\n')\n"
        f"rc = main(['verify', {str(path)!r}, '--password-stdin'])\n"
        "assert rc == 0, rc\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
        "'PySide6.QtGui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_missing_stdin_is_explained(case_dir: Path) -> None:
    result = cli("new", str(case_dir / "x.adcase"), "--password-stdin", stdin="")
    assert result.returncode != 0 and "standard input" in result.stderr
    assert not (case_dir / "x.adcase").exists()


def test_a_case_file_as_the_only_argument_opens_the_window_with_it() -> None:
    from adviser_desk.cli import gui_file

    assert gui_file(["/media/usb/Zaken.adcase"]) == Path("/media/usb/Zaken.adcase")
    assert gui_file(["verify"]) is None and gui_file(["--version"]) is None
    assert gui_file(["Zaken.adcase", "--password-stdin"]) is None
    assert gui_file(["notes.txt"]) is None


def test_an_older_file_is_upgraded_with_progress_on_standard_error(case_dir: Path) -> None:
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.storage import migrate

    path, _key = new_file(case_dir)
    service = svc.unlock_with_password(path, PASSWORD)
    migrate.run_alembic(service.case.engine, "0007", downgrade=True)
    service.close()
    first = cli("cases", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    assert "upgrading the case file for this version (once" in first.stderr
    assert first.stderr.rstrip().endswith("upgrade 100%")
    again = cli("cases", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert again.returncode == 0 and "upgrad" not in again.stderr
