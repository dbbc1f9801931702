"""Players named in a team's line-up ("Đội hình ra sân: Bồ Đào Nha: Rui Patricio; Cedric, Fonte, Alves, Eliseu; …").

Sports reports list a match's players after "Đội hình" and a colon, team by team ("Nga:", "U23 Malaysia:"), each
player by surname or full name between commas, semicolons, dashes or shirt numbers. No title or verb stands next
to them, so neither the grammar nor the span model sees people there; the list's shape says they are. A team's
name (the words before its colon), a country or a known body is no player; the list ends where prose resumes
(three lower-case words in a row) or at the end of the paragraph.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.language.lexicon import load_lexicon
from kg.language.text import fold

# "Đội hình ra sân:", "Đội hình dự kiến của hai đội:", "Đội hình U23 Việt Nam:" (a headline "Đội hình MU du đấu Mỹ:
# Mourinho & Lukaku gây bất ngờ" names players too, then prose)
_OPENING = re.compile(r"[Đđ]ội hình[^:\n.]{0,40}:")
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
    for opening in _OPENING.finditer(doc.text):
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
