"""The simple cases of an Astro content collection schema: which fields are required, and of
what kind.

Astro refuses to build when one Markdown file breaks its collection's schema, so Publish reads
``src/content.config.*`` (Astro 5) or ``src/content/config.*`` (Astro 2-4) and refuses first.
This is not a TypeScript parser: it reads ``defineCollection({ … schema: z.object({ … }) })``
written the way the Astro templates and docs write it, and says nothing about anything else
(a schema it cannot read leaves every field optional, as before).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

CONFIG_FILES = tuple(
    f"{folder}{name}.{extension}"
    for folder, name in (("src/", "content.config"), ("src/content/", "config"))
    for extension in ("ts", "mts", "js", "mjs")
)
_MAX_BYTES = 1_000_000


class FieldKind(Enum):
    """What a schema field accepts, as far as the front matter we write is concerned."""

    STRING = "string"
    ARRAY = "array"
    DATE = "date"
    NUMBER = "number"
    BOOLEAN = "boolean"
    IMAGE = "image"
    OTHER = "other"


@dataclass(frozen=True)
class SchemaField:
    """One field of a collection schema."""

    name: str
    kind: FieldKind
    required: bool


@dataclass(frozen=True)
class CollectionSchema:
    """The fields of one collection, and the file that declares them."""

    collection: str
    fields: dict[str, SchemaField]
    path: Path

    def required(self) -> list[str]:
        """Names of the fields a file must have."""
        return [name for name, field in self.fields.items() if field.required]


def _strip_comments(source: str) -> str:
    # Remove // and /* */ comments outside strings: enough for configuration files.
    out: list[str] = []
    i, n = 0, len(source)
    quote = ""
    while i < n:
        char = source[i]
        if quote:
            out.append(char)
            if char == "\\" and i + 1 < n:
                out.append(source[i + 1])
                i += 2
                continue
            if char == quote:
                quote = ""
            i += 1
        elif char in "'\"`":
            quote = char
            out.append(char)
            i += 1
        elif source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _balanced(source: str, start: int) -> str | None:
    """The text inside the bracket at ``source[start]`` up to its match."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    stack = [pairs[source[start]]]
    quote = ""
    for i in range(start + 1, len(source)):
        char = source[i]
        if quote:
            if char == quote and source[i - 1] != "\\":
                quote = ""
            continue
        if char in "'\"`":
            quote = char
        elif char in pairs:
            stack.append(pairs[char])
        elif char in ")}]":
            if not stack or char != stack.pop():
                return None
            if not stack:
                return source[start + 1 : i]
    return None


def _top_level_items(body: str) -> list[str]:
    items: list[str] = []
    depth = 0
    quote = ""
    current: list[str] = []
    for i, char in enumerate(body):
        if quote:
            current.append(char)
            if char == quote and body[i - 1] != "\\":
                quote = ""
            continue
        if char in "'\"`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        items.append("".join(current).strip())
    return items


def _kind(expression: str) -> FieldKind:
    head = re.sub(r"\s+", "", expression)
    for pattern, kind in (
        (r"^z\.array\(", FieldKind.ARRAY),
        (r"^z\.(coerce\.)?date\(", FieldKind.DATE),
        (r"^z\.(coerce\.)?string\(", FieldKind.STRING),
        (r"^z\.(coerce\.)?number\(", FieldKind.NUMBER),
        (r"^z\.(coerce\.)?boolean\(", FieldKind.BOOLEAN),
        (r"^image\(", FieldKind.IMAGE),
    ):
        if re.match(pattern, head):
            return kind
    return FieldKind.OTHER


def _required(expression: str) -> bool:
    compact = re.sub(r"\s+", "", expression)
    return not re.search(r"\.(optional|default|nullish|catch)\(", compact)


def _fields(object_body: str) -> dict[str, SchemaField]:
    fields: dict[str, SchemaField] = {}
    for item in _top_level_items(object_body):
        match = re.match(r"""^['"]?([A-Za-z_$][\w$-]*)['"]?\s*:\s*(.+)$""", item, re.DOTALL)
        if not match:
            continue
        name, expression = match.groups()
        fields[name] = SchemaField(name, _kind(expression), _required(expression))
    return fields


def _collection_bodies(source: str) -> dict[str, str]:
    """Variable or key name -> the argument text of its ``defineCollection(…)``."""
    bodies: dict[str, str] = {}
    for match in re.finditer(r"(?:const|let|var)\s+([\w$]+)\s*=\s*defineCollection\s*\(", source):
        body = _balanced(source, match.end() - 1)
        if body is not None:
            bodies[match.group(1)] = body
    for match in re.finditer(r"""['"]?([\w$-]+)['"]?\s*:\s*defineCollection\s*\(""", source):
        body = _balanced(source, match.end() - 1)
        if body is not None:
            bodies[match.group(1)] = body
    exported = re.search(r"collections\s*=\s*\{", source)
    if exported:
        inner = _balanced(source, exported.end() - 1) or ""
        for item in _top_level_items(inner):
            key, _, value = item.partition(":")
            key = key.strip().strip("'\"")
            value = value.strip() or key
            if value in bodies and key not in bodies:
                bodies[key] = bodies[value]
    return bodies


def read_collection_schema(root: Path, collection: str) -> CollectionSchema | None:
    """The schema of ``collection`` in the Astro site at ``root``, or None if unreadable."""
    for name in CONFIG_FILES:
        path = root / name
        if not path.is_file():
            continue
        try:
            source = _strip_comments(path.read_bytes()[:_MAX_BYTES].decode("utf-8", "replace"))
        except OSError as error:
            log.warning("cannot read %s: %s", path, error)
            return None
        body = _collection_bodies(source).get(collection)
        if body is None:
            return None
        schema = re.search(r"schema\s*:", body)
        if schema is None:
            return None
        obj = re.search(r"z\s*\.\s*object\s*\(\s*\{", body[schema.end() :])
        if obj is None:
            return None
        start = schema.end() + obj.end() - 1
        inner = _balanced(body, start)
        if inner is None:
            return None
        return CollectionSchema(collection, _fields(inner), path)
    return None
