"""What a site demands of an article's front matter: the fields it requires and whether a field
is a string or a list. Read from an Astro collection's schema and from articleeditor.toml
(``[publish] required = [...]`` and ``[publish.types]``), so a publish refuses before writing
rather than leaving a site that no longer builds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from articleeditor.core import fields
from articleeditor.core.generators.astro_schema import FieldKind, read_collection_schema
from articleeditor.core.site import Generator, PublishSettings, SiteConfig

_KINDS = {"string": "string", "list": "list"}

# Where the writer fills in each canonical field, for the refusal's sentence.
_WHERE = {
    fields.TITLE: "give the article a title in the Article panel",
    fields.SUMMARY: "write a summary in the Article panel",
    fields.DATE: "set the date in the Article panel",
    fields.UPDATED: "set the updated date in the Article panel",
    fields.AUTHORS: "add an author in the Article panel (or publish.default_author)",
    fields.COVER: "choose a cover image in the Article panel",
    fields.TAGS: "add a tag in the Tags panel",
    fields.CATEGORIES: "add a category in the Tags panel",
    fields.LANGUAGE: "set the language in the Article panel",
}


@dataclass
class FieldRules:
    """Required published keys and key -> "string" | "list", each with where it is declared."""

    required: dict[str, str] = field(default_factory=dict)  # key -> where declared
    types: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _collection(settings: PublishSettings) -> str:
    return settings.section.replace("\\", "/").strip("/").split("/")[0]


def field_rules(site: SiteConfig, settings: PublishSettings) -> FieldRules:
    """The rules of ``site`` (its Astro schema, then articleeditor.toml on top)."""
    rules = FieldRules()
    if site.generator is Generator.ASTRO and (collection := _collection(settings)):
        schema = read_collection_schema(site.root, collection)
        if schema is not None:
            where = f"the site's schema ({schema.path.relative_to(site.root).as_posix()})"
            for name, item in schema.fields.items():
                if item.required:
                    rules.required[name] = where
                if item.kind is FieldKind.STRING:
                    rules.types[name] = "string"
                elif item.kind is FieldKind.ARRAY:
                    rules.types[name] = "list"
    table = site.section("publish")
    required = table.get("required", [])
    if not isinstance(required, list) or not all(isinstance(k, str) for k in required):
        rules.problems.append("publish.required in articleeditor.toml must be a list of names.")
    else:
        for key in required:
            rules.required[settings.field_name(key) or key] = "articleeditor.toml"
    types = table.get("types", {})
    if not isinstance(types, dict) or not all(v in _KINDS for v in types.values()):
        rules.problems.append(
            'publish.types in articleeditor.toml must map field names to "string" or "list".')
    else:
        for key, kind in types.items():
            rules.types[settings.field_name(key) or key] = kind
    return rules


def _canonical(key: str, settings: PublishSettings) -> str:
    for canonical, name in settings.field_names.items():
        if name == key:
            return canonical
    for canonical, names in fields.ALIASES.items():
        if key.lower() in names:
            return canonical
    return key


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def adopt_schema_names(values: dict[str, Any], rules: FieldRules,
                       settings: PublishSettings) -> None:
    """Write the authors under the one name the schema knows (``author`` vs ``authors``)."""
    key = settings.field_name(fields.AUTHORS)
    if key not in values or key in rules.types or key in rules.required:
        return
    for other in ("author", "authors"):
        if other != key and (other in rules.types or other in rules.required):
            values[other] = values.pop(key)
            return


def missing_fields(values: dict[str, Any], rules: FieldRules,
                   settings: PublishSettings) -> list[str]:
    """A sentence for each required field the published front matter would lack."""
    problems = []
    for key, declared in rules.required.items():
        if key in values and not _empty(values[key]):
            continue
        canonical = _canonical(key, settings)
        where = _WHERE.get(canonical, f"add '{key}' to the article's front matter")
        problems.append(f"{declared[:1].upper()}{declared[1:]} requires '{key}': {where}.")
    return problems


def apply_types(values: dict[str, Any], types: dict[str, str]) -> None:
    """Give each typed value its shape: a list joined into one string, a string as a list."""
    for key, kind in types.items():
        value = values.get(key)
        if kind == "string" and isinstance(value, list):
            values[key] = ", ".join(str(v) for v in value)
        elif kind == "list" and isinstance(value, (str, int, float)) and not isinstance(
            value, bool
        ):
            values[key] = [value]
