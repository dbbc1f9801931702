"""Hostile inputs: the broken and unusual files a corpus scraped over years holds, built in one batch by `kg build`.

Every input is generated here. Each one is either built (its document is in the store and what it says was read
correctly) or skipped with one stderr line naming the file (and line) and why; the rest of the batch is built; the
exit code is 1 when anything was skipped and 0 otherwise. The batch test prints how many inputs were tried,
handled (built or reported) and lost (neither: the goal is 0); see it with `pytest -s test_hostile.py`.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import pyoxigraph as ox
from conftest import windows_1258

from kg.cli import main
from kg.ingest.sources import MAX_READ_BYTES, printable
from kg.store import open_store

ARTICLE = (
    "Chiều 12/3, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị công bố quyết định về công tác cán bộ. "
    "Đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy, trao quyết định cho các đồng chí được bổ nhiệm.\n"
)
# The same article in TCVN3 (ABC), shown as Latin-1 the way an editor without the .VnTime fonts shows it. Written
# with GNU iconv's TCVN5712-1 table, independently of kg/resources/tcvn3.yaml.
ARTICLE_TCVN3 = (
    "ChiÒu 12/3, Ban Th\xadêng vô Thµnh ñy Hµ Néi tæ chøc héi nghÞ c«ng bè quyÕt ®Þnh vÒ c«ng t¸c c¸n bé. "
    "§ång chÝ NguyÔn V¨n Phong, Phã BÝ th\xad Thµnh ñy, trao quyÕt ®Þnh cho c¸c ®ång chÝ ®\xadîc bæ nhiÖm.\n"
).encode("latin-1")
ARTICLE_2 = (
    "Sáng 5/4, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức hội nghị. Ông Trần Đức Thắng, Chủ tịch UBND tỉnh Hải Dương, "
    "phát biểu tại hội nghị. Bà Lê Thị Thủy được bầu giữ chức Phó Chủ tịch HĐND tỉnh.\n"
)
# ARTICLE_2 in VNI Windows, shown as Windows-1252 (VNI writes "à" as "a" followed by the mark byte "ø").
ARTICLE_2_VNI = (
    "Saùng 5/4, UÛy ban nhaân daân tænh Quaûng Ngaõi toå chöùc hoäi nghò. OÂng Traàn Ñöùc Thaéng, Chuû tòch UBND "
    "tænh Haûi Döông, phaùt bieåu taïi hoäi nghò. Baø Leâ Thò Thuûy ñöôïc baàu giöõ chöùc Phoù Chuû tòch HÑND tænh.\n"
).encode("cp1252")
ARTICLE_3 = "Ông Hoàng Minh Tuấn, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết kế hoạch tiêm chủng đã hoàn thành.\n"

PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="{charset}"><title>Nghệ An: tiêm chủng hoàn thành - Báo Tỉnh</title>
<script>var banner = "Giám đốc Sở Tài chính Lê Văn Quảng Cáo";</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/kinh-te">Kinh tế</a></nav>
<div class="ads">Liên hệ quảng cáo: Giám đốc kinh doanh Phạm Văn Rao Vặt, điện thoại 0900 000 000.</div>
<article><h1>Nghệ An: tiêm chủng hoàn thành</h1>
<p>{body}</p>
<p>Theo kế hoạch, đợt tiêm tiếp theo sẽ bắt đầu vào tháng sau tại tất cả các huyện, thị xã trong tỉnh.</p>
</article>
<footer>© Báo Tỉnh. Tổng Biên tập: Nguyễn Thị Chân Trang. Giấy phép số 123/GP-BTTTT.</footer></body></html>
"""


@dataclass
class Expect:
    """One hostile input and what must become of it: built as `doc_id` (then `check`), or skipped for `reason`."""

    what: str
    source: str  # the file, or file:line, as the skip line names it
    doc_id: Optional[str] = None
    reason: str = ""
    check: Optional[Callable[["Built"], None]] = None


@dataclass
class Built:
    """What the store holds about one document."""

    store: object
    doc_id: str
    persons: set[str] = field(default_factory=set)
    title: str = ""
    literals: list[str] = field(default_factory=list)


