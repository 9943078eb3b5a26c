"""Governance rules (SPEC §6, §7): each with a failing and a passing case, exact messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trusthub.content.models import Language
from trusthub.content.repo import load_repo
from trusthub.governance import (
    codeowners_text,
    run_governance,
    statutory_status,
    write_codeowners,
)
from trusthub.governance.check import check_repo
from trusthub.governance.glossary import is_everyday
from trusthub.governance.language import compile_phrases, find_phrases
from trusthub.governance.markdown import mask_for_prose

from .edits import edit as _edit
from .edits import line_of as _line_of

TODAY = dt.date(2026, 11, 23)
"""A day on which every demo school's statutory information is up to date."""
ACCESSIBLE_ACCENTS = {
    "kingfisher": ("#f28c1b", "#b06200"),
    "little-acorns": ("#f2b705", "#957000"),
    "millbeck-sixth-form": ("#9bc53d", "#618100"),
    "st-aidans": ("#d4a017", "#977000"),
}
"""Demo accents too light for links on white, and the nearest passing shade of each."""
CHAIN = (
    '"{}" — we say "family of schools" (We are a partnership of schools that support '
    "each other, not a business with branches.)"
)
STUDENTS = (
    '"students" — we say "pupils" ("Pupils" is the term families and the DfE use for '
    'school-age children. Secondary schools and sixth forms may keep "students" if '
    "that is what their young people prefer.)"
)
KIDS = (
    '"kids" — we say "children" (Our writing is warm but professional; "kids" is too '
    "casual for a school.)"
)
TRUST_HINT = "(change it, or ask the trust to mark the pair local_choice)"
SCHOOL_HINT = '(change it, or keep it by listing "students" under language_exceptions)'


def _col_of(path: Path, needle: str) -> int:
    return (
        path.read_text(encoding="utf-8").splitlines()[_line_of(path, needle) - 1].index(needle) + 1
    )


def _problems(root: Path, today: dt.date = TODAY) -> list[str]:
    _repo, report = check_repo(root, today=today)
    return [str(d) for d in report]


@pytest.fixture(scope="module")
def demo_codeowners() -> str:
    repo, _report = load_repo(Path(__file__).resolve().parent.parent)
    return codeowners_text(repo)


@pytest.fixture
def trust(trust_copy: Path, demo_codeowners: str) -> Path:
    """The demo trust with accessible accents and an up-to-date CODEOWNERS: no problems."""
    for slug, (light, shade) in ACCESSIBLE_ACCENTS.items():
        school = trust_copy / "schools" / slug / "school.yml"
        text = school.read_text(encoding="utf-8")
        school.write_text(text.replace(f'accent: "{light}"', f'accent: "{shade}"'), "utf-8")
    (trust_copy / ".github").mkdir(exist_ok=True)
    (trust_copy / ".github" / "CODEOWNERS").write_text(demo_codeowners, encoding="utf-8")
    return trust_copy


def _page(root: Path, relative: str, body: str, front: str = "title: Test page\n") -> Path:
    path = root / relative
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return path


def test_demo_trust_passes_with_accessible_accents(trust: Path) -> None:
    assert _problems(trust) == []


# Shared language ------------------------------------------------------------------------


def test_phrase_across_a_line_break_is_reported_where_it_starts(trust: Path) -> None:
    _page(trust, "content/news.md", "We are not an academy\nchain, and never a Chain.\n")
    assert _problems(trust) == [
        f"content/news.md:4:15: warning: {CHAIN.format('academy chain')} {TRUST_HINT}",
        f"content/news.md:5:20: warning: {CHAIN.format('chain')} {TRUST_HINT}",
    ]


def test_phrase_is_not_matched_across_paragraphs(trust: Path) -> None:
    _page(trust, "content/news.md", "Our academy\n\nchained bikes are safe.\n")
    assert _problems(trust) == []


def test_whole_words_and_plurals(trust: Path) -> None:
    _page(trust, "content/news.md", "Chains. Chained. Unchain. Keychain. chain-link fences.\n")
    assert _problems(trust) == [
        f"content/news.md:4:1: warning: {CHAIN.format('chain')} {TRUST_HINT}",
    ]


