"""Named SPARQL queries (queries/*.rq) and their results in table, CSV, TSV and SPARQL JSON form.

User values reach a query only as bindings (pyoxigraph substitutions, SEP-0007), never pasted into its text. A
query may also read a parameter's lower-case form, `?NAME_key` ("Ban Tổ chức Trung ương" -> "ban tổ chức trung
ương"), which kg binds in a VALUES clause written by pyoxigraph's serializer: the form the inferred graph indexes
names by (`kg:labelKey`, `kg:roleKey`), bound as a constant so that every SPARQL engine starts from that lookup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union, cast

import pyoxigraph as ox

from kg.errors import QueryError
from kg.formats import QUERY_OUTPUTS, results_format
from kg.resources import shipped_folder
from kg.store.base import BaseStore, Bindings, bind_values

FORMATS = QUERY_OUTPUTS
_RESULT_FORMATS = {name: results_format(name).oxigraph for name in FORMATS if name != "table"}
_HEADER = re.compile(r"^#\s*(Columns|Parameters|Optional parameters):\s*(.*)$", re.IGNORECASE)
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def queries_dir() -> Path:
    """Where the named queries live: inside the installed package, else the repository's queries/ folder."""
    return shipped_folder("queries")


@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    parameters: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)  # parameters that may be left out (the column is then free)
    columns: str = ""


