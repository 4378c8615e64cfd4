"""Build the one-folder bundle dist/marsad/ and report its size.

Run by `make package`. Writes the Windows version resource from the
package's version, runs PyInstaller on packaging/marsad.spec, then prints the
bundle's size on disk and the size of its compressed archive.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"

VERSION_TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({v}, 0), prodvers=({v}, 0), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Marsad'),
      StringStruct('FileDescription', 'Marsad: offline Arabic-first reference for analysts'),
      StringStruct('FileVersion', '{s}'),
      StringStruct('ProductName', 'Marsad'),
      StringStruct('ProductVersion', '{s}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200, 1025, 1200])])
  ]
)
"""


def write_version_resource(ver: str) -> None:
    numbers = [int(p) for p in ver.split("+")[0].split(".")[:3] if p.isdigit()]
    numbers += [0] * (3 - len(numbers))
    text = VERSION_TEMPLATE.format(v=", ".join(map(str, numbers)), s=ver)
    (ROOT / "packaging" / "windows_version.txt").write_text(text, encoding="utf-8")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    ver = version("marsad")
    write_version_resource(ver)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
           str(ROOT / "packaging" / "marsad.spec")]
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode:
        return result.returncode
    bundle = DIST / "marsad"
    archive = DIST / f"marsad-{ver}-{sys.platform}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname="marsad")
    print(f"bundle {bundle}: {folder_size(bundle) / 1e6:.1f} MB on disk; "
          f"archive {archive.name}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
