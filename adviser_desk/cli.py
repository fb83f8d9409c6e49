"""The ``adviser-desk`` command: the GUI, or a headless task for IT staff and scripts.

Headless commands never import Qt widgets, so they run on servers and in scripts.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from adviser_desk import __version__

if TYPE_CHECKING:
    from adviser_desk.catalogues import Catalogue
    from adviser_desk.services.session import CaseFileSession

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_WRONG_KEY = 2
EXIT_IN_USE = 3  # open in Adviser Desk elsewhere: nothing was checked or changed
EXIT_USAGE = 64  # sysexits.h EX_USAGE: the command line itself was wrong
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command stopped by SIGPIPE

EXIT_CODES = f"""exit codes:
  {EXIT_OK:<4} done (verify: every check passed)
  {EXIT_FAILED:<4} failed, with the reason on standard error (verify: damage found; also a
       file that is not a case file, a full disk, evidence refused, an internal error)
  {EXIT_WRONG_KEY:<4} wrong password or recovery key
  {EXIT_IN_USE:<4} the case file is open in Adviser Desk elsewhere: nothing was checked or changed
  {EXIT_USAGE:<4} usage error: unknown command or option, missing argument, or no password
       (at a terminal you are asked for it; from a pipe add --password-stdin)
  {EXIT_BROKEN_PIPE:<4} the reader of the output went away (for example `| head`)

