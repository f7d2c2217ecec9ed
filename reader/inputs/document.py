"""What every input becomes: the article's text and its record (a module of its own, so that the
format modules and the dispatcher in reader.inputs import it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.types import ArticleMeta


@dataclass(frozen=True)
class Document:
    """An article as read from any input: its text as the reader shows it and what is known
    about it. ``kind`` is the format read ("text", "html", "docx", ...); ``encoding`` the text
    file's encoding ("" for other formats)."""

    text: str
    kind: str
    meta: ArticleMeta = ArticleMeta()
    encoding: str = ""


def paragraphs(parts: list[str]) -> str:
    """Paragraphs as the reader's articles have them: one a line, a blank line between."""
    return "\n\n".join(" ".join(part.split()) for part in parts if part.strip())
