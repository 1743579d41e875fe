"""Page furniture learned from the collection: what an outlet repeats around its articles.

A digest is a collection. Many of its text copies come from a handful of
outlets, and each outlet wraps every article in the same furniture: menus, a
teaser block of its other stories (written as whole sentences, so they read like
prose), an author bio, the wrapper page's own headline and byline, a footer.
One page alone cannot tell a teaser sentence from the article's; the collection
can:

1. **Outlets (templates).** Two copies come from one outlet when they share
   much of their *frame*: the lines not written as prose (menu entries,
   headings, bylines, footer lines). Copies of one story in different outlets
   share prose, not frames, so they are not grouped; a generic line or two
   ("Advertisement", "Share") is too small a part of a frame to group anything.
2. **Furniture.** A line that two or more copies of one outlet repeat, and that
   occurs mostly inside that outlet, is that outlet's furniture, sentence or
   not: an outlet does not print one story twice, so the pages it repeats a
   line on are about different stories. The exception is two copies of one story
   saved from the same outlet (an update): when two copies share much prose that
   no other page of the outlet has, they are one story and their lines stay.
3. **The outlet's name**, where its furniture says it (a copyright line, a
   "Subscribe to NAME" offer): the name most of the outlet's copies give; else the web
   address its furniture gives as its own; else a name two of its lines give in other
   forms ("More from NAME" and "NAME reserves the right ...").

A sentence shared by copies of the same story in *different* outlets is never
furniture by rule 2: it occurs mostly outside any one outlet.

A saved page is profiled from its whole visible text, one block a line: its menus,
boxes and footer, and its article, each line kept as its key's digest. Pages learn
from pages (text copies from text copies), and what the collection teaches a page is
its outlet's furniture alone, and stricter: a line with a word in it that at least
half of its outlet's pages repeat, and three of them at least (TEMPLATE_PAGES). A page
template prints its notices, tools and boxes' labels on every page; a crosshead or a
background paragraph two follow-up stories share is theirs, and so is a sentence a page
prints more often than its template does (`twice_key`: a box's copy of the story's lead). Its extraction then drops
such a line where the template sets its notices (before or after the article) and a
label or a row of tools anywhere (`html.without_furniture`).

Everything here works on line keys (`text_body.line_key`) that depend on each
text alone, so a build keeps each copy's profile in its cache and learns again
from the profiles, which is quick.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.text_body import line_key, split_lines

FRAME_SHARE = 0.3  # share of a copy's repeated frame lines another outlet copy must have
PAGE_FRAME_SHARE = 0.5  # the same for saved pages, whose frame is all of their template
MIN_FRAME_OVERLAP = 2  # and at least this many lines
MENU_ENTRY_WORDS = 3  # words of a menu's entry or a box's label, which any site may print
TYING_LINES = 2  # sentences two saved pages must share to be one outlet's by their frame
SAME_FRAME = 0.8  # share of both pages' repeated frames short lines alone must be to tie them
OUTLET_SHARE = 0.5  # a line is an outlet's furniture if at least this share of its copies are there
SAME_STORY = 0.6  # prose two copies alone share, over the smaller one's prose: one story
SAVED_TWICE = 5  # at most this many copies of one story saved from one outlet are told apart
PROSE_WORDS = 8
SENTENCE_WORDS = 4
LONG_PARAGRAPH = 40  # words: a paragraph this long that outlets share is an article's
MAX_HOLDERS = 20  # a sentence in more copies than this is not weighed as one story's
TEMPLATE_PAGES = 3  # a saved page's line is its template's when this many pages at least hold it


@dataclass(frozen=True)
class Profile:
    """What learning needs from one text copy or saved page; depends on its text alone
    (cacheable)."""

    keys: frozenset[str]  # every line's key
    frame: frozenset[str]  # keys of the lines not written as prose
    notices: tuple[tuple[str, str], ...] = ()  # (line key, outlet named) of copyright lines
    sentences: frozenset[str] = frozenset()  # lines written as sentences or prose (a page: notices)
    addresses: tuple[tuple[str, str], ...] = ()  # (line key, web address) of lines naming one
    page: bool = False  # a saved page's visible text: only its outlet's furniture is taught
    # (line key, outlet, which pattern) of lines naming it otherwise (md.outlet_mention)
    mentions: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class Context:
    """What one copy's cleaning learns from the collection it belongs to."""

    shared: frozenset[str] = frozenset()  # its lines that other copies repeat
    furniture: frozenset[str] = frozenset()  # its lines its outlet repeats around other stories
    outlet: str | None = None  # the outlet's name, as its furniture gives it
    grouped: bool = False  # other copies of its outlet were found: `outlet` is the outlet's say
    group: str | None = None  # an id its outlet's copies share (when grouped), order-independent