def _built(store, doc_id: str) -> Built:
    doc = ox.Literal(doc_id)
    out = Built(store, doc_id)
    for row in store.query(
        "SELECT ?id ?name WHERE { GRAPH ?g { ?d dcterms:identifier ?id ; schema:mentions ?p . ?p foaf:name ?name } }",
        {"id": doc},
    ):
        out.persons.add(row["name"].value)
    for row in store.query("SELECT ?id ?t WHERE { ?d dcterms:identifier ?id ; dcterms:title ?t }", {"id": doc}):
        out.title = row["t"].value
    for row in store.query(
        "SELECT ?id ?o WHERE { GRAPH ?g { ?d dcterms:identifier ?id . ?s ?p ?o FILTER(isLiteral(?o)) } }", {"id": doc}
    ):
        out.literals.append(row["o"].value)
    return out


def gzip_member(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), mtime=0)


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def has_person(name: str) -> Callable[[Built], None]:
    def check(built: Built) -> None:
        assert name in built.persons, f"{built.doc_id}: {name!r} not among {sorted(built.persons)}"

    return check


def make_corpus(root: Path) -> tuple[list[str], list[Expect]]:
    """Writes every hostile input under `root`; returns the `kg build` arguments and what must happen to each."""
    corpus = root / "corpus"
    corpus.mkdir()
    expects: list[Expect] = []

    def put(name: str, data: bytes | str) -> Path:
        path = corpus / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def built(what: str, name: str, doc_id: str, check=None) -> None:
        expects.append(Expect(what, str(corpus / name), doc_id=doc_id, check=check))

    def skipped(what: str, source: str, reason: str) -> None:
        expects.append(Expect(what, source, reason=reason))

    # ---- bytes that are not (UTF-8) text
    put("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    skipped("binary data", str(corpus / "anh.txt"), "binary file, not text")
    put("tcvn3.txt", ARTICLE_TCVN3)
    built("TCVN3 (ABC) text", "tcvn3.txt", "tcvn3", has_person("Nguyễn Văn Phong"))
    put("vni.txt", ARTICLE_2_VNI)
    built("VNI Windows text", "vni.txt", "vni", has_person("Trần Đức Thắng"))
    broken = ARTICLE_TCVN3 + b" ".join([b"\xe9\xf4\xe9", b"\xd5\xd6\xd5", b"\xfa\xfb\xfc"] * 3)  # 9 of 45 words
    put("tcvn3-hong.txt", broken)
    skipped("TCVN3 with many undecodable words", str(corpus / "tcvn3-hong.txt"), "looks like TCVN3 (ABC)")
    put("windows-1258.txt", windows_1258(ARTICLE_3))
    built("Windows-1258 text", "windows-1258.txt", "windows-1258", has_person("Hoàng Minh Tuấn"))
    put("latin1.txt", "Le café est très bon à Paris, où l'été dure longtemps.".encode("latin-1"))
    skipped("Latin-1 (not Vietnamese) text", str(corpus / "latin1.txt"), "not UTF-8 text")
    put("utf16-le.txt", codecs.BOM_UTF16_LE + ARTICLE_3.encode("utf-16-le"))
    built("UTF-16 LE with BOM", "utf16-le.txt", "utf16-le", has_person("Hoàng Minh Tuấn"))
    put("utf16-be.txt", codecs.BOM_UTF16_BE + ARTICLE_2.encode("utf-16-be"))
    built("UTF-16 BE with BOM", "utf16-be.txt", "utf16-be", has_person("Trần Đức Thắng"))
    put("utf16-nobom.txt", ARTICLE_3.encode("utf-16-le"))
    built("UTF-16 LE without BOM", "utf16-nobom.txt", "utf16-nobom", has_person("Hoàng Minh Tuấn"))
    put("utf16.jsonl", jsonl({"id": "u16-json", "text": ARTICLE_2}).encode("utf-16"))
    built("UTF-16 JSONL with BOM", "utf16.jsonl", "u16-json", has_person("Trần Đức Thắng"))

    # ---- empty
    put("rong.txt", b"")
    skipped("empty file", str(corpus / "rong.txt"), "empty text")
    put("trang.md", "  \n\t\r\n   \n")
    skipped("whitespace only", str(corpus / "trang.md"), "empty text")

    # ---- size
    with open(corpus / "mot-dong-50mb.txt", "wb") as out:
        chunk = ("Ông Nguyễn Văn Phong phát biểu " * 4096).encode("utf-8")
        while out.tell() < 50 * 2**20:
            out.write(chunk)
    skipped("a 50 MB single line (.txt)", str(corpus / "mot-dong-50mb.txt"), "too large for one article")
    big = corpus / "dong-50mb.jsonl"
    with open(big, "wb") as out:
        out.write(jsonl({"id": "truoc-dong-lon", "text": ARTICLE_3}).encode("utf-8"))
        out.write(b'{"id": "lon", "text": "')
        while out.tell() < 50 * 2**20:
            out.write(chunk)
        out.write(b'"}\n')
        out.write(jsonl({"id": "sau-dong-lon", "text": ARTICLE_2}).encode("utf-8"))
    built("JSONL line before a 50 MB line", "dong-50mb.jsonl", "truoc-dong-lon", has_person("Hoàng Minh Tuấn"))
    skipped("a 50 MB JSONL line", f"{big}:2", "record too large")
    built("JSONL line after a 50 MB line", "dong-50mb.jsonl", "sau-dong-lon", has_person("Trần Đức Thắng"))
    long_line = (ARTICLE_3.strip() + " ") * 30 + ARTICLE.replace("\n", " ") + "và " * 3000
    put("dong-dai.txt", long_line)
    built("a 40 KB line, no line breaks", "dong-dai.txt", "dong-dai", has_person("Nguyễn Văn Phong"))

    # ---- JSONL: malformed, truncated, damaged gzip
    bad = corpus / "hong.jsonl"
    bad.write_text(
        jsonl(
            {"id": "j-tot-1", "text": ARTICLE},
            '{"id": "j-hong", "text": "thiếu ngoặc"',
            '["một", "mảng"]',
            {"id": "j-khong-text"},
            {"id": "j-tot-1", "text": ARTICLE_2},
            "[" * 100_000 + "]" * 100_000,
            '{"id": "j-surrogate", "text": "\\ud800"}',
            b'{"id": "j-bad-byte", "text": "\xff"}'.decode("utf-8", "surrogateescape"),
            '{"id": "j-tab", "text": "Ông Trần Đức Thắng,\tChủ tịch UBND tỉnh Hải Dương, phát biểu."}',
            {"id": "j-tot-2", "text": ARTICLE_3},
        ),
        encoding="utf-8",
        errors="surrogateescape",
    )
    built("good JSONL line", "hong.jsonl", "j-tot-1", has_person("Nguyễn Văn Phong"))
    skipped("JSONL line with broken JSON", f"{bad}:2", "invalid JSON")
    skipped("JSONL line that is an array", f"{bad}:3", "expected a JSON object")
    skipped("JSONL record without text", f"{bad}:4", 'has no "text"')
    skipped("JSONL record with a duplicate id", f"{bad}:5", "duplicate document id j-tot-1")
    skipped("JSONL line nested 100,000 deep", f"{bad}:6", "nested too deeply")
    skipped("JSONL text with an unpaired surrogate", f"{bad}:7", "unpaired surrogate")
    skipped("JSONL line with a byte that is not UTF-8", f"{bad}:8", "not UTF-8 text")
    built("JSONL string with a raw tab", "hong.jsonl", "j-tab", has_person("Trần Đức Thắng"))
    built("good JSONL line after bad ones", "hong.jsonl", "j-tot-2", has_person("Hoàng Minh Tuấn"))
    truncated = corpus / "cut.jsonl"
    full = jsonl({"id": "cut-1", "text": ARTICLE}, {"id": "cut-2", "text": ARTICLE_2})
    truncated.write_text(full[: len(full) - 40], encoding="utf-8")
    built("JSONL line before the cut", "cut.jsonl", "cut-1", has_person("Nguyễn Văn Phong"))
    skipped("JSONL file cut in the middle of a record", f"{truncated}:2", "invalid JSON")
    damaged = corpus / "hong.jsonl.gz"
    second = bytearray(gzip_member(jsonl({"id": "gz-3", "text": ARTICLE_2})))
    second[10:30] = b"\xff" * 20  # the deflate data of the second member is garbage
    damaged.write_bytes(
        gzip_member(jsonl({"id": "gz-1", "text": ARTICLE}, {"id": "gz-2", "text": ARTICLE_3})) + bytes(second)
    )
    built("gzip JSONL line before the damage", "hong.jsonl.gz", "gz-1", has_person("Nguyễn Văn Phong"))
    built("gzip JSONL line before the damage", "hong.jsonl.gz", "gz-2", has_person("Hoàng Minh Tuấn"))
    skipped("corrupt gzip member", str(damaged), "truncated or corrupt gzip data at line 3")
    cut_gz = corpus / "cut.jsonl.gz"
    whole = gzip_member(jsonl(*({"id": f"cgz-{i}", "text": ARTICLE_3} for i in range(1))))
    cut_gz.write_bytes(whole[:-12])
    skipped("gzip cut short", str(cut_gz), "truncated or corrupt gzip data")

    # ---- HTML
    put("trang-tin.html", PAGE.format(charset="utf-8", body=ARTICLE_3.strip()))

    def page_checks(built: Built) -> None:
        has_person("Hoàng Minh Tuấn")(built)
        assert built.title.startswith("Nghệ An: tiêm chủng hoàn thành"), built.title
        boilerplate = {"Lê Văn Quảng Cáo", "Phạm Văn Rao Vặt", "Nguyễn Thị Chân Trang"}
        assert not boilerplate & built.persons, built.persons
        assert not any("var banner" in value or "color: red" in value for value in built.literals)

    built("HTML page with menu, ads, script and footer", "trang-tin.html", "trang-tin", page_checks)
    put("cp1258.htm", windows_1258(PAGE.format(charset="windows-1258", body=ARTICLE_3.strip())))
    built("HTML page in its declared Windows-1258", "cp1258.htm", "cp1258", page_checks)
    put(
        "chi-script.html",
        "<html><head><script>var tin = 'Chủ tịch Lê Văn A';</script><style>p {}</style></head>"
        "<body><img src='a.png'><script>document.write('Bí thư Trần Văn B')</script></body></html>",
    )
    skipped("HTML page with no text", str(corpus / "chi-script.html"), "HTML page without article text")
    put(
        "html-trong-jsonl.jsonl",
        jsonl({"id": "html-json", "text": PAGE.format(charset="utf-8", body=ARTICLE_2.strip())}),
    )
    built("HTML in a JSONL text field", "html-trong-jsonl.jsonl", "html-json", has_person("Trần Đức Thắng"))

    # ---- Unicode: NFD, mixed languages, control characters, invisible and astral characters
    put("nfd.txt", unicodedata.normalize("NFD", ARTICLE))

    def nfd_checks(built: Built) -> None:
        has_person("Nguyễn Văn Phong")(built)
        assert all(unicodedata.is_normalized("NFC", value) for value in built.literals)

    built("NFD text", "nfd.txt", "nfd", nfd_checks)
    put(
        "song-ngu.txt",
        "The Hanoi People's Committee met on Monday (March 12). "
        + ARTICLE_3
        + "He said the vaccination campaign was completed ahead of schedule, according to the Ministry of Health.\n",
    )
    built("mixed Vietnamese and English", "song-ngu.txt", "song-ngu", has_person("Hoàng Minh Tuấn"))
    put("dieu-khien.txt", "\x1b[1mTIN MỚI\x1b[0m\x07\n" + ARTICLE.replace(", Phó", ",\x01 Phó") + "\x0b\x0c\x7f\x85\n")

    def clean_literals(built: Built) -> None:
        has_person("Nguyễn Văn Phong")(built)
        bad = [v for v in built.literals if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in v)]
        assert not bad, bad

    built("control characters (ANSI escapes, bell, C1)", "dieu-khien.txt", "dieu-khien", clean_literals)
    put("vo-hinh.txt", "\ufeff\u200b" + ARTICLE_3.replace("Tuấn,", "Tuấn\u200d,") + "🇻🇳 😀 \u202eمرحبا\u202c 𠀀\n")
    built("zero-width, bidi, emoji and astral characters", "vo-hinh.txt", "vo-hinh", has_person("Hoàng Minh Tuấn"))

    # ---- extremely long names and titles
    long_title = "Tiêu đề rất dài " * 12_500
    long_name = "Nguyễn " + " ".join(["Văn"] * 400) + " Phong"
    long_id = "bai-" + "đ" * 5_000
    put(
        "dai.jsonl",
        jsonl(
            {"id": "tieu-de-dai", "title": long_title, "text": ARTICLE},
            {"id": "ten-dai", "text": f"Chủ tịch UBND tỉnh Nghệ An {long_name} phát biểu.\n" + ARTICLE_3},
            {"id": long_id, "text": ARTICLE_2},
        ),
    )

    def long_title_checks(built: Built) -> None:
        has_person("Nguyễn Văn Phong")(built)
        assert len(built.title) >= 190_000

    built("200,000-character title", "dai.jsonl", "tieu-de-dai", long_title_checks)
    built("2,000-character person name", "dai.jsonl", "ten-dai", has_person("Hoàng Minh Tuấn"))
    built("5,000-character id", "dai.jsonl", long_id, has_person("Trần Đức Thắng"))
    long_file = "bai-" + "a" * 240 + ".txt"
    put(long_file, ARTICLE_3)
    built("240-character file name", long_file, long_file[:-4], has_person("Hoàng Minh Tuấn"))

    # ---- file names
    raw_name = os.path.join(os.fsencode(corpus), b"ten-\xff\xfe.txt")
    with open(raw_name, "wb") as out:
        out.write(ARTICLE_3.encode("utf-8"))
    expects.append(
        Expect(
            "file name that is not UTF-8",
            os.fsdecode(raw_name),
            doc_id="ten-\\xff\\xfe",
            check=has_person("Hoàng Minh Tuấn"),
        )
    )
    put("xuong\ndong.txt", b"\x00\x01\x02binary")
    skipped("file name with a newline (binary content)", str(corpus / "xuong\ndong.txt"), "binary file, not text")

    # ---- given explicitly
    pdf = root / "bai.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    skipped("unsupported file type", str(pdf), "unsupported file type (.pdf)")
    missing = root / "khong-co.txt"
    skipped("missing path", str(missing), "no such file or directory")
    return [str(corpus), str(pdf), str(missing)], expects


