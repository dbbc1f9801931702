"""Word segmentation repairs (kg.extract.segment)."""

from __future__ import annotations

from kg.document import Document
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
