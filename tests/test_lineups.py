"""Players named in a line-up (kg.extract.lineups), and what the list's shape says is no player."""

from __future__ import annotations

from kg.document import Document
from kg.extract.lineups import lineup_names, result_teams
from kg.pipeline import process


def _players(text: str) -> list[str]:
    return [text[start:end] for start, end in lineup_names(Document(id="t", text=text))]


def test_players_between_commas_semicolons_dashes_and_shirt_numbers():
    text = (
        "Đội hình ra sân: Thái Lan (4-4-2): Kawin; Tristan Do, Pansa, Adisak - Theerathon, Sarach; "
        "Chanathip (Sumanya 70), Teerasil. Việt Nam: 1 Đặng Văn Lâm 3 Quế Ngọc Hải, Đoàn Văn Hậu."
    )
    assert _players(text) == [
        "Kawin",
        "Tristan Do",
        "Pansa",
        "Adisak",
        "Theerathon",
        "Sarach",
        "Chanathip",
        "Sumanya",
        "Teerasil",
        "Đặng Văn Lâm",
        "Quế Ngọc Hải",
        "Đoàn Văn Hậu",
    ]


def test_team_names_countries_and_prose_are_no_players():
    text = "Đội hình dự kiến: U23 Lào: Souksavanh, Phithack. Hai đội sẽ gặp nhau vào tối mai tại Mỹ Đình."
    assert _players(text) == ["Souksavanh", "Phithack"]  # "U23 Lào" before its colon; the sentence after is prose


def test_no_line_up_no_players():
    assert _players("Ông Nguyễn Văn An, Chủ tịch CLB Hà Nội, cho biết đội hình sẽ thay đổi nhiều.") == []


def test_the_hybrid_reader_adds_the_players():
    text = "Đội hình xuất phát: Hà Nội FC: Bùi Tiến Dũng; Đình Trọng, Duy Mạnh, Thành Chung - Hùng Dũng, Quang Hải."
    persons = {p.name for p in process(Document(id="t", text=text)).persons}
    assert {"Đình Trọng", "Duy Mạnh", "Thành Chung", "Hùng Dũng", "Quang Hải"} <= persons


def test_a_results_line_names_its_teams_as_bodies_but_not_a_credit_a_date_or_scorers():
    text = "Kết quả tứ kết Cúp QG 2017 SHB Đà Nẵng – Than Quảng Ninh 1-1 (tổng tỷ số 4-1), Quảng Nam – Cần Thơ 3-0."
    doc = process(Document("d", text))
    assert {"SHB Đà Nẵng", "Than Quảng Ninh", "Quảng Nam", "Cần Thơ"} <= {o.label for o in doc.organizations}
    assert not doc.persons
    for text in (
        "Ảnh: Minh Quyết – TTXVN Ngày 7-7, các trường niêm yết kết quả thi.",
        "Gia đình nhỏ của Tân Nhàn. - Trong 2-3 năm gần đây, chị sống ở Hà Nội.",
        "Danh sách ghi bàn 05. Luis Hernandez - Real Sociedad 2 - 2 Malaga.",
    ):
        assert not result_teams(Document("d", text)), text


def test_a_line_shaped_as_a_teams_line_up_names_its_players_without_the_word_doi_hinh():
    doc = Document("t", "Inter: Handanovic, Skriniar, Miranda, Dalbert, Gagliardini, Vecino, Perisic, Icardi.")
    names = {doc.text[start:end] for start, end in lineup_names(doc)}
    assert {"Handanovic", "Skriniar", "Icardi"} <= names and "Inter" not in names
    doc = Document("t", "Hà Nội: trời nắng, nhiệt độ cao, độ ẩm thấp, gió nhẹ, mây ít, mưa rào, sương mù về đêm.")
    assert lineup_names(doc) == []
