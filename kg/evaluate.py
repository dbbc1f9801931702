"""Scoring of extracted persons, positions and organizations against a gold file (`kg eval`).

Everything here follows the evaluation spec the gold sets were written for: strings are compared after
`normalize_for_scoring`, scores are micro-averaged over the gold records, and a predicted holding's organization
may also be written with its enclosing organizations or be anything when the gold leaves it implicit.
This module is pure: it reads the gold file and the abbreviation table, and never prints or exits;
the CLI runs the pipeline, builds the `Prediction`s and shows the `Report`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union

from kg.errors import InputError, OntologyError
from kg.language.text import canonical
from kg.resources import read_yaml_file, resource_path

if TYPE_CHECKING:  # pragma: no cover
    from kg.store.base import BaseStore

TASKS: tuple[str, ...] = ("persons", "person-role", "person-role-org", "organizations")
CONFIDENCE_BANDS: tuple[tuple[float, float], ...] = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5))
#: error classes, by task and kind of error (`classify_error`)
ERROR_CLASSES = {
    "boundary": "found, but with a different extent (a word too many or too few)",
    "type": "found as the other kind of entity (a person as an organization, or the reverse)",
    "missed": "not found at all",
    "spurious": "found where the gold has nothing like it",
    "no post read": "the person was found, this post of theirs was not",
    "person missed": "the post's holder was not found at all",
    "wrong role": "the person was given another title than the gold's",
    "not a person": "a post given to something the gold does not count as a person",
    "wrong organization": "the right person and title, in another organization than the gold's",
    "post not stated": "a post the gold does not state for this person",
}

ABBREVIATIONS_PATH = resource_path("abbreviations.yaml")

# ---------------------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------------------


def canonical_tones(text: str) -> str:
    """`text` in NFC with one tone placement ("hoà" == "hòa", "thuỷ" == "thủy"), keeping case and length."""
    return canonical(unicodedata.normalize("NFC", text))


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _basic_normalize(s: str) -> list[str]:
    """NFC, lower-case, canonical tones, punctuation as spaces; the result split into words."""
    s = unicodedata.normalize("NFC", s).lower()
    s = canonical_tones(s)
    s = "".join(" " if _is_punctuation(ch) else ch for ch in s)
    return s.split()


def load_abbreviations(path: Optional[Path] = None) -> dict[str, str]:
    """The abbreviation table (written form -> display full form), shared with the extractor."""
    return dict(_load_abbreviations(str(path or ABBREVIATIONS_PATH)))


@lru_cache(maxsize=4)
def _load_abbreviations(path: str) -> tuple[tuple[str, str], ...]:
    data = read_yaml_file(Path(path), f"{path}: the abbreviation table")
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in data.items()
    ):
        raise OntologyError(f"{path}: the abbreviation table must map non-empty strings to non-empty strings")
    return tuple(data.items())


@lru_cache(maxsize=4)
def _expansion_table(path: str) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Word sequences (normalised written forms) -> normalised full forms, plus the longest key length."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for written, full in _load_abbreviations(path):
        key = tuple(_basic_normalize(written))
        value = tuple(_basic_normalize(full))
        if not key or not value:
            raise OntologyError(f"{path}: abbreviation {written!r} -> {full!r} is empty after normalisation")
        if key in table and table[key] != value:
            raise OntologyError(f"{path}: abbreviation {written!r} has two different full forms")
        table[key] = value
    return table, max((len(k) for k in table), default=0)


def _expand(words: list[str]) -> list[str]:
    table, longest = _expansion_table(str(ABBREVIATIONS_PATH))
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            full = table.get(tuple(words[i : i + n]))
            if full is not None:
                out.extend(full)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def normalize_for_scoring(s: str) -> str:
    """The comparison key of the evaluation spec: NFC, lower-case, canonical tones, punctuation/space collapsed, abbreviations expanded.

    Punctuation becomes a word break before abbreviations are looked up, so "TP.HCM", "TP HCM" and "TPHCM" all
    become "thành phố hồ chí minh", and "TP." / "TP" become "thành phố". Abbreviations are whole words only.
    """
    return " ".join(_expand(_basic_normalize(s)))


# ---------------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Scores:
    """Counts for one task; precision, recall and F1 are derived so that sums stay exact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0  # nothing to find and nothing claimed: perfect
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Union[int, float]]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class ErrorItem:
    """One miss or false positive, with enough context to look it up by eye (`kg eval --errors`)."""

    task: str
    kind: str  # "miss" | "false positive"
    record_id: str
    item: str
    context: str
    error_class: str = ""  # what kind of mistake (see ERROR_CLASSES), set after scoring


