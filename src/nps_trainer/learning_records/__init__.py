"""Learning records for the organisation's learning record store (LRS): xAPI 1.0.3 statements built from
learning events, kept in an outbox written in the same transaction as the event, sent in the background, and
exported or imported as files. Qt-free. See docs/xapi.md."""
