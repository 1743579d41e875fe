"""`--show-errors` of the clustering evaluations: which stories were glued, and why.

A predicted story holding articles of two or more gold stories is glued. For
each such story this names its articles (gold story, date, headline) and, for
every two gold parts, the cross pair with the strongest evidence: its log-odds
(`similarity.pair_evidence`), the body, headline and name cosines behind it,
the date gap, and the shared terms that weigh most in the body and name
cosines. Those terms are what to look at: outlet furniture (a station's name,
a tip line), topic words, or real shared names.

The articles are represented exactly as `cluster_items` represents them
(glue paragraphs and headlines' site names left out), so the figures are the
ones the grouping saw.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from digest.cluster.core import ClusterItem
from digest.cluster.similarity import (
    candidate_pairs,
    features,
    pair_evidence,
    site_tails,
    term_counts,
    without_glue_each,
    without_media,
    without_site_tail,
)

SHOWN_TERMS = 8  # shared terms named per pair and vector


def glued_story_report(
    items: Sequence[ClusterItem], gold: Mapping[str, str], predicted: Mapping[str, str]
) -> list[str]:
    """Lines describing every glued predicted story (see the module)."""
    unique = {it.id: it for it in items}
    ids = sorted(unique)
    ordered = [unique[i] for i in ids]
    texts = without_glue_each([without_media(it.text) for it in ordered])
    tails = site_tails(it.title for it in ordered)
    titles = [without_site_tail(it.title, tails) for it in ordered]
    counted = [term_counts(h, t) for h, t in zip(titles, texts, strict=True)]
    feats = features(
        [(h, t, it.date) for h, t, it in zip(titles, texts, ordered, strict=True)], counted
    )
    # `features` numbers the columns in sorted term order.
    body_terms = sorted({t for c in counted for t in c[0]})
    name_terms = sorted({t for c in counted for t in c[2]})
    left, right = candidate_pairs(feats)
    evidence = pair_evidence(feats, left, right).evidence
    scored = {(int(a), int(b)): float(e) for a, b, e in zip(left, right, evidence, strict=True)}
    row = {article_id: r for r, article_id in enumerate(ids)}

    stories: dict[str, list[str]] = defaultdict(list)
    for article_id in ids:
        stories[predicted[article_id]].append(article_id)
    lines: list[str] = []
    for story in sorted(stories):
        members = stories[story]
        parts: dict[str, list[int]] = defaultdict(list)
        for article_id in members:
            parts[gold[article_id]].append(row[article_id])
        if len(parts) < 2:
            continue
        lines.append(f"glued story {story}: {len(members)} articles of {len(parts)} gold stories")
        for article_id in members:
            it = unique[article_id]
            lines.append(f"  {article_id} [{gold[article_id]}] {it.date or '-'} {it.title[:80]!r}")
        names = sorted(parts)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                pairs = [
                    (scored.get((min(a, b), max(a, b)), float("-inf")), min(a, b), max(a, b))
                    for a in parts[first]
                    for b in parts[second]
                ]
                best, a, b = max(pairs)
                if best == float("-inf"):
                    lines.append(f"  {first} ~ {second}: no pair was a candidate")
                    continue
                gap = abs(feats.days[a] - feats.days[b])
                lines.append(
                    f"  {first} ~ {second}: best pair {ids[a]} ~ {ids[b]}, evidence {best:+.2f}, "
                    f"body {_dot(feats.body, a, b):.2f}, headline {_dot(feats.title, a, b):.2f}, "
                    f"names {_dot(feats.names, a, b):.2f}, "
                    f"{'no date' if np.isnan(gap) else f'{gap:.0f} days apart'}"
                )
                lines.append(f"    body terms: {_shared(feats.body, body_terms, a, b)}")
                lines.append(f"    names: {_shared(feats.names, name_terms, a, b)}")
    return lines


def _dot(m: sp.csr_matrix, a: int, b: int) -> float:
    return float(m[a].multiply(m[b]).sum())


def _shared(m: sp.csr_matrix, terms: Sequence[str], a: int, b: int) -> str:
    """The shared terms adding most to the cosine of rows a and b, heaviest first."""
    product = sp.coo_matrix(m[a].multiply(m[b]))
    order = np.lexsort((product.col, -product.data))[:SHOWN_TERMS]
    return ", ".join(f"{terms[product.col[k]]} {product.data[k]:.3f}" for k in order) or "-"
