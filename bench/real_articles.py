"""Benchmark material shaped like users' real articles, generated (never downloaded):

- ``science_feature()``: a ~75 KB science feature with 42 CSL references in its front matter,
  cited in paragraphs, lists, a table and footnotes, with the hard cases a real one has
  (narrative ``@key``, grouped citations, ``@decorator`` in code, an e-mail address,
  reference-style links, an abbreviation, French with no-break spaces, a Chinese paragraph).
- ``release_notes()``: a ~1 MB project changelog with ~3,000 reference-link definitions at the
  bottom (``[#1234][]`` in bullet lists under version headings).

Both are deterministic (a seeded generator), so runs on different days compare.
"""

from __future__ import annotations

import json
import random

NBSP = "\u00a0"  # before « » : and ; ! ? in French typography (thin ones are U+202F)
NNBSP = "\u202f"

# Family names with their given names, as CSL holds them: hyphenated Korean given names,
# Chinese names, and particles both non-dropping ("van der") and dropping ("de").
_AUTHORS = [
    {"family": "Kim", "given": "Min-jun"},
    {"family": "Park", "given": "Ji-hoon"},
    {"family": "Lee", "given": "Seo-yeon"},
    {"family": "Choi", "given": "Hyun-woo"},
    {"family": "Jung", "given": "Eun-ji"},
    {"family": "Zhang", "given": "Wei"},
    {"family": "Wang", "given": "Xiaoming"},
    {"family": "Li", "given": "Jing"},
    {"family": "Chen", "given": "Yu-Ting"},
    {"family": "Liu", "given": "Yang"},
    {"family": "Huang", "given": "Zhi-Qiang"},
    {"family": "Berg", "given": "Anouk", "non-dropping-particle": "van den"},
    {"family": "Vries", "given": "Maarten", "non-dropping-particle": "de"},
    {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
    {"family": "La Fontaine", "given": "Jeanne"},
    {"family": "Silva", "given": "Ana Paula", "non-dropping-particle": "da"},
    {"family": "García-Márquez", "given": "Lucía"},
    {"family": "Müller", "given": "Jürgen"},
    {"family": "Øster", "given": "Sigrid"},
    {"family": "Nguyen", "given": "Thi Thu"},
    {"family": "O'Brien", "given": "Siobhán"},
    {"family": "Okafor", "given": "Chiamaka"},
    {"family": "Tanaka", "given": "Haruto"},
    {"family": "Sato", "given": "Yui"},
    {"family": "Ivanova", "given": "Ekaterina"},
    {"family": "Haddad", "given": "Karim"},
    {"family": "Smith", "given": "John A."},
    {"family": "Johnson", "given": "Mary-Kate"},
    {"family": "Rossi", "given": "Giulia"},
    {"family": "Dubois", "given": "Élodie"},
    {"family": "Kowalski", "given": "Piotr"},
    {"family": "Andersson", "given": "Erik"},
]

_JOURNALS = [
    ("Nature", "Nature"),
    ("Science", "Science"),
    ("New England Journal of Medicine", "N Engl J Med"),
    ("The Lancet", "Lancet"),
    ("Cell", "Cell"),
    ("Nature Medicine", "Nat Med"),
    ("Journal of Clinical Oncology", "J Clin Oncol"),
    ("Proceedings of the National Academy of Sciences", "Proc Natl Acad Sci U S A"),
    ("Environmental Science & Technology", "Environ Sci Technol"),
    ("Annals of Internal Medicine", "Ann Intern Med"),
    ("PLOS ONE", "PLoS One"),
    ("Clinical Cancer Research", "Clin Cancer Res"),
]

_TITLE_START = [
    "Microplastics in human",
    "Long-term outcomes of",
    "A randomized trial of",
    "Single-cell atlas of",
    "Glypican-3-directed CAR-T cells in",
    "Air pollution and",
    "Semaglutide and cardiovascular risk in",
    "Gut microbiome signatures of",
    "CRISPR screening identifies regulators of",
    "Wastewater surveillance of",
    "Machine-learning prediction of",
    "Nanoplastic uptake by",
]
_TITLE_END = [
    "blood and placenta",
    "hepatocellular carcinoma",
    "adults with obesity",
    "children in low-income countries",
    "T-cell exhaustion",
    "SARS-CoV-2 variants",
    "a prospective cohort",
    "coastal sediments",
    "heart failure with preserved ejection fraction",
    "the ageing brain",
    "drug-resistant tuberculosis",
    "arterial plaque",
]

_SENTENCES = [
    "The effect held after adjustment for age, sex, smoking and body-mass index",
    "Samples were collected between 2018 and 2023 at eleven hospitals",
    "Particles smaller than 10 µm were counted by pyrolysis–gas chromatography",
    "The authors caution that the cohort was small and mostly of European ancestry",
    "Independent groups have since reported similar figures",
    "No dose–response relation was seen below the detection limit",
    "The hazard ratio was 0.80 (95% CI, 0.72 to 0.90)",
    "Adverse events were graded with CTCAE version 5.0",
    "Follow-up continued for a median of 3.3 years",
    "The pre-registered primary end point was met",
    "Sequencing depth averaged 40× across the cohort",
    "A sensitivity analysis that excluded early events gave the same answer",
]

_HEADINGS = [
    "What the trials measured",
    "Where the particles come from",
    "A closer look at the cohort",
    "How the cells were engineered",
    "Counting what cannot be seen",
    "The statistics behind it",
    "Voices from the clinic",
    "What regulators say",
    "Open questions",
    "Methods in brief",
    "Why the numbers differ",
    "From mice to patients",
    "The cost of treatment",
    "A global picture",
    "What comes next",
]

FRENCH_PARAGRAPH = (
    f"Pour la chercheuse, la question reste ouverte{NBSP}: «{NBSP}Nous ne savons pas encore si "
    f"ces particules traversent la barrière placentaire{NBSP}» [@{{key}}]. Combien de patients "
    f"faudra-t-il suivre{NBSP}? Au moins 10{NNBSP}000, selon l’équipe{NBSP}; le financement, "
    f"lui, n’est pas acquis{NBSP}!"
)
CHINESE_PARAGRAPH = (
    "研究人员在二十二名健康志愿者的血液样本中发现了微塑料颗粒，其中近一半含有聚对苯二甲酸乙二醇酯"
    "[@{key}]。这项研究规模较小，但作者认为，塑料颗粒可能随血液循环到达器官。下一步将扩大样本量，"
    "并比较不同城市居民的暴露水平。"
)


def _references(rng: random.Random, count: int) -> list[dict]:
    """``count`` CSL journal articles with unique keys, DOIs and (mostly) PMIDs."""
    items, used = [], set()
    for n in range(count):
        authors = rng.sample(_AUTHORS, rng.randint(1, 6))
        year = rng.randint(2004, 2025)
        first = authors[0]["family"].lower().replace(" ", "").replace("'", "")
        first = first.replace("ø", "o").replace("ü", "u").replace("í", "i").replace("á", "a")
        key = f"{first}{year}"
        suffix = "abcdefghij"
        while key in used:
            key = f"{first}{year}{suffix[0]}"
            suffix = suffix[1:]
        used.add(key)
        journal, short = rng.choice(_JOURNALS)
        first_page = rng.randint(1, 4000)
        item = {
            "id": key,
            "type": "article-journal",
            "title": f"{rng.choice(_TITLE_START)} {rng.choice(_TITLE_END)}",
            "author": authors,
            "container-title": journal,
            "container-title-short": short,
            "volume": rng.randint(1, 400),
            "issue": rng.randint(1, 24),
            "page": f"{first_page}-{first_page + rng.randint(3, 15)}",
            "issued": {"date-parts": [[year, rng.randint(1, 12)]]},
            "DOI": f"10.{rng.randint(1000, 9999)}/{short.lower().replace(' ', '')}.{year}.{n:04d}",
        }
        if n % 5 != 4:  # not every journal article is indexed in PubMed
            item["PMID"] = str(rng.randint(20_000_000, 39_000_000))
        items.append(item)
    return items


def _quoted(value: object) -> str:
    """A YAML scalar as written by hand: plain when safe, JSON-quoted (valid YAML) otherwise."""
    text = str(value)
    if isinstance(value, int) or text.replace("-", "").replace(" ", "").isalnum():
        return text if not text.isdigit() or isinstance(value, int) else json.dumps(text)
    return json.dumps(text, ensure_ascii=False)


def _front_matter(items: list[dict]) -> str:
    """YAML front matter in the hand-written style of the sample articles (flow-style names)."""
    lines = [
        'title: "Microplastics everywhere: what a decade of studies tells us"',
        "date: 2026-11-20",
        "authors: [Dana Whitfield, Kim Seo-yeon]",
        "categories: [ScienceNews]",
        "tags: [Microplastics, PublicHealth, EnvironmentalScience, 塑料污染]",
        "csl: vancouver",
        "references:",
    ]
    for item in items:
        lines.append(f"  - id: {item['id']}")
        for field, value in item.items():
            if field == "id":
                continue
            if field == "author":
                lines.append("    author:")
                lines.extend(
                    "      - {" + ", ".join(f"{k}: {_quoted(v)}" for k, v in name.items()) + "}"
                    for name in value
                )
            elif field == "issued":
                year, month = value["date-parts"][0]
                lines.append(f"    issued: {{date-parts: [[{year}, {month}]]}}")
            else:
                lines.append(f"    {field}: {_quoted(value)}")
    return "\n".join(lines) + "\n"


def _sentence(rng: random.Random) -> str:
    return rng.choice(_SENTENCES)


def _paragraph(rng: random.Random, keys: list[str], cite: str) -> str:
    sentences = [_sentence(rng) for _ in range(rng.randint(3, 5))]
    sentences[0] = f"{sentences[0]} {cite}"
    if rng.random() < 0.5:
        sentences[-1] = f"{sentences[-1]} [@{rng.choice(keys)}]"
    return ". ".join(sentences) + "."


def science_feature(size: int = 75_000, references: int = 42, seed: int = 13) -> str:
    """A science feature of about ``size`` characters citing ``references`` CSL works."""
    rng = random.Random(seed)
    items = _references(rng, references)
    keys = [item["id"] for item in items]
    head = "---\n" + _front_matter(items) + "---\n\n"

    def cite_one() -> str:
        return f"[@{rng.choice(keys)}]"

    def cite_group() -> str:
        a, b = rng.sample(keys, 2)
        return f"[@{a}; @{b}]"

    parts = [head]
    parts.append(
        f"Plastic is now found in the deepest ocean trenches and in human blood "
        f"[@{keys[0]}; @{keys[1]}]. @{keys[2]} were the first to count particles in placenta, "
        f"and the *WHO* has called for better methods.[^1] Questions about the data can go to "
        f"<press@example.org> or to the [press office][press]; readers write to "
        f"letters@example.org.\n"
    )
    footnotes: list[str] = []
    n = 0
    while sum(len(p) for p in parts) < size - 4_500:
        n += 1
        heading = _HEADINGS[n % len(_HEADINGS)]
        parts.append(f"\n## {heading} ({n})\n\n")
        parts.append(_paragraph(rng, keys, cite_one()) + "\n\n")
        narrative = rng.choice(keys)
        parts.append(
            f"As @{narrative} showed, " + _paragraph(rng, keys, cite_group()).lower() + "\n\n"
        )
        kind = n % 6
        if kind == 0:
            parts.append("".join(f"- {_sentence(rng)} {cite_one()}\n" for _ in range(4)) + "\n")
        elif kind == 1:
            parts.append(
                "".join(f"{i}. {_sentence(rng)} {cite_group()}\n" for i in range(1, 5)) + "\n"
            )
        elif kind == 2:
            rows = "".join(
                f"| {rng.choice(_TITLE_END)} | {rng.randint(20, 900)} | "
                f"{rng.randint(1, 99)}% | {cite_one()} |\n"
                for _ in range(5)
            )
            parts.append(
                "| Cohort | Patients | Detected | Source |\n|---|---:|---:|---|\n" + rows + "\n"
            )
        elif kind == 3:
            parts.append(
                f"> “{_sentence(rng)},” said one of the investigators "
                f"{cite_one()}.\n> {_sentence(rng)}.\n\n"
            )
        elif kind == 4:
            parts.append(
                "```python\n@dataclass(frozen=True)\nclass Sample:\n"
                "    particles_per_ml: float  # see @kim2021, not a citation here\n"
                "```\n\n"
            )
        else:
            number = len(footnotes) + 2
            parts.append(
                f"{_sentence(rng)}.[^{number}] Details are on the "
                f"[registry][registry] and in `@{rng.choice(keys)}` (a code span).\n\n"
            )
            footnotes.append(f"[^{number}]: {_sentence(rng)} {cite_one()}.\n")
        if n % 7 == 3:
            parts.append(FRENCH_PARAGRAPH.replace("{key}", rng.choice(keys)) + "\n\n")
        if n % 7 == 5:
            parts.append(CHINESE_PARAGRAPH.replace("{key}", rng.choice(keys)) + "\n\n")
    # Every reference is cited at least once, as in a finished article.
    parts.append("\n## Further reading\n\n" + " ".join(f"[@{k}]" for k in keys) + "\n\n")
    parts.append(f"## The last word\n\nThe final paragraph sums the evidence up [@{keys[-1]}].\n\n")
    parts.append('[press]: https://example.org/press "Press office"\n')
    parts.append("[registry]: https://example.org/registry\n\n")
    parts.append("*[WHO]: World Health Organization\n\n")
    parts.append(f"[^1]: The World Health Organization’s 2022 report {cite_one()}.\n")
    parts.extend(footnotes)
    return "".join(parts)


_AREAS = ["parser", "CLI", "docs", "build", "tests", "API", "plugins", "packaging", "cache", "i18n"]
_VERBS = ["Fix", "Add", "Remove", "Deprecate", "Speed up", "Document", "Refactor", "Support"]
_OBJECTS = [
    "crash when the config file is empty",
    "option to skip hidden files",
    "the `--output` flag on Windows",
    "memory leak in the file watcher",
    "Unicode paths in error messages",
    "a race in the thread pool shutdown",
    "support for Python 3.13",
    "the legacy `setup.py` entry point",
    "colour output when `NO_COLOR` is set",
    "timezone handling in `--since`",
    "wrong line numbers after a tab",
    "slow start-up with many plugins",
]
_USERS = [
    "octocat",
    "mona-lisa",
    "hubot",
    "a-kowalski",
    "lee-seoyeon",
    "zhangwei",
    "jdoe",
    "renée",
    "van-den-berg",
    "okafor-c",
]


def release_notes(size: int = 1_000_000, links: int = 3_000, seed: int = 5) -> str:
    """A changelog of about ``size`` characters with ``links`` reference-link definitions."""
    rng = random.Random(seed)
    numbers = list(range(100, 100 + links * 3, 3))[:links]
    rng.shuffle(numbers)
    parts = [
        "# Changelog\n\nAll notable changes to this project are documented here; see "
        "[Keep a Changelog][kac] for the format.\n"
    ]
    next_link, total = 0, len(parts[0])
    major, minor, patch = 40, 12, 0
    while total < size - links * 52:
        section = [
            f"\n## {major}.{minor}.{patch} ({2025 - (40 - major) // 2}-"
            f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d})\n"
        ]
        for title in ("Features", "Bug fixes", "Documentation"):
            section.append(f"\n### {title}\n\n")
            for _ in range(rng.randint(3, 9)):
                number = numbers[next_link % links]
                next_link += 1
                line = f"- **{rng.choice(_AREAS)}:** {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
                line += f" ([#{number}][])"
                if rng.random() < 0.3:
                    line += f", thanks to [{rng.choice(_USERS)}][u-{rng.randint(1, 40)}]"
                section.append(line + ".\n")
                if rng.random() < 0.15:
                    other = numbers[rng.randrange(links)]
                    section.append(f"  - Follow-up to [#{other}][] in the same release.\n")
        text = "".join(section)
        parts.append(text)
        total += len(text)
        patch -= 1
        if patch < 0:
            minor, patch = minor - 1, rng.randint(0, 4)
            if minor < 0:
                major, minor = major - 1, 12
    parts.append("\n[kac]: https://keepachangelog.com/en/1.1.0/\n")
    parts.extend(f"[u-{n}]: https://github.com/example-user-{n}\n" for n in range(1, 41))
    parts.extend(f"[#{n}]: https://github.com/example/project/pull/{n}\n" for n in numbers)
    return "".join(parts)


if __name__ == "__main__":  # a quick look: sizes and counts
    feature, notes = science_feature(), release_notes()
    print(f"science feature: {len(feature.encode()):,} bytes, {feature.count('[@')} brackets")
    print(
        f"release notes: {len(notes.encode()):,} bytes, "
        f"{sum(1 for line in notes.splitlines() if line.startswith('[#'))} definitions"
    )
