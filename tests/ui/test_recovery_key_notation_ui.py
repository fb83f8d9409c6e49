"""One notation for the recovery key (walk 5, W5-18): the window and the sheet show it in
groups of four with spaces; the sheet's "how to", the entry's placeholder and its tooltip say
the same, and the key is accepted typed as shown, with dashes, or with an O for a zero."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD

GROUPS = re.compile(r"^[0-9A-Z]{4}( [0-9A-Z]{4})*$")


def test_the_key_is_shown_described_and_asked_for_with_spaces(
    qtbot: QtBot, case_dir: Path, tmp_path: Path
) -> None:
    service, recovery = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    dialog = RecoveryKeyDialog(service, recovery)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.key_label.text().split("<br/>")
    assert len(lines) == 3 and all(GROUPS.match(line) for line in lines), lines
    sheet = tmp_path / "sheet.pdf"
    dialog.save_pdf_to(sheet)
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert all(line in text for line in lines)  # printed as shown
    assert "spaces and dashes do not matter" in text and "dashes are optional" not in text
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    service.close()
    dialog.close()

    unlock = UnlockDialog(case_dir / "Zaken.adcase", try_remembered=False)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.mouseClick(unlock.toggle, Qt.MouseButton.LeftButton)
    assert GROUPS.match(unlock.recovery.placeholderText().replace("X", "A"))
    assert len(unlock.recovery.placeholderText()) == len(" ".join(lines))
    assert "spaces and dashes do not matter" in unlock.recovery.toolTip()
    # Typed as the window shows it, in lower case and with an O for each zero.
    typed = " ".join(lines).lower().replace("0", "o")
    qtbot.keyClicks(unlock.recovery, typed)
    with qtbot.waitSignal(unlock.accepted, timeout=10000):
        qtbot.keyClick(unlock.recovery, Qt.Key.Key_Return)
    assert unlock.used_recovery_key and unlock.service is not None
    unlock.service.close()


def test_printing_the_sheet_to_a_file_proposes_its_save_name_in_documents(
    qtbot: QtBot,
    case_dir: Path,
    documents: Path,
) -> None:
    """Walk 6, W6-5: Print sheet… > Print to file proposed ~/<title>.pdf; it proposes what
    Save sheet as PDF… proposes: '<file> recovery sheet.pdf' in Documents. Cancelled there."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit, QWidget

    from tests.ui.drive import Modals, button_named, click, press_cancel

    service, recovery = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    dialog = RecoveryKeyDialog(service, recovery)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    proposed: list[str] = []

    def look_and_cancel(printing: QWidget) -> None:
        name = printing.findChild(QLineEdit, "filename")
        assert name is not None
        proposed.append(name.text())
        press_cancel(qtbot)(printing)

    modals = Modals(qtbot)
    modals.expect(QPrintDialog, look_and_cancel)
    click(qtbot, button_named(dialog, "Print sheet…"))
    modals.wait_done()
    modals.stop()
    assert proposed == [str(documents / "Zaken recovery sheet (printed).pdf")]
    service.confirm_recovery_key_stored()
    service.close()
    dialog.close()
