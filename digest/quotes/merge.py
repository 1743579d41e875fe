"""Quotes across the variants of a story: one statement per group, ranked for the page.

A separate module from the per-document finder so that changing the ranking
does not change (or invalidate the cache of) any article's own quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from digest.models import Article, Quote, StoryQuote
from digest.textutil import match_key

_TYPE_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


_MIN_CONTAINED_WORDS = 4
# A quote elsewhere in the story supports a statement's attribution when it gives
# the same speaker and shares a clause-sized run of words with it.
_SUPPORT_WORDS = 8
# Key quotes: the estimated probability that quote and speaker are right.
KEY_QUOTE_CONFIDENCE = 0.7


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
    runs = [(quote, _runs(match_key(quote.text))) for quote, _ in found]
    merged = []
    for order, group in enumerate(groups):
        articles = {a.id: a for _, a in group.members}
        if len(group.key.split()) >= _MIN_CONTAINED_WORDS:
            for article, text in texts.values():
                if f" {group.key} " in text:
                    articles.setdefault(article.id, article)
        story_quote = group.story_quote(articles)
        mine = _runs(group.key)
        support = [q for q, _ in group.members if q.speaker == story_quote.speaker] + [
            q for q, r in runs if q.speaker == story_quote.speaker and r & mine
        ]
        kind = next((q.speaker_kind for q in support if q.speaker_kind), None)
        story_quote = replace(
            story_quote,
            confidence=max((q.score for q in support), default=0.0),
            speaker_kind=kind,
        )
        merged.append((story_quote, order))
    merged.sort(key=lambda so: (-so[0].score, so[1]))
    return [story_quote for story_quote, _ in merged]


def _runs(key: str) -> set[tuple[str, ...]]:
    """Every run of _SUPPORT_WORDS consecutive words of a match key."""
    words = key.split()
    return {tuple(words[i : i + _SUPPORT_WORDS]) for i in range(len(words) - _SUPPORT_WORDS + 1)}


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
    """The top few quotes for a story page: trusted, said by a person, substantive, best first.

    A wrong name under a quote is the worst error a digest can show, so a key
    quote needs a confidence of at least KEY_QUOTE_CONFIDENCE and a speaker
    the text shows to be a person (organisations, descriptions, places and
    fragments are never shown as key quotes).
    """
    if limit <= 0:
        return []
    ranked = sorted(quotes, key=lambda q: -q.score)
    keep = [
        q
        for q in ranked
        if q.speaker
        and q.speaker_kind == "person"
        and q.confidence >= KEY_QUOTE_CONFIDENCE
        and len(q.text.split()) >= 5
    ]
    return keep[:limit]
