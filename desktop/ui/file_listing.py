"""The file dialog's listing and path in the UI's words: sizes and dates as the app writes them.

Qt's widget dialog wrote its sizes in English whatever the UI («599 bytes», cut to «tes…599» in the
Arabic UI), its dates as «5 12 2026 05:25», its folder as «tmp/sweep16/» (the slash at the wrong
end of a left-to-right path laid out right to left) and a filter as «(csv.*)». A proxy over the
listing words the size and date columns as the tables do (the user's digits, «5 ديسمبر 2026»), with
room for them; the folder's path and a filter's pattern are isolated (the filter given back bare).
The dialog opens wide enough for its columns, and the filter box shows a long filter's name whole,
its patterns cut at their end.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QDir, QEvent, QIdentityProxyModel, QObject, Qt, QTime
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QTreeView, QWidget

from desktop.ui import shown_dates
from desktop.ui.bidi import isolate_ltr, strip
from desktop.ui.detail_values import digits, number_text

SIZE, DATE = 1, 3           # the listing's columns: name, size, type, date modified


def _units() -> tuple[str, ...]:
    # Each said in full for the catalogue (a name built at run time would escape it).
    return (QCoreApplication.translate("FileDialogs", "%1 bytes"), QCoreApplication.translate("FileDialogs", "%1 KB"),
            QCoreApplication.translate("FileDialogs", "%1 MB"), QCoreApplication.translate("FileDialogs", "%1 GB"),
            QCoreApplication.translate("FileDialogs", "%1 TB"))


def size_text(size: int) -> str:
    """«599 بايت», «1.5 ك.ب»: one decimal past the bytes, in the user's digits."""
    language = shown_dates.ui_language()
    units = _units()
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    number = int(value) if unit == 0 else round(value, 1)
    return units[unit].replace("%1", number_text(number, shown_dates.arabic_digits(language)))


def modified_text(when) -> str:
    """A QDateTime as the tables write a date, and its time (isolated: «05:25» keeps its order)."""
    if not when.isValid():
        return ""
    language = shown_dates.ui_language()
    time = digits(when.time().toString("HH:mm"), shown_dates.arabic_digits(language))
    return f"{shown_dates.date(when.date().toString(Qt.ISODate))} {isolate_ltr(time)}"


class ShownListing(QIdentityProxyModel):
    """The dialog's listing with its size and date columns in the UI's words; the rest as Qt gives it."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and index.column() in (SIZE, DATE):
            listing, source = self.sourceModel(), self.mapToSource(index)
            if index.column() == DATE:
                return modified_text(listing.lastModified(source))
            # A folder has no size (Qt leaves it empty too).
            return "" if listing.isDir(source) else size_text(listing.size(source))
        return super().data(index, role)


def lay_out(dialog: QWidget) -> None:
    """Room for the sizes and dates as written here; the folder's path and the filters' patterns
    isolated in a right-to-left UI."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        # Qt sized these columns for «128.88 GB» and «10/29/81 02:02PM»: «146.5 ك.ب» and a month's
        # name were cut.
        metrics, pad = tree.fontMetrics(), 3 * tree.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 12
        widest_day = max((QDateTime(QDate(2026, month, 28), QTime(23, 59)) for month in range(1, 13)),
                         key=lambda when: metrics.horizontalAdvance(modified_text(when)))
        tree.header().resizeSection(SIZE, metrics.horizontalAdvance(size_text(1023 * 1024 ** 2 + 922 * 1024)) + pad)
        tree.header().resizeSection(DATE, metrics.horizontalAdvance(modified_text(widest_day)) + pad)
        dialog.installEventFilter(_RoomForColumns(dialog, tree))
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    if types is not None:
        types.installEventFilter(_FittedFilter(types))
    if not dialog.isRightToLeft():
        return
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        look_in.installEventFilter(_IsolatedPath(dialog, look_in))
    for i in range(types.count() if types is not None else 0):
        text = types.itemText(i)
        opening = text.rfind("(")
        if opening > 0 and text.endswith(")"):
            types.setItemText(i, text[:opening] + isolate_ltr(text[opening:]))


