"""Words shown to people, in English and French.

Check ids, JSON keys and exit codes never change with the language; only
messages and report labels do. The language comes from REWRITER_UI_LANG, else
from the locale (LC_ALL, LC_MESSAGES, LANG): editors whose system speaks
French read French.
"""

from __future__ import annotations

import os
import re

from rewriter.text import LANGUAGE_LABELS

CATALOG: dict[str, dict[str, str]] = {
    # front matter
    "frontmatter.missing": {"en": "no YAML front matter (--- at line 1)", "fr": "pas de front matter YAML (--- en ligne 1)"},
    "frontmatter.not_first": {"en": "front matter does not start at line 1", "fr": "le front matter ne commence pas en ligne 1"},
    "frontmatter.yaml": {"en": "front matter is not valid YAML", "fr": "le front matter n'est pas du YAML valide"},
    "frontmatter.not_mapping": {"en": "front matter is not a mapping of keys to values", "fr": "le front matter n'est pas une liste de clés et de valeurs"},
    "frontmatter.no_key": {"en": "front matter has no '{name}'", "fr": "le front matter n'a pas de « {name} »"},
    # length and headings
    "length.short": {"en": "{words} words, {needed} needed ({more} more){hint}", "fr": "{words} mots, {needed} demandés (il en manque {more}){hint}"},
    "length.hint_sections": {"en": ": expand the sections {sections}", "fr": " : développez les sections {sections}"},
    "length.hint_text": {"en": ": expand the text", "fr": " : développez le texte"},
    "length.long": {"en": "{words} words, at most {allowed} allowed: cut {extra} words", "fr": "{words} mots, {allowed} au plus : retirez {extra} mots"},
    "and": {"en": " and ", "fr": " et "},
    "headings.h1": {"en": "{count} H1 headings, exactly one needed", "fr": "{count} titres H1, il en faut exactement un"},
    "headings.empty": {"en": "empty H{level} heading", "fr": "titre H{level} vide"},
    "headings.skipped": {"en": "H{level} follows H{previous}: level H{missing} skipped", "fr": "H{level} après H{previous} : le niveau H{missing} est sauté"},
    "headings.none": {"en": "{words} words and no subheading: add one about every {limit} words",
                      "fr": "{words} mots sans intertitre : ajoutez-en un tous les {limit} mots environ"},
    "headings.long_section": {"en": "section «{name}» has {words} words without a subheading (at most {limit})",
                              "fr": "la section « {name} » compte {words} mots sans intertitre ({limit} au plus)"},
    "headings.long_intro": {"en": "text before the first subheading has {words} words (at most {limit})",
                            "fr": "le texte avant le premier intertitre compte {words} mots ({limit} au plus)"},
    "headings.too_few": {"en": "{count} H2 subheadings for {words} words, {wanted} needed (about one per {limit} words)",
                         "fr": "{count} intertitres H2 pour {words} mots, il en faut {wanted} (environ un tous les {limit} mots)"},
    # language and meta
    "language.other": {"en": "body is in {found} (confidence {confidence:.2f}), {wanted} expected",
                       "fr": "le texte est en {found} (confiance {confidence:.2f}), {wanted} attendu"},
    "meta.title": {"en": "title has {size} characters, at most {limit}", "fr": "le titre fait {size} caractères, {limit} au plus"},
    "meta.description": {"en": "description has {size} characters, {low}–{high} wanted", "fr": "la description fait {size} caractères, {low} à {high} attendus"},
    # keyphrase
    "keyphrase.title": {"en": "keyphrase «{phrase}» is not in the title", "fr": "l'expression clé « {phrase} » n'est pas dans le titre"},
    "keyphrase.title_start": {"en": "keyphrase «{phrase}» is in the title but not at its start",
                              "fr": "l'expression clé « {phrase} » est dans le titre, mais pas au début"},
    "keyphrase.intro": {"en": "keyphrase «{phrase}» is not in the first paragraph", "fr": "l'expression clé « {phrase} » n'est pas dans le premier paragraphe"},
    "keyphrase.subheadings": {"en": "keyphrase «{phrase}» is in {share:.0%} of H2/H3 subheadings, {low:.0%}–{high:.0%} wanted",
                              "fr": "l'expression clé « {phrase} » est dans {share:.0%} des intertitres H2/H3, {low:.0%} à {high:.0%} attendus"},
    "keyphrase.description": {"en": "keyphrase «{phrase}» is not in the description", "fr": "l'expression clé « {phrase} » n'est pas dans la description"},
    "keyphrase.slug": {"en": "keyphrase «{phrase}» is not in the slug «{slug}»", "fr": "l'expression clé « {phrase} » n'est pas dans le slug « {slug} »"},
    "keyphrase.stuffing": {"en": "keyphrase density {density:.1f}% is keyword stuffing (over {limit}%)",
                           "fr": "densité de l'expression clé {density:.1f} % : bourrage de mots clés (plus de {limit} %)"},
    "keyphrase.density": {"en": "keyphrase density {density:.1f}%, {low}–{high}% wanted", "fr": "densité de l'expression clé {density:.1f} %, {low} à {high} % attendus"},
    # readability
    "readability.paragraph_long": {"en": "paragraph of {words} words (over {limit}): split it", "fr": "paragraphe de {words} mots (plus de {limit}) : coupez-le"},
    "readability.paragraph": {"en": "paragraph of {words} words (over {limit})", "fr": "paragraphe de {words} mots (plus de {limit})"},
    "readability.sentences": {"en": "{share:.0%} of sentences have over {words} words (at most {limit:.0%})",
                              "fr": "{share:.0%} des phrases dépassent {words} mots ({limit:.0%} au plus)"},
    "readability.flesch": {"en": "reading ease {score:.0f} ({formula}) is under {limit:.0f}: use shorter sentences and words",
                           "fr": "facilité de lecture {score:.0f} ({formula}) sous {limit:.0f} : raccourcissez phrases et mots"},
    "formula.fr": {"en": "French formula", "fr": "formule française"},
    "formula.other": {"en": "Flesch formula", "fr": "formule de Flesch"},
    "readability.beginnings": {"en": "{count} sentences in a row start with «{word}»", "fr": "{count} phrases de suite commencent par « {word} »"},
    # source
    "originality.copy": {"en": "{share:.0%} of 8-word sequences are copied from the source (over {limit:.0%})",
                         "fr": "{share:.0%} des suites de 8 mots sont copiées de la source (plus de {limit:.0%})"},
    "facts.number": {"en": "number «{value}» does not appear in the source", "fr": "le nombre « {value} » n'apparaît pas dans la source"},
    "facts.name": {"en": "name «{value}» does not appear in the source", "fr": "le nom « {value} » n'apparaît pas dans la source"},
    "links.internal": {"en": "no internal link: link to a related article of your site", "fr": "aucun lien interne : liez un article proche de votre site"},
    "links.outbound": {"en": "no outbound link: cite a source", "fr": "aucun lien sortant : citez une source"},
    "images.alt": {"en": "image «{src}» has no alt text", "fr": "l'image « {src} » n'a pas de texte alternatif"},
    # report labels
    "report.valid": {"en": "valid", "fr": "valide"},
    "report.draft": {"en": "draft: errors remain", "fr": "brouillon : des erreurs subsistent"},
    "report.engine": {"en": "engine", "fr": "moteur"},
    "report.input": {"en": "input", "fr": "entrée"},
    "report.spec": {"en": "spec", "fr": "consignes"},
    "report.language": {"en": "language", "fr": "langue"},
    "report.words": {"en": "words", "fr": "mots"},
    "report.subheadings": {"en": "subheadings", "fr": "intertitres"},
    "report.yes": {"en": "yes", "fr": "oui"},
    "report.no": {"en": "no", "fr": "non"},
    "report.keywords": {"en": "keywords", "fr": "mots clés"},
    "report.keyphrase": {"en": "keyphrase", "fr": "expression clé"},
    "focus.editor": {"en": "the editor's", "fr": "donnée par l'éditeur"},
    "focus.model": {"en": "proposed by the model, found in the source", "fr": "proposée par le modèle, présente dans la source"},
    "focus.source": {"en": "derived from the source", "fr": "tirée de la source"},
    "report.asked": {"en": "asked", "fr": "demandé"},
    "report.cleaned": {"en": "cleaned", "fr": "nettoyé"},
    "report.removed": {"en": "{count} noise lines removed", "fr": "{count} lignes parasites retirées"},
    "report.model": {"en": "model", "fr": "modèle"},
    "report.drafts": {"en": "{count} draft(s), {tokens_in} tokens in, {tokens_out} out{estimated}",
                      "fr": "{count} version(s), {tokens_in} jetons en entrée, {tokens_out} en sortie{estimated}"},
    "report.estimated": {"en": " (estimated)", "fr": " (estimés)"},
    "report.cached": {"en": "; {count} answered from the run log, no model call (--no-cache to call it)",
                      "fr": "; {count} tirée(s) du journal, sans appel au modèle (--no-cache pour l'appeler)"},
    "report.result": {"en": "result", "fr": "résultat"},
    "report.result_line": {"en": "{words} words, {headings} headings, language {language} ({confidence:.2f}){flesch}",
                           "fr": "{words} mots, {headings} titres, langue {language} ({confidence:.2f}){flesch}"},
    "report.flesch": {"en": ", reading ease {score:.0f}", "fr": ", facilité de lecture {score:.0f}"},
    "report.checks": {"en": "checks", "fr": "contrôles"},
    "report.all_pass": {"en": "all error and warning checks pass", "fr": "tous les contrôles d'erreur et d'avertissement passent"},
    "report.note": {"en": "note", "fr": "note"},
    "severity.error": {"en": "error", "fr": "erreur"},
    "severity.warning": {"en": "warning", "fr": "attention"},
    "severity.suggestion": {"en": "suggestion", "fr": "suggestion"},
    "check.summary": {"en": "{errors}, {warnings} and {suggestions} in {files}.", "fr": "{errors}, {warnings} et {suggestions} dans {files}."},
    "count.error": {"en": "{n} error|{n} errors", "fr": "{n} erreur|{n} erreurs"},
    "count.warning": {"en": "{n} warning|{n} warnings", "fr": "{n} avertissement|{n} avertissements"},
    "count.suggestion": {"en": "{n} suggestion|{n} suggestions", "fr": "{n} suggestion|{n} suggestions"},
    "count.file": {"en": "{n} file|{n} files", "fr": "{n} fichier|{n} fichiers"},
    "source.cli": {"en": "command line", "fr": "ligne de commande"},
    "source.instructions": {"en": "instructions", "fr": "consignes de l'article"},
    "source.instructions (model)": {"en": "instructions, read by the model", "fr": "consignes de l'article, lues par le modèle"},
    "source.config": {"en": "config file", "fr": "fichier de configuration"},
    "instructions.ignored": {"en": "instructions embedded in the file were not read (--ignore-embedded)",
                             "fr": "les consignes écrites dans le fichier n'ont pas été lues (--ignore-embedded)"},
    "source.default": {"en": "default", "fr": "par défaut"},
    "source.default_language": {"en": "default: the source's language", "fr": "par défaut : langue de la source"},
    "source.default_length": {"en": "default: the source's {words} words, never under {floor}",
                              "fr": "par défaut : les {words} mots de la source, jamais moins de {floor}"},
    "check.stats": {"en": "{words} words, {language}{flesch}", "fr": "{words} mots, {language}{flesch}"},
    "offline.hint": {
        "en": "no model configured: used the offline engine, which restructures the article and writes no new text "
              "(so it cannot add words, translate or make the text original; originality.copy is not checked). "
              "Set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server, and REWRITER_MODEL to rewrite with a model.",
        "fr": "aucun modèle configuré : le moteur hors ligne a restructuré l'article sans écrire de texte nouveau "
              "(il ne peut ni ajouter de mots, ni traduire, ni rendre le texte original ; originality.copy n'est pas contrôlé). "
              "Définissez OPENAI_API_KEY, ou OPENAI_BASE_URL pour un serveur local, et REWRITER_MODEL pour réécrire avec un modèle.",
    },
}
# French names of languages; the English ones are text.LANGUAGE_LABELS.
FRENCH_LANGUAGE_NAMES = {"fr": "français", "en": "anglais", "es": "espagnol", "de": "allemand", "it": "italien",
                         "pt": "portugais", "nl": "néerlandais"}


