import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.language.text import (
    canonical,
    expand_abbreviations,
    fold,
    initials_only,
    normalize_document_text,
    slug,
    syllables,
)


def test_old_tone_placement_becomes_new():
    assert canonical("Uỷ ban nhân dân tỉnh Khánh Hoà") == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert canonical("Thuỷ, khoẻ, hoà") == "Thủy, khỏe, hòa"


def test_words_that_must_not_move():
    for word in ("quý", "Quỳnh", "hoàng", "toàn", "thuở", "của", "uyên", "thuyết"):
        assert canonical(word) == word


def test_nfd_input_gives_nfc_canonical_text():
    nfd = unicodedata.normalize("NFD", "Phó Bí thư Thành uỷ")
    assert normalize_document_text(nfd) == "Phó Bí thư Thành ủy"


def test_control_characters_are_blanked_without_moving_offsets():
    assert normalize_document_text("Ông\x00A\x07") == "Ông A "


@given(st.text())
def test_normalized_text_keeps_nfc_length(text):
    assert len(normalize_document_text(text)) == len(unicodedata.normalize("NFC", text))


@given(st.text())
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(canonical(text))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Tổng thư kí", "Tổng thư ký"),
        ("Lí Quang Diệu", "Lý Quang Diệu"),
        ("Hoa Kì", "Hoa Kỳ"),
        ("quí", "quý"),
        ("bác sỹ", "bác sĩ"),
    ],
)
def test_a_toned_i_or_y_after_a_consonant_folds_to_one_spelling(one, other):
    assert fold(one) == fold(other)


@pytest.mark.parametrize("one, other", [("Trà My", "Trà Mi"), ("kính", "kýnh")])
def test_untoned_or_longer_syllables_keep_their_i_or_y(one, other):
    assert fold(one) != fold(other)


def test_abbreviations_are_expanded_in_labels():
    assert expand_abbreviations("UBND TP.HCM") == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert expand_abbreviations("Ủy ban MTTQ Việt Nam tỉnh") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert expand_abbreviations("Bộ Tư pháp") == "Bộ Tư pháp"


def test_slug_is_ascii():
    assert slug("Vụ Địa phương 2") == "vu-dia-phuong-2"
    assert slug("!!!") == "x"


def test_extended_abbreviations_for_identity_and_alternative_labels():
    assert expand_abbreviations("Sở NN&PTNT TP.Cần Thơ") == "Sở NN&PTNT Thành phố Cần Thơ"
    assert expand_abbreviations("Sở NN&PTNT TP.Cần Thơ", extended=True) == (
        "Sở Nông nghiệp và Phát triển nông thôn Thành phố Cần Thơ"
    )
    assert expand_abbreviations("Ủy viên T.Ư Đảng", extended=True) == "Ủy viên Trung ương Đảng"


def test_spellings_of_one_unit_share_an_identity_key():
    from kg.extract.resolve import name_key

    assert name_key("Sở NN-PTNT") == name_key("Sở Nông nghiệp và Phát triển Nông thôn") == name_key("Sở NN&PTNT")
    assert name_key("UBND TP.HCM") == name_key("Uỷ ban nhân dân Thành phố Hồ Chí Minh")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("đối thủ vô danhDiego Schwartzman", ["đối", "thủ", "vô", "danh", "Diego", "Schwartzman"]),
        ("quận 5Ảnh: Phan Định", ["quận", "5", "Ảnh", ":", "Phan", "Định"]),
        ("BBCdẫn lời ĐTđã thắng", ["BBC", "dẫn", "lời", "ĐT", "đã", "thắng"]),
        ("Bộ trưởng Bộ GTVTPhó chủ tịch", ["Bộ", "trưởng", "Bộ", "GTVT", "Phó", "chủ", "tịch"]),
        ("UBNDTP, USAToday", ["UBNDTP", ",", "USAToday"]),
        ("Nguyễn Văn TámPhó giám đốc", ["Nguyễn", "Văn", "Tám", "Phó", "giám", "đốc"]),
        ("Lê TrọngTấn, ChợTốt", ["Lê", "TrọngTấn", ",", "ChợTốt"]),
        (
            "iPhone, McLaren, DeVos, CEOs, VinaPhone, 4G",
            ["iPhone", ",", "McLaren", ",", "DeVos", ",", "CEOs", ",", "VinaPhone", ",", "4G"],
        ),
    ],
)
def test_words_the_source_glued_together_are_two_syllables(text: str, expected: list[str]):
    assert syllables(text) == expected


@pytest.mark.parametrize(
    "text, initials", [("Th", True), ("Ng", True), ("Thu", False), ("CR7", False), ("Путин", False)]
)
def test_a_name_of_consonants_alone_is_initials(text: str, initials: bool):
    assert initials_only(text) is initials
