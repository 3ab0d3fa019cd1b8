"""Value classes for the start path, made without ``dataclasses``' code generation.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (and, frozen, ``__hash__``,
``__setattr__`` and ``__delattr__``) as source text and compiles it: 0.4 to 1 ms a class on Python 3.11, and the
seven classes a start makes (the user folders, the settings, the run's configuration, the services, the open
report, a profile and an audit record) cost about 4.5 ms of every start, with the ``dataclasses`` module itself.
:func:`record` gives a class the same behaviour from shared methods written once: fields in the order their
annotations are written, defaults from the class body, keyword or positional arguments, equality and a
``repr`` by field, and with ``frozen=True`` a hash and no assignment (an ``AttributeError``, of which
dataclasses' ``FrozenInstanceError`` is a kind). Type checkers read it as a dataclass
(``dataclass_transform``). Use ``@dataclass`` everywhere else; :func:`replace` and :func:`as_dict` stand in for
``dataclasses.replace`` and ``dataclasses.asdict`` on these classes.

Defaults must be immutable (a string, a number, None, a tuple): one default object is shared by every instance.
"""

from __future__ import annotations

from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_MISSING = object()


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} positional arguments but {len(args)} were given")
    values = dict(zip(names, args, strict=False))
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{name}'")
        if name in values:
            raise TypeError(f"{cls.__name__}() got multiple values for argument '{name}'")
        values[name] = value
    defaults: dict[str, Any] = cls.__record_defaults__
    for name in names:
        value = values.get(name, defaults.get(name, _MISSING))
        if value is _MISSING:
            raise TypeError(f"{cls.__name__}() missing required argument: '{name}'")
        object.__setattr__(self, name, value)


def _repr(self: Any) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record_fields__)
    return f"{type(self).__qualname__}({fields})"


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in type(self).__record_fields__)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise AttributeError(f"cannot assign to field '{name}'")


def _frozen_delattr(self: Any, name: str) -> None:
    raise AttributeError(f"cannot delete field '{name}'")


@dataclass_transform(eq_default=True)
def record(cls: type[T] | None = None, *, frozen: bool = False) -> Any:
    """Make ``cls`` a value class: its annotated class attributes are its fields (see the module's docstring)."""

    def make(cls: type[T]) -> type[T]:
        # The class's own annotations (a record is never a subclass here); "ClassVar" is not supported.
        names = tuple(name for name in cls.__annotations__ if not name.startswith("__"))
        # The defaults stay on the class as well, as with dataclasses (DEFAULT = Settings.refresher_per_day).
        defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
        cls.__record_fields__ = names  # type: ignore[attr-defined]
        cls.__record_defaults__ = defaults  # type: ignore[attr-defined]
        cls.__match_args__ = names  # type: ignore[attr-defined]
        cls.__init__ = _init  # type: ignore[misc]
        cls.__repr__ = _repr  # type: ignore[assignment,method-assign]
        cls.__eq__ = _eq  # type: ignore[assignment,method-assign]
        if frozen:
            cls.__hash__ = _hash  # type: ignore[assignment,method-assign]
            cls.__setattr__ = _frozen_setattr  # type: ignore[assignment,method-assign]
            cls.__delattr__ = _frozen_delattr  # type: ignore[assignment,method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # as dataclasses does: mutable and compared by value
        return cls

    return make if cls is None else make(cls)


def replace(instance: T, **changes: Any) -> T:
    """A copy of ``instance`` with ``changes`` (``dataclasses.replace`` for a :func:`record`)."""
    values = {name: getattr(instance, name) for name in type(instance).__record_fields__}  # type: ignore[attr-defined]
    for name in changes:
        if name not in values:
            raise TypeError(f"{type(instance).__name__} has no field '{name}'")
    return type(instance)(**{**values, **changes})


def as_dict(instance: Any) -> dict[str, Any]:
    """The fields and their values, in order (``dataclasses.asdict`` for a :func:`record` of plain values)."""
    return {name: getattr(instance, name) for name in type(instance).__record_fields__}


def fields(cls: type) -> tuple[str, ...]:
    """The names of a :func:`record` class's fields, in order."""
    return cls.__record_fields__  # type: ignore[attr-defined, no-any-return]
