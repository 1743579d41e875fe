"""The command-line contract (DESIGN.md): other tools depend on these shapes."""

from __future__ import annotations

import json

from tests.conftest import run_digest

SEEDS = ["content/000_ecd63f8d682de304.txt", "content/003_addfdb7bc321adbd.txt"]
EXTRACT_KEYS = {
    "source",
    "title",
    "text",
    "author",
    "date",
    "publisher",
    "url",
    "lang",
    "tags",
    "captions",
}


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_contract_on_the_seeds():
    done = run_digest("extract", *SEEDS)
    assert done.returncode == 0, done.stderr
    records = _lines(done.stdout)
    assert [r["source"] for r in records] == SEEDS
    for record in records:
        assert set(record) == EXTRACT_KEYS
        assert record["date"].startswith("2025-04-08")
    business, vaultz = records
    assert business["publisher"] == "Business Standard"
    assert business["tags"] == ["NATO", "Japan", "Ukraine"]
    assert business["text"].startswith("Japan on Tuesday expressed interest")
    assert vaultz["author"] == "Comfort Ampomaa"
    assert "\n\nChina, A Threat In The Region\n\n" in vaultz["text"]


def test_extract_of_a_missing_file_is_a_warning_and_an_empty_record():
    done = run_digest("extract", "content/no-such-file.txt")
    assert done.returncode == 0
    assert "no-such-file.txt" in done.stderr
    (record,) = _lines(done.stdout)
    assert record["source"] == "content/no-such-file.txt" and record["text"] == ""
    assert run_digest("extract", "--strict", "content/no-such-file.txt").returncode == 1


def test_cluster_contract_puts_the_seeds_in_one_story():
    extracted = _lines(run_digest("extract", *SEEDS).stdout)
    unrelated = {
        "id": "other",
        "title": "Harbour reopens after the storm",
        "text": "Fishing boats returned to the harbour on Friday after a week of gales. " * 5,
        "date": "2025-01-02",
    }
    articles = [
        {"id": f"seed{i}", "title": r["title"], "text": r["text"], "date": r["date"][:10]}
        for i, r in enumerate(extracted)
    ] + [unrelated]
    done = run_digest("cluster", stdin="\n".join(json.dumps(a) for a in articles) + "\nnot json\n")
    assert done.returncode == 0, done.stderr
    stories = {r["id"]: r["story"] for r in _lines(done.stdout)}
    assert set(stories) == {"seed0", "seed1", "other"}
    assert stories["seed0"] == stories["seed1"] != stories["other"]
    assert "not valid JSON" in done.stderr


def test_quotes_contract():
    text = (
        "NATO Secretary General Mark Rutte visited Tokyo on Tuesday. "
        "“We follow them very closely,” Rutte said."
    )
    done = run_digest("quotes", stdin=json.dumps({"id": "d1", "text": text}) + "\n")
    assert done.returncode == 0, done.stderr
    (record,) = _lines(done.stdout)
    assert record["id"] == "d1"
    (quote,) = record["quotes"]
    assert set(quote) == {"quote", "speaker", "type", "score"}
    assert 0.0 <= quote["score"] <= 1.0
    assert quote["speaker"] == "Mark Rutte" and quote["type"] == "direct"
    assert "follow them very closely" in quote["quote"]