def test_code_urls_and_link_targets_are_not_linted_but_link_text_is(trust: Path) -> None:
    body = (
        "Inline `academy chain` code and ``a `chain` here``.\n"
        "\n"
        "```text\n"
        "chain\n"
        "```\n"
        "\n"
        "~~~~\n"
        "kids\n"
        "~~~~\n"
        "\n"
        "See https://example.org/chain, <https://chain.example.org> and www.chain.org.\n"
        'Write to chain@example.org. [Our family](chain.md "a chain") is [here][chain].\n'
        '<a href="chain.md" class="chain">family</a> ![Kids playing](images/kids.png)\n'
        "<!-- kids -->\n"
        "\n"
        "[chain]: https://example.org/chain\n"
    )
    _page(trust, "content/news.md", body)
    _page(trust, "content/chain.md", "A page whose name would be flagged in prose.\n")
    problems = _problems(trust)
    assert [p.split(": ", 1)[0] for p in problems] == [
        "content/news.md:15:72",  # [here][chain]: the reference name is link text
        "content/news.md:16:47",  # alt text is read out
        "content/news.md:16:61",  # the image is missing
    ]
    assert problems[1] == f"content/news.md:16:47: warning: {KIDS} {TRUST_HINT}"


def test_case_insensitive_and_longest_phrase_wins(trust: Path) -> None:
    _page(trust, "content/news.md", "Our SEN Kids club. The KIDS are happy.\n")
    pair = (
        '"SEN kids" — we say "pupils with SEND" (Put the person first: a child has special '
        "educational needs; they are not defined by them.)"
    )
    assert _problems(trust) == [
        f"content/news.md:4:5: warning: {pair} {TRUST_HINT}",
        f"content/news.md:4:24: warning: {KIDS} {TRUST_HINT}",
    ]


def test_front_matter_title_is_linted(trust: Path) -> None:
    _page(trust, "content/news.md", "Hello.\n", front="title: News from head office\n")
    why = (
        '"head office" — we say "central team" (The central team serves schools; "head '
        'office" suggests that decisions are made somewhere far away.)'
    )
    assert _problems(trust) == [f"content/news.md:2:8: warning: {why} {TRUST_HINT}"]


def test_local_choice_is_kept_only_by_schools_that_list_it(trust: Path) -> None:
    text = "Our students lead the school council.\n"
    _page(trust, "schools/aldermere-academy/news.md", text)  # lists "students"
    _page(trust, "schools/brookfield/news.md", text)  # does not
    _page(trust, "content/news.md", text)  # trust pages get no exceptions
    assert _problems(trust) == [
        f"content/news.md:4:5: warning: {STUDENTS} {TRUST_HINT}",
        f"schools/brookfield/news.md:4:5: warning: {STUDENTS} {SCHOOL_HINT}",
    ]


def test_exception_for_a_pair_that_is_not_a_local_choice_does_not_apply(trust: Path) -> None:
    school = trust / "schools" / "aldermere-academy" / "school.yml"
    _edit(school, "  - students\n", "  - students\n  - kids\n")
    _page(trust, "schools/aldermere-academy/news.md", "Kids and students.\n")
    assert _problems(trust) == [
        f'schools/aldermere-academy/school.yml:{_line_of(school, "- kids")}:5: "kids" cannot '
        "be a local choice (only phrases of pairs marked local_choice: true in "
        "brand/language.yml can be kept)",
        f"schools/aldermere-academy/news.md:4:1: warning: {KIDS} {TRUST_HINT}",
    ]


