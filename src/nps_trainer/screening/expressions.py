"""The safe expression language used in screening forms: tokeniser, parser and syntax tree.

Nothing here calls ``eval``: text is tokenised and parsed by hand into a small tree of frozen dataclasses,
which :mod:`nps_trainer.screening.evaluate` walks. Grammar, lowest precedence first::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := additive [("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in") additive]
    additive   := term (("+" | "-") term)*
    term       := unary (("*" | "/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | "true" | "false" | NAME | NAME "(" [expr ("," expr)*] ")"
                | "(" expr ")" | "[" [expr ("," expr)*] "]"
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from nps_trainer.i18n import tr

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">=", "in", "not in"})
_TWO_CHAR_OPS = ("==", "!=", "<=", ">=")
_ONE_CHAR_OPS = "<>+-*/(),[]"


class ExpressionSyntaxError(ValueError):
    """An expression that cannot be parsed; ``column`` is 1-based."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(tr("{reason} (column {column})").format(reason=message, column=column))
        self.reason = message
        self.column = column


@dataclass(frozen=True)
class Token:
    kind: str  # "number", "string", "name", "keyword", "op", "end"
    text: str
    value: object
    column: int


# ---------------------------------------------------------------- syntax tree


@dataclass(frozen=True)
class Literal:
    value: object
    column: int


@dataclass(frozen=True)
class Name:
    ident: str
    column: int


@dataclass(frozen=True)
class ListExpr:
    items: tuple[Node, ...]
    column: int


@dataclass(frozen=True)
class Unary:
    op: str  # "not" or "-"
    operand: Node
    column: int


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node
    column: int


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Node, ...]
    column: int


Node = Literal | Name | ListExpr | Unary | Binary | Call


@dataclass(frozen=True)
class Expression:
    """A parsed expression together with its source text."""

    source: str
    tree: Node

    def __str__(self) -> str:
        return self.source


# ---------------------------------------------------------------- tokeniser


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        col = i + 1
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            raw = text[i:j]
            if raw.count(".") > 1:
                raise ExpressionSyntaxError(tr("malformed number '{number}'").format(number=raw), col)
            if not math.isfinite(float(raw)):
                raise ExpressionSyntaxError(tr("number '{number}...' is too large").format(number=raw[:20]), col)
            value: object = float(raw) if "." in raw else int(raw)
            tokens.append(Token("number", raw, value, col))
            i = j
        elif ch in "'\"":
            j = i + 1
            chars: list[str] = []
            while j < n and text[j] != ch:
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                chars.append(text[j])
                j += 1
            if j >= n:
                raise ExpressionSyntaxError(tr("unterminated string"), col)
            tokens.append(Token("string", text[i : j + 1], "".join(chars), col))
            i = j + 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            kind = "keyword" if word in KEYWORDS else "name"
            tokens.append(Token(kind, word, word, col))
            i = j
        elif text[i : i + 2] in _TWO_CHAR_OPS:
            tokens.append(Token("op", text[i : i + 2], None, col))
            i += 2
        elif ch in _ONE_CHAR_OPS:
            tokens.append(Token("op", ch, None, col))
            i += 1
        elif ch == "=":
            raise ExpressionSyntaxError(tr("use '==' to compare, not '='"), col)
        else:
            raise ExpressionSyntaxError(tr("unexpected character '{character}'").format(character=ch), col)
    tokens.append(Token("end", "", None, n + 1))
    return tokens


