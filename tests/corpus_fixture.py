"""A few short articles written for the tests, in the style of Vietnamese political news (not real events)."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {
        "id": "bo-nhiem-binh-son",
        "date": "2026-03-02",
        "text": (
            "Sáng 2/3, Tỉnh ủy Bình Sơn tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Ông Nguyễn Văn Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Sơn chủ trì hội nghị. "
            "Bà Lê Thị Hạnh, Giám đốc Sở Tài chính tỉnh Bình Sơn, được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh."
        ),
    },
    {
        "id": "ban-to-chuc",
        "date": "2026-03-05",
        "text": (
            "Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Trần Quang Minh đã làm việc với Tỉnh ủy Bình Sơn. "
            "Cùng dự có ông Nguyễn Văn Toàn, Chủ tịch UBND tỉnh Bình Sơn, và ông Phạm Đức Long, "
            "Bí thư Huyện ủy Đông Hà."
        ),
    },
    {
        "id": "quoc-hoi",
        "date": "2026-03-09",
        "text": (
            "Chủ nhiệm Ủy ban Kinh tế của Quốc hội Hoàng Thị Thu phát biểu tại phiên họp. "
            "Thứ trưởng Bộ Tài chính Đỗ Minh Tuấn giải trình ý kiến của các đại biểu."
        ),
    },
    {
        "id": "ha-tinh-moi",
        "date": "2026-03-11",
        "text": (
            "Ông Nguyễn Văn Toàn, Chủ tịch UBND tỉnh Bình Sơn, tiếp đoàn công tác. "
            "Đại tá Võ Văn Bình, Giám đốc Công an tỉnh Bình Sơn, báo cáo tình hình an ninh trật tự."
        ),
    },
]


def write_corpus(path: Path, copies: int = 1) -> Path:
    """The articles as JSONL (with `copies` > 1, repeated under new ids, for builds long enough to interrupt)."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for article in ARTICLES:
                record = dict(article, id=article["id"] if copies == 1 else f"{article['id']}-{n}")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
