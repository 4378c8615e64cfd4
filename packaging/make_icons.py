"""Render resources/icons/marsad.svg into the platform icon files the spec uses.

Run once after the SVG changes: python packaging/make_icons.py
Writes packaging/icons/marsad.ico (Windows: 16-256 px) and marsad.icns
(macOS: 16-1024 px) with Qt's own image writers, so no other tool is needed.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "marsad.svg"
OUT = ROOT / "packaging" / "icons"


BACKGROUND = QColor("#0f5c6e")   # the app's mark on a teal tile, readable on light and dark docks


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG mark in white on a rounded teal tile."""
    mark = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    mark.fill(Qt.transparent)
    painter = QPainter(mark)
    painter.setRenderHint(QPainter.Antialiasing)
    margin = size * 0.18
    renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
    painter.fillRect(mark.rect(), Qt.white)
    painter.end()

    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
    painter.drawImage(0, 0, mark)
    painter.end()
    return image


def write(path: Path, fmt: bytes, image: QImage) -> None:
    writer = QImageWriter(str(path), fmt)
    if not writer.write(image):
        raise SystemExit(f"{path}: {writer.errorString()}")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    OUT.mkdir(parents=True, exist_ok=True)
    # Qt's ICO writer takes the largest image; Windows scales it down well from 256 px.
    write(OUT / "marsad.ico", b"ico", render(renderer, 256))
    write(OUT / "marsad.icns", b"icns", render(renderer, 1024))
    write(OUT / "marsad-512.png", b"png", render(renderer, 512))
    # The same tile is the Linux desktop icon and the running app's window icon.
    write(ROOT / "packaging" / "linux" / "org.marsad.Marsad.png", b"png", render(renderer, 512))
    write(ROOT / "resources" / "icons" / "marsad-app.png", b"png", render(renderer, 256))
    print(f"wrote {', '.join(p.name for p in sorted(OUT.iterdir()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
