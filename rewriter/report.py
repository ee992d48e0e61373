"""How results are shown: to people (text), to scripts (json, line) and to CI (github).

Every report of every command is rendered here: `rewrite ARTICLE` (text and --json),
`inspect`, the batch summary and `check`. The command line only chooses which.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rewriter.validate import Alert, Result, at_least

if TYPE_CHECKING:
    from rewriter.batch import Summary
    from rewriter.clean import Cleaned
    from rewriter.keyphrase import Focus
    from rewriter.extract import Source
    from rewriter.llm import Usage
    from rewriter.logs import Call
    from rewriter.pipeline import Prepared, RewriteResult


@dataclass
class FileReport:
    path: str
    result: Result | None
    error: str | None = None


_COLOURS = {"error": "red", "warning": "yellow", "suggestion": "blue"}


def _style(text: str, colour: str | None, use_colour: bool, bold: bool = False) -> str:
    if not use_colour:
        return text
    import click

    return click.style(text, fg=colour, bold=bold)


def alert_dict(alert: Alert) -> dict[str, Any]:
    return {"check": alert.check, "severity": alert.severity, "message": alert.message, "line": alert.line}


def totals_by_check(reports: list[FileReport], min_level: str) -> dict[str, dict[str, int]]:
    """For each check id: alerts by severity and the number of files it fires in (--stats)."""
    totals: dict[str, dict[str, int]] = {}
    for report in reports:
        if report.result is None:
            continue
        seen: set[str] = set()
        for alert in at_least(report.result.alerts, min_level):
            row = totals.setdefault(alert.check, {"error": 0, "warning": 0, "suggestion": 0, "files": 0})
            row[alert.severity] += 1
            if alert.check not in seen:
                seen.add(alert.check)
                row["files"] += 1
    return dict(sorted(totals.items(), key=lambda item: (-sum(item[1][s] for s in ("error", "warning", "suggestion")), item[0])))


def write_check_stats(reports: list[FileReport], min_level: str, stream: TextIO) -> None:
    """--stats: the repository's totals by check id, most frequent first, to tune levels once."""
    from rewriter.messages import say, ui_language

    ui = ui_language()
    totals = totals_by_check(reports, min_level)
    labels = [say(f"severity.{name}", ui) for name in ("error", "warning", "suggestion")] + [say("stats.files", ui)]
    stream.write(f"{'check':<26}" + "".join(f"{label:>12}" for label in labels) + "\n")
    for check, row in totals.items():
        stream.write(f"{check:<26}" + "".join(f"{row[key]:>12}" for key in ("error", "warning", "suggestion", "files")) + "\n")
    stream.write(say("stats.checked", ui, files=len(reports)) + "\n")


def write_baseline_note(path: Path, recorded: int, stream: TextIO) -> None:
    from rewriter.messages import say, ui_language

    stream.write(say("baseline.written", ui_language(), path=path, count=recorded) + "\n")


def check_json(reports: list[FileReport], min_level: str, *, by_check: bool = False, known: int | None = None) -> str:
    from rewriter.messages import localize, ui_language

    ui = ui_language()
    files = []
    totals: Counter[str] = Counter()
    for report in reports:
        if report.result is None:
            files.append({"path": report.path, "ok": False, "error": localize(report.error, ui), "stats": {}, "alerts": []})
            continue
        shown = at_least(report.result.alerts, min_level)
        totals.update(alert.severity for alert in shown)
        files.append({"path": report.path, "ok": report.result.ok, "stats": report.result.stats.as_dict(),
                      "alerts": [alert_dict(alert) for alert in shown]})
    summary: dict[str, Any] = {"files": len(reports), "errors": totals["error"], "warnings": totals["warning"], "suggestions": totals["suggestion"]}
    if known is not None:
        summary["known"] = known  # alerts hidden because the baseline records them
    output: dict[str, Any] = {"files": files, "summary": summary}
    if by_check:
        output["by_check"] = totals_by_check(reports, min_level)
    return json.dumps(output, ensure_ascii=False, indent=2)


