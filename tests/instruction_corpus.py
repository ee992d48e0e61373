"""Phrasings of editors' briefs, in English, French, Spanish, German and Italian, with what they ask.

Written before the parser was changed to read them (issue 12). Each POSITIVE text (one or more
lines) is put above an article and must be read whole as instructions, setting at least the
fields given; NEGATIVE lines are article text and must set nothing.
"about N" and a bare length N read as N ± 10 %.
"""

from __future__ import annotations

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def about(n: int) -> dict[str, int]:
    return {"min_words": round(n * 0.9), "max_words": round(n * 1.1)}


# The issue's table.
ISSUE_TABLE: list[tuple[str, dict[str, object]]] = [
    ("Rewrite in English, 600 words max, no subheadings, casual tone",
     {"language": "en", "max_words": 600, "subheadings": False, "tone": "casual"}),
    ('SEO-friendly, focus keyword "Sam Altman", write in Spanish, at least 1,200 words',
     {"seo": True, "keywords": ["Sam Altman"], "language": "es", "min_words": 1200}),
    ("Keywords: intelligenza artificiale, OpenAI. Minimum 800 words.",
     {"keywords": ["intelligenza artificiale", "OpenAI"], "min_words": 800}),
    ("mots-clés : OpenAI, Sam Altman, Microsoft ; longueur 800 à 1000 mots",
     {"keywords": ["OpenAI", "Sam Altman", "Microsoft"], "min_words": 800, "max_words": 1000}),
    ('Rewrite for SEO. Word count: 750. Keyword: "OpenAI board". Audience: tech investors.',
     {"seo": True, **about(750), "keywords": ["OpenAI board"], "audience": "tech investors"}),
    ("reformule en espagnol, 500 palabras aprox, con subtítulos", {"language": "es", **about(500), "subheadings": True}),
]

POSITIVE: list[tuple[str, dict[str, object]]] = ISSUE_TABLE + [
    # --- terse notes and bracketed lines
    ("seo, fr, 800w, h2", {"seo": True, "language": "fr", **about(800), "subheadings": True}),
    ("[SEO | FR | 1000 mots | H2/H3]", {"seo": True, "language": "fr", **about(1000), "subheadings": True}),
    ("[EN | 600-800 words | no subheadings]", {"language": "en", "min_words": 600, "max_words": 800, "subheadings": False}),
    ("ES, 900 palabras, SEO", {"language": "es", **about(900), "seo": True}),
    ("DE / 700 Wörter / Zwischenüberschriften", {"language": "de", **about(700), "subheadings": True}),
    ("it - 500 parole - seo", {"language": "it", **about(500), "seo": True}),
    ("1k words, English", {**about(1000), "language": "en"}),
    ("fr-FR, 1200 mots min", {"language": "fr", "min_words": 1200}),
    ("en-GB; 650 words", {"language": "en", **about(650)}),
    ("SEO + H2 + 900 mots", {"seo": True, "subheadings": True, **about(900)}),
    # --- polite forms and requests, five languages
    ("Could you rewrite this in German, around 700 words?", {"language": "de", **about(700)}),
    ("Merci de réécrire en anglais avec des intertitres", {"language": "en", "subheadings": True}),
    ("Könnten Sie den Text auf Englisch umschreiben, mindestens 900 Wörter?", {"language": "en", "min_words": 900}),
    ("Would you please write it in Italian?", {"language": "it"}),
    ("Pourriez-vous le rédiger en espagnol ?", {"language": "es"}),
    ("¿Puedes reescribirlo en inglés? Unas 600 palabras.", {"language": "en", **about(600)}),
    ("Por favor, escribe en francés y añade subtítulos", {"language": "fr", "subheadings": True}),
    ("Bitte auf Französisch schreiben, höchstens 800 Wörter", {"language": "fr", "max_words": 800}),
    ("Potresti riscriverlo in inglese? Circa 700 parole.", {"language": "en", **about(700)}),
    ("Per favore, scrivi in francese, con sottotitoli", {"language": "fr", "subheadings": True}),
    ("Can you make it SEO friendly?", {"seo": True}),
    ("Merci de faire 700 mots minimum", {"min_words": 700}),
    ("Pouvez-vous l'optimiser pour le référencement ?", {"seo": True}),
    ("Schreiben Sie bitte einen SEO-optimierten Text mit Zwischenüberschriften", {"seo": True, "subheadings": True}),
    ("Scrivi un articolo ottimizzato SEO di almeno 600 parole", {"seo": True, "min_words": 600}),
    ("Redacta el artículo en alemán, con un tono formal", {"language": "de", "tone": "formal"}),
    ("Riscrivi in spagnolo, senza sottotitoli", {"language": "es", "subheadings": False}),
    ("Schreib es auf Italienisch um", {"language": "it"}),
    ("I'd like it in French please, with subheadings", {"language": "fr", "subheadings": True}),
    # --- typos and missing accents
    ("francais, 600 mots, sous titres", {"language": "fr", **about(600), "subheadings": True}),
    ("reecrire en anglais, sans sous titres", {"language": "en", "subheadings": False}),
    ("mots cles : velo electrique, batterie", {"keywords": ["velo electrique", "batterie"]}),
    ("en espanol, minimo 800 palabras", {"language": "es", "min_words": 800}),
    ("auf Deutsch, mindestens 500 Woerter", {"language": "de", "min_words": 500}),
    ("in italiano, al massimo 400 parole", {"language": "it", "max_words": 400}),
    ("Write in englsh, 500 words", {"language": "en", **about(500)}),
    ("en fracais svp, 700 mots", {"language": "fr", **about(700)}),
    ("Referencement naturel, intertitre", {"seo": True, "subheadings": True}),
    # --- numbers
    ("at least 1,200 words", {"min_words": 1200}),
    ("au moins 1.200 mots", {"min_words": 1200}),
    ("au moins 1 200 mots", {"min_words": 1200}),
    (f"au moins 1{NBSP}200 mots", {"min_words": 1200}),
    (f"at least 1{THIN}500 words", {"min_words": 1500}),
    (f"pas plus de 2{NNBSP}000 mots", {"max_words": 2000}),
    ("1200 words minimum", {"min_words": 1200}),
    ("800w max", {"max_words": 800}),
    ("2k words", about(2000)),
    ("1.5k words", about(1500)),
    # --- ranges
    ("800-1000 words", {"min_words": 800, "max_words": 1000}),
    ("800–1000 words", {"min_words": 800, "max_words": 1000}),
    ("800 to 1000 words", {"min_words": 800, "max_words": 1000}),
    ("800 à 1 000 mots", {"min_words": 800, "max_words": 1000}),
    ("de 600 à 900 mots", {"min_words": 600, "max_words": 900}),
    ("entre 600 y 900 palabras", {"min_words": 600, "max_words": 900}),
    ("de 500 a 700 palabras", {"min_words": 500, "max_words": 700}),
    ("600 bis 800 Wörter", {"min_words": 600, "max_words": 800}),
    ("zwischen 500 und 700 Wörtern", {"min_words": 500, "max_words": 700}),
    ("tra 400 e 600 parole", {"min_words": 400, "max_words": 600}),
    ("da 500 a 700 parole", {"min_words": 500, "max_words": 700}),
    ("dal 500 al 700 parole", {"min_words": 500, "max_words": 700}),
    ("between 1,000 and 1,500 words", {"min_words": 1000, "max_words": 1500}),
    ("entre 1 000 et 1 500 mots", {"min_words": 1000, "max_words": 1500}),
    ("Length: 700–900 words", {"min_words": 700, "max_words": 900}),
    # --- minimum / maximum in each language
    ("minimum 900 mots", {"min_words": 900}),
    ("pas moins de 500 mots", {"min_words": 500}),
    ("al menos 500 palabras", {"min_words": 500}),
    ("como mínimo 500 palabras", {"min_words": 500}),
    ("mindestens 500 Wörter", {"min_words": 500}),
    ("almeno 500 parole", {"min_words": 500}),
    ("non meno di 500 parole", {"min_words": 500}),
    ("no more than 700 words", {"max_words": 700}),
    ("pas plus de 700 mots", {"max_words": 700}),
    ("700 mots maximum", {"max_words": 700}),
    ("como máximo 700 palabras", {"max_words": 700}),
    ("no más de 700 palabras", {"max_words": 700}),
    ("höchstens 700 Wörter", {"max_words": 700}),
    ("maximal 700 Wörter", {"max_words": 700}),
    ("al massimo 700 parole", {"max_words": 700}),
    ("non più di 700 parole", {"max_words": 700}),
    ("under 400 words", {"max_words": 400}),
    # --- about N and bare lengths
    ("about 500 words", about(500)),
    ("environ 500 mots", about(500)),
    ("~500 words", about(500)),
    ("aprox. 500 palabras", about(500)),
    ("alrededor de 500 palabras", about(500)),
    ("ungefähr 500 Wörter", about(500)),
    ("etwa 500 Wörter", about(500)),
    ("circa 500 parole", about(500)),
    ("500 mots", about(500)),
    ("500 palabras", about(500)),
    ("500 Wörter", about(500)),
    ("500 parole", about(500)),
    ("Word count: 800", about(800)),
    # --- target language
    ("in French", {"language": "fr"}),
    ("en français", {"language": "fr"}),
    ("en francés", {"language": "fr"}),
    ("auf Französisch", {"language": "fr"}),
    ("in francese", {"language": "fr"}),
    ("en alemán", {"language": "de"}),
    ("in tedesco", {"language": "de"}),
    ("auf Spanisch", {"language": "es"}),
    ("en italien", {"language": "it"}),
    ("auf Englisch", {"language": "en"}),
    ("Language: FR", {"language": "fr"}),
    ("lang: fr-FR", {"language": "fr"}),
    ("Sprache: Deutsch", {"language": "de"}),
    ("Lingua: italiano", {"language": "it"}),
    ("Idioma: español", {"language": "es"}),
    ("Langue cible : anglais", {"language": "en"}),
    ("Traduire en espagnol", {"language": "es"}),
    ("Translate into Italian", {"language": "it"}),
    ("Übersetzen ins Englische", {"language": "en"}),
    # --- subheadings and their negation
    ("with subheadings", {"subheadings": True}),
    ("avec des intertitres", {"subheadings": True}),
    ("con subtítulos", {"subheadings": True}),
    ("mit Zwischenüberschriften", {"subheadings": True}),
    ("con sottotitoli", {"subheadings": True}),
    ("Add section headers", {"subheadings": True}),
    ("no subheadings", {"subheadings": False}),
    ("sans intertitres", {"subheadings": False}),
    ("pas de sous-titres", {"subheadings": False}),
    ("sin subtítulos", {"subheadings": False}),
    ("ohne Zwischenüberschriften", {"subheadings": False}),
    ("senza sottotitoli", {"subheadings": False}),
    ("Don't use subheadings", {"subheadings": False}),
    # --- SEO
    ("Optimised for SEO", {"seo": True}),
    ("optimisé pour le référencement", {"seo": True}),
    ("optimizado para SEO", {"seo": True}),
    ("SEO-optimiert", {"seo": True}),
    ("ottimizzato per la SEO", {"seo": True}),
    ("No SEO needed", {"seo": False}),
    # --- keywords, focus first, quoted or not
    ("Keywords: electric bikes, battery, range", {"keywords": ["electric bikes", "battery", "range"]}),
    ("Palabras clave: coche eléctrico, batería", {"keywords": ["coche eléctrico", "batería"]}),
    ("Schlüsselwörter: E-Auto, Akku", {"keywords": ["E-Auto", "Akku"]}),
    ("Parole chiave: auto elettrica, batteria", {"keywords": ["auto elettrica", "batteria"]}),
    ("Focus keyword: solar panels; other keywords: energy bills, heat pump",
     {"keywords": ["solar panels", "energy bills", "heat pump"]}),
    ("Mot-clé principal : assurance auto", {"keywords": ["assurance auto"]}),
    ("Palabra clave principal: seguro de coche", {"keywords": ["seguro de coche"]}),
    ("Fokus-Keyword: Wärmepumpe", {"keywords": ["Wärmepumpe"]}),
    ("Parola chiave principale: pompa di calore", {"keywords": ["pompa di calore"]}),
    ('Keywords: "cloud gaming", "Xbox"', {"keywords": ["cloud gaming", "Xbox"]}),
    ("Use the keyword 'home insurance'", {"keywords": ["home insurance"]}),
    # --- tone
    ("Tone: formal", {"tone": "formal"}),
    ("ton : décontracté", {"tone": "décontracté"}),
    ("tono: cercano", {"tone": "cercano"}),
    ("Ton: locker", {"tone": "locker"}),
    ("tono: informale", {"tone": "informale"}),
    ("in a friendly tone", {"tone": "friendly"}),
    ("sur un ton humoristique", {"tone": "humoristique"}),
    ("con un tono divertido", {"tone": "divertido"}),
    ("in einem sachlichen Ton", {"tone": "sachlichen"}),
    ("con un tono ironico", {"tone": "ironico"}),
    # --- audience
    ("Audience: tech investors", {"audience": "tech investors"}),
    ("Public cible : étudiants en droit", {"audience": "étudiants en droit"}),
    ("Público: jóvenes padres", {"audience": "jóvenes padres"}),
    ("Zielgruppe: Eltern", {"audience": "Eltern"}),
    ("Pubblico: genitori", {"audience": "genitori"}),
    ("Target audience: small business owners", {"audience": "small business owners"}),
    # --- title
    ("Titre : Le vélo électrique séduit les seniors", {"title": "Le vélo électrique séduit les seniors"}),
    ("Title: Why heat pumps are booming", {"title": "Why heat pumps are booming"}),
    ("Título: El coche eléctrico en 2025", {"title": "El coche eléctrico en 2025"}),
    ("Titel: Die Wärmepumpe boomt", {"title": "Die Wärmepumpe boomt"}),
    ("Titolo: L'auto elettrica conviene?", {"title": "L'auto elettrica conviene?"}),
    # --- unmapped requests, kept verbatim
    ("Please keep all quotes verbatim", {"extra": ["Please keep all quotes verbatim"]}),
    ("Rewrite in English and keep the quotes", {"language": "en", "extra": ["keep the quotes"]}),
    ("en français ; citer la source à la fin", {"language": "fr", "extra": ["citer la source à la fin"]}),
    # --- several lines and blocks
    ("Instructions:\n- language: Spanish\n- words: 600-800\n- tone: neutral",
     {"language": "es", "min_words": 600, "max_words": 800, "tone": "neutral"}),
    ("Consignes :\nen anglais\n700 mots minimum", {"language": "en", "min_words": 700}),
    ("Brief: German, 500 words, SEO", {"language": "de", **about(500), "seo": True}),
    ("Notes pour le rédacteur\n- réécrire en anglais\n- au moins 800 mots\n- avec intertitres",
     {"language": "en", "min_words": 800, "subheadings": True}),
    ("INSTRUCTIONS\n- language: fr\n- length: 900 words\n- keywords: vélo, batterie",
     {"language": "fr", **about(900), "keywords": ["vélo", "batterie"]}),
    ("Note per il redattore: in inglese, 600 parole", {"language": "en", **about(600)}),
    ("Hinweise für den Autor: auf Englisch, 600 Wörter", {"language": "en", **about(600)}),
    ("Instrucciones: en inglés, 600 palabras", {"language": "en", **about(600)}),
]

NEGATIVE: list[str] = [
    "Le rapport de 700 mots publié hier a fait polémique.",
    "\"Write in English,\" the teacher told her students.",
    "SEO : les 10 erreurs à éviter en 2024",
    "Comment optimiser son référencement naturel en 5 étapes",
    "The company wrote a 1,200-word memo to staff on Monday.",
    "El presidente habló en inglés durante 20 minutos ante la prensa.",
    "Der Bericht umfasst mindestens 500 Seiten und wurde gestern veröffentlicht.",
    "Il ministro ha parlato in inglese per la prima volta.",
    "Les mots-clés les plus recherchés cette année sont « météo » et « impôts ».",
    "Keywords like 'cheap flights' drove most of the traffic last year.",
    "Sam Altman, 38 ans, a été réintégré cinq jours plus tard.",
    "« Écrivez-nous en français », a demandé le maire.",
    "Écrire en anglais reste un défi pour beaucoup de chercheurs français.",
    "En 2023, environ 800 mots nouveaux sont entrés dans le dictionnaire.",
    "Google a modifié son algorithme SEO en mars.",
    "Más de 1.200 personas asistieron al concierto.",
    "Die Zwischenüberschriften im Gesetzentwurf wurden gestrichen.",
    "Lo scrittore ha pubblicato un romanzo di 300 pagine in tedesco.",
    "Microsoft, OpenAI et Google se disputent les meilleurs chercheurs.",
    "Audience : le tribunal a renvoyé l'affaire au 12 mars.",
    "Brief history of the company: founded in 1998 in Seattle.",
    "Keep reading for the full list of winners.",
    "Write-in candidates received 1,200 votes.",
    "Il a écrit 500 mots par jour pendant dix ans.",
    "Der Autor schrieb auf Deutsch und Englisch.",
    "La escritora publicó su primera novela en francés en 1990.",
    "Pour en savoir plus, consultez notre dossier.",
    "Mindestens 500 Menschen demonstrierten am Samstag in Berlin.",
    "Almeno 300 persone hanno partecipato alla manifestazione.",
    "How to write a 500-word essay in English without stress",
    "Le tutoriel explique comment ajouter des intertitres dans WordPress.",
    "Les consignes de sécurité ont été renforcées après l'accident.",
]

# Added while generalising, after the first run (forms found by probing, not by reading failures of the sets above).
ADDED: list[tuple[str, dict[str, object]]] = [
    ("**Instructions:** rewrite in English, 700 words", {"language": "en", **about(700)}),
    ("<!-- rewrite in English, 800 words -->", {"language": "en", **about(800)}),
    ("(Note: write in German please)", {"language": "de"}),
    ("> Note: no subheadings", {"subheadings": False}),
    ("✅ SEO\n👉 800 mots", {"seo": True, **about(800)}),
    ("Write in EN, 500 words", {"language": "en", **about(500)}),
    ("+1000 mots", {"min_words": 1000}),
    ("pas besoin d'intertitres", {"subheadings": False}),
    ("Subheadings not needed", {"subheadings": False}),
    ("SEO not required, 500 words", {"seo": False, **about(500)}),
    ("Titre suggéré : La fin de l'argent facile", {"title": "La fin de l'argent facile"}),
    ("in deutscher Sprache, 500 Worte", {"language": "de", **about(500)}),
    ("Would it be possible to rewrite this in French?", {"language": "fr"}),
    ("Est-ce que tu peux le réécrire en anglais ?", {"language": "en"}),
    ("Consignes de rédaction : en anglais, 800 mots", {"language": "en", **about(800)}),
    ("Bonjour,\nMerci de réécrire en anglais, 700 mots.\nMerci !", {"language": "en", **about(700)}),
    ("Reescribe el artículo en francés, con un máximo de 700 palabras y sin subtítulos",
     {"language": "fr", "max_words": 700, "subheadings": False}),
    ("[EN] [800 words] [SEO]", {"language": "en", **about(800), "seo": True}),
    ("Keep it short (under 500 words) and in plain English", {"language": "en", "max_words": 500}),
    ('keyword: "vélo électrique", secondary keywords: batterie, autonomie', {"keywords": ["vélo électrique", "batterie", "autonomie"]}),
    ("Version anglaise, 700 mots", {"language": "en", **about(700)}),
    ("Rewrite in a more formal tone, for professionals, about 700 words",
     {"tone": "more formal", "audience": "professionals", **about(700)}),
    ("Longitud mínima: 700 palabras", {"min_words": 700}),
    ("Spanish translation, 700 words", {"language": "es", **about(700)}),
    ("Tone - friendly", {"tone": "friendly"}),
    ("Mots-clés: vélo / batterie / autonomie", {"keywords": ["vélo", "batterie", "autonomie"]}),
    ("UK English, 800 words", {"language": "en", **about(800)}),
    ("write at least 1200 words (not less), in French, with at least 3 subheadings",
     {"min_words": 1200, "language": "fr", "subheadings": True}),
    ("Ich brauche eine deutsche Version mit mindestens 800 Wörtern", {"language": "de", "min_words": 800}),
    ("Fokus-Keyword: Elektroauto; weitere Keywords: Ladestation, Reichweite", {"keywords": ["Elektroauto", "Ladestation", "Reichweite"]}),
    ("Public visé : seniors ; ton : rassurant", {"audience": "seniors", "tone": "rassurant"}),
    ("I'd like a Spanish version, 500-700 words, no headers", {"language": "es", "min_words": 500, "max_words": 700, "subheadings": False}),
    ("Keywords: Sam Altman, OpenAI and Microsoft", {"keywords": ["Sam Altman", "OpenAI", "Microsoft"]}),
    ("INSTRUCTIONS\n- H2 : non\n- SEO : oui\n- Langue : espagnol", {"subheadings": False, "seo": True, "language": "es"}),
    ("Rewrite in French, 500 words.\nActually, make it English.", {"language": "en", **about(500)}),
    ("Il testo deve essere in spagnolo, massimo 500 parole", {"language": "es", "max_words": 500}),
    ("Necesito una versión en francés de 600 a 800 palabras", {"language": "fr", "min_words": 600, "max_words": 800}),
]

# Lines a page says about itself or to its reader, found while generalising; refused at either edge.
NEGATIVE_ADDED: list[str] = [
    "Version originale en anglais",
    "Read this article in Spanish",
    "This article is also available in French.",
    "Dieser Artikel ist auch auf Englisch verfügbar.",
    "Lire l'article en anglais",
    "Publié en anglais le 3 mars",
    "Traduit de l'anglais par Marie Dupont",
    "Sections",
    "* English",
    "FOR IMMEDIATE RELEASE",
    "+ GLOBAL English",
    "+ Suomi",
    "Guide : comment écrire en anglais",
    "Search engine optimization explained",
    "Audience : l'avocat plaide la relaxe",
    "Public : le théâtre fait salle comble",
]

# Second round (issue 12, blind sets): briefs as people write them to a colleague. Chatter, e-mail
# wrappers, corrections on the next line, abbreviations and typos; written for the general forms.
CONVERSATIONAL: list[tuple[str, dict[str, object]]] = [
    # chatter around directives is neutral
    ("Hi there! Could you redo this for the newsletter? Roughly 900 words, no subheadings please. Thanks a lot!",
     {**about(900), "subheadings": False}),
    ("Great job on the last one 👍 This time: in Italian, 700 words max, upbeat tone.",
     {"language": "it", "max_words": 700, "tone": "upbeat"}),
    ("@marco quick favour: 1 000 words, SEO optimised, with subheadings pls", {**about(1000), "seo": True, "subheadings": True}),
    ("Coucou ! Tu peux me le refaire en espagnol ? 600 mots max, sans intertitres stp. Merci 🙏",
     {"language": "es", "max_words": 600, "subheadings": False}),
    ("¡Hola! Reescríbelo en inglés, aprox. 700 palabras, tono cercano. ¡Mil gracias!", {"language": "en", **about(700), "tone": "cercano"}),
    ("Servus! Bitte auf Englisch, max. 800 Wörter, freundlicher Ton. Danke dir!", {"language": "en", "max_words": 800, "tone": "freundlich"}),
    ("Ciao! Me lo riscrivi in spagnolo? Circa 600 parole, tono leggero. Grazie mille!", {"language": "es", **about(600), "tone": "leggero"}),
    # audience, tone and language phrased around a noun
    ("Rewrite in a playful tone for teenage gamers, 500 wds max", {"tone": "playful", "audience": "teenage gamers", "max_words": 500}),
    ("environ 700 mots, public retraités, ton rassurant", {**about(700), "audience": "retraités", "tone": "rassurant"}),
    ("Zielgruppe Studierende, 600 Wörter, sachlicher Ton", {"audience": "Studierende", **about(600), "tone": "sachlich"}),
    ("600 words. Dutch output, formal register.", {**about(600), "language": "nl", "tone": "formal"}),
    ("Bitte eine Fassung auf Spanisch, rund 700 Wörter", {"language": "es", **about(700)}),
    # abbreviations, typos, numbers
    ("min. 700 wds, max. 900 wds, in German", {"min_words": 700, "max_words": 900, "language": "de"}),
    ("pls rewrite in spansh, atleast 800 words, subheadigns yes", {"language": "es", "min_words": 800, "subheadings": True}),
    ("Mindestens 600, höchstens 900 Wörter, auf Italienisch", {"min_words": 600, "max_words": 900, "language": "it"}),
    ("dalle 700 alle 900 parole, in tedesco", {"min_words": 700, "max_words": 900, "language": "de"}),
    ("[SEO | DE | 900 Wörter | kw: Wärmepumpe, Förderung]", {"seo": True, "language": "de", **about(900), "keywords": ["Wärmepumpe", "Förderung"]}),
    ("Titel: Ein Sommer, der alles änderte\nHöchstens 700 Wörter, lockerer Ton", {"title": "Ein Sommer, der alles änderte", "max_words": 700}),
    # corrections on the next line: the later value wins
    ("Write it in French, 600 words.\nSorry, my mistake: Spanish, same length.", {"language": "es", **about(600)}),
    ("Ton : neutre, 800 mots.\nMise à jour : finalement ton humoristique.", {"tone": "humoristique", **about(800)}),
    ("Idioma: inglés, 700 palabras.\nCorrección: mejor en alemán.", {"language": "de", **about(700)}),
    ("In inglese, 500 parole.\nScusa, errore mio: 800 parole.", {"language": "en", **about(800)}),
    # e-mail and ticket wrappers
    ("Subject: Fwd: rail story\n\nHi Jo,\nPlease rewrite this in German, 700 words, no subheadings.\nThanks, Pat",
     {"language": "de", **about(700), "subheadings": False}),
    ("Objet : papier vélo\nBonjour Anne,\nMerci de le réécrire en anglais, environ 600 mots.\nBien à vous,\nLéa",
     {"language": "en", **about(600)}),
    ("Ticket brief (#2231): SEO article in French, 800 words, with subheadings.", {"seo": True, "language": "fr", **about(800), "subheadings": True}),
]

# Article lines that look chatty or carry a field word, refused at either edge.
NEGATIVE_CONVERSATIONAL: list[str] = [
    "Thanks to a grant of 1,200 euros, the club translated its rules into English last spring.",
    "Hi-tech firms in the region hired 800 people last year, most of them for English-speaking teams.",
    "Merci aux 300 bénévoles qui ont traduit le guide en anglais, a déclaré la présidente.",
    "Subject: the council's plan to cut 500 jobs was debated for hours.",
    "Grazie ai fondi europei, il comune ha pubblicato 900 pagine di documenti in inglese.",
    "Loved by readers, the column ran to 700 words every week in a playful tone.",
    "Danke, sagte der Bürgermeister, der die Rede auf Englisch hielt.",
    "Public profile",
    "La consigne du concours, affichée au tableau : « Écrivez 500 mots en anglais, sans intertitres. »",
    'The style guide, pinned in the newsroom: "Max 800 words, no subheadings, neutral tone."',    'Thanks to the new SEO rules, the 800-word guide now ranks first, and readers love its friendly tone.',
    "Hi, I'm Anna: I write in English and French, usually 600 words a week, with subheadings for my students.",
    'Merci pour vos messages : la version anglaise de 800 mots sortira lundi, avec des intertitres.',
    'Bonjour à tous, voici la version en anglais de notre rapport de 900 mots, sans intertitres.',
    'Gracias a todos: el informe, de 700 palabras y en inglés, está disponible con subtítulos.',
    'Danke für Ihr Interesse: Die englische Fassung mit 800 Wörtern und Zwischenüberschriften erscheint morgen.',
    'Love it or hate it, SEO copy of about 500 words in English still works for small shops.',
    'Great news for readers: our English edition, roughly 1,000 words a day, launches with subheadings.',
    'Please note: comments in English under 300 words, no links, friendly tone only.',
    'Hey readers! Our SEO guide, 1,200 words in plain English with subheadings, is free this week.',
    'Cheers to the 500 volunteers who translated the site into Spanish, formal tone and all.',
    '@cityhall tweeted: 800 words in English, no subheadings, published at noon.',
    'Merci ! Le jury attend 500 mots en français, sans intertitres, ton libre.',
    'The brief asked for 800 words in English with subheadings, but the writer delivered 400.',
    'Sorry, this article is only available in English, about 600 words.',
]

