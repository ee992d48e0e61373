"""The flat layout: the package at rewriter/, templates at prompts/, and a wheel that carries them."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from conftest import ROOT, SAMPLES, run_cli


def test_prompts_command_names_the_top_level_templates():
    run = run_cli("prompts")
    assert run.code == 0, run.err
    paths = [Path(line) for line in run.out.splitlines()]
    assert [p.name for p in paths] == ["system.j2", "rewrite.j2", "repair.j2"]
    assert all(p.parent == ROOT / "prompts" and p.is_file() for p in paths)


def test_prompts_command_shows_an_override_where_it_has_the_template(tmp_path):
    (tmp_path / "rewrite.j2").write_text("Rewrite: {{ fence }}\n{{ article }}\n{{ fence }}\n", encoding="utf-8")
    run = run_cli("prompts", "--prompts", str(tmp_path))
    assert run.code == 0, run.err
    assert run.out.splitlines()[1] == str(tmp_path / "rewrite.j2")
    assert run.out.splitlines()[0] == str(ROOT / "prompts" / "system.j2")


def test_built_wheel_ships_the_templates_and_runs_in_a_fresh_environment(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    wheel = next(wheels.glob("rewriter-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    # Run from an empty folder so that nothing of the checkout can be imported by accident.
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(env_dir / "bin" / "rewrite"), "prompts"], cwd=work, capture_output=True, text=True)
    assert where.returncode == 0, where.stderr
    assert all("site-packages/rewriter/templates/" in line for line in where.stdout.splitlines())
    shown = subprocess.run([str(env_dir / "bin" / "rewrite"), "inspect", str(SAMPLES / "fr-velo-electrique.txt"), "--json"],
                           cwd=work, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert '"role": "system"' in shown.stdout and "Write in French" in shown.stdout
    # A batch (the rewriter.batch package) runs from the wheel too, here with the offline engine.
    batch = subprocess.run([str(env_dir / "bin" / "rewrite"), str(SAMPLES / "fr-velo-electrique.txt"), str(SAMPLES / "en-tech-blog.txt"),
                            "-o", str(work / "out"), "--json"], cwd=work, capture_output=True, text=True)
    assert batch.returncode in (0, 1), batch.stderr
    assert sorted(path.name for path in (work / "out").glob("*.md")) == ["en-tech-blog.md", "fr-velo-electrique.md"]
