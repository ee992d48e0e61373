"""Words shown to people, in English and French.

Check ids, JSON keys and exit codes never change with the language; only
messages and report labels do. The language comes from REWRITER_UI_LANG, else
from the locale (LC_ALL, LC_MESSAGES, LANG): editors whose system speaks
French read French.
"""

from __future__ import annotations

import os
import re

CATALOG: dict[str, dict[str, str]] = {
    # front matter
    "frontmatter.missing": {"en": "no front matter (YAML ---, TOML +++ or JSON {{ at line 1)",
                            "fr": "pas de front matter (YAML ---, TOML +++ ou JSON {{ en ligne 1)"},
    "frontmatter.not_first": {"en": "front matter does not start at line 1", "fr": "le front matter ne commence pas en ligne 1"},
    "frontmatter.syntax": {"en": "front matter is not valid {format}: {detail}", "fr": "le front matter n'est pas du {format} valide : {detail}"},
    "frontmatter.not_mapping": {"en": "front matter is not a mapping of keys to values", "fr": "le front matter n'est pas une liste de clés et de valeurs"},
    "frontmatter.no_key": {"en": "front matter has no '{name}'", "fr": "le front matter n'a pas de « {name} »"},
    # length and headings
    "length.short": {"en": "{words} words, {needed} needed ({more} more){hint}", "fr": "{words} mots, {needed} demandés (il en manque {more}){hint}"},
    "length.hint_sections": {"en": ": expand the sections {sections}", "fr": " : développez les sections {sections}"},
    "length.hint_text": {"en": ": expand the text", "fr": " : développez le texte"},
    "length.long": {"en": "{words} words, at most {allowed} allowed: cut {extra} words", "fr": "{words} mots, {allowed} au plus : retirez {extra} mots"},
    "and": {"en": " and ", "fr": " et "},
    "headings.h1": {"en": "{count} H1 headings, exactly one needed", "fr": "{count} titres H1, il en faut exactement un"},
    "headings.second_h1": {"en": "H1 in the body: the theme prints the front-matter title as the H1, so this is a second one (use ##)",
                           "fr": "H1 dans le texte : le thème affiche déjà le titre du front matter en H1, celui-ci est donc un second H1 (utilisez ##)"},
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
    "meta.no_description": {"en": "no description in the front matter: write one of {low}–{high} characters for search results",
                            "fr": "pas de description dans le front matter : écrivez-en une de {low} à {high} caractères pour les moteurs de recherche"},
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
    "report.then": {"en": "; ", "fr": " ; "},
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
    "progress.cleaning": {"en": "cleaning", "fr": "nettoyage"},
    "progress.drafting": {"en": "drafting", "fr": "rédaction"},
    "progress.checking": {"en": "checking", "fr": "vérification"},
    "progress.repairing": {"en": "repairing", "fr": "correction"},
    "progress.attempt": {"en": "attempt {attempt} of {attempts}", "fr": "essai {attempt} sur {attempts}"},
    "progress.tokens": {"en": "{count} tokens", "fr": "{count} jetons"},
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
    "baseline.written": {"en": "{path}: baseline written, {count} alerts recorded", "fr": "{path} : référence écrite, {count} alertes enregistrées"},
    "check.known": {"en": "{count} known alerts from the baseline not shown.", "fr": "{count} alertes connues de la référence non affichées."},
    "stats.files": {"en": "files", "fr": "fichiers"},
    "stats.checked": {"en": "{files} files checked.", "fr": "{files} fichiers vérifiés."},
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
    # bad input and output (files, pipeline)
    "input.decode": {"en": "{name}: cannot decode as {encoding} at byte {byte}", "fr": "{name} : impossible de décoder en {encoding} (octet {byte})"},
    "input.binary": {"en": "{name}: binary data, not text", "fr": "{name} : données binaires, pas du texte"},
    "input.folder": {"en": "{name}: is a folder, not a file", "fr": "{name} : c'est un dossier, pas un fichier"},
    "input.missing": {"en": "{name}: no such file", "fr": "{name} : fichier introuvable"},
    "input.denied": {"en": "{name}: permission denied", "fr": "{name} : accès refusé"},
    "input.unreadable": {"en": "{name}: cannot read ({reason})", "fr": "{name} : lecture impossible ({reason})"},
    "input.too_large": {"en": "{name}: {size:.1f} MB is over the {limit:.1f} MB limit (--max-bytes)",
                        "fr": "{name} : {size:.1f} Mo, au-delà de la limite de {limit:.1f} Mo (--max-bytes)"},
    "input.empty": {"en": "{name}: empty file, no article to rewrite", "fr": "{name} : fichier vide, aucun article à réécrire"},
    "input.no_text": {"en": "{name}: no article text once instructions and page noise are removed",
                      "fr": "{name} : il ne reste aucun texte d'article une fois les consignes et les parasites de la page retirés"},
    "output.exists": {"en": "{path}: already exists (use --force to overwrite)", "fr": "{path} : existe déjà (--force pour l'écraser)"},
    "output.unwritable": {"en": "{path}: cannot write ({reason})", "fr": "{path} : écriture impossible ({reason})"},
    "output.escapes": {"en": "{path}: output path escapes {root}", "fr": "{path} : le chemin de sortie sort de {root}"},
    "output.is_input": {"en": "{path}: the output would overwrite the input", "fr": "{path} : la sortie écraserait l'entrée"},
    "output.is_input_cli": {"en": "{path}: the output would overwrite the input; choose another with -o",
                            "fr": "{path} : la sortie écraserait l'entrée ; choisissez-en une autre avec -o"},
    "input.no_match": {"en": "{pattern}: no file matches this pattern", "fr": "{pattern} : aucun fichier ne correspond à ce motif"},
    "baseline.missing": {"en": "{path}: no such baseline (write it with --update-baseline)",
                         "fr": "{path} : référence introuvable (créez-la avec --update-baseline)"},
    "baseline.invalid": {"en": "{path}: not a baseline written by rewrite check --update-baseline",
                         "fr": "{path} : ce n'est pas une référence écrite par rewrite check --update-baseline"},
    "logs.open": {"en": "{path}: cannot open the run log ({error})", "fr": "{path} : impossible d'ouvrir le journal des appels ({error})"},
    "logs.read": {"en": "{path}: cannot read the run log ({error})", "fr": "{path} : impossible de lire le journal des appels ({error})"},
    "file.error": {"en": "{path}: {error}", "fr": "{path} : {error}"},
    "extract.no_article": {"en": "no article found in the page (no paragraph of text in its main content)",
                           "fr": "aucun article dans la page (pas un paragraphe de texte dans son contenu principal)"},
    "fetch.not_html": {"en": "{url}: not an HTML page ({content_type})", "fr": "{url} : pas une page HTML ({content_type})"},
    "fetch.over_limit": {"en": "{url}: over the {limit:.1f} MB limit (--max-bytes)", "fr": "{url} : au-delà de la limite de {limit:.1f} Mo (--max-bytes)"},
    "fetch.http": {"en": "{url}: HTTP {code} {reason}", "fr": "{url} : HTTP {code} {reason}"},
    "fetch.redirects": {"en": "{url}: too many redirects", "fr": "{url} : trop de redirections"},
    "fetch.timeout": {"en": "{url}: no answer within {seconds:g} s (timeout)", "fr": "{url} : pas de réponse en {seconds:g} s (délai dépassé)"},
    "fetch.slow": {"en": "{url}: the page took too long to arrive (timeout)", "fr": "{url} : la page a mis trop de temps à arriver (délai dépassé)"},
    "fetch.dns": {"en": "{url}: host not found (DNS)", "fr": "{url} : hôte introuvable (DNS)"},
    "fetch.refused": {"en": "{url}: connection refused", "fr": "{url} : connexion refusée"},
    "fetch.failed": {"en": "{url}: {reason}", "fr": "{url} : {reason}"},
    # configuration and prompt templates
    "config.site": {"en": "{where}: site must be {sites}, not '{value}'", "fr": "{where} : site doit valoir {sites}, et non « {value} »"},
    "config.fields_table": {"en": "{where}: must be a table of field lists", "fr": "{where} : doit être une table de listes de champs"},
    "config.instructions": {"en": "{path}: 'instructions' in [tool.rewriter] must be a string",
                            "fr": "{path} : « instructions » dans [tool.rewriter] doit être une chaîne de caractères"},
    "config.unknown_field": {"en": "{where}: unknown field '{key}' (use {fields})", "fr": "{where} : champ inconnu « {key} » (utilisez {fields})"},
    "config.field_list": {"en": "{where}: '{key}' must be a list of front-matter field names",
                          "fr": "{where} : « {key} » doit être une liste de noms de champs du front matter"},
    "config.toml": {"en": "{path}: invalid TOML: {error}", "fr": "{path} : TOML invalide : {error}"},
    "config.unknown_check": {"en": "{path}: unknown check '{check}' in [tool.rewriter.check.levels]",
                             "fr": "{path} : contrôle inconnu « {check} » dans [tool.rewriter.check.levels]"},
    "config.level": {"en": "{path}: level of '{check}' must be suggestion, warning, error or off, not '{level}'",
                     "fr": "{path} : le niveau de « {check} » doit être suggestion, warning, error ou off, et non « {level} »"},
    "config.threshold": {"en": "{path}: unknown or non-numeric threshold '{name}' in [tool.rewriter.check.thresholds]",
                         "fr": "{path} : seuil « {name} » inconnu ou non numérique dans [tool.rewriter.check.thresholds]"},
    "config.value": {"en": "{path}: bad value in [tool.rewriter]: {error}", "fr": "{path} : valeur incorrecte dans [tool.rewriter] : {error}"},
    "config.language": {"en": "{where}: unknown language '{value}' (use an ISO 639-1 code such as fr or en)",
                        "fr": "{where} : langue inconnue « {value} » (indiquez un code ISO 639-1, comme fr ou en)"},
    "prompts.folder": {"en": "{path}: prompts folder not found", "fr": "{path} : dossier de modèles de prompt introuvable"},
    "prompts.render": {"en": "{path}: {kind}: {error}", "fr": "{path} : {kind} : {error}"},
    # warnings on the spec and notes on the rewrite
    "spec.max_under_min": {"en": "max_words {max_words} ({max_source}) is under min_words {min_words} ({min_source}): max_words dropped",
                           "fr": "max_words {max_words} ({max_source}) est inférieur à min_words {min_words} ({min_source}) : max_words abandonné"},
    "instructions.conflict": {"en": "conflicting instructions for {name}: {first!r} then {second!r}; the last one wins",
                              "fr": "consignes contradictoires pour {name} : {first!r} puis {second!r} ; la dernière l'emporte"},
    "instructions.bound_dropped": {"en": "minimum {min_words} words is over maximum {max_words}; the earlier {bound} is dropped",
                                   "fr": "le minimum de {min_words} mots dépasse le maximum de {max_words} ; le {bound} indiqué plus tôt est abandonné"},
    "clean.removed_most": {"en": "cleaning removed {share:.0%} of the words ({kept} of {given} kept): check that the article kept is the one you meant",
                           "fr": "le nettoyage a retiré {share:.0%} des mots ({kept} sur {given} gardés) : vérifiez que l'article gardé est bien le bon"},
    "clean.mostly_links": {"en": "{share:.0%} of the words kept are link text: the page may be a list of links, not an article",
                           "fr": "{share:.0%} des mots gardés sont des textes de liens : la page est peut-être une liste de liens, pas un article"},
    "clean.two_articles": {"en": "line {line} may start a second article on another subject ({tail} words, against {head} before it): "
                                 "both were kept, remove the one you do not want",
                           "fr": "la ligne {line} commence peut-être un second article sur un autre sujet ({tail} mots, contre {head} avant) : "
                                 "les deux sont gardés, retirez celui que vous ne voulez pas"},
    "note.front_matter": {"en": "model front matter: {problem}", "fr": "front matter du modèle : {problem}"},
    "note.attempt_failed": {"en": "attempt {number} failed: {error}; kept the best earlier draft",
                            "fr": "la tentative {number} a échoué : {error} ; la meilleure version précédente est conservée"},
    # the model provider
    "provider.timeout": {"en": "no answer from {where} within {seconds:g} s (--timeout)", "fr": "pas de réponse de {where} en {seconds:g} s (--timeout)"},
    "provider.connection": {"en": "cannot connect to {where}: {cause}", "fr": "connexion impossible à {where} : {cause}"},
    "provider.failed": {"en": "model call failed: {kind}", "fr": "l'appel au modèle a échoué : {kind}"},
    "provider.auth": {"en": "{where} refused the credentials (HTTP {status}): set OPENAI_API_KEY to a valid key for this server",
                      "fr": "{where} a refusé les identifiants (HTTP {status}) : mettez dans OPENAI_API_KEY une clé valide pour ce serveur"},
    "provider.no_model": {"en": "model '{model}' was not found at {where} (HTTP 404): set REWRITER_MODEL or --model to a model the server serves",
                          "fr": "modèle « {model} » introuvable sur {where} (HTTP 404) : indiquez avec REWRITER_MODEL ou --model un modèle que ce serveur propose"},
    "provider.not_served": {"en": "model '{model}' is not served at {where} (it serves: {served}): set REWRITER_MODEL or --model",
                            "fr": "le modèle « {model} » n'est pas proposé par {where} (il propose : {served}) : réglez REWRITER_MODEL ou --model"},
    "provider.quota": {"en": "{where}: quota exhausted (insufficient_quota): check the plan and billing of this key",
                       "fr": "{where} : quota épuisé (insufficient_quota) : vérifiez l'abonnement et la facturation de cette clé"},
    "provider.context": {"en": "article too long for the model's context at {where} (HTTP {status})",
                         "fr": "article trop long pour le contexte du modèle sur {where} (HTTP {status})"},
    "provider.wait": {"en": "{where} asks to wait {seconds:.0f} s (HTTP 429): rate limit or quota reached, try later",
                      "fr": "{where} demande d'attendre {seconds:.0f} s (HTTP 429) : limite de débit ou quota atteint, réessayez plus tard"},
    "provider.rate": {"en": "{where} is rate limiting (HTTP 429)", "fr": "{where} limite le débit (HTTP 429)"},
    "provider.http": {"en": "{where} answered HTTP {status}", "fr": "{where} a répondu HTTP {status}"},
    "provider.not_completion": {"en": "{where} answered with a body that is not a chat completion ({kind})",
                                "fr": "{where} a répondu par un corps qui n'est pas une réponse de chat ({kind})"},
    "provider.no_choices": {"en": "{where} answered with no choices", "fr": "{where} a répondu sans aucun choix"},
    "provider.filtered": {"en": "{where} filtered the answer (finish_reason content_filter)",
                          "fr": "{where} a filtré la réponse (finish_reason content_filter)"},
    "provider.empty": {"en": "{where} answered with empty content", "fr": "{where} a répondu par un contenu vide"},
    "provider.finish": {"en": "{where} ended the answer with an unknown finish_reason '{finish}'",
                        "fr": "{where} a terminé la réponse par un finish_reason inconnu « {finish} »"},
    "provider.truncated": {"en": "the answer was still cut off (finish_reason length) after {count} continuations",
                           "fr": "la réponse était encore tronquée (finish_reason length) après {count} relances"},
    "provider.stream_cut": {"en": "{where} cut the stream before any content ({kind})", "fr": "{where} a coupé le flux avant tout contenu ({kind})"},
    "provider.gave_up": {"en": "{error} (gave up after {tries} tries)", "fr": "{error} (abandon après {tries} essais)"},
    # command line
    "cli.error": {"en": "rewrite: error: {message}", "fr": "rewrite : erreur : {message}"},
    "cli.note": {"en": "note: {message}", "fr": "note : {message}"},
    "cli.nothing_written": {"en": "{article}: {error}; nothing written", "fr": "{article} : {error} ; rien n'a été écrit"},
    "cli.input_format": {"en": "--input-format must be text, markdown or html, not '{value}'",
                         "fr": "--input-format doit valoir text, markdown ou html, et non « {value} »"},
    "cli.no_article": {"en": "give an article (a file, a folder, an http(s) URL or - for stdin), or --urls FILE",
                       "fr": "indiquez un article (un fichier, un dossier, une URL http(s) ou - pour l'entrée standard), ou --urls FICHIER"},
    "cli.not_url": {"en": "{path}:{line}: not an http(s) URL: {text}", "fr": "{path}:{line} : pas une URL http(s) : {text}"},
    "cli.via": {"en": "--via must be online or batch-api, not '{value}'", "fr": "--via doit valoir online ou batch-api, et non « {value} »"},
    "cli.format": {"en": "--format must be text, line, json or github, not '{value}'",
                   "fr": "--format doit valoir text, line, json ou github, et non « {value} »"},
    "cli.min_level": {"en": "--min-level must be suggestion, warning or error, not '{value}'",
                      "fr": "--min-level doit valoir suggestion, warning ou error, et non « {value} »"},
    "cli.instructions": {"en": "--instructions: {error}", "fr": "--instructions : {error}"},
    "cli.baseline_needed": {"en": "--update-baseline needs --baseline FILE", "fr": "--update-baseline demande --baseline FICHIER"},
    "cli.stats_format": {"en": "--stats works with --format text or json", "fr": "--stats ne fonctionne qu'avec --format text ou json"},
    "cli.json_stdout": {"en": "--json and an article on stdout would mix on stdout: write the article to a file with -o",
                        "fr": "--json et un article sur la sortie standard s'y mélangeraient : écrivez l'article dans un fichier avec -o"},
    "cli.batch_output": {"en": "several articles or a folder: give the output folder with -o OUTDIR",
                         "fr": "plusieurs articles ou un dossier : indiquez le dossier de sortie avec -o DOSSIER"},
    "input.no_such_path": {"en": "{path}: no such file or folder", "fr": "{path} : fichier ou dossier introuvable"},
    "cli.not_folder": {"en": "{path}: exists and is not a folder", "fr": "{path} : existe et n'est pas un dossier"},
    "cli.batch_stopped": {"en": "{error}; batch stopped, finished articles are kept (the same command resumes)",
                          "fr": "{error} ; traitement arrêté, les articles terminés sont conservés (la même commande reprend)"},
    "cli.interrupted": {"en": "interrupted: resume with: rewrite {arguments}", "fr": "interrompu : reprenez avec : rewrite {arguments}"},
    # batch progress and summary
    "batch.tokens": {"en": "{count} tokens", "fr": "{count} jetons"},
    "batch.failed_before": {"en": "{path}: failed before ({error}); use --retry-failed",
                            "fr": "{path} : déjà en échec ({error}) ; ajoutez --retry-failed pour réessayer"},
    "batch.status": {"en": "done {done} · failed {failed} · in flight {in_flight} · tokens {tokens:,}",
                     "fr": "faits {done} · en échec {failed} · en cours {in_flight} · jetons {tokens:,}"},
    "outcome.done": {"en": "done", "fr": "fait"},
    "outcome.draft": {"en": "draft", "fr": "brouillon"},
    "outcome.failed": {"en": "failed", "fr": "échec"},
    "outcome.skipped": {"en": "skipped", "fr": "sauté"},
    "summary.articles": {"en": "articles", "fr": "articles"},
    "summary.valid": {"en": "valid", "fr": "valides"},
    "summary.drafts": {"en": "drafts (errors left)", "fr": "brouillons (erreurs restantes)"},
    "summary.failed": {"en": "failed", "fr": "en échec"},
    "summary.skipped": {"en": "skipped (already done)", "fr": "sautés (déjà faits)"},
    "summary.calls": {"en": "model calls", "fr": "appels au modèle"},
    "summary.rejected": {"en": "rejected (429) / retries", "fr": "refusés (429) / nouveaux essais"},
    "summary.tokens": {"en": "tokens in / out", "fr": "jetons entrée / sortie"},
    "summary.cost": {"en": "cost", "fr": "coût"},
    "summary.duration": {"en": "duration", "fr": "durée"},
    "summary.per_minute": {"en": "articles per minute", "fr": "articles par minute"},
    "summary.tokens_value": {"en": "{tokens_in:,} / {tokens_out:,}", "fr": "{tokens_in:,} / {tokens_out:,}"},
    "summary.cost_value": {"en": "{cost:.4f}", "fr": "{cost:.4f}"},
    "summary.seconds": {"en": "{seconds:.1f} s", "fr": "{seconds:.1f} s"},
    "summary.number": {"en": "{value}", "fr": "{value}"},
    "inspect.instructions": {"en": "Instructions", "fr": "Consignes lues"},
    "inspect.no_instructions": {"en": "Instructions: none found", "fr": "Consignes : aucune trouvée"},
    "inspect.spec": {"en": "Spec", "fr": "Consignes retenues"},
    "inspect.warning": {"en": "warning: {warning}", "fr": "attention : {warning}"},
    "inspect.removed": {"en": "Removed ({count} lines)", "fr": "Lignes retirées ({count})"},
    "inspect.article": {"en": "Article", "fr": "Article"},
    "inspect.prompt": {"en": "Prompt", "fr": "Prompt"},
    "inspect.characters": {"en": "{count} characters", "fr": "{count} caractères"},
    "summary.failure": {"en": "failed: {failure}", "fr": "échec : {failure}"},
    # the review page (rewrite review, --review)
    "review.title": {"en": "Review · {name}", "fr": "Relecture · {name}"},
    "review.eyebrow": {"en": "Rewrite review", "fr": "Relecture de la réécriture"},
    "review.made_by": {"en": "engine {engine} · model {model}", "fr": "moteur {engine} · modèle {model}"},
    "review.valid": {"en": "Valid", "fr": "Valide"},
    "review.draft": {"en": "Draft: errors remain", "fr": "Brouillon : des erreurs subsistent"},
    "review.source_changed": {"en": "{name} has changed since this rewrite was made (source_sha256 differs)",
                              "fr": "{name} a changé depuis cette réécriture (source_sha256 diffère)"},
    "review.words": {"en": "Words", "fr": "Mots"},
    "review.reading_ease": {"en": "Reading ease", "fr": "Facilité de lecture"},
    "review.density": {"en": "Keyphrase density", "fr": "Densité de l'expression clé"},
    "review.copied": {"en": "Copied from source", "fr": "Copié de la source"},
    "review.checks": {"en": "Checks", "fr": "Contrôles"},
    "review.absent": {"en": "Not in the source", "fr": "Absents de la source"},
    "review.in_source": {"en": "source {value}", "fr": "source {value}"},
    "review.keyphrase": {"en": " · «{phrase}»", "fr": " · « {phrase} »"},
    "review.no_keyphrase": {"en": " · no keyphrase", "fr": " · sans expression clé"},
    "review.sequences": {"en": "8-word sequences", "fr": "suites de 8 mots"},
    "review.severities": {"en": "errors · warnings · suggestions", "fr": "erreurs · avertissements · suggestions"},
    "review.absent_kinds": {"en": "numbers · names · quotations", "fr": "nombres · noms · citations"},
    "review.number": {"en": "{value:.{digits}f}", "fr": "{value:.{digits}f}"},
    "review.percent": {"en": "{value:.{digits}f} %", "fr": "{value:.{digits}f} %"},
    "review.line": {"en": "line {line}", "fr": "ligne {line}"},
    "review.all_pass": {"en": "Every check passes.", "fr": "Tous les contrôles passent."},
    "review.spec": {"en": "Spec", "fr": "Consignes retenues"},
    "review.setting": {"en": "setting", "fr": "réglage"},
    "review.value": {"en": "value", "fr": "valeur"},
    "review.from": {"en": "from", "fr": "origine"},
    "review.instructions": {"en": "Instruction lines read ({count})", "fr": "Lignes de consigne lues ({count})"},
    "review.no_instructions": {"en": "No instruction in the article.", "fr": "Aucune consigne dans l'article."},
    "review.compare": {"en": "Source and rewrite", "fr": "Source et réécriture"},
    "review.kind.number": {"en": "number", "fr": "nombre"},
    "review.kind.name": {"en": "name", "fr": "nom"},
    "review.kind.quote": {"en": "quotation", "fr": "citation"},
    "review.legend_facts": {"en": "not found in the source", "fr": "absents de la source"},
    "review.legend_quote": {"en": "not in the source word for word", "fr": "absente mot pour mot de la source"},
    "review.mark.number": {"en": "number not found in the source", "fr": "nombre absent de la source"},
    "review.mark.name": {"en": "name not found in the source", "fr": "nom absent de la source"},
    "review.mark.quote": {"en": "quotation not found word for word in the source", "fr": "citation absente mot pour mot de la source"},
    "review.cleaned_source": {"en": "Cleaned source", "fr": "Source nettoyée"},
    "review.rewrite": {"en": "Rewrite", "fr": "Réécriture"},
    "review.kept": {"en": "{kept} lines kept from {name}, {removed} removed as noise (below).",
                    "fr": "{kept} lignes gardées de {name}, {removed} retirées comme parasites (ci-dessous)."},
    "review.noise": {"en": "Noise removed from the source: {count} lines", "fr": "Parasites retirés de la source : {count} lignes"},
    "review.line_header": {"en": "line", "fr": "ligne"},
    "review.reason": {"en": "reason", "fr": "motif"},
    "review.text": {"en": "text", "fr": "texte"},
    # rewrite logs
    "logs.empty": {"en": "no model call logged yet ({path})", "fr": "aucun appel au modèle enregistré pour l'instant ({path})"},
    "logs.latest": {"en": "{count} latest model calls ({path})", "fr": "{count} derniers appels au modèle ({path})"},
    "logs.call": {"en": "{model} at {base_url}", "fr": "{model} sur {base_url}"},
    "logs.tokens": {"en": "{tokens_in} → {tokens_out} tokens", "fr": "{tokens_in} → {tokens_out} jetons"},
    "logs.error": {"en": "error: {error}", "fr": "erreur : {error}"},
    "logs.finish": {"en": "finish {reason}", "fr": "fin : {reason}"},
    "logs.source": {"en": "source {digest}", "fr": "source {digest}"},
    "logs.details": {"en": "{messages} messages · {tokens} · {seconds:.1f} s · {outcome}",
                     "fr": "{messages} messages · {tokens} · {seconds:.1f} s · {outcome}"},
    # --help texts (cli reads them at import)
    "help.input_format": {"en": "Read the input as text, markdown or html (default: detected from the content).", "fr": "Lire l'entrée comme text, markdown ou html (par défaut : reconnu d'après le contenu)."},
    "help.urls": {"en": "Batch: a file listing http(s) URLs to rewrite, one per line.",
                  "fr": "Lot : un fichier listant des URL http(s) à réécrire, une par ligne."},
    "help.fetch_timeout": {"en": "Seconds to fetch an http(s) URL.", "fr": "Secondes pour télécharger une URL http(s)."},
    "help.instructions": {"en": "A brief for every article (TEXT, or @FILE), read like instructions in a file; instructions in the file come after it and win where both speak.", "fr": "Des consignes pour chaque article (TEXTE, ou @FICHIER), lues comme celles d'un fichier ; les consignes du fichier viennent après et l'emportent là où les deux se prononcent."},
    "help.ignore_embedded": {"en": "Read no instruction from the files (pages nobody on the team wrote).", "fr": "Ne lire aucune consigne dans les fichiers (pages qu'aucun membre de l'équipe n'a écrites)."},
    "help.site": {"en": "Site generator: hugo, jekyll, astro or plain (else site = in config).", "fr": "Générateur de site : hugo, jekyll, astro ou plain (sinon site = dans la configuration)."},
    "help.no_log": {"en": "Record no model call in the run log (rewrite logs).", "fr": "N'enregistrer aucun appel au modèle dans le journal (rewrite logs)."},
    "help.no_cache": {"en": "Call the model even for a request the run log has already answered.", "fr": "Appeler le modèle même pour une requête à laquelle le journal a déjà répondu."},
    "help.wait": {"en": "Batch: when another run works in OUTDIR, wait for it to end instead of stopping.", "fr": "Lot : si une autre exécution travaille dans OUTDIR, attendre qu'elle se termine au lieu de s'arrêter."},
    "help.logs": {"en": "List the latest model calls of the run log (time, model, tokens, duration, source).", "fr": "Lister les derniers appels au modèle du journal (heure, modèle, jetons, durée, source)."},
    "help.logs_count": {"en": "How many calls, newest first.", "fr": "Combien d'appels, les plus récents d'abord."},
    "help.review": {"en": "Write OUTPUT.review.html: the cleaned source and the rewrite side by side, checks and new facts in place.",
                    "fr": "Écrire SORTIE.review.html : la source nettoyée et la réécriture côte à côte, contrôles et faits nouveaux en place."},
    "help.review_output": {"en": "A rewrite (Markdown with front matter) made by rewrite.", "fr": "Une réécriture (Markdown avec front matter) faite par rewrite."},
    "help.review_source": {"en": "Source article (else the front matter's source, beside OUTPUT).", "fr": "Article source (sinon la source du front matter, à côté de SORTIE)."},
    "help.review_force": {"en": "Overwrite an existing review page.", "fr": "Écraser une page de relecture existante."},
    "help.review_flag": {"en": "Also write OUTPUT.review.html: source and rewrite side by side, checks in place.",
                         "fr": "Écrire aussi SORTIE.review.html : source et réécriture côte à côte, contrôles en place."},
    "cli.review_stdout": {"en": "--review needs an output file: write the article with -o FILE, not to stdout",
                          "fr": "--review demande un fichier de sortie : écrivez l'article avec -o FICHIER, pas sur la sortie standard"},
    "review.source_missing": {"en": "{path}: its source '{name}' is neither beside it nor here; pass --source FILE",
                              "fr": "{path} : sa source « {name} » n'est ni à côté ni ici ; indiquez --source FICHIER"},
    "review.no_source": {"en": "{path}: its front matter names no source; pass --source FILE",
                         "fr": "{path} : son front matter ne nomme pas de source ; indiquez --source FICHIER"},
    "help.logs_json": {"en": "The calls as a JSON list, with messages and answers.", "fr": "Les appels en liste JSON, avec messages et réponses."},
    "help.check_site": {"en": "Site conventions: hugo, jekyll, astro or plain (else site = in config, else detected from the repository).", "fr": "Conventions du site : hugo, jekyll, astro ou plain (sinon site = dans la configuration, sinon reconnues d'après le dépôt)."},
    "help.skip_drafts": {"en": "Do not check drafts (draft: true, published: false, _drafts/).", "fr": "Ne pas contrôler les brouillons (draft: true, published: false, _drafts/)."},
    "help.baseline": {"en": "Hide the alerts this file records: fail only on new ones.", "fr": "Masquer les alertes que ce fichier enregistre : n'échouer que sur les nouvelles."},
    "help.update_baseline": {"en": "Record today's alerts in the --baseline file, and exit.", "fr": "Enregistrer les alertes du jour dans le fichier --baseline, puis quitter."},
    "help.stats": {"en": "Print totals by check id (text), or add them as by_check (json).", "fr": "Afficher les totaux par identifiant de contrôle (text), ou les ajouter sous by_check (json)."},
    "help.app": {"en": "Turn raw articles into publish-ready SEO Markdown, and check articles before they are published.\n\nrewrite ARTICLE rewrites one file (or a folder: see `rewrite run --help`).",
                "fr": "Transforme des articles bruts en Markdown SEO prêt à publier, et contrôle les articles avant leur publication.\n\nrewrite ARTICLE réécrit un fichier (ou un dossier : voir `rewrite run --help`)."},
    "help.version": {"en": "Show the version.",
                    "fr": "Affiche la version."},
    "help.lang": {"en": "Language of the article (fr, en, french...).",
                 "fr": "Langue de l'article (fr, en, français…)."},
    "help.min_words": {"en": "Fewest words.",
                      "fr": "Nombre de mots minimal."},
    "help.max_words": {"en": "Most words.",
                      "fr": "Nombre de mots maximal."},
    "help.keyword": {"en": "Keyword; the first is the focus keyphrase. Repeatable.",
                    "fr": "Mot clé ; le premier est l'expression clé principale. Répétable."},
    "help.run": {"en": "Rewrite ARTICLE into publish-ready Markdown (default command).\n\nWith a folder or several files, and -o OUTDIR, rewrites every article into OUTDIR\n(mirroring folders), concurrently and resumably: a journal in OUTDIR skips finished\narticles when the same command runs again.",
                "fr": "Réécrit ARTICLE en Markdown prêt à publier (commande par défaut).\n\nAvec un dossier ou plusieurs fichiers, et -o DOSSIER, réécrit chaque article dans DOSSIER\n(en reproduisant les sous-dossiers), en parallèle et avec reprise : un journal dans DOSSIER\nsaute les articles terminés quand la même commande est relancée."},
    "help.articles": {"en": "Article file (text, Markdown or HTML), http(s) URL, folder, or - for stdin.",
                     "fr": "Fichier d'article (texte, Markdown ou HTML), URL http(s), dossier, ou - pour l'entrée standard."},
    "help.output": {"en": "Output file, - for stdout, or a folder for several articles.",
                   "fr": "Fichier de sortie, - pour la sortie standard, ou un dossier pour plusieurs articles."},
    "help.force": {"en": "Overwrite existing output files.",
                  "fr": "Écrase les fichiers de sortie existants."},
    "help.model": {"en": "Model name (else REWRITER_MODEL).",
                  "fr": "Nom du modèle (sinon REWRITER_MODEL)."},
    "help.base_url": {"en": "OpenAI-compatible server URL (else OPENAI_BASE_URL).",
                     "fr": "URL d'un serveur compatible OpenAI (sinon OPENAI_BASE_URL)."},
    "help.max_attempts": {"en": "Model drafts at most, repairs included.",
                         "fr": "Nombre maximal de versions demandées au modèle, corrections comprises."},
    "help.timeout": {"en": "Seconds per model call.",
                    "fr": "Secondes par appel au modèle."},
    "help.prompts": {"en": "Folder of templates that override the built-in ones.",
                    "fr": "Dossier de modèles de prompt qui remplacent ceux fournis."},
    "help.json": {"en": "Machine-readable report on stdout.",
                 "fr": "Rapport lisible par un programme sur la sortie standard."},
    "help.quiet": {"en": "Print errors only.",
                  "fr": "N'affiche que les erreurs."},
    "help.offline": {"en": "Use the offline engine even when a model is configured.",
                    "fr": "Utilise le moteur hors ligne même si un modèle est configuré."},
    "help.max_bytes": {"en": "Refuse input files larger than this.",
                      "fr": "Refuse les fichiers d'entrée plus gros que cette taille (en octets)."},
    "help.concurrency": {"en": "Batch: most model calls at once (adaptive below).",
                        "fr": "Lot : nombre maximal d'appels simultanés au modèle (ajusté en dessous)."},
    "help.glob": {"en": "Batch: file patterns to take (default *.txt and *.md). Repeatable.",
                 "fr": "Lot : motifs des fichiers à prendre (par défaut *.txt et *.md). Répétable."},
    "help.retry_failed": {"en": "Batch: retry articles that failed in an earlier run.",
                         "fr": "Lot : réessaie les articles en échec lors d'un passage précédent."},
    "help.rpm": {"en": "Batch: at most this many requests per minute.",
                "fr": "Lot : au plus ce nombre de requêtes par minute."},
    "help.tpm": {"en": "Batch: at most this many tokens per minute.",
                "fr": "Lot : au plus ce nombre de jetons par minute."},
    "help.price_in": {"en": "Price per million input tokens, for the cost total.",
                     "fr": "Prix par million de jetons en entrée, pour le coût total."},
    "help.price_out": {"en": "Price per million output tokens, for the cost total.",
                      "fr": "Prix par million de jetons en sortie, pour le coût total."},
    "help.via": {"en": "Batch: online (default) or batch-api (the provider's Batch API).",
                "fr": "Lot : online (par défaut) ou batch-api (l'API Batch du fournisseur)."},
    "help.poll_interval": {"en": "Batch API: first wait between polls, doubling up to 5 minutes.",
                          "fr": "API Batch : première attente entre deux interrogations, doublée jusqu'à 5 minutes."},
    "help.processes": {"en": "Batch: worker processes; 0 picks one per 8 calls at once, at most one per core.",
                      "fr": "Lot : processus de travail ; 0 en prend un pour 8 appels simultanés, au plus un par cœur."},
    "help.batch_file_requests": {"en": "Batch API: requests per uploaded file (the provider's limit: 50,000 for OpenAI).",
                                "fr": "API Batch : requêtes par fichier envoyé (limite du fournisseur : 50 000 chez OpenAI)."},
    "help.inspect": {"en": "Show the instructions, spec, cleaned article and prompt; calls no model.",
                    "fr": "Affiche les consignes, le cahier des charges retenu, l'article nettoyé et le prompt ; n'appelle aucun modèle."},
    "help.article": {"en": "Article file (text, Markdown or HTML), http(s) URL, or - for stdin.",
                    "fr": "Fichier d'article (texte, Markdown ou HTML), URL http(s), ou - pour l'entrée standard."},
    "help.inspect_json": {"en": "One JSON object on stdout.",
                         "fr": "Un objet JSON sur la sortie standard."},
    "help.clean": {"en": "Print the cleaned article text (instructions and noise removed), for scripts.",
                  "fr": "Affiche le texte nettoyé de l'article (consignes et parasites retirés), pour les scripts."},
    "help.prompts_command": {"en": "Print where the prompt templates in use live, one per line: copy them to a folder and pass --prompts.",
                            "fr": "Affiche l'emplacement des modèles de prompt utilisés, un par ligne : copiez-les dans un dossier et passez --prompts."},
    "help.check": {"en": "Check Markdown articles before publication. Exit 0: no error; 1: errors; 2: could not run.",
                  "fr": "Contrôle des articles Markdown avant publication. Code de sortie 0 : aucune erreur ; 1 : erreurs ; 2 : contrôle impossible."},
    "help.paths": {"en": "Markdown files, folders (recursive *.md), globs, or - for stdin.",
                  "fr": "Fichiers Markdown, dossiers (*.md récursif), motifs, ou - pour l'entrée standard."},
    "help.format": {"en": "text, line, json or github.",
                   "fr": "text, line, json ou github."},
    "help.min_level": {"en": "Show alerts from this level: suggestion, warning or error.",
                      "fr": "Affiche les alertes à partir de ce niveau : suggestion, warning ou error."},
    "help.source": {"en": "Source article, for originality and facts checks.",
                   "fr": "Article source, pour les contrôles d'originalité et de faits."},
    "help.config": {"en": "Config file (else the nearest rewriter.toml or pyproject.toml).",
                   "fr": "Fichier de configuration (sinon le rewriter.toml ou pyproject.toml le plus proche)."},
    "help.jobs": {"en": "Worker processes; 0 uses every core.",
                 "fr": "Processus de travail ; 0 utilise tous les cœurs."},
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
    """The message `key` in the interface language `ui`, with `values` filled in.

    Values that are messages themselves are said in the same language; French
    numbers take a decimal comma and a narrow space between thousands.
    """
    templates = CATALOG[key]
    values = {name: _localized(value, ui) for name, value in values.items()}
    return templates.get(ui, templates["en"]).format(**values)


def _localized(value: object, ui: str) -> object:
    if isinstance(value, (Phrase, SourceLabel)):
        return value.render(ui)
    if ui == "fr" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _FrenchNumber(value)
    return value


class _FrenchNumber:
    """A number formatted the French way: 1 234,5."""

    def __init__(self, value: int | float) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).replace(",", "\u202f").replace(".", ",")


class Phrase(str):
    """Words for a person, kept as their catalog key and values so that the edge
    (cli, report) says them in the reader's language.

    As a str it is the English text, so code that logs, stores or compares it
    as text is unchanged; str() of it (and of an exception carrying it) keeps it.
    """

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> "Phrase":
        message = super().__new__(cls, say(key, "en", **values))
        message.key, message.values = key, values
        return message

    def __str__(self) -> str:
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:  # pickled across batch worker processes
        return (self.key,), self.values

    def render(self, ui: str) -> str:
        return say(self.key, ui, **self.values)


class SourceLabel(str):
    """Where a spec value came from, said to a person: the plain key as a str."""

    def render(self, ui: str) -> str:
        return source_label(self, ui)


def localize(value: object, ui: str) -> str:
    """Any text for people (a Phrase, an exception carrying one, a plain str) in the language `ui`."""
    text = str(value)
    return text.render(ui) if isinstance(text, Phrase) else text


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
    from rewriter.text import LANGUAGE_LABELS  # not at import: `rewrite --help` reads this catalog

    names = FRENCH_LANGUAGE_NAMES if language == "fr" else LANGUAGE_LABELS
    return names.get(code, LANGUAGE_LABELS.get(code, code))
