"""Tenures across articles, successions, and the named queries over them (kg.graph.tenures, issue 13)."""

from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.document import Document
from kg.pipeline import process
from kg.query import load_query, run_query
from kg.store import open_store

POST = {"role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị"}
ARTICLES = {
    "a1": (
        "2016-06-29",
        "Sáng 28-6, HĐND tỉnh Quảng Trị đã bầu ông Nguyễn Văn An giữ chức Chủ tịch UBND tỉnh Quảng Trị.",
    ),
    "a2": (
        "2019-04-11",
        "Sáng 10-4, HĐND tỉnh Quảng Trị đã bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh Quảng Trị thay ông "
        "Nguyễn Văn An nghỉ hưu.",
    ),
    "a3": (
        "2021-07-02",
        "Ngày 1-7, HĐND tỉnh Quảng Trị đã bầu ông Lê Văn Cường giữ chức Chủ tịch UBND tỉnh Quảng Trị thay ông "
        "Trần Văn Bình.",
    ),
}


def write_articles(folder, names) -> list[str]:
    paths = []
    for name in names:
        date, text = ARTICLES[name]
        path = folder / f"{name}.jsonl"
        path.write_text(json.dumps({"id": name, "date": date, "text": text}, ensure_ascii=False) + "\n", "utf-8")
        paths.append(str(path))
    return paths


def build(store, paths) -> None:
    for path in paths:  # one build per article: the order they come in must not matter
        result = CliRunner().invoke(main, ["build", path, "-s", str(store), "-q"])
        assert result.exit_code == 0, result.output


def build_dated(folder, records: list[tuple[str, str, str]]):
    """Writes (id, date, text) records to one JSONL file, builds it and returns the store."""
    path = folder / "articles.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in records), "utf-8"
    )
    build(folder / "store", [str(path)])
    return folder / "store"


def who_held(store, day: str, **post) -> list[str]:
    """The people the named query who-held gives for the post on the day."""
    return [row[0] for row in rows(store, "who-held", date=day, **post)]


def rows(store, name: str, **params) -> list[list[str]]:
    with open_store(str(store), read_only=True) as opened:
        result = run_query(opened, load_query(name), params)
    return [[cell.value if cell is not None else "" for cell in row] for row in result.rows]


@pytest.fixture(scope="module")
def three_holders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tenures")
    store = folder / "store"
    build(store, write_articles(folder, ["a1", "a2", "a3"]))
    return store


