"""Light and dark: the app follows the system's colour scheme and draws every colour from the
palette or from the few signal colours below, each chosen to read well on both schemes.

Widgets never hard-code a colour. They take a role (``set_role(label, "hint")``), which the
application style sheet colours, or ask :func:`color` when painting model data, so a change of
scheme while the app runs recolours everything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# Signal colours per scheme. Text colours have at least 4.5:1 contrast on the scheme's base
# and window colours (WCAG AA); backgrounds are paired with the scheme's text colour.
_SIGNALS: dict[str, tuple[str, str]] = {
    # name: (light scheme, dark scheme)
    "danger": ("#b3261e", "#ff8a80"),
    "warning": ("#8a4b00", "#ffb74d"),
    "done": ("#5f5f5f", "#a8a8a8"),
    "good": ("#1b5e20", "#81c784"),
    # A read-only case's switched-off choices: 4.5:1 also on Fusion's lighter disabled button.
    "read_only": ("#4d4d4d", "#c8c8c8"),
    "warning_bg": ("#fff4e5", "#4a3300"),
    "banner_bg": ("#fff4ce", "#3d3300"),
    "banner_border": ("#c9a227", "#c9a227"),
    "danger_bg": ("#fde2e1", "#4d1512"),
    "danger_border": ("#d9534f", "#ff8a80"),
    # The interview input's speaker: the adviser asks (blue) or the other side answers (green).
    "asking_bg": ("#e3f0fd", "#0f2f4d"),
    "asking_border": ("#1565c0", "#64b5f6"),
    "answering_bg": ("#e6f4e7", "#153a1b"),
    "answering_border": ("#2e7d32", "#81c784"),
}

_forced: list[Scheme] = [Scheme.SYSTEM]

# Overrides the stored appearance for one run (tests, screenshots, a quick look): dark|light.
SCHEME_ENV = "ADVISER_DESK_SCHEME"


def chosen_scheme(stored: str) -> Scheme:
    """The scheme to use: ``ADVISER_DESK_SCHEME`` if set to a known value, else the stored
    appearance setting, else the system's."""
    for value in (os.environ.get(SCHEME_ENV, "").strip().lower(), stored):
        try:
            return Scheme(value)
        except ValueError:
            continue
    return Scheme.SYSTEM


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in use is a dark one (light text on a dark window)."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def wanted_scheme(app: QApplication) -> Scheme:
    if _forced[0] is not Scheme.SYSTEM:
        return _forced[0]
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return Scheme.DARK
    if scheme == Qt.ColorScheme.Light:
        return Scheme.LIGHT
    return Scheme.DARK if is_dark(app.palette()) else Scheme.LIGHT


def color(name: str) -> QColor:
    """A signal colour (danger, warning, done, good, warning_bg, ...) for the scheme in use."""
    light, dark = _SIGNALS[name]
    return QColor(dark if is_dark() else light)


