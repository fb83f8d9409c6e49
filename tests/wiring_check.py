"""Finds Qt connections that hand a signal's argument to a parameter meant for programmatic
callers.

``button.clicked.connect(self.save)`` where ``save(self, target=None)`` receives ``False`` as
``target``: clicked, triggered and toggled carry ``checked``, and PySide6 passes it even through
``@Slot()``. The same holds for any signal with arguments (``doubleClicked(index)``,
``finished(result)``, ``currentIndexChanged(index)``) connected to a method whose defaulted
parameters would swallow them.

What is looked at, in every class of the package:
- ``X.<signal>.connect(slot)`` for the signals in ``SIGNAL_ARITY``;
- action helpers: ``_action(..., slot)``, ``addAction(..., slot)`` (the slot gets ``checked``);
- a slot given as ``self.method``, ``self.attr.method`` (resolved by method name across the
  package), ``functools.partial(self.method, ...)``, a ``lambda`` that forwards its own
  parameter into such a method, or a loop variable bound from a literal table of slots
  (``for text, slot in ((..., self.save_pdf), ...)``).

A parameter that is meant to receive the signal's argument says so by its name: ``checked``,
``index`` or a leading underscore (``_index``); those are not reported.

Usage: ``python -m tests.wiring_check [PACKAGE_DIR]``; prints each finding, exits 1 if any.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

# How many arguments each signal hands to its slot. Argument-less signals (accepted, rejected,
# timeout, returnPressed, QShortcut.activated) cannot cause the bug and are not listed.
SIGNAL_ARITY = {
    "clicked": 1,  # QAbstractButton.clicked(checked); QAbstractItemView.clicked(index)
    "triggered": 1,
    "toggled": 1,
    "doubleClicked": 1,
    "pressed": 1,
    "activated": 1,  # QAbstractItemView/QComboBox; QShortcut.activated has none (harmless)
    "itemActivated": 1,
    "itemDoubleClicked": 1,
    "itemClicked": 1,
    "currentIndexChanged": 1,
    "currentTextChanged": 1,
    "currentChanged": 1,
    "textChanged": 1,
    "textEdited": 1,
    "valueChanged": 1,
    "stateChanged": 1,
    "checkStateChanged": 1,
    "dateChanged": 1,
    "finished": 1,  # QDialog.finished(result)
    "done": 1,
    "error": 1,
}
HELPER_NAMES = ("_action", "addAction")
RECEIVING_NAMES = {"checked", "index", "self"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    slot: str
    parameter: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line} {self.slot} gets the signal's argument as "
            f"`{self.parameter}` (give it a slot without defaults, or a lambda)"
        )


def _is_programmatic(param: str) -> bool:
    """A parameter not named for receiving a signal's argument."""
    return param not in RECEIVING_NAMES and not param.startswith("_")


def _swallowing_parameter(
    func: ast.FunctionDef | ast.AsyncFunctionDef, bound: int, arity: int
) -> str | None:
    """The first defaulted parameter that would receive one of the signal's arguments, after
    ``bound`` positional arguments are already given (partial's arguments)."""
    positional = [*func.args.posonlyargs, *func.args.args]
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    defaults_from = len(positional) - len(func.args.defaults)
    for position in range(bound, min(bound + arity, len(positional))):
        param = positional[position].arg
        if position >= defaults_from and _is_programmatic(param):
            return param
    return None