NO_CONTEXT = Context()


def shape(text: str, words: int) -> tuple[bool, bool]:
    """(prose, sentence) of a line of `words` words: prose is written as a sentence of
    some length (not a menu entry, heading or byline); a sentence may be short
    ("No one was arrested.")."""
    sentence = words >= SENTENCE_WORDS and bp.ends_like_sentence(text)
    return words >= 20 or (words >= PROSE_WORDS and sentence), sentence


def profile(text: str, page: bool = False) -> Profile:
    """The line keys of one copy, its frame, and the outlet its own lines name.

    `page`: a saved page's visible text, a block a line, whose lines are kept as their
    keys' digests (`page_line_key`), lines without a letter left out: a collection holds
    every page's profile at once, and a page's extraction needs only to know which of
    its own lines its outlet repeats."""
    keys: set[str] = set()
    frame: set[str] = set()
    sentences: set[str] = set()
    notices: list[tuple[str, str]] = []
    addresses: list[tuple[str, str]] = []
    mentions: list[tuple[str, str, int]] = []
    for line in split_lines(text):
        key = line_key(line)
        if page and not any(char.isalpha() for char in key):
            continue  # a rule, a bullet, a number: no template's words
        words = key.count(" ") + 1
        prose, sentence = shape(line, words)
        if page:
            written, key = key, page_line_key(key)  # (its digest made once)
            if prose and key in keys:
                keys.add(twice_key(written))  # a sentence the page prints twice (`twice_key`)
        if not key or key in keys:
            continue
        keys.add(key)
        if not prose:
            frame.add(key)
        if page:
            if sentence and not prose:
                sentences.add(key)  # a notice written as a sentence: it ties pages less
            continue  # a page teaches its furniture only: no notice or address read
        if sentence or prose:
            sentences.add(key)
        if not prose:  # a copyright or "Subscribe to NAME" line is no sentence of prose
            name = md.find_publisher([line])
            if name:
                notices.append((key, name))
        address = md.find_own_address(line)
        if address:
            addresses.append((key, address))
        mentioned = md.outlet_mention(line)  # "More from NAME", "NAME reserves the right ..."
        if mentioned:
            mentions.append((key, *mentioned))
    return Profile(
        frozenset(keys),
        frozenset(frame),
        tuple(notices),
        frozenset(sentences),
        tuple(addresses),
        page,
        tuple(mentions),
    )


def line_digest(key: str) -> str:
    """A short digest of a line's key (text_body.line_key); saved pages' profiles and
    their outlets' furniture give a line as "DIGEST/WORDS" (`page_line_key`)."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def page_line_key(key: str) -> str:
    """How a saved page's profile gives a line of key `key`: its digest and its words."""
    return f"{line_digest(key)}/{key.count(' ') + 1}"


def twice_key(key: str) -> str:
    """How a saved page's profile says that it prints a sentence of prose of key `key`
    twice. A template's box may repeat a story's lead word for word: on that story's own
    page the sentence stands twice, once in the box and once in the article, and the
    second is the article's own, though the outlet's other pages repeat the first."""
    return f"{line_digest(key + chr(10))}/{key.count(' ') + 1}"


def key_words(key: str) -> int:
    """The words of the line a key stands for (a page's "DIGEST/WORDS" says them)."""
    digest, slash, words = key.rpartition("/")
    if slash and words.isdigit() and len(digest) == DIGEST_CHARS:
        return int(words)
    return key.count(" ") + 1


DIGEST_CHARS = 16  # of a line's digest (line_digest)


def learn(profiles: Sequence[Profile | None]) -> list[Context]:
    """Each copy's or page's context, lined up with `profiles` (None: nothing to learn
    from, no context). Text copies learn from text copies and saved pages from saved
    pages: a page's lines are keyed by digest, and a page added to a collection changes
    no text copy's cleaning.

    Deterministic: depends on the profiles and their order only.
    """
    texts = _learned([p if p is not None and not p.page else None for p in profiles])
    pages = _learned([p if p is not None and p.page else None for p in profiles])
    return [
        page if p is not None and p.page else text
        for p, text, page in zip(profiles, texts, pages, strict=True)
    ]


