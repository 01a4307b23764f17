"""The dependencies docs/architecture.md draws, read from the source with `ast`.

Every import counts, also one inside a function: a late import hides a dependency, it does not
remove it. Migrations are left out (they name other apps' migrations, not their code).
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SHELL = "leerpunt_site"
DOMAIN_APPS = ["toolkit", "leidraden", "kennisagenda", "projecten", "werkmap", "volgen"]


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules():
    """{module name: path} of our own code."""
    found = {}
    for package in [SHELL, *DOMAIN_APPS]:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path)] = path
    return found


MODULES = source_modules()


def imported_modules(name, path):
    """The modules of ours that a module imports, anywhere in it."""
    is_package = path.name == "__init__.py"
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join(filter(None, [*package, base]))
            # `from . import chart` imports a module; `from .models import X` imports models.
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]  # `import a.b.c` of a package
            if target and target != name:
                imported.add(target)
    return imported


GRAPH = {name: imported_modules(name, path) for name, path in MODULES.items()}


def app_of(module):
    return module.split(".")[0]


def imports_between(importers, imported_apps):
    return sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if app_of(module) in importers
        for target in targets
        if app_of(target) in imported_apps
    )


def test_the_shell_imports_no_content_app():
    assert imports_between({SHELL}, set(DOMAIN_APPS)) == []


def test_the_kennisagenda_imports_no_other_content_app():
    others = set(DOMAIN_APPS) - {"kennisagenda"}
    assert imports_between({"kennisagenda"}, others) == []


def test_toolkit_and_leidraden_do_not_import_each_other():
    assert imports_between({"toolkit"}, {"leidraden"}) == []
    assert imports_between({"leidraden"}, {"toolkit"}) == []


def strongly_connected(graph):
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_there_are_no_import_cycles():
    cycles = [sorted(group) for group in strongly_connected(GRAPH) if len(group) > 1]

    assert cycles == []


def test_the_shell_names_no_content_app_in_its_code_or_404_page():
    """No model label ("toolkit.ToolkitPage") or URL ("/kennisagenda/...") of a content app."""
    named = []
    for name, path in MODULES.items():
        if app_of(name) != SHELL:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for app in DOMAIN_APPS:
                    if node.value.startswith((f"{app}.", f"/{app}/")):
                        named.append(f"{name}: {node.value!r}")
    not_found_page = (ROOT / "templates" / "404.html").read_text()

    assert named == []
    assert [app for app in DOMAIN_APPS if f"/{app}/" in not_found_page] == []


def test_the_architecture_test_sees_imports_of_every_kind():
    """Guards the parser above: relative, late and `from . import` imports are all seen."""
    assert "toolkit.filters" in GRAPH["toolkit.models"]
    assert "toolkit.chart" in GRAPH["toolkit.models"]
    assert "leerpunt_site.core.filters" in GRAPH["toolkit.filters"]
    assert "projecten.feeds" in GRAPH["projecten.models.oproepen"]  # inside a method
