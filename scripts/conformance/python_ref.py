"""Builds the python-dotenv conformance table: inputs are the strings of
python-dotenv's own parametrized tests (tests/test_parser.py and the
string cases of tests/test_main.py, with their environments), expected
values are what python-dotenv (from PyPI) returns for them.

Usage: python python_ref.py PYTHON_DOTENV_DIR > python-dotenv.json
"""

import ast
import io
import json
import os
import sys
from importlib.metadata import version

import dotenv


def parametrized(path, func):
    """(argument names, case tuples) of `func`'s parametrize decorator."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == func:
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize":
                    names = [n.strip() for n in ast.literal_eval(dec.args[0]).split(",")]
                    return names, dec.args[1].elts
    raise SystemExit(f"{path}: no parametrized {func}")


def run(case_id, text, env):
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        values = dotenv.dotenv_values(stream=io.StringIO(text), interpolate=True)
        # A bare `KEY` is None: python-dotenv sets nothing for it.
        expect = {"vars": {k: v for k, v in values.items() if v is not None}}
    except Exception as e:  # the reference's own refusal
        expect = {"error": str(e)}
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {"id": case_id, "input": text, "env": env, "expect": expect}


def main():
    root = sys.argv[1]
    cases = []
    names, elts = parametrized(os.path.join(root, "tests/test_parser.py"), "test_parse_stream")
    for i, elt in enumerate(elts):
        text = ast.literal_eval(elt.elts[names.index("test_input")])
        cases.append(run(f"test_parser.py#{i + 1}", text, {}))
    names, elts = parametrized(os.path.join(root, "tests/test_main.py"), "test_dotenv_values_string_io")
    for i, elt in enumerate(elts):
        if not ast.literal_eval(elt.elts[names.index("interpolate")]):
            continue  # dsenv always interpolates, as Compose does
        env = ast.literal_eval(elt.elts[names.index("env")])
        text = ast.literal_eval(elt.elts[names.index("string")])
        cases.append(run(f"test_main.py#{i + 1}", text, env))
    table = {"reference": f"python-dotenv {version('python-dotenv')}", "cases": cases}
    json.dump(table, sys.stdout, indent=2, ensure_ascii=False)
    print()


main()
