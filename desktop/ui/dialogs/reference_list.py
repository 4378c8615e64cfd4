"""A list of linked records, each picked by name, with the role a link carries (an event's actors).

One row per link: the record's picker, the role (a drop-down of the roles
the store's recent links use most, then the common roles in the UI language
(desktop/core/roles.py), open to a new one) when the field's links carry
one, and a button that removes the row. Under the rows an empty picker
adds a link: pick a record there and it becomes a row, its role next in line.
A row whose name is cleared is no link. Nothing here names a kind or a field:
the form passes the field's target kind and its role's existence.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.ui import icons, labels
from desktop.ui.dialogs.reference_edit import Create, ReferenceEdit
from desktop.ui.dialogs.role_choices import RoleChoices
from desktop.ui.dialogs.start_aligned import align_to_start


class LinkRow(QWidget):
    """One linked record: its picker, its role when links carry one, and a remove button."""
    changed = Signal()
    removed = Signal(object)

    def __init__(self, store, kind: str, roles: list[str] | None, create: Create | None, parent=None):
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.picker = ReferenceEdit(store, kind, self, create)
        self.picker.changed.connect(self.changed)
        line.addWidget(self.picker, 3)
        self.role: QComboBox | QLineEdit | None = None
        if roles is not None:
            self.role = self._role_input(roles)
            line.addWidget(self.role, 2)
        self.remove = QToolButton(self)
        self.remove.setIcon(icons.icon("remove"))
        self.remove.setText("×")
        self.remove.setToolTip(self.tr("Remove this link"))
        self.remove.setAccessibleName(self.tr("Remove this link"))
        self.remove.setAutoRaise(True)
        # Kept out of the Tab order, so Tab goes from a name to its role to the next name; a cleared
        # name removes a link from the keyboard.
        self.remove.setFocusPolicy(Qt.ClickFocus)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        line.addWidget(self.remove)

    def _role_input(self, roles: list[str]) -> QComboBox | QLineEdit:
        """A drop-down of the roles in use, open to another; a plain field while none is in use, which a
        drop-down would show as one blank row. No role is the empty text, not a row of the list."""
        if roles:
            role = QComboBox(self)
            role.setEditable(True)
            role.setInsertPolicy(QComboBox.NoInsert)
            role.setModel(RoleChoices(roles, role))
            role.setCurrentIndex(-1)
            role.setToolTip(self.tr("The part this record played: pick one or type another"))
            role.currentTextChanged.connect(lambda _t: self.changed.emit())
            edit = role.lineEdit()
        else:
            role = edit = QLineEdit(self)
            role.setToolTip(self.tr("The part this record played"))
            role.textChanged.connect(lambda _t: self.changed.emit())
        edit.setPlaceholderText(self.tr("Role, e.g. perpetrator"))
        align_to_start(edit)
        role.setAccessibleName(self.tr("Role"))
        return role

    def role_text(self) -> str:
        if isinstance(self.role, QComboBox):
            return self.role.currentText().strip()
        return self.role.text().strip() if self.role is not None else ""

    def set_role(self, text: str) -> None:
        if isinstance(self.role, QComboBox):
            self.role.setCurrentText(text or "")
        elif self.role is not None:
            self.role.setText(text or "")


class ReferenceList(QWidget):
    changed = Signal()

    def __init__(self, store, kind: str, roles: list[str] | None = None, create: Create | None = None,
                 parent=None):
        """`roles`: the roles on offer when the links carry one (None: they carry none)."""
        super().__init__(parent)
        self.store, self.kind, self.roles, self.create = store, kind, roles, create
        self.rows: list[LinkRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(3)
        column.addLayout(self._rows_box)
        self.adder = ReferenceEdit(store, kind, self, create)
        self.adder.setPlaceholderText(self.tr("Add: type a name, then pick from the list"))
        self.adder.setAccessibleName(self.tr("Add a %1").replace("%1", labels.kind(kind)))
        self.adder.chosen.connect(self._add_chosen)
        self.adder.changed.connect(self.changed)
        column.addWidget(self.adder)
        self.setFocusProxy(self.adder)

    # --- rows -------------------------------------------------------------------------------

    def add_row(self, key: str | None = None, role: str = "", name: str | None = None) -> LinkRow:
        row = LinkRow(self.store, self.kind, self.roles, self.create, self)
        if key:
            row.picker.set_reference(key, name)
        row.set_role(role)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        row.picker.editingFinished.connect(lambda r=row: self._drop_if_cleared(r))
        self._rows_box.addWidget(row)
        self.rows.append(row)
        self._chain_tab_order()
        self.changed.emit()
        return row

    def _chain_tab_order(self) -> None:
        widgets = []
        for row in self.rows:
            widgets.append(row.picker)
            if row.role is not None:
                widgets.append(row.role)
        widgets.append(self.adder)
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _add_chosen(self, key: str) -> None:
        row = self.add_row(key, "", self.adder.text())
        self.adder.set_reference(None)
        # The role comes next when links carry one; else the next name.
        (row.role or self.adder).setFocus()

    def _remove(self, row: LinkRow) -> None:
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.deleteLater()
        self._chain_tab_order()
        if had_focus:
            self.adder.setFocus()
        self.changed.emit()

    def _drop_if_cleared(self, row: LinkRow) -> None:
        if row in self.rows and not row.picker.text().strip():
            self._remove(row)

    def set_links(self, links: list[tuple[str, str]]) -> None:
        """Rows for (id, role) pairs, in order, replacing those shown."""
        for row in list(self.rows):
            self.rows.remove(row)
            self._rows_box.removeWidget(row)
            row.deleteLater()
        for key, role in links:
            self.add_row(key, role)
        self.changed.emit()

    # --- the value ----------------------------------------------------------------------------

    def links(self) -> tuple[list[tuple[str, str]], str | None]:
        """(id or typed text, role) of each row with a name, and a name typed under them not picked
        yet (as its own link), then the first problem (a name that leads to no one record) or None."""
        out, problem = [], None
        pickers = [(row.picker, row.role_text()) for row in self.rows] + [(self.adder, "")]
        for picker, role in pickers:
            ref = picker.reference()
            if ref is None:
                continue
            problem = problem or picker.problem()
            out.append((ref, role))
        return out, problem
