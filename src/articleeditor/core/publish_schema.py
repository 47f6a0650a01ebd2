"""What a site demands of an article's front matter: the fields it requires and whether a field
is a string or a list. Read from an Astro collection's schema and from articleeditor.toml
(``[publish] required = [...]`` and ``[publish.types]``), so a publish refuses before writing
rather than leaving a site that no longer builds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from articleeditor.core import fields
from articleeditor.core.findings import Finding
from articleeditor.core.generators.astro_schema import FieldKind, read_collection_schema
from articleeditor.core.site import Generator, PublishSettings, SiteConfig

_KINDS = {"string": "string", "list": "list"}

# Where the writer fills in each canonical field, for the refusal's sentence.
# Where the writer fills in each field the app knows (a finding's code: its hint).
_WHERE = {
    fields.TITLE: "hint-title",
    fields.SUMMARY: "hint-summary",
    fields.DATE: "hint-date",
    fields.UPDATED: "hint-updated",
    fields.AUTHORS: "hint-authors",
    fields.COVER: "hint-cover",
    fields.TAGS: "hint-tags",
    fields.CATEGORIES: "hint-categories",
    fields.LANGUAGE: "hint-language",
}


@dataclass
class FieldRules:
    """Required published keys and key -> "string" | "list", each with where it is declared."""

    required: dict[str, str] = field(default_factory=dict)  # key -> where declared (a Finding)
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
            where = Finding(
                "declared-by-schema", {"path": schema.path.relative_to(site.root).as_posix()}
            )
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
        rules.problems.append(Finding("config-required-not-list"))
    else:
        for key in required:
            rules.required[settings.field_name(key) or key] = Finding("declared-by-config")
    types = table.get("types", {})
    if not isinstance(types, dict) or not all(v in _KINDS for v in types.values()):
        rules.problems.append(Finding("config-types"))
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


def adopt_schema_names(
    values: dict[str, Any], rules: FieldRules, settings: PublishSettings
) -> None:
    """Write the authors under the one name the schema knows (``author`` vs ``authors``)."""
    key = settings.field_name(fields.AUTHORS)
    if key not in values or key in rules.types or key in rules.required:
        return
    for other in ("author", "authors"):
        if other != key and (other in rules.types or other in rules.required):
            values[other] = values.pop(key)
            return


def missing_fields(
    values: dict[str, Any], rules: FieldRules, settings: PublishSettings
) -> list[str]:
    """A sentence for each required field the published front matter would lack."""
    problems: list[str] = []
    for key, declared in rules.required.items():
        if key in values and not _empty(values[key]):
            continue
        canonical = _canonical(key, settings)
        hint = (
            Finding(_WHERE[canonical])
            if canonical in _WHERE
            else (Finding("hint-field", {"key": key}))
        )
        problems.append(Finding("field-required", {"declared": declared, "key": key, "hint": hint}))
    return problems


def apply_types(values: dict[str, Any], types: dict[str, str]) -> None:
    """Give each typed value its shape: a list joined into one string, a string as a list."""
    for key, kind in types.items():
        value = values.get(key)
        if kind == "string" and isinstance(value, list):
            values[key] = ", ".join(str(v) for v in value)
        elif (
            kind == "list" and isinstance(value, (str, int, float)) and not isinstance(value, bool)
        ):
            values[key] = [value]
