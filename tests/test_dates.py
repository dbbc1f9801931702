"""Dates written in the text, resolved against the article's date (kg.extract.dates, issue 13)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.document import Document
from kg.extract.dates import find_dates
from kg.pipeline import process
from kg.query import run_query
from kg.store import open_store

ARTICLE = "2021-01-05"  # a Tuesday


def one(text: str, article: str = ARTICLE) -> tuple[str, str, str, str]:
    found = find_dates(text, article)
    assert len(found) == 1, [f.text for f in found]
    date = found[0]
    assert text[date.start : date.end] == date.text
    return date.text, date.value, date.precision, date.kind


@pytest.mark.parametrize(
    "text, written, value, precision, kind",
    [
        ("Ngày 15/3/2021, ông được bổ nhiệm.", "Ngày 15/3/2021", "2021-03-15", "day", "point"),
        ("Quyết định ký ngày 15-3 có hiệu lực.", "ngày 15-3", "2021-03-15", "day", "point"),
        ("Sáng 28-6, Quốc hội khai mạc kỳ họp.", "Sáng 28-6", "2020-06-28", "day", "point"),
        ("Chiều 2.10, đoàn công tác làm việc tại tỉnh.", "Chiều 2.10", "2020-10-02", "day", "point"),
        ("Hôm qua, Bộ Nội vụ công bố quyết định.", "Hôm qua", "2021-01-04", "day", "point"),
        ("Tuần trước, Ban Bí thư đã thi hành kỷ luật.", "Tuần trước", "2020-12", "month", "point"),
        ("Quyết định có hiệu lực từ ngày 1/7.", "từ ngày 1/7", "2021-07-01", "day", "from"),
        ("Ông nghỉ hưu kể từ ngày 1/8/2022.", "kể từ ngày 1/8/2022", "2022-08-01", "day", "from"),
        ("Ông giữ chức đến ngày 30/6/2020.", "đến ngày 30/6/2020", "2020-06-30", "day", "until"),
        ("Bí thư Tỉnh ủy nhiệm kỳ 2020–2025 đã được bầu.", "nhiệm kỳ 2020–2025", "2020", "year", "period"),
        ("Năm 2016, ông làm Chủ tịch UBND tỉnh.", "Năm 2016", "2016", "year", "point"),
        ("Ngày 15 tháng 3 năm 2019, Hội đồng họp.", "Ngày 15 tháng 3 năm 2019", "2019-03-15", "day", "point"),
        ("Từ tháng 3/2019, ông chuyển công tác.", "tháng 3/2019", "2019-03", "month", "from"),
        ("Thứ Hai (15/3), đoàn đến Hà Nội.", "Thứ Hai (15/3)", "2021-03-15", "day", "point"),
        ("Đại hội khóa XIII (2021-2026) đã bầu Ban Chấp hành.", "khóa XIII (2021-2026)", "2021", "year", "period"),
        ("Ba năm trước, ông còn là Phó Giám đốc Sở.", "Ba năm trước", "2018", "year", "point"),
        ("Vài năm trước, ông còn là Phó Giám đốc Sở.", None, None, None, None),
        ("3 năm trước, ông còn là Phó Giám đốc Sở.", "3 năm trước", "2018", "year", "point"),
        ("Năm ngoái, tỉnh thu ngân sách vượt dự toán.", "Năm ngoái", "2020", "year", "point"),
        # the article is Tuesday 5 January 2021: weeks begin on Monday, "thứ Sáu tuần trước" is 1 January
        ("Chiều thứ Sáu tuần trước, Tỉnh ủy họp.", "Chiều thứ Sáu tuần trước", "2021-01-01", "day", "point"),
        ("Thứ Năm tuần này, Sở sẽ công bố.", "Thứ Năm tuần này", "2021-01-07", "day", "point"),
        ("Sáng Chủ nhật, đoàn về tới tỉnh.", "Sáng Chủ nhật", "2021-01-03", "day", "point"),
        ("Hôm thứ Hai, ông ký quyết định.", "Hôm thứ Hai", "2021-01-04", "day", "point"),
        ("Kỳ họp thứ năm của HĐND tỉnh bế mạc.", None, None, None, None),  # an ordinal
        ("Đây là ngày thứ 5 liên tiếp mưa lớn.", None, None, None, None),
        ("Trong gần 5 năm qua, tỉnh đã làm nhiều việc.", None, None, None, None),  # a length of time
    ],
)
def test_each_written_form_resolves_to_its_date_and_precision(text, written, value, precision, kind):
    if written is None:
        assert find_dates(text, ARTICLE) == []
        return
    assert one(text) == (written, value, precision, kind)


def test_a_day_without_its_year_takes_the_year_nearest_the_article():
    assert one("Sáng 28-12, đoàn đã đến.", "2021-01-05")[1] == "2020-12-28"  # days before the new year
    assert one("Sáng 3-1, đoàn sẽ đến.", "2020-12-30")[1] == "2021-01-03"
    assert one("Sáng 15-6, đoàn đã đến.", "2021-06-20")[1] == "2021-06-15"


def test_an_article_without_a_date_keeps_only_the_dates_whose_year_is_written():
    text = "Sáng 28-6, hôm qua và tuần trước; ngày 1/7/2016 và năm 2016, nhiệm kỳ 2015-2020."
    assert [d.text for d in find_dates(text, "")] == ["ngày 1/7/2016", "năm 2016", "nhiệm kỳ 2015-2020"]


@pytest.mark.parametrize(
    "text",
    [
        "Giá tăng 2.10% so với cùng kỳ.",  # a number, not "chiều 2.10"
        "Đội chủ nhà thắng 2-1.",  # a score
        "Mỗi hộ nhận từ 2-3 triệu đồng.",  # a range of amounts
        "Ngày 30/2 không có trên lịch.",  # no such day
        "Năm 20000 người tham dự.",  # no such year
    ],
)
def test_numbers_that_are_not_dates_are_left_alone(text: str):
    assert find_dates(text, ARTICLE) == []


def test_the_pipeline_reads_dates_with_their_sentence_and_offsets_into_the_document():
    text = "Ông Nguyễn Văn An phát biểu. Sáng 28-6, Quốc hội khai mạc kỳ họp thứ 3."
    doc = process(Document("d", text, date="2017-07-02"))
    assert [(d.text, d.value, d.sentence) for d in doc.dates] == [("Sáng 28-6", "2017-06-28", 1)]
    assert text[doc.dates[0].start : doc.dates[0].end] == "Sáng 28-6"


def test_build_with_date_gives_plain_text_its_date_and_the_graph_its_resolved_dates(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Hôm qua, Bộ Nội vụ công bố quyết định bổ nhiệm nhiệm kỳ 2016-2021.", encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(article), "-s", str(store), "--date", "2017-06-29", "-q"])
    assert result.exit_code == 0, result.output
    query = """
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?text ?value ?first ?last WHERE { GRAPH ?g {
          ?m kg:dateKind ?kind ; nif:anchorOf ?text .
          OPTIONAL { ?m time:inXSDDate ?value }
          OPTIONAL { ?m time:hasBeginning/time:inXSDgYear ?first ; time:hasEnd/time:inXSDgYear ?last }
        } } ORDER BY ?text"""
    with open_store(str(store), read_only=True) as opened:
        rows = [[cell.value if cell is not None else None for cell in row] for row in run_query(opened, query).rows]
        article_date = run_query(opened, "SELECT ?d WHERE { GRAPH ?g { ?doc dcterms:date ?d } }").rows
    assert rows == [["Hôm qua", "2017-06-28", None, None], ["nhiệm kỳ 2016-2021", None, "2016", "2021"]]
    assert [row[0].value for row in article_date] == ["2017-06-29"]
    validated = CliRunner().invoke(main, ["validate", "-s", str(store)])
    assert validated.exit_code == 0, validated.output


def test_build_rejects_a_date_that_is_not_iso_with_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Hôm qua, ông An phát biểu.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "-s", str(tmp_path / "s"), "--date", "29/6/2017"])
    assert result.exit_code != 0
    assert "--date" in result.output and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Ông Trần Văn Hòa sinh năm 1967, quê Nam Định.", "birth"),
        ("Ông Lê Văn Vĩnh (sinh ngày 3/6/1961) được bầu làm Chủ tịch HĐQT.", "birth"),
        ("Theo Quy định 181-QĐ/TW ngày 30/3/2013 của Bộ Chính trị, ông bị kỷ luật.", "document"),
        ("Thực hiện Công điện ngày 2/2/2017 của Thủ tướng, Bộ đã họp.", "document"),
        ("Quyết định số 376/QĐ-BCT ngày 8/2/2017 bổ nhiệm ông Hòa.", "point"),  # a decision's date is its act's
        ("Sai phạm phát sinh năm 2016 tại dự án.", "point"),  # "phát sinh" is no birth
    ],
)
def test_a_birth_date_or_a_cited_texts_date_is_marked_as_such(text: str, kind: str):
    (found,) = find_dates(text, "2017-06-01")
    assert found.kind == kind


def test_from_the_same_day_begins_on_the_day_the_last_span_began():
    text = (
        "Bộ trưởng bổ nhiệm bà Nông Thị Hải Yến giữ chức Cục trưởng từ ngày 1/8/2017. "
        "Bà Yến thay ông Tạ Quang Vinh nghỉ hưu theo chế độ từ cùng ngày. Cùng ngày, Bộ công bố quyết định khác."
    )
    doc = process(Document("d", text, date="2017-07-29"))
    same = [d for d in doc.dates if d.text == "cùng ngày"]
    assert [(d.value, d.precision, d.kind) for d in same] == [("2017-08-01", "day", "from")]
    # with no span opened before it, no date
    alone = process(Document("d", "Ông Tạ Quang Vinh nghỉ hưu từ cùng ngày.", date="2017-07-29"))
    assert alone.dates == []
    # a day written later than the span, on its own, is the one meant
    later = (
        "Bà Yến được giao quyền Cục trưởng kể từ ngày 1/8/2022. Cũng trong ngày 15/3, Thủ tướng bổ nhiệm ông Nguyễn "
        "Đình Khoa giữ chức Phó Tổng Giám đốc. Ông Khoa thôi giữ chức Giám đốc Sở Y tế từ cùng ngày."
    )
    doc = process(Document("d", later, date="2023-03-16"))
    assert [d.value for d in doc.dates if d.text == "cùng ngày"] == ["2023-03-15"]
    # not a ceremony's day
    ceremony = (
        "Bộ trưởng bổ nhiệm bà Yến giữ chức Cục trưởng từ ngày 1/8/2017. Quyết định được trao tại lễ công bố ngày "
        "28/7/2017. Bà Yến thay ông Cường, nghỉ hưu theo chế độ từ cùng ngày."
    )
    doc = process(Document("d", ceremony, date="2017-07-29"))
    assert [d.value for d in doc.dates if d.text == "cùng ngày"] == ["2017-08-01"]


def test_a_day_ahead_of_the_article_told_before_a_day_past_is_last_years():
    found = find_dates(
        "Bà Hoa được giao quyền Giám đốc Sở từ ngày 20/4 và được bổ nhiệm giữ chức Giám đốc từ ngày 1/8.", "2022-11-20"
    )
    assert [d.value for d in found] == ["2022-04-20", "2022-08-01"]
    # days the article tells out of order, both past, keep their nearest year
    found = find_dates("Sáng 14-10, HĐND bầu ông A, thay ông B được điều động từ ngày 9/10.", "2020-10-15")
    assert [d.value for d in found] == ["2020-10-14", "2020-10-09"]


def test_days_soon_ahead_or_told_as_to_come_keep_their_year():
    found = find_dates(
        "Vòng chung kết sẽ diễn ra ngày 20/12 tại Hà Nội, sau khi vòng bảng kết thúc ngày 5/12.", "2022-12-10"
    )
    assert [d.value for d in found] == ["2022-12-20", "2022-12-05"]
    found = find_dates("Luật có hiệu lực từ ngày 1/1, thay thế quy định ban hành ngày 15/11.", "2022-12-10")
    assert found[0].value == "2023-01-01"
