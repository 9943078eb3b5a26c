"""Design primitives: colour (contrast, tints), SVG writing, measured text, logos, fonts.

Shared by the graphics and the site's stylesheets; one module per concern.
"""
