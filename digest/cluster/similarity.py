"""Article representation, candidate pairs and the pairwise score for clustering.

Kept apart from `cluster.py` so the grouping algorithm and the evidence it
weighs can be read (and tested) separately.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from digest.datafiles import DataFile
from digest.safe import without_joiners

# Near-copies (syndicated wire reports): when at least COPY_CONTAINMENT of the
# shorter text's word 5-grams occur in the longer one, the two are one story
# whatever the dates or the rest of the group say. Containment, not Jaccard,
# because outlets cut endings and drop paragraphs. Only pairs whose bodies
# are at least COPY_MIN_COSINE alike are checked, to keep it cheap.
COPY_CONTAINMENT = 0.4
COPY_MIN_COSINE = 0.3
SHINGLE = 5
# Pair evidence is a log-odds that two articles report one story. It is capped
# at +-EVIDENCE_CAP so no single pair (or missing pair) outweighs a group, and a
# pair the candidate step never proposed counts as -EVIDENCE_CAP (they share
# no rare term). Average-link merges two groups while the mean evidence over
# all their cross pairs is at least MERGE_EVIDENCE.
EVIDENCE_CAP = 5.0
MERGE_EVIDENCE = -1.0
# Candidate generation: each article's TOP_TERMS most distinctive terms go into
# the inverted index; terms used by more than MAX_POSTING articles are too
# common to point at one event and are left out (this bound is what keeps the
# candidate step linear); each article keeps its NEIGHBOURS best candidates.
TOP_TERMS = 30
MAX_POSTING = 200
NEIGHBOURS = 30

# Logistic-regression weights over the features of `pair_evidence`, fitted
# once on candidate pairs of the development corpus and rounded. Per unit of
# log(1 + days apart) the odds drop by e**1.05 (about 2.9x): same day 0,
# a week -2.2, a month -3.6, a year -6.2 (then capped).
WEIGHTS = {
    "bias": -4.3,
    "body": 11.0,
    "title": 1.7,
    "names": 6.3,
    "log_gap": -1.05,
    "no_date": -1.0,
}

# The headline weight was fitted on headlines. Some copies head the article with its
# lede sentence instead: a "headline" of LEDE_WORDS words or more ending in a full stop.
# It is evidence as body text only (a lede says more than a headline, so two reports
# of like events share more of it).
LEDE_WORDS = 10
_SENTENCE_END = re.compile(r"[^.]\.[\"'”’)]*\s*$")

# Shopping lists (gift guides, deal round-ups, rankings) report no event: see the data file.
_LISTING = re.compile(
    "|".join(
        DataFile.read(Path(__file__).parent / "data" / "listings.yml").patterns("listing_headlines")
    ),
    re.I,
)

# Phone numbers, e-mail and web addresses say whom to contact, not what happened: see the
# data file. Blanked out before terms are counted, in the lines a cheap hint points at.
_CONTACTS_FILE = DataFile.read(Path(__file__).parent / "data" / "contacts.yml")
_CONTACT = re.compile("|".join(_CONTACTS_FILE.patterns("contacts")), re.I)
_CONTACT_MARKS = _CONTACTS_FILE.words("contact_marks")
_CONTACT_DIGITS = re.compile(_CONTACTS_FILE.pattern("contact_digits"))

# A headline's tail after its last separator, when it ends SITE_TAIL_HEADLINES or more
# different headlines, is its site's name: see the data file.
_TAIL_SEPARATOR = re.compile(
    "|".join(
        DataFile.read(Path(__file__).parent / "data" / "headline_tails.yml").patterns("separators")
    )
)
SITE_TAIL_HEADLINES = 2

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# The `_TOKEN` matches that may be names: those not opening with a lower-case ASCII letter
# (most words of English text), found without visiting the others. The look-behinds
# (after the first letter, so that the search can skip ahead to one) keep to `_TOKEN`'s
# own matches: no start inside a word, nor after a word's apostrophe. Group 1 takes part
# when the word opens a sentence: it opens the text, or within the three characters before
# it a line ends or a sentence mark (.!?:"“”) is followed by spacing only.
_NAME_CANDIDATE = re.compile(
    r"[^\W_a-z](?<![^\W_][^\W_])(?<![^\W_]['’][^\W_])"
    r"((?<![\s\S]{2})|(?<=\n[\s\S])|(?<=\n\s[\s\S])|(?<=\n\s\s[\s\S])"
    r"|(?<=[.!?:\"“”]\s[\s\S])|(?<=[.!?:\"“”]\s\s[\s\S]))?"
    r"[^\W_]*(?:['’][^\W_]+)*",
    re.UNICODE,
)
_STOPWORDS = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "data" / "stopwords.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


# Glue: a paragraph that GLUE_HOLDERS or more articles carry while most of them share
# little else with one another (less than GLUE_SHARE of their words) is furniture the
# cleaner missed (a teaser block, an author bio), not a story's text: it is no evidence.
GLUE_HOLDERS = 3
GLUE_SHARE = 0.7


def paragraph_key(paragraph: str) -> str:
    """Spacing and case ignored: furniture repeats itself verbatim (and this is cheap:
    every paragraph of every article is keyed on each clustering run)."""
    return " ".join(paragraph.split()).casefold()


def glue_paragraphs(texts: Sequence[str]) -> frozenset[str]:
    """Keys of paragraphs repeated across articles that are otherwise unrelated.

    Copies of one story share most of their paragraphs with each other; pages
    that share a paragraph only because their outlet repeats it around every
    story share nothing else. For each paragraph held by GLUE_HOLDERS or more
    articles, each holder's share of words in paragraphs that another holder
    has too is measured; when most holders share less than GLUE_SHARE, it is glue.
    Only repeated paragraphs are looked at, so this stays near-linear.
    """
    return glue_among([paragraph_profile(t) for t in texts])


def without_glue_each(texts: Sequence[str]) -> list[str]:
    """`without_glue` of each text, with the `glue_paragraphs` of them all: each
    paragraph keyed once for both, and a text holding no glue paragraph (most)
    given back as it is, not split and joined again."""
    profiles = [paragraph_profile(t) for t in texts]
    glue = glue_among(profiles)
    return [
        without_glue(text, glue) if any(key in glue for key, _ in profile) else text
        for text, profile in zip(texts, profiles, strict=True)
    ]


def paragraph_profile(text: str, digested: bool = False) -> list[tuple[Any, int]]:
    """A text's distinct paragraph keys with their word counts, in order. `digested`:
    16-byte digests of the keys instead (what a cluster's workers send back: the
    glue decision needs which articles share a paragraph, not its words)."""
    keys = [k for k in dict.fromkeys(map(paragraph_key, text.split("\n"))) if k]
    return [(_key_digest(k) if digested else k, len(k.split())) for k in keys]


def _key_digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(), digest_size=16).digest()


def glue_among(paragraphs: Sequence[Sequence[tuple[Any, int]]]) -> frozenset[Any]:
    """`glue_paragraphs` from each article's `paragraph_profile` (keys or digests)."""
    return glue_among_shared(paragraphs, [sum(n for _, n in paras) for paras in paragraphs])