class _Checker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.trees = {
            path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(root.rglob("*.py"))
        }
        # Every method of the package by name, to resolve ``self.overview.save``.
        self.by_name: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        for tree in self.trees.values():
            for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
                for item in cls.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        self.by_name.setdefault(item.name, []).append(item)
        self.findings: list[Finding] = []

    def run(self) -> list[Finding]:
        for path, tree in self.trees.items():
            parents: dict[ast.AST, ast.AST] = {}
            for node in ast.walk(tree):
                for child in ast.iter_child_nodes(node):
                    parents[child] = node
            for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
                own = {
                    f.name: f
                    for f in cls.body
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                }
                for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                    self._check_call(path, call, own, parents)
        return self.findings

    def _check_call(
        self,
        path: Path,
        call: ast.Call,
        own: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
        parents: dict[ast.AST, ast.AST],
    ) -> None:
        fn = call.func
        name = (
            fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
        )
        if (
            name == "connect"
            and isinstance(fn, ast.Attribute)
            and isinstance(fn.value, ast.Attribute)
            and fn.value.attr in SIGNAL_ARITY
        ):
            arity = SIGNAL_ARITY[fn.value.attr]
            slots = call.args[:1]
        elif name in HELPER_NAMES:
            arity = 1
            slots = [*call.args, *(k.value for k in call.keywords)]
        else:
            return
        for slot in slots:
            for expr in self._resolve(slot, call, parents):
                self._check_slot(path, call.lineno, expr, arity, own)

    def _resolve(self, expr: ast.expr, at: ast.AST, parents: dict[ast.AST, ast.AST]):
        """The slot expressions a name may stand for (loop variables over literal tables)."""
        if not isinstance(expr, ast.Name):
            return [expr]
        node: ast.AST | None = at
        while node is not None:
            node = parents.get(node)
            if isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple | ast.List):
                target = node.target
                if isinstance(target, ast.Name) and target.id == expr.id:
                    return list(node.iter.elts)
                if isinstance(target, ast.Tuple):
                    names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                    if expr.id in names:
                        position = names.index(expr.id)
                        return [
                            row.elts[position]
                            for row in node.iter.elts
                            if isinstance(row, ast.Tuple | ast.List) and position < len(row.elts)
                        ]
        return [expr]

    def _methods(self, expr: ast.expr, own: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]):
        if not isinstance(expr, ast.Attribute):
            return []
        if isinstance(expr.value, ast.Name) and expr.value.id == "self":
            found = own.get(expr.attr)
            return [found] if found is not None else self.by_name.get(expr.attr, [])
        return self.by_name.get(expr.attr, [])

    def _check_slot(
        self,
        path: Path,
        line: int,
        expr: ast.expr,
        arity: int,
        own: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
    ) -> None:
        bound = 0
        if isinstance(expr, ast.Lambda):
            # Only a lambda that takes the argument and forwards it can pass it on.
            takes = [a.arg for a in expr.args.args[: len(expr.args.args) - len(expr.args.defaults)]]
            call = expr.body
            if not takes or not isinstance(call, ast.Call):
                return
            for position, arg in enumerate(call.args):
                if isinstance(arg, ast.Name) and arg.id in takes:
                    for method in self._methods(call.func, own):
                        positional = [a.arg for a in method.args.args if a.arg != "self"]
                        skip = len(positional) - len(method.args.defaults)
                        param = positional[position] if position < len(positional) else "_"
                        if position >= skip and _is_programmatic(param):
                            self._report(path, line, call.func, param)
            return
        if (
            isinstance(expr, ast.Call)
            and (
                (isinstance(expr.func, ast.Name) and expr.func.id == "partial")
                or (isinstance(expr.func, ast.Attribute) and expr.func.attr == "partial")
            )
            and expr.args
        ):
            bound = len(expr.args) - 1
            expr = expr.args[0]
        methods = self._methods(expr, own)
        if not methods:
            return
        params = [_swallowing_parameter(m, bound, arity) for m in methods]
        if all(params):
            self._report(path, line, expr, str(params[0]))

    def _report(self, path: Path, line: int, expr: ast.expr, param: str) -> None:
        self.findings.append(Finding(path, line, ast.unparse(expr), param))


def find_suspects(root: Path) -> list[Finding]:
    return _Checker(root).run()


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).parents[1] / "adviser_desk"
    findings = find_suspects(root)
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
