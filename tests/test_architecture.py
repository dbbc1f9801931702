"""The shape of the package: no import cycles, the build free of the linker and the server, no private names
borrowed across modules, and the public API where `help(kg)` shows it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) of every import in `module`, wherever it stands (top level,
    functions, TYPE_CHECKING blocks): an import hidden in a function is still a dependency."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.append((submodule, []) if submodule in MODULES else (base, [alias.name]))
    return [(name, names) for name, names in found if name == "kg" or name.startswith("kg.")]


GRAPH = {module: sorted({target for target, _ in _imports(module) if target in MODULES}) for module in MODULES}


def _reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo += GRAPH[module]
    return seen


def test_the_package_has_its_modules_by_concern():
    packages = {name for name, path in MODULES.items() if path.name == "__init__.py"}
    assert {
        "kg.ingest",
        "kg.extract",
        "kg.graph",
        "kg.store",
        "kg.linking",
        "kg.serve",
        "kg.cli",
        "kg.pipeline",
        "kg.language",
    } <= packages
    top_level = [name for name in MODULES if name.count(".") == 1 and name not in packages]
    assert len(top_level) <= 12, top_level


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components: any component of two or more nodes (or a self-import) is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []
    sys.setrecursionlimit(10_000)

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in graph[module]:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycle_inside_kg():
    assert _cycles(GRAPH) == []


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_no_import_cycle_between_packages():
    # kg.graph -> kg.linking -> kg.graph would be a cycle even with no module importing one that imports it back;
    # `kg` itself (the API's facade, which names every package) is left out
    packages: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        if module == "kg":
            continue
        packages.setdefault(_package(module), set()).update(
            _package(t) for t in targets if t != "kg" and _package(t) != _package(module)
        )
    assert _cycles({p: sorted(t) for p, t in packages.items()}) == []


def test_the_build_path_imports_nothing_from_the_linker_the_server_or_the_cli():
    from importlib.metadata import distribution

    own = [ep.module for ep in distribution("vnkg").entry_points if ep.group == "kg.components"]
    assert {"kg.extract", "kg.extract.segment", "kg.extract.resolve"} <= set(own)
    reached = set().union(*(_reachable(m) for m in ("kg.pipeline", *own)))  # the build and kg's components
    assert {"kg.extract.patterns", "kg.graph.identity", "kg.graph.rdf", "kg.ingest.sources"} <= reached
    forbidden = sorted(m for m in reached if m.startswith(("kg.linking", "kg.serve", "kg.cli")))
    assert forbidden == []


def test_a_build_does_not_load_the_linker_at_run_time(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Bộ trưởng Bộ Y tế Nguyễn Văn A dự họp.", encoding="utf-8")
    code = (
        "import sys; from kg import build, open_store; build([sys.argv[1]], open_store('memory')); "
        "print(sorted(m for m in sys.modules if m.startswith(('kg.linking.', 'kg.serve', 'kg.cli', 'rapidfuzz')) "
        "and m != 'kg.linking.stale'))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(text)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_no_private_name_is_imported_from_another_module():
    borrowed = [
        f"{module}: {name} from {target}"
        for module in MODULES
        for target, names in _imports(module)
        for name in names
        if name.startswith("_") and not name.startswith("__") and target != module
    ]
    assert borrowed == []


def test_help_of_kg_lists_the_public_api():
    done = subprocess.run([sys.executable, "-c", "import kg; help(kg)"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    listed = done.stdout.split("\nFUNCTIONS\n")
    assert len(listed) == 2, "help(kg) has a FUNCTIONS section"
    for name in kg.__all__:
        value = getattr(kg, name)
        if callable(value) and not isinstance(value, type):
            assert f"\n    {name}(" in listed[1], f"{name} is not listed as a function"
        elif isinstance(value, type):
            assert f"class {name}(" in done.stdout, f"{name} is not listed as a class"
    for name in ("build", "open_store", "run_query", "export", "link", "evaluate_file", "validate", "iter_documents"):
        assert name in kg.__all__
        assert callable(getattr(kg, name)), name


def test_no_module_hides_a_function_of_the_api():
    # `import kg.x` binds `kg.x` to the module: a package named like an API function would replace it.
    code = (
        "import importlib, sys, kg; [importlib.import_module(m) for m in sys.argv[1:]]; "
        "print([n for n in kg.__all__ if n != '__version__' and type(getattr(kg, n)).__name__ == 'module'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *sorted(m for m in MODULES if not m.endswith("__main__"))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_api_list_and_its_table_agree():
    assert sorted(kg.__all__) == sorted(["__version__", *(n for names in kg._API.values() for n in names)])


def test_the_readme_python_example_runs(tmp_path):
    readme = Path(__file__).resolve().parents[1] / "README.md"
    blocks = readme.read_text(encoding="utf-8").split("```python\n")
    assert len(blocks) >= 2, "the README has a Python example"
    code = blocks[1].split("```")[0]
    (tmp_path / "examples").symlink_to(readme.parent / "examples")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    articles = len(list((readme.parent / "examples").glob("*.txt"))) + sum(
        len(path.read_text(encoding="utf-8").splitlines()) for path in (readme.parent / "examples").glob("*.jsonl")
    )
    assert f"{articles} documents," in done.stdout and "Vụ Địa phương 3" in done.stdout
    assert (tmp_path / "graph.ttl").stat().st_size > 1000


def test_no_resource_file_writes_a_key_twice():
    """YAML keeps the last of two equal keys without a word: a second `clause_openers` under `function_words` once
    replaced the first list in silence. Every mapping of kg/resources/*.yaml names each key once."""
    import yaml

    class _Strict(yaml.SafeLoader):
        pass

    def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(key) for key, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not twice, f"line {node.start_mark.line + 1}: {twice} written twice"
        return loader.construct_mapping(node)

    _Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    resources = Path(__file__).resolve().parents[1] / "kg" / "resources"
    for path in sorted(resources.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)  # noqa: S506 (a SafeLoader subclass)
