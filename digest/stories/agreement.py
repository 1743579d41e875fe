"""A story's headline, lead and full text chosen by agreement among its variants.

One copy of a story may carry its outlet's leftovers (a teaser paragraph, a
bio, the wrapper page's headline) that the cleaner missed; the variants rarely
carry the *same* leftovers, so what they agree on is the story's:

- the headline most variants give (by a normalised key), else the cleanest
  copy's, else the earliest one's;
- the cleanest copy: the one whose sentences the other variants carry most,
  with the fewest sentences no other variant has (not merely the longest);
- a lead from the cleanest copy's sentences that another variant carries too.

Pure functions over records; story assembly calls them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from digest.models import Article, Comparison
from digest.textutil import match_key, split_sentences

AGREEMENT_VARIANTS = 3  # fewer variants cannot outvote one another
UNSUPPORTED_COST = 1.0  # a word no other variant carries costs what a carried word earns


def agreed_headline(articles: Sequence[Article], fallback_id: str | None = None) -> str:
    """The headline two or more variants agree on (the most agreed; ties: the earliest
    given), else the `fallback_id` variant's, else the first non-empty one; "" if none."""
    keys = [(match_key(a.title), a) for a in articles if a.title.strip()]
    votes = Counter(key for key, _ in keys if key)
    if votes:
        key, n = max(votes.items(), key=lambda kv: (kv[1], -_first(keys, kv[0])))
        if n >= 2:
            return next(a.title for k, a in keys if k == key)
    by_id = {a.id: a for a in articles}
    if fallback_id in by_id and by_id[fallback_id].title.strip():
        return by_id[fallback_id].title
    return keys[0][1].title if keys else ""


def _first(keys: Sequence[tuple[str, Article]], key: str) -> int:
    return next(i for i, (k, _) in enumerate(keys) if k == key)


def cleanest(ordered: Sequence[Article], groups: Sequence[Mapping[str, str]]) -> str:
    """The id of the variant whose text the others corroborate most.

    `groups` are aligned sentences ({article id: sentence}, as compare aligns
    them). With three or more variants, a variant earns the words of each
    sentence another variant carries too and pays for each sentence no other
    carries (an outlet's leftover more often than a scoop). Two variants cannot
    outvote each other: the longer is taken, as is a single variant. Ties go to
    the longer text, then the earlier variant.
    """
    score: dict[str, float] = {a.id: 0.0 for a in ordered}
    if len(ordered) >= AGREEMENT_VARIANTS:
        for group in groups:
            corroborated = len(group) > 1
            for article_id, sentence in group.items():
                words = len(sentence.split())
                score[article_id] += words if corroborated else -UNSUPPORTED_COST * words
    best = max(
        range(len(ordered)),
        key=lambda i: (score.get(ordered[i].id, 0.0), len(ordered[i].text), -i),
    )
    return ordered[best].id


def agreed_lead(
    article: Article, comparison: Comparison, variants: Sequence[Article], max_chars: int = 400
) -> str:
    """The first sentences of `article`, up to about max_chars, leaving out those that
    are foreign to the story: carried by no other variant and sharing few words with
    them ("Sign up for one of our email newsletters"). A lede the outlet rewrote
    still shares the story's names and words, and stays. A media player's controls
    or a gallery flattened into a paragraph ("CLOSE Skip in Skip x Embed x Share",
    "View Full Caption") end that paragraph for the lead (the full text keeps them).
    """
    # Imported here: a rebuild with nothing new makes no lead and need not load its patterns.
    from digest.extract.boilerplate import cut_media_furniture

    trimmed = [p for p in (cut_media_furniture(p) for p in article.paragraphs) if p]
    if trimmed and trimmed != list(article.paragraphs):
        article = replace(article, paragraphs=tuple(trimmed))
    alone: set[str] = set()
    for diff in comparison.variants:
        if diff.article_id == article.id:
            alone = set(diff.only_here)
    vocabulary = {w for a in variants if a.id != article.id for w in _words(a.text)}
    if not alone or not vocabulary:
        return first_sentences(article.paragraphs, max_chars)
    kept = [
        " ".join(s for s in split_sentences(p) if s not in alone or _belongs(_words(s), vocabulary))
        for p in article.paragraphs
    ]
    return first_sentences([p for p in kept if p] or article.paragraphs, max_chars)


FOREIGN_SHARE = 1 / 3  # of a sentence's words the other variants must use for it to belong


def _words(text: str) -> set[str]:
    return {w for w in match_key(text).split() if len(w) > 3}


def _belongs(words: set[str], vocabulary: set[str]) -> bool:
    return not words or len(words & vocabulary) >= FOREIGN_SHARE * len(words)


def first_sentences(paragraphs: Sequence[str], max_chars: int = 400) -> str:
    """Whole sentences from the start, up to about max_chars; stops at the end of a
    paragraph once past half of it. A paragraph the source left without a closing
    stop ends its sentence all the same: "... still on the loose" and "Police say
    ..." are two sentences, not one."""
    lead = ""
    for paragraph in paragraphs:
        for n, sentence in enumerate(split_sentences(paragraph)):
            if lead and len(lead) + len(sentence) > max_chars:
                return lead
            if n == 0 and lead[-1:].isalnum():
                lead += "."  # the paragraph before ended without its stop
            lead = f"{lead} {sentence}".strip()
        if len(lead) > max_chars / 2:
            return lead
    return lead
