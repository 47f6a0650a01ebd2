"""What the spell checker checks, and the dictionary it checks against."""

from __future__ import annotations

from articleeditor.core.spelling import (
    Dictionary,
    PersonalDictionary,
    american_forms,
    document_tokens,
    document_words,
    language_code,
)


def test_prose_is_checked_but_not_code_urls_citations_or_keys():
    text = (
        "---\ntitle: Helo\nsummarry_key: fiine\ntags:\n  - taggg\nsummary: >-\n  Folded\n"
        "  summry text\nauthors: [Dehua Shi]\n# a commment\n---\n"
        "Wrold `codde` https://exmple.org/pathh [@smithh2020] @doee\n"
        "```python\nimprt os\n```\n"
        "    indentedd code\n"
        '<span class="clss">Text</span> [linkk](http://x.org/destt) user@exampl.com v2beta\n'
    )
    words = document_words(text)
    assert {"Helo", "Folded", "summry", "Wrold", "Text", "linkk"} <= words
    for skipped in (
        "summarry_key",
        "summarry",
        "fiine",
        "taggg",
        "Dehua",
        "commment",
        "codde",
        "exmple",
        "pathh",
        "smithh",
        "doee",
        "imprt",
        "indentedd",
        "clss",
        "destt",
        "exampl",
        "beta",
        "span",
        "title",
    ):
        assert skipped not in words


def test_acronyms_and_mixed_case_names_are_not_checked():
    assert document_words("NASA and PubMed use mRNA, said Smith") == {"and", "use", "said", "Smith"}


def test_token_offsets_point_into_the_text():
    text = "# Titel\n\nSome wrods here."
    for start, end, word in document_tokens(text):
        assert text[start:end] == word


def test_dictionary_finds_misspellings_and_suggests():
    english = Dictionary("en")
    assert english.misspelled(["world", "Wrold", "researcher's", "don’t"]) == {"Wrold"}
    assert english.suggestions("Wrold")[0] == "World"


def test_personal_words_are_known_and_persist(tmp_path):
    path = tmp_path / "data" / "words.txt"
    personal = PersonalDictionary(path)
    english = Dictionary("en", personal)
    assert not english.known("Zorblax")
    personal.add("Zorblax")
    assert english.known("Zorblax")
    assert "Zorblax" in PersonalDictionary(path)


def test_language_codes():
    assert language_code("en-GB") == "en"
    assert language_code("de_DE") == "de"
    assert language_code(None) == "en"
    assert language_code("", "fr") == "fr"


def test_fast_word_set_agrees_with_the_tokens():
    text = (
        "---\ntitle: Helo wrld\n---\n# Head\nSome `code` and words, [@key] x https://a.org/b\n"
        "```\nnot this\n```\n    indented code\n- item wurd\n> quoted\nUSA and I\n"
    )
    assert document_words(text) == {w for _s, _e, w in document_tokens(text)}


def test_british_spellings_are_known_and_misspellings_still_found():
    english = Dictionary("en")
    british = (
        "recognise randomised tumours centres fibre paediatric oestrogen leukaemia "
        "behavioural analysed programme travelled defence catalogue haemorrhage"
    )
    assert english.misspelled(british.split()) == set()
    typos = {"recieve", "definately", "seperate", "occured", "tumoure", "recognyse"}
    assert english.misspelled(typos) == typos
    assert "tumors" in american_forms("tumours") and "center" in american_forms("centre")


def test_terms_of_medicine_and_the_life_sciences_are_known():
    from articleeditor.core.spelling import Dictionary

    english = Dictionary("en")
    for word in (
        "hepatocellular",
        "microenvironment",
        "cholangiocarcinoma",
        "Pembrolizumab",
        "immunotherapies",
        "organoids",
        "angiogenesis",
        "tumourigenesis",
    ):
        assert english.known(word), word
    # The list adds words; it does not make misspellings pass.
    assert not english.known("hepatocelular")
    assert "hepatocellular" in english.suggestions("hepatocelular")


def test_the_science_list_is_clean():
    from articleeditor.core.spelling import extra_words

    words = extra_words("en")
    assert len(words) > 500
    assert len(words) == len({w.lower() for w in words}), "duplicates"
    assert all(" " not in w and w.strip() == w for w in words)
    assert extra_words("xx") == []


def test_a_pasted_run_of_letters_is_not_a_word_to_check():
    from articleeditor.core.spelling import LONGEST_WORD, document_words

    text = "Some wurds here.\n\n" + "a" * (LONGEST_WORD + 1) + "\n\n" + "b" * LONGEST_WORD + "\n"
    words = document_words(text)
    assert "a" * (LONGEST_WORD + 1) not in words
    assert "b" * LONGEST_WORD in words
    assert "wurds" in words
