"""Write the demo trust's PDF documents: small, real, text PDFs with fictional content.

    python scripts/demo_documents.py

Each is one A4 page set in Helvetica (one of the fonts every PDF reader has, so
nothing is embedded and each file is about 2 KB), with a title, the school's name
and a few lines of plausible policy text. They carry a document information
dictionary (title, producer, dates) as an office's PDFs would: the site publishes
them without it. No real person is named.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 595, 842  # A4 in points


def _text(value: str) -> bytes:
    """A PDF string literal in WinAnsi (cp1252), which Helvetica's encoding covers."""
    raw = value.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path: Path, title: str, owner: str, paragraphs: list[str], date: str) -> None:
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    bold = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name("/Helvetica-Bold"),
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    lines = [b"BT", b"/F2 20 Tf", b"72 760 Td", _text(title) + b" Tj"]
    lines += [b"/F1 12 Tf", b"0 -26 Td", _text(owner) + b" Tj", b"0 -30 Td", b"14 TL"]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 80):
            lines.append(_text(line) + b" '")
        lines.append(b"T*")
    lines.append(b"ET")
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, WIDTH, HEIGHT],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font, F2=bold)),
        Contents=pdf.make_stream(b"\n".join(lines)),
    )
    pdf.pages.append(pikepdf.Page(page))
    stamp = f"D:{date.replace('-', '')}090000Z"
    pdf.docinfo[pikepdf.Name.Title] = title
    pdf.docinfo[pikepdf.Name.Producer] = "Aldermere demo document generator"
    pdf.docinfo[pikepdf.Name.CreationDate] = stamp
    pdf.docinfo[pikepdf.Name.ModDate] = stamp
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(path, deterministic_id=True)