# Third round (issue 12, blind sets 3 to 7): briefs as agencies, platforms and hurried colleagues send them.
# A run of field lines with no header that says "brief", spec sheets on one line, Markdown labels in bold,
# labels with qualifiers, tone and readers said in a sentence, corrections in their own words.
THIRD_ROUND: list[tuple[str, dict[str, object]]] = [
    # a run of field lines at the edge, headed by anything or nothing
    ("Client: Bakery Lemaire\nFormat: blog article\nLength: 700 words max\nTone: cheerful\nReaders: local families",
     {"max_words": 700, "tone": "cheerful", "audience": "local families"}),
    ("Commande 7781 – Rédaction web\nLangue : allemand\nNombre de mots : 500 à 650\nMot-clé : vélo cargo",
     {"language": "de", "min_words": 500, "max_words": 650, "keywords": ["vélo cargo"]}),
    ("Encargo para redactor\nExtensión: unas 900 palabras\nTono: cercano pero serio\nLectores: autónomos",
     {**about(900), "tone": "cercano pero serio", "audience": "autónomos"}),
    ("Word target: 1,100\nSubheadings: H2 only\nSecondary keywords: rail pass; night train; sleeper cabin",
     {**about(1100), "subheadings": True, "keywords": ["rail pass", "night train", "sleeper cabin"]}),
    # spec sheets on one line: pipes, middle dots, dashes
    ("Job 5521 · Sprache: Englisch · Umfang: 1.200 Wörter · Ton: locker · SEO: ja",
     {"language": "en", **about(1200), "tone": "locker", "seo": True}),
    ("Task #88 – Content type: news explainer – Words: 400-500 – Language: Italian – SEO: no",
     {"min_words": 400, "max_words": 500, "language": "it", "seo": False}),
    ("Incarico 3310 | Lingua: francese | Parole: circa 750 | Pubblico: studenti di liceo",
     {"language": "fr", **about(750), "audience": "studenti di liceo"}),
    # Markdown labels in bold, qualifiers around the field's noun
    ("**Titre imposé :** Le train de nuit revient\n**Public visé :** voyageurs curieux\n**Longueur :** 800 mots maximum",
     {"title": "Le train de nuit revient", "audience": "voyageurs curieux", "max_words": 800}),
    ("- **Persona:** first-time renters\n- **Tone of voice:** calm and practical\n- **Word count:** 650",
     {"audience": "first-time renters", "tone": "calm and practical", **about(650)}),
    ("Vorgegebener Titel: Die Rückkehr der Nachtzüge\nGewünschte Länge: höchstens 900 Wörter",
     {"title": "Die Rückkehr der Nachtzüge", "max_words": 900}),
    ("Lingua dell'articolo: tedesco\nParole chiave correlate: treno notturno / cuccetta / Interrail",
     {"language": "de", "keywords": ["treno notturno", "cuccetta", "Interrail"]}),
    # tone and readers said in a sentence
    ("Rewrite in Spanish please, 500 words. The tone has to be light and witty.", {"language": "es", **about(500), "tone": "light and witty"}),
    ("Réécris-le en 600 mots, le ton doit rester sobre, merci.", {**about(600), "tone": "sobre"}),
    ("Reescribir en 800 palabras, el tono debe ser cercano.", {**about(800), "tone": "cercano"}),
    ("Bitte 700 Wörter, der Ton sollte sachlich bleiben.", {**about(700), "tone": "sachlich"}),
    ("Per favore in inglese, 600 parole, il tono deve essere ironico.", {"language": "en", **about(600), "tone": "ironico"}),
    ("Write it up in about 900 words; the readers are hospital nurses.", {**about(900), "audience": "hospital nurses"}),
    ("Circa 700 parole per un blog di genitori adottivi, con sottotitoli.", {**about(700), "audience": "genitori adottivi", "subheadings": True}),
    ("600 mots, je voudrais un ton chaleureux mais précis.", {**about(600), "tone": "chaleureux mais précis"}),
    # a label before a colon that names no field
    ("@nina for the rail piece: 800 words max, friendly tone.", {"max_words": 800, "tone": "friendly"}),
    ("Petite note pour Léo : en anglais, 700 mots environ.", {"language": "en", **about(700)}),
    ("Note from the desk: Spanish version, 600-700 words, no subheadings.",
     {"language": "es", "min_words": 600, "max_words": 700, "subheadings": False}),
    # corrections in their own words: the later value wins, the old figure is not asked
    ("Please write 900 words in English.\nEDIT: the client wants 1,200 words instead.", {"language": "en", **about(1200)}),
    ("Bitte 800 Wörter auf Englisch.\nÄnderung: jetzt 600 Wörter statt 800.", {"language": "en", **about(600)}),
    ("Scrivere in tedesco, 600 parole.\nNota: il cliente preferisce il francese.", {"language": "fr", **about(600)}),
    ("Écris-le en italien, 500 mots max. Ah non, plutôt en espagnol.", {"language": "es", "max_words": 500}),
    # hurried and non-native
    ("pls make it seo friendly n keep it under 600 words", {"seo": True, "max_words": 600}),
    ("Could we get a Dutch version of this, about 500 words?", {"language": "nl", **about(500)}),
    ("Traduire et adapter en portugais, au moins 800 mots.", {"language": "pt", "min_words": 800}),
    ("*** 450 words max, neutral tone ***", {"max_words": 450, "tone": "neutral"}),
    # where the text goes, greetings beside a request, titles quoted after their label
    ("Pour le journal du lycée : titre imposé « Les abeilles reviennent en ville », 400 mots maximum.",
     {"title": "Les abeilles reviennent en ville", "max_words": 400}),
    ("Para el boletín de la asociación. Entre 300 y 400 palabras, tono cercano.", {"min_words": 300, "max_words": 400, "tone": "cercano"}),
    ("Hello Sam, could you rewrite this press release for our website?\nAbout 500 words, friendly but precise tone.\nCheers, Ana",
     {**about(500), "tone": "friendly but precise"}),
    ("Übersetzung ins Spanische für den Partnerverein, höchstens 600 Wörter.", {"language": "es", "max_words": 600}),
    ("Ti chiederei di riscrivere il comunicato in inglese, circa 700 parole.", {"language": "en", **about(700)}),
    # readers with possessives, grades and ages; lists whose keywords hold a conjunction
    ("Rewrite for our volunteers and their families, under 500 words.", {"audience": "our volunteers and their families", "max_words": 500}),
    ("Réécrire pour des élèves de 5e, 300 mots, sans intertitres.", {"audience": "élèves de 5e", **about(300), "subheadings": False}),
    ("Palabras clave: pan de masa madre y centeno, harina integral", {"keywords": ["pan de masa madre y centeno", "harina integral"]}),
    ("Kannst du das auf Englisch umschreiben? Etwa 600 Wörter wären ideal.", {"language": "en", **about(600)}),
    ("Ton: ruhig, aber bestimmt. Höchstens 500 Wörter.", {"tone": "ruhig, aber bestimmt", "max_words": 500}),
    # bounds that drop their unit, titles after a copula, grades, the focus keyphrase named last
    ("Keep it under 800 words. Sorry, make that under 600.", {"max_words": 600}),
    ("P.-S. : le titre sera « Trois jours à vélo ». Environ 500 mots.", {"title": "Trois jours à vélo", **about(500)}),
    ("Der Titel soll „Ein Dorf liest“ sein, höchstens 400 Wörter.", {"title": "Ein Dorf liest", "max_words": 400}),
    ("Leser sind Schüler der 8. bis 10. Klasse, Ton sachlich, maximal 450 Wörter.",
     {"audience": "Schüler der 8. bis 10. Klasse", "tone": "sachlich", "max_words": 450}),
    ("Keywords: bike lanes, city budget; focus keyword: cycling in Lyon", {"keywords": ["cycling in Lyon", "bike lanes", "city budget"]}),
    ("[09:15] Léa : tu peux le passer en anglais ? 600 mots max", {"language": "en", "max_words": 600}),
    # the focus named in words after the list, a labelled audience over a guessed one, a word that orders the list
    ("Keywords: night trains, sleeper cabins, Interrail. Make Interrail the focus keyword.",
     {"keywords": ["Interrail", "night trains", "sleeper cabins"]}),
    ("Mots-clés : vélo cargo, livraison, Lyon (le principal est « livraison »)", {"keywords": ["livraison", "vélo cargo", "Lyon"]}),
    ("Público: familias jóvenes. Tono alegre, en inglés para nuestra oficina de Londres.",
     {"audience": "familias jóvenes", "tone": "alegre", "language": "en"}),
    ("Keywords: bike lanes; then: cycle paths, safe routes", {"keywords": ["bike lanes", "cycle paths", "safe routes"]}),
]

# Article lines that borrow a brief's words, refused at either edge.
NEGATIVE_THIRD_ROUND: list[str] = [
    "Écrire en anglais et dans un ton juste : le défi des traducteurs de la BD franco-belge",
    "Scrivere in inglese con tono leggero: come ci riescono gli studenti del liceo di Bari",
    "Kinder von 6 bis 10 Jahren lesen im Schnitt 20 Minuten am Tag, sagt die Stiftung.",
    "Campamento para niños de 8 a 12 años, con talleres en inglés.",
    "Audience: the minister was questioned for two hours by the committee",
    "Client : la société a perdu 300 clients en anglais et en allemand l'an dernier",
    "Register Sign in",
    "Tone deaf: how the campaign lost 800 voters in a week",
    "The readers are not fooled, the editor wrote in a 700-word column.",
    "Franchise, franchisé, franchiseur : le vocabulaire du commerce en réseau",
    "Für die Vereinszeitung waren 500 Wörter auf Englisch geplant, sagte der Vorsitzende.",
    "Référencement : les commerçants misent sur Google pour attirer 300 clients de plus",
]

# Fourth round: search engines named in each language, Italian articulated prepositions, and the brief's addressee
# (who is not its reader).
FOURTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Optimise this piece for the search engines, 900 words, subheadings please",
     {"seo": True, **about(900), "subheadings": True}),
    ("Merci de rendre ce billet visible sur les moteurs de recherche, en anglais, 600 mots maximum",
     {"seo": True, "language": "en", "max_words": 600}),
    ("Optimiza el artículo para los buscadores, en francés, mínimo 700 palabras",
     {"seo": True, "language": "fr", "min_words": 700}),
    ("Für Suchmaschinen optimieren, auf Italienisch, höchstens 500 Wörter",
     {"seo": True, "language": "it", "max_words": 500}),
    ("Visibilità sui motori di ricerca, in tedesco, almeno 800 parole",
     {"seo": True, "language": "de", "min_words": 800}),
    ("Lunghezza: 1.000 parole\nLingua: inglese\nSì ai titoletti",
     {**about(1000), "language": "en", "subheadings": True}),
    ("Riscrivi nel tono dei nostri post, con sottotitoli, al massimo 700 parole",
     {"subheadings": True, "max_words": 700}),
    ("Notes for the copywriter: 700 words, friendly tone, for first-time home buyers",
     {**about(700), "tone": "friendly", "audience": "first-time home buyers"}),
    ("Consignes pour le rédacteur : 800 mots, ton posé, en espagnol",
     {**about(800), "tone": "posé", "language": "es"}),
]

NEGATIVE_FOURTH_ROUND: list[str] = [
    "Les moteurs de recherche ont changé la façon dont 500 commerçants trouvent leurs clients",
    "Sì ai sottotitoli in classe: la scuola di Varese sperimenta i film in lingua originale",
    "Notes for the writer of the year award were read aloud by the mayor at 7 pm.",
]

# Fourth round, second part: remarks in parentheses after a label, field names listed in a headline, keyword labels
# qualified by SEO or run together, rows pasted from a spreadsheet, and "keep it …" with two tone words.
FOURTH_ROUND += [
    ("Headline (approved by legal): Why Our Town Needs a Second Bridge\nLength: 600 words",
     {"title": "Why Our Town Needs a Second Bridge", **about(600)}),
    ("Titre (ne pas modifier) : Les secrets du pain au levain\nLongueur : 900 mots",
     {"title": "Les secrets du pain au levain", **about(900)}),
    ("SEO keywords: cargo bike, e-bike tax credit\nMain keyword: family cargo bike",
     {"seo": True, "keywords": ["family cargo bike", "cargo bike", "e-bike tax credit"]}),
    ("Parole chiave SEO – principale: bici elettrica; secondarie: incentivi, ricarica",
     {"seo": True, "keywords": ["bici elettrica", "incentivi", "ricarica"]}),
    ("Language\tSpanish\nLength\t700 words\nMain keyword\tcasa rural",
     {"language": "es", **about(700), "keywords": ["casa rural"]}),
    ("Rewrite it in French, max 800 words, keep it friendly but professional",
     {"language": "fr", "max_words": 800, "tone": "friendly but professional"}),
]

NEGATIVE_FOURTH_ROUND += [
    "Tone, audience and keywords: what the best shop newsletters get right",
    "Titel, Zielgruppe und Länge: So planen Vereine ihre Pressearbeit",
]

# Fourth round, third part: a line that corrects itself, and an emoji between two thoughts.
FOURTH_ROUND += [
    ("Around 600 words... actually no, make that 900 words please, the client wants more depth",
     {**about(900)}),
    ("Unas 500 palabras, bueno no, mejor 800 palabras, que el cliente quiere más",
     {**about(800)}),
    ("c'est pour la page de ma boulangerie 🥐 ton chaleureux, environ 400 mots merci",
     {"tone": "chaleureux", **about(400)}),
]

NEGATIVE_FOURTH_ROUND += [
    "Il avait promis 1 000 mots, finalement il en a rendu 1 500 à la rédaction.",
    "Er wollte 500 Wörter schreiben, lieber wurden es am Ende 800.",
]
FOURTH_ROUND += [
    ("JOB #2291 – Web copy for Lakeside Camping\nLength: 500 words\nTone: cheerful\nReaders: families with small children",
     {**about(500), "tone": "cheerful", "audience": "families with small children"}),
]

# Fourth round, fourth part: a tag in brackets, greetings to a group, rewriting verbs said to several people,
# "the word count has changed", a correction that names only the new tone.
FOURTH_ROUND += [
    ("[BRIEF] Langue : italien | Longueur : 600 mots | Ton : sobre",
     {"language": "it", **about(600), "tone": "sobre"}),
    ("Chers collègues,\nmerci de réécrire ce texte en espagnol, 700 mots maximum.\nBonne journée",
     {"language": "es", "max_words": 700}),
    ("Estimados compañeros:\nreescriban la nota en inglés, con subtítulos, unas 500 palabras.\nSaludos",
     {"language": "en", "subheadings": True, **about(500)}),
    ("Length: 800 words. Tone: neutral.\nEDIT: sorry, the length has changed, please aim for 1,200 words instead.",
     {**about(1200), "tone": "neutral"}),
    ("Longitud: 600 palabras. Tono: formal.\nCambio: el tono ha cambiado, mejor cercano.",
     {**about(600), "tone": "cercano"}),
]
FOURTH_ROUND += [
    ("Background: we run twelve garden centres in Kent and want more visitors from our blog.\nRequirements:\n1. About 700 words\n2. Tone: practical\n3. Audience: weekend gardeners",
     {**about(700), "tone": "practical", "audience": "weekend gardeners"}),
    ("Contesto: siamo una catena di 30 librerie in Toscana.\nRichieste:\n- circa 600 parole\n- pubblico: lettori tra 20 e 35 anni\n- con sottotitoli",
     {**about(600), "audience": "lettori tra 20 e 35 anni", "subheadings": True}),
    ("Zielgruppe: Eltern zwischen 30 und 45\nUmfang: 500 Wörter",
     {"audience": "Eltern zwischen 30 und 45", **about(500)}),
]
NEGATIVE_FOURTH_ROUND += [
    "Contexte : la commune a perdu 300 habitants en dix ans, selon l'Insee.",
]

# Fourth round, fifth part: a brief sent as a letter, its paragraphs between greeting and sign-off.
FOURTH_ROUND += [
    ("Hi Jo,\n\nHope the move went well! We're refreshing the cycling club's website and this is the first piece.\n\n"
     "What we need:\n- 700 to 900 words\n- a few subheadings\n- tone: upbeat\n\nCheers,\nMaya",
     {"min_words": 700, "max_words": 900, "subheadings": True, "tone": "upbeat"}),
    ("Bonjour Léa,\n\nComme convenu, voici le texte pour la lettre d'information de la mairie.\n\n"
     "Il faudrait une version d'environ 500 mots, sans intertitres, au ton simple.\n\nBien cordialement,\nPaul Girard",
     {**about(500), "subheadings": False, "tone": "simple"}),
]

NEGATIVE_FOURTH_ROUND += [
    "Chers habitants,\n\nLe conseil municipal vous remercie pour votre participation.\n\nCordialement,\nLe maire",
]
FOURTH_ROUND += [
    ("Necesitamos este artículo en alemán, como máximo 600 palabras, con subtítulos.",
     {"language": "de", "max_words": 600, "subheadings": True}),
]
NEGATIVE_FOURTH_ROUND += [
    "The contest asks entrants for a short story of at most 800 words, written in English, in a humorous tone.",
    "La convocatoria exige a los participantes un relato de máximo 1.000 palabras, escrito en castellano.",
]

# Fifth round: formal briefs whose subject is the text to write ("le texte devra…", "Der Beitrag ist … zu verfassen"),
# limits said with a verb ("ne pas dépasser", "nicht länger als", "N Wörter nicht überschreiten"), subheadings refused
# after their noun, arrows to a language, task notes ("à passer en…", "da accorciare"), where the text goes
# ("pour le site international"), "For:" as a label, tones joined by "&", readers described by what they did.
FIFTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Consigne de la direction : l'article devra être écrit en anglais et ne pas dépasser 650 mots. "
     "Il s'adressera aux investisseurs particuliers et adoptera un ton pédagogique.",
     {"language": "en", "max_words": 650, "audience": "investisseurs particuliers", "tone": "pédagogique"}),
    ("Compliance note: the final text must be written in German, between 400 and 600 words. Subheadings are not to be used.",
     {"language": "de", "min_words": 400, "max_words": 600, "subheadings": False}),
    ("Vorgabe der Redaktion: Der Text ist auf Englisch zu schreiben und darf 550 Wörter nicht überschreiten.",
     {"language": "en", "max_words": 550}),
    ("Nota de dirección: el artículo deberá escribirse en italiano, sin superar las 900 palabras, con un tono sobrio.",
     {"language": "it", "max_words": 900, "tone": "sobrio"}),
    ("Avviso della redazione: il testo dovrà essere scritto in spagnolo, almeno 500 parole, senza titoli intermedi.",
     {"language": "es", "min_words": 500, "subheadings": False}),
    ("quick one: translate → DE, ~500w, no subheads", {"language": "de", **about(500), "subheadings": False}),
    ("à raccourcir pour la newsletter du lundi, 300 mots max, en espagnol", {"max_words": 300, "language": "es"}),
    ("da passare in inglese per il sito internazionale, massimo 700 parole", {"language": "en", "max_words": 700}),
    ("Quiero el texto en alemán, nicht länger als 800 Wörter, sin subtítulos", {"language": "de", "max_words": 800, "subheadings": False}),
    ("Headline: The Ferry Is Back\nFor: commuters on the east bank\nWords: 450",
     {"title": "The Ferry Is Back", "audience": "commuters on the east bank", **about(450)}),
    ("In English please, tone calm & reassuring, 600 words max", {"language": "en", "tone": "calm & reassuring", "max_words": 600}),
    ("Zielgruppe: Menschen, die noch nie einen Marathon gelaufen sind\nLänge: 700 Wörter",
     {"audience": "Menschen, die noch nie einen Marathon gelaufen sind", **about(700)}),
    ("Some background: the client sells garden tools to beginners. They want it under 500 words, in a friendly tone, "
     "for retired first-time gardeners.",
     {"max_words": 500, "tone": "friendly", "audience": "retired first-time gardeners"}),
]
NEGATIVE_FIFTH_ROUND: list[str] = [
    "Editor's note: An earlier version of this story was published in Spanish and has been updated with new figures.",
    "Le texte devra être voté par le Sénat avant l'été, a indiqué le ministre.",
    "Der Text ist seit gestern im Amtsblatt veröffentlicht und umfasst 40 Seiten.",
]

# Fifth round, second part: an SEO sheet whose labels the tables do not know ("Search intent", "Slug"), the one who
# orders the text and what they want ("the boss wants it in Spanish"), "nada de", a sign-off at the end of the brief's
# own line and a sender with a role, readers aimed at ("viser un lectorat de…"), the kind of text ("Short explainer").
FIFTH_ROUND += [
    ("Content brief – heat pumps\nSearch intent: commercial\nFocus keyphrase: air source heat pump\nSecondary keywords: heat pump grant, "
     "running costs\nSlug: /air-source-heat-pump\nInternal links: 2 to the grants page\nReaders: homeowners over 50\nWords: 900-1,100",
     {"keywords": ["air source heat pump", "heat pump grant", "running costs"], "audience": "homeowners over 50",
      "min_words": 900, "max_words": 1100}),
    ("- Suchintention: informativ\n- Fokus-Keyword: Balkonkraftwerk\n- Umfang: höchstens 800 Wörter\n- Meta-Beschreibung: 150 Zeichen\n- Ton: locker",
     {"keywords": ["Balkonkraftwerk"], "max_words": 800, "tone": "locker"}),
    ("Target: young couples buying their first flat\nLength: 600 words", {"audience": "young couples buying their first flat", **about(600)}),
    ("The editor wants it in Spanish, 700 words at most.", {"language": "es", "max_words": 700}),
    ("La rédactrice en chef veut le papier en allemand, au moins 400 mots.", {"language": "de", "min_words": 400}),
    ("Versión breve, 300-400 palabras, nada de negritas ni de subtítulos", {"min_words": 300, "max_words": 400, "subheadings": False}),
    ("Can you put this into Italian, about 600 words? Many thanks,\nPriya (digital desk)", {"language": "it", **about(600)}),
    ("Bitte auf Französisch umschreiben, maximal 500 Wörter.\nFreundliche Grüsse\nAnna Keller, Auslandredaktion",
     {"language": "fr", "max_words": 500}),
    ("Merci de viser un lectorat de jeunes retraités, ton léger, environ 700 mots.",
     {"audience": "jeunes retraités", "tone": "léger", **about(700)}),
    ("Short explainer, no more than 500 words, subheadings please.", {"max_words": 500, "subheadings": True}),
]
NEGATIVE_FIFTH_ROUND += [
    "Source: AFP\nPhoto: Jean Martin",
    "The editor wants readers to know that the mayor has resigned, the council said on Monday.",
    "Interview: « Nous voulons 500 logements en plus », affirme la maire.",
]

# Fifth round, third part: localisation briefs. The source language is not the target ("Source: en-US / Target: fr-CA",
# "fonte en-GB, destinazione it-IT"), locale codes in any case ("Versión es-AR"), a language label whose value goes on
# ("Zielsprache: Deutsch (de-AT), …"), the translator's remarks (glossary, style guide, names kept as they are),
# "keep X in English" (not the target), a checklist line ("[ ] H2 for each section"), rhetorical questions and headlines.
FIFTH_ROUND += [
    ("Source: de-DE / Target: en-GB\nMax 400 words (magazine layout).", {"language": "en", "max_words": 400}),
    ("Quelle : en-US → cible : it-IT. Environ 600 mots.", {"language": "it", **about(600)}),
    ("Nota del traduttore: fonte fr-FR, destinazione es-ES. Tono: sobrio. Circa 500 parole.",
     {"language": "es", "tone": "sobrio", **about(500)}),
    ("Variante pt-BR, 700 palabras.", {"language": "pt", **about(700)}),
    ("Zielsprache: Englisch (en-US), amerikanische Schreibweise laut Styleguide. Höchstens 900 Wörter.",
     {"language": "en", "max_words": 900}),
    ("Langue d'arrivée : italien (it-IT), conventions suisses selon le guide de style (guillemets, CHF). 800 mots environ.",
     {"language": "it", **about(800)}),
    ("Localisation notes:\n- target is fr-CA, for the Quebec market\n- keep 'EcoBox' and 'GreenPass' in English (brand names)\n- 500-700 words",
     {"language": "fr", "min_words": 500, "max_words": 700}),
    ("Prep list:\n[ ] around 900 words\n[ ] one H2 per product\n[ ] relaxed, helpful tone",
     {**about(900), "subheadings": True, "tone": "relaxed, helpful"}),
]
NEGATIVE_FIFTH_ROUND += [
    "Écrire 1 000 mots en anglais sans intertitres ? C'est le pari de ces étudiants, raconte leur professeure.",
    "SEO, Keywords, Zwischenüberschriften: Wie Lokalzeitungen ihre Online-Texte neu erfinden – ein Überblick.",
    "Quelle: dpa",
]

# Sixth round: briefs written as data (a JSON object, named or nested; YAML; an INI section; a spreadsheet's header
# and row; a Markdown table), numbers spelled in words, a brief forwarded in a mail thread, "same tone", a signature
# with the sender's role, three-letter language codes, "1,2k–1,5k", keywords between pipes in a tag, an H1 label,
# readers after "the target is", a length said as a wish ("would be perfect").
SIXTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ('{"language": "de", "words": {"min": 600, "max": 800}, "tone": "locker", "audience": "Radfahrer in der Stadt"}',
     {"language": "de", "min_words": 600, "max_words": 800, "tone": "locker", "audience": "Radfahrer in der Stadt"}),
    ('settings = {"lang": "it", "len": "500-700", "h2": false}', {"language": "it", "min_words": 500, "max_words": 700, "subheadings": False}),
    ('{\n  "idioma": "pt",\n  "seo": {"enabled": true, "focus": "bicicleta elétrica", "secondary": ["autonomia", "preço"]},\n'
     '  "titulo": "Vale a pena? O que muda em 2025"\n}',
     {"language": "pt", "seo": True, "keywords": ["bicicleta elétrica", "autonomia", "preço"], "title": "Vale a pena? O que muda em 2025"}),
    ("```yaml\nlanguage: english\nmin_words: 900\nkeywords:\n  - heat pump grants\n  - insulation\n```",
     {"language": "en", "min_words": 900, "keywords": ["heat pump grants", "insulation"]}),
    ("[brief]\nlangue = espagnol\nmots_max = 650\nton = chaleureux", {"language": "es", "max_words": 650, "tone": "chaleureux"}),
    ("Idioma\tPalabras\tTono\tPúblico\nFR\t800\tsereno\tfamilias con niños",
     {"language": "fr", **about(800), "tone": "sereno", "audience": "familias con niños"}),
    ("| Sprache | Wörter | Ton |\n|---|---|---|\n| Englisch | 700–900 | sachlich |",
     {"language": "en", "min_words": 700, "max_words": 900, "tone": "sachlich"}),
    ("Réécris en anglais, huit cents mots environ.", {"language": "en", **about(800)}),
    ("Reescribe en italiano, unas mil doscientas palabras.", {"language": "it", **about(1200)}),
    ("Bitte auf Spanisch, höchstens sechshundert Wörter.", {"language": "es", "max_words": 600}),
    ("Rewrite it in French, no more than seven hundred and fifty words.", {"language": "fr", "max_words": 750}),
    ("> Max 600 words, in German please.\n> Thanks, Ana", {"language": "de", "max_words": 600}),
    ("Same tone as last week, 500 words, in Italian.", {**about(500), "language": "it"}),
    ("Hi Tom,\nPlease rewrite this in Spanish, 700-800 words, friendly tone.\nBest regards,\nClara Weiss\nSenior Editor\nNorthwind Media",
     {"language": "es", "min_words": 700, "max_words": 800, "tone": "friendly"}),
    ("language: ENG\nwords: 600 max\nH2: yes", {"language": "en", "max_words": 600, "subheadings": True}),
    ("Wordcount: 1,2k–1,5k\nSprache: Deutsch", {"min_words": 1200, "max_words": 1500, "language": "de"}),
    ("[EN][900 words][SEO]\n[KW: remote work tools | async meetings | focus time]",
     {"language": "en", **about(900), "seo": True, "keywords": ["remote work tools", "async meetings", "focus time"]}),
    ("Título H1: Cómo elegir una bici eléctrica\nPalabras: 1.000\nIdioma: español",
     {"title": "Cómo elegir una bici eléctrica", **about(1000), "language": "es"}),
    ("Please write it in Italian, 800 words; the target is retired teachers.", {"language": "it", **about(800), "audience": "retired teachers"}),
    ("Could you put this into German? Something between 600 and 700 words would be great.",
     {"language": "de", "min_words": 600, "max_words": 700}),
    ("Il faudrait un titre nouveau : Le vélo, grand gagnant de l'été\nEn français, 600 mots.",
     {"title": "Le vélo, grand gagnant de l'été", "language": "fr", **about(600)}),
]
NEGATIVE_SIXTH_ROUND: list[str] = [
    "server:\n  port: 8080\n  timeout: 30\nlogging:\n  level: debug",
    '{"status": "ok", "items": 3, "updated": "2024-05-02"}',
    "Région\tVentes\tCroissance\nNord\t1200\t4 %\nSud\t900\t2 %",
    "About the author: Maria Lopez writes about food in Spanish and English for younger readers.",
    "À propos de l'auteure : Claire Martin couvre la politique locale en français et en anglais depuis 2015.",
    "Deux cents mots de plus ont été ajoutés au règlement, a expliqué le maire.",
]

# A brief written as the first paragraph of the file, set off from the article by a blank line: beside its fields,
# lines the tables do not know (who the client is, how to address the reader, "any question, ask me").
PARAGRAPH_BRIEFS: list[tuple[str, dict[str, object]]] = [
    ("Kunde ist ein Weingut an der Mosel, der Text geht auf die neue Website.\nSprache: Englisch\nmind. 700 Wörter\n"
     "Ton: herzlich und kompetent\nDen Leser duzen",
     {"language": "en", "min_words": 700, "tone": "herzlich und kompetent"}),
    ("PEDIDO PARA REDACTORA\n1) Reescribir en catalán... no, en castellano\n2) máx. 500 palabras\n3) Tono: cercano\n4) Tutear al lector\n"
     "Cualquier cosa me dices",
     {"language": "es", "max_words": 500, "tone": "cercano"}),
    ("<!--\nNote for the writer:\nrewrite in French, 800 words max\naudience: small business owners\n-->",
     {"language": "fr", "max_words": 800, "audience": "small business owners"}),
]

