"""Hostile inputs against the CLI: wall time and peak memory per attack class (issue 18).

    python -m benchmarks hostile [--only NAME,...] [--out benchmarks/results/hostile.md]

Each attack is a file built here in a temporary folder and given to a fresh
``python -m allocator`` process, measured with /usr/bin/time (wall seconds, maximum
resident set size of that process). The target is at most 300 MB and 10 s per attack; the
process's own start (Python, OR-Tools, pandas, pydantic imports) is measured as the first row
so that what the attack adds can be read off. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.machine import header

RESULTS = Path(__file__).parent / "results"
ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 300


# -- building the attacks ----------------------------------------------------------------
def _group(folder: Path, schools: int = 3, suffix: str = ".xlsx") -> Path:
    from allocator.report.problem_out import write_problem
    from allocator.synth import generate_group

    path = folder / f"group-{schools}{suffix}"
    if not path.exists():
        write_problem(generate_group(schools, seed=1), path, include_tasks=False)
    return path


def _sheet_part(path: Path, sheet: str) -> str:
    sys.path.insert(0, str(ROOT))
    from tests.read.xlsx_parts import sheet_part

    return sheet_part(path, sheet)


def _rewrite(source: Path, target: Path, changes: dict[str, Callable[[bytes], bytes]],
             extra: dict[str, bytes] | None = None, stored: set[str] | None = None) -> Path:
    with zipfile.ZipFile(source) as original, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename in changes:
                data = changes[item.filename](data)
            copy.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            kind = zipfile.ZIP_STORED if stored and name in stored else zipfile.ZIP_DEFLATED
            copy.writestr(name, data, compress_type=kind)
    return target


def _add_sheet(source: Path, target: Path, title: str, xml: bytes,
               extra: dict[str, bytes] | None = None, stored: set[str] | None = None) -> Path:
    """``source`` with one more sheet named ``title`` holding ``xml``."""
    rid = "rIdHostile"
    return _rewrite(source, target, {
        "xl/workbook.xml": lambda data: data.replace(
            b"</sheets>", f'<sheet name="{title}" sheetId="77" r:id="{rid}"/></sheets>'.encode()),
        "xl/_rels/workbook.xml.rels": lambda data: data.replace(
            b"</Relationships>",
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/worksheet" Target="worksheets/hostile.xml"/>'
            f"</Relationships>".encode()),
    }, {"xl/worksheets/hostile.xml": xml, **(extra or {})}, stored)


def _sheet_xml(rows: int, columns: int, shared: bool = False) -> bytes:
    def cell(r: int, c: int) -> str:
        ref = f"{chr(65 + c % 26)}{r}" if c < 26 else f"A{chr(65 + c % 26)}{r}"
        if shared:
            return f'<c r="{ref}" t="s"><v>{(r * columns + c) % 1000}</v></c>'
        return f'<c r="{ref}" t="n"><v>{r}</v></c>'
    body = "".join(f'<row r="{r}">' + "".join(cell(r, c) for c in range(columns)) + "</row>"
                   for r in range(1, rows + 1))
    return (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>" + body.encode() + b"</sheetData></worksheet>")


def _with_shared_strings(source: Path, target: Path, strings: bytes,
                         sheet_change: Callable[[bytes], bytes] | None = None,
                         stored: bool = False) -> Path:
    part = _sheet_part(source, "Personen")
    rels = b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/' \
           b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    changes: dict[str, Callable[[bytes], bytes]] = {
        "xl/_rels/workbook.xml.rels": lambda data: data.replace(b"</Relationships>", rels)}
    if sheet_change is not None:
        changes[part] = sheet_change
    return _rewrite(source, target, changes, {"xl/sharedStrings.xml": strings},
                    {"xl/sharedStrings.xml"} if stored else None)


def _padded(path: Path, mib: float) -> Path:
    """Add incompressible bytes so the whole file passes the compression-ratio check."""
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/media/padding.bin", os.urandom(int(mib * 2**20)),
                         compress_type=zipfile.ZIP_STORED)
    return path


def _one_shared_cell(data: bytes) -> bytes:
    """Cell B2 (a name) points to the last of 200,000 shared strings."""
    return data.replace(b'<c r="B2" t="inlineStr"', b'<c r="B2" t="s"><v>199999</v></c>'
                        b'<c r="ZZ2" t="inlineStr"', 1)


def _sst(count: int, text: bytes) -> bytes:
    return (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + (b"<si><t>" + text + b"</t></si>") * count + b"</sst>")


def build(name: str, folder: Path) -> tuple[list[str], str]:
    """(the allocator command line, what the attack is) for attack ``name``."""
    out = str(folder / "plan.json")
    solve = ["solve", "--time-limit", "20", "--workers", "1", "-o", out]
    if name == "startup":
        return ["solve", str(_group(folder, 3, ".yaml")), "-o", str(folder)], \
            "process start only: Python and the libraries (the -o folder is refused at once)"
    if name == "valid-3":
        return [*solve, str(_group(folder, 3))], \
            "a valid 3-school workbook, solved (for comparison)"
    if name == "yaml-billion-laughs":
        text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        for previous, level in zip("abcdefgh", "bcdefghi", strict=True):
            text += f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        path = folder / "laughs.yaml"
        path.write_text(text + "Scholen: *i\nPersonen: *i\n")
        return [*solve, str(path)], f"YAML with nested aliases ({len(text)} bytes)"
    if name in ("yaml-deep", "json-deep"):
        path = folder / f"deep.{name[:4]}"
        path.write_text(("Scholen: " if name == "yaml-deep" else '{"Scholen": ')
                        + "[" * 100_000 + "]" * 100_000 + ("" if name == "yaml-deep" else "}"))
        return [*solve, str(path)], "100,000 levels of nesting"
    if name == "json-10mb-name":
        data = json.loads(json.dumps(_problem_data(folder)))
        data["Personen"][0]["naam"] = "x" * 10_000_000
        path = folder / "long-name.json"
        path.write_text(json.dumps(data))
        return [*solve, str(path)], "a 10 MB name (echoed in the error before)"
    if name == "json-wide":
        rows = [{f"k{r}-{c}": 1 for c in range(100)} for r in range(2_000)]
        path = folder / "wide.json"
        path.write_text(json.dumps({"Scholen": rows, "Personen": rows}))
        return [*solve, str(path)], "200,000 different column names in 2,000 rows"
    if name == "json-rows-at-cap":
        data = _problem_data(folder)
        people = data["Personen"]
        data["Voorkeuren"] = [{"persoon": people[k % len(people)]["id"], "taak": "nope",
                               "score": 1} for k in range(50_000)]
        path = folder / "many-rows.json"
        path.write_text(json.dumps(data))
        return [*solve, str(path)], "50,000 preference rows (the row cap), all unknown tasks"
    if name == "xlsx-zip-bomb":
        path = folder / "bomb.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/worksheets/sheet1.xml", b"0" * (500 * 2**20))
        return [*solve, str(path)], "500 MiB of zeros in a 0.5 MB zip"
    if name == "xlsx-entities":
        source = _group(folder)
        path = _rewrite(source, folder / "entities.xlsx", {"xl/workbook.xml": lambda data:
                        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                        + data.split(b"?>", 1)[-1]})
        return [*solve, str(path)], "XML entity expansion in the workbook part"
    if name == "xlsx-shared-strings-padded":
        # the attack: 148 MiB of shared strings, random padding to pass the ratio test
        strings = _sst(148 * 2**20 // 27, b"abcdefghijkl")
        path = _padded(_with_shared_strings(_group(folder), folder / "sst-padded.xlsx",
                                            strings, _one_shared_cell), 2)
        return [*solve, str(path)], "148 MiB of shared strings in 3 MB, padded to pass the " \
            "ratio check (2 min 49 s, 973 MB before)"
    if name == "xlsx-shared-strings-at-cap":
        strings = _sst(200_000, b"abcdefghijklmnopqrstuvwxy")  # 200,000 strings, 7.8 MiB
        path = _padded(_with_shared_strings(_group(folder), folder / "sst-cap.xlsx", strings,
                                            _one_shared_cell), 1)
        return [*solve, str(path)], "200,000 shared strings in 7.8 MiB (at the caps), read " \
            "for one cell"
    if name == "xlsx-unused-sheet-1m-rows":
        path = _add_sheet(_group(folder), folder / "unused.xlsx", "Notities",
                          _sheet_xml(1_000_000, 1))
        return [*solve, str(path)], "an unused sheet of 1,000,000 rows (58 s before)"
    if name == "xlsx-used-sheet-at-cells-cap":
        row = b"<row>" + b"<c><v>1</v></c>" * 40 + b"</row>"
        data = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData>" + row * 7_400 + b"</sheetData></worksheet>")
        path = _padded(_rewrite(_group(folder), folder / "cells.xlsx",
                                {_sheet_part(_group(folder), "Voorkeuren"): lambda _: data}), 1)
        return [*solve, str(path)], "Voorkeuren with 7,400 rows × 40 numbers (296,000 " \
            "cells, just under the cap)"
    if name == "xlsx-sheet-of-elements":
        junk = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData/><cols>" + b"<x/>" * (23 * 2**20 // 4) + b"</cols></worksheet>")
        path = _padded(_rewrite(_group(folder), folder / "elements.xlsx",
                                {_sheet_part(_group(folder), "Vast"): lambda _: junk}), 1)
        return [*solve, str(path)], "a used sheet of 6 million empty elements in 23 MiB " \
            "(padded)"
    if name == "xlsx-lying-dimension":
        path = _rewrite(_group(folder), folder / "dimension.xlsx", {
            _sheet_part(_group(folder), "Personen"):
            lambda data: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)})
        return [*solve, str(path)], "a <dimension> tag that claims one cell (solved)"
    if name == "xlsx-damaged-cells":
        path = _rewrite(_group(folder), folder / "cells-bad.xlsx", {
            _sheet_part(_group(folder), "Personen"):
            lambda data: re.sub(rb'<c r="E(\d+)" t="n"><v>[^<]*</v>',
                                rb'<c r="E\1" t="s"><v>99999</v>', data)})
        return [*solve, str(path)], "shared-string indexes out of range in every row"
    if name in ("plan-infinity", "plan-deep"):
        source = _group(folder, 3, ".yaml")
        plan = folder / f"{name}.json"
        plan.write_text('{"status": "optimal", "objective": {}, "bound": {}, "assignments": '
                        '[{"person": "P001", "task": "x", "school": null, "hours": Infinity, '
                        '"funding": "ict"}]}' if name == "plan-infinity"
                        else "[" * 100_000 + "]" * 100_000)
        return ["check", str(source), str(plan)], "a plan for 'check' with " + (
            "Infinity hours" if name == "plan-infinity" else "100,000 levels of nesting")
    if name.startswith("plan-json-"):
        source = _group(folder, 3, ".yaml")
        plan = folder / f"{name}.json"
        with plan.open("w") as handle:
            if name == "plan-json-strings-at-cap":  # values and bytes just under their caps
                handle.write('{"status": "optimal", "assignments": [], "notes": [')
                handle.write(",".join(f'"{k:030d}"' for k in range(2_990_000)))
                handle.write("]}")
                what = "2,990,000 different strings in 94 MiB (at the value and size caps)"
            elif name == "plan-json-rows-at-cap":
                handle.write('{"status": "optimal", "objective": {}, "bound": {}, "assignments": ['
                          + ",".join(["0"] * 99_999) + "]}")
                what = "99,999 assignments that are numbers (just under the row cap)"
            elif name == "plan-json-many-values":
                handle.write('{"assignments": [' + ",".join(["0"] * 10_000_000) + "]}")
                what = "10 million numbers in 19 MiB"
            else:
                handle.write('{"assignments": [' + ",".join(["{}"] * 3_000_000) + "]}")
                what = "3 million empty objects in 11 MiB"
        return ["check", str(source), str(plan)], "a plan for 'check' with " + what
    raise KeyError(name)


def _problem_data(folder: Path) -> dict:
    import yaml

    return yaml.safe_load(_group(folder, 3, ".yaml").read_text(encoding="utf-8"))


ATTACKS = ["startup", "valid-3", "yaml-billion-laughs", "yaml-deep", "json-deep",
           "json-10mb-name", "json-wide", "json-rows-at-cap", "xlsx-zip-bomb", "xlsx-entities",
           "xlsx-shared-strings-padded", "xlsx-shared-strings-at-cap",
           "xlsx-unused-sheet-1m-rows", "xlsx-used-sheet-at-cells-cap",
           "xlsx-sheet-of-elements", "xlsx-lying-dimension", "xlsx-damaged-cells",
           "plan-infinity", "plan-deep", "plan-json-strings-at-cap", "plan-json-rows-at-cap",
           "plan-json-many-values", "plan-json-many-objects"]


# -- measuring -----------------------------------------------------------------------------
def measure(command: list[str], python: str = sys.executable, cwd: Path = ROOT) -> dict:
    """Wall seconds, peak RSS (MB) and exit code of one ``python -m allocator`` run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times:
        started = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", times.name, python, "-m",
                   "allocator", *command]
        try:
            result = subprocess.run(started, capture_output=True, text=True, timeout=TIMEOUT,
                                    env=dict(os.environ, PYTHONPATH=str(cwd)), cwd=cwd,
                                    check=False)
            code: int | str = result.returncode
            stderr = result.stderr
        except subprocess.TimeoutExpired:
            return {"exit": f"killed after {TIMEOUT} s", "seconds": TIMEOUT, "rss_mb": None,
                    "cpu": None, "message": ""}
        fields = times.read().split()
    if len(fields) >= 4:
        seconds, cpu = float(fields[-4]), float(fields[-3]) + float(fields[-2])
        rss_kb: int | None = int(fields[-1])
    else:
        seconds, cpu, rss_kb = None, None, None
    message = next((line.strip() for line in stderr.splitlines()
                    if line.strip().startswith("- ")), stderr.strip().splitlines()[-1:] or [""])
    if isinstance(message, list):
        message = message[0] if message else ""
    return {"exit": code, "seconds": seconds, "cpu": cpu,
            "rss_mb": None if rss_kb is None else rss_kb / 1024, "message": message[:160]}


