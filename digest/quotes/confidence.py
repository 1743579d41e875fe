"""How far to trust a quote: the probability that its text and its speaker are both right.

Each quote carries `Evidence`, the few facts about how it was found that tell
a sure attribution from a guess: the kind of cue (`said` vs a colon vs none),
how the speaker was reached (a full name next to the cue, a surname, a
pronoun, a speaker carried over from an earlier paragraph, a description),
what the speaker is (a person, an organisation, a description), how far the
mention stands from the quotation and how long the quotation is.

`probability` is a logistic model over those facts. Its coefficients live in
`data/confidence.json`, fitted offline on a labelled corpus with
`python -m digest.evaluate.quote_confidence DOCS.jsonl --write` (folds by
article, so the calibration figures it prints are held-out ones). A model that
is missing or unreadable gives every quote 0.0: nothing is trusted by default.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from digest.quotes.lexicon import words

_SAY_CUES = words("say_cues")


@dataclass(frozen=True)
class Evidence:
    """What the finder saw for one quote (inputs of the confidence model)."""

    type: str  # direct, mixed, indirect
    cue: str | None  # the cue word ("said", "according to", ":", "—") or None
    route: str  # how the speaker was reached: named, short, pronoun, pronoun-subject,
    # described, carried, description, none
    speaker_kind: str  # person, organisation, description, none
    distance: int  # characters between the speaker mention and the quotation
    words: int  # words of the quote
    pieces: int  # quotation pieces joined into this quote
    first_name: bool  # the speaker starts with a known first name
    rivals: int = 0  # other compatible people named just before the quote
    mentions: int = 0  # how often the document names the speaker
    after: bool = False  # the speaker mention follows the quotation's start
    paragraph: float = 0.0  # share of its paragraph the quote fills
    named_before: bool = False  # a pronoun or carried speaker last named with a cue
    first_person: bool = False  # the quote speaks as "I" or "we" (speech, not narrative)
    lower_start: bool = False  # the quote starts in lower case (a fragment of a clause)


def cue_kind(cue: str | None) -> str:
    """A cue's family: say-verbs are the surest attribution, a colon or none the least."""
    if cue is None:
        return "none"
    low = cue.casefold()
    if low in _SAY_CUES:
        return "say"
    if low == "according to":
        return "according"
    if low in {":", "—"}:
        return "colon"
    return "other"


def features(evidence: Evidence) -> dict[str, float]:
    """The model's inputs: one-hot families plus a few scaled counts."""
    cue = cue_kind(evidence.cue)
    out = {
        f"type={evidence.type}": 1.0,
        f"cue={cue}": 1.0,
        f"route={evidence.route}": 1.0,
        f"kind={evidence.speaker_kind}": 1.0,
        f"type={evidence.type}&route={evidence.route}": 1.0,
        "log_distance": math.log1p(max(0, evidence.distance)) / 5.0,
        "log_words": math.log1p(evidence.words) / 3.0,
        "short": 1.0 if evidence.words < 5 else 0.0,
        "pieces": 1.0 if evidence.pieces > 1 else 0.0,
        "first_name": 1.0 if evidence.first_name else 0.0,
        "rivals": min(evidence.rivals, 4) / 4.0,
        f"route={evidence.route}&rivals": min(evidence.rivals, 4) / 4.0,
        "log_mentions": math.log1p(evidence.mentions) / 3.0,
        "after": 1.0 if evidence.after else 0.0,
        f"type={evidence.type}&cue={cue}": 1.0,
        "paragraph": evidence.paragraph,
        f"route={evidence.route}&paragraph": evidence.paragraph,
        f"route={evidence.route}&named_before": 1.0 if evidence.named_before else 0.0,
        f"type={evidence.type}&first_person": 1.0 if evidence.first_person else 0.0,
        f"type={evidence.type}&lower_start": 1.0 if evidence.lower_start else 0.0,
    }
    return out


@cache
def _model() -> tuple[float, dict[str, float]]:
    """(intercept, coefficients) from data/confidence.json; (-inf, {}) when unusable."""
    try:
        path = resources.files("digest.quotes").joinpath("data", "confidence.json")
        data = json.loads(path.read_text("utf-8"))
        coefficients = {str(k): float(v) for k, v in data["coefficients"].items()}
        return float(data["intercept"]), coefficients
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return -math.inf, {}


def probability(evidence: Evidence) -> float:
    """The calibrated probability that quote and speaker are both right (3 decimals)."""
    intercept, coefficients = _model()
    if intercept == -math.inf:
        return 0.0
    z = intercept + sum(coefficients.get(k, 0.0) * v for k, v in features(evidence).items())
    z = max(-30.0, min(30.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 3)