def _escape_github(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def check_lines(reports: list[FileReport], min_level: str, fmt: str) -> list[str]:
    """`line` (path:line:check:severity:message) and `github` (workflow commands) formats."""
    from rewriter.messages import localize, ui_language

    ui = ui_language()
    lines: list[str] = []
    for report in reports:
        if report.result is None:
            error = localize(report.error or "", ui)
            lines.append(f"{report.path}:1:tool:error:{error}" if fmt == "line"
                         else f"::error file={report.path},line=1,title=rewrite check::{_escape_github(error)}")
            continue
        for alert in at_least(report.result.alerts, min_level):
            if fmt == "line":
                lines.append(f"{report.path}:{alert.line}:{alert.check}:{alert.severity}:{alert.message}")
            else:
                command = {"error": "error", "warning": "warning", "suggestion": "notice"}[alert.severity]
                lines.append(f"::{command} file={report.path},line={alert.line},title={alert.check}::{_escape_github(alert.message)}")
    return lines


def write_check_text(reports: list[FileReport], min_level: str, stream: TextIO, use_colour: bool, known: int | None = None) -> None:
    """Vale-style: alerts grouped by file, aligned, then one summary line."""
    from rewriter.messages import count, localize, say, ui_language

    ui = ui_language()
    totals: Counter[str] = Counter()
    for report in reports:
        if report.result is None:
            stream.write(f"\n {_style(report.path, None, use_colour, bold=True)}\n")
            stream.write(f"   {_style(say('severity.error', ui), 'red', use_colour)}  {localize(report.error, ui)}\n")
            totals["error"] += 1
            continue
        shown = at_least(report.result.alerts, min_level)
        totals.update(alert.severity for alert in shown)
        if not shown:
            continue
        stats = report.result.stats
        flesch = say("report.flesch", ui, score=stats.flesch) if stats.flesch is not None else ""
        described = say("check.stats", ui, words=stats.words, language=stats.language or "?", flesch=flesch)
        stream.write(f"\n {_style(report.path, None, use_colour, bold=True)}  ({described})\n")
        for alert in shown:
            severity = _style(f"{say('severity.' + alert.severity, ui):<10}", _COLOURS[alert.severity], use_colour)
            stream.write(f" {alert.line:>5}  {severity} {alert.message:<70}  {_style(alert.check, None, use_colour)}\n")
    summary = say("check.summary", ui, errors=count("error", totals["error"], ui), warnings=count("warning", totals["warning"], ui),
                  suggestions=count("suggestion", totals["suggestion"], ui), files=count("file", len(reports), ui))
    colour = "red" if totals["error"] else "yellow" if totals["warning"] else "green"
    stream.write(("\n" if any(r.result is None or at_least(r.result.alerts, min_level) for r in reports) else "")
                 + ("✔ " if not totals["error"] else "✖ ") + _style(summary, colour, use_colour) + "\n")
    if known:
        stream.write(say("check.known", ui, count=known) + "\n")


def _removed(cleaned: "Cleaned") -> list[dict[str, Any]]:
    return [{"line": r.number, "text": r.text, "reason": r.reason} for r in cleaned.removed]


def _source(source: "Source") -> dict[str, Any]:
    """The input's kind and what the page said about itself (HTML: title, author, date, site, canonical URL)."""
    meta = source.metadata
    return {"kind": source.kind, "title": meta.title, "author": meta.author, "date": meta.date,
            "site_name": meta.site_name, "url": meta.url}


def _source_line(source: "Source") -> str:
    details = [f"{name} {value}" for name, value in _source(source).items() if value and name != "kind"]
    return " · ".join([source.kind, *details])


def _usage(usage: "Usage") -> dict[str, Any]:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens, "estimated": usage.estimated}


def _focus(focus: "Focus") -> dict[str, Any]:
    """The focus keyphrase, where it came from (editor, model, source) and the keywords."""
    return {"value": focus.keyphrase, "source": focus.origin, "keywords": list(focus.keywords)}


def rewrite_json(result: "RewriteResult", article: str, target: Path | None) -> dict[str, Any]:
    """The --json report of `rewrite ARTICLE`."""
    from rewriter.messages import localize, ui_language

    ui = ui_language()
    spec = result.prepared.spec
    return {
        "input": article,
        "output": str(target) if target else "-",
        "engine": result.engine,
        "model": result.model,
        "status": "draft" if result.draft else "valid",
        "spec": {name: {"value": value, "source": spec.sources.get(name, "default")} for name, value in spec.public().items()},
        "keyphrase": _focus(result.focus),
        "instructions": [line.text for line in result.prepared.parsed.instructions],
        "source": _source(result.prepared.source),
        "embedded_instructions": "read" if result.prepared.parsed.embedded else "ignored",
        "removed": _removed(result.prepared.cleaned),
        "attempts": [{"number": a.number, "calls": a.calls, "errors": a.errors, "warnings": a.warnings, "failures": a.failures,
                      "usage": _usage(a.usage), "cached": a.cached} for a in result.attempts],
        "usage": _usage(result.usage),
        "checks": [alert_dict(alert) for alert in result.check.alerts],
        "stats": result.check.stats.as_dict(),
        "warnings": [localize(warning, ui) for warning in spec.warnings],
        "notes": [localize(note, ui) for note in result.notes],
    }


