"""Dates written in the text, resolved against the article's date (issue 13).

"ngày 15/3/2021", "sáng 28-6", "chiều 2.10", "hôm qua", "tuần trước", "từ ngày 1/7", "nhiệm kỳ 2020–2025",
"năm 2016": each becomes a `DateMention` with its span, its ISO value and its precision (day, month or
year), so that events and tenures can say when. A date without its year takes the year that puts it nearest the
article's date (news speaks of the days around it); a relative date counts from the article's date; an article
with no date gives only the dates whose year is written. The words live in kg/resources/dates.yaml.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterator, Optional

from kg.components import component
from kg.document import DateMention, Document
from kg.language.text import phrase_alternation
from kg.resources import read_yaml

__all__ = ["find_dates", "dates", "parse_article_date"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR_RANGE = (1900, 2100)


@dataclass(frozen=True)
class _Words:
    openers: str
    slash_openers: str
    from_words: tuple[str, ...]
    until_words: tuple[str, ...]
    period_words: str
    relative: dict[str, tuple[str, int]]  # phrase -> (unit, amount)
    units: dict[str, str]
    before_words: tuple[str, ...]
    after_words: tuple[str, ...]
    duration_words: tuple[str, ...]
    weekdays: dict[str, int]  # the word after "thứ" -> Monday 0 … Saturday 5
    sunday: str
    weekday_openers: str
    numbers: dict[str, int]
    vague: str
    names: re.Pattern[str]  # at the end of the text before a date: the date names a meeting
    birth: re.Pattern[str]  # at the end of the text before a date: a birth date
    document: re.Pattern[str]  # at the end of the text before a date: the date of a cited text
    future: re.Pattern[str]  # "sẽ", "dự kiến": what is told next has not happened yet
    same_day: re.Pattern[str]  # "cùng ngày": the day written last before it
    ceremony: re.Pattern[str]  # in a sentence, its own days are a ceremony's


def _any_of(words: list) -> re.Pattern[str]:
    """Any of the words as whole words, case aside."""
    return re.compile(rf"(?<!\w)(?:{phrase_alternation([str(w) for w in words])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = read_yaml("dates.yaml")
    relative: dict[str, tuple[str, int]] = {}
    for unit in ("day", "week", "month", "year"):
        for phrase, amount in (data.get(f"relative_{unit}s") or {}).items():
            relative[str(phrase).lower()] = (unit, int(amount))
    return _Words(
        openers=phrase_alternation([str(w) for w in data["day_openers"]]),
        slash_openers=phrase_alternation([str(w) for w in data["slash_openers"]]),
        from_words=tuple(str(w).lower() for w in data["from_words"]),
        until_words=tuple(str(w).lower() for w in data["until_words"]),
        period_words=phrase_alternation([str(w) for w in data["period_words"]]),
        relative=relative,
        units={str(k).lower(): str(v) for k, v in data["units"].items()},
        before_words=tuple(str(w) for w in data["before_words"]),
        after_words=tuple(str(w) for w in data["after_words"]),
        duration_words=tuple(str(w).lower() for w in data.get("duration_words", [])),
        weekdays={str(k).lower(): int(v) for k, v in data["weekdays"].items()},
        sunday=phrase_alternation([str(w) for w in data["sunday"]]),
        weekday_openers=phrase_alternation([str(w) for w in data["weekday_openers"]]),
        numbers={str(k).lower(): int(v) for k, v in data["number_words"].items()},
        vague=phrase_alternation([str(w) for w in data["vague_amounts"]]),
        names=re.compile(rf"(?<!\w)(?:{phrase_alternation([str(w) for w in data['name_words']])})\s*$", re.IGNORECASE),
        # not "phát sinh năm 2016" (arose), "học sinh"
        birth=re.compile(
            rf"(?<!\w)(?<!phát )(?<!học )(?:{phrase_alternation([str(w) for w in data['birth_words']])})\s*[:,]?\s*$",
            re.IGNORECASE,  # "Sinh năm 1970, ông …"
        ),
        future=_any_of(data["future_cues"]),
        ceremony=_any_of(data["ceremony_words"]),
        same_day=_any_of(data["same_day"]),
        # the kind of text, its number or code if written ("181-QĐ/TW", "số 26"), "ban hành" and "ngày" before the date
        document=re.compile(
            rf"(?<!\w)(?:{phrase_alternation([str(w) for w in data['document_words']])})"
            r"(?:\s+(?:số\s+)?[\w./-]*\d[\w./-]*)?(?:\s+(?:của\s+[^,.;()]{1,40}?\s+)?(?:ban hành|ký))?\s*(?:ngày)?\s*$"
        ),
    )


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(form, pattern) in the order they are tried; the longest match at a position wins."""
    words = _words()
    sep = r"\s*[/.\-]\s*"
    day_month = rf"(?P<d>\d{{1,2}}){sep}(?P<m>\d{{1,2}})"
    year = r"(?P<y>\d{4})"
    relative = phrase_alternation(list(words.relative))
    units = phrase_alternation(list(words.units))
    direction = phrase_alternation(list(words.before_words) + list(words.after_words))
    numbers = phrase_alternation(list(words.numbers))
    weeks = phrase_alternation([p for p, (unit, _) in words.relative.items() if unit == "week"])
    weekday = rf"(?:thứ\s+(?P<wd>{phrase_alternation(list(words.weekdays))})|(?P<sun>{words.sunday}))"
    flags = re.IGNORECASE
    return [
        # "chiều thứ Sáu tuần trước", "thứ Hai tuần này", "hôm thứ Ba": a weekday, not when a date follows it ("thứ
        # Hai (15/3)" is that date) and not "Sáu tuần trước" (six weeks ago) inside it
        (
            "weekday",
            re.compile(
                rf"(?<!\w)(?:(?P<open>{words.weekday_openers})\s+)?{weekday}(?:\s+(?P<week>{weeks}))?"
                r"(?!\w)(?!\s*\(?\s*\d)",
                flags,
            ),
        ),
        # "ngày 15 tháng 3 năm 2021", "ngày 15 tháng 3"
        (
            "words",
            re.compile(rf"(?<!\w)ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+{year})?(?!\w)", flags),
        ),
        # "15/3/2021", "15-3-2021", "15.3.2021" anywhere; "sáng 28-6", "chiều 2.10", "thứ Hai (15/3)" after an opener
        ("numeric", re.compile(rf"(?<![\w/.\-]){day_month}{sep}{year}(?![\w/]|[.\-]\d)", flags)),
        (
            "numeric",
            re.compile(rf"(?<!\w)(?:{words.openers})\s*\(?\s*{day_month}(?:{sep}{year})?(?![\w/]|[.\-]\d)", flags),
        ),
        # "tháng 3/2019", "tháng 3 năm 2019", "tháng 3"
        (
            "numeric",
            re.compile(
                rf"(?<!\w)(?:{words.slash_openers})\s+(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*{year})?(?![\w/]|[.\-]\d)",
                flags,
            ),
        ),
        (
            "month",
            re.compile(
                rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}})(?:(?:\s*[/.\-]\s*|\s+năm\s+){year})?(?![\w/]|[.\-]\d)", flags
            ),
        ),
        # "nhiệm kỳ 2020–2025", "giai đoạn 2016 - 2020"
        (
            "period",
            re.compile(
                rf"(?<!\w)(?:{words.period_words})(?:\s+[IVXLC]+)?\s*\(?\s*(?P<y>\d{{4}})\s*[-–—]\s*(?P<y2>\d{{4}})",
                flags,
            ),
        ),
        ("year", re.compile(rf"(?<!\w)năm\s+{year}(?!\w)", flags)),
        # "3 ngày trước", "2 năm trước"
        (
            "count",
            re.compile(rf"(?<!\w)(?P<n>\d{{1,3}}|{numbers})\s+(?P<unit>{units})\s+(?P<dir>{direction})(?!\w)", flags),
        ),
        ("vague", re.compile(rf"(?<!\w)(?:{words.vague})\s+(?:{units})\s+(?:{direction})(?!\w)", flags)),
        ("relative", re.compile(rf"(?<!\w)(?P<rel>{relative})(?!\w)", flags)),
    ]


