"""Result tables as people read them: headers, codes in cells and failure reasons in words.

The tidy csv and parquet files keep codes (``core_coverage_pct``, ``central``, ``True``) and
English error text, for programs; the workbook, the markdown, the console and the plots say
the same in the output language through this module. Numbers stay numbers here (the
workbook gives them a number format; text outputs use :func:`number`).
"""

from __future__ import annotations

import json
import math
from typing import SupportsFloat, SupportsIndex

import pandas as pd

from allocator.i18n import Lang, decimal, hours, merged_words, text
from allocator.i18n.translate import from_english

SOLVED = ("optimal", "feasible")
_BOOLEAN_COLUMNS = ("checked", "repeatable", "baseline_cell", "central")


def column_label(column: str, lang: Lang) -> str:
    """A result column in words; a column without words (a sweep's own axis) as it is."""
    words = merged_words()
    if f"scenario.col.{column}" in words:
        return text(f"scenario.col.{column}", lang)
    if column.startswith("rec_") and f"rec.{column[4:]}" in words:
        return text("scenario.col.recommendation", lang, what=text(f"rec.{column[4:]}", lang))
    name = column.removeprefix("coverage_").removesuffix("_pct")
    if column.startswith("coverage_") and f"cluster.{name}" in words:
        return text("scenario.col.cluster_covered", lang, cluster=text(f"cluster.{name}", lang))
    return column


def has_words(column: str) -> bool:
    """Whether :func:`column_label` knows ``column`` (a sweep file's own axes need none)."""
    return column_label(column, "nl") != column or f"scenario.col.{column}" in merged_words()


def failure_text(error: object, lang: Lang) -> str:
    """Why a point failed, in ``lang`` (the rows keep the English the runner wrote)."""
    if not isinstance(error, str) or not error:
        return ""
    return "\n".join(_said_line(line, lang) for line in error.splitlines())


def _said_line(line: str, lang: Lang) -> str:
    """One line: the runner's own reasons (``scen_fail.*``), else a scenario file's error."""
    from allocator.scenarios.errors import scenario_text

    said = from_english(line, lang, "scen_fail.")
    return said if said != line else scenario_text(line, lang)


def short_failure(error: object, lang: Lang, limit: int = 120) -> str:
    """The first line of a failure's reason in ``lang``, cut to ``limit`` characters."""
    said = failure_text(error, lang)
    line = said.splitlines()[0] if said else ""
    return line if len(line) <= limit else line[:limit - 1] + "…"


def failed_text(row: pd.Series | dict, lang: Lang) -> str:
    """'mislukt: <reason>' for a failed point, '' for a solved one."""
    status = row.get("status")
    if status in SOLVED:
        return ""
    reason = short_failure(row.get("error"), lang)
    if not reason:
        reason = status_text(status, lang)
    return text("r_failed_cell", lang, reason=reason)


def status_text(status: object, lang: Lang) -> str:
    """A point's status in words ('error' as 'fout' / 'error')."""
    words = merged_words()
    if isinstance(status, str) and f"status.{status}" in words:
        return text(f"status.{status}", lang)
    if status == "error":
        return text("scenario.error", lang)
    return "" if status is None or status != status else str(status)


def role_text(role: object, lang: Lang) -> object:
    """A role code in words; a role allocator does not know as it is."""
    from models.roles import Role

    if not isinstance(role, str):
        return role
    try:
        return text(f"role.{Role(role).name}", lang)
    except ValueError:
        return role


def site_text(site: object, lang: Lang) -> object:
    """A person's site: the central service in words, a school's id as it is."""
    return text("cell.site.central", lang) if site == "central" else site


def kind_text(kind: object, lang: Lang) -> object:
    """A Flemish group's kind (primary, secondary, adult, Flanders) in words."""
    key = f"scenario.kind.{kind}"
    return text(key, lang) if key in merged_words() else kind


def name_text(name: object, lang: Lang) -> object:
    """A variant's name; the base solved for a re-plan as '(basis)' / '(base)'."""
    from allocator.scenarios.run import BASE_NAME

    return text("scenario.base_variant", lang) if name == BASE_NAME else name


def axis_value(axis: str, value: object, lang: Lang) -> str:
    """An axis value as a label, in the output language.

    A number with the language's decimal mark, a variant or a Flemish group's kind in words.
    """
    if axis == "variant":
        return str(name_text(value, lang))
    if axis == "kind":
        return str(kind_text(value, lang))
    try:
        figure = float(str(value))
    except ValueError:
        return str(value)
    return hours(figure, lang)  # the shared '%g with the language's decimal mark'


