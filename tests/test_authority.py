"""The authority list of public bodies and organization identity (issue 18), on sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import build_records

from kg.document import Document
from kg.graph.authority import load_authority
from kg.language.names import org_name_key
from kg.language.text import fold
from kg.pipeline import process
from kg.query import load_query, run_query


def nodes_by_form(store) -> dict[str, set[str]]:
    """Written form (rdfs:label in a document's graph) -> the organization nodes that carry it."""
    rows = run_query(
        store,
        "SELECT ?o ?label WHERE { GRAPH ?g { ?d a schema:NewsArticle . ?o a org:Organization ; rdfs:label ?label } }",
    ).rows
    out: dict[str, set[str]] = {}
    for node, label in rows:
        out.setdefault(label.value, set()).add(node.value)
    return out


def preferred_by_written(store) -> dict[tuple[str, str], str]:
    """(document, organization as written at a post) -> its one preferred name, from `kg query holdings`."""
    return {(row[0].value, row[3].value): row[4].value for row in run_query(store, load_query("holdings")).rows}


def articles_per_node(store) -> list[tuple[str, int]]:
    """(preferred name, articles naming it) of every organization node, from `kg query organization-forms`."""
    return [(row[0].value, int(row[1].value)) for row in run_query(store, load_query("organization-forms")).rows]


def preferred(store, node: str) -> str:
    rows = run_query(store, "SELECT ?label ?o WHERE { ?o skos:prefLabel ?label }", {"o": f"<{node}>"}).rows
    return rows[0][0].value


# ---- the list itself -------------------------------------------------------------------------------------------


def test_the_list_covers_the_central_bodies_and_every_province():
    bodies = load_authority()
    kinds = Counter(body.kind for body in bodies.bodies.values())
    assert kinds["ministry"] >= 22 and kinds["court"] >= 60 and kinds["police"] >= 60
    provinces = {body.place for body in bodies.bodies.values() if body.place}
    assert len(provinces) == 63  # the General Statistics Office's list before the 2025 merger
    assert all(body.parent in bodies.bodies for body in bodies.bodies.values() if body.parent)


def test_the_2025_merger_is_recorded():
    bodies = load_authority()
    ha_giang = bodies.lookup(org_name_key("Ủy ban nhân dân tỉnh Hà Giang"))
    tuyen_quang = bodies.lookup(org_name_key("UBND tỉnh Tuyên Quang"))
    assert ha_giang.until == "2025-07-01" and ha_giang.id in tuyen_quang.replaces  # the day Nghị quyết 202 took effect
    assert not tuyen_quang.until  # the province it joined goes on


@pytest.mark.parametrize(
    "written, official",
    [
        ("VPCP", "Văn phòng Chính phủ"),
        ("FBI", "Cục Điều tra Liên bang Mỹ"),
        ("Sở NN&PTNT tỉnh Bình Định", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"),
        ("Thành ủy TP Hà Nội", "Thành ủy Hà Nội"),
        ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("Tỉnh ủy TT-Huế", "Tỉnh ủy Thừa Thiên Huế"),
        ("Thành ủy TP Huế", "Thành ủy Huế"),
        ("Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế"),
        ("Hội đồng Bảo an Liên Hiệp Quốc", "Hội đồng Bảo an Liên hợp quốc"),
        ("Ủy ban ATGT Quốc gia", "Ủy ban An toàn giao thông Quốc gia"),
        ("Ban Dân nguyện của Quốc hội", "Ban Dân nguyện"),
        ("Bộ TTTT", "Bộ Thông tin và Truyền thông"),
        ("Bộ GD - ĐT", "Bộ Giáo dục và Đào tạo"),
        ("Bộ KH-ĐT VN", "Bộ Kế hoạch và Đầu tư"),
        ("Đài TNVN", "Đài Tiếng nói Việt Nam"),
        ("UB TCNS", "Ủy ban Tài chính, Ngân sách"),
        ("Liên hiệp châu Âu", "Liên minh châu Âu"),
        ("NHNNVN", "Ngân hàng Nhà nước Việt Nam"),
        ("CATP Hà Nội", "Công an Thành phố Hà Nội"),
        ("Sở NN & PTNT Bình Định", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"),
        ("C67", "Cục Cảnh sát giao thông"),
        ("cơ quan điều tra Công an tỉnh Hòa Bình", "Cơ quan Cảnh sát điều tra Công an tỉnh Hoà Bình"),
        ("WorldBank", "Ngân hàng Thế giới"),
        ("Nhà nước Hồi giáo IS", "Nhà nước Hồi giáo"),
        ("Tổ chức Thương mại Quốc tế", "Tổ chức Thương mại Thế giới"),
    ],
)
def test_written_forms_find_their_body(written, official):
    body = load_authority().lookup(org_name_key(written))
    assert body is not None and body.name == official


def test_a_form_shared_by_nothing_or_a_kind_of_body_finds_nothing():
    bodies = load_authority()
    assert bodies.lookup(org_name_key("Sở Y tế")) is None  # every province has one
    assert bodies.lookup(org_name_key("Hội đồng quản trị")) is None


# ---- identity in the graph ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "short, full",
    [
        ("Chủ nhiệm VPCP Mai Tiến Dũng", "Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng"),
        ("Giám đốc FBI James Comey", "Giám đốc Cục Điều tra Liên bang Mỹ James Comey"),
        ("Giám đốc Sở NN&PTNT Bình Định Nguyễn Văn Hải", "Giám đốc Sở NN&PTNT tỉnh Bình Định Nguyễn Văn Hải"),
        ("Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Sửu", "Phó Bí thư Thành ủy TP Hà Nội Nguyễn Văn Sửu"),
        ("Ủy viên Trung ương Đảng Lê Văn Thành", "Ủy viên Ban Chấp hành Trung ương Đảng Lê Văn Thành"),
        ("Bí thư Thành ủy Tp.HCM Đinh La Thăng", "Bí thư Thành ủy TP.HCM Đinh La Thăng"),
        ("Giám đốc Bv Bạch Mai Nguyễn Quốc Anh", "Giám đốc BV Bạch Mai Nguyễn Quốc Anh"),
        ("Tổng Giám đốc Cty CP Him Lam Nguyễn Văn Tuấn", "Tổng Giám đốc Công ty Cổ phần Him Lam Nguyễn Văn Tuấn"),
        ("Tổng Giám đốc Đài truyền hình Việt Nam Trần Bình Minh", "Tổng Giám đốc VTV Trần Bình Minh"),
    ],
)
def test_two_written_forms_of_one_body_are_one_node(tmp_path, short, full):
    store = build_records(
        tmp_path, {"id": "a", "text": f"{short} phát biểu."}, {"id": "b", "text": f"{full} phát biểu."}
    )
    rows = run_query(store, load_query("holdings")).rows
    orgs = {row[3].value: row[4].value for row in rows}  # org as written -> its one preferred name
    assert len(orgs) == 2 and len(set(orgs.values())) == 1, orgs


def test_a_body_on_the_list_takes_its_official_name_and_the_bodies_above_it(tmp_path):
    store = build_records(tmp_path, {"id": "a", "text": "Giám đốc Sở Y tế Hà Giang Nguyễn Văn Hưng kiểm tra."})
    (node,) = nodes_by_form(store)["Sở Y tế Hà Giang"]
    assert preferred(store, node) == "Sở Y tế tỉnh Hà Giang"
    above = run_query(
        store, "SELECT ?label ?o WHERE { ?o org:transitiveSubOrganizationOf/skos:prefLabel ?label }", {"o": f"<{node}>"}
    ).rows
    assert {row[0].value for row in above} == {"Ủy ban nhân dân tỉnh Hà Giang"}


def test_a_bare_or_generic_body_never_spans_two_articles(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "e", "text": "Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm."},
        {"id": "f", "text": "Đại sứ quán Việt Nam tại Pháp tổ chức lễ kỷ niệm."},
        {"id": "g", "text": "Trưởng đoàn Việt Nam Nguyễn Văn Giang phát biểu tại SEA Games."},
        {"id": "h", "text": "Trưởng đoàn Việt Nam Trần Thị Hoa phát biểu tại Olympic."},
        {"id": "a", "text": "Chủ tịch HĐQT Nguyễn Văn An cho biết công ty có lãi."},
        {"id": "b", "text": "Chủ tịch Hội đồng quản trị Trần Văn Bình nói doanh nghiệp lỗ."},
        {"id": "c", "text": "Trưởng khoa Hồi sức tích cực Lê Văn Cường cho biết bệnh nhân đã ổn định."},
        {"id": "d", "text": "Trưởng khoa Hồi sức tích cực Phạm Thị Dung cho biết ca mổ thành công."},
    )
    nodes = articles_per_node(store)
    assert all(articles == 1 for _, articles in nodes), nodes


def test_a_placeless_local_body_belongs_to_the_place_of_its_article(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Hải thị sát tại Bình Định."},
        {"id": "b", "text": "Giám đốc Sở Tài nguyên và Môi trường Lê Văn Tâm kiểm tra mỏ cát ở Quảng Ngãi."},
        {"id": "c", "text": "Phó Giám đốc Sở TN&MT tỉnh Bình Định Trần Văn Lợi cho biết."},
    )
    rows = preferred_by_written(store)
    assert (
        rows[("a", "Sở Tài nguyên và Môi trường")]
        == rows[("c", "Sở TN&MT tỉnh Bình Định")]
        == "Sở Tài nguyên và Môi trường tỉnh Bình Định"
    )
    assert rows[("b", "Sở Tài nguyên và Môi trường")] == "Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi"


def test_a_national_body_in_a_story_about_another_country_is_that_countrys(tmp_path):
    store = build_records(
        tmp_path,
        {
            "id": "us",
            "text": "Tổng thống Mỹ Donald Trump ký sắc lệnh tại Washington. Dự luật cần sự chấp thuận của "
            "Quốc hội. Giới chức Mỹ cho biết Quốc hội sẽ họp tuần tới.",
        },
        {"id": "vn", "text": "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Chủ tịch Thượng viện Nhật Bản."},
    )
    by_doc = {}
    for row in run_query(store, load_query("organizations")).rows:
        by_doc.setdefault(row[0].value, set()).add(row[2].value)
    assert "Quốc hội Mỹ" in by_doc["us"] and "Quốc hội" not in by_doc["us"]
    assert "Quốc hội" in by_doc["vn"]


def test_the_title_of_a_minister_names_the_ministry(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Bộ trưởng Quốc phòng Mỹ Jim Mattis thăm Hà Nội."},
        {"id": "b", "text": "Bộ trưởng Bộ Quốc phòng Mỹ Jim Mattis phát biểu tại Washington."},
        {"id": "c", "text": "Bộ trưởng Công thương Trần Tuấn Anh phát biểu."},
    )
    rows = preferred_by_written(store)
    assert rows[("a", "Quốc phòng Mỹ")] == rows[("b", "Bộ Quốc phòng Mỹ")] == "Bộ Quốc phòng Mỹ"
    assert rows[("c", "Công thương")] == "Bộ Công Thương"  # the written form stays in `org`


def test_a_title_named_after_its_body_serves_in_that_body_not_in_its_complement(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Hội nghị do Phó Tổng Thanh tra Chính phủ Ngô Quang Thiều chủ trì."},
        {"id": "b", "text": "Tổng Kiểm toán Nhà nước Hồ Đức Phớc phát biểu."},
        {"id": "c", "text": "Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu."},
    )
    rows = preferred_by_written(store)
    assert rows[("a", "Thanh tra Chính phủ")] == "Thanh tra Chính phủ"  # not a post in the Chính phủ
    assert rows[("b", "Kiểm toán Nhà nước")] == "Kiểm toán Nhà nước"
    assert rows[("c", "Chính phủ")] == "Chính phủ"


def test_a_title_named_after_its_body_names_that_body_without_a_holder(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Tổng Thanh tra Chính phủ giao Vụ III phối hợp với Bộ Giáo dục và Đào tạo thanh tra."},
        {"id": "b", "text": "Ông Lê Minh Khái, Tổng Thanh tra Chính phủ, cho biết."},
    )
    named = {(row[0].value, row[1].value) for row in run_query(store, load_query("organizations")).rows}
    assert {("a", "Thanh tra Chính phủ"), ("b", "Thanh tra Chính phủ")} <= named
    assert not {("a", "Chính phủ"), ("b", "Chính phủ")} & named  # the inspectorate, not the government


@pytest.mark.parametrize(
    "text, written, preferred_name",
    [
        (
            "Trưởng ban Tổ chức Trung ương Phạm Minh Chính phát biểu.",
            "ban Tổ chức Trung ương",
            "Ban Tổ chức Trung ương",
        ),
        ("Ủy viên Trung ương Lê Văn Thành dự họp.", "Trung ương", "Ban Chấp hành Trung ương Đảng"),
        (
            "Tổng giám đốc Công ty TNHH MTV Nam Triệu Lê Văn Yên ký hợp đồng.",
            "Công ty TNHH MTV Nam Triệu",
            "Công ty Trách nhiệm hữu hạn Một thành viên Nam Triệu",
        ),
        ("Ông Phạm Quốc Bảo, Phó Giám đốc ĐHQG-HCM, phát biểu.", "ĐHQG-HCM", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
    ],
)
def test_a_title_or_a_legal_form_does_not_change_the_body(tmp_path, text, written, preferred_name):
    store = build_records(tmp_path, {"id": "a", "text": text})
    rows = {row[3].value: row[4].value for row in run_query(store, load_query("holdings")).rows}
    assert rows[written] == preferred_name


def test_forms_with_a_legal_form_a_newspaper_or_a_brand_word_are_one_node(tmp_path):
    store = build_records(
        tmp_path,
        {
            "id": "a",
            "text": "Giám đốc Công ty TNHH MTV Nam Triệu Lê Văn Yên cho biết. Báo Tiền Phong đưa tin. "
            "Ngân hàng Sacombank tăng vốn.",
        },
        {"id": "b", "text": "Giám đốc Công ty Nam Triệu Lê Văn Yên cho biết. Tiền Phong đưa tin. Sacombank tăng vốn."},
    )
    nodes = articles_per_node(store)
    assert sorted(articles for _, articles in nodes) == [2, 2, 2], nodes  # three bodies, one node each, both articles


def test_a_label_that_runs_on_into_the_sentence_is_the_body_it_starts_with(tmp_path):
    store = build_records(tmp_path, {"id": "a", "text": "Tại buổi họp, Bộ Công an vào cuộc điều tra vụ việc."})
    assert "Bộ Công an" in dict(articles_per_node(store))


def test_a_body_only_other_countries_have_is_the_countrys_the_sentence_names(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Quốc hội Mỹ họp. Thượng viện đã bác bỏ dự luật của Tổng thống Mỹ."},
        {"id": "b", "text": "Thượng viện Mỹ thông qua dự luật ngân sách."},
    )
    assert dict(articles_per_node(store))["Thượng viện Mỹ"] == 2


def test_abbreviated_and_titled_forms_of_vietnamese_bodies_stay_vietnamese(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Đoàn công tác của Bộ VHTT&DL thăm Pháp. Tại Paris, đoàn làm việc với các đối tác Pháp."},
        {
            "id": "b",
            "text": "Bộ trưởng GTVT thăm Nhật Bản. Bộ trưởng Bộ Giao thông vận tải Trương Quang Nghĩa phát biểu.",
        },
    )
    names = dict(articles_per_node(store))
    assert "Bộ Văn hóa, Thể thao và Du lịch" in names and "Bộ Giao thông vận tải" in names


def test_a_unit_of_a_body_the_article_does_not_name_stays_in_its_article(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Chánh Thanh tra Bộ Nguyễn Văn An cho biết sẽ kiểm tra."},
        {"id": "b", "text": "Chánh Thanh tra Bộ Lê Văn Bình cho biết đã xử phạt."},
    )
    assert all(articles == 1 for _, articles in articles_per_node(store))


def test_a_name_cut_at_its_comma_is_one_body(tmp_path):
    store = build_records(
        tmp_path, {"id": "a", "text": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện phát biểu."}
    )
    rows = run_query(store, load_query("holdings")).rows
    assert {(row[3].value, row[4].value) for row in rows} == {
        ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")
    }


def test_a_listed_department_keeps_the_lower_case_words_of_its_name(tmp_path):
    """A ministry's department whose name goes on in lower case ("Vụ Thị trường trong nước") is read whole and
    sits under its ministry, from the authority list."""
    store = build_records(
        tmp_path,
        {
            "id": "a",
            "text": "Bộ trưởng Bộ Công Thương bổ nhiệm bà Tống Thị Mai Anh, Phó Vụ trưởng Vụ Thị trường trong nước, "
            "giữ chức Vụ trưởng Vụ Thị trường trong nước.",
        },
    )
    rows = run_query(store, load_query("holdings")).rows
    assert {(row[1].value, row[2].value, row[3].value) for row in rows} >= {
        ("Tống Thị Mai Anh", "Vụ trưởng", "Vụ Thị trường trong nước")
    }
    tree = run_query(store, load_query("org-tree")).rows
    assert any("Vụ Thị trường trong nước" in str(row) and "Bộ Công Thương" in str(row) for row in tree)


def test_a_ministry_held_by_a_foreign_name_is_not_vietnams(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Bộ trưởng Bộ Kế hoạch và Đầu tư Souphanh Keomixay thăm Hà Nội."},
        {"id": "b", "text": "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng tiếp đoàn."},
    )
    rows = {row[1].value: row[4].value for row in run_query(store, load_query("holdings")).rows}
    assert rows["Nguyễn Chí Dũng"] == "Bộ Kế hoạch và Đầu tư"
    nodes = run_query(store, "SELECT DISTINCT ?o WHERE { ?m org:member ?p ; org:organization ?o }").rows
    assert len(nodes) == 2  # the Lao minister's ministry is not Vietnam's


def test_a_body_placed_abroad_is_named_with_its_country(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "la", "text": "Tại Viêng Chăn, Bộ Chính trị đã họp phiên thường kỳ."},
        {"id": "vn", "text": "Ủy viên Bộ Chính trị Nguyễn Văn Bình dự họp."},
    )
    names = dict(articles_per_node(store))
    assert "Bộ Chính trị Lào" in names and "Bộ Chính trị" in names


@pytest.mark.parametrize(
    "first, second",
    [
        ("Ngân hàng TMCP Sài Gòn Thương Tín - Sacombank", "Sacombank"),
        ("Bệnh viện Đa khoa tỉnh Hòa Bình", "Bệnh viện tỉnh Hòa Bình"),
        ("Tổ chức khủng bố Nhà nước Hồi giáo", "Nhà nước Hồi giáo"),
        ("trường mầm non tư thục Hoa Sen", "trường mầm non Hoa Sen"),
        ("Phòng Giáo dục quận Ba Đình", "Phòng GD&ĐT quận Ba Đình"),
        ("Công ty TNHH Grab Việt Nam", "Grab Việt Nam"),
        # initials however joined or cased, and a country however named
        ("Bộ GD – ĐT", "Bộ Giáo dục và Đào tạo"),
        ("Bộ Vh-TT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Bộ LĐ, TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
        ("Viện KSND tối cao", "Viện kiểm sát nhân dân tối cao"),
        ("Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "Quốc hội Lào"),
        ("Quốc hội Cu Ba", "Quốc hội Cuba"),
        ("Chính phủ Vương quốc Hà Lan", "Chính phủ Hà Lan"),
        ("Chính phủ Australia", "Chính phủ Úc"),
        ("Bộ Ngoại giao Liên hiệp Vương quốc Anh và Bắc Ai-len", "Bộ Ngoại giao Anh"),
        ("Tổng cục Tổng cục TDTT", "Tổng cục Thể dục thể thao"),
        ("Chính quyền Nga", "Chính phủ Nga"),
    ],
)
def test_written_forms_of_one_body_share_a_key(first, second):
    assert org_name_key(first) == org_name_key(second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Thành ủy Hà Nội", "Thành ủy Việt Nam"),  # a capital is no country's name
        ("Bộ GD-ĐT", "Bộ Kế hoạch và Đầu tư"),  # "ĐT" of "Đào tạo", not "Đầu tư"
        ("Công ty CP Him Lam", "Công ty Cổ phần"),
    ],
)
def test_written_forms_of_two_bodies_do_not_share_a_key(first, second):
    assert org_name_key(first) != org_name_key(second)


def test_a_province_s_leader_named_by_the_province_alone_holds_the_post_in_its_body():
    doc = process(Document("d", "Chủ tịch Hà Nội Nguyễn Văn Sơn và Bí thư TP HCM Lê Văn Nam dự lễ."))
    keys = {h.person.name: h.org.key for h in doc.holdings if h.org is not None}
    assert keys["Nguyễn Văn Sơn"] == load_authority().named(org_name_key("UBND thành phố Hà Nội")).key
    assert keys["Lê Văn Nam"] == load_authority().named(org_name_key("Thành ủy TP HCM")).key


def test_a_ministry_whose_minister_has_a_foreign_name_is_that_country_s_even_beside_vietnamese_posts():
    doc = process(
        Document(
            "d",
            "Tại New Delhi, Bộ trưởng Ngoại giao Lê Văn Minh đã chào Tổng thống Ấn Độ Ram Kovind, "
            "tiếp Bộ trưởng Tài chính Arun Mehta.",
        )
    )
    keys = {h.person.name: h.org.key for h in doc.holdings if h.org is not None}
    assert keys["Arun Mehta"] != load_authority().named(org_name_key("Bộ Tài chính")).key
    assert keys["Lê Văn Minh"] == load_authority().named(org_name_key("Bộ Ngoại giao")).key


def test_a_provincial_federation_is_not_the_national_one():
    doc = process(Document("d", "Chủ tịch LĐBĐ TP HCM Trần Văn Tú cho biết giải sẽ khởi tranh vào tháng sau."))
    assert all(
        o.key != load_authority().named(org_name_key("Liên đoàn Bóng đá Việt Nam")).key for o in doc.organizations
    )


def test_a_body_written_in_lower_case_gets_a_capitalised_preferred_name(tmp_path):
    records = [
        {"id": f"q{i}", "text": f"Theo quân đội Israel, hai quả rocket đã bị đánh chặn lần {i}."} for i in range(2)
    ]
    names = dict(articles_per_node(build_records(tmp_path, *records)))
    assert "Quân đội Israel" in names and "quân đội Israel" not in names


def test_a_short_name_news_defines_and_the_full_name_are_one_node_named_in_full(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Phó Chủ tịch Ngân hàng TMCP Sài Gòn Thương Tín Nguyễn Văn Tâm bị bắt."},
        {"id": "b", "text": "Tổng giám đốc Sacombank Phan Huy Khang cho biết ngân hàng đã có lãi."},
    )
    nodes = nodes_by_form(store)
    (node,) = nodes["Ngân hàng TMCP Sài Gòn Thương Tín"]
    assert nodes["Sacombank"] == {node}
    assert preferred(store, node) == "Ngân hàng Thương mại cổ phần Sài Gòn Thương Tín"


def test_a_short_name_defined_in_an_article_is_its_body_there_only_if_it_fits_the_name():
    doc = process(
        Document(
            id="a",
            text="Ông Lê Văn Hòa, Giám đốc Công ty cổ phần Xây lắp Hòa Bình (XLHB), cho biết. Phó Tổng giám đốc "
            "XLHB Trần Văn Tư cho biết công trình xong.",
        )
    )
    keys = {org.label: org.key for org in doc.organizations}
    assert keys["XLHB"] == keys["Công ty cổ phần Xây lắp Hòa Bình"]
    cut = process(Document(id="b", text="Bà Phạm Thị Chi, Giám đốc Nhà khách Quốc hội (NKQH), cho hay NKQH sẽ mở cửa."))
    assert all(org.key != "authority:quoc-hoi" for org in cut.organizations if org.label == "NKQH")


def test_the_mined_short_names_keep_kinds_of_body_and_news_agencies_out():
    from kg.graph.authority import load_aliases

    keys = load_aliases().keys
    assert org_name_key("Sacombank") in keys and org_name_key("VNCERT") in keys
    for kind_or_agency in ("TTYT", "BKS", "HĐXX", "AFP", "PC45"):
        assert org_name_key(kind_or_agency) not in keys


def test_a_foreign_body_written_after_a_vietnamese_bodys_name_is_not_that_body():
    doc = process(
        Document(
            "d",
            "Tập đoàn dầu khí quốc gia Petrobras của Brazil đã bị điều tra. Chủ tịch Quốc hội bang Hessen Norbert "
            "Kartmann tiếp đoàn. Công ty Formosa Hà Tĩnh bị phạt.",
        )
    )
    keys = {org.label: org.key for org in doc.organizations}
    pvn = load_authority().named(org_name_key("PVN")).key
    assert pvn not in keys.values()
    assert load_authority().named(org_name_key("Quốc hội")).key not in keys.values()
    assert keys.get("Công ty Formosa Hà Tĩnh") == load_authority().named(org_name_key("Formosa")).key


def test_a_national_body_in_a_sentence_about_foreigners_is_their_countrys():
    doc = process(
        Document(
            "d",
            "Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Mỹ tại Hà Nội. Ở Washington, bà Sally Yates đã yêu cầu các nhân viên "
            "của Bộ Tư pháp không bảo vệ sắc lệnh của ông Donald Trump. Cục Điều tra Liên bang Mỹ (FBI) và Bộ Tư pháp "
            "cũng biết rõ sự không trung thực của ông Michael Flynn. Bộ Tư pháp Việt Nam đã góp ý dự thảo luật.",
        )
    )
    keys = [org.key for org in doc.organizations if org.label in ("Bộ Tư pháp", "Bộ Tư pháp Việt Nam")]
    us = load_authority().named(org_name_key("Bộ Tư pháp Mỹ")).key
    vietnam = load_authority().named(org_name_key("Bộ Tư pháp")).key
    assert keys == [us, us, vietnam]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình phát biểu.", "Tòa án nhân dân tối cao"),
        ("Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai vừa có văn bản.", ""),
    ],
)
def test_a_name_after_a_body_is_not_part_of_it_but_a_branch_is_its_own_body(text, body):
    doc = process(Document("d", text))
    keys = {org.key for org in doc.organizations if org.parent is None}
    bodies = load_authority()
    if body:
        assert bodies.named(org_name_key(body)).key in keys
    else:  # the branch, however its span is read, is not the State Bank itself
        bank = bodies.named(org_name_key("Ngân hàng Nhà nước Việt Nam")).key
        assert all(org.key != bank for org in doc.organizations if "chi nhánh" in org.label)


def test_parties_and_courts_only_other_countries_have_are_the_countrys_the_sentence_names():
    doc = process(
        Document(
            "d",
            "Ứng viên đảng Dân chủ ở Hàn Quốc thắng cử. Tại Mỹ, đảng Dân chủ phản đối. Tòa án tối cao Mỹ bác đơn.",
        )
    )
    keys = [org.key for org in doc.organizations if fold(org.label).startswith(("đảng dân chủ", "tòa án tối cao"))]
    assert len(set(keys)) == len(keys) == 3


def test_a_foreign_company_s_vietnamese_subsidiary_and_a_city_s_delegation_are_their_own_bodies():
    assert org_name_key("Công ty TNHH Uber Việt Nam") != org_name_key("Uber")
    doc = process(Document("d", "Ông Nguyễn Văn An, Phó trưởng đoàn Quốc hội thành phố, phát biểu tại kỳ họp."))
    assert all(org.key != load_authority().named(org_name_key("Quốc hội")).key for org in doc.organizations)


def test_a_national_body_in_a_sentence_about_two_foreign_countries_stays_in_its_article():
    doc = process(
        Document(
            "d",
            "Mỹ lo ngại về hoạt động của Al-Qaeda tại Yemen sau khi phiến quân Houthi lật đổ Chính phủ của Tổng thống "
            "Abdu Rabbu Mansour Hadi.",
        )
    )
    (government,) = [org for org in doc.organizations if org.label == "Chính phủ"]
    assert government.key.endswith("@ doc:d")


def test_a_party_written_by_its_short_name_is_the_party_of_the_sentences_country():
    # (a bare "phe Dân chủ", "thượng nghị sĩ Cộng hòa" is no organization in the annotated news: the party named)
    short = process(Document("a", "Các nghị sỹ đảng Dân chủ tại Quốc hội Mỹ phản đối dự luật của Tổng thống Trump."))
    full = process(Document("b", "Đảng Dân chủ Mỹ đã chỉ trích Tổng thống Trump."))
    assert {o.key for o in short.organizations if o.label == "đảng Dân chủ"} == {
        o.key for o in full.organizations if o.label == "Đảng Dân chủ Mỹ"
    }


@pytest.mark.parametrize(
    "written",
    [
        "cơ sở mầm non Sen Vàng",
        "nhóm lớp Sen Vàng",
        "trường mầm non tư thục Sen Vàng",
        "nhóm lớp độc lập tư thục Sen Vàng",
    ],
)
def test_a_kindergarten_named_by_its_kind_of_school_is_one_body(written: str):
    assert org_name_key(written) == org_name_key("Trường mầm non Sen Vàng")
    assert org_name_key("Nhóm lớp") != org_name_key("Trường mầm non")  # a kind alone names no school


def _holding_keys(text: str) -> set[tuple[str, str, str]]:
    doc = process(Document("t", text))
    return {(h.person.name, h.role, h.org.key if h.org is not None else "") for h in doc.holdings}


def test_two_ministries_joined_by_kiem_are_both_the_foreign_ministers():
    keys = _holding_keys("Chiều 12/4, Phó Thủ tướng tiếp Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arjun Mehta.")
    held = {org for person, role, org in keys if person == "Arjun Mehta" and role == "Bộ trưởng"}
    assert len(held) == 2 and not any(org.startswith("authority:") for org in held)


def test_a_short_name_after_the_same_body_with_its_country_is_that_countrys():
    keys = _holding_keys(
        "Thông báo do Bộ Ngoại giao Trung Quốc phát đi cho biết, Thứ trưởng Bộ Ngoại giao Lâm Chí Cường sẽ sang thăm Lào."
    )
    assert {org for person, _, org in keys if person == "Lâm Chí Cường"} == {"bộ ngoại giao trung quốc"}
    keys = _holding_keys(
        "Bộ Ngoại giao Trung Quốc đã gửi công hàm tới Bộ Ngoại giao Việt Nam, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung "
        "cho biết."
    )
    assert {org for person, _, org in keys if person == "Lê Hoài Trung"} == {"authority:bo-ngoai-giao"}


def test_an_ethnic_minority_name_holds_vietnamese_posts():
    keys = _holding_keys("Ông Điểu Brêu, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bình Phước phát biểu.")
    assert ("Điểu Brêu", "Ủy viên", "authority:ban-chap-hanh-trung-uong-dang") in keys
    keys = _holding_keys("Bà Ksor H'Bơ Khăp, Phó Chủ tịch UBND tỉnh Gia Lai, phát biểu tại hội nghị.")
    assert ("Ksor H'Bơ Khăp", "Phó Chủ tịch", "authority:uy-ban-nhan-dan-tinh-gia-lai") in keys


def test_electronic_government_is_no_body():
    doc = process(Document("t", "Các bộ, ngành đang xây dựng Chính phủ điện tử và Chính phủ số."))
    assert not doc.organizations


def test_a_national_bodys_branch_in_a_province_is_a_body_of_its_own():
    keys = _holding_keys("Ông Trần Văn Phúc, Giám đốc Ngân hàng Nhà nước tỉnh Bến Tre cho biết tín dụng tăng 12%.")
    assert {org for person, _, org in keys if person == "Trần Văn Phúc"} == {"ngân hàng nhà nước bến tre"}
    doc = process(
        Document("t", "Bà Lê Thị Hoa, Giám đốc BHXH tỉnh Nghệ An cho biết cán bộ BHXH đã đến từng nhà vận động.")
    )
    assert {o.key for o in doc.organizations} == {"authority:bao-hiem-xa-hoi-tinh-nghe-an"}
    doc = process(Document("t", "Theo BHXH Việt Nam, BHXH tỉnh Nghệ An đã thu đủ, còn BHXH sẽ kiểm tra tiếp."))
    assert next(o.key for o in doc.organizations if o.written == "BHXH") == "authority:bao-hiem-xa-hoi-viet-nam"


def test_organization_forms_reads_each_body_s_summary_most_named_first(tmp_path):
    """`kg query organization-forms` reads the summaries of the inferred labels graph: articles per body, its forms
    with the most written first, bodies sorted by articles then preferred name; the same after a removal."""
    from kg.pipeline import remove

    store = build_records(
        tmp_path,
        {"id": "a", "text": "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến phát biểu tại Văn phòng Chính phủ."},
        {"id": "b", "text": "Bộ Y tế vừa ban hành hướng dẫn mới."},
        {"id": "c", "text": "Thứ trưởng Bộ Y tế Nguyễn Viết Tiến dự họp với Văn phòng Chính phủ (VPCP)."},
    )
    rows = [[cell.value for cell in row] for row in run_query(store, load_query("organization-forms")).rows]
    by_name = {row[0]: row for row in rows}
    assert by_name["Bộ Y tế"][1] == "3" and by_name["Văn phòng Chính phủ"][1] == "2"
    assert by_name["Văn phòng Chính phủ"][2].split(" | ")[0] == "Văn phòng Chính phủ"  # the most written form first
    assert [int(row[1]) for row in rows] == sorted((int(row[1]) for row in rows), reverse=True)
    remove(["c"], store)
    rows = [[cell.value for cell in row] for row in run_query(store, load_query("organization-forms")).rows]
    assert {row[0]: row[1] for row in rows}["Bộ Y tế"] == "2"


@pytest.mark.parametrize(
    "text, date, provincial",
    [
        ("Phó Chủ tịch UBND tỉnh TT-Huế Phan Văn Thọ cho biết.", "2017-05-02", True),
        ("UBND tỉnh Thừa Thiên Huế vừa có văn bản.", "2017-05-02", True),
        ("Trung tâm phát triển quỹ đất báo cáo UBND TP.Huế về việc này.", "2017-05-02", False),  # the city, then
        ("Thành ủy Huế vừa có văn bản.", "2017-05-02", False),
        ("UBND TP Huế vừa có văn bản.", "2025-08-02", True),  # a province-level city since 1 January 2025
    ],
)
def test_hue_city_before_2025_is_not_the_province_it_lay_in(text, date, provincial):
    doc = process(Document("d", text, date=date))
    (org,) = [o for o in doc.organizations if "Huế" in o.label]
    assert org.key.startswith("authority:") == provincial


def test_thua_thien_hue_bodies_end_when_hue_became_a_city_and_the_citys_replace_them():
    bodies = load_authority()
    province = bodies.lookup(org_name_key("UBND tỉnh Thừa Thiên Huế"))
    city = bodies.lookup(org_name_key("UBND TP Huế"))
    assert province.until == "2025-01-01" and city.start == "2025" and city.replaces == (province.id,)
    assert province.name == "Ủy ban nhân dân tỉnh Thừa Thiên Huế" and city.name == "Ủy ban nhân dân Thành phố Huế"


@pytest.mark.parametrize(
    "text, date, body",
    [
        ("Sở Y tế Huế vừa có văn bản.", "2017-05-02", "Sở Y tế tỉnh Thừa Thiên Huế"),  # no city had a Sở then
        ("Sở Y tế Huế vừa có văn bản.", "2025-08-02", "Sở Y tế Thành phố Huế"),
        ("Sở Y tế tỉnh Thừa Thiên Huế vừa có văn bản.", "2025-08-02", "Sở Y tế tỉnh Thừa Thiên Huế"),  # as written
        (
            "Ở Thừa Thiên Huế, Sở Y tế vừa có văn bản. Huế có nhiều di tích.",
            "2017-05-02",
            "Sở Y tế tỉnh Thừa Thiên Huế",
        ),
        ("Ở Huế, Sở Y tế vừa có văn bản. Huế có nhiều di tích.", "2025-08-02", "Sở Y tế Thành phố Huế"),
    ],
)
def test_a_hue_body_is_the_one_of_the_articles_day(text, date, body):
    doc = process(Document("d", text, date=date))
    (org,) = [o for o in doc.organizations if o.label.startswith("Sở")]
    assert load_authority().body_of_key(org.key).name == body


def test_a_foreign_delegation_that_had_a_meeting_with_a_minister_lists_none_of_his_posts():
    text = (
        "Chiều 29/6, Tổng Bí thư tiếp ngài Khaw Boon Wan, Chủ tịch Đảng Hành động Nhân dân Singapore. Đoàn cấp cao "
        "Đảng Hành động Nhân dân Singapore đã có cuộc làm việc với đồng chí Trương Văn Nghĩa, Ủy viên Trung ương Đảng, "
        "Bộ trưởng Bộ Giao thông Vận tải."
    )
    doc = process(Document("d", text, date="2017-06-30"))
    posts = {(h.role, h.org.key) for h in doc.holdings if h.person.name == "Trương Văn Nghĩa" and h.org is not None}
    assert ("Bộ trưởng", "authority:bo-giao-thong-van-tai") in posts


def test_the_body_a_holding_writes_leaves_out_its_short_name_in_brackets(tmp_path):
    """ "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Gia Lai": the `holdings` row names the body without "(TN&MT)"."""
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Ông Hà Văn Lâm, Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Gia Lai, phát biểu."},
    )
    assert [row[3].value for row in run_query(store, load_query("holdings")).rows] == [
        "Sở Tài nguyên và Môi trường tỉnh Gia Lai"
    ]


