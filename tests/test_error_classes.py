"""The error classes of issue 12, each on sentences written for the test (not from any corpus)."""

from __future__ import annotations

import pytest

from kg.document import Document
from kg.pipeline import process


def _read(text: str):
    doc = process(Document("t", text))
    holdings = {(h.person.name, h.role, h.org.label if h.org else "", h.status) for h in doc.holdings}
    return {p.name for p in doc.persons}, {o.label for o in doc.organizations}, holdings


@pytest.mark.parametrize("text, head", [
    ("Ban chỉ đạo yêu cầu Sở báo cáo trước ngày 15.", "Sở"),
    ("Sau khi nhận đơn, Bộ đã có văn bản trả lời.", "Bộ"),
    ("Phòng đã chuyển hồ sơ cho Vụ xem xét.", "Vụ"),
])
def test_a_bare_head_word_is_no_organization(text, head):
    _, organizations, _ = _read(text)
    assert head not in organizations


def test_a_title_shared_by_a_list_goes_to_each_name():
    _, _, holdings = _read("Dự họp có bốn Phó Tổng Tham mưu trưởng gồm Thượng tướng Phan Văn Giang, Võ Văn Tuấn; "
                           "Trung tướng Nguyễn Tân Cương, Phùng Sĩ Tấn.")
    assert {h[0] for h in holdings if h[1] == "Phó Tổng Tham mưu trưởng"} == {
        "Phan Văn Giang", "Võ Văn Tuấn", "Nguyễn Tân Cương", "Phùng Sĩ Tấn"}


def test_an_appointment_is_a_new_post():
    _, _, holdings = _read("Ông Nguyễn Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Bình Sơn.")
    assert ("Nguyễn Văn Bình", "Giám đốc", "Sở Tài chính tỉnh Bình Sơn", "new") in holdings


def test_a_foreign_minister_keeps_his_own_country_and_a_vietnamese_leader_no_foreign_body():
    persons, _, holdings = _read("Bộ trưởng Quốc phòng Mỹ James Mattis gặp Đại tướng Ngô Xuân Lịch.")
    assert ("James Mattis", "Bộ trưởng", "Quốc phòng Mỹ", "current") in holdings
    assert "Ngô Xuân Lịch" in persons and not any(h[0] == "Ngô Xuân Lịch" for h in holdings)
    _, _, holdings = _read("Thủ tướng Nguyễn Xuân Phúc phát biểu tại Tokyo, nơi Chính phủ Nhật Bản tổ chức lễ đón.")
    assert not any(h[0] == "Nguyễn Xuân Phúc" and "Nhật Bản" in h[2] for h in holdings)


@pytest.mark.parametrize("text, not_a_person", [
    ("Phim Tây du ký được chiếu lại trên đường Lê Văn Hiến.", "Lê Văn Hiến"),
    ("Dịp Tết Đinh Dậu, các nước Đông Nam Á tăng cường hợp tác.", "Đông Nam Á"),
    ("Huyện ủy Yên Thành tổ chức hội nghị tổng kết.", "Yên Thành"),
])
def test_places_streets_and_titles_are_not_people(text, not_a_person):
    persons, _, _ = _read(text)
    assert not any(not_a_person in p for p in persons)


@pytest.mark.parametrize("text", ["Ảnh: TTXVN", "Thủ tướng phát biểu tại hội nghị (Ảnh: Thống Nhất/TTXVN).",
                                  "Giá dầu tăng mạnh trong phiên hôm qua. (Nguồn: Reuters)"])
def test_photo_and_source_credits_name_no_organization(text):
    _, organizations, holdings = _read(text)
    assert not organizations and not holdings


def test_an_outlet_in_the_running_text_is_an_organization():
    _, organizations, _ = _read("Theo Reuters, giá dầu tăng mạnh trong phiên hôm qua.")
    assert "Reuters" in organizations


@pytest.mark.parametrize("text, leader", [
    ("Tổng thống Cộng hòa Belarus Alexander Lukashenko hội đàm với Chủ tịch nước.", "Alexander Lukashenko"),
    ("Thủ tướng Cộng hòa Liên bang Đức Angela Merkel phát biểu.", "Angela Merkel"),
])
def test_the_form_of_a_state_is_no_person(text, leader):
    persons, _, holdings = _read(text)
    assert not any("Cộng hòa" in p for p in persons)
    assert any(h[0] == leader for h in holdings)
