"""Words of the input template's instruction sheet (allocator template) (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "template.how_to": {"nl": "Zo vul je deze werkmap in",
                        "en": "How to fill in this workbook"},
    "template.intro_1": {
        "nl": "1. Vul de bladen Scholen en Personen in (één rij per school, één rij per persoon).",
        "en": "1. Fill in the sheets Schools and People (one row per school, one per person)."},
    "template.intro_2": {
        "nl": "2. Kijk het blad Taken na: de standaardtakenlijst staat er al; pas aan waar nodig.",
        "en": "2. Review the Tasks sheet: the default catalogue is there; adapt it."},
    "template.intro_3": {
        "nl": "3. Optioneel: Voorkeuren (wie wat graag doet) en Vast (toewijzingen die "
              "vastliggen).",
        "en": "3. Optional: Preferences (who likes what) and Fixed (fixed assignments)."},
    "template.intro_4": {
        "nl": "4. Bewaar en maak het plan: allocator solve groep.xlsx -o plan.xlsx",
        "en": "4. Save and make the plan: allocator solve group.xlsx -o plan.xlsx"},
    "template.intro_5": {
        "nl": "Uren zijn altijd uren per week, in veelvouden van 0,5 (komma of punt). Ja/nee mag "
              "ook als x of 1/0. Lijsten (specialisaties, niveaus, regio's, rollen) met komma's. "
              "Beweeg over een kolomtitel voor uitleg; veel kolommen hebben een keuzelijst.",
        "en": "Hours are always hours per week, in multiples of 0.5. Yes/no may also be x or "
              "1/0. Lists (specialisations, levels, regions, roles) are comma-separated. Hover "
              "over a column header for help; many columns have a drop-down list."},
    "template.intro_6": {"nl": "Dit blad wordt bij het inlezen genegeerd.",
                         "en": "This sheet is ignored when the workbook is read."},
    "template.head_sheet": {"nl": "blad", "en": "sheet"},
    "template.head_column": {"nl": "kolom", "en": "column"},
    "template.head_required": {"nl": "verplicht", "en": "required"},
    "template.head_meaning": {"nl": "betekenis en eenheid", "en": "meaning and unit"},
    "template.head_example": {"nl": "voorbeeld", "en": "example"},
    # the Gids sheet (report/template.py; read by allocator/guide.py)
    "template.intro_guide": {
        "nl": "3b. Optioneel: Gids (het stappenplan): markeer taken voor stap 5 (nvt, nu, later, "
              "nabij), of beantwoord vragen 1-4 van allocator guide met ja/nee.",
        "en": "3b. Optional: Guide (the guideline): mark tasks for step 5 (nvt, nu, later, "
              "nabij), or answer questions 1-4 of allocator guide with yes/no."},
    "template.guide.purpose": {
        "nl": "Het stappenplan (allocator guide): één rij per keuze. Leeg laten mag; een "
              "--guide-bestand bij allocator solve gaat voor.",
        "en": "The guideline (allocator guide): one row per choice. May stay empty; a --guide "
              "file given to allocator solve takes precedence."},
    "template.guide.head_key": {"nl": "taak of vraag", "en": "task or question"},
    "template.guide.head_value": {"nl": "markering of antwoord", "en": "mark or answer"},
    "template.guide.head_school": {"nl": "school", "en": "school"},
    "template.guide.help_key": {
        "nl": "Een taak-id uit het blad Taken (stap 5), of een vraag van het stappenplan: "
              "1-4 of bewustzijn, gedragen_visie, beleidsplan, poolen.",
        "en": "A task id of the Tasks sheet (step 5), or a question of the guideline: 1-4 or "
              "awareness, shared_vision, policy_plan, willing_to_pool."},
    "template.guide.help_value": {
        "nl": "Bij een taak: nvt (niet van toepassing), nu (eerst), later (dit jaar niet) of "
              "nabij (op school, geen centrale dienst). Bij een vraag: ja, nee of weet niet.",
        "en": "For a task: nvt (not applicable), nu (now, first), later (not this year) or "
              "nabij (on site, no central staff). For a question: yes, no or don't know."},
    "template.guide.help_school": {
        "nl": "Optioneel: een school-id, als de markering maar voor die school geldt (niet "
              "bij nabij).",
        "en": "Optional: a school id, when the mark holds at that school only (not for "
              "nabij)."},
    "template.guide.example_key": {"nl": "TECH-01", "en": "TECH-01"},
    "template.guide.example_value": {"nl": "nu", "en": "nu"},
    "template.guide.example_school": {"nl": "S01", "en": "S01"},
}
