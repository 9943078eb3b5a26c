"""Generated graphics, one product per module: the rocket (a package), lock-ups,
favicons, share images, brand kits and photos, and their PNG/PDF renders.

Plain functions from data to SVG, PNG, PDF or zip bytes; the build
(:mod:`trusthub.build.generate`) decides what to make and caches it.
"""