def ui_language() -> str:
    """fr when REWRITER_UI_LANG or the locale says French, else en."""
    for name in ("REWRITER_UI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip().lower()
        if value:
            return "fr" if value.startswith("fr") else "en"
    return "en"


def say(key: str, ui: str = "en", /, **values: object) -> str:
    """The message `key` in the interface language `ui`, with `values` filled in."""
    templates = CATALOG[key]
    return templates.get(ui, templates["en"]).format(**values)


def count(kind: str, n: int, ui: str = "en") -> str:
    """"1 error", "2 errors"; "0 erreur", "2 erreurs" (French singular below 2)."""
    singular, plural = say(f"count.{kind}", ui, n=n).split("|")
    return singular if (n < 2 if ui == "fr" else n == 1) else plural


def source_label(source: str, ui: str = "en") -> str:
    """Where a spec value came from, for people (the JSON keeps the plain key)."""
    length = re.match(r"default \(source length (\d+) words, never under (\d+)\)", source)
    if length:
        return say("source.default_length", ui, words=length.group(1), floor=length.group(2))
    if source.startswith("default (language"):
        return say("source.default_language", ui)
    return say(f"source.{source}", ui) if f"source.{source}" in CATALOG else source


def language_name(code: str | None, language: str = "en") -> str:
    if not code:
        return "?"
    names = FRENCH_LANGUAGE_NAMES if language == "fr" else LANGUAGE_LABELS
    return names.get(code, LANGUAGE_LABELS.get(code, code))