def glue_among_shared(
    paragraphs: Sequence[Sequence[tuple[Any, int]]], words: Sequence[int]
) -> frozenset[Any]:
    """`glue_among` from less: per article its word count (`words`, all its distinct
    paragraphs) and only those of its paragraphs that another article holds too.

    A paragraph no other article holds never counts as shared, so it only enters
    an article's word count; and an article that holds no paragraph of
    GLUE_HOLDERS or more holders takes no part in any decision, so it may be left
    out. Given the same articles' shared paragraphs, the answer is `glue_among`'s.
    """
    holders: dict[Any, list[int]] = {}
    for i, paras in enumerate(paragraphs):
        for key, _ in paras:
            holders.setdefault(key, []).append(i)
    glue = set()
    for key, held in holders.items():
        if len(held) < GLUE_HOLDERS:
            continue
        members = set(held)
        low = 0
        for h in held:
            total = words[h] or 1
            common = sum(
                n for k, n in paragraphs[h] if any(o in members and o != h for o in holders[k])
            )
            low += common / total < GLUE_SHARE
        if low * 2 > len(held):
            glue.add(key)
    return frozenset(glue)


def without_media(text: str) -> str:
    """The text without the flattened galleries and players its paragraphs hold ("Photo:
    ... Image 1 of 6 Caption Close ..."): two outlets' gallery controls around captions
    of different events are no evidence that the events are one (the cleaned text
    keeps them, as article text may hold a gallery's captions)."""
    from digest.extract.boilerplate import cut_media_furniture, may_hold_media_furniture

    if not may_hold_media_furniture(text):
        return text
    kept = (cut_media_furniture(p) for p in text.split("\n"))
    return "\n".join(p for p in kept if p)


