"""The packaging files hold together; the frozen build itself is checked by `make package-test`."""
import ast
import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_spec_is_python_and_leaves_out_unused_qt_modules():
    source = (PACKAGING / "marsad.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtDesigner",
                   "PySide6.QtNetwork"):
        assert f'"{module}"' in source
    assert 'name="marsad", console=False' in source
    assert 'name="marsad-cli", console=True' in source
    assert "debug=False" in source


def test_spec_ships_data_fonts_translations_and_icons():
    source = (PACKAGING / "marsad.spec").read_text(encoding="utf-8")
    for folder in ('"data"', '"resources/fonts"', '"resources/icons"', '"resources/translations"'):
        assert folder in source
    for path in ("data/sample.jsonl", "data/gazetteer.jsonl", "resources/translations/marsad_ar.qm",
                 "resources/translations/marsad_en.qm"):
        assert (ROOT / path).exists(), path
    assert list((ROOT / "resources" / "fonts").glob("*.ttf"))


def test_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "org.marsad.Marsad.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].startswith("marsad")
    assert section["Name[ar]"] == "مرصد"
    assert (PACKAGING / "linux" / f"{section['Icon']}.png").exists()


def test_platform_icons_exist():
    # Made by packaging/make_icons.py from resources/icons/marsad.svg.
    icons = PACKAGING / "icons"
    assert (icons / "marsad.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "marsad.icns").read_bytes()[:4] == b"icns"


def test_windows_version_resource_is_generated_from_the_package_version(tmp_path, monkeypatch):
    import importlib.util
    spec = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    (tmp_path / "packaging").mkdir()
    build.write_version_resource("1.2.3")
    text = (tmp_path / "packaging" / "windows_version.txt").read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text and "'1.2.3'" in text
