"""Word segmentation repairs (kg.extract.segment)."""

from __future__ import annotations

import pytest

from kg.document import Document
from kg.extract.segment import may_name_someone, segment
from kg.pipeline import process


def test_a_name_glued_to_the_verb_after_it_is_split_and_its_post_read():
    """underthesea writes "Ông | Hoàng giữ | chức"; the name and the verb are two words, and the post is his."""
    from kg.extract.segment import split_glued_verbs

    assert split_glued_verbs([("Ông", "Nc"), ("Hoàng giữ", "V"), ("chức", "N")]) == [
        ("Ông", "Nc"),
        ("Hoàng", "Np"),
        ("giữ", "V"),
        ("chức", "N"),
    ]
    # a word of the dictionary across the capital and the verb, or a title, stays whole
    kept = [("Theo", "E"), ("Ban Chỉ đạo", "V"), ("và", "C"), ("Trưởng khoa", "V")]
    assert split_glued_verbs(kept) == kept
    doc = process(
        Document("d", "Ông Vũ Đình Hoàng nghỉ hưu. Ông Hoàng giữ chức Giám đốc Công an TP Hải Phòng từ năm 2018.")
    )
    assert [(h.person.name, h.role) for h in doc.holdings] == [("Vũ Đình Hoàng", "Giám đốc")]


def test_a_name_glued_to_a_body_by_a_dash_gets_its_family_name_back():
    from kg.extract.segment import split_glued_dashes

    glued = [("UBND", "Ny"), ("tỉnh", "N"), ("Quảng Ninh-Nguyễn", "Np"), ("Văn Đông", "Np"), ("phát biểu", "V")]
    assert split_glued_dashes(glued) == [
        ("UBND", "Ny"),
        ("tỉnh", "N"),
        ("Quảng Ninh", "Np"),
        ("-", "CH"),
        ("Nguyễn Văn Đông", "Np"),
        ("phát biểu", "V"),
    ]
    province = [("tỉnh", "N"), ("Bà Rịa-Vũng Tàu", "Np"), ("Trần Văn Minh", "Np")]  # "Vũng" is no family name
    assert split_glued_dashes(province) == province


def test_a_provinces_last_syllable_glued_to_the_name_after_it_goes_back_to_the_province():
    from kg.extract.segment import split_place_tails

    glued = [("UBND", "Ny"), ("tỉnh", "N"), ("Đắk", "Np"), ("Nông Lê Văn Tám", "Np"), ("phát biểu", "V")]
    assert split_place_tails(glued)[2:5] == [("Đắk", "Np"), ("Nông", "Np"), ("Lê Văn Tám", "Np")]
    alone = [("ông", "N"), ("Nông Văn Dền", "Np")]  # a man named Nông, no province before him
    assert split_place_tails(alone) == alone
    whole = [("thành phố", "N"), ("Bảo Lộc", "Np"), ("Hà Văn Toàn", "Np")]  # "Lộc Hà" is a district too
    assert split_place_tails(whole) == whole
    doc = process(Document("d", "Chủ tịch UBND tỉnh Đắk Nông Lê Quang Vũ cam kết hoàn thành các chỉ tiêu năm 2024."))
    assert [(h.person.name, h.role, h.org.label) for h in doc.holdings] == [
        ("Lê Quang Vũ", "Chủ tịch", "UBND tỉnh Đắk Nông")
    ]


@pytest.mark.parametrize(
    "text, may",
    [
        ("Trong khi đó, giá xăng tăng thêm 2% so với tháng trước.", False),
        ("giá xăng tăng thêm 2% so với tháng trước.", False),
        ("Hùng cho biết anh sẽ trở lại vào tuần sau.", True),
        ("Sau đó, ông Nguyễn Văn Hùng cho biết sẽ trở lại.", True),
        ("Tuy nhiên, vụ việc vẫn đang được điều tra làm rõ.", False),
        ("Theo công an huyện, vụ việc đang được điều tra.", True),  # "Theo công" is no word: kept, to be safe
    ],
)
def test_a_sentence_that_can_name_nobody_is_told_apart(text, may):
    assert may_name_someone(text) is may


def test_a_sentence_that_names_nobody_gets_tokens_but_no_tagging_and_one_that_may_gets_both():
    doc = segment(Document("t", "Trong khi đó, giá xăng tăng thêm 2%. Hùng cho biết anh sẽ trở lại."))
    quiet, named = doc.sentences
    assert [t.text for t in quiet.tokens][:3] == ["Trong", "khi", "đó"] and all(t.word < 0 for t in quiet.tokens)
    assert named.tokens[0].word >= 0 and named.tokens[0].pos


def test_a_terms_roman_numeral_and_full_stop_end_the_sentence_but_an_initial_does_not():
    from kg.extract.segment import split_sentences

    text = (
        "Hội nghị bầu chị Lò Thị Mai giữ chức Bí thư Trung ương Đoàn khóa X. Chị Lò Thị Mai sinh năm 1985. "
        "Ông Nguyễn X. Bình phát biểu."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Hội nghị bầu chị Lò Thị Mai giữ chức Bí thư Trung ương Đoàn khóa X.",
        "Chị Lò Thị Mai sinh năm 1985.",
        "Ông Nguyễn X. Bình phát biểu.",
    ]
    text = "Ông Vũ Hải thôi giữ chức Giám đốc Học viện Chính trị khu vực I. Học viện giao bà Hà phụ trách."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ông Vũ Hải thôi giữ chức Giám đốc Học viện Chính trị khu vực I.",
        "Học viện giao bà Hà phụ trách.",
    ]
