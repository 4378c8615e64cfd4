"""Asking which team hub a store syncs with: host, port, database, user, TLS, or a service. Never a password.

The password is libpq's to find, in the passfile (~/.pgpass, or
%APPDATA%\\postgresql\\pgpass.conf on Windows) or through a service file
(~/.pg_service.conf): the dialog says so, and has no field for one, so no
password reaches the store, the settings or a log.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout)

from desktop.ui.team.hub_link import DEFAULT_PORT, SSL_MODES, HubAddress


class HubDialog(QDialog):
    """The hub's address, filled from `address` (the one remembered) when given."""

    def __init__(self, address: HubAddress | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("hub_dialog")
        self.setWindowTitle(self.tr("Team Hub"))
        address = address or HubAddress()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The team hub is a PostgreSQL database the team shares. Marsad sends this "
                               "store's changes there and brings back everyone else's."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.host = self._line(address.host, "db.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(address.port or DEFAULT_PORT)
        self.database = self._line(address.database, "marsad")
        self.user = self._line(address.user, "")
        self.sslmode = QComboBox(self)
        names = {"prefer": self.tr("When the server offers it"), "require": self.tr("Always (encrypted)"),
                 "verify-ca": self.tr("Always, and check the server's certificate"),
                 "verify-full": self.tr("Always, and check the certificate and the server's name"),
                 "disable": self.tr("Never (only on a network you trust)")}
        for mode in SSL_MODES:
            self.sslmode.addItem(names[mode], mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index(address.sslmode) if address.sslmode in SSL_MODES else 0)
        self.service = self._line(address.service, "")
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Encryption (TLS):"), self.sslmode)
        form.addRow(self.tr("Or a ser&vice:"), self.service)
        layout.addLayout(form)

        note = QLabel(self.tr("Marsad never asks for the password and never keeps one. PostgreSQL finds it "
                              "itself: put a line “server:port:database:user:password” in the file .pgpass in "
                              "your home folder (on Windows, pgpass.conf in the postgresql folder of "
                              "%APPDATA%), readable by you alone; or name a service of the file "
                              ".pg_service.conf, which holds the server, database and user, with the password "
                              "in .pgpass."), self)
        note.setObjectName("password_note")
        note.setWordWrap(True)
        note.setTextFormat(Qt.PlainText)
        layout.addWidget(note)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("S&ync"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.service):
            field.textChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _line(self, text: str, example: str) -> QLineEdit:
        line = QLineEdit(text, self)
        # Server names, databases and user names read left to right in either language.
        line.setLayoutDirection(Qt.LeftToRight)
        if example:
            line.setPlaceholderText(example)
        return line

    def address(self) -> HubAddress:
        return HubAddress(host=self.host.text().strip(), port=self.port.value(),
                          database=self.database.text().strip(), user=self.user.text().strip(),
                          sslmode=self.sslmode.currentData(), service=self.service.text().strip())

    def _check(self) -> None:
        ok = self.address().complete()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)
        self.problem.setText("" if ok else self.tr("Give the server and the database, or a service."))


def ask_address(parent, address: HubAddress | None = None) -> HubAddress | None:
    dialog = HubDialog(address, parent)
    try:
        return dialog.address() if dialog.exec() == QDialog.Accepted else None
    finally:
        dialog.deleteLater()
