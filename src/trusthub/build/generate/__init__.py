"""Generated files (graphics, downloads), cached by a hash of their inputs and made in parallel."""
