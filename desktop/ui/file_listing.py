"""The file dialog's listing and path in the UI's words: sizes and dates as the app writes them.

Qt's widget dialog wrote its sizes in English whatever the UI («599 bytes», cut to «tes…599» in the
Arabic UI), its dates as «5 12 2026 05:25», its folder as «tmp/sweep16/» (the slash at the wrong
end of a left-to-right path laid out right to left) and a filter as «(csv.*)». A proxy over the
listing words the size and date columns as the tables do (the user's digits, «5 ديسمبر 2026»), with
room for them; the folder's path and a filter's pattern are isolated (the filter given back bare).
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
    if not dialog.isRightToLeft():
        return
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        look_in.installEventFilter(_IsolatedPath(dialog, look_in))
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    for i in range(types.count() if types is not None else 0):
        text = types.itemText(i)
        opening = text.rfind("(")
        if opening > 0 and text.endswith(")"):
            types.setItemText(i, text[:opening] + isolate_ltr(text[opening:]))


class _IsolatedPath(QObject):
    """Paints the folder box as Qt does, its path isolated: Qt draws it bare from the listing's own
    model (no proxy reaches it), so in a right-to-left box «/tmp/a» read «tmp/a/»."""

    def __init__(self, dialog: QWidget, combo: QComboBox):
        super().__init__(combo)
        self.dialog = dialog

    def eventFilter(self, combo, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Paint:
            return False
        painter = QStylePainter(combo)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo)
        path = QDir.toNativeSeparators(self.dialog.directory().absolutePath())
        shown = painter.fontMetrics().elidedText(path, Qt.ElideMiddle, room.width() - option.iconSize.width() - 4)
        option.currentText = isolate_ltr(shown)
        painter.drawComplexControl(QStyle.CC_ComboBox, option)
        painter.drawControl(QStyle.CE_ComboBoxLabel, option)
        painter.end()
        return True


def chosen_filter(text: str) -> str:
    """The filter as the caller gave it, without the isolation added for the eye."""
    return strip(text)
