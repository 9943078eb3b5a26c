"""Hostile files: refused quickly, with `file:line:col`, exit status 1 and no traceback."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trusthub.content.paths import inside
from trusthub.content.yamlmarks import MAX_DEPTH, MAX_ITEMS, YamlSyntaxError, load_yaml
from trusthub.governance.check import check_repo

from .edits import edit, line_of

SCHOOL = "schools/brookfield/school.yml"
DEMO_TODAY = dt.date(2026, 11, 23)


def _errors(root: Path) -> list[str]:
    _repo, report = check_repo(root, DEMO_TODAY)
    return [str(d) for d in report.errors]


def billion_laughs() -> str:
    """Nine levels of nine aliases: 9^9 (387 million) strings once expanded."""
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        aliases = ", ".join([f"*lol{level - 1}"] * 9)
        lines.append(f"lol{level}: &lol{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def _trusthub_check(root: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "trusthub.adapters.cli", "check"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TRUSTHUB_TODAY": DEMO_TODAY.isoformat()},
    )
    return result, time.perf_counter() - start


def test_billion_laughs_is_refused_in_seconds(trust_copy: Path) -> None:
    school = trust_copy / SCHOOL
    school.write_text(school.read_text(encoding="utf-8") + billion_laughs(), encoding="utf-8")
    anchor_line = line_of(school, "lol0: &lol0")
    result, seconds = _trusthub_check(trust_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        f'{SCHOOL}:{anchor_line}:7: YAML anchor "&lol0" is not allowed in content files '
        "(remove the & name: content files are read without anchors or aliases)"
    ) in result.stdout
    assert seconds < 5


def test_an_alias_without_anchor_syntax_is_located() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        load_yaml("a: 1\nb: *a\n")
    assert caught.value.where[0] == 2  # the parser stops at the unknown alias


def test_a_repeated_key_names_the_first(trust_copy: Path) -> None:
    school = trust_copy / SCHOOL
    text = school.read_text(encoding="utf-8")
    values = text[text.index("\nvalues:") + 1 : text.index("\n", text.index("  kindness:"))]
    school.write_text(text + "\n" + values + "\n", encoding="utf-8")
    first, second = (
        n for n, line in enumerate(school.read_text().splitlines(), 1) if line == "values:"
    )
    assert _errors(trust_copy) == [
        f'{SCHOOL}:{second}:1: "values" is already set at line {first} '
        "(write each key once; merge the two into one)"
    ]


def test_a_repeated_key_deep_down_and_in_front_matter(trust_copy: Path) -> None:
    school = trust_copy / SCHOOL
    edit(school, '  primary: "#1f4e9c"', '  primary: "#1f4e9c"\n  primary: "#000000"')
    page = trust_copy / "schools" / "brookfield" / "send.md"
    edit(page, "title:", "title: One\ntitle:")
    line = line_of(school, '  primary: "#000000"')
    assert _errors(trust_copy) == [
        f'{SCHOOL}:{line}:3: "primary" is already set at line {line - 1} '
        "(write each key once; merge the two into one)",
        'schools/brookfield/send.md:3:1: "title" is already set at line 2 '
        "(write each key once; merge the two into one)",
    ]


def test_deep_nesting_and_long_lists_are_refused() -> None:
    deep = "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(YamlSyntaxError, match=f"nested more than {MAX_DEPTH} deep"):
        load_yaml(deep)
    long = "owners: [" + ", ".join(["x"] * (MAX_ITEMS + 1)) + "]"
    with pytest.raises(YamlSyntaxError, match="a list holds more than 1,000 items"):
        load_yaml(long)
    load_yaml("owners: [" + ", ".join(["x"] * MAX_ITEMS) + "]")  # the limit itself is fine


def test_oversized_files_and_pages_are_refused(trust_copy: Path) -> None:
    folder = trust_copy / "schools" / "kingfisher"
    (folder / "huge.md").write_text("# Huge\n\n" + "All work and no play. " * 12_000)
    big_yaml = trust_copy / SCHOOL
    big_yaml.write_text(big_yaml.read_text() + "# " + "x" * 1_100_000 + "\n")
    size = big_yaml.stat().st_size // 1000
    errors = _errors(trust_copy)
    assert (
        "schools/kingfisher/huge.md:1:1: page is too long (264 KB) (keep a page under "
        "200 KB; split it into several pages)" in errors
    )
    assert (
        f"{SCHOOL}:1:1: file is too large ({size} KB) (keep text files under 1 MB; "
        "split it up)" in errors
    )


def test_deeply_nested_markdown_is_refused(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "brookfield" / "nested.md"
    lists = "".join(" " * (4 * depth) + "- item\n" for depth in range(12))
    quotes = "".join("> " * depth + "quote\n" for depth in range(1, 12))
    page.write_text("# Nested\n\n" + lists + "\n" + quotes)
    assert _errors(trust_copy) == [
        "schools/brookfield/nested.md:11:1: lists are nested more than 8 deep "
        "(readers lose track after two or three levels; flatten the structure)"
    ]
    page.write_text("# Nested\n\n" + quotes)
    assert _errors(trust_copy)[0].startswith(
        "schools/brookfield/nested.md:11:1: quotes are nested more than 8 deep"
    )


def test_thousands_of_pages_are_refused_quickly(trust_copy: Path) -> None:
    folder = trust_copy / "schools" / "brookfield" / "spam"
    folder.mkdir()
    for number in range(2000):
        (folder / f"page-{number}.md").write_text(f"# Page {number}\n")
    result, seconds = _trusthub_check(trust_copy)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        f"{SCHOOL}:1:1: schools/brookfield/ has 2,004 pages, more than 300 "
        "(a school section needs far fewer pages; remove the ones that were added by mistake)"
    ) in result.stdout
    assert seconds < 5


@pytest.mark.parametrize(
    "reference",
    [
        "../kingfisher/logo.svg",
        "/etc/passwd",
        "C:/Windows/logo.svg",
        "C:logo.svg",
        "..\\kingfisher\\logo.svg",
        "images\\..\\..\\kingfisher\\logo.svg",
        "~/logo.svg",
        "",
    ],
)
def test_references_that_leave_the_folder(tmp_path: Path, reference: str) -> None:
    (tmp_path / "logo.svg").write_text("<svg/>")
    assert inside(tmp_path, reference) is None


def test_symbolic_links_out_of_the_folder_are_refused(trust_copy: Path, tmp_path: Path) -> None:
    folder = trust_copy / "schools" / "brookfield"
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.md").write_text("# Secrets\n")
    (secret / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (folder / "leak.md").symlink_to(secret / "passwords.md")
    (folder / "elsewhere").symlink_to(secret, target_is_directory=True)
    (folder / "logo.svg").unlink()
    (folder / "logo.svg").symlink_to(secret / "logo.svg")
    assert _errors(trust_copy) == [
        "schools/brookfield/leak.md:1:1: page is a link to a file outside schools/brookfield/ "
        "(copy the page into the school's folder instead of linking to it)",
        f'{SCHOOL}:{line_of(folder / "school.yml", "logo:")}:7: logo file "logo.svg" is outside '
        "schools/brookfield/ (put the file in schools/brookfield/ and give its name without "
        "../ or /)",
    ]


def test_a_link_inside_the_folder_in_other_letter_case_is_inside(tmp_path: Path) -> None:
    (tmp_path / "Images").mkdir()
    (tmp_path / "Images" / "a.png").write_bytes(b"")
    assert inside(tmp_path, "Images/a.png") == (tmp_path / "Images" / "a.png").resolve()


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("javascript:alert(1)", 'links may not start "javascript:"'),
        ("JavaScript:alert(1)", 'links may not start "javascript:"'),
        ("data:text/html,<script>alert(1)</script>", 'links may not start "data:"'),
        ("vbscript:msgbox", 'links may not start "vbscript:"'),
        ("//evil.example/send", '"//evil.example/send" is not a usable link'),
        ("https://", '"https://" has no web address after https://'),
    ],
)
def test_links_with_other_schemes_are_located_errors(
    trust_copy: Path, link: str, message: str
) -> None:
    school = trust_copy / SCHOOL
    edit(school, "link: send.md", f'link: "{link}"')
    errors = _errors(trust_copy)
    assert len(errors) == 1
    assert errors[0].startswith(f"{SCHOOL}:{line_of(school, '  send: {link')}:16: {message}")


def test_website_must_be_a_web_address(trust_copy: Path) -> None:
    school = trust_copy / SCHOOL
    edit(school, "website: https://brookfield.aldermere.org.uk/", 'website: "mailto:x@example.org"')
    assert _errors(trust_copy) == [
        f'{SCHOOL}:{line_of(school, "website:")}:10: "mailto:x@example.org" is not a '
        'web address (write it in full, like "https://www.example.org.uk/")'
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Brook\u202efield",
            "text contains an invisible character (U+202E, right-to-left override)",
        ),
        ("Brook\u200bfield", "text contains an invisible character (U+200B, zero width space)"),
        (
            "Br\u043eokfield",
            '"Br\u043eokfield" mixes letters from different alphabets (CYRILLIC, LATIN)',
        ),
    ],
)
def test_hidden_and_look_alike_characters_are_located(
    trust_copy: Path, text: str, message: str
) -> None:
    school = trust_copy / SCHOOL
    edit(school, "short_name: Brookfield", f'short_name: "{text}"')
    assert _errors(trust_copy)[0].startswith(
        f"{SCHOOL}:{line_of(school, 'short_name:')}:13: {message}"
    )


def test_welsh_and_accented_names_are_fine() -> None:
    from trusthub.content.plaintext import text_problem

    assert text_problem("Ysgol Gymraeg Bro Hafren — Ŵyn a Ŷd, café naïve") is None
    assert text_problem("Ελληνικά and English side by side") is None


def test_markdown_links_with_script_schemes_are_located(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "brookfield" / "t.md"
    page.write_text("# T\n\n[a](javascript:alert(1)) and ![i](data:image/svg+xml,x)\n")
    hint = "(use an https://, http://, mailto: or tel: address, or a page of this site)"
    assert _errors(trust_copy) == [
        f'schools/brookfield/t.md:3:5: link "javascript:alert(1)" may not start "javascript:" {hint}',
        f'schools/brookfield/t.md:3:35: image "data:image/svg+xml,x" may not start "data:" {hint}',
    ]