def markdown(rows: list[dict], load: tuple[float, float]) -> str:
    """The attack classes' times and memory as a Markdown report."""
    lines = ["# Hostile inputs: time and memory per attack class", "", header(),
             f"- 1-minute load average {load[0]:.1f} at the start, {load[1]:.1f} at the end, on "
             f"{os.cpu_count()} cores shared with other work: wall time includes waiting for a "
             "core; CPU time (user + system) does not",
             "- each row: a fresh `python -m allocator` process measured with /usr/bin/time "
             "(wall seconds, peak resident memory); target ≤ 300 MB and ≤ 10 s", "",
             "| attack | what it is | exit | wall s | CPU s | peak RSS MB | first line of the "
             "answer |", "|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        rss = "-" if row["rss_mb"] is None else f"{row['rss_mb']:.0f}"
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.1f}"
        cpu = "-" if row.get("cpu") is None else f"{row['cpu']:.1f}"
        message = row["message"].replace("|", "\\|")
        lines.append(f"| {row['name']} | {row['what']} | {row['exit']} | {seconds} | {cpu} | "
                     f"{rss} | "
                     f"{message} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks hostile", description=__doc__)
    parser.add_argument("--only", default=None, help="comma-separated attack names")
    parser.add_argument("--out", type=Path, default=RESULTS / "hostile.md")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="the checkout whose allocator runs (to measure older code)")
    args = parser.parse_args(argv)
    names = ATTACKS if args.only is None else args.only.split(",")
    rows = []
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="allocator-hostile-") as scratch:
        folder = Path(scratch)
        for name in names:
            command, what = build(name, folder)
            print(f"[hostile] {name} ...", file=sys.stderr, flush=True)
            row = {"name": name, "what": what, **measure(command, cwd=args.code)}
            print(f"[hostile] {name}: exit {row['exit']}, {row['seconds']} s, "
                  f"{row['rss_mb'] and round(row['rss_mb'])} MB", file=sys.stderr, flush=True)
            rows.append(row)
            for leftover in folder.glob("plan.json"):
                leftover.unlink()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = markdown(rows, (load_start, os.getloadavg()[0]))
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