def as_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """Text columns that hold only numbers ('0.5', a sweep's axis values) as numbers."""
    converted = table.copy()
    for column in converted.columns:
        values = converted[column]
        if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        present = values.dropna()
        if present.empty or not all(isinstance(v, str) for v in present):
            continue
        try:
            converted[column] = pd.to_numeric(values)
        except (ValueError, TypeError):
            continue
    return converted


def cells_in_words(table: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """A copy of ``table`` whose coded cells (status, yes/no, site, role, kind) are words."""
    shown = table.copy()
    if "status" in shown:
        shown["status"] = shown["status"].map(lambda value: status_text(value, lang))
    if "error" in shown:
        shown["error"] = shown["error"].map(lambda value: failure_text(value, lang) or None)
    for column in _BOOLEAN_COLUMNS:
        if column in shown:
            shown[column] = shown[column].map(
                lambda value: text("word.yes" if value else "word.no", lang)
                if isinstance(value, bool) else value)
    for column, say in (("site", site_text), ("role", role_text), ("kind", kind_text),
                        ("name", name_text), ("variant", name_text)):
        if column in shown:
            shown[column] = shown[column].map(lambda value, say=say: say(value, lang))
    return shown


def presented(table: pd.DataFrame, lang: Lang, name_is: str = "name") -> pd.DataFrame:
    """The table as people read it: cells in words, headers in ``lang``.

    A scenario file's points are its variants: the ``name`` column that repeats the variant
    and the ``repetition`` that is always 0 are left out (``name_is="variant"`` heads a
    table without a variant column, the loads, as variant).
    """
    shown = as_numbers(cells_in_words(table, lang))
    if "variant" in shown:
        if "name" in shown and (table["name"].astype(str)
                                == table["variant"].astype(str)).all():
            shown = shown.drop(columns="name")
        if "repetition" in shown and table["repetition"].nunique() <= 1:
            shown = shown.drop(columns="repetition")
    return shown.rename(columns=lambda column: column_label(
        name_is if column == "name" else str(column), lang))


def is_gap(code: str) -> bool:
    """Whether a column holds a relative gap (a share: 0.012 is 1.2 %), not a count."""
    return code == "gap" or code.startswith(("gap_", "max_gap_", "mean_gap_"))


def is_hours(code: str) -> bool:
    """Whether a column holds hours a week (shown with one decimal: half hours are real)."""
    return code.startswith(("hours_", "available_")) or code.endswith("_hours") \
        or "_hours_" in code


def text_table(table: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """:func:`presented` for running text (markdown): numbers written out in ``lang``.

    A relative gap (a share, ``gap`` in its code) as a percentage; whole numbers without
    decimals; others with one decimal (three below 1).
    """
    written = table.copy()
    for column in table.columns:
        values = table[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        if is_gap(str(column)):
            written[column] = [f"{number(100 * v, lang)} %" if v == v else "" for v in values]
        else:
            written[column] = [number(v, lang, 0 if float(v).is_integer()
                                      else 1 if abs(v) >= 1 else 3) if v == v else ""
                               for v in values]
    return presented(written, lang)


def number(value: object, lang: Lang, digits: int = 1, signed: bool = False) -> str:
    """A number in running text: a decimal comma in Dutch; '' for a missing value."""
    if value is None or isinstance(value, str):
        return "" if value is None else value
    if not isinstance(value, (SupportsFloat, SupportsIndex)):  # what float() takes, str aside
        return str(value)
    try:
        figure = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(figure) or math.isinf(figure):
        return ""
    return decimal(figure, lang, digits, signed)


def provenance_rows(provenance: dict, lang: Lang) -> pd.DataFrame:
    """The provenance as a sheet: each item's code, its meaning in words and its value."""
    rows = []
    for key, value in provenance.items():
        items = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, item in items:
            code = key if sub is None else f"{key}.{sub}"
            meaning = text(f"prov.{key}", lang) if f"prov.{key}" in merged_words() else ""
            if sub is not None and meaning:
                meaning = f"{meaning}: {sub}"
            rows.append((code, meaning, _provenance_value(key, item, lang)))
    return pd.DataFrame(rows, columns=[text("r_prov_key", lang), text("r_prov_meaning", lang),
                                       text("r_prov_value", lang)])


def _provenance_value(key: str, value: object, lang: Lang) -> str:
    if key == "statistics":
        return text("r_method_text", lang)
    if key == "kind" and f"scenario.kind_of_run.{value}" in merged_words():
        return text(f"scenario.kind_of_run.{value}", lang)
    if key == "base" and value == "generated":
        return text("scenario.base.generated", lang)
    if isinstance(value, bool):
        return text("word.yes" if value else "word.no", lang)
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str)
    if isinstance(value, str):  # the run's own words (backend, machine, seeds), said again
        return from_english(value, lang, "prov_value.")
    return "" if value is None else str(value)
