"""The Learn section's parts: catalogue, reader, content warnings, reflection and link handling."""
