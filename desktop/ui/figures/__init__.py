"""Painting the story views' Scenes (desktop/core/figures) on widgets, images, SVG files and briefing pages."""
