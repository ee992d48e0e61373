"""`rewrite ARTICLE` end to end: the real CLI, the real openai client, a real HTTP server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLES, clean_env, needs_seeds, run_cli, seed_files
from drafts import draft
from openai_server import Reply

ARTICLE = SAMPLES / "fr-velo-electrique.txt"  # asks for French, at least 300 words, subheadings, keyword


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def copy_sample(tmp_path: Path, name: str = ARTICLE.name) -> Path:
    target = tmp_path / name
    target.write_bytes((SAMPLES / name).read_bytes())
    return target


def good(words: int = 420, **options) -> Reply:
    return Reply(draft(words, **options))


# --- offline engine -----------------------------------------------------------------------

def test_offline_engine_writes_valid_article_without_key(tmp_path):
    article = copy_sample(tmp_path)
    result = run_cli(str(article))
    assert result.code == 0, result.out + result.err
    assert "offline engine" in result.out and "OPENAI_API_KEY" in result.out
    output = article.with_suffix(".md")
    meta = front_matter(output)
    assert meta["engine"] == "offline" and meta["draft"] is False and meta["lang"] == "fr"
    assert meta["source"] == article.name and len(meta["source_sha256"]) == 64
    assert set(meta) >= {"title", "description", "slug", "lang", "keywords", "date", "word_count", "source", "model", "engine", "draft"}
    body = output.read_text(encoding="utf-8")
    assert body.count("\n# ") == 1 and body.count("\n## ") >= 2
    # Invents no sentence: every paragraph of the body comes from the source.
    source = article.read_text(encoding="utf-8")
    for paragraph in body.split("---", 2)[2].split("\n\n"):
        paragraph = paragraph.strip()
        if paragraph and not paragraph.startswith("#"):
            assert all(sentence.strip() in source for sentence in paragraph.split(". ")), paragraph


def test_offline_engine_cannot_reach_length_and_says_so(tmp_path):
    article = tmp_path / "short.txt"
    article.write_text("at least 900 words\n" + (SAMPLES / "fr-deux-articles.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli(str(article), "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["status"] == "draft" and report["engine"] == "offline"
    assert any(c["check"] == "length.words" and c["severity"] == "error" for c in report["checks"])
    assert front_matter(article.with_suffix(".md"))["draft"] is True


@needs_seeds
@pytest.mark.parametrize("seed", seed_files(), ids=lambda p: p.name[:3])
def test_seeds_through_offline_engine(tmp_path, seed):
    output = tmp_path / "out.md"
    result = run_cli(str(seed), "-o", str(output), "--json")
    assert result.code in (0, 1), result.err
    report = json.loads(result.out)
    assert report["engine"] == "offline" and output.exists()
    meta = front_matter(output)
    assert meta["engine"] == "offline" and meta["lang"] == "fr"
    assert output.read_text(encoding="utf-8").count("\n# ") == 1


# --- against the test server ----------------------------------------------------------------

def test_too_short_draft_is_repaired_in_two_calls(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(good(150), good(420))
    result = run_cli(str(article), "--json", env=model_env)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert len(server.chat_requests) == 2
    assert report["status"] == "valid" and report["output"] == str(article.with_suffix(".md"))
    assert report["spec"]["language"] == {"value": "fr", "source": "instructions"}
    assert report["spec"]["min_words"] == {"value": 300, "source": "instructions"}
    assert report["spec"]["seo"]["source"] == "default"
    assert [a["number"] for a in report["attempts"]] == [1, 2]
    assert report["attempts"][0]["errors"] >= 1 and report["attempts"][1]["errors"] == 0
    assert any(f.startswith("length.words:") and "300 needed" in f for f in report["attempts"][0]["failures"])
    assert report["usage"] == {"prompt_tokens": 200, "completion_tokens": 400, "total_tokens": 600, "estimated": False}
    assert {"check", "severity", "message", "line"} <= set(report["checks"][0]) if report["checks"] else True
    assert report["stats"]["words"] >= 300
    # The repair request carries the previous draft and names the failure precisely.
    repair = server.chat_requests[1]["messages"]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert "300 needed" in repair[3]["content"] and "expand" in repair[3]["content"]
    meta = front_matter(article.with_suffix(".md"))
    assert meta["engine"] == "llm" and meta["model"] == "test-model" and meta["draft"] is False
    assert meta["title"] == "Une affaire qui interroge tout le secteur"


def test_wrong_language_is_repaired(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(good(420, language="en"), good(420))
    result = run_cli(str(article), "--json", env=model_env)
    report = json.loads(result.out)
    assert result.code == 0 and len(server.chat_requests) == 2
    assert any("language.expected" in f and "French expected" in f for f in report["attempts"][0]["failures"])


def test_fenced_reply_with_preamble_is_unwrapped(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(Reply("Voici l'article réécrit :\n\n```markdown\n" + draft(420) + "\n```\n\nN'hésitez pas à me demander des modifications."))
    result = run_cli(str(article), env=model_env)
    assert result.code == 0, result.out + result.err
    text = article.with_suffix(".md").read_text(encoding="utf-8")
    assert "```" not in text and "Voici" not in text and "hésitez" not in text
    assert len(server.chat_requests) == 1


def test_truncated_answer_is_continued_not_written(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    full = draft(420)
    cut = len(full) // 2
    server.add(Reply(full[:cut], finish_reason="length"), Reply(full[cut:]))
    result = run_cli(str(article), "--json", env=model_env)
    assert result.code == 0, result.err
    assert len(server.chat_requests) == 2
    assert server.chat_requests[1]["messages"][-2] == {"role": "assistant", "content": full[:cut]}
    assert article.with_suffix(".md").read_text(encoding="utf-8").count("## ") >= 2


@pytest.mark.parametrize("fault", [
    Reply("", finish_reason="stop"),
    Reply(None),
    Reply(choices=[]),
    Reply(body=b"<html><body>Bad gateway</body></html>", content_type="text/html"),
    Reply(status=500),
    Reply(status=429, headers={"retry-after": "0.1"}),
], ids=["empty", "null", "no-choices", "html", "500", "429"])
def test_transient_fault_then_success(tmp_path, server, model_env, fault):
    article = copy_sample(tmp_path)
    server.add(fault, good(420))
    result = run_cli(str(article), env=model_env)
    assert result.code == 0, result.err
    assert len(server.chat_requests) == 2


def test_repairs_are_bounded_and_best_draft_is_kept(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(good(120), good(250), good(200))
    result = run_cli(str(article), "--json", "--max-attempts", "3", env=model_env)
    assert result.code == 1
    report = json.loads(result.out)
    assert len(server.chat_requests) == 3 and len(report["attempts"]) == 3
    meta = front_matter(article.with_suffix(".md"))
    assert meta["draft"] is True and 230 <= meta["word_count"] <= 270  # the 250-word draft was the best


def test_provider_failure_writes_nothing_and_exits_3(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(*[Reply(status=500)] * 3)
    result = run_cli(str(article), env=model_env)
    assert result.code == 3
    assert "nothing written" in result.err and not article.with_suffix(".md").exists()


def test_auth_failure_names_url_and_variable_but_never_the_key(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    server.add(Reply(status=401, error={"message": "Incorrect API key provided: sk-test-SECRET-123456", "type": "invalid_request_error", "code": "invalid_api_key"}))
    result = run_cli(str(article), env=model_env)
    assert result.code == 3 and len(server.chat_requests) == 1
    assert server.base_url in result.err and "OPENAI_API_KEY" in result.err
    assert "SECRET" not in result.out + result.err


def test_article_text_reaches_model_literally_and_fenced(tmp_path, server, model_env):
    article = tmp_path / "template.txt"
    # The template-like paragraph sits inside the body (after its first paragraph), where the cleaner keeps it.
    head, first, rest = (SAMPLES / "fr-velo-electrique.txt").read_text(encoding="utf-8").split("\n", 1)[1].split("\n\n", 2)
    article.write_text("\n\n".join(["Keep the quote from the mayor\n" + head, first,
                                    "Le calcul {{ 7*7 }} et {% for x in y %} restent du texte.", rest]), encoding="utf-8")
    server.add(good(420))
    # The extra request line is also offered to the model as instructions to map (issue 12): it maps nothing.
    server.structured = lambda request: Reply('{"language": null}')
    run_cli(str(article), "--lang", "fr", env=model_env)
    rewrite = [request for request in server.chat_requests if "response_format" not in request]
    system, user = rewrite[0]["messages"]
    assert "Le calcul {{ 7*7 }} et {% for x in y %} restent du texte." in user["content"].split("\n")
    fence = next(line for line in user["content"].split("\n") if line.startswith("<<<ARTICLE-"))
    assert user["content"].count(fence) == 2 and fence in system["content"]
    assert "never an instruction" in system["content"]
    assert "- Keep the quote from the mayor" in user["content"]  # the editor's extra request, verbatim


def test_flags_override_instructions_and_config(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    (tmp_path / "rewriter.toml").write_text('max_words = 900\ntone = "sobre"\n', encoding="utf-8")
    server.add(good(420))
    result = run_cli(str(article), "--json", "--min-words", "400", env=model_env, cwd=tmp_path)
    spec = json.loads(result.out)["spec"]
    assert spec["min_words"] == {"value": 400, "source": "cli"}
    assert spec["max_words"] == {"value": 900, "source": "config"}
    assert spec["tone"] == {"value": "sobre", "source": "config"}
    assert spec["language"] == {"value": "fr", "source": "instructions"}
    assert "Length: between 400 and 900 words" in server.chat_requests[0]["messages"][1]["content"]


def test_never_overwrites_without_force(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    output = article.with_suffix(".md")
    output.write_text("mine", encoding="utf-8")
    result = run_cli(str(article), env=model_env)
    assert result.code == 2 and "--force" in result.err and output.read_text(encoding="utf-8") == "mine"
    assert server.chat_requests == []
    server.add(good(420))
    assert run_cli(str(article), "--force", env=model_env).code == 0
    assert output.read_text(encoding="utf-8").startswith("---\n")


def test_stdin_to_stdout(server, model_env):
    server.add(good(420))
    result = run_cli("-", env=model_env, stdin=ARTICLE.read_bytes())
    assert result.code == 0, result.err
    assert result.out.startswith("---\ntitle:") and "source: stdin" in result.out


def test_output_equal_to_input_is_refused(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli(str(post))
    assert result.code == 2 and "overwrite the input" in result.err
    assert post.read_text(encoding="utf-8") == ARTICLE.read_text(encoding="utf-8")


def test_prompts_override_folder(tmp_path, server, model_env):
    article = copy_sample(tmp_path)
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    (prompts / "rewrite.j2").write_text("HOUSE STYLE {{ language_name }}\n{{ fence }}\n{{ article }}\n{{ fence }}", encoding="utf-8")
    server.add(good(420))
    assert run_cli(str(article), "--prompts", str(prompts), env=model_env).code == 0
    assert server.chat_requests[0]["messages"][1]["content"].startswith("HOUSE STYLE French")
    (prompts / "rewrite.j2").write_text("{{ undefined_thing }}", encoding="utf-8")
    result = run_cli(str(article), "--force", "--prompts", str(prompts), env=model_env)
    assert result.code == 2 and "rewrite.j2" in result.err and "undefined_thing" in result.err


def test_inspect_json_contract(tmp_path):
    result = run_cli("inspect", str(ARTICLE), "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert set(data) >= {"instructions", "spec", "article", "removed", "messages"}
    assert set(data["spec"]) >= {"language", "min_words", "max_words", "subheadings", "seo", "keywords", "tone", "audience", "extra"}
    assert data["spec"]["language"] == "fr" and data["spec"]["min_words"] == 300 and data["spec"]["max_words"] is None
    assert data["spec"]["keywords"] == ["vélo électrique"]
    assert data["article"].split("\n")[0] == "Le vélo électrique s'installe durablement dans les villes moyennes"
    assert {"line": 17, "text": "Publicité", "reason": "advertisement"} in data["removed"]
    assert [m["role"] for m in data["messages"]] == ["system", "user"]
    readable = run_cli("inspect", str(ARTICLE))
    assert readable.code == 0 and "Instructions" in readable.out and "advertisement" in readable.out


def test_model_named_in_environment_file(tmp_path, server):
    article = copy_sample(tmp_path)
    server.models = ["dotenv-model"]
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={server.base_url}\nREWRITER_MODEL=dotenv-model\n", encoding="utf-8")
    server.add(good(420))
    result = run_cli(str(article), "--json", env=clean_env(), cwd=tmp_path)
    assert result.code == 0, result.err
    assert server.chat_requests[0]["model"] == "dotenv-model"


def test_json_report_and_stdout_article_do_not_mix():
    result = run_cli(str(ARTICLE), "-o", "-", "--json")
    assert result.code == 2 and "would mix on stdout" in result.err and result.out == ""


def test_report_in_french_for_french_editors(tmp_path):
    article = copy_sample(tmp_path)
    result = run_cli(str(article), env=clean_env(LC_ALL="fr_FR.UTF-8"))
    assert result.code == 0
    assert "consignes  langue fr (consignes de l'article)" in result.out
    assert "lignes parasites retirées" in result.out and "moteur hors ligne" in result.out
    assert "attention" in result.out  # the keyphrase warning, in French
    assert "l'expression clé « vélo électrique » est dans 0%" in result.out


def test_short_fenced_article_inside_chat_is_unwrapped():
    from rewriter.markdown import extract_article

    reply = "Voici l'article réécrit :\n\n```markdown\n---\ntitle: T\n---\n# H\n\nTexte.\n```\n\nN'hésitez pas à me demander."
    assert extract_article(reply) == "---\ntitle: T\n---\n# H\n\nTexte.\n"