# What hint text must reach on every surface it is drawn on (WCAG AA is 4.5:1; a little
# more, so rounding in the painted colour never brings it under).
HINT_CONTRAST = 4.6


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hint_color() -> QColor:
    """Secondary text: between text and background, as far towards the background as reading
    allows: at least HINT_CONTRAST on the window, on a list's base, and on the Light colour.
    Fusion paints a tab's page lighter than the window (dark: #434343 from the button colour,
    on #2b2b2b), and Light is lighter still (darker in light), so a hint on a tab reads too:
    mixed for the window alone it was #a0a0a0 on #434343, 3.8:1 (walk L, finding 13)."""
    palette = QGuiApplication.palette()
    roles = QPalette.ColorRole
    text = palette.color(roles.WindowText)
    back = palette.color(roles.Window)
    surfaces = [palette.color(role) for role in (roles.Window, roles.Base, roles.Light)]

    def blend(mix: float) -> QColor:
        def channel(a: int, b: int) -> int:
            return round(a * mix + b * (1 - mix))

        return QColor(
            channel(text.red(), back.red()),
            channel(text.green(), back.green()),
            channel(text.blue(), back.blue()),
        )

    mix = 0.62
    while mix < 1 and min(contrast(blend(mix), s) for s in surfaces) < HINT_CONTRAST:
        mix = min(1.0, mix + 0.02)
    return blend(mix)


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e8e8e8")
    for role, value in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#292929")),
        (roles.ToolTipBase, QColor("#3a3a3a")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#9a9a9a")),
        (roles.Text, text),
        (roles.Button, QColor("#353535")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff8a80")),
        (roles.Light, QColor("#454545")),
        (roles.Midlight, QColor("#3a3a3a")),
        (roles.Mid, QColor("#2f2f2f")),
        (roles.Dark, QColor("#1a1a1a")),
        (roles.Shadow, QColor("#000000")),
        (roles.Highlight, QColor("#3d7dd8")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor("#8ab4f8")),
        (roles.LinkVisited, QColor("#c58af9")),
    ):
        palette.setColor(role, value)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    palette.setColor(disabled, roles.Base, window)
    return palette


def style_sheet() -> str:
    """The application style sheet: colours for the roles widgets take."""
    hint = hint_color().name()
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
    return "\n".join(
        (
            f'QLabel[role="hint"], QCheckBox[role="hint"] {{ color: {hint}; }}',
            f'QLabel[role="danger"] {{ color: {color("danger").name()}; font-weight: bold; }}',
            f'QLabel[role="warning"] {{ color: {color("warning").name()}; font-weight: bold; }}',
            f'QLabel[role="error"] {{ color: {color("danger").name()}; }}',
            # A date field holding typed text that is not a date (date_typing.py).
            f'QAbstractSpinBox[role="invalid"] {{ color: {color("danger").name()}; }}',
            f'QLabel[role="banner"] {{ background: {color("banner_bg").name()}; '
            f"border: 1px solid {color('banner_border').name()}; padding: 6px; }}",
            f'QLabel[role="danger_banner"] {{ background: {color("danger_bg").name()}; '
            f"border: 1px solid {color('danger_border').name()}; padding: 6px; }}",
            f'QLabel[role="asking"] {{ background: {color("asking_bg").name()}; '
            f"border: 2px solid {color('asking_border').name()}; padding: 3px 8px; "
            f"font-weight: bold; color: {text}; }}",
            f'QLabel[role="answering"] {{ background: {color("answering_bg").name()}; '
            f"border: 2px solid {color('answering_border').name()}; padding: 3px 8px; "
            f"font-weight: bold; color: {text}; }}",
            # The interview's speaker buttons (speaker_choice.py): the same border, padding
            # and bold font pressed or not, so neither changes size when the speaker does.
            f'QPushButton[role="asking"] {{ background: {color("asking_bg").name()}; '
            f"border: 2px solid {color('asking_border').name()}; padding: 3px 8px; "
            f"font-weight: bold; color: {text}; }}",
            f'QPushButton[role="answering"] {{ background: {color("answering_bg").name()}; '
            f"border: 2px solid {color('answering_border').name()}; padding: 3px 8px; "
            f"font-weight: bold; color: {text}; }}",
            f'QPushButton[role="not_speaking"] {{ background: {base}; '
            f"border: 2px solid {hint}; padding: 3px 8px; font-weight: bold; color: {hint}; }}",
            f'QLabel[role="key"] {{ border: 2px solid {text}; padding: 14px; '
            f"background: {base}; color: {text}; }}",
            # The choices of a case kept read-only (read_only.allow_edits switches them off)
            # show its data readably, not greyed out to 1.6:1 in light and 2.1:1 in dark,
            # where a handed-over case's status and what happened were hard to read
            # (issue 11). Buttons switched off stay greyed out.
            f'QComboBox[edits_off="true"]:disabled, QCheckBox[edits_off="true"]:disabled, '
            f'QRadioButton[edits_off="true"]:disabled, '
            f'QWidget[edits_off="true"] QCheckBox:disabled, '
            f'QWidget[edits_off="true"] QRadioButton:disabled '
            f"{{ color: {color('read_only').name()}; }}",
            # Its text fields are read-only, not off (their text stays selectable): without
            # this they kept the white (dark: near-black) field of an editable one, and a
            # closed case's task invited typing into Reason (walk 13, W13-3). The window's
            # colour, as the switched-off choices beside them have, in light and dark.
            'QLineEdit[edits_off="true"], QPlainTextEdit[edits_off="true"], '
            'QTextEdit[edits_off="true"], QAbstractSpinBox[edits_off="true"] '
            "{ background: palette(window); }",
        )
    )


def set_role(widget: QWidget, role: str) -> None:
    """Gives a widget a colour role of the application style sheet (hint, danger, banner...)."""
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Applies the style sheet again after a property its rules ask about has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Polishing again repaints with the role's colours and border, but a label already shown
    # keeps the frame width it had, so a role's padding was lost and its text touched the
    # border (the letter's banners, the interview's Question/Answer box): a style change
    # makes it take the role's border and padding, and its size hint follows.
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()


def apply(app: QApplication) -> None:
    """Sets the palette for the wanted scheme and the style sheet that goes with it."""
    with _sizes_held(app):
        app.setPalette(QPalette())  # back to the platform's own palette, which may already fit
        dark = wanted_scheme(app) is Scheme.DARK
        if dark and not is_dark(app.palette()):
            app.setPalette(dark_palette())
        elif not dark and is_dark(app.palette()):
            app.setPalette(QPalette(QColor("#efefef")))
        app.setStyleSheet(style_sheet())


@contextmanager
def _sizes_held(app: QApplication) -> Iterator[None]:
    """Tables whose rows or columns fit their contents keep their sizes while every widget is
    polished again, and fit once afterwards: each widget's new style made them measure every
    cell again, about forty times over, and a switch of scheme with a case open held the
    window still for four seconds (walk I, finding 23)."""
    held: list[tuple[QHeaderView, list[QHeaderView.ResizeMode]]] = []
    for widget in app.allWidgets():
        if isinstance(widget, QHeaderView) and widget.count():
            modes = [widget.sectionResizeMode(i) for i in range(widget.count())]
            if QHeaderView.ResizeMode.ResizeToContents in modes:
                held.append((widget, modes))
                widget.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    try:
        yield
    finally:
        for header, modes in held:
            if len(set(modes)) == 1:
                header.setSectionResizeMode(modes[0])
            else:
                for index, mode in enumerate(modes[: header.count()]):
                    header.setSectionResizeMode(index, mode)


def follow_system(app: QApplication) -> None:
    apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def switch_scheme(app: QApplication, scheme: Scheme) -> None:
    """The adviser's change of appearance, once the settings dialog is gone: a busy cursor
    while every widget takes the new colours (about a second with a case open), and what is
    typed or clicked meanwhile dropped, not acted on afterwards by whatever then has the
    focus (walk I, finding 23: the dialog stayed on screen for four seconds, and a Return
    pressed meanwhile opened an item's details on the evidence list afterwards)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        _drain(app)  # the closed dialog's place painted over, the busy cursor shown
        set_scheme(app, scheme)
        _drain(app)  # input that came during the switch goes
    finally:
        QApplication.restoreOverrideCursor()


class _InputEater(QObject):
    """Drops keys, clicks and wheel turns (a shortcut's key too: its override is accepted)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return event.type() in _INPUT


_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)


def _drain(app: QApplication) -> None:
    """Handles what is waiting (paints, the window system's news) with input dropped."""
    eater = _InputEater()
    app.installEventFilter(eater)
    try:
        app.processEvents()
        app.sendPostedEvents()
        app.processEvents()
    finally:
        app.removeEventFilter(eater)


def set_scheme(app: QApplication, scheme: Scheme) -> None:
    """Forces light or dark (screenshots, tests), or back to the system's choice."""
    _forced[0] = scheme
    hints = app.styleHints()
    if scheme is Scheme.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if scheme is Scheme.DARK else Qt.ColorScheme.Light)
    apply(app)