def _learned(profiles: Sequence[Profile | None]) -> list[Context]:
    """`learn` for profiles of one kind (None: left out)."""
    present = [(i, p) for i, p in enumerate(profiles) if p is not None]
    counts: Counter[str] = Counter()
    for _, p in present:
        counts.update(p.keys)
    outlets = group_outlets([p for _, p in present], counts)
    furniture = outlet_furniture([p for _, p in present], outlets, counts)
    names = outlet_names([p for _, p in present], outlets, furniture)
    sizes = Counter(outlets)
    story = story_lines([p for _, p in present], outlets, counts)
    ids = group_ids([p for _, p in present], outlets)
    contexts = [NO_CONTEXT] * len(profiles)
    for n, (i, p) in enumerate(present):
        shared = frozenset(k for k in p.keys if counts[k] >= 2 and k not in story)
        outlet = outlets[n]
        if p.page:
            # a saved page's extraction reads its outlet's furniture only (digests)
            contexts[i] = Context(furniture=furniture[n]) if furniture[n] else NO_CONTEXT
            continue
        grouped = sizes[outlet] > 1
        group = ids[outlet] if grouped else None
        contexts[i] = Context(shared, furniture[n], names.get(outlet), grouped, group)
    return contexts


def group_ids(profiles: Sequence[Profile], outlets: Sequence[int]) -> dict[int, str]:
    """Per outlet number, an id that does not depend on the order of the copies: the
    smallest digest of its copies' lines. Pages count a story's outlets by it when
    the copies name no publisher (digest.stories.outlets)."""
    ids: dict[int, str] = {}
    for p, outlet in zip(profiles, outlets, strict=True):
        digest = hashlib.sha256("\n".join(sorted(p.keys)).encode()).hexdigest()[:16]
        if outlet not in ids or digest < ids[outlet]:
            ids[outlet] = digest
    return ids


def story_lines(
    profiles: Sequence[Profile], outlets: Sequence[int], counts: Counter[str]
) -> frozenset[str]:
    """Sentences of one story that several outlets carry ("No arrests have been made."):
    repeated across the collection, by no outlet twice, and by copies that share
    other sentences too (a short line two pages share and nothing else is
    furniture; a long paragraph is not, even when it is all they share)."""
    holders: dict[str, list[int]] = defaultdict(list)
    twice: set[str] = set()
    for i, (p, outlet) in enumerate(zip(profiles, outlets, strict=True)):
        for key in p.sentences:
            if counts[key] < 2 or key in twice:
                continue
            if any(outlets[j] == outlet for j in holders[key]):
                twice.add(key)
            holders[key].append(i)
    candidates = {k: h for k, h in holders.items() if k not in twice and len(h) <= MAX_HOLDERS}
    together: Counter[tuple[int, int]] = Counter()
    for held in candidates.values():
        for a in range(len(held)):
            for b in range(a + 1, len(held)):
                together[held[a], held[b]] += 1
    return frozenset(
        key
        for key, held in candidates.items()
        if key_words(key) >= LONG_PARAGRAPH
        or any(
            together[held[a], held[b]] >= 2
            for a in range(len(held))
            for b in range(a + 1, len(held))
        )
    )