def write_rewrite_text(result: "RewriteResult", article: str, target: Path | None, out: TextIO) -> None:
    """The short report of `rewrite ARTICLE` for people: what was asked, removed and checked."""
    from rewriter.messages import localize, say, source_label, ui_language

    ui = ui_language()
    width = 11

    def t(key: str, **values: object) -> str:
        return say(key, ui, **values)

    def yes_no(flag: bool | None) -> str:
        return t("report.yes") if flag else t("report.no")

    def origin(name: str) -> str:
        return source_label(spec.sources[name], ui)

    spec = result.prepared.spec
    status = t("report.draft") if result.draft else t("report.valid")
    model = f", {t('report.model')} {result.model}" if result.model else ""
    print(f"{article} → {target or 'stdout'}  ({status}{t('report.then')}{t('report.engine')} {result.engine}{model})", file=out)
    if result.prepared.source.kind != "text":
        print(f"  {t('report.input'):<{width}}{_source_line(result.prepared.source)}", file=out)
    words_range = f"{spec.min_words}–{spec.max_words}" if spec.max_words else f"≥ {spec.min_words}"
    print(f"  {t('report.spec'):<{width}}{t('report.language')} {spec.language} ({origin('language')}) · "
          f"{t('report.words')} {words_range} ({origin('min_words')}) · "
          f"{t('report.subheadings')} {yes_no(spec.subheadings)} ({origin('subheadings')}) · "
          f"SEO {yes_no(spec.seo)} ({origin('seo')})", file=out)
    if spec.keywords:
        print(f"  {t('report.keywords'):<{width}}{', '.join(spec.keywords)} ({origin('keywords')})", file=out)
    focus = result.focus
    if focus.keyphrase and focus.origin != "editor" and spec.seo:
        print(f"  {t('report.keyphrase'):<{width}}{focus.keyphrase} ({t('focus.' + focus.origin)}); "
              f"{t('report.keywords')}: {', '.join(focus.keywords)}", file=out)
    if spec.extra:
        print(f"  {t('report.asked'):<{width}}{' | '.join(spec.extra)}", file=out)
    removed = Counter(r.reason for r in result.prepared.cleaned.removed)
    if removed:
        print(f"  {t('report.cleaned'):<{width}}{t('report.removed', count=sum(removed.values()))}: "
              + ", ".join(f"{k} {v}" for k, v in removed.most_common()), file=out)
    if result.attempts:
        usage = result.usage
        cached = sum(attempt.cached for attempt in result.attempts)
        print(f"  {t('report.model'):<{width}}" + t("report.drafts", count=len(result.attempts), tokens_in=usage.prompt_tokens,
              tokens_out=usage.completion_tokens, estimated=t("report.estimated") if usage.estimated else "")
              + (t("report.cached", count=cached) if cached else ""), file=out)
    stats = result.check.stats
    flesch = t("report.flesch", score=stats.flesch) if stats.flesch is not None else ""
    print(f"  {t('report.result'):<{width}}" + t("report.result_line", words=stats.words, headings=stats.headings,
          language=stats.language, confidence=stats.language_confidence, flesch=flesch), file=out)
    shown = at_least(result.check.alerts, "warning")
    for alert in shown:
        print(f"  {t('severity.' + alert.severity):<{width}}{alert.check}: {alert.message}", file=out)
    if not shown:
        print(f"  {t('report.checks'):<{width}}{t('report.all_pass')}", file=out)
    for note in spec.warnings + result.notes:
        print(f"  {t('report.note'):<{width}}{localize(note, ui)}", file=out)


def inspect_json(prepared: "Prepared") -> dict[str, Any]:
    """`rewrite inspect --json`: instructions, spec with origins, cleaned article, removed lines, prompt."""
    from rewriter.messages import localize, ui_language

    ui = ui_language()
    spec = prepared.spec
    return {
        "instructions": [line.text for line in prepared.parsed.instructions],
        "embedded_instructions": "read" if prepared.parsed.embedded else "ignored",
        "spec": spec.public(),
        "sources": dict(spec.sources),
        "keyphrase": _focus(prepared.focus),
        "source": _source(prepared.source),
        "article": prepared.cleaned.text,
        "removed": _removed(prepared.cleaned),
        "messages": [{"role": m.role, "content": m.content} for m in prepared.messages],
        "warnings": [localize(warning, ui) for warning in spec.warnings],
    }


