"""records.record: value classes that behave as dataclasses do, made without compiling generated code."""

from __future__ import annotations

import dataclasses

import pytest

from nps_trainer.records import as_dict, fields, record, replace


@record(frozen=True)
class Point:
    """A frozen record with a default and a property."""

    x: int
    y: int = 0
    label: str = "here"

    @property
    def far(self) -> bool:
        return abs(self.x) + abs(self.y) > 10


@record
class Counter:
    name: str
    count: int = 0


@dataclasses.dataclass(frozen=True)
class PointAsDataclass:
    x: int
    y: int = 0
    label: str = "here"


def test_arguments_are_taken_as_a_dataclass_takes_them() -> None:
    assert Point(1, 2, "a") == Point(x=1, y=2, label="a") == Point(1, label="a", y=2)
    assert (Point(5).x, Point(5).y, Point(5).label) == (5, 0, "here")
    assert Point(20).far and not Point(1).far
    for bad, message in (((), "missing required argument: 'x'"),
                         ((1, 2, "a", 4), "takes 3 positional arguments but 4 were given")):
        with pytest.raises(TypeError, match=message):
            Point(*bad)
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=2)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)


def test_repr_equality_and_hash_match_a_dataclass() -> None:
    assert repr(Point(1, 2)) == repr(PointAsDataclass(1, 2)).replace("PointAsDataclass", "Point")
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != PointAsDataclass(1, 2)  # another class, though the same fields
    assert (Point(1, 2) == (1, 2, "here")) is False
    assert hash(Point(1, 2)) == hash(Point(1, 2)) and len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    assert Point.__match_args__ == ("x", "y", "label")
    match Point(3, 4):
        case Point(3, y):
            assert y == 4
        case _:
            pytest.fail("a record is matched by position, as a dataclass is")


def test_frozen_records_cannot_change_and_mutable_ones_are_not_hashable() -> None:
    point = Point(1)
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):  # dataclasses' error is one too
        point.x = 2
    with pytest.raises(AttributeError, match="cannot delete field 'y'"):
        del point.y
    counter = Counter("a")
    counter.count += 1
    assert counter == Counter("a", 1)
    with pytest.raises(TypeError, match="unhashable"):
        hash(counter)


def test_every_instance_holds_every_field_and_defaults_stay_on_the_class() -> None:
    assert vars(Point(1)) == {"x": 1, "y": 0, "label": "here"}
    assert (Point.y, Point.label) == (0, "here") == (PointAsDataclass.y, PointAsDataclass.label)
    assert not hasattr(Point, "x")


def test_replace_as_dict_and_fields() -> None:
    point = Point(1, 2)
    assert replace(point, label="there") == Point(1, 2, "there") and point.label == "here"
    with pytest.raises(TypeError, match="Point has no field 'z'"):
        replace(point, z=1)
    assert as_dict(point) == {"x": 1, "y": 2, "label": "here"} == dataclasses.asdict(PointAsDataclass(1, 2))
    assert fields(Point) == ("x", "y", "label") == tuple(f.name for f in dataclasses.fields(PointAsDataclass))