Passwords typed at a terminal are not shown. --password-stdin reads one line from standard
input instead, for scripts."""


class UsageError(Exception):
    """The command line cannot be carried out as given (exit 64)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


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
        raise UsageError(f"expected the {what} on standard input")
    return line.rstrip("\r\n")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _secret(stdin: TextIO, what: str, piped: bool, flag: str, confirm: bool = False) -> str:
    """A password or key: one line of standard input with ``--...-stdin``; otherwise asked
    for at the terminal without echo. A pipe without the flag is a usage error, so a script
    never hangs on a prompt nobody sees."""
    if piped:
        return _read_line(stdin, what)
    if not _is_terminal(stdin):
        raise UsageError(f"standard input is not a terminal: add {flag} to read the {what} from it")
    import getpass

    value = getpass.getpass(f"{what[:1].upper()}{what[1:]}: ")
    if confirm and getpass.getpass(f"The {what} again: ") != value:
        raise UsageError(f"the two {what}s differ")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="adviser-desk",
        description=textwrap.fill(
            "Adviser Desk: encrypted case files for school confidential advisers. Without a "
            "command, the desktop application starts; with a .adcase file, it opens that file."
        ),
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"Adviser Desk {__version__}",
        help="print the version and exit",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, help=help, description=textwrap.fill(help), epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip

    def add_path(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("path", type=Path, help="the case file (.adcase)")

    def add_password(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--password-stdin", action="store_true",
            help="read the password as one line from standard input (for scripts); "
            "without it, it is asked for at the terminal",
        )  # fmt: skip

    def add_adviser(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--adviser", metavar="NAME",
            help="the adviser whose password this is, when the case file has more than one "
            "(as listed in File > Advisers); without it, each adviser's slot is tried",
        )  # fmt: skip

    def add_case_number(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("case_number", help="the case number, for example 2026-014")

    new = command("new", "create a case file; prints its recovery key")
    add_path(new)
    add_password(new)
    new.add_argument(
        "--kdf",
        choices=("calibrate", "minimum"),
        default="calibrate",
        help="Argon2id cost: calibrated to ~0.75 s on this computer (default), or the "
        "minimum of 64 MiB, 3 passes, 4 lanes for very slow computers",
    )

    def add_unlock(sub: argparse.ArgumentParser) -> None:
        add_path(sub)
        group = sub.add_mutually_exclusive_group()
        group.add_argument(
            "--password-stdin", action="store_true",
            help="read the password as one line from standard input (for scripts); "
            "without either option, the password is asked for at the terminal",
        )  # fmt: skip
        group.add_argument(
            "--recovery-key-stdin", action="store_true",
            help="unlock with the recovery key instead, read from standard input "
            "(asked for at a terminal)",
        )  # fmt: skip
        add_adviser(sub)

    verify = command(
        "verify",
        "check every encrypted page and the audit chain (exit 0 ok, 1 damaged, "
        "2 wrong password or key, 3 open in Adviser Desk elsewhere: not checked)",
    )
    add_unlock(verify)
    verify.add_argument(
        "--chain-head",
        action="append",
        default=[],
        metavar="HEX",
        help="a chain head printed earlier (on an evidence log or report; at least 16 hex "
        "digits): checks that today's history still contains it unchanged (repeatable)",
    )
    backup = command("backup", "make a consistent encrypted backup")
    add_unlock(backup)
    backup.add_argument(
        "dest_dir", type=Path, help="the folder in which the dated backup folder is made"
    )
    change = command(
        "change-password",
        "change the password: at a terminal it asks for the old and the new one; from a pipe "
        "it reads the old and the new password, one a line",
    )
    add_path(change)
    add_adviser(change)
    raw = command("show-raw-key", "print the SQLCipher raw key (hex) for other SQLCipher tools")
    add_unlock(raw)
    check = command(
        "check-question",
        "check an adviser's question for leading, blaming or secrecy wording (JSON)",
    )
    check.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the question (nl)"
    )
    check.add_argument(
        "--stdin", action="store_true", help="read questions from standard input, one a line"
    )
    check.add_argument(
        "--rules-only",
        action="store_true",
        help="skip the semantic layer (faster start; each finding names its layer)",
    )
    check.add_argument("text", nargs="?", default="", help="the question to check")
    evidence = command(
        "import-evidence", "add files to a case as evidence (a line per file: number or error)"
    )
    add_path(evidence)
    add_case_number(evidence)
    evidence.add_argument("files", nargs="+", type=Path, help="the files to add")
    add_password(evidence)
    evidence.add_argument(
        "--confirm-no-minor-sexual-images",
        action="store_true",
        help="state, for the whole batch, that no image is a nude or sexual image of someone "
        "under 18 (recorded in the audit chain); without it, in sexual cases every file that may "
        "hold a picture or a film is refused. A file that may be such an image is added in the "
        "window instead, which records it without keeping it",
    )
    log = command("evidence-log", "write a case's evidence log as PDF")
    add_path(log)
    add_case_number(log)
    log.add_argument("out", type=Path, help="the PDF file to write")
    add_password(log)
    log.add_argument(
        "--no-thumbnails", action="store_true", help="leave the small images out of the log"
    )
    package = command(
        "export", "export a case's evidence for the police (originals, log, manifest)"
    )
    add_path(package)
    add_case_number(package)
    package.add_argument("out_dir", type=Path, help="the folder in which the export folder is made")
    add_password(package)
    package.add_argument(
        "--receiver", required=True, help="who receives the package (recorded with the export)"
    )
    letter = command("stop-letter", "write the default stop-letter draft of a case as PDF")
    add_path(letter)
    add_case_number(letter)
    letter.add_argument("out", type=Path, help="the PDF file to write")
    add_password(letter)
    letter.add_argument(
        "--variant",
        choices=("threatened", "spread", "takedown"),
        help="images threatened, already spread, or a takedown request to a platform "
        "(default: from the case)",
    )
    letter.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the letter (nl)"
    )
    hand = command(
        "hand-over",
        "hand cases over to a colleague or successor: into their existing case file, or into a "
        "new one made for them. Everything of each case moves (people, tasks, notes, "
        "interviews, evidence with its originals, letters, custody); every original is "
        "verified by its SHA-256 on arrival, and both files record the hand-over in custody "
        "and audit. A case number the receiving file already uses gets the next free number "
        "there (the old one is kept with the case). Afterwards this file keeps the cases "
        "read-only, marked as handed over, unless --purge is given. Prints one line per case: "
        "its number here and its number there",
    )
    add_path(hand)
    hand.add_argument(
        "case_numbers", nargs="+", metavar="CASE_NO", help="the numbers of the cases to hand over"
    )
    hand.add_argument(
        "--to", required=True, type=Path, dest="target", metavar="TARGET.adcase",
        help="the receiving case file: an existing one opens with its own password; a file "
        "that does not exist yet is created with that password, and its recovery key is "
        "printed first",
    )  # fmt: skip
    hand.add_argument(
        "--password-stdin", action="store_true",
        help="read the passwords from standard input, one a line: this case file's, then the "
        "receiving file's (for scripts); without it, both are asked for at the terminal",
    )  # fmt: skip
    hand.add_argument(
        "--receiver", default="",
        help="the colleague's name, recorded on both sides (a new file is made in this name); "
        "default: the adviser named in the receiving file",
    )  # fmt: skip
    hand.add_argument(
        "--purge", action="store_true",
        help="purge the cases from this case file once the hand-over is complete, instead of "
        "keeping them read-only",
    )  # fmt: skip
    hand.add_argument(
        "--kdf", choices=("calibrate", "minimum"), default="calibrate",
        help="Argon2id cost of a new receiving file (as for 'new')",
    )  # fmt: skip
    demo = command("demo", "create a demo case file with three fictional cases (password: demo)")
    demo.add_argument("path", type=Path, help="where to create the demo case file (.adcase)")
    annual = command(
        "annual-report",
        "write the anonymised annual report of a year as PDF (and CSV): counts only, every "
        "count below 5 shown as <5",
    )
    add_path(annual)
    annual.add_argument("year", type=int, help="the year the cases were opened in, e.g. 2026")
    annual.add_argument("out", type=Path, help="the PDF file to write")
    add_password(annual)
    annual.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write the counts as CSV")
    annual.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the PDF (nl)"
    )
    cases = command("cases", "list the cases in a case file")
    add_unlock(cases)
    cases.add_argument("--json", action="store_true", help="one JSON list, for scripts")
    return parser


