"""What every allocator command shares: exit codes, the language option, reading inputs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from allocator.i18n import LANGS, Lang

if TYPE_CHECKING:  # the readers are imported when a command reads, not at start-up
    from allocator.privacy import PseudonymKey
    from allocator.read.limits import Deadline
    from allocator.read.records import CatalogueMode
    from models import Plan, Problem

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_NO_PLAN, EXIT_CHECK_FAILED = range(6)
EXIT_CLUSTER = 6  # scenarios: the Dask cluster cannot run the work
# scenarios: some variants or points failed, the others' results are written (a batch script
# must not read a partial comparison as a complete one); solve uses 3 for an infeasible plan
EXIT_SOME_FAILED = 3

MAX_TIME_LIMIT = 7 * 24 * 3600.0  # a week: beyond it a limit is a typo, not a plan


class Seconds(click.FloatRange):
    """A finite number of seconds (``nan`` and ``inf`` pass a plain FloatRange)."""

    name = "seconds"

    def __init__(self, minimum: float = 0.1) -> None:
        super().__init__(min=minimum, max=MAX_TIME_LIMIT)

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        """The value as a finite number of seconds within the bounds (else a usage error)."""
        import math

        from click import types as click_types

        try:
            number = super().convert(value, param, ctx)
        except click.BadParameter:
            number = math.nan
        if not math.isfinite(number):
            # through click's own gettext, which help_lang gives the command's language
            self.fail(click_types._(SECONDS_MESSAGE).format(
                value=value, low=f"{self.min:g}", high=f"{self.max:g}"), param, ctx)
        return number


SECONDS_MESSAGE = "{value!r} is not a number of seconds from {low} to {high}."


# click refuses any other value, so a command's ``lang`` parameter is a ``Lang``
lang_option = click.option("--lang", type=click.Choice(LANGS), default="nl",
                           show_default=True, help="Language of what a school user reads.")


def err(message: str) -> None:
    """Print ``message`` on standard error."""
    click.echo(message, err=True)


def requested_lang(argv: list[str] | None = None) -> Lang:
    """The --lang of the command line, for messages outside a command (nl by default)."""
    args = sys.argv[1:] if argv is None else argv
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args):
            value = args[k + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        if value in LANGS:
            return value
    return "nl"


def fail_on_input(error: Exception, lang: Lang = "nl") -> NoReturn:
    """Print the input's located issues (at most 200) in ``lang`` and exit with code 2."""
    from allocator.read import InputError

    assert isinstance(error, InputError)
    err(error.render(limit=200, lang=lang))
    sys.exit(EXIT_INPUT)


def check_output(target: Path | str, lang: Lang = "nl", folder: bool = False) -> None:
    """Refuse an output that cannot be written (a folder, no permission) before any work."""
    from allocator.i18n import text
    from allocator.report.atomic import OutputError, check_folder, check_target

    try:
        (check_folder if folder else check_target)(target)
    except OutputError as error:
        err(text("output.refused", lang,
                 reason=error.message(lang)))
        sys.exit(EXIT_INPUT)


catalogue_version_option = click.option(
    "--catalogue-version", type=click.Choice(["1", "2"]), default=None,
    help="Version of the shipped task catalogue for inputs without a Taken/Tasks sheet "
         "[default: 2; 1 = the catalogue before roles, for comparisons].")
SHOWN_WARNINGS = 50


def warn(message: str, lang: Lang = "nl") -> None:
    """Print a reader's warning in ``lang`` on standard error."""
    from allocator.i18n import text
    from allocator.i18n.translate import from_english

    err(text("console.warning", lang,
             message=from_english(message, lang, "warning.")))


def read_input(path: Path, catalogue: CatalogueMode = "replace",
               catalogue_version: str | None = None, plan_path: Path | None = None,
               lang: Lang = "nl", deadline: Deadline | None = None) -> Problem:
    """Read INPUT; without --catalogue-version a plan's own recorded version is used.

    Exit 2 with every located issue; exit 4 when reading passes ``deadline``.
    """
    from allocator.i18n import text
    from allocator.read import InputError, ReadTimeout, read_problem

    version = None if catalogue_version is None else int(catalogue_version)
    if version is None and plan_path is not None:
        version = _plan_catalogue_version(plan_path)
    try:
        result = read_problem(path, catalogue=catalogue,
                              catalogue_version=version, deadline=deadline)
    except InputError as error:
        fail_on_input(error, lang)
    except ReadTimeout as error:
        err(text("limit.reading", lang, seconds=f"{error.limit:g}"))
        sys.exit(EXIT_NO_PLAN)
    for warning in result.warnings[:SHOWN_WARNINGS]:
        warn(warning, lang)
    if len(result.warnings) > SHOWN_WARNINGS:
        warn(f"... and {len(result.warnings) - SHOWN_WARNINGS} more", lang)
    if plan_path is not None:  # the guide's step-5 marks the plan was made with
        return _with_plan_marks(result.problem, plan_path, lang)
    return result.problem


