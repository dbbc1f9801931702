"""Turn what the user gives (files, directories, JSONL, stdin) into a stream of `Document`s.

Ingest only reads and decodes: the text keeps its original characters (no Unicode normalization, that is
`kg.text`'s job), except that CRLF/CR line ends become "\\n". Everything is streamed, one document at a time,
so a corpus never has to fit in memory. A bad input (binary file, legacy encoding, broken JSONL line, damaged
gzip, duplicate id ...) is reported as a `Problem` and skipped, so one bad file does not stop a long build.
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

from kg.document import Document
from kg.errors import InputError

__all__ = ["Problem", "iter_documents", "decode_bytes", "STDIN_ORIGIN", "SUFFIXES"]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
STDIN_ID = "stdin"
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES

BINARY = "binary file, not text"
NOT_UTF8 = "not UTF-8 text (looks like a legacy 8-bit encoding, e.g. TCVN3 or VNI); convert it to UTF-8"
EMPTY = "empty text"
_SUFFIX_LIST = ".txt, .md, .jsonl or .jsonl.gz"

# A text with more than this share of control characters (other than tab, newlines, form feed) is binary.
_BINARY_RATIO = 0.1
_SNIFF_BYTES = 8192
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_OPTIONAL_FIELDS = ("title", "date", "source", "place")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_MD_H1 = re.compile(r"^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


@dataclass
class Problem:
    """An input that was skipped, and why; `source` is a path, `path:line` or `<stdin>`."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# --------------------------------------------------------------------------------------------- decoding


