"""Joint probation/drug-service training sessions: plans read from ``content/sessions/*.yaml``, the session as
run (register, steps, group votes) and its record. Qt-free; the console and the room's screen are in ``ui/sessions``.

Import from the modules (``sessions.plan_model``, ``sessions.plans``, ``sessions.record``, ``sessions.store``),
not from here: this package file stays empty so that importing a plan does not load the database layer.
"""
