"""Team training records: assignments, completion, caseload figures, certificates and reports. Qt-free."""
