"""People pages: who said what, across every story of the digest.

A person is a speaker the quote records name in full ("Mark Rutte"); a place,
an organisation, an office or a fragment ("the minister", "NATO", "White
House") never gets a page. `is_person` is the one place that decides: the
quote records' own `speaker_kind` when the quote stage set it, a test of the
name otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from digest.models import DigestStory, StoryQuote

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*\Z")
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al"}
)


@lru_cache(maxsize=1)
def not_person_words() -> frozenset[str]:
    """Words that mark a name as an organisation or place (digest/render/data)."""
    text = resources.files("digest.render").joinpath("data/not_person_words.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def is_person(quote: StoryQuote) -> bool:
    """Whether the quote's speaker is a named person (and so gets a people page).

    The quote record's own `speaker_kind` decides when the quote stage set it
    ("person", "organisation" or "description"). Records without it (an
    older cache, a quote built by hand) fall back to `looks_like_person`.
    """
    if quote.speaker_kind is not None:
        return quote.speaker_kind == "person" and _human_name(quote.speaker)
    return looks_like_person(quote.speaker) and _human_name(quote.speaker)


@lru_cache(maxsize=1 << 16)
def _human_name(name: str | None) -> bool:
    """`is_human_name`, once per name: the render stage asks of each quote three
    or four times (slugs, page keys, people pages), and of a name hundreds."""
    from digest.quotes.names import is_human_name  # here: the quote finder is big

    return is_human_name(name)


@lru_cache(maxsize=1 << 16)
def looks_like_person(name: str | None) -> bool:
    """The name alone: two to five words, each capitalised (name particles such as
    "van" aside), none of them a word of organisations or places, and either a
    known first name first or no all-capital acronym in it."""
    if not name:
        return False
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    stop = not_person_words()
    for position, word in enumerate(words):
        if position and word.casefold() in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or word.casefold().strip(".") in stop:
            return False
    from digest.quotes.speakers import first_names  # here: rebuilds with no page to render

    if words[0].casefold() in first_names():
        return True
    return not any(len(w) > 1 and w.isupper() for w in words)


@dataclass(frozen=True)
class PersonQuote:
    """One quote of a person, with the story it is from."""

    text: str
    type: str
    date: str | None  # when the earliest variant carrying it was published
    story_id: str
    story_slug: str
    story_title: str
    outlets: tuple[str, ...]


def quote_date(story: DigestStory, quote: StoryQuote) -> str | None:
    """The publication date of the earliest variant that carries the quote."""
    dates = sorted(a.published for a in story.articles if a.id in quote.article_ids and a.published)
    return dates[0] if dates else story.first_published


def worth_listing(story: DigestStory, quote: StoryQuote) -> bool:
    """Whether a person's page lists the quote: what the story page shows as a key
    quote, and every direct or mixed quote the quote stage is as confident of as
    of a key quote. Other reported speech is left out, and so are labels pinned
    on something (`is_statement`): a paraphrase is where attribution goes wrong
    most often, and a page under a person's name should not put words in their
    mouth."""
    from digest.quotes.merge import KEY_QUOTE_CONFIDENCE, is_statement  # here: it is big

    if quote in story.key_quotes:
        return True
    return (
        quote.type != "indirect"
        and is_statement(quote)
        and quote.confidence >= KEY_QUOTE_CONFIDENCE
    )


def quotes_by_person(stories: Iterable[DigestStory]) -> dict[str, tuple[PersonQuote, ...]]:
    """{full name: every quote of that person, newest first}, names sorted."""
    stories = list(stories)
    forms = name_forms(stories)
    found: dict[str, list[PersonQuote]] = defaultdict(list)
    for story in stories:
        for quote in story.quotes:
            if quote.speaker and is_person(quote) and worth_listing(story, quote):
                found[forms[quote.speaker]].append(
                    PersonQuote(
                        text=quote.text,
                        type=quote.type,
                        date=quote_date(story, quote),
                        story_id=story.id,
                        story_slug=story.slug,
                        story_title=story.title,
                        outlets=quote.outlets,
                    )
                )
    result = {}
    for name in sorted(found, key=sort_name):
        quotes = sorted(found[name], key=lambda q: (q.story_id, q.text))
        quotes.sort(key=lambda q: q.date or "", reverse=True)
        result[name] = tuple(quotes)
    return result


def sort_name(name: str) -> tuple[str, str]:
    """Index order: by surname, then the whole name."""
    return (surname(name).casefold(), name.casefold())


# A given name written last and hyphenated, after a one-word family name ("Lee Jae-myung").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")


def surname(name: str) -> str:
    """The name a person is filed under: the last word ("Mark Rutte": Rutte), with a
    capitalised particle before it ("Jason La Canfora": La Canfora; a lower-case one
    is passed over: "Luis de Miranda" is filed under Miranda), or the first word of a
    two-word name whose second is a hyphenated given name, written family name first
    ("Lee Jae-myung": Lee)."""
    words = name.split()
    if len(words) == 2 and _HYPHENATED_GIVEN.match(words[1]):
        return words[0]
    start = len(words) - 1
    while (
        start > 1 and words[start - 1].casefold() in _PARTICLES and words[start - 1][:1].isupper()
    ):
        start -= 1
    return " ".join(words[start:])


def story_people(story: DigestStory) -> tuple[str, ...]:
    """The persons quoted in a story, in quote order."""
    return tuple(dict.fromkeys(q.speaker for q in story.quotes if q.speaker and is_person(q)))


def people_in(stories: Sequence[DigestStory]) -> list[str]:
    """Every person quoted anywhere, under the name of their page, in a stable order (for slugs)."""
    return pages_of(name_forms(stories))


def pages_of(forms: Mapping[str, str]) -> list[str]:
    """The names of the people pages `name_forms` gave, in a stable order (for slugs)."""
    return sorted(set(forms.values()), key=str.casefold)


def name_forms(stories: Sequence[DigestStory]) -> dict[str, str]:
    """{speaker name as a quote gives it: the name of that person's page}.

    Spellings of one name ("T.J. Smith", "TJ Smith": `name_key`) share a
    page, under the spelling most quotes use (ties: the longer, then the
    first in alphabetical order), so one person has one page.
    """
    from digest.quotes.names import name_key  # here: the quote finder is big

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for story in stories:
        for quote in story.quotes:
            if quote.speaker and is_person(quote):
                counts[name_key(quote.speaker)][quote.speaker] += 1
    forms = {}
    for spellings in counts.values():
        page = min(spellings, key=lambda n: (-spellings[n], -len(n), n))
        forms.update(dict.fromkeys(spellings, page))
    return forms
