"""News (issue #14): stories as Markdown with front matter, located errors, the news list
newest first and paginated, the latest three on each home page, Atom feeds that a real
feed parser reads, the trust's choice of school stories, and a school's stories
sanitised and linted like its pages."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
from pathlib import Path
from typing import Any

import feedparser
import pytest

from trusthub.adapters.engines import build_site
from trusthub.content.news import PAGE_SIZE, list_page, page_count
from trusthub.content.repo import load_repo
from trusthub.governance.check import check_repo
from trusthub.site.news import news_feeds, story_id
from trusthub.site.plan import plan_site

from .conftest import ENGINES, ROOT, SITE_PARTS
from .edits import edit, line_of
from .hostile import MARKDOWN_ATTACKS, MARKDOWN_FORBIDDEN

TODAY = dt.date(2026, 11, 23)
SITE_URL = "https://www.aldermere.org.uk/"
NEWS = "schools/brookfield/news"
RAW_HTML = [a for a in MARKDOWN_ATTACKS if a.startswith("<") and "<img" not in a]
"""The hostile suite's raw-HTML attacks that the checks let through (they refuse the rest
at their lines), for the sanitiser to neutralise."""


def _problems(root: Path) -> list[str]:
    _repo, report = check_repo(root, today=TODAY)
    return sorted(str(d) for d in report if "CODEOWNERS" not in d.path)


def _story(folder: Path, name: str, date: str, title: str, extra: str = "", body: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(
        f"---\ntitle: {title}\ndate: {date}\nsummary: Summary of {title}.\n{extra}---\n\n"
        f"{body or 'Story text.'}\n",
        encoding="utf-8",
    )


def _titles(html: str) -> list[str]:
    return re.findall(r'class="th-news__title"><a href="[^"]*">([^<]*)</a>', html)


# Loading and checking


def test_the_demo_news_loads_without_a_problem(demo_root: Path) -> None:
    repo, report = check_repo(demo_root, today=TODAY)
    assert [str(d) for d in report] == []
    assert [s.name for s in repo.stories] == [
        "2026-11-18-new-trustees-appointed",
        "2026-10-09-valley-music-festival",
        "2026-09-14-shared-training-day",
    ]
    assert all(len(school.stories) >= 3 for school in repo.schools.values())
    # Stories are not pages: neither a trust page nor a school page is made of them.
    assert not [p for p in repo.content_pages if p.url_path.startswith("news/")]
    assert not [p for p in repo.schools["brookfield"].pages if "/news/" in p.url_path]


def test_a_storys_front_matter_mistakes_are_located(trust_copy: Path) -> None:
    path = trust_copy / NEWS / "2026-10-21-reading-cafe.md"
    edit(path, "date: 2026-10-21\n", "date: 21/10/2026\nauthor: Mrs Smith\n")
    edit(
        path,
        "summary: Our reading café is back after half term, every Thursday from 8.30 am "
        "in the library.\n",
        "",
    )
    shown = f"{NEWS}/2026-10-21-reading-cafe.md"
    assert _problems(trust_copy) == [
        f'{shown}:2:1: missing required key "summary" (add "summary:" here)',
        f'{shown}:3:7: date: "21/10/2026" is not a date (write dates as YYYY-MM-DD, like '
        '"2025-09-01")',
        f'{shown}:4:1: unknown key "author" (expected one of "audience", "date", "image", '
        '"summary", "title")',
    ]


def test_a_story_needs_a_name_that_works_in_a_web_address(trust_copy: Path) -> None:
    folder = trust_copy / NEWS
    _story(folder, "Harvest Photos", "2026-10-01", "Harvest")
    _story(folder, "index", "2026-10-01", "Index")
    _story(folder / "2025", "old-story", "2025-10-01", "Old")
    hint = (
        "name the story with lower-case letters, digits and hyphens, like "
        "2026-11-12-science-week.md"
    )
    assert _problems(trust_copy) == [
        f"{NEWS}/2025/old-story.md:1:1: a story in a folder inside news/ (move it to {NEWS}/)",
        f'{NEWS}/Harvest Photos.md:1:1: "Harvest Photos.md" cannot be used in a web address '
        f"({hint})",
        f'{NEWS}/index.md:1:1: "index.md" is a name the news list uses itself ({hint})',
    ]


def test_a_storys_photo_is_a_file_in_its_schools_folder(trust_copy: Path) -> None:
    folder = trust_copy / NEWS
    edit(
        folder / "2026-09-30-harvest-collection.md",
        "summary:",
        "image:\n  src: images/harvest.jpg\n  alt: The harvest table\nsummary:",
    )
    edit(
        folder / "2026-09-08-welcome-reception.md",
        "summary:",
        "image:\n  src: ../../kingfisher/images/front.jpg\n  alt: The school\nsummary:",
    )
    edit(folder / "2026-11-12-science-week.md", "summary:", "image:\n  src: images/a.jpg\nsummary:")
    pattern = (
        "(give a JPEG, PNG, WebP, GIF or TIFF file by its path in the folder, with letters, "
        "digits, hyphens and underscores, like images/science-week.jpg)"
    )
    welcome = line_of(folder / "2026-09-08-welcome-reception.md", "src:")
    science = line_of(folder / "2026-11-12-science-week.md", "image:")
    harvest = line_of(folder / "2026-09-30-harvest-collection.md", "src:")
    assert _problems(trust_copy) == [
        f'{NEWS}/2026-09-08-welcome-reception.md:{welcome}:8: "../../kingfisher/images/front.jpg"'
        f" is not the name of a photo in this folder {pattern}",
        f'{NEWS}/2026-09-30-harvest-collection.md:{harvest}:8: photo "images/harvest.jpg" not '
        "found in schools/brookfield/ (check the file name and folder)",
        f'{NEWS}/2026-11-12-science-week.md:{science}:1: missing required key "image.alt" (add '
        '"alt:" here)',
    ]


def test_the_trusts_choice_of_school_stories_names_stories_that_exist(trust_copy: Path) -> None:
    path = trust_copy / "brand" / "news.yml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - brookfeld/2026-11-12-science-week.md\n"
        + "  - brookfield/2026-11-12-science-weak.md\n"
        + "  - kingfisher/2026-11-16-sensory-garden-opens.md\n",
        encoding="utf-8",
    )
    first = line_of(path, "brookfeld")
    assert _problems(trust_copy) == [
        f'brand/news.yml:{first}:5: unknown school "brookfeld" in '
        '"brookfeld/2026-11-12-science-week.md" (did you mean "brookfield"?)',
        f'brand/news.yml:{first + 1}:5: "brookfield/2026-11-12-science-weak.md" is not a story '
        'in schools/brookfield/news/ (did you mean "brookfield/2026-11-12-science-week.md"?)',
        f'brand/news.yml:{first + 2}:5: "kingfisher/2026-11-16-sensory-garden-opens.md" is '
        "chosen twice (choose each story once)",
    ]


def test_a_schools_story_is_linted_and_its_links_checked_like_its_pages(trust_copy: Path) -> None:
    path = trust_copy / NEWS / "2026-09-30-harvest-collection.md"
    edit(path, "title: Thank you", "title: Mums and dads, thank you")
    edit(path, "Thank you to every family", "Thank you to every family ([the food bank](bank.md))")
    title = line_of(path, "title:")
    body = line_of(path, "bank.md")
    why = (
        "(Many of our pupils are cared for by grandparents, foster carers and other family "
        "members, and every one of them is welcome.) (change it, or ask the trust to mark the "
        "pair local_choice)"
    )
    assert _problems(trust_copy) == [
        f'{NEWS}/2026-09-30-harvest-collection.md:{title}:8: warning: "mums and dads" — we say '
        f'"parents and carers" {why}',
        f'{NEWS}/2026-09-30-harvest-collection.md:{body}:44: link to "bank.md" goes nowhere '
        "(check the file name; links are relative to this page)",
    ]


def test_a_link_from_a_page_to_the_news_is_a_link_to_a_page(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "brookfield" / "key-information.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n[Our news](news/index.md), [science week](news/2026-11-12-science-week.md)"
        + " and [a story we never wrote](news/nothing.md).\n",
        encoding="utf-8",
    )
    assert [p.split(": ", 1)[1] for p in _problems(trust_copy)] == [
        'link to "news/nothing.md" goes nowhere (did you mean "news/index.md"?)'
    ]


# The site's news: plan and feeds, without building


def test_pages_of_a_list_hold_ten_stories_each() -> None:
    assert PAGE_SIZE == 10
    assert [page_count(n) for n in (0, 1, 10, 11, 23)] == [0, 1, 1, 2, 3]
    assert list_page(1, "schools/oak/") == "schools/oak/news/index.md"
    assert list_page(3) == "news/page/3.md"


def test_feeds_parse_with_stable_ids_and_absolute_links(demo_root: Path) -> None:
    repo, _ = load_repo(demo_root)
    plan = plan_site(repo)
    feeds = news_feeds(repo, plan, SITE_URL)
    assert sorted(feeds) == ["news/feed.xml"] + [
        f"schools/{slug}/news/feed.xml" for slug in sorted(repo.schools)
    ]
    school = feedparser.parse(feeds[f"{NEWS}/feed.xml"])
    assert not school.bozo, school.get("bozo_exception")
    assert school.feed.title == "Brookfield Primary School: news"
    assert school.feed.link == SITE_URL + "schools/brookfield/news/"
    assert [e.title for e in school.entries] == [
        "Science week: rockets, rainbows and a visiting planetarium",
        "Reading café: families welcome every Thursday",
        "Thank you for your harvest donations",
        "A warm welcome to our new Reception children",
    ]
    first = school.entries[0]
    assert first.link == SITE_URL + "schools/brookfield/news/2026-11-12-science-week/"
    assert first.id == (
        "tag:aldermere.org.uk,2026-11-12:schools/brookfield/news/2026-11-12-science-week"
    )
    assert first.published_parsed[:3] == (2026, 11, 12)
    assert first.summary.startswith("Every class spent science week")
    assert all(link.href.startswith(SITE_URL) for e in school.entries for link in e.links)

    trust = feedparser.parse(feeds["news/feed.xml"])
    assert not trust.bozo
    garden = next(e for e in trust.entries if e.title == "Our sensory garden is open")
    kingfisher = feedparser.parse(feeds["schools/kingfisher/news/feed.xml"])
    # A story chosen for the trust's feed has the same id and link as in its school's feed.
    same = next(e for e in kingfisher.entries if e.title == "Our sensory garden is open")
    assert (garden.id, garden.link) == (same.id, same.link)
    assert garden.author == "Kingfisher School"
    dates = [e.published_parsed for e in trust.entries]
    assert dates == sorted(dates, reverse=True)

    # The same stories give the same feed; the ids do not depend on where the site lives.
    assert news_feeds(repo, plan, SITE_URL) == feeds
    moved = feedparser.parse(
        news_feeds(repo, plan, "https://example.org/trust/")[f"{NEWS}/feed.xml"]
    )
    assert [e.id for e in moved.entries] == [e.id for e in school.entries]
    assert moved.entries[0].link.startswith("https://example.org/trust/schools/brookfield/")
    assert story_id(repo, repo.schools["brookfield"].stories[0]) == first.id


def test_without_a_site_address_a_feed_links_relative_to_itself(demo_root: Path) -> None:
    repo, _ = load_repo(demo_root)
    feed = news_feeds(repo, plan_site(repo), None)[f"{NEWS}/feed.xml"]
    parsed = feedparser.parse(feed)
    assert not parsed.bozo
    assert b'href="2026-11-12-science-week/"' in feed
    assert b'href="feed.xml"' in feed


def test_staff_stories_and_staff_schools_are_in_no_public_list_or_feed(trust_copy: Path) -> None:
    edit(trust_copy / NEWS / "2026-10-21-reading-cafe.md", "date:", "audience: staff\ndate:")
    edit(trust_copy / "schools" / "kingfisher" / "school.yml", "name:", "audience: staff\nname:")
    repo, _ = load_repo(trust_copy)
    public, staff = plan_site(repo), plan_site(repo, "staff")
    story = f"{NEWS}/2026-10-21-reading-cafe.md"
    assert story not in public.pages and story in staff.pages
    feeds = news_feeds(repo, public, SITE_URL)
    titles = [e.title for e in feedparser.parse(feeds[f"{NEWS}/feed.xml"]).entries]
    assert "Reading café: families welcome every Thursday" not in titles
    trust = [e.title for e in feedparser.parse(feeds["news/feed.xml"]).entries]
    assert "Our sensory garden is open" not in trust  # chosen, but its school is staff-only
    assert "schools/kingfisher/news/feed.xml" not in feeds
    staff_feed = news_feeds(repo, staff, SITE_URL)[f"{NEWS}/feed.xml"]
    assert b"Reading caf" in staff_feed


def test_news_is_in_each_sections_navigation_after_its_own_pages(demo_root: Path) -> None:
    repo, _ = load_repo(demo_root)
    plan = plan_site(repo)
    assert plan.nav[1] == {"News": "news/index.md"}
    nav = [next(iter(entry)) for entry in plan.sections["brookfield"].nav]
    assert nav == [
        "Home",
        "Our curriculum",
        "SEND information report",
        "Key information",
        "Term dates",
        "News",
        "Our values in action",
        "Our strategy",
        "How we work as a trust",
        "Governance",
        "Contact and information",
    ]


# Built sites


@pytest.fixture(scope="module")
def many_stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo trust with 23 stories at Brookfield (3 pages of news), one of them
    staff-only and one full of raw HTML attacks, built with the default engine."""
    root = tmp_path_factory.mktemp("news") / "trust"
    root.mkdir()
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        elif source.is_file():
            shutil.copy2(source, root / part)
    folder = root / NEWS
    for old in folder.iterdir():
        old.unlink()
    for day in range(1, 23):
        _story(folder, f"2026-10-{day:02d}-story", f"2026-10-{day:02d}", f"Story of {day} October")
    _story(folder, "2026-10-23-staff", "2026-10-23", "Staff briefing", "audience: staff\n")
    _story(
        folder,
        "2026-09-01-attacks",
        "2026-09-01",
        "Raw HTML",
        body="\n\n".join(RAW_HTML),
    )
    site = build_site(root, "mkdocs", site_dir=root.parent / "site")
    return site


