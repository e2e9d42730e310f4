"""The package's module graph: modules, import edges (top-level and deferred), circles, the
longest chain, and which modules each folder imports — the figures a restructuring is judged by.

    python benchmarks/module_graph.py [PACKAGE_DIR] [--edges]

Read from the source with ``ast`` (nothing is imported). An edge ``a -> b`` is an import of a
module ``b`` of the package by ``a``; ``import analysis.x`` inside a function counts as a deferred
edge. Circles are strongly connected components of more than one module over top-level edges.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path


def modules(root: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def edges(known: dict[str, Path]) -> dict[tuple[str, str], bool]:
    """``{(importer, imported): top_level}``."""
    found: dict[tuple[str, str], bool] = {}
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        top = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(max(node.level - 1, 0)):
                    base = base.rpartition(".")[0]
                stem = (base + "." + node.module if node.module else base) if node.level \
                    else (node.module or "")
                targets = [stem + "." + a.name for a in node.names] + [stem]
            hit = set()
            for target in targets:
                resolved = _resolve(target, known)
                if resolved and resolved != module:
                    hit.add(resolved)
            if isinstance(node, ast.ImportFrom) and node.names and hit:
                # "from . import x" names module x; "from .a import f" names module a
                specific = {h for h in hit if h != _resolve(targets[-1], known)}
                hit = specific or hit
            for h in hit:
                key = (module, h)
                found[key] = found.get(key, False) or id(node) in top
    return found


def circles(names, graph) -> list[list[str]]:
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in names:
        if v not in index:
            visit(v)
    return out


def longest_chain(names, graph) -> list[str]:
    memo: dict[str, list[str]] = {}

    def best(v, seen):
        if v in memo:
            return memo[v]
        path = [v]
        for w in graph.get(v, ()):
            if w in seen:
                continue
            cand = [v] + best(w, seen | {w})
            if len(cand) > len(path):
                path = cand
        memo[v] = path
        return path

    return max((best(v, {v}) for v in names), key=len, default=[])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[1] / "analysis")
    parser.add_argument("--edges", action="store_true", help="list every edge")
    args = parser.parse_args(argv)
    known = modules(args.root.resolve())
    found = edges(known)
    top: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for (a, b), is_top in found.items():
        every.setdefault(a, set()).add(b)
        if is_top:
            top.setdefault(a, set()).add(b)
    n_top = sum(found.values())
    print(f"modules: {len(known)}")
    print(f"import edges: {len(found)} ({n_top} top-level, {len(found) - n_top} deferred)")
    loops = circles(list(known), top)
    print(f"circles (top-level imports): {len(loops)}" + "".join(f"\n  {c}" for c in loops))
    loops_all = circles(list(known), every)
    print(f"circles (with deferred imports): {len(loops_all)}"
          + "".join(f"\n  {c}" for c in loops_all))
    chain = longest_chain(list(known), top) if not loops else []
    print(f"longest chain (top-level): {len(chain)} modules: {' -> '.join(chain)}")
    if args.edges:
        for (a, b), is_top in sorted(found.items()):
            print(f"  {a} -> {b}{'' if is_top else '  (deferred)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
