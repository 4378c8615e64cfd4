"""What the app remembers survives a restart: written by one process, read by the next.

The group "general" was written by Qt's INI format as [%General] and read back as "General", so the
last store, the UI language and the digits came back empty in every new process, though the tests
(reading in the process that wrote) passed."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from desktop import paths

_PROGRAM = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QSettings
    app = QCoreApplication([])
    QCoreApplication.setOrganizationName("MarsadTest")
    QCoreApplication.setApplicationName("Marsad")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[1])
    from desktop.ui import settings
    general = settings.General()
    if sys.argv[2] == "write":
        general.set_last_store("/stores/field.db")
        general.set_language("en")
        general.set_arabic_digits(True)
        QSettings().sync()
    print(general.last_store(), general.language(), general.arabic_digits())
""")


def _run(folder, mode: str) -> str:
    done = subprocess.run([sys.executable, "-c", _PROGRAM, str(folder), mode], capture_output=True, text=True,
                          cwd=paths.install_root(), check=True)
    return done.stdout.strip()


def test_the_last_store_language_and_digits_come_back_in_a_new_process(tmp_path):
    assert _run(tmp_path, "write") == "/stores/field.db en True"
    assert _run(tmp_path, "read") == "/stores/field.db en True"


def test_what_was_written_under_the_old_group_is_still_read(tmp_path):
    ini = tmp_path / "MarsadTest" / "Marsad.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[%General]\nlanguage=en\nlast_store=/stores/old.db\narabic_digits=true\n", encoding="utf-8")
    assert _run(tmp_path, "read") == "/stores/old.db en True"
