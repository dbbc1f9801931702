"""Tests for kg.ingest.sources: every input kind, and every way an input can be bad."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import unicodedata
from pathlib import Path

import pytest
from conftest import not_utf8, windows_1258

from kg.errors import InputError
from kg.ingest.sources import Problem, decode_bytes, iter_documents

ARTICLE = (
    "Chiều 12/3, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị công bố quyết định về công tác cán bộ.\n"
    "Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy, trao quyết định cho các đồng chí được bổ nhiệm.\n"
)
ARTICLE_2 = "Ông Trần Đức Thắng, Chủ tịch UBND tỉnh Hải Dương, phát biểu tại hội nghị.\n"
ARTICLE_3 = "Bà Lê Thị Thủy được bầu giữ chức Phó Chủ tịch HĐND tỉnh Bà Rịa - Vũng Tàu nhiệm kỳ 2021-2026.\n"

NOT_UTF8 = "not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; convert it to UTF-8"


def run(inputs, stdin=None):
    """All documents and problems of one run."""
    problems: list[Problem] = []
    docs = list(iter_documents(inputs, on_problem=problems.append, stdin=stdin))
    return docs, problems


def write_jsonl(path: Path, records) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ single files


def test_txt_file(tmp_path):
    path = tmp_path / "hoi-nghi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    docs, problems = run([path])
    assert problems == []
    [doc] = docs
    assert doc.id == "hoi-nghi"
    assert doc.text == ARTICLE
    assert doc.title == ""
    assert doc.source == "hoi-nghi.txt"
    assert doc.origin == str(path)


def test_str_path_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = list(iter_documents([str(path)]))
    assert doc.id == "a"


def test_md_title_from_first_heading(tmp_path):
    path = tmp_path / "bai.md"
    path.write_text("Lời dẫn.\n\n## Phụ đề\n\n# Hà Nội công bố quyết định cán bộ\n\n" + ARTICLE, encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert doc.id == "bai"
    assert doc.title == "Hà Nội công bố quyết định cán bộ"
    assert doc.text.startswith("Lời dẫn.")  # raw markdown is kept


def test_md_without_heading_has_empty_title(tmp_path):
    path = tmp_path / "bai.md"
    path.write_text("```\n# không phải tiêu đề\n```\n" + ARTICLE, encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert doc.title == ""


def test_raw_text_is_not_normalized(tmp_path):
    nfd_old_tone = unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Khánh Hoà")
    path = tmp_path / "nfd.txt"
    path.write_text(nfd_old_tone, encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert doc.text == nfd_old_tone


def test_crlf_and_cr_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Dòng một\r\nDòng hai\rDòng ba\r\n".encode("utf-8"))
    [doc] = list(iter_documents([path]))
    assert doc.text == "Dòng một\nDòng hai\nDòng ba\n"


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    [doc] = list(iter_documents([path]))
    assert doc.text == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    if encoding == "utf-16":
        data = ARTICLE.encode("utf-16")
    elif encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")
    else:
        data = codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")
    path = tmp_path / "u16.txt"
    path.write_bytes(data)
    docs, problems = run([path])
    assert problems == []
    assert docs[0].text == ARTICLE


# ------------------------------------------------------------------------------------------- bad files


def test_binary_file_is_a_problem(tmp_path):
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    docs, problems = run([path])
    assert docs == []
    assert problems == [Problem(str(path), "binary file, not text")]


def test_control_characters_without_nul_are_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"abc"
    with pytest.raises(InputError, match="binary file, not text"):
        decode_bytes(data, "x.txt")


def test_windows_1258_vietnamese_is_converted(tmp_path):
    path = tmp_path / "cu.txt"
    data = windows_1258(ARTICLE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path.write_bytes(data)
    docs, problems = run([path])
    assert problems == []
    assert unicodedata.normalize("NFC", docs[0].text) == unicodedata.normalize("NFC", ARTICLE)


def test_latin1_is_not_utf8():
    with pytest.raises(InputError) as info:
        decode_bytes("Tỉnh Cà Mau, tháng Giêng".encode("utf-8").replace("à".encode(), "à".encode("latin-1")), "cm.txt")
    assert info.value.source == "cm.txt"
    assert info.value.reason == NOT_UTF8


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b" \n"])
def test_empty_file_is_a_problem(tmp_path, content):
    path = tmp_path / "rong.txt"
    path.write_bytes(content)
    docs, problems = run([path])
    assert docs == []
    assert problems == [Problem(str(path), "empty text")]


def test_missing_path_is_a_problem_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "khong-co.txt"
    docs, problems = run([missing, good])
    assert [d.id for d in docs] == ["a"]
    assert problems == [Problem(str(missing), "no such file or directory")]
    assert str(problems[0]) == f"{missing}: no such file or directory"


def test_unsupported_suffix_is_a_problem(tmp_path):
    path = tmp_path / "bai.pdf"
    path.write_bytes(b"%PDF-1.4")
    docs, problems = run([path])
    assert docs == []
    assert problems[0].source == str(path)
    assert "unsupported file type (.pdf)" in problems[0].reason


def test_without_on_problem_raises_input_error(tmp_path):
    missing = tmp_path / "khong-co.txt"
    with pytest.raises(InputError) as info:
        list(iter_documents([missing]))
    assert info.value.source == str(missing)
    assert info.value.reason == "no such file or directory"


def test_is_lazy(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    gen = iter_documents([good, tmp_path / "khong-co.txt"])
    assert next(gen).id == "a"  # the bad input after it is not touched yet
    with pytest.raises(InputError):
        next(gen)


# ------------------------------------------------------------------------------------------ directories


def make_tree(root: Path) -> None:
    (root / "2024" / "03").mkdir(parents=True)
    (root / "2024" / "03" / "hoi-nghi.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "2024" / "bai-b.md").write_text("# Tiêu đề B\n\n" + ARTICLE_2, encoding="utf-8")
    (root / "a.txt").write_text(ARTICLE_3, encoding="utf-8")
    write_jsonl(root / "z.jsonl", [{"id": "j1", "text": "Văn bản từ JSONL."}])
    (root / "anh.png").write_bytes(b"\x89PNG\x00")  # other files are ignored
    (root / "ghi-chu.docx").write_text("<p>bỏ qua</p>", encoding="utf-8")
    (root / ".an.txt").write_text("tệp ẩn", encoding="utf-8")  # hidden file
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("thư mục ẩn", encoding="utf-8")  # hidden directory


def test_directory_recursion_order_and_relative_ids(tmp_path):
    root = tmp_path / "tin"
    root.mkdir()
    make_tree(root)
    docs, problems = run([root])
    assert problems == []
    assert [d.id for d in docs] == ["2024/03/hoi-nghi", "2024/bai-b", "a", "j1"]
    by_id = {d.id: d for d in docs}
    assert by_id["2024/bai-b"].title == "Tiêu đề B"
    assert by_id["2024/bai-b"].source == "bai-b.md"
    assert by_id["2024/03/hoi-nghi"].origin == str(root / "2024" / "03" / "hoi-nghi.txt")
    assert by_id["j1"].source == ""


def test_same_tree_in_two_places_gives_same_ids(tmp_path):
    first, second = tmp_path / "mot", tmp_path / "hai" / "sau"
    first.mkdir()
    second.mkdir(parents=True)
    make_tree(first)
    make_tree(second)
    ids_first = [d.id for d in iter_documents([first])]
    ids_second = [d.id for d in iter_documents([second])]
    assert ids_first == ids_second


def test_bad_file_in_directory_does_not_stop_the_rest(tmp_path):
    (tmp_path / "a.txt").write_bytes(not_utf8(ARTICLE))
    (tmp_path / "b.txt").write_text(ARTICLE_2, encoding="utf-8")
    docs, problems = run([tmp_path])
    assert [d.id for d in docs] == ["b"]
    assert problems == [Problem(str(tmp_path / "a.txt"), NOT_UTF8)]


def test_empty_directory_is_a_problem(tmp_path):
    docs, problems = run([tmp_path])
    assert docs == []
    assert len(problems) == 1 and problems[0].source == str(tmp_path)


# ------------------------------------------------------------------------------------------------ JSONL


RECORDS = [
    {
        "id": "vn-1",
        "text": ARTICLE,
        "title": "Công bố quyết định",
        "date": "2024-03-12",
        "source": "Báo Hà Nội Mới",
        "place": "Hà Nội",
        "tags": ["bỏ qua"],
    },
    {"id": 42, "text": ARTICLE_2},
]


def test_jsonl(tmp_path):
    path = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    docs, problems = run([path])
    assert problems == []
    first, second = docs
    assert (first.id, first.title, first.date, first.source, first.place) == (
        "vn-1",
        "Công bố quyết định",
        "2024-03-12",
        "Báo Hà Nội Mới",
        "Hà Nội",
    )
    assert first.text == ARTICLE
    assert first.origin == f"{path}:1"
    assert second.id == "42"  # ids become strings
    assert second.source == ""  # a record without source has none, whatever file carries it
    assert (second.title, second.date, second.place) == ("", "", "")


def test_jsonl_gz(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    docs, problems = run([path])
    assert problems == []
    assert [d.id for d in docs] == ["vn-1", "42"]
    assert docs[1].source == ""
    assert docs[0].origin == f"{path}:1"


def test_jsonl_record_text_crlf_is_converted(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "x", "text": "Dòng một\r\nDòng hai"}])
    [doc] = list(iter_documents([path]))
    assert doc.text == "Dòng một\nDòng hai"


def test_malformed_jsonl_line_among_good_lines(tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": ARTICLE},
            '{"id": "b", "text": "thiếu ngoặc"',
            "",
            {"id": "c", "text": ARTICLE_2},
        ],
    )
    docs, problems = run([path])
    assert [d.id for d in docs] == ["a", "c"]
    assert docs[1].origin == f"{path}:4"
    [problem] = problems
    assert problem.source == f"{path}:2"
    assert problem.reason.startswith("line 2: invalid JSON (")


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"text": "Không có id"}, '"id"'),
        ({"id": "x"}, '"text"'),
        ({"id": "x", "text": 5}, '"text" must be a string, got number'),
        ({"id": "x", "text": None}, '"text" must be a string, got null'),
        ({"id": "x", "text": "   \n "}, "empty text"),
        ({"id": "x", "text": "Nội dung", "date": 20240312}, '"date" must be a string, got number'),
        ({"id": "x", "text": "Nội dung", "place": ["Hà Nội"]}, '"place" must be a string, got array'),
        ({"id": ["x"], "text": "Nội dung"}, '"id" must be a string or an integer, got array'),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_bad_jsonl_records(tmp_path, record, expected):
    path = write_jsonl(tmp_path / "c.jsonl", [record, {"id": "ok", "text": ARTICLE}])
    docs, problems = run([path])
    assert [d.id for d in docs] == ["ok"]
    [problem] = problems
    assert problem.source == f"{path}:1"
    assert expected in problem.reason


def test_jsonl_line_in_legacy_encoding(tmp_path):
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False).encode("utf-8")
    bad = b'{"id": "b", "text": "' + windows_1258("Hội nghị") + b'"}'
    path.write_bytes(bad + b"\n" + good + b"\n")
    docs, problems = run([path])
    assert [d.id for d in docs] == ["a"]
    assert problems == [Problem(f"{path}:1", NOT_UTF8)]


def test_jsonl_with_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in RECORDS]
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    docs, problems = run([path])
    assert problems == []
    assert [d.id for d in docs] == ["vn-1", "42"]


def test_jsonl_utf16(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS).encode("utf-16"))
    docs, problems = run([path])
    assert problems == []
    assert [d.id for d in docs] == ["vn-1", "42"]
    assert docs[0].text == ARTICLE


def test_truncated_gzip_keeps_documents_before_the_damage(tmp_path):
    path = tmp_path / "lon.jsonl.gz"
    records = [{"id": f"bai-{i}", "text": f"Bài số {i}: {ARTICLE}{i * 7919 % 10007}"} for i in range(3000)]
    data = gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    docs, problems = run([path])
    assert 0 < len(docs) < len(records)
    assert [d.id for d in docs] == [f"bai-{i}" for i in range(len(docs))]
    [problem] = problems
    assert problem.source == str(path)
    assert "gzip" in problem.reason
    assert f"line {len(docs) + 1}" in problem.reason


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "hong.jsonl.gz"
    path.write_bytes(b"day khong phai gzip\n")
    docs, problems = run([path])
    assert docs == []
    [problem] = problems
    assert problem.source == str(path) and "gzip" in problem.reason and "line 1" in problem.reason


def test_binary_jsonl_is_one_problem(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(bytes(range(256)) * 50)
    docs, problems = run([path])
    assert docs == []
    assert problems == [Problem(str(path), "binary file, not text")]


# ------------------------------------------------------------------------------------------ duplicates


def test_duplicate_ids(tmp_path):
    one = write_jsonl(tmp_path / "mot.jsonl", [{"id": "a", "text": ARTICLE}])
    two = write_jsonl(tmp_path / "hai.jsonl", [{"id": "b", "text": ARTICLE_2}, {"id": "a", "text": ARTICLE_3}])
    docs, problems = run([one, two])
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == ARTICLE  # the first one wins
    assert problems == [Problem(f"{two}:2", f"duplicate document id a (first seen in {one}:1)")]


def test_duplicate_between_file_and_jsonl(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    jl = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ARTICLE_2}])
    docs, problems = run([txt, jl])
    assert [d.origin for d in docs] == [str(txt)]
    assert problems[0].reason == f"duplicate document id a (first seen in {txt})"


# ------------------------------------------------------------------------------------------------ stdin


def test_stdin_text_from_bytes():
    stdin = io.BytesIO(("\n\n" + ARTICLE).encode("utf-8"))
    docs, problems = run(["-"], stdin=stdin)
    assert problems == []
    [doc] = docs
    assert (doc.id, doc.origin) == ("stdin", "<stdin>")
    assert doc.text == "\n\n" + ARTICLE


def test_stdin_text_from_text_stream():
    docs, problems = run(["-"], stdin=io.StringIO(ARTICLE))
    assert problems == []
    assert docs[0].id == "stdin" and docs[0].text == ARTICLE


def test_stdin_text_wrapper_uses_bytes():
    wrapper = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")), encoding="utf-8")
    [doc] = list(iter_documents(["-"], stdin=wrapper))
    assert doc.text == ARTICLE


@pytest.mark.parametrize("as_bytes", [True, False])
def test_stdin_jsonl(as_bytes):
    content = "\n  \n" + "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n{sai}\n"
    stdin = io.BytesIO(content.encode("utf-8")) if as_bytes else io.StringIO(content)
    docs, problems = run(["-"], stdin=stdin)
    assert [d.id for d in docs] == ["vn-1", "42"]
    assert docs[0].origin == "<stdin>:3"
    assert docs[1].source == ""
    [problem] = problems
    assert problem.source == "<stdin>:5"
    assert problem.reason.startswith("line 5: invalid JSON")


def test_stdin_utf16_jsonl():
    content = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS)
    docs, problems = run(["-"], stdin=io.BytesIO(content.encode("utf-16")))
    assert problems == []
    assert [d.id for d in docs] == ["vn-1", "42"]


def test_stdin_problems():
    assert run(["-"], stdin=io.BytesIO(b"  \n"))[1] == [Problem("<stdin>", "empty text")]
    assert run(["-"], stdin=io.BytesIO(not_utf8(ARTICLE)))[1] == [Problem("<stdin>", NOT_UTF8)]
    assert run(["-"], stdin=io.BytesIO(b"\x00\x01binary"))[1] == [Problem("<stdin>", "binary file, not text")]


def test_stdin_given_twice():
    docs, problems = run(["-", "-"], stdin=io.StringIO(ARTICLE))
    assert len(docs) == 1
    assert problems == [Problem("<stdin>", "standard input given more than once")]


# -------------------------------------------------------------------------------------------- decode_bytes


def test_decode_bytes():
    assert decode_bytes(ARTICLE.encode("utf-8"), "x") == ARTICLE
    assert decode_bytes(codecs.BOM_UTF8 + b"a\r\nb", "x") == "a\nb"
    assert decode_bytes("Đà Nẵng".encode("utf-16"), "x") == "Đà Nẵng"
    assert decode_bytes("Đà Nẵng".encode("utf-32"), "x") == "Đà Nẵng"
    for data, reason in [
        (b"", "empty text"),
        (b"a\x00b", "binary file, not text"),
        (windows_1258("Đà Nẵng"), NOT_UTF8),
    ]:
        with pytest.raises(InputError) as info:
            decode_bytes(data, "tep.txt")
        assert (info.value.source, info.value.reason) == ("tep.txt", reason)


def test_problem_str():
    assert str(Problem("a.jsonl:3", "empty text")) == "a.jsonl:3: empty text"


def test_default_stdin_is_sys_stdin(tmp_path):
    import os
    import subprocess
    import sys

    code = "from kg.ingest.sources import iter_documents; print([(d.id, d.text) for d in iter_documents(['-'])])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=codecs.BOM_UTF8 + "Xin chào\r\nHà Nội".encode("utf-8"),
        capture_output=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.stdout.decode("utf-8").strip() == str([("stdin", "Xin chào\nHà Nội")])
