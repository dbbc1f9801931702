"""Turn what the user gives (files, directories, JSONL, stdin) into a stream of `Document`s.

Ingest only reads and decodes: the text keeps its original characters (no Unicode normalization, that is
`kg.language.text`'s job), except that CRLF/CR line ends become "\\n", text in the legacy Vietnamese encodings TCVN3 and
VNI is converted to Unicode (`kg.ingest.legacy_encodings`) and HTML pages are reduced to their article text (`kg.ingest.webpage`).
Everything is streamed, one document at a time, so a corpus never has to fit in memory; no file or JSONL line
larger than `MAX_READ_BYTES` is read whole. A bad input (binary file, unknown encoding, broken JSONL line,
damaged gzip, oversized article, duplicate id ...) is reported as a `Problem` and skipped, so one bad file does not
stop a long build.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, TextIO, Union

from kg.components import StageFailed
from kg.document import Document
from kg.errors import InputError
from kg.ingest.decode import (
    BINARY,
    BINARY_RATIO,
    EMPTY,
    SNIFF_BYTES,
    bom_encoding,
    check_length,
    control_ratio,
    decode_bytes,
    decode_legacy,
    decode_text,
    finish_text,
    fix_newlines,
    human_size,
    looks_binary,
    printable,
    utf16_without_bom,
)
from kg.ingest.streams import PrefixedStream, TooLong, bounded_lines, chain_lines, read_prefix
from kg.ingest.webpage import declared_charset, extract_article, looks_like_html

__all__ = ["Problem", "iter_documents", "STDIN_ORIGIN", "SUFFIXES", "MAX_READ_BYTES"]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
STDIN_ID = "stdin"
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
MAX_READ_BYTES = 8 * 2**20

NO_ARTICLE = "HTML page without article text"
_SUFFIX_LIST = ".txt, .md, .html, .htm, .jsonl or .jsonl.gz"

_OPTIONAL_FIELDS = ("title", "date", "source", "place")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_MD_H1 = re.compile(r"^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


@dataclass
class Problem:
    """An input that was skipped, and why; `source` is a path, `path:line` or `<stdin>`."""

    source: str
    reason: str
    detail: str = ""  # a traceback when the cause was unexpected (shown with --debug)

    def __str__(self) -> str:
        return f"{printable(self.source)}: {self.reason}"


def _utf8(name: str) -> str:
    """A path-derived name that can be written as UTF-8: undecodable file-name bytes become "\\xNN"."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return printable(name)


def _html_article(data: bytes, source: str) -> tuple[str, str, str]:
    """(text, title, date) of the article in an HTML page.

    Decoded like a text file (BOM, UTF-8, TCVN3/VNI) first, since saved pages often keep a <meta charset> that no
    longer holds; only bytes that are none of those are decoded as the page's <meta charset> says.
    """
    try:
        page = decode_text(data, source)
    except InputError as exc:
        charset = declared_charset(data)
        if exc.reason == BINARY or charset is None or charset.replace("_", "-") in ("utf-8", "utf8"):
            raise
        try:
            page = data.decode(charset)
        except LookupError:
            raise InputError(source, f"{exc.reason} (the page declares charset {charset}, which is unknown)") from None
        except UnicodeDecodeError as error:
            raise InputError(
                source, f"not valid {charset} text, as the page declares ({error.reason} at byte {error.start})"
            ) from None
    if page.startswith("\ufeff"):
        page = page[1:]
    if looks_binary(page):
        raise InputError(source, BINARY)
    article = extract_article(page)
    if article is None:
        raise InputError(source, NO_ARTICLE)
    return finish_text(article.text, source), article.title, article.date


def _markdown_title(text: str) -> str:
    """The first level-1 ATX heading (`# Title`) outside code fences, or ""."""
    in_fence = False
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = _MD_H1.match(line)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return ""


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _kind(name: str) -> Optional[str]:
    """The suffix of a supported input file name (case-insensitive), or None."""
    lower = name.lower()
    for suffix in (".jsonl.gz", ".jsonl", ".txt", ".md", ".html", ".htm"):
        if lower.endswith(suffix):
            return suffix
    return None