def parse_article_date(value: str) -> Optional[date]:
    """The article's date from its `date` field (ISO 8601, a time after it ignored); None when it has none."""
    found = _ISO.match(value.strip()) if value else None
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _nearest_year(month: int, day: int, article: date, ahead_weight: int = 2) -> Optional[date]:
    """The date with this day and month nearest the article's date (the year before, of, or after it), a day
    ahead counting double (`ahead_weight`): "sáng 28-6" in an article of 5 January is last June's; a date that
    opens or closes a span ("có hiệu lực từ ngày 1/7") counts days ahead and past alike."""
    candidates = []
    for year in (article.year - 1, article.year, article.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    # news reports mostly what has happened: a day ahead counts twice as far as a day past
    return min(
        candidates, key=lambda d: (d - article).days * ahead_weight if d > article else (article - d).days, default=None
    )


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _relative(unit: str, amount: int, article: date) -> tuple[str, str]:
    """(ISO value, precision) of `amount` units from the article's date."""
    if unit == "day":
        return (article + timedelta(days=amount)).isoformat(), "day"
    if unit == "week":
        # a week is no day: it is given as the month that holds its Thursday (as ISO 8601 gives weeks to years),
        # "tuần trước" of an article of 20 February 2017 is February 2017
        thursday = article - timedelta(days=article.weekday()) + timedelta(weeks=amount, days=3)
        return thursday.isoformat()[:7], "month"
    if unit == "month":
        return _shift_months(article, amount).isoformat()[:7], "month"
    return f"{article.year + amount:04d}", "year"


def _weekday(groups: dict[str, Optional[str]], article: date) -> Optional[tuple[str, str, str]]:
    """ "thứ Sáu tuần trước": that weekday of the week the words name (weeks begin on Monday); a weekday alone, after
    a time-of-day word, the last such day on or before the article's date; else no date (an ordinal)."""
    words = _words()
    day = 6 if groups.get("sun") else words.weekdays[(groups.get("wd") or "").lower()]
    week = groups.get("week")
    if week:
        _, amount = words.relative[re.sub(r"\s+", " ", week.lower())]
        monday = article - timedelta(days=article.weekday()) + timedelta(weeks=amount)
        return (monday + timedelta(days=day)).isoformat(), "day", ""
    if not groups.get("open"):
        return None
    return (article - timedelta(days=(article.weekday() - day) % 7)).isoformat(), "day", ""


def _valid_year(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    year = int(text)
    return year if _YEAR_RANGE[0] <= year <= _YEAR_RANGE[1] else None


def _resolve(form: str, match: re.Match[str], article: Optional[date], kind: str) -> Optional[tuple[str, str, str]]:
    """(value, precision, end value) of one match, or None when it is no date or cannot be placed in time."""
    groups = match.groupdict()
    if form in ("words", "numeric"):
        day, month = int(groups["d"]), int(groups["m"])
        year = _valid_year(groups.get("y"))
        if groups.get("y") and year is None:
            return None
        if year is not None:
            try:
                return date(year, month, day).isoformat(), "day", ""
            except ValueError:
                return None
        if article is None or not (1 <= month <= 12):
            return None
        found = _nearest_year(month, day, article, ahead_weight=2 if kind == "point" else 1)
        return (found.isoformat(), "day", "") if found else None
    if form == "month":
        month = int(groups["m"])
        if not 1 <= month <= 12:
            return None
        year = _valid_year(groups.get("y"))
        if groups.get("y") and year is None:
            return None
        if year is None:
            if article is None:
                return None
            nearest = _nearest_year(month, 1, article.replace(day=1))
            year = nearest.year if nearest else article.year
        return f"{year:04d}-{month:02d}", "month", ""
    if form == "period":
        first, last = _valid_year(groups["y"]), _valid_year(groups["y2"])
        if first is None or last is None or last < first:
            return None
        return f"{first:04d}", "year", f"{last:04d}"
    if form == "year":
        year = _valid_year(groups["y"])
        return (f"{year:04d}", "year", "") if year is not None else None
    if article is None:
        return None
    words = _words()
    if form == "vague":
        return None  # "vài năm trước": no date, and no "năm trước" inside it either
    if form == "weekday":
        return _weekday(groups, article)
    if form == "count":
        if groups["dir"].lower() in words.duration_words:
            return None  # "trong gần 5 năm qua": a length of time, not a day
        written = groups["n"].lower()
        amount = int(written) if written.isdigit() else words.numbers[written]
        sign = -1 if groups["dir"].lower() in words.before_words else 1
        value, precision = _relative(words.units[re.sub(r"\s+", " ", groups["unit"].lower())], sign * amount, article)
        return value, precision, ""
    unit, amount = words.relative[re.sub(r"\s+", " ", groups["rel"].lower())]
    value, precision = _relative(unit, amount, article)
    return value, precision, ""


def _kind(text: str, start: int, match_text: str) -> str:
    """Whether the date opens ("từ ngày 1/7") or closes ("đến ngày 30/6") a span, is someone's birth ("sinh năm
    1967") or a cited text's ("Quy định 181-QĐ/TW ngày 30/3/2013"), or is a point in time."""
    words = _words()
    lowered = match_text.lower()
    written_before = text[max(0, start - 60) : start]
    if words.birth.search(written_before):
        return "birth"
    if words.document.search(written_before):
        return "document"
    before = text[max(0, start - 24) : start].lower().rstrip()
    for phrase in words.from_words:
        if lowered.startswith(phrase + " ") or before.endswith(" " + phrase) or before == phrase:
            return "from"
    for phrase in words.until_words:
        if lowered.startswith(phrase + " ") or before.endswith(" " + phrase) or before == phrase:
            return "until"
    return "point"


def find_dates(text: str, article_date: str = "", offset: int = 0, sentence: int = -1) -> list[DateMention]:
    """The dates written in `text` (offsets shifted by `offset`), resolved against `article_date` (ISO)."""
    article = parse_article_date(article_date)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for form, pattern in _patterns():
        for match in pattern.finditer(text):
            candidates.append((match.start(), match.end(), form, match))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    yearless: list[int] = []  # the indexes in `out` of days written without their year
    taken_until = -1
    for start, end, form, match in candidates:
        if start < taken_until:
            continue
        if form == "vague":
            taken_until = end  # "vài năm trước" is no date, nor is the "năm trước" inside it
            continue
        if _words().names.search(text, max(0, start - 20), start):
            taken_until = end  # "phiên họp thường kỳ tháng 9": the meeting's name
            continue
        kind = "period" if form == "period" else _kind(text, start, match.group(0))
        resolved = _resolve(form, match, article, kind)
        if resolved is None:
            continue
        value, precision, end_value = resolved
        if "(" in match.group(0) and text[end : end + 1] == ")":
            end += 1  # "thứ Hai (15/3)", "khóa XIII (2021-2026)": the bracket closes with the date
        if form in ("words", "numeric") and not match.groupdict().get("y") and kind in ("point", "from", "until"):
            yearless.append(len(out))
        out.append(
            DateMention(
                text=text[start:end],
                start=offset + start,
                end=offset + end,
                sentence=sentence,
                value=value,
                precision=precision,
                kind=kind,
                end_value=end_value,
            )
        )
        taken_until = end
    if article is not None and not _words().future.search(text):
        _in_written_order(out, yearless, article)
    return out


MONTHS_AHEAD_DAYS = 60  # a day this far after the article, told before a past one, is more likely last year's


def _in_written_order(found: list[DateMention], yearless: list[int], article: date) -> None:
    """A day written without its year and placed months after the article's date, followed in the passage by another
    such day placed before the first: "được giao quyền … từ ngày 15/3 và được bổ nhiệm … từ ngày 1/7" in an article of
    December tells last March, then July, not next March. The first goes back a year when that puts it before the
    second, less than a year before. Days in the past keep the order the article tells them in ("Sáng 14-10, … điều
    động … từ ngày 9/10"), days soon ahead stay ahead ("có hiệu lực từ ngày 1/1, thay quy định … ngày 15/11" in
    December), and so does a passage that tells of what is to come ("sẽ", `future_cues` in dates.yaml)."""
    for first, second in zip(yearless, yearless[1:]):
        a, b = date.fromisoformat(found[first].value), date.fromisoformat(found[second].value)
        if a <= b or (a - article).days < MONTHS_AHEAD_DAYS:
            continue
        try:
            earlier = a.replace(year=a.year - 1)
        except ValueError:
            continue
        if earlier <= b and (b - earlier).days < 366:
            found[first].value = earlier.isoformat()


def _sentences(doc: Document) -> Iterator[tuple[int, int, str]]:
    if doc.sentences:
        for index, sentence in enumerate(doc.sentences):
            yield index, sentence.start, doc.text[sentence.start : sentence.end]
    else:
        yield -1, 0, doc.text


@component("dates", reads=("sentences", "date"), writes=("dates",))
def dates(doc: Document) -> Document:
    """Sets `doc.dates`: every date its sentences write, resolved against the article's date."""
    doc.dates = []
    for index, start, text in _sentences(doc):
        written = find_dates(text, doc.date, offset=start, sentence=index)
        if _words().same_day.search(text):  # rare: the dates read so far only then
            known = [d for d in doc.dates + written if not _of_a_ceremony(doc, d)]
            written = sorted(written + _same_days(text, start, index, known), key=lambda d: d.start)
        doc.dates.extend(written)
    return doc


def _of_a_ceremony(doc: Document, date: DateMention) -> bool:
    """A day of its own written in a sentence about a ceremony ("tại lễ công bố ngày 28/7/2017"): the day decisions
    were handed over, not one a span "từ cùng ngày" can begin on (dates.yaml `ceremony_words`)."""
    if date.kind != "point" or not 0 <= date.sentence < len(doc.sentences):
        return False
    sentence = doc.sentences[date.sentence]
    return bool(_words().ceremony.search(doc.text[sentence.start : sentence.end]))


def _same_days(text: str, offset: int, sentence: int, known: list[DateMention]) -> list[DateMention]:
    """ "bổ nhiệm bà Y … từ ngày 1/8/2017. Bà Y thay ông X, nghỉ hưu theo chế độ từ cùng ngày": "từ cùng ngày" begins
    on the day written last before it, a span's first day or a day of its own ("Cũng trong ngày 15/3, Thủ tướng bổ
    nhiệm ông X … Ông X thôi giữ chức … từ cùng ngày"); no date where none was."""
    out: list[DateMention] = []
    for match in _words().same_day.finditer(text):
        start = offset + match.start()
        if _kind(text, match.start(), match.group(0)) != "from" or any(d.start <= start < d.end for d in known):
            continue
        days = [d for d in known if d.end <= start and d.precision == "day" and d.kind in ("from", "point")]
        if days:
            last = max(days, key=lambda d: d.end)
            out.append(
                DateMention(match.group(0), start, offset + match.end(), sentence, last.value, "day", kind="from")
            )
    return out
