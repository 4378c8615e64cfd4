"""One error family: every error Marsad raises on purpose has a stable code and its parameters.

The code names what went wrong (``field.not_date``, ``store.busy``); the
parameters are the values the message needs. The English wording below is
what the command line prints; the GUI words the same code in its own
language from its own catalogue, so rewording a message here never breaks a
translation. An error a user can cause carries where it happened: a file and
a line (or the n-th record of a file), and the field at fault.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

# code -> English template, part of this module's interface; its own module, since it grows with every code.
from desktop.core.error_messages import MESSAGES


@dataclass(frozen=True)
class Where:
    """Where a problem is: a file and line, a file and its n-th record, or the n-th record of a batch."""
    file: str | None = None
    line: int | None = None
    record: int | None = None

    def __str__(self) -> str:
        if self.file and self.line is not None:
            return f"{self.file}:{self.line}"
        if self.file and self.record is not None:
            return f"{self.file}: record {self.record}"
        if self.file:
            return self.file
        if self.record is not None:
            return f"record {self.record}"
        return ""

    def sort_key(self) -> tuple:
        return (self.file or "", self.line if self.line is not None else -1,
                self.record if self.record is not None else -1)



class MarsadError(Exception):
    """The root of every error Marsad raises on purpose.

    `code` is stable and names the problem; `params` fill its message;
    `where` and `field` say where it is, when that applies.
    """

    default_code = "error"

    def __init__(self, code: str | None = None, *, where: Where | None = None, field: str | None = None,
                 **params: Any):
        self.code = code or self.default_code
        self.params = params
        self.where = where
        self.field = field
        super().__init__(self.message())

    @property
    def reason(self) -> str:
        """The message without where and field: what the GUI shows under a form field."""
        template = MESSAGES.get(self.code)
        if template is None:
            return str(self.params.get("reason", self.code))
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return f"{self.code} {self.params}"

    def message(self) -> str:
        parts = [str(self.where)] if self.where is not None and str(self.where) else []
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.message()

    def at(self, where: Where | None = None, field: str | None = None) -> "MarsadError":
        """The same error placed at `where` (and `field`, when it has none yet)."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        if where is not None:
            clone.where = where
        if field is not None and not clone.field:
            clone.field = field
        Exception.__init__(clone, clone.message())
        return clone

    def __reduce__(self):
        # Errors cross to and from worker processes: rebuild them from code and parameters.
        return (_restore, (self.__class__, self.code, self.where, self.field, self.params))

    def to_json(self) -> dict:
        out: dict[str, Any] = {"code": self.code, "message": self.message(), "params": _jsonable(self.params)}
        if self.where is not None:
            out["where"] = {k: v for k, v in vars(self.where).items() if v is not None}
        if self.field:
            out["field"] = self.field
        return out


def _restore(cls, code, where, field, params):
    error = cls.__new__(cls)
    MarsadError.__init__(error, code, where=where, field=field, **params)
    return error


def _jsonable(params: dict) -> dict:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in params.items()}


class RecordError(MarsadError, ValueError):
    """A record or one of its fields is invalid."""
    default_code = "record.invalid"


class Unresolved(RecordError):
    """A reference matches nothing yet: a record later in the input may still define it."""


class QueryError(MarsadError, ValueError):
    """A query that cannot be run as written; the message says what to change."""
    default_code = "query.invalid"


class InputError(MarsadError, ValueError):
    """An input file cannot be read or imported as it is."""
    default_code = "input.invalid"


class EventDataError(InputError):
    """A CSV cannot be imported; it names the file, line and field."""


class ViewError(MarsadError, ValueError):
    """A view was asked for something it does not have (unknown kind, column or filter)."""
    default_code = "view.invalid"


class StoreError(MarsadError):
    """A store cannot be opened, read or written as asked."""
    default_code = "store.sqlite"


class StoreNotFoundError(StoreError):
    default_code = "store.not_found"


class NotAStoreError(StoreError):
    default_code = "store.not_marsad"


class NewerSchemaError(StoreError):
    default_code = "store.newer"


class ReadOnlyStoreError(StoreError):
    default_code = "store.readonly"


class StoreBusyError(StoreError):
    default_code = "store.busy"


class DiskFullError(StoreError):
    default_code = "store.disk_full"


class StoreDamagedError(StoreError):
    default_code = "store.damaged"


class InUseError(StoreError):
    """A record cannot be deleted without a decision about what refers to it."""
    default_code = "delete.has_dependents"


class ReviewError(StoreError):
    """A review decision cannot be carried out."""
    default_code = "review.bad_state"


class BundleError(MarsadError, ValueError):
    """A change bundle that cannot be applied as it is: not one, cut short, changed, or out of turn."""
    default_code = "bundle.not_bundle"


class SyncError(MarsadError, ValueError):
    """A sync request that cannot be carried out (an unknown peer, a conflict that is not open)."""
    default_code = "sync.unknown_peer"


class HubError(MarsadError):
    """The team hub (PostgreSQL) cannot be reached, logged into or synced with as asked; nothing was changed."""
    default_code = "hub.unreachable"


class BriefingError(MarsadError, ValueError):
    default_code = "briefing.empty"


class Cancelled(MarsadError):
    """The user cancelled an import; nothing was written."""
    default_code = "input.cancelled"


class Notice(MarsadError):
    """Word of how a long job is going (N records checked); never raised, only passed to a progress callback."""
    default_code = "progress.checked"


class BatchError(MarsadError):
    """A batch or a file failed; `problems` holds every error, each with where it is."""
    default_code = "input.nothing_imported"

    def __init__(self, problems: Iterable[MarsadError]):
        self.problems = sorted(problems, key=lambda e: (e.where or Where()).sort_key())
        super().__init__("input.nothing_imported", count=len(self.problems))

    def __reduce__(self):
        return (BatchError, (self.problems,))

    @property
    def errors(self) -> list[str]:
        """Every problem as one line: `file:line: field: reason`."""
        return [str(p) for p in self.problems]

    def message(self) -> str:
        problems = getattr(self, "problems", [])
        shown = [str(p) for p in problems[:20]]
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        return "\n".join(shown) + more if shown else MESSAGES["input.nothing_imported"]


class BadRowsError(BatchError):
    """A batch failed only for event-data rows that cannot be imported: importing with bad rows
    skipped (import_files skip_bad_rows=) would import the others and list these."""

    def __reduce__(self):
        return (BadRowsError, (self.problems,))
