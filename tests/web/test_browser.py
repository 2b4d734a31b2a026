"""The web app in a real headless Chromium (Debian's package, driven by Playwright).

An ICT head's session: open the start page, upload a workbook with an error and see it, drop a
good workbook on the upload zone, watch the progress, open the plan and an explanation, run a
what-if, compare, download the plan and check it. A screenshot of every page is saved under
tests/artifacts/web (or $ALLOCATOR_ARTIFACTS). Skipped only when Chromium or Playwright is
missing, unless $ALLOCATOR_REQUIRE_BROWSER is set (CI sets it: there, a skip would hide a
missing install step).
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

import pytest

from allocator.web.live import CHROMIUM
from tests.web.conftest import SCRIPT_NAME

ARTIFACTS = Path(os.environ.get("ALLOCATOR_ARTIFACTS",
                                Path(__file__).resolve().parents[1] / "artifacts" / "web"))


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


missing = _browser_missing()
if missing and os.environ.get("ALLOCATOR_REQUIRE_BROWSER"):
    raise RuntimeError(f"browser tests required but {missing}")
pytestmark = pytest.mark.skipif(missing is not None, reason=missing or "")

# every form control and button has a name a screen reader can say
UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea, button')]
  .filter((el) => el.type !== 'hidden' && !el.closest('[hidden]'))
  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                  && !(el.tagName === 'BUTTON' && el.textContent.trim()))
  .map((el) => el.outerHTML.slice(0, 120))"""