# Seventh round: corrections of a length said with a bare figure ("Actually make it 700", "anzi, non oltre 500"),
# "1k5", a word budget and a recommended length, dash labels whose value runs on past commas, removing the
# subheadings, "calm in tone", the source said in a clause of its own ("(le texte est en anglais)"), Swiss
# greetings, "pas plus que", readers after "un public de", a title with its parentheses.
SEVENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Rewrite in English, 900 words. Actually make it 700, the page is short.", {"language": "en", **about(700)}),
    ("Scrivi in spagnolo circa 600 parole. Anzi, non oltre 500 parole.", {"language": "es", "max_words": 500}),
    ("genre 1k5 mots, en anglais", {**about(1500), "language": "en"}),
    ("Word budget - 1,200\nLanguage - EN", {**about(1200), "language": "en"}),
    ("Nombre de mots recommandé : 900\nLangue : anglais", {**about(900), "language": "en"}),
    ("Lingua - tedesco\nParole - 800\nTitolo - Autunno in città, guida ai mercatini",
     {"language": "de", **about(800), "title": "Autunno in città, guida ai mercatini"}),
    ("Traduis en allemand (le texte est en anglais), supprime les intertitres, 500 mots max.",
     {"language": "de", "subheadings": False, "max_words": 500}),
    ("Grüezi mitenand\nBitte auf Englisch, max. 400 Wörter.\nMerci vielmal, Reto", {"language": "en", "max_words": 400}),
    ("pas plus que 700 mots, en espagnol", {"max_words": 700, "language": "es"}),
    ("Tonalitaet: sachlich, vertrauenswuerdig\nSprache: Englisch", {"tone": "sachlich, vertrauenswuerdig", "language": "en"}),
    ("Le public visé : artisans du bâtiment. En anglais, 800 mots.", {"audience": "artisans du bâtiment", "language": "en", **about(800)}),
    ("Réécris pour un public d'enseignants, en italien, 600 mots.", {"audience": "enseignants", "language": "it", **about(600)}),
    ("Titre : Le vélo cargo (et pourquoi il séduit)\nEn français, 700 mots",
     {"title": "Le vélo cargo (et pourquoi il séduit)", "language": "fr", **about(700)}),
]
NEGATIVE_SEVENTH_ROUND: list[str] = [
    "Le texte est en anglais, a précisé l'éditeur, et sera traduit à l'automne.",
    "\"Actually, make it 800 more seats,\" the mayor told the council.",
    "Pas plus que 700 personnes ont assisté au concert, selon les organisateurs.",
]
SEVENTH_ROUND += [
    ("Could you write a Spanish (Mexico) version, about 600 words?", {"language": "es", **about(600)}),
    ("Bitte auf Hochdeutsch, höchstens 500 Wörter.", {"language": "de", "max_words": 500}),
    ("Dear colleague,\nPlease produce an Italian version of the article below, 700-800 words.\nMany thanks,\n"
     "Regional Health Partnership – Communications Unit", {"language": "it", "min_words": 700, "max_words": 800}),
]
SEVENTH_ROUND += [
    ("**SEO:** yes — focus keyword `heat pumps`, secondary: `grants`, `running costs`\n**Length:** 800 words",
     {"seo": True, "keywords": ["heat pumps", "grants", "running costs"], **about(800)}),
]
NEGATIVE_SEVENTH_ROUND += [
    "| Langue | Articles | Mots par article |\n|---|---|---|\n| Français | 1 240 | 780 |\n| Anglais | 980 | 650 |\n| Espagnol | 310 | 720 |",
]

# Tenth round: forms a blind set (set H, 70 cases, 68 read right at the first try) found missed.
# A label opening a bracketed note does not keep the closing bracket in its last clause; a name that ends
# with an apostrophe keeps it when no quote mark opened it.
TENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("[Note for the writer: 500-600 words, no subheadings, US English]", {"language": "en", "min_words": 500, "max_words": 600, "subheadings": False}),
    ("[Consignes : 700 mots, ton léger]", {**about(700), "tone": "léger"}),
    ("Mots-clés : prime à la conversion, Crit'Air, Ma Prim'", {"keywords": ["prime à la conversion", "Crit'Air", "Ma Prim'"]}),
    ("Keywords: 'heat pump', 'grants'", {"keywords": ["heat pump", "grants"]}),
]

# Eleventh round: a blind set of messy real-world shapes (set I, 70 cases, 56 read right at the first try) found
# these forms missed; the phrasings below are mine. A chat tool's header ("Name  10:42", "[10:42] Name") goes with
# the message under it; a ticket's labels (assignee, due date) go with its one line of requirements; a code before
# a figure ("EN/US 900 wds") is the language; "every 200-300 words" is a spacing, not a length; a title given "to keep".
ELEVENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Léa Garnier  10:42\nTu peux me reprendre ça ? ~700 mots, ton posé, sans intertitres stp",
     {**about(700), "tone": "posé", "subheadings": False}),
    ("[09:15] Tom Becker\nPlease redo this in German, 600-800 words, with subheadings", {"language": "de", "min_words": 600, "max_words": 800, "subheadings": True}),
    ("Sofia Marchetti 5:02 PM\nriscrivilo in inglese, almeno 900 parole", {"language": "en", "min_words": 900}),
    ("WEB-418: Rewrite – tram extension story\nAssignee: Jonas Meyer\nDue: Monday\nRequirements: 800-1,000 words, friendly tone, H2 subheadings, audience: commuters",
     {"min_words": 800, "max_words": 1000, "tone": "friendly", "subheadings": True, "audience": "commuters"}),
    ("Tâche : réécriture dépêche inondations\nAssigné à : Karim\nÉchéance : jeudi\nDescription : environ 500 mots, ton sobre, avec des intertitres",
     {**about(500), "tone": "sobre", "subheadings": True}),
    ("Brief:\n- EN/UK\n- 700 words\n- no subheadings", {"language": "en", **about(700), "subheadings": False}),
    ("DE 900 Wörter, SEO, Fokus-Keyword: Fernwärme", {"language": "de", **about(900), "seo": True, "keywords": ["Fernwärme"]}),
    ("ES/MX ~600 palabras, tono cercano", {"language": "es", **about(600), "tone": "cercano"}),
    ("1 000 mots, intertitres tous les 250 à 300 mots, ton neutre", {**about(1000), "subheadings": True, "tone": "neutre"}),
    ("Title to keep: \"Night trains are back\"; 600 words; English", {"title": "Night trains are back", **about(600), "language": "en"}),
    ("Bonjour,\nMerci de reprendre ce texte : 800 mots, titre à conserver : « Le retour des trains de nuit ».\nBonne journée,\nNadia Ferhat\nResponsable éditoriale | Agence Rivage",
     {**about(800), "title": "Le retour des trains de nuit"}),
]
NEGATIVE_ELEVENTH_ROUND: list[str] = [
    "Marie Dupont 14:32",
    "IT 500 emplois supprimés chez le constructeur, annonce la direction.",
    "Mis à jour le 12/03 à 14:32",
    "Les sous-titres défilent toutes les 300 images, explique le monteur.",
]

# Twelfth round: a blind set of notes by non-native writers, marketplace orders, agency templates and dictated notes
# (set J, 70 cases, 51 read right at the first try) found these forms missed; the phrasings below are mine.
TWELFTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Keywords: (night trains, sleeper cabins, rail pass)\n650 words, English", {"keywords": ["night trains", "sleeper cabins", "rail pass"], **about(650), "language": "en"}),
    ("Mots-clés (train de nuit / couchette / Interrail)\nLongueur : 700 mots", {"keywords": ["train de nuit", "couchette", "Interrail"], **about(700)}),
    ("Main keyword (Fernzug), secondary (Nachtzug, Schlafwagen)\n800 Wörter, auf Deutsch", {"keywords": ["Fernzug", "Nachtzug", "Schlafwagen"], **about(800), "language": "de"}),
    ("SEO: yes, keywords: rail strike / ticket refund / travel chaos\nLength: 500-600 words", {"seo": True, "keywords": ["rail strike", "ticket refund", "travel chaos"], "min_words": 500, "max_words": 600}),
    ("Meta-Title: Trains de nuit : le grand retour\nLongueur : 900 mots", {"title": "Trains de nuit : le grand retour", **about(900)}),
    ("Longueur : 2 pages (600 mots minimum, 750 maximum)\nTon : léger", {"min_words": 600, "max_words": 750, "tone": "léger"}),
    ("Specs: 3,600 characters, i.e. about 600 words; calm tone; audience: commuters", {**about(600), "tone": "calm", "audience": "commuters"}),
    ("Objectif : positionner l'article sur « train de nuit »\n800 mots, intertitres", {"keywords": ["train de nuit"], **about(800), "subheadings": True}),
    ("bon alors tu me fais ça en anglais environ 500 mots ton léger pas d'intertitres et le mot clé c'est night train merci",
     {"language": "en", **about(500), "tone": "léger", "subheadings": False, "keywords": ["night train"]}),
    ("hey can you redo this in spanish about 400 words casual tone no subheadings and the keyword is night trains europe thanks",
     {"language": "es", **about(400), "tone": "casual", "subheadings": False, "keywords": ["night trains europe"]}),
    ("mach das bitte auf englisch ungefähr 700 wörter sachlich im ton mit zwischenüberschriften danke",
     {"language": "en", **about(700), "tone": "sachlich", "subheadings": True}),
]
NEGATIVE_TWELFTH_ROUND: list[str] = [
    "Les trains de nuit reviennent en Europe avec des couchettes rénovées et des billets moins chers pour les familles",
    "Why night trains are back in Europe and what travellers should know before booking a sleeper cabin",
    "Keywords in the news this week include rail strike and ticket refund, according to the search data published on Monday.",
]

# Thirteenth round: a blind set of an ordinary month's briefs (set K, 70 cases, 58 read right at the first try, one
# article line taken) found these forms missed; the phrasings below are mine. A correction names the figure and
# leaves the unit to the brief it corrects; "every three paragraphs" says how often subheadings come; "informative
# tone" keeps its "e"; more words for subheadings (epígrafes, titolini); a qualifier opens a list inside a list.
THIRTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Réécrire en 600 mots max.\nEn fait non, mets 900 max, le client a changé d'avis.", {"max_words": 900}),
    ("Around 700 words please.\nActually make it 500.", about(500)),
    ("Hazlo de 800 palabras.\nPerdón, me equivoqué: que sean 600.", about(600)),
    ("Lunghezza: 700 parole.\nAnzi no, facciamo 900, è un pezzo lungo.", about(900)),
    ("[Hinweis Redaktion: 800 bis 1.000 Wörter, Zwischentitel alle zwei Absätze, Ton: sachlich]",
     {"min_words": 800, "max_words": 1000, "subheadings": True, "tone": "sachlich"}),
    ("Please rewrite in German, around 650 words, informative tone.", {"language": "de", **about(650), "tone": "informative"}),
    ("¿Puedes dejarlo en un máximo de 450 palabras y sin epígrafes?", {"max_words": 450, "subheadings": False}),
    ("riesci a farlo in massimo 300 parole, senza titolini, tono leggero?", {"max_words": 300, "subheadings": False, "tone": "leggero"}),
    ("SEO, almeno 700 parole. Keyword principale: bonus casa; correlate: detrazioni, ristrutturazione.",
     {"seo": True, "min_words": 700, "keywords": ["bonus casa", "detrazioni", "ristrutturazione"]}),
    ("@Inès dispo pour celui-ci ? 500 mots env., ton léger, mots-clés : marché, Noël", {**about(500), "tone": "léger", "keywords": ["marché", "Noël"]}),
]
NEGATIVE_THIRTEENTH_ROUND: list[str] = [
    "Neue Regeln für Bewerbungen: höchstens zwei Seiten, dafür mit Foto",
    "Nouvelles consignes pour le bac : 600 mots au plus, avec des intertitres",
    "\"Actually, make it 900 more seats,\" the mayor told the council on Monday.",
]

# Fourteenth round: a blind set (set L, 70 cases, 66 read right at the first try, one article line taken) found these
# forms missed; the phrasings below are mine. "in US English"; a formal letter's greeting and closing formula; "Attached
# is the piece." beside a request; a headline whose kicker lists field names among other words.
FOURTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Please redo this in UK English, about 700 words, with subheadings.", {"language": "en", **about(700), "subheadings": True}),
    ("Madame, Monsieur,\nNous vous remercions de réécrire l'article ci-dessous en anglais, en 600 mots au minimum, sans intertitres.\n"
     "Veuillez agréer nos salutations distinguées.\nService Éditorial – Agence Horizon", {"language": "en", "min_words": 600, "subheadings": False}),
    ("Attached is the AP story. Can you do a 700–900 word rewrite in Italian? Please add subheadings.",
     {"min_words": 700, "max_words": 900, "language": "it", "subheadings": True}),
]
NEGATIVE_FOURTEENTH_ROUND: list[str] = [
    "Ton, Stil, Zielgruppe: Wie Vereine ihre Mitglieder auf Instagram erreichen",
    "Madame la ministre a demandé des rapports de 500 mots en anglais, avec des intertitres, a précisé son cabinet.",
]

# Found by a review of the rounds above (lines of my own in the shapes it found): a figure after "plutôt"/"actually"
# alone, a news sentence without punctuation that names a tone and a length, a keyword list in parentheses that a
# sentence goes on from, a dateline, a formal address inside a sentence.
NEGATIVE_FOURTEENTH_ROUND += [
    "Plutôt 2025.",
    "Actually, the bill is 900.",
    "Anzi, sono 1200.",
    "il ministro vuole un tono fermo e 500 parole per il discorso di domani in Senato",
    "le préfet demande un ton apaisé et 300 mots pour le communiqué de demain matin",
    "Keywords (inflation, rent, wages) dominate the campaign",
    "Suchbegriffe (Hitze, Dürre) dominieren die Suche",
    "Lyon 14:32",
    "AFP 09:15",
    "Madame la préfète a refusé de commenter.",
]
FOURTEENTH_ROUND += [
    ("Nouvelles consignes pour ce papier : 600 mots, ton neutre", {**about(600), "tone": "neutre"}),
    # a fifteenth blind set (M, 69/70 at the first try) missed a note in double brackets
    ("[[ Note : 700 mots, en anglais. Mots-clés : marché de Noël, vin chaud ]]", {**about(700), "language": "en", "keywords": ["marché de Noël", "vin chaud"]}),
]


def dateline_beside_a_brief() -> tuple[str, str]:
    """A brief, then the article's dateline: the dateline is the article's."""
    return "600 mots, ton neutre, en anglais.\n\nLyon, 14:32\n\n", "Lyon, 14:32"

# Fifteenth round: two blind sets written without seeing the parser (N: briefs as newsrooms write them, 65/70 read
# right at the first try; O: order forms, SEO tool exports, workflow notes, dictation, 59/70) found these shapes
# missed; the phrasings below are mine. An SEO tool's export (a header row of labels over a row of values, pipes
# without a rule); a workflow line with middle dots and labels that name no field; a "— " after a parenthesis;
# "SEO focus:"; a field answered "yes"/"no"; "and" before a field's label; a title "as:" or given with "this title:";
# readers named with a digit ("B2B"); "P.S."; "un migliaio"; a dictated note's readers and "keep it casual"; a block
# header naming its writer without a colon.
FIFTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Keyword principale | Keyword secondarie | Numero parole | Lingua\nfinanziamenti agevolati | bandi regionali, fondo perduto | 1.200 | IT",
     {"keywords": ["finanziamenti agevolati", "bandi regionali", "fondo perduto"], **about(1200), "language": "it"}),
    ("Focus keyphrase | Supporting keywords | Words | Language\nhome battery storage | solar panels, grid export | 900 | English",
     {"keywords": ["home battery storage", "solar panels", "grid export"], **about(900), "language": "en"}),
    ("[CMS] Statut : en rédaction · Langue : anglais · Longueur : 500-600 mots · Intertitres : non · Assigné à : Paul",
     {"language": "en", "min_words": 500, "max_words": 600, "subheadings": False}),
    ('Web desk note (pipeline: rewrite) — DE, 800-900 words, SEO focus: "Wärmepumpe Förderung", tone: sober',
     {"language": "de", "min_words": 800, "max_words": 900, "keywords": ["Wärmepumpe Förderung"], "seo": True, "tone": "sober"}),
    ("EN, 700w, kw: e-bike insurance, H2s: no", {"language": "en", **about(700), "keywords": ["e-bike insurance"], "subheadings": False}),
    ("Intertitres oui, 600 mots, en espagnol", {"subheadings": True, **about(600), "language": "es"}),
    ("Hola, necesito el texto en inglés, unas 700 palabras, un tono cercano y el título obligatorio: «Cómo ahorrar en la factura de la luz». ¡Gracias!",
     {"language": "en", **about(700), "tone": "cercano", "title": "Cómo ahorrar en la factura de la luz"}),
    ("Could you rewrite it in Italian, 600 words max, and please use this title: Ten rules for night cycling",
     {"language": "it", "max_words": 600, "title": "Ten rules for night cycling"}),
    ('Translate into German. Around 800 words. Keep the title as: "Die Rückkehr der Nachtzüge".',
     {"language": "de", **about(800), "title": "Die Rückkehr der Nachtzüge"}),
    ("Reminder: French version, 900-1,100 words, neutral tone, for B2B marketers.",
     {"language": "fr", "min_words": 900, "max_words": 1100, "tone": "neutral", "audience": "B2B marketers"}),
    ("P.S. mínimo 800 palabras, en francés, tono divulgativo", {"min_words": 800, "language": "fr", "tone": "divulgativo"}),
    ("Da tradurre in spagnolo, un migliaio di parole, con sottotitoli.", {"language": "es", **about(1000), "subheadings": True}),
    ("un millier de mots en anglais, ton sobre", {**about(1000), "language": "en", "tone": "sobre"}),
    ("ok rewrite this in German about 500 words keep it friendly it's for new gardeners no subheadings thanks",
     {"language": "de", **about(500), "tone": "friendly", "audience": "new gardeners", "subheadings": False}),
    ("tu me refais ça en anglais au moins six cents mots ton neutre public les jeunes parents merci",
     {"language": "en", "min_words": 600, "tone": "neutre"}),
    ("**Instrucciones para la redactora**\nReescribir en francés, al menos 600 palabras. Tono: sobrio.",
     {"language": "fr", "min_words": 600, "tone": "sobrio"}),
]
NEGATIVE_FIFTEENTH_ROUND: list[str] = [
    # a rule or a body asking something of others, named with an article: news (set N took the Italian one)
    "La nouvelle loi exige des notices en français et en anglais, 500 mots au plus.",
    "The competition asks entrants for a short story in English of at most 1,500 words.",
    "El reglamento pide a los clubes un informe en inglés de al menos 2.000 palabras.",
    "Il nuovo regolamento impone ai club una relazione in inglese di almeno 3.000 parole.",
    "Die Stiftung verlangt von den Schulen Berichte auf Englisch, höchstens 1.000 Wörter.",
    "Langue | Locuteurs | Pays\nfrançais | 321 millions | 29",
]

# Sixteenth round: two more blind sets (P: non-native writers, abbreviations and mixed languages, 49/70 at the first
# try; Q: edges and fifty article lines, 45/50 and 49/50 refused) and a review of the fifteenth round found these
# shapes; the phrasings below are mine. Order forms' abbreviations (MC, MC2, KW2, "2nd kw", "keywords ->", "pal.",
# "Wö.", "minimun"); a list numbered on one line; a field answered "oui"/"ok" for SEO; a code after the job's name
# ("Rewrite EN"); "SEO focus on" and "SEO-optimised around" a quoted phrase; "(hard cap)"; "ne dépasse pas";
# "le titre doit rester « … »"; a request verb as a label ("pls rewrite: german"); a reason told in the past beside a
# correction; one field named twice ("H2 Zwischenüberschriften ja").
SIXTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Relis et réécris en francais, 900 mots min, SEO ok\nMC principal : pompe à chaleur air eau\nMC secondaires : aides de l'État, devis",
     {"language": "fr", "min_words": 900, "seo": True, "keywords": ["pompe à chaleur air eau", "aides de l'État", "devis"]}),
    ("✍️ Rewrite EN | 1,2k words mini | ✅ SEO\n🎯 KW: heat pump grants, KW2: boiler upgrade",
     {"language": "en", "min_words": 1200, "seo": True, "keywords": ["heat pump grants", "boiler upgrade"]}),
    ("MC secondaires : tarif réduit, abonnement\nMC principal (focus) : carte de bus jeunes\nlangue: fr - 600 à 800 mots",
     {"keywords": ["carte de bus jeunes", "tarif réduit", "abonnement"], "language": "fr", "min_words": 600, "max_words": 800}),
    ("==> réécrire en ES, 400 à 600 mots, MC: alquiler vacacional, SEO oui, cible: propriétaires",
     {"language": "es", "min_words": 400, "max_words": 600, "keywords": ["alquiler vacacional"], "seo": True, "audience": "propriétaires"}),
    ("Brief: 700w, IT, SEO, focus kw: bici elettrica, 2nd kw: incentivi, H2s",
     {"language": "it", **about(700), "seo": True, "keywords": ["bici elettrica", "incentivi"], "subheadings": True}),
    ("writer pls: min. 900 words, german, keywords -> e-bike leasing, company bikes",
     {"min_words": 900, "language": "de", "keywords": ["e-bike leasing", "company bikes"]}),
    ("nota: traducir al francés, aprox 600 pal., sin subtitulos", {"language": "fr", **about(600), "subheadings": False}),
    ("Hinweis f. Autorin: Text auf Spanisch, max. 800 Wö., Tonalität: locker", {"language": "es", "max_words": 800, "tone": "locker"}),
    ("Mots-clés : 1) covoiturage 2) autopartage 3) vélo en libre-service\nRédaction en anglais, 700 mots",
     {"keywords": ["covoiturage", "autopartage", "vélo en libre-service"], "language": "en", **about(700)}),
    ("Auftrag: SEO-Text auf Englisch | 900 Wö. | Keywords: Wärmepumpe (Fokus), Förderung | Zielgruppe: Hausbesitzer",
     {"language": "en", **about(900), "seo": True, "keywords": ["Wärmepumpe", "Förderung"], "audience": "Hausbesitzer"}),
    ("Consigne : article de 1500 mots minimun en anglais", {"min_words": 1500, "language": "en"}),
    ("reescribir en ingles 900 palabras con subtitulos palabra clave principal bici electrica",
     {"language": "en", **about(900), "subheadings": True, "keywords": ["bici electrica"]}),
    ("P.-S. : le titre doit rester « Le tram revient », et on ne dépasse pas 600 mots.", {"title": "Le tram revient", "max_words": 600}),
    ('Reminder: German, roughly 600 words, SEO-optimised around "Fahrradleasing", no H2s.',
     {"language": "de", **about(600), "seo": True, "keywords": ["Fahrradleasing"], "subheadings": False}),
    ('Please rewrite this in French, 800–1,000 words, with an SEO focus on "vélo cargo" (secondary: remorque, siège enfant).',
     {"language": "fr", "min_words": 800, "max_words": 1000, "keywords": ["vélo cargo", "remorque", "siège enfant"]}),
    ("Task: Translate into Spanish\nWord count: 900 (hard cap)\nSubheadings: no", {"language": "es", "max_words": 900, "subheadings": False}),
    ("pls rewrite: german, max 500 words, no h2", {"language": "de", "max_words": 500, "subheadings": False}),
    ("rewrite bitte auf englisch, mind. 800 words, Focus-Keyword: Lastenrad, Secondary KW: Radweg, H2 Zwischenüberschriften ja",
     {"language": "en", "min_words": 800, "keywords": ["Lastenrad", "Radweg"], "subheadings": True}),
    ("Pour le site : 300 mots max, en anglais.\nEdit : on passe à 500 mots max, la maquette a changé.", {"max_words": 500, "language": "en"}),
    ("Brief para la redactora ✏️\nIdioma: francés | Mín. 700 palabras | Tono: cercano", {"language": "fr", "min_words": 700, "tone": "cercano"}),
]
NEGATIVE_SIXTEENTH_ROUND: list[str] = [
    "Disponible en : English | Deutsch | Italiano",
    "Also in: Français | Español",
    "Mit Keywords und Zwischentiteln: Wie Vereine bei Google sichtbar werden",
    "Avec des intertitres et des mots-clés : comment les blogs locaux séduisent Google",
    # found by the review of the fifteenth round
    "Focus SEO : les PME misent sur le référencement local",
    "SEO focus: the agency promises page-one rankings in six weeks",
    "Behind that headline: a city that never sleeps",
    "Sous ce titre : La nuit des vélos",
    "PS une tribune de 600 mots",
    "PS humour et ton léger",
    "Keep things simple",
    "Fallo semplice",
]

# Seventeenth round: two blind sets (R: an ordinary month of a French regional group and its agency, 48/70 at the
# first try; S: structured briefs from tools and teams, 56/60, 16/20 article lines refused) and a review of the
# sixteenth round found these shapes; the phrasings below are mine. The desk's informal requests ("il me faudrait",
# "on passe ça en", "j'oubliais", "à décliner"), "est-ce que tu pourrais" (and its typo), "environs"; a greeting and a
# polite word with one field; a signature or an initial ending the line; "// CONSIGNE RÉDAC //"; a tone then its
# readers ("un ton accessible pour le grand public"); a title "imposé par la rédac chef, « … »", "validé par le client :",
# in straight single quotes; "700/900 mots"; "SEO sur « … »", "« … » en mot-clé principal, puis « … »",
# "SEO (focus : …)"; "pas dintertitres"; "leur public étant des …"; a sign-off with a company, a name with its team;
# who the client is before "and we want…"; a Trello card's checklist; the headline over the meta title; "we need
# British English"; a two-row table whose labels all name fields.
SEVENTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Coucou, est-ce que tu pourais me reprendre ce papier en 400 mots environs stp ? Sans intertitre, c'est pour la page locale.",
     {**about(400), "subheadings": False}),
    ("Karim : on passe ça en brève de 300 mots maxi, ton neutre, sans intertitres.", {"max_words": 300, "tone": "neutre", "subheadings": False}),
    ("500 mots, intertitres. K.", {**about(500), "subheadings": True}),
    ("Il me faudrait une version d'environ 600 mots, sans intertitres, ton posé, cible : les jeunes parents.",
     {**about(600), "subheadings": False, "tone": "posé", "audience": "les jeunes parents"}),
    ("// CONSIGNE DESK // longueur cible 700 mots, ton sobre, intertitres obligatoires //", {**about(700), "tone": "sobre", "subheadings": True}),
    ("À décliner en anglais pour la page « Visiteurs » du site : 400 à 600 mots, ton chaleureux. – Inès",
     {"language": "en", "min_words": 400, "max_words": 600, "tone": "chaleureux"}),
    ("Bonjour, 250 mots maximum pour l'appli svp, merci !", {"max_words": 250}),
    ("Merci de réécrire ce texte en anglais, sur un ton pédagogique pour les lycéens.", {"language": "en", "tone": "pédagogique", "audience": "lycéens"}),
    ("Ah et j'oubliais : titre imposé par le client, « Le tram, enfin ».", {"title": "Le tram, enfin"}),
    ("Titre validé par la direction : Villeneuve : le tram repart", {"title": "Villeneuve : le tram repart"}),
    ("Need this in Spanish, 500 to 700 words, target keyword: tram Villeneuve, title 'El tranvía vuelve a Villeneuve'.",
     {"language": "es", "min_words": 500, "max_words": 700, "keywords": ["tram Villeneuve"], "title": "El tranvía vuelve a Villeneuve"}),
    ("<!-- note interne : réécriture 600/800 mots, H2 obligatoires, SEO sur « tram Villeneuve » -->",
     {"min_words": 600, "max_words": 800, "subheadings": True, "seo": True, "keywords": ["tram Villeneuve"]}),
    ("Lingua: EN – 800/1000 parole – sottotitoli sì – SEO su «tram Villeneuve»",
     {"language": "en", "min_words": 800, "max_words": 1000, "subheadings": True, "keywords": ["tram Villeneuve"]}),
    ("Client : Domaine des Vignes (vin). Article de blog, 900 mots environ, ton chaleureux, cible : œnotouristes. SEO : « vin Vouvray » en mot-clé principal, puis « cave Vouvray ». Intertitres oui.",
     {**about(900), "tone": "chaleureux", "audience": "œnotouristes", "keywords": ["vin Vouvray", "cave Vouvray"], "subheadings": True}),
    ("[Note CMS] Réécriture demandée : 600 mots, SEO (focus : tram de Villeneuve).", {**about(600), "seo": True, "keywords": ["tram de Villeneuve"]}),
    ("reecrire en 450 mots env, pas dintertitres, ton leger stp", {**about(450), "subheadings": False, "tone": "leger"}),
    ("Bonjour Marc,\nVoici le texte à reprendre pour la lettre du club. Ils aimeraient un ton léger, leur public étant surtout des retraités. Comptez 500 mots.\nBonne journée,\nAnne",
     {"tone": "léger", "audience": "retraités", **about(500)}),
    ("Hola, ¿podéis adaptar esta noticia al inglés? Unas 500 palabras, sin subtítulos. ¡Gracias!\nMarta, redacción web",
     {"language": "en", **about(500), "subheadings": False}),
    ("Bonjour, pouvez-vous me rédiger un article à partir de ce texte ? Au moins 800 mots, en anglais.\nCordialement, Paul Martin – Cycles Martin",
     {"min_words": 800, "language": "en"}),
    ("Buenos días: somos una tienda de bicicletas de Sevilla y queremos un artículo en inglés para nuestro blog. Mínimo 600 palabras, tono cercano.",
     {"language": "en", "min_words": 600, "tone": "cercano"}),
    ("Card: Rewrite – tram story\nChecklist (0/3)\n☐ Translate into German\n☐ 600 words max\n☐ Keep subheadings",
     {"language": "de", "max_words": 600, "subheadings": True}),
    ("BRIEF\nLanguage: English\nH1 / Title: Night trains are back\nMeta title: Night trains 2025 | Railblog\nLength: 700 words",
     {"language": "en", "title": "Night trains are back", **about(700)}),
    ("Hi both, for this one we need British English, around 900 words, with subheadings.", {"language": "en", **about(900), "subheadings": True}),
    ("Word count: 800 words (hard cap), English", {"max_words": 800, "language": "en"}),
    ("Traduction : EN | ES, 600 mots", {"language": "es", **about(600)}),
    ("Mets ce titre : Le tram revient, 600 mots", {"title": "Le tram revient", **about(600)}),
]
NEGATIVE_SEVENTEENTH_ROUND: list[str] = [
    # a CMS's tags, a page's metadata (set S took them)
    "Keywords: trams, Villeneuve, transport, city council, budget",
    "Stichwörter: Straßenbahn, Villeneuve, Nahverkehr",
    '{"@context": "https://schema.org", "@type": "Article", "inLanguage": "fr-FR", "wordCount": 640}',
    # found by the review of the sixteenth round
    "MC : Stéphane Bern",
    "MC : Oui, absolument, c'était un tournage difficile.",
    "KW7: Warnstreik bei der Lufthansa",
    "Lieferzeit: 3 Wo.",
    'The campaign will focus on "jobs".',
    "Le maire reste centré sur « l'essentiel ».",
    "Focus sur « la Corse »",
    "Der Titel jetzt: Bayern feiert die zwölfte Meisterschaft in Folge",
    "Le titre est : une victoire historique pour le Stade toulousain",
    "Cet article existe en traduction EN.",
    "Traduction EN disponible",
    "Longueur du tracé : 1200 (plafond)",
    "Read in: Français | Deutsch | Italiano",
    "Sous ce titre : La nuit des vélos",
]