def test_hostile_batch(tmp_path, runner):
    inputs, expects = make_corpus(tmp_path)
    store_dir = tmp_path / "graph"
    result = runner.invoke(main, ["build", *inputs, "-s", str(store_dir), "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert all(line.startswith("kg: skipped ") for line in lines), lines

    with open_store(str(store_dir)) as store:
        ids = {row["id"].value for row in store.query("SELECT DISTINCT ?id WHERE { ?d dcterms:identifier ?id }")}
        built_count, reported_count, lost, wrong, used = 0, 0, [], [], set()
        for expect in expects:
            prefix = f"kg: skipped {printable(expect.source)}: "
            reported = [i for i, line in enumerate(lines) if line.startswith(prefix) and i not in used]
            if expect.doc_id is not None and expect.doc_id in ids:
                built_count += 1
                try:
                    if expect.check is not None:
                        expect.check(_built(store, expect.doc_id))
                except AssertionError as error:
                    wrong.append(f"{expect.what}: built, but {error}")
            elif reported:
                reported_count += 1
                line = lines[reported[0]]
                used.add(reported[0])
                if expect.doc_id is not None or expect.reason not in line:
                    wrong.append(f"{expect.what}: {line}")
            else:
                lost.append(expect.what)
        built_docs = [e.doc_id for e in expects if e.doc_id is not None]

    print(
        f"\nhostile inputs: {len(expects)} tried, {built_count + reported_count} handled ({built_count} built, "
        f"{reported_count} skipped with a message), {len(lost)} lost"
    )
    assert not lost, f"inputs neither built nor reported: {lost}"
    assert not wrong, "\n".join(wrong)
    assert len(used) == len(lines), (
        f"unexpected stderr lines: {[line for i, line in enumerate(lines) if i not in used]}"
    )
    assert ids == set(built_docs), ids ^ set(built_docs)
    assert result.exit_code == 1  # something was skipped
    assert f"{len(built_docs)} documents built" in result.stdout and f"{len(lines)} skipped" in result.stdout


def test_clean_batch_of_unusual_inputs_exits_0(tmp_path, runner):
    """TCVN3, VNI, UTF-16 without a BOM, NFD and HTML all build: nothing skipped, exit code 0, nothing on stderr."""
    files = {
        "a.txt": ARTICLE_TCVN3,
        "b.txt": ARTICLE_2_VNI,
        "c.txt": ARTICLE_3.encode("utf-16-be"),
        "d.md": unicodedata.normalize("NFD", "# Tin Hà Nội\n\n" + ARTICLE).encode("utf-8"),
        "e.html": PAGE.format(charset="utf-8", body=ARTICLE_3.strip()).encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = runner.invoke(main, ["build", *(str(tmp_path / n) for n in files), "-s", str(tmp_path / "g"), "--json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    summary = json.loads(result.stdout)
    assert summary["documents"] == 5 and summary["skipped"] == 0


def test_fifty_megabyte_line_is_not_read_whole(tmp_path):
    """The reader never holds a line longer than MAX_READ_BYTES: memory stays far below the 50 MB of the line."""
    import tracemalloc

    from kg.ingest.sources import iter_documents

    path = tmp_path / "lon.jsonl"
    with open(path, "wb") as out:
        out.write(b'{"id": "lon", "text": "' + b"x" * (50 * 2**20) + b'"}\n')
        out.write(jsonl({"id": "nho", "text": ARTICLE}).encode("utf-8"))
    problems = []
    tracemalloc.start()
    try:
        docs = list(iter_documents([path], on_problem=problems.append))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["nho"]
    assert [p.source for p in problems] == [f"{path}:1"] and "record too large" in problems[0].reason
    assert peak < MAX_READ_BYTES * 2.5, f"peak {peak / 2**20:.0f} MiB"
