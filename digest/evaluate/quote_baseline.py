"""A plain regular-expression quote finder: the floor `digest eval quotes` compares against.

It exists so that "how much better than the obvious" is one command on any
labelled collection of the PolNeAR layout, not a separate script. The rules
are deliberately simple and fixed (nothing here is tuned to a corpus):

- a quotation is the text between a pair of matching quotation marks inside
  one paragraph (`"..."` or `“...”`);
- the quotations of one paragraph (`"A," she said. "B."`) are joined with a
  space into one quote, kept when it has at least `MIN_WORDS` words (shorter
  ones are mostly scare quotes and titles);
- if the paragraph, outside its quotations, has a speech verb (the project's
  cue lists `digest/quotes/data/say_cues.txt`, `clause_cues.txt` and
  `quotation_cues.txt`), the speaker is the run of capitalised words outside
  quotations nearest to such a verb, skipping runs that open with a word of
  `not_name.txt` ("The", "But"); otherwise there is no speaker.

On the PolNeAR development set this lands where the corpus README's own regex
baseline does (direct+mixed quote F1 0.790 against its 0.788), so the two can
stand in for each other.

No pronoun resolution, no paragraph carry-over, no title or name knowledge.
"""

from __future__ import annotations

import re

from digest.quotes.lexicon import words

MIN_WORDS = 3

_PAIRED = re.compile(r'"([^"\n]+)"|“([^“”\n]+)”')
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*")
_WORD = re.compile(r"[\w'’]+")


def _speech_verbs() -> frozenset[str]:
    return words("say_cues") | words("clause_cues") | words("quotation_cues")


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line) around text[start:end]."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return before + 1, (after if after >= 0 else len(text))


def baseline_quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker or None) for the quotations of `text`, one quote per paragraph, in order."""
    verbs = _speech_verbs()
    not_names = words("not_name")
    spans = [
        (m.start(), m.end(), m.group(1) or m.group(2) or "") for m in _PAIRED.finditer(text or "")
    ]
    by_paragraph: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for start, end, inner in spans:
        by_paragraph.setdefault(_paragraph(text, start, end), []).append((start, end, inner))
    out: list[tuple[str, str | None]] = []
    for (p_start, p_end), inside in by_paragraph.items():
        quote = " ".join(inner.strip() for _, _, inner in inside)
        if len(quote.split()) < MIN_WORDS:
            continue
        # the paragraph's own words with its quotations blanked out (offsets kept)
        frame = list(text[p_start:p_end])
        for a, b, _ in inside:
            for i in range(max(a, p_start), min(b, p_end)):
                frame[i - p_start] = " "
        plain = "".join(frame)
        cues = [m.start() for m in _WORD.finditer(plain) if m.group().casefold() in verbs]
        speaker = None
        if cues:
            names = [
                (m.start(), m.group())
                for m in _CAPITALISED_RUN.finditer(plain)
                if m.group().split()[0].casefold() not in not_names
            ]
            if names:
                # nearest to any speech verb; ties go to the earlier name
                _, _, speaker = min(
                    (min(abs(at - cue) for cue in cues), at, name) for at, name in names
                )
        out.append((quote, speaker))
    return out
