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
    "money.eur": {"nl": "€ {amount}", "en": "€{amount}"},
}
