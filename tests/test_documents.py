"""PDF documents and statutory links (issue #11): publishing, located errors, trust documents,
and an accessibility statement that speaks only of content the site has."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import markdown
import pikepdf
import pytest

from trusthub.content.documents import DocumentError, check_pdf, format_size, title_from_name
from trusthub.content.repo import load_repo
from trusthub.governance.accessibility import site_content, statement_issues
from trusthub.governance.check import check_repo
from trusthub.governance.markdown import HEADING_EXTENSIONS, heading_ids
from trusthub.governance.statutory import link_target
from trusthub.graphics.documents import publish_document

from .edits import edit, line_of

TODAY = dt.date(2026, 11, 23)
SECRET = "Mrs Example Author"
"""A name a school's PDF carries in its metadata, which the site must never publish."""


def make_pdf(pages: int = 1, padding: int = 0, password: str | None = None) -> bytes:
    """A real PDF carrying metadata everywhere it can: Info, document XMP, a page's XMP."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    pdf.docinfo["/Author"] = SECRET
    pdf.docinfo["/Creator"] = "Word for SCHOOL-OFFICE-PC"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = [SECRET]
    pdf.docinfo["/ModDate"] = "D:20260923101500+01'00'"
    page_xmp = pdf.make_stream(f"<x:xmpmeta>{SECRET}</x:xmpmeta>".encode())
    pdf.pages[0].obj["/Metadata"] = page_xmp
    pdf.Root["/OpenAction"] = pikepdf.Dictionary(
        S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")
    )
    if padding:
        pdf.pages[0].obj["/Padding"] = pdf.make_stream(bytes(padding))
    out = io.BytesIO()
    encryption = pikepdf.Encryption(user=password, owner=password) if password else False
    pdf.save(out, encryption=encryption, compress_streams=False)
    return out.getvalue()


def _problems(root: Path) -> list[str]:
    _repo, report = check_repo(root, today=TODAY)
    return [str(d) for d in report]


def _col(path: Path, needle: str) -> int:
    return (
        path.read_text(encoding="utf-8").splitlines()[line_of(path, needle) - 1].index(needle) + 1
    )


# Publishing -------------------------------------------------------------------------------


def test_published_pdf_keeps_its_pages_and_loses_every_trace_of_metadata() -> None:
    original = make_pdf(pages=2)
    assert SECRET.encode() in original and b"app.alert" in original
    published = publish_document(original, 10)
    assert SECRET.encode() not in published
    assert b"xmpmeta" not in published and b"app.alert" not in published
    with pikepdf.open(io.BytesIO(published)) as pdf:
        assert len(pdf.pages) == 2
        assert "/Info" not in pdf.trailer
        assert "/Metadata" not in pdf.Root and "/OpenAction" not in pdf.Root
        assert all("/Metadata" not in page.obj for page in pdf.pages)
    assert publish_document(original, 10) == published  # the same file every build


def test_only_real_unlocked_pdfs_within_the_limit_are_accepted() -> None:
    assert check_pdf(make_pdf(), 10) == dt.date(2026, 9, 23)  # the date the PDF records
    with pytest.raises(DocumentError, match=r"^not a PDF: the file does not start %PDF-$"):
        check_pdf(b"PK\x03\x04 a Word document renamed .pdf", 10)
    with pytest.raises(DocumentError, match=r"^document is 1\.1 MB, over the 1 MB limit$"):
        check_pdf(make_pdf(padding=1_150_000), 1)
    with pytest.raises(DocumentError, match=r"^the PDF is locked with a password$"):
        check_pdf(make_pdf(password="office"), 10)
    with pytest.raises(DocumentError, match=r"^the PDF is damaged and cannot be read"):
        check_pdf(b"%PDF-1.7\nnothing else", 10)


def test_sizes_and_titles_read_as_people_write_them() -> None:
    assert [format_size(n) for n in (200, 84_000, 1_300_000)] == ["1 KB", "82 KB", "1.2 MB"]
    assert title_from_name("pupil-premium-strategy_2026.pdf") == "Pupil premium strategy 2026"


# Located errors for the files of documents/ -----------------------------------------------


def test_documents_that_cannot_be_published_are_refused_at_their_own_path(
    trust_copy: Path,
) -> None:
    folder = trust_copy / "schools" / "brookfield" / "documents"
    edit(trust_copy / "brand" / "trust.yml", "locale: en-GB", "locale: en-GB\nmax_document_mb: 1")
    (folder / "big.pdf").write_bytes(make_pdf(padding=1_150_000))
    (folder / "renamed.pdf").write_bytes(b"PK\x03\x04 a Word document renamed .pdf")
    (folder / "Admissions Policy.pdf").write_bytes(make_pdf())
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\0")  # left by a Mac: ignored
    base = "schools/brookfield/documents"
    assert [p for p in _problems(trust_copy) if p.startswith(base)] == [
        f'{base}/Admissions Policy.pdf:1:1: document name "Admissions Policy.pdf" cannot be '
        'used in a web address (rename it "admissions-policy.pdf": lower-case letters, '
        "digits and hyphens)",
        f"{base}/big.pdf:1:1: document is 1.1 MB, over the 1 MB limit (save it again with "
        "smaller pictures (in Word: File > Compress Pictures), or split it into parts; the "
        "trust can raise max_document_mb in brand/trust.yml)",
        f'{base}/minutes.docx:1:1: "minutes.docx" is not a PDF, and {base}/ publishes only '
        "PDFs (save it as PDF (File > Save As > PDF), then remove the original from this folder)",
        f"{base}/renamed.pdf:1:1: not a PDF: the file does not start %PDF- (save or export it "
        "as PDF (File > Save As > PDF); renaming a file does not convert it)",
    ]
    repo, _ = load_repo(trust_copy)
    assert [d.name for d in repo.schools["brookfield"].documents] == [
        "behaviour-policy.pdf",
        "pe-and-sport-premium.pdf",
        "pupil-premium-strategy.pdf",
    ]


def test_a_documents_entry_for_a_file_that_is_not_there_is_located(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    edit(school, "  pe-and-sport-premium.pdf:", "  pe-and-sport-premium-2026.pdf:")
    line = line_of(school, "pe-and-sport-premium-2026.pdf:")
    assert _problems(trust_copy) == [
        f'schools/brookfield/school.yml:{line}:3: document "pe-and-sport-premium-2026.pdf" '
        'not found in schools/brookfield/documents/ (did you mean "pe-and-sport-premium.pdf"?)'
    ]


def test_a_document_takes_its_title_and_date_from_school_yml_or_the_file(
    demo_root: Path,
) -> None:
    repo, _ = load_repo(demo_root)
    docs = {d.name: d for d in repo.schools["brookfield"].documents}
    named = docs["pe-and-sport-premium.pdf"]  # named under documents: in school.yml
    assert (named.title, named.date) == (
        "PE and sport premium report 2025–26",
        dt.date(2026, 7, 20),
    )
    plain = docs["behaviour-policy.pdf"]  # not named: its file name and its own date
    assert (plain.title, plain.date) == ("Behaviour policy", dt.date(2026, 9, 25))
    assert plain.site_path == "schools/brookfield/documents/behaviour-policy.pdf"


# Statutory links ------------------------------------------------------------------------


def test_every_demo_statutory_link_goes_to_a_section_a_document_or_a_url(
    demo_root: Path,
) -> None:
    repo, _ = load_repo(demo_root)
    for school in repo.school_list():
        targets = [link_target(school, e) for e in school.model.statutory.values()]
        assert None not in targets, school.slug
        tops = [t.path for t in targets if t and t.kind == "page"]
        assert len(tops) == len(set(tops)), school.slug  # no two items share a page's top
    kingfisher = repo.schools["kingfisher"]
    where = {i: link_target(kingfisher, e) for i, e in kingfisher.model.statutory.items()}
    assert where["equality"].where == "“Equality objectives” on “Policies”"  # type: ignore[union-attr]
    assert where["equality"].anchor == "equality-objectives"  # type: ignore[union-attr]
    assert where["pupil-premium"].where == "PDF “Pupil premium strategy”, 1 KB"  # type: ignore[union-attr]
    assert where["ofsted"].where == "reports.ofsted.gov.uk"  # type: ignore[union-attr]
    assert where["values-ethos"].where == "page “Our values in action”"  # type: ignore[union-attr]


def test_a_link_to_a_heading_that_is_not_on_the_page_is_located(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    edit(school, "policies.md#equality-objectives", "policies.md#equality")
    edit(school, "policies.md#complaints", "policies.md#how-to-complain")
    line, col = line_of(school, "  equality:"), _col(school, "policies.md#equality")
    line2, col2 = line_of(school, "  complaints:"), _col(school, "policies.md#how-to-complain")
    assert _problems(trust_copy) == [
        f'schools/kingfisher/school.yml:{line}:{col}: no heading "#equality" on policies.md '
        '(did you mean "#equality-objectives"? its headings are '
        '"#behaviour-and-positive-behaviour-support", "#equality-objectives", '
        '"#pupil-premium-strategy", "#complaints", "#charging-and-remissions", '
        '"#other-policies", "#documents")',
        f'schools/kingfisher/school.yml:{line2}:{col2}: no heading "#how-to-complain" on '
        'policies.md (did you mean "#complaints"? its headings are '
        '"#behaviour-and-positive-behaviour-support", "#equality-objectives", '
        '"#pupil-premium-strategy", "#complaints", "#charging-and-remissions", '
        '"#other-policies", "#documents")',
    ]


def test_heading_ids_are_the_ones_the_site_gives(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "kingfisher" / "policies.md"
    edit(page, "## Complaints\n", "## Complaints {#complaints-procedure}\n")
    edit(page, "## Other policies\n", "## Equality objectives\n\n## Other policies\n")
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    edit(school, "policies.md#complaints", "policies.md#complaints-procedure")
    edit(school, "policies.md#equality-objectives", "policies.md#equality-objectives_1")
    assert _problems(trust_copy) == []  # an attribute list's id; a repeated heading's _1


def test_heading_ids_match_python_markdown_on_every_kind_of_page() -> None:
    """The checker reads only headings (a faster read of each page); its ids are still
    exactly Python-Markdown's: headings inside admonitions, lists and HTML with
    ``markdown``, ids other elements take, code that only looks like a heading."""
    body = (
        "# Policies\n\nSome *text* with a [link](x.md).\n\n"
        "Our promise.\n{: #equality }\n\n## Equality\n\n"
        '!!! note "Read this"\n\n    ### Inside a note\n\n'
        '<div markdown="1">\n\n## In a *block*\n\n</div>\n\n'
        "```\n## Not a heading\n```\n\n- item\n\n    text\n\n"
        "| a | b |\n| - | - |\n| 1 | 2 |\n\n## Equality\n"
    )
    expected = markdown.Markdown(extensions=list(HEADING_EXTENSIONS))
    expected.convert(body)
    ids: dict[str, str] = {}

    def walk(tokens: list[dict[str, Any]]) -> None:
        for token in tokens:
            ids[token["id"]] = token["name"]
            walk(token["children"])

    walk(expected.toc_tokens)  # type: ignore[attr-defined]
    assert heading_ids(body) == ids
    assert list(ids) == ["policies", "equality_1", "inside-a-note", "in-a-block", "equality_2"]


def test_a_link_to_a_missing_document_or_no_page_is_located(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    edit(school, "documents/pupil-premium-strategy.pdf", "documents/pupil-premium.pdf")
    edit(school, "policies.md#charging-and-remissions", '"#charging-and-remissions"')
    assert _problems(trust_copy) == [
        f"schools/kingfisher/school.yml:{line_of(school, '  pupil-premium:')}:"
        f"{_col(school, 'documents/pupil-premium.pdf')}: page or document "
        '"documents/pupil-premium.pdf" not found in schools/kingfisher/ '
        '(did you mean "documents/pupil-premium-strategy.pdf"?)',
        f"schools/kingfisher/school.yml:{line_of(school, '  charging:')}:"
        f"{_col(school, chr(34) + '#charging-and-remissions')}: statutory link "
        '"#charging-and-remissions" names no page (write the page before the #, like '
        "policies.md#behaviour)",
    ]


def test_items_sharing_the_top_of_one_page_are_warned_about_each_at_its_link(
    trust_copy: Path,
) -> None:
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    edit(school, "policies.md#equality-objectives", "policies.md")
    edit(school, "policies.md#complaints", "policies.md")
    equality, complaints = line_of(school, "  equality:"), line_of(school, "  complaints:")
    col = school.read_text().splitlines()[equality - 1].index("policies.md") + 1
    col2 = school.read_text().splitlines()[complaints - 1].index("policies.md") + 1
    assert _problems(trust_copy) == [
        f'schools/kingfisher/school.yml:{equality}:{col}: warning: statutory item "equality" '
        '(Equality objectives) links to the top of policies.md, as "complaints" also does '
        "(link the section that has it, like policies.md#equality-objectives, or a document "
        "in documents/)",
        f"schools/kingfisher/school.yml:{complaints}:{col2}: warning: statutory item "
        '"complaints" (Complaints procedure) links to the top of policies.md, as "equality" '
        "also does (link the section that has it, like policies.md#complaints, or a document "
        "in documents/)",
    ]


def test_a_statutory_link_to_a_staff_page_or_a_generated_heading_is_refused(
    trust_copy: Path,
) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    edit(school, "key-information.md#complaints", "staff-induction.md#your-first-day")
    edit(school, "key-information.md#our-values-and-ethos", "values.md#kindness")
    line, col = line_of(school, "  complaints:"), _col(school, "staff-induction.md")
    line2, col2 = line_of(school, "  values-ethos:"), _col(school, "values.md#kindness")
    assert _problems(trust_copy) == [
        f'schools/brookfield/school.yml:{line}:{col}: statutory item "complaints" links to '
        "staff-induction.md, a staff-only page (statutory information is for everyone: link "
        "a public page or document)",
        f"schools/brookfield/school.yml:{line2}:{col2}: values.md is written by trusthub: its "
        "headings cannot be linked (link values.md itself, or a heading on one of the "
        "school's own pages)",
    ]


# Trust documents --------------------------------------------------------------------------


def test_the_demo_trust_publishes_every_document_and_link_without_a_warning(
    demo_root: Path,
) -> None:
    assert _problems(demo_root) == []


def test_a_missing_or_stale_trust_document_is_warned_about_where_it_is_listed(
    trust_copy: Path,
) -> None:
    documents = trust_copy / "brand" / "documents.yml"
    text = documents.read_text(encoding="utf-8")
    start = text.index("  - item: funding-agreements")
    documents.write_text(text[:start] + text[text.index("  - item: annual-accounts") :])
    edit(documents, "reviewed: 2026-02-02", "reviewed: 2026-01-30")
    line, col = line_of(documents, "reviewed: 2026-01-30"), _col(documents, "2026-01-30")
    assert _problems(trust_copy) == [
        f"brand/documents.yml:{line_of(documents, 'documents:')}:1: warning: trust document "
        '"funding-agreements" (Funding agreements) is missing (list it in brand/documents.yml '
        "with a file in brand/documents/ or a url)",
        f'brand/documents.yml:{line}:{col}: warning: trust document "annual-accounts" (Annual '
        "report and accounts, year to 31 August 2025) is out of date: due by 31 January each "
        "year; last reviewed 2026-01-30 (publish the current version, then set reviewed: to "
        "that date)",
    ]


def test_a_trust_document_names_a_known_item_and_a_pdf_that_is_there(trust_copy: Path) -> None:
    documents = trust_copy / "brand" / "documents.yml"
    edit(documents, "item: pay-over-100k", "item: pay-over-100")
    edit(documents, "documents/gender-pay-gap-2026.pdf", "documents/gender-pay-gap-2025.pdf")
    edit(documents, "file: documents/master-funding-agreement.pdf", "file: logos/trust.svg")
    problems = _problems(trust_copy)
    assert problems[:3] == [
        f"brand/documents.yml:{line_of(documents, 'file: logos/trust.svg')}:11: "
        '"logos/trust.svg" is not a PDF in brand/documents/ (put the PDF in brand/documents/ '
        "and write file: documents/<its name>.pdf)",
        f"brand/documents.yml:{line_of(documents, 'item: pay-over-100')}:11: unknown trust "
        'item "pay-over-100" (did you mean "pay-over-100k"?; see trust: in brand/statutory.yml)',
        f"brand/documents.yml:{line_of(documents, 'gender-pay-gap-2025.pdf')}:11: document "
        '"documents/gender-pay-gap-2025.pdf" not found in brand/documents/ (did you mean '
        '"documents/gender-pay-gap-2026.pdf"?)',
    ]


def test_a_document_needs_a_file_or_a_url(trust_copy: Path) -> None:
    documents = trust_copy / "brand" / "documents.yml"
    edit(
        documents,
        "    file: documents/master-funding-agreement.pdf\n",
        "    file: documents/master-funding-agreement.pdf\n    url: https://example.org/fa\n",
    )
    line = line_of(documents, "  - item: funding-agreements")
    assert _problems(trust_copy)[0] == (
        f'brand/documents.yml:{line}:5: "Master funding agreement" needs either a file or a '
        "url (give file: documents/<name>.pdf for a PDF in brand/documents/, or url: https://…)"
    )


@pytest.mark.parametrize(("employees", "warned"), [(249, False), (250, True)])
def test_the_gender_pay_gap_report_is_needed_from_250_employees(
    trust_copy: Path, employees: int, warned: bool
) -> None:
    documents = trust_copy / "brand" / "documents.yml"
    text = documents.read_text(encoding="utf-8")
    documents.write_text(
        text[: text.index("  - item: gender-pay-gap")].replace(
            "employees: 612", f"employees: {employees}"
        )
    )
    problems = [p for p in _problems(trust_copy) if "gender-pay-gap" in p]
    assert bool(problems) is warned


# Accessibility statement -----------------------------------------------------------------


def test_the_statement_lists_problems_only_with_content_the_site_has(trust_copy: Path) -> None:
    trust = trust_copy / "brand" / "trust.yml"
    edit(
        trust,
        "  content_issues:\n",
        "  content_issues:\n    video:\n      - Some videos have no captions.\n",
    )
    line = line_of(trust, "    video:")
    assert _problems(trust_copy) == [
        f"brand/trust.yml:{line}:5: warning: the accessibility statement leaves out the "
        "problems with video: the site has no video (remove video: from content_issues, or "
        "keep it for when the site has some)"
    ]
    repo, _ = load_repo(trust_copy)
    assert [str(k) for k in sorted(site_content(repo))] == ["documents"]
    issues = statement_issues(repo)
    assert len(issues) == 1 and "PDFs are not tagged" in issues[0]
    assert not any("video" in issue for issue in issues)
    for folder in (trust_copy / "schools").glob("*/documents"):
        for pdf in folder.iterdir():
            pdf.unlink()
    for pdf in (trust_copy / "brand" / "documents").iterdir():
        pdf.unlink()
    repo, _ = load_repo(trust_copy)
    assert site_content(repo) == set() and statement_issues(repo) == []


def test_a_statutory_link_to_a_file_the_site_does_not_publish_is_refused(
    trust_copy: Path,
) -> None:
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    edit(school, "policies.md#complaints", "logo.svg")
    line, col = line_of(school, "  complaints:"), _col(school, "logo.svg,")
    assert _problems(trust_copy) == [
        f'schools/kingfisher/school.yml:{line}:{col}: statutory item "complaints" links to '
        "logo.svg, which is neither a page nor a document the site publishes (save it as a "
        "PDF in documents/ and link documents/<its name>.pdf, or link a page)"
    ]


def test_a_document_that_links_out_of_the_folder_is_refused(
    trust_copy: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(make_pdf())
    (trust_copy / "schools" / "kingfisher" / "documents" / "secret.pdf").symlink_to(outside)
    assert _problems(trust_copy) == [
        "schools/kingfisher/documents/secret.pdf:1:1: schools/kingfisher/documents/ may hold "
        "only PDF files, and this is a link to a file outside the folder (put each PDF "
        "directly in schools/kingfisher/documents/)"
    ]
    repo, _ = load_repo(trust_copy)
    assert "secret.pdf" not in {d.name for d in repo.schools["kingfisher"].documents}