APPROVED = "Approved by the local governing body. Next review: {review}."
DOCUMENTS: list[tuple[str, str, str, list[str], str]] = [
    # (path, title, owner, paragraphs, date)
    (
        "schools/aldermere-academy/documents/behaviour-policy.pdf",
        "Behaviour policy",
        "Aldermere Academy",
        [
            "Clear routines, consistent consequences and a restorative approach. "
            "Suspension is used only when necessary, and every student who returns "
            "has a reintegration meeting with their family.",
            "Rewards: achievement points, postcards home and the termly celebration assembly.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-24",
    ),
    (
        "schools/aldermere-academy/documents/pupil-premium-strategy.pdf",
        "Pupil premium strategy statement 2026–27",
        "Aldermere Academy",
        [
            "Funding this year: £298,500. Spending: small-group tutoring in English and "
            "maths, attendance support and guaranteed access to enrichment.",
            "Last year's outcomes: the attendance gap narrowed from 6.1 to 4.2 percentage points.",
            APPROVED.format(review="December 2027"),
        ],
        "2026-11-12",
    ),
    (
        "schools/brookfield/documents/behaviour-policy.pdf",
        "Behaviour policy: ready, respectful, safe",
        "Brookfield Primary School",
        [
            "Three rules: ready, respectful, safe. Restorative conversations follow any "
            "incident, and suspension is a last resort.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-25",
    ),
    (
        "schools/brookfield/documents/pupil-premium-strategy.pdf",
        "Pupil premium strategy statement 2026–27",
        "Brookfield Primary School",
        [
            "Funding this year: £142,800. Spending: tutoring, reading mentors and our "
            "family support team.",
            APPROVED.format(review="December 2027"),
        ],
        "2026-11-13",
    ),
    (
        "schools/brookfield/documents/pe-and-sport-premium.pdf",
        "PE and sport premium report 2025–26",
        "Brookfield Primary School",
        [
            "Funding received: £19,560. Spent on specialist coaching, a Key Stage 2 netball "
            "league and top-up swimming. 78% of Year 6 pupils can swim 25 metres.",
        ],
        "2026-07-20",
    ),
    (
        "schools/kingfisher/documents/positive-behaviour-support-policy.pdf",
        "Positive behaviour support policy",
        "Kingfisher School",
        [
            "We understand behaviour as communication. Every pupil has a positive behaviour "
            "support plan written with their family. Physical intervention is a last resort, "
            "used only by trained staff, always recorded and shared with families the same day.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-23",
    ),
    (
        "schools/kingfisher/documents/pupil-premium-strategy.pdf",
        "Pupil premium strategy statement 2026–27",
        "Kingfisher School",
        [
            "Funding this year: £61,380. Spending: additional speech and language therapy, "
            "music therapy and funded places on residential trips.",
            APPROVED.format(review="December 2027"),
        ],
        "2026-11-11",
    ),
    (
        "schools/little-acorns/documents/behaviour-policy.pdf",
        "Behaviour policy",
        "Little Acorns Nursery and Infant School",
        [
            "Gentle, consistent routines and plenty of praise. Adults help children name "
            "their feelings and put things right.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-21",
    ),
    (
        "schools/little-acorns/documents/pupil-premium-strategy.pdf",
        "Pupil premium strategy statement 2026–27",
        "Little Acorns Nursery and Infant School",
        [
            "Spending focuses on early language, phonics catch-up and family learning sessions.",
            APPROVED.format(review="December 2027"),
        ],
        "2026-11-16",
    ),
    (
        "schools/millbeck-sixth-form/documents/student-code-of-conduct.pdf",
        "Student code of conduct",
        "Millbeck Sixth Form College",
        [
            "What we expect of students in college, on placement and online, and how we "
            "respond when expectations are not met, including suspension.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-21",
    ),
    (
        "schools/millbeck-sixth-form/documents/charging-and-remissions-policy.pdf",
        "Charging and remissions policy",
        "Millbeck Sixth Form College",
        [
            "Tuition is free. We may charge for optional trips, with help from the 16 to 19 "
            "bursary fund for students from low-income families.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-21",
    ),
    (
        "schools/st-aidans/documents/behaviour-policy.pdf",
        "Behaviour policy",
        "St Aidan's Church of England Primary School",
        [
            "Built on forgiveness and fresh starts, with clear routines and consequences "
            "and a restorative conversation after every incident.",
            APPROVED.format(review="September 2027"),
        ],
        "2026-09-22",
    ),
    (
        "schools/st-aidans/documents/pupil-premium-strategy.pdf",
        "Pupil premium strategy statement 2026–27",
        "St Aidan's Church of England Primary School",
        [
            "Funding this year: £34,220, focused on reading fluency, emotional wellbeing and "
            "access to music and residential trips.",
            APPROVED.format(review="December 2027"),
        ],
        "2026-11-10",
    ),
    (
        "brand/documents/articles-of-association.pdf",
        "Articles of association",
        "Aldermere Learning Trust (company number 09876543)",
        [
            "The trust's objects are to advance education in the Alder valley for the "
            "public benefit, by establishing, maintaining and developing academies.",
            "Adopted by special resolution of the members; amended to take account of "
            "the Department for Education's current model articles.",
        ],
        "2024-03-18",
    ),
    (
        "brand/documents/master-funding-agreement.pdf",
        "Master funding agreement",
        "Aldermere Learning Trust and the Secretary of State for Education",
        [
            "The agreement under which the trust runs its academies, with a supplemental "
            "funding agreement for each academy as it joins the trust.",
        ],
        "2018-09-01",
    ),
    (
        "brand/documents/annual-report-and-accounts-2024-25.pdf",
        "Annual report and financial statements, year ended 31 August 2025",
        "Aldermere Learning Trust",
        [
            "Trustees' report, governance statement, statement of regularity, propriety "
            "and compliance, and the audited financial statements.",
            "Total income: £38.4 million. Pupils on roll: 4,120.",
        ],
        "2026-01-20",
    ),
    (
        "brand/documents/pay-over-100k-2024-25.pdf",
        "Employees paid over £100,000, 2024–25",
        "Aldermere Learning Trust",
        [
            "£100,001 to £110,000: 1 employee. £120,001 to £130,000: 1 employee. "
            "£140,001 to £150,000: 1 employee (the chief executive).",
            "Pay includes salary and benefits, before employer pension contributions.",
        ],
        "2026-01-20",
    ),
    (
        "brand/documents/gender-pay-gap-2026.pdf",
        "Gender pay gap report, snapshot date 31 March 2025",
        "Aldermere Learning Trust",
        [
            "Mean gender pay gap: 21.4%. Median gender pay gap: 24.9%. No bonuses were paid.",
            "Most of the gap comes from the higher proportion of women in support roles; "
            "our action plan is in the report.",
        ],
        "2026-03-12",
    ),
]


def main() -> int:
    for relative, title, owner, paragraphs, date in DOCUMENTS:
        write_pdf(ROOT / relative, title, owner, paragraphs, date)
        print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
