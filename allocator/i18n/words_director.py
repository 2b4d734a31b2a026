"""Words of the director's report (allocator report) (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "director.file_prefix": {"nl": "schoolrapport", "en": "school-report"},
    "director.chart_file": {"nl": "belasting.png", "en": "load.png"},
    "director.title": {"nl": "Rapport voor de directie", "en": "Report for the school leader"},
    "director.index_title": {"nl": "ICT-coördinatie: rapporten per school",
                             "en": "ICT coordination: reports per school"},
    "director.back": {"nl": "alle scholen", "en": "all schools"},
    "director.pupils": {"nl": "leerlingen", "en": "pupils"},
    "director.pools_yes": {"nl": "poolt de ICT-uren in de groep",
                           "en": "pools its ICT hours in the group"},
    "director.pools_no": {"nl": "poolt de ICT-uren niet", "en": "does not pool its ICT hours"},
    "director.core_covered": {"nl": "Kerntaken gedekt", "en": "Core tasks covered"},
    "director.other_covered": {"nl": "Andere taken gedekt", "en": "Other tasks covered"},
    "director.central_here": {"nl": "Centrale dienst op school", "en": "Central service here"},
    "director.hours_per_week": {"nl": "uur per week", "en": "hours per week"},
    "director.tasks_of": {"nl": "{covered} van {total} taken",
                          "en": "{covered} of {total} tasks"},
    "director.hours_of": {"nl": "{covered} van {total} uur per week",
                          "en": "{covered} of {total} hours a week"},
    "director.tasks_hours": {"nl": "{count} {count|taak|taken}, {hours} uur per week",
                             "en": "{count} {count|task|tasks}, {hours} hours a week"},
    "director.todo": {"nl": "Wat te doen", "en": "What to do"},
    "director.todo_open_core": {
        "nl": "{count} {count|kerntaak|kerntaken} ({hours} uur per week) {count|blijft|blijven} "
              "open: zie 'Wat blijft open' voor wat {count|ze|elk ervan} nodig heeft.",
        "en": "{count} core {count|task|tasks} ({hours} hours a week) {count|stays|stay} open: "
              "see 'What stays open' for what {count|it|each} would take."},
    "director.todo_recruit": {
        "nl": "Aanwerven: {kind} voor {hours} uur per week ({diploma}).",
        "en": "Recruit: {kind} for {hours} hours a week ({diploma})."},
    "director.shared_post": {"nl": "Een gedeelde post, samen met {schools}.",
                             "en": "A shared post, together with {schools}."},
    "director.fits_envelope": {"nl": "Dat past binnen de ICT-envelop die nog vrij is.",
                               "en": "That fits in the ICT envelope still free."},
    "director.exceeds_envelope": {
        "nl": "Dat is meer dan de ICT-envelop die nog vrij is: BPT- of andere uren nodig.",
        "en": "That exceeds the ICT envelope still free: BPT or other hours are needed."},
    "director.todo_outsource": {
        "nl": "Uitbesteden: {count} {count|taak|taken}, {hours} uur per week. De school heeft "
              "{budget} per jaar aan werkingsmiddelen; vraag een firma of de koepel wat dit "
              "werk kost.",
        "en": "Outsource: {count} {count|task|tasks}, {hours} hours a week. The school has "
              "{budget} a year of operating budget; ask a firm or the umbrella body what this "
              "work costs."},
    "director.todo_defer": {
        "nl": "Uitstellen: {count} andere {count|taak|taken}, {hours} uur per week, tot er uren "
              "vrijkomen.",
        "en": "Defer: {count} other {count|task|tasks}, {hours} hours a week, until hours free "
              "up."},
    "director.todo_backup": {
        "nl": "{count} {count|kerntaak rust|kerntaken rusten} op één persoon: spreek een "
              "vervanger af en laat kennis delen.",
        "en": "{count} core {count|task rests|tasks rest} on one person: agree on a backup and "
              "share knowledge."},
    "director.who_here": {"nl": "Wie doet wat op onze school", "en": "Who does what at our school"},
    "director.cluster": {"nl": "cluster", "en": "cluster"},
    "director.funding": {"nl": "betaald uit", "en": "paid from"},
    "director.core_marked": {"nl": "Kerntaken zijn paars gemarkeerd.",
                             "en": "Core tasks are marked purple."},
    "director.nobody_here": {"nl": "Niemand van de school heeft taken in dit plan.",
                             "en": "Nobody of the school has tasks in this plan."},
    "director.group_for_us": {"nl": "Wat de groep voor ons doet",
                              "en": "What the group does for us"},
    "director.central_on_site": {"nl": "Taken van onze school door de centrale dienst",
                                 "en": "Tasks of our school done by the central service"},
    "director.bundled": {"nl": "Gebundeld: één keer centraal gedaan voor alle scholen die poolen",
                         "en": "Bundled: done once centrally for every pooling school"},
    "director.by": {"nl": "door", "en": "by"},
    "director.our_hours": {"nl": "onze uren/week", "en": "our hours/week"},
    "director.group_tasks": {"nl": "Groepstaken die gedekt zijn ({count})",
                             "en": "Group tasks that are covered ({count})"},
    "director.group_nothing": {"nl": "De groep doet in dit plan geen taken voor onze school.",
                               "en": "In this plan the group does no tasks for our school."},
    "director.not_pooling": {
        "nl": "De school poolt niet: de centrale dienst neemt geen taken van de school over.",
        "en": "The school does not pool: the central service takes over none of its tasks."},
    "director.open": {"nl": "Wat blijft open", "en": "What stays open"},
    "director.vulnerable": {"nl": "Kwetsbaar: kernwerk dat op één persoon rust",
                            "en": "Vulnerable: core work resting on one person"},
    "director.load_note": {
        "nl": "De mensen van de school en wie van de centrale dienst hier werkt: gebruikte "
              "uren per bron, grijs wat niet gebruikt is.",
        "en": "The school's people and central staff who work here: hours used per source, "
              "grey what is unused."},
    "director.pdf_unavailable": {
        "nl": "PDF niet gemaakt: WeasyPrint ontbreekt (pip install \"allocator[pdf]\"). Open "
              "de HTML in een browser en kies Afdrukken > Opslaan als PDF.",
        "en": "No PDF made: WeasyPrint is missing (pip install \"allocator[pdf]\"). Open the "
              "HTML in a browser and choose Print > Save as PDF."},
    "director.written": {"nl": "{count} schoolrapporten geschreven in {folder} (begin bij {index})",
                         "en": "{count} school reports written to {folder} (start at {index})"},
}
