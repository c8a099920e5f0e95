"""Service linter: every module parses, and no debugging leftovers (print, breakpoint, pdb)."""
import ast
import pathlib
import sys

FORBIDDEN_CALLS = {"print", "breakpoint"}


def problems_in(path: pathlib.Path) -> list[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as error:
        return [f"{path}:{error.lineno}: syntax error: {error.msg}"]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            found.append(f"{path}:{node.lineno}: {node.func.id}() left in the code")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            if "pdb" in names:
                found.append(f"{path}:{node.lineno}: pdb imported")
    return found


def main() -> int:
    found = [p for path in sorted(pathlib.Path("src").rglob("*.py")) for p in problems_in(path)]
    for line in found:
        sys.stderr.write(line + "\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
