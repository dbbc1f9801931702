"""The query page of `kg serve`, loaded in a real headless Chromium (Debian package `chromium`; `make system-deps`).

Chromium runs the page's script against a live endpoint on 127.0.0.1 and prints the DOM it ends up with
(`--dump-dom`); `--virtual-time-budget` makes it wait for the page's fetch before printing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
from html.parser import HTMLParser

import pytest
from conftest import serving

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="`chromium` is not on PATH (Debian: apt-get install chromium, or `make system-deps`)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NAMES = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def endpoint(example_store):
    with serving(example_store) as url:
        yield url


def _processes_using(profile: str) -> list[int]:
    """Pids of processes whose command line names our profile directory (Chromium's helpers all do)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    if profile.encode() in f.read():
                        pids.append(int(entry))
            except OSError:
                pass
    return pids


def rendered_dom(url: str, tmp_path) -> str:
    """The page's DOM after its scripts ran, as headless Chromium serializes it."""
    profile = str(tmp_path / "chromium-profile")
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", url]
    scratch = tempfile.mkdtemp(prefix="kg-chromium-")  # its sockets (short path) and leftovers, removed below
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "TMPDIR": scratch},
    )
    try:
        out, err = process.communicate(timeout=60)
    finally:
        try:  # Chromium's helpers share its process group: take them all down, whatever happened
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    assert process.returncode == 0, err.decode("utf-8", "replace")[-2000:]
    _assert_none_left(profile, grace=0)
    return out.decode("utf-8")


def _assert_none_left(profile: str, grace: float) -> None:
    """No Chromium process of this profile runs `grace` seconds after the browser ended (helpers outside its process
    group end once it is gone); any still there is killed, and the test fails."""
    deadline = time.monotonic() + grace
    while (leftover := _processes_using(profile)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in leftover:
        os.kill(pid, signal.SIGKILL)
    assert not leftover, f"Chromium processes still running {grace:g} s after the browser ended: {leftover}"


class Page(HTMLParser):
    """What a user sees: the text and attributes of each element with an id, and the table's rows."""

    VOID = {"br", "meta", "link", "img", "input", "hr", "col", "source", "wbr"}

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.text: dict[str, str] = {}
        self.attrs: dict[str, dict] = {}
        self.rows: list[list[str]] = []
        self._open: list[tuple[str, str | None]] = []  # (tag, id) of the open elements
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("id") or (tag if tag == "body" else None)
        if key:
            self.text[key], self.attrs[key] = "", attrs
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")
        if tag not in self.VOID:
            self._open.append((tag, key))

    def handle_endtag(self, tag):
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for _, key in self._open:
            if key:
                self.text[key] += data
        if any(tag in ("td", "th") for tag, _ in self._open):
            self.rows[-1][-1] += data


def page_url(endpoint: str, query: str) -> str:
    return f"{endpoint}/?" + urllib.parse.urlencode({"query": query})


def test_query_link_runs_on_load_and_shows_a_table(endpoint, example_store, tmp_path):
    page = Page(rendered_dom(page_url(endpoint, NAMES), tmp_path))
    expected = [solution["name"].value for solution in example_store.query(NAMES)]
    assert page.attrs["body"].get("data-state") == "done"
    assert page.text["q"] == NAMES  # the editor holds the shared query
    assert page.rows[0] == ["name"]
    assert [row[0] for row in page.rows[1:]] == expected
    assert "Hoàng Quốc Bảo" in expected and "Đặng Thu Hà" in expected
    assert page.text["status"] == f"{len(expected)} rows"
    assert "hidden" in page.attrs["error"]


def test_invalid_query_shows_the_servers_error(endpoint, tmp_path):
    page = Page(rendered_dom(page_url(endpoint, "SELECT WHERE {"), tmp_path))
    assert page.attrs["body"].get("data-state") == "error"
    assert "hidden" not in page.attrs["error"]
    assert page.text["error"].startswith("Error 400:") and "syntax" in page.text["error"].lower()
    assert page.rows == []


def test_construct_shows_triples(endpoint, tmp_path):
    query = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }"
    page = Page(rendered_dom(page_url(endpoint, query), tmp_path))
    assert page.attrs["body"].get("data-state") == "done"
    assert '"Võ Thị Mai"' in page.text["out"] and page.text["status"].endswith(" triples")


