"""The site: which pages exist and in what order (:mod:`.plan`), where files live
(:mod:`.urls`, :mod:`.outputs`), the blocks pages use, the stylesheets, and the data
the theme templates read (:mod:`.themedata`). No engine here."""
