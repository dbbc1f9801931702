"""Players named in a team's line-up ("Đội hình ra sân: Bồ Đào Nha: Rui Patricio; Cedric, Fonte, Alves, Eliseu; …"),
and the teams a results line pairs with their score ("SHB Đà Nẵng – Than Quảng Ninh 1-1", "Quảng Nam – XSKT Cần Thơ
3-0").

Sports reports list a match's players after "Đội hình" and a colon, team by team ("Nga:", "U23 Malaysia:"), each
player by surname or full name between commas, semicolons, dashes or shirt numbers. No title or verb stands next
to them, so neither the grammar nor the span model sees people there; the list's shape says they are. A team's
name (the words before its colon), a country or a known body is no player; the list ends where prose resumes
(three lower-case words in a row) or at the end of the paragraph. In a results line the two names a dash joins
before a score are teams, places and sponsors' names included: clubs are named so ("Quảng Nam", "TP.HCM").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Document
from kg.language.lexicon import load_lexicon
from kg.language.text import fold
from kg.resources import read_yaml

# "Đội hình ra sân:", "Đội hình dự kiến của hai đội:", "Đội hình U23 Việt Nam:" (a headline "Đội hình MU du đấu Mỹ:
# Mourinho & Lukaku gây bất ngờ" names players too, then prose)
_OPENING = re.compile(r"[Đđ]ội hình[^:\n.]{0,40}:")
# a line that is a team's line-up by its shape, with no "Đội hình" before it: a team's name and its colon at the start
# of the line, then at least seven capitalised names between commas or semicolons to its full stop ("Milan:
# Donnarumma, Abate, Paletta, …, Deulofeu.")
_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"  # capitals only (a range "À-Ỹ" holds
# lower-case letters too)
_TEAM_LINE = re.compile(
    rf"(?m)^[ \t]*[{_UPPER}][\w.]*(?: [{_UPPER}0-9][\w.]*){{0,3}}:"
    rf"(?=(?:\s*[{_UPPER}][^,;:\n.]{{0,30}}[,;]){{6,}}\s*[{_UPPER}])"
)
_WORD = r"(?<![\w'’.-])[^\W\d_][\w'’-]*"  # a whole word; capitalised: checked after (the range of accented letters
# holds lower-case ones too)
_PARTICLE_WORDS = ("de", "da", "di", "del", "della", "van", "von", "der", "ter", "dos", "bin", "al", "el", "le", "la")
_PARTICLES = "(?:" + "|".join(_PARTICLE_WORDS) + ")"
# a player: capitalised words, with name particles between them ("Rui Patricio", "ter Stegen", "De Sciglio")
_NAME = re.compile(rf"(?:{_PARTICLES} )?{_WORD}(?: (?:{_PARTICLES} )?{_WORD}){{0,3}}")
_PROSE = re.compile(r"(?:\b[a-zđà-ỹ]\w*\s+){3}")  # three lower-case words: the list is over


def lineup_names(doc: Document) -> list[tuple[int, int]]:
    """(start, end) in the text of each player a line-up names."""
    lexicon = load_lexicon()
    out: list[tuple[int, int]] = []
    openings = sorted([*_OPENING.finditer(doc.text), *_TEAM_LINE.finditer(doc.text)], key=lambda m: m.start())
    for opening in openings:
        end = doc.text.find("\n", opening.end())
        region_end = len(doc.text) if end < 0 else end
        prose = _PROSE.search(doc.text, opening.end(), region_end)
        if prose is not None:  # the list ends at the full stop before the prose ("…, Phithack. | Hai đội sẽ gặp")
            stop_before = doc.text.rfind(".", opening.end(), prose.start())
            region_end = stop_before if stop_before >= 0 else prose.start()
        for closing in lexicon.line_up_ends:
            at = doc.text.find(closing, opening.end(), region_end)
            if at >= 0:
                region_end = at
        for found in _NAME.finditer(doc.text, opening.end(), region_end):
            start, stop = found.span()
            while stop > start and doc.text[stop - 1] in ".-’'":
                stop -= 1  # "Eliseu." ends the list, the stop is no part of the name
            after = doc.text[stop:region_end].lstrip()
            if after.startswith(":") or re.match(r"\(\d-\d", after):
                continue  # a team's name before its colon or its formation ("Germany (3-5-2):")
            name = doc.text[start:stop]
            words = [fold(w) for w in name.split()]
            if not all(w[:1].isupper() for w in name.split() if fold(w) not in _PARTICLE_WORDS):
                continue  # a lower-case word: prose, not a name
            if (
                lexicon.places.match(words, 0) is not None
                or lexicon.known_orgs.match(words, 0) is not None
                or name.isupper()
            ):
                continue  # a country, a club the gazetteer knows, an acronym: no player
            out.append((start, stop))
    return out


# a team: up to four capitalised words ("SHB Đà Nẵng", "B.Bình Dương", "TP.HCM", "U23 Việt Nam")
_TEAM = r"[A-ZĐÀ-Ỹ0-9][\w.&]*(?:\s+[A-ZĐÀ-Ỹ0-9][\w.&]*){0,3}"
# "<team> – <team> 1-1": two teams joined by a spaced dash, then a score (not a date: no year, one or two digits each)
_RESULT = re.compile(rf"(?<![\w.-])({_TEAM})\s+[–-]\s+({_TEAM})\s+(\d{{1,2}})\s*-\s*(\d{{1,2}})(?![\d/-])(?!\.\d)")


@lru_cache(maxsize=1)
def _day_openers() -> frozenset[str]:
    """The words that make a day and month a date (kg/resources/dates.yaml): "Ngày 7-7" is no score."""
    return frozenset(str(w).lower() for w in read_yaml("dates.yaml")["day_openers"])


def result_teams(doc: Document) -> list[tuple[int, int]]:
    """(start, end) in the text of each team a results line names with its score."""
    out: list[tuple[int, int]] = []
    openers = _day_openers()
    for found in _RESULT.finditer(doc.text):
        words = found.group(2).lower().split()
        if any(" ".join(words[-n:]) in openers for n in (1, 2)):
            continue  # "Ảnh: Minh Quyết – TTXVN Ngày 7-7": a credit, then a date, not a score
        after = doc.text[found.end() : found.end() + 12].split()[:1]
        if after and fold(after[0]) in load_lexicon().function_words["quantity_words"]:
            continue  # "- Trong 2-3 năm gần đây": a range of a quantity, not a score
        teams = []
        for group in (1, 2):
            start, end = found.span(group)
            while (first := re.match(r"\d+\s+", doc.text[start:end])) is not None:
                start += first.end()  # "2017 SHB Đà Nẵng": a year is no part of the team's name
            words = doc.text[start:end].split()
            if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
                break  # "nút giao thông Ngọc Hội - đường 23-10": a street, a date
            if any(re.fullmatch(r"\d+\.?", w) or w.endswith(".") for w in words):
                break  # "05. Luis Hernandez - Real Sociedad 2 - 2", "Việt Phong 56 Hải Phòng - …": scorers, a minute
            teams.append((start, end))
        if len(teams) == 2:
            out += teams
    return out
