"""Stage 2, extract: clean each source into an Article (main text + metadata).

HTML goes through trafilatura; plain-text copies through our own boilerplate
remover (trafilatura keeps their menus and footers); Markdown is taken as
written, with its front matter. Unusable documents give None, not an exception.

PLACEHOLDER (foundation commit): minimal behaviour, replaced by the
extraction work (issue 3).
"""

from __future__ import annotations

from collections.abc import Sequence

import trafilatura

from digest.errors import warn_file
from digest.models import Article, SourceDoc


def article_id(doc: SourceDoc) -> str:
    """Stable id from the source bytes: renaming a file keeps it, copies share it."""
    return doc.sha256[:16]


def extract_documents(docs: Sequence[SourceDoc]) -> list[Article | None]:
    """Extract every document; the list lines up with `docs`."""
    return [extract_document(doc) for doc in docs]


def extract_document(doc: SourceDoc) -> Article | None:
    meta = doc.meta_dict()
    if doc.kind == "html":
        result = trafilatura.bare_extraction(doc.text, include_comments=False, with_metadata=True)
        if not result or not result.text:
            warn_file(doc.path, "no article text found, skipped")
            return None
        paragraphs = tuple(p for p in result.text.split("\n") if p.strip())
        title = result.title or ""
    else:
        lines = [line.strip() for line in doc.text.split("\n")]
        paragraphs = tuple(line for line in lines if len(line) > 80)
        title = next((line for line in lines if line), "")
        if not paragraphs:
            warn_file(doc.path, "no article text found, skipped")
            return None
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=str(meta.get("title") or title),
        paragraphs=paragraphs,
        publisher=meta.get("publisher"),  # type: ignore[arg-type]
        published=meta.get("date"),  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        sha256=doc.sha256,
    )
