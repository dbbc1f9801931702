"""The `kg` command: option parsing and output only; every command calls one library function (see `kg`)."""

from kg.cli.commands import main

__all__ = ["main"]
