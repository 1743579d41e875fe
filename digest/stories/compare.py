"""Stage 4, compare: align a story's variants sentence by sentence.

Outlets rewrite headlines, strip quotation marks, change spelling and cut
endings, so sentences are compared by a normalised key first and by word
overlap second (a lightly edited sentence is still the same sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.models import Article, Comparison, VariantDiff, publication_order
from digest.stories.agreement import cleanest
from digest.textutil import match_key, split_sentences

SAME_SENTENCE_OVERLAP = 0.8  # share of the shorter sentence's words both carry


def compare_variants(articles: Sequence[Article]) -> Comparison:
    """What all variants share, what each adds or lacks, which is canonical."""
    if not articles:
        raise ValueError("a story has at least one article")
    ordered = sorted(articles, key=publication_order)
    earliest = ordered[0]
    sentences = {a.id: _sentences(a) for a in ordered}
    groups = _align(ordered, sentences)
    canonical_id = cleanest(ordered, groups)  # not merely the longest
    canonical = next(a for a in ordered if a.id == canonical_id)

    everyone = {a.id for a in ordered}
    shared = tuple(
        text_by_id[canonical.id]
        for text_by_id in groups
        if set(text_by_id) == everyone and canonical.id in text_by_id
    )
    diffs = []
    if len(ordered) > 1:
        # "missing" means most of the other variants carry it, so one outlet's
        # extra paragraph is not reported as missing from all the rest.
        majority_of_others = len(ordered) // 2
        for article in ordered:
            only = tuple(g[article.id] for g in groups if set(g) == {article.id})
            missing = tuple(
                next(iter(g.values()))
                for g in groups
                if article.id not in g and len(g) >= majority_of_others
            )
            diffs.append(VariantDiff(article.id, only, missing))
    headlines: dict[str, tuple[str, str]] = {}
    for article in ordered:
        key = match_key(article.title)
        if key and key not in headlines:
            headlines[key] = (article.id, article.title)
    return Comparison(
        canonical_id=canonical.id,
        earliest_id=earliest.id,
        shared=shared,
        variants=tuple(diffs),
        headlines=tuple(headlines.values()),
    )


def _sentences(article: Article) -> list[str]:
    return [s for p in article.paragraphs for s in split_sentences(p)]


def _align(ordered: Sequence[Article], sentences: dict[str, list[str]]) -> list[dict[str, str]]:
    """Groups of equivalent sentences: [{article_id: sentence}], in first-seen order."""
    groups: list[dict[str, str]] = []
    exact: dict[str, int] = {}
    word_sets: list[set[str]] = []
    for article in ordered:
        for sentence in sentences[article.id]:
            key = match_key(sentence)
            if not key:
                continue
            index = exact.get(key)
            if index is None:
                index = _fuzzy_match(set(key.split()), word_sets, groups, article.id)
            if index is None:
                groups.append({})
                word_sets.append(set(key.split()))
                index = len(groups) - 1
                exact[key] = index
            groups[index].setdefault(article.id, sentence)
    return groups


def _fuzzy_match(
    words: set[str], word_sets: list[set[str]], groups: list[dict[str, str]], article_id: str
) -> int | None:
    if len(words) < 4:
        return None
    best, best_score = None, SAME_SENTENCE_OVERLAP
    size = len(words)
    for index, other in enumerate(word_sets):
        if len(other) * 2 < size or size * 2 < len(other):
            continue  # the shorter has under half the longer's words: no match
        if article_id in groups[index]:
            continue
        common = len(words & other)
        score = common / min(len(words), len(other))
        longer = max(len(words), len(other))
        if score >= best_score and common / longer >= 0.5:
            best, best_score = index, score
    return best