class _UpgradeProgress:
    """Says on standard error that a file made by an older version is being upgraded (once;
    minutes for a large file), in steps of a tenth. Silent when there is nothing to upgrade."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if self.shown < 0:
            self.err.write(
                "adviser-desk: upgrading the case file for this version (once; nothing is "
                "changed until an encrypted copy is made and checked)\n"
            )
            self.shown = 0
        tenth = 10 * done // total if total else self.shown
        if tenth > self.shown:
            self.shown = tenth
            self.err.write(f"adviser-desk: upgrade {10 * tenth}%\n")
        self.err.flush()


def _unlock(args: argparse.Namespace, stdin: TextIO) -> CaseFileSession:
    """The session every command works in; the caller closes it (``with``)."""
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.session import CaseFileSession

    adviser = _adviser(args)
    progress = _UpgradeProgress(sys.stderr)
    if getattr(args, "recovery_key_stdin", False):
        key = _secret(stdin, "recovery key", not _is_terminal(stdin), "--recovery-key-stdin")
        file = svc.unlock_with_recovery_key(args.path, key, progress, adviser=adviser)
    else:
        password = _password(args, stdin)
        file = svc.unlock_with_password(args.path, password, progress, adviser=adviser)
    try:
        session = CaseFileSession(file)
    except BaseException:
        file.close()
        raise
    for notice in file.open_notices():
        # Not an error (the file is open): what the opening found, e.g. changes lost in a
        # damaged -wal after an unclean shutdown.
        sys.stderr.write(f"adviser-desk: WARNING: {notice}\n")
    return session


def _adviser(args: argparse.Namespace) -> str | None:
    """The id of the adviser named by ``--adviser`` (names compare case-insensitively)."""
    from adviser_desk.services import case_file_service as svc

    name = getattr(args, "adviser", None)
    if name is None:
        return None
    choices = svc.unlock_choices(args.path)
    if not choices:
        return None  # no readable key file: unlocking says what is wrong
    for choice in choices:
        if choice.name.casefold() == name.strip().casefold():
            return choice.adviser_id
    raise UsageError(f"this case file has no adviser named {shown(name)}")


def _unlock_case(args: argparse.Namespace, stdin: TextIO) -> tuple[CaseFileSession, int]:
    """A session and the id of the case named by ``args.case_number``."""
    session = _unlock(args, stdin)
    try:
        return session, session.cases.case_id_for_number(args.case_number)
    except BaseException:
        session.close()
        raise


def _password(args: argparse.Namespace, stdin: TextIO, confirm: bool = False) -> str:
    piped = args.password_stdin and not _is_terminal(stdin)
    return _secret(stdin, "password", piped, "--password-stdin", confirm)


def _cmd_new(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import case_file_service as svc

    password = _password(args, stdin, confirm=True)
    params = svc.MINIMUM_KDF if args.kdf == "minimum" else None
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
    from adviser_desk.integrity_text import IntegrityText

    with _unlock(args, stdin) as session:
        report = session.file.verify()
        heads = session.file.find_chain_heads(args.chain_head)
        lost = session.file.case.wal_damage
    # In the system's language, as the window speaks it (Dutch under nl_NL).
    text = IntegrityText(_catalogue(_system_language()))
    lines = text.lines(report)
    lines += [text.chain_head(head, seq) for head, seq in heads.items()]
    if lost is not None:
        lines.append(text.lost(lost))
    ok = report.ok and lost is None and None not in heads.values()
    out.write("\n".join(lines) + "\n")
    out.write(text.verdict(ok, args.path) + "\n")
    return EXIT_OK if ok else EXIT_FAILED


def _cmd_backup(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    with _unlock(args, stdin) as session:
        copy = session.file.make_backup(args.dest_dir)
    out.write(f"{copy}\n")
    return EXIT_OK


def _cmd_change_password(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import case_file_service as svc

    if _is_terminal(stdin):
        old = _secret(stdin, "old password", False, "", confirm=False)
        new = _secret(stdin, "new password", False, "", confirm=True)
    else:
        old = _read_line(stdin, "old password")
        new = _read_line(stdin, "new password")
    svc.change_password(args.path, old, new, _adviser(args))
    err.write("Password changed. The old password no longer opens the case file.\n")
    return EXIT_OK


def _cmd_show_raw_key(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    with _unlock(args, stdin) as session:
        key = session.file.raw_key_hex()
        page_size = session.file.page_size()
        mac = session.file.hmac_algorithm()
    err.write(
        "WARNING: this key opens the case file without a password in any SQLCipher 4 tool "
        "(use it as PRAGMA key = \"x'<key>'\"; then PRAGMA cipher_page_size = "
        f"{page_size}; PRAGMA cipher_hmac_algorithm = {mac}). Do not store it; showing it "
        "was recorded in the audit chain.\n"
    )
    out.write(key + "\n")
    return EXIT_OK


def _cmd_check_question(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    import json
    from dataclasses import asdict

    from adviser_desk.services import question_checking

    if not args.rules_only and question_checking.load_semantic() is None:
        err.write(
            "The semantic layer could not be loaded; checking with the rules only. "
            f"({question_checking.failure()})\n"
        )
    checker = question_checking.checker()

    def report(text: str) -> None:
        findings = [asdict(f) for f in checker.check(text, args.lang)]
        out.write(json.dumps(findings, ensure_ascii=False) + "\n")

    if args.stdin:
        for line in stdin:
            report(line.rstrip("\r\n"))
    else:
        report(args.text)
    return EXIT_OK


# How to answer, after a refusal that waits for it (walk G, finding 11: the refusal said
# "Answer first" and not how). The command line cannot record a file as not kept.
HOW_TO_ANSWER = (
    " To answer: if none of these files shows someone under 18 naked or sexually, run again "
    "with --confirm-no-minor-sexual-images (recorded in the audit chain); otherwise add the "
    "file in the window (Evidence tab, Add), where the answer yes records it without keeping it."
)


def _cmd_import_evidence(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services.evidence_service import ImportResult, MinorQuestionError

    case_session, case_id = _unlock_case(args, stdin)
    with case_session:

        def report(step: ImportResult) -> None:
            # Each committed batch is told at once: a run that is stopped halfway has still
            # named every item it stored.
            for number in step.added:
                out.write(f"added {number}\n")
            for name, message in step.failed:
                how = HOW_TO_ANSWER if isinstance(message, MinorQuestionError) else ""
                out.write(f"failed {shown(name)}: {one_line(message)}{how}\n")
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
    from adviser_desk.services import evidence_export as esvc
    from adviser_desk.services.texts import english

    session, case_id = _unlock_case(args, stdin)
    with session:
        digest = esvc.export_log(
            session.evidence, case_id, args.out, english, thumbnails=not args.no_thumbnails
        )
        recorded = not session.file.case.read_only
    out.write(f"{digest}  {args.out}\n")
    err.write(
        "The PDF is not encrypted. "
        + (
            "Printing it was recorded in the chain of custody.\n"
            if recorded
            else "Printing it could NOT be recorded (the case file is read-only here).\n"
        )
    )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import evidence_export as esvc
    from adviser_desk.services.texts import english

    session, case_id = _unlock_case(args, stdin)
    with session:
        folder = esvc.export_package(
            session.evidence, case_id, args.out_dir, args.receiver, english
        )
    out.write(f"{folder}\n")
    err.write("The export is NOT encrypted: hand it over in person and delete it afterwards.\n")
    return EXIT_OK


def _cmd_hand_over(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services import retention_service
    from adviser_desk.services.handover import SameCaseFileError
    from adviser_desk.services.session import CaseFileSession

    if args.target.resolve() == args.path.resolve():
        raise SameCaseFileError()
    with _unlock(args, stdin) as session:
        case_ids = [session.cases.case_id_for_number(n) for n in args.case_numbers]
        # Before any password is asked or a file made (walk G2, finding 6).
        session.handover.check_evidence(case_ids)
        new = not args.target.exists()
        piped = args.password_stdin and not _is_terminal(stdin)
        what = "password for the new case file" if new else "password of the receiving case file"
        password = _secret(stdin, what, piped, "--password-stdin", confirm=new)
        recovery = None
        if new:
            params = svc.MINIMUM_KDF if args.kdf == "minimum" else None
            file, recovery = svc.create_case_file(
                args.target, password, params, adviser_name=args.receiver
            )
        else:
            file = svc.unlock_with_password(args.target, password)
        try:
            target = CaseFileSession(file)
        except BaseException:
            file.close()
            raise
        try:
            result = session.handover.hand_over(case_ids, target, args.receiver)
        finally:
            if new and file.holds_cases():
                # Kept (complete, or a later step failed and a re-run finishes it): its key
                # is printed once, and the caller is responsible for putting it on paper.
                assert recovery is not None
                out.write(recovery.formatted() + "\n")
                file.record_recovery_sheet_saved("standard output of 'adviser-desk hand-over'")
                file.confirm_recovery_key_stored()
            if new:
                svc.discard_new_case_file(file)  # removed only when it holds nothing
            else:
                target.close()
        for case in result.cases:
            renumbered = " (the number was taken there)" if case.renumbered else ""
            out.write(f"{case.number} -> {case.new_number}{renumbered}\n")
        out.flush()
        if args.purge:
            for case_id in case_ids:
                retention_service.purge_case(session.cases, case_id)
    kept = "purged here" if args.purge else "kept here read-only, marked as handed over"
    err.write(
        f"Handed over {len(result.cases)} case(s) to {result.receiver}; "
        f"{result.files_verified} evidence file(s) verified on arrival. The cases are {kept}.\n"
    )
    if recovery is not None:
        err.write(f"Created {args.target}. Keep the recovery key above on paper, locked away.\n")
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
                "handed_over": row.handed_over,
            }
            for row in rows
        ]
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        for row in rows:
            overdue = f", overdue since {row.first_open_due}" if row.overdue else ""
            # A handed-over case is kept here read-only; a script must not take it for work.
            handed = "handed over, read-only; " if row.handed_over else ""
            out.write(
                f"{row.number}  {row.status.value:<10}  {row.title}  "
                f"({handed}{row.open_tasks} open tasks{overdue})\n"
            )
    return EXIT_OK


def _cmd_stop_letter(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from adviser_desk.domain import letters as dl
    from adviser_desk.services.texts import english

    session, case_id = _unlock_case(args, stdin)
    with session:
        letters = session.letters
        kind = dl.VARIANTS[args.variant] if args.variant else letters.default_kind(case_id)
        result = letters.draft(case_id, kind, args.lang)
        title = letters.title(kind, args.lang)
        version = letters.save_version(case_id, kind, args.lang, result.draft.html, False)
        digest = letters.save_pdf(version, kind, title, args.out)
    for warning in result.warnings:
        err.write(f"note: {english('letters', warning)}\n")
    unfilled = [name for name, value in result.draft.fields if not value]
    if unfilled:
        err.write(f"still to fill in: {', '.join(unfilled)}\n")
    out.write(f"{digest}  {args.out}\n")
    return EXIT_OK


def _cmd_annual_report(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    if not 1900 < args.year < 10000:
        err.write(f"error: {args.year} is not a year\n")
        return EXIT_USAGE
    translate = _report_language(args.lang)
    session = _unlock(args, stdin)
    with session:
        saved = session.annual_report.save(args.year, args.out, translate, args.lang, args.csv)
    out.write(f"{saved.pdf_sha256}  {args.out}\n")
    if args.csv is not None:
        out.write(f"{saved.csv_sha256}  {args.csv}\n")
    err.write("Counts only, no names; every count below 5 is shown as <5.\n")
    return EXIT_OK


def _system_language() -> str:
    """'nl' when the system's language is Dutch, else 'en': as the window chooses by default."""
    from PySide6.QtCore import QLocale

    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def _catalogue(language: str) -> Catalogue | None:
    """Our compiled catalogue for ``language`` (English too: its plural forms)."""
    from adviser_desk import catalogues

    catalogue = catalogues.load(catalogues.ours(language))
    catalogues.warn_if_stale()
    return catalogue


