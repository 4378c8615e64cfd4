"""The story views' drawings (timeline, link chart, map) as plain data: built in core, painted by the UI."""