def test_school_yaml_free_text_is_linted_at_the_phrase(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    _edit(
        school,
        "motto: Learning together, growing together",
        'motto: "Happy kids, learning together"',
    )
    _edit(
        school,
        "  and we are proud to share what we have learned with the rest of the family.",
        "  and we are proud to share what we have learned with the rest of the\n  chain.",
    )
    _edit(
        school,
        "    Strengthen support for pupils who are new to English",
        "    Strengthen support for students who are new to English",
    )
    assert _problems(trust) == [
        f"schools/brookfield/school.yml:{_line_of(school, 'motto:')}:15: warning: {KIDS} "
        f"{TRUST_HINT}",
        f"schools/brookfield/school.yml:{_line_of(school, '  chain.')}:3: warning: "
        f"{CHAIN.format('chain')} {TRUST_HINT}",
        f"schools/brookfield/school.yml:{_line_of(school, 'support for students')}:"
        f"{_col_of(school, 'students')}: "
        f"warning: {STUDENTS} {SCHOOL_HINT}",
    ]


def test_brand_yaml_free_text_is_linted(trust: Path) -> None:
    trust_yml = trust / "brand" / "trust.yml"
    text = trust_yml.read_text(encoding="utf-8")
    tagline = next(line for line in text.splitlines() if line.startswith("tagline:"))
    _edit(trust_yml, tagline, "tagline: A chain of schools # not a comment chain")
    assert _problems(trust) == [
        f"brand/trust.yml:{_line_of(trust_yml, 'tagline:')}:12: warning: "
        f"{CHAIN.format('chain')} {TRUST_HINT}",
    ]


def test_code_fence_inside_a_list_item_is_not_linted() -> None:
    language = Language.model_validate(
        {"preferred": [{"use": "family of schools", "avoid": ["chain"], "why": "Because."}]}
    )
    body = "- Step one:\n\n    ```yaml\n    chain: true\n    ```\n\n- A chain.\n"
    hits = find_phrases(mask_for_prose(body), compile_phrases(language))
    assert [body[h.start : h.end] for h in hits] == ["chain"]
    assert hits[0].start == body.index("A chain") + 2


# Glossary words --------------------------------------------------------------------------


def test_everyday_word_as_an_alias_is_reported_at_the_alias(trust: Path) -> None:
    language = trust / "brand" / "language.yml"
    _edit(language, "aliases: [head teacher, principal]", "aliases: [head, principal]")
    page = trust / "schools" / "aldermere-academy" / "key-information.md"
    assert _problems(trust) == [
        f"brand/language.yml:{_line_of(language, 'aliases: [head,')}:15: warning: "
        '"head" is an everyday word: every "head" on the site gets the glossary definition '
        'of "Headteacher", as in "child\'s tutor or head of year first." '
        f"(schools/aldermere-academy/key-information.md:{_line_of(page, 'head of year')}) "
        '(use a longer phrase that only ever means "Headteacher", or remove the alias)',
    ]


def test_everyday_word_as_a_term_is_reported_at_the_term(trust: Path) -> None:
    language = trust / "brand" / "language.yml"
    _edit(language, "- term: Trust members", "- term: Members")
    assert _problems(trust) == [
        f"brand/language.yml:{_line_of(language, 'term: Members')}:11: warning: "
        '"Members" is an everyday word: every "Members" on the site gets this glossary '
        'definition, as in "| Members | Five members" '
        f"(content/about/governance.md:{_line_of(trust / 'content/about/governance.md', '| Members')}) "
        "(name the term with a longer phrase that only ever means it)",
    ]


@pytest.mark.parametrize(
    ("word", "everyday"),
    [
        ("head", True),
        ("Head", True),  # the glossary keeps letter case, so "Head" starts sentences
        ("members", True),
        ("trustees", False),
        ("SEND", False),  # in capitals: only ever the acronym
        ("MAT", False),
        ("KS1", False),
        ("post-16", False),
        ("Ofsted", False),
        ("head teacher", False),  # a phrase means one thing
        ("board of trustees", False),
    ],
)
def test_everyday_words_are_common_single_words_not_in_capitals(word: str, everyday: bool) -> None:
    assert is_everyday(word) is everyday


# Aligned autonomy -------------------------------------------------------------------------


def test_school_page_cannot_replace_an_aligned_area(trust: Path) -> None:
    page = _page(
        trust,
        "schools/brookfield/money.md",
        "Our finances.\n",
        front="title: Money\narea: finance\n",
    )
    assert _problems(trust) == [
        f'schools/brookfield/money.md:{_line_of(page, "area:")}:7: area "finance" is aligned: '
        "the trust's policy is published for every school and cannot be replaced "
        "(remove area:, or ask the trust to change the area's level)",
    ]


def test_framework_and_local_area_pages_are_allowed_once(trust: Path) -> None:
    _page(
        trust, "schools/brookfield/clubs.md", "Clubs.\n", front="title: Clubs\narea: enrichment\n"
    )
    assert _problems(trust) == []
    _page(
        trust,
        "schools/brookfield/reading.md",
        "Reading.\n",
        front="title: Reading\narea: curriculum\n",
    )
    assert _problems(trust) == [
        'schools/brookfield/reading.md:3:7: "curriculum.md" is already this school\'s addendum '
        'for area "curriculum" (keep one page per area: merge the two, or remove area: from '
        "one of them)",
    ]


def test_every_non_negotiable_must_be_addressed(trust: Path) -> None:
    school = trust / "schools" / "kingfisher" / "school.yml"
    text = school.read_text(encoding="utf-8")
    start = text.index("  attendance:")
    end = text.index("  staff-development:")
    school.write_text(text[:start] + text[end:], encoding="utf-8")
    assert _problems(trust) == [
        f"schools/kingfisher/school.yml:{_line_of(school, 'expectations:')}:1: warning: does "
        'not say how it meets the non-negotiable "attendance" (Every day counts) '
        '(add "attendance:" under expectations: with a sentence or two)',
    ]


# Statutory information ---------------------------------------------------------------------


def test_missing_statutory_item(trust: Path) -> None:
    school = trust / "schools" / "aldermere-academy" / "school.yml"
    lines = school.read_text(encoding="utf-8").splitlines(keepends=True)
    school.write_text("".join(x for x in lines if not x.startswith("  careers:")), "utf-8")
    assert _problems(trust) == [
        f"schools/aldermere-academy/school.yml:{_line_of(school, 'statutory:')}:1: warning: "
        'statutory item "careers" (Careers programme) is missing '
        "(add it under statutory: with a link to a section of a page "
        "(policies.md#behaviour), a document or a URL)",
    ]


def test_annual_item_is_stale_once_its_due_date_passes(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    admissions = "admissions: {link: key-information.md#admissions, reviewed: 2026-09-04}"
    _edit(school, admissions, admissions.replace("2026-09-04", "2026-03-15"))
    assert _problems(trust) == []  # reviewed on the due date
    _edit(school, "2026-03-15", "2026-03-14")
    line, col = _line_of(school, "  admissions:"), _col_of(school, "2026-03-14")
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{line}:{col}: warning: statutory item "admissions" '
        "(Admission arrangements) is out of date: due by 15 March each year; last reviewed "
        "2026-03-14 (publish the current version, then set reviewed: to that date)",
    ]


def test_item_older_than_its_maximum_age_is_stale(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    behaviour = "behaviour: {link: documents/behaviour-policy.pdf, reviewed: 2026-09-25}"
    _edit(school, behaviour, behaviour.replace("2026-09-25", "2025-11-23"))
    assert _problems(trust) == []  # exactly 365 days ago
    _edit(school, "2025-11-23", "2025-11-22")
    line, col = _line_of(school, "  behaviour:"), _col_of(school, "2025-11-22")
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{line}:{col}: warning: statutory item "behaviour" '
        "(Behaviour policy) is out of date: last reviewed 2025-11-22, 366 days ago; to be "
        "reviewed every 365 days (publish the current version, then set reviewed: to that date)"
    ]


def test_annual_item_without_a_reviewed_date_is_stale(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    _edit(
        school,
        "pupil-premium: {link: documents/pupil-premium-strategy.pdf, reviewed: 2026-11-13}",
        "pupil-premium: {link: documents/pupil-premium-strategy.pdf}",
    )
    line = _line_of(school, "  pupil-premium:")
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{line}:3: warning: statutory item "pupil-premium" '
        "(Pupil premium strategy) is out of date: due by 31 December each year; no reviewed "
        "date (add reviewed: with the date it was last checked (YYYY-MM-DD))",
    ]


def test_reviewed_date_in_the_future_is_reported(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    _edit(
        school,
        'ofsted: {link: "https://reports.ofsted.gov.uk/provider/21/150937", reviewed: 2026-09-04}',
        'ofsted: {link: "https://reports.ofsted.gov.uk/provider/21/150937", reviewed: 2062-09-04}',
    )
    line, col = _line_of(school, "  ofsted:"), _col_of(school, "2062-09-04")
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{line}:{col}: warning: statutory item "ofsted" '
        "(Ofsted report) is out of date: reviewed date 2062-09-04 is in the future "
        "(check the date: write the day it was last reviewed)",
    ]


def test_statutory_status_for_the_dashboard(demo_root: Path) -> None:
    repo, _report = load_repo(demo_root)
    statuses = statutory_status(repo, TODAY)
    assert [s.slug for s in statuses] == [s.slug for s in repo.school_list()]
    acorns = next(s for s in statuses if s.slug == "little-acorns")
    by_id = {item.id: item for item in acorns.items}
    assert [item.id for item in acorns.items] == [item.id for item in repo.statutory.items]
    assert by_id["careers"].state == "not-applicable"
    assert by_id["careers"].reason == "does not apply to an infant school"
    assert by_id["send"].state == "present"
    assert by_id["send"].link == "send.md"
    assert isinstance(by_id["send"].reviewed, dt.date)
    assert acorns.count("missing") == acorns.count("stale") == 0
    later = {
        i.id: i
        for i in next(
            s for s in statutory_status(repo, dt.date(2028, 1, 1)) if s.slug == "little-acorns"
        ).items
    }
    assert later["send"].state == "stale"
    assert later["send"].reason.startswith("last reviewed ")


# Colour contrast --------------------------------------------------------------------------


def test_light_accent_is_reported_with_the_shade_the_site_uses(trust: Path) -> None:
    school = trust / "schools" / "little-acorns" / "school.yml"
    _edit(school, 'accent: "#957000"', 'accent: "#f2b705"')
    line = _line_of(school, "accent:")
    assert _problems(trust) == [
        f"schools/little-acorns/school.yml:{line}:11: warning: accent colour (links on white) "
        "#f2b705 has 1.82:1 contrast against #ffffff; the site uses #977000 (4.53:1) "
        "(use #977000 or darker to choose the shade yourself)",
    ]


def test_trust_palette_is_checked(trust: Path) -> None:
    trust_yml = trust / "brand" / "trust.yml"
    _edit(trust_yml, 'primary: "#0f4c5c"', 'primary: "#7fb3c0"')
    _edit(trust_yml, 'secondary: "#b5472f"', 'secondary: "#e3a33b"')
    assert _problems(trust) == [
        f"brand/trust.yml:{_line_of(trust_yml, 'primary:')}:12: warning: primary colour (behind "
        "white text) #7fb3c0 has 2.30:1 contrast against #ffffff; the site uses #4c7e8b "
        "(4.50:1) (use #4c7e8b or darker to choose the shade yourself)",
        f"brand/trust.yml:{_line_of(trust_yml, 'secondary:')}:14: warning: secondary colour "
        "(links on white) #e3a33b has 2.19:1 contrast against #ffffff; the site uses #a16c00 "
        "(4.51:1) (use #a16c00 or darker to choose the shade yourself)",
    ]


# Content -----------------------------------------------------------------------------------


def test_images_need_alt_text(trust: Path) -> None:
    (trust / "schools" / "brookfield" / "images").mkdir()
    (trust / "schools" / "brookfield" / "images" / "hall.png").write_bytes(b"png")
    _page(
        trust,
        "schools/brookfield/news.md",
        "![](images/hall.png)\n"
        "![Our new hall](images/hall.png)\n"
        '<img src="images/hall.png">\n'
        '<img src="images/hall.png" alt="">\n'
        "`![](images/hall.png)`\n",
    )
    assert _problems(trust) == [
        'schools/brookfield/news.md:4:5: image "images/hall.png" has no alt text (describe the '
        "picture between the square brackets, like ![Pupils planting trees](x.jpg))",
        'schools/brookfield/news.md:6:11: image "images/hall.png" has no alt text (add '
        'alt="a short description", or alt="" if the picture is only decoration)',
    ]


def test_school_links_must_stay_in_the_folder_and_lead_somewhere(trust: Path) -> None:
    _page(
        trust,
        "schools/brookfield/news.md",
        "[ok](send.md#our-approach) [home](index.md) [values](values.md) [c](contact.md)\n"
        "[trust](how-we-work.md) [top](#top) [web](https://example.org/x.md)\n"
        "[typo](curriculm.md)\n"
        "[other school](../kingfisher/send.md) [abs](/values.md)\n"
        "```\n[code](nowhere.md)\n```\n",
    )
    assert _problems(trust) == [
        'schools/brookfield/news.md:6:8: link to "curriculm.md" goes nowhere '
        '(did you mean "curriculum.md"?)',
        'schools/brookfield/news.md:7:16: link to "../kingfisher/send.md" leaves '
        "schools/brookfield/ (link to this school's own pages by name; for any other page use "
        "its full web address)",
        'schools/brookfield/news.md:7:45: link to "/values.md" leaves schools/brookfield/ '
        "(link to this school's own pages by name; for any other page use its full web "
        "address)",
    ]


def test_trust_page_links_resolve_in_the_whole_site(trust: Path) -> None:
    _page(
        trust,
        "content/about/people.md",
        "[governance](governance.md) [home](../index.md) [area](../autonomy/finance.md)\n"
        "[school](../schools/brookfield/send.md) [gen](../schools/kingfisher/values.md)\n"
        "[join](../join-us.md) [typo](../join-uss.md) [out](../../README.md)\n",
    )
    assert _problems(trust) == [
        'content/about/people.md:6:30: link to "../join-uss.md" goes nowhere '
        '(did you mean "../join-us.md"?)',
        'content/about/people.md:6:52: link to "../../README.md" goes nowhere '
        "(check the file name; links are relative to this page)",
    ]


# Ownership ---------------------------------------------------------------------------------


def test_codeowners_text(demo_root: Path) -> None:
    repo, _report = load_repo(demo_root)
    lines = codeowners_text(repo).splitlines()
    assert lines[0].startswith("# Generated by `trusthub codeowners`")
    body = [line for line in lines if line and not line.startswith("#")]
    assert body == [
        "* @aldermere/central-comms",
        "/schools/aldermere-academy/ @aldermere/aldermere-academy-web",
        "/schools/brookfield/ @aldermere/brookfield-web",
        "/schools/kingfisher/ @aldermere/kingfisher-web",
        "/schools/little-acorns/ @aldermere/little-acorns-web",
        "/schools/millbeck-sixth-form/ @aldermere/millbeck-web",
        "/schools/st-aidans/ @aldermere/st-aidans-web",
    ]


def test_codeowners_out_of_date_or_missing(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    _edit(
        school,
        'owners: ["@aldermere/brookfield-web"]',
        'owners: ["@aldermere/brookfield-web", "@okafor"]',
    )
    stale = (
        ".github/CODEOWNERS:1:1: warning: .github/CODEOWNERS is out of date "
        "(run trusthub codeowners)"
    )
    assert _problems(trust) == [stale]
    repo, _report = load_repo(trust)
    path = write_codeowners(repo)
    assert "/schools/brookfield/ @aldermere/brookfield-web @okafor\n" in path.read_text("utf-8")
    assert _problems(trust) == []
    path.unlink()
    assert _problems(trust) == [stale]


def test_owner_must_be_a_github_user_team_or_email(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    _edit(school, 'owners: ["@aldermere/brookfield-web"]', 'owners: ["brookfield web"]')
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{_line_of(school, "owners:")}:10: owner "brookfield '
        'web" is not a GitHub user, team or email address (write it like '
        '"@aldermere/brookfield-web" or "@username")',
        ".github/CODEOWNERS:1:1: warning: .github/CODEOWNERS is out of date "
        "(run trusthub codeowners)",
    ]


def test_run_governance_adds_nothing_for_the_clean_demo(trust: Path) -> None:
    repo, report = load_repo(trust)
    run_governance(repo, report, TODAY)
    assert list(report) == []


def test_public_page_linking_to_staff_page_is_an_error(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "brookfield" / "key-information.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nSee the [induction checklist](staff-induction.md).\n", encoding="utf-8"
    )
    line = text.count("\n") + 2
    _repo, report = check_repo(trust_copy, dt.date(2026, 11, 23))
    assert [str(d) for d in report.errors] == [
        f"schools/brookfield/key-information.md:{line}:31: links to a staff-only page, which the "
        "public site leaves out (remove the link, or mark this page audience: staff too)"
    ]
    target = trust_copy / "schools" / "brookfield" / "staff-induction.md"
    target.write_text(
        target.read_text(encoding="utf-8").replace("audience: staff\n", ""), encoding="utf-8"
    )
    _repo, report = check_repo(trust_copy, dt.date(2026, 11, 23))
    assert [str(d) for d in report.errors] == []


def test_two_schools_whose_colours_look_alike_are_warned_about(trust_copy: Path) -> None:
    from trusthub.governance.check import check_repo

    kingfisher = trust_copy / "schools" / "kingfisher" / "school.yml"
    kingfisher.write_text(
        kingfisher.read_text().replace('primary: "#006d77"', 'primary: "#0b6e99"')
    )
    _, report = check_repo(trust_copy)
    (found,) = [d for d in report.warnings if "hard to tell apart" in d.message]
    assert found.path.endswith("kingfisher/school.yml")
    assert found.line == _line_of(kingfisher, "primary:")
    assert "Brookfield's #1f4e9c (ΔE 14.0, needs 14.5)" in found.message


# Section order and home page -------------------------------------------------------------


def test_page_order_names_only_pages_of_the_section(trust: Path) -> None:
    school = trust / "schools" / "brookfield" / "school.yml"
    school.write_text(
        school.read_text(encoding="utf-8") + "pages:\n  - send.md\n  - curriculm.md\n  - send.md\n",
        encoding="utf-8",
    )
    line = _line_of(school, "  - curriculm.md")
    assert _problems(trust) == [
        f'schools/brookfield/school.yml:{line}:5: "curriculm.md" is not a page of this section '
        '(did you mean "curriculum.md"?)',
        f'schools/brookfield/school.yml:{line + 1}:5: "send.md" is listed twice '
        "(list each page once)",
    ]


def test_home_photo_must_be_a_file_in_the_schools_folder(trust: Path) -> None:
    school = trust / "schools" / "little-acorns" / "school.yml"
    school.write_text(
        school.read_text(encoding="utf-8")
        + "home:\n  layout: photo\n  photo: images/front.jpg\n  photo_alt: The school field\n",
        encoding="utf-8",
    )
    problems = _problems(trust)
    assert len(problems) == 1
    assert problems[0].startswith(
        f"schools/little-acorns/school.yml:{_line_of(school, 'photo: images')}:10: "
    )
    assert "images/front.jpg" in problems[0]


@pytest.mark.parametrize(
    ("home", "message"),
    [
        ("  layout: photo\n", "the photo layout needs a photo"),
        ("  layout: letter\n", "the letter layout needs the headteacher's welcome"),
        ("  photo: logo.svg\n", "the home page photo has no photo_alt"),
        ("  layout: gallery\n", "gallery"),
    ],
)
def test_home_layout_needs_what_it_shows(trust: Path, home: str, message: str) -> None:
    school = trust / "schools" / "little-acorns" / "school.yml"
    school.write_text(school.read_text(encoding="utf-8") + "home:\n" + home, encoding="utf-8")
    problems = _problems(trust)
    assert len(problems) == 1 and message in problems[0], problems
    # at the home page's settings (their first line)
    assert problems[0].startswith(
        f"schools/little-acorns/school.yml:{_line_of(school, 'home:') + 1}:"
    )
