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
is missing or unreadable gives every quote 0.0, with one warning naming the
file: nothing is trusted by default.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from digest.errors import warn_file
from digest.quotes.lexicon import _SAY_CUES


@dataclass(frozen=True)
class Evidence:
    """What the finder saw for one quote (inputs of the confidence model)."""

    type: str  # direct, mixed, indirect
    cue: str | None  # the cue word ("said", "according to", ":", "—") or None
    route: str  # how the speaker was reached: named, short, pronoun, pronoun-subject,
    # subject (the named subject just before an unattributed quotation),
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
    clause_start: bool = False  # the quote opens with a preposition, article or object pronoun
    speaker_words: int = 0  # words of the speaker as resolved
    speaker_head_speaks: bool = True  # the speaker's last word is a person, office or body
    speaker_has_verb: bool = False  # a verb form after the speaker's first word ("the x said")
    polity: bool = False  # the speaker is a country, state or city


def cue_kind(cue: str | None) -> str:
    """A cue's family: say-verbs are the surest attribution, a colon or none the least."""
    if cue is None:
        return "none"
    low = cue.casefold()
    if low in _SAY_CUES:
        return "say"
    if low == "according to":
        return "according"
    if low in {":", "—", "…"}:
        return "colon"  # a colon, a credit line's dash, a summary cut after the name
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
        f"type={evidence.type}&clause_start": 1.0 if evidence.clause_start else 0.0,
        f"route={evidence.route}&kind={evidence.speaker_kind}": 1.0,
        f"cue={cue}&after": 1.0 if evidence.after else 0.0,
        "polity": 1.0 if evidence.polity else 0.0,
    }
    if evidence.speaker_kind in {"description", "organisation"}:
        kind = evidence.speaker_kind
        out[f"kind={kind}&long"] = 1.0 if evidence.speaker_words > 3 else 0.0
        out[f"kind={kind}&verb"] = 1.0 if evidence.speaker_has_verb else 0.0
    if evidence.speaker_kind == "description" and not evidence.speaker_head_speaks:
        out["kind=description&head_not_speaking"] = 1.0
    return out


@dataclass(frozen=True)
class Model:
    """A fitted logistic model: P = 1 / (1 + exp(-(intercept + sum of coefficient * feature)))."""

    intercept: float
    coefficients: dict[str, float]


def load_model(path: Path | Traversable) -> Model | None:
    """The model stored at `path`; None, with a one-line warning naming the file, when unusable."""
    try:
        data = json.loads(path.read_text("utf-8"))
        coefficients = {str(k): float(v) for k, v in data["coefficients"].items()}
        intercept = float(data["intercept"])
        if not all(math.isfinite(v) for v in (intercept, *coefficients.values())):
            raise ValueError("a coefficient is not a finite number")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        warn_file(str(path), f"quote confidence model unusable, every quote scores 0.0 ({exc})")
        return None
    return Model(intercept, coefficients)


@cache
def _shipped_model() -> Model | None:
    return load_model(resources.files("digest.quotes").joinpath("data", "confidence.json"))


def score(evidence: Evidence, model: Model | None) -> float:
    """The probability `model` gives the evidence (3 decimals); 0.0 without a model."""
    if model is None:
        return 0.0
    z = model.intercept + sum(
        model.coefficients.get(k, 0.0) * v for k, v in features(evidence).items()
    )
    z = max(-30.0, min(30.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def probability(evidence: Evidence) -> float:
    """The calibrated probability that quote and speaker are both right (3 decimals)."""
    return score(evidence, _shipped_model())
