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
}
