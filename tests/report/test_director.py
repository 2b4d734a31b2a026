"""The director's report: per school, who does what, what the group does, what stays open."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.report import plan_to_json
from allocator.report.director import write_director_reports
from allocator.report.problem_out import write_problem
from tests.builders import person, problem, school, solve_checked, task


class Page(HTMLParser):
    """The visible text of a page, and the tags it has."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.skip = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.skip = tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if data.strip() and not self.skip:
            self.text.append(" ".join(data.split()))

    def section(self, heading: str, until: str) -> list[str]:
        start = self.text.index(heading)
        end = self.text.index(until, start + 1)
        return self.text[start + 1:end]


HOSTILE = "<script>alert('x')</script> & Zonen"


@pytest.fixture(scope="module")
def solved():
    prob = problem(
        [school("S1", pools=True), school("S2")],
        [person("P1", levels="2222", ict=4), person("C1", site="central", levels="3333", ict=6)],
        [task("LOCAL", placement="local", hours=2),
         task("CENTRAL", placement="central", levels="3000", hours=1.5),
         task("OTHER", core=False, placement="local", hours=1)])
    return prob, solve_checked(prob)


def read(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def test_each_school_gets_a_page_with_who_does_what_and_what_the_group_does(solved, tmp_path):
    prob, plan = solved
    result = write_director_reports(prob, plan, tmp_path, "nl", pdf=False)
    assert result["pdf"] == "not_asked"
    pages = {entry["id"]: read(entry["html"]) for entry in result["schools"]}
    s1 = pages["S1"]
    own = s1.section("Wie doet wat op onze school", "Wat de groep voor ons doet")
    assert "Person P1" in own and "Taak LOCAL" in own and "Taak OTHER" in own
    group = s1.section("Wat de groep voor ons doet", "Wat blijft open")
    assert "Person C1" in group and "Taak CENTRAL" in group
    assert "Person P1" not in group


def test_what_stays_open_says_what_to_do(solved, tmp_path):
    prob, plan = solved
    result = write_director_reports(prob, plan, tmp_path, "nl", pdf=False)
    s2 = read(next(e["html"] for e in result["schools"] if e["id"] == "S2"))
    opened = s2.section("Wat blijft open", "Kwetsbaar: kernwerk dat op één persoon rust"
                        if "Kwetsbaar: kernwerk dat op één persoon rust" in s2.text
                        else s2.text[-1])
    assert "Taak LOCAL" in opened and "aanwerven" in opened
    todo = s2.section("Wat te doen", "Wie doet wat op onze school")
    assert any(line.startswith("2 kerntaken") for line in todo)
    assert "De school poolt niet: de centrale dienst neemt geen taken van de school over." \
        in s2.text
    index = read(result["index"])
    assert "School S1" in index.text and "School S2" in index.text
    assert result["chart"].read_bytes().startswith(b"\x89PNG")
    assert "img" in index.tags


def test_user_text_is_escaped_and_school_ids_never_become_paths(tmp_path):
    hostile = school("../../x/<a>").model_copy(update={"name": HOSTILE})
    prob = problem([hostile, school("con")],
                   [person("P1", site="../../x/<a>", ict=2)], [task("A", hours=1)])
    plan = solve_checked(prob)
    folder = tmp_path / "out"
    result = write_director_reports(prob, plan, folder, "nl", pdf=False)
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["belasting.png", "index.html", "schoolrapport-con.html",
                       "schoolrapport-x-a.html"]
    html = (folder / "schoolrapport-x-a.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    page = read(folder / "schoolrapport-x-a.html")
    assert "script" not in page.tags
    assert HOSTILE in page.text  # shown as text, exactly as typed
    assert not (tmp_path / "x").exists()
    assert result["schools"][0]["html"].parent == folder


def test_pdf_is_written_when_weasyprint_is_installed(solved, tmp_path):
    pytest.importorskip("weasyprint")
    prob, plan = solved
    result = write_director_reports(prob, plan, tmp_path, "nl", pdf=True, only={"S1"})
    assert result["pdf"] == "written"
    [entry] = result["schools"]
    assert entry["pdf"].read_bytes().startswith(b"%PDF")


def test_report_command_writes_english_reports(solved, tmp_path):
    prob, plan = solved
    group, plan_path = tmp_path / "groep.yaml", tmp_path / "plan.json"
    write_problem(prob, group)
    plan_path.write_text(plan_to_json(prob, plan), encoding="utf-8")
    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["report", str(group), str(plan_path), "-o", str(out),
                                       "--lang", "en", "--no-pdf"])
    assert result.exit_code == 0, result.output
    page = read(out / "school-report-s1.html")
    assert "Who does what at our school" in page.text
    assert "What the group does for us" in page.text
    assert json.loads(plan_path.read_text())["status"] == plan.status
    refused = CliRunner().invoke(main, ["report", str(group), str(plan_path), "-o", str(out),
                                        "--school", "nope"])
    assert refused.exit_code == 2


def test_report_reads_the_plan_workbook_as_well(tmp_path):
    runner = CliRunner()
    example, plan = tmp_path / "voorbeeld.xlsx", tmp_path / "plan.xlsx"
    assert runner.invoke(main, ["template", "--example", "-o", str(example)]).exit_code == 0
    solved = runner.invoke(main, ["solve", str(example), "-o", str(plan), "--workers", "1",
                                  "--time-limit", "10"])
    assert solved.exit_code == 0, solved.output
    out = tmp_path / "rapporten"
    result = runner.invoke(main, ["report", str(example), str(plan), "-o", str(out),
                                  "--no-pdf"])
    assert result.exit_code == 0, result.output
    page = read(out / "schoolrapport-s01.html")
    assert "Basisschool De Linde" in page.text and "Wie doet wat op onze school" in page.text


def test_the_load_chart_legend_sits_clear_of_the_axis_label_and_the_bars():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from allocator.report.load_chart import load_chart_figure

    load = [{"name": f"Persoon {k}", "used": {"ict": k, "bpt": 2.0, "other": 1.0},
             "used_total": k + 3.0, "available_total": k + 4.0} for k in range(1, 7)]
    for lang in ("nl", "en"):
        figure = load_chart_figure(load, lang)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        [axes] = figure.axes
        [legend] = figure.legends
        box = legend.get_window_extent(renderer)
        label = axes.xaxis.label.get_window_extent(renderer)
        ticks = [t.get_window_extent(renderer) for t in axes.get_xticklabels() if t.get_text()]
        for other in (label, axes.get_window_extent(renderer), *ticks):
            assert not box.overlaps(other), (lang, box, other)
        assert box.y1 < label.y0  # under the label, inside the figure
        assert figure.bbox.contains(box.x0, box.y0) and figure.bbox.contains(box.x1, box.y1)
