"""Tests of the scoring part of `kg eval`: normalisation, matching rules and the gold-file reader."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import (
    TASKS,
    Prediction,
    Report,
    Scores,
    _match,
    canonical_tones,
    load_abbreviations,
    load_gold,
    normalize_for_scoring,
    score,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = SHARED / "data" / "seed" / "gold.jsonl"

n = normalize_for_scoring


# --- normalisation ---------------------------------------------------------------------------------------------


def test_abbreviation_ubnd_equals_full_form_with_old_or_new_tone_placement() -> None:
    assert n("Uỷ ban nhân dân") == n("UBND") == n("Ủy ban nhân dân") == "ủy ban nhân dân"


def test_ho_chi_minh_city_spellings_coincide() -> None:
    forms = ["TP.HCM", "Thành phố Hồ Chí Minh", "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "tp.hcm", "Tp Hồ Chí Minh"]
    assert {n(f) for f in forms} == {"thành phố hồ chí minh"}


def test_tone_placement() -> None:
    assert n("Hoà") == n("Hòa") == "hòa"
    assert n("Thuỷ") == n("Thủy") == "thủy"
    assert n("khoẻ") == n("khỏe")
    assert n("Thuỵ") == "thụy"


def test_tone_not_moved_inside_syllable_or_after_qu() -> None:
    assert n("quý") == "quý"
    assert n("Quý") == n("QUÝ") == "quý"
    assert n("hoàn toàn") == "hoàn toàn"  # a consonant follows: the tone stays on the second vowel
    assert n("khuỷu") == "khuỷu"
    assert n("hoặc") == "hoặc"


def test_canonical_tones_keeps_case_and_length() -> None:
    for text, expected in [("HOÀ BÌNH", "HÒA BÌNH"), ("Thuỷ", "Thủy"), ("ThUỶ", "ThỦY"), ("Quý", "Quý")]:
        assert canonical_tones(text) == expected
        assert len(canonical_tones(text)) == len(text)


def test_nfd_equals_nfc() -> None:
    s = "Phó Bí thư Thường trực Thành ủy Đà Nẵng"
    assert unicodedata.normalize("NFD", s) != s
    assert n(unicodedata.normalize("NFD", s)) == n(s)


def test_punctuation_and_spaces_collapse() -> None:
    assert n("  UBND   tỉnh,\tQuảng-Ninh. ") == "ủy ban nhân dân tỉnh quảng ninh"
    assert n("TP.Đà Nẵng") == n("Thành phố Đà Nẵng")


def test_abbreviations_are_whole_words_only() -> None:
    assert n("VPBank") == "vpbank"
    assert n("TPBank") == "tpbank"
    assert n("Chánh VP") == "chánh văn phòng"
    assert n("Phó GĐ") == n("PGĐ") == n("Phó Giám đốc")
    assert n("Chủ tịch HĐQT") == "chủ tịch hội đồng quản trị"


def test_every_spec_abbreviation_is_in_the_table() -> None:
    table = load_abbreviations()
    spec = "UBND HĐND MTTQ TP. TP TPHCM TP.HCM TP HCM TƯ TW TGĐ PGĐ GĐ VP HĐQT ĐBQH CSĐT UBKT BCH BTV TAND VKSND"
    for written in ["TP HCM"] + [w for w in spec.split() if w != "HCM"]:
        assert written in table, written
    assert table["UBND"] == "Ủy ban nhân dân"  # display form, lower-cased only when scoring
    assert n("TAND tỉnh") == "tòa án nhân dân tỉnh"


# --- scores ----------------------------------------------------------------------------------------------------


def test_scores_edge_cases() -> None:
    assert (Scores(0, 0, 0).precision, Scores(0, 0, 0).recall, Scores(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    assert (Scores(0, 2, 0).precision, Scores(0, 2, 0).recall, Scores(0, 2, 0).f1) == (0.0, 0.0, 0.0)
    assert (Scores(0, 0, 3).precision, Scores(0, 0, 3).recall, Scores(0, 0, 3).f1) == (0.0, 0.0, 0.0)
    s = Scores(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


# --- scoring on small hand-made records ------------------------------------------------------------------------

TEXT_A = (
    "Sáng nay, Chủ tịch UBND tỉnh Hoà Bình Lê Văn Hải đã tiếp đoàn công tác. "
    "Cùng dự có Phó Giám đốc Sở Tài chính Trần Thị Thuỷ."
)


def _record_a() -> dict:
    return {
        "id": "t-a",
        "text": TEXT_A,
        "holdings": [
            {"person": "Lê Văn Hải", "role": "Chủ tịch", "org": "UBND tỉnh Hoà Bình", "org_parents": []},
            {"person": "Trần Thị Thuỷ", "role": "Phó Giám đốc", "org": "Sở Tài chính", "org_parents": []},
        ],
        "persons": ["Lê Văn Hải", "Trần Thị Thuỷ"],
        "organizations": ["UBND tỉnh Hoà Bình", "Sở Tài chính"],
    }


def test_perfect_prediction_with_other_spellings() -> None:
    pred = Prediction(
        persons={"Lê Văn Hải", "Trần Thị Thủy"},
        holdings={
            ("Lê Văn Hải", "chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình"),
            ("Trần Thị Thủy", "Phó GĐ", "Sở Tài chính"),
        },
        organizations={"Ủy ban nhân dân tỉnh Hòa Bình", "Sở Tài chính"},
    )
    report = score([_record_a()], {"t-a": pred})
    for task in TASKS:
        assert report[task].f1 == 1.0, task
    assert report.errors == []
    assert report.records == 1


def test_one_miss() -> None:
    pred = Prediction(
        persons={"Lê Văn Hải"},
        holdings={("Lê Văn Hải", "Chủ tịch", "UBND tỉnh Hoà Bình")},
        organizations={"UBND tỉnh Hoà Bình", "Sở Tài chính"},
    )
    report = score([_record_a()], {"t-a": pred})
    assert (report["persons"].tp, report["persons"].fp, report["persons"].fn) == (1, 0, 1)
    assert (report["person-role"].tp, report["person-role"].fn) == (1, 1)
    assert (report["person-role-org"].tp, report["person-role-org"].fn) == (1, 1)
    assert report["organizations"].f1 == 1.0
    assert report["persons"].precision == 1.0
    assert report["persons"].recall == 0.5
    misses = [e for e in report.errors if e.task == "persons"]
    assert len(misses) == 1
    assert misses[0].kind == "miss"
    assert misses[0].record_id == "t-a"
    assert misses[0].item == "Trần Thị Thuỷ"
    assert misses[0].context == "Cùng dự có Phó Giám đốc Sở Tài chính Trần Thị Thuỷ."
    pro = [e for e in report.errors if e.task == "person-role-org"]
    assert [e.item for e in pro] == ["Trần Thị Thuỷ | Phó Giám đốc | Sở Tài chính"]


def test_one_false_positive() -> None:
    gold = _record_a()
    pred = Prediction.from_record(gold)
    pred.persons.add("Hoà Bình")
    pred.holdings.add(("Lê Văn Hải", "Bí thư", "Tỉnh ủy"))
    report = score([gold], {"t-a": pred})
    assert (report["persons"].tp, report["persons"].fp, report["persons"].fn) == (2, 1, 0)
    assert report["persons"].precision == pytest.approx(2 / 3)
    assert report["persons"].recall == 1.0
    assert (report["person-role"].tp, report["person-role"].fp) == (2, 1)
    assert (report["person-role-org"].tp, report["person-role-org"].fp) == (2, 1)
    fps = {(e.task, e.item) for e in report.errors if e.kind == "false positive"}
    assert fps == {
        ("persons", "Hoà Bình"),
        ("person-role", "Lê Văn Hải | Bí thư"),
        ("person-role-org", "Lê Văn Hải | Bí thư | Tỉnh ủy"),
    }
    first = next(e for e in report.errors if e.task == "persons")
    assert first.context.startswith("Sáng nay, Chủ tịch")


TEXT_V = "Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Nguyễn Ngọc Dũng dự họp."


def _record_v() -> dict:
    return {
        "id": "t-v",
        "text": TEXT_V,
        "holdings": [
            {
                "person": "Nguyễn Ngọc Dũng",
                "role": "Phó Vụ trưởng",
                "org": "Vụ Địa phương 2",
                "org_parents": ["Ban Tổ chức Trung ương"],
                "status": "current",
            }
        ],
        "persons": ["Nguyễn Ngọc Dũng"],
        "organizations": ["Vụ Địa phương 2", "Ban Tổ chức Trung ương"],
    }


@pytest.mark.parametrize(
    "org", ["Vụ Địa phương 2 Ban Tổ chức Trung ương", "Vụ Địa phương 2", "Vụ Địa phương 2, Ban Tổ chức TW"]
)
def test_org_with_or_without_parents_matches(org: str) -> None:
    pred = Prediction(holdings={("Nguyễn Ngọc Dũng", "Phó Vụ trưởng", org)})
    assert score([_record_v()], {"t-v": pred})["person-role-org"].f1 == 1.0


@pytest.mark.parametrize("org", ["Ban Tổ chức Trung ương", "Vụ Địa phương 1", ""])
def test_wrong_org_does_not_match(org: str) -> None:
    pred = Prediction(holdings={("Nguyễn Ngọc Dũng", "Phó Vụ trưởng", org)})
    s = score([_record_v()], {"t-v": pred})["person-role-org"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_each_gold_holding_matched_once() -> None:
    pred = Prediction(
        holdings={
            ("Nguyễn Ngọc Dũng", "Phó Vụ trưởng", "Vụ Địa phương 2"),
            ("Nguyễn Ngọc Dũng", "Phó Vụ trưởng", "Vụ Địa phương 2 - Ban Tổ chức Trung ương"),
        }
    )
    report = score([_record_v()], {"t-v": pred})
    s = report["person-role-org"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    # the exact form is preferred, so the longer one is the false positive
    fp = [e for e in report.errors if e.task == "person-role-org"]
    assert [e.item for e in fp] == ["Nguyễn Ngọc Dũng | Phó Vụ trưởng | Vụ Địa phương 2 - Ban Tổ chức Trung ương"]
    assert report["person-role"].f1 == 1.0


def test_implicit_gold_org_accepts_anything() -> None:
    gold = {
        "id": "t-i",
        "text": "Thủ tướng Phạm Minh Chính chủ trì cuộc họp.",
        "holdings": [{"person": "Phạm Minh Chính", "role": "Thủ tướng", "org": "", "org_parents": []}],
        "persons": ["Phạm Minh Chính"],
        "organizations": [],
    }
    for org in ["", "Chính phủ", "Bất kỳ"]:
        pred = Prediction(persons={"Phạm Minh Chính"}, holdings={("Phạm Minh Chính", "Thủ tướng", org)})
        report = score([gold], {"t-i": pred})
        assert report["person-role-org"].f1 == 1.0, org
        assert report["organizations"].f1 == 1.0  # nothing in gold, nothing predicted


def test_exact_and_implicit_gold_holdings_both_matched() -> None:
    # Two gold holdings for the same (person, role): one implicit, one exact. "Công ty X" could take the
    # implicit one, but it goes to the exact one and "Công ty Y" takes the implicit one.
    gold = {
        "id": "t-m",
        "text": "Giám đốc Nguyễn Văn An.",
        "holdings": [
            {"person": "Nguyễn Văn An", "role": "Giám đốc", "org": "Công ty X", "org_parents": []},
            {"person": "Nguyễn Văn An", "role": "Giám đốc", "org": "", "org_parents": []},
        ],
        "persons": ["Nguyễn Văn An"],
        "organizations": ["Công ty X"],
    }
    pred = Prediction(holdings={("Nguyễn Văn An", "Giám đốc", "Công ty X"), ("Nguyễn Văn An", "Giám đốc", "Công ty Y")})
    s = score([gold], {"t-m": pred})["person-role-org"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_matching_is_maximum_when_greedy_choice_blocks() -> None:
    # predicted 0 prefers gold 0 but can also take gold 1; predicted 1 can only take gold 0.
    assert _match([[(0, 0), (1, 1)], [(0, 0)]]) == {0: 1, 1: 0}
    assert _match([[(2, 0)], [(2, 0)]]) in ({0: 0}, {1: 0})


def test_micro_average_over_two_records() -> None:
    # record a: everything right (2 persons); record v: person missed; plus one extra person in a.
    pred_a = Prediction.from_record(_record_a())
    pred_a.persons.add("Nguyễn Văn Bình")
    report = score([_record_a(), _record_v()], {"t-a": pred_a})
    s = report["persons"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert report["person-role-org"].recall == pytest.approx(2 / 3)
    assert report.records == 2
    # micro, not macro: macro recall would be (1.0 + 0.0) / 2
    assert report["persons"].recall != pytest.approx(0.5)


def test_unknown_prediction_ids_are_reported_not_scored() -> None:
    report = score([_record_v()], {"t-v": Prediction.from_record(_record_v()), "other": Prediction(persons={"X"})})
    assert report["persons"].f1 == 1.0
    assert report.unknown_ids == ["other"]


def test_context_in_multi_sentence_article() -> None:
    text = "Đà Nẵng điều động nhân sự\nBan Thường vụ đã họp. Ông Lê Minh Trung giữ chức Bí thư Quận ủy.\nẢnh: TP."
    gold = {"id": "t-c", "text": text, "holdings": [], "persons": ["Lê Minh Trung"], "organizations": []}
    report = score([gold], {})
    assert [e.context for e in report.errors] == ["Ông Lê Minh Trung giữ chức Bí thư Quận ủy."]
    pred = Prediction(persons={"Người Lạ"})
    report = score([dict(gold, persons=[])], {"t-c": pred})
    assert report.errors[0].context == text[:200]


def test_report_output_forms() -> None:
    report = score([_record_a()], {"t-a": Prediction.from_record(_record_a())})
    d = report.to_dict()
    assert set(d) == set(TASKS) | {"records", "error_classes", "confidence_bands"}
    assert d["records"] == 1
    assert d["persons"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    json.dumps(d)
    table = report.format_table()
    lines = table.splitlines()
    assert lines[0].split() == ["task", "P", "R", "F1", "tp", "fp", "fn"]
    assert [line.split()[0] for line in lines[1:5]] == list(TASKS)
    assert len({len(line) for line in lines[:5]}) == 1  # aligned
    assert isinstance(Report().format_errors(), str)


# --- gold file -------------------------------------------------------------------------------------------------


def test_load_gold_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(_record_a(), ensure_ascii=False) + "\n\n" + json.dumps(_record_v(), ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    records = load_gold(path)
    assert [r["id"] for r in records] == ["t-a", "t-v"]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ('{"id": "x", "text": ', "malformed JSON"),
        ('["not", "an", "object"]', "JSON object"),
        ('{"text": "no id"}', "'id'"),
        ('{"id": "x", "persons": "Nguyễn Văn A"}', "persons"),
        ('{"id": "x", "holdings": [{"person": "A"}]}', "holding 1"),
    ],
)
def test_load_gold_reports_file_and_line(tmp_path: Path, bad: str, reason: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_record_v(), ensure_ascii=False) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert f"{path}:2" in str(info.value)
    assert reason in str(info.value)


def test_load_gold_rejects_duplicate_ids_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    line = json.dumps(_record_v(), ensure_ascii=False)
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate id"):
        load_gold(path)
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


@pytest.mark.skipif(not SEED_GOLD.is_file(), reason=f"shared gold data not available at {SEED_GOLD}")
def test_seed_gold_scores_perfectly_against_itself() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold
    report = score(gold, {r["id"]: Prediction.from_record(r) for r in gold})
    for task in TASKS:
        s = report[task]
        assert (s.precision, s.recall, s.f1, s.fp, s.fn) == (1.0, 1.0, 1.0, 0, 0), task
    assert report.errors == []
    assert report.records == len(gold)


def test_errors_are_classed_and_holdings_banded_by_confidence():
    from kg.evaluate import Prediction, score

    gold = [
        {
            "id": "c1",
            "text": "Giám đốc Sở Y tế tỉnh Bình Sơn Lê Văn An gặp ông Trần Bình và đại diện Công ty Hòa Phát.",
            "persons": ["Lê Văn An", "Trần Bình"],
            "organizations": ["Sở Y tế tỉnh Bình Sơn", "Công ty Hòa Phát"],
            "holdings": [{"person": "Lê Văn An", "role": "Giám đốc", "org": "Sở Y tế tỉnh Bình Sơn"}],
        }
    ]
    prediction = Prediction(
        persons={"Lê Văn An", "Hòa Phát"},
        organizations={"Sở Y tế tỉnh Bình Sơn gặp"},
        holdings={("Lê Văn An", "Giám đốc", "Sở Y tế")},
        confidence={("Lê Văn An", "Giám đốc", "Sở Y tế"): 0.95},
    )
    report = score(gold, {"c1": prediction})
    classes = {(e.task, e.kind, e.item): e.error_class for e in report.errors}
    assert classes[("persons", "miss", "Trần Bình")] == "missed"
    assert classes[("persons", "false positive", "Hòa Phát")] == "type"  # part of the company's name
    assert classes[("organizations", "false positive", "Sở Y tế tỉnh Bình Sơn gặp")] == "boundary"
    assert classes[("person-role-org", "false positive", "Lê Văn An | Giám đốc | Sở Y tế")] == "wrong organization"
    bands = report.to_dict()["confidence_bands"]
    assert bands[0]["holdings"] == 1 and bands[0]["precision"] == 0.0
    assert report.error_classes()["person-role-org"] == {"wrong organization": 2}