def _bom_encoding(data: bytes) -> Optional[str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _control_ratio_bytes(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    return len(_CONTROL_CHARS.findall(text)) / len(text) > _BINARY_RATIO


def _fix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _finish_text(text: str, source: str) -> str:
    """Checks shared by byte and character input: BOM, binary content, line ends, emptiness."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(source, BINARY)
    text = _fix_newlines(text)
    if not text.strip():
        raise InputError(source, EMPTY)
    return text


def _decode(data: bytes, source: str) -> str:
    encoding = _bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        try:
            return data.decode(encoding)  # the codec consumes the byte order mark
        except UnicodeDecodeError as exc:
            raise InputError(
                source,
                f"not valid {encoding.upper()} text despite its byte order mark ({exc.reason} at byte {exc.start})",
            ) from None
    if encoding == "utf-8":
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise InputError(source, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if _control_ratio_bytes(data[:_SNIFF_BYTES * 8]) > _BINARY_RATIO:
            raise InputError(source, BINARY) from None
        raise InputError(source, NOT_UTF8) from None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode one article's bytes, refusing what is not text so that garbage never reaches the graph.

    Accepts UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM; converts CRLF/CR to "\\n"; keeps the
    characters otherwise as they are. Raises `InputError(source, reason)` for binary data, non-UTF-8 bytes
    (usually a legacy Vietnamese encoding such as TCVN3 or VNI) and empty or whitespace-only text.
    """
    return _finish_text(_decode(data, source), source)


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
    for suffix in (".jsonl.gz", ".jsonl", ".txt", ".md"):
        if lower.endswith(suffix):
            return suffix
    return None


def _strip_suffix(name: str, suffix: str) -> str:
    stem = name[: -len(suffix)]
    return stem or name


# ----------------------------------------------------------------------------------------------- streams


class _Prefixed(io.RawIOBase):
    """A binary stream that first replays bytes already read (to sniff the input), then reads the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._prefix = prefix
        self._rest = rest
        self._read = getattr(rest, "read1", rest.read)  # read1: do not wait for a full chunk on a pipe

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def _read_prefix(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    read = getattr(stream, "read1", stream.read)
    while got < size:
        chunk = read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


# ---------------------------------------------------------------------------------------------- the reader


class _Reader:
    """State of one run: where problems go and which ids were already given out."""

    def __init__(self, on_problem: Optional[Callable[[Problem], None]], stdin: Union[TextIO, BinaryIO, None]) -> None:
        self._on_problem = on_problem
        self._stdin = stdin
        self._stdin_used = False
        self._seen: dict[str, str] = {}

    def report(self, source: str, reason: str) -> None:
        if self._on_problem is None:
            raise InputError(source, reason)
        self._on_problem(Problem(source, reason))

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
            data = path.read_bytes()
        except OSError as exc:
            self.report(origin, f"cannot read file ({exc.strerror or exc})")
            return
        try:
            text = decode_bytes(data, origin)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        title = _markdown_title(text) if suffix == ".md" else ""
        doc = Document(id=doc_id, text=text, title=title, source=path.name, origin=origin)
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
        try:
            prefix = _read_prefix(raw, _SNIFF_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            self._damage(name, gz, 1, exc)
            return
        encoding = _bom_encoding(prefix)
        wide = encoding in ("utf-16", "utf-32")
        if not wide and (b"\x00" in prefix or _control_ratio_bytes(prefix) > _BINARY_RATIO):
            self.report(name, BINARY)
            return
        buffered = io.BufferedReader(_Prefixed(prefix, raw))
        lines: Iterator[Union[bytes, str]]
        if wide:
            lines = iter(io.TextIOWrapper(buffered, encoding=encoding))
        else:
            lines = iter(buffered)
        yield from self._jsonl_lines(lines, name, gz, encoding.upper() if wide else "UTF-8")

    def _jsonl_lines(
        self, lines: Iterator[Union[bytes, str]], name: str, gz: bool, encoding: str
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
            if isinstance(line, bytes):
                if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8) :]
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError:
                    any_record = True
                    self.report(origin, NOT_UTF8)
                    continue
            elif lineno == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            any_record = True
            doc = self._record(line, origin, lineno)
            if doc is not None and self.accept(doc):
                yield doc
        if not any_record:
            self.report(name, EMPTY)

    def _record(self, line: str, origin: str, lineno: int) -> Optional[Document]:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            message = exc.msg.removesuffix(" at")  # "Invalid control character at"
            self.report(origin, f"line {lineno}: invalid JSON ({message} at column {exc.colno})")
            return None
        except RecursionError:
            self.report(origin, f"line {lineno}: invalid JSON (nested too deeply)")
            return None
        if not isinstance(obj, dict):
            self.report(origin, f"expected a JSON object with \"id\" and \"text\", got {_json_type(obj)}")
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
        text = _fix_newlines(text)
        if not text.strip():
            self.report(origin, EMPTY)
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
                line = stream.readline()
                if not line:
                    break
                head.append(line)
                if b"".join(head).removeprefix(codecs.BOM_UTF8).strip():
                    break
        except OSError as exc:
            self.report(STDIN_ORIGIN, f"cannot read standard input ({exc.strerror or exc})")
            return
        prefix = b"".join(head)
        encoding = _bom_encoding(prefix)
        if encoding in ("utf-16", "utf-32"):
            text_stream = io.TextIOWrapper(io.BufferedReader(_Prefixed(prefix, stream)), encoding=encoding)
            yield from self._stdin_text(text_stream, encoding.upper())
            return
        first = prefix.removeprefix(codecs.BOM_UTF8).lstrip()
        if first.startswith(b"{"):
            yield from self.jsonl_stream(io.BufferedReader(_Prefixed(prefix, stream)), STDIN_ORIGIN)  # type: ignore[arg-type]
            return
        try:
            data = prefix + stream.read()
        except OSError as exc:
            self.report(STDIN_ORIGIN, f"cannot read standard input ({exc.strerror or exc})")
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
                line = stream.readline()
                if not line:
                    break
                head.append(line)
                if line.strip().lstrip("\ufeff"):
                    break
            start = "".join(head).lstrip().lstrip("\ufeff").lstrip()
            if start.startswith("{"):
                rest = iter(stream.readline, "")
                yield from self._jsonl_lines(_chain(head, rest), STDIN_ORIGIN, False, encoding)
                return
            text = "".join(head) + stream.read()
        except UnicodeDecodeError as exc:
            self.report(STDIN_ORIGIN, f"not valid {encoding} text ({exc.reason})")
            return
        try:
            text = _finish_text(text, STDIN_ORIGIN)
        except InputError as exc:
            self.report(exc.source, exc.reason)
            return
        yield from self._stdin_article(text)

    def _stdin_article(self, text: str) -> Iterator[Document]:
        doc = Document(id=STDIN_ID, text=text, origin=STDIN_ORIGIN)
        if self.accept(doc):
            yield doc


def _chain(head: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from head
    yield from rest


def iter_documents(
    inputs: Iterable[Union[str, Path]],
    on_problem: Optional[Callable[[Problem], None]] = None,
    stdin: Union[TextIO, BinaryIO, None] = None,
) -> Iterator[Document]:
    """Yield one `Document` per article found in `inputs`, lazily, in input order (directories sorted by name).

    Inputs are `.txt`/`.md` files, directories (recursive; hidden entries skipped), `.jsonl`/`.jsonl.gz` files
    and "-" for standard input (`stdin`, default `sys.stdin`; JSONL if it starts with "{", else one article).
    Each bad input or record is passed to `on_problem` as a `Problem` and skipped, so the rest still goes
    through; without `on_problem` the first one raises `InputError`. The text is decoded but not normalized.
    """
    reader = _Reader(on_problem, stdin)
    for item in inputs:
        yield from reader.documents(item)
