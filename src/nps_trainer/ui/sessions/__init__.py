"""Joint sessions in the app: the facilitator's console, the room's screen, the register, the records, and
what an attendee sees afterwards."""
