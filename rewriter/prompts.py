"""Chat messages rendered from the Jinja templates in prompts/ (at the top of the repository).

Templates render in a SandboxedEnvironment with StrictUndefined. The article
is only ever a variable, fenced by a random per-request marker: its text is
never compiled as a template, so "{{ 7*7 }}" reaches the model literally.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rewriter.messages import Phrase

if TYPE_CHECKING:
    from rewriter.config import ResolvedSpec

TEMPLATE_NAMES = ("system.j2", "rewrite.j2", "repair.j2")


def builtin_dir() -> Path:
    """Where the built-in templates live: inside the package in an installed wheel
    (rewriter/templates/), at the repository's top (prompts/) in a checkout or editable install."""
    package = Path(__file__).parent
    installed = package / "templates"
    return installed if (installed / TEMPLATE_NAMES[0]).is_file() else package.parent / "prompts"


BUILTIN_DIR = builtin_dir()


@dataclass(frozen=True)
class Message:
    role: str
    content: str


def new_fence() -> str:
    return f"<<<ARTICLE-{secrets.token_hex(6)}>>>"


class PromptError(Exception):
    """A template that is missing or does not render."""


class Prompts:
    """The three templates, from --prompts DIR where it has them, else built in."""

    def __init__(self, override_dir: Path | None = None) -> None:
        self.override_dir = override_dir
        if override_dir is not None and not override_dir.is_dir():
            raise PromptError(Phrase("prompts.folder", path=override_dir))

    @cached_property
    def _environment(self) -> Any:
        from jinja2 import FileSystemLoader, StrictUndefined
        from jinja2.sandbox import SandboxedEnvironment

        # The override folder first; a template it lacks falls back to the built-in one.
        folders = [str(self.override_dir)] if self.override_dir else []
        loader = FileSystemLoader(folders + [str(BUILTIN_DIR)])
        return SandboxedEnvironment(loader=loader, undefined=StrictUndefined, autoescape=False,
                                    keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True,
                                    auto_reload=False)  # read once per run, as `fingerprint` is: no stat per render

    def _source_path(self, name: str) -> Path:
        if self.override_dir and (self.override_dir / name).is_file():
            return self.override_dir / name
        return BUILTIN_DIR / name

    def template_paths(self) -> list[Path]:
        """The file each template is read from, override or built in."""
        return [self._source_path(name) for name in TEMPLATE_NAMES]

    @cached_property
    def fingerprint(self) -> str:
        """Hash of the templates in use: a change of template redoes batch articles."""
        digest = hashlib.sha256()
        for path in self.template_paths():
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]

    def _render(self, name: str, **values: Any) -> str:
        from jinja2 import TemplateError

        try:
            return self._environment.get_template(name).render(**values).strip()
        except TemplateError as error:
            raise PromptError(Phrase("prompts.render", path=self._source_path(name), kind=type(error).__name__, error=str(error))) from None

    def rewrite(self, spec: "ResolvedSpec", article: str, fence: str) -> list[Message]:
        values = {"spec": spec, "article": article, "fence": fence, "language_name": spec.language_name}
        return [Message("system", self._render("system.j2", **values)), Message("user", self._render("rewrite.j2", **values))]

    def repair(self, first: list[Message], draft: str, failures: list[str], spec: "ResolvedSpec", fence: str,
               keyphrase: str | None = None) -> list[Message]:
        request = self._render("repair.j2", failures=failures, spec=spec, fence=fence, language_name=spec.language_name,
                               keyphrase=keyphrase)
        return first + [Message("assistant", draft), Message("user", request)]
