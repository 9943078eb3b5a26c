"""Problems found in content, reported as ``path:line:col: message (hint)``.

Every stage (loading, validation, cross-file rules, governance checks) adds
:class:`Diagnostic` objects to one :class:`Report`, so a single run tells people
about every problem in every file instead of stopping at the first.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    error = "error"
    warning = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file."""

    path: str
    line: int
    col: int
    message: str
    hint: str = ""
    severity: Severity = Severity.error

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        level = "" if self.severity is Severity.error else "warning: "
        return f"{self.path}:{self.line}:{self.col}: {level}{self.message}{hint}"

    def github(self) -> str:
        """The same problem as a GitHub Actions workflow annotation."""
        text = self.message + (f" ({self.hint})" if self.hint else "")
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{self.severity.value} file={self.path},line={self.line},col={self.col}::{text}"


@dataclass
class Report:
    """Every diagnostic of one run, in the order found."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(
        self,
        path: str,
        where: tuple[int, int],
        message: str,
        hint: str = "",
        severity: Severity = Severity.error,
    ) -> None:
        self.items.append(Diagnostic(path, where[0], where[1], message, hint, severity))

    def warn(self, path: str, where: tuple[int, int], message: str, hint: str = "") -> None:
        self.add(path, where, message, hint, Severity.warning)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.warning]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def summary(self) -> str:
        errors, warnings = len(self.errors), len(self.warnings)
        if not errors and not warnings:
            return "No problems found."
        return f"{_count(errors, 'error')}, {_count(warnings, 'warning')}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def close_match(word: str, choices: Iterable[str]) -> str:
    """'did you mean "x"?' when one of ``choices`` is close to ``word``, else ''."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f'did you mean "{close[0]}"?' if close else ""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean" hint for a misspelt key or id, or a list of the valid ones."""
    options = sorted(set(choices))
    close = close_match(word, options)
    if close:
        return close
    if not options:
        return ""
    shown = ", ".join(f'"{o}"' for o in options[:8])
    more = ", …" if len(options) > 8 else ""
    return f"expected one of {shown}{more}"
