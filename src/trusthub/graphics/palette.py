"""The colours a rocket is drawn in, derived from a brand's two colours."""

from __future__ import annotations

from dataclasses import dataclass

from trusthub.design import colour


@dataclass(frozen=True)
class RocketPalette:
    """Every colour on the rocket, each with a job.  Text colours are chosen per
    background with :meth:`text_on` and :meth:`brand_text_on`, which always reach
    WCAG AA (4.5:1)."""

    background: str
    """The page: white with a breath of the primary colour."""
    halo: str
    """The soft disc behind the rocket."""
    star_dust: str
    body: str
    """The primary colour: the rocket's body."""
    body_alt: str
    """Every second priority band: the primary a shade lighter (or darker)."""
    band: str
    """The stripes on the body, the launch pad and other deep surfaces."""
    accent: str
    """The accent colour: nose cone, fins, flames, badges."""
    accent_soft: str
    """A tint of the accent, for small capitals on deep surfaces."""
    deep_line: str
    nozzle: str
    card: str
    card_line: str
    ink: str
    paper: str
    flame_mid: str
    flame_core: str
    module: str
    """A school's local-priority cards: white with a trace of the accent."""
    smoke: str
    """The exhaust cloud the engines' labels sit on."""
    rim: str
    """The accent a shade darker: window rims, fin edges, struts."""

    @classmethod
    def derive(cls, primary: str, accent: str, ink: str, paper: str) -> RocketPalette:
        lightness = colour.lightness(primary)
        deep = colour.with_lightness(primary, min(lightness, 0.3))
        body_alt = colour.with_lightness(primary, lightness + (0.05 if lightness < 0.6 else -0.05))
        # A dull accent (a mustard, an olive) is drawn at its own hue with more chroma,
        # so it does not turn khaki beside the primary; contrast is checked per text.
        accent = colour.vivid(accent)
        return cls(
            background=colour.mix(paper, primary, 0.05),
            halo=colour.mix(paper, primary, 0.1),
            star_dust=colour.mix(paper, primary, 0.3),
            body=primary,
            body_alt=body_alt,
            band=deep,
            accent=accent,
            accent_soft=colour.tint(accent, 0.55),
            deep_line=colour.with_lightness(deep, colour.lightness(deep) + 0.12),
            nozzle=colour.mix(deep, ink, 0.4),
            card=paper,
            card_line=colour.mix(paper, primary, 0.18),
            ink=ink,
            paper=paper,
            # Lighter in OKLCH, keeping the accent's hue and chroma: a mustard
            # flame stays golden where mixing in white would turn it khaki.
            flame_mid=colour.with_lightness(accent, max(colour.lightness(accent), 0.8)),
            flame_core=colour.with_lightness(accent, 0.95),
            smoke=colour.mix(paper, primary, 0.14),
            rim=colour.with_lightness(accent, max(colour.lightness(accent) - 0.12, 0.2)),
            module=colour.mix(paper, accent, 0.08),
        )

    def text_on(self, background: str) -> str:
        """Ink or paper, whichever reads better on ``background``, at AA or better."""
        return colour.text_on(background, self.ink, self.paper)

    def brand_text_on(self, background: str, brand: str) -> str:
        """``brand`` for text on ``background``, shaded until it reaches AA."""
        return colour.shade_for_contrast(brand, background, colour.TEXT_RATIO)