def without_glue(text: str, glue: frozenset[Any], digested: bool = False) -> str:
    """The text without its glue paragraphs (unchanged when it has none); `glue`
    holds keys, or their digests when `digested`."""
    if not glue:
        return text
    key = (lambda p: _key_digest(paragraph_key(p))) if digested else paragraph_key
    kept = [p for p in text.split("\n") if key(p) not in glue]
    return "\n".join(kept)


@dataclass(frozen=True)
class Features:
    """Everything the pair score needs, one row per article (rows L2-normalised)."""

    body: sp.csr_matrix
    title: sp.csr_matrix
    names: sp.csr_matrix
    days: np.ndarray  # date as a day number, NaN when unknown
    df: np.ndarray  # document frequency of each body term
    listing: np.ndarray | None = None  # True for a shopping list's headline (`is_listing`)


def tokens(text: str) -> list[str]:
    """Content words, lower-cased and lightly stemmed (plural and possessive)."""
    return [w for word in _TOKEN.findall(without_joiners(text)) if (w := _content_word(word))]


def token_counts(text: str) -> Counter[str]:
    """`Counter(tokens(text))`, in the same (first-occurrence) order: mapped and counted
    without a Python step per word (the stopwords' "" is counted, then dropped)."""
    counts = Counter(map(_content_word, _TOKEN.findall(without_joiners(text))))
    counts.pop("", None)
    return counts


