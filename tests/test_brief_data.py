"""Briefs written as data (rewriter.brief_data) and lengths spelled in words (rewriter.number_words)."""

from __future__ import annotations

import pytest

from rewriter.brief_data import data_block
from rewriter.number_words import digits_for_words


@pytest.mark.parametrize("text, expected", [
    ("au moins mille mots", "au moins 1000 mots"),
    ("huit cents mots environ", "800 mots environ"),
    ("unas mil doscientas palabras", "unas 1200 palabras"),  # Spanish, though "mil" alone is French too
    ("no more than seven hundred and fifty words", "no more than 750 words"),
    ("entre ochocientas y mil palabras", "entre 800 y 1000 palabras"),  # a range, not one number
    ("between five hundred and a thousand words", "between 500 and 1000 words"),
    ("höchstens sechshundert Wörter", "höchstens 600 Wörter"),
    ("almeno ottocento parole", "almeno 800 parole"),
    ("twenty words, three ideas", "twenty words, three ideas"),  # under 100: not a length anyone spells
])
def test_spelled_numbers_are_written_in_digits(text, expected):
    assert digits_for_words(text) == expected


def test_a_json_object_after_a_name_is_read_with_nested_keys_under_their_parent():
    block = data_block(['brief = {"lang": "es", "words": {"min": 800, "max": 900},',
                        ' "seo": {"enabled": true, "focus": "hipoteca", "secondary": ["euríbor", "tipos"]}}', "", "Article."],
                       from_end=False)
    assert block is not None and block.size == 2
    assert block.pairs == [("lang", "es"), ("words min", "800"), ("words max", "900"), ("seo", "yes"),
                           ("focus keyword", "hipoteca"), ("secondary keywords", "euríbor, tipos")]


def test_a_spreadsheet_header_and_row_are_pairs_but_a_table_of_figures_is_not():
    row = data_block(["Lingua\tParole\tTono", "IT\t700\tcaldo", "Articolo."], from_end=False)
    assert row is not None and row.pairs == [("Lingua", "IT"), ("Parole", "700"), ("Tono", "caldo")]
    assert data_block(["Région\tVentes\tCroissance", "Nord\t1200\t4 %", "Sud\t900\t2 %"], from_end=False) is None
