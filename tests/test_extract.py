"""Extraction patterns, on sentences written for these tests."""

from __future__ import annotations

from kg.document import Document
from kg.pipeline import process


def holdings(text: str) -> set[tuple[str, str, str]]:
    doc = process(Document("t", text))
    return {(h.person.name, h.role, h.org.label if h.org else "") for h in doc.holdings}


def persons(text: str) -> set[str]:
    return {p.name for p in process(Document("t", text)).persons}


def test_title_before_name():
    assert holdings("Bí thư Tỉnh ủy Lê Văn Hùng phát biểu tại hội nghị.") == {("Lê Văn Hùng", "Bí thư", "Tỉnh ủy")}


def test_organization_chain_with_comma_gives_parent():
    doc = process(Document("t", "Dự họp có Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương Hoàng Quốc Bảo."))
    (holding,) = doc.holdings
    assert (holding.person.name, holding.role) == ("Hoàng Quốc Bảo", "Phó Vụ trưởng")
    assert [o.label for o in holding.org.chain()] == ["Vụ Địa phương 3", "Ban Tổ chức Trung ương"]


def test_list_head_applies_to_every_member():
    text = (
        "Dự có các Phó Bí thư Tỉnh ủy gồm: Chủ tịch UBND tỉnh Trần Minh Khoa; "
        "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phạm Thị Lan."
    )
    assert holdings(text) == {
        ("Trần Minh Khoa", "Phó Bí thư", "Tỉnh ủy"),
        ("Trần Minh Khoa", "Chủ tịch", "UBND tỉnh"),
        ("Phạm Thị Lan", "Phó Bí thư", "Tỉnh ủy"),
        ("Phạm Thị Lan", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh"),
    }


def test_honorifics_are_not_part_of_names():
    assert persons("Ông Nguyễn Thanh Sơn và bà Đặng Thu Hà cùng đồng chí Võ Thị Mai dự họp.") == {
        "Nguyễn Thanh Sơn",
        "Đặng Thu Hà",
        "Võ Thị Mai",
    }


def test_appositive_titles_after_the_name():
    assert holdings("Bà Đặng Thu Hà, Giám đốc Sở Nội vụ tỉnh Bình Sơn, báo cáo kết quả.") == {
        ("Đặng Thu Hà", "Giám đốc", "Sở Nội vụ tỉnh Bình Sơn")
    }


def test_place_names_are_not_people():
    assert persons("Đoàn công tác đến Hà Tĩnh và Lâm Đồng.") == set()


def test_offsets_point_at_the_mention():
    text = "Hôm qua, Bí thư Tỉnh ủy Lê Văn Hùng phát biểu."
    doc = process(Document("t", text))
    (holding,) = doc.holdings
    assert doc.text[holding.start : holding.end] == "Bí thư Tỉnh ủy Lê Văn Hùng"
    assert doc.text[holding.person.start : holding.person.end] == "Lê Văn Hùng"
