"""What every `marsad` command shares: printing Arabic for the terminal at hand, JSON out, and our errors
as a clear one-line message (never a traceback). The commands live in desktop/cli.py and the *_cmd.py
modules beside it."""
from __future__ import annotations

import functools
import sqlite3
import sys
from pathlib import Path

import click

from desktop.core.errors import MarsadError
from desktop.core.safe_text import json_safe, shown

PROBLEMS_SHOWN = 50


class Output:
    """Human-readable output: logical order, or shaped and reordered for dumb terminals."""

    def __init__(self, mode: str | None):
        self._mode = mode

    @functools.cached_property
    def visual(self) -> bool:
        # Decided on first output, so commands that print nothing (gui) never load the terminal tools.
        from desktop.core.terminal import terminal_lays_out_arabic
        if self._mode is None:
            return sys.stdout.isatty() and not terminal_lays_out_arabic()
        return self._mode == "visual"

    @property
    def bold(self) -> bool:
        return sys.stdout.isatty() and not self.visual

    def line(self, text: str = "", marked: bool = False) -> None:
        """Print a line; record text in it is made safe first (`marked`: mark() already did it)."""
        if not marked:
            text = shown(text)
        if self.visual:
            from desktop.core.terminal import visual
            text = visual(text)
        click.echo(text)

    def mark(self, text: str, spans) -> str:
        """`text`, safe to print, with the spans in bold when the terminal shows it (print with marked=True)."""
        if not self.bold or not spans:
            return shown(text)
        out, last = [], 0
        for start, end in spans:
            out += [shown(text[last:start]), click.style(shown(text[start:end]), bold=True, fg="yellow")]
            last = end
        return "".join(out + [shown(text[last:])])


def layout_option(fn):
    """--visual / --logical on a printing command, overriding the group's guess."""
    @click.option("--visual", "layout", flag_value="visual", help="Shape and reorder Arabic for terminals without bidi.")
    @click.option("--logical", "layout", flag_value="logical", help="Print Arabic in logical order.")
    @functools.wraps(fn)
    def wrapper(*args, layout=None, **kwargs):
        if layout:
            click.get_current_context().obj["out"] = Output(layout)
        return fn(*args, **kwargs)
    return wrapper


def print_json(data) -> None:
    click.echo(json_safe(data, indent=2))


def echo(text="", err: bool = False) -> None:
    """click.echo for anything that may hold record text or echoed input: controls made visible."""
    click.echo(shown(text), err=err)


class Refusal(click.ClickException):
    """click's one-line error, with what it repeats of the input or the store made safe to print."""

    def __init__(self, message: str):
        super().__init__(shown(message))


def handles_errors(fn):
    """Our errors and SQLite's become a clear message on stderr and a non-zero exit, never a traceback.

    A reader that stops early («marsad search … | head») is no error to
    report: click ends such a command quietly when the BrokenPipeError reaches it.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BrokenPipeError:
            raise
        except (MarsadError, OSError) as exc:
            raise Refusal(str(exc)) from None
        except sqlite3.Error as exc:
            from desktop.core.storage.connection import translate
            db = click.get_current_context().obj.get("db_path") or Path("?")
            raise Refusal(str(translate(exc, Path(db)))) from None
    return wrapper


def print_problems(errors: list[str], outcome: str) -> None:
    """Problems of a refused input, one file:line: reason a line (the first PROBLEMS_SHOWN), on stderr,
    then what became of the input ("nothing was imported")."""
    for line in errors[:PROBLEMS_SHOWN]:
        echo(line, err=True)
    if len(errors) > PROBLEMS_SHOWN:
        echo(f"... and {len(errors) - PROBLEMS_SHOWN} more problems", err=True)
    echo(outcome, err=True)
