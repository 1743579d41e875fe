"""Stage 6, tags: topic tags from the configured taxonomy.

A story gets a taxonomy tag when its articles name the topic often enough (the
tag's name, an alias or a pattern), or when a page's own tags map onto it.
Pages' own tags that no taxonomy entry knows are kept out: the taxonomy is the
controlled vocabulary, and the site's tag index stays clean.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from digest.config import TagRule
from digest.models import Article


@lru_cache(maxsize=256)
def _rule_pattern(rule: TagRule) -> re.Pattern[str]:
    names = sorted({rule.name, *rule.aliases}, key=len, reverse=True)
    parts = [r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in names]
    parts += [f"(?:{p})" for p in rule.patterns]
    return re.compile("|".join(parts))


def mentions(rule: TagRule, text: str) -> int:
    """How often a text names the tag's topic (case-sensitive for short acronyms)."""
    if not rule.patterns and not any(name in text for name in _rule_names(rule)):
        return 0  # a substring test is far cheaper than the regex, and most texts miss
    return len(_rule_pattern(rule).findall(text))


@lru_cache(maxsize=256)
def _rule_names(rule: TagRule) -> tuple[str, ...]:
    return (rule.name, *rule.aliases)


def split_page_tags(raw: Sequence[str], taxonomy: Sequence[TagRule]) -> list[str]:
    """Split a run-together tags line ("NATOJapanUkraine") into taxonomy names.

    Text copies lose the separators between tag links. Known names are peeled
    off greedily (longest first) wherever they start a remaining piece; a piece
    no name explains is kept whole.
    """
    known = sorted(
        {n for rule in taxonomy for n in (rule.name, *rule.aliases)}, key=len, reverse=True
    )
    result: list[str] = []
    for item in raw:
        rest = item.strip()
        while rest:
            hit = next((n for n in known if rest.startswith(n)), None)
            if hit is None:
                result.append(rest)
                break
            result.append(hit)
            rest = rest[len(hit) :].lstrip(" ,;|")
    return result


def normalise_tag(tag: str, taxonomy: Sequence[TagRule]) -> str | None:
    """The taxonomy name a page tag stands for, or None when it names no topic we track."""
    folded = tag.strip().casefold()
    for rule in taxonomy:
        if folded in {rule.name.casefold(), *(a.casefold() for a in rule.aliases)}:
            return rule.name
        if any(re.fullmatch(p, tag.strip()) for p in rule.patterns):
            return rule.name
    return None


def tag_story(
    articles: Sequence[Article], taxonomy: Sequence[TagRule], min_mentions: int = 2
) -> tuple[str, ...]:
    """The story's tags, sorted: mentioned often enough, or tagged by a page."""
    tags: set[str] = set()
    for article in articles:
        for page_tag in split_page_tags(article.tags, taxonomy):
            name = normalise_tag(page_tag, taxonomy)
            if name:
                tags.add(name)
    for rule in taxonomy:
        if rule.name in tags:
            continue
        for article in articles:
            count = 2 * mentions(rule, article.title) + mentions(rule, article.text)
            if count >= min_mentions:
                tags.add(rule.name)
                break
    return tuple(sorted(tags, key=str.casefold))