def group_outlets(profiles: Sequence[Profile], counts: Counter[str]) -> list[int]:
    """An outlet number per copy: copies sharing much of their frame are one outlet.

    Copies are taken in order; each joins the groups of every earlier copy with
    which it shares at least FRAME_SHARE of its repeated frame lines (groups it
    links are merged). The share is taken copy by copy, not against all the lines
    a group has gathered: menu entries every site has ("Home", "Sports", "Privacy
    policy", "Facebook") would otherwise let a group of many outlets' pages match
    any new page, and one outlet's name would spread to the whole collection. For
    the same reason saved pages that share only lines of MENU_ENTRY_WORDS words or
    fewer are not tied: a site's page sharing "Home", "Opinion" and "Contact Us" with
    two others would join them, and through such pages a collection of a hundred sites
    became one outlet whose furniture no line was repeated enough to be. One longer
    line shared (a footer's address, a slogan) ties them, and so do short lines
    alone that are SAME_FRAME of both pages' repeated frames (a template of a menu and
    labels, one of its pages holding a line another site's box repeats). (Text copies
    keep the rule as it was: a copy keeps little of its page's frame beyond its menu.)
    Saved pages must share PAGE_FRAME_SHARE of their frames, as a template's pages share
    most of theirs: sites on one platform print its skip link, menu labels and section
    names alike, and at a third of their frames three such outlets became one of twelve
    pages, on which no outlet's own notice was on enough pages to be learned. (The price:
    an outlet whose sections print menus of their own may be read as one outlet a
    section, each learning from its own pages only.)
    Linear in the number of frame lines times the copies each line is in.
    """
    parent: list[int] = []

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    holders: dict[str, list[int]] = defaultdict(list)  # frame line -> copies holding it
    group_of: list[int] = []
    sizes: list[int] = []  # repeated frame lines of each copy
    for n, p in enumerate(profiles):
        repeated = [k for k in p.frame if counts[k] >= 2]
        share = PAGE_FRAME_SHARE if p.page else FRAME_SHARE
        overlap: Counter[int] = Counter()
        tying: Counter[int] = Counter()  # shared lines longer than a menu's entry
        for key in repeated:
            overlap.update(holders.get(key, ()))
            if not p.page or key_words(key) > MENU_ENTRY_WORDS:
                # a notice written as a sentence counts half: any site's CMS may print
                # "Be the first to comment on this story."; an address, a copyright line
                # or a slogan is the site's own
                weight = 1 if p.page and key in p.sentences else TYING_LINES
                for m in holders.get(key, ()):
                    tying[m] += weight
        joined = sorted(
            {
                find(group_of[m])
                for m, shared in overlap.items()
                if shared >= max(MIN_FRAME_OVERLAP, share * max(len(repeated), sizes[m]))
                and (tying[m] >= TYING_LINES or shared >= SAME_FRAME * max(len(repeated), sizes[m]))
            }
        )
        if joined:
            group = joined[0]
            for other in joined[1:]:
                parent[other] = group
        else:
            group = len(parent)
            parent.append(group)
        group_of.append(group)
        sizes.append(len(repeated))
        for key in repeated:
            holders[key].append(n)
    roots = [find(g) for g in group_of]
    numbering: dict[int, int] = {}
    return [numbering.setdefault(r, len(numbering)) for r in roots]


def outlet_furniture(
    profiles: Sequence[Profile], outlets: Sequence[int], counts: Counter[str]
) -> list[frozenset[str]]:
    """Per copy, its lines that its outlet repeats on pages about other stories."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, outlet in enumerate(outlets):
        members[outlet].append(i)
    result: list[frozenset[str]] = [frozenset()] * len(profiles)
    for docs in members.values():
        if len(docs) < 2:
            continue
        holders: dict[str, list[int]] = defaultdict(list)
        for i in docs:
            for key in profiles[i].keys:
                if counts[key] >= 2:
                    holders[key].append(i)
        same_story = _same_story_pairs(profiles, holders)
        found: dict[int, set[str]] = defaultdict(set)
        for key, held in holders.items():
            if len(held) < 2 or len(held) < OUTLET_SHARE * counts[key]:
                continue
            if _one_story(held, same_story):
                continue
            on_template = len(held) >= max(TEMPLATE_PAGES, OUTLET_SHARE * len(docs))
            for i in held:
                if on_template or not profiles[i].page:
                    found[i].add(key)
        for i, keys in found.items():
            result[i] = frozenset(keys)
    return result


def _same_story_pairs(
    profiles: Sequence[Profile], holders: dict[str, list[int]]
) -> set[tuple[int, int]]:
    """Pairs of one outlet's copies that share much prose no other copy of it has."""
    private: Counter[tuple[int, int]] = Counter()
    for key, held in holders.items():
        if 2 <= len(held) <= SAVED_TWICE and key not in profiles[held[0]].frame:
            words = key_words(key)
            for a in range(len(held)):
                for b in range(a + 1, len(held)):
                    private[held[a], held[b]] += words
    repeated = {key for key, held in holders.items() if len(held) > SAVED_TWICE}
    pairs = set()
    for (a, b), words in private.items():
        smaller = min(_own_prose(profiles[a], repeated), _own_prose(profiles[b], repeated))
        if smaller and words >= SAME_STORY * smaller:
            pairs.add((a, b))
    return pairs


