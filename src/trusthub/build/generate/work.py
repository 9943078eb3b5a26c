"""The state one generation run shares between its planners: what is made, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trusthub.build.generate.cache import Cache
from trusthub.build.generate.sections import Fonts
from trusthub.content.repo import Repo
from trusthub.graphics.photos import PublishedPhoto


@dataclass
class Outputs:
    """Site path → cached file, plus names blocks and templates use to find them."""

    files: dict[str, Path] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    internal: dict[str, Path] = field(default_factory=dict)
    """Files made only as inputs to others (a logo PNG for share images), by name."""
    warnings: list[str] = field(default_factory=list)
    photos: dict[str, PublishedPhoto] = field(default_factory=dict)
    """Each published photo's size and narrower copies, by site path."""
    sizes: dict[str, int] = field(default_factory=dict)
    """Size in bytes of each published document, by site path (lists of documents show it)."""

    def add(self, name: str, site_path: str, path: Path) -> None:
        self.files[site_path] = path
        self.names[name] = site_path

    def find(self, name: str) -> Path | None:
        """The cached file called ``name``, published or internal."""
        if name in self.names:
            return self.files[self.names[name]]
        return self.internal.get(name)


@dataclass
class Work:
    """One run's repo, cache and fonts, its outputs, and the drawing still to do.

    ``layouts`` run first, in the drawing processes: they lay out the SVG files
    that drawing jobs read (so planning stays quick and the layout runs on every
    core). ``phases`` are run in order after them, each as one batch: a later
    phase may use files an earlier one made (share images use the logo PNGs).
    ``finally_`` runs in-process once everything is drawn (brand kits zip what
    was made).
    """

    repo: Repo
    cache: Cache
    font: Fonts
    outputs: Outputs = field(default_factory=Outputs)
    layouts: list[dict[str, object]] = field(default_factory=list)
    phases: list[list[dict[str, object]]] = field(default_factory=lambda: [[], []])
    finally_: list[tuple[object, ...]] = field(default_factory=list)
    notes: list[tuple[str, Path]] = field(default_factory=list)
    """Warnings a layout job wrote (a JSON list), by the section they are about: read into
    ``outputs.warnings`` once drawing is done, from the cache on later builds too."""

    def todo(self, path: Path) -> bool:
        """True if ``path`` is not in the cache yet (and so has to be made)."""
        return not self.cache.fresh(path)