def test_page_without_a_query_waits_for_the_user(endpoint, tmp_path):
    page = Page(rendered_dom(f"{endpoint}/", tmp_path))
    assert "SELECT DISTINCT ?person ?role ?org" in page.text["q"] and "(read-only)" in page.text["body"]
    assert "data-state" not in page.attrs["body"] and page.rows == [] and page.text["status"] == ""


def test_a_named_query_runs_from_the_menu_with_its_parameters(endpoint, tmp_path):
    url = f"{endpoint}/?" + urllib.parse.urlencode({"named": "people-of-org", "org": "Ban Tổ chức Trung ương"})
    page = Page(rendered_dom(url, tmp_path))
    assert page.attrs["body"].get("data-state") == "done"
    assert "param-org" in page.attrs and "people-of-org" in page.text["named"]  # its field, and the menu
    assert page.rows[0][:2] == ["person", "role"]
    assert ["Hoàng Quốc Bảo", "Phó Vụ trưởng"] in [row[:2] for row in page.rows[1:]]


class Links(HTMLParser):
    def __init__(self, dom: str) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


def test_iris_in_results_link_to_their_pages_and_pages_link_on(endpoint, tmp_path):
    query = "SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name LIMIT 3"
    dom = rendered_dom(page_url(endpoint, query), tmp_path)
    person = [href for href in Links(dom).hrefs if href.startswith("/id/person/")]
    assert len(person) == 3
    page = Page(rendered_dom(endpoint + person[0], tmp_path))  # the person's page, as the browser shows it
    assert "timeline" in page.text and "statements" in page.text
    onward = [href for href in Links(rendered_dom(endpoint + person[0], tmp_path)).hrefs if href.startswith("/id/")]
    assert any(href.startswith("/id/org/") for href in onward) and any(href.startswith("/id/doc/") for href in onward)


def test_the_editor_colours_keywords_variables_names_and_comments(endpoint, tmp_path):
    query = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } # the names"
    dom = rendered_dom(page_url(endpoint, query), tmp_path)
    painted = dom[dom.index('id="hl"') : dom.index("</pre>", dom.index('id="hl"'))]
    for css, token in (("k", "SELECT"), ("v", "?name"), ("i", "foaf:Person"), ("c", "# the names")):
        assert f'<span class="{css}">{token}</span>' in painted, token
    assert Page(dom).text["q"] == query  # the text itself is the textarea's, untouched


# ---- keyboard use of the editor (the DevTools protocol types as a user does: tests/devtools.py) ------------------
@pytest.fixture
def browser(tmp_path):
    from devtools import Browser

    with Browser(CHROMIUM, FLAGS, str(tmp_path / "chromium-profile")) as opened:
        yield opened
    _assert_none_left(str(tmp_path / "chromium-profile"), grace=5)


def _empty_editor(browser, endpoint: str) -> None:
    browser.open(f"{endpoint}/")
    browser.wait_for("document.getElementById('named').options.length > 1")  # the page's scripts have run
    browser.evaluate("(() => { const q = document.getElementById('q'); q.value = ''; q.focus(); })()")


def test_ctrl_space_completes_a_prefix_and_enter_takes_it(endpoint, browser):
    from devtools import CTRL

    _empty_editor(browser, endpoint)
    browser.type_text("SELECT ?name WHERE { ?p a fo")
    browser.press(" ", CTRL)
    choices = browser.evaluate("[...document.querySelectorAll('#complete li')].map(li => li.textContent)")
    assert choices == ["foaf:"]
    assert browser.evaluate("document.getElementById('complete').hidden") is False
    browser.press("Enter")
    assert browser.evaluate("document.getElementById('q').value") == "SELECT ?name WHERE { ?p a foaf:"
    assert browser.evaluate("document.getElementById('complete').hidden") is True
    # the colouring follows what was typed: the completed name is drawn as a name
    assert "foaf:" in browser.evaluate("[...document.querySelectorAll('#hl span')].map(s => s.textContent)")


