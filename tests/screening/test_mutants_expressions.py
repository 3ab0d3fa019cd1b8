"""The expression language as a form author meets it: what each expression parses to, and the exact syntax
errors (with columns) the validator reports.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import pytest

from nps_trainer.screening.expressions import (
    Binary,
    Call,
    ExpressionSyntaxError,
    ListExpr,
    Literal,
    Name,
    Node,
    Token,
    Unary,
    parse_expression,
    tokenise,
    walk,
)


def tree(text: str) -> Node:
    return parse_expression(text).tree


def test_tokens_carry_their_kind_text_value_and_column() -> None:
    assert tokenise("days_used_28 >= 20.5 and x != 'a\\'b'") == [
        Token("name", "days_used_28", "days_used_28", 1),
        Token("op", ">=", None, 14),
        Token("number", "20.5", 20.5, 17),
        Token("keyword", "and", "and", 22),
        Token("name", "x", "x", 26),
        Token("op", "!=", None, 28),
        Token("string", "'a\\'b'", "a'b", 31),
        Token("end", "", None, 37),
    ]


def test_numbers_strings_and_one_character_operators_tokenise() -> None:
    assert [(t.kind, t.value) for t in tokenise('.5 + 28 "two words" <=<')] == [
        ("number", 0.5), ("op", None), ("number", 28), ("string", "two words"), ("op", None), ("op", None),
        ("end", None),
    ]
    assert [t.text for t in tokenise("a<b>c*(d/e)-[f,g]")] == [
        "a", "<", "b", ">", "c", "*", "(", "d", "/", "e", ")", "-", "[", "f", ",", "g", "]", "",
    ]
    assert isinstance(tokenise("28")[0].value, int)
    assert tokenise("x > .5")[2] == Token("number", ".5", 0.5, 5)
    assert tokenise("'a' in x")[0] == Token("string", "'a'", "a", 1)
    assert tokenise("Xylazine")[0] == Token("name", "Xylazine", "Xylazine", 1)
    assert tokenise("_private")[0] == Token("name", "_private", "_private", 1)
    assert tokenise("not_known")[0].kind == "name"  # a keyword only when the whole word is one


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("", "empty expression", 1),
        ("   ", "empty expression", 1),
        ("n >", "unexpected end of expression", 4),
        ("n > )", "unexpected ')'", 5),
        ("n > 1 2", "unexpected '2'", 7),
        ("n = 1", "use '==' to compare, not '='", 3),
        ("(n > 1", "expected ')' but found end of expression", 7),
        ("(n > 1 2", "expected ')' but found '2'", 8),
        ("count(rows v)", "expected ')' but found 'v'", 12),
        ("[1, 2", "expected ']' but found end of expression", 6),
        ("x == 'open", "unterminated string", 6),
        ("x == 'ends in a backslash\\", "unterminated string", 6),
        ("x == 'a\\'", "unterminated string", 6),
        ("n > .", "unexpected character '.'", 5),
        ("(a + b]", "expected ')' but found ']'", 7),
        ("a true", "unexpected 'true'", 3),
        ("a or in b", "unexpected 'in'", 6),
        ("n == and", "unexpected 'and'", 6),
        ("n > 1 > 2", "comparisons cannot be chained; use 'and'", 7),
        ("'a' in pick in rows", "comparisons cannot be chained; use 'and'", 13),
        ("n $ 2", "unexpected character '$'", 3),
        ("1.2.3 + 1", "malformed number '1.2.3'", 1),
        ("n + " + "9" * 400, "number '" + "9" * 20 + "...' is too large", 5),
    ],
)
def test_syntax_errors_name_the_problem_and_its_column(text: str, message: str, column: int) -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse_expression(text)
    assert caught.value.reason == message
    assert caught.value.column == column
    assert str(caught.value) == f"{message} (column {column})"


def test_an_expression_that_is_not_text_is_refused() -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse_expression(28)  # type: ignore[arg-type]
    assert (caught.value.reason, caught.value.column) == ("expression must be text", 1)


def test_an_expression_keeps_its_source_text() -> None:
    expression = parse_expression("days_used_28 >= 20")
    assert expression.source == str(expression) == "days_used_28 >= 20"


def test_or_and_not_nest_with_not_binding_tightest() -> None:
    assert tree("a or b and not c") == Binary(
        "or", Name("a", 1), Binary("and", Name("b", 6), Unary("not", Name("c", 16), 12), 8), 3
    )
    assert tree("a or b or c") == Binary("or", Binary("or", Name("a", 1), Name("b", 6), 3), Name("c", 11), 8)
    assert tree("a and b and c") == Binary(
        "and", Binary("and", Name("a", 1), Name("b", 7), 3), Name("c", 13), 9
    )
    assert tree("not not a") == Unary("not", Unary("not", Name("a", 9), 5), 1)


@pytest.mark.parametrize("op", ["==", "!=", "<", "<=", ">", ">="])
def test_each_comparison_parses(op: str) -> None:
    assert tree(f"a {op} 1") == Binary(op, Name("a", 1), Literal(1, 4 + len(op)), 3)


def test_in_and_not_in_parse_with_lists() -> None:
    assert tree("kind in ['x', 'y']") == Binary(
        "in", Name("kind", 1), ListExpr((Literal("x", 10), Literal("y", 15)), 9), 6
    )
    assert tree("'a' not in pick") == Binary("not in", Literal("a", 1), Name("pick", 12), 5)
    assert tree("x in []") == Binary("in", Name("x", 1), ListExpr((), 6), 3)
    assert tree("not a") == Unary("not", Name("a", 5), 1)


def test_arithmetic_is_left_associative_with_multiplication_first() -> None:
    assert tree("a - b - c") == Binary("-", Binary("-", Name("a", 1), Name("b", 5), 3), Name("c", 9), 7)
    assert tree("a + b * c") == Binary("+", Name("a", 1), Binary("*", Name("b", 5), Name("c", 9), 7), 3)
    assert tree("a / b * c") == Binary("*", Binary("/", Name("a", 1), Name("b", 5), 3), Name("c", 9), 7)
    assert tree("(a + b) * c") == Binary("*", Binary("+", Name("a", 2), Name("b", 6), 4), Name("c", 11), 9)
    assert tree("--a") == Unary("-", Unary("-", Name("a", 3), 2), 1)
    assert tree("a * -b") == Binary("*", Name("a", 1), Unary("-", Name("b", 6), 5), 3)


def test_literals_and_calls_parse() -> None:
    assert tree("true") == Literal(True, 1)
    assert tree("false") == Literal(False, 1)
    assert tree("'spice'") == Literal("spice", 1)
    assert tree("today()") == Call("today", (), 1)
    assert tree("round(-a)") == Call("round", (Unary("-", Name("a", 8), 7),), 1)
    assert tree("if(a, 1, b or c)") == Call(
        "if", (Name("a", 4), Literal(1, 7), Binary("or", Name("b", 10), Name("c", 15), 12)), 1
    )


def test_walk_visits_every_node_parents_first() -> None:
    expression = tree("not (a + -b in [c, f(d, e)])")
    assert [type(node).__name__ for node in walk(expression)] == [
        "Unary", "Binary", "Binary", "Name", "Unary", "Name", "ListExpr", "Name", "Call", "Name", "Name",
    ]
    assert [node.ident for node in walk(expression) if isinstance(node, Name)] == ["a", "b", "c", "d", "e"]
    assert list(walk(Literal(1, 1))) == [Literal(1, 1)]