def _with_plan_marks(problem: Problem, plan_path: Path, lang: Lang) -> Problem:
    from allocator.guide_steps import MarkError, apply_marks, marks_from_record
    from allocator.read import InputError

    try:
        marks = marks_from_record(getattr(_read_plan(plan_path), "guide", None))
    except (InputError, KeyError, TypeError):
        return problem  # load_plan reports an unreadable plan with its own message
    if not marks:
        return problem
    try:
        return apply_marks(problem, marks).problem
    except MarkError as error:
        err(error.text(lang))
        sys.exit(EXIT_INPUT)


def load_key(key_file: Path, lang: Lang = "nl") -> PseudonymKey:
    """The pseudonymisation key in ``key_file``; exit 2 when it is not a key file."""
    from allocator.i18n import text
    from allocator.privacy import KeyFileError, PseudonymKey

    try:
        return PseudonymKey.load_or_create(key_file)
    except KeyFileError as error:
        err(text("key.bad_file", lang, reason=str(error)))
        sys.exit(EXIT_INPUT)


def with_key(problem: Problem, plan: Plan, key_file: Path | None,
             lang: Lang = "nl") -> tuple[Problem, bool]:
    """(problem as the plan sees it, whether the plan is pseudonymised).

    With a key file the problem gets the plan's codes; a pseudonymised plan without its key
    file cannot be read against the input, which is said rather than failing later.
    """
    from allocator.i18n import text
    from allocator.privacy import pseudonymise

    if key_file is not None:
        return pseudonymise(problem, load_key(key_file, lang)), True
    if plan_is_pseudonymised(problem, plan):
        err(text("key.needed", lang))
        sys.exit(EXIT_INPUT)
    return problem, False


def plan_is_pseudonymised(problem: Problem, plan: Plan) -> bool:
    """Marked so by solve, or (older plans) people that are all codes unknown to the input."""
    from allocator.privacy import looks_pseudonymised

    return bool(getattr(plan, "pseudonymised", False)) or looks_pseudonymised(
        {a.person for a in plan.assignments}, {p.id for p in problem.people})


def _plan_catalogue_version(plan_path: Path) -> int | None:
    from allocator.read import InputError

    try:
        recorded = getattr(_read_plan(plan_path), "catalogue_version", None)
    except InputError:
        return None  # load_plan reports an unreadable plan with its own message
    return recorded if recorded in (1, 2) else None


_PLANS: dict[tuple[str, int], Plan] = {}


def _read_plan(plan_path: Path) -> Plan:
    """read_plan, once per file and version: the input's catalogue version comes from it too."""
    from allocator.read.plan import read_plan

    try:
        key = (str(plan_path.resolve()), plan_path.stat().st_mtime_ns)
    except OSError:
        return read_plan(plan_path)  # missing: read_plan says so
    if key not in _PLANS:
        _PLANS.clear()
        _PLANS[key] = read_plan(plan_path)
    return _PLANS[key].model_copy(deep=True)


def yaml_error() -> type[Exception]:
    """PyYAML's error class (imported only when needed)."""
    import yaml

    return yaml.YAMLError


def load_plan(plan_path: Path, lang: Lang = "nl", problem: Problem | None = None) -> Plan:
    """The plan in ``plan_path`` (.xlsx plan workbook or .json), exit 2 with the reason if not.

    With ``problem``, a plan whose Plan sheet was changed by hand gets its values and
    uncovered work recomputed against it (allocator.explain.refresh).
    """
    from allocator.i18n import text
    from allocator.read import InputError

    try:
        plan = _read_plan(plan_path)
    except InputError as error:
        fail_on_input(error, lang)
    from allocator.read.merged import excel_lock_file

    lock = excel_lock_file(plan_path)
    if lock is not None:
        warn(f"{plan_path.name} is open in Excel ({lock.name} is beside it): what was read is "
             "the file as last saved; save it in Excel first if it has changes", lang)
    edited = getattr(plan, "edited", None)
    if edited:
        key = "console.plan_by_hand" if edited.get("made_by_hand") else "console.plan_edited"
        err(text(key, lang, path=plan_path.name, rows=len(edited["rows"]),
                 removed=len(edited["removed"])))
        if problem is not None:
            plan = up_to_date(problem, plan, lang)
    return plan


def up_to_date(problem: Problem, plan: Plan, lang: Lang = "nl") -> Plan:
    """``plan``, or when its Plan sheet was changed by hand, its values recomputed."""
    if not getattr(plan, "edited", None):
        return plan
    from allocator.explain.refresh import refresh_edited_plan

    return refresh_edited_plan(problem, plan, lang)
