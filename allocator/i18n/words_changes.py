"""Words of the Wijzigingen / Changes sheet (solve --previous) (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "sheet.changes": {"nl": "Wijzigingen", "en": "Changes"},
    "change.kept": {"nl": "behouden", "en": "kept"},
    "change.moved": {"nl": "verschoven", "en": "moved"},
    "change.new": {"nl": "nieuw", "en": "new"},
    "change.dropped": {"nl": "vervallen", "en": "dropped"},
    "change.col.change": {"nl": "wijziging", "en": "change"},
    "change.col.before": {"nl": "vroeger: wie (uren)", "en": "before: who (hours)"},
    "change.col.after": {"nl": "nu: wie (uren)", "en": "now: who (hours)"},
    "change.col.hours_before": {"nl": "uren vroeger", "en": "hours before"},
    "change.col.hours_after": {"nl": "uren nu", "en": "hours now"},
    "change.col.why": {"nl": "waarom", "en": "why"},
    "change.why.person_left": {"nl": "{person} is er niet meer",
                               "en": "{person} is no longer there"},
    "change.why.hours_reduced": {
        "nl": "{person} heeft minder {source}: {to} u in plaats van de {from} u in het vorige plan",
        "en": "{person} has fewer {source}: {to} h instead of the {from} h in the previous plan"},
    "change.why.not_allowed": {
        "nl": "{person} mag deze taak niet meer doen (plaats, competenties, rol of regio "
              "veranderd)",
        "en": "{person} may no longer do this task (site, competencies, role or region "
              "changed)"},
    "change.why.task_removed": {"nl": "de taak staat niet meer in de takenlijst",
                                "en": "the task is no longer in the catalogue"},
    "change.why.school_removed": {"nl": "de school staat niet meer in de werkmap",
                                  "en": "the school is no longer in the workbook"},
    "change.why.task_hours_changed": {
        "nl": "de taak vraagt nu {to} u in plaats van {from} u",
        "en": "the task now needs {to} h instead of {from} h"},
    "change.why.bundled": {
        "nl": "de school poolt nu: de groep doet deze taak in haar bundel",
        "en": "the school pools now: the group does this task in its bundle"},
    "change.why.unbundled": {
        "nl": "de groep doet deze taak niet meer als bundel: de school heeft ze weer zelf",
        "en": "the group no longer does this task as a bundle: the school has it again"},
    "change.via_bundle": {"nl": "bundel van de groep: {people}",
                          "en": "the group's bundle: {people}"},
    "change.why.plan_choice": {
        "nl": "keuze van het plan: zo wordt meer (of belangrijker) werk gedekt",
        "en": "the plan's choice: this covers more (or more important) work"},
    "change.line": {
        "nl": "wijzigingen tegenover het vorige plan: {kept} behouden, {moved} verschoven, "
              "{new} nieuw, {dropped} vervallen ({forced} door gewijzigde invoer)",
        "en": "changes against the previous plan: {kept} kept, {moved} moved, {new} new, "
              "{dropped} dropped ({forced} forced by changed input)"},
}