def _own_prose(p: Profile, repeated: set[str]) -> int:
    """Words of a copy's prose lines, leaving out what its outlet repeats on many pages."""
    return sum(map(key_words, p.keys - p.frame - repeated))


def _one_story(held: Sequence[int], same_story: set[tuple[int, int]]) -> bool:
    """All copies holding a line are pairwise one story (a story saved twice)."""
    if len(held) > SAVED_TWICE:
        return False
    return all(
        (held[a], held[b]) in same_story for a in range(len(held)) for b in range(a + 1, len(held))
    )


def _mentioned_names(
    profiles: Sequence[Profile], outlets: Sequence[int], furniture: Sequence[frozenset[str]]
) -> dict[int, str]:
    """Per outlet, the name two lines of its furniture give in other forms than a notice,
    found by two patterns ("More from Sportsnet" and "Sportsnet reserves the right ..."),
    on at least OUTLET_SHARE of its copies; its most common spelling ("IndieWire" over
    "Indiewire"). A name that is itself a line of the outlet's frame is a section's ("More
    from Sport" under a menu's "Sport"); two names that tie, or none, leave the outlet
    unnamed."""
    kinds: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    copies: dict[int, Counter[str]] = defaultdict(Counter)
    spellings: dict[int, Counter[str]] = defaultdict(Counter)
    sections: dict[int, set[str]] = defaultdict(set)
    for p, outlet, own in zip(profiles, outlets, furniture, strict=True):
        named = {(name, kind) for key, name, kind in p.mentions if key in own}
        for name, kind in named:
            kinds[outlet][name.casefold()].add(kind)
            spellings[outlet][name] += 1
            if line_key(name) in p.frame:
                sections[outlet].add(name.casefold())
        copies[outlet].update({name.casefold() for name, _ in named})
    sizes = Counter(outlets)
    found: dict[int, str] = {}
    for outlet, by_name in kinds.items():
        backed = sorted(
            (len(found_by), copies[outlet][name], name)
            for name, found_by in by_name.items()
            if len(found_by) >= 2
            and name not in sections[outlet]
            and copies[outlet][name] >= max(2, OUTLET_SHARE * sizes[outlet])
        )
        if not backed or (len(backed) > 1 and backed[-1][:2] == backed[-2][:2]):
            continue
        name = backed[-1][2]
        found[outlet] = max(
            (s for s in spellings[outlet] if s.casefold() == name),
            key=lambda s: (spellings[outlet][s], s),
        )
    return found


def outlet_names(
    profiles: Sequence[Profile], outlets: Sequence[int], furniture: Sequence[frozenset[str]]
) -> dict[int, str]:
    """Per outlet, the name its furniture's copyright notices give most (ties: first seen);
    else the web address its furniture gives as the site's own on most of its copies
    ("NYPost.com" of "Trending Now on NYPost.com", "www.acme.com" alone in a footer).

    Only notices the outlet repeats count: a notice inside one article
    ("Copyright 2016 WAFB") names where that article came from, not the outlet. An
    address must stand on at least OUTLET_SHARE of the outlet's copies (one copy's
    furniture may link elsewhere), be given as the site's own (md.find_own_address:
    not a tag, a source, an e-mail address), and not tie with another such address:
    on weak evidence the outlet is left unnamed rather than named wrong.
    """
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    hosts: dict[int, Counter[str]] = defaultdict(Counter)
    spelt: dict[str, str] = {}
    sizes = Counter(outlets)
    for p, outlet, own in zip(profiles, outlets, furniture, strict=True):
        names = [name for key, name in p.notices if key in own]
        if names:
            votes[outlet][names[-1]] += 1
        for host in dict.fromkeys(a.casefold() for key, a in p.addresses if key in own):
            hosts[outlet][host] += 1
        for _, address in p.addresses:
            spelt.setdefault(address.casefold(), address)
    found = {outlet: c.most_common(1)[0][0] for outlet, c in votes.items()}
    for outlet, c in hosts.items():
        (host, n), *rest = c.most_common(2)
        if rest and rest[0][1] == n:
            continue  # two addresses given as the site's own: which one is unknown
        if outlet not in found and n >= max(2, OUTLET_SHARE * sizes[outlet]):
            found[outlet] = spelt[host]
    for outlet, name in _mentioned_names(profiles, outlets, furniture).items():
        found.setdefault(outlet, name)
    return found