def _strip_suffix(name: str, suffix: str) -> str:
    stem = name[: -len(suffix)]
    return stem or name


# ---------------------------------------------------------------------------------------------- the reader


class _Reader:
    """State of one run: where problems go and which ids were already given out."""

    def __init__(self, on_problem: Optional[Callable[[Problem], None]], stdin: Union[TextIO, BinaryIO, None]) -> None:
        self._on_problem = on_problem
        self._stdin = stdin
        self._stdin_used = False
        self._seen: dict[str, str] = {}

    def report(self, source: str, reason: str, detail: str = "") -> None:
        if self._on_problem is None:
            raise InputError(source, reason)
        self._on_problem(Problem(source, reason, detail))

    def unexpected(self, source: str, stage: str, error: Exception) -> None:
        """A bug or a broken dependency while reading one input: reported like a bad input, the rest goes on."""
        failed = StageFailed(stage, error)
        self.report(source, str(failed), failed.detail)

    def accept(self, doc: Document) -> bool:
        first = self._seen.get(doc.id)
        if first is not None:
            self.report(doc.origin, f"duplicate document id {doc.id} (first seen in {first})")
            return False
        self._seen[doc.id] = doc.origin
        return True

    # ---- dispatch

    def documents(self, item: Union[str, Path]) -> Iterator[Document]:
        if os.fspath(item) == STDIN:
            yield from self.stdin()
            return
        path = Path(item)
        name = os.fspath(item)
        try:
            is_dir = path.is_dir()
            is_file = path.is_file()
            exists = is_dir or is_file or path.exists()
        except OSError as exc:
            self.report(name, f"cannot access ({exc.strerror or exc})")
            return
        if not exists:
            self.report(name, "no such file or directory")
        elif is_dir:
            yield from self.directory(path)
        elif not is_file:
            self.report(name, "not a regular file or directory")
        else:
            suffix = _kind(path.name)
            if suffix is None:
                got = "".join(path.suffixes[-2:]) or "no suffix"
                self.report(name, f"unsupported file type ({got}); expected {_SUFFIX_LIST} or a directory")
            else:
                yield from self.file(path, suffix, _strip_suffix(path.name, suffix))

    def file(self, path: Path, suffix: str, doc_id: str) -> Iterator[Document]:
        if suffix in JSONL_SUFFIXES:
            yield from self.jsonl_file(path, gz=suffix == ".jsonl.gz")
            return
        origin = str(path)
        try:
            size = path.stat().st_size
            if size > MAX_READ_BYTES:
                self.report(
                    origin,
                    f"too large for one article ({human_size(size)}, at most {human_size(MAX_READ_BYTES)}); "
                    "split it into articles (files or JSONL lines)",
                )
                return
            data = path.read_bytes()
        except OSError as exc:
            self.report(origin, f"cannot read file ({exc.strerror or exc})")
            return
        title = date = ""
        try:
            if suffix in HTML_SUFFIXES:
                text, title, date = _html_article(data, origin)
            else:
                text = decode_bytes(data, origin)
                title = _markdown_title(text) if suffix == ".md" else ""
            check_length(text, origin)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        except Exception as error:  # e.g. an HTML library that fails to import: this file only
            self.unexpected(origin, "ingest", error)
            return
        # a file name that is not UTF-8 (bytes kept as surrogates by the OS layer) gets a readable id, "\\xNN"
        doc = Document(
            id=_utf8(doc_id), text=text, title=title, date=date, source=_utf8(path.name), origin=_utf8(origin)
        )
        if self.accept(doc):
            yield doc

    def directory(self, root: Path) -> Iterator[Document]:
        found = False
        for path, parts in self._walk(root, (), set()):
            found = True
            suffix = _kind(path.name)
            assert suffix is not None
            doc_id = "/".join(parts[:-1] + (_strip_suffix(parts[-1], suffix),))
            yield from self.file(path, suffix, doc_id)
        if not found:
            self.report(str(root), f"directory holds no {_SUFFIX_LIST} files")

    def _walk(self, folder: Path, parts: tuple[str, ...], visited: set[str]) -> Iterator[tuple[Path, tuple[str, ...]]]:
        """Supported files under `folder`, depth first in name order, skipping hidden entries and symlink loops."""
        try:
            real = os.path.realpath(folder)
            if real in visited:
                return
            visited.add(real)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda entry: entry.name)
        except OSError as exc:
            self.report(str(folder), f"cannot list directory ({exc.strerror or exc})")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                yield from self._walk(Path(entry.path), parts + (entry.name,), visited)
            elif is_file and _kind(entry.name) is not None:
                yield Path(entry.path), parts + (entry.name,)

    # ---- JSONL

    def jsonl_file(self, path: Path, gz: bool) -> Iterator[Document]:
        name = str(path)
        try:
            stream: BinaryIO = gzip.open(path, "rb") if gz else open(path, "rb")  # type: ignore[assignment]
        except OSError as exc:
            self.report(name, f"cannot read file ({exc.strerror or exc})")
            return
        with stream:
            yield from self.jsonl_stream(stream, name, gz)

    def _damage(self, name: str, gz: bool, lineno: int, exc: BaseException) -> None:
        done = f"; the {lineno - 1} line(s) before it were read" if lineno > 1 else ""
        if gz:
            self.report(name, f"truncated or corrupt gzip data at line {lineno} ({exc}){done}")
        else:
            self.report(name, f"read error at line {lineno} ({exc}){done}")

    def jsonl_stream(self, raw: BinaryIO, name: str, gz: bool = False) -> Iterator[Document]:
        """Records of a JSONL byte stream, one line at a time; a damaged stream ends with a Problem."""
        prefix, error = read_prefix(raw, SNIFF_BYTES)
        if error is not None and not prefix:
            self._damage(name, gz, 1, error)
            return
        encoding = bom_encoding(prefix) or (utf16_without_bom(prefix) if b"\x00" in prefix else None)
        wide = encoding in ("utf-16", "utf-32", "utf-16-le", "utf-16-be")
        if not wide and (b"\x00" in prefix or control_ratio(prefix) > BINARY_RATIO):
            self.report(name, BINARY)
            return
        buffered = io.BufferedReader(PrefixedStream(prefix, raw, error))  # lines before damaged data are still read
        lines: Iterator[Union[bytes, str, TooLong]]
        if wide:
            lines = bounded_lines(io.TextIOWrapper(buffered, encoding=encoding), MAX_READ_BYTES)
        else:
            lines = bounded_lines(buffered, MAX_READ_BYTES)
        yield from self._jsonl_lines(lines, name, gz, encoding.upper() if wide and encoding is not None else "UTF-8")

    def _jsonl_lines(
        self, lines: Iterator[Union[bytes, str, "TooLong"]], name: str, gz: bool, encoding: str
    ) -> Iterator[Document]:
        lineno = 0
        any_record = False
        while True:
            try:
                line = next(lines)
            except StopIteration:
                break
            except UnicodeDecodeError as exc:
                self.report(name, f"not valid {encoding} text at line {lineno + 1} ({exc.reason})")
                return
            except (OSError, EOFError, zlib.error) as exc:
                self._damage(name, gz, lineno + 1, exc)
                return
            lineno += 1
            origin = f"{name}:{lineno}"
            if isinstance(line, TooLong):
                any_record = True
                self.report(
                    origin,
                    f"record too large ({line.describe()}, at most {human_size(line.limit, line.unit)} "
                    "a line); skipped without reading it",
                )
                continue
            if isinstance(line, bytes):
                data = line[len(codecs.BOM_UTF8) :] if lineno == 1 and line.startswith(codecs.BOM_UTF8) else line
                try:
                    line = data.decode("utf-8")
                except UnicodeDecodeError:
                    try:
                        line = decode_legacy(data, origin)  # TCVN3 and VNI keep JSON's ASCII punctuation as is
                    except InputError as exc:
                        any_record = True
                        self.report(origin, exc.reason)
                        continue
            elif lineno == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            any_record = True
            try:
                doc = self._record(line, origin, lineno)
            except Exception as error:  # a bug or a broken dependency: this record only
                self.unexpected(origin, "ingest", error)
                continue
            if doc is not None and self.accept(doc):
                yield doc
        if not any_record:
            self.report(name, EMPTY)

    def _record(self, line: str, origin: str, lineno: int) -> Optional[Document]:
        try:
            obj = json.loads(line, strict=False)  # raw tabs and control characters in strings: read, not refused
        except json.JSONDecodeError as exc:
            message = exc.msg.removesuffix(" at")  # "Invalid control character at"
            self.report(origin, f"line {lineno}: invalid JSON ({message} at column {exc.colno})")
            return None
        except RecursionError:
            self.report(origin, f"line {lineno}: invalid JSON (nested too deeply)")
            return None
        if not isinstance(obj, dict):
            self.report(origin, f'expected a JSON object with "id" and "text", got {_json_type(obj)}')
            return None
        if "id" not in obj:
            self.report(origin, 'record has no "id"')
            return None
        raw_id = obj["id"]
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
            self.report(origin, f'"id" must be a string or an integer, got {_json_type(raw_id)}')
            return None
        doc_id = str(raw_id)
        if not doc_id.strip():
            self.report(origin, '"id" is empty')
            return None
        if "text" not in obj:
            self.report(origin, f'record {doc_id} has no "text"')
            return None
        text = obj["text"]
        if not isinstance(text, str):
            self.report(origin, f'"text" must be a string, got {_json_type(text)}')
            return None
        fields: dict[str, str] = {}
        for key in _OPTIONAL_FIELDS:
            value = obj.get(key)
            if value is None:  # absent or null: not given
                fields[key] = ""
            elif isinstance(value, str):
                fields[key] = value
            else:
                self.report(origin, f'"{key}" must be a string, got {_json_type(value)}')
                return None
        for key, value in (("id", doc_id), ("text", text), *fields.items()):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                self.report(origin, f'"{key}" contains an unpaired surrogate escape (\\ud800-\\udfff)')
                return None
        if looks_binary(text):
            self.report(origin, f'"text" is {BINARY}')
            return None
        if looks_like_html(text):  # scrapers often store the whole page
            article = extract_article(text)
            if article is None:
                self.report(origin, f'"text" is an {NO_ARTICLE}')
                return None
            text = article.text
            fields["title"] = fields["title"] or article.title
            fields["date"] = fields["date"] or article.date
        text = fix_newlines(text)
        if not text.strip():
            self.report(origin, EMPTY)
            return None
        try:
            check_length(text, origin)
        except InputError as exc:
            self.report(origin, exc.reason)
            return None
        return Document(
            id=doc_id,
            text=text,
            title=fields["title"],
            date=fields["date"],
            source=fields["source"],  # a JSONL file is only a container: no source unless the record says
            place=fields["place"],
            origin=origin,
        )

    # ---- stdin

    def stdin(self) -> Iterator[Document]:
        if self._stdin_used:
            self.report(STDIN_ORIGIN, "standard input given more than once")
            return
        self._stdin_used = True
        stream = self._stdin if self._stdin is not None else sys.stdin
        if stream is None:
            self.report(STDIN_ORIGIN, "no standard input")
            return
        binary = getattr(stream, "buffer", None)
        if binary is not None:
            stream = binary  # decode ourselves: BOMs, legacy encodings and binary data get the same checks as files
        try:
            probe = stream.read(0)
        except (OSError, ValueError) as exc:
            self.report(STDIN_ORIGIN, f"cannot read standard input ({exc})")
            return
        if isinstance(probe, bytes):
            yield from self._stdin_bytes(stream)  # type: ignore[arg-type]
        else:
            yield from self._stdin_text(stream)  # type: ignore[arg-type]

    def _stdin_bytes(self, stream: BinaryIO) -> Iterator[Document]:
        head: list[bytes] = []
        try:
            while True:  # read whole lines until the first non-blank one, to tell JSONL from an article
                line = stream.readline(MAX_READ_BYTES + 1)
                if not line:
                    break
                head.append(line)
                if b"".join(head).removeprefix(codecs.BOM_UTF8).strip():
                    break
        except OSError as exc:
            self.report(STDIN_ORIGIN, f"cannot read standard input ({exc.strerror or exc})")
            return
        prefix = b"".join(head)
        encoding = bom_encoding(prefix)
        if encoding in ("utf-16", "utf-32"):
            text_stream = io.TextIOWrapper(io.BufferedReader(PrefixedStream(prefix, stream)), encoding=encoding)
            yield from self._stdin_text(text_stream, encoding.upper())
            return
        first = prefix.removeprefix(codecs.BOM_UTF8).lstrip()
        if first.startswith(b"{"):
            yield from self.jsonl_stream(io.BufferedReader(PrefixedStream(prefix, stream)), STDIN_ORIGIN)
            return
        try:
            data = prefix + stream.read(max(0, MAX_READ_BYTES + 1 - len(prefix)))
        except OSError as exc:
            self.report(STDIN_ORIGIN, f"cannot read standard input ({exc.strerror or exc})")
            return
        if len(data) > MAX_READ_BYTES:
            self.report(
                STDIN_ORIGIN,
                f"too large for one article (more than {human_size(MAX_READ_BYTES)}); "
                "give articles as JSONL lines or files",
            )
            return
        try:
            text = decode_bytes(data, STDIN_ORIGIN)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        yield from self._stdin_article(text)

    def _stdin_text(self, stream: TextIO, encoding: str = "text") -> Iterator[Document]:
        head: list[str] = []
        try:
            while True:
                line = stream.readline(MAX_READ_BYTES + 1)
                if not line:
                    break
                head.append(line)
                if line.strip().lstrip("\ufeff"):
                    break
            start = "".join(head).lstrip().lstrip("\ufeff").lstrip()
            if start.startswith("{"):
                rest = bounded_lines(stream, MAX_READ_BYTES)
                yield from self._jsonl_lines(chain_lines(head, rest), STDIN_ORIGIN, False, encoding)
                return
            text = "".join(head)
            text += stream.read(max(0, MAX_READ_BYTES + 1 - len(text)))
        except UnicodeDecodeError as exc:
            self.report(STDIN_ORIGIN, f"not valid {encoding} text ({exc.reason})")
            return
        try:
            text = finish_text(text, STDIN_ORIGIN)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        yield from self._stdin_article(text)

    def _stdin_article(self, text: str) -> Iterator[Document]:
        try:
            check_length(text, STDIN_ORIGIN)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        doc = Document(id=STDIN_ID, text=text, origin=STDIN_ORIGIN)
        if self.accept(doc):
            yield doc


def iter_documents(
    inputs: Iterable[Union[str, Path]],
    on_problem: Optional[Callable[[Problem], None]] = None,
    stdin: Union[TextIO, BinaryIO, None] = None,
) -> Iterator[Document]:
    """Yield one `Document` per article found in `inputs`, lazily, in input order (directories sorted by name).

    Inputs are `.txt`/`.md` files, `.html`/`.htm` pages (their article text, title and date), directories
    (recursive; hidden entries skipped), `.jsonl`/`.jsonl.gz` files (a record's "text" may be HTML too) and "-"
    for standard input (`stdin`, default `sys.stdin`; JSONL if it starts with "{", else one article).
    Each bad input or record is passed to `on_problem` as a `Problem` and skipped, so the rest still goes
    through; without `on_problem` the first one raises `InputError`. The text is decoded but not normalized.

    Args:
        inputs: paths (files or directories) and "-".
        on_problem: called with each bad input or record; without it the first one raises.
        stdin: what "-" reads.

    Returns:
        An iterator of `Document`s (id, text, and title, date, source, place where the input gives them).

    Raises:
        InputError: without `on_problem`, for the first bad input.
    """
    reader = _Reader(on_problem, stdin)
    for item in inputs:
        yield from reader.documents(item)
