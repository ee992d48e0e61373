"""`rewrite check` on Jekyll, Hugo and Astro repositories as editors keep them, through the CLI with no flags.

Each site is small and of our own: well-formed posts must pass (no error), planted defects must be caught.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from drafts import ENGLISH, FRENCH, HEADINGS

DESCRIPTION_FR = "Une affaire suivie de près par les observateurs, avec le contexte, les réactions, les enjeux et les questions encore ouvertes."
DESCRIPTION_EN = "An affair followed closely by observers, with the context, the reactions, the stakes and the questions that are still open today."


def prose(language: str = "fr", sections: int = 3, extra: dict[int, str] | None = None) -> str:
    """A body as themes expect it: no H1 (the theme prints the title), paragraphs under H2 subheadings.

    `extra` puts markup after the paragraph of the given section.
    """
    pool = FRENCH if language == "fr" else ENGLISH
    lines: list[str] = []
    for number in range(sections + 1):
        if number:
            lines += [f"## {HEADINGS[language][number - 1]}", ""]
        for paragraph in range(2):
            start = (number * 2 + paragraph) % len(pool)
            lines += [" ".join((pool * 2)[start:start + 4]), ""]
        if extra and number in extra:
            lines += [extra[number], ""]
    return "\n".join(lines)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(*args: str, cwd: Path | None = None) -> tuple[int, dict[str, list[dict]], dict]:
    """Run `rewrite check ... --format json`: (exit code, alerts by file name, whole report)."""
    result = run_cli("check", *args, "--format", "json", cwd=cwd)
    assert result.code in (0, 1), result.err
    data = json.loads(result.out)
    return result.code, {Path(f["path"]).name: f["alerts"] for f in data["files"]}, data


def errors(alerts: list[dict]) -> list[dict]:
    return [alert for alert in alerts if alert["severity"] == "error"]


# ---------------------------------------------------------------- Jekyll

@pytest.fixture
def jekyll(tmp_path: Path) -> Path:
    site = tmp_path / "blog"
    (site / ".git").mkdir(parents=True)
    write(site / "_config.yml", "title: Le blog\nlang: fr\n")
    liquid = {1: '{% include image.html src="/img/carte.png" alt="Carte des villes" %}',
              2: "{% highlight python %}\nprint('ceci est du code et pas de la prose')\n{% endhighlight %}"}
    write(site / "_posts" / "2024-03-01-une-affaire.md",
          f"---\nlayout: post\ntitle: Une affaire qui interroge\nexcerpt: {DESCRIPTION_FR}\ntags: [affaire]\n---\n\n"
          + prose("fr", extra=liquid) + "Lire aussi [la suite]({{ site.baseurl }}{% link _posts/2024-03-02-la-suite.markdown %}).\n")
    write(site / "_posts" / "2024-03-02-la-suite.markdown",
          f"---\ntitle: La suite de l'affaire\nsummary: {DESCRIPTION_FR}\nlang: fr\n---\n\n"
          "<!--more-->\n\n* TOC\n{:toc}\n\n" + prose("fr", extra={0: '<div class="note">\n<h1>Encadré HTML</h1>\n</div>'}))
    return site


def test_jekyll_well_formed_posts_pass_with_no_flags(jekyll):
    code, alerts, _ = check(str(jekyll / "_posts"))
    assert code == 0, alerts
    for name, found in alerts.items():
        checks = {alert["check"] for alert in found}
        assert not errors(found), (name, found)
        assert not checks & {"headings.h1", "headings.hierarchy", "frontmatter.valid", "meta.description"}, (name, found)


def test_jekyll_planted_defects_are_caught(jekyll):
    posts = jekyll / "_posts"
    write(posts / "2024-03-03-deux-titres.md", "---\ntitle: Deux titres\nexcerpt: Court.\n---\n\n# Deux titres\n\n### Un niveau sauté\n\n" + prose())
    write(posts / "2024-03-04-casse.md", "---\ntitle: Casse\nexcerpt: Un résumé\ntags: [un, deux\nlang: fr\n---\n\n" + prose())
    write(posts / "2024-03-05-sans-resume.md", "---\ntitle: Sans résumé\n---\n\n" + prose())
    code, alerts, _ = check(str(posts))
    assert code == 1
    double = alerts["2024-03-03-deux-titres.md"]
    assert {"check": "headings.h1", "severity": "error", "line": 6,
            "message": "H1 in the body: the theme prints the front-matter title as the H1, so this is a second one (use ##)"} in double
    assert any(a["check"] == "headings.hierarchy" and a["line"] == 8 for a in double)
    assert any(a["check"] == "meta.description" and "characters" in a["message"] for a in double)  # "Court." is too short
    broken = errors(alerts["2024-03-04-casse.md"])
    assert [(a["check"], a["line"]) for a in broken] == [("frontmatter.valid", 4)]  # the tags line
    assert "not valid YAML" in broken[0]["message"]
    missing = alerts["2024-03-05-sans-resume.md"]
    assert not errors(missing)
    assert any(a["check"] == "meta.description" and a["severity"] == "warning" and "no description" in a["message"] for a in missing)


def test_user_config_and_flag_win_over_detection(jekyll):
    write(jekyll / "rewriter.toml", 'site = "plain"\n')
    code, alerts, _ = check(str(jekyll / "_posts"), cwd=jekyll)
    assert code == 1 and any(a["check"] == "headings.h1" and a["message"].startswith("0 H1") for a in alerts["2024-03-01-une-affaire.md"])
    code, alerts, _ = check(str(jekyll / "_posts"), "--site", "jekyll", cwd=jekyll)
    assert code == 0, alerts
    refused = run_cli("check", str(jekyll), "--site", "wordpress")
    assert refused.code == 2 and "site must be plain, hugo, jekyll, astro, not 'wordpress'" in refused.err


def test_field_names_are_configurable(jekyll):
    write(jekyll / "_posts" / "2024-03-06-accroche.md", f"---\ntitle: Accroche\nteaser: {DESCRIPTION_FR}\n---\n\n" + prose())
    _, alerts, _ = check(str(jekyll / "_posts"), cwd=jekyll)
    assert any(a["check"] == "meta.description" for a in alerts["2024-03-06-accroche.md"])
    write(jekyll / "rewriter.toml", '[check.fields]\ndescription = ["teaser", "excerpt", "summary"]\n')
    _, alerts, _ = check(str(jekyll / "_posts"), cwd=jekyll)
    assert not any(a["check"] == "meta.description" for a in alerts["2024-03-06-accroche.md"])
    write(jekyll / "rewriter.toml", '[check.fields]\nblurb = ["teaser"]\n')
    refused = run_cli("check", str(jekyll / "_posts"), cwd=jekyll)
    assert refused.code == 2 and "unknown field 'blurb'" in refused.err


def test_non_prose_markup_is_not_counted(jekyll):
    """Liquid, comments, kramdown lists and HTML blocks add no word: the post counts as its plain twin."""
    plain = write(jekyll.parent / "plain" / "twin.md", f"---\ntitle: Une affaire qui interroge\ndescription: {DESCRIPTION_FR}\n---\n\n"
                  + prose("fr") + "Lire aussi [la suite]().\n")
    _, _, twin = check(str(plain))
    _, _, marked = check(str(jekyll / "_posts" / "2024-03-01-une-affaire.md"))
    assert marked["files"][0]["stats"]["words"] == twin["files"][0]["stats"]["words"]
    assert marked["files"][0]["stats"]["headings"] == 3


def test_drafts_are_checked_unless_skipped(jekyll):
    write(jekyll / "_drafts" / "brouillon.md", "---\ntitle: Brouillon\n---\n\n# Brouillon\n\n" + prose())
    write(jekyll / "_posts" / "2024-03-07-pas-publie.md", "---\ntitle: Pas publié\npublished: false\n---\n\n# Pas publié\n\n" + prose())
    code, alerts, data = check(str(jekyll))
    assert code == 1 and {"brouillon.md", "2024-03-07-pas-publie.md"} <= set(alerts)
    code, alerts, data = check(str(jekyll), "--skip-drafts")
    assert code == 0 and data["summary"]["files"] == 2 and "brouillon.md" not in alerts


# ---------------------------------------------------------------- Hugo

HUGO_SHORTCODES = {
    1: '{{< figure src="/img/carte.png" caption="Une légende qui ne compte pas" >}}',
    2: "{{% notice info %}}\nCette note est de la prose et compte bien.\n{{% /notice %}}",
    3: "{{< highlight go >}}\nfmt.Println(\"du code\")\n{{< /highlight >}}",
}


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    site = tmp_path / "hugo"
    (site / ".git").mkdir(parents=True)
    write(site / "hugo.toml", 'baseURL = "https://example.org/"\nlanguageCode = "fr"\n')
    posts = site / "content" / "posts"
    write(posts / "toml.md", f'+++\ntitle = "Une affaire en TOML"\ndate = 2024-03-01\ndraft = false\nsummary = "{DESCRIPTION_FR}"\n'
          'tags = ["affaire"]\n+++\n\n' + prose("fr", extra=HUGO_SHORTCODES))
    write(posts / "yaml.md", f"---\ntitle: Une affaire en YAML\ndescription: {DESCRIPTION_FR}\n---\n\n" + prose("fr", extra=HUGO_SHORTCODES))
    write(posts / "json.md", json.dumps({"title": "Une affaire en JSON", "description": DESCRIPTION_FR, "tags": ["affaire"]},
                                        ensure_ascii=False, indent=2) + "\n\n" + prose("fr", extra=HUGO_SHORTCODES))
    write(posts / "bonjour.fr.md", f"---\ntitle: Bonjour\ndescription: {DESCRIPTION_FR}\n---\n\n" + prose("fr"))
    write(posts / "hello.en.md", f"---\ntitle: Hello\ndescription: {DESCRIPTION_EN}\n---\n\n" + prose("en"))
    return site


def test_hugo_toml_yaml_json_front_matter_and_shortcodes_pass(hugo):
    code, alerts, data = check(str(hugo / "content"))
    assert code == 0, alerts
    assert set(alerts) == {"toml.md", "yaml.md", "json.md", "bonjour.fr.md", "hello.en.md"}
    for found in alerts.values():
        assert not {a["check"] for a in found} & {"headings.h1", "frontmatter.valid", "meta.description", "headings.hierarchy"}, found
    words = {Path(f["path"]).name: f["stats"]["words"] for f in data["files"]}
    assert words["toml.md"] == words["yaml.md"] == words["json.md"]  # the same body whatever the front matter
    _, _, bare = check(str(write(hugo.parent / "bare" / "bare.md", "---\ntitle: T\n---\n\n" + prose("fr"))))
    note = len("Cette note est de la prose et compte bien.".split())
    assert words["yaml.md"] == bare["files"][0]["stats"]["words"] + note  # shortcodes count nothing, the note's prose counts


def test_hugo_language_from_file_suffix(hugo):
    posts = hugo / "content" / "posts"
    write(posts / "mauvais.fr.md", f"---\ntitle: Wrong language\ndescription: {DESCRIPTION_EN}\n---\n\n" + prose("en"))
    code, alerts, _ = check(str(posts))
    assert code == 1
    assert [a["check"] for a in errors(alerts["mauvais.fr.md"])] == ["language.expected"]
    assert not errors(alerts["hello.en.md"])


@pytest.mark.parametrize("name, text, line, detail", [
    ("bad.md", f'+++\ntitle = "Casse"\ndate = 2024-03-01\ntags = ["a", \n+++\n\n{prose()}', 4, "not valid TOML"),
    ("bad.md", f'+++\ntitle = "Casse"\ndescription = \n\ndate = 2024-03-01\n+++\n\n{prose()}', 3, "not valid TOML: Invalid value"),
    ("bad.md", '{\n  "title": "Casse",\n  "tags": ["a" "b"]\n}\n\n' + prose(), 3, "not valid JSON"),
])
def test_hugo_front_matter_errors_name_the_line(hugo, name, text, line, detail):
    write(hugo / "content" / "posts" / name, text)
    code, alerts, _ = check(str(hugo / "content" / "posts" / name))
    assert code == 1
    assert [(a["check"], a["line"]) for a in errors(alerts[name])] == [("frontmatter.valid", line)]
    assert detail in errors(alerts[name])[0]["message"]


def test_hugo_multilingual_tree(tmp_path):
    site = tmp_path / "multi"
    (site / ".git").mkdir(parents=True)
    write(site / "config.toml", 'defaultContentLanguage = "fr"\n[languages.fr]\ncontentDir = "content/fr"\n[languages.en]\ncontentDir = "content/en"\n')
    write(site / "content" / "fr" / "posts" / "article.md", f"---\ntitle: Article\ndescription: {DESCRIPTION_FR}\n---\n\n" + prose("fr"))
    write(site / "content" / "en" / "posts" / "article.md", f"---\ntitle: Article\ndescription: {DESCRIPTION_EN}\n---\n\n" + prose("en"))
    write(site / "content" / "en" / "posts" / "pas-traduit.md", f"---\ntitle: Pas traduit\ndescription: {DESCRIPTION_FR}\n---\n\n" + prose("fr"))
    write(site / "content" / "en" / "posts" / "locale.md", f"---\ntitle: Locale\nlocale: fr_FR\ndescription: {DESCRIPTION_FR}\n---\n\n" + prose("fr"))
    result = run_cli("check", str(site / "content"), "--format", "json")
    files = {str(Path(f["path"]).relative_to(site / "content")): f for f in json.loads(result.out)["files"]}
    assert result.code == 1
    assert files["fr/posts/article.md"]["ok"] and files["en/posts/article.md"]["ok"] and files["en/posts/locale.md"]["ok"]
    assert [a["check"] for a in errors(files["en/posts/pas-traduit.md"]["alerts"])] == ["language.expected"]


# ---------------------------------------------------------------- Astro

@pytest.fixture
def astro(tmp_path: Path) -> Path:
    site = tmp_path / "astro"
    (site / ".git").mkdir(parents=True)
    write(site / "astro.config.mjs", "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n")
    write(site / "node_modules" / "some-package" / "README.md", "# A package\n\nNot an article of the site.\n")
    blog = site / "src" / "content" / "blog"
    components = {
        0: "<Callout type=\"tip\">\nCe conseil est de la prose.\n</Callout>",
        1: "<Image src={hero} alt=\"Une carte\" />\n\n{/* une note pour les auteurs */}",
        2: "<Chart\n  data={[1, 2, 3]}\n  options={{ legend: false }}\n/>",
    }
    write(blog / "premier.mdx",
          f"---\ntitle: Premier article\ndescription: {DESCRIPTION_FR}\npubDate: 2024-03-01\ndraft: false\n---\n\n"
          "import { Image } from 'astro:assets';\nimport Callout from '../../components/Callout.astro';\n"
          "import hero from '../../assets/hero.png';\nexport const components = {\n  h2: 'h2',\n};\n\n" + prose("fr", extra=components))
    write(blog / "second.md", f"---\ntitle: Second article\ndescription: {DESCRIPTION_FR}\npubDate: 2024-03-02\n---\n\n" + prose("fr"))
    return site


def test_astro_collection_with_mdx_passes(astro):
    code, alerts, data = check(str(astro))
    assert code == 0, alerts
    assert set(alerts) == {"premier.mdx", "second.md"}  # node_modules is not the site's content
    words = {Path(f["path"]).name: f["stats"]["words"] for f in data["files"]}
    assert words["premier.mdx"] == words["second.md"] + len("Ce conseil est de la prose.".split())
    for found in alerts.values():
        assert not {a["check"] for a in found} & {"headings.h1", "frontmatter.valid", "meta.description"}, found


def test_astro_planted_defects(astro):
    blog = astro / "src" / "content" / "blog"
    write(blog / "titre.mdx", f"---\ntitle: Titre\ndescription: {DESCRIPTION_FR}\n---\n\nimport X from './x';\n\n# Titre\n\n<X />\n\n" + prose())
    write(blog / "anglais.md", f"---\ntitle: English\ndescription: {DESCRIPTION_EN}\nlang: fr\n---\n\n" + prose("en"))
    code, alerts, _ = check(str(blog))
    assert code == 1
    assert [(a["check"], a["line"]) for a in errors(alerts["titre.mdx"])] == [("headings.h1", 8)]
    assert [a["check"] for a in errors(alerts["anglais.md"])] == ["language.expected"]


# ---------------------------------------------------------------- baseline and stats

def test_baseline_fails_only_on_new_alerts(jekyll, tmp_path):
    posts = jekyll / "_posts"
    old = write(posts / "2024-03-03-ancien.md", "---\ntitle: Ancien\n---\n\n# Ancien\n\n" + prose())
    baseline = jekyll / "rewrite-baseline.json"
    absent = run_cli("check", str(posts), "--baseline", str(baseline))
    assert absent.code == 2 and "no such baseline (write it with --update-baseline)" in absent.err
    written = run_cli("check", str(posts), "--baseline", str(baseline), "--update-baseline")
    assert written.code == 0 and "baseline written" in written.err
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["alerts"]
    assert {"path": "_posts/2024-03-03-ancien.md", "check": "headings.h1", "count": 1} .items() <= \
        next(e for e in recorded if e["check"] == "headings.h1").items()
    assert run_cli("check", str(posts), "--baseline", str(baseline)).code == 0
    # Lines added above the known alert shift it: still known. French messages match the English baseline.
    old.write_text(old.read_text(encoding="utf-8").replace("---\n\n# Ancien", "---\n\nUne phrase ajoutée.\n\n# Ancien"), encoding="utf-8")
    shifted = run_cli("check", str(posts), "--baseline", str(baseline), "--format", "json")
    assert shifted.code == 0 and json.loads(shifted.out)["summary"]["known"] >= 2
    french = run_cli("check", str(posts), "--baseline", str(baseline), env={**__import__("conftest").clean_env(), "REWRITER_UI_LANG": "fr"})
    assert french.code == 0, french.out
    # A new second H1 in the same file, and one in another file, are new.
    old.write_text(old.read_text(encoding="utf-8") + "\n# Encore un\n", encoding="utf-8")
    write(posts / "2024-03-08-nouveau.md", "---\ntitle: Nouveau\n---\n\n# Nouveau\n\n" + prose())
    new = run_cli("check", str(posts), "--baseline", str(baseline), "--format", "line", "--min-level", "error")
    assert new.code == 1
    assert sorted(line.split(":")[0].rsplit("/", 1)[1] for line in new.out.splitlines()) == ["2024-03-03-ancien.md", "2024-03-08-nouveau.md"]


def test_stats_prints_totals_by_check(jekyll):
    write(jekyll / "_posts" / "2024-03-03-a.md", "---\ntitle: A\n---\n\n# A\n\n" + prose())
    write(jekyll / "_posts" / "2024-03-04-b.md", "---\ntitle: B\n---\n\n# B\n\n# B encore\n\n" + prose())
    text = run_cli("check", str(jekyll / "_posts"), "--stats")
    assert text.code == 1
    row = next(line.split() for line in text.out.splitlines() if line.startswith("headings.h1 "))
    assert row == ["headings.h1", "3", "0", "0", "2"]  # 3 errors in 2 files
    assert "4 files checked." in text.out
    data = json.loads(run_cli("check", str(jekyll / "_posts"), "--stats", "--format", "json").out)
    assert data["by_check"]["headings.h1"] == {"error": 3, "warning": 0, "suggestion": 0, "files": 2}
    assert data["by_check"]["meta.description"]["files"] == 2
    assert run_cli("check", str(jekyll), "--stats", "--format", "line").code == 2


def test_seo_plugin_fields(hugo):
    """Fields of SEO plugins: meta_description and seo.description for the description, seo_title for meta.title."""
    posts = hugo / "content" / "posts"
    long_title = "Un titre pour les moteurs de recherche bien trop long pour tenir en soixante caractères"
    write(posts / "meta.md", f'---\ntitle: Court\nmeta_description: "{DESCRIPTION_FR}"\nseo_title: "{long_title}"\n---\n\n' + prose())
    write(posts / "nested.md", f'---\ntitle: Court\nseo:\n  description: "{DESCRIPTION_FR}"\n---\n\n' + prose())
    _, alerts, _ = check(str(posts / "meta.md"), str(posts / "nested.md"))
    assert not any(a["check"] == "meta.description" for found in alerts.values() for a in found)
    assert [a["message"] for a in alerts["meta.md"] if a["check"] == "meta.title"] == [f"title has {len(long_title)} characters, at most 60"]
    assert not any(a["check"] == "meta.title" for a in alerts["nested.md"])


def test_jekyll_post_without_title_takes_its_file_name(jekyll):
    """Jekyll titles a post from its file name: no title in the front matter is no error, and the theme prints it."""
    write(jekyll / "_posts" / "2024-03-09-sans-titre.md", f"---\nexcerpt: \"{DESCRIPTION_FR}\"\n---\n\n" + prose())
    write(jekyll / "_posts" / "2024-03-10-titre-et-h1.md", f"---\nexcerpt: \"{DESCRIPTION_FR}\"\n---\n\n# Un titre\n\n" + prose())
    write(jekyll / "pages" / "a-propos.md", f"---\nexcerpt: \"{DESCRIPTION_FR}\"\n---\n\n" + prose())
    code, alerts, _ = check(str(jekyll))
    assert not errors(alerts["2024-03-09-sans-titre.md"])
    assert [(a["check"], a["line"]) for a in errors(alerts["2024-03-10-titre-et-h1.md"])] == [("headings.h1", 5)]
    assert [a["message"] for a in errors(alerts["a-propos.md"])] == ["front matter has no 'title'"]  # a page is not a post


def test_folder_walk_skips_templates_themes_and_repository_files(hugo):
    """What the generator never publishes is not an article: Hugo's archetype (`{{ .Date }}` is no TOML),
    a theme's README, the repository's README. Named on the command line, a file is still checked."""
    write(hugo / "README.md", "# Our site\n\nRun `hugo server` to preview.\n")
    write(hugo / "archetypes" / "default.md", '+++\ntitle = "{{ replace .Name "-" " " | title }}"\ndate = {{ .Date }}\ndraft = true\n+++\n')
    write(hugo / "themes" / "paper" / "README.md", "# Paper\n\nA theme.\n")
    code, alerts, _ = check(str(hugo))
    assert code == 0, alerts
    assert set(alerts) == {"toml.md", "yaml.md", "json.md", "bonjour.fr.md", "hello.en.md"}
    code, alerts, _ = check(str(hugo / "README.md"))
    assert code == 1 and "README.md" in alerts