@dataclass
class Prediction:
    """What the system found in one record; `holdings` are (person, role, organization) as written."""

    persons: set[str] = field(default_factory=set)
    holdings: set[tuple[str, str, str]] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    confidence: dict[tuple[str, str, str], float] = field(default_factory=dict)  # of each holding, when known
    events: set[tuple[str, str, str, str, str]] = field(default_factory=set)  # (kind, person, role, org, date)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "Prediction":
        """A prediction that repeats a gold record (org without parents); scores 1.0 against it."""
        return cls(
            persons=set(record.get("persons", [])),
            holdings={(h["person"], h["role"], h.get("org", "")) for h in record.get("holdings", [])},
            organizations=set(record.get("organizations", [])),
        )


@dataclass
class Report:
    """Micro-averaged scores of the four tasks over `records` gold records, and every error behind them."""

    tasks: dict[str, Scores] = field(default_factory=lambda: {t: Scores() for t in TASKS})
    errors: list[ErrorItem] = field(default_factory=list)
    records: int = 0
    unknown_ids: list[str] = field(default_factory=list)  # predicted ids absent from the gold (not scored)
    holding_outcomes: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per holding
    # dates, events and tenures (data/events/SPEC.md), scored only when the gold has them
    events: dict[str, Scores] = field(default_factory=dict)  # "events", "events-dated"
    tenure_bounds: list[tuple[str, bool]] = field(default_factory=list)  # (which bound of whose post, right)
    # the same bounds, right when the graph agrees and says at least as much ("2016-06-28" for a text's "2016")
    tenure_bounds_agreeing: list[bool] = field(default_factory=list)
    who_held: list[tuple[str, bool]] = field(default_factory=list)  # (question and answers, right)

    def error_classes(self) -> dict[str, dict[str, int]]:
        """Task -> error class -> count, most frequent first."""
        out: dict[str, dict[str, int]] = {}
        for task in (*TASKS, *self.events):
            counts: dict[str, int] = {}
            for e in self.errors:
                if e.task == task:
                    counts[e.error_class] = counts.get(e.error_class, 0) + 1
            out[task] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    def confidence_bands(self) -> list[dict[str, Any]]:
        """Precision of the predicted holdings (person-role-org) in each confidence band, highest band first:
        what `--min-confidence` keeps and what it costs."""
        bands = []
        for low, high in CONFIDENCE_BANDS:
            inside = [right for c, right in self.holding_outcomes if low <= c < high]
            kept = [right for c, right in self.holding_outcomes if c >= low]
            bands.append(
                {
                    "band": f"[{low:.2f}, {min(high, 1.0):.2f}]" if high > 1 else f"[{low:.2f}, {high:.2f})",
                    "holdings": len(inside),
                    "precision": round(sum(inside) / len(inside), 3) if inside else None,
                    "precision_at_or_above": round(sum(kept) / len(kept), 3) if kept else None,
                }
            )
        return bands

    def __getitem__(self, task: str) -> Scores:
        return self.tasks[task]

    def to_dict(self) -> dict[str, Any]:
        """The `--json` form: one object per task plus the number of records."""
        out: dict[str, Any] = {task: self.tasks[task].to_dict() for task in TASKS}
        out["records"] = self.records
        for task, scores in self.events.items():
            out[task] = scores.to_dict()
        if self.tenure_bounds:
            right = sum(ok for _, ok in self.tenure_bounds)
            out["tenure-bounds"] = {
                "right": right,
                "bounds": len(self.tenure_bounds),
                "share": right / len(self.tenure_bounds),
                "agreeing": sum(self.tenure_bounds_agreeing),
            }
        if self.who_held:
            right = sum(ok for _, ok in self.who_held)
            out["who-held"] = {"right": right, "questions": len(self.who_held), "share": right / len(self.who_held)}
        out["error_classes"] = self.error_classes()
        out["confidence_bands"] = self.confidence_bands()
        return out

    def format_table(self) -> str:
        """An aligned plain-text table (task, P, R, F1, tp, fp, fn) for the terminal."""
        header = ("task", "P", "R", "F1", "tp", "fp", "fn")
        rows = [header]
        for task in TASKS:
            s = self.tasks[task]
            rows.append((task, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)))
        for task, s in self.events.items():
            rows.append((task, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)))
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        lines = [
            "  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
            for row in rows
        ]
        lines.append(f"records: {self.records}")
        if self.tenure_bounds:
            right = sum(ok for _, ok in self.tenure_bounds)
            agreeing = sum(self.tenure_bounds_agreeing)
            lines.append(
                f"tenure bounds exact: {right}/{len(self.tenure_bounds)} ({right / len(self.tenure_bounds):.3f}); "
                f"agreeing and at least as precise: {agreeing}/{len(self.tenure_bounds)}"
            )
        if self.who_held:
            right = sum(ok for _, ok in self.who_held)
            lines.append(f"who-held right: {right}/{len(self.who_held)} ({right / len(self.who_held):.3f})")
        if self.holding_outcomes:
            lines.append("person-role-org precision by confidence (band: holdings, precision; at or above):")
            for band in self.confidence_bands():
                if band["holdings"]:
                    lines.append(
                        f"  {band['band']}: {band['holdings']}, {band['precision']:.3f}; "
                        f"{band['precision_at_or_above']:.3f}"
                    )
        return "\n".join(lines)

    def format_errors(self) -> str:
        """The error list as text, one block per error, grouped by task."""
        lines: list[str] = []
        classes = self.error_classes()
        for task in (*TASKS, *self.events):
            items = [e for e in self.errors if e.task == task]
            if not items:
                continue
            summary = ", ".join(f"{name} {count}" for name, count in classes[task].items())
            lines.append(f"== {task} ({len(items)} errors: {summary})")
            for e in items:
                lines.append(f"[{e.record_id}] {e.kind} ({e.error_class}): {e.item}")
                lines.append(f"    {e.context}")
        bounds = [bound for bound, right in self.tenure_bounds if not right]
        if bounds:
            lines.append(f"== tenure bounds ({len(bounds)} wrong)")
            lines.extend(f"  {bound}" for bound in bounds)
        wrong = [question for question, right in self.who_held if not right]
        if wrong:
            lines.append(f"== who-held ({len(wrong)} wrong)")
            lines.extend(f"  {question}" for question in wrong)
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Gold file
# ---------------------------------------------------------------------------------------------------------------