# ---------------------------------------------------------------- parser


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._pos = 0

    @property
    def _tok(self) -> Token:
        return self._tokens[self._pos]

    def _advance(self) -> Token:
        tok = self._tokens[self._pos]
        self._pos += 1
        return tok

    def _is(self, kind: str, text: str | None = None) -> bool:
        tok = self._tok
        return tok.kind == kind and (text is None or tok.text == text)

    def _expect_op(self, text: str) -> Token:
        if not self._is("op", text):
            raise ExpressionSyntaxError(
                tr("expected '{expected}' but found {found}").format(expected=text, found=_describe(self._tok)),
                self._tok.column,
            )
        return self._advance()

    def parse(self) -> Node:
        if self._is("end"):
            raise ExpressionSyntaxError(tr("empty expression"), 1)
        node = self._or()
        if not self._is("end"):
            raise ExpressionSyntaxError(tr("unexpected {found}").format(found=_describe(self._tok)), self._tok.column)
        return node

    def _or(self) -> Node:
        node = self._and()
        while self._is("keyword", "or"):
            col = self._advance().column
            node = Binary("or", node, self._and(), col)
        return node

    def _and(self) -> Node:
        node = self._not()
        while self._is("keyword", "and"):
            col = self._advance().column
            node = Binary("and", node, self._not(), col)
        return node

    def _not(self) -> Node:
        if self._is("keyword", "not"):
            col = self._advance().column
            return Unary("not", self._not(), col)
        return self._comparison()

    def _comparison(self) -> Node:
        left = self._additive()
        tok = self._tok
        op: str | None = None
        if tok.kind == "op" and tok.text in COMPARISONS:
            op = tok.text
            self._advance()
        elif self._is("keyword", "in"):
            op = "in"
            self._advance()
        elif self._is("keyword", "not") and self._tokens[self._pos + 1].text == "in":
            op = "not in"
            self._advance()
            self._advance()
        if op is None:
            return left
        right = self._additive()
        nxt = self._tok
        if (nxt.kind == "op" and nxt.text in COMPARISONS) or (nxt.kind == "keyword" and nxt.text == "in"):
            raise ExpressionSyntaxError(tr("comparisons cannot be chained; use 'and'"), nxt.column)
        return Binary(op, left, right, tok.column)

    def _additive(self) -> Node:
        node = self._term()
        while self._is("op", "+") or self._is("op", "-"):
            tok = self._advance()
            node = Binary(tok.text, node, self._term(), tok.column)
        return node

    def _term(self) -> Node:
        node = self._unary()
        while self._is("op", "*") or self._is("op", "/"):
            tok = self._advance()
            node = Binary(tok.text, node, self._unary(), tok.column)
        return node

    def _unary(self) -> Node:
        if self._is("op", "-"):
            col = self._advance().column
            return Unary("-", self._unary(), col)
        return self._primary()

    def _primary(self) -> Node:
        tok = self._tok
        if tok.kind in ("number", "string"):
            self._advance()
            return Literal(tok.value, tok.column)
        if tok.kind == "keyword" and tok.text in ("true", "false"):
            self._advance()
            return Literal(tok.text == "true", tok.column)
        if tok.kind == "name":
            self._advance()
            if self._is("op", "("):
                self._advance()
                args = self._sequence(")")
                return Call(tok.text, args, tok.column)
            return Name(tok.text, tok.column)
        if self._is("op", "("):
            self._advance()
            node = self._or()
            self._expect_op(")")
            return node
        if self._is("op", "["):
            self._advance()
            return ListExpr(self._sequence("]"), tok.column)
        raise ExpressionSyntaxError(tr("unexpected {found}").format(found=_describe(tok)), tok.column)

    def _sequence(self, closer: str) -> tuple[Node, ...]:
        items: list[Node] = []
        if self._is("op", closer):
            self._advance()
            return ()
        while True:
            items.append(self._or())
            if self._is("op", ","):
                self._advance()
                continue
            self._expect_op(closer)
            return tuple(items)


def _describe(tok: Token) -> str:
    return tr("end of expression") if tok.kind == "end" else f"'{tok.text}'"


def parse_expression(text: str) -> Expression:
    """Parse ``text``; raises :class:`ExpressionSyntaxError` with a column on failure."""
    if not isinstance(text, str):
        raise ExpressionSyntaxError(tr("expression must be text"), 1)
    return Expression(text, _Parser(tokenise(text)).parse())


def walk(node: Node) -> Iterator[Node]:
    """Every node in the tree, parents before children."""
    yield node
    if isinstance(node, ListExpr):
        for item in node.items:
            yield from walk(item)
    elif isinstance(node, Unary):
        yield from walk(node.operand)
    elif isinstance(node, Binary):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Call):
        for arg in node.args:
            yield from walk(arg)
