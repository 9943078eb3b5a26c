"""Make a synthetic trust of N schools from the demo trust, deterministically from a seed.

    python benchmarks/synth.py OUT_DIR --schools 100 --seed 1

Each school is a variation of one of the demo schools: its own name, slug, URN,
colours and logo colours, and between 5 and 12 pages (the template school's pages
plus extra pages made from them), with one photo.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SHARED = ["brand", "content", "overrides", "hooks", "mkdocs.yml"]
PLACES = [
    "Ashby",
    "Bramley",
    "Castleford",
    "Denholme",
    "Elmsworth",
    "Fernhill",
    "Glenrow",
    "Hartwell",
    "Ivybridge",
    "Juniper",
    "Kelmscott",
    "Larkhill",
    "Marsden",
    "Northby",
    "Oakhurst",
    "Pinfold",
    "Quarry Bank",
    "Rowan",
    "Stanwick",
    "Thornbury",
    "Upton",
    "Valley View",
    "Westfield",
    "Yarrow",
]
EXTRA_TOPICS = [
    "Clubs and activities",
    "Our staff",
    "Term dates",
    "School meals",
    "Uniform",
    "Wraparound care",
    "Parent forum",
    "School council",
    "Trips and visits",
    "Wellbeing",
    "Reading at home",
    "Homework",
]


def _colour(rng: random.Random, darkest: int = 10, lightest: int = 130) -> str:
    """A random colour dark enough for white text (the checks still verify each one)."""
    return "#" + "".join(f"{rng.randrange(darkest, lightest):02x}" for _ in range(3))


def make_trust(out: Path, schools: int, seed: int = 1) -> Path:
    """Write a trust of ``schools`` schools into ``out`` (replaced if it exists)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for part in SHARED:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, out / part)
        else:
            shutil.copy2(source, out / part)
    templates = sorted(p for p in (ROOT / "schools").iterdir() if (p / "school.yml").is_file())
    first: dict[str, str] = {}  # each demo school → the first school made from it
    for i in range(schools):
        template = templates[i % len(templates)]
        place = (
            f"{PLACES[i % len(PLACES)]} {i // len(PLACES) + 1}" if i >= len(PLACES) else PLACES[i]
        )
        first.setdefault(template.name, _make_school(out / "schools", template, place, i, rng))
    _rename_chosen_stories(out / "brand" / "news.yml", first)
    return out


def _rename_chosen_stories(news: Path, first: dict[str, str]) -> None:
    """The school stories the trust's news shows, from the schools made from the demo's."""
    if not news.is_file():
        return
    text = news.read_text(encoding="utf-8")
    for demo, made in first.items():
        text = re.sub(rf"(?m)^(\s*-\s*[\"']?){re.escape(demo)}/", rf"\g<1>{made}/", text)
    news.write_text(text, encoding="utf-8")


def _make_school(
    schools_dir: Path, template: Path, place: str, index: int, rng: random.Random
) -> str:
    """Make a school from ``template`` in ``schools_dir``; return its slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", f"{place} {template.name}".lower()).strip("-")
    folder = schools_dir / slug
    shutil.copytree(template, folder)
    data = yaml.safe_load((folder / "school.yml").read_text(encoding="utf-8"))
    old_short = data["short_name"]
    data["name"] = f"{place} {data['name']}"
    data["short_name"] = f"{place} {old_short}"
    data["urn"] = str(160000 + index)
    data["colours"] = {"primary": _colour(rng), "accent": _colour(rng)}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    (folder / "school.yml").write_text(text, encoding="utf-8")
    block_of_template = re.compile(
        rf"(?m)^(/{{3,}}[ \t]*[\w-]+[ \t]*\|[ \t]*){template.name}[ \t]*$"
    )
    for page in folder.glob("*.md"):  # blocks naming the template school name this one
        source = page.read_text(encoding="utf-8")
        page.write_text(block_of_template.sub(rf"\g<1>{slug}", source), encoding="utf-8")
    pages = sorted(folder.glob("*.md"))
    wanted = rng.randint(5, 12)
    for n in range(max(0, wanted - len(pages))):
        topic = EXTRA_TOPICS[n % len(EXTRA_TOPICS)]
        body = pages[n % len(pages)].read_text(encoding="utf-8").split("---", 2)[-1]
        body = re.sub(r"(?m)^area: .*\n", "", body)
        (folder / f"extra-{n + 1}.md").write_text(
            f"---\ntitle: {topic}\n---\n{body}", encoding="utf-8"
        )
    images = folder / "images"
    images.mkdir(exist_ok=True)
    photo = Image.new("RGB", (1600, 1067), data["colours"]["primary"])
    ImageDraw.Draw(photo).ellipse((500, 200, 1100, 800), fill=data["colours"]["accent"])
    photo.save(images / "school.jpg", quality=80)
    return slug


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make_trust(args.out, args.schools, args.seed)
    print(f"Wrote a trust of {args.schools} schools to {args.out}")


if __name__ == "__main__":
    main()
