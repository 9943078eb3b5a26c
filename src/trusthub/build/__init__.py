"""Build: the build tree every engine renders, and the runs of those engines."""
