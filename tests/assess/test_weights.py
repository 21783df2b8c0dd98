"""weights.yaml: the bundled rules load, and bad files fail naming file, key, value, choices."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pactwatch.assess import ALGORITHM, WeightsError, load_weights
from pactwatch.model import DocumentKind, Modality, PactwatchError


def test_bundled_weights_rank_sources_as_the_design_says():
    weights = load_weights()
    kinds = weights.document_kind
    assert weights.algorithm == ALGORITHM == "weights.v1"
    assert (kinds[DocumentKind.MONITORING_REPORT] > kinds[DocumentKind.NEWS]
            > kinds[DocumentKind.OFFICIAL_STATEMENT] > kinds[DocumentKind.AGREEMENT]
            > kinds[DocumentKind.OPINION] == 0)
    assert weights.modality[Modality.HEDGED] < weights.modality[Modality.ASSERTED]
    assert weights.source["self_serving"] < weights.source["independent"]
    assert len(weights.digest) == 12


def write_changed(tmp_path: Path, section: str, key: str, value: object) -> Path:
    data = yaml.safe_load(Path(load_weights().path).read_text(encoding="utf-8"))
    if key:
        data[section][key] = value
    else:
        data[section] = value
    path = tmp_path / "weights.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        ("document_kind", "rumour", 0.2, r"document_kind\.rumour: unknown key; valid keys: news"),
        ("document_kind", "news", "high", r"document_kind\.news: expected a number \(got 'high'\)"),
        ("modality", "hedged", 1.5, r"modality\.hedged: must be at least 0.0 and at most 1.0"),
        ("document_kind", "opinion", 0.1, r"document_kind\.opinion: must be 0"),
        ("modality", "future", 0.2, r"modality\.future: must be 0"),
        ("recency", "half_life_days", 0, r"recency\.half_life_days: must be greater than 0"),
        ("verdict", "dominance", 0.5, r"verdict\.dominance: must be above 0.5"),
        ("algorithm", "", "weights.v2", r"algorithm: this version reads only 'weights.v1'"),
        ("source", "", [1, 2], r"source: expected a mapping with keys independent"),
    ],
)
def test_bad_values_are_named_with_file_key_and_choices(tmp_path, section, key, value, message):
    path = write_changed(tmp_path, section, key, value)
    with pytest.raises(WeightsError, match=message) as caught:
        load_weights(path)
    assert str(caught.value).startswith(str(path))
    assert isinstance(caught.value, PactwatchError)


def test_missing_key_lists_the_required_ones(tmp_path):
    data = yaml.safe_load(Path(load_weights().path).read_text(encoding="utf-8"))
    del data["modality"]["conditional"]
    path = tmp_path / "weights.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(WeightsError, match="modality: missing key 'conditional'; required keys"):
        load_weights(path)


def test_unreadable_files(tmp_path):
    with pytest.raises(WeightsError, match="no such weights file"):
        load_weights(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("document_kind: [unclosed", encoding="utf-8")
    with pytest.raises(WeightsError, match="not valid YAML"):
        load_weights(broken)
