"""Build: the generated files (:mod:`.generate`), the page cache and the build tree every
engine renders, written only where something changed, and the guarantees around
a build (a failed build never replaces the last good site)."""