def _report_language(language: str) -> Callable[[str, str], str]:
    """The report's words in ``language``, from the app's own compiled catalogue (QtCore only:
    the command line never starts a window)."""
    from adviser_desk.services.texts import english

    if language == "en":
        return english
    from adviser_desk import catalogues

    # From bytes, as the window loads it: a .qm rebuilt while this runs cannot move under it.
    catalogue = catalogues.load(catalogues.ours(language))
    catalogues.warn_if_stale()
    if catalogue is None:
        return english
    return catalogue.translate


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
    "annual-report": _cmd_annual_report,
    "hand-over": _cmd_hand_over,
}


def gui_file(argv: Sequence[str]) -> Path | None:
    """``adviser-desk Zaken.adcase`` (a double-click on a case file) opens it in the window."""
    if len(argv) == 1 and argv[0] not in _COMMANDS and not argv[0].startswith("-"):
        path = Path(argv[0])
        if path.suffix == ".adcase":
            return path
    return None


def main(argv: Sequence[str] | None = None, window: bool = True) -> int:
    """``window=False`` is the console-only ``adviser-desk-cli`` of the bundle: without a
    command it shows the help instead of starting the window."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    open_path = gui_file(arguments) if window else None
    if open_path is not None:
        from adviser_desk.ui.shell.app import run_gui

        return int(run_gui(open_path))
    parser = _parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        if not window:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        from adviser_desk.ui.shell.app import run_gui

        return int(run_gui())
    from adviser_desk import diagnostics

    diagnostics.start(f"command {args.command}")
    code = _run_command(args)
    diagnostics.log.info("command %s ended with exit code %d", args.command, code)
    return code


def _run_command(args: argparse.Namespace) -> int:
    from adviser_desk import diagnostics
    from adviser_desk.domain.errors import KnownError
    from adviser_desk.domain.recovery_key import RecoveryKeyFormatError
    from adviser_desk.services.errors import (
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
    except UsageError as exc:
        sys.stderr.write(f"adviser-desk: {exc}\nRun 'adviser-desk {args.command} --help'.\n")
        return EXIT_USAGE
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
        # A bug: say so plainly, without a traceback that could quote case data; the
        # diagnostics log gets its kind and code lines for the IT desk.
        diagnostics.log_exception(exc, f"command {args.command}")
        sys.stderr.write(
            f"adviser-desk: internal error ({type(exc).__name__}). Nothing was changed after "
            "the last completed step. Please report this to your IT staff.\n"
        )
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
