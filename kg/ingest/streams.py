"""Reading streams without reading them whole: a prefix put back in front of a stream, lines of bounded length."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import IO, BinaryIO, Iterator, Optional, Union, overload

from kg.ingest.decode import human_size

# ----------------------------------------------------------------------------------------------- streams


class PrefixedStream(io.RawIOBase):
    """A binary stream that first replays bytes already read (to sniff the input), then reads the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO, error: Optional[BaseException] = None) -> None:
        super().__init__()
        self._prefix = prefix
        self._rest = rest
        self._error = error  # met while reading the prefix: raised where the stream reaches it, not before
        self._read = getattr(rest, "read1", rest.read)  # read1: do not wait for a full chunk on a pipe

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        if self._error is not None:
            raise self._error
        data = self._read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def read_prefix(stream: BinaryIO, size: int) -> tuple[bytes, Optional[BaseException]]:
    """Up to `size` bytes, and the read error that stopped it early (damaged gzip data), if any."""
    parts: list[bytes] = []
    got = 0
    read = getattr(stream, "read1", stream.read)
    try:
        while got < size:
            chunk = read(size - got)
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        return b"".join(parts), exc
    return b"".join(parts), None


def chain_lines(head: list[str], rest: Iterator[Union[str, "TooLong"]]) -> Iterator[Union[str, "TooLong"]]:
    yield from head
    yield from rest


@dataclass
class TooLong:
    """A line longer than `limit`, read through in chunks and dropped: only its size is kept."""

    size: int
    limit: int
    unit: str

    def describe(self) -> str:
        return human_size(self.size, self.unit)


@overload
def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[Union[bytes, TooLong]]: ...


@overload
def bounded_lines(stream: IO[str], limit: int) -> Iterator[Union[str, TooLong]]: ...


def bounded_lines(stream, limit: int) -> Iterator[Union[bytes, str, TooLong]]:
    """The lines of a byte or text stream; one longer than `limit` is never held whole but given as `TooLong`."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        newline = "\n" if isinstance(line, str) else b"\n"
        if len(line) <= limit or line.endswith(newline):
            yield line
            continue
        size = len(line)
        while not line.endswith(newline):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield TooLong(size, limit, "characters" if newline == "\n" else "bytes")
