"""The web app as a person meets it, timed in a real browser (Debian's Chromium, Playwright).

    python -m benchmarks web [--repeats 3] [--time-limit 60] [--out benchmarks/results/web.md]

1. First progress after upload, 20-school group: from the click on "Check and plan" until the
   solve page shows the first progress line (the browser waits for it frame by frame). Each
   solve is stopped once measured.
2. The plan page of a solved 100-school group: from navigation start until the page has
   loaded (Navigation Timing: first contentful paint, DOMContentLoaded, load), the first visit
   (the server reads the plan's files) and the next ones (kept in memory), plus the pages a
   user opens next.

Targets (issue 16): first progress within 1 s; the plan page in under 2 s. Measured, never
asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.machine import header

if TYPE_CHECKING:  # Playwright is imported when the benchmark runs
    from playwright.sync_api import Page

RESULTS = Path(__file__).parent / "results"
PROGRESS_SHOWN = ("() => document.querySelector('[data-field=stage]').textContent.length > 0"
                  " || document.querySelector('[data-field=stages]').rows.length > 0")
TIMING = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
          fcp: paint ? paint.startTime : null, bytes: nav.transferSize,
          rows: document.querySelectorAll('tr').length};
}"""


def _workbook(folder: Path, schools: int) -> Path:
    from allocator.report.problem_out import write_problem
    from allocator.synth import generate_group

    path = folder / f"groep{schools}.xlsx"
    write_problem(generate_group(schools, seed=1), path, "nl", False, ".xlsx")
    return path


def wait_for_workers(url: str, timeout: float = 60.0) -> None:
    """Measure a server that is up: its solve workers started (as after the first minute)."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = httpx.get(f"{url}/api/health").json()
        if health["ready"] == health["workers"]:
            return
        time.sleep(0.2)
    raise RuntimeError("the solve workers did not start")


def first_progress(page: Page, url: str, workbook: Path, repeats: int) -> list[dict]:
    """Upload ``workbook`` ``repeats`` times in the browser; time until the first progress shows."""
    import httpx

    wait_for_workers(url)
    rows = []
    for _ in range(repeats):
        page.goto(url + "/")
        page.set_input_files("#file", str(workbook))
        page.locator("details.options").evaluate("details => { details.open = true; }")
        page.fill("#time_limit", "60")
        started = time.perf_counter()
        page.click("button[type=submit].primary")
        page.wait_for_url("**/solve")
        landed = time.perf_counter()
        page.wait_for_function(PROGRESS_SHOWN, polling="raf", timeout=30_000)
        shown = time.perf_counter()
        plan_id = page.url.rstrip("/").split("/")[-2]
        rows.append({"upload_to_solve_page": landed - started,
                     "upload_to_first_progress": shown - started,
                     "progress": page.locator("[data-field=stage]").inner_text()})
        httpx.delete(f"{url}/api/plans/{plan_id}")  # a stop would still write its plan
        time.sleep(1.0)  # let the worker finish the stopped solve before the next upload
    return rows


def solve_large(url: str, workbook: Path, time_limit: float) -> tuple[str, dict]:
    """Solve ``workbook`` through the API; the plan id and its final state."""
    import httpx

    with workbook.open("rb") as handle:
        response = httpx.post(f"{url}/api/plans", files={"file": (workbook.name, handle)},
                              data={"time_limit": str(time_limit)}, timeout=120)
    response.raise_for_status()
    plan_id = response.json()["id"]
    started = time.perf_counter()
    while True:
        state = httpx.get(f"{url}/api/plans/{plan_id}", timeout=30).json()
        if state["status"] in ("done", "failed"):
            break
        time.sleep(1.0)
    if state["status"] != "done":
        raise RuntimeError(f"the 100-school plan failed: {state['message']}")
    state["wall"] = time.perf_counter() - started
    return plan_id, state


def page_times(page: Page, target: str, repeats: int) -> list[dict]:
    """Load ``target`` ``repeats`` times; wall time and the browser's navigation timings."""
    rows = []
    for _ in range(repeats):
        started = time.perf_counter()
        page.goto(target, wait_until="load")
        rows.append({"wall": time.perf_counter() - started, **page.evaluate(TIMING)})
    return rows


