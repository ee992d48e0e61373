"""How results are shown: to people (text), to scripts (json, line) and to CI (github)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, TextIO

from rewriter.validate import Alert, Result, at_least


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


def check_json(reports: list[FileReport], min_level: str) -> str:
    files = []
    totals: Counter[str] = Counter()
    for report in reports:
        if report.result is None:
            files.append({"path": report.path, "ok": False, "error": report.error, "stats": {}, "alerts": []})
            continue
        shown = at_least(report.result.alerts, min_level)
        totals.update(alert.severity for alert in shown)
        files.append({"path": report.path, "ok": report.result.ok, "stats": report.result.stats.as_dict(),
                      "alerts": [alert_dict(alert) for alert in shown]})
    summary = {"files": len(reports), "errors": totals["error"], "warnings": totals["warning"], "suggestions": totals["suggestion"]}
    return json.dumps({"files": files, "summary": summary}, ensure_ascii=False, indent=2)


def _escape_github(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def check_lines(reports: list[FileReport], min_level: str, fmt: str) -> list[str]:
    """`line` (path:line:check:severity:message) and `github` (workflow commands) formats."""
    lines: list[str] = []
    for report in reports:
        if report.result is None:
            lines.append(f"{report.path}:1:tool:error:{report.error}" if fmt == "line"
                         else f"::error file={report.path},line=1,title=rewrite check::{_escape_github(report.error or '')}")
            continue
        for alert in at_least(report.result.alerts, min_level):
            if fmt == "line":
                lines.append(f"{report.path}:{alert.line}:{alert.check}:{alert.severity}:{alert.message}")
            else:
                command = {"error": "error", "warning": "warning", "suggestion": "notice"}[alert.severity]
                lines.append(f"::{command} file={report.path},line={alert.line},title={alert.check}::{_escape_github(alert.message)}")
    return lines


def write_check_text(reports: list[FileReport], min_level: str, stream: TextIO, use_colour: bool) -> None:
    """Vale-style: alerts grouped by file, aligned, then one summary line."""
    from rewriter.messages import count, say, ui_language

    ui = ui_language()
    totals: Counter[str] = Counter()
    for report in reports:
        if report.result is None:
            stream.write(f"\n {_style(report.path, None, use_colour, bold=True)}\n")
            stream.write(f"   {_style(say('severity.error', ui), 'red', use_colour)}  {report.error}\n")
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