def _read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_the_news_list_is_newest_first_ten_to_a_page(many_stories: Path) -> None:
    pages = [
        _read(many_stories, f"{NEWS}/"),
        *(_read(many_stories, f"{NEWS}/page/{n}/") for n in (2, 3)),
    ]
    listed = [_titles(page) for page in pages]
    expected = [f"Story of {day} October" for day in range(22, 0, -1)] + ["Raw HTML"]
    assert [len(titles) for titles in listed] == [10, 10, 3]
    assert list(itertools.chain(*listed)) == expected
    assert not (many_stories / NEWS / "page" / "4").exists()
    assert "Staff briefing" not in "".join(pages)
    first, second, last = pages
    assert 'rel="next" href="page/2/"' in first and 'rel="prev"' not in first
    assert 'rel="prev" href="../../"' in second and 'rel="next" href="../3/"' in second
    assert 'rel="next"' not in last
    assert '<a aria-current="page" href="./" aria-label="Page 3">3</a>' in last
    assert "<title>News, page 2 of 3 – Brookfield" in second
    assert 'href="../../feed.xml" type="application/atom+xml"' in last
    feed = feedparser.parse((many_stories / NEWS / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 23


def test_the_home_page_shows_the_latest_three(many_stories: Path) -> None:
    home = _read(many_stories, "schools/brookfield/")
    assert _titles(home) == ["Story of 22 October", "Story of 21 October", "Story of 20 October"]
    assert '<a href="news/">All news</a>' in home


def test_a_schools_story_is_sanitised_like_its_pages(many_stories: Path) -> None:
    story = _read(many_stories, f"{NEWS}/2026-09-01-attacks/")
    assert "raw link" in story and "clobber" in story  # the text stays, the attacks go
    assert [fragment for fragment in MARKDOWN_FORBIDDEN if fragment in story] == []


def test_demo_news_pages_and_feeds_in_every_engine(engine_site: Any, public_site: Path) -> None:
    for site in [public_site, *(engine_site(engine) for engine in ENGINES)]:
        trust = _read(site, "news/")
        assert _titles(trust) == [
            "Two new trustees join our trust board",
            "Our sensory garden is open",
            "Robotics club through to the regional final",
            "Six schools, one stage: the Valley Music Festival",
            "All our staff learn together on our first shared training day",
        ]
        # A chosen school story links to its school's page for it, and names the school.
        assert 'href="../schools/kingfisher/news/2026-11-16-sensory-garden-opens/"' in trust
        assert "16 November 2026</time> · Kingfisher School" in trust
        assert _titles(_read(site, "")) == _titles(trust)[:3]
        story = _read(site, "schools/kingfisher/news/2026-11-16-sensory-garden-opens/")
        assert '<time datetime="2026-11-16">16 November 2026</time>' in story
        assert 'src="../../images/front.webp"' in story  # the published photo, no metadata
        assert (site / "schools/kingfisher/images/front.webp").is_file()
        assert "<title>Our sensory garden is open – Kingfisher School" in story
        for feed in ["news/feed.xml", f"{NEWS}/feed.xml"]:
            assert not feedparser.parse((site / feed).read_bytes()).bozo, (site, feed)


def test_blocks_show_nothing_without_news_and_refuse_a_bad_page(trust_copy: Path) -> None:
    from trusthub.site.blocks import BlockContext, BlockError, render_block

    shutil.rmtree(trust_copy / NEWS)
    repo, _ = load_repo(trust_copy)
    plan = plan_site(repo)
    assert "schools/brookfield/news/index.md" not in plan.pages
    assert {"News": "schools/brookfield/news/index.md"} not in plan.sections["brookfield"].nav
    ctx = BlockContext(repo, plan, page_url="schools/brookfield/")
    assert render_block(ctx, "latest-news", "brookfield", {}).strip() == ""
    assert "Latest news" in render_block(ctx, "latest-news", "kingfisher", {})
    with pytest.raises(BlockError, match=r'expected a page number \(1, 2, …\), not "0"'):
        render_block(ctx, "news-list", None, {"page": 0})


def test_news_files_meet_their_schemas(demo_root: Path) -> None:
    import json

    import jsonschema
    import yaml

    from trusthub.content.schema import schemas
    from trusthub.content.sources import split_front_matter

    settings = (demo_root / "brand/news.yml").read_text(encoding="utf-8")
    assert settings.splitlines()[0] == "# yaml-language-server: $schema=../schemas/news.schema.json"
    jsonschema.validate(yaml.safe_load(settings), schemas()["news.schema.json"])
    stories = sorted(demo_root.glob("schools/*/news/*.md")) + sorted(
        demo_root.glob("content/news/*.md")
    )
    assert len(stories) == 22
    for path in stories:
        front, _, _ = split_front_matter(path.read_text(encoding="utf-8"))
        data = json.loads(json.dumps(yaml.safe_load(front or ""), default=str))
        jsonschema.validate(data, schemas()["news-story.schema.json"])


def test_a_storys_front_matter_renders_the_pages_that_list_it_again(trust_copy: Path) -> None:
    from trusthub.build.pagecache import site_fingerprint

    def fingerprint() -> str:
        repo, _ = load_repo(trust_copy)
        return site_fingerprint(repo, plan_site(repo), {}, {}, [])

    before = fingerprint()
    assert fingerprint() == before
    # Not the story's own page only: the home page and the news list show its summary.
    edit(trust_copy / NEWS / "2026-11-12-science-week.md", "summary: Every", "summary: All")
    assert fingerprint() != before


def test_a_schools_own_home_page_shows_its_latest_news(public_site: Path) -> None:
    home = _read(public_site, "schools/st-aidans/")  # its own index.md, sanitised
    assert _titles(home) == [
        "Remembrance at St Aidan's",
        "Harvest festival in St Aidan's Church",
        "Our new eco-council is elected",
    ]
