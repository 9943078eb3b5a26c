"""Adapters: the MkDocs plugin, the engine runners (MkDocs, ProperDocs, Zensical) and the CLI.

The only layer that imports an engine. Each adapter translates its host's calls into
calls of the core; none decides what the site contains.
"""