def _check_str_list(value: Any, what: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputError(where, f"{what} must be a list of strings")
    return value


def _check_record(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise InputError(where, "a gold record must be a JSON object")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise InputError(where, "missing or empty string field 'id'")
    if not isinstance(record.get("text", ""), str):
        raise InputError(where, "'text' must be a string")
    for key in ("persons", "organizations"):
        _check_str_list(record.get(key, []), f"'{key}'", where)
    holdings = record.get("holdings", [])
    if not isinstance(holdings, list):
        raise InputError(where, "'holdings' must be a list")
    for n, h in enumerate(holdings, 1):
        if not isinstance(h, dict):
            raise InputError(where, f"holding {n} must be a JSON object")
        for key in ("person", "role", "org"):
            if not isinstance(h.get(key, ""), str):
                raise InputError(where, f"holding {n}: '{key}' must be a string")
        if not h.get("person") or not h.get("role"):
            raise InputError(where, f"holding {n}: 'person' and 'role' are required")
        _check_str_list(h.get("org_parents", []), f"holding {n}: 'org_parents'", where)
    for key, fields in (
        ("events", ("kind", "person", "role", "org", "date")),
        ("tenures", ("person", "role", "org", "start", "end")),
    ):
        items = record.get(key, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(where, f"'{key}' must be a list of JSON objects")
        for n, item in enumerate(items, 1):
            if not all(isinstance(item.get(f, ""), str) for f in fields) or not item.get("person"):
                raise InputError(where, f"{key[:-1]} {n}: {', '.join(fields)} must be strings, 'person' not empty")
    questions = record.get("who_held", [])
    if not isinstance(questions, list) or not all(isinstance(q, dict) for q in questions):
        raise InputError(where, "'who_held' must be a list of JSON objects")
    for n, q in enumerate(questions, 1):
        if not all(isinstance(q.get(f), str) and q.get(f) for f in ("role", "org", "date")):
            raise InputError(where, f"who_held {n}: 'role', 'org' and 'date' must be non-empty strings")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", q["date"]):
            raise InputError(where, f"who_held {n}: 'date' must be YYYY-MM-DD, not {q['date']!r}")
        _check_str_list(q.get("holders"), f"who_held {n}: 'holders'", where)
    return record


def load_gold(path: Union[str, Path]) -> list[dict]:
    """Read a gold JSONL file (see `kg eval --help` for its records); a bad line raises InputError naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    records: list[dict] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
        record = _check_record(record, where)
        if record["id"] in seen:
            raise InputError(where, f"duplicate id {record['id']!r} (first on line {seen[record['id']]})")
        seen[record["id"]] = lineno
        records.append(record)
    return records


# ---------------------------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")


def _find(text: str, needle: str) -> Optional[tuple[int, int]]:
    if not needle:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    lowered = text.lower()
    if len(lowered) == len(text):
        i = lowered.find(needle.lower())
        if i >= 0:
            return i, i + len(needle)
    return None


def _context(text: str, needle: str) -> str:
    """The sentence of `text` that contains `needle` (split at sentence punctuation / newlines), else its start."""
    span = _find(text, needle)
    if span is None:
        return text[:200].strip()
    s, e = span
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= s:
            start = m.end()
        elif m.start() >= e:
            end = m.start() if m.group() == "\n" else m.end()
            break
    return text[start:end].strip()


def _keyed(items: Iterable[str]) -> dict[str, str]:
    """Normalised key -> first written form; empty keys dropped."""
    out: dict[str, str] = {}
    for item in items:
        key = normalize_for_scoring(item)
        if key and key not in out:
            out[key] = item
    return out


def _match(edges: list[list[tuple[int, int]]]) -> dict[int, int]:
    """Maximum matching predicted -> gold; edges[i] = [(priority, gold index)], lower priority preferred.

    A greedy pass by priority (exact org first) gives the preferred pairs; augmenting paths then make the matching
    maximum, so the counts never depend on the order the holdings come in.
    """
    pred_to_gold: dict[int, int] = {}
    gold_to_pred: dict[int, int] = {}
    for prio in sorted({p for es in edges for p, _ in es}):
        for i, es in enumerate(edges):
            if i in pred_to_gold:
                continue
            for p, j in es:
                if p == prio and j not in gold_to_pred:
                    pred_to_gold[i], gold_to_pred[j] = j, i
                    break

    def augment(i: int, seen: set[int]) -> bool:
        for _, j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_pred or augment(gold_to_pred[j], seen):
                pred_to_gold[i], gold_to_pred[j] = j, i
                return True
        return False

    for i in range(len(edges)):
        if i not in pred_to_gold:
            augment(i, set())
    return pred_to_gold


def _gold_org_display(org: str, parents: list[str]) -> str:
    shown = org if org else "(implicit)"
    return f"{shown} ({', '.join(parents)})" if parents else shown


class _Scorer:
    def __init__(self, report: Report) -> None:
        self.report = report

    def _error(self, task: str, kind: str, rid: str, item: str, needle: str, text: str) -> None:
        self.report.errors.append(ErrorItem(task, kind, rid, item, _context(text, needle)))

    def sets(self, task: str, rid: str, text: str, gold: dict, pred: dict, show, needle) -> None:
        scores = self.report.tasks[task]
        scores.tp += len(gold.keys() & pred.keys())
        for key in [k for k in gold if k not in pred]:
            scores.fn += 1
            self._error(task, "miss", rid, show(gold[key]), needle(gold[key]), text)
        for key in sorted(k for k in pred if k not in gold):
            scores.fp += 1
            self._error(task, "false positive", rid, show(pred[key]), needle(pred[key]), text)

    def record(self, gold: Mapping[str, Any], pred: Prediction) -> None:
        rid, text = gold["id"], gold.get("text", "")
        self.confidence = pred.confidence
        ident = lambda x: x  # noqa: E731
        self.sets("persons", rid, text, _keyed(gold.get("persons", [])), _keyed(sorted(pred.persons)), ident, ident)

        holdings = gold.get("holdings", [])
        gold_pairs: dict[tuple[str, str], tuple[str, str]] = {}
        for h in holdings:
            key = (normalize_for_scoring(h["person"]), normalize_for_scoring(h["role"]))
            gold_pairs.setdefault(key, (h["person"], h["role"]))
        pred_pairs: dict[tuple[str, str], tuple[str, str]] = {}
        for p, r, _ in sorted(pred.holdings):
            pred_pairs.setdefault((normalize_for_scoring(p), normalize_for_scoring(r)), (p, r))
        self.sets("person-role", rid, text, gold_pairs, pred_pairs, lambda x: f"{x[0]} | {x[1]}", lambda x: x[0])

        self.holdings(rid, text, holdings, pred.holdings)

        self.sets(
            "organizations",
            rid,
            text,
            _keyed(gold.get("organizations", [])),
            _keyed(sorted(pred.organizations)),
            ident,
            ident,
        )

    def holdings(self, rid: str, text: str, gold: list[dict], pred: set[tuple[str, str, str]]) -> None:
        task = "person-role-org"
        scores = self.report.tasks[task]
        # Gold holdings, deduplicated after normalisation: (person, role, exact org, org + parents, implicit).
        gold_keys: dict[tuple, dict] = {}
        for h in gold:
            org, parents = h.get("org", ""), h.get("org_parents", [])
            norg = normalize_for_scoring(org)
            nparents = tuple(normalize_for_scoring(p) for p in parents)
            key = (normalize_for_scoring(h["person"]), normalize_for_scoring(h["role"]), norg, nparents)
            gold_keys.setdefault(key, h)
        gold_list = list(gold_keys.items())
        pred_keys: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        for triple in sorted(pred):
            p, r, o = triple
            pred_keys.setdefault((normalize_for_scoring(p), normalize_for_scoring(r), normalize_for_scoring(o)), triple)
        pred_list = list(pred_keys.items())

        edges: list[list[tuple[int, int]]] = []
        for (pp, pr, po), _ in pred_list:
            es: list[tuple[int, int]] = []
            for j, ((gp, gr, gorg, gparents), _) in enumerate(gold_list):
                if (gp, gr) != (pp, pr):
                    continue
                with_parents = " ".join(x for x in (gorg, *gparents) if x)
                if po == gorg:
                    es.append((0, j))
                elif gparents and po == with_parents:
                    es.append((1, j))
                elif not gorg:
                    es.append((2, j))
            edges.append(sorted(es))
        matched = _match(edges)

        scores.tp += len(matched)
        hit = set(matched.values())
        for j, (_, h) in enumerate(gold_list):
            if j not in hit:
                scores.fn += 1
                item = f"{h['person']} | {h['role']} | {_gold_org_display(h.get('org', ''), h.get('org_parents', []))}"
                self._error(task, "miss", rid, item, h["person"], text)
        for i, (_, triple) in enumerate(pred_list):
            if triple in self.confidence:
                self.report.holding_outcomes.append((self.confidence[triple], i in matched))
        for i, (_, (p, r, o)) in enumerate(pred_list):
            if i not in matched:
                scores.fp += 1
                self._error(task, "false positive", rid, f"{p} | {r} | {o or '(implicit)'}", p, text)


def _overlapping(item: str, others: Iterable[str]) -> bool:
    """One name inside the other after normalisation: the same mention read with another extent."""
    mine = f" {normalize_for_scoring(item)} "
    for other in others:
        theirs = f" {normalize_for_scoring(other)} "
        if other and (mine in theirs or theirs in mine):
            return True
    return False


def classify_error(error: ErrorItem, gold: Mapping[str, Any], pred: Prediction) -> str:
    """The class of one error (ERROR_CLASSES), judged against the record's gold and prediction."""
    same = lambda a, b: normalize_for_scoring(a) == normalize_for_scoring(b)  # noqa: E731
    if error.task in ("persons", "organizations"):
        mine, other = ("persons", "organizations") if error.task == "persons" else ("organizations", "persons")
        if error.kind == "miss":
            predicted_other = pred.persons if other == "persons" else pred.organizations
            predicted_mine = pred.persons if mine == "persons" else pred.organizations
            if _overlapping(error.item, predicted_mine):
                return "boundary"
            return "type" if _overlapping(error.item, predicted_other) else "missed"
        if _overlapping(error.item, gold.get(mine, [])):
            return "boundary"
        return "type" if _overlapping(error.item, gold.get(other, [])) else "spurious"
    person, role = (part.strip() for part in error.item.split(" | ")[:2])
    gold_holdings = gold.get("holdings", [])
    if error.kind == "miss":
        if not any(same(person, p) for p in pred.persons):
            return "person missed"
        if error.task == "person-role-org" and any(same(person, p) and same(role, r) for p, r, _ in pred.holdings):
            return "wrong organization"
        return "wrong role" if any(same(person, p) for p, _, _ in pred.holdings) else "no post read"
    if not any(same(person, p) for p in gold.get("persons", [])):
        return "not a person"
    if error.task == "person-role-org" and any(
        same(person, h["person"]) and same(role, h["role"]) for h in gold_holdings
    ):
        return "wrong organization"
    return "wrong role" if any(same(person, h["person"]) for h in gold_holdings) else "post not stated"


def _event_key(kind: str, person: str, role: str, org: str) -> tuple[str, str, str, str]:
    return (kind.lower(), normalize_for_scoring(person), normalize_for_scoring(role), normalize_for_scoring(org))


def _score_events(report: Report, record: Mapping[str, Any], prediction: Prediction) -> None:
    """Events as (kind, person, role, organization) tuples, and with their date too (data/events/SPEC.md)."""
    rid, text = record["id"], record.get("text", "")
    gold = {
        (*_event_key(e["kind"], e["person"], e.get("role", ""), e.get("org", "")), e.get("date", "")): e
        for e in record["events"]
    }
    # the holdings' rule for the organization: the gold org followed by the parents the record's holdings give it
    # ("Ủy viên Ban Thường vụ Tỉnh ủy": org "Ban Thường vụ", parents ["Tỉnh ủy"]) is the same organization
    parents = {
        _event_key("", h["person"], h.get("role", ""), h.get("org", ""))[1:]: " ".join(
            normalize_for_scoring(x) for x in (h.get("org", ""), *h.get("org_parents", [])) if x
        )
        for h in record.get("holdings", [])
        if h.get("org_parents")
    }
    gold_org = {
        (kind, person, role, parents[(person, role, org)]): org
        for kind, person, role, org, _ in gold
        if (person, role, org) in parents
    }
    pred = {}
    for k, p, r, o, d in prediction.events:
        kind, person, role, org = _event_key(k, p, r, o)
        pred[(kind, person, role, gold_org.get((kind, person, role, org), org), d)] = (k, p, r, o, d)
    for task, width in (("events", 4), ("events-dated", 5)):
        scores = report.events.setdefault(task, Scores())
        gold_keys = {key[:width] for key in gold}
        pred_keys = {key[:width] for key in pred}
        scores.tp += len(gold_keys & pred_keys)
        scores.fn += len(gold_keys - pred_keys)
        scores.fp += len(pred_keys - gold_keys)
        for key in sorted(gold_keys - pred_keys):
            report.errors.append(ErrorItem(task, "miss", rid, " | ".join(key), _context(text, key[1]), "event"))
        for key in sorted(pred_keys - gold_keys):
            report.errors.append(
                ErrorItem(task, "false positive", rid, " | ".join(key), _context(text, key[1]), "event")
            )


def _score_tenures(report: Report, gold: list[dict], tenures: list[dict[str, str]]) -> None:
    """Each gold bound (start or end) right when the graph's tenure of that person, role and organization (any of
    its names, or the gold org followed by the parents the record's holdings give it, as for events) gives exactly
    that value."""
    for record in gold:
        parents = {
            _event_key("", h["person"], h.get("role", ""), h.get("org", ""))[1:]: " ".join(
                normalize_for_scoring(x) for x in (h.get("org", ""), *h.get("org_parents", [])) if x
            )
            for h in record.get("holdings", [])
            if h.get("org_parents")
        }
        for tenure in record.get("tenures", []):
            person, role, org = (normalize_for_scoring(tenure.get(k, "")) for k in ("person", "role", "org"))
            names = {org, parents.get((person, role, org), org)}
            found = [
                t
                for t in tenures
                if normalize_for_scoring(t["person"]) == person
                and normalize_for_scoring(t["role"]) == role
                and names & set(t["orgs"])
            ]
            for bound in ("start", "end"):
                if tenure.get(bound):
                    right = any(t[bound] == tenure[bound] for t in found)
                    graph = ", ".join(sorted({t[bound] or "none" for t in found})) or "no tenure"
                    said = f"{tenure['person']} | {tenure['role']} | {tenure['org']} | {bound}"
                    report.tenure_bounds.append((f"{said}: gold {tenure[bound]}, graph {graph}", right))
                    report.tenure_bounds_agreeing.append(any(t[bound].startswith(tenure[bound]) for t in found))


def _score_who_held(report: Report, gold: list[dict], store: "BaseStore") -> None:
    """Each question asked through the named query `who-held`: right when the people it returns are the gold holders
    (names compared as persons are)."""
    from kg.query import load_query, run_query

    query = load_query("who-held")
    for record in gold:
        for q in record.get("who_held", []):
            result = run_query(store, query, {"role": q["role"], "org": q["org"], "date": q["date"]})
            at = result.variables.index("person")
            found = {cell.value for row in result.rows if (cell := row[at]) is not None}
            right = {normalize_for_scoring(p) for p in found} == {normalize_for_scoring(p) for p in q["holders"]}
            report.who_held.append(
                (
                    f"[{record['id']}] {q['role']} | {q['org']} | {q['date']}: gold {sorted(q['holders'])}, "
                    f"graph {sorted(found)}",
                    right,
                )
            )


def score(gold: list[dict], predicted: Mapping[str, Prediction]) -> Report:
    """Score predictions (keyed by record id) against gold records, micro-averaged over all gold records.

    A gold record without a prediction counts as an empty prediction; predictions for ids not in the gold are
    not scored and are listed in `Report.unknown_ids`.
    """
    report = Report()
    scorer = _Scorer(report)
    for record in gold:
        prediction = predicted.get(record["id"]) or Prediction()
        first = len(report.errors)
        scorer.record(record, prediction)
        for error in report.errors[first:]:
            error.error_class = classify_error(error, record, prediction)
        if "events" in record:
            _score_events(report, record, prediction)
        report.records += 1
    gold_ids = {r["id"] for r in gold}
    report.unknown_ids = sorted(k for k in predicted if k not in gold_ids)
    return report


def predictions_from_store(store: "BaseStore") -> dict[str, Prediction]:
    """Reads predictions back through the named queries `persons`, `holdings` and `organizations`."""
    from kg.query import load_query, run_query

    predicted: dict[str, Prediction] = {}

    def rows(name: str, *columns: str) -> list[list[str]]:
        """The named columns of a named query's rows (by name: a query may gain columns)."""
        result = run_query(store, load_query(name))
        at = [result.variables.index(column) for column in columns]
        return [[cell.value if (cell := row[i]) is not None else "" for i in at] for row in result.rows]

    for doc, person in rows("persons", "doc", "person"):
        predicted.setdefault(doc, Prediction()).persons.add(person)
    for doc, person, role, org in rows("holdings", "doc", "person", "role", "org"):
        predicted.setdefault(doc, Prediction()).holdings.add((person, role, org))
    for doc, org in rows("organizations", "doc", "org"):
        predicted.setdefault(doc, Prediction()).organizations.add(org)
    for row in store.select(_EVENTS):
        kind, person, role, org, date = (
            row[name].value if row[name] is not None else "" for name in ("class", "person", "role", "org", "date")
        )
        predicted.setdefault(row["doc"].value, Prediction()).events.add(
            (kind.rsplit("#", 1)[-1].lower(), person, role, org, date)
        )
    for row in store.select(_HOLDING_CONFIDENCE):
        prediction = predicted.get(row["doc"].value)
        if prediction is not None:
            key = (row["person"].value, row["role"].value, row["org"].value)
            prediction.confidence[key] = max(prediction.confidence.get(key, 0.0), float(row["c"].value))
    return predicted


# Each event with each person it concerns, the post (as the `holdings` query writes it) and its own date, if any.
_EVENTS = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT DISTINCT ?doc ?class ?person ?role ?org ?date WHERE {
  GRAPH ?g {
    ?e a kg:Event, ?class ; prov:wasDerivedFrom ?d ; kg:concernsPerson|kg:chair|kg:attendee ?p .
    FILTER(?class != kg:Event)
    ?d dcterms:identifier ?doc . ?p foaf:name ?person .
    OPTIONAL { ?e time:hasTime/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?value }
    OPTIONAL { ?e kg:concerns ?m . ?m org:member ?p ; org:role/skos:prefLabel ?roleLabel .
               OPTIONAL { ?m org:organization/rdfs:label ?orgLabel } OPTIONAL { ?m kg:writtenForm ?written } }
  }
  BIND(COALESCE(STR(?roleLabel), "") AS ?role)
  BIND(COALESCE(STR(?written), STR(?orgLabel), "") AS ?org)
  BIND(COALESCE(STR(?value), "") AS ?date)
}"""

# Each tenure with its holder's name, its role, every name of its organization (and every form an article writes
# for it in a membership of the tenure: "UBND tỉnh" where the province goes unsaid) and its bounds.
_TENURES = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?t ?person ?role ?orgName ?start ?end WHERE {
  GRAPH <https://w3id.org/vnkg/id/graph/inferred/tenures> { ?t kg:tenureOf ?p ; kg:tenureRole ?r ; kg:tenureOrganization ?o .
    OPTIONAL { ?t time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?start }
    OPTIONAL { ?t time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?end } }
  GRAPH ?gp { ?p foaf:name ?person } GRAPH ?gr { ?r skos:prefLabel ?role }
  { GRAPH ?go { ?o rdfs:label|skos:altLabel ?orgName } }
  UNION
  { GRAPH <https://w3id.org/vnkg/id/graph/inferred/tenures> { ?m org:memberDuring ?t } GRAPH ?gm { ?m kg:writtenForm ?orgName } }
}"""


def tenures_from_store(store: "BaseStore") -> list[dict[str, Any]]:
    """The graph's tenures: holder's name, role, the set of its organization's names (normalized), start, end."""
    found: dict[str, dict[str, Any]] = {}
    for row in store.select(_TENURES):
        tenure = found.setdefault(
            row["t"].value,
            {
                "person": row["person"].value,
                "role": row["role"].value,
                "orgs": set(),
                "start": row["start"].value if row["start"] is not None else "",
                "end": row["end"].value if row["end"] is not None else "",
            },
        )
        tenure["orgs"].add(normalize_for_scoring(row["orgName"].value))
    return list(found.values())


# The confidence of each holding as the `holdings` query shows it (same person, role and organization columns).
_HOLDING_CONFIDENCE = """
SELECT ?doc ?person ?role ?org ?c WHERE {
  GRAPH ?g {
    ?m org:member ?p ; org:role ?r ; kg:confidence ?c ; prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?doc . ?p foaf:name ?person . ?r skos:prefLabel ?roleLabel .
    OPTIONAL { ?m org:organization ?o . ?o rdfs:label ?orgLabel }
    OPTIONAL { ?m kg:writtenForm ?written }
  }
  BIND(STR(?roleLabel) AS ?role)
  BIND(COALESCE(STR(?written), STR(?orgLabel), "") AS ?org)
}"""


def evaluate_file(
    path: Union[str, Path], min_confidence: float = 0.0, pipeline: Optional[tuple[str, ...]] = None
) -> Report:
    """Builds the gold texts into a throw-away store and scores what the graph says (the whole pipeline, the
    default one unless `pipeline` names another).

    Args:
        path: a gold JSONL file (see `kg eval --help`).
        min_confidence: as for `build`.
        pipeline: the components to score (`kg.components.EXTRACTORS` has the usual ones).

    Returns:
        A `Report`: precision, recall and F1 per task, and every error with its sentence.

    Raises:
        InputError: the gold file cannot be read or a record is malformed.
    """
    from kg.ingest.sources import Problem
    from kg.pipeline import build
    from kg.store import open_store

    gold = load_gold(path)
    store = open_store("memory")
    problems: list[Problem] = []
    from kg.components import DEFAULT_PIPELINE

    build(
        [str(path)],
        store,
        min_confidence=min_confidence,
        pipeline=pipeline or DEFAULT_PIPELINE,
        on_problem=problems.append,
    )
    if problems:
        raise InputError(str(path), f"{len(problems)} record(s) could not be built, first: {problems[0]}")
    report = score(gold, predictions_from_store(store))
    if any("tenures" in record for record in gold):
        _score_tenures(report, gold, tenures_from_store(store))
    if any("who_held" in record for record in gold):
        _score_who_held(report, gold, store)
    return report
