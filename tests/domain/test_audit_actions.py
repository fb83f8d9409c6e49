"""One audit-action enum: every action a service appends is a member with a readable label."""

from __future__ import annotations

import ast
from pathlib import Path

import adviser_desk
from adviser_desk.domain import audit_actions
from adviser_desk.domain.audit_actions import AuditAction

SOURCE = Path(adviser_desk.__file__).parent
# Calls that append to the audit chain, and the position of their action argument.
APPENDERS = {
    "append": 2,
    "audit": 1,
    "_audit": 1,
    "_record_custody": 5,
    "_replace_password": 2,
}


def test_every_action_has_a_label() -> None:
    missing = [action for action in AuditAction if not audit_actions.LABELS.get(action)]
    assert missing == []
    assert set(audit_actions.LABELS) == set(AuditAction)
    assert audit_actions.label("letter.printed") == "Letter printed"
    assert audit_actions.label("evidence.recorded") == "Evidence recorded"
    assert audit_actions.label("some.future_action") == "some.future_action"


def test_helpers_name_members() -> None:
    assert audit_actions.takedown("reported") is AuditAction.EVIDENCE_TAKEDOWN_REPORTED
    assert audit_actions.letter_output("exported") is AuditAction.LETTER_EXPORTED


def test_no_service_appends_a_string_literal() -> None:
    """mypy enforces the enum too; this also catches code outside mypy's reach."""
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = APPENDERS.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant | ast.JoinedStr):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert offenders == []


def test_audit_records_written_by_services_are_members(tmp_path: Path) -> None:
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.storage import kdf
    from tests.conftest import PASSWORD

    service, _ = svc.create_case_file(tmp_path / "A.adcase", PASSWORD, kdf.MINIMUM)
    try:
        service.confirm_recovery_key_stored()
        service.update_profile("Marieke Jansen", "Het Baken College")
        actions = {row.action for row in service.audit_rows()}
    finally:
        service.close()
    assert actions <= {a.value for a in AuditAction}
    assert {"case_file.created", "recovery_key.confirmed_stored", "profile.updated"} <= actions
