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


_RUN_TOGETHER = re.compile(r"(?<=[a-z0-9)\]])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def split_page_tags(raw: Sequence[str], taxonomy: Sequence[TagRule]) -> list[str]:
    """Split run-together tags lines ("NATOJapanUkraine") into separate tags.

    Text copies lose the separators between tag links, so a tags line becomes
    one string. Three clues bring the tags back: a lower-case letter (or
    closing bracket) directly followed by a capital starts a new tag; so does
    the last capital of an acronym that starts a word ("NATOJapan"); and a
    known taxonomy name directly followed by a capital is a tag of its own. A
    multi-word tag ("Japan Self Defense Force") stays whole.
    """
    known = sorted(
        {n for rule in taxonomy for n in (rule.name, *rule.aliases)}, key=len, reverse=True
    )
    result: list[str] = []
    for item in raw:
        for piece in _camel_pieces(item):
            result.extend(_peel_known(piece, known))
    return [t for t in result if t]


def _camel_pieces(item: str) -> list[str]:
    pieces: list[str] = []
    for piece in _RUN_TOGETHER.split(item.strip()):
        if pieces and len(pieces[-1]) < 3:  # "Mc|Donald", "iPhone": not a boundary
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return [p.strip(" ,;|") for p in pieces]


def _peel_known(piece: str, known: Sequence[str]) -> list[str]:
    tags = []
    while piece:
        hit = next(
            (
                n
                for n in known
                if piece.startswith(n) and (len(piece) == len(n) or piece[len(n)].isupper())
            ),
            None,
        )
        if hit is None or hit == piece:
            tags.append(piece)
            break
        tags.append(hit)
        piece = piece[len(hit) :]
    return tags


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
