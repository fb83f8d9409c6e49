"""No signal hands its argument (clicked's ``checked``) to a parameter meant for callers."""

from __future__ import annotations

import textwrap
from pathlib import Path

import adviser_desk
from tests.wiring_check import find_suspects


def test_no_connection_passes_checked_into_a_defaulted_parameter() -> None:
    findings = find_suspects(Path(adviser_desk.__file__).parent)
    assert not findings, "\n".join(str(f) for f in findings)


def test_the_check_finds_each_form_of_the_pattern(tmp_path: Path) -> None:
    (tmp_path / "window.py").write_text(
        textwrap.dedent(
            """
            from functools import partial

            class Other:
                def save(self, target=None): ...

            class Window:
                def open_file(self, path=None): ...
                def backup(self, dest=None): ...
                def export(self, case_id, folder=None): ...
                def purge(self, confirm=True): ...
                def pdf(self, target=None): ...
                def fine(self): ...
                def view(self, _index=None): ...
                def toggle(self, checked=False): ...

                def build(self):
                    self.button.clicked.connect(self.open_file)  # 18
                    self._action("Backup", self.backup, "Ctrl+B")  # 19
                    self.go.clicked.connect(partial(self.export, 3))  # 20
                    self.box.toggled.connect(lambda on: self.purge(on))  # 21
                    for text, slot in (("PDF", self.pdf), ("OK", self.fine)):
                        self.menu.addAction(text).triggered.connect(slot)  # 23
                    self.other.clicked.connect(self.overview.save)  # 24
                    self.table.doubleClicked.connect(self.view)
                    self.check.toggled.connect(self.toggle)
                    self.ok.clicked.connect(self.fine)
                    self.ok.clicked.connect(lambda: self.purge(confirm=False))
                    self.ok.clicked.connect(lambda _c=False: self.backup())
                    self.buttons.accepted.connect(self.open_file)
            """
        ),
        encoding="utf-8",
    )
    found = {(f.line, f.parameter) for f in find_suspects(tmp_path)}
    assert found == {
        (18, "path"),
        (19, "dest"),
        (20, "folder"),
        (21, "confirm"),
        (23, "target"),
        (24, "target"),
    }
