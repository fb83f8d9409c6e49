"""Forms shown one above the other share one label column, so their fields start at the same
x (walk W1, W20: the New case file dialog's two forms and the Overview's groups each started
their fields where their own longest label ended, and looked ragged)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget


def labels_of(form: QFormLayout) -> list[QWidget]:
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if widget is not None:
            labels.append(widget)
    return labels


def share_label_column(*forms: QFormLayout) -> None:
    """Every label of ``forms`` is at least as wide as the widest: one column for all.
    Call once the rows are added (the labels' texts are translated by then)."""
    labels = [label for form in forms for label in labels_of(form)]
    if not labels:
        return
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
