"""The authority list of public bodies: what an organization mention resolves to when its name, place and parent
agree with a known body (issue 18).

The list (`kg/resources/authority.tsv`) is data, made reproducibly by `data/authority/build.py` from legal texts
and the General Statistics Office's list of provinces: the central bodies, the standard bodies of each of the 63
provinces (with the 2025 merger recorded), and the foreign and international bodies the news names most. A body on
the list gets one IRI (`…/org/<id>`) and its official name as preferred label, whichever form an article writes
("VPCP", "Văn phòng Chính phủ"; "FBI", "Cục Điều tra Liên bang Mỹ"; "Sở NN&PTNT Bình Định", "Sở Nông nghiệp và
Phát triển nông thôn tỉnh Bình Định").

Forms are compared by `kg.language.names.org_name_key`, so case, tone placement, the abbreviations kg knows and "tỉnh" /
"thành phố" before a province need no alias. A form shared by two bodies resolves to neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from kg.graph.iri import AUTHORITY_PREFIX as KEY_PREFIX
from kg.graph.iri import organization as organization_iri
from kg.language.names import org_name_key
from kg.language.text import ascii_fold
from kg.resources import read_table

# Bodies that every state has: written without a country, they are Vietnam's only where the text is about Vietnam.
NATIONAL_KINDS = frozenset({"legislature", "government", "ministry", "court", "procuracy", "military", "party"})


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    kind: str
    parent: str  # id of the body it belongs to, or ""
    place: str  # the province of a provincial body, or ""
    country: str  # the country of a foreign body, or "" (Vietnamese and international bodies)
    start: str  # year it began, when the list knows it
    until: str  # year it was merged, renamed or dissolved; the day where a law fixes it ("2025-07-01")
    replaces: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str

    @property
    def key(self) -> str:
        """The organization identity key of this body (`kg.graph.iri.organization` mints `…/org/<id>` from it)."""
        return KEY_PREFIX + self.id


class Authority:
    """The bodies of the list, found by the key of any of their names."""

    def __init__(self, bodies: list[Body]) -> None:
        self.bodies = {body.id: body for body in bodies}
        self._by_key: dict[str, set[str]] = {}
        self._by_name: dict[str, set[str]] = {}  # the keys of names and aliases only (no parent's name added)
        self._by_parent_key: dict[tuple[str, str], set[str]] = {}
        for body in bodies:
            parent = self.bodies.get(body.parent)
            for form in (body.name, *body.aliases):
                key = org_name_key(form)
                self._by_key.setdefault(key, set()).add(body.id)
                self._by_name.setdefault(key, set()).add(body.id)
                if parent is None:
                    continue
                for parent_form in (parent.name, *parent.aliases):
                    parent_key = org_name_key(parent_form)
                    if key.endswith(" " + parent_key):  # "Ban Tổ chức" under "Tỉnh ủy Bình Định"
                        self._by_parent_key.setdefault((parent.id, key[: -len(parent_key) - 1]), set()).add(body.id)
                    if not body.place:  # "Ủy ban Kinh tế" of "Quốc hội", written "Ủy ban Kinh tế Quốc hội"
                        self._by_key.setdefault(f"{key} {parent_key}", set()).add(body.id)
                self._by_parent_key.setdefault((parent.id, key), set()).add(body.id)

    @cached_property
    def local_names(self) -> frozenset[str]:
        """The keys of the names of the bodies every province has, without the province ("sở xây dựng")."""
        names = set()
        for body in self.bodies.values():
            if not body.place:
                continue
            key, place = org_name_key(body.name), org_name_key(body.place)
            if key.endswith(" " + place) and len(key) > len(place) + 1:
                names.add(key[: -len(place) - 1])
        return frozenset(names)

    @cached_property
    def _keys_by_folded(self) -> dict[str, set[str]]:
        """The keys of the list's names by their form without any tone or vowel mark."""
        folded: dict[str, set[str]] = {}
        for key in self._by_key:
            folded.setdefault(ascii_fold(key), set()).add(key)
        return folded

    def lookup_misspelt(self, key: str) -> Optional[tuple[Body, str]]:
        """The one body whose name has this key once tone and vowel marks are set aside, with the key of that name
        ("Sở Tài nguyên và Môi trưởng", "Quôc hội": marks mistyped), or None (none, or two bodies). The caller
        decides whether the written marks make other words ("Hải quan" is no misspelt "Hải quân")."""
        keys = self._keys_by_folded.get(ascii_fold(key), set())
        ids = {body_id for listed in keys for body_id in self._by_key[listed]}
        if len(ids) != 1:
            return None
        return self.bodies[next(iter(ids))], min(keys)

    def lookup(self, key: str) -> Optional[Body]:
        """The one body with a name of this key (`kg.language.names.org_name_key`), or None (none, or two)."""
        found = self._by_key.get(key, ())
        return self.bodies[next(iter(found))] if len(found) == 1 else None

    def named(self, key: str) -> Optional[Body]:
        """The one body with a name or alias of this key, not counting names followed by their parent's."""
        found = self._by_name.get(key, ())
        return self.bodies[next(iter(found))] if len(found) == 1 else None

    def child(self, parent_id: str, key: str) -> Optional[Body]:
        """The one body under `parent_id` whose name, without its parent's, has this key ("Ban Tổ chức")."""
        found = self._by_parent_key.get((parent_id, key), ())
        return self.bodies[next(iter(found))] if len(found) == 1 else None

    def body_of_key(self, key: str) -> Optional[Body]:
        """The body an identity key stands for, if it is an authority key."""
        return self.bodies.get(key[len(KEY_PREFIX) :]) if key.startswith(KEY_PREFIX) else None

    def body_of_iri(self, value: str) -> Optional[Body]:
        """The body an organization IRI stands for (`kg.graph.iri.organization` of its key), if it is on the list."""
        prefix = str(organization_iri(KEY_PREFIX))
        return self.bodies.get(value[len(prefix) :]) if value.startswith(prefix) else None

    def ancestors(self, body: Body) -> list[Body]:
        out: list[Body] = []
        while body.parent and body.parent in self.bodies and len(out) < 20:
            body = self.bodies[body.parent]
            out.append(body)
        return out

    def __len__(self) -> int:
        return len(self.bodies)


@lru_cache(maxsize=1)
def load_authority() -> Authority:
    bodies = []
    for row in read_table("authority.tsv"):
        bodies.append(
            Body(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                parent=row["parent"],
                place=row["place"],
                country=row["country"],
                start=row["from"],
                until=row["until"],
                replaces=tuple(filter(None, row["replaces"].split("|"))),
                aliases=tuple(filter(None, row["aliases"].split("|"))),
                source=row["source"],
            )
        )
    return Authority(bodies)


@dataclass(frozen=True)
class Aliases:
    """Short names news articles define for bodies that are not on the list (kg/resources/org_aliases.tsv, mined
    from news by data/aliases/build.py): "Sacombank" and "Ngân hàng TMCP Sài Gòn Thương Tín" are one body."""

    keys: dict[str, str]  # the key of a short or full name -> the key both take (the full name's)
    names: dict[str, str]  # that key -> the full name as most often written: the body's preferred label


@lru_cache(maxsize=1)
def load_aliases() -> Aliases:
    keys: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in read_table("org_aliases.tsv"):
        short, full = org_name_key(row["short"]), org_name_key(row["full"])
        keys[short] = keys[full] = full
        names[full] = row["full"]
    return Aliases(keys, names)
