"""Writes kg/resources/authority.tsv: the authority list of public bodies that organization mentions resolve to
(issue 18), from three sources kept in this folder and one fetched dataset:

- `central.yaml`: the central bodies (Party, National Assembly, Government and ministries, courts, the Front and
  the mass organizations, army and police) and the foreign and international bodies news names most, written by
  hand from the legal texts it cites;
- `provincial.yaml`: the standard bodies of every province (templates), the variants of province names and the 2025
  merger (Nghị quyết 202/2025/QH15);
- the provinces: `data/dvhcvn.json` of https://github.com/daohoangson/dvhcvn (GNU GPL v3, like this project), from
  the General Statistics Office's list of administrative units, data date 01/03/2025. Bring the repository with the
  search tool's `fetch github:daohoangson/dvhcvn`, then:

    python data/authority/build.py /work/.mirror/daohoangson+dvhcvn/repo

The output is sorted and byte-for-byte reproducible from the same inputs.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "kg" / "resources" / "authority.tsv"
COLUMNS = ("id", "name", "kind", "parent", "place", "country", "from", "until", "replaces", "aliases", "source")
_TYPE_WORDS = ("Thành phố", "Tỉnh")


def nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def make_id(name: str) -> str:
    """A readable, stable id: the name in lower-case ASCII ("Bộ Công an" -> "bo-cong-an")."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def provinces(repo: Path) -> tuple[list[dict], str]:
    git = ["git", f"--git-dir={repo}"]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    data = json.loads(subprocess.run(git + ["show", "HEAD:data/dvhcvn.json"], check=True, capture_output=True).stdout)
    out = []
    for province in data["data"]:
        name = nfc(province["name"])
        city = province["type"] == "Thành phố Trung ương"
        for word in _TYPE_WORDS:
            if name.startswith(word + " "):
                name = name[len(word) + 1 :]
        out.append({"place": name, "city": city, "code": province["level1_id"]})
    return out, f"dvhcvn commit {commit}, data date {data['data_date']}"


def fill(template: str, place: str, city: bool, always_city: bool, written: str = "") -> str:
    """The template for one province; `written` is a variant of its name as printed ("TP.HCM"), with no unit word."""
    values = {
        "place": written or (f"Thành phố {place}" if always_city else place),
        "unit": "" if always_city or written else ("Thành phố" if city else "tỉnh"),
        "committee": "Thành ủy" if city else "Tỉnh ủy",
        "youth": "Thành đoàn" if city else "Tỉnh đoàn",
    }
    return nfc(template.format(**values))


def rows(central: dict, provincial: dict, province_list: list[dict]) -> list[dict]:
    out: list[dict] = []
    for body in central["bodies"]:
        aliases = [nfc(a) for a in body.get("aliases", [])]
        if body.get("parent") == "Quốc hội" and body["kind"] == "legislature":
            # the news writes a committee's name with its parent: "Ủy ban Quốc phòng và An ninh của Quốc hội"
            aliases += [f"{form} của Quốc hội" for form in [nfc(body["name"])] + aliases]
        out.append(
            {
                "name": nfc(body["name"]),
                "kind": body["kind"],
                "parent": nfc(body.get("parent", "")),
                "place": "",
                "country": nfc(body.get("country", "")),
                "from": str(body.get("from", "")),
                "until": str(body.get("until", "")),
                "replaces": [nfc(r) for r in body.get("replaces", [])],
                "aliases": aliases,
                "source": body["source"],
            }
        )
    merged = {nfc(k): nfc(v) for k, v in provincial["merged_2025"].items()}
    merged_on = str(provincial["merged_2025_on"])
    variants = {nfc(k): [nfc(v) for v in vs] for k, vs in provincial["place_variants"].items()}
    always_city = {nfc(p) for p in provincial["always_city"]}
    status_changed = {nfc(p): str(day) for p, day in provincial["status_changed"].items()}
    by_place = {p["place"]: p for p in province_list}
    for place in list(merged) + list(merged.values()):
        if place not in by_place:
            raise SystemExit(f"provincial.yaml: {place!r} of merged_2025 is not a province of dvhcvn")
    for province in province_list:
        place, city = province["place"], province["city"]
        for body in provincial["bodies"]:
            template = body["name"]
            if place in status_changed:  # "Tỉnh ủy Thừa Thiên Huế" until the day, "Thành ủy Huế" from it
                out += status_changed_bodies(body, place, variants[place], status_changed[place])
                continue
            names = {fill(template, place, city, place in always_city)}
            aliases = {fill(a, place, city, place in always_city) for a in body.get("aliases", [])}
            for variant in variants.get(place, []):
                aliases.add(fill(template, variant, city, False, written=variant))
                aliases |= {fill(a, variant, city, False, written=variant) for a in body.get("aliases", [])}
            name = names.pop()
            aliases.discard(name)
            until = str(body.get("until", ""))
            if place in merged:
                until = merged_on if not until or int(until) > 2025 else until  # the day, not only the year
            replaces = []
            if place in merged.values() and not body.get("until"):
                replaces = sorted(
                    fill(template, old, by_place[old]["city"], old in always_city)
                    for old, new in merged.items()
                    if new == place
                )
            out.append(
                {
                    "name": name,
                    "kind": body["kind"],
                    "parent": fill(body.get("parent", ""), place, city, place in always_city)
                    if body.get("parent")
                    else "",
                    "place": place,
                    "country": "",
                    "from": str(body.get("from", "")),
                    "until": until,
                    "replaces": replaces,
                    "aliases": sorted(aliases),
                    "source": body["source"] + " dvhcvn",
                }
            )
    return out


