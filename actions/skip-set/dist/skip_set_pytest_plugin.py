"""pytest plugin of the skip-set guard, loaded with ``-p skip_set_pytest_plugin``.

At the end of collection it writes, to the JSON file named by the
``SKIP_SET_REPORT`` environment variable, every collected item with its
markers and its status as pytest would decide it before running
(``skipif``/``xfail`` conditions evaluated, unittest skip decorators read),
the items deselected by configuration (``-k``, ``-m``, ``--deselect`` in
``addopts``), the collectors that were skipped (a module-level
``pytest.importorskip``) and every collection error.
"""

import json
import os

import pytest

_state = {"errors": [], "skipped_collectors": [], "deselected": []}


def _location(item):
    try:
        path, lineno, _ = item.location
        return path.replace(os.sep, "/"), (lineno or 0) + 1
    except Exception:  # noqa: BLE001 - an odd item must not stop the report
        return item.nodeid.split("::", 1)[0], 0


# Only these marks' arguments are worth reporting; parametrize arguments can
# be large data sets, and repr of them for every item costs minutes.
_DETAILED_MARKS = ("skip", "skipif", "xfail", "usefixtures")


def _markers(item):
    out = []
    for mark in item.iter_markers():
        entry = {"name": mark.name}
        if mark.name in _DETAILED_MARKS:
            try:
                entry["args"] = [_short(a) for a in mark.args]
                entry["kwargs"] = {k: _short(v) for k, v in mark.kwargs.items()}
            except Exception:  # noqa: BLE001 - an odd mark must not stop the report
                pass
        out.append(entry)
    return out


def _short(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return repr(value)[:200]
    return type(value).__name__


def _status(item):
    """(status, reason) as pytest decides before the test body runs."""
    try:
        from _pytest.skipping import evaluate_skip_marks, evaluate_xfail_marks
    except ImportError:  # pragma: no cover - very old pytest
        evaluate_skip_marks = evaluate_xfail_marks = None
    try:
        if evaluate_skip_marks is not None:
            skipped = evaluate_skip_marks(item)
            if skipped is not None:
                return "skipped", skipped.reason or "skip mark"
            xfailed = evaluate_xfail_marks(item)
            if xfailed is not None:
                return "xfail", xfailed.reason or "xfail mark"
    except Exception as error:  # noqa: BLE001 - a condition that raises is pytest's error too
        return "error", "evaluating a skipif/xfail condition failed: %s" % error
    obj = getattr(item, "obj", None)
    cls = getattr(item, "cls", None)
    for target in (obj, cls):
        if target is not None and getattr(target, "__unittest_skip__", False):
            return "skipped", getattr(target, "__unittest_skip_why__", "unittest skip")
    if obj is not None and getattr(obj, "__unittest_expecting_failure__", False):
        return "xfail", "unittest.expectedFailure"
    return "active", ""


def _describe(item, status=None, reason=""):
    path, line = _location(item)
    if status is None:
        status, reason = _status(item)
    return {
        "nodeid": item.nodeid,
        "path": path,
        "line": line,
        "status": status,
        "reason": str(reason),
        "markers": _markers(item),
    }


@pytest.hookimpl(tryfirst=True)
def pytest_deselected(items):
    for item in items:
        _state["deselected"].append(_describe(item, "skipped", "deselected by the pytest configuration (-k/-m/--deselect)"))


def pytest_collectreport(report):
    if report.failed:
        text = str(report.longrepr)
        _state["errors"].append({"nodeid": report.nodeid, "message": text[-4000:]})
    elif report.skipped:
        reason = ""
        longrepr = report.longrepr
        if isinstance(longrepr, tuple) and len(longrepr) == 3:
            reason = str(longrepr[2])
        _state["skipped_collectors"].append({"nodeid": report.nodeid, "reason": reason})


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    path = os.environ.get("SKIP_SET_REPORT")
    if not path:
        return
    report = {
        "pytest": pytest.__version__,
        "rootdir": str(session.config.rootpath),
        "items": [_describe(item) for item in session.items],
        "deselected": _state["deselected"],
        "skipped_collectors": _state["skipped_collectors"],
        "errors": _state["errors"],
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
