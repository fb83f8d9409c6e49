"""The ``adviser-desk`` command: the GUI, or a headless task for IT staff and scripts.

Headless commands never import Qt widgets, so they run on servers and in scripts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from adviser_desk import __version__

if TYPE_CHECKING:
    from adviser_desk.services.session import CaseFileSession

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_WRONG_KEY = 2
EXIT_IN_USE = 3  # open in Adviser Desk elsewhere: nothing was checked or changed
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command stopped by SIGPIPE


def shown(text: object) -> str:
    """A file name or message on one line of output: names may hold newlines or quotes, so
    control characters are escaped and names are quoted the way JSON strings are."""
    import json

    return json.dumps(str(text), ensure_ascii=False)


def one_line(text: object) -> str:
    return "".join(ch if ch.isprintable() or ch == " " else shown(ch)[1:-1] for ch in str(text))


def _read_line(stream: TextIO, what: str) -> str:
    line = stream.readline()
    if not line:
        raise SystemExit(f"adviser-desk: expected the {what} on standard input")
    return line.rstrip("\r\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="adviser-desk",
        description="Adviser Desk: encrypted case files for school confidential advisers. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"Adviser Desk {__version__}")
    commands = parser.add_subparsers(dest="command")

    new = commands.add_parser("new", help="create a case file; prints its recovery key")
    new.add_argument("path", type=Path)
    new.add_argument("--password-stdin", action="store_true", required=True)
    new.add_argument(
        "--kdf",
        choices=("calibrate", "minimum"),
        default="calibrate",
        help="Argon2id cost: calibrated to ~0.75 s on this computer (default), or the "
        "minimum of 64 MiB, 3 passes, 4 lanes for very slow computers",
    )

    def add_unlock(sub: argparse.ArgumentParser, recovery: bool = True) -> None:
        sub.add_argument("path", type=Path)
        group = sub.add_mutually_exclusive_group(required=True)
        group.add_argument("--password-stdin", action="store_true")
        if recovery:
            group.add_argument("--recovery-key-stdin", action="store_true")

    verify = commands.add_parser(
        "verify",
        help="check every encrypted page and the audit chain (exit 0 ok, 1 damaged, "
        "2 wrong password or key, 3 open in Adviser Desk elsewhere: not checked)",
    )
    add_unlock(verify)
    backup = commands.add_parser("backup", help="make a consistent encrypted backup")
    add_unlock(backup)
    backup.add_argument("dest_dir", type=Path)
    change = commands.add_parser(
        "change-password", help="reads the old and the new password from stdin, one a line"
    )
    change.add_argument("path", type=Path)
    raw = commands.add_parser(
        "show-raw-key", help="print the SQLCipher raw key (hex) for other SQLCipher tools"
    )
    add_unlock(raw)
    check = commands.add_parser(
        "check-question",
        help="check an adviser's question for leading, blaming or secrecy wording (JSON)",
    )
    check.add_argument("--lang", choices=("nl", "en"), default="nl")
    check.add_argument("--stdin", action="store_true", help="one utterance per line")
    check.add_argument("text", nargs="?", default="")
    evidence = commands.add_parser(
        "import-evidence", help="add files to a case as evidence (a line per file: number or error)"
    )
    evidence.add_argument("path", type=Path)
    evidence.add_argument("case_number")
    evidence.add_argument("files", nargs="+", type=Path)
    evidence.add_argument("--password-stdin", action="store_true", required=True)
    evidence.add_argument(
        "--confirm-no-minor-sexual-images",
        action="store_true",
        help="state, for the whole batch, that no image is a nude or sexual image of someone "
        "under 18 (recorded in the audit chain); without it, images in sexual cases are refused",
    )
    log = commands.add_parser("evidence-log", help="write a case's evidence log as PDF")
    log.add_argument("path", type=Path)
    log.add_argument("case_number")
    log.add_argument("out", type=Path)
    log.add_argument("--password-stdin", action="store_true", required=True)
    log.add_argument("--no-thumbnails", action="store_true")
    package = commands.add_parser(
        "export", help="export a case's evidence for the police (originals, log, manifest)"
    )
    package.add_argument("path", type=Path)
    package.add_argument("case_number")
    package.add_argument("out_dir", type=Path)
    package.add_argument("--password-stdin", action="store_true", required=True)
    package.add_argument("--receiver", default="", help="who receives the package")
    letter = commands.add_parser(
        "stop-letter", help="write the default stop-letter draft of a case as PDF"
    )
    letter.add_argument("path", type=Path)
    letter.add_argument("case_number")
    letter.add_argument("out", type=Path)
    letter.add_argument("--password-stdin", action="store_true", required=True)
    letter.add_argument(
        "--variant",
        choices=("threatened", "spread", "takedown"),
        help="images threatened, already spread, or a takedown request to a platform "
        "(default: from the case)",
    )
    letter.add_argument("--lang", choices=("nl", "en"), default="nl")
    demo = commands.add_parser(
        "demo", help="create a demo case file with three fictional cases (password: demo)"
    )
    demo.add_argument("path", type=Path)
    cases = commands.add_parser("cases", help="list the cases in a case file")
    add_unlock(cases)
    cases.add_argument("--json", action="store_true", help="one JSON list, for scripts")
    return parser


def _unlock(args: argparse.Namespace, stdin: TextIO) -> CaseFileSession:
    """The session every command works in; the caller closes it (``with``)."""
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.session import CaseFileSession

    if getattr(args, "recovery_key_stdin", False):
        file = svc.unlock_with_recovery_key(args.path, _read_line(stdin, "recovery key"))
    else:
        file = svc.unlock_with_password(args.path, _read_line(stdin, "password"))
    try:
        return CaseFileSession(file)
    except BaseException:
        file.close()
        raise


def _unlock_case(args: argparse.Namespace, stdin: TextIO) -> tuple[CaseFileSession, int]:
    """A session and the id of the case named by ``args.case_number``."""
    session = _unlock(args, stdin)
    try:
        return session, session.cases.case_id_for_number(args.case_number)
    except BaseException:
        session.close()
        raise


def _cmd_new(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.storage import kdf

    password = _read_line(stdin, "password")
    params = kdf.MINIMUM if args.kdf == "minimum" else None
    service, recovery = svc.create_case_file(args.path, password, params)
    try:
        # Printed once: the caller is responsible for putting it on paper.
        out.write(recovery.formatted() + "\n")
        service.record_recovery_sheet_saved("standard output of 'adviser-desk new'")
        service.confirm_recovery_key_stored()
    finally:
        service.close()
    err.write(f"Created {args.path}. Keep the recovery key above on paper, locked away.\n")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    with _unlock(args, stdin) as session:
        report = session.file.verify()
    out.write("\n".join(report.lines()) + "\n")
    out.write(("OK: " if report.ok else "PROBLEM: ") + str(args.path) + "\n")
    return EXIT_OK if report.ok else EXIT_FAILED


def _cmd_backup(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    with _unlock(args, stdin) as session:
        copy = session.file.make_backup(args.dest_dir)
    out.write(f"{copy}\n")
    return EXIT_OK


def _cmd_change_password(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import case_file_service as svc

    old = _read_line(stdin, "old password")
    new = _read_line(stdin, "new password")
    svc.change_password(args.path, old, new)
    err.write("Password changed. The old password no longer opens the case file.\n")
    return EXIT_OK


def _cmd_show_raw_key(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    with _unlock(args, stdin) as session:
        key = session.file.raw_key_hex()
    err.write(
        "WARNING: this key opens the case file without a password in any SQLCipher 4 tool "
        "(use it as PRAGMA key = \"x'<key>'\"). Do not store it; showing it was recorded in "
        "the audit chain.\n"
    )
    out.write(key + "\n")
    return EXIT_OK


def _cmd_check_question(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    import json
    from dataclasses import asdict

    from adviser_desk.domain.questions import check_question

    def report(text: str) -> None:
        findings = [asdict(f) for f in check_question(text, args.lang)]
        out.write(json.dumps(findings, ensure_ascii=False) + "\n")

    if args.stdin:
        for line in stdin:
            report(line.rstrip("\r\n"))
    else:
        report(args.text)
    return EXIT_OK


def _cmd_import_evidence(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services.evidence_service import ImportResult
    from adviser_desk.storage import audit_log

    case_session, case_id = _unlock_case(args, stdin)
    with case_session:
        if args.confirm_no_minor_sexual_images:
            with case_session.file.case.transaction() as session:
                audit_log.append(
                    session,
                    "adviser-desk import-evidence",
                    "evidence.batch_confirmed_no_minor",
                    args.case_number,
                    {"files": len(args.files)},
                )

        def report(step: ImportResult) -> None:
            # Each committed batch is told at once: a run that is stopped halfway has still
            # named every item it stored.
            for number in step.added:
                out.write(f"added {number}\n")
            for name, message in step.failed:
                out.write(f"failed {shown(name)}: {one_line(message)}\n")
            out.flush()

        result = case_session.evidence.import_files(
            case_id,
            args.files,
            confirm_no_minor=args.confirm_no_minor_sexual_images,
            source="adviser-desk import-evidence",
            reported=report,
        )
    err.write(f"{len(result.added)} added, {len(result.failed)} failed\n")
    return EXIT_OK if not result.failed else EXIT_FAILED


def _cmd_evidence_log(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.reports.common import english
    from adviser_desk.services import evidence_export as esvc

    session, case_id = _unlock_case(args, stdin)
    with session:
        digest = esvc.export_log(
            session.evidence, case_id, args.out, english, thumbnails=not args.no_thumbnails
        )
    out.write(f"{digest}  {args.out}\n")
    err.write("The PDF is not encrypted. Printing it was recorded in the chain of custody.\n")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.reports.common import english
    from adviser_desk.services import evidence_export as esvc

    session, case_id = _unlock_case(args, stdin)
    with session:
        folder = esvc.export_package(
            session.evidence, case_id, args.out_dir, args.receiver, english
        )
    out.write(f"{folder}\n")
    err.write("The export is NOT encrypted: hand it over in person and delete it afterwards.\n")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services.demo import DEMO_PASSWORD, create_demo

    path = create_demo(args.path)
    err.write(f"Created the demo case file {path} (password: {DEMO_PASSWORD}).\n")
    return EXIT_OK


def _cmd_cases(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    import json

    with _unlock(args, stdin) as session:
        rows = session.cases.list_cases()
    if args.json:
        data = [
            {
                "number": row.number,
                "title": row.title,
                "status": row.status.value,
                "incident_types": [t.value for t in row.incident_types],
                "open_tasks": row.open_tasks,
            }
            for row in rows
        ]
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        for row in rows:
            overdue = f", overdue since {row.first_open_due}" if row.overdue else ""
            out.write(
                f"{row.number}  {row.status.value:<10}  {row.title}  "
                f"({row.open_tasks} open tasks{overdue})\n"
            )
    return EXIT_OK


def _cmd_stop_letter(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.domain import letters as dl
    from adviser_desk.reports.common import english
    from adviser_desk.storage.atomic import write_atomic

    session, case_id = _unlock_case(args, stdin)
    with session:
        letters = session.letters
        kind = dl.VARIANTS[args.variant] if args.variant else letters.default_kind(case_id)
        result = letters.draft(case_id, kind, args.lang)
        title = letters.title(kind, args.lang)
        pdf = letters.render(kind, result.draft.html, title)
        version = letters.save_version(case_id, kind, args.lang, result.draft.html, False)
        write_atomic(args.out, pdf)
        digest = letters.record_output(version.version_id, "exported", pdf)
    for warning in result.warnings:
        err.write(f"note: {english('letters', warning)}\n")
    unfilled = [name for name, value in result.draft.fields if not value]
    if unfilled:
        err.write(f"still to fill in: {', '.join(unfilled)}\n")
    out.write(f"{digest}  {args.out}\n")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]] = {
    "new": _cmd_new,
    "verify": _cmd_verify,
    "backup": _cmd_backup,
    "change-password": _cmd_change_password,
    "show-raw-key": _cmd_show_raw_key,
    "demo": _cmd_demo,
    "check-question": _cmd_check_question,
    "import-evidence": _cmd_import_evidence,
    "evidence-log": _cmd_evidence_log,
    "export": _cmd_export,
    "stop-letter": _cmd_stop_letter,
    "cases": _cmd_cases,
}


def gui_file(argv: Sequence[str]) -> Path | None:
    """``adviser-desk Zaken.adcase`` (a double-click on a case file) opens it in the window."""
    if len(argv) == 1 and argv[0] not in _COMMANDS and not argv[0].startswith("-"):
        path = Path(argv[0])
        if path.suffix == ".adcase":
            return path
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    open_path = gui_file(arguments)
    if open_path is not None:
        from adviser_desk.ui.app import run_gui

        return int(run_gui(open_path))
    args = _parser().parse_args(arguments)
    if args.command is None:
        from adviser_desk.ui.app import run_gui

        return int(run_gui())
    from adviser_desk.domain.errors import KnownError
    from adviser_desk.domain.recovery_key import RecoveryKeyFormatError
    from adviser_desk.storage.errors import (
        CaseFileLockedError,
        WrongPasswordError,
        WrongRecoveryKeyError,
    )

    try:
        code = _COMMANDS[args.command](args, sys.stdin, sys.stdout, sys.stderr)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`adviser-desk cases ... | head`): stop quietly. Anything
        # already committed stays committed; stdout goes nowhere so the final flush at exit
        # cannot complain either.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (WrongPasswordError, WrongRecoveryKeyError, RecoveryKeyFormatError) as exc:
        sys.stderr.write(f"adviser-desk: {exc}\n")
        return EXIT_WRONG_KEY
    except CaseFileLockedError as exc:
        sys.stderr.write(f"adviser-desk: {exc}\n")
        return EXIT_IN_USE
    except KnownError as exc:
        sys.stderr.write(f"adviser-desk: {exc}\n")
        return EXIT_FAILED
    except Exception as exc:
        # A bug: say so plainly, without a traceback that could quote case data.
        sys.stderr.write(
            f"adviser-desk: internal error ({type(exc).__name__}). Nothing was changed after "
            "the last completed step. Please report this to your IT staff.\n"
        )
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
