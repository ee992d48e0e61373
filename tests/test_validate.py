"""Every check fails on one article and passes on another; the word rule; numbers."""

from __future__ import annotations

import pytest

from drafts import FRENCH, draft
from rewriter.markdown import parse_document
from rewriter.text import word_count
from rewriter.validate import CheckSettings, Thresholds, check_document, number_values

GOOD = draft(620, subheadings=3)  # French, front matter with title and description, 1 H1, 3 H2
DESCRIPTION = "Une affaire suivie de près par les observateurs : contexte, réactions, enjeux et questions ouvertes pour la suite des événements."


def alerts(markdown: str, **settings) -> dict[str, list]:
    result = check_document(parse_document(markdown), CheckSettings(**settings))
    found: dict[str, list] = {}
    for alert in result.alerts:
        found.setdefault(alert.check, []).append(alert)
    return found


def with_meta(body: str, title: str = "Une affaire qui interroge", description: str = DESCRIPTION, **extra: str) -> str:
    lines = [f'title: "{title}"', f'description: "{description}"'] + [f"{k}: {v}" for k, v in extra.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def paragraphs(count: int, sentences: int = 3) -> str:
    pool = FRENCH * 20
    return "\n\n".join(" ".join(pool[i * sentences:(i + 1) * sentences]) for i in range(count))


def test_good_article_has_no_error_or_warning():
    found = alerts(GOOD, language="fr", min_words=500, max_words=800, subheadings=True)
    assert {check: [a.severity for a in items] for check, items in found.items() if any(a.severity != "suggestion" for a in items)} == {}


@pytest.mark.parametrize("markdown, message", [
    ("# Titre\n\nTexte.", "no front matter (YAML ---, TOML +++ or JSON { at line 1)"),
    ("---\ntitle: [unclosed\n---\n# T\n", "not valid YAML"),
    ("---\ndescription: Texte\n---\n# T\n", "no 'title'"),
    ("\n\nIntro\n---\ntitle: T\ndescription: D\n---\n", "does not start at line 1"),
])
def test_frontmatter_valid(markdown, message):
    assert message in alerts(markdown)["frontmatter.valid"][0].message
    assert "frontmatter.valid" not in alerts(GOOD)


def test_length_words():
    assert alerts(GOOD, min_words=500, max_words=800).get("length.words") is None
    short = alerts(GOOD, min_words=900)["length.words"][0]
    assert short.severity == "error" and "900 needed" in short.message and "expand the sections" in short.message
    long = alerts(GOOD, max_words=300)["length.words"][0]
    assert "at most 300" in long.message


def test_word_count_rule():
    assert word_count("L'homme est peut-être là — 83 698 vues, 1 200 000 euros !") == 8
    assert word_count("## Titre\n\n- un point") == 3
    assert word_count("aujourd'hui c'est 10 %") == 3


def test_headings_h1():
    assert "headings.h1" not in alerts(GOOD)
    assert alerts(with_meta("## Sans titre\n\nTexte."))["headings.h1"][0].message.startswith("0 H1")
    two = alerts(with_meta("# Un\n\nTexte.\n\n# Deux\n\nTexte."))["headings.h1"][0]
    assert two.message.startswith("2 H1") and two.line == 10


def test_headings_hierarchy():
    assert "headings.hierarchy" not in alerts(GOOD)
    found = alerts(with_meta("# Titre\n\n#### Trop bas\n\nTexte.\n\n##\n\nTexte."))["headings.hierarchy"]
    assert {a.message for a in found} == {"H4 follows H1: level H2 skipped", "empty H2 heading"}
    assert all(a.severity == "warning" for a in found)


def test_headings_distribution():
    assert "headings.distribution" not in alerts(GOOD)
    none = alerts(with_meta("# Titre\n\n" + paragraphs(14)))["headings.distribution"][0]
    assert "no subheading" in none.message
    long_section = alerts(with_meta("# Titre\n\n## Partie\n\n" + paragraphs(14) + "\n\n## Fin\n\nCourt."))["headings.distribution"][0]
    assert "«Partie»" in long_section.message and long_section.line == 8


def test_headings_subheadings_when_asked():
    assert "headings.subheadings" not in alerts(GOOD, subheadings=True)
    found = alerts(with_meta("# Titre\n\n" + paragraphs(10)), subheadings=True)["headings.subheadings"][0]
    assert found.severity == "error" and "0 H2" in found.message
    assert "headings.subheadings" not in alerts(with_meta("# Titre\n\n" + paragraphs(10)), subheadings=False)


def test_language_expected_reports_confidence():
    assert "language.expected" not in alerts(GOOD, language="fr")
    found = alerts(draft(500, language="en"), language="fr")["language.expected"][0]
    assert found.severity == "error" and "English" in found.message and "confidence" in found.message
    stats = check_document(parse_document(GOOD), CheckSettings()).stats
    assert stats.language == "fr" and stats.language_confidence > 0.9


def test_language_is_detected_on_body_not_headings():
    body = "# The English title\n\n## Another English heading\n\n" + paragraphs(4)
    assert "language.expected" not in alerts(with_meta(body), language="fr")


def test_meta_title_and_description():
    assert "meta.title" not in alerts(GOOD) and "meta.description" not in alerts(GOOD)
    long_title = alerts(with_meta("# T\n\nTexte.", title="T" * 61))["meta.title"][0]
    assert long_title.severity == "warning" and "61 characters" in long_title.message
    short = alerts(with_meta("# T\n\nTexte.", description="Trop court."))["meta.description"][0]
    assert "120–156" in short.message
    assert "meta.description" in alerts(with_meta("# T\n\nTexte.", description="x" * 157))


KEY = "vélo électrique"
KEY_BODY = (
    "# Vélo électrique : la ville change\n\n"
    f"Le {KEY} gagne les villes moyennes. " + paragraphs(1) + "\n\n"
    f"## Le {KEY} en chiffres\n\n" + paragraphs(3) + f" Le {KEY} séduit.\n\n"
    "## Les infrastructures\n\n" + paragraphs(3) + "\n\n"
    f"## Pourquoi le {KEY} plaît\n\n" + paragraphs(2) + "\n\n"
    "## Les limites\n\n" + paragraphs(3)
)


def test_keyphrase_checks_pass():
    markdown = with_meta(KEY_BODY, title="Vélo électrique : la ville change",
                         description=f"Le {KEY} gagne les villes moyennes : chiffres, infrastructures, raisons du succès et limites d'un mode de transport en plein essor.",
                         slug="velo-electrique-ville")
    found = alerts(markdown, keyphrase=KEY)
    assert not [check for check in found if check.startswith("keyphrase.")], found


def test_keyphrase_checks_fail():
    found = alerts(GOOD, keyphrase=KEY)
    for check in ("keyphrase.title", "keyphrase.intro", "keyphrase.subheadings", "keyphrase.description", "keyphrase.density"):
        assert check in found, check
    slug = alerts(with_meta(KEY_BODY, slug="autre-sujet"), keyphrase=KEY)["keyphrase.slug"][0]
    assert "autre-sujet" in slug.message
    title_not_first = alerts(with_meta(KEY_BODY, title="La ville et le vélo électrique"), keyphrase=KEY)["keyphrase.title"][0]
    assert title_not_first.severity == "suggestion"


def test_keyphrase_stuffing_is_an_error():
    stuffed = with_meta("# Titre\n\n" + " ".join([f"Le {KEY} est partout."] * 30))
    found = alerts(stuffed, keyphrase=KEY)["keyphrase.density"][0]
    assert found.severity == "error" and "stuffing" in found.message


def test_readability_paragraphs():
    assert "readability.paragraphs" not in alerts(GOOD)
    suggestion = alerts(with_meta("# T\n\n" + " ".join(FRENCH + FRENCH[:6])))["readability.paragraphs"][0]
    assert suggestion.severity == "suggestion"
    warning = alerts(with_meta("# T\n\n" + " ".join(FRENCH * 3)))["readability.paragraphs"][0]
    assert warning.severity == "warning" and warning.line == 8


def test_readability_sentences():
    assert "readability.sentences" not in alerts(GOOD)
    long_sentence = "Les observateurs suivent cette évolution avec beaucoup d'attention et posent de nombreuses questions sur la suite des événements dans les prochaines semaines."
    found = alerts(with_meta("# T\n\n" + " ".join([long_sentence] * 3 + FRENCH[:3])))["readability.sentences"][0]
    assert found.severity == "warning" and "50%" in found.message


def test_readability_flesch_french_formula():
    result = check_document(parse_document(GOOD), CheckSettings(language="fr"))
    assert result.stats.flesch is not None and result.stats.flesch > 50
    hard = "Les institutionnalisations administratives gouvernementales internationales complexifient considérablement l'interprétation réglementaire."
    found = alerts(with_meta("# T\n\n" + " ".join([hard] * 4)), language="fr")["readability.flesch"][0]
    assert found.severity == "warning" and "French formula" in found.message
    english = check_document(parse_document(draft(300, language="en")), CheckSettings(language="en")).stats.flesch
    assert english is not None and english != result.stats.flesch


def test_readability_beginnings():
    assert "readability.beginnings" not in alerts(GOOD)
    found = alerts(with_meta("# T\n\nIl dort. Il aboie. Il rit. Tout va bien."))["readability.beginnings"][0]
    assert found.severity == "suggestion" and "«il»" in found.message
    # An article opens many sentences in French: as in Yoast, such a sentence is known by its first two words.
    assert "readability.beginnings" not in alerts(with_meta("# T\n\nLe chat dort. Le chien aboie. Le voisin rit. Tout va bien."))
    repeated = alerts(with_meta("# T\n\nLe chat dort. Le chat mange. Le chat rit. Tout va bien."))["readability.beginnings"][0]
    assert "«le chat»" in repeated.message


SOURCE = ("Le conseil municipal a voté jeudi un budget de 10 milliards d'euros, en hausse de 1,5 % sur un an. "
          "Le maire Paul Durand a salué un texte adopté par 700 voix sur 770. ") * 2


def test_originality_copy():
    assert "originality.copy" not in alerts(GOOD, source_text=SOURCE)
    copied = alerts(with_meta("# T\n\n" + SOURCE), source_text=SOURCE)["originality.copy"][0]
    assert copied.severity == "error" and "copied from the source" in copied.message
    half = with_meta("# T\n\n" + SOURCE[: len(SOURCE) // 2] + " " + paragraphs(1))
    assert alerts(half, source_text=SOURCE)["originality.copy"][0].severity == "warning"


def test_facts_new_numbers_and_names():
    faithful = with_meta("# T\n\nLe budget atteint 10 000 000 000 d'euros, soit 1.5% de plus. Selon Paul Durand, le vote fut net : 700 sur 770.")
    assert "facts.new" not in alerts(faithful, source_text=SOURCE)
    invented = alerts(with_meta("# T\n\nLe budget atteint 12 milliards d'euros. Le préfet Jean Martin approuve."), source_text=SOURCE)["facts.new"]
    by_message = {a.message: a.severity for a in invented}
    assert by_message["number «12 milliards» does not appear in the source"] == "error"
    assert by_message["name «Jean Martin» does not appear in the source"] == "warning"
    assert all(a.line == 8 for a in invented)


def test_number_normalisation():
    values = lambda text: [value for value, _, _ in number_values(text)]
    assert values("10 milliards") == values("10 000 000 000") == [1e10]
    assert values("1,5 %") == values("1.5%") == [1.5]
    assert values("700 sur 770") == [700, 770]
    assert values("1,200 words and 1.200 mots") == [1200, 1200]


def test_links_and_images():
    found = alerts(GOOD)
    assert found["links.internal"][0].severity == "suggestion" and "links.outbound" in found
    linked = with_meta("# T\n\nVoir [notre dossier](/dossier) et [la source](https://example.org).\n\n![](photo.jpg)\n\n![Une photo](b.jpg)")
    found = alerts(linked)
    assert "links.internal" not in found and "links.outbound" not in found
    assert [a.message for a in found["images.alt"]] == ["image «photo.jpg» has no alt text"]


def test_levels_and_thresholds_configure_checks():
    found = alerts(GOOD, levels={"links": "off", "meta.description": "error"},
                   thresholds=Thresholds(description_min=200, description_max=300))
    assert "links.internal" not in found and "links.outbound" not in found
    assert found["meta.description"][0].severity == "error"


def test_sentences_abbreviations_do_not_end_a_sentence_but_words_ending_like_them_do():
    from rewriter.text import sentences

    text = ("Selon M. Dupont, le projet avance. Le Prof. Martin le confirme depuis longtemps. "
            "Une longue phrase se termine par le mot top. Suivante, avec un n°. 5 en fin.")
    assert sentences(text) == ["Selon M. Dupont, le projet avance.", "Le Prof. Martin le confirme depuis longtemps.",
                               "Une longue phrase se termine par le mot top.", "Suivante, avec un n°. 5 en fin."]