def test_a_department_every_ministry_has_is_one_node_per_ministry(tmp_path):
    store = build_records(
        tmp_path,
        {"id": "a", "text": "Ông Nguyễn Văn An, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Công Thương cho biết."},
        {"id": "b", "text": "Vụ trưởng Vụ Tổ chức cán bộ Bộ Công Thương Nguyễn Văn An phát biểu."},
        {"id": "c", "text": "Ông Trần Văn Bình, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Xây dựng cho biết."},
        {"id": "d", "text": "Vụ Tổ chức cán bộ đã trình hồ sơ lên lãnh đạo."},
    )
    found = run_query(
        store,
        "SELECT ?o (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?o a org:Organization ; rdfs:label ?label } "
        'FILTER(STRSTARTS(?label, "Vụ Tổ chức cán bộ")) } GROUP BY ?o',
    )
    articles = sorted(int(row[1].value) for row in found.rows)
    assert articles == [1, 1, 2], articles  # Bộ Công Thương's (two articles), Bộ Xây dựng's, d's own


def test_a_ministry_department_run_into_its_ministry_has_one_key_whatever_the_run():
    doc = process(Document("d", "Ông Nguyễn Văn An, Vụ trưởng Vụ Kế hoạch - Tài chính Bộ Y tế, cho biết."))
    assert [o.key for o in doc.organizations] == ["vụ kế hoạch tài chính < authority:bo-y-te"]  # the longest unit
