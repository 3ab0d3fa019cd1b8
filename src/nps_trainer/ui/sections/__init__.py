"""The main window's sections. Each is a :class:`SectionPage` built from the services and the profile."""
