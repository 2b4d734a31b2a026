"""--help in Dutch (ALLOCATOR_LANG=nl or a Dutch locale): commands and options.

Keys: ``help.cmd.<command path>`` for a command's description (``main`` for allocator
itself, ``scenarios.run`` for a subcommand), ``help.opt.<command path>.<option>`` for one
command's option, ``help.opt.<option>`` for an option several commands share. The English
texts are the ones in the code (allocator/cli); ``en`` here repeats them for completeness.
Click's own words (Usage, Options, errors) are in allocator/cli/help_lang.py.
"""

_CATALOGUE_VERSION_NL = ("Versie van de meegeleverde takencatalogus voor invoer zonder blad "
                         "Taken [standaard: 2; 1 = de catalogus van voor de rollen, om te "
                         "vergelijken].")
_CATALOGUE_VERSION_EN = ("Version of the shipped task catalogue for inputs without a "
                         "Taken/Tasks sheet [default: 2; 1 = the catalogue before roles, for "
                         "comparisons].")

WORDS: dict[str, dict[str, str]] = {
    # commands
    "help.cmd.main": {
        "nl": "Verdeel de ICT-coördinatietaken over de mensen en uren van een scholengroep.",
        "en": "Plan ICT-coordination tasks over the people and hours of a school group."},
    "help.cmd.check": {
        "nl": "Controleer een plan (planwerkmap .xlsx of .json) tegen INVOER met de "
              "onafhankelijke controle.",
        "en": "Check a plan (plan workbook .xlsx or .json) against INPUT with the independent "
              "checker."},
    "help.cmd.demo": {"nl": "Los de meegeleverde voorbeeldgroep op en schrijf het plan.",
                      "en": "Solve the embedded example school group and write its plan."},
    "help.cmd.explain": {
        "nl": "Leg een plan uit (.xlsx of .json): waarom elke leemte, wat ze zou vragen, wie "
              "een enig aanspreekpunt is.",
        "en": "Explain a plan (.xlsx or .json): why each gap, what it would take, who is a "
              "single point of failure."},
    "help.cmd.generate": {"nl": "Schrijf een realistische, synthetische scholengroep (met seed).",
                          "en": "Write a realistic, seeded synthetic school group."},
    "help.cmd.guide": {
        "nl": "Doorloop het stappenplan van het rapport (stappen 1-7) en toon de checklist en "
              "de focus van het plan.",
        "en": "Walk the report's guideline (steps 1-7) and print the checklist and the plan "
              "focus."},
    "help.cmd.recruit": {
        "nl": "Bundel niet-gedekt werk met aanbeveling 'aanwerven' tot posten en schrijf "
              "ontwerpvacatures.\n\nWerk van één rol wordt samengevoegd over de scholen die "
              "poolen in een regio (groepsbreed voor centraal werk) tot een post "
              "--min-post-hours haalt; kleiner werk wordt een voorstel om het toe te voegen "
              "aan de opdracht van de collega die het best past. Werk van de directie wordt "
              "nooit een vacature. Ontwerpen van een gepseudonimiseerd plan noemen scholen "
              "enkel bij hun id.",
        "en": "Group uncovered work marked 'recruit' into posts and write vacancy drafts."},
    "help.cmd.report": {
        "nl": "Schrijf een rapport per directeur: wie wat doet op de school, wat de groep voor "
              "haar doet, wat open blijft en wat eraan te doen (HTML; PDF waar mogelijk).",
        "en": "Write a report for each school's director (HTML; PDF where possible)."},
    "help.cmd.scenarios": {
        "nl": "Wat-als-scenario's en sweeps (lokale processen of een Dask-cluster).\n\n"
              "Afsluitcodes: 0 alles opgelost; 2 fout in de invoer; 3 sommige varianten of "
              "punten mislukt (de resultaten van de andere zijn geschreven, de mislukte staan "
              "als 'mislukt' in de tabellen en grafieken); 4 alles mislukt; 6 de Dask-cluster "
              "kan het werk niet doen; 130 onderbroken (--resume gaat verder).",
        "en": "What-if scenarios and sweeps (local processes or a Dask cluster).\n\n"
              "Exit codes: 0 everything solved; 2 input error; 3 some variants or points "
              "failed (the others' results are written, the failed ones are marked 'failed' "
              "in the tables and plots); 4 every one failed; 6 the Dask cluster cannot run the "
              "work; 130 interrupted (--resume goes on)."},
    "help.cmd.scenarios.run": {
        "nl": "Los elke variant van een scenariobestand FILE op en schrijf de vergelijking en "
              "de grafieken.\n\nAfsluitcode 3: sommige varianten mislukt (de andere zijn "
              "geschreven, de mislukte staan als 'mislukt: <reden>' in de tabellen); 4: alle "
              "varianten mislukt.",
        "en": "Solve every variant of a scenario FILE and write the comparison and plots."},
    "help.cmd.scenarios.sweep": {
        "nl": "Sweep over groepsgrootte × aandeel dat poolt × ICT-budget, op gegenereerde "
              "groepen.",
        "en": "Sweep group size × pooled share × ICT budget over generated groups."},
    "help.cmd.serve": {
        "nl": "Start de webapp: laad een werkmap op, volg het rekenen, lees en download het "
              "plan.",
        "en": "Start the web app: upload a workbook, follow the solve, read and download the "
              "plan."},
    "help.cmd.show-versions": {
        "nl": "Toon de versies van allocator en zijn onderdelen, voor een foutmelding.",
        "en": "Print versions of allocator and its dependencies, for bug reports."},
    "help.cmd.solve": {"nl": "Los INVOER op (.xlsx, .yaml of .json) en schrijf het plan.",
                       "en": "Solve INPUT (.xlsx, .yaml or .json) and write the plan."},
    "help.cmd.template": {
        "nl": "Schrijf een invoerwerkmap die zichzelf uitlegt: instructies, opmerkingen bij "
              "de kolomkoppen, keuzelijsten en de standaardtakencatalogus; --example vult een "
              "voorbeeldgroep in.",
        "en": "Write an input workbook that explains itself; --example fills in an example "
              "group."},
    # options shared by several commands
    "help.opt.verbose": {"nl": "Meer meldingen op stderr (-vv: het logboek van de solver).",
                         "en": "More log output on stderr (-vv: solver log)."},
    "help.opt.lang": {"nl": "Taal van wat een schoolgebruiker leest.",
                      "en": "Language of what a school user reads."},
    "help.opt.catalogue": {
        "nl": "replace: een blad Taken vervangt de standaardcatalogus; extend: het vult hem "
              "aan (rijen met een bestaande id vervangen die taak).",
        "en": "replace: a Taken/Tasks sheet replaces the default catalogue; extend: it extends "
              "it (rows with a default id override that task)."},
    "help.opt.catalogue_version": {"nl": _CATALOGUE_VERSION_NL, "en": _CATALOGUE_VERSION_EN},
    "help.opt.key_file": {
        "nl": "Sleutelbestand van een gepseudonimiseerd plan (van 'solve --pseudonymise "
              "--key-file').",
        "en": "Key file of a pseudonymised plan (from 'solve --pseudonymise --key-file')."},
    "help.opt.output": {"nl": "Waar de uitvoer komt.", "en": "Where the output goes."},
    "help.opt.time_limit": {"nl": "Seconden voor alle fasen samen.",
                            "en": "Seconds for all stages together."},
    "help.opt.seed": {"nl": "Seed voor het toeval (zelfde seed, zelfde resultaat).",
                      "en": "Random seed (the same seed gives the same result)."},
    "help.opt.fmt": {"nl": "Uitvoerformaat.", "en": "Output format."},
    "help.opt.parallel": {"nl": "Aantal berekeningen tegelijk (lokale processen of "
                                "Dask-workers).",
                          "en": "Solves in parallel (local processes or Dask workers)."},
    "help.opt.dask": {"nl": "Reken op een Dask-cluster (tcp://host:poort) of een LocalCluster.",
                      "en": "Run on a Dask cluster (tcp://host:port) or a LocalCluster."},
    "help.opt.schools": {"nl": "Aantal scholen.", "en": "Number of schools."},
    "help.opt.pool_share": {"nl": "Kans dat een school haar ICT-uren poolt.",
                            "en": "Chance that a school pools its ICT hours."},
    "help.opt.pseudonymise": {
        "nl": "Vervang de id's en namen van personen door vaste codes in elke uitvoer.",
        "en": "Replace people's ids and names by stable codes in every output."},
    # solve
    "help.opt.solve.outputs": {
        "nl": "Planbestand: .xlsx (de planwerkmap) of .json; herhaal om beide te schrijven "
              "(-o plan.xlsx -o plan.json: hetzelfde plan). - voor standaarduitvoer "
              "[standaard: INVOER-plan.xlsx].",
        "en": "Plan file: .xlsx (the plan workbook) or .json; repeat to write both."},
    "help.opt.solve.fmt": {
        "nl": "Formaat voor -o - (standaarduitvoer, standaard json) en voor namen zonder .xlsx "
              "of .json; anders beslist de extensie van het bestand.",
        "en": "Format for -o - (standard output) and names without .xlsx or .json."},
    "help.opt.solve.guide_file": {
        "nl": "Antwoorden op de vragen van het stappenplan (YAML, zie 'allocator guide'): "
              "zet de focus van het plan zoals het rapport aanraadt.",
        "en": "Answers to the guideline's questions (YAML, see 'allocator guide')."},
    "help.opt.solve.previous_path": {
        "nl": "Een vorig plan (planwerkmap .xlsx of .json): behoud er zoveel mogelijk van (na "
              "de dekking) en meld wat er verandert.",
        "en": "A previous plan (plan workbook .xlsx or .json): keep as much of it as possible."},
    "help.opt.solve.key_file": {
        "nl": "Met --pseudonymise: JSON-bestand met het geheim en de originelen van de codes "
              "(aangemaakt als het niet bestaat, hergebruikt voor vaste codes).",
        "en": "With --pseudonymise: JSON file holding the secret and the codes' originals."},
    "help.opt.solve.workers": {
        "nl": "Zoekprocessen van CP-SAT (0: één per kern). 1 (standaard) geeft telkens "
              "hetzelfde plan; meer werken als portfolio op de klok, nooit herhaalbaar.",
        "en": "CP-SAT search workers (0: one per core); 1 is repeatable."},
    "help.opt.solve.time_limit": {
        "nl": "Seconden op de klok voor het hele commando (lezen, alle fasen, schrijven): een "
              "plafond. Een plan dat erdoor werd afgebroken, is niet herhaalbaar.",
        "en": "Wall-clock seconds for the whole command: a cap."},
    "help.opt.solve.work_limit": {
        "nl": "Met één zoekproces: het deterministische werk van CP-SAT voor alle fasen samen "
              "[standaard: 0,25 x --time-limit]. Een plan dat binnen dit werk en de tijdslimiet "
              "klaar is, is herhaalbaar: dezelfde invoer geeft hetzelfde plan, ook op een "
              "drukke machine.",
        "en": "With one worker: CP-SAT's deterministic work for all stages together."},
    "help.opt.solve.seed": {"nl": "Seed van CP-SAT.", "en": "CP-SAT random seed."},
    "help.opt.solve.backend": {
        "nl": "auto: CP-SAT, en als dat een exacte fase niet bewijst binnen 15 % van haar "
              "tijd en de fase lang genoeg is voor HiGHS (ongeveer 1 ms per mogelijke "
              "toewijzing), gaat HiGHS verder (eerst op de LP-kern van de fase als die veel "
              "kleiner is, dan op het hele programma; bewijst grote groepen); cpsat: enkel CP-SAT; "
              "highs: het hele programma als MIP in HiGHS. Met --workers 1 (standaard) blijft "
              "een fase die HiGHS bewijst herhaalbaar.",
        "en": "auto, cpsat or highs."},
    # demo, template, generate
    "help.opt.demo.output": {"nl": "Waar het voorbeeldplan komt (.xlsx of .json, - voor JSON "
                                   "op het scherm).",
                             "en": "Where to write the demo plan (.xlsx or .json, - for JSON "
                                   "on stdout)."},
    "help.opt.template.output": {"nl": "Waar de sjabloonwerkmap komt [standaard: "
                                       "template-<taal>.xlsx].",
                                 "en": "Where to write the template [default: "
                                       "template-<lang>.xlsx]."},
    "help.opt.template.example": {
        "nl": "Vul een voorbeeldscholengroep in (5 scholen, 25 personen) die oplosbaar is.",
        "en": "Fill in an example school group (5 schools, 25 people) that solves."},
    "help.opt.generate.levels": {
        "nl": "Onderwijsniveaus om uit te kiezen, met komma's (basis, secundair, "
              "buitengewoon, volwassenen).",
        "en": "Comma-separated school levels to draw from."},
    "help.opt.generate.with_catalogue": {"nl": "Schrijf ook de takencatalogus in het bestand.",
                                         "en": "Write the task catalogue into the file too."},
    "help.opt.generate.output": {"nl": ".xlsx, .yaml of .json", "en": ".xlsx, .yaml or .json"},
    # check, explain, recruit, report
    "help.opt.check.key_file": {"nl": "Sleutelbestand van een gepseudonimiseerd plan.",
                                "en": "Key file of a pseudonymised plan."},
    "help.opt.explain.task_id": {"nl": "Enkel deze taak.", "en": "Only this task."},
    "help.opt.explain.school_id": {"nl": "Enkel deze school (of 'groep').",
                                   "en": "Only this school (or 'group')."},
    "help.opt.explain.person_id": {"nl": "Enkel deze persoon.", "en": "Only this person."},
    "help.opt.explain.fmt": {"nl": "text, json of md (markdown).", "en": "text, json or md."},
    "help.opt.explain.top": {"nl": "Hoeveel items per deel in tekst en markdown.",
                             "en": "How many items per section in text and markdown."},
    "help.opt.explain.what_if_person": {
        "nl": "Met --task (en --school): los opnieuw op met deze persoon erop en zeg wat het "
              "kost.",
        "en": "With --task (and --school): re-solve with this person on it."},
    "help.opt.recruit.folder": {"nl": "Map voor één ontwerpvacature (markdown) per post.",
                                "en": "Folder for one markdown vacancy draft per post."},
    "help.opt.recruit.fmt": {
        "nl": "md: ontwerpvacatures in de map; json: de posten (plaats of regio, rol, uren, "
              "taken) en de voorstellen 'toevoegen aan een bestaande opdracht' op het scherm.",
        "en": "md: vacancy drafts in the folder; json: the posts and suggestions on stdout."},
    "help.opt.recruit.min_post_hours": {
        "nl": "De kleinste post die een vacature waard is; kleiner werk wordt voorgesteld als "
              "aanvulling op een bestaande opdracht.",
        "en": "The smallest post worth a vacancy."},
    "help.opt.report.folder": {"nl": "Map voor de rapporten [standaard: schoolrapporten, of "
                                     "school-reports met --lang en].",
                               "en": "Folder for the reports."},
    "help.opt.report.schools": {"nl": "Enkel deze school (id); herhaal voor meer. Standaard: "
                                      "elke school.",
                                "en": "Only this school (id); repeat for more."},
    "help.opt.report.pdf": {"nl": "Schrijf ook een PDF per school (vraagt WeasyPrint: pip "
                                  "install \"allocator[pdf]\").",
                            "en": "Also write a PDF per school (needs WeasyPrint)."},
    # guide
    "help.opt.guide.answers": {
        "nl": "YAML met per vraag een regel, ja/nee of weet niet (sleutels in het Nederlands "
              "of Engels: bewustzijn, gedragen_visie, beleidsplan, poolen, of 1-4); anders wordt "
              "elke vraag gesteld.",
        "en": "YAML with one line per question, ja/nee or weet niet (don't know); asked "
              "interactively when absent."},
    "help.opt.guide.answers_out": {
        "nl": "Waar de gegeven antwoorden bewaard worden [standaard: antwoorden.yaml, of de "
              "volgende vrije naam].",
        "en": "Where to save the answers given interactively."},
    # scenarios
    "help.opt.scenarios.run.output": {"nl": "Map voor de vergelijking en de grafieken.",
                                      "en": "Folder for the comparison and plots."},
    "help.opt.scenarios.sweep.output": {"nl": "Map voor de resultaten van de sweep.",
                                        "en": "Folder for the sweep's results."},
    "help.opt.scenarios.sweep.schools": {"nl": "Groepsgroottes.", "en": "Group sizes."},
    "help.opt.scenarios.sweep.pool_share": {"nl": "Aandelen scholen die poolen.",
                                            "en": "Shares of schools that pool."},
    "help.opt.scenarios.sweep.ict_factor": {
        "nl": "Factoren op het ICT-budget (1.7: de +70 % van 2021; 0.59: die ongedaan maken).",
        "en": "ICT budget factors (1.7: the +70 % of 2021; 0.59: undoing it)."},
    "help.opt.scenarios.sweep.repetitions": {"nl": "Herhalingen per punt.",
                                             "en": "Repetitions per point."},
    "help.opt.scenarios.sweep.sample": {"nl": "Los een willekeurige steekproef van zoveel "
                                              "punten op.",
                                        "en": "Solve a random sample of this many grid points."},
    "help.opt.scenarios.sweep.time_limit": {"nl": "Per berekening.", "en": "Per solve."},
    "help.opt.scenarios.sweep.solver_workers": {"nl": "Zoekprocessen van CP-SAT per "
                                                      "berekening.",
                                                "en": "CP-SAT workers per solve."},
    # serve
    "help.opt.serve.host": {"nl": "Adres om op te luisteren. Alles behalve een loopbackadres "
                                  "vraagt een token.",
                            "en": "Address to listen on."},
    "help.opt.serve.port": {"nl": "Poort (0: een vrije poort).", "en": "Port (0: any free port)."},
    "help.opt.serve.open_browser": {"nl": "Open de app in de browser.",
                                    "en": "Open the app in the browser."},
    "help.opt.serve.token": {
        "nl": "Vraag dit toegangstoken bij elk verzoek (--token alleen: maak er een). Altijd "
              "aan als --host geen loopbackadres is.",
        "en": "Require this access token on every request."},
    "help.opt.serve.pseudonymise": {
        "nl": "Vervang de id's en namen van personen door codes in elk plan, elke pagina en "
              "elk bestand.",
        "en": "Replace people's ids and names by codes in every plan, page and file."},
    "help.opt.serve.processes": {"nl": "Rekenprocessen [standaard: één per kern].",
                                 "en": "Solve worker processes [default: one per core]."},
    "help.opt.serve.queue_size": {"nl": "Plannen die mogen wachten op een vrij rekenproces.",
                                  "en": "Plans that may wait for a free worker."},
    # scenarios: running on Dask and surviving failures (shared by run and sweep)
    "help.opt.scheduler_file": {"nl": "Schedulerbestand van Dask (dask scheduler "
                                      "--scheduler-file; SLURM).",
                                "en": "Dask scheduler file (dask scheduler --scheduler-file; "
                                      "SLURM)."},
    "help.opt.dask_timeout": {"nl": "Seconden om de Dask-scheduler te bereiken.",
                              "en": "Seconds to reach the Dask scheduler."},
    "help.opt.worker_wait": {"nl": "Seconden dat een Dask-cluster zonder workers mag zijn voor "
                                   "de run stopt (exitcode 6).",
                             "en": "Seconds a Dask cluster may have no workers before the run "
                                   "stops (exit 6)."},
    "help.opt.dashboard": {"nl": "Dask-dashboard van --dask local, bv. :8787 (vraagt pip "
                                 "install 'allocator[dashboard]').",
                           "en": "Dask dashboard of --dask local, e.g. :8787."},
    "help.opt.point_budget": {
        "nl": "Seconden (kloktijd) per punt; een punt dat langer duurt wordt gestopt en is "
              "een rij 'timeout' [standaard: point_budget uit het bestand, of geen].",
        "en": "Wall-clock seconds per point; a point past it is stopped."},
    "help.opt.memory_limit": {"nl": "MB geheugen per punt; een punt dat meer gebruikt wordt "
                                    "gestopt (een rij met een fout).",
                              "en": "MB of memory per point; a point above it is stopped."},
    "help.opt.resume": {"nl": "Ga verder met de resultaten in de uitvoermap: afgewerkte punten "
                              "worden overgeslagen.",
                        "en": "Go on with the results in the output folder."},
    "help.opt.retry_failed": {"nl": "Met --resume: los mislukte punten opnieuw op.",
                              "en": "With --resume, solve failed points again."},
    "help.opt.plots": {"nl": "Maak ook de grafieken (of niet).", "en": "Draw the plots too (or not)."},
    "help.opt.scenarios.sweep.bpt_factor": {"nl": "Factoren op de BPT-uren, bv. 1,1.5.",
                                            "en": "BPT hour factors, e.g. 1,1.5."},
    "help.opt.scenarios.sweep.levels": {
        "nl": "Niveaus van de gegenereerde scholen: basis, secundair, buitengewoon, "
              "volwassenen.",
        "en": "Levels of the generated schools."},
    "help.cmd.scenarios.flanders": {
        "nl": "Vlaanderen als scholengroepen: elke school uit de domeinbeschrijving, elke "
              "groep opgelost.\n\nOngeveer 2.723 basisscholen, 1.130 secundaire scholen "
              "(buitengewoon onderwijs inbegrepen) en 32 centra voor volwassenenonderwijs in "
              "gegenereerde groepen (allocator/scenarios/flanders.py beschrijft de groottes); "
              "één rij per groep en Vlaamse totalen. Verder te zetten met --resume.",
        "en": "Flanders as school groups: every school of the domain brief, every group "
              "solved."},
    "help.opt.scenarios.flanders.solver_workers": {"nl": "Zoekprocessen van CP-SAT per "
                                                         "berekening.",
                                                   "en": "CP-SAT workers per solve."},
    "help.opt.scenarios.flanders.sample": {"nl": "Los een steekproef (met seed) van zoveel "
                                                 "groepen op (een snelle schatting).",
                                           "en": "Solve a random sample of this many groups."},
    "help.opt.scenarios.flanders.time_limit": {
        "nl": "Per groep (altijd hetzelfde resultaat met één zoekproces).",
        "en": "Per group (deterministic with one solver worker)."},
    "help.opt.scenarios.flanders.seed": {"nl": "Seed van de groepsgroottes en van elke groep.",
                                         "en": "Seed of the group sizes and of every group."},
}