def test_a_post_held_by_three_people_gives_the_same_timeline_and_successions_in_every_build_order(tmp_path):
    answers = set()
    for order in itertools.permutations(["a1", "a2", "a3"]):
        folder = tmp_path / "-".join(order)
        folder.mkdir()
        build(folder / "store", write_articles(folder, order))
        successions = rows(folder / "store", "successions", **POST)
        timeline = rows(folder / "store", "timeline", person="Trần Văn Bình")
        answers.add(json.dumps([successions, timeline], ensure_ascii=False))
    assert len(answers) == 1
    successions, timeline = json.loads(answers.pop())
    assert [row[:4] for row in successions] == [
        ["Nguyễn Văn An", "2016-06-28", "2019-04-10", ""],
        ["Trần Văn Bình", "2019-04-10", "2021-07-01", "Nguyễn Văn An"],
        ["Lê Văn Cường", "2021-07-01", "", "Trần Văn Bình"],
    ]
    assert timeline == [
        ["Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "2019-04-10", "2021-07-01", "ended", "a2 a3"]
    ]


@pytest.mark.parametrize(
    "day, holders",
    [
        ("2016-06-27", []),  # before anyone's tenure began
        ("2016-06-28", ["Nguyễn Văn An"]),  # the day it began
        ("2019-04-09", ["Nguyễn Văn An"]),
        ("2019-04-10", ["Nguyễn Văn An", "Trần Văn Bình"]),  # on the handover day both: not ended before it
        ("2019-04-11", ["Trần Văn Bình"]),
        ("2020-01-01", ["Trần Văn Bình"]),
        ("2021-07-01", ["Trần Văn Bình", "Lê Văn Cường"]),
        ("2021-07-02", ["Lê Văn Cường"]),
        ("2026-01-01", ["Lê Văn Cường"]),  # not ended: still held as far as the articles say
    ],
)
def test_who_held_the_post_on_a_day_including_the_boundary_days(three_holders, day: str, holders: list[str]):
    assert who_held(three_holders, day, **POST) == holders


def test_who_held_matches_the_post_however_its_names_are_written(three_holders):
    found = rows(three_holders, "who-held", role="chủ tịch", org="ủy ban nhân dân tỉnh quảng trị", date="2018-01-01")
    assert [row[0] for row in found] == ["Nguyễn Văn An"]


def test_events_can_be_asked_for_one_person(three_holders):
    events = rows(three_holders, "events", person="Trần Văn Bình")
    assert [(row[0], row[1], row[3]) for row in events] == [("2019-04-10", "election", "Chủ tịch")]
    everyone = rows(three_holders, "events")
    assert {row[2] for row in everyone} == {"Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"}


def test_contradictory_evidence_is_kept_and_reported(tmp_path):
    folder = tmp_path
    paths = write_articles(folder, ["a1", "a2"])
    late = folder / "late.jsonl"
    late.write_text(
        json.dumps(
            {
                "id": "late",
                "date": "2020-03-01",
                "text": "Chủ tịch UBND tỉnh Quảng Trị Nguyễn Văn An tiếp đoàn công tác.",
            },
            ensure_ascii=False,
        )
        + "\n",
        "utf-8",
    )
    build(folder / "store", paths + [str(late)])
    query = "SELECT ?text WHERE { GRAPH ?g { ?t kg:conflict ?text } }"
    with open_store(str(folder / "store"), read_only=True) as opened:
        conflicts = [row[0].value for row in run_query(opened, query).rows]
    assert conflicts == ["observed held on 2020-03-01, after its end (2019-04-10)"]
    assert who_held(folder / "store", "2020-03-01", **POST) == ["Trần Văn Bình"]


def test_the_tenures_graph_validates(three_holders):
    result = CliRunner().invoke(main, ["validate", "-s", str(three_holders)])
    assert result.exit_code == 0, result.output


def test_wikidata_export_gives_tenure_bounds_and_the_holders_before_and_after(three_holders, tmp_path):
    import pyoxigraph as ox

    from kg.graph import iri
    from kg.graph.wikidata import positions_held

    with open_store(str(three_holders), read_only=True) as opened:
        holders = (
            f"SELECT DISTINCT ?p ?n WHERE {{ GRAPH <{iri.TENURES_GRAPH}> {{ ?t kg:tenureOf ?p }} ?p foaf:name ?n }}"
        )
        people = {row[1].value: row[0] for row in run_query(opened, holders).rows}  # the holders kg link would link
        quads = list(opened.quads())
    store = open_store("memory")
    links = ox.NamedNode(str(iri.LINKS_GRAPH))
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    items = {"Nguyễn Văn An": "Q1", "Trần Văn Bình": "Q2", "Lê Văn Cường": "Q3"}
    extra = [
        ox.Quad(people[name], same_as, ox.NamedNode(f"http://www.wikidata.org/entity/{q}"), links)
        for name, q in items.items()
    ]
    graphs = {q.graph_name.value for q in quads + extra if isinstance(q.graph_name, ox.NamedNode)}
    store.replace_graphs(
        {
            graph: ox.serialize([q for q in quads + extra if q.graph_name.value == graph], format=ox.RdfFormat.N_QUADS)
            for graph in graphs
        }
    )
    found = ox.Store()
    found.extend(ox.Quad(t.subject, t.predicate, t.object) for t in positions_held(store))
    query = """SELECT ?start ?end ?before ?after WHERE { wd:Q2 p:P39 ?st .
        OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
        OPTIONAL { ?st pq:P1365 ?before } OPTIONAL { ?st pq:P1366 ?after } }"""
    (row,) = list(
        found.query(
            query,
            prefixes={
                "wd": "http://www.wikidata.org/entity/",
                "p": "http://www.wikidata.org/prop/",
                "pq": "http://www.wikidata.org/prop/qualifier/",
            },
        )
    )
    assert row["start"].value.startswith("2019-04-10") and row["end"].value.startswith("2021-07-01")
    assert (row["before"].value, row["after"].value) == (
        "http://www.wikidata.org/entity/Q1",
        "http://www.wikidata.org/entity/Q3",
    )


def test_eval_scores_events_with_and_without_their_date():
    from kg.evaluate import Prediction, score

    record = {
        "id": "r",
        "date": "2019-03-02",
        "text": "Chiều 1/3, HĐND tỉnh Bình Sơn bầu ông Trần Minh Khoa giữ chức Chủ tịch UBND tỉnh Bình Sơn.",
        "events": [
            {
                "kind": "election",
                "person": "Trần Minh Khoa",
                "role": "Chủ tịch",
                "org": "UBND tỉnh Bình Sơn",
                "date": "2019-03-01",
            }
        ],
    }
    right = Prediction(
        events={("election", "Trần Minh Khoa", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Sơn", "2019-03-01")}
    )
    report = score([record], {"r": right})
    assert report.to_dict()["events"]["f1"] == 1.0 and report.to_dict()["events-dated"]["f1"] == 1.0
    wrong_day = Prediction(events={("election", "Trần Minh Khoa", "Chủ tịch", "UBND tỉnh Bình Sơn", "2019-03-02")})
    scores = score([record], {"r": wrong_day}).to_dict()
    assert scores["events"]["f1"] == 1.0 and scores["events-dated"]["f1"] == 0.0
    assert (
        "events" not in score([{"id": "x", "text": "Không có sự kiện."}], {}).to_dict()
    )  # only when the gold has them


def test_eval_matches_an_events_body_by_the_holdings_rule_with_its_parents():
    from kg.evaluate import Prediction, score

    record = {
        "id": "r",
        "date": "2020-10-15",
        "text": "Hội nghị bầu ông Hồ Văn Vinh làm Ủy viên Ban Thường vụ Tỉnh ủy Bình Sơn.",
        "holdings": [
            {
                "person": "Hồ Văn Vinh",
                "role": "Ủy viên",
                "org": "Ban Thường vụ",
                "org_parents": ["Tỉnh ủy Bình Sơn"],
                "status": "new",
            }
        ],
        "events": [{"kind": "election", "person": "Hồ Văn Vinh", "role": "Ủy viên", "org": "Ban Thường vụ"}],
    }
    event = ("election", "Hồ Văn Vinh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Sơn", "")
    assert score([record], {"r": Prediction(events={event})}).to_dict()["events"]["f1"] == 1.0
    another = ("election", "Hồ Văn Vinh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Giang", "")
    assert score([record], {"r": Prediction(events={another})}).to_dict()["events"]["f1"] == 0.0


def test_eval_scores_the_tenure_bounds_the_gold_states(tmp_path):
    from kg.evaluate import evaluate_file

    records = []
    for name in ("a1", "a2"):
        date, text = ARTICLES[name]
        records.append({"id": name, "date": date, "text": text})
    records[1]["tenures"] = [
        {"person": "Trần Văn Bình", "role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị", "start": "2019-04-10", "end": ""},
        {"person": "Nguyễn Văn An", "role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị", "start": "", "end": "2019-04-10"},
        {"person": "Nguyễn Văn An", "role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị", "start": "2016-06-01", "end": ""},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = evaluate_file(gold)
    bounds = report.to_dict()["tenure-bounds"]
    assert (bounds["right"], bounds["bounds"]) == (2, 3)  # the third start is not what the articles say (28 June)
    # the list of errors says which bound is wrong and what the graph has instead
    assert "Nguyễn Văn An | Chủ tịch | UBND tỉnh Quảng Trị | start: gold 2016-06-01, graph 2016-06-28" in (
        report.format_errors()
    )


@pytest.mark.parametrize(
    "name, events, dated, bounds, who_held",
    [
        # measured: events .921, with dates .905, tenure bounds 48/52, who-held 21/22
        ("dev.jsonl", 0.90, 0.87, 0.86, 0.90),
        # measured: events .850, with dates .783, tenure bounds 50/65, who-held 53/53
        ("dev2.jsonl", 0.82, 0.75, 0.73, 0.95),
        # the newest dated set scored once (blind .835 / .807, 93/127, 105/144); measured after that session's
        # changes (kg 0.47.0): events .888, with dates .860, tenure bounds 107/127, who-held 134/144
        ("test24.jsonl", 0.86, 0.83, 0.81, 0.90),
    ],
)
def test_the_dated_dev_gold_keeps_its_figures(name: str, events: float, dated: float, bounds: float, who_held: float):
    """data/events/dev.jsonl and dev2.jsonl (40 and 30 dated articles written for the project, data/events/SPEC.md),
    and the newest scored test set: guards a little under what was measured."""
    from pathlib import Path

    from kg.evaluate import evaluate_file

    report = evaluate_file(Path(__file__).resolve().parents[1] / "data" / "events" / name).to_dict()
    assert report["events"]["f1"] >= events
    assert report["events-dated"]["f1"] >= dated
    assert report["tenure-bounds"]["share"] >= bounds
    assert report["who-held"]["share"] >= who_held


def test_a_post_held_since_a_date_written_after_it_begins_then(tmp_path):
    """ "giữ chức … từ tháng 9/2018" with no event: the tenure begins then, and who-held answers for a day after."""
    text = (
        "Thiếu tướng Trịnh Văn Lâm nghỉ hưu\n\nĐại tá Ngô Quang Huy được điều động giữ chức Giám đốc Công an tỉnh Hà "
        "Nam thay Thiếu tướng Trịnh Văn Lâm, Giám đốc Công an tỉnh Hà Nam, nghỉ hưu theo chế độ kể từ ngày 1/8/2022. "
        "Thiếu tướng Trịnh Văn Lâm giữ chức Giám đốc Công an tỉnh Hà Nam từ tháng 9/2018."
    )
    store = build_dated(tmp_path, [("b1", "2022-07-30", text)])
    post = {"role": "Giám đốc", "org": "Công an tỉnh Hà Nam"}
    assert who_held(store, "2019-01-01", **post) == ["Trịnh Văn Lâm"]
    assert who_held(store, "2018-08-31", **post) == []
    timeline = rows(store, "timeline", person="Trịnh Văn Lâm")
    assert [(r[1], r[3], r[4]) for r in timeline] == [("Giám đốc", "2018-09", "2022-08-01")]


def test_a_deputy_made_head_of_the_same_body_leaves_the_deputys_post_that_day(tmp_path):
    text = (
        "Ông Đỗ Văn Tâm được bầu làm Chủ tịch UBND tỉnh Bình Sơn\n\nSáng 19/5, HĐND tỉnh Bình Sơn đã bầu ông Đỗ Văn "
        "Tâm, Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh Bình Sơn."
    )
    store = build_dated(tmp_path, [("p1", "2016-05-20", text)])
    timeline = {(r[1], r[3], r[4]) for r in rows(store, "timeline", person="Đỗ Văn Tâm")}
    assert ("Phó Chủ tịch", "", "2016-05-19") in timeline and ("Chủ tịch", "2016-05-19", "") in timeline
    assert who_held(store, "2016-05-20", role="Phó Chủ tịch", org="UBND tỉnh Bình Sơn") == []
    with open_store(str(store), read_only=True) as opened:  # the article naming the old post is no contradiction
        assert not list(opened.select("SELECT ?c WHERE { ?t kg:conflict ?c }"))


def test_a_standing_deputy_made_head_leaves_the_standing_deputy_s_post_that_day(tmp_path):
    """ "Phó Bí thư Thường trực" is a deputy's post of the same title as "Bí thư", however qualified."""
    text = (
        "Ông Hà Văn Quang được bầu làm Bí thư Tỉnh ủy Bình Sơn\n\nChiều 15-10, Ban Chấp hành Đảng bộ tỉnh đã bầu ông "
        "Hà Văn Quang, Phó Bí thư Thường trực Tỉnh ủy Bình Sơn, giữ chức Bí thư Tỉnh ủy Bình Sơn."
    )
    store = build_dated(tmp_path, [("q1", "2020-10-16", text)])
    assert who_held(store, "2020-10-16", role="Phó Bí thư Thường trực", org="Tỉnh ủy Bình Sơn") == []
    assert who_held(store, "2020-10-16", role="Bí thư", org="Tỉnh ủy Bình Sơn") == ["Hà Văn Quang"]


def test_no_one_holds_a_post_of_a_province_merged_away_after_the_merger(tmp_path):
    """Thái Bình joined Hưng Yên on 1 July 2025 (Nghị quyết 202/2025/QH15): its bodies' posts end that day at the
    latest; Hưng Yên's go on."""
    text = (
        "Bầu Chủ tịch UBND tỉnh Thái Bình\n\nSáng 15/3/2024, HĐND tỉnh Thái Bình bầu ông Lại Văn Hoàn giữ chức "
        "Chủ tịch UBND tỉnh Thái Bình. Cùng ngày, HĐND tỉnh Hưng Yên bầu ông Trần Quốc Văn giữ chức Chủ tịch "
        "UBND tỉnh Hưng Yên."
    )
    store = build_dated(tmp_path, [("m1", "2024-03-15", text)])
    assert who_held(store, "2025-06-30", role="Chủ tịch", org="UBND tỉnh Thái Bình") == ["Lại Văn Hoàn"]
    assert who_held(store, "2025-08-01", role="Chủ tịch", org="UBND tỉnh Thái Bình") == []
    assert who_held(store, "2025-08-01", role="Chủ tịch", org="UBND tỉnh Hưng Yên") == ["Trần Quốc Văn"]


def test_a_chair_moved_to_a_ministry_holds_the_chair_until_the_council_dismisses_them(tmp_path):
    """A move that takes effect on a day ends the posts the person leaves, unless an event that ends the post itself
    says when: the council's dismissal some days later."""
    moved = (
        "Thủ tướng Chính phủ vừa ký quyết định điều động ông Hà Văn Tường, Chủ tịch UBND tỉnh Sơn Bình, giữ chức Thứ "
        "trưởng Bộ Tài chính kể từ ngày 1/8/2022."
    )
    dismissed = (
        "Sáng 12/8, HĐND tỉnh Sơn Bình đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh Sơn Bình đối với ông Hà Văn Tường. "
        "HĐND tỉnh bầu bà Lê Thị Lan giữ chức Chủ tịch UBND tỉnh Sơn Bình thay ông Hà Văn Tường."
    )
    chair = {"role": "Chủ tịch", "org": "UBND tỉnh Sơn Bình"}
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    only_moved = build_dated(tmp_path / "one", [("m", "2022-07-30", moved)])
    assert who_held(only_moved, "2022-08-05", **chair) == []
    both = build_dated(tmp_path / "two", [("m", "2022-07-30", moved), ("d", "2022-08-12", dismissed)])
    assert who_held(both, "2022-08-05", **chair) == ["Hà Văn Tường"]
    assert sorted(who_held(both, "2022-08-12", **chair)) == ["Hà Văn Tường", "Lê Thị Lan"]


def test_kg_eval_asks_who_held_questions_and_rejects_a_malformed_one(tmp_path):
    from kg.evaluate import evaluate_file

    date, text = ARTICLES["a2"]
    questions = [
        {"role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị", "date": "2019-04-11", "holders": ["Trần Văn Bình"]},
        {"role": "Chủ tịch", "org": "UBND tỉnh Quảng Trị", "date": "2019-04-11", "holders": ["Nguyễn Văn An"]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a2", "date": date, "text": text, "who_held": questions}, ensure_ascii=False))
    report = evaluate_file(gold).to_dict()
    assert report["who-held"] == {"right": 1, "questions": 2, "share": 0.5}
    questions[0]["date"] = "11/4/2019"
    gold.write_text(json.dumps({"id": "a2", "date": date, "text": text, "who_held": questions}, ensure_ascii=False))
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code != 0 and "who_held 1: 'date' must be YYYY-MM-DD" in result.output


def test_a_tenure_begins_on_the_sharpest_of_the_dates_that_agree(tmp_path):
    """ "giữ chức … từ năm 2016" and "bầu … chiều 30-6" (2016) say one beginning: the day says it better."""
    records = [
        (
            "t1",
            "2016-07-01",
            "Chiều 30-6, HĐND tỉnh Lai Châu bầu ông Giàng Páo Mỷ giữ chức Chủ tịch UBND tỉnh Lai Châu.",
        ),
        ("t2", "2019-03-01", "Ông Giàng Páo Mỷ giữ chức Chủ tịch UBND tỉnh Lai Châu từ năm 2016."),
    ]
    store = build_dated(tmp_path, records)
    timeline = rows(store, "timeline", person="Giàng Páo Mỷ")
    assert [(r[1], r[3]) for r in timeline] == [("Chủ tịch", "2016-06-30")]
    assert who_held(store, "2016-05-01", role="Chủ tịch", org="UBND tỉnh Lai Châu") == []


def test_an_appointment_announced_ahead_is_not_held_before_it_takes_effect(tmp_path):
    text = (
        "UBND tỉnh Lai Châu vừa ban hành quyết định bổ nhiệm ông Lò Văn Tiến giữ chức Giám đốc Sở Nội vụ tỉnh Lai Châu "
        "kể từ ngày 1/9/2020."
    )
    store = build_dated(tmp_path, [("a", "2020-08-28", text)])
    post = {"role": "Giám đốc", "org": "Sở Nội vụ tỉnh Lai Châu"}
    assert who_held(store, "2020-08-31", **post) == []
    assert who_held(store, "2020-09-01", **post) == ["Lò Văn Tiến"]


def test_who_signs_is_no_co_subject_and_a_chair_is_seen_holding_the_post_on_the_meetings_day(tmp_path):
    records = [
        (
            "s1",
            "2017-07-02",
            "Theo Quyết định số 1456/QĐ-UBND do Chủ tịch UBND tỉnh Lai Châu Giàng Páo Mỷ ký, ông Lò Văn Tiến (SN 1970, "
            "quê huyện Sìn Hồ), Phó Giám đốc Sở Giao thông vận tải tỉnh Lai Châu, được bổ nhiệm giữ chức Giám đốc Sở "
            "Giao thông vận tải tỉnh Lai Châu.",
        ),
        ("s2", "2019-10-03", "Chiều 2.10, Chủ tịch UBND tỉnh Lai Châu Giàng Páo Mỷ chủ trì hội nghị xúc tiến đầu tư."),
    ]
    store = build_dated(tmp_path, records)
    director = {"role": "Giám đốc", "org": "Sở Giao thông vận tải tỉnh Lai Châu"}
    assert who_held(store, "2018-01-01", **director) == ["Lò Văn Tiến"]
    assert who_held(store, "2019-10-02", role="Chủ tịch", org="UBND tỉnh Lai Châu") == ["Giàng Páo Mỷ"]


@pytest.mark.parametrize(
    "org", ["Sở TN&MT tỉnh Lai Châu", "Sở Tài nguyên và Môi trường tỉnh Lai Châu", "sở tn&mt tỉnh lai châu"]
)
def test_who_held_finds_a_body_by_its_full_name_or_its_usual_short_form(tmp_path, org: str):
    text = "Ngày 5/3, UBND tỉnh Lai Châu bổ nhiệm ông Lò Văn Tiến giữ chức Giám đốc Sở Tài nguyên và Môi trường tỉnh Lai Châu."
    store = build_dated(tmp_path, [("a", "2019-03-06", text)])
    assert who_held(store, "2019-08-20", role="Giám đốc", org=org) == ["Lò Văn Tiến"]


def test_kg_eval_matches_a_tenure_by_the_form_an_article_writes_and_counts_sharper_agreeing_bounds(tmp_path):
    from kg.evaluate import evaluate_file

    records = [
        {
            "id": "e1",
            "date": "2016-06-29",
            "text": "Chiều 28-6, HĐND tỉnh Lai Châu bầu ông Lò Văn Tiến giữ chức Phó Chủ tịch UBND tỉnh.",
            "tenures": [
                {"person": "Lò Văn Tiến", "role": "Phó Chủ tịch", "org": "UBND tỉnh", "start": "2016-06-28", "end": ""}
            ],
        },
        {
            "id": "e2",
            "date": "2019-01-02",
            "text": "Ông Lò Văn Tiến giữ chức Phó Chủ tịch UBND tỉnh Lai Châu từ năm 2016.",
            "tenures": [
                {
                    "person": "Lò Văn Tiến",
                    "role": "Phó Chủ tịch",
                    "org": "UBND tỉnh Lai Châu",
                    "start": "2016",
                    "end": "",
                }
            ],
        },
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    bounds = evaluate_file(gold).to_dict()["tenure-bounds"]
    assert (bounds["right"], bounds["agreeing"], bounds["bounds"]) == (1, 2, 2)


def test_a_timeline_has_one_row_per_post_whatever_capitals_the_articles_write(tmp_path):
    records = [
        ("c1", "2017-03-01", "Bộ Trưởng Bộ Tài chính Đinh Tiến Dũng phát biểu tại hội nghị."),
        ("c2", "2017-05-01", "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng trả lời chất vấn."),
    ]
    store = build_dated(tmp_path, records)
    timeline = rows(store, "timeline", person="Đinh Tiến Dũng")
    assert [(r[1], r[2]) for r in timeline] == [("Bộ trưởng", "Bộ Tài chính")]


def test_an_acting_holder_in_place_of_a_retiring_one_ends_the_post_the_retiree_held(tmp_path):
    records = [
        (
            "k1",
            "2017-05-19",
            "Bà Nguyễn Thị Thu Hà, người giữ chức Giám đốc Sở Ngoại vụ tỉnh Kon Tum từ tháng 10/2014, cho biết.",
        ),
        (
            "k2",
            "2022-08-02",
            "UBND tỉnh Kon Tum vừa ký quyết định giao ông Võ Đình Khôi, Phó Giám đốc Sở Ngoại vụ tỉnh Kon Tum, giữ quyền "
            "Giám đốc Sở Ngoại vụ tỉnh Kon Tum kể từ ngày 1/8/2022, thay bà Nguyễn Thị Thu Hà nghỉ hưu theo chế độ.",
        ),
    ]
    store = build_dated(tmp_path, records)
    director = {"role": "Giám đốc", "org": "Sở Ngoại vụ tỉnh Kon Tum"}
    assert who_held(store, "2015-01-01", **director) == ["Nguyễn Thị Thu Hà"]
    assert who_held(store, "2023-01-10", **director) == []
    assert who_held(store, "2023-01-10", role="quyền Giám đốc", org="Sở Ngoại vụ tỉnh Kon Tum") == ["Võ Đình Khôi"]


def test_a_dismissal_ends_the_post_it_names_not_the_one_the_person_keeps(tmp_path):
    records = [
        (
            "d1",
            "2020-11-13",
            "Sáng 12/11, HĐND tỉnh Kiên Giang đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh Kiên Giang đối với ông Lâm Văn Hưng, "
            "Bí thư Tỉnh ủy Kiên Giang, do được phân công nhiệm vụ mới.",
        ),
        (
            "d2",
            "2023-04-15",
            "Sáng 14/4, Bí thư Tỉnh ủy Kiên Giang Lâm Văn Hưng chủ trì hội nghị Ban Thường vụ Tỉnh ủy.",
        ),
    ]
    store = build_dated(tmp_path, records)
    assert who_held(store, "2023-04-14", role="Bí thư", org="Tỉnh ủy Kiên Giang") == ["Lâm Văn Hưng"]
    assert who_held(store, "2021-01-01", role="Chủ tịch", org="UBND tỉnh Kiên Giang") == []


@pytest.mark.parametrize(
    "date, text, post, answers",
    [
        (  # someone replaced on a day held the post that day and not after
            "2016-06-29",
            "Sáng 28-6, HĐND tỉnh Tuyên Quang bầu ông Phạm Đức Thịnh giữ chức Chủ tịch UBND tỉnh Tuyên Quang thay ông "
            "Nguyễn Hữu Lộc nghỉ hưu.",
            {"role": "Chủ tịch", "org": "UBND tỉnh Tuyên Quang"},
            # the article says nothing of the days before
            {"2016-06-27": [], "2016-06-28": ["Nguyễn Hữu Lộc", "Phạm Đức Thịnh"], "2016-06-29": ["Phạm Đức Thịnh"]},
        ),
        (  # a retirement ends the one post another sentence gives its person (retired 1 June, successor on 28 June)
            "2016-06-29",
            "Hôm qua, HĐND tỉnh Quảng Ngãi bầu ông Huỳnh Tấn Lộc giữ chức Chủ tịch UBND tỉnh Quảng Ngãi. Tân Chủ tịch "
            "UBND tỉnh thay ông Trương Công Sáu, người đã nghỉ hưu theo chế độ từ ngày 1/6. Ông Trương Công Sáu giữ chức "
            "Chủ tịch UBND tỉnh Quảng Ngãi từ tháng 4/2011.",
            {"role": "Chủ tịch", "org": "UBND tỉnh Quảng Ngãi"},
            {"2015-01-01": ["Trương Công Sáu"], "2016-06-15": []},
        ),
        (  # a move reported on a day ends an appointed post that day
            "2021-03-16",
            "Ngày 15/3/2021, Bộ Tài chính công bố quyết định điều động, bổ nhiệm ông Cao Minh Triết, Giám đốc Sở Tài "
            "chính tỉnh Bình Dương, giữ chức Cục trưởng Cục Quản lý công sản, Bộ Tài chính. Ông Cao Minh Triết giữ chức "
            "Giám đốc Sở Tài chính tỉnh Bình Dương từ tháng 4/2017.",
            {"role": "Giám đốc", "org": "Sở Tài chính tỉnh Bình Dương"},
            {"2020-01-01": ["Cao Minh Triết"], "2021-03-16": []},
        ),
    ],
)
def test_who_held_a_post_on_the_days_an_article_ends_or_hands_it_over(tmp_path, date, text, post, answers):
    store = build_dated(tmp_path, [("a", date, text)])
    assert {day: who_held(store, day, **post) for day in answers} == answers


def test_a_districts_posts_end_with_the_district_level_on_1_july_2025(tmp_path):
    records = [
        ("d1", "2024-03-02", "Ông Y Khuê Byă, Chủ tịch UBND huyện Krông Búk, đã kiểm tra công trình thủy lợi."),
        ("d2", "2024-05-10", "Ông Lê Văn Phúc, Chủ tịch UBND tỉnh Đắk Lắk, đã kiểm tra công trình thủy lợi."),
    ]
    store = build_dated(tmp_path, records)
    district = {"role": "Chủ tịch", "org": "UBND huyện Krông Búk"}
    assert [r[0] for r in rows(store, "who-held", date="2025-06-01", **district)] == ["Y Khuê Byă"]
    assert rows(store, "who-held", date="2025-09-01", **district) == []
    province = {"role": "Chủ tịch", "org": "UBND tỉnh Đắk Lắk"}  # a province's: not ended by the district level
    assert [r[0] for r in rows(store, "who-held", date="2025-09-01", **province)] == ["Lê Văn Phúc"]


def test_a_holder_seen_only_before_the_next_holder_began_is_followed_by_them(tmp_path):
    store = build_dated(
        tmp_path,
        [
            ("a", "2015-10-16", "Ông Lê Văn Triết, Chủ tịch UBND tỉnh Bến Tre, phát biểu tại hội nghị."),
            ("b", "2022-03-02", "Ông Trần Văn Phúc giữ chức Chủ tịch UBND tỉnh Bến Tre từ tháng 10/2020."),
        ],
    )
    post = {"role": "Chủ tịch", "org": "UBND tỉnh Bến Tre"}
    assert [r[0] for r in rows(store, "who-held", date="2016-01-01", **post)] == ["Lê Văn Triết"]
    assert [r[0] for r in rows(store, "who-held", date="2023-03-01", **post)] == ["Trần Văn Phúc"]


@pytest.mark.parametrize(
    "second",
    [
        "Như vậy, ông Khiêm kết thúc nhiệm vụ Chủ tịch UBND tỉnh Điện Biên, chức vụ ông đảm nhiệm từ tháng 6/2016.",
        "Nhiệm vụ Chủ tịch UBND tỉnh Điện Biên của ông Quàng Văn Khiêm kết thúc từ cùng ngày.",
        "Do ông Khiêm nhận nhiệm vụ mới, nhiệm vụ Chủ tịch UBND tỉnh Điện Biên của ông kết thúc từ cùng ngày.",
        "Do ông Khiêm nhận nhiệm vụ mới, nhiệm vụ Chủ tịch UBND tỉnh Điện Biên của ông đã kết thúc từ cùng ngày.",
    ],
)
def test_a_duty_said_to_end_ends_the_tenure_on_the_day_of_the_move(tmp_path, second):
    text = (
        "Chiều 2/10, Ban Bí thư điều động ông Quàng Văn Khiêm, Chủ tịch UBND tỉnh Điện Biên, giữ chức Phó Trưởng "
        "Ban Kinh tế Trung ương. " + second
    )
    store = build_dated(tmp_path, [("a", "2020-10-03", text)])
    timeline = rows(store, "timeline", person="Quàng Văn Khiêm")
    assert ["Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên", "2020-10-02"] in [[r[1], r[2], r[4]] for r in timeline]


def test_a_post_written_until_the_end_of_a_day_ends_that_day_with_no_beginning_written(tmp_path):
    """ "ông X, Chủ tịch UBND tỉnh Bình Sơn đến hết ngày 30/6/2025, được bầu …": X held the chair until that day."""
    text = (
        "Tỉnh Bình Sơn có tân Chủ tịch UBND tỉnh\n\nSáng 1/7, HĐND tỉnh Bình Sơn bầu ông Hà Minh Khôi giữ chức Chủ "
        "tịch UBND tỉnh Bình Sơn. Ông Đào Văn Lượng, Chủ tịch UBND tỉnh Bình Sơn đến hết ngày 30/6/2025, được bầu "
        "giữ chức Chủ tịch HĐND tỉnh Bình Sơn."
    )
    store = build_dated(tmp_path, [("u1", "2025-07-02", text)])
    post = {"role": "Chủ tịch", "org": "UBND tỉnh Bình Sơn"}
    assert who_held(store, "2025-07-01", **post) == ["Hà Minh Khôi"]
    timeline = {(r[1], r[2], r[4]) for r in rows(store, "timeline", person="Đào Văn Lượng")}
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Sơn", "2025-06-30") in timeline


def test_one_acting_in_a_post_then_appointed_to_it_leaves_the_acting_post_that_day(tmp_path):
    """ "giao quyền Giám đốc Sở … cho bà X … cho đến khi bổ nhiệm Giám đốc Sở", then X appointed Giám đốc: the acting
    post ends the day the appointment begins, and the awaited appointment is no post of X's before it."""
    first = (
        "Giao quyền Giám đốc Sở Y tế tỉnh Bình Sơn\n\nNgày 28/7, UBND tỉnh Bình Sơn giao quyền Giám đốc Sở Y tế tỉnh "
        "Bình Sơn cho bà Lê Thị Hồng Vân, Phó Giám đốc Sở, kể từ ngày 1/8/2022 cho đến khi bổ nhiệm Giám đốc Sở."
    )
    second = (
        "Bổ nhiệm Giám đốc Sở Y tế tỉnh Bình Sơn\n\nChiều 9/2, UBND tỉnh Bình Sơn công bố quyết định bổ nhiệm bà Lê "
        "Thị Hồng Vân, quyền Giám đốc Sở Y tế tỉnh Bình Sơn, giữ chức Giám đốc Sở Y tế tỉnh Bình Sơn."
    )
    for order in (
        [("q1", "2022-07-29", first), ("q2", "2023-02-10", second)],
        [("q2", "2023-02-10", second), ("q1", "2022-07-29", first)],
    ):
        (tmp_path / order[0][0]).mkdir()
        store = build_dated(tmp_path / order[0][0], order)
        assert who_held(store, "2022-10-01", role="Giám đốc", org="Sở Y tế tỉnh Bình Sơn") == []
        assert who_held(store, "2022-10-01", role="Quyền Giám đốc", org="Sở Y tế tỉnh Bình Sơn") == ["Lê Thị Hồng Vân"]
        assert who_held(store, "2023-03-01", role="Quyền Giám đốc", org="Sở Y tế tỉnh Bình Sơn") == []
        assert who_held(store, "2023-03-01", role="Giám đốc", org="Sở Y tế tỉnh Bình Sơn") == ["Lê Thị Hồng Vân"]


def test_eval_matches_a_tenures_body_written_with_its_parents_as_the_holdings_give_them(tmp_path):
    """The gold writes "Ủy viên Ban Thường vụ Tỉnh ủy" as org "Ban Thường vụ" with parent "Tỉnh ủy Bình Sơn": its
    tenure is the graph's tenure in "Ban Thường vụ Tỉnh ủy Bình Sơn", as for holdings and events."""
    from kg.evaluate import evaluate_file

    record = {
        "id": "t1",
        "date": "2020-10-16",
        "text": "Sáng 15/10/2020, ông Hồ Văn Vinh được bầu giữ chức Ủy viên Ban Thường vụ Tỉnh ủy Bình Sơn.",
        "holdings": [
            {"person": "Hồ Văn Vinh", "role": "Ủy viên", "org": "Ban Thường vụ", "org_parents": ["Tỉnh ủy Bình Sơn"]}
        ],
        "tenures": [{"person": "Hồ Văn Vinh", "role": "Ủy viên", "org": "Ban Thường vụ", "start": "2020-10-15"}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    bounds = evaluate_file(gold).to_dict()["tenure-bounds"]
    assert (bounds["right"], bounds["bounds"]) == (1, 1)


def test_a_span_of_years_written_after_a_post_bounds_it_and_the_graph_validates(tmp_path):
    """ "giữ chức Chủ tịch UBND thị xã … giai đoạn 2015–2020": begun in 2015, ended in 2020; not "nhiệm kỳ", a term."""
    from kg.graph.validate import validate

    text = (
        "Khởi tố nguyên Chủ tịch UBND thị xã Bình Giang\n\nTuần trước, Cơ quan Cảnh sát điều tra Công an tỉnh Bình "
        "Sơn đã khởi tố bị can ông Phạm Văn Lượng, nguyên Chủ tịch UBND thị xã Bình Giang. Ông Phạm Văn Lượng giữ chức "
        "Chủ tịch UBND thị xã Bình Giang giai đoạn 2015–2020, hiện là Phó Giám đốc Sở Xây dựng tỉnh Bình Sơn."
    )
    store = build_dated(tmp_path, [("g1", "2023-11-14", text)])
    timeline = {(r[1], r[3], r[4]) for r in rows(store, "timeline", person="Phạm Văn Lượng")}
    assert ("Chủ tịch", "2015", "2020") in timeline
    assert who_held(store, "2017-06-01", role="Chủ tịch", org="UBND thị xã Bình Giang") == ["Phạm Văn Lượng"]
    with open_store(str(store), read_only=True) as opened:
        assert validate(opened).violations == []


def test_a_post_said_vacant_since_its_holder_retired_ends_that_holders_tenure_then(tmp_path):
    """ "Vị trí Giám đốc Sở Y tế tỉnh Bình Sơn bỏ trống từ khi ông X nghỉ hưu từ ngày 1/3/2019": X held it until then,
    and nobody holds it afterwards."""
    first = (
        "Bình Sơn có tân Giám đốc Sở Y tế\n\nHôm qua (19/11), UBND tỉnh Bình Sơn công bố quyết định bổ nhiệm ông Lê "
        "Hữu Phước, Phó Giám đốc Sở Y tế, giữ chức Giám đốc Sở Y tế tỉnh Bình Sơn."
    )
    second = (
        "Giao quyền Giám đốc Sở Y tế Bình Sơn\n\nUBND tỉnh Bình Sơn vừa giao quyền Giám đốc Sở Y tế tỉnh Bình Sơn cho bà "
        "Mai Thị Hồng Nhung, Phó Giám đốc Sở, từ ngày 1/7. Vị trí Giám đốc Sở Y tế tỉnh Bình Sơn bỏ trống từ khi ông Lê "
        "Hữu Phước nghỉ hưu từ ngày 1/3/2019."
    )
    store = build_dated(tmp_path, [("v1", "2015-11-20", first), ("v2", "2019-06-28", second)])
    post = {"role": "Giám đốc", "org": "Sở Y tế tỉnh Bình Sơn"}
    assert who_held(store, "2018-01-01", **post) == ["Lê Hữu Phước"]
    assert who_held(store, "2019-06-28", **post) == []


def test_a_post_said_of_a_word_of_address_is_the_person_named_before(tmp_path):
    """ "Ông giữ chức Chủ tịch UBND tỉnh … từ tháng 4/2019": the person named last before, whose post it is."""
    text = (
        "Ông Lò Văn Hùng giữ chức Bí thư Tỉnh ủy Bình Sơn\n\nBộ Chính trị chỉ định ông Lò Văn Hùng, Phó Bí thư Tỉnh ủy, "
        "Chủ tịch UBND tỉnh Bình Sơn, giữ chức Bí thư Tỉnh ủy Bình Sơn. Ông giữ chức Chủ tịch UBND tỉnh Bình Sơn từ "
        "tháng 4/2019."
    )
    store = build_dated(tmp_path, [("w1", "2024-12-13", text)])
    assert who_held(store, "2019-10-01", role="Chủ tịch", org="UBND tỉnh Bình Sơn") == ["Lò Văn Hùng"]
    assert who_held(store, "2019-03-01", role="Chủ tịch", org="UBND tỉnh Bình Sơn") == []


def test_a_post_said_of_a_word_of_address_as_held_before_is_former():
    """ "Ông từng giữ chức …": a post held before, not held now."""
    doc = process(
        Document(
            "w",
            "Bộ Chính trị chỉ định ông Lò Văn Hùng, nguyên Chủ tịch UBND tỉnh Bình Sơn, giữ chức Bí thư Tỉnh ủy Bình "
            "Sơn. Ông từng giữ chức Chủ tịch UBND tỉnh Bình Sơn từ năm 2015.",
            date="2024-12-13",
        )
    )
    said = [h for h in doc.holdings if h.sentence == 1]
    assert [(h.person.name, h.role, h.status) for h in said] == [("Lò Văn Hùng", "Chủ tịch", "former")]
    assert doc.text[said[0].person.start : said[0].person.end] == "Ông"  # its mention here is the word of address


def test_a_title_alone_after_two_bodies_of_that_title_takes_neither():
    doc = process(
        Document(
            "w",
            "Ông Trần Văn Hòa, nguyên Giám đốc Sở Y tế tỉnh Bình Sơn, vừa được bổ nhiệm Giám đốc Bệnh viện Đa khoa tỉnh "
            "Bình Sơn. Ông Hòa giữ chức Giám đốc từ ngày 1/8/2022.",
            date="2022-08-02",
        )
    )
    assert [h for h in doc.holdings if h.sentence == 1] == []


def test_a_post_said_after_words_of_the_past_is_former_but_not_one_set_beside_the_name():
    said = {
        (h.role, h.status)
        for h in process(
            Document(
                "w",
                "Ông Phạm Quốc Bảo được bổ nhiệm làm Thứ trưởng Bộ Nội vụ. Trước đó, ông Phạm Quốc Bảo là Giám đốc Sở "
                "Nội vụ tỉnh Bình Sơn.",
                date="2024-03-02",
            )
        ).holdings
    }
    assert ("Giám đốc", "former") in said and ("Giám đốc", "current") not in said
    beside = process(
        Document("w", "Trước đó, ông Lê Văn Tâm, Giám đốc Sở Nội vụ tỉnh Bình Sơn, đã ký văn bản.", date="2024-03-02")
    )
    assert {h.status for h in beside.holdings} == {"current"}
