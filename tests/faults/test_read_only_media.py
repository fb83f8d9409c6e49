"""A case file on read-only media opens read-only with a note: verify, the case list and the
evidence log work; nothing is written beside it. Root ignores permissions, so the commands run
as "nobody" in a read-only folder (the interpreter lives under /root: imports come first)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.faults.common import case_file_with_a_case, cli, noisy_pngs
from tests.storage.helpers import child, sha256

NOBODY = 65534

READER = textwrap.dedent(
    """
    import io, os, sys
    from contextlib import redirect_stdout, redirect_stderr
    from pathlib import Path
    import adviser_desk.cli as cli
    import adviser_desk.services.evidence_export, adviser_desk.reports.evidence_log
    import adviser_desk.services.session, adviser_desk.reports.common
    # verify reports in the system's language through QtCore (665d409): PySide6 loads here,
    # as nobody it could not read the Python it needs (its start-up failed fatally).
    import adviser_desk.integrity_text, adviser_desk.catalogues
    folder, out_dir, user = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    password, number = sys.argv[4], sys.argv[5]
    # Warm up every import the commands need, then drop privileges.
    sys.stdin = io.StringIO("")
    with redirect_stderr(io.StringIO()):
        cli.main(["cases", str(folder / "missing.adcase"), "--password-stdin"])
    import reportlab.pdfgen.canvas, PIL.Image, sqlalchemy.dialects.sqlite
    if user >= 0:
        os.setgid(user)
        os.setuid(user)
    for args in (["verify"], ["cases"], ["evidence-log", number, str(out_dir / "log.pdf")]):
        sys.stdin = io.StringIO(password + "\\n")
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = cli.main([args[0], str(folder / "Zaken.adcase"), *args[1:], "--password-stdin"])
        print("COMMAND", args[0], rc)
        print(out.getvalue())
        print("ERR", err.getvalue())
    """
)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a folder read-only for nobody")
def test_a_case_file_on_read_only_media_opens_read_only(case_dir: Path, tmp_path: Path) -> None:
    path, number = case_file_with_a_case(case_dir)
    files = noisy_pngs(tmp_path / "in", 3, side=40)
    assert cli("import-evidence", str(path), number, "--password-stdin",
               *map(str, files)).returncode == 0  # fmt: skip
    base = Path(tempfile.mkdtemp(prefix="adviser-desk-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        stick, out_dir = base / "stick", base / "out"
        stick.mkdir()
        out_dir.mkdir()
        for name in ("Zaken.adcase", "Zaken.adcase-keys"):
            shutil.copy(case_dir / name, stick / name)
            (stick / name).chmod(0o644)
        os.chown(out_dir, NOBODY, NOBODY)
        stick.chmod(0o555)  # owned by root: read-only for nobody
        before = sha256(stick / "Zaken.adcase")
        result = child(READER, str(stick), str(out_dir), str(NOBODY), PASSWORD, number,
                       timeout=180)  # fmt: skip
        out = result.stdout
        assert "COMMAND verify 0" in out, out + result.stderr
        assert "COMMAND cases 0" in out and "Nepaccount" in out, out
        assert "COMMAND evidence-log 0" in out, out
        assert "opened read-only" in out and "could NOT be recorded" in out
        assert (out_dir / "log.pdf").read_bytes().startswith(b"%PDF")
        assert sorted(p.name for p in stick.iterdir()) == ["Zaken.adcase", "Zaken.adcase-keys"]
        assert sha256(stick / "Zaken.adcase") == before
        assert stat.S_IMODE(stick.stat().st_mode) == 0o555
    finally:
        (base / "stick").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
