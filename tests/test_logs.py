"""The run log and its cache: every model call in SQLite, a repeated request answered from it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from answers import valid_reply
from conftest import SAMPLES, clean_env, run_cli
from drafts import draft
from openai_server import Reply

ARTICLE = SAMPLES / "fr-velo-electrique.txt"
KEY = "sk-test-SECRET-123456"


def setup(tmp_path: Path, server) -> tuple[Path, dict[str, str], Path]:
    article = tmp_path / ARTICLE.name
    article.write_bytes(ARTICLE.read_bytes())
    server.default = valid_reply
    home = tmp_path / "home"
    env = clean_env(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY=KEY, REWRITER_MODEL="test-model", REWRITER_HOME=str(home))
    return article, env, home / "logs.db"


def rows(database: Path) -> list[dict]:
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute("SELECT * FROM calls ORDER BY id")]


def test_every_call_is_logged_and_the_key_never_stored(tmp_path, server):
    article, env, database = setup(tmp_path, server)
    server.add(Reply(draft(150)), Reply(draft(420)))
    result = run_cli(str(article), "--json", env=env)
    assert result.code == 0, result.err
    logged = rows(database)
    assert len(logged) == 2 == len(server.chat_requests)
    first = logged[0]
    assert first["model"] == "test-model" and first["base_url"] == server.base_url
    assert json.loads(first["messages"]) == server.chat_requests[0]["messages"]
    assert first["answer"] == draft(150) and first["finish_reason"] == "stop"
    assert (first["prompt_tokens"], first["completion_tokens"]) == (100, 200) and first["duration"] >= 0
    assert len(first["source_sha256"]) == 64 and first["error"] is None
    assert json.loads(first["parameters"]) == {"temperature": 0.4}
    for path in database.parent.iterdir():
        assert KEY.encode() not in path.read_bytes(), path


def test_second_identical_run_makes_no_call_and_says_so(tmp_path, server):
    article, env, _ = setup(tmp_path, server)
    server.add(Reply(draft(150)), Reply(draft(420)))
    assert run_cli(str(article), "--json", env=env).code == 0
    assert len(server.chat_requests) == 2
    again = run_cli(str(article), "--force", env=env)
    assert again.code == 0, again.err
    assert len(server.chat_requests) == 2  # the same two drafts came from the log, fences and all
    assert "2 answered from the run log" in again.out
    report = json.loads(run_cli(str(article), "--force", "--json", env=env).out)
    assert [attempt["cached"] for attempt in report["attempts"]] == [True, True]
    assert [attempt["calls"] for attempt in report["attempts"]] == [0, 0]


def test_no_cache_calls_again_and_no_log_writes_nothing(tmp_path, server):
    article, env, database = setup(tmp_path, server)
    assert run_cli(str(article), env=env).code == 0
    assert len(server.chat_requests) == 1
    assert run_cli(str(article), "--force", "--no-cache", env=env).code == 0
    assert len(server.chat_requests) == 2 and len(rows(database)) == 2
    other_home = tmp_path / "other"
    quiet_env = {**env, "REWRITER_HOME": str(other_home)}
    assert run_cli(str(article), "--force", "--no-log", env=quiet_env).code == 0
    assert len(server.chat_requests) == 3 and not other_home.exists()


def test_config_turns_the_log_off(tmp_path, server):
    article, env, database = setup(tmp_path, server)
    (tmp_path / "rewriter.toml").write_text("log = false\n", encoding="utf-8")
    assert run_cli(str(article), cwd=tmp_path, env=env).code == 0
    assert len(server.chat_requests) == 1 and not database.exists()


def test_default_place_follows_xdg_data_home(tmp_path, server):
    article, env, _ = setup(tmp_path, server)
    del env["REWRITER_HOME"]
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    assert run_cli(str(article), env=env).code == 0
    assert len(rows(tmp_path / "data" / "rewriter" / "logs.db")) == 1


def test_failed_calls_are_logged_but_never_answer_from_the_cache(tmp_path, server):
    article, env, database = setup(tmp_path, server)
    server.add(Reply(status=400, error={"message": "bad request", "type": "invalid_request_error", "code": None}))
    assert run_cli(str(article), env=env).code == 3
    assert rows(database)[0]["error"] and rows(database)[0]["answer"] is None
    assert run_cli(str(article), env=env).code == 0
    assert len(server.chat_requests) == 2


def test_logs_command_lists_calls(tmp_path, server):
    article, env, _ = setup(tmp_path, server)
    empty = run_cli("logs", env=env)
    assert empty.code == 0 and "no model call logged yet" in empty.out
    server.add(Reply(draft(150)), Reply(draft(420)))
    assert run_cli(str(article), env=env).code == 0
    listed = run_cli("logs", "-n", "1", "--json", env=env)
    assert listed.code == 0, listed.err
    calls = json.loads(listed.out)
    assert len(calls) == 1 and calls[0]["answer"] == draft(420)  # newest first
    assert calls[0]["usage"] == {"prompt_tokens": 100, "completion_tokens": 200, "estimated": False}
    assert [m["role"] for m in calls[0]["messages"]] == ["system", "user", "assistant", "user"]
    text = run_cli("logs", env=env)
    assert text.code == 0 and text.out.count("test-model at ") == 2 and KEY not in text.out


def test_logs_command_speaks_french(tmp_path, server):
    article, env, _ = setup(tmp_path, server)
    env["REWRITER_UI_LANG"] = "fr"
    empty = run_cli("logs", env=env)
    assert empty.code == 0 and "aucun appel au modèle enregistré pour l'instant (" in empty.out
    server.add(Reply(status=400, error={"message": "bad request", "type": "invalid_request_error", "code": None}))
    assert run_cli(str(article), env=env).code == 3
    assert run_cli(str(article), env=env).code == 0
    text = run_cli("logs", env=env)
    assert text.code == 0, text.err
    assert text.out.startswith("2 derniers appels au modèle (") and text.out.count("test-model sur ") == 2
    assert re.search(r"100 → 200 jetons · \d+,\d s · fin : stop", text.out)  # decimal comma, « : » spaced
    assert "erreur : " in text.out and "source " in text.out
    assert not re.search(r"\btokens\b| at |finish ", text.out)


def test_batch_workers_log_every_call(tmp_path, server):
    _, env, database = setup(tmp_path, server)
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(6):
        (folder / f"a{number}.txt").write_bytes(ARTICLE.read_bytes())
    # Six identical articles: without the cache every one is a call, written by two processes at once.
    result = run_cli(str(folder), "-o", str(tmp_path / "out"), "--processes", "2", "-j", "4", "--no-cache", env=env)
    assert result.code == 0, result.out + result.err
    assert len(rows(database)) == len(server.chat_requests) == 6


def _record_three(path: str, barrier) -> None:
    from rewriter import logs

    settings = logs.LogSettings(path=Path(path), record=True, cache=False)
    barrier.wait()  # every process opens the new log at the same moment, as batch workers do
    for number in range(3):
        logs.record(settings, f"key{number}", logs.Call(logs.now(), "m", "http://x", [], {}, "answer", "stop", 1, 1, False, 0.1, None))
    logs.flush()  # as a batch worker does before it exits: a forked process runs no exit handlers


def test_workers_creating_the_log_at_once_lose_no_call(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for trial in range(30):
        path = tmp_path / f"logs{trial}.db"
        barrier = context.Barrier(8)
        workers = [context.Process(target=_record_three, args=(str(path), barrier)) for _ in range(8)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert sqlite3.connect(path).execute("SELECT count(*) FROM calls").fetchone()[0] == 24
