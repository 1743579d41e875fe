"""The quote confidence model: the shipped file, the formula, bad files, calibration.

The calibration test fits the project's own fitter on evidence drawn from a
known logistic process (a fixture made here, no corpus text) and reads the
held-out reliability table the fitting tool prints.
"""

from __future__ import annotations

import json
import logging
import math
from importlib import resources

import numpy as np
import pytest

from digest.evaluate.quote_confidence import design, fit, report
from digest.quotes import extract_quotes
from digest.quotes.confidence import (
    Evidence,
    Model,
    features,
    load_model,
    probability,
    score,
)

NAMED = Evidence(
    type="direct",
    cue="said",
    route="named",
    speaker_kind="person",
    distance=2,
    words=14,
    pieces=1,
    first_name=True,
    mentions=3,
    after=True,
    paragraph=0.9,
    first_person=True,
    speaker_words=2,
)
CLAUSE = Evidence(
    type="mixed",
    cue="called",
    route="description",
    speaker_kind="description",
    distance=40,
    words=9,
    pieces=1,
    first_name=False,
    paragraph=0.3,
    lower_start=True,
    clause_start=True,
    speaker_words=5,
    speaker_head_speaks=False,
    speaker_has_verb=True,
)


def shipped() -> dict:
    path = resources.files("digest.quotes").joinpath("data", "confidence.json")
    return json.loads(path.read_text("utf-8"))


def test_shipped_model_scores_as_the_logistic_formula_says():
    data = shipped()
    for evidence in (NAMED, CLAUSE):
        z = data["intercept"] + sum(
            data["coefficients"].get(name, 0.0) * value
            for name, value in features(evidence).items()
        )
        assert probability(evidence) == round(1 / (1 + math.exp(-z)), 3)


def test_every_feature_the_model_computes_has_a_coefficient():
    names = set(shipped()["coefficients"])
    for evidence in (NAMED, CLAUSE):
        assert set(features(evidence)) <= names


def test_a_named_say_quote_outscores_a_clause_fragment_credited_to_a_description():
    assert probability(NAMED) >= 0.7 > probability(CLAUSE)


def test_extracted_quotes_carry_the_model_score():
    text = (
        "Mayor Lena Ortiz opened the bridge on Monday.\n\n"
        "“This bridge joins two towns that need each other,” Ortiz said."
    )
    (quote,) = [q for q in extract_quotes(text) if q.type == "direct"]
    assert 0.7 <= quote.score <= 1.0


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"coefficients": {"cue=say": 1.0}}),  # no intercept
        json.dumps({"intercept": "high", "coefficients": {}}),
        json.dumps({"intercept": 0.1, "coefficients": ["cue=say"]}),
        json.dumps({"intercept": 0.1, "coefficients": {"cue=say": "NaN"}}),
    ],
)
def test_a_malformed_model_file_scores_zero_with_a_warning(tmp_path, caplog, content):
    path = tmp_path / "confidence.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="digest"):
        model = load_model(path)
    assert model is None
    assert score(NAMED, model) == 0.0
    (record,) = caplog.records
    assert str(path) in record.getMessage() and "\n" not in record.getMessage()


def test_a_missing_model_file_scores_zero_with_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="digest"):
        assert load_model(tmp_path / "absent.json") is None
    assert "absent.json" in caplog.text


def test_a_model_file_round_trips():
    model = Model(-0.5, {"cue=say": 1.25, "route=named": 0.5})
    z = -0.5 + 1.25 + 0.5 + 0.0  # NAMED has cue=say and route=named set to 1
    assert score(NAMED, model) == round(1 / (1 + math.exp(-z)), 3)


def _synthetic(n: int, seed: int) -> tuple[list[dict[str, float]], np.ndarray]:
    """Evidence drawn at random, labelled by a known logistic model of its features."""
    rng = np.random.default_rng(seed)
    truth = {"cue=say": 1.2, "route=named": 1.0, "route=pronoun": -0.8, "log_distance": -1.5}
    rows, labels = [], []
    for _ in range(n):
        evidence = Evidence(
            type="direct",
            cue=str(rng.choice(["said", ":", "according to"])),
            route=str(rng.choice(["named", "short", "pronoun", "carried"])),
            speaker_kind="person",
            distance=int(rng.integers(0, 300)),
            words=int(rng.integers(3, 60)),
            pieces=1,
            first_name=bool(rng.integers(0, 2)),
        )
        row = features(evidence)
        z = 0.3 + sum(truth.get(k, 0.0) * v for k, v in row.items())
        rows.append(row)
        labels.append(float(rng.random() < 1 / (1 + math.exp(-z))))
    return rows, np.array(labels)


def test_held_out_reliability_is_calibrated_on_a_known_process():
    rows, y = _synthetic(6000, seed=7)
    names = sorted({k for row in rows for k in row})
    x = design(rows, names)
    train, test = slice(0, 3000), slice(3000, None)
    w = fit(x[train], y[train], l2=3.0)
    p = 1 / (1 + np.exp(-(x[test] @ w)))
    table = report(p, y[test], np.ones(len(p), dtype=bool), gold_direct=len(p))
    bins = [line.split() for line in table.splitlines() if line.strip().startswith("[")]
    checked = 0
    for cells in bins:
        n, predicted, observed = int(cells[2]), float(cells[3]), float(cells[4])
        if n >= 200:
            assert abs(predicted - observed) < 0.06, cells
            checked += 1
    assert checked >= 3
