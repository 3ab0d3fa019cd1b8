"""Documents the app writes: the one PDF path (``pdf``) and the certificate layout (``certificate_pdf``)."""