def _parse(name: str, text: str) -> NamedQuery:
    query = NamedQuery(name, text)
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header = _HEADER.match(line)
        if header and header.group(1).lower() in ("parameters", "optional parameters"):
            names = [p.split("(")[0].strip() for p in re.split(r",\s*(?![^()]*\))", header.group(2)) if p.strip()]
            query.parameters += names
            if header.group(1).lower() == "optional parameters":
                query.optional += names
        elif header:
            query.columns = header.group(2).strip()
        elif not query.columns and not query.parameters:
            comments.append(line.lstrip("# ").strip())
    query.description = " ".join(comments)
    return query


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with kg, by name.

    Returns:
        Name -> `NamedQuery`, read from the queries shipped in the package (or the repository's queries/).
    """
    folder = queries_dir()
    return {p.stem: _parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def load_query(name_or_path: str) -> NamedQuery:
    """A named query ("holdings") or a .rq file.

    Raises:
        QueryError: no such named query or file.

    Args:
        name_or_path: a name of `named_queries()` or the path of a .rq file.

    Returns:
        A `NamedQuery`: its name, SPARQL text and declared parameters.
    """
    path = Path(name_or_path)
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # a name too long or not a path at all (a whole query pasted as the name)
        is_file = False
    if name_or_path.endswith(".rq") or is_file:
        try:
            return _parse(path.stem, path.read_text(encoding="utf-8"))
        except OSError as error:
            raise QueryError(f"{name_or_path}: cannot read query file ({error.strerror or error})") from error
    queries = named_queries()
    if name_or_path not in queries:
        shown = name_or_path if len(name_or_path) <= 60 else name_or_path[:57] + "..."
        if _LOOKS_LIKE_SPARQL.search(name_or_path):
            raise QueryError(f"unknown query {shown!r}: QUERY is a name or a .rq file; give SPARQL text with -e")
        raise QueryError(f"unknown query {shown!r}; named queries: {', '.join(queries)}")
    return queries[name_or_path]


_LOOKS_LIKE_SPARQL = re.compile(r"^\s*(?:SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\s|[{}]", re.IGNORECASE)


def bind_value(value: str) -> Union[ox.NamedNode, ox.Literal]:
    """A parameter value as an RDF term: <IRI> for IRIs, else a string in canonical Vietnamese spelling."""
    from kg.language.text import canonical  # imported on first use: a query without parameters does not load it

    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as error:
            raise QueryError(f"invalid IRI {value!r}: {_one_line(str(error))}") from error
    return ox.Literal(canonical(unicodedata.normalize("NFC", value)))


def _one_line(text: str) -> str:
    """`text` with control characters escaped, so an error about a value never spans several lines."""
    return re.sub(
        r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text
    )


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[list[Optional[ox.NamedNode | ox.BlankNode | ox.Literal]]]
    boolean: Optional[ox.QueryBoolean] = None
    triples: Optional[list[ox.Triple]] = None


def query_text(
    store: BaseStore,
    query: Union[str, NamedQuery],
    params: Optional[dict[str, str]] = None,
    fmt: str = "csv",
    limit: Optional[int] = None,
    offset: int = 0,
) -> tuple[str, Optional[int]]:
    """The query's answer as text in `fmt`, and its number of rows where that is known without counting.

    CSV, TSV and JSON solutions are written by pyoxigraph's own serializers straight from the store's answer, so a
    large result is never turned into Python rows and back (what `run_query` then `format_result` would do); the
    table, ASK and CONSTRUCT answers, and a page of rows (`limit`, `offset`), go the usual way.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if limit is not None or offset:
        result = run_query(store, query, params)
        end = None if limit is None else offset + limit
        result = QueryResult(result.variables, result.rows[offset:end], result.boolean, result.triples)
        return format_result(result, fmt), len(result.rows)
    if fmt != "table":
        named, text, bindings = _checked(query, params)
        results = store.query(text, bindings)
        if isinstance(results, ox.QuerySolutions):
            try:
                return cast(bytes, results.serialize(format=_RESULT_FORMATS[fmt])).decode("utf-8"), None
            except (OSError, RuntimeError) as error:
                raise QueryError(f"query {named.name!r} failed: {' '.join(str(error).split())}") from error
    result = run_query(store, query, params)
    return format_result(result, fmt), len(result.rows)


def count_rows(text: str, fmt: str) -> int:
    """The number of solutions in a CSV, TSV or JSON answer `query_text` wrote (for -v; read back, not kept)."""
    if fmt == "json":
        import json

        return len(json.loads(text).get("results", {}).get("bindings", []))
    if fmt == "csv":
        import csv
        import io

        return max(0, sum(1 for _ in csv.reader(io.StringIO(text))) - 1)
    return max(0, len(text.rstrip("\n").split("\n")) - 1)  # TSV writes a value's line breaks escaped


def _checked(query: Union[str, NamedQuery], params: Optional[dict[str, str]]) -> tuple[NamedQuery, str, Bindings]:
    """The query, its text with the parameters' key forms bound (`?NAME_key`, see the module's docstring) and its
    parameters bound as RDF terms, once every declared parameter is given and no other."""
    named = query if isinstance(query, NamedQuery) else NamedQuery("-e", query)
    params = dict(params or {})
    for key in params:
        if not _VARIABLE_NAME.match(key):
            raise QueryError(f"invalid parameter name {key!r}: use letters, digits and _")
    if named.parameters:
        missing = [p for p in named.parameters if p not in params and p not in named.optional]
        unknown = [p for p in params if p not in named.parameters]
        if missing:
            raise QueryError(f"query {named.name!r} needs --param {missing[0]}=VALUE ({', '.join(named.parameters)})")
        if unknown:
            raise QueryError(
                f"query {named.name!r} has no parameter {unknown[0]!r}; it takes: {', '.join(named.parameters)}"
            )
    bindings = {k: bind_value(v) for k, v in params.items()}
    keys: Bindings = {
        f"{k}_key": ox.Literal(term.value.lower())
        for k, term in bindings.items()
        if isinstance(term, ox.Literal) and re.search(rf"[?$]{k}_key\b", named.text)
    }
    return named, bind_values(named.text, keys), bindings


def prepare_query(query: Union[str, NamedQuery], params: Optional[dict[str, str]] = None) -> tuple[str, Bindings]:
    """The SPARQL text kg runs for a query, with its parameters' keys bound (`?NAME_key`, see the module's
    docstring), and the parameters as RDF terms to bind: what to send another engine (pyoxigraph's substitutions,
    rdflib's initBindings) to get kg's answer.

    Raises:
        QueryError: a missing or unknown parameter.
    """
    _, text, bindings = _checked(query, params)
    return text, bindings


def run_query(store: BaseStore, query: Union[str, NamedQuery], params: Optional[dict[str, str]] = None) -> QueryResult:
    """Runs a query with its parameters bound; checks that declared parameters are all given.

    Args:
        store: the store to query.
        query: a `NamedQuery` (`load_query`) or SPARQL text.
        params: values for the query's parameters (`NamedQuery.parameters`), bound as RDF terms, never pasted
            into the query text.

    Returns:
        A `QueryResult`: variables and rows for SELECT, `boolean` for ASK, `triples` for CONSTRUCT and DESCRIBE.

    Raises:
        QueryError: a syntax error, a missing or unknown parameter, or a failed query.
    """
    named, text, bindings = _checked(query, params)
    results = store.query(text, bindings)
    try:  # solutions are computed while read: a federated SERVICE fails here when its endpoint is unreachable
        if isinstance(results, ox.QuerySolutions):
            variables = [v.value for v in results.variables]
            return QueryResult(variables, [[solution[v] for v in variables] for solution in results])
        if isinstance(results, ox.QueryBoolean):
            return QueryResult([], [], boolean=results)
        return QueryResult(["subject", "predicate", "object"], [], triples=list(results))
    except (OSError, RuntimeError) as error:
        raise QueryError(f"query {named.name!r} failed: {' '.join(str(error).split())}") from error


def _plain(term) -> str:
    if term is None:
        return ""
    return term.value


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: an aligned table, CSV, TSV, or the W3C SPARQL 1.1 JSON results format.

    Args:
        result: what `run_query` returned.
        fmt: "table", "csv", "tsv" or "json".

    Returns:
        The text, ready to print (tables end without a newline; CSV, TSV and JSON as the W3C formats write them).
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    # pyoxigraph's serializers return the bytes when given no output
    if result.triples is not None:
        return cast(bytes, ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES)).decode("utf-8")
    if result.boolean is not None:
        if fmt in _RESULT_FORMATS:
            return cast(bytes, result.boolean.serialize(format=_RESULT_FORMATS[fmt])).decode("utf-8")
        return "true" if bool(result.boolean) else "false"
    if fmt == "table":
        return _table(result)
    solutions = solutions_from_rows(result)
    return cast(bytes, solutions.serialize(format=_RESULT_FORMATS[fmt])).decode("utf-8")


def solutions_from_rows(result: QueryResult) -> ox.QuerySolutions:
    """Rebuilds a solutions object from rows so pyoxigraph's own serializers write the standard formats."""
    store = ox.Store()  # a SELECT query gives solutions
    variables = " ".join(f"?{v}" for v in result.variables) or ""
    if not result.rows:
        return cast(ox.QuerySolutions, store.query(f"SELECT {variables or '*'} WHERE {{ FILTER(false) }}"))
    values = []
    for row in result.rows:
        values.append("(" + " ".join("UNDEF" if t is None else _sparql_term(t) for t in row) + ")")
    return cast(
        ox.QuerySolutions, store.query(f"SELECT {variables} WHERE {{ VALUES ({variables}) {{ {' '.join(values)} }} }}")
    )


def _sparql_term(term) -> str:
    # Terms come from the store and are re-serialized by pyoxigraph itself (proper escaping), not from user text.
    if isinstance(term, ox.BlankNode):
        return f"<urn:x-kg:bnode:{term.value}>"
    return str(term)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(result: QueryResult) -> str:
    header = result.variables
    rows = [[_plain(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