def test_arrow_keys_choose_among_prefixes_and_escape_closes_the_list(endpoint, browser):
    from devtools import CTRL

    _empty_editor(browser, endpoint)
    browser.type_text("PREFIX x: <urn:x> SELECT * WHERE { ?s ")
    browser.press(" ", CTRL)  # no word at the caret: every declared prefix
    choices = browser.evaluate("[...document.querySelectorAll('#complete li')].map(li => li.textContent)")
    assert len(choices) > 3 and "kg:" in choices and "foaf:" in choices
    selected = "[...document.querySelectorAll('#complete li')].findIndex(li => li.ariaSelected === 'true')"
    assert browser.evaluate(selected) == 0
    browser.press("ArrowDown")
    browser.press("ArrowDown")
    assert browser.evaluate(selected) == 2
    browser.press("ArrowUp")
    assert browser.evaluate(selected) == 1
    browser.press("Tab")  # Tab takes the chosen one too
    assert browser.evaluate("document.getElementById('q').value").endswith("?s " + choices[1])
    browser.press(" ", CTRL)
    browser.press("Escape")
    assert browser.evaluate("document.getElementById('complete').hidden") is True
    assert browser.evaluate("document.getElementById('q').value").endswith("?s " + choices[1])  # nothing inserted


def test_ctrl_enter_runs_what_was_typed(endpoint, example_store, browser):
    from devtools import CTRL

    _empty_editor(browser, endpoint)
    browser.type_text(NAMES)
    browser.press("Enter", CTRL)
    browser.wait_for("document.body.dataset.state === 'done'")
    names = browser.evaluate("[...document.querySelectorAll('#out tbody tr')].map(tr => tr.cells[0].textContent)")
    assert names == [solution["name"].value for solution in example_store.query(NAMES)]
    assert browser.evaluate("new URLSearchParams(location.search).get('query')") == NAMES  # a link to share


def test_search_as_one_types_then_person_organization_document_and_back(endpoint, browser):
    """What a reader does: types part of a name without its marks, takes the suggestion, opens the person, the body
    they serve in, the article that says so, and comes back."""
    browser.open(f"{endpoint}/overview")
    assert "bài viết" in browser.evaluate("document.getElementById('counts').textContent")
    assert "Đỗ Văn Tâm" in browser.evaluate("document.getElementById('top-persons').textContent")
    browser.evaluate("document.getElementById('q').focus()")
    browser.type_text("do van")
    suggestions = "[...document.querySelectorAll('#names option')].map(o => o.value)"
    assert "Đỗ Văn Tâm" in browser.wait_for(suggestions + ".includes('Đỗ Văn Tâm') && " + suggestions)
    browser.evaluate("document.getElementById('q').value = 'Đỗ Văn Tâm'")
    browser.press("Enter")  # submits the search form
    browser.wait_for("location.pathname === '/search' && !!document.querySelector('a[href^=\"/id/person/\"]')")
    browser.follow("document.querySelector('a[href^=\"/id/person/\"]').click()")
    assert browser.evaluate("document.querySelector('h1').textContent").startswith("Đỗ Văn Tâm")
    timeline = browser.evaluate("document.getElementById('timeline').textContent")
    assert "Chủ tịch" in timeline and "2016-05-19" in timeline
    person_page = browser.evaluate("location.pathname")

    body = "[...document.querySelectorAll('#timeline a[href^=\"/id/org/\"]')].find(a => a.textContent.includes('Bình Sơn'))"
    browser.follow(body + ".click()")
    assert "Bình Sơn" in browser.evaluate("document.querySelector('h1').textContent")
    assert "Trần Minh Khoa" in browser.evaluate("document.getElementById('current').textContent")
    assert "Đỗ Văn Tâm" in browser.evaluate("document.getElementById('former').textContent")
    org_page = browser.evaluate("location.pathname")

    browser.follow("document.querySelector('a[href^=\"/id/doc/\"]').click()")
    marks = browser.evaluate("[...document.querySelectorAll('#text mark')].map(m => [m.className, m.textContent])")
    kinds = {kind for kind, _ in marks}
    assert {"person", "role", "organization"} <= kinds
    assert browser.evaluate("document.querySelector('#text mark.person a').getAttribute('href')").startswith("/id/")

    browser.follow("history.back()")
    assert browser.evaluate("location.pathname") == org_page
    browser.follow("history.back()")
    assert browser.evaluate("location.pathname") == person_page