@lru_cache(maxsize=1 << 17)
def _content_word(word: str) -> str:
    """The stemmed form of a word, or "" for a stopword (cached: news repeats its words)."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _STOPWORDS or (len(w) < 2 and not w.isdigit()):
        return ""
    return _stem(w)


def _stem(word: str) -> str:
    """Fold the commonest inflections so 'shootings'/'shooting' match."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def names(text: str) -> list[str]:
    """Capitalised words not opening a sentence (people, places, organisations) and numbers.

    These tell apart two reports of the same kind of event (two shootings in
    one state): the victim, the street, the town, the age, the count.
    """
    out = []
    for match in _NAME_CANDIDATE.finditer(text):
        word = match.group()
        if word[0].isdigit():
            out.append(word)
        elif word[0].isupper() and match.group(1) is None:  # not opening a sentence
            w = word.casefold()
            if w not in _STOPWORDS:
                out.append(w)
    return out


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Overlapping word 5-grams (case, punctuation and quote marks ignored), as tuples:
    zipping shifted word lists is several times faster than joining each 5-gram."""
    # Case folding maps each character alone, so one call over the joined words
    # gives every word's folding ("\0" is in no word).
    words = _TOKEN.findall(without_joiners(text))
    w = "\0".join(words).casefold().split("\0") if words else []
    return frozenset(zip(*(w[i:] for i in range(SHINGLE)), strict=False))


def near_copies(
    texts: Sequence[str],
    left: np.ndarray,
    right: np.ndarray,
    body: np.ndarray,
    checks: dict[str, bool] | None = None,
) -> list[tuple[int, int]]:
    """Candidate pairs where one text is (mostly) contained in the other.

    Shingles are built only for articles in a pair that passes the cosine
    pre-filter, so this stays proportional to the number of such pairs.
    `checks` (two texts' digests -> is one a near copy of the other), when
    given, answers for pairs an earlier run compared and is left holding this
    run's comparisons: the answer depends on the two texts alone, and comparing
    shingles was most of clustering's time when one article joined a large
    archive.
    """
    shingled: dict[int, frozenset[tuple[str, ...]]] = {}
    digests: dict[int, str] = {}

    def get(i: int) -> frozenset[tuple[str, ...]]:
        if i not in shingled:
            shingled[i] = shingles(texts[i])
        return shingled[i]

    def digest(i: int) -> str:
        if i not in digests:
            digests[i] = hashlib.sha256(texts[i].encode()).hexdigest()[:20]
        return digests[i]

    earlier = dict(checks or {})
    now: dict[str, bool] = {}
    found = []
    for a, b, cos in zip(left.tolist(), right.tolist(), body.tolist(), strict=True):
        if cos < COPY_MIN_COSINE:
            continue
        key = f"{digest(a)}:{digest(b)}" if checks is not None else ""
        copy = earlier[key] if key in earlier else is_near_copy(get(a), get(b))
        now[key] = copy
        if copy:
            found.append((a, b))
    if checks is not None:
        checks.clear()
        checks.update(now)
    return found


def is_near_copy(sa: frozenset[tuple[str, ...]], sb: frozenset[tuple[str, ...]]) -> bool:
    """Whether one shingle set is (mostly) contained in the other (see COPY_CONTAINMENT)."""
    smaller = min(len(sa), len(sb))
    return bool(smaller) and len(sa & sb) / smaller >= COPY_CONTAINMENT


def _day(value: str | None) -> float:
    """ISO date (or datetime) to a day number; NaN when missing or unreadable."""
    if not value:
        return math.nan
    try:
        return float(Date.fromisoformat(value[:10]).toordinal())
    except ValueError:
        return math.nan


def _tfidf(counts: Sequence[Mapping[str, int]]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Sublinear-TF, smoothed-IDF rows, L2-normalised; also the document frequencies.

    `counts` are each document's term counts, in first-occurrence order (the
    order of a row's entries decides the order of floating-point sums, so it
    is kept). Vocabulary columns are numbered in sorted term order so the
    matrix does not depend on the order of the input.
    """
    vocab = {t: i for i, t in enumerate(sorted({t for c in counts for t in c}))}
    m, cols = _tf_rows(counts, vocab)
    df = np.bincount(cols, minlength=len(vocab)).astype(np.float64)
    return _weigh(m, idf(len(counts), df)), df


def idf(n: int, df: np.ndarray) -> np.ndarray:
    """Smoothed inverse document frequency of each column, for `n` documents."""
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def tfidf_rows(
    counts: Sequence[Mapping[str, int]], vocab: Mapping[str, int], weights: np.ndarray
) -> sp.csr_matrix:
    """The rows `_tfidf` gives these documents within a larger collection whose
    vocabulary (term -> column) and IDF `weights` are given: every step is row by
    row, so a block of rows computed apart (on a cluster worker) is bit for bit
    the same as those rows of the whole matrix."""
    m, _ = _tf_rows(counts, vocab)
    return _weigh(m, weights)


def _tf_rows(
    counts: Sequence[Mapping[str, int]], vocab: Mapping[str, int]
) -> tuple[sp.csr_matrix, np.ndarray]:
    """The sublinear term frequencies as a CSR matrix, each row's entries in column
    order (as scipy leaves a matrix built from (row, column) pairs), and every
    entry's column. Built from its three arrays: no pairs to convert."""
    shape = (len(counts), len(vocab))
    lengths = np.fromiter(map(len, counts), dtype=np.int64, count=len(counts))
    total = int(lengths.sum())
    if total == 0:
        return sp.csr_matrix(shape, dtype=np.float64), np.zeros(0, dtype=np.int64)
    cols = np.fromiter(
        map(vocab.__getitem__, chain.from_iterable(counts)), dtype=np.int64, count=total
    )
    vals = np.fromiter(
        map(_sublinear_tf, chain.from_iterable(c.values() for c in counts)),
        dtype=np.float64,
        count=total,
    )
    indptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    index = sp.csr_matrix((vals, cols.copy(), indptr), shape=shape)
    index.sort_indices()
    return index, cols


def _weigh(m: sp.csr_matrix, weights: np.ndarray) -> sp.csr_matrix:
    return _normalise((m @ sp.diags(weights)).tocsr())


@lru_cache(maxsize=4096)
def _sublinear_tf(count: int) -> float:
    return 1.0 + math.log(count)


def _normalise(m: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


TermCounts = tuple[Mapping[str, int], Mapping[str, int], Mapping[str, int]]


def term_counts(title: str, text: str) -> TermCounts:
    """One article's term counts (body, headline, names), in first-occurrence order.

    The only per-article work of `features`, and most of its time: a build
    keeps these in its cache, so an incremental run tokenises new articles only.
    """
    title, text = without_contacts(title), without_contacts(text)
    both = f"{title}\n{text}"
    # a lede counts as body text only
    headline: Counter[str] = Counter() if is_lede(title) else token_counts(title)
    return token_counts(both), headline, Counter(names(both))


def without_contacts(text: str) -> str:
    """The text with its phone numbers, e-mail and web addresses blanked out.

    An outlet prints the same tip line or newsroom address under every story of
    its beat; its digits and words would make two unrelated reports look alike
    (and numbers count as names, which weigh most). Only lines holding a hint
    are searched: trying the patterns at every position of every text would add
    a good part to tokenising."""
    if not _may_hold_contact(text):
        return text
    return "\n".join(
        _CONTACT.sub(" ", line) if _may_hold_contact(line) else line for line in text.split("\n")
    )


def _may_hold_contact(text: str) -> bool:
    """Whether `text` holds a contact's mark or digits (`contact_marks`, `contact_digits`)."""
    return any(mark in text for mark in _CONTACT_MARKS) or bool(_CONTACT_DIGITS.search(text))


def headline_tail(title: str) -> str | None:
    """The words after a headline's last separator (case and spacing ignored), if
    words come before it too; else None."""
    parts = _TAIL_SEPARATOR.split(title)
    if len(parts) < 2 or not parts[-1].strip() or not "".join(parts[:-1]).strip():
        return None
    return " ".join(parts[-1].split()).casefold()


def site_tails(titles: Iterable[str]) -> frozenset[str]:
    """Headline tails that end SITE_TAIL_HEADLINES or more different headlines.

    Reports of one story repeat a headline word for word, so only different
    headlines count; two different headlines ending in the same words after a
    separator end in their site's (or section's) name, which says nothing of
    the story."""
    holders: dict[str, int] = {}
    for title in set(titles):
        tail = headline_tail(title)
        if tail is not None:
            holders[tail] = holders.get(tail, 0) + 1
    return frozenset(t for t, n in holders.items() if n >= SITE_TAIL_HEADLINES)


def without_site_tail(title: str, tails: frozenset[str]) -> str:
    """The headline without its tail when that is one of `tails` (`site_tails`)."""
    if not tails or headline_tail(title) not in tails:
        return title
    last = list(_TAIL_SEPARATOR.finditer(title))[-1]
    return title[: last.start()]


def is_lede(title: str) -> bool:
    """A headline written as a lede sentence: long, and ending in a full stop."""
    return len(title.split()) >= LEDE_WORDS and bool(_SENTENCE_END.search(title))


def is_listing(title: str) -> bool:
    """A shopping list's headline (a gift guide, a deal round-up, a ranking)."""
    return bool(_LISTING.search(title))


def listings(titles: Sequence[str]) -> np.ndarray:
    return np.array([is_listing(t) for t in titles], dtype=bool)


def features(
    docs: Sequence[tuple[str, str, str | None]], counts: Sequence[TermCounts | None] = ()
) -> Features:
    """Represent (title, text, date) triples once, for candidates and scores.

    `counts[i]`, when given and not None, must be `term_counts` of `docs[i]`.
    """
    given = list(counts) + [None] * (len(docs) - len(counts))
    rows = [
        c if c is not None else term_counts(t, x) for (t, x, _), c in zip(docs, given, strict=True)
    ]
    body, df = _tfidf([r[0] for r in rows])
    title, _ = _tfidf([r[1] for r in rows])
    ents, _ = _tfidf([r[2] for r in rows])
    days = np.array([_day(d) for _, _, d in docs], dtype=np.float64)
    listing = listings([t for t, _, _ in docs])
    return Features(body=body, title=title, names=ents, days=days, df=df, listing=listing)


def candidate_pairs(feats: Features) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) worth scoring, found through rare shared terms only.

    Each article is reduced to its TOP_TERMS heaviest terms among those used
    by 2..MAX_POSTING articles; the product of that pruned matrix with its
    transpose only touches posting lists of bounded length, so its cost grows
    linearly with the number of articles. Each article keeps its NEIGHBOURS
    best candidates.
    """
    pruned = prune(feats.body, usable_terms(feats.df))
    return symmetric_pairs(nearest(pruned, pruned))


def usable_terms(df: np.ndarray) -> np.ndarray:
    """The columns candidate generation looks at: terms of 2..MAX_POSTING articles."""
    return (df >= 2) & (df <= MAX_POSTING)


def prune(body: sp.csr_matrix, usable: np.ndarray) -> sp.csr_matrix:
    """Each row's TOP_TERMS heaviest usable terms: a row of the inverted index (row by row)."""
    return _top_per_row(body @ sp.diags(usable.astype(np.float64)), TOP_TERMS)


def nearest(rows: sp.csr_matrix, index: sp.csr_matrix, first: int = 0) -> sp.csr_matrix:
    """Each of `rows` (rows `first`.. of `index`) with its NEIGHBOURS best overlaps.

    Row by row, so blocks of rows can be worked out apart (on cluster workers)
    and stacked: the result is the same as for all rows at once.
    """
    overlap = (rows @ index.T).tocsr()
    overlap.setdiag(0, k=first)
    overlap.eliminate_zeros()
    return _top_per_row(overlap, NEIGHBOURS)


def symmetric_pairs(best: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i < j) where either kept the other, sorted."""
    coo = sp.triu(best + best.T, k=1).tocoo()
    order = np.lexsort((coo.col, coo.row))
    return coo.row[order].astype(np.int64), coo.col[order].astype(np.int64)


def _top_per_row(m: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Keep the k largest entries of each row (ties: lower column first)."""
    m = sp.csr_matrix(m)
    m.eliminate_zeros()
    indptr, indices, data = m.indptr, m.indices, m.data
    keep = np.zeros(len(data), dtype=bool)
    for r in range(m.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        if hi - lo <= k:
            keep[lo:hi] = True
            continue
        order = np.lexsort((indices[lo:hi], -data[lo:hi]))[:k]
        keep[lo + order] = True
    out = sp.csr_matrix((data * keep, indices, indptr), shape=m.shape)
    out.eliminate_zeros()
    return out


DOT_CHUNK = 4096  # pairs per step of _row_dots (tens of MB of copied rows)


def _row_dots(m: sp.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The dot product of rows left[k] and right[k] for every k.

    Worked out DOT_CHUNK pairs at a time: the two row selections copy every
    pair's rows, which for 100,000 articles (three million candidate pairs)
    would be gigabytes at once. Each pair's dot is its own row sum, so the
    chunks change no value."""
    if len(left) == 0:
        return np.zeros(0)
    return np.concatenate(
        [
            np.asarray(m[lo_left].multiply(m[lo_right]).sum(axis=1)).ravel()
            for lo_left, lo_right in (
                (left[i : i + DOT_CHUNK], right[i : i + DOT_CHUNK])
                for i in range(0, len(left), DOT_CHUNK)
            )
        ]
    )


@dataclass(frozen=True)
class PairEvidence:
    """Per candidate pair: capped log-odds of one story, and body cosine."""

    evidence: np.ndarray
    body: np.ndarray


def pair_evidence(feats: Features, left: np.ndarray, right: np.ndarray) -> PairEvidence:
    """Log-odds that each candidate pair reports one story (a small logistic model).

    Weighs body, headline and name/number overlap (cosines of TF-IDF vectors)
    against the gap between publication dates in log-days: variants appear
    within a day or two, follow-ups (arrests, trials, funerals) weeks or months
    later, so the gap lowers the odds smoothly instead of cutting at a window.
    A missing date is weaker evidence than a matching one. See WEIGHTS.
    """
    body = _row_dots(feats.body, left, right)
    title = _row_dots(feats.title, left, right)
    shared_names = _row_dots(feats.names, left, right)
    gap = np.abs(feats.days[left] - feats.days[right])
    known = ~np.isnan(gap)
    log_gap = np.where(known, np.log1p(np.where(known, gap, 0.0)), 0.0)
    z = (
        WEIGHTS["bias"]
        + WEIGHTS["body"] * body
        + WEIGHTS["title"] * title
        + WEIGHTS["names"] * shared_names
        + WEIGHTS["log_gap"] * log_gap
        + WEIGHTS["no_date"] * (~known)
    )
    if feats.listing is not None:  # a shopping list is one story only with its near copies
        z = np.where(feats.listing[left] | feats.listing[right], -EVIDENCE_CAP, z)
    return PairEvidence(evidence=np.clip(z, -EVIDENCE_CAP, EVIDENCE_CAP), body=body)