# Eighteenth round: two blind sets (T: a month at agencies in Madrid, Milan and Berlin, 53/70 at the first try;
# U: marketplace buyers, 43/50, and 30/30 article lines refused) and a review of the seventeenth round found these
# shapes; the phrasings below are mine. Who the client is, then what they want, in one long sentence; "quindi niente
# SEO"; "mi raccomando", "va in inglese americano, non britannico", "intorno alle 900"; "manteniendo el castellano";
# "vi chiediamo di", "pensando alle famiglie"; a header with a long remark; a title's own length; "ne pas mettre
# d'intertitres", "sous les 400 mots"; "den Titel ändern in:"; "Besoin article…"; "Headline is set:"; a sign-off with
# where it is sent from; "Version :"; "KWs:"; "pal" without its dot; a single-quoted title with an apostrophe; a column.
EIGHTEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Nous sommes une agence de voyages à Lyon et nous voudrions cet article en anglais pour nos clients. Environ 600 mots, un ton chaleureux.",
     {"language": "en", **about(600), "tone": "chaleureux"}),
    ("We're a small bakery chain in Leeds and want this on our blog. Please write it in French, 500 to 700 words.",
     {"language": "fr", "min_words": 500, "max_words": 700}),
    ("Ciao Marco, questo va sulla newsletter, quindi niente SEO. Inglese, 400-500 parole, tono sobrio.",
     {"seo": False, "language": "en", "min_words": 400, "max_words": 500, "tone": "sobrio"}),
    ("Mi raccomando: il pezzo va in inglese americano, non britannico. Intorno alle 900 parole, con sottotitoli.",
     {"language": "en", **about(900), "subheadings": True}),
    ("Nota de redacción: reescribir manteniendo el castellano. Extensión orientativa 700 palabras.", {"language": "es", **about(700)}),
    ("Vi chiediamo di riscriverla in inglese con un tono allegro, pensando alle famiglie con bambini, in non meno di 500 parole.",
     {"language": "en", "tone": "allegro", "audience": "famiglie con bambini", "min_words": 500}),
    ("Instrucciones (de parte de Marta, cuenta de Hoteles del Sur):\n1. Idioma: inglés\n2. No más de 500 palabras", {"language": "en", "max_words": 500}),
    ("Italiano. 500 parole circa. Titolo max 60 battute. Niente titoletti.", {"language": "it", **about(500), "subheadings": False}),
    ("Merci de ne pas mettre d'intertitres et de rester sous les 400 mots.", {"subheadings": False, "max_words": 400}),
    ("600 Wörter, auf Englisch.\nAußerdem bitte den Titel ändern in: Mehr Trams für Villeneuve",
     {**about(600), "language": "en", "title": "Mehr Trams für Villeneuve"}),
    ("Besoin article seo anglais 700 mots, mot cle principal : tram de nuit, mots cles secondaire : métro, bus",
     {"seo": True, "language": "en", **about(700), "keywords": ["tram de nuit", "métro", "bus"]}),
    ('Editor\'s note to writer: keep it in German, no more than 400 words. Headline is set: "Night trains return".',
     {"language": "de", "max_words": 400, "title": "Night trains return"}),
    ("Bitte auf Englisch, 600 Wörter, sachlicher Ton.\nViele Grüße aus Köln, Jana", {"language": "en", **about(600), "tone": "sachlich"}),
    ("Version : anglaise, 800 mots, ton léger.", {"language": "en", **about(800), "tone": "léger"}),
    ("KWs: assurance auto, bonus malus", {"keywords": ["assurance auto", "bonus malus"]}),
    ("Extensión: 900 pal, en inglés", {**about(900), "language": "en"}),
    ("keep the title 'Why London's cyclists are angry', 600 words", {"title": "Why London's cyclists are angry", **about(600)}),
    ("Chronique // 800 mots // Ton léger", {**about(800), "tone": "léger"}),
]
NEGATIVE_EIGHTEENTH_ROUND: list[str] = [
    # found by the review of the seventeenth round
    "Arsenal clinch the title: Arteta's men end a 21-year wait",
    "Le PSG conserve le titre : Mbappé offre la victoire à Paris",
    "Bayern verliert den Titel: Leverkusen ist Meister",
    "Title confirmed: Arsenal are champions.",
    "Titre validé par la LFP : le PSG champion de France",
    "FR | EN",
    "Deutsch | English",
    "FR // EN",
    "🌐 English | Français | Español",
    "Taille : 36/38",
    "Words: 24/7",
    "Voici l'article en anglais, 800 mots, tel que publié mardi par le Guardian.",
    "Here's the thing: in English, in a serious tone, nobody listens.",
    "Bonjour à tous et merci, en français aujourd'hui.",
    "Public/Audience : 12 000 spectateurs",
]

# A nineteenth blind set (V, an ordinary week, 57/60 at the first try on 5e7f490 and 25/25 article lines refused)
# missed these; the phrasings are mine: "c'est un format court", "500 mots pas plus", "Mots-clés à placer :".
EIGHTEENTH_ROUND += [
    ("PS : pas besoin de sous-titres, c'est un format court (200 à 300 mots). Ton sobre.",
     {"subheadings": False, "min_words": 200, "max_words": 300, "tone": "sobre"}),
    ("Note pour Léa : garder le titre « Le tram revient », 400 mots pas plus, pas d'intertitres.",
     {"title": "Le tram revient", "max_words": 400, "subheadings": False}),
    ("Consigne client : entre 800 et 900 mots, en anglais. Mots-clés à placer : « tram de nuit », « Villeneuve ».",
     {"min_words": 800, "max_words": 900, "language": "en", "keywords": ["tram de nuit", "Villeneuve"]}),
]

# Nineteenth round: four blind sets (W: an ordinary week, 45/50 at the first try; X: a French regional group, 45/50;
# Y: agencies' order forms and tickets, 39/50; Z: anyone, 46/50; 78/80 article lines refused) missed these shapes;
# the phrasings below are mine. A field asked and answered ("Intertitres ? non"); more keywords after a list ("Also:",
# "weitere:"); slips in request words; a deadline after the language; "gern" before a tone; a voice note's label;
# "plus ou moins"; readers after a tone as a bare plural, before "bitte", after "pour réécrire", before a colon, where
# they live; a tracker's header over one line of requirements; a CSV row with semicolons; "pas d'inter"; "conseillé".
NINETEENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Intertitres ? non. En anglais, 500 mots.", {"subheadings": False, "language": "en", **about(500)}),
    ("SEO? yes. Keywords: tram, bus", {"seo": True, "keywords": ["tram", "bus"]}),
    ("Main keyword: night buses. Also: late trams, Villeneuve. 600 words.",
     {"keywords": ["night buses", "late trams", "Villeneuve"], **about(600)}),
    ("Hauptkeyword: Nachtbus, weitere: Straßenbahn, Villeneuve", {"keywords": ["Nachtbus", "Straßenbahn", "Villeneuve"]}),
    ("pls rewrtie in Italian, 400 words", {"language": "it", **about(400)}),
    ("Keywrods: tram de nuit, Villeneuve", {"keywords": ["tram de nuit", "Villeneuve"]}),
    ("Traduis en anglais pour jeudi, 300 mots max", {"language": "en", "max_words": 300}),
    ("Reescríbelo en alemán para mañana, unas 500 palabras", {"language": "de", **about(500)}),
    ("Auf Englisch, Ton gern sachlich, 600 Wörter", {"language": "en", "tone": "sachlich", **about(600)}),
    ("voice note: rewrite it in Spanish about 800 words friendly tone", {"language": "es", **about(800), "tone": "friendly"}),
    ("Plus ou moins 700 mots, en espagnol.", {**about(700), "language": "es"}),
    ("Tono cercano para jubilados, 500 palabras", {"tone": "cercano", "audience": "jubilados", **about(500)}),
    ("Für Eltern von Kleinkindern bitte auf Englisch, 500 Wörter", {"audience": "Eltern von Kleinkindern", "language": "en", **about(500)}),
    ("c'est pour traduire le papier en anglais pour les touristes, 400 mots", {"language": "en", "audience": "touristes", **about(400)}),
    ("Reescríbelo para nuestros socios: unas 600 palabras, tono alegre", {"audience": "nuestros socios", **about(600), "tone": "alegre"}),
    ("Public visé : les familles installées à Lyon. 500 mots.", {"audience": "les familles installées à Lyon", **about(500)}),
    ("WEB-412: réécriture\nCritères : 600 mots max, en anglais, ton sobre", {"max_words": 600, "language": "en", "tone": "sobre"}),
    ("Pedido #5521\nReescribir en inglés con un tono cercano, entre 400 y 600 palabras.",
     {"language": "en", "tone": "cercano", "min_words": 400, "max_words": 600}),
    ("Langue;Mots;Ton\nanglais;600;sobre", {"language": "en", **about(600), "tone": "sobre"}),
    ("Version courte stp, 250 mots, pas d'inter", {**about(250), "subheadings": False}),
    ("Longueur conseillée : 900 mots", about(900)),
    ("hey, redo this in French, keep it under 500 words, casual tone thx", {"language": "fr", "max_words": 500, "tone": "casual"}),
    # found by the review of this round: a request after "Also:", the client as a sentence's subject, a tolerance
    ("Keywords: tram, bus. Also: keep it under 600 words", {"keywords": ["tram", "bus"], "max_words": 600}),
    ("Mots-clés : tram, bus. Aussi : pas d'intertitres", {"keywords": ["tram", "bus"], "subheadings": False}),
    ("The client, a fintech, wants 600 words in English, casual tone, nothing fancy", {**about(600), "language": "en", "tone": "casual"}),
    ("800 mots, plus ou moins 100", {"min_words": 700, "max_words": 900}),
    ("Keyword 1\tKeyword 2\tTone\tLanguage\ntram\tbus\tcasual\tEnglish", {"tone": "casual", "language": "en"}),
    # a twentieth pair of blind sets (AA: an ordinary month, 47/50 at the first try; AB: people who are not editors,
    # 32/50) missed these shapes: a correction in words ("I meant"), a sign-off with a role, umlauts typed as two
    # letters, "e come titolo:", "neue Headline bitte:", "Zielgruppe sind doch …, nicht …", followers of a channel,
    # a task is no reader, "umzuschreiben", apologies
    ("can you rewrite this in Spanish, about 400 words? sorry, I meant 500 not 400", {"language": "es", **about(500)}),
    ("Environ 500 mots svp. Pardon, je voulais dire 600 mots, pas 500.", about(600)),
    ("Unas 300 palabras. Perdona, quería decir 350, no 300.", about(350)),
    ("Circa 600 parole. Scusa, intendevo 700, non 600.", about(700)),
    ("Bitte ca. 500 Wörter. Sorry, ich meinte 550, nicht 500.", about(550)),
    ("Au moins 400 mots, en anglais, pour les adhérents. Merci, Claire (trésorière)",
     {"min_words": 400, "language": "en", "audience": "adhérents"}),
    ("hoechstens 500 woerter, fuer Berufseinsteiger, ohne Zwischenueberschriften",
     {"max_words": 500, "audience": "Berufseinsteiger", "subheadings": False}),
    ("Inglese, non più di 600 parole e come titolo: Il porto di Genova, cent'anni dopo",
     {"language": "en", "max_words": 600, "title": "Il porto di Genova, cent'anni dopo"}),
    ("Neuer Titel bitte: „Mehr Grün für Kassel“. 700 Wörter.", {"title": "Mehr Grün für Kassel", **about(700)}),
    ("Zielgruppe sind doch Familien, nicht Studenten. 600 Wörter.", {"audience": "Familien", **about(600)}),
    ("Rewrite it in German for our LinkedIn followers, 500 words", {"language": "de", "audience": "our LinkedIn followers", **about(500)}),
    ("reescríbelo en inglés, 600 palabras, es para un trabajo de clase", {"language": "en", **about(600)}),
    ("Bitte den Text für die Mitglieder unseres Vereins umzuschreiben, mindestens 500 Wörter.",
     {"audience": "Mitglieder unseres Vereins", "min_words": 500}),
    ("Hello,\nCould you rewrite the following piece in Spanish for new volunteers, at least 500 words?\nWith many thanks,\nPeter Hall",
     {"language": "es", "audience": "new volunteers", "min_words": 500}),
    ("Je gère la page du club : pourriez-vous réécrire cet article pour les jeunes licenciés, 400 mots ?",
     {"audience": "jeunes licenciés", **about(400)}),
    ("Reescríbalo en inglés, con un tono cercano y dirigido a familias, unas 500 palabras.",
     {"language": "en", "tone": "cercano", "audience": "familias", **about(500)}),
    ("Je vous serais reconnaissante de bien vouloir réécrire ce texte en anglais, à l'intention des jeunes de 12 à 15 ans, 500 mots.",
     {"language": "en", "audience": "jeunes de 12 à 15 ans", **about(500)}),
    # a twenty-first pair (AC: anyone, 48/50 at the first try; AD: a French-first regional desk, 45/50; 40/40 article lines
    # refused) missed these: "Titel bitte „…“", "poteste", "pr les lecteurs", "no el que mandé antes", a quoted title
    # with its own colon then "sans inters", "on garde le français", readers before the language and "bearbeiten"
    ("Korrektur: Titel bitte „Neue Brücke für Kiel“, und doch mit Zwischenüberschriften.", {"title": "Neue Brücke für Kiel", "subheadings": True}),
    ("vi sarei grata se poteste riscrivere il testo per i soci, circa 400 parole.", {"audience": "soci", **about(400)}),
    ("reprends le papier en 600 mots pr les lecteurs du Gard, ton sobre", {**about(600), "audience": "les lecteurs du Gard", "tone": "sobre"}),
    ('Corrección: el título es "Vuelve el tranvía", no el que puse ayer.', {"title": "Vuelve el tranvía"}),
    ('titre : "Nantes : le tram de nuit arrive", sans inters, 500 mots',
     {"title": "Nantes : le tram de nuit arrive", "subheadings": False, **about(500)}),
    ("on garde le français mais on vise 700 mots max", {"language": "fr", "max_words": 700}),
    ("Könnten Sie den Text bitte für Leser in Tirol auf Englisch bearbeiten? Etwa 600 Wörter.",
     {"audience": "Leser in Tirol", "language": "en", **about(600)}),
    ("Bonjour, j'aurais besoin que vous réécriviez ce texte pour nos clientes, 300 mots environ.", {"audience": "nos clientes", **about(300)}),
    # found by the second review of this round
    ("Entre huit cents et mille mots", {"min_words": 800, "max_words": 1000}),
    ("Word count: eight hundred", about(800)),
    ("Au moins six cents mots et au plus huit cents", {"min_words": 600, "max_words": 800}),
    ("En inglés para project managers, 500 palabras", {"language": "en", "audience": "project managers", **about(500)}),
    ("Tono allegro per bambini, 400 parole", {"tone": "allegro", "audience": "bambini", **about(400)}),
    ("500 words, give or take 10%", {"min_words": 450, "max_words": 550}),
    ("Rewrite in English, 500 words. Sorry, I meant 600.", {"language": "en", **about(600)}),
    ("Circa 500 parole, in inglese. Scusa, intendevo 600 e non 500.", {"language": "en", **about(600)}),
    ("In English, 600 words, and as title: Genoa, a century on", {"language": "en", **about(600), "title": "Genoa, a century on"}),
    # two blind sets written after the last change (AE 46/50, AF 38/50 at the first try) missed these, among others
    ("Bonjour,\nMerci de réécrire ce texte en espagnol, environ 500 mots.\nAvec mes remerciements,\nJ. Morel", {"language": "es", **about(500)}),
    ("Der Beitrag sollte etwa 400 Wörter haben und sich an Pflegekräfte richten.", {**about(400), "audience": "Pflegekräfte"}),
    # a length said again replaces the range said before it, both bounds; two bounds said apart stay together
    ("Longueur : 600 mots\nFinalement plutôt 900 mots max, pardon.", {"max_words": 900, "min_words": None}),
    ("circa 500 parole in inglese, anzi no, massimo 450", {"language": "en", "max_words": 450, "min_words": None}),
    ("At least 600 words. Max 900 words.", {"min_words": 600, "max_words": 900}),
    # a length's label with its bound, abbreviated or after it
    ("| Champ | Valeur |\n| Ton | sobre |\n| Max. mots | 700 |", {"tone": "sobre", "max_words": 700, "min_words": None}),
    ("Máx. palabras: 900, en inglés", {"max_words": 900, "language": "en"}),
    ("Extensión mínima: 800 palabras", {"min_words": 800}),
    ("Longueur maximale : 1 200 mots", {"max_words": 1200}),
]
NEGATIVE_NINETEENTH_ROUND: list[str] = [
    "Le rapport, rédigé en anglais et sans intertitres, compte près de 1 200 pages.",
    "The report, written in English and without subheadings, runs to 1,200 pages.",
    "Le club n'a pas d'inter pour jouer ce soir.",
    "Le maire veut le dossier en anglais pour lundi.",
    "Audience : l'avocat a plaidé la relaxe devant le tribunal",
    "We had to rewire the whole building, the electrician said.",
    "Lundi;Mardi;Mercredi",
    # found by the review of this round
    "Pas d'Inter en finale cette année",
    "Sous-titres ? Non, merci.",
    "Public conseillé : à partir de 10 ans",
    "Público aconsejado: mayores de 13 años",
    "Workshops in English until Friday",
    "Cours en anglais avant mardi",
    "Corsi in inglese entro lunedì mattina",
    "Messaggio vocale in inglese per i clienti",
    "Più o meno 200 parole al giorno",
    "Targetted at first-time buyers",
    "Opere traslate in italiano",
    "Public : la salle comble au Châtelet",
    "Audience: the fans queued from dawn",
    "In French, to cheers",
    "Eher leise im Ton",
    "Titre;Auteur;Langue;Public\nLe Petit Prince;Saint-Exupéry;français;jeunesse",
    "Bonjour à tous, réécrire les règles du jeu en 300 mots, c'est le défi lancé par la mairie.",
    # found by the second review of this round
    "Film in inglese, non doppiato",
    "In English, not subtitled",
    "Written for children, not adults",
    "New readers: young people return to print",
    "Neuer Ton: Merz gibt sich versöhnlich",
    "Author: Jane Doe, title: The Port, Penguin",
    "Cantó en inglés y como título: Yesterday",
    "Sie sang auf Englisch und als Titel: Yesterday",
]


# Twentieth round (ninth session): titles asked in a sentence, letters that open on who the sender is, the sender's
# wishes and reasons beside the fields, bounds said as a clause, editors' notes. Written before the round's blind sets
# were read, then completed with the classes they showed, in wordings of my own.
TWENTIETH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Merci d'intituler le papier « La ligne 4 prolongée », 500 mots.", {"title": "La ligne 4 prolongée", **about(500)}),
    ("Titrez-le « Le tram arrive à Bègles ».", {"title": "Le tram arrive à Bègles"}),
    ("I'd like the piece to be titled \"Night trams return\", about 400 words.", {"title": "Night trams return", **about(400)}),
    ("Bitte betitelt den Beitrag mit „Die Straßenbahn kommt“.", {"title": "Die Straßenbahn kommt"}),
    ("Ich hätte gern, dass der Text „Die Straßenbahn kommt“ heißt.", {"title": "Die Straßenbahn kommt"}),
    ("Me gustaría que el texto se titulara «Llega el tranvía».", {"title": "Llega el tranvía"}),
    ("Intitola il pezzo «Arriva il tram», circa 450 parole.", {"title": "Arriva il tram", **about(450)}),
    ("Sarebbe possibile intitolare l'articolo «Arriva il tram»? Grazie", {"title": "Arriva il tram"}),
    ("Je souhaiterais que la nouvelle version porte le titre « Le tram arrive ».", {"title": "Le tram arrive"}),
    ("Titre : « Le tram revient » — euh, plutôt « Le tram est de retour ».", {"title": "Le tram est de retour"}),
    ("Title: \"Trams are back\", no wait, \"The trams return\"", {"title": "The trams return"}),
    ("Die Überschrift soll lauten: „Neue Linie 4“", {"title": "Neue Linie 4"}),
    ("Il tient au titre « La ligne 4 enfin prolongée ».\nEnviron 600 mots.", {"title": "La ligne 4 enfin prolongée", **about(600)}),
    ("Please use this exact headline: \"Line 4 finally opens\"\nAround 500 words, in English.",
     {"title": "Line 4 finally opens", **about(500), "language": "en"}),
    ("Je voudrais que le titre soit exactement : « Ligne 4 : les travaux commencent »\nEnviron 500 mots.",
     {"title": "Ligne 4 : les travaux commencent", **about(500)}),
    ("Vorrei un testo di circa 700 parole, in inglese.", {**about(700), "language": "en"}),
    ("could you rewrite this in Spanish, about 500 words, warm tone please?", {"language": "es", **about(500), "tone": "warm"}),
    ("Hello! My neighbour said you could help: could you rewrite this in English, around 300 words?", {"language": "en", **about(300)}),
    # letters that open on who writes
    ("Bonjour, ici Martine de la crêperie du port 😊\nPourriez-vous réécrire ce texte en 400 mots environ ?\nUn ton chaleureux ce serait parfait.\nMerci mille fois !",
     {**about(400), "tone": "chaleureux"}),
    ("Good morning, this is Raj from Lakeside Dental.\nCould you rewrite this in about 350 words? A calm tone would be lovely.\nThanks so much!",
     {**about(350), "tone": "calm"}),
    ("¡Hola! Soy Marta, tengo una librería en Zaragoza.\n¿Podrías reescribir el texto en unas 500 palabras? Con un tono cercano, por favor.\n¡Mil gracias!",
     {**about(500), "tone": "cercano"}),
    ("Ciao! Sono Paolo, ho una pizzeria a Bari.\nPotresti riscrivere il testo in circa 350 parole? Con un tono allegro!\nGrazie di cuore!",
     {**about(350), "tone": "allegro"}),
    ("Hallo, hier ist Anja vom Turnverein Celle.\nBitte höchstens 500 Wörter, ohne Zwischenüberschriften.\nDanke!",
     {"max_words": 500, "subheadings": False}),
    ("Hiya, Tom from the Westfield Bowls Club here!\nPlease keep it under 400 words, and no subheadings.\nCheers!",
     {"max_words": 400, "subheadings": False}),
    ("Buenas tardes, le escribe Lola, de Viajes Albufera.\nNos gustaría un tono profesional, sin subtítulos y alrededor de 600 palabras.\nMuchas gracias de antemano.",
     {"tone": "profesional", "subheadings": False, **about(600)}),
    ("Hello! I'm the treasurer of Hove Sailing Club.\nWe're twinned with a club in Brest, so could you write this in French please? Around 450 words.\nBest, Ann",
     {"language": "fr", **about(450)}),
    # the sender's reasons and wishes beside the fields
    ("Longueur : 500 mots maximum, avec des intertitres pour que ce soit plus lisible.", {"max_words": 500, "subheadings": True}),
    ("Please add subheadings so readers can skim it, and keep it to 600 words max.", {"subheadings": True, "max_words": 600}),
    ("Con qualche sottotitolo per renderlo più chiaro, circa 500 parole.", {"subheadings": True, **about(500)}),
    ("Pas d'intertitres svp, c'est pour une lettre papier. Environ 300 mots.", {"subheadings": False, **about(300)}),
    ("Need this in English for the local paper, around 250 words, relaxed tone.", {"language": "en", **about(250), "tone": "relaxed"}),
    ("Pour l'article sur la braderie : 400 mots maximum, ton léger.", {"max_words": 400, "tone": "léger"}),
    ("Tone: lively but precise, please. 500 words.", {"tone": "lively but precise", **about(500)}),
    # bounds said as a clause of their own, the desk's abbreviations, slips
    ("Réécris en anglais, 450 mots, pas plus.", {"language": "en", "max_words": 450}),
    ("Rewrite in German, 800 words, no less.", {"language": "de", "min_words": 800}),
    ("refais ce papier en 300 mots mx, ton sobre, ss intertitres", {"max_words": 300, "tone": "sobre", "subheadings": False}),
    ("aprox 650 wrods, tone: upbeat, SEO please", {**about(650), "tone": "upbeat", "seo": True}),
    ("Peux tu reecrir cet article en espagnol ? Max 500 mots.", {"language": "es", "max_words": 500}),
    # editors' notes and keyword labels
    ("[NDLR pour le desk : réécrire en 400–500 mots, sans intertitres]", {"min_words": 400, "max_words": 500, "subheadings": False}),
    ("[Anm. d. Red.: auf Englisch, rund 500 Wörter]", {"language": "en", **about(500)}),
    ("NB : version courte, 200 mots max, ton direct, pas de H2", {"max_words": 200, "tone": "direct", "subheadings": False}),
    ("SEO keyword: tram line 4\nLength: 600-800 words", {"keywords": ["tram line 4"], "seo": True, "min_words": 600, "max_words": 800}),
    ("Mot-clé principal (SEO) : ligne 4\nEntre 500 et 700 mots.", {"keywords": ["ligne 4"], "seo": True, "min_words": 500, "max_words": 700}),
    ("Bjr,\nPeux-tu réécrire cet article en anglais ? Max 600 mots.\nMerci bcp", {"language": "en", "max_words": 600}),
    # the client's own people correct the brief; formal letters; readers with those beside them
    ("Mindestens 600 Wörter – nein, der Vorstand sagt mindestens 900 Wörter.", {"min_words": 900}),
    ("About 500 words. Actually the committee says 700 words.", {**about(700)}),
    ("Madame, Monsieur,\nJe me permets de vous écrire au nom de l'amicale des pompiers.\nPourriez-vous réécrire ce texte en 400 mots au maximum, sur un ton sobre ?\n"
     "En vous remerciant par avance, veuillez agréer mes salutations distinguées.", {"max_words": 400, "tone": "sobre"}),
    ("Sehr geehrte Damen und Herren,\nder Text ist für die Mitglieder und Freunde des Vereins gedacht.\nBitte höchstens 500 Wörter, ohne Zwischenüberschriften.\n"
     "Mit freundlichen Grüßen", {"audience": "Mitglieder und Freunde des Vereins", "max_words": 500, "subheadings": False}),
    ("- public : les lycéens et leurs professeurs\n- ton : direct\n- 400 mots maximum",
     {"audience": "les lycéens et leurs professeurs", "tone": "direct", "max_words": 400}),    # letters from people who are not editors, opening on who they are and what they do, closing as they do
    ("Morning!\nI'm the secretary of Hale Tennis Club. We won the county cup this year.\nPlease rewrite this for our website.\n"
     "Headline: Hale lift the cup\n400 words tops.\nCheers,\nMo", {"title": "Hale lift the cup", "max_words": 400}),
    ("Liebes Team,\nich betreue ehrenamtlich die Vereinszeitung des SV Lohr.\nBitte kürzen Sie den Bericht auf 300 bis 350 Wörter.\nHerzlichen Dank!",
     {"min_words": 300, "max_words": 350}),
    ("Carissimi,\nsono Anna, curo il notiziario della parrocchia.\nVi chiedo di riscrivere l'articolo in circa 300 parole, senza sottotitoli.\nVi ringrazio di cuore,",
     {**about(300), "subheadings": False}),
    ("hi, Kev here from Kev's Bikes (repairs & hire, Leeds)\nrewrite this for our facebook pls\n~250 words, chatty tone, no headings",
     {**about(250), "tone": "chatty", "subheadings": False}),
    ("Hi! I'm the new intern, Jo asked me to pass this on: please rewrite in Italian, around 500 words, calm tone.",
     {"language": "it", **about(500), "tone": "calm"}),
    ("Bonjour,\nJe suis Hugo, stagiaire au desk. On m'a demandé de vous transmettre ces consignes : réécrire en anglais, au moins 600 mots.\nBonne journée,",
     {"language": "en", "min_words": 600}),
    ("On voudrait ce texte en 300 mots maximum, à destination de nos adhérents, ton chaleureux.\nSportivement,",
     {"max_words": 300, "tone": "chaleureux"}),
    ("[Ed: rewrite at least 400 words, no more than 600, neutral tone]", {"min_words": 400, "max_words": 600, "tone": "neutral"}),
    ("Buonasera,\nvi chiedo una riscrittura in inglese, sulle 900 parole, tono sobrio.\nCordiali saluti,\nMarco Bini",
     {"language": "en", **about(900), "tone": "sobrio"}),
]
NEGATIVE_TWENTIETH_ROUND: list[str] = [
    "Le rapport, intitulé « Vivre en ville », paraît jeudi.",
    "The film, titled \"Night Trams\", opens on Friday.",
    "Il romanzo, intitolato «Il tram», esce domani in libreria.",
    "Son dernier livre porte le titre « Les Quais ».",
    "Der Film heißt „Die Linie 4“ und läuft ab Donnerstag.",
    "NDLR : le maire a démissionné depuis, après 700 jours de mandat.",
    "[NDLR : article mis à jour le 3 mars, 700 mots ajoutés]",
    "This is the best bakery in town, says its owner.",
    "Je suis très fier de ce projet, a déclaré le maire.",
    "Le texte de loi compte 600 mots, pas plus.",
    "Ce serait parfait, a dit la présidente du club.",
    "The committee said the report should run to about 500 words.",
    "Pour la dépêche de l'AFP, la ministre a refusé de répondre.",
    "The committee says the report will be 800 words long.",
    "Le maire dit que 500 personnes sont venues, en anglais comme en français.",
    "We're twinned with Brest, the mayor said, and the 600-word charter is in French.",
    "Morning traffic was heavy on the ring road, in both directions.",
    "Ta mère est partie en Italie, écrit-elle en 300 mots.",
    "[Ed: this article was updated on 3 March to add 200 words on the budget]",
    "Sam asked me to pass this on, the minister wrote in English to the mayor.",
]


