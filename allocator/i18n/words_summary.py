"""Words of the summary for management, the load chart and the technical sheet (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "sheet.load": {"nl": "Belasting", "en": "Load"},
    "sheet.technical": {"nl": "Technisch", "en": "Technical"},
    "summary.title": {"nl": "Samenvatting voor de directie", "en": "Summary for management"},
    "summary.status": {"nl": "Status van het plan", "en": "Plan status"},
    "summary.interrupted": {"nl": "onderbroken: het beste plan tot dan",
                            "en": "interrupted: the best plan until then"},
    "summary.coverage": {"nl": "Welk werk is gedekt?", "en": "Which work is covered?"},
    "summary.coverage_note": {
        "nl": "Per school: de taken van die school (gedekt door eigen mensen, de centrale dienst "
              "of een gebundelde groepsaanpak). Groepstaken staan apart; 'groep (totaal)' telt "
              "alles samen.",
        "en": "Per school: that school's tasks (covered by its own staff, the central service "
              "or a bundled group approach). Group tasks are listed apart; 'group (total)' "
              "adds everything up."},
    "summary.funding": {"nl": "Uren per financieringsbron: gebruikt tegenover beschikbaar",
                        "en": "Hours per funding source: used against available"},
    "summary.funding_note": {
        "nl": "Uren per week van de mensen met die plaats (school of centrale dienst).",
        "en": "Hours per week of the people at that site (school or central service)."},
    "summary.open_core": {"nl": "Kerntaken die open blijven, en wat te doen",
                          "en": "Core work left open, and what to do"},
    "summary.open_core_none": {"nl": "Alle kerntaken zijn gedekt.",
                               "en": "All core work is covered."},
    "summary.open_noncore": {"nl": "Andere taken die open blijven (samengevat)",
                             "en": "Other work left open (summarised)"},
    "summary.spof": {"nl": "Kwetsbaar: kernwerk dat op één persoon rust (top {top} van {total})",
                     "en": "Vulnerable: core work resting on one person (top {top} of {total})"},
    "summary.spof_none": {"nl": "Geen kernwerk rust op één persoon zonder vervanger.",
                          "en": "No core work rests on one person without a backup."},
    "summary.spof_note": {
        "nl": "Niemand anders mag of kan deze taak overnemen: deel kennis, documenteer en "
              "zoek een vervanger.",
        "en": "Nobody else may or can take this over: share knowledge, document it and find "
              "a backup."},
    "summary.group_total": {"nl": "groep (totaal)", "en": "group (total)"},
    "summary.group_tasks": {"nl": "groepstaken", "en": "group tasks"},
    "summary.central": {"nl": "centrale dienst", "en": "central service"},
    "summary.technical_note": {
        "nl": "Cijfers van de rekenmotor (voor wie het plan nakijkt).",
        "en": "Figures of the solver (for whoever reviews the plan)."},
    # column headers
    "col.school": {"nl": "school", "en": "school"},
    "col.name": {"nl": "naam", "en": "name"},
    "col.core_tasks": {"nl": "kerntaken", "en": "core tasks"},
    "col.core_tasks_covered": {"nl": "kerntaken gedekt", "en": "core tasks covered"},
    "col.core_hours": {"nl": "kernuren", "en": "core hours"},
    "col.core_hours_covered": {"nl": "kernuren gedekt", "en": "core hours covered"},
    "col.noncore_tasks": {"nl": "andere taken", "en": "other tasks"},
    "col.noncore_tasks_covered": {"nl": "andere taken gedekt", "en": "other tasks covered"},
    "col.noncore_hours": {"nl": "andere uren", "en": "other work hours"},
    "col.noncore_hours_covered": {"nl": "andere uren gedekt", "en": "other work hours covered"},
    "col.share": {"nl": "aandeel", "en": "share"},
    "col.open_core": {"nl": "open kerntaken", "en": "open core tasks"},
    "col.central_hours": {"nl": "uren centrale dienst hier", "en": "central service hours here"},
    "col.available": {"nl": "{source} beschikbaar", "en": "{source} available"},
    "col.used": {"nl": "{source} gebruikt", "en": "{source} used"},
    "col.envelope": {"nl": "ICT-envelop van de school (uren/week)",
                     "en": "the school's ICT envelope (hours/week)"},
    "col.task": {"nl": "taak", "en": "task"},
    "col.task_name": {"nl": "taaknaam", "en": "task name"},
    "col.hours": {"nl": "uren/week", "en": "hours/week"},
    "col.priority": {"nl": "prioriteit", "en": "priority"},
    "col.recommendation": {"nl": "aanbeveling", "en": "recommendation"},
    "col.why": {"nl": "waarom open", "en": "why open"},
    "col.action": {"nl": "wat is nodig", "en": "what it would take"},
    "col.tasks": {"nl": "taken", "en": "tasks"},
    "col.person": {"nl": "persoon", "en": "person"},
    "col.site": {"nl": "plaats", "en": "site"},
    "col.role": {"nl": "rol", "en": "role"},
    "col.unused": {"nl": "niet gebruikt", "en": "unused"},
    "col.available_total": {"nl": "uren beschikbaar", "en": "hours available"},
    "col.used_total": {"nl": "uren gebruikt", "en": "hours used"},
    "chart.load_title": {"nl": "Belasting per persoon (uren per week)",
                         "en": "Load per person (hours per week)"},
    "chart.hours": {"nl": "uren per week", "en": "hours per week"},
}
