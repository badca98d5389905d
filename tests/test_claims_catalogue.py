"""The claims catalogue and the whole test reports are well formed and every figure holds.

Cheap checks only (schema, recomputation by tests/claims/verify_catalogue.py); how well the
engine does on them is measured by bench/claims_score.py, not asserted here.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml

CLAIMS = Path(__file__).parent / "claims"
SHAPES_DOC = (CLAIMS / "SHAPES.md").read_text(encoding="utf-8")
KINDS = {"sum", "share", "plan", "growth", "fraction"}


def _verifier():
    spec = importlib.util.spec_from_file_location("verify_catalogue",
                                                  CLAIMS / "verify_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


verify = _verifier()
ENTRIES = verify.load_catalogue()


def test_catalogue_is_large_enough():
    assert len(ENTRIES) >= 250
    families = {name for name, _ in ENTRIES}
    assert {"sums.yaml", "shares.yaml", "plans.yaml", "growth.yaml", "fractions.yaml",
            "nonquantities.yaml"} <= families


@pytest.mark.parametrize("name,entry", ENTRIES, ids=[e["id"] for _, e in ENTRIES])
def test_entry_schema(name, entry):
    assert set(entry) <= {"id", "shape", "claims", "check", "style", "ok", "wrong"}
    assert re.fullmatch(r"[a-z0-9-]+", entry["id"])
    assert re.fullmatch(r"[a-z]+\.[a-z0-9-]+", entry["shape"])
    family = entry["shape"].split(".")[0]
    assert name.startswith({"nonq": "nonquantities", "sum": "sums", "share": "shares",
                            "plan": "plans", "fraction": "fractions"}.get(family, family))
    assert isinstance(entry["claims"], int) and entry["claims"] >= 0
    assert isinstance(entry["ok"], str) and entry["ok"].endswith("\n")
    assert entry.get("style", "vi") in ("vi", "en")
    if entry["claims"] == 0:
        assert entry["wrong"] == [] and not entry.get("check")
    else:
        assert len(entry["check"]) == entry["claims"] and entry["wrong"]
    for wrong in entry["wrong"]:
        assert set(wrong) == {"slip", "line", "figure", "text"}
        assert isinstance(wrong["line"], int) and wrong["line"] >= 1
        assert wrong["figure"] in wrong["text"].splitlines()[wrong["line"] - 1]


def test_every_shape_is_documented():
    undocumented = {e["shape"] for _, e in ENTRIES if f"`{e['shape']}`" not in SHAPES_DOC}
    assert not undocumented


def test_ids_are_unique():
    ids = [e["id"] for _, e in ENTRIES]
    assert len(ids) == len(set(ids))


def test_catalogue_recomputes():
    assert verify.verify_catalogue() == []


def test_reports_recompute_and_sidecars_are_well_formed():
    sidecars = sorted((CLAIMS / "reports").glob("*.claims.yaml"))
    assert len(sidecars) >= 5
    for sidecar in sidecars:
        claims = yaml.safe_load(sidecar.read_text(encoding="utf-8"))["claims"]
        assert claims, sidecar.name
        for claim in claims:
            assert set(claim) == {"line", "figure", "kind", "check"}
            assert claim["kind"] in KINDS
    assert verify.verify_reports() == []


def test_verifier_rejects_a_wrong_ok_text_and_a_slip_within_rounding():
    entry = {"id": "x", "shape": "share.parens-rate", "claims": 1,
             "check": ["pct 93,81 = 8.105 / 8.640"],
             "ok": "Nhận 8.640 văn bản, trong đó 8.105 văn bản điện tử (tỷ lệ 93,81%).\n",
             "wrong": [{"slip": "one digit wrong", "line": 1, "figure": "93,82%",
                        "text": "Nhận 8.640 văn bản, trong đó 8.105 văn bản điện tử "
                                "(tỷ lệ 93,82%).\n"}]}
    problems = verify.verify_entry(entry, "x")
    assert any("beyond rounding" in p for p in problems)
    entry["wrong"][0].update(figure="98,31%", text=entry["ok"].replace("93,81", "98,31"))
    assert verify.verify_entry(entry, "x") == []
    entry["check"] = ["pct 93,18 = 8.105 / 8.640"]
    assert verify.verify_entry(entry, "x")
