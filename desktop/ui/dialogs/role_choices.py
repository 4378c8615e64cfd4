"""The roles a link's drop-down lists, each shown in an isolate of its own direction.

A role the store holds may be typed in the other script (witness in the Arabic
UI, «شاهد» in the English one). Laid out in the list's direction, its closing
bracket ran to the far side: «spokesman (acting)» read «(spokesman (acting» in
the Arabic list. Only the list shows the marks: the text put in the field, and
stored, is the role as typed (the drop-down is editable, so it reads Qt's edit role).
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt

from desktop.ui.bidi import isolate


class RoleChoices(QStringListModel):
    def data(self, index, role=Qt.DisplayRole):
        value = super().data(index, role)
        return isolate(value) if role == Qt.DisplayRole and value else value
