"""Every window fits the screen it opens on, down to 1280 x 720 logical pixels (a 1920 x 1080
laptop at 150 %, or 2560 x 1440 at 200 %), and scrolls rather than cuts off below that."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from adviser_desk.ui.common.window_shown import WindowShownFilter

# The smallest screen every window is laid out for, in logical pixels.
SMALLEST = QSize(1280, 720)
# Room for a title bar and frame the window manager adds before it tells us their size.
FRAME_ALLOWANCE = QSize(16, 48)
# Logical pixels a scrolling form asks for beyond its content (see ScrollingArea.sizeHint).
ROUNDING_SLACK = 4


def available(widget: QWidget) -> QRect | None:
    """The free area of the screen the widget's window is on (the primary one if none is).

    Not ``widget.screen()``: PySide makes the QScreen wrapper that call returns a child of the
    widget's wrapper, so it moved from window to window, and after such windows were deleted
    a wrapper ended up owned by Python: a garbage collection then deleted the application's
    only QScreen (seen under gdb), and the next paint crashed in QWidget::screen. The static
    look-up below ties the screen to no widget."""
    centre = widget.window().frameGeometry().center()
    screen = QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes to a roomy first size that still fits small or highly scaled screens."""
    area = available(window)
    if area is not None:
        width = min(width, area.width() - FRAME_ALLOWANCE.width())
        height = min(height, area.height() - FRAME_ALLOWANCE.height())
    window.resize(max(width, 1), max(height, 1))


def keep_on_screen(window: QWidget) -> None:
    """Shrinks a window that would be larger than its screen and moves it fully onto it."""
    area = available(window)
    if area is None:
        return
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), FRAME_ALLOWANCE.width())
    extra_h = max(frame.height() - window.height(), FRAME_ALLOWANCE.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), area.x()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def content_height(window: QWidget) -> int | None:
    """The height a window whose form scrolls needs for all of its form at its width, within
    the free area of its screen (None: it has no such form)."""
    scroll = window.findChild(ScrollingArea, "", Qt.FindChildOption.FindDirectChildrenOnly)
    content = scroll.widget() if scroll is not None else None
    inner = content.layout() if content is not None else None
    if scroll is None or content is None or inner is None:
        return None
    outer = window.layout()
    if outer is not None:
        outer.activate()  # the scroll area gets its width in the window
    inner.activate()  # rows just hidden or shown count
    frame = 2 * scroll.frameWidth()
    width = scroll.width() - frame
    if inner.hasHeightForWidth():
        needed = inner.totalHeightForWidth(width)
    else:
        needed = inner.totalSizeHint().height()
    height = window.height() - scroll.height() + needed + frame + ROUNDING_SLACK
    area = available(window)
    if area is not None:
        height = min(height, area.height() - FRAME_ALLOWANCE.height())
    return height


def layout_height(window: QWidget) -> int | None:
    """The height a window without a scrolling form needs for its layout at its width (its
    wrapped labels included), within the free area of its screen (None: no layout)."""
    layout = window.layout()
    if layout is None:
        return None
    layout.activate()  # rows just hidden or shown count
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(window.width())
    else:
        height = layout.totalSizeHint().height()
    area = available(window)
    if area is not None:
        height = min(height, area.height() - FRAME_ALLOWANCE.height())
    return height


def fit_height_to_content(window: QWidget) -> None:
    """As tall as its form needs, shrinking too: for a form whose rows hide and show while it
    is open (Add person for a staff member kept an empty band of about 100 pixels where School
    and Class had been, walk 11, W11-8). The top edge stays where it is. A small dialog with
    no scrolling form fits its layout (walk 12, W12-6, W12-7, W12-9: Change password, Add an
    adviser and the recovery key's unlock opened or switched with empty bands)."""
    height = content_height(window)
    if height is None:
        height = layout_height(window)
    if height is not None and height != window.height():
        window.resize(window.width(), max(height, window.minimumSizeHint().height()))
        keep_on_screen(window)


def grow_to_content(window: QWidget) -> None:
    """Makes a window whose form scrolls (a ScrollingArea directly in it) as tall as the form
    needs at the window's width, wrapped labels included, within the free area of its
    screen: the form scrolls only on a screen too small for it. Call it from showEvent.

    Qt opens a window at most two thirds of the screen tall (QWidget::adjustSize), so "Close
    the interview" opened 480 of 720 logical pixels tall (1920 x 1080 at 150 %), its last
    rows behind a scroll bar with a third of the screen to spare (walk 7, W7-9)."""
    height = content_height(window)
    if height is None or height <= window.height():
        return
    # Grown about its middle, so a dialog stays centred on the window that opened it.
    window.move(window.x(), window.y() - (height - window.height()) // 2)
    window.resize(window.width(), height)
    keep_on_screen(window)


class ScreenFitter(WindowShownFilter):
    """Application-wide: each top-level window is kept on its screen when it is shown."""

    NAME = "screen_fitter"

    def shown(self, window: QWidget) -> None:
        keep_on_screen(window)


def install(app: QApplication) -> None:
    ScreenFitter.install(app)


class ScrollingArea(QScrollArea):
    """Holds a form or page: as large as its content when there is room, scrolls when not.

    A plain QScrollArea asks for a modest fixed size; this one asks for its content's size so
    a dialog opens without scroll bars whenever the screen allows.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        # A few pixels to spare: at 150 % the window system may round the window a pixel
        # smaller than asked, and one pixel short brings a horizontal bar, whose height then
        # brings a vertical one (walker: the person dialog opened with both, fields cut off).
        return QSize(hint.width() + bar + ROUNDING_SLACK, hint.height() + ROUNDING_SLACK)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        base = super().minimumSizeHint()
        if content is None:
            return base
        # Wide enough for the content, short enough for any screen: the height scrolls.
        return QSize(min(content.minimumSizeHint().width(), SMALLEST.width() // 2), base.height())
