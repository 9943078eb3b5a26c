"""Content: YAML with line marks, typed models, validation, located diagnostics, JSON Schemas.

Everything here reads the repository and says what is wrong with it; nothing here
knows about the site, graphics or any engine.
"""
