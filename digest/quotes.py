"""Stage 5, quotes: attributed statements, speakers resolved, merged across variants.

PLACEHOLDER (foundation commit): quoted spans only, replaced by the quotes
work (issue 5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.models import Article, Quote, StoryQuote

_QUOTED = re.compile(r"[\"“]([^\"”]{20,}?)[\"”]")


def extract_quotes(text: str) -> list[Quote]:
    """All quotes of one document, in text order."""
    return [
        Quote(text=m.group(1), speaker=None, type="direct", start=m.start(1), end=m.end(1))
        for m in _QUOTED.finditer(text)
    ]


def merge_story_quotes(
    variants: Sequence[tuple[Article, Sequence[Quote]]],
) -> list[StoryQuote]:
    """One StoryQuote per distinct statement, listing the outlets that carry it, ranked."""
    merged: dict[str, StoryQuote] = {}
    for article, quotes in variants:
        outlet = article.publisher or article.source
        for q in quotes:
            key = q.text.casefold()
            prev = merged.get(key)
            if prev is None:
                merged[key] = StoryQuote(q.text, q.speaker, q.type, (article.id,), (outlet,))
            else:
                merged[key] = StoryQuote(
                    prev.text,
                    prev.speaker or q.speaker,
                    prev.type,
                    (*prev.article_ids, article.id),
                    tuple(sorted(set(prev.outlets) | {outlet})),
                )
    return sorted(merged.values(), key=lambda s: (-len(s.outlets), s.text))


def key_quotes(quotes: Sequence[StoryQuote], limit: int) -> list[StoryQuote]:
    return list(quotes[:limit])
