"""`adviser-desk hand-over` as a real process: into a new case file (its recovery key printed
and working), into an existing one (a taken number renumbered), and its refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_views import CaseRow
from adviser_desk.services.demo import create_demo
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf, keyslots
from tests.cli.test_cli import KEY_LINE, cli
from tests.conftest import NEW_PASSWORD, PASSWORD

DEMO = "demo"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo(tmp_path_factory.mktemp("demo") / "Demo.adcase")


@pytest.fixture
def demo(demo_template: Path, case_dir: Path) -> tuple[Path, list[str]]:
    """A copy of the demo case file (three cases) and its case numbers, newest first."""
    for original in (demo_template, keyslots.slot_file_path(demo_template)):
        shutil.copyfile(original, case_dir / original.name)
    path = case_dir / demo_template.name
    return path, [row.number for row in listed(path)]


def listed(path: Path, password: str = DEMO) -> list[CaseRow]:
    with CaseFileSession(svc.unlock_with_password(path, password)) as session:
        return session.cases.list_cases()


def test_into_a_new_case_file_prints_its_recovery_key(
    demo: tuple[Path, list[str]], case_dir: Path
) -> None:
    path, numbers = demo
    target = case_dir / "Opvolger.adcase"
    result = cli(
        "hand-over", str(path), numbers[0], numbers[1], "--to", str(target),
        "--password-stdin", "--kdf", "minimum", "--receiver", "Carla Visser",
        stdin=f"{DEMO}\n{NEW_PASSWORD}\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert KEY_LINE.match(lines[0]), result.stdout
    assert lines[1:] == [f"{numbers[0]} -> {numbers[0]}", f"{numbers[1]} -> {numbers[1]}"]
    assert "Carla Visser" in result.stderr and "read-only" in result.stderr
    # The new file opens with its password and with the printed recovery key.
    there = listed(target, NEW_PASSWORD)
    assert sorted(r.number for r in there) == sorted(numbers[:2])
    by_key = cli("verify", str(target), "--recovery-key-stdin", stdin=lines[0] + "\n")
    assert by_key.returncode == 0 and "OK:" in by_key.stdout, by_key.stdout
    # Both chains hold and the sender's cases are marked.
    assert cli("verify", str(path), "--password-stdin", stdin=DEMO + "\n").returncode == 0
    with CaseFileSession(svc.unlock_with_password(path, DEMO)) as sender:
        handed = {r.number for r in sender.cases.list_cases() if r.handed_over}
        assert handed == set(numbers[:2])
        heads = [r for r in sender.file.audit_rows() if r.action == "case.handed_over"]
        assert len(heads) == 2
    # `cases` says which are kept here read-only, in its lines and in its JSON.
    lines = cli("cases", str(path), "--password-stdin", stdin=DEMO + "\n").stdout.splitlines()
    marked = {line.split()[0] for line in lines if "(handed over, read-only; " in line}
    assert marked == set(numbers[:2]) and len(lines) > 2
    data = cli("cases", str(path), "--password-stdin", "--json", stdin=DEMO + "\n").stdout
    assert {row["number"] for row in json.loads(data) if row["handed_over"]} == marked


def test_into_an_existing_file_with_a_taken_number_and_purge(
    demo: tuple[Path, list[str]], case_dir: Path
) -> None:
    path, numbers = demo
    colleague = case_dir / "Collega.adcase"
    # The colleague's own demo file holds the same numbers already.
    create_demo(colleague)
    result = cli(
        "hand-over", str(path), numbers[0], "--to", str(colleague), "--password-stdin",
        "--purge", stdin=f"{DEMO}\n{DEMO}\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    old, new = line.split(" (")[0].split(" -> ")
    assert old == numbers[0] and new not in numbers and "number was taken" in line
    assert "purged" in result.stderr
    assert numbers[0] not in {r.number for r in listed(path)}
    with CaseFileSession(svc.unlock_with_password(colleague, DEMO)) as there:
        case_id = there.cases.case_id_for_number(new)
        transfer = there.cases.get_case(case_id).transfer
        assert transfer is not None and transfer.previous_number == old


def test_refusals_exit_as_the_other_commands_and_change_nothing(
    demo: tuple[Path, list[str]], case_dir: Path
) -> None:
    path, numbers = demo
    colleague = case_dir / "Collega.adcase"
    service, _ = svc.create_case_file(colleague, PASSWORD, kdf.MINIMUM)
    service.close()
    before = colleague.read_bytes()
    wrong = cli(
        "hand-over", str(path), numbers[0], "--to", str(colleague), "--password-stdin",
        stdin=f"{DEMO}\nniet het wachtwoord\n",
    )  # fmt: skip
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    unknown = cli(
        "hand-over", str(path), "1999-001", "--to", str(colleague), "--password-stdin",
        stdin=f"{DEMO}\n{PASSWORD}\n",
    )  # fmt: skip
    assert unknown.returncode == 1 and "1999-001" in unknown.stderr
    same = cli(
        "hand-over", str(path), numbers[0], "--to", str(path), "--password-stdin",
        stdin=f"{DEMO}\n{DEMO}\n",
    )  # fmt: skip
    assert same.returncode == 1 and "into the case file they are in" in same.stderr
    weak = cli(
        "hand-over", str(path), numbers[0], "--to", str(case_dir / "Nieuw.adcase"),
        "--password-stdin", "--kdf", "minimum", stdin=f"{DEMO}\nkort\n",
    )  # fmt: skip
    assert weak.returncode == 1 and "too weak" in weak.stderr
    assert not (case_dir / "Nieuw.adcase").exists()
    missing = cli("hand-over", str(path), numbers[0], "--password-stdin", stdin=DEMO + "\n")
    assert missing.returncode == 64 and "--to" in missing.stderr
    assert colleague.read_bytes() == before
    assert not any(r.handed_over for r in listed(path))


def test_help_documents_the_command() -> None:
    overview = cli("--help")
    assert "hand-over" in overview.stdout
    result = cli("hand-over", "--help")
    assert result.returncode == 0
    for words in ("--to TARGET.adcase", "--password-stdin", "then the receiving", "recovery key"):
        assert words in " ".join(result.stdout.split()), words