def status_changed_bodies(body: dict, place: str, variants: list[str], day: str) -> list[dict]:
    """A province that became a centrally governed city on `day` ("Thừa Thiên Huế", 2025-01-01): each of its bodies
    is two on the list, the province's under its old name until that day ("Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    whatever variant the news writes) and the city's from it ("Ủy ban nhân dân Thành phố Huế"), which replaces it;
    "UBND TP Huế" in an article of 2017 is the city's own committee under the province, not either of them."""
    template, old_name = body["name"], variants[0]
    before = fill(template, old_name, False, False)
    before_aliases = {fill(template, v, False, False, written=v) for v in variants}
    before_aliases |= {
        fill(a, v, False, False, written=w) for a in body.get("aliases", []) for v, w in _written(variants)
    }
    after = fill(template, place, True, False)
    after_aliases = {
        fill(t, place, True, False, written=w)
        for t in (template, *body.get("aliases", []))
        for w in ("", place, f"Thành phố {place}")
    }
    until = str(body.get("until", ""))
    common = {"kind": body["kind"], "place": place, "country": "", "source": body["source"] + " dvhcvn"}
    if until and until < day[:4]:
        raise SystemExit(f"{template!r} ended before {place} became a city: give it its own entry")
    return [
        {
            **common,
            "name": before,
            "parent": fill(body.get("parent", ""), old_name, False, False) if body.get("parent") else "",
            "from": str(body.get("from", "")),
            "until": day,  # whatever the body's own end later that year
            "replaces": [],
            "aliases": sorted(before_aliases - {before}),
        },
        {
            **common,
            "name": after,
            "parent": fill(body.get("parent", ""), place, True, False) if body.get("parent") else "",
            "from": day[:4],
            "until": until,
            "replaces": [before],
            "aliases": sorted(after_aliases - {after}),
        },
    ]


def _written(variants: list[str]) -> list[tuple[str, str]]:
    """Each variant of a province's name with the form it is written in after a body's name: the first (the
    official one) with its unit word ("Sở Y tế tỉnh Thừa Thiên Huế"), the others as they are ("Sở Y tế TT-Huế")."""
    return [(v, "" if i == 0 else v) for i, v in enumerate(variants)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repo", type=Path, help="the git directory of the fetched daohoangson/dvhcvn snapshot")
    args = parser.parse_args()
    central = yaml.safe_load((HERE / "central.yaml").read_text(encoding="utf-8"))
    provincial = yaml.safe_load((HERE / "provincial.yaml").read_text(encoding="utf-8"))
    province_list, provenance = provinces(args.repo)
    entries = rows(central, provincial, province_list)
    ids: dict[str, str] = {}
    for entry in entries:
        entry["id"] = make_id(entry["name"])
        if entry["id"] in ids:
            raise SystemExit(f"two bodies share the id {entry['id']}: {ids[entry['id']]!r} and {entry['name']!r}")
        ids[entry["id"]] = entry["name"]
    by_name = {entry["name"]: entry["id"] for entry in entries}
    for entry in entries:
        for field in ("parent",):
            if entry[field] and entry[field] not in by_name:
                raise SystemExit(f"{entry['name']!r}: its {field} {entry[field]!r} is not on the list")
        entry["parent"] = by_name.get(entry["parent"], "")
        entry["replaces"] = [by_name[r] for r in entry["replaces"] if r in by_name]
    sources = {**central["sources"], **provincial["sources"]}
    lines = [
        "# The authority list of public bodies: one line per body; generated by data/authority/build.py, do not edit.",
        "# Sources (column `source`): " + "; ".join(f"{k}: {v}" for k, v in sorted(sources.items())),
        f"# Provinces: {provenance}.",
        "\t".join(COLUMNS),
    ]
    for entry in sorted(entries, key=lambda e: e["id"]):
        values = dict(entry, replaces="|".join(entry["replaces"]), aliases="|".join(entry["aliases"]))
        lines.append("\t".join(str(values[c]) for c in COLUMNS))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} bodies written to {OUT}")


if __name__ == "__main__":
    main()