def write_inspect_text(prepared: "Prepared", out: TextIO) -> None:
    from rewriter.messages import localize, say, ui_language

    ui = ui_language()
    spec = prepared.spec
    instructions = prepared.parsed.instructions

    def echo(line: str) -> None:
        print(line, file=out)

    echo(say("inspect.instructions" if instructions else "inspect.no_instructions", ui))
    for line in instructions:
        echo(f"  {line.number:>4}  {line.text}")
    echo("\n" + say("inspect.spec", ui))
    for name, value in spec.public().items():
        echo(f"  {name:<12} {json.dumps(value, ensure_ascii=False):<40} {spec.sources.get(name, '')}")
    for warning in spec.warnings:
        echo(f"  {say('inspect.warning', ui, warning=localize(warning, ui))}")
    echo(f"\nInput\n  {_source_line(prepared.source)}")
    echo("\n" + say("inspect.removed", ui, count=len(prepared.cleaned.removed)))
    for removed in prepared.cleaned.removed:
        echo(f"  {removed.number:>4}  {removed.reason:<18} {removed.text.strip()[:70]}")
    echo("\n" + say("inspect.article", ui))
    for line in prepared.cleaned.lines:
        if line.text:
            echo(f"  {line.number:>4}  {line.text[:100]}{'…' if len(line.text) > 100 else ''}")
    echo("\n" + say("inspect.prompt", ui))
    for message in prepared.messages:
        echo(f"  [{message.role}] {say('inspect.characters', ui, count=len(message.content))}")


def write_batch_summary(summary: "Summary", out: TextIO) -> None:
    from rewriter.messages import localize, say, ui_language

    ui = ui_language()
    rows: list[tuple[str, str]] = [
        ("articles", f"{summary.total}"), ("valid", f"{summary.done}"), ("drafts", f"{summary.drafts}"),
        ("failed", f"{summary.failed}"), ("skipped", f"{summary.skipped}"), ("calls", f"{summary.calls}"),
        ("rejected", f"{summary.rejected} / {summary.retries}"),
        ("tokens", say("summary.tokens_value", ui, tokens_in=summary.prompt_tokens, tokens_out=summary.completion_tokens))]
    if summary.cost is not None:
        rows.append(("cost", say("summary.cost_value", ui, cost=summary.cost)))
    rows += [("duration", say("summary.seconds", ui, seconds=summary.seconds)),
             ("per_minute", say("summary.number", ui, value=summary.per_minute))]
    for label, value in rows:
        print(f"  {say('summary.' + label, ui):<24} {value}", file=out)
    for failure in summary.failures[:20]:
        print(f"  {say('summary.failure', ui, failure=localize(failure, ui))}", file=out)


def write_logs_text(calls: "list[Call]", path: Path, out: TextIO) -> None:
    """`rewrite logs`: one block per call, newest first."""
    from rewriter.messages import say, ui_language

    ui = ui_language()
    if not calls:
        print(say("logs.empty", ui, path=path), file=out)
        return
    print(say("logs.latest", ui, count=len(calls), path=path), file=out)
    for call in calls:
        tokens = (say("logs.tokens", ui, tokens_in=call.prompt_tokens or 0, tokens_out=call.completion_tokens or 0)
                  + (say("report.estimated", ui) if call.usage_estimated else ""))
        outcome = say("logs.error", ui, error=call.error) if call.error else say("logs.finish", ui, reason=call.finish_reason)
        source = f"  {say('logs.source', ui, digest=call.source_sha256[:12])}" if call.source_sha256 else ""
        print(f"\n#{call.id}  {call.time}  {say('logs.call', ui, model=call.model, base_url=call.base_url)}{source}", file=out)
        print("  " + say("logs.details", ui, messages=len(call.messages), tokens=tokens, seconds=call.duration, outcome=outcome),
              file=out)
        if call.answer:
            first = next((line.strip() for line in call.answer.splitlines() if line.strip() and line.strip() != "---"), "")
            print(f"  {first[:100]}{'…' if len(first) > 100 else ''}", file=out)