class _RoomForColumns(QObject):
    """Widens the dialog, once shown, until the listing's columns fit beside its sidebar: Qt sized it
    for a name column of 26 «w»s and dates of «10/29/81 02:02PM», so «5 December 2026 05:25» ran
    past the view's edge («5 December 202»)."""

    def __init__(self, dialog: QWidget, tree: QTreeView):
        super().__init__(dialog)
        self.tree = tree

    def eventFilter(self, dialog, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Show:
            # The children are laid out before the dialog's own show event: the view's width is known.
            dialog.removeEventFilter(self)
            tree = self.tree
            scroll_bar = tree.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, tree)
            missing = tree.header().length() + scroll_bar - tree.viewport().width()
            if missing > 0:
                # Resized, never moved: this filter runs before QDialog's own show event, which centres
                # the dialog over its window only if nothing placed it yet (Qt's WA_Moved). Moved here,
                # it opened at the screen's corner, its start edge off the screen.
                dialog.resize(dialog.width() + missing, dialog.height())
        return False


def _paint_label(combo: QComboBox, shown) -> None:
    """Paints `combo` as Qt does, its label `shown(room, metrics)`: the text for a field `room` wide."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo)
    option.currentText = shown(room.width(), painter.fontMetrics())
    painter.drawComplexControl(QStyle.CC_ComboBox, option)
    painter.drawControl(QStyle.CE_ComboBoxLabel, option)
    painter.end()


class _IsolatedPath(QObject):
    """Paints the folder box as Qt does, its path isolated: Qt draws it bare from the listing's own
    model (no proxy reaches it), so in a right-to-left box «/tmp/a» read «tmp/a/»."""

    def __init__(self, dialog: QWidget, combo: QComboBox):
        super().__init__(combo)
        self.dialog = dialog

    def eventFilter(self, combo, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Paint:
            return False
        path = QDir.toNativeSeparators(self.dialog.directory().absolutePath())
        # Room for the folder's icon, which Qt draws before the path.
        _paint_label(combo, lambda width, metrics: isolate_ltr(
            metrics.elidedText(path, Qt.ElideMiddle, width - combo.iconSize().width() - 4)))
        return True


def fitted_filter(text: str, rtl: bool, fits) -> str:
    """A filter «name (*.a *.b *.c)» as it fits `fits`: whole if it can, else its name whole and its
    patterns cut at the end, inside the parentheses: «name (*.a *.b …)» (isolated in a right-to-left UI).

    Qt's box clipped it: the Arabic import filter showed the tail of its thirteen patterns only, and
    the English one ended mid-pattern («*.h»)."""
    if fits(text):
        return text
    bare = strip(text)
    opening = bare.rfind("(")
    if opening <= 0 or not bare.endswith(")"):
        return text
    name, patterns = bare[:opening], bare[opening + 1:-1].split()
    wrap = isolate_ltr if rtl else str
    for kept in range(len(patterns) - 1, 0, -1):
        shown = name + wrap("(" + " ".join(patterns[:kept]) + " …)")
        if fits(shown):
            return shown
    return name + wrap("(…)")


class _FittedFilter(QObject):
    """Paints the filter box as Qt does, its filter fitted to the box (fitted_filter); the list it
    opens shows every filter whole (Qt widens it to its longest)."""

    def eventFilter(self, combo, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Paint:
            return False
        _paint_label(combo, lambda width, metrics: fitted_filter(
            combo.currentText(), combo.isRightToLeft(), lambda text: metrics.horizontalAdvance(text) <= width))
        return True


def chosen_filter(text: str) -> str:
    """The filter as the caller gave it, without the isolation added for the eye."""
    return strip(text)
