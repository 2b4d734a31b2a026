"""Small words shared by many areas (nl/en); ja/nee and u/h are in words_workflow.py."""

WORDS: dict[str, dict[str, str]] = {
    "word.choose": {"nl": "kies", "en": "choose"},
    "word.never": {"nl": "nooit", "en": "never"},
    "word.example": {"nl": "Voorbeeld", "en": "Example"},
    "word.and": {"nl": "en", "en": "and"},
    "word.hours_per_week_short": {"nl": "u/week", "en": "h/week"},
    "word.core_task_suffix": {"nl": ", kerntaak", "en": ", core task"},
    "file.report_folder": {"nl": "schoolrapporten", "en": "school-reports"},
    "file.answers": {"nl": "antwoorden.yaml", "en": "answers.yaml"},
    # the rows of the plan's technical sheet
    "technical.status": {"nl": "status", "en": "status"},
    "technical.core": {"nl": "kerntaken (fase 1)", "en": "core tasks (stage 1)"},
    "technical.core_bound": {"nl": "grens fase 1", "en": "stage 1 bound"},
    "technical.noncore": {"nl": "andere taken (fase 2)", "en": "other tasks (stage 2)"},
    "technical.noncore_bound": {"nl": "grens fase 2", "en": "stage 2 bound"},
    "technical.preferences": {"nl": "voorkeuren (fase 3)", "en": "preferences (stage 3)"},
    "technical.assignments": {"nl": "toewijzingen", "en": "assignments"},
    "technical.uncovered": {"nl": "niet gedekt", "en": "uncovered"},
    "technical.uncovered_core": {"nl": "niet gedekte kerntaken", "en": "uncovered core"},
    "technical.bundled": {"nl": "gebundeld", "en": "bundled"},
    "technical.seconds": {"nl": "seconden", "en": "seconds"},
    "money.eur": {"nl": "€ {amount}", "en": "€{amount}"},
}
