"""Words of the web app (allocator/web): pages, buttons, messages (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    # frame
    "web.app": {"nl": "ICT-taakverdeler", "en": "ICT task planner"},
    "web.skip": {"nl": "Naar de inhoud", "en": "Skip to content"},
    "web.language": {"nl": "Taal", "en": "Language"},
    "web.steps": {"nl": "Stappen van dit plan", "en": "Steps of this plan"},
    "web.footer": {"nl": "Deze app draait op je eigen computer: de gegevens van je personeel "
                         "verlaten deze computer niet.",
                   "en": "This app runs on your own computer: your staff's data never leave "
                         "it."},
    "web.pseudonymised": {"nl": "Gepseudonimiseerd: namen en id's van personen zijn vervangen "
                                "door codes. De sleutel staat bij Downloads.",
                          "en": "Pseudonymised: people's names and ids are replaced by codes. "
                                "The key is under Downloads."},
    "web.tab.input": {"nl": "Invoer", "en": "Input"},
    "web.tab.solve": {"nl": "Oplossen", "en": "Solve"},
    "web.tab.plan": {"nl": "Plan", "en": "Plan"},
    "web.tab.whatif": {"nl": "Wat als", "en": "What if"},
    "web.tab.downloads": {"nl": "Downloads", "en": "Downloads"},
    "web.tab.after_solve": {"nl": "Beschikbaar zodra het plan klaar is",
                            "en": "Available once the plan is ready"},
    "web.missing.title": {"nl": "Niet gevonden", "en": "Not found"},
    "web.missing.text": {"nl": "Dit plan of deze pagina bestaat niet (meer). Plannen blijven "
                               "enkel bewaard zolang de app draait.",
                         "en": "This plan or page does not exist (any more). Plans are kept "
                               "only while the app runs."},
    "web.back_to_start": {"nl": "Terug naar het begin", "en": "Back to the start"},
    # common words
    "web.yes": {"nl": "ja", "en": "yes"},
    "web.no": {"nl": "nee", "en": "no"},
    "web.file": {"nl": "Bestand", "en": "File"},
    "web.status": {"nl": "Stand", "en": "Status"},
    "web.actions": {"nl": "Acties", "en": "Actions"},
    "web.delete": {"nl": "Verwijderen", "en": "Delete"},
    "web.delete_plan": {"nl": "Dit plan en de upload verwijderen",
                        "en": "Delete this plan and its upload"},
    "web.core": {"nl": "kerntaak", "en": "core"},
    "web.why": {"nl": "Waarom?", "en": "Why?"},
    "web.runners_up": {"nl": "Ook mogelijk:", "en": "Runners-up:"},
    "web.no_runners_up": {"nl": "Niemand anders kon dit doen volgens de regels.",
                          "en": "Nobody else could do this under the rules."},
    "web.hours_left": {"nl": "nog {hours} u vrij", "en": "{hours} h free"},
    "web.more": {"nl": "(alles tonen)", "en": "(show all)"},
    "web.nothing": {"nl": "Niets.", "en": "Nothing."},
    "web.all_covered": {"nl": "Alles gedekt.", "en": "Everything covered."},
    "web.no_risks": {"nl": "Geen kernwerk dat op één persoon rust.",
                     "en": "No core work rests on one person."},
    "web.all_schools": {"nl": "alle scholen", "en": "all schools"},
    "web.only_core": {"nl": "Enkel kerntaken", "en": "Core tasks only"},
    "web.filter": {"nl": "Toon", "en": "Show"},
    "web.pages": {"nl": "Pagina's", "en": "Pages"},
    "web.previous": {"nl": "Vorige", "en": "Previous"},
    "web.next": {"nl": "Volgende", "en": "Next"},
    "web.page_of": {"nl": "Pagina {page} van {pages}", "en": "Page {page} of {pages}"},
    "web.example_file": {"nl": "voorbeeldgroep", "en": "example-group"},
    "web.director_file": {"nl": "schoolrapporten", "en": "school-reports"},
    "web.vacancy_file": {"nl": "vacature", "en": "vacancy"},
    # statuses of a plan
    "web.status.queued": {"nl": "in de wachtrij", "en": "queued"},
    "web.status.running": {"nl": "bezig", "en": "running"},
    "web.status.done": {"nl": "klaar", "en": "done"},
    "web.status.failed": {"nl": "mislukt", "en": "failed"},
    # start
    "web.start.title": {"nl": "Een plan voor de ICT-coördinatie",
                        "en": "A plan for ICT coordination"},
    "web.start.lead": {"nl": "Verdeel de ICT-taken van je scholengroep eerlijk over de mensen "
                             "en uren die je hebt, en zie wat er niet gedekt raakt en waarom.",
                       "en": "Share your school group's ICT tasks fairly over the people and "
                             "hours you have, and see what stays uncovered and why."},
    "web.start.step1": {"nl": "Download de lege werkmap (of het voorbeeld) en vul je scholen "
                              "en mensen in.",
                        "en": "Download the empty workbook (or the example) and fill in your "
                              "schools and people."},
    "web.start.step2": {"nl": "Laad de werkmap op: de app controleert ze en zoekt het beste "
                              "plan.",
                        "en": "Upload the workbook: the app checks it and looks for the best "
                              "plan."},
    "web.start.step3": {"nl": "Lees het plan, probeer 'wat als' uit en download het resultaat.",
                        "en": "Read the plan, try 'what if' and download the result."},
    "web.start.workbook": {"nl": "1. Werkmap", "en": "1. Workbook"},
    "web.start.template": {"nl": "Lege werkmap (sjabloon)", "en": "Empty workbook (template)"},
    "web.start.template.help": {"nl": "met de takencatalogus al ingevuld",
                                "en": "with the task catalogue filled in"},
    "web.start.example": {"nl": "Voorbeeld van een scholengroep",
                          "en": "Example school group"},
    "web.start.example.help": {"nl": "ingevuld, om te bekijken of meteen te proberen",
                               "en": "filled in, to look at or try straight away"},
    "web.start.upload": {"nl": "2. Opladen en plannen", "en": "2. Upload and plan"},
    "web.start.plans": {"nl": "Plannen in deze sessie", "en": "Plans in this session"},
    "web.upload.label": {"nl": "Kies je werkmap of sleep ze hierheen",
                         "en": "Choose your workbook or drag it here"},
    "web.upload.help": {"nl": ".xlsx (of .yaml/.json), hoogstens 50 MiB",
                        "en": ".xlsx (or .yaml/.json), at most 50 MiB"},
    "web.upload.submit": {"nl": "Controleren en plannen", "en": "Check and plan"},
    "web.options": {"nl": "Opties (rekentijd, stappenplan)",
                    "en": "Options (time limit, guideline)"},
    "web.time_limit": {"nl": "Rekentijd (seconden)", "en": "Time limit (seconds)"},
    "web.time_limit.help": {"nl": "Alle fasen samen. Je kunt altijd vroeger stoppen: het beste "
                                  "plan tot dan blijft.",
                            "en": "All stages together. You can always stop earlier: the best "
                                  "plan so far is kept."},
    "web.guide": {"nl": "Stappenplan (optioneel)", "en": "Guideline (optional)"},
    "web.guide.help": {"nl": "Wie op stap 1, 2 of 3 'nee' antwoordt, krijgt een plan dat eerst "
                             "de technische kerntaken (en bij stap 3 de beleidstaken) dekt, "
                             "zoals het rapport aanraadt.",
                       "en": "Answering 'no' to step 1, 2 or 3 gives a plan that covers the "
                             "technical core tasks (and for step 3 the policy tasks) first, as "
                             "the report advises."},
    "web.guide.skip": {"nl": "weet niet", "en": "don't know"},
    "web.guide.focus": {"nl": "Focus", "en": "Focus"},
    "web.focus.none": {"nl": "geen (alle taken volgens belang)",
                       "en": "none (all tasks by importance)"},
    "web.focus.technical_core": {"nl": "technische kerntaken eerst",
                                 "en": "technical core tasks first"},
    "web.focus.technical_core_and_policy": {"nl": "technische kerntaken en beleidstaken eerst",
                                            "en": "technical core and policy tasks first"},
    # input check
    "web.check.title": {"nl": "Controle van de invoer", "en": "Input check"},
    "web.check.errors": {"nl": "{count} in {file}: er is nog geen plan gemaakt.",
                         "en": "{count} in {file}: no plan was made yet."},
    "web.check.fix": {"nl": "Verbeter ze in de werkmap (blad, rij en kolom staan erbij) en laad "
                            "ze opnieuw op.",
                      "en": "Fix them in the workbook (sheet, row and column are given) and "
                            "upload it again."},
    "web.check.table": {"nl": "Wat er moet veranderen", "en": "What needs to change"},
    "web.check.expected": {"nl": "Verwacht: {expected}", "en": "Expected: {expected}"},
    "web.check.again": {"nl": "Opnieuw opladen", "en": "Upload again"},
    "web.col.sheet": {"nl": "Blad", "en": "Sheet"},
    "web.col.row": {"nl": "Rij", "en": "Row"},
    "web.col.column": {"nl": "Kolom", "en": "Column"},
    "web.col.value": {"nl": "Waarde", "en": "Value"},
    "web.col.todo": {"nl": "Wat te doen", "en": "What to do"},
    "web.input.title": {"nl": "Invoer", "en": "Input"},
    "web.input.ok": {"nl": "{file} is gelezen zonder fouten.",
                     "en": "{file} was read without errors."},
    "web.input.focus": {"nl": "Focus volgens het stappenplan: {focus}.",
                        "en": "Focus from the guideline: {focus}."},
    "web.input.whatif": {"nl": "Dit is een 'wat als' op een eerder plan.",
                         "en": "This is a 'what if' on an earlier plan."},
    "web.input.parent": {"nl": "Naar het oorspronkelijke plan", "en": "To the original plan"},
    "web.input.warnings": {"nl": "Waarschuwingen", "en": "Warnings"},
    "web.input.warnings.help": {"nl": "Het plan wordt toch gemaakt; kijk na of dit klopt.",
                                "en": "The plan is made anyway; check that these are right."},
    "web.input.no_warnings": {"nl": "Geen waarschuwingen.", "en": "No warnings."},
    "web.input.to_solve": {"nl": "Naar het oplossen", "en": "To the solve"},
    "web.input.other": {"nl": "Een andere werkmap opladen", "en": "Upload another workbook"},
    "web.count.schools": {"nl": "Scholen", "en": "Schools"},
    "web.count.people": {"nl": "Personen", "en": "People"},
    "web.count.tasks": {"nl": "Taken", "en": "Tasks"},
    "web.count.preferences": {"nl": "Voorkeuren", "en": "Preferences"},
    "web.count.pins": {"nl": "Vaste toewijzingen", "en": "Fixed assignments"},
    # errors on requests
    "web.error.no_file": {"nl": "Kies eerst een werkmap.", "en": "Choose a workbook first."},
    "web.error.too_large": {"nl": "Dit bestand is groter dan 50 MiB, de grens voor een werkmap.",
                            "en": "This file is larger than 50 MiB, the limit for a workbook."},
    "web.error.queue_full": {"nl": "Alle rekenprocessen zijn bezig en de wachtrij is vol. "
                                   "Probeer het over een minuut opnieuw, of stop een lopend "
                                   "plan.",
                             "en": "Every solver is busy and the queue is full. Try again in a "
                                   "minute, or stop a running plan."},
    "web.error.not_done": {"nl": "Dit plan is nog niet klaar.",
                           "en": "This plan is not ready yet."},
    # solve
    "web.solve.title": {"nl": "Oplossen", "en": "Solve"},
    "web.solve.warnings": {"nl": "{count} bij het lezen.", "en": "{count} while reading."},
    "web.solve.see_warnings": {"nl": "Bekijk ze", "en": "See them"},
    "web.solve.progress": {"nl": "Voortgang", "en": "Progress"},
    "web.solve.time_used": {"nl": "Gebruikte rekentijd", "en": "Time used"},
    "web.solve.elapsed": {"nl": "Verstreken", "en": "Elapsed"},
    "web.solve.best": {"nl": "Beste waarde", "en": "Current best"},
    "web.solve.bound": {"nl": "Grens", "en": "Bound"},
    "web.solve.stages": {"nl": "Fasen", "en": "Stages"},
    "web.solve.stages.help": {"nl": "De fasen na elkaar, elk zonder te verliezen wat de vorige "
                                    "bereikte: kerntaken (zoveel mogelijk kerntaken dekken), "
                                    "andere taken (zoveel mogelijk andere taken), zo weinig "
                                    "mogelijk wijzigen (alleen bij een vorig plan of een "
                                    "wat-als: zoveel mogelijk van dat plan behouden), "
                                    "voorkeuren (de voorkeuren volgen, met zo weinig mogelijk "
                                    "scholen per persoon). Met een stappenplan komt er eerst "
                                    "een fase focus. Een fase is bewezen optimaal als haar "
                                    "beste waarde de grens bereikt; anders zegt de afstand "
                                    "hoeveel beter het hoogstens nog kan.",
                              "en": "The stages one after the other, each without losing what "
                                    "the earlier ones reached: core tasks (cover as many core "
                                    "tasks as possible), other tasks (as many other tasks), as "
                                    "few changes as possible (only with a previous plan or a "
                                    "what-if: keep as much of that plan as possible), "
                                    "preferences (follow the preferences, with as few schools "
                                    "per person as possible). With a guideline, a focus stage "
                                    "comes first. A stage is proven optimal when its best value "
                                    "reaches the bound; otherwise the distance says how much "
                                    "better it could be at most."},
    "web.solve.stop": {"nl": "Stoppen en het beste plan houden",
                       "en": "Stop and keep the best plan"},
    "web.solve.stop.help": {"nl": "Het beste plan tot nu toe blijft bewaard.",
                            "en": "The best plan so far is kept."},
    "web.solve.done": {"nl": "Het plan is klaar", "en": "The plan is ready"},
    "web.solve.done.optimal": {"nl": "Bewezen het beste plan binnen de regels: elke fase is "
                                     "bewezen optimaal.",
                               "en": "Proven the best plan within the rules: every stage is "
                                     "proven optimal."},
    "web.solve.done.feasible": {"nl": "Een goed plan, maar niet bewezen het beste (meer "
                                      "rekentijd kan helpen).",
                                "en": "A good plan, not proven the best (more time may "
                                      "help)."},
    "web.solve.interrupted": {"nl": "Gestopt op jouw vraag: dit is het beste plan tot dan.",
                              "en": "Stopped at your request: this is the best plan until "
                                    "then."},
    "web.solve.to_plan": {"nl": "Bekijk het plan", "en": "View the plan"},
    "web.solve.to_compare": {"nl": "Vergelijk met het oorspronkelijke plan",
                             "en": "Compare with the original plan"},
    "web.solve.failed": {"nl": "Er is geen plan", "en": "There is no plan"},
    "web.solve.try_again": {"nl": "Opnieuw beginnen", "en": "Start again"},
    "web.stage.focus": {"nl": "focus (stappenplan)", "en": "focus (guideline)"},
    "web.stage.core": {"nl": "kerntaken", "en": "core tasks"},
    "web.stage.noncore": {"nl": "andere taken", "en": "other tasks"},
    "web.stage.stability": {"nl": "zo weinig mogelijk wijzigen", "en": "as few changes as "
                                                                      "possible"},
    "web.stage.preferences": {"nl": "voorkeuren", "en": "preferences"},
    "web.failed.pins": {"nl": "De vaste toewijzingen kunnen niet: {detail}",
                        "en": "The fixed assignments cannot hold: {detail}"},
    "web.failed.infeasible": {"nl": "De vaste toewijzingen en de regels spreken elkaar tegen.",
                              "en": "The fixed assignments and the rules contradict each "
                                    "other."},
    "web.failed.no_plan": {"nl": "Geen plan gevonden binnen de rekentijd: probeer opnieuw met "
                                 "meer seconden.",
                           "en": "No plan found within the time limit: try again with more "
                                 "seconds."},
    "web.failed.unknown": {"nl": "Geen plan gevonden binnen de rekentijd: probeer opnieuw met "
                                 "meer seconden.",
                           "en": "No plan found within the time limit: try again with more "
                                 "seconds."},
    "web.failed.stopped": {"nl": "Gestopt voordat er een plan was.",
                           "en": "Stopped before there was a plan."},
    "web.failed.cancelled": {"nl": "Gestopt voordat het oplossen begon.",
                             "en": "Stopped before solving began."},
    "web.failed.crashed": {"nl": "Het rekenproces van dit plan stopte onverwacht. De app "
                                 "draait verder: probeer opnieuw, en meld het als het blijft "
                                 "gebeuren.",
                           "en": "The solver process of this plan stopped unexpectedly. The "
                                 "app keeps running: try again, and report it if it keeps "
                                 "happening."},
    "web.failed.no_worker": {"nl": "Het rekenproces kon niet starten. Herstart de app "
                                   "(allocator serve) en meld het als het blijft gebeuren.",
                             "en": "The solver process could not start. Restart the app "
                                   "(allocator serve) and report it if it keeps happening."},
    "web.failed.error": {"nl": "Er ging iets mis bij dit plan.",
                         "en": "Something went wrong with this plan."},
    "web.failed.check": {"nl": "Het plan haalde de onafhankelijke controle niet.",
                         "en": "The plan failed the independent check."},
    "web.failed.too_large": {"nl": "Deze groep is te groot om te plannen.",
                             "en": "This group is too large to plan."},
    # words the progress script shows
    "web.js.queued": {"nl": "in de wachtrij", "en": "queued"},
    "web.js.running": {"nl": "bezig", "en": "running"},
    "web.js.done": {"nl": "klaar", "en": "done"},
    "web.js.failed": {"nl": "mislukt", "en": "failed"},
    "web.js.stage": {"nl": "fase", "en": "stage"},
    "web.js.stopping": {"nl": "wordt gestopt…", "en": "stopping…"},
    "web.js.elapsed": {"nl": "verstreken", "en": "elapsed"},
    "web.js.compiled": {"nl": "invoer omgezet, fase 1 bezig",
                        "en": "input compiled, stage 1 running"},
    "web.js.writing": {"nl": "plan en uitleg worden geschreven",
                       "en": "writing the plan and its explanations"},
    "web.js.best": {"nl": "beste", "en": "best"},
    "web.js.bound": {"nl": "grens", "en": "bound"},
    "web.js.seconds": {"nl": "s", "en": "s"},
    "web.js.crashed": {"nl": "rekenproces gestopt", "en": "solver process stopped"},
    "web.js.status.optimal": {"nl": "optimaal", "en": "optimal"},
    "web.js.status.feasible": {"nl": "haalbaar", "en": "feasible"},
    "web.js.status.infeasible": {"nl": "onhaalbaar", "en": "infeasible"},
    "web.js.status.unknown": {"nl": "niets gevonden", "en": "nothing found"},
    # plan
    "web.plan.title": {"nl": "Het plan", "en": "The plan"},
    "web.plan.sections": {"nl": "Onderdelen", "en": "Sections"},
    "web.plan.summary": {"nl": "Samenvatting voor de directie", "en": "Summary for management"},
    "web.plan.schools": {"nl": "Per school", "en": "Per school"},
    "web.plan.schools.help": {"nl": "Klik een school voor wie wat doet, de uren per budget en "
                                    "wat open blijft.",
                              "en": "Open a school for who does what, hours per budget and "
                                    "what stays open."},
    "web.plan.group": {"nl": "Werk op groepsniveau", "en": "Group-level work"},
    "web.plan.group.help": {"nl": "Taken voor de hele groep en gebundelde taken voor de poolende "
                                  "scholen.",
                            "en": "Tasks for the whole group and bundled tasks for the pooling "
                                  "schools."},
    "web.plan.people": {"nl": "Per persoon", "en": "Per person"},
    "web.plan.people.help": {"nl": "Belasting per financieringsbron: gekleurd is gebruikt, grijs "
                                   "is beschikbaar.",
                             "en": "Load per funding source: coloured is used, grey is "
                                   "available."},
    "web.plan.uncovered": {"nl": "Niet gedekt", "en": "Uncovered"},
    "web.plan.uncovered.top": {"nl": "De belangrijkste {shown} van {total}",
                               "en": "The {shown} most important of {total}"},
    "web.plan.uncovered.all": {"nl": "Alle {total} niet-gedekte taken",
                               "en": "All {total} uncovered tasks"},
    "web.plan.uncovered.core": {"nl": "Enkel kerntaken", "en": "Core tasks only"},
    "web.plan.risks": {"nl": "Kwetsbaar: kernwerk op één persoon",
                       "en": "Fragile: core work resting on one person"},
    "web.plan.risks.help": {"nl": "Niemand anders kan dit overnemen. Deel de kennis, zorg voor "
                                  "een back-up.",
                            "en": "Nobody else could take this over. Share the knowledge, "
                                  "arrange a backup."},
    "web.plan.risks.top": {"nl": "De eerste {shown} van {total}",
                           "en": "The first {shown} of {total}"},
    "web.plan.risks.all": {"nl": "Alle {total}", "en": "All {total}"},
    "web.sum.core": {"nl": "Kerntaken gedekt", "en": "Core tasks covered"},
    "web.sum.noncore": {"nl": "Andere taken gedekt", "en": "Other tasks covered"},
    "web.sum.covered_of": {"nl": "{covered} van {total} taken; {hours} van {hours_total} uur per "
                                 "week",
                           "en": "{covered} of {total} tasks; {hours} of {hours_total} hours a "
                                 "week"},
    "web.sum.open_core": {"nl": "Kerntaken niet gedekt", "en": "Core tasks uncovered"},
    "web.sum.recommendations": {"nl": "Voor alle open taken:", "en": "For all open tasks:"},
    "web.sum.fragile": {"nl": "Kernwerk op één persoon", "en": "Core work on one person"},
    "web.sum.fragile.help": {"nl": "zonder iemand die het kan overnemen",
                             "en": "with nobody who could take it over"},
    "web.sum.hours": {"nl": "Uren per week per financieringsbron",
                      "en": "Hours a week per funding source"},
    "web.sum.people": {"nl": "{working} van {total} personen hebben taken; {assignments} "
                             "toewijzingen.",
                       "en": "{working} of {total} people have tasks; {assignments} "
                             "assignments."},
    "web.col.person": {"nl": "Persoon", "en": "Person"},
    "web.col.task": {"nl": "Taak", "en": "Task"},
    "web.col.school": {"nl": "School", "en": "School"},
    "web.col.hours": {"nl": "Uren", "en": "Hours"},
    "web.col.funding": {"nl": "Financiering", "en": "Funding"},
    "web.col.why": {"nl": "Uitleg", "en": "Explanation"},
    "web.col.reason": {"nl": "Waarom niet gedekt", "en": "Why uncovered"},
    "web.col.recommendation": {"nl": "Aanbeveling", "en": "Recommendation"},
    "web.col.would_take": {"nl": "Wat nodig is", "en": "What it would take"},
    "web.col.rests_on": {"nl": "Rust op", "en": "Rests on"},
    "web.col.used": {"nl": "gebruikt", "en": "used"},
    "web.col.available": {"nl": "beschikbaar", "en": "available"},
    "web.col.share": {"nl": "Aandeel", "en": "Share"},
    "web.col.pools": {"nl": "Poolt", "en": "Pools"},
    "web.col.open_core": {"nl": "Open kerntaken", "en": "Open core tasks"},
    "web.col.site": {"nl": "Plaats", "en": "Site"},
    "web.col.load": {"nl": "Belasting", "en": "Load"},
    "web.col.hours_used": {"nl": "Uren gebruikt / beschikbaar", "en": "Hours used / available"},
    "web.col.tasks": {"nl": "Taken", "en": "Tasks"},
    "web.col.cluster": {"nl": "Cluster", "en": "Cluster"},
    "web.col.covered": {"nl": "Gedekt", "en": "Covered"},
    "web.col.stage": {"nl": "Fase", "en": "Stage"},
    "web.col.result": {"nl": "Resultaat", "en": "Result"},
    "web.col.seconds": {"nl": "Seconden", "en": "Seconds"},
    "web.col.profile": {"nl": "Profiel", "en": "Profile"},
    "web.col.envelope": {"nl": "Past in de ICT-envelop", "en": "Fits the ICT envelope"},
    "web.school.facts": {"nl": "Niveau {level}, {pupils} leerlingen.",
                         "en": "Level {level}, {pupils} pupils."},
    "web.school.pools": {"nl": "Legt ICT-middelen samen op groepsniveau (poolt).",
                         "en": "Pools its ICT resources at group level."},
    "web.school.own": {"nl": "Regelt ICT zelf (poolt niet).",
                       "en": "Runs its own ICT (does not pool)."},
    "web.school.hours": {"nl": "Uren voor deze school", "en": "Hours for this school"},
    "web.school.coverage": {"nl": "Dekking per cluster", "en": "Coverage per cluster"},
    "web.school.who": {"nl": "Wie doet wat", "en": "Who does what"},
    "web.school.bundled": {"nl": "Voor deze poolende school doet de groep ook de gebundelde "
                                 "taken: {tasks}.",
                           "en": "For this pooling school the group also does the bundled "
                                 "tasks: {tasks}."},
    "web.school.open": {"nl": "Open taken van deze school", "en": "Open tasks of this school"},
    "web.person.facts": {"nl": "Plaats: {site}. Rol: {role}.", "en": "Site: {site}. Role: {role}."},
    "web.person.load": {"nl": "Belasting per financieringsbron", "en": "Load per funding source"},
    "web.person.schools": {"nl": "Werkt voor", "en": "Works for"},
    "web.person.tasks": {"nl": "Taken", "en": "Tasks"},
    "web.person.risks": {"nl": "Kernwerk dat enkel op deze persoon rust",
                         "en": "Core work resting on this person alone"},
    "web.person.risks.help": {"nl": "Niemand anders kan dit overnemen.",
                              "en": "Nobody else could take this over."},
    "web.uncovered.page": {"nl": "{total} taken, pagina {page} van {pages}",
                           "en": "{total} tasks, page {page} of {pages}"},
    # what-if
    "web.whatif.title": {"nl": "Wat als…?", "en": "What if…?"},
    "web.whatif.lead": {"nl": "Verander iets en plan opnieuw vanuit dit plan: wat kan blijven, "
                              "blijft. Vul één of meer onderdelen in.",
                        "en": "Change something and re-plan from this plan: what can stay, "
                              "stays. Fill in one or more parts."},
    "web.whatif.badge": {"nl": "wat als", "en": "what if"},
    "web.whatif.leaves": {"nl": "Iemand vertrekt", "en": "Someone leaves"},
    "web.whatif.hours": {"nl": "Uren veranderen", "en": "Hours change"},
    "web.whatif.new_hours": {"nl": "Nieuw aantal uren per week", "en": "New hours a week"},
    "web.whatif.pooling": {"nl": "Een school poolt of niet", "en": "A school pools or not"},
    "web.whatif.pools_now": {"nl": "poolt nu", "en": "pools now"},
    "web.whatif.own_now": {"nl": "poolt nu niet", "en": "does not pool now"},
    "web.whatif.pool_action": {"nl": "Wordt", "en": "Becomes"},
    "web.whatif.pool": {"nl": "poolt", "en": "pools"},
    "web.whatif.unpool": {"nl": "poolt niet", "en": "does not pool"},
    "web.whatif.task": {"nl": "Een taak", "en": "A task"},
    "web.whatif.task_action": {"nl": "Wordt", "en": "Becomes"},
    "web.whatif.drop": {"nl": "geschrapt", "en": "dropped"},
    "web.whatif.make_core": {"nl": "kerntaak", "en": "a core task"},
    "web.whatif.make_not_core": {"nl": "geen kerntaak", "en": "not a core task"},
    "web.whatif.submit": {"nl": "Opnieuw plannen", "en": "Re-plan"},
    "web.whatif.submit.help": {"nl": "Het huidige plan blijft bestaan.",
                               "en": "The current plan stays as it is."},
    "web.whatif.none": {"nl": "Kies minstens één verandering.",
                        "en": "Choose at least one change."},
    "web.whatif.earlier": {"nl": "Eerdere 'wat als' op dit plan",
                           "en": "Earlier 'what ifs' on this plan"},
    "web.change.person_leaves": {"nl": "{person} vertrekt", "en": "{person} leaves"},
    "web.change.person_hours": {"nl": "{person}: {hours} u {source}",
                                "en": "{person}: {hours} h {source}"},
    "web.change.pool": {"nl": "{schools} poolt", "en": "{schools} pools"},
    "web.change.unpool": {"nl": "{schools} poolt niet meer", "en": "{schools} stops pooling"},
    "web.change.task_drop": {"nl": "{task} geschrapt", "en": "{task} dropped"},
    "web.change.task_core_yes": {"nl": "{task} wordt een kerntaak",
                                 "en": "{task} becomes a core task"},
    "web.change.task_core_no": {"nl": "{task} is geen kerntaak meer",
                                "en": "{task} is no longer a core task"},
    "web.change.other": {"nl": "verandering: {kind}", "en": "change: {kind}"},
    "web.compare.title": {"nl": "Wat als: het verschil", "en": "What if: the difference"},
    "web.compare.changes": {"nl": "Veranderd ten opzichte van het oorspronkelijke plan:",
                            "en": "Changed from the original plan:"},
    "web.compare.parent": {"nl": "Oorspronkelijk plan", "en": "Original plan"},
    "web.compare.new_plan": {"nl": "Nieuw plan in detail", "en": "New plan in detail"},
    "web.compare.another": {"nl": "Nog een 'wat als'", "en": "Another 'what if'"},
    "web.compare.totals": {"nl": "Naast elkaar", "en": "Side by side"},
    "web.compare.before": {"nl": "Voor", "en": "Before"},
    "web.compare.after": {"nl": "Na", "en": "After"},
    "web.compare.assignments": {"nl": "Toewijzingen", "en": "Assignments"},
    "web.compare.kept": {"nl": "{kept} toewijzingen bleven ({share}).",
                         "en": "{kept} assignments were kept ({share})."},
    "web.compare.schools": {"nl": "Scholen waar de dekking verandert",
                            "en": "Schools whose coverage changes"},
    "web.compare.no_school_change": {"nl": "Geen school verandert van dekking.",
                                     "en": "No school's coverage changes."},
    "web.compare.moved": {"nl": "Taken die naar iemand anders gaan",
                          "en": "Tasks that go to someone else"},
    "web.compare.new": {"nl": "Taken die nu gedekt zijn", "en": "Tasks covered now"},
    "web.compare.dropped": {"nl": "Taken die niet meer gedekt zijn",
                            "en": "Tasks no longer covered"},
    # downloads
    "web.downloads.title": {"nl": "Downloads", "en": "Downloads"},
    "web.downloads.xlsx": {"nl": "Plan als Excel-werkmap (plan.xlsx)",
                           "en": "Plan as an Excel workbook (plan.xlsx)"},
    "web.downloads.xlsx.help": {"nl": "Plan, personen, dekking, niet gedekt, uitleg, "
                                      "samenvatting.",
                                "en": "Plan, people, coverage, uncovered, explanation, "
                                      "summary."},
    "web.downloads.json": {"nl": "Plan als JSON (plan.json)", "en": "Plan as JSON (plan.json)"},
    "web.downloads.json.help": {"nl": "Voor andere programma's en 'allocator check'.",
                                "en": "For other programs and 'allocator check'."},
    "web.downloads.vacancies": {"nl": "Ontwerpen van vacatures ({count}, zip)",
                                "en": "Vacancy drafts ({count}, zip)"},
    "web.downloads.vacancies.help": {"nl": "Eén tekst per profiel voor het werk dat aanwerving "
                                           "vraagt.",
                                     "en": "One text per profile for the work that calls for "
                                           "recruitment."},
    "web.downloads.no_vacancies": {"nl": "Geen vacatures: geen open werk vraagt aanwerving.",
                                   "en": "No vacancies: no open work calls for recruitment."},
    "web.downloads.director": {"nl": "Rapport voor elke directeur (zip)",
                               "en": "A report for each director (zip)"},
    "web.downloads.director.help": {
        "nl": "Per school: wie wat doet, wat de groep doet, wat open blijft en wat eraan te "
              "doen. Open index.html; afdrukken of als PDF bewaren kan vanuit de browser. Bij "
              "veel scholen duurt het maken even.",
        "en": "Per school: who does what, what the group does, what stays open and what to do "
              "about it. Open index.html; print or save as PDF from the browser. With many "
              "schools this takes a while."},
    "web.downloads.key": {"nl": "Sleutel van de pseudoniemen", "en": "Pseudonym key"},
    "web.downloads.key.help": {"nl": "Zet de codes terug om naar namen. Bewaar hem apart.",
                               "en": "Maps the codes back to names. Keep it apart."},
    "web.downloads.lang": {"nl": "Taal van de bestanden: {language}.",
                           "en": "Language of the files: {language}."},
    "web.downloads.profiles": {"nl": "Profielen om aan te werven", "en": "Profiles to recruit"},
    "web.downloads.delete.help": {"nl": "Klaar? Verwijder het plan en de opgeladen werkmap van "
                                        "deze computer.",
                                  "en": "Done? Delete the plan and the uploaded workbook from "
                                        "this computer."},
}
