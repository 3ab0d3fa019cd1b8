"""The Team section's pages, for managers."""
