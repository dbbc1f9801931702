"""Sentences and tags: kg's faster reading of underthesea's POS tagger gives underthesea's own tags."""

from __future__ import annotations

import pytest

from kg.extract.segment import _pos_tag, _pos_tagger, split_sentences

SENTENCES = [
    "Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Nguyễn Ngọc Dũng phát biểu tại hội nghị.",
    "Sáng 15/3, UBND TP.HCM tổ chức lễ trao quyết định bổ nhiệm Giám đốc Sở Nội vụ.",
    "Chợ thịt chó nổi tiếng ở TPHCM bị truy quét",
    "Ông nói: “Chúng tôi sẽ làm hết sức mình”.",
    "Bộ trưởng Quốc phòng Mỹ James Mattis gặp Đại tướng Ngô Xuân Lịch tại Hà Nội ngày 25-1-2018.",
    "A",
    "2.000 cán bộ, 15% và 3,5 tỷ đồng.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_fast_tagger_gives_underthesea_s_own_tags(text):
    from underthesea import pos_tag

    assert _pos_tag(text) == pos_tag(text)


def test_the_build_uses_the_fast_tagger():
    assert _pos_tagger() is _pos_tag  # else underthesea changed what `_pos_tag` reads: see kg/extract/segment.py


def test_sentences_cover_the_lines_they_come_from():
    text = "Dòng một. Câu hai của dòng một!\nDòng hai không có dấu chấm"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Dòng một.", "Câu hai của dòng một!", "Dòng hai không có dấu chấm"]
