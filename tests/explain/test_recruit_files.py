"""Vacancy drafts: file names from school ids stay inside the folder; pseudonymised plans
name no school."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.report.file_names import UniqueNames, safe_part
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group

HOSTILE_IDS = ["../../../escaped", "S/02", "..", "/etc/cron.d/x", "C:\\x", "\x00nul"]


def test_safe_parts_are_one_harmless_component():
    for value in [*HOSTILE_IDS, "", ".", "é" * 5000, "Sint-Jan (campus 2)"]:
        part = safe_part(value)
        assert part and part not in (".", "..") and "/" not in part and "\\" not in part
        assert len(part) <= 40 and part.isascii()


def test_unique_names_never_collide_and_never_leave_the_folder(tmp_path):
    names = UniqueNames(tmp_path)
    paths = [names.path("vacature", value, "tict", suffix=".md")
             for value in ["S/02", "S-02", "s 02", *HOSTILE_IDS]]
    assert len(set(paths)) == len(paths)
    assert all(path.parent == tmp_path for path in paths)


def _group_with_school_ids(path: Path, ids: list[str]) -> None:
    problem = generate_group(3, seed=1)
    renamed = dict(zip([s.id for s in problem.schools], ids, strict=False))
    schools = [s.model_copy(update={"id": renamed.get(s.id, s.id), "pools": False,
                                    "name": f"Naam van {s.id}"})
               for s in problem.schools]
    people = [p.model_copy(update={"site": renamed.get(p.site, p.site)})
              for p in problem.people]
    write_problem(problem.model_copy(update={"schools": schools, "people": people,
                                             "preferences": [], "pins": []}), path,
                  include_tasks=False)


def _solve(source: Path, plan: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["solve", str(source), "-o", str(plan), "--time-limit",
                                       "10", "--workers", "1", *extra])
    assert result.exit_code == 0, result.output


def test_school_ids_with_path_characters_stay_inside_the_output_folder(tmp_path):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    source = work / "groep.yaml"
    _group_with_school_ids(source, ["../../../escaped", "S/02"])
    plan = work / "plan.json"
    _solve(source, plan)
    folder = work / "out"
    result = CliRunner().invoke(main, ["recruit", str(source), str(plan), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    written = sorted(p for p in tmp_path.rglob("*.md"))
    assert written and all(p.parent == folder for p in written), written
    assert [p for p in folder.iterdir() if p.is_dir()] == []
    assert any("escaped" in p.name for p in written) and any("s-02" in p.name for p in written)
    # Dutch file names: 'vacature-centraal-…', 'vacature-regio-r2-…', never the codes
    assert all(p.name.startswith("vacature-") and not {"central", "region"} & set(
        p.stem.split("-")) for p in written), written
    assert any("Naam van" in p.read_text() for p in written)  # not pseudonymised: names shown


def test_drafts_of_a_pseudonymised_plan_name_no_school_and_take_a_key_file(tmp_path):
    source = tmp_path / "groep.yaml"
    _group_with_school_ids(source, [])
    names = [s["naam"] for s in yaml.safe_load(source.read_text())["Scholen"]]
    plan, key = tmp_path / "plan.json", tmp_path / "key.json"
    _solve(source, plan, "--pseudonymise", "--key-file", str(key))
    assert json.loads(plan.read_text())["pseudonymised"] is True
    for extra in ([], ["--key-file", str(key)]):
        folder = tmp_path / f"out{len(extra)}"
        result = CliRunner().invoke(main, ["recruit", str(source), str(plan), "-o", str(folder),
                                           *extra])
        assert result.exit_code == 0, result.output
        drafts = "".join(p.read_text() for p in folder.glob("*.md"))
        assert drafts and not any(name in drafts for name in names)


def test_explain_reads_a_pseudonymised_plan_with_its_key_file(tmp_path):
    source = tmp_path / "groep.yaml"
    _group_with_school_ids(source, [])
    plan, key = tmp_path / "plan.json", tmp_path / "key.json"
    _solve(source, plan, "--pseudonymise", "--key-file", str(key))
    runner = CliRunner()
    without = runner.invoke(main, ["explain", str(source), str(plan)])
    assert without.exit_code == 2 and "--key-file" in without.output
    result = runner.invoke(main, ["explain", str(source), str(plan), "--key-file", str(key),
                                  "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    people = {row["person"] for row in json.loads(result.stdout)["assignments"]}
    assert people and all(person.startswith("X") for person in people)


def test_a_malformed_key_file_is_an_input_error(tmp_path):
    source = tmp_path / "groep.yaml"
    _group_with_school_ids(source, [])
    plan = tmp_path / "plan.json"
    _solve(source, plan)
    for content in ["not json", '{"secret": "zz"}', '{"people": {}}', "[1, 2]",
                    '{"secret": "00", "people": []}', "[" * 100_000]:
        key = tmp_path / "key.json"
        key.write_text(content)
        for command in (["check", str(source), str(plan)],
                        ["explain", str(source), str(plan)],
                        ["solve", str(source), "-o", str(tmp_path / "p2.json"),
                         "--pseudonymise"]):
            result = CliRunner().invoke(main, [*command, "--key-file", str(key)])
            assert result.exit_code == 2, (content[:20], command[0], result.output)
            assert "Traceback" not in result.output
