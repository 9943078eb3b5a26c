"""Generated graphics: the rocket ship strategy graphic and its PNG/PDF renders.

Nothing here imports MkDocs; the site, the brand kit and the CLI all call these
plain functions.
"""