def _ms(seconds: float) -> str:
    return f"{1000 * seconds:.0f} ms"


def markdown(progress: list[dict], plan_state: dict, pages: dict[str, list[dict]],
             schools: dict[str, int]) -> str:
    """The web measurements as a Markdown report."""
    load = os.getloadavg()
    lines = ["# Web app in a real browser", "", header(),
             f"- browser: Debian's Chromium via Playwright, headless; load average at the end "
             f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) on "
             f"{os.cpu_count()} cores", "",
             f"## 1. First progress after upload ({schools['small']} schools)", "",
             "Target: within 1 s. From the click on the upload button until the solve page "
             "shows the first progress line.", "",
             "| run | upload → solve page | upload → first progress | progress shown |",
             "|---:|---:|---:|---|"]
    for k, row in enumerate(progress, 1):
        lines.append(f"| {k} | {_ms(row['upload_to_solve_page'])} | "
                     f"{_ms(row['upload_to_first_progress'])} | {row['progress']} |")
    median = statistics.median(r["upload_to_first_progress"] for r in progress)
    lines += ["", f"Median: {_ms(median)} ({'met' if median <= 1 else 'not met'}).", "",
              f"## 2. Plan page of a solved {schools['large']}-school group", "",
              f"The plan: {plan_state['plan_status']}, {len(plan_state['stages'])} stages, "
              f"solved in {plan_state['elapsed']:.0f} s (time limit "
              f"{plan_state['time_limit']:g} s). Target: the plan page in under 2 s. Times "
              "from navigation start (Navigation Timing); the first visit reads the plan's "
              "files, later visits find them in memory.", "",
              "| page | visit | server (first byte) | first paint | DOMContentLoaded | load | "
              "HTML | table rows |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, rows in pages.items():
        for k, row in enumerate(rows, 1):
            fcp = "-" if row["fcp"] is None else f"{row['fcp']:.0f} ms"
            lines.append(f"| {name} | {k} | {row['ttfb']:.0f} ms | {fcp} | {row['dcl']:.0f} ms | "
                         f"{row['load']:.0f} ms"
                         f" | {row['bytes'] / 1024:.0f} KiB | {row['rows']} |")
    plan_rows = pages["plan"]
    worst = max(row["load"] for row in plan_rows) / 1000
    later = statistics.median(row["load"] for row in plan_rows[1:]) / 1000 \
        if len(plan_rows) > 1 else worst
    lines += ["", f"Plan page: first visit {_ms(plan_rows[0]['load'] / 1000)}, later visits "
                  f"(median) {_ms(later)}; slowest {_ms(worst)} "
                  f"({'met' if worst < 2 else 'not met'})."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks web", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=60.0,
                        help="seconds for the 100-school solve")
    parser.add_argument("--small", type=int, default=20)
    parser.add_argument("--large", type=int, default=100)
    parser.add_argument("--out", type=Path, default=RESULTS / "web.md")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from allocator.web import ServerSettings
    from allocator.web.live import launch_chromium, live_server

    with tempfile.TemporaryDirectory(prefix="allocator-bench-web-") as folder:
        small, large = _workbook(Path(folder), args.small), _workbook(Path(folder), args.large)
        settings = ServerSettings(temp_parent=Path(folder))
        with live_server(settings) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            progress = first_progress(page, url, small, args.repeats)
            print(f"first progress: {[round(r['upload_to_first_progress'], 3) for r in progress]}",
                  file=sys.stderr)
            plan_id, state = solve_large(url, large, args.time_limit)
            base = f"{url}/plans/{plan_id}"
            school = state["summary"]["schools"][0]["id"]
            person = state["summary"]["load"][-1]["id"]
            pages = {"plan": page_times(page, f"{base}/plan", args.repeats + 2),
                     "school": page_times(page, f"{base}/plan/school/{school}", 2),
                     "person": page_times(page, f"{base}/plan/person/{person}", 2),
                     "uncovered (page 1)": page_times(page, f"{base}/plan/uncovered", 2),
                     "what-if form": page_times(page, f"{base}/whatif", 2)}
            browser.close()
    text = markdown(progress, state, pages, {"small": args.small, "large": args.large})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