DROP = """async ({data, name}) => {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  const zone = document.querySelector('[data-dropzone]');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, {dataTransfer: transfer, bubbles: true,
                                            cancelable: true}));
  }
}"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    from allocator.web import ServerSettings
    from allocator.web.live import live_server

    settings = ServerSettings(processes=1, solver_workers=2,
                              temp_parent=tmp_path_factory.mktemp("browser"))
    with live_server(settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from allocator.web.live import launch_chromium

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    assert not page.dialogs, f"a script ran: {page.dialogs}"  # e.g. alert(1) from a name
    assert not page.errors, f"JavaScript errors: {page.errors}"
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.evaluate(UNLABELLED) == [], f"unlabelled controls on {name}"


def test_an_ict_heads_session(page, app_url, workbooks):
    from openpyxl import load_workbook

    from allocator.check import check_plan
    from allocator.read import read_problem
    from models import Plan

    page.goto(app_url + "/")
    assert page.title().startswith("Een plan voor de ICT-coördinatie")
    page.keyboard.press("Tab")  # the first stop is the skip link, and it shows
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").is_visible()
    shot(page, "01-start")

    # a workbook with an error: the input check lists it where it is
    page.set_input_files("#file", str(workbooks["broken"]))
    page.click("button[type=submit].primary")
    page.wait_for_selector("table.errors")
    row = page.locator("table.errors tbody tr", has_text="Personen").first
    assert re.search(r"Personen\s+2\s+T\s+9", row.inner_text())
    assert page.locator("[role=alert]").is_visible()
    shot(page, "02-input-check-errors")

    # a good one, dropped on the upload zone, with a short time limit
    data = base64.b64encode(workbooks["small"].read_bytes()).decode()
    page.evaluate(DROP, {"data": data, "name": "groep.xlsx"})
    assert page.locator(".dropzone:not(.previous) [data-chosen]").inner_text() == "groep.xlsx"
    assert page.locator("#previous").is_visible()  # beside the workbook, not in the options
    assert page.evaluate("document.getElementById('file').files.length") == 1
    page.locator("details.options").evaluate("details => { details.open = true; }")
    page.fill("#time_limit", "8")
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r"/plans/[0-9a-f]{16}/solve$"))
    plan_url = page.url.rsplit("/", 1)[0]

    # progress: the page follows the solve without a reload
    page.wait_for_function("() => document.querySelector('[data-field=stages]').rows.length",
                           timeout=60_000)
    assert page.locator("[data-field=status]").inner_text() in ("bezig", "klaar")
    assert page.locator("#live").get_attribute("aria-live") == "polite"
    shot(page, "03-solve-progress")
    page.wait_for_selector("[data-show=done]:not([hidden])", timeout=90_000)
    assert page.evaluate("document.activeElement.hasAttribute('data-focus-done')")
    assert page.locator("[data-field=stages] tr").count() == 3
    # worded by the server, also after the script redrew the table: optimal only when proven
    for row in page.locator("[data-field=stages] tr").all():
        cells = [cell.inner_text() for cell in row.locator("td").all()]
        assert (cells[1] == "bewezen optimaal") == (cells[2] == cells[3]), cells
        assert "." not in "".join(cells[2:])  # Dutch decimal comma
    assert re.fullmatch(r"\d+(,\d+)? s", page.locator("[data-field=elapsed]").inner_text())
    verdict = page.locator("[data-field=done-text]").inner_text()
    assert verdict.startswith(("Bewezen het beste plan", "Bewezen optimaal:", "Geen enkele"))
    shot(page, "04-solve-done")

    page.goto(plan_url + "/input")
    assert "zonder fouten" in page.locator("main").inner_text()
    shot(page, "05-input")

    # the plan: a hostile name is text, every assignment opens its explanation
    page.goto(plan_url + "/solve")
    page.click("text=Bekijk het plan")
    page.wait_for_selector("#summary")
    assert page.get_by_text(SCRIPT_NAME, exact=True).first.is_visible()
    shot(page, "06-plan")
    why = page.locator("details.why").first
    why.locator("summary").click()
    assert why.get_attribute("open") is not None
    explanation = why.locator("p").first.inner_text()
    assert len(explanation) > 20
    why.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "07-explanation.png"))

    page.locator("table.schools tbody a").first.click()
    page.wait_for_selector("table.coverage")
    shot(page, "08-school")
    page.goto(plan_url + "/plan")
    page.get_by_role("link", name=SCRIPT_NAME).first.click()
    page.wait_for_selector("svg.load")
    assert page.locator("h1").inner_text() == SCRIPT_NAME
    shot(page, "09-person")
    page.goto(plan_url + "/plan/uncovered?core=1")
    shot(page, "10-uncovered")

    # what if the busiest person leaves: re-plan, compare side by side
    page.goto(plan_url + "/whatif")
    page.select_option("#leaves", index=1)
    page.fill("#wi_time", "6")
    shot(page, "11-whatif")
    page.click("text=Opnieuw plannen")
    page.wait_for_selector("[data-show=done]:not([hidden])", timeout=90_000)
    page.click("text=Vergelijk met het oorspronkelijke plan")
    page.wait_for_selector("table.compare")
    compare = page.locator("main").inner_text()
    assert "Voor" in compare and "Na" in compare and "vertrekt" in compare
    shot(page, "12-compare")
    page.click("text=Nieuw plan in detail")
    page.wait_for_selector("#changes")
    assert "is er niet meer" in page.locator("#changes").inner_text()
    page.locator("#changes").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "12b-whatif-plan-changes.png"))

    # downloads of the original plan: the files the CLI writes, passing the check
    page.goto(plan_url + "/downloads")
    shot(page, "13-downloads")
    with page.expect_download() as download:
        page.click("text=Plan als Excel-werkmap")
    saved = ARTIFACTS / download.value.suggested_filename
    assert saved.name == "groep-plan.xlsx"
    download.value.save_as(saved)
    assert "Plan" in load_workbook(saved, read_only=True).sheetnames
    with page.expect_download() as download:
        page.click("text=Plan als JSON")
    plan = Plan.model_validate_json(Path(download.value.path()).read_text(encoding="utf-8"))
    assert check_plan(read_problem(workbooks["small"]).problem, plan).ok

    # English
    page.goto(plan_url + "/plan?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Summary for management" in page.locator("main").inner_text()
    shot(page, "14-plan-en")
    page.goto(app_url + "/?lang=nl")


def test_stop_keeps_the_best_plan_in_the_browser(page, app_url, workbooks):
    page.goto(app_url + "/")
    page.set_input_files("#file", str(workbooks["medium"]))
    page.click("details.options summary")
    page.fill("#time_limit", "300")
    page.click("button[type=submit].primary")
    page.wait_for_function("() => document.querySelector('[data-field=stages]').rows.length",
                           timeout=60_000)
    page.click("text=Stoppen en het beste plan houden")
    page.wait_for_selector("[data-show=done]:not([hidden])", timeout=60_000)
    assert "Gestopt op jouw vraag" in page.locator("[data-show=done]").inner_text()
    shot(page, "15-stopped")
