"""Quotes across the variants of a story: one statement per group, ranked for the page.

A separate module from the per-document finder so that changing the ranking
does not change (or invalidate the cache of) any article's own quotes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from digest.models import Article, Quote, SpeakerKind, StoryQuote
from digest.quotes.lexicon import words
from digest.quotes.names import is_human_name, short_name_target
from digest.quotes.speakers import named_people
from digest.textutil import match_key

_TYPE_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


_MIN_CONTAINED_WORDS = 4
# Another outlet's rendering of the same passage, cut at other places, shares a
# clause-sized run of words with the statement.
_SUPPORT_WORDS = 8
# Key quotes: the estimated probability that quote and speaker are right.
KEY_QUOTE_CONFIDENCE = 0.7


def merge_story_quotes(
    variants: Sequence[tuple[Article, Sequence[Quote]]],
    people: Mapping[str, Sequence[str]] | None = None,
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

    `people` maps an article id to `named_people` of its text, where the
    quote finder already has it (`read_quotes`); a variant not in it is read.
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
    _resolve_short_names(groups, variants, people or {})
    texts = {a.id: (a, f" {match_key(a.text)} ") for a, _ in variants}
    keyed = [
        (q, a.id, k, _runs(k)) for g in groups for q, a in g.members if (k := match_key(q.text))
    ]
    merged = []
    for order, group in enumerate(groups):
        articles = {a.id: a for _, a in group.members}
        if len(group.key.split()) >= _MIN_CONTAINED_WORDS:
            for article, text in texts.values():
                if f" {group.key} " in text:
                    articles.setdefault(article.id, article)
        story_quote = group.story_quote(articles)
        kind, confidence = _attribution(group, story_quote.speaker, keyed)
        story_quote = replace(story_quote, speaker_kind=kind, confidence=confidence)
        merged.append((story_quote, order))
    merged.sort(key=lambda so: (-so[0].score, so[1]))
    return [story_quote for story_quote, _ in merged]


def _attribution(
    group: _Group, speaker: str | None, found: Sequence[tuple[Quote, str, str, set[Run]]]
) -> tuple[SpeakerKind | None, float]:
    """The speaker kind and confidence of a statement, from its own renderings only.

    Only renderings of this very statement that give this very speaker count:
    the group's members; any quote of the story that holds the statement
    whole or is held by it (`_Group.accepts`); and another outlet's copy
    that cut the same passage differently (a run of _SUPPORT_WORDS words in
    common, from another article than the clearest rendering's). Another
    quote of that same article, however confident, says nothing about who
    said this one. `found` holds (quote, article id, match key, runs) for every quote. The kind is the one the clearest such rendering gives,
    and the statement is as trusted as the best rendering of that kind. A
    speaker that is no human name as written (a group noun, a contraction,
    an organisation or place word) is never a person, whatever the
    document's reading was.
    """
    mine = _runs(group.key)
    same = [q for q, _ in group.members if q.speaker == speaker] + [
        q
        for q, article_id, key, runs in found
        if q.speaker == speaker
        and (group.accepts(key) or (runs & mine and article_id != group.members[0][1].id))
    ]
    kind = next((q.speaker_kind for q in same if q.speaker_kind), None)
    confidence = max((q.score for q in same if q.speaker_kind == kind), default=0.0)
    if kind == "person" and not is_human_name(speaker):
        kind = "description" if speaker and speaker[:1].islower() else "organisation"
    return kind, confidence


Run = tuple[str, ...]


def _runs(key: str) -> set[Run]:
    """Every run of _SUPPORT_WORDS consecutive words of a match key."""
    words = key.split()
    return {tuple(words[i : i + _SUPPORT_WORDS]) for i in range(len(words) - _SUPPORT_WORDS + 1)}


def _resolve_short_names(
    groups: Sequence[_Group],
    variants: Sequence[tuple[Article, Sequence[Quote]]],
    people: Mapping[str, Sequence[str]],
) -> None:
    """Short speaker names resolved to the one full name of the story they stand for.

    A document that says only "Okafor said" (the full name "Dana Okafor" in
    another outlet's copy, or glued to a title the document's own reading
    missed) gets the full name when exactly one full person name of the
    story, quoted or named in any variant, has that surname or given name;
    so a person has one name (and one people page) across the story. A lone
    word the document could only call a description ("Okafor", with no full
    name in that copy) becomes that person; the quote's own confidence is
    kept, so a weak reading stays out of the key quotes.
    """
    known: list[str] | None = None  # scanning every variant's text is the costly part
    for group in groups:
        for index, (quote, article) in enumerate(group.members):
            if quote.speaker_kind not in {"person", "description"}:
                continue
            if not quote.speaker or not is_human_name(quote.speaker):
                continue
            if known is None:
                known = _story_full_names(groups, variants, people)
            target = short_name_target(quote.speaker, known)
            if target is not None:
                resolved = replace(quote, speaker=target, speaker_kind="person")
                group.members[index] = (resolved, article)
        group.best = group.members[0][0]


def _story_full_names(
    groups: Sequence[_Group],
    variants: Sequence[tuple[Article, Sequence[Quote]]],
    people: Mapping[str, Sequence[str]],
) -> list[str]:
    """Full person names of a story: quoted persons first, then people the texts name."""
    quoted = [
        q.speaker
        for g in groups
        for q, _ in g.members
        if q.speaker and q.speaker_kind == "person" and " " in q.speaker
    ]
    named = [
        name
        for article, _ in variants
        for name in (people[article.id] if article.id in people else named_people(article.text))
    ]
    return [n for n in dict.fromkeys(quoted + named) if is_human_name(n)]


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
            cue=self.best.cue,
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
    fragments are never shown as key quotes), and must be a statement
    (`is_statement`).
    """
    if limit <= 0:
        return []
    ranked = sorted(quotes, key=lambda q: -q.score)
    keep = [
        q
        for q in ranked
        if q.speaker
        and is_statement(q)
        and q.speaker_kind == "person"
        and is_human_name(q.speaker)
        and q.confidence >= KEY_QUOTE_CONFIDENCE
        and len(q.text.split()) >= 5
    ]
    return keep[:limit]


# Cues that report no statement of the speaker's: a label, a request, a belief.
_NON_STATEMENT_CUES = words("non_statement_cues")


def is_statement(quote: StoryQuote) -> bool:
    """Whether a quote states something in the speaker's name: a direct quotation, or words
    reported by a verb of saying. A label pinned on something (`called the plan "a
    disgrace"`, `described the address as "very disappointing"`, `accused Oculus of
    "misappropriating" secrets`), a request (`asked the public to help find "..."`) or a
    belief the reporter ascribes (`thought voters would ...`) reads wrongly out of its
    sentence under the speaker's name, and so does a quoted phrase with no cue at all (a
    scare quote in the reporter's own sentence): never a key quote, nor listed on a
    person's page."""
    if quote.type == "direct":
        return True
    return quote.cue is not None and quote.cue.casefold() not in _NON_STATEMENT_CUES