# The twenty-fifth round of blind sets (ninth session's misses, read after scoring), in phrasings of my own: readers named in a
# request about the text, whatever its verb, and kept with their possessive ("mes patients" is how the sender names them).
TWENTY_FIRST_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Hello,\nI'd like this article reworked for first-time home buyers.\nAround 600 words, friendly tone.\nThanks,\nDan",
     {"audience": "first-time home buyers", **about(600), "tone": "friendly"}),
    ("Bonjour,\nJe voudrais une version de ce texte en anglais pour mes clients néerlandais.\n400 mots maximum.\nCordialement,\nPaul",
     {"language": "en", "audience": "mes clients néerlandais", "max_words": 400}),
    ("Hola:\nQuerríamos una versión de este artículo para los vecinos del barrio.\nComo mucho 300 palabras, tono cercano.\nSaludos,\nAna",
     {"audience": "vecinos del barrio", "max_words": 300, "tone": "cercano"}),
    ("Guten Tag,\nich hätte gern eine Fassung des Artikels für unsere Vereinsmitglieder.\nHöchstens 450 Wörter, sachlicher Ton.\nGrüße\nUte",
     {"audience": "unsere Vereinsmitglieder", "max_words": 450, "tone": "sachlich"}),
    ("Ciao,\nvi pregherei di riscrivere il pezzo per i soci del circolo, almeno 500 parole.\nGrazie,\nPiero",
     {"audience": "soci del circolo", "min_words": 500}),
    ("need this piece redone for night-shift nurses, 350 words max, calm tone",
     {"audience": "night-shift nurses", "max_words": 350, "tone": "calm"}),
    ("Bonjour,\nPouvez-vous réécrire cet article pour notre gazette ? Environ 450 mots, ton posé.\nOn écrit pour les retraités du canton.\nMerci,\nLéa",
     {"audience": "retraités du canton", **about(450), "tone": "posé"}),
    ("Could you rewrite this for the spring issue, about 500 words, with subheadings?", {**about(500), "subheadings": True}),
    ("Reescríbelo para mis alumnos de bachillerato, unas 400 palabras.", {"audience": "mis alumnos de bachillerato", **about(400)}),
    # keywords named in a sentence: after the verb or preposition that asks for them, or after a copula in a request
    ("Please optimise it for search engines, with the keyphrase lake cabins first, then pet-friendly stays and log fires.",
     {"seo": True, "keywords": ["lake cabins", "pet-friendly stays", "log fires"]}),
    ("Pourriez-vous l'optimiser avec le mot-clé principal gîte en Ardèche, et aussi randonnée et baignade ?",
     {"keywords": ["gîte en Ardèche", "randonnée", "baignade"]}),
    ("Ci potete riscrivere il pezzo per la SEO? La parola chiave principale è trekking in Val d'Aosta, poi rifugi alpini.",
     {"seo": True, "keywords": ["trekking in Val d'Aosta", "rifugi alpini"]}),
    ("It should run to 600-800 words and include the keywords sea kayaking Cornwall and guided paddles.",
     {"min_words": 600, "max_words": 800, "keywords": ["sea kayaking Cornwall", "guided paddles"]}),
    ("Vorrei circa 500 parole e queste parole chiave: cucina ligure, pesto fatto in casa.",
     {**about(500), "keywords": ["cucina ligure", "pesto fatto in casa"]}),
    ("500 mots max, merci d'utiliser les mots-clés chambre d'hôtes Vézelay, petit-déjeuner bio et parking gratuit.",
     {"keywords": ["chambre d'hôtes Vézelay", "petit-déjeuner bio", "parking gratuit"], "max_words": 500}),
    ('The main keyword should be "boat trips Oban", and please also work in "seal spotting" and "island ferry".',
     {"keywords": ["boat trips Oban", "seal spotting", "island ferry"]}),
    ("Höchstens 700 Wörter, bitte verwende die Keywords Radurlaub Mosel und Weinprobe.",
     {"keywords": ["Radurlaub Mosel", "Weinprobe"], "max_words": 700}),
    # an editor correcting themselves: a value taken back and said again, with its reason or without its label
    ("Length: 900 words. Oh wait, I meant 700 — 900 won't fit the page.\nTone: calm.", {**about(700), "tone": "calm"}),
    ("About 400 words, subheadings — sorry, scratch that, my business partner says 600 to 800 words suits the blog better.",
     {"min_words": 600, "max_words": 800, "subheadings": True}),
    ("Ton : léger — enfin non, plutôt sobre, c'est pour un faire-part. 300 mots max.", {"tone": "sobre", "max_words": 300}),
    ("Tone: playful, no, rather calm and warm. 500 words max.", {"tone": "calm and warm", "max_words": 500}),
    ("Público: jóvenes, no, mejor familias con niños. Máximo 400 palabras.", {"audience": "familias con niños", "max_words": 400}),
    ("Ton : humoristique. Non, je me reprends : ton posé. 500 à 700 mots.", {"tone": "posé", "min_words": 500, "max_words": 700}),
    ("Summary: rewrite of the harbour story\nDescription: 600 words, casual tone.\nNote from the account manager: correction, client asked for 450 words, not 600.",
     {**about(450), "tone": "casual"}),
    # a bound said after the new figure, a client's wish giving it, a bare "plutôt N" under the request, a length not wanted again
    ("Reescríbelo en 800 palabras... no, mejor 500 como máximo. Tono cercano.", {"max_words": 500, "min_words": None, "tone": "cercano"}),
    ("Lunghezza 900 parole, anzi no, facciamo 600 massimo. Tono sobrio.", {"max_words": 600, "min_words": None, "tone": "sobrio"}),
    ("Rewrite at 1,200 words — scratch that, client wants 800 max. Friendly tone.", {"max_words": 800, "min_words": None, "tone": "Friendly"}),
    ("[Desk] 450 mots, pas plus. Ton : sobre.", {"max_words": 450, "min_words": None, "tone": "sobre"}),
    ("@rédac tu peux me refaire ça en 800 mots ?\nnon, plutôt 500. merci !", {**about(500)}),
    ("Bitte 500 bis 700 Wörter, Ton: sachlich. Nicht wieder 1.200 Wörter wie beim letzten Mal!", {"min_words": 500, "max_words": 700, "tone": "sachlich"}),
]
# Words of a brief the tables did not know: "can u", a language mistyped, "hed:", "Lecteurs visés", a priest's signature, the
# client named after "pour le client" (no reader), readers after "pour notre" (no infinitive).
TWENTY_FIRST_ROUND_WORDS: list[tuple[str, dict[str, object]]] = [
    ("could u redo this in englsih, ~450 words, no headers thx", {"language": "en", **about(450), "subheadings": False}),
    ("kw: vélo pliant / H2 ok / ~1.5k w", {"keywords": ["vélo pliant"], "subheadings": True, "min_words": 1350, "max_words": 1650}),
    ("NB: 250 words max, no subheads, hed: Bridge closed until May", {"max_words": 250, "subheadings": False, "title": "Bridge closed until May"}),
    ("Lecteurs visés : les familles du quartier. 400 mots, sans intertitres.", {"audience": "les familles du quartier", **about(400), "subheadings": False}),
    ("Pour le client Boulangerie Martin : texte en français, 500 à 700 mots.", {"language": "fr", "min_words": 500, "max_words": 700, "audience": None}),
    ("Pourriez-vous en faire une version en anglais, pour notre clientèle étrangère ? 600 mots environ.",
     {"language": "en", "audience": "notre clientèle étrangère", **about(600)}),
    ("Carissimi,\nvi chiedo di riscrivere l'articolo in 300 parole, senza sottotitoli.\nVi ringrazio di cuore,\ndon Marco",
     {"max_words": None, **about(300), "subheadings": False}),
    # the focus named at the end of the list; a title given by "keep their title:"; readers as an item of the brief's list
    ("Mots-clés : vélo cargo, livraison, et surtout le mot-clé principal « vélo cargo Lyon ». 500 mots.",
     {"keywords": ["vélo cargo Lyon", "vélo cargo", "livraison"], **about(500)}),
    ("For SEO, the keywords are 'ski hire', 'lift pass' — and the main one, the focus keyphrase, is 'ski hire Chamonix'. 600 words max.",
     {"keywords": ["ski hire Chamonix", "ski hire", "lift pass"], "max_words": 600}),
    ("Notes from Sam:\n- English\n- 300 to 400 words\n- for first-time buyers\n- keep their title: Five homes under 200k\nThanks!",
     {"language": "en", "min_words": 300, "max_words": 400, "audience": "first-time buyers", "title": "Five homes under 200k"}),
]
# Letters whose envelope the tables did not know: a greeting with who writes on its line, a sign-off said with a word of its own,
# a name signed on someone's behalf or with an emoji; the text named in the genitive.
TWENTY_FIRST_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("¡Buenas! Somos la librería El Faro, de Gijón.\nNos gustaría que reescribierais el artículo en español, como mucho 350 palabras.\n"
     "Es para nuestros lectores de siempre.\n¡Un abrazo!\nRosa Pérez", {"language": "es", "max_words": 350, "audience": "nuestros lectores de siempre"}),
    ("Moin zusammen,\nhier schreibt Timo vom Ruderclub Kiel.\nKönntet ihr den Artikel für die Mitglieder unserer Jugendabteilung umschreiben? "
     "Auf Deutsch bitte, etwa 500 Wörter.\nSportliche Grüße\nTimo",
     {"language": "de", **about(500), "audience": "Mitglieder unserer Jugendabteilung"}),
    ("Sehr geehrte Damen und Herren,\ndie Stadtbibliothek Neuss bittet um eine Überarbeitung des Textes für Eltern von Kleinkindern.\n"
     "Umfang: höchstens 400 Wörter, Ton: freundlich.\nMit freundlichen Grüßen\ni. A. Jana Berg",
     {"audience": "Eltern von Kleinkindern", "max_words": 400, "tone": "freundlich"}),
    ("Hello,\nI'm Priya, I run a small pottery studio in Leeds.\nCould this article please be written in French?\n"
     "About 500 words, warm tone.\nThanks a million,\nPriya 🏺", {"language": "fr", **about(500), "tone": "warm"}),
    # the name signed with who the sender is: a role, a team after a pipe, a team in parentheses
    ("Bonjour,\nPourriez-vous reprendre ce texte ? Environ 300 mots, ton posé.\nMerci d'avance,\nHélène Roux, trésorière de l'Amicale laïque",
     {**about(300), "tone": "posé"}),
    ("Hi team,\nPlease rewrite this in English, 600 to 800 words, with H2s.\nCheers,\nDan | Northgate Media",
     {"language": "en", "min_words": 600, "max_words": 800, "subheadings": True}),
    ("Hallo zusammen,\nkönnt ihr den Text umschreiben? Höchstens 400 Wörter, Ton: locker.\nViele Grüße\nUwe Krause, 2. Vorsitzender SV Lindau",
     {"max_words": 400, "tone": "locker"}),
]
NEGATIVE_TWENTY_FIRST_ROUND: list[str] = [
    "Nous aimerions une version de ce texte pour chaque école, explique la directrice.",
    "We'd like the article rewritten for every parent in the district, the head teacher said.",
    "Ich hätte gern eine Fassung des Gesetzes für Kinder, sagt die Ministerin.",
    "Vorrei una versione del libro per i ragazzi, ha detto l'autrice.",
    "Querríamos una versión de este artículo para las familias, reconoce el alcalde.",
    "The council needs the article rewritten for the Easter issue, a spokesman said.",
    "« J'aimerais que cet article soit relu pour mes petits-enfants », confie-t-elle.",
    "On écrit pour les lecteurs, pas pour les algorithmes, rappelle la rédactrice en chef.",
    "Le mot-clé de la campagne est sobriété, a martelé la ministre.",
    "For the mayor, the keyword is trust, and the next 600 days will test it.",
    "La parola chiave principale è fiducia, ha spiegato il sindaco in 300 parole.",
    "Les agences utilisent les mots-clés les plus recherchés, et aussi les plus chers.",
    "The guide includes the keywords readers search for most, with 800 words on each.",
    "Avec le mot-clé « durable », les marques séduisent les jeunes lecteurs.",
    "Das Schlüsselwort ist Vertrauen, sagt die Bürgermeisterin.",
    "Su palabra clave es confianza, y la repite en cada discurso.",
    "Le public ? Des jeunes, non, plutôt des familles, selon l'organisateur.",
    "No, rather calm and warm, the coach said of his 500 players.",
    "Sorry, scratch that, our accountant says the 700-page report is wrong.",
    "Pardon, mon mari dit que 500 mots, c'était trop long pour son discours, raconte-t-elle.",
    "The client asked for 400 words, not 500, and the agency refused, the court heard.",
    "PRESS RELEASE: Brightway launches an SEO course for local newsrooms, in English and French.",
    "Nicht wieder 1.500 Wörter, sagte der Lehrer, und die Klasse lachte.",
    "Plus jamais 300 mots pour un hommage, promet la rédactrice en chef.",
    "Communiqué : Optimise Conseil ouvre une formation SEO de 700 heures, en français et en anglais.",
]

# Eleventh session: formal requests naming the text at hand ("une version de ce texte", "a rewrite of the above article",
# "la riscrittura dell'articolo seguente"), limits said as a limit or a verb ("dans une limite de", "not exceeding"), a label's
# qualifier and its keyphrase without a colon, a reviewer's comment, readers after "suitable for", a note's spoken end.
TWENTY_SECOND_ROUND: list[tuple[str, dict[str, object]]] = [
    ("La Région vous prie de bien vouloir préparer une version de ce texte en anglais, de 400 mots au plus, sur un ton sobre.",
     {"language": "en", "max_words": 400, "tone": "sobre"}),
    ("Nous souhaiterions une adaptation de l'article ci-dessous pour les nouveaux habitants, d'une longueur de 300 mots.",
     {"audience": "nouveaux habitants", **about(300)}),
    ("The Trust would be grateful for a rewrite of this piece in German, not exceeding 500 words, with subheadings.",
     {"language": "de", "max_words": 500, "subheadings": True}),
    ("We kindly ask for an adaptation of the attached article for first-year students, approximately 700 words, in a friendly tone.",
     {"audience": "first-year students", **about(700), "tone": "friendly"}),
    ("Solicitamos una adaptación de este texto al inglés, de unas 450 palabras y sin intertítulos.",
     {"language": "en", **about(450), "subheadings": False}),
    ("La Provincia chiede una versione del testo seguente in tedesco, di circa 350 parole, con tono istituzionale.",
     {"language": "de", **about(350), "tone": "istituzionale"}),
    ("Die Stadtwerke wünschen eine Überarbeitung dieses Textes auf Englisch, höchstens 600 Wörter.",
     {"language": "en", "max_words": 600}),
    ("Texte en français, dans une limite de 450 mots, avec intertitres.", {"language": "fr", "max_words": 450, "subheadings": True}),
    ("English version please, within 300 words, no subheadings.", {"language": "en", "max_words": 300, "subheadings": False}),
    ("Articolo limitato a 500 parole, in italiano, tono cordiale.", {"max_words": 500, "language": "it", "tone": "cordiale"}),
    ("bon tu me fais ça en 600 mots environ sans intertitres et le public c'est les retraités du quartier voilà merci",
     {**about(600), "subheadings": False, "audience": "les retraités du quartier"}),
    ("just redo it in Spanish around 500 words and make it sound friendly for new parents",
     {"language": "es", **about(500), "tone": "friendly", "audience": "new parents"}),
    ("SEO, 900 mots, kw principal assurance habitation, H2 obligatoires",
     {"seo": True, **about(900), "keywords": ["assurance habitation"], "subheadings": True}),
    ("700 words, focus keyword electric bikes, add H2s", {**about(700), "keywords": ["electric bikes"], "subheadings": True}),
    ("Comment (Jess): please rewrite in English, 500 words max. Target reader: hotel owners.",
     {"language": "en", "max_words": 500, "audience": "hotel owners"}),
    ("Could you rewrite this for the coaches of our under-10s, about 400 words, upbeat tone?",
     {"audience": "coaches of our under-10s", **about(400), "tone": "upbeat"}),
    ("Rewrite this in French, 600 words, suitable for hospital volunteers.", {"language": "fr", **about(600), "audience": "hospital volunteers"}),
]
# Letters from institutions and small senders: formal greetings ("Spett.le", "Estimado/a …:", "Señores:"), long or plain
# closings ("Veuillez agréer…", "Nous vous remercions par avance.", "Reciban un cordial saludo."), an office signing, a name
# with who they are after a comma, a name under a line that ends politely.
TWENTY_SECOND_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Madame, Monsieur,\nLa médiathèque vous saurait gré de bien vouloir adapter le texte ci-dessous en espagnol, dans une limite de 350 mots.\n"
     "Veuillez agréer, Madame, Monsieur, l'expression de nos sincères salutations.\nLe service culturel de la Ville de Vannes",
     {"language": "es", "max_words": 350}),
    ("Spett.le redazione,\nl'Ente Parco chiede la riscrittura dell'articolo seguente per i visitatori, in circa 400 parole, senza sottotitoli.\n"
     "Distinti saluti,\nUfficio Comunicazione dell'Ente Parco",
     {"audience": "visitatori", **about(400), "subheadings": False}),
    ("Estimado/a redactor/a:\nLe rogamos que prepare una versión de este artículo en francés de unas 500 palabras, con un tono cercano.\n"
     "Reciban un cordial saludo.\nGabinete de Prensa, Diputación de Huesca",
     {"language": "fr", **about(500), "tone": "cercano"}),
    ("Señores:\nSolicitamos una reescritura del texto anterior de 600 palabras, con intertítulos.\nAtentamente,\nDirección de Comunicación",
     {**about(600), "subheadings": True}),
    ("Bonjour à vous,\nnous tenons une crêperie à Quimper, pouvez-vous réécrire cet article en anglais pour nos clients anglais, 300 mots maxi. merci bcp\n"
     "Anne et Yves, Crêperie du Port", {"language": "en", "max_words": 300, "audience": "nos clients anglais"}),
    ("Bonjour,\nPourriez-vous réécrire ce texte pour les parents d'élèves, environ 400 mots ?\nNous vous remercions par avance.\nL'équipe de l'APE Jules-Ferry",
     {"audience": "parents d'élèves", **about(400)}),
    ("Buongiorno,\nsono Marta della pasticceria Dolce Vita. Potreste riscrivere questo articolo in inglese, massimo 250 parole? "
     "Grazie, senza sottotitoli per favore!\nMarta", {"language": "en", "max_words": 250, "subheadings": False}),
    ("Dear colleague,\nThe Press Office would be grateful if you could prepare a rewrite of the above article of no more than 450 words, "
     "in a neutral tone.\nKind regards,\nPress Office, University of Kent", {"max_words": 450, "tone": "neutral"}),
]
NEGATIVE_TWENTY_SECOND_ROUND: list[str] = [
    "A version of this article appeared in print in English, in a shorter form of 800 words.",
    "Une version de cet article a été publiée en anglais dans notre édition du 3 mars.",
    "La traduction de ce texte en anglais a pris trois mois, explique l'éditrice.",
    "Focus keyword research is the first step, says the consultant.",
    "Main keyword tools compared: 12 services, 800 words each.",
    "The museum asked for a rewrite of this exhibition text for families, the curator said.",
    "Une adaptation de ce roman en anglais, de 500 pages, sortira en mars.",
    "Veuillez agréer nos salutations, écrit le maire dans sa lettre de 300 mots.",
    "Comment (vidéo) : comment écrire 800 mots en anglais sans y passer la nuit",
    "Dans une limite de 500 mots, les candidats ont rédigé une lettre en anglais.",
    "Not exceeding 750 words, the essays must be written in English, the rules say.",
    "Eine Übersetzung dieses Artikels ins Englische mit 800 Wörtern erscheint morgen.",
    "Rewrite this story in 300 words? Our readers tried, and the results were funny.",
]

# Titles wished in a sentence ("We would love the headline to be", "El título tiene que ser"), a rather-tone, requests asked
# as a favour ("¿Me haces…?", "Can I have…"), a correction the editor passed on ("the editor just told me 700 words max").
TWENTY_THIRD_ROUND: list[tuple[str, dict[str, object]]] = [
    ('We would love the headline to be "Budget 2027: what changes for families".', {"title": "Budget 2027: what changes for families"}),
    ("Pour le titre, on aimerait vraiment « Ce que le budget change pour vous », et 500 mots environ.", {"title": "Ce que le budget change pour vous", **about(500)}),
    ("Réécrivez le texte en anglais avec un titre bien précis : « A budget for the schools »", {"language": "en", "title": "A budget for the schools"}),
    ("Il titolo deve essere «Un bilancio per le scuole», massimo 400 parole.", {"title": "Un bilancio per le scuole", "max_words": 400}),
    ("El título tiene que ser «Un presupuesto para las escuelas», en español.", {"title": "Un presupuesto para las escuelas", "language": "es"}),
    ("Title should read: City budget passes after long debate", {"title": "City budget passes after long debate"}),
    ("Die Überschrift soll lauten: Haushalt nach langer Debatte beschlossen", {"title": "Haushalt nach langer Debatte beschlossen"}),
    ("Ton eher freundlich, bitte auf Deutsch, etwa 300 Wörter.", {"tone": "freundlich", "language": "de", **about(300)}),
    ("Solo una cosa: el texto tiene que ir en inglés y sin subtítulos.", {"language": "en", "subheadings": False}),
    ("¿Me haces el texto en francés, unas 400 palabras? Gracias!", {"language": "fr", **about(400)}),
    ("Can I have this in Italian, 500 words max, thank u!!", {"language": "it", "max_words": 500}),
    ("Rewrite in English, 900 words.\nOh wait, sorry, the editor just told me 700 words max.", {"language": "en", "max_words": 700}),
    ("Réécris en anglais, 900 mots.\nPardon, la cheffe vient de me dire 700 mots max.", {"language": "en", "max_words": 700}),
]
# Letters signed by a body (lower case, German compounds: "der Musikverein Oberried"), with an adverb's sign-off ("Sportivement,").
TWENTY_THIRD_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Bonjour,\nPourriez-vous adapter ce texte pour nos adhérents, environ 300 mots, sans intertitres ?\nSportivement,\nle comité des fêtes de Plouha",
     {"audience": "nos adhérents", **about(300), "subheadings": False}),
    ("Chère équipe,\nmerci de réécrire l'article en anglais pour les familles du jumelage, 400 mots au plus.\nAmitiés,\nl'association de jumelage Lannion-Caerphilly",
     {"language": "en", "audience": "familles du jumelage", "max_words": 400}),
    ("Hallo zusammen,\nkönnt ihr den Text für unsere Vereinszeitung kürzen, höchstens 250 Wörter?\nMusikalische Grüße,\nder Musikverein Oberried",
     {"max_words": 250}),
]
NEGATIVE_TWENTY_THIRD_ROUND: list[str] = [
    "Pour info, le titre du rapport est « Un budget pour demain », 120 pages en anglais.",
    "Le comité des fêtes souhaite un article de 300 mots dans le bulletin, a précisé son président.",
    "Sportivement, le club a terminé la saison en tête, avec 40 points.",
    "We would like the headline to be about us, not about the money, the mayor joked.",
    "Merci à tous les bénévoles, écrit l'association dans un texte de 200 mots.",
    "The mayor told me 700 words was too long for a speech.",
    "Le client m'a dit que 700 mots suffisaient, raconte le rédacteur.",
]

# Requests that ask nothing more ("Merci de réécrire ce texte, rien de spécial."); a note's title between rules; SEO refused as
# "optimisation"; letters' addressees ("All'attenzione del redattore:", "FAO writer:"); a correction's label; a label's remark;
# "pas d intertitres"; "TODO rewrite:"; readers as ages or aimed at ("Nous visons un public de…"); "same brief as usual but…";
# a place alone is an edition, not its readers ("para Sevilla").
TWENTY_FOURTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Please rewrite this article, thanks.", {}),
    ("Merci de réécrire ce texte, rien de spécial.", {}),
    ("¿Puedes reescribir este texto, por favor?", {}),
    ("Potresti riscrivere questo articolo? Grazie", {}),
    ("Den Artikel bitte überarbeiten, danke.", {}),
    ("=== Brief rédac ===\n500 mots, en anglais, ton sobre.", {**about(500), "language": "en", "tone": "sobre"}),
    ("senza ottimizzazione SEO, massimo 300 parole, in italiano.", {"seo": False, "max_words": 300, "language": "it"}),
    ("Texte pour le print : sans optimisation SEO, 450 mots.", {"seo": False, **about(450)}),
    ("All'attenzione del redattore:\nriscrivere in inglese, circa 600 parole, tono sobrio.", {"language": "en", **about(600), "tone": "sobrio"}),
    ("FAO writer: German please, 400 words max.", {"language": "de", "max_words": 400}),
    ("Correction to my brief: the headline is \"Budget: what the council decided\", still 500 words max.", {"title": "Budget: what the council decided", "max_words": 500}),
    ("Consigne (Marc, desk sport) : en espagnol, 350 mots, sans intertitres.", {"language": "es", **about(350), "subheadings": False}),
    ("réécris en 500 mots, pas d intertitres, ton léger", {**about(500), "subheadings": False, "tone": "léger"}),
    ("TODO rewrite: DE, 600 words, no subheads", {"language": "de", **about(600), "subheadings": False}),
    ("tu peux me faire ça en 300 mots, public 30-45 ans, merci", {**about(300), "audience": "30-45 ans"}),
    ("Pouvez-vous adapter ce texte ? Nous visons un public de jeunes retraités, 400 mots environ, ton chaleureux.",
     {"audience": "jeunes retraités", **about(400), "tone": "chaleureux"}),
    ("Pouvez-vous adapter ce texte pour les familles du quartier ? Entre 300 et 400 mots.", {"audience": "familles du quartier", "min_words": 300, "max_words": 400}),
    ("Same brief as usual but in Spanish this time, 700 words.", {"language": "es", **about(700)}),
    ("Reescribe en inglés para Sevilla, 500 palabras, tono cercano.", {"language": "en", **about(500), "tone": "cercano"}),
]
TWENTY_FOURTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Bonjour,\nMerci de reprendre ce texte pour notre site, rien de particulier.\nBonne journée,\nMartine", {}),
]
NEGATIVE_TWENTY_FOURTH_ROUND: list[str] = [
    "Sans optimisation SEO, le site a perdu la moitié de ses visiteurs, explique la gérante.",
    "Comme d'habitude, mais en anglais cette fois, le maire a ouvert la séance.",
    "Pouvez-vous adapter ce texte ? demande un lecteur dans le courrier des lecteurs.",
    "Public 18-25 ans : la mairie lance une carte jeunes.",
    "Merci de réécrire l'histoire, lance le maire aux élus.",
    "Please rewrite this law, protesters chanted outside the council.",
    "Réécriture",
    "-- Fin de la note --",
]

# Who needs it ("mi serve sto testo in francese", "Tenemos una librería… y queremos…"), "x lunedì", "tipo 500", "Englisch natürlich",
# "sin SEO ni nada", "sans vous occuper du référencement", "SEO brauchen wir nicht"; "US students"; requests that ask nothing more,
# with who writes and their name; a place to post it is no reader ("per la bacheca"); a rewrite asked politely after who it is for;
# "non troppo lungo" beside a tone; "every ~250 words"; "German rewrite"; a chat pasted with its speaker; a tool's path over a card.
TWENTY_FIFTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Kannst du das bitte kürzen? Nicht mehr als 300 Wörter, Englisch natürlich.", {"max_words": 300, "language": "en"}),
    ("oye, reescríbelo en inglés, sin SEO ni nada, unas 300 palabras", {"language": "en", "seo": False, **about(300)}),
    ("ragazzi mi serve sto testo in francese x lunedì, tipo 500 parole", {"language": "fr", **about(500)}),
    ("Please keep it under 400 words, it's for US students in Paris.", {"max_words": 400, "audience": "US students in Paris"}),
    ("Hi! Quick rewrite of this text please, nothing fancy.", {}),
    ("Merci de réécrire cet article avec vos propres mots, sans en changer le sens.", {}),
    ("Hello, I volunteer at the food bank. Could you rewrite this so it reads a bit better? Thanks, Ruth", {}),
    ("Bonjour, vous pourriez me remettre cet article au propre svp ? Merci, Gilles (comité des fêtes)", {}),
    ("Riscrivi il testo per la bacheca del circolo, massimo 200 parole.", {"max_words": 200}),
    ("c'est pour le magasin, réécris-le en 200 mots max stp", {"max_words": 200}),
    ("Sans vous occuper du référencement, 500 mots environ.", {"seo": False, **about(500)}),
    ("SEO brauchen wir nicht, etwa 600 Wörter, auf Deutsch.", {"seo": False, **about(600), "language": "de"}),
    ("Tenemos una librería en Burgos y queremos este texto en inglés, unas 400 palabras.", {"language": "en", **about(400)}),
    ("Vi chiedo di riscrivere il testo con un tono cordiale e non troppo lungo, massimo 400 parole.", {"tone": "cordiale", "max_words": 400}),
    ("H2 toutes les ~250 mots, en espagnol, 1200 mots max.", {"subheadings": True, "language": "es", "max_words": 1200}),
    ("Description: German rewrite, 500-600 words.", {"language": "de", "min_words": 500, "max_words": 600}),
    ("Ana: can you rewrite this one for the blog?\nAna: Spanish please, ~400 words\nAna: gracias", {"language": "es", **about(400)}),
    ("Asana › Blog › Doing\nTask: budget story\nNotes: French rewrite, 700 words, no subheadings.", {"language": "fr", **about(700), "subheadings": False}),
]
# Letters: "Sehr geehrte Frau, sehr geehrter Herr," and a German verb's particle last ("für unsere Mitglieder um"), "God bless,",
# "Avec nos salutations distinguées," and "Le bureau…", two names with "&".
TWENTY_FIFTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Sehr geehrte Frau, sehr geehrter Herr,\nbitte schreiben Sie den Text für unsere Mitglieder um. Er soll freundlich bleiben und höchstens 300 Wörter lang sein.\n"
     "Mit freundlichen Grüßen\nIhr Gartenbauverein", {"audience": "unsere Mitglieder", "tone": "freundlich", "max_words": 300}),
    ("Dear friend,\nCould you rewrite this for our members, in a warm tone, about 300 words?\nGod bless,\nMargaret",
     {"audience": "our members", "tone": "warm", **about(300)}),
    ("Madame, Monsieur,\nMerci de réécrire ce texte pour nos adhérents, 400 mots maximum.\nAvec nos salutations distinguées,\nLe bureau de l'amicale",
     {"audience": "nos adhérents", "max_words": 400}),
    ("Hi team,\nPlease rewrite this in English, 500 words.\nThanks,\nSam & Alex, Café Lumière", {"language": "en", **about(500)}),
]
NEGATIVE_TWENTY_FIFTH_ROUND: list[str] = [
    "Les élèves, répartis en trois groupes, résument en 200 mots le discours du maire.",
    "Accueil › Actualités › Budget 2027",
    "Tenemos una tienda en Burgos desde 1990, cuenta el propietario.",
    "Sehr geehrte Damen und Herren, begann der Bürgermeister seine Rede.",
    "God bless, the pastor said as the meeting ended.",
    "For US voters, the budget is a test, the senator said.",
    "Le bureau de l'association a voté un budget de 300 euros.",
]

