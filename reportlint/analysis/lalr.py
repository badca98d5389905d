"""The LALR(1) driver that turns a report's paragraph tokens into its section tree.

Lark analyses grammars/report.lark into LALR tables once; the tables are kept in
the user's cache (reportlint.cache), so a run parses with this small driver and never
imports Lark (a sixth of a command-line run). The trees are Lark's: a `?rule` with one
child is replaced by it, and the children of a `_rule` are spliced into its parent.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache
from pathlib import Path


class Token(namedtuple("Token", "type first end")):
    """A run of paragraphs `first`..`end` (exclusive) of one kind: a terminal of report.lark.

    type (str)
    first, end (int)
    """

    __slots__ = ()


class Tree(namedtuple("Tree", "data children")):
    """A node of the parse tree, as Lark builds it: rule name and children.

    data (str)
    children (list[Tree | Token])
    """

    __slots__ = ()


class GrammarError(ValueError):
    """A token sequence the grammar does not accept (report.lark accepts every one)."""


_SHIFT, _REDUCE = 0, 1
_TABLES_FORMAT = "lalr-tables-1"  # bump when _tables changes what it stores


class Rule(namedtuple("Rule", "origin size expand1 splice")):
    """A grammar rule as the driver needs it.

    origin (str): the rule's name
    size (int): how many symbols it reduces
    expand1 (bool): a `?rule`: one child stands for the rule
    splice (tuple[bool, ...]): per symbol, a `_rule` whose children join the parent
    """

    __slots__ = ()


class Parser:
    """LALR(1) tables and the shift/reduce loop that runs them."""

    def __init__(self, tables: dict) -> None:
        # per state: the action on each terminal, and the goto on each rule name
        # (a shift or goto is ("shift", next state), a reduce is ("reduce", rule index))
        self.actions: dict[int, dict[str, tuple[int, int]]] = {
            int(state): {sym: (act, arg) for sym, (act, arg) in row.items()}
            for state, row in tables["states"].items()}
        self.start, self.end = tables["start"], tables["end"]
        self.rules = [Rule(origin, size, expand1, tuple(splice)) for origin, size, expand1, splice in tables["rules"]]

    def parse(self, tokens: list[Token]) -> Tree:
        stack: list[int] = [self.start]
        values: list[Tree | Token] = []
        for tok in [*tokens, Token("$END", -1, -1)]:
            while True:
                action = self.actions[stack[-1]].get(tok.type)
                if action is None:
                    recent = [v.data if isinstance(v, Tree) else v.type for v in values][-3:]
                    raise GrammarError(f"unexpected {tok.type} (paragraph {tok.first}) after {recent}")
                kind, arg = action
                if kind == _SHIFT:
                    stack.append(arg)
                    values.append(tok)
                    break
                rule = self.rules[arg]
                children = values[len(values) - rule.size:]
                del values[len(values) - rule.size:], stack[len(stack) - rule.size:]
                values.append(_node(rule, children))
                stack.append(self.actions[stack[-1]][rule.origin][1])  # the goto on the rule's name
                if stack[-1] == self.end and tok.type == "$END":
                    return values[-1]  # type: ignore[return-value]
        raise GrammarError("the input ended early")  # unreachable: $END always reduces to start


def _node(rule: Rule, children: list) -> Tree | Token:
    """What a reduction leaves on the value stack, as Lark would build it."""
    flat = children
    if any(rule.splice):  # a `_rule` among the symbols: its children join the node's
        flat = []
        for child, inline in zip(children, rule.splice):
            flat.extend(child.children if inline else [child])
    if rule.expand1 and len(flat) == 1:
        return flat[0]
    return Tree(rule.origin, flat)


@lru_cache(maxsize=1)
def parser() -> Parser:
    """The grammar's parser, from the user's cache when the grammar has not changed."""
    from reportlint._resources import grammar_path
    from reportlint.cache import cached, fingerprint

    text = Path(grammar_path()).read_text(encoding="utf-8")
    key = fingerprint(text, _TABLES_FORMAT)
    return Parser(cached("report-grammar", key, lambda: _tables(lark_parser(text))))


def lark_parser(text: str):
    """Lark's LALR parser of the grammar `text`: the source of the tables (and what tests compare with)."""
    from lark import Lark
    from lark.lexer import Lexer

    class TokenLexer(Lexer):  # the tokens are paragraphs, classified already
        def __init__(self, lexer_conf):  # noqa: D107 - Lark's interface
            pass

        def lex(self, data, *_):
            return iter(data)

    return Lark(text, parser="lalr", lexer=TokenLexer, propagate_positions=False, maybe_placeholders=False)


def _tables(lark) -> dict:
    """Lark's parse table and rules as plain values (lark's names are str subclasses: made str for
    the cache): actions [0, state] (shift) or [1, rule index] (reduce)."""
    table = lark.parser.parser.parser.parse_table
    rules = list(lark.rules)
    index = {(r.origin.name, tuple(x.name for x in r.expansion)): i for i, r in enumerate(rules)}

    def action(act, arg) -> list[int]:
        if act.name == "Shift":
            return [_SHIFT, arg]
        return [_REDUCE, index[(arg.origin.name, tuple(x.name for x in arg.expansion))]]

    return {
        "states": {str(k): {str(t): action(*a) for t, a in v.items()} for k, v in table.states.items()},
        "start": table.start_states["start"], "end": table.end_states["start"],
        "rules": [[str(r.origin.name), len(r.expansion), bool(r.options.expand1),
                   [not x.is_term and x.name.startswith("_") for x in r.expansion]] for r in rules],
    }
