"""Model drafts for the test server: original prose, no invented number or name.

Sentences are generic so that they never copy the source (originality) nor
add facts (facts.new); the count of words and subheadings is chosen by the test.
"""

from __future__ import annotations

import itertools

FRENCH = [
    "Les observateurs suivent cette évolution avec beaucoup d'attention.",
    "Cette situation soulève plusieurs questions importantes pour la suite.",
    "Selon les spécialistes, le contexte reste encore très incertain.",
    "Chacun attend désormais des réponses claires et rapides.",
    "Plusieurs acteurs du secteur ont réagi dans la journée.",
    "Le débat porte surtout sur les conséquences à moyen terme.",
    "Pour beaucoup, il s'agit d'un tournant dans cette affaire.",
    "Une partie du public découvre ces enjeux pour la première fois.",
    "Les décisions prises ces prochaines semaines seront déterminantes.",
    "Rien ne permet encore de dire comment la situation va évoluer.",
    "Des voix se sont élevées pour réclamer davantage de transparence.",
    "Cette affaire illustre les tensions qui traversent le secteur.",
]
ENGLISH = [
    "Observers are following these developments closely.",
    "The situation raises several important questions for what comes next.",
    "According to specialists, the outlook remains uncertain.",
    "Everyone is now waiting for clear and quick answers.",
    "Several players in the sector reacted during the day.",
    "The debate is mostly about the consequences in the medium term.",
    "For many, this marks a turning point in the affair.",
    "Part of the public is discovering these issues for the first time.",
    "The decisions taken in the coming weeks will be decisive.",
    "Nothing yet shows how the situation will evolve.",
    "Voices have called for more transparency.",
    "This affair shows the tensions running through the sector.",
]
HEADINGS = {"fr": ["Le contexte", "Les réactions", "Les enjeux", "La suite", "Les questions", "Le débat", "Les perspectives", "Le bilan"],
            "en": ["The context", "The reactions", "The stakes", "What comes next", "The questions", "The debate", "The outlook", "The record"]}


def draft(words: int, subheadings: int = 3, language: str = "fr", title: str | None = None,
          description: str | None = None, front_matter: bool = True) -> str:
    """A Markdown article of about `words` words (headings included) in `language`."""
    pool = itertools.cycle(FRENCH if language == "fr" else ENGLISH)
    title = title or ("Une affaire qui interroge tout le secteur" if language == "fr" else "An affair that puzzles the whole sector")
    description = description or (
        "Une affaire suivie de près par les observateurs : contexte, réactions, enjeux et questions ouvertes pour la suite des événements."
        if language == "fr" else
        "An affair followed closely by observers: the context, the reactions, the stakes and the open questions about what happens next.")
    sections: list[list[str]] = [[] for _ in range(subheadings + 1)]
    count = len(title.split())
    index = 0
    while count < words:
        paragraph = " ".join(next(pool) for _ in range(3))
        sections[index % len(sections)].append(paragraph)
        count += len(paragraph.split())
        index += 1
    lines = [f"# {title}", ""]
    for number, paragraphs in enumerate(sections):
        if number:
            lines += [f"## {HEADINGS[language][(number - 1) % 8]}", ""]
            count += len(HEADINGS[language][(number - 1) % 8].split())
        for paragraph in paragraphs:
            lines += [paragraph, ""]
    body = "\n".join(lines)
    if not front_matter:
        return body
    return f'---\ntitle: "{title}"\ndescription: "{description}"\n---\n\n{body}'