# Requests asked with "please" after the modal ("Could you please rewrite the text below?"), "plus simplement"; "Don't bother with SEO";
# "rewrite en ES"; readers as whom the sender serves ("Mes lecteurs sont surtout des…") or who must understand it; a title and a
# word about it; the desk's "Hn", "subs", "RW", "petits titres"; "SEO: not needed"; "sorry, should be 450"; on air ("c'est pour la
# radio", listeners); the client's site named last is no reader; a friend's name under the brief ("Josée xx").
TWENTY_SIXTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Could you please rewrite the text below? Thanks!", {}),
    ("Bonjour, tu peux me réécrire ça plus simplement ? merci ! Claire", {}),
    ("Note for the writer: it's for nurses, so a calm tone please. Don't bother with SEO.", {"audience": "nurses", "tone": "calm", "seo": False}),
    ("Hello, rewrite en ES svp, 600 words max.", {"language": "es", "max_words": 600}),
    ("Mes lecteurs sont surtout des cyclistes du dimanche, 400 mots, ton léger.", {"audience": "cyclistes du dimanche", **about(400), "tone": "léger"}),
    ("Il faudrait que ce soit compréhensible par les collégiens, 300 mots max.", {"audience": "les collégiens", "max_words": 300}),
    ('Title: "Five things the budget changes" (do not change)', {"title": "Five things the budget changes"}),
    ("Pas de Hn, 400 mots, en anglais.", {"subheadings": False, **about(400), "language": "en"}),
    ("RW FR, 300w max, no subs.", {"language": "fr", "max_words": 300, "subheadings": False}),
    ("Des petits titres svp, au moins 500 mots.", {"subheadings": True, "min_words": 500}),
    ("SEO: not needed\nWord count: 400 – sorry, should be 450", {"seo": False, **about(450)}),
    ("c'est pour la radio, 250 mots max, ton enjoué, pour nos auditeurs du matin", {"max_words": 250, "tone": "enjoué", "audience": "nos auditeurs du matin"}),
    ("Language: German (for the client's new DE site)\nWord count: 500", {"language": "de", **about(500)}),
    ("reecris ca en anglais, 300 mots max, ton chaleureux\nJosée xx", {"language": "en", "max_words": 300, "tone": "chaleureux"}),
]
# Letters: one person greeted by what they do ("Gentile collaboratrice,"), "si prega di", "merci ben! Jean-Guy", Swiss "Grüsse".
TWENTY_SIXTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Gentile collaboratrice,\nsi prega di riscrivere il testo in inglese, massimo 400 parole.\nDistinti saluti\nUfficio Cultura – Comune di Rimini",
     {"language": "en", "max_words": 400}),
    ("salut!\ntu peux me refaire ça en 300 mots, ton sympa svp\nmerci ben! Jean-Guy", {**about(300), "tone": "sympa"}),
    ("Guten Tag\nKönnten Sie den Text bitte auf Englisch umschreiben? Höchstens 400 Wörter.\nBesten Dank und freundliche Grüsse\nSekretariat – Verein Pro Velo",
     {"language": "en", "max_words": 400}),
]
NEGATIVE_TWENTY_SIXTH_ROUND: list[str] = [
    # two lines a reviewer wrote to trip the rules (taken before this round: an interview's question, an exam's task)
    "Journaliste : Vous réécririez ce discours aujourd'hui ?",
    "Consigne de l'épreuve : réécrivez ce texte au passé simple en respectant la ponctuation.",
    "Die Ausstellung richtet sich an Familien und erscheint im Katalog auch auf Italienisch.",
    "Journaliste : Vous referiez ce choix aujourd'hui ?",
    "Consigne du concours : réécrivez ce poème en 300 mots.",
    "Mes clients sont surtout des retraités, explique la boulangère, et ils lisent le journal.",
    "Merci ben! lance Jean-Guy aux bénévoles.",
    "Pas de Hn dans ce guide de 40 pages, regrettent les enseignants.",
    "The report should be 650 pages long, the committee said.",
]

# "einfach umschreiben"; the tone's words alone ("Warm and friendly please") or two before "tone"; readers by their age or classes
# ("élèves de 13 ans", "Schüler der 5. und 6. Klasse"), with an ordinal class in the label ("Pour mes 4e :"); "pásamelo a inglés",
# "traducelo al alemán"; "struttura H2/H3", "titoli di paragrafo"; "pensado para", "pensando soprattutto ai".
TWENTY_SEVENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Den Text bitte einfach umschreiben, danke!", {}),
    ("Warm and friendly please, 300 words max.", {"tone": "Warm and friendly", "max_words": 300}),
    ("Could you redo the story above in a warm, simple tone for hospital visitors?", {"tone": "warm, simple", "audience": "hospital visitors"}),
    ("Pour mes 4e : réécrivez ce texte pour des élèves de 13 ans, 200 mots maximum.", {"audience": "élèves de 13 ans", "max_words": 200}),
    ("Per i ragazzi di 12 anni, in italiano, massimo 300 parole.", {"audience": "ragazzi di 12 anni", "language": "it", "max_words": 300}),
    ("Für Schüler der 5. und 6. Klasse, höchstens 250 Wörter.", {"audience": "Schüler der 5. und 6. Klasse", "max_words": 250}),
    ("pásamelo a inglés, unas 300 palabras", {"language": "en", **about(300)}),
    ("traducelo al alemán, sin subtítulos", {"language": "de", "subheadings": False}),
    ("Briefing: IT, 600–800 parole, struttura H2/H3, tono sobrio", {"language": "it", "min_words": 600, "max_words": 800, "subheadings": True, "tone": "sobrio"}),
    ("Necesito el texto en francés, pensado para los vecinos del barrio, unas 500 palabras.",
     {"language": "fr", "audience": "los vecinos del barrio", **about(500)}),
    ("Riscrivi in inglese pensando soprattutto ai turisti, 400 parole.", {"language": "en", "audience": "turisti", **about(400)}),
    ("Con titoli di paragrafo, massimo 500 parole.", {"subheadings": True, "max_words": 500}),
]
# A letter whose greeting opens its one paragraph ("Hello, I help out at…"), and a greeted letter that asks with one field.
TWENTY_SEVENTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Hello, I help out at the community garden. Could you turn this article into English for our volunteers? About 300 words would be lovely.\n"
     "With many thanks,\nPeter", {"language": "en", "audience": "our volunteers", **about(300)}),
    ("Bonjour,\nPourriez-vous simplement réécrire cet article, sans dépasser 300 mots ?\nMerci et bonne journée,\nSœur Agnès", {"max_words": 300}),
]
NEGATIVE_TWENTY_SEVENTH_ROUND: list[str] = [
    "Les bénévoles du club, pensant surtout aux enfants, ont organisé une fête pour 300 personnes.",
    "Fun and games: the council's budget night in 800 words",
    "Un élève de 13 ans a réécrit la chanson en anglais.",
    "Exercice de 3e : une dictée de 200 mots sur le budget.",
    "Le document de 900 mots, rédigé dans un ton très sec, a été rejeté par les élus.",
    "Thanks for taking this on, the mayor told the volunteers in a warm speech.",
]

# How soon ("URGENT —", "c'est pour lundi"); "titre fixe :"; "it's mostly for", "Celui-ci c'est pour"; "même chose que d'hab mais",
# "re,"; a course, a broadcast or a partner is no reader; who writes, by name ("Ben again.", "Jonas hier."); "non 350 plutôt"; "cest";
# a relative's advice passed on ("My daughter says I need SEO"), keywords named in a sentence ('keyword is "…" and also "…"');
# "als Überschrift „…“ nehmen".
TWENTY_EIGHTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("URGENT — réécrire en 300 mots, pas de SEO.", {**about(300), "seo": False}),
    ("titre fixe : « Le budget en cinq chiffres »", {"title": "Le budget en cinq chiffres"}),
    ("Make it friendly, it's mostly for young families. About 300 words.", {"tone": "friendly", "audience": "young families", **about(300)}),
    ("Celui-ci c'est pour les habitants du quartier, 400 mots max.", {"audience": "habitants du quartier", "max_words": 400}),
    ("re, même chose que d'hab mais en espagnol, pour des lycéens, 400 mots max", {"language": "es", "audience": "lycéens", "max_words": 400}),
    ("réécris ça en espagnol stp c'est pour mon cours, 500 mots", {"language": "es", **about(500)}),
    ("Consigne :\n- version anglaise, pour diffusion sur notre site\n- 600 mots", {"language": "en", **about(600)}),
    ("Réécrire pour notre partenaire de Lyon, 500 mots max, ton neutre.", {"max_words": 500, "tone": "neutre"}),
    ("Ben again. Just rewrite this one pls, nothing else. thx", {}),
    ("Jonas hier. Kannst du das mal kurz umschreiben? Danke!", {}),
    ("Merci de reprendre ce texte, c'est pour lundi.", {}),
    ("reecris ca en 300 mots, non 350 plutot. et le titre cest « Le marché revient »", {**about(350), "title": "Le marché revient"}),
    ('My daughter says I need SEO. keyword is "farm shop" and also "local honey". 500 words max. Thanks! Ruth', {"seo": True, "keywords": ["farm shop", "local honey"], "max_words": 500}),
    ('Mein Sohn meint, ich brauche SEO. Keyword wäre "Hofladen" glaub ich. Etwa 400 Wörter.', {"seo": True, "keywords": ["Hofladen"], **about(400)}),
    ("bitte als Überschrift „Neue Wege im Rathaus“ nehmen", {"title": "Neue Wege im Rathaus"}),
]
# Initials under a block ("M.L."), a name under a greeted letter with no sign-off.
TWENTY_EIGHTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Consignes :\n- version espagnole pour le site\n- pas de SEO, pas d'intertitres\nM.L.", {"language": "es", "seo": False, "subheadings": False}),
    ("Bonjour,\nPourriez-vous l'écrire en anglais cette fois ? Environ 300 mots, sans intertitres.\nJosette", {"language": "en", **about(300), "subheadings": False}),
]
NEGATIVE_TWENTY_EIGHTH_ROUND: list[str] = [
    "Des visites en anglais et en allemand seront proposées pendant tout l'été, 300 places au total.",
    "He says the article should be 800 words, in English.",
    "Mon fils m'a dit que le livre faisait 300 pages, en anglais.",
    "Le maire voulait 400 places, 450 plutôt que 500 mots de discours.",
    "Marie Dupont",
    "URGENT : la mairie recrute 300 saisonniers pour l'été.",
]

# A quoted title ends at its quotes, before the next clause and across another quoted list; readers "meine Kunden", "our partner
# schools"; "As discussed on the phone"; thanks for the rewrite with one field; "À réécrire".
TWENTY_NINTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ('@pigiste rewrite for the sports desk — 300w, headline: "Derby day in the budget", no subheads pls',
     {**about(300), "title": "Derby day in the budget", "subheadings": False}),
    ("Consignes : titre : « Budget : les écoles d'abord », 500 mots, ton neutre.", {"title": "Budget : les écoles d'abord", **about(500), "tone": "neutre"}),
    ('SEO: focus keyphrase "school meals", title "School Meals: What the Budget Pays For", 600 words.',
     {"seo": True, "keywords": ["school meals"], "title": "School Meals: What the Budget Pays For", **about(600)}),
    ("Kannst du das bitte für meine Kunden umschreiben? Ton: locker, max. 300 Wörter.", {"audience": "meine Kunden", "tone": "locker", "max_words": 300}),
    ("Please rewrite this in French for our partner schools in Lyon, about 400 words.", {"language": "fr", "audience": "our partner schools in Lyon", **about(400)}),
    ("As discussed on the phone, please rewrite this in Spanish, 500 words, no subheadings. Many thanks, Ana", {"language": "es", **about(500), "subheadings": False}),
    ("Bonne fin de semaine et merci d'avance pour la réécriture ! Environ 600 mots. Luc", {**about(600)}),
    ("À réécrire svp, merci. M.", {}),
    ("À réécrire pour l'édition du soir. 400 mots max. Merci, Paul", {"max_words": 400}),
]
# A sender's role with an initial ("assistante de M. le Maire").
TWENTY_NINTH_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Madame, Monsieur,\nJe vous saurais gré de bien vouloir réécrire l'article ci-dessus pour les habitants, en 600 mots environ, avec des intertitres.\n"
     "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\nSophie Roux, assistante de M. le Maire",
     {"audience": "habitants", **about(600), "subheadings": True}),
]
NEGATIVE_TWENTY_NINTH_ROUND: list[str] = [
    "As discussed at the meeting, the council will publish the budget in English and French.",
    "À réécrire l'histoire, on finit par l'oublier, écrit l'auteur dans un essai de 300 pages.",
    "—",
    "Les partenaires de la ville, 40 associations, ont reçu 500 euros chacun.",
]

# Tags before a brief, each a clause ("[ES] [Retail] Rewrite…": a tag that names no field goes); "optimisé pour le mot-clé « … »";
# "celui-ci", a desk named with two words, "this one too", "a Spanish explainer".
THIRTIETH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("[ES] [Retail] Rewrite for local retailers, friendly tone, 500-600 words", {"language": "es", "audience": "local retailers", "tone": "friendly", "min_words": 500, "max_words": 600}),
    ("Tu peux me faire ça en espagnol, genre 500 mots, et optimisé pour le mot-clé « vélo cargo » ? Merci !",
     {"language": "es", **about(500), "seo": True, "keywords": ["vélo cargo"]}),
    ("Pour celui-ci, 600 mots max, sans intertitres.", {"max_words": 600, "subheadings": False}),
    ("Could you rewrite this in German for our Berlin desk? 500 words, neutral tone.", {"language": "de", **about(500), "tone": "neutral"}),
    ("Can you rewrite this one too? Thanks", {}),
    ("Could you turn this into a Spanish explainer for new residents? About 400 words.", {"language": "es", "audience": "new residents", **about(400)}),
]
NEGATIVE_THIRTIETH_ROUND: list[str] = [
    "[Sport] Le club a gagné 3-0 devant 800 spectateurs.",
    "[FR] Le maire a parlé trois heures.",
    "Le site est optimisé pour le mobile depuis 2020.",
]

# The rewrite asked in the imperative or of "you", its object a pronoun ("Reformule-le", "riscrivilo", "¿me lo reescribes?", "schreib es
# um", "give it a polish"), with nothing else asked, with its readers only, or with the name under the thanks; texting's short words.
THIRTY_FIRST_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Reformule-le, merci.", {}),
    ("Riscrivetelo voi, grazie mille.", {}),
    ("¿Me lo reescribes para mañana?", {}),
    ("Vous pouvez me le réécrire pour vendredi ? Merci d'avance", {}),
    ("Je te laisse le retravailler, aucune consigne particulière.", {}),
    ("Schreib es bitte um, danke!", {}),
    ("could you give it a quick polish? thanks", {}),
    ("Salut, c'est pour la page du comité des fêtes, tu peux me le réécrire ? merci", {}),
    ("Ciao, sistemalo tu per favore. Grazie, P.", {}),
    ("Bitte einmal gründlich überarbeiten, diesmal auf Englisch. Vielen Dank, Heidi", {"language": "en"}),
    ("Il faut réécrire ça pour l'intranet, ton sobre, 300 mots max, pas besoin de SEO", {"tone": "sobre", "max_words": 300, "seo": False}),
    ("Pouvez-vous reprendre cet article pour les nouveaux habitants ?", {"audience": "nouveaux habitants"}),
    ("Hola, reescríbelo para los socios del club, gracias", {"audience": "socios del club"}),
    ("slt c Marco, tu px me reecrire l'article pr les retraités du village ? 300 mots max stp", {"audience": "retraités du village", "max_words": 300}),
    ("Ok pour la version web, pas de SEO c pas la peine, 400 mots max", {"seo": False, "max_words": 400}),
]
# A note's label with who wrote it ("Note de Paul :", "Nachtrag von Eva:", "PS per il testo:"); a title that must be exactly so; the
# keyword's label with where it goes; "et aussi" in a keyword list; a field said in parentheses at the line's end; "oh and" before a label;
# a blessing and a short sign-off closing a letter.
THIRTY_FIRST_ROUND_NOTES: list[tuple[str, dict[str, object]]] = [
    ("Nachtrag von Eva: bitte ohne Zwischentitel, die App zeigt sie nicht an.", {"subheadings": False}),
    ("Note de Paul : mot-clé à mettre dans le chapeau : « marché couvert ». Environ 400 mots.", {"keywords": ["marché couvert"], **about(400)}),
    ('PS per il testo: il titolo deve essere esattamente "Il mercato torna in piazza". Pubblico: pendolari', {"title": "Il mercato torna in piazza", "audience": "pendolari"}),
    ('the headline must be exactly "Bins, buses and budgets", 500 words', {"title": "Bins, buses and budgets", **about(500)}),
    ("Bitte Titel übernehmen: «Der Markt kehrt zurück». Kein SEO nötig.", {"title": "Der Markt kehrt zurück", "seo": False}),
    ("SEO oui, mot-clé principal : marché couvert, et aussi halles de Brive", {"seo": True, "keywords": ["marché couvert", "halles de Brive"]}),
    ("Optimise pour le référencement stp, mot clé marché couvert", {"seo": True, "keywords": ["marché couvert"]}),
    ('oh and tone: upbeat (no SEO please, it\'s for the printed leaflet)', {"tone": "upbeat", "seo": False}),
]
# A correction keeps the bound of the figure it replaces ("max 700 words, sorry, I meant 650"); "grand max"; a line opening on an apology
# to the writer; tones said in more words ("keep it chill", "comme si on parlait entre voisins"); the name under a bare request; the
# rewrite asked with its object a pronoun, for readers.
THIRTY_FIRST_ROUND_CORRECTIONS: list[tuple[str, dict[str, object]]] = [
    ("Rewrite in English, max 700 words, sorry, I meant 650. No subheads.", {"language": "en", "max_words": 650, "subheadings": False}),
    ("Au moins 900 mots, pardon, je voulais dire 1000.", {"min_words": 1000}),
    ("ton enjoué, 300 mots grand max, pas de SEO", {"tone": "enjoué", "max_words": 300, "seo": False}),
    ("scusa, ti avevo detto 800 parole ma ne bastano 400 al massimo, e niente sottotitoli", {"max_words": 400, "subheadings": False}),
    ("spanish, 300-400 words, keep it chill", {"language": "es", "min_words": 300, "max_words": 400, "tone": "chill"}),
    ("Un ton convivial comme si on parlait entre voisins, 400 mots environ.", {"tone": "convivial", **about(400)}),
    ("Could you do your magic on this one? Thanks! K.", {}),
    ("Bonsoir, voici le compte rendu, merci de le reprendre pour les parents d'élèves. Martine", {"audience": "parents d'élèves"}),
]
# A chat's lines with the time before or after the speaker; "merci les filles"; what changes "this time" after the request as usual;
# the readers of a newsletter; a paper's name is no audience; punctuation dictated in words.
THIRTY_FIRST_ROUND_CHANNELS: list[tuple[str, dict[str, object]]] = [
    ("[09:12] Karim Club: qqn peut reprendre l'article du tournoi ?\n[09:13] Karim Club: 400 mots, pour les licenciés, sans intertitres\n[09:13] Karim Club: merci les gars 🙏",
     {**about(400), "audience": "licenciés", "subheadings": False}),
    ("Sofia 18:40 : puoi riscrivere il pezzo per la newsletter?\nSofia 18:41 : 300 parole, tono leggero, in italiano", {**about(300), "tone": "leggero", "language": "it"}),
    ("Please rewrite it as usual, but this time in German for our Swiss partners.", {"language": "de", "audience": "our Swiss partners"}),
    ("Merci de réécrire ce texte pour la lettre d'info des bénévoles, 300 mots, ton chaleureux.", {"audience": "bénévoles", **about(300), "tone": "chaleureux"}),
    ("Pouvez-vous le réécrire pour la Gazette du quartier ? 500 mots, ton neutre.", {**about(500), "tone": "neutre"}),
    ("bonjour c'est Paul du garage il me faudrait environ six cents mots point un ton simple point merci", {**about(600), "tone": "simple"}),
    ("Bonjour, réécrivez l'article en 500 mots point à la ligne mots clés : marché, producteurs point à la ligne pas d'inter titres merci",
     {**about(500), "keywords": ["marché", "producteurs"], "subheadings": False}),
    ("note vocale transcrite : oui bonjour c'est Marie je voulais dire mettez le en espagnol et pas de sous titres merci", {"language": "es", "subheadings": False}),
    ("Bonjour, pourriez-vous reprendre cet article pour les parents ? ils le lisent à la sortie de l'école. Merci d'avance", {"audience": "parents"}),
    ("Allo, juste une réécriture rapide svp, rien de compliqué. Bonne semaine! Gaby", {}),
    ("Hola, una reescritura para la web del club por favor. ¡Gracias y hasta el sábado! Nuria", {}),
    ("Merci de reprendre cet article pour jeudi. M. Lambert", {}),
    ("Longueur : 600 mots.\nPis finalement, mettez-en 450 max, ça suffit pour l'infolettre.", {"max_words": 450}),
    ("Transcription message vocal (Paul, 0:32) : « Salut c'est Paul, euh, tu peux me refaire le papier, genre 300 mots, et euh... pas d'intertitres hein. Merci. »",
     {**about(300), "subheadings": False}),
    ("Trascrizione vocale (Anna, 0:21): «Ciao, allora... fammelo in spagnolo, tipo 400 parole, tono leggero. Grazie.»", {"language": "es", **about(400), "tone": "leggero"}),
    ("De : Paul Martin\nObjet : à réécrire\nBonjour,\nMerci de réécrire ce texte en 500 mots, ton neutre.\nPaul", {**about(500), "tone": "neutre"}),
]
# A letter's head above its greeting, or above its one paragraph: the body that sends it, its office, the place and date, its subject.
THIRTY_FIRST_ROUND_LETTERHEADS: list[tuple[str, dict[str, object]]] = [
    ("MAIRIE DE QUIMPERLÉ\nService communication\nObjet : article sur la fête du port\nMadame, Monsieur,\nJe vous saurais gré de bien vouloir réécrire "
     "l'article ci-dessous dans un ton institutionnel, sans excéder 500 mots.\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\nLe Maire",
     {"tone": "institutionnel", "max_words": 500}),
    ("Hochschule Kehl – Pressestelle\nSehr geehrte Damen und Herren,\nbitte schreiben Sie den folgenden Artikel für unsere Studierenden auf Englisch um, "
     "höchstens 600 Wörter.\nMit freundlichen Grüßen\nDr. Jonas Weber", {"language": "en", "max_words": 600}),
    ("Conseil régional de Bretagne\nDirection de la communication\nNous vous remercions de bien vouloir réécrire cet article en anglais, "
     "en 400 mots au plus, pour les visiteurs irlandais.\nLa directrice de la communication", {"language": "en", "max_words": 400}),
]
# Chat exports: WhatsApp's "[08:14, 12/03] Name (role):", Slack's "Name  10:32" over the message and its ":pray:", a lone line with its
# time and speaker; "mi riscrivi questo pezzo"; the name after a dash; "à réécrire pour demain matin".
THIRTY_FIRST_ROUND_CHATS: list[tuple[str, dict[str, object]]] = [
    ("[09:02, 14/05] Léa (web): Salut ! Tu peux me réécrire ça stp\n[09:03, 14/05] Léa (web): 400 mots environ, sans intertitres\n[09:03, 14/05] Léa (web): merci !!",
     {**about(400), "subheadings": False}),
    ("Paul Morel  11:20\n@desk besoin de ce papier optimisé SEO, mot-clé principal « marché de Noël »\n:pray: merci la team", {"seo": True, "keywords": ["marché de Noël"]}),
    ("Inès Diallo  08:45\nhello le desk 👋 à réécrire pour ce soir svp, merci !", {}),
    ("[16:40] Hugo R.: Tu peux me reprendre celui-ci quand tu as un moment ? Merci !", {}),
    ("Ciao! Mi riscrivi questo articolo per favore? Grazie — Paola", {}),
    ("[Note CMS – relecture : a.martin] Reprendre en 250 mots max pour le fil info, pas de SEO nécessaire.", {"max_words": 250, "seo": False}),
    ("Please rewrite in Spanish. No subheadings — it's going into the printed programme. About 350 words.",
     {"language": "es", "subheadings": False, **about(350)}),
    ("RQ : ~600 mots, inters oui, SEO non", {**about(600), "subheadings": True, "seo": False}),
    ("Could you turn this into a German-language piece for our partner schools?", {"language": "de", "audience": "our partner schools"}),
    ("Nous souhaiterions que ce texte soit réécrit à l'attention des nouveaux arrivants, dans un ton accueillant, en 500 mots environ.",
     {"audience": "nouveaux arrivants", "tone": "accueillant", **about(500)}),
    ("Julie, réécris-moi ça en 350 mots max, ton neutre. Merci ! Paul", {"max_words": 350, "tone": "neutre"}),
    ("Merci de reprendre le texte. Bàv, Luc (secrétariat du club)", {}),
    ("Hola! ¿Nos lo podéis reescribir? Es para la web del club. Un saludo, Pilar (prensa)", {}),
    ("Hallo zusammen,\nbitte den Artikel für unsere Vereinszeitung umschreiben: sachlich, max. 300 Wörter.\nSportliche Grüße\nUwe, Pressewart TSV Kirchheim 1921 e.V.",
     {"tone": "sachlich", "max_words": 300}),
    ("Hi, could you put this one in English? About 300 words.\nSue x", {"language": "en", **about(300)}),
    ("Nadia Benali, 10:05\nSalut Tom ! tu peux me faire un petit article à partir de ça pour le site ? ton léger, genre 250 mots 🙏",
     {"tone": "léger", **about(250)}),
]

THIRTY_FIRST_ROUND_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("Cher Thomas,\nPourriez-vous reprendre ce texte pour la feuille paroissiale ? Ton chaleureux, 300 mots environ.\nQue Dieu vous bénisse,\nAbbé Martin",
     {"tone": "chaleureux", **about(300)}),
    ("Bonjour,\nRéécriture pour notre blog svp, 600 mots, avec intertitres.\nCdt\nMme Garnier", {**about(600), "subheadings": True}),
]
NEGATIVE_THIRTY_FIRST_ROUND: list[str] = [
    "Il faut le réécrire entièrement, estime le rapporteur.",
    "Vous pouvez le réécrire autant de fois que vous voulez, le règlement restera le même, a ironisé l'élu.",
    "Riscrivilo tu, se ci riesci: la sfida lanciata dal sindaco ai consiglieri.",
    "« Réécris-le », lui a lancé son éditeur.",
    "Do your magic: the new mascara promises volume in seconds.",
    "Give this a rewrite, then send it back.",
    "Queremos una versión de este folleto para los vecinos, explica la concejala.",
    "Note de la rédaction : cet article a été mis à jour le 3 mars, 300 mots ont été ajoutés.",
    "PS: le marché de Noël ouvrira en anglais et en français, 300 exposants.",
    "Le titre reste exactement « Les Misérables » dans l'édition de 1862.",
    "Et aussi : la mairie a voté 300 000 euros pour le SEO du site.",
    "Il parle comme si rien ne s'était passé, 300 mots plus tard.",
    "Sorry, we told you 300 pages in English, the report says.",
    "Désolé, le maire a dit 500 mots, pas plus, lors du conseil municipal.",
    "On fait le point sur le budget, 300 pages en anglais.",
    "Le point presse du maire a duré 40 minutes",
    "La Gazette du quartier a publié 300 mots en anglais sur le marché.",
    "Ils lisent le journal en anglais, 300 abonnés au total.",
    "Réécriture pour le blog de la mairie. Le Monde",
    "Ah pis finalement, le conseil a voté 400 000 dollars pour l'infolettre.",
    "Le guide, rédigé en 800 mots par des lycéens, s'adresse aux retraités qui découvrent les démarches en ligne.",
    "The report, written in English by 40 experts, targets first-time buyers.",
    "« Tu peux le refaire en 300 mots ? », lui a demandé son professeur.",
    "PRÉFECTURE DU FINISTÈRE",
    "Conseil départemental du Morbihan : 300 millions d'euros pour les collèges en 2025.",
    "14:05 Guardiola: «Le diré a los jugadores que lo reescriban todo en el segundo tiempo.»",
    "[21:12] Marc (supporter): tu peux me réécrire le score ? j'ai raté le match",
    "The French-language edition of the report runs to 300 pages.",
    "Inters oui, mais pas en finale : le club a perdu 3-0.",
    "Guys, please keep comments under 200 words, thanks!",
    "Paris, le 3 mars : 300 manifestants ont défilé, des pancartes en anglais.",
]

# Lines a reviewer wrote to trip the thirty-first round's rules, taken before the review's mend: a pronoun whose thing is named
# ("Améliore-le, ton CV"), a line quoted from a forum or a court record, a reader's note, keyword-of-the-day headlines, a protest headline.
NEGATIVE_THIRTY_FIRST_REVIEW: list[str] = [
    "Quelqu'un peut reformuler ça pour les nuls ? (commentaire sous l'article sur la réforme des retraites)",
    "Améliore-le, ton CV, en suivant ces conseils simples.",
    "Den Titel beibehalten „Tatort“, bitte: Zuschauer protestieren gegen die Umbenennung.",
    "Reescríbela, tu historia: el lema de la campaña contra la violencia de género.",
    "Reescríbelo xfa q no entiendo nada jaja (comentario en el foro)",
    "Tu px me réécrire la date du rdv ? j'ai effacé ton texto 😅",
    "Note de Marie : j'ai remplacé le beurre par de l'huile d'olive, c'est plus léger.",
    "Note de l'éditeur : ce texte, au ton volontairement provocateur, n'engage que son auteur.",
    "Note de Paul : la version courte (200 mots) est parue dans notre édition papier.",
    "Le mot clé à retenir pour le bac de philo : « liberté ».",
    "Mot-clé à placer dans toutes les conversations cet été : « canicule ».",
    "Le mot-clé pour les jeunes électeurs : « pouvoir d'achat », et aussi « climat ».",
    "Mot-clé pour trouver l'offre sur France Travail : « agent d'accueil », et aussi « ASV ».",
    "Mot-clé à taper dans la barre de recherche du site de la mairie : « inscription cantine ».",
    'Keyword to search on the county website: "bin collection", and also "recycling".',
    "Julie (14:32) : réécris-le, ton message, j'ai rien compris 😂 (capture d'écran devenue virale)",
    "[22:10] Kevin : tu peux me le réécrire en moins vulgaire ? (extrait du procès-verbal du harcèlement)",
]

