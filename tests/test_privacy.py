"""Pseudonymised plans carry no real name or id anywhere, and map back with the key file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from allocator.cli.main import main
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group

REAL_NAMES = ("Jan Peeters", "Sofie Claes", "Mohamed El Amrani")


def _group_with_real_names(path: Path) -> list[tuple[str, str]]:
    problem = generate_group(3, seed=5)
    people = [person.model_copy(update={"id": f"{REAL_NAMES[k % 3].split()[0].lower()}{k}",
                                        "name": f"{REAL_NAMES[k % 3]} {k}"})
              for k, person in enumerate(problem.people)]
    write_problem(problem.model_copy(update={"people": people, "preferences": []}), path,
                  include_tasks=False)
    return [(person.id, person.name) for person in people]


def _all_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(name).decode("utf-8", "replace")
                           for name in archive.namelist())
    return path.read_text(encoding="utf-8")


def test_no_real_name_or_id_reaches_any_output(tmp_path):
    source = tmp_path / "groep.yaml"
    people = _group_with_real_names(source)
    key = tmp_path / "key.json"
    runner = CliRunner()
    outputs = [tmp_path / "plan.xlsx", tmp_path / "plan.json"]
    for out in outputs:
        result = runner.invoke(main, ["solve", str(source), "-o", str(out), "--pseudonymise",
                                      "--key-file", str(key)])
        assert result.exit_code == 0, result.output
    for out in outputs:
        text = _all_text(out)
        for person_id, name in people:
            assert name not in text and f'"{person_id}"' not in text, (out, name)
    mapping = json.loads(key.read_text(encoding="utf-8"))["people"]
    assert sorted((v["id"], v["name"]) for v in mapping.values()) == sorted(people)
    plan = json.loads(outputs[1].read_text(encoding="utf-8"))
    assert {row["person"] for row in plan["assignments"]} <= set(mapping)
    checked = runner.invoke(main, ["check", str(source), str(outputs[1]), "--key-file", str(key)])
    assert checked.exit_code == 0, checked.output


def test_the_same_key_gives_the_same_pseudonyms(tmp_path):
    source = tmp_path / "groep.yaml"
    _group_with_real_names(source)
    key = tmp_path / "key.json"
    runs = []
    for k in range(2):
        out = tmp_path / f"plan{k}.json"
        CliRunner().invoke(main, ["solve", str(source), "-o", str(out), "--format", "json",
                                  "--pseudonymise", "--key-file", str(key)])
        runs.append({row["id"] for row in json.loads(out.read_text())["people"]})
    assert runs[0] == runs[1]
