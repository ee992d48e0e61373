"""Baselines for `rewrite check`: today's alerts recorded, so that CI fails only on new ones.

`rewrite check PATH --baseline FILE --update-baseline` writes FILE; `--baseline FILE` then hides the
alerts it records. An alert is known by its file (relative to the baseline's folder), its check id and
its English message, never its line: editing above an alert does not make it new. Identical alerts
are counted, so a third copy of an alert recorded twice is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

from rewriter.files import InputError, write_atomic
from rewriter.messages import Phrase, say
from rewriter.report import FileReport
from rewriter.validate import Alert

VERSION = 1
Fingerprint = tuple[str, str, str]


def _fingerprint(path: str, alert: Alert, root: Path) -> Fingerprint:
    where = path if path == "-" else Path(os.path.relpath(os.path.abspath(path), root)).as_posix()
    message = say(alert.key, "en", **dict(alert.values)) if alert.key else alert.message
    return where, alert.check, message


def _fingerprints(reports: list[FileReport], root: Path) -> Counter[Fingerprint]:
    return Counter(_fingerprint(report.path, alert, root) for report in reports if report.result for alert in report.result.alerts)


def write_baseline(path: Path, reports: list[FileReport]) -> int:
    """Record every alert of `reports` in `path`; the number recorded."""
    known = _fingerprints(reports, path.resolve().parent)
    entries = [{"path": where, "check": check, "message": message, "count": count}
               for (where, check, message), count in sorted(known.items())]
    write_atomic(path, json.dumps({"version": VERSION, "alerts": entries}, ensure_ascii=False, indent=1) + "\n", force=True)
    return sum(known.values())


def read_baseline(path: Path) -> Counter[Fingerprint]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({(str(e["path"]), str(e["check"]), str(e["message"])): int(e.get("count", 1)) for e in data["alerts"]})
    except FileNotFoundError:
        raise InputError(Phrase("baseline.missing", path=path)) from None
    except OSError as error:
        raise InputError(Phrase("input.unreadable", name=path, reason=str(error.strerror or error))) from None
    except (ValueError, KeyError, TypeError):
        raise InputError(Phrase("baseline.invalid", path=path)) from None


def without_known(reports: list[FileReport], known: Counter[Fingerprint], baseline: Path) -> tuple[list[FileReport], int]:
    """The reports with the baseline's alerts removed, and how many were removed."""
    root = baseline.resolve().parent
    left = Counter(known)
    hidden = 0
    kept: list[FileReport] = []
    for report in reports:
        if report.result is None:
            kept.append(report)
            continue
        alerts = []
        for alert in report.result.alerts:
            fingerprint = _fingerprint(report.path, alert, root)
            if left[fingerprint] > 0:
                left[fingerprint] -= 1
                hidden += 1
            else:
                alerts.append(alert)
        kept.append(replace(report, result=replace(report.result, alerts=alerts)))
    return kept, hidden