# Lines a reviewer wrote to trip this session's rules (the twenty-third to twenty-ninth rounds), taken before the review's mend:
# headings, idioms, advice and FAQ questions in the words of the new rules.
NEGATIVE_TWENTY_NINTH_REVIEW: list[str] = [
    "Riscrivere il testo",
    "La manifestation a pour titre « Cap sur l'avenir ».",
    "L'application est conçue pour les seniors.",
    "Understandable for everyone.",
    "Mejorar el texto",
    "In English, of course.",
    "Discussion on HN",
    "¿Me haces un favor? Habla en inglés.",
    "English adaptation",
    "Le mot important c'est « budget de la ville ».",
    "Rewrite of the article",
    "Verständlich bleiben",
    "Mettre ça",
    "Mettre ça au propre",
    "Kann ich die Prüfung auf Englisch in 90 Minuten schreiben?",
    "Unsere Mitglieder sind vor allem Rentner.",
    "Die Broschüre soll für alle Bürger verständlich sein.",
    "English, of course.",
    "Pas de petits titres, pas de chapô.",
    "Kann ich meine Bachelorarbeit auf Englisch schreiben?",
    "Petits titres",
    "Der Text muss für Kinder verständlich sein.",
    "A quick rewrite of the text",
    "Titres de paragraphe",
    "Puis-je avoir le contrat en anglais ?",
    "A calm, measured voice.",
    "Our members are mostly retirees.",
    "Nos adhérents sont surtout des familles.",
    "Nos adhérents sont surtout des retraités.",
    "Für alle verständlich sein",
    "No subs left.",
    "Unsere Mitglieder sind vor allem Senioren.",
    "Nous visons un public de familles et de retraités.",
    "Die Broschüre soll für alle verständlich sein.",
    "Améliorer ça pour demain",
    "Améliorer ça",
    "Rédiger des petits titres accrocheurs",
    "Kann ich einen lockeren Ton anschlagen?",
    "Reprends le texte",
    "Designed for beginners and experts alike.",
]

# Article lines and openings written by a reviewer to trip the twentieth round's rules (the ones it took at first, all
# mended): a published reader's wish, a headline over a first-person line, a contest's rules, titles of other things.
NEGATIVE_TWENTIETH_REVIEW: list[str] = [
    "Il souhaite que l'exposition s'appelle « Lumières du Nord ».",
    'Le titre reste tel quel : « Les Misérables ».',
    'The sequel will keep the same title: "Dune".',
    'Netflix will keep the exact title: "Squid Game".',
    'The working title is exactly "Project Blue".',
    'The headline is exactly "Dewey Defeats Truman".',
    "Il titolo resta così com'è: «La grande bellezza».",
    'El título es exactamente «Cien años de soledad».',
    'Je souhaite un bulletin municipal en français et en arabe, pour tous les habitants.',
    'Je souhaiterais un budget plus lisible, avec des intertitres, pour les habitants.',
    'Je souhaiterais que le conseil publie ses comptes en anglais, sans jargon.',
    'Je souhaite bonne chance aux candidats, en anglais comme en français.',
    'Nous souhaitons la bienvenue aux 300 nouveaux habitants, en français et en arabe.',
    'Je souhaite un ton plus apaisé au conseil municipal.',
    'On souhaiterait des panneaux en anglais et en français, avec des intertitres.',
    'Mi piacerebbe un consiglio comunale in italiano e in tedesco.',
    'Vorremmo una segnaletica in italiano e in inglese, senza sigle.',
    'Vorremmo più parcheggi, almeno 300.',
    'Wir möchten eine Gemeindezeitung auf Deutsch und Türkisch.',
    'Wir möchten uns bei allen bedanken, auf Deutsch und auf Türkisch.',
    'Ich hätte gern mehr Bänke und einen freundlichen Ton im Rathaus.',
    "We'd like council meetings in plain English, for residents.",
    'We would like the signs in English and Welsh.',
    "We'd like to thank everyone, in English and in Welsh.",
    "I'd love a calmer tone from our councillors.",
    "I'd love a friendlier tone in Parliament.",
    'Desearía un pleno en castellano, sin tecnicismos.',
    'Je souhaiterais un titre : « Merci Lyon ».',
    'We\'d like the headline "Thank You, Leeds" on the front page.',
    'Ich hätte gern, dass das Fest „Sommer am See“ heißt.',
    "My neighbour said you could help: we'd like a letter in French, 300 words max.",
    'Je vous écris en tant que mère : je souhaiterais des réunions en anglais, sans jargon.',
    "Sharon here from the netball club: we'd like signs in English and Polish.",
    "Ed: We'd like more letters in Welsh and English, under 300 words.",
    'Die Regel: 300 Wörter, nicht mehr.',
    'Lettere al direttore: 200 parole, non di più.',
    'Mots-clés pour le SEO : pourquoi ils ne suffisent plus',
    'Keywords for SEO: a dying art',
    'Palabras clave para el SEO: lo que cambia en 2025',
    'The committee said 800 words would do.',
    'Le comité dit 800 mots.',
    'Die Broschüre ist für Senioren gedacht und erscheint auf Deutsch.',
]
NEGATIVE_TWENTIETH_REVIEW_OPENINGS: list[str] = [
    'Bonjour, je suis Marie, je tiens une boulangerie rue Jean-Jaurès.\nJe souhaiterais que la mairie publie le budget en français et en arabe.\nDepuis trois ans, mes clients ne trouvent plus de place pour se garer.',
    'Bonjour,\nJe suis Marie, boulangère rue Jean-Jaurès depuis 1998.\nJe souhaiterais un bulletin municipal en français, avec des intertitres.\nLe nouveau plan de circulation a vidé ma boutique.',
    "Hi all,\nI run the Millbrook netball club.\nWe'd like the council's notices in English and Polish.\nOur members have been asking for months.",
    'Servus,\nich gestalte den Pfarrbrief in Sankt Anna.\nWir möchten die Gottesdienstzeiten auf Deutsch und Kroatisch.\nViele Familien sprechen kaum Deutsch.',
    "Ciao,\nsono Giulia, ho una gelateria in piazza.\nVorrei un cartello in italiano e in inglese per i turisti.\nD'estate arrivano in migliaia.",
    '¡Hola!\nSoy Lucía, tengo una floristería en Valencia.\nNos gustaría que el ayuntamiento publicara los bandos en valenciano y en castellano.\nMuchos vecinos no entienden los avisos.',
    'Namasté 🙏\nJe suis prof de yoga à Villeurbanne.\nJe souhaiterais un cours en anglais, 45 minutes pas plus, ton doux.\nLes inscriptions ouvrent lundi.',
    "Morning!\nSharon from Millbrook Netball Club here.\nWe'd like a friendly tone and signs in English and Polish.\nTraining starts at 7.",
    'Carissimi soci,\nvorremmo il notiziario in italiano e in tedesco, con sottotitoli.\nSaluti sportivi,\nIl direttivo',
    "Chers amis sportifs,\nLe bulletin paraîtra en français et en anglais, ton convivial.\nSportivement,\nLe bureau de l'US Villefranche",
    'Je pense que le maire se trompe.\nJe souhaiterais un budget plus lisible, avec des intertitres, pour les habitants.\nMarc D., Villeurbanne',
    "Rewrite this city's story\nLetters: 250 words, no more.\nTurnout reached 71 per cent.",
    'Traduire la ville en chiffres\nEn anglais ? Non, en français.\nLe syndicat a manifesté.',
    'Le maire a conclu la séance à 23 h.\n\nEn anglais ? Non, en français.\n\nJe pense que tout est dit.',
    'The meeting ended at 11pm.\n\nIn English? No, in Welsh.\n\nOnline, the debate continues.',
    'Die Sitzung endete um 23 Uhr.\n\nAuf Englisch? Nein, auf Deutsch.\n\nWir bleiben dran.',
]
# Thirty-second round (fourteenth session; blind sets BY and BZ, small clients and a newsroom's week). A greeting and who writes
# address a line to the writer, which then needs one field; so does a line that opens on "please"; "X ici" says who writes;
# a business or a local body heading a letter; "Au plaisir,"; "pour notre clinique" names the client, not readers.
THIRTY_SECOND_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Salut ! C'est Nadia du club de judo. Un ton dynamique svp, c'est pour les parents. Merci !", {"tone": "dynamique"}),
    ("Bonjour, nous sommes une petite librairie à Dinan, pourriez-vous le mettre en anglais ? Merci beaucoup", {"language": "en"}),
    ("Hallo, wir sind die Bäckerei Huber aus Passau. Der Text soll höchstens 400 Wörter lang sein. Danke!", {"max_words": 400}),
    ("Buongiorno, Pasticceria Gatti qui. Testo in inglese per il sito, circa 500 parole. Grazie!", {"language": "en", **about(500)}),
    ("Svp gardez un ton sobre, c'est pour le bulletin municipal.", {"tone": "sobre"}),
    ("Please keep it under 400 words, it goes on a flyer.", {"max_words": 400}),
    ("Domaine des Quatre Vents\nBonjour,\nMerci de réécrire ce texte en allemand pour nos visiteurs suisses, environ 450 mots.\nBien cordialement,\nClaire Martin",
     {"language": "de", **about(450)}),
    ("Municipalité de Saint-Rémi\nObjet : texte pour le bulletin\nMerci de reprendre cet article en 300 mots au plus, sans intertitres.",
     {"max_words": 300, "subheadings": False}),
    ("Bonjour ! Pour notre boulangerie de quartier à Nantes, un texte optimisé SEO, mot-clé : pain au levain Nantes. Merci !",
     {"seo": True, "keywords": ["pain au levain Nantes"]}),
]
# The same at the end of the file: a company under the name or right under the brief; "Au plaisir," over the name.
THIRTY_SECOND_ROUND_AT_END: list[tuple[str, dict[str, object]]] = [
    ("Merci de le rendre plus chaleureux, ton convivial, 400 mots environ.\nBoulangerie Morel, Quimper", {"tone": "convivial", **about(400)}),
    ("Bonjour Monsieur Girard,\nVoici nos souhaits :\n- texte en anglais\n- 500 mots maximum\nAu plaisir,\nSylvie Roy\nCamping du Lac Bleu",
     {"language": "en", "max_words": 500}),
    ("Pouvez-vous réécrire ce texte en espagnol, 600 mots, avec intertitres ? Merci.\nCordialement,\nJean Perrin\nCabinet Perrin & Fils",
     {"language": "es", **about(600), "subheadings": True}),
]
NEGATIVE_THIRTY_SECOND_ROUND: list[str] = [
    "Salut ! C'est la rentrée au club de judo : un ton dynamique et 300 nouveaux licenciés.",
    "Svp, le ton monte entre les deux candidats, a écrit un lecteur.",
    "Please note the English version of the report runs to 400 words.",
    "Domaine des Quatre Vents : la vente aux enchères a rapporté 400 000 euros.",
    "Vivimos aquí desde hace 40 años, explica la vecina.",
    "Hello, nous sommes ici pour parler de la nouvelle version anglaise du site, a lancé le maire.",
    "Au plaisir de vous retrouver l'an prochain pour la 30e édition.",
    "--- Message du maire aux habitants ---",
    "De la part du rédac chef, un grand merci à toute l'équipe pour ces 800 numéros.",
    "Pour les seniors : la carte Vitale devient numérique, avec des phrases courtes à l'écran.",
    "Phrases courtes, idées longues : le style du nouveau prix Goncourt.",
    "Ce guide de 1 000 mots, rédigé dans un ton accessible, s'adresse aux premiers acheteurs de la région.",
    "This 800-word report, written in plain English, targets first-time buyers.",
    "Le client dit : « je veux de la qualité, pas des promesses », raconte le gérant.",
    "Sophie Martin | 12 rue des Lilas, 69003 Lyon | 04 78 00 00 00",
    "Dernière chose : le festival accueillera 600 bénévoles cette année.",
    "Correction du bac : les copies en anglais notées sur 20, 800 000 candidats.",
    "Update 14:30: the council votes on the English-language school in 600 seats.",
    "SNCF / TER : 400 trains supprimés ce week-end, les usagers excédés",
    "Un article pour le site de la mairie a été publié en anglais.",
    "Le titre exact du rapport, « Une France en mutation », a été dévoilé hier.",
    "PARIS / Le nouveau ton de la campagne : 800 militants réunis",
    "Le bouclage du journal a eu lieu à 18h, 600 mots en anglais.",
    "Deadline 2030 : la ville veut 800 logements en plus, explique le maire.",
    # readers followed by a second verb: a sentence going on, not a brief
    "Der Flyer richtet sich an Familien und ist in drei Sprachen erhältlich.",
    "The guide is aimed at first-time buyers and is available in English and Spanish.",
    "Le ton « bon enfant » du maire a surpris les 300 personnes présentes.",
    "Le client de Lyon voudrait un remboursement, a expliqué l'avocat en anglais.",
    "Necesitamos más profesores de español, reclama el sindicato, 600 plazas vacantes.",
]
# Keywords after "mit dem Keyword"; a lone "secondaire :" / "secundaria:" inside a list; an exported chat's date, time and dash
# ("12/03/2024, 18:21 - Nour: …"); "Salam".
THIRTY_SECOND_ROUND_WORDS: list[tuple[str, dict[str, object]]] = [
    ("Bitte auf Englisch umschreiben, SEO-optimiert mit dem Keyword Skischule Arosa. Höchstens 500 Wörter.",
     {"language": "en", "seo": True, "keywords": ["Skischule Arosa"], "max_words": 500}),
    ("SEO oui, mot-clé principal : gîte en Ardèche, secondaire : location de vacances. 600 mots environ.",
     {"seo": True, "keywords": ["gîte en Ardèche", "location de vacances"], **about(600)}),
    ("05/11/2025, 09:14 - Nour Traiteur: Salam, c'est pour la page d'accueil\n05/11/2025, 09:15 - Nour Traiteur: 300 mots max\n"
     "05/11/2025, 09:15 - Nour Traiteur: ton chaleureux stp", {"max_words": 300, "tone": "chaleureux"}),
    # a form's banner over its fields; a note from whoever orders the text; readers as the label of the line's fields; how it
    # should read ("phrases courtes", "kurze Sätze"), for the model; a time of the year is no readers
    ("=== Demande envoyée depuis le site ===\nSociété : Garage Martin\nLangue : anglais\nLongueur : 400 mots\nMot-clé : garage Dijon",
     {"language": "en", **about(400), "keywords": ["garage Dijon"]}),
    ("De la part de la cliente : on garde le titre « Trente ans de passion », rien d'autre à changer.", {"title": "Trente ans de passion"}),
    ("Für Senioren: freundlicher Ton, kurze Sätze, höchstens 350 Wörter", {"audience": "Senioren", "tone": "freundlich", "max_words": 350}),
    ("Pour les lycéens : ton direct, phrases courtes, 500 mots", {"audience": "lycéens", "tone": "direct", **about(500)}),
    ("Pour l'été : ton léger, 300 mots", {"tone": "léger", **about(300), "audience": None}),
    # a keyword list "for SEO"; quoted phrases after "SEO :"; "… serait top" after a tone
    ("Parole chiave per la SEO: agriturismo Langhe, vini biologici. Circa 500 parole.", {"keywords": ["agriturismo Langhe", "vini biologici"], "seo": True, **about(500)}),
    ("Titre : « Le bio marque le pas »\nSEO : « consommation bio », « prix alimentaires ».", {"title": "Le bio marque le pas", "keywords": ["consommation bio", "prix alimentaires"]}),
    ("Un ton plutôt décontracté serait top, 400 mots max.", {"tone": "décontracté", "max_words": 400}),
    ("@léa pour le papier sur le rail : 600 mots max, ton neutre", {"max_words": 600, "tone": "neutre", "audience": None}),  # the text, not readers
    ("SEO : « gîte Ardèche » en mot-clé principal, puis « location Ardèche ». 500 mots.",
     {"seo": True, "keywords": ["gîte Ardèche", "location Ardèche"], **about(500)}),
]
# Agencies relaying their clients (set CB): a signature block with its address and phone, or its parts joined by bars; the client's
# words quoted after a colon; the client or the order named is no readers; "pas des intertitres"; a banner holding the order's number;
# "os paso el artículo" and "dernière chose sur ce papier" said to the writer.
THIRTY_SECOND_ROUND_AGENCIES: list[tuple[str, dict[str, object]]] = [
    ("Hola Marc:\nPedido 5521 del cliente Bodegas Luna.\nIdioma: inglés, unas 500 palabras.\nGracias!\nAna Gil | Project Manager | Lingua S.L. | +34 91 000 11 22",
     {"language": "en", **about(500)}),
    ("Hi Marc,\nCould you rewrite this in German, max 600 words?\nBest regards,\nTom Reed\nAccount Manager, Wordsmiths Ltd\n12 Baker Street, London W1U 3BW",
     {"language": "de", "max_words": 600}),
    ("Le client dit : « on le veut en espagnol, 400 mots environ, ton sobre ».", {"language": "es", **about(400), "tone": "sobre"}),
    ("Ciao, per il cliente Rossi: max 300 parole, grazie. Luca", {"max_words": 300, "audience": None}),
    ("Bonjour, pour le client Maison Dupuis : 400 mots au plus, et pas des intertitres svp. Merci",
     {"max_words": 400, "subheadings": False, "audience": None}),
    ("--- Auftrag #B-3310 (Kunde: Mühle Huber GmbH) ---\n- Sprache: Englisch\n- Länge: 500–700 Wörter", {"language": "en", "min_words": 500, "max_words": 700}),
    ("Hola, os paso el texto. Unas 600 palabras, tono cercano, sin subtítulos. ¡Gracias!", {**about(600), "tone": "cercano", "subheadings": False}),
    ("[09:40] Julie R. : dernière chose sur ce papier → environ 500 mots, ton neutre, sans intertitres", {**about(500), "tone": "neutre", "subheadings": False}),
]
# A regional desk's notes (set CC, CD): a section's name in capitals heading slash-separated fields; the chat's "svp" after a word,
# with one field; "Papier pour la page X" names the text and its page; a form's blank "—" or "N/A".
THIRTY_SECOND_ROUND_DESK: list[tuple[str, dict[str, object]]] = [
    ("WEB / brève / 250 mots / inters non / titre : Aurillac : le marché de nuit revient", {**about(250), "subheadings": False,
                                                                                          "title": "Aurillac : le marché de nuit revient"}),
    ("RUGBY // 400-500 mots / ton : vif / pour nos lecteurs du Cantal", {"min_words": 400, "max_words": 500, "tone": "vif"}),
    ("600 mots max stp, c'est pour l'édition du lundi", {"max_words": 600}),
    ("Papier pour la rubrique Agriculture. Ton neutre.", {"tone": "neutre"}),
    ("Titre : Le col rouvre\nTon : —\nPublic : N/A\nLongueur : 400 mots", {"title": "Le col rouvre", **about(400), "tone": None, "audience": None}),
]
# From the final pair's reading (sets CE, CF): the client with where it is ("Le client de Lyon voudrait …"); a tone in quotes; a keyword
# list "in this order"; "español" is no slip of "espagnol"; what the sender needs of the text, beside its fields.
THIRTY_SECOND_ROUND_LAST: list[tuple[str, dict[str, object]]] = [
    ("Bonjour Marc,\nLe client de Genève voudrait ce texte en allemand, 800 mots environ, ton « sobre mais chaleureux ».\nMerci,\nInès",
     {"language": "de", **about(800), "tone": "sobre mais chaleureux"}),
    ("Mots-clés dans l'ordre : pompe à chaleur, aides 2025, devis gratuit", {"keywords": ["pompe à chaleur", "aides 2025", "devis gratuit"]}),
    ("Keywords in this order: bike rental Nantes, electric bikes. About 500 words.", {"keywords": ["bike rental Nantes", "electric bikes"], **about(500)}),
    ("Hola, necesitamos el texto en español para la web del hotel. Unas 500 palabras, tono cercano. ¡Gracias!",
     {"language": "es", **about(500), "tone": "cercano"}),
]
THIRTY_SECOND_ROUND_AGENCIES_AT_END: list[tuple[str, dict[str, object]]] = [
    # a correction of an earlier message, under its own label
    ("Hallo zusammen, kleine Korrektur zu meiner Mail von gestern (Auftrag 5512): doch mindestens 800 Wörter. Danke, Eva", {"min_words": 800}),
    ("Update 09:15: in Spanish after all, 600 words max. – Tom", {"language": "es", "max_words": 600}),
    ("Corrección al pedido anterior: el texto en italiano, unas 400 palabras. Saludos, Elena", {"language": "it", **about(400)}),
    ("Pouvez-vous le réécrire en italien, 500 mots environ ? Merci.\n--\nPaul Martin\nChef de projet\nAgence Lumen SARL\n14 rue des Lilas, 69003 Lyon",
     {"language": "it", **about(500)}),
]
# A reviewer's lines aimed at the thirty-second round's rules (a greeting and who writes beside a language; live blogs' "Update 16:45:";
# notices "De la part de la direction :"; a customer quoted in a story; "Please…" on signs; "Secundaria:" kickers; "Mit diesem Keyword"):
# all were taken once, none may be.
NEGATIVE_THIRTY_SECOND_REVIEW: list[str] = [
    'Bonjour, nous sommes une petite librairie de Nantes et nous vendons des livres en anglais.',
    'Hola, somos una pequeña bodega de La Rioja y nuestra web ya está en inglés.',
    'Ciao a tutti, siamo una cantina di famiglia e le nostre visite guidate sono anche in inglese.',
    'Hallo, wir sind eine kleine Bäckerei in Freiburg und unsere Speisekarte gibt es jetzt auf Englisch.',
    'Dear parents, we are a small primary school and our newsletter is now available in Polish.',
    'Hola, soy Ana, tengo una floristería en Valencia y atiendo en inglés y en francés.',
    'Salve, siamo un piccolo albergo sul lago e il nostro sito è in tedesco e in inglese.',
    'Thanks for visiting! We are a family business and all our guides are written in plain English.',
    'Hello from Cornwall! I run a small B&B and our breakfast menu is in French too.',
    "Hey, we're a small indie shop in Bristol and our website is finally in Spanish.",
    "Merci ! Nous sommes l'association des commerçants et notre guide de 40 pages est en français.",
    'Gracias por su visita: somos una empresa familiar y nuestra tienda online está en catalán.',
    'Danke für Ihren Besuch! Wir sind ein Familienbetrieb und unsere Seite ist auch auf Italienisch.',
    'Grazie! Siamo una piccola pasticceria di Napoli e il nostro menù è anche in inglese.',
    'Buonasera, siamo il coro parrocchiale di Lecco e il concerto sarà in latino e in italiano.',
    'Bonjour, je tiens la boutique du musée et nos catalogues existent en anglais et en allemand.',
    'Hello, I run a small gallery in Bath and all our labels are in English and French.',
    'Ciao, gestisco un piccolo bar a Torino e il nostro menù è in inglese e in francese.',
    'Hola, llevo un pequeño hotel en Cádiz y nuestra web está en inglés y alemán.',
    'Mise à jour 18h05 : la préfecture publie un communiqué en français et en anglais.',
    'Aggiornamento 12:40: il sindaco parlerà in italiano e in tedesco alle 15.',
    'Actualización 10:20: el comunicado oficial se publica en español y en inglés.',
    'Correction du message de la préfecture : les consignes sont en français et en arabe.',
    'De la part de la direction : le magasin fermera à 18 heures, affiches en anglais.',
    'Da parte della direzione: il museo resta aperto, audioguide in inglese.',
    'From our customer: "Great shop, friendly staff, menu in French."',
    'Update 16:45: Organisers say the concert will go ahead, with announcements in English and French.',
    "Une cliente, rencontrée au marché : « Je veux des produits locaux, en français sur l'étiquette, pas de plastique. »",
    'Le client a tranché : « Nous voulons un site en anglais, 800 mots par page maximum. »',
    'Il cliente, un turista tedesco: "Il menù in tedesco è perfetto, breve e chiaro."',
    'Por favor, conserve su ticket; la guía del museo está en inglés y en alemán.',
    'Bitte Rücksicht nehmen: Die Hausordnung gibt es auf Deutsch, Englisch und Türkisch.',
    "S'il te plaît, papa, écris-moi en anglais, dit la petite fille dans le film.",
    'Chers lecteurs, nous sommes une rédaction indépendante et ce numéro spécial est aussi en anglais.',
    'Bonjour à tous, nous sommes le Secours populaire de Lille et notre collecte a lieu samedi, affiches en arabe.',
    'Hello everyone, we are a local food bank and our leaflets are now in Ukrainian.',
    'Mise à jour 7h30 : le trafic reprend, annonces en français et en anglais.',
    'Secundario: el instituto abre una línea bilingüe en inglés.',
    'Secondaria: la scuola media apre una sezione bilingue in inglese.',
    "Per favore, leggete l'avviso: è in italiano e in sloveno.",
    'Mit diesem Schlagwort wirbt die Stadt: „Heimat mit Zukunft“.',
    'De la part de la rédaction : ce numéro est plus court, en français et en basque.',
    'Mit diesem Keyword erreicht der Shop monatlich 40.000 Besucher.',
    'Secondaire : le collège Jean-Moulin ouvre une classe bilingue anglais.',
    'Secundaria: los alumnos vuelven a clase el lunes.',
    'Secondaire : « Brevet blanc » et « conseil de classe » au programme',
]
# Headlines under a brief sent as a letter at the top: the letter's signature ends at the blank line.
LETTER_THEN_HEADLINE: list[tuple[str, str]] = [
    ("Bonjour,\n\nMerci de réécrire cet article en anglais, 600 mots.\n\nCordialement,\nMarie Dupont\n\n", "Budget 2025 adopté à Lyon"),
    ("Hi Sam,\n\nCould you rewrite this in French, 500 words?\n\nThanks,\nPriya\n\n", "Mobile phones banned in schools"),
    ("Bonjour,\n\nMerci de réécrire cet article en anglais, 600 mots.\n\nMerci,\nMarie\n\n", "1500 emplois menacés"),
]
# A second reviewer's lines aimed at the desk's rules (datelines and kickers in capitals, credits in initials, "Un article pour le site…"
# in a story, "svp" in quotes, titles said "exact" in a story, a newsroom's roles wanting things in a story, deliveries and deadlines).
NEGATIVE_THIRTY_SECOND_REVIEW_DESK: list[str] = [
    "A piece for the paper: 600 words on the miners' strike, in French",
    'A story for our print edition: 600 words, in English, from Kyiv',
    'ANALYSE. Un ton plus dur, en anglais, pour la Maison-Blanche.',
    'Anglais / Ton : Comment les start-up parlent aux investisseurs',
    'BERLIN. Auf Englisch, mit einem schärferen Ton, für Olaf Scholz.',
    'Documentaire en anglais, ton léger. UK',
    'Dokumentarfilm auf Englisch, heiterer Ton. UK',
    'EXCLUSIF. En anglais, et sur un ton inédit, pour Emmanuel Macron.',
    'El rey en inglés, con un tono solemne. EFE',
    'El título correcto, « Volver », en inglés y en francés',
    "GENÈVE. Un ton plus dur, en anglais, pour le patron de l'OMS.",
    'Il titolo corretto, « Gomorra », in inglese e in francese',
    'Il titolo giusto è « La grande bellezza », in inglese « The Great Beauty »',
    'Il titolo giusto — « Nuovo Cinema Paradiso » — in inglese e in francese',
    "La cheffe d'édition veut des intertitres et 300 mots de moins : récit d'une nuit au journal",
    'La ministre répond en anglais aux « pls » des internautes',
    'Le chef de desk veut un papier en anglais pour demain, 600 mots, raconte une pigiste',
    "Le chef de desk veut un papier en anglais, 600 mots, pour demain : scènes de la vie d'une rédaction",
    'Le mot « svp » banni des courriels en anglais de la mairie',
    'Le secrétaire de rédaction veut un titre en anglais et 600 mots : les coulisses du Monde',
    'Le site en anglais, un ton plus jeune. Livraison mardi pour les JO.',
    'Le sms « Svp rappelle-moi » envoyé en français par la victime à 23h',
    "Le texte pour le site de l'office de tourisme, en anglais et en allemand",
    'Le titre exact « Les Misérables » en anglais, un casse-tête pour Broadway',
    'Le titre juste — « La Chute » — en 300 pages et en anglais',
    'Le titre juste, « Ne me quitte pas », en français et en flamand',
    'Le titre juste, « Nous sommes en guerre », en français et en anglais',
    'Les ados écrivent « stp » et « pls » dans leurs messages, même en anglais',
    'Les sous-titres en anglais, un ton fidèle. Livraison demain pour Cannes.',
    'MADRID. En inglés y en español, con un tono conciliador, para Pedro Sánchez.',
    'MARSEILLE. En arabe et en français, un ton apaisé pour le préfet.',
    'OTTAWA. En anglais et en français, un ton conciliant pour Justin Trudeau.',
    "Papier pour la page Sports, en anglais : le pari fou de L'Équipe",
    'Porfa, en español: el mensaje viral de una abuela',
    'PÉKIN. En anglais, un ton inhabituellement conciliant.',
    'ROMA. In inglese, e con un tono più duro del solito, per Giorgia Meloni.',
    'Svp : un mot, trois lettres, et un ton plus doux dans les mails',
    'TOKYO. En japonais, sous-titré en anglais, un ton solennel.',
    'Texte pour la rubrique Sport, 600 mots : le métier de pigiste raconté par Paul Dubois',
    'Texto para la página de Cultura: el festival de cine, en inglés',
    'The paper in English, 600 words a story, a lighter tone. Deadline 6pm every night.',
    'Un album en anglais, un ton mélancolique. — PhL',
    'Un article pour la rubrique Sciences du Monde, en 600 mots, sur les abeilles',
    'Un article pour le journal du lycée, en anglais, retenu par le jury du Clemi',
    'Un article pour le magazine de la ville, en anglais, coûte 300 euros',
    'Un article pour le site de la mairie, rédigé en anglais, fait polémique',
    'Un artículo para la revista del colegio, en inglés, ganó el premio',
    'Un discours en anglais, un ton grave. AFP',
    'Un discours en anglais, un ton solennel. — MdB',
    'Un débat en anglais, sur un ton vif. LCI',
    'Un message en anglais, un ton solennel. ONU',
    'Un papier pour la page culture, en anglais, signé par un élève de 15 ans',
    'Un papier pour la page Économie, en anglais, repris par le Financial Times',
    'Un papier pour la rubrique Monde, en 300 mots : la routine des correspondants',
    'Un pezzo per il giornale della scuola, in inglese, vince il concorso',
    'Un pezzo per il sito del Comune, in inglese, scatena le polemiche',
    'Un settimanale in inglese, 600 parole a pezzo. Consegna il giovedì, in edicola il venerdì.',
    "Un texte pour le journal de l'école, en anglais, signé par des CM2",
    'Un titre en anglais, « Pls Stay » : le roman de Léa Martin',
    'Un ton ferme, en anglais et en français. AP',
    'Un ton léger, en anglais. M.D.',
    "Un ton poli, « svp » et « merci » : les règles de l'école de Vitry",
    'Un tract en anglais, un ton virulent. DR',
    'Une affiche en anglais et en arabe, sur un ton apaisant. JPB',
    'Une chanson en anglais, un ton mélancolique. AFP',
    'Une lettre en anglais de 600 mots. Remise le 3 mai au consulat.',
    'Une story pour le site du club, en anglais, a séduit les supporters',
    'Une édition en anglais, un ton plus sobre. Bouclage midi le samedi.',
    'VIDÉO. En anglais, sous-titrée, un ton léger pour le prince.',
    'WASHINGTON. In English and Spanish, a softer tone for the president.',
    'ÉDITORIAL. Un ton plus grave, en français, pour la une de ce matin.',
]
# The thirty-third round (memos and tickets over their fields, a greeting and a sign-off of Belgium or Switzerland, a value taken back
# in the same breath, a request that asks one field, a length in pages, "mini", the edition of a place), in my own words.
THIRTY_THIRD_ROUND: list[tuple[str, dict[str, object]]] = [
    ("MÉMO\nÀ : l'équipe web\nDe : la rédaction en chef\nObjet : papier à reprendre\n- Langue : anglais\n- Longueur : 600-800 mots\n- Ton : posé",
     {"language": "en", "min_words": 600, "max_words": 800, "tone": "posé"}),
    ("Note de service\nRéf. : 2025-044\nMerci de réécrire ce texte en 900 mots au moins, avec intertitres, ton pédagogique.\nLa direction",
     {"min_words": 900, "subheadings": True, "tone": "pédagogique"}),
    ("WEB-2231 Ratgeber Fahrradurlaub\nFällig: Montag\nSprache: Englisch\nUmfang: mindestens 900 Wörter\nZwischenüberschriften: ja",
     {"language": "en", "min_words": 900, "subheadings": True}),
    ("Salut à toi,\nPour le hors-série : au moins huit cents mots, ton enlevé.\nÇa te va pour vendredi ?\nÀ tantôt, Luc", {"min_words": 800, "tone": "enlevé"}),
    ("Me corrijo: no son 600 palabras sino 800 como máximo. Lo demás igual.", {"max_words": 800}),
    ("Korrektur: der Titel lautet nicht „Sommer in Bern“, sondern „Bern im Sommer“.", {"title": "Bern im Sommer"}),
    ("Finalement pas 500 mais 700 mots, en anglais.", {**about(700), "language": "en"}),
    ("Merci de passer le texte en anglais, le reste ne change pas.", {"language": "en"}),
    ("Longueur mini 800 mots, ton sobre", {"min_words": 800, "tone": "sobre"}),
    ("Rédige-le en espagnol, maxi 400 mots.", {"language": "es", "max_words": 400}),
    ("Longueur : une page, ton sobre.", {"tone": "sobre", "min_words": None, "max_words": None}),
    ("Bitte auf Englisch, etwa drei Seiten.", {"language": "en", "min_words": None}),
    ("Per il Trentino: versione tedesca, circa 400 parole.", {"language": "de", **about(400), "audience": None}),
    ("Edit : plutôt 900 mots, le 700 était une coquille.", about(900)),
    ("Reprends-le en italien, 500 mots environ.\n— Margaux, desk web", {"language": "it", **about(500)}),
]
# Article lines near the thirty-third round's rules: what something costs or takes after an infinitive, a value corrected in a story,
# pages in a report, a place's season, a memo in the news.
NEGATIVE_THIRTY_THIRD_ROUND: list[str] = [
    "Optimiser une fiche produit pour le SEO coûte environ 300 euros à un commerçant.",
    "Traduire un roman en anglais prend en moyenne six mois.",
    "Il ne s'agit pas de 500 mais de 900 emplois, corrige le syndicat.",
    "Le rapport tient en deux pages, en anglais.",
    "Pour le Tessin, la saison touristique commence en avril.",
    "Le mémo de la direction, rédigé en anglais, fait deux pages.",
    "Der Titel lautet nicht „Sieger“, sondern „Vizemeister“, sagt der Trainer.",
    "Le reste ne change pas : 500 mots, c'est la limite du concours.",
]
# A memo's name over the article's own first paragraph: no field under it, nothing taken.
MEMO_THEN_ARTICLE: list[str] = [
    "MÉMO\nLe conseil municipal a voté le budget, en anglais et en français, après trois heures de débat.",
    "Note de service\nLes agents passeront aux horaires d'été le 1er juin.",
]
# Thanks that end a labelled field or a polite request address the line to the writer.
THIRTY_THIRD_ROUND_THANKS: list[tuple[str, dict[str, object]]] = [
    ("Ton : complice mais pas familier. Merci, Inès", {"tone": "complice mais pas familier"}),
    ("Bitte mit Zwischenüberschriften, kurze Absätze. Danke!", {"subheadings": True}),
]
# A reviewer's lines aimed at the thirty-third round's rules (advice quoted with who gives it, pages in captions and advice, references
# in letters): all were taken once, none may be.
NEGATIVE_THIRTY_THIRD_REVIEW: list[str] = [
    "Gardez un ton léger, conseille la coach, même en entretien.",
    "Merci de privilégier un ton respectueux dans vos commentaires, rappelle la modération.",
    "Écrivez en français, exigeait la loi Toubon, votée en 1994.",
    "— Écris-moi en français la prochaine fois, lança-t-il.",
    "Schreiben Sie auf Englisch, rät die Expertin, dann klappt es mit der Bewerbung.",
    "Verwenden Sie einen sachlichen Ton, empfiehlt die Verbraucherzentrale.",
    "Verwenden Sie Zwischenüberschriften, um den Text zu gliedern.",
    "Usa un tono amable, recomienda la psicóloga, incluso en plena discusión.",
    "Write in English, the sign at the border read.",
    "Deux pages, ton grave.",
    "Zwei Seiten, auf Englisch.",
    "Dos páginas, en inglés.",
    "Mode d'emploi : deux pages, en anglais seulement.",
    "Le CV : deux pages maximum, en anglais.",
    "Brief von Einstein an Roosevelt, zwei Seiten, auf Englisch, 1939.",
    "Réf. : notre courrier du 3 février, traduit en anglais",
    "Réf. : jugement du 12 mars, ton ferme",
    "Sous-titres ? Non, merci.",
]
# Headlines right under a memo's brief: a memo is signed by a desk or a management, not by any short line in capitals.
MEMO_BRIEF_THEN_HEADLINE: list[str] = ["Grève historique à la SNCF", "Les Verts", "Le Parisien", "Kommunalwahl in Bayern"]
# The thirty-fourth round (replies above their quoted history, a figure disowned, a title that asks a question, an office signing at
# length, "limiter à", "avoiding", keywords "suivants" and slipped in, a second quoted keyword "como secundaria", "avec pour titre"),
# in my own words.
THIRTY_FOURTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Bonjour Léo,\nD'accord avec ta proposition ci-dessous, sauf la longueur : plutôt 700 mots max.\nMerci !\nAnne\n"
     "> Le 3 avril, Léo Martin a écrit :\n> Proposition : 1 000 mots, ton posé, lecteurs : artisans du bâtiment.",
     {"max_words": 700, "min_words": None, "tone": "posé", "audience": "artisans du bâtiment"}),
    ("[09:02] Tom Reyes\nCould you redo this for the newsletter? English, warm tone, ~600 words.\n[09:05] Tom Reyes\n"
     "Correction: make it ~500 words, the 600 was for the blog version", {"language": "en", "tone": "warm", **about(500)}),
    ("Titre : Faut-il encore acheter une voiture diesel ?", {"title": "Faut-il encore acheter une voiture diesel ?"}),
    ("Gentili signori,\nvi chiediamo di riscrivere il testo in inglese, circa 300 parole, con un tono cordiale.\nCon i migliori saluti,\n"
     "La segreteria del Circolo Canottieri di Pavia", {"language": "en", **about(300), "tone": "cordiale"}),
    ("Merci de le limiter à 350 mots et de l'écrire en anglais.", {"max_words": 350, "language": "en"}),
    ("Please rewrite it for our members, keeping it short and avoiding subheadings. About 400 words.", {"subheadings": False, **about(400)}),
    ("Pourriez-vous le réécrire en intégrant les mots-clés suivants : pain au levain, farine bio ? Environ 500 mots.",
     {"keywords": ["pain au levain", "farine bio"], **about(500)}),
    ("Lo necesitamos optimizado para SEO, con la palabra clave principal «pan de masa madre» y, como secundaria, «harina ecológica».",
     {"seo": True, "keywords": ["pan de masa madre", "harina ecológica"]}),
    ("Merci de le reprendre en 400 à 500 mots, sans intertitres, et avec pour titre : Le marché couvert rouvre ses portes",
     {"min_words": 400, "max_words": 500, "subheadings": False, "title": "Le marché couvert rouvre ses portes"}),
]
NEGATIVE_THIRTY_FOURTH_ROUND: list[str] = [
    "Public visé : les familles avec enfants de 3 à 12 ans, précise l'affiche du festival.",
    "Public : les moins de 25 ans, indique le rapport de la Cnil.",
    "Le 1000 était un record, le 500 une habitude.",
    "Avec pour titre « Le Grand Bleu », le film de Luc Besson sort en 1988.",
]
# The thirty-fifth round (the desk's "inter", "grand public" named bare in a slashed note, the edition or the page a text goes to is no
# readers, a marketplace's revision round, subheadings taken out, "doit être exactement :", "no son X, son Y", a memo signed with
# initials, thanks and initials ending a line, a French negative infinitive), in my own words.
THIRTY_FIFTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("papier 500 mots, pas d'inter, ton sec", {**about(500), "subheadings": False, "tone": "sec"}),
    ("EN / 700-900 mots / inter / ton posé / grand public",
     {"language": "en", "min_words": 700, "max_words": 900, "subheadings": True, "tone": "posé", "audience": "grand public"}),
    ("Pas d'intertitres, c'est pour la une du samedi. Environ 400 mots.", {"subheadings": False, **about(400), "audience": None}),
    ("Revision 2: please remove the subheadings and keep it under 600 words. Thanks!", {"subheadings": False, "max_words": 600}),
    ("Korrekturrunde 1: bitte die Zwischentitel streichen, maximal 450 Wörter.", {"subheadings": False, "max_words": 450}),
    ("Le titre doit être exactement : Les vignerons face au gel", {"title": "Les vignerons face au gel"}),
    ("Perdón: no son 400 palabras, son 900 como mínimo.", {"min_words": 900}),
    ("Note interne — J.B.\nRéécriture pour le site : 600 mots maximum, ton neutre, sans intertitres.",
     {"max_words": 600, "tone": "neutre", "subheadings": False}),
    ("Pour les lycéens : ton vivant, avec intertitres, titre « Le bac en dix questions ». Merci, C.L.",
     {"tone": "vivant", "subheadings": True, "title": "Le bac en dix questions"}),
    ("NB : ne pas mettre de sous-titres, c'est pour la newsletter", {"subheadings": False, "audience": None}),
    ("Titre : Faut-il avoir peur de l'intelligence artificielle ?", {"title": "Faut-il avoir peur de l'intelligence artificielle ?"}),
]
# Article lines near the thirty-fifth round's rules.
NEGATIVE_THIRTY_FIFTH_ROUND: list[str] = [
    "France Inter, en anglais et en espagnol, 600 000 auditeurs chaque matin.",
    "L'Inter Milan s'impose en anglais et en français, 500 supporters au stade.",
    "Il est conseillé de limiter à 800 mots un article de blog, avec un ton simple.",
    "Le film n'est pas en anglais mais en espagnol, sous-titré en français.",
    "Écrivez-lui en anglais, le 06 était son ancien numéro.",
    "Bitte auf Englisch schreiben, damit alle mitlesen können. Danke!",
    "Reader: Why are there no subheadings in the print edition anymore?",
    "Leser: Warum gibt es keine Zwischenüberschriften mehr?",
]
# An open letter's closing and signature end the article; the brief under them at the end of the file is not their letter's.
LETTER_ENDING_THEN_BRIEF: list[str] = [
    "Con i migliori saluti,\nLa segreteria della Pro Loco di San Gimignano",
    "Avec mes meilleures salutations,\nLe secrétaire du Judo Club de Vitré",
    "Atentamente,\nJuan Pérez",
]
# The thirty-sixth round (a figure said again after "euh non", the rest left to the writer on its own line, ticks and crosses beside
# subheadings, the title to keep as it is, keywords in order "en premier, puis", a chat's messages around its brief), in my own words.
THIRTY_SIXTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Réécris-le en 500 mots. Euh non, 600, il manque la fin du match.", about(600)),
    ("Titre imposé : Les Bleus en demi-finale\nle reste libre", {"title": "Les Bleus en demi-finale"}),
    ("Version anglaise ✅ / intertitres ❌ / 400 mots", {"language": "en", "subheadings": False, **about(400)}),
    ("Merci de garder le titre tel quel : « Le port de Brest en chantier »", {"title": "Le port de Brest en chantier"}),
    ("Titre : garder « Vendanges précoces en Alsace », 700 mots", {"title": "Vendanges précoces en Alsace", **about(700)}),
    ("SEO : mots-clés « vélo électrique » en premier, puis « piste cyclable », « Strasbourg »",
     {"seo": True, "keywords": ["vélo électrique", "piste cyclable", "Strasbourg"]}),
    ("Mot-clé principal : chauffage au bois, puis poêle à granulés et bûches compressées.",
     {"keywords": ["chauffage au bois", "poêle à granulés", "bûches compressées"]}),
]
# A chat's messages around a brief line, parted from the article by a blank line.
CHAT_BRIEFS: list[tuple[str, dict[str, object]]] = [
    ("[07:41] Hugo (desk matin): à passer avant 9h\n[07:42] Hugo (desk matin): réécris en 350 mots max, sans intertitres\n[07:42] Hugo (desk matin): merci !",
     {"max_words": 350, "subheadings": False}),
]
# A chat quoted at the edge of an article stays the article's: none of its messages asks the writer anything, or one asks in passing
# (a live blog), or it runs on into the article's text (a transcript read at a trial).
CHAT_IN_ARTICLE: list[str] = [
    "[10:02] Julie: on se retrouve à la mairie ?\n[10:03] Paul: oui, à 11h, avec les autres parents",
    "[14:02] Jean Dupont: la séance reprend\n[14:05] Jean Dupont: la présidente demande un ton plus sobre dans l'hémicycle",
]
CHAT_READ_IN_ARTICLE = ("Extraits lus à l'audience :\n[09:12] Marc L.: réécris le communiqué en anglais, 300 mots, ton rassurant\n"
                        "[09:14] Sophie R.: ok, je m'en occupe")
