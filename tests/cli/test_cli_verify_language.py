"""`adviser-desk verify` reports in the system's language, as the window does by default: Dutch
under nl_NL, English otherwise (it printed English whatever the language). Run as a script runs
it: the real command in a process of its own, LANG set, a real case file."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import cli, new_file
from tests.conftest import PASSWORD


def verify(path: Path, lang: str, *extra: str) -> tuple[int, list[str]]:
    result = cli("verify", str(path), "--password-stdin", *extra, stdin=PASSWORD + "\n", lang=lang)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout.splitlines()


def test_verify_speaks_dutch_under_nl_nl_and_english_otherwise(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    code, dutch = verify(path, "nl_NL.UTF-8")
    assert code == 0, dutch
    assert dutch[:2] == ["versleutelde pagina's: in orde", "databasestructuur: in orde"]
    assert dutch[2].startswith("auditketen: in orde, ") and " gebeurtenissen, kop " in dutch[2]
    assert dutch[3] == "bewijs: in orde, 0 opgeslagen stukken kloppen met hun SHA-256"
    assert dutch[-1] == f"IN ORDE: {path}"
    code, english = verify(path, "en_GB.UTF-8")
    assert code == 0, english
    assert english[:2] == ["encrypted pages: OK", "database structure: OK"]
    assert english[2].startswith("audit chain: OK, ") and " events, head " in english[2]
    assert english[3] == "evidence: OK, 0 stored items match their SHA-256"
    assert english[-1] == f"OK: {path}"
    # The same file, the same counts: only the words differ.
    assert dutch[2].split()[3] == english[2].split()[3]


def test_a_missing_chain_head_is_a_problem_in_dutch_too(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    head = "0123456789abcdef"
    code, lines = verify(path, "nl_NL.UTF-8", "--chain-head", head)
    assert code == 1, lines
    assert lines[-2] == (
        f"ketenkop {head}: NIET GEVONDEN - de geschiedenis is herschreven sinds de kop werd "
        "afgedrukt, of de kop hoort bij een ander zaakbestand (of is verkeerd overgetypt)"
    )
    assert lines[-1] == f"PROBLEEM: {path}"
    code, lines = verify(path, "en_GB.UTF-8", "--chain-head", head)
    assert code == 1 and lines[-1] == f"PROBLEM: {path}", lines
    assert lines[-2].startswith(f"chain head {head}: NOT FOUND - the history was rewritten")
