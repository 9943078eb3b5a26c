"""The governance register: ``brand/governance.yml`` (members, trustees, committees) and
``schools/<slug>/governors.yml`` (a school's local governing body).

An academy trust must publish, for everyone who governs it, their role, who appointed
them, their term of office, their attendance at board meetings over the last academic
year and their relevant business and pecuniary interests.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from trusthub.content.models.base import StrictModel, Text, content_error

ACADEMIC_YEAR_RE = re.compile(r"^(\d{4})-(\d{2})$")
ATTENDANCE_RE = re.compile(r"^(\d{1,2}) of (\d{1,2})$")


def _academic_year(value: str) -> str:
    match = ACADEMIC_YEAR_RE.match(value)
    if not match or (int(match[1]) + 1) % 100 != int(match[2]):
        raise content_error(
            f'"{value}" is not an academic year',
            'write the year it starts and the next one\'s last two digits, like "2025-26"',
        )
    return value


def _attendance(value: str) -> str:
    match = ATTENDANCE_RE.match(value)
    if not match:
        raise content_error(
            f'attendance "{value}" is not "<meetings attended> of <meetings held>"',
            'write it like "5 of 6"',
        )
    if int(match[1]) > int(match[2]) or int(match[2]) == 0:
        raise content_error(
            f'attendance "{value}" counts more meetings attended than held',
            'write the meetings attended first, like "5 of 6"',
        )
    return value


AcademicYear = Annotated[
    str,
    AfterValidator(_academic_year),
    Field(json_schema_extra={"pattern": ACADEMIC_YEAR_RE.pattern}, examples=["2025-26"]),
]
Attendance = Annotated[
    str,
    AfterValidator(_attendance),
    Field(json_schema_extra={"pattern": ATTENDANCE_RE.pattern}, examples=["5 of 6"]),
]


class Term(StrictModel):
    """A term of office: from the day of appointment to the day it ends."""

    start: dt.date = Field(description="The day they were appointed (or reappointed).")
    end: dt.date | None = Field(
        default=None, description="The day the term ends; left out for a member with no fixed term."
    )

    @model_validator(mode="after")
    def _in_order(self) -> Term:
        if self.end is not None and self.end <= self.start:
            raise content_error(
                f"the term ends ({self.end}) before it starts ({self.start})",
                "check the two dates",
            )
        return self


class Governor(StrictModel):
    """One person on the register."""

    name: Text = Field(description="Their name as they wish it published, e.g. Mrs Jane Ellis.")
    role: Text = Field(description="e.g. Chair of trustees, Parent governor.")
    appointed_by: Text = Field(
        description="How they came to serve, e.g. Appointed by the members, Elected by parents, "
        "Ex officio."
    )
    term: Term
    attendance: dict[AcademicYear, Attendance] = Field(
        default_factory=dict,
        description='Board meetings attended in each academic year, e.g. 2025-26: "5 of 6".',
    )
    interests: list[Text] | Literal["none"] | None = Field(
        default=None,
        description='Relevant business and pecuniary interests, one a line; "none" when '
        "they have declared that they have none.",
    )


class Committee(StrictModel):
    """A committee of the trust board."""

    name: Text = Field(description="e.g. Finance and audit.")
    summary: Text = Field(description="What it does, in a sentence.")
    members: list[Text] = Field(
        default_factory=list, description="Names of its members, as on the register."
    )


class Governance(StrictModel):
    """brand/governance.yml"""

    members: list[Governor] = Field(default_factory=list)
    trustees: list[Governor] = Field(default_factory=list)
    committees: list[Committee] = Field(default_factory=list)


class Governors(StrictModel):
    """schools/<slug>/governors.yml"""

    governors: list[Governor] = Field(default_factory=list)
