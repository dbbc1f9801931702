"""The explorer pages of `kg serve` (kg/serve/explorer.py) over the bundled example graph: what a reader sees on the
overview, search, person, organization and document pages, and what a Linked Data client gets for an entity IRI."""

from __future__ import annotations

import html
import json
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from conftest import serving

from kg.serve import explorer


class _Links(HTMLParser):
    """The links of a page (text and href) and its marked spans (class, text, IRI)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.marks: list[tuple[str, str, str]] = []
        self._href: list[str] = []
        self._mark: list[tuple[str, str]] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a":
            self._href.append(values.get("href") or "")
            self._text.append("")
        if tag == "mark" and values.get("data-iri"):
            self._mark.append((values.get("class") or "", values["data-iri"]))

    def handle_data(self, data):
        if self._text:
            self._text[-1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href:
            text = self._text.pop()
            self.links.append((text, self._href.pop()))
            if self._mark:
                kind, iri = self._mark.pop()
                self.marks.append((kind, text, iri))


@pytest.fixture(scope="module")
def site(example_store):
    with serving(example_store) as url:
        yield url


def get(url: str, accept: str = "text/html") -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as failed:
        return failed.code, failed.headers["Content-Type"], failed.read().decode("utf-8")


def links_of(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


def path_of(site: str, text: str) -> str:
    """The page of the first search result for `text`."""
    _, _, body = get(f"{site}/search?q={urllib.parse.quote(text)}")
    found = [href for label, href in links_of(body).links if href.startswith("/id/")]
    assert found, f"no result for {text!r}"
    return found[0]


def test_the_overview_counts_the_graph_and_names_the_people_most_mentioned(site, example_store):
    status, media, body = get(f"{site}/overview")
    assert status == 200 and media.startswith("text/html")
    page = explorer.overview(example_store)
    assert f"{page.data['documents']} bài viết" in body and page.data["documents"] >= 3
    people = [label for label, href in links_of(body).links if href.startswith("/id/person/")]
    assert "Đỗ Văn Tâm" in people  # named in two articles of the examples


def test_search_ignores_case_and_tone_marks_and_suggests_as_one_types(site):
    for typed in ("do van tam", "ĐỖ VĂN TÂM", "Đỗ Văn"):
        _, _, body = get(f"{site}/search?q={urllib.parse.quote(typed)}")
        assert "Đỗ Văn Tâm" in [label for label, _ in links_of(body).links], typed
    status, media, body = get(f"{site}/search.json?q=ubnd")
    assert status == 200 and media == "application/json"
    assert any(hit["label"].startswith("UBND tỉnh") for hit in json.loads(body))
    _, _, body = get(f"{site}/search?q={urllib.parse.quote('x') + '%22%7D%20UNION%20%7B'}")  # no SPARQL injection
    assert "Không tìm thấy" in body


def test_a_persons_page_gives_posts_in_time_order_each_linked_to_its_sentence(site):
    status, _, body = get(site + path_of(site, "Đỗ Văn Tâm"))
    assert status == 200
    timeline = body[body.index('id="timeline"') : body.index('id="statements"')]
    assert "Chủ tịch" in timeline and "2016-05-19" in timeline and "2019-03-01" in timeline  # elected, succeeded
    sentences = [href for _, href in links_of(body).links if href.startswith("/id/doc/") and "#s" in href]
    assert sentences, "each statement links to the sentence that makes it"
    status, _, document = get(site + sentences[0].split("#")[0])
    assert status == 200 and f'id="{sentences[0].split("#")[1]}"' in document


def test_an_organizations_page_names_its_current_and_former_office_holders(site):
    status, _, body = get(site + path_of(site, "Ủy ban nhân dân tỉnh Bình Sơn"))
    assert status == 200
    current = body[body.index('id="current"') : body.index('id="former"')]
    former = body[body.index('id="former"') :]
    assert "Trần Minh Khoa" in current  # elected chair in 2019
    assert "Đỗ Văn Tâm" in former.split("Bài viết")[0]  # the chair he replaced


def test_a_documents_page_marks_people_posts_and_bodies_linking_to_their_pages(site):
    status, _, body = get(f"{site}/id/doc/binh-son-2016-05-20")
    assert status == 200
    marks = {(kind, text) for kind, text, _ in links_of(body).marks}
    assert ("person", "Đỗ Văn Tâm") in marks
    assert ("role", "Chủ tịch") in marks
    assert ("organization", "UBND tỉnh Bình Sơn") in marks and ("organization", "HĐND tỉnh Bình Sơn") in marks
    person = next(iri for kind, _, iri in links_of(body).marks if kind == "person")
    assert explorer.local_path(person) in [href for _, href in links_of(body).links]


@pytest.mark.parametrize(
    "accept, media, marker",
    [
        ("text/turtle", "text/turtle", "foaf:name"),
        ("application/n-triples", "application/n-triples", "<http://xmlns.com/foaf/0.1/name>"),
        ("application/ld+json", "application/ld+json", "Đỗ Văn Tâm"),
    ],
)
def test_an_entity_iri_dereferences_to_rdf_for_clients(site, accept, media, marker):
    status, got, body = get(site + path_of(site, "Đỗ Văn Tâm"), accept)
    assert status == 200 and got.startswith(media) and marker in body and "Đỗ Văn Tâm" in body


def test_unknown_entities_and_formats_get_a_clear_answer(site):
    status, _, body = get(f"{site}/id/person/nobody-0000")
    assert status == 404 and "says nothing" in body
    status, _, body = get(site + path_of(site, "Đỗ Văn Tâm"), "image/png")
    assert status == 406


def test_any_other_iri_of_the_graph_has_a_page_of_what_the_graph_says_about_it(site):
    _, _, document = get(f"{site}/id/doc/binh-son-2016-05-20")
    role = next(iri for kind, _, iri in links_of(document).marks if kind == "role")
    status, _, body = get(site + explorer.local_path(role))
    assert status == 200 and "Chủ tịch" in body and "prefLabel" in body


def test_an_organizations_page_charts_its_units_with_who_holds_their_posts(site):
    status, _, body = get(site + path_of(site, "Ban Tổ chức Trung ương"))
    assert status == 200
    units = body[body.index('id="children"') : body.index('id="current"')]
    assert "Vụ Địa phương 3" in units and "Phó Vụ trưởng" in units and "Hoàng Quốc Bảo" in units


def test_an_organizations_chart_shows_the_chain_of_bodies_above_it(site):
    _, _, body = get(f"{site}/search?q={urllib.parse.quote('Vụ Địa phương 3')}")
    for href in [h for _, h in links_of(body).links if h.startswith("/id/org/")]:
        _, _, page = get(site + href)
        chart = page[page.index('id="chart"') : page.index('id="current"')]
        if "Ban Tổ chức Trung ương" in chart:  # the unit of that board (the other is the Ban Nội chính's)
            order = [chart.index(n) for n in ("Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng", "Ban Tổ chức")]
            assert order == sorted(order) and "Hoàng Quốc Bảo" in chart
            return
    raise AssertionError("no chart of Vụ Địa phương 3 under Ban Tổ chức Trung ương")


def test_behind_a_proxy_path_every_link_starts_with_the_base(example_store):
    from kg.serve import ServeSettings
    from kg.serve.server import serve_base

    assert (
        serve_base("https://example.org/vnkg") == "/vnkg/" and serve_base("") == "/" and serve_base("/a/b/") == "/a/b/"
    )
    with pytest.raises(Exception, match="--base"):
        serve_base('/x" onload="y')
    with serving(example_store, ServeSettings(base="/vnkg/")) as url:
        for path in ("/overview", "/search?q=tam", "/"):
            _, _, body = get(url + path)
            hrefs = [href for _, href in links_of(body).links if href.startswith("/")]
            assert hrefs and all(href.startswith("/vnkg/") for href in hrefs), path
        _, _, page = get(url + "/")
        assert '"/vnkg/id/"' in page  # the query page links result IRIs under the base too


def test_kg_serve_refuses_a_base_that_is_no_path(runner, tmp_path):
    from kg.cli import main

    result = runner.invoke(main, ["serve", "-s", str(tmp_path / "none"), "--base", "/a b/"])
    assert result.exit_code != 0 and "--base" in (result.output + (result.stderr or ""))


def test_a_persons_page_gives_the_ranks_and_titles_written_before_the_name(tmp_path):
    from kg.pipeline import build
    from kg.store import open_store

    article = tmp_path / "cong-an.txt"
    article.write_text(
        "Công an tỉnh Bình Sơn có tân Giám đốc\n\nSáng 3/4, Đại tá Phan Quốc Hưng, Phó Giám đốc Công an tỉnh Bình Sơn,"
        " được bổ nhiệm giữ chức Giám đốc Công an tỉnh Bình Sơn.\n",
        encoding="utf-8",
    )
    with open_store(str(tmp_path / "store")) as store:
        build([str(article)], store)
        person = next(
            r["iri"] for r in explorer.search(store, "Phan Quốc Hưng").data["results"] if r["type"] == "person"
        )
        page = explorer.person_page(store, person)
        assert page is not None and page.data["ranks"] == ["Đại tá"]
        assert "Đại tá" in explorer.render(page).split('id="ranks"')[1].split("</p>")[0]


def test_the_overview_gives_the_settings_the_documents_were_built_with(site, example_store):
    _, _, body = get(f"{site}/overview")
    built = body[body.index('id="built-with"') :]
    page = explorer.overview(example_store)
    assert page.data["built_with"], "every document records what it was built with"
    settings = page.data["built_with"][0]["settings"]
    assert settings.startswith(f"kg {page.data['version']}; pipeline ") and "model" in settings
    assert html.escape(settings) in built
