"""Limits that keep hostile front matter from exhausting memory, the stack or the clock.

A 421-byte YAML alias bomb expands to gigabytes once anything walks the data; 100 000 nested
brackets overflow every recursive reader; a 5 000-digit integer trips Python's int-to-str limit;
an impossible date makes PyYAML's timestamp constructor raise. Each becomes a positioned error
here, before any of that data reaches the rest of the program.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

import yaml
from yaml.constructor import SafeConstructor

# Front matter nests a handful of levels (a CSL item's ``issued: {date-parts: [[2020, 1]]}`` is
# six); our own comparisons and citeproc recurse, so anything far deeper is refused.
MAX_DEPTH = 50
# Aliases may repeat data, but the expanded data may not outgrow the text by more than this.
MIN_EXPANSION_LIMIT = 1_000_000
# No real front matter line is this long; a longer one is pasted data, not metadata.
MAX_LINE_CHARS = 100_000

if TYPE_CHECKING:  # CSafeLoader exists only where PyYAML was built with libyaml
    _BASE_LOADER = yaml.SafeLoader
else:
    _BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterLimit(yaml.MarkedYAMLError):
    """Well-formed YAML that we refuse to turn into data (too big, too deep, impossible)."""

    def __init__(self, problem: str, mark: yaml.Mark) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        # The base class types both as optional; here they are always given.
        self.reason = problem
        self.mark = mark


def max_int_digits() -> int:
    """The longest integer Python converts from text (0 when the interpreter has no limit)."""
    getter = getattr(sys, "get_int_max_str_digits", None)
    return getter() if getter else 0


def _measure(root: yaml.Node, size_limit: int) -> None:
    """Raise FrontMatterLimit if ``root`` expands (through aliases) past ``size_limit``
    characters, nests deeper than MAX_DEPTH, or contains itself. Iterative: no recursion."""
    done: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded size, height)
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode):
            done[key] = (1 + len(node.value), 0)  # depth counts lists and mappings
            continue
        children = (
            [part for pair in node.value for part in pair]
            if isinstance(node, yaml.MappingNode)
            else node.value
        )
        if children_done:
            size, height = 1, 0
            for child in children:
                child_size, child_height = done[id(child)]
                size += child_size
                height = max(height, child_height)
            height += 1
            if size > size_limit:
                raise FrontMatterLimit(
                    f"aliases here expand to more than {size_limit:,} characters of data; "
                    "write the values out instead",
                    node.start_mark,
                )
            if height > MAX_DEPTH:
                raise FrontMatterLimit(f"nested more than {MAX_DEPTH} levels deep", node.start_mark)
            open_nodes.discard(key)
            done[key] = (size, height)
            continue
        if key in done:
            continue
        if len(open_nodes) >= MAX_DEPTH:
            raise FrontMatterLimit(f"nested more than {MAX_DEPTH} levels deep", node.start_mark)
        open_nodes.add(key)
        stack.append((node, True))
        for child in children:
            child_key = id(child)
            if child_key in open_nodes:
                raise FrontMatterLimit(
                    "an alias refers to the list or mapping it is inside", child.start_mark
                )
            if child_key not in done:
                stack.append((child, False))


class LimitedSafeLoader(_BASE_LOADER):
    """The safe loader (the C one when available) with size, depth, number and date limits."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # Without aliases the data is no bigger than the text: allow that, and some more.
        self.expansion_limit = max(MIN_EXPANSION_LIMIT, 2 * len(text))

    def get_single_node(self) -> yaml.Node | None:
        node: yaml.Node | None = super().get_single_node()
        if node is not None:
            _measure(node, self.expansion_limit)
        return node

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        try:
            return SafeConstructor.construct_yaml_int(self, node)
        except ValueError:
            digits = sum(c.isdigit() for c in node.value)
            if max_int_digits() and digits > max_int_digits():
                problem = (
                    f"a number with {digits} digits is too long (at most "
                    f"{max_int_digits()}); quote it to keep it as text"
                )
            else:
                problem = f"{node.value[:40]!r} is not a whole number"
            raise FrontMatterLimit(problem, node.start_mark) from None

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError, AttributeError) as error:
            # AttributeError: an explicit !!timestamp on text that is no date at all.
            why = f" ({error})" if not isinstance(error, AttributeError) else ""
            raise FrontMatterLimit(
                f"{node.value[:40]} is not a real date{why}; expected YYYY-MM-DD "
                "(or YYYY-MM-DD HH:MM:SS) with a real month and day",
                node.start_mark,
            ) from None


LimitedSafeLoader.add_constructor("tag:yaml.org,2002:int", LimitedSafeLoader.construct_yaml_int)
LimitedSafeLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", LimitedSafeLoader.construct_yaml_timestamp
)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the limits; raises yaml.YAMLError (FrontMatterLimit included)."""
    loader = LimitedSafeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


# ----- JSON and TOML: nesting and numbers, checked on the text --------------------------------

_BRACKET_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]|\n')


def too_deep_at(content: str, outer: int = 0) -> int | None:
    """The 1-based line where brackets first nest past MAX_DEPTH, or None. Quoted strings and
    ``#`` comments are skipped, so brackets inside values do not count. ``outer``: levels
    that enclose the text without brackets (TOML's root table)."""
    if content.count("[") + content.count("{") + outer <= MAX_DEPTH:
        return None
    depth, line = outer, 1
    for match in _BRACKET_TOKENS.finditer(content):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif token in "]}":
            depth = max(outer, depth - 1)
    return None


_JSON_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}]')


def json_object_end(text: str) -> int | None:
    """Where the JSON object opening ``text`` closes, found by brackets alone (strings
    skipped): the block's extent when it is too deep or too big to decode. None if unclosed."""
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
        elif token in ("]", "}"):
            depth -= 1
            if depth == 0:
                return match.end()
    return None


def long_number_at(content: str) -> tuple[int, int] | None:
    """Line and column (1-based) of the first integer longer than Python converts, or None."""
    limit = max_int_digits()
    if not limit or len(content) <= limit:
        return None
    match = re.search(rf"\d{{{limit + 1},}}", content)
    if match is None:
        return None
    start = match.start()
    line_start = content.rfind("\n", 0, start) + 1
    return content.count("\n", 0, start) + 1, start - line_start + 1


def long_line_at(content: str) -> tuple[int, int] | None:
    """The first line (1-based) longer than MAX_LINE_CHARS with its length, or None."""
    if len(content) <= MAX_LINE_CHARS:
        return None
    start = 0
    number = 1
    while True:
        end = content.find("\n", start)
        stop = len(content) if end < 0 else end
        if stop - start > MAX_LINE_CHARS:
            return number, stop - start
        if end < 0:
            return None
        start, number = end + 1, number + 1