# A reviewer's lines aimed at the thirty-fifth and thirty-sixth rounds' rules (revision rounds in the news, the negative infinitive of
# recipes and rules, a film's subtitles, a figure taken back in a story): all were taken once, none may be.
NEGATIVE_THIRTY_SIXTH_REVIEW: list[str] = [
    "Revisione 2: il testo del decreto passa da 40 a 12 articoli, tono più tecnico.",
    "Round 3 : les négociations reprennent à Genève, en anglais et sans journalistes.",
    "Round 1: a 600-word essay in English, a tone test and an interview, explains the recruiter.",
    "Ne pas dépasser 180 °C et laisser cuire 40 minutes, en gardant un ton doré.",
    "Ne pas modifier le titre ni le texte : le Conseil constitutionnel rappelle la règle.",
    "Ne pas mettre plus de 2 000 caractères, en français ou en anglais : le formulaire est strict.",
    "Sous-titres ❌ en anglais sur Netflix pour ce film : les abonnés grognent.",
    "No son 500 palabras, son 1.500: el ensayo ganador sorprendió por su extensión.",
]
# The thirty-seventh round (what is struck out is taken back, a remark in parentheses before a label's colon, the language the brief
# is written in, "le titre devient", "Must:" and "Nice to have:" labels, the rest left to the writer, a noun and its other gender),
# in my own words.
THIRTY_SEVENTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("~~Ton léger~~ → Ton : sérieux\n~~900 mots~~ → 700 mots max", {"tone": "sérieux", "max_words": 700}),
    ("Public (d'après le service marketing) : les artisans et artisanes du bâtiment", {"audience": "les artisans et artisanes du bâtiment"}),
    ("Il brief è in italiano ma l'articolo va scritto in tedesco, circa 400 parole.", {"language": "de", **about(400)}),
    ("Titre : « Le retour du tram ». Après le call : le titre devient « Le tram revient à Lens ».", {"title": "Le tram revient à Lens"}),
    ("Must: Spanish, 400–500 words, tone: warm.", {"language": "es", "min_words": 400, "max_words": 500, "tone": "warm"}),
    ("Ton : enjoué. Le reste au choix du rédacteur.", {"tone": "enjoué"}),
]
# The thirty-eighth round (a layout's lines are no words, the outlet a German text goes to is no readers, the rest as in the
# original), in my own words.
THIRTY_EIGHTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Umfang 60 Zeilen, Ton locker, keine Zwischentitel.", {"tone": "locker", "subheadings": False, "min_words": None, "max_words": None}),
    ("Lunghezza 50 righe, tono leggero", {"tone": "leggero", "min_words": None}),
    ("Bitte für die Sonntagsausgabe umschreiben, auf Englisch, etwa 500 Wörter.", {"language": "en", **about(500), "audience": None}),
    ("Titolo: «Il lago si svuota». Tutto il resto come da originale.", {"title": "Il lago si svuota"}),
]
NEGATIVE_THIRTY_EIGHTH_ROUND: list[str] = [
    "Das Gedicht hat 80 Zeilen, auf Englisch, im Ton eines Briefes.",
    "La poesia conta 40 righe, in inglese, con un tono ironico.",
]
# The thirty-ninth round (a typed "maximun", a form's arrows, the old value in parentheses, reminders "pensez au …", "pour info"), in
# my own words.
THIRTY_NINTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Merci de le raccourcir à 300 mots maximun.", {"max_words": 300}),
    ("langue -> espagnol\nmots -> 800 environ\nintertitres -> non", {"language": "es", **about(800), "subheadings": False}),
    ("Titre : « Les cerisiers en fleur » (non « Le printemps arrive »), 500 mots.", {"title": "Les cerisiers en fleur", **about(500)}),
    ("N'oubliez pas les intertitres, c'est pour le site.", {"subheadings": True}),
    ("Pour info de la part du service com :\nLongueur : 400-500 mots\nTon : posé", {"min_words": 400, "max_words": 500, "tone": "posé"}),
]
# A reviewer's lines aimed at the thirty-seventh to thirty-ninth rounds' rules (a title that "becomes" something in the news, struck
# text in an article, a remark before a label's colon in a quote, the language a mail is written in, job ads' "Nice to have:",
# a poem's or a letter's lines, "Salutacions des de…", arrows in headlines): all were taken once, none may be.
NEGATIVE_THIRTY_NINTH_REVIEW: list[str] = [
    "~~Public : adultes~~ Public : familles, dès 6 ans.",
    "Cible de l'article (selon la rédaction) : tout le monde, a répondu le médiateur.",
    "Le mail est en allemand mais la consigne est simple : rédiger en anglais.",
    "Questo messaggio è in francese, tono cordiale, 200 parole.",
    "Il titolo diventa «Corriere Alto Adige», in italiano e tedesco.",
    "Nice to have: experience writing 500-word blog posts in a friendly tone.",
    "Le poème : 40 lignes, en anglais, ton grave.",
    "Sein Abschiedsbrief: 12 Zeilen, auf Französisch, Ton gefasst.",
    "Salutacions des de Girona, en catalán, con tono cordial.",
    "Titre à reprendre tel quel : c'est la règle pour les citations, en anglais comme en français.",
    "Le titre → « Barbie » : un film en anglais, 2 heures, 1 milliard de dollars",
]
# ... and beside a brief at the top: the article's first line.
ARTICLE_LINES_UNDER_A_BRIEF: list[str] = [
    "Le titre devient « Champion du monde » : Mbappé entre dans l'histoire.",
    "The title becomes \"Le Monde in English\", a 300-word editorial explains.",
    "Après le call : le titre devient « Nouvelle ère », annonce le PDG en anglais.",
    "Optional: guided tour in Spanish, 45 minutes.",
]
# The fortieth round (a Slack thread copied with its headers, "veut du néerlandais", a text named with a typing slip), in my own words.
FORTIETH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("refais l'artcile en espagnol, 400 mots environ, ton léger", {"language": "es", **about(400), "tone": "léger"}),
    ("La cliente veut du néerlandais, 600 mots environ.", {"language": "nl", **about(600)}),
]
SLACK_THREAD_BRIEFS: list[tuple[str, dict[str, object]]] = [
    ("Claire Dubois — 10:02\n@Léo le client suisse veut de l'allemand finalement\nLéo Martin — 10:03\nok, même longueur ?\n"
     "Claire Dubois — 10:04\noui, 700 mots environ, sans intertitres", {"language": "de", **about(700), "subheadings": False}),
]
# The forty-first round (a translation's pair "FR > EN", subheadings "bitte weglassen", phrases or terms to work in, "secondaires ="),
# in my own words.
FORTY_FIRST_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Rewrite DE > FR, 400-600 words, keywords: vélo cargo, Lyon", {"language": "fr", "min_words": 400, "max_words": 600, "keywords": ["vélo cargo", "Lyon"]}),
    ("Bitte auf Englisch, max. 400 Wörter. Zwischenüberschriften bitte weglassen.", {"language": "en", "max_words": 400, "subheadings": False}),
    ("Could you rewrite it in Spanish? Please work in the phrases 'energía solar' and 'autoconsumo'.",
     {"language": "es", "keywords": ["energía solar", "autoconsumo"]}),
    ("Focus keyphrase = pain au levain ; secondaires = farine bio, boulangerie", {"keywords": ["pain au levain", "farine bio", "boulangerie"]}),
]
# The forty-second round (the desk's "reprendre la dépêche", "on le passe en …", "podéis", a chat's messages naming where it goes and
# for whom, the purpose a text is for is no readers), in my own words.
FORTY_SECOND_ROUND: list[tuple[str, dict[str, object]]] = [
    ("MATIN — reprendre la dépêche en 300 mots maxi, ton sobre, titre au choix", {"max_words": 300, "tone": "sobre"}),
    ("Sport : on le passe en anglais pour le jumelage avec Bristol, environ 400 mots, ton enjoué.",
     {"language": "en", **about(400), "tone": "enjoué", "audience": None}),
]
CHAT_BRIEFS_FOR_WHOM: list[tuple[str, dict[str, object]]] = [
    ("[11:20] Paul R. : pour la page sorties de Brest\n[11:20] Paul R. : 400 mots environ, ton léger\n[11:21] Paul R. : c'est pour les étudiants",
     {**about(400), "tone": "léger"}),
]
# A reviewer's lines aimed at the fortieth to forty-second rounds' rules (phrases to avoid or that others use, translation pairs in
# price lists and rankings, "Use this headline please:" in tutorials, "veut de l'anglais" in the news): all were taken once.
NEGATIVE_FORTY_SECOND_REVIEW: list[str] = [
    "Avoid the phrases 'at the end of the day' and 'going forward'; use plain words instead.",
    "Le guide demande d'utiliser les termes « personne en situation de handicap » et « aidant ».",
    "Einfach die Begriffe „Danke“ und „Bitte“ verwenden – das lernen die Kinder im Kurs.",
    "Langues proposées : anglais > allemand > espagnol, par ordre de demande.",
    "Traduction anglais > français, 600 mots, 45 euros : notre offre découverte.",
    "Übersetzung DE > EN, 500 Wörter, ab 60 Euro.",
    "Use this headline please: the three words every editor hates.",
    "Titre à reprendre tel quel : la règle d'or des agences de presse.",
]
# ... and beside a brief.
NEGATIVE_FORTY_SECOND_REVIEW_BESIDE: list[str] = [
    "La ministre veut de l'anglais dès la maternelle.",
    "Mon fils veut du chinois à la cantine, comme ses copains.",
    "Die Begriffe „Heimat“ und „Leitkultur“ nutzen vor allem konservative Politiker.",
]
# The forty-third round (a chat with the name before the time and a colleague's question and answer around the brief line, "pas de
# contrainte de longueur" beside a brief, a field's label set by the client side), in my own words.
FORTY_THIRD_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Longueur demandée par la mairie : 400 mots, pas un de plus.", {"max_words": 400}),
    ("Brief SEO – Office de tourisme\nOptimisation SEO obligatoire. Mot-clé focus : lac d'Annecy. Autres : randonnée, baignade.\nPas de contrainte de longueur.",
     {"seo": True, "keywords": ["lac d'Annecy", "randonnée", "baignade"]}),
]
CHAT_BRIEFS_WITH_REPLIES: list[tuple[str, dict[str, object]]] = [
    ("Paul [09:02]: tu as la demande du club ?\nJulie [09:03]: oui : ils veulent un récit de match\nJulie [09:03]: ton épique, environ 600 mots\n"
     "Paul [09:04]: ok je transmets", {**about(600), "tone": "épique"}),
]
# The forty-fourth round (a correction a line later in a chat's words, a company's mail with its signature block and legal notice,
# an office and its address signing the last line), in my own words.
FORTY_FOURTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("titre : Le tram arrive à Tours\npardon erreur, le titre c'est : Tours attend son tram", {"title": "Tours attend son tram"}),
    ("tu peux faire 500 mots ?\nah non 800 finalement, le client veut plus long\nmerci !!", about(800)),
    ("en allemand stp\nah non pardon en italien, c pour le site de Milan", {"language": "it"}),
]
MAILS_WITH_A_LEGAL_NOTICE: list[tuple[str, dict[str, object]]] = [
    ("Bonjour,\nMerci de reprendre ce texte pour notre intranet, sans intertitres, 400 mots maximum.\nCordialement,\nLéa Morel\n"
     "Chargée de communication – Direction juridique\nGroupe Arvel – 12 rue de la Paix – 75002 Paris\nTél. : +33 (0)1 42 00 00 00\n"
     "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.", {"subheadings": False, "max_words": 400}),
    ("Please produce the rewrite in French, around 600 words, with subheadings.\nKind regards,\nTom Hale\nSenior Associate\n"
     "Hale & Partners LLP is a limited liability partnership registered in England and Wales (OC123456).", {"language": "fr", **about(600), "subheadings": True}),
    ("Pour le site international, nous souhaitons une réécriture en anglais, environ 500 mots.\n"
     "Service de presse et communication – Rue de la Loi 10, 1000 Bruxelles", {"language": "en", **about(500)}),
]
# A reviewer's file lines beside a brief: what was imposed or given by someone, reported as news.
NEGATIVE_SET_BY_SOMEONE_BESIDE: list[str] = [
    "Longueur imposée par l'éditeur : 300 pages, en français.",
    "Consigne donnée par le proviseur : pas de téléphone, ton respectueux.",
]
# The forty-fifth round (a department under an institution's name in a letterhead, a list lettered "a)"), in my own words.
FORTY_FIFTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("Office cantonal de la culture\nSection Communication\nMandat de réécriture\nLangue cible : allemand\nPublic : familles genevoises",
     {"language": "de", "audience": "familles genevoises"}),
    ("Instrucciones para la reescritura:\na) redactar en inglés;\nb) sin subtítulos;\nc) unas 500 palabras.",
     {"language": "en", "subheadings": False, **about(500)}),
]
# The forty-sixth round ("+ intertitres" under a brief, the rest as the writer likes), in my own words.
FORTY_SIXTH_ROUND: list[tuple[str, dict[str, object]]] = [
    ("version italienne stp\n+ intertitres", {"language": "it", "subheadings": True}),
    ("Titre imposé : « Le lac gèle enfin »\nle reste comme tu veux", {"title": "Le lac gèle enfin"}),
]
# A reviewer's lines aimed at the forty-third to forty-sixth rounds' rules, beside a brief (a mail's notice quoted in the news, a
# company's capital in a story, a figure said again in reported speech, a title asked for by a family): none may be taken.
NEGATIVE_FORTY_SIXTH_REVIEW_BESIDE: list[str] = [
    "La société, au capital de 37 000 euros, a été placée en liquidation judiciaire mardi.",
    "Ce message et ses pièces jointes sont confidentiels, a rappelé l'avocat de la banque.",
    "Ce message et ses pièces jointes sont confidentiels : c'est ce qu'affichait chaque courriel du préfet.",
    "Ah non 900 finalement, corrige la ministre, interrogée sur le nombre de gendarmes déployés.",
    "Titre demandé par la famille : « Un homme juste », pour l'hommage de samedi.",
]
