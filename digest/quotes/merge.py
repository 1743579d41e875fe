"""Quotes across the variants of a story: one statement per group, ranked for the page.

A separate module from the per-document finder so that changing the ranking
does not change (or invalidate the cache of) any article's own quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from digest.models import Article, Quote, StoryQuote
from digest.textutil import match_key

_TYPE_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


_MIN_CONTAINED_WORDS = 4


def merge_story_quotes(
    variants: Sequence[tuple[Article, Sequence[Quote]]],
) -> list[StoryQuote]:
    """One StoryQuote per distinct statement, listing the outlets that carry it, ranked.

    Quotes are compared by `match_key` (case, quotation marks, punctuation and
    a few spellings ignored), so the same sentence with and without marks is
    one statement; a shorter quote contained in a longer one (an outlet that
    split a quotation in two) joins it. A variant whose text carries the
    statement without any attribution the extractor could see (marks stripped,
    the cue in another sentence) still counts as carrying it. Speaker and type
    come from the clearest variant: direct before mixed before indirect, a
    named speaker before none.
    """
    found: list[tuple[Quote, Article]] = [(q, a) for a, quotes in variants for q in quotes]
    found.sort(key=lambda qa: (_clarity(qa[0]), qa[1].id, qa[0].start))
    groups: list[_Group] = []
    for quote, article in found:
        key = match_key(quote.text)
        if not key:
            continue
        group = next((g for g in groups if g.accepts(key)), None)
        if group is None:
            groups.append(_Group(key, quote, [(quote, article)]))
        else:
            group.members.append((quote, article))
    texts = {a.id: (a, f" {match_key(a.text)} ") for a, _ in variants}
    merged = []
    for order, group in enumerate(groups):
        articles = {a.id: a for _, a in group.members}
        if len(group.key.split()) >= _MIN_CONTAINED_WORDS:
            for article, text in texts.values():
                if f" {group.key} " in text:
                    articles.setdefault(article.id, article)
        merged.append((group.story_quote(articles), order))
    merged.sort(key=lambda so: (-so[0].score, so[1]))
    return [story_quote for story_quote, _ in merged]


def _clarity(quote: Quote) -> tuple[int, int, int]:
    """Sort key: clearest first (type, a named speaker, then the longer text)."""
    return (_TYPE_RANK.get(quote.type, 3), 0 if quote.speaker else 1, -len(quote.text))


@dataclass
class _Group:
    """Renderings of one statement across variants; `best` is the clearest."""

    key: str
    best: Quote
    members: list[tuple[Quote, Article]]

    def accepts(self, key: str) -> bool:
        if key == self.key:
            return True
        if len(key.split()) < _MIN_CONTAINED_WORDS:
            return False
        return f" {key} " in f" {self.key} " or f" {self.key} " in f" {key} "

    def story_quote(self, articles: dict[str, Article]) -> StoryQuote:
        speaker = self.best.speaker or next((q.speaker for q, _ in self.members if q.speaker), None)
        outlets = tuple(sorted({a.publisher or a.source for a in articles.values()}))
        base = StoryQuote(
            text=self.best.text,
            speaker=speaker,
            type=self.best.type,
            article_ids=tuple(sorted(articles)),
            outlets=outlets,
        )
        return StoryQuote(**{**base.__dict__, "score": _score(base)})


def _is_named(speaker: str | None) -> bool:
    """A speaker given by name ("Mark Rutte"), not a description ("a spokesman")."""
    if not speaker:
        return False
    first = speaker.split()[0]
    return first[:1].isupper() and first.casefold() not in {"the", "a", "an"}


def _score(quote: StoryQuote) -> float:
    """Rank: carried by more outlets, said by a named person, verbatim, substantive."""
    words = len(quote.text.split())
    score = 10.0 * len(quote.outlets)
    score += 4.0 if _is_named(quote.speaker) else (1.0 if quote.speaker else 0.0)
    score += {"direct": 2.0, "mixed": 1.5, "indirect": 0.0}[quote.type]
    score += min(words, 25) / 10.0
    if words < 5:
        score -= 5.0  # "It's huge": filler, not a key quote
    return round(score, 3)


def key_quotes(quotes: Sequence[StoryQuote], limit: int) -> list[StoryQuote]:
    """The top few quotes for a story page: attributed, substantive, best first."""
    if limit <= 0:
        return []
    ranked = sorted(quotes, key=lambda q: -q.score)
    keep = [q for q in ranked if q.speaker and len(q.text.split()) >= 5]
    return keep[:limit]
