"""Words of roles, recommendations v2, true explanations and the guide's decisions (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    # the role vocabulary as users read it
    "role.directie": {"nl": "directie", "en": "school leadership (directie)"},
    "role.ict_diensthoofd": {"nl": "ICT-diensthoofd", "en": "head of the ICT service"},
    "role.tict": {"nl": "technisch ICT-coördinator (TICT)",
                  "en": "technical ICT coordinator (TICT)"},
    "role.pict": {"nl": "pedagogisch ICT-coördinator (PICT)",
                  "en": "pedagogical ICT coordinator (PICT)"},
    "role.ict_coordinator": {"nl": "ICT-coördinator", "en": "ICT coordinator"},
    "role.digicoach": {"nl": "digicoach of leerkracht", "en": "digicoach or teacher"},
    "role.administratief": {"nl": "administratief medewerker", "en": "administrative staff"},
    "role.technisch_adviseur": {"nl": "technisch adviseur", "en": "technical adviser"},
    "role.communicatie": {"nl": "communicatieverantwoordelijke",
                          "en": "communication officer"},
    "role.andere": {"nl": "andere", "en": "other"},
    # recommendations added in v2 (recruit, outsource, defer are in words_plan)
    "rec.directie": {"nl": "directie neemt het op", "en": "the directie takes it"},
    "rec.train": {"nl": "bijscholen", "en": "train"},
    "rec.hand_over": {"nl": "overdragen aan koepel of overheid",
                      "en": "hand over to the umbrella body or government"},
    "reason.role_not_allowed": {
        "nl": "Niemand in de groep heeft een rol die deze taak mag opnemen ({roles}).",
        "en": "Nobody in the group has a role that may take this task ({roles})."},
    # pieces of explanations
    "competency.T": {"nl": "technische competentie", "en": "technical competence"},
    "competency.P": {"nl": "pedagogische competentie", "en": "pedagogical competence"},
    "competency.B": {"nl": "beleidscompetentie", "en": "policy competence"},
    "competency.A": {"nl": "administratieve competentie", "en": "administrative competence"},
    "gap.one": {"nl": "mist één niveau {competency}", "en": "lacks one level of {competency}"},
    "gap.many": {"nl": "mist {count} niveaus {competency}",
                 "en": "lacks {count} levels of {competency}"},
    "level.needed": {"nl": "{competency} niveau {level}", "en": "{competency} at level {level}"},
    "level.has": {"nl": "{competency} {level} (nodig {needed})",
                  "en": "{competency} {level} (needs {needed})"},
    "level.none": {"nl": "geen minimumniveau", "en": "no minimum level"},
    "place.group": {"nl": "voor de hele groep", "en": "for the whole group"},
    "place.bundle": {"nl": "centraal, gebundeld", "en": "central, bundled"},
    "place.central": {"nl": "de centrale dienst", "en": "the central service"},
    "word.new_person": {"nl": "nieuwe persoon", "en": "new person"},
    "people.count": {"nl": "mag over hoogstens {count} personen verdeeld worden",
                     "en": "may be split over at most {count} people"},
    "people.one": {"nl": "moet door één persoon gedaan worden",
                   "en": "must be done by one person"},
    "split.only": {"nl": "de enige kandidaat, {names}, heeft", "en": "the only candidate, {names}, has"},
    "split.all": {"nl": "de {count} kandidaten ({names}) hebben samen",
                  "en": "the {count} candidates ({names}) together have"},
    "split.best_one": {"nl": "zelfs de kandidaat met de meeste uren, {names}, heeft",
                       "en": "even the candidate with the most hours, {names}, has"},
    "split.best": {"nl": "zelfs de {count} kandidaten met de meeste uren ({names}) hebben samen",
                   "en": "even the {count} candidates with the most hours ({names}) together "
                         "have"},
    "work.person": {"nl": "{name}: {parts}", "en": "{name}: {parts}"},
    "work.lower": {"nl": "{hours} u aan werk met minder voorrang ({items})",
                   "en": "{hours} h on lower-ranked work ({items})"},
    "work.higher": {"nl": "{hours} u aan werk met minstens evenveel voorrang ({items})",
                    "en": "{hours} h on work that ranks at least as high ({items})"},
    "work.tasks": {"nl": "{count} {count|taak|taken}", "en": "{count} {count|task|tasks}"},
    "work.pinned": {"nl": "{hours} u vast toegewezen ({items})",
                    "en": "{hours} h fixed ({items})"},
    "work.left": {"nl": "nog {hours} u vrij", "en": "{hours} h still free"},
    "work.nothing": {"nl": "geen uren die dit mogen betalen", "en": "no hours that may pay for this"},
    "work.more": {"nl": "nog {count} andere kandidaten", "en": "{count} more candidates"},
    # the site rule of one instance (allocation-rules.md, "Who may do an instance")
    "site_rule.group": {
        "nl": "werk voor de hele groep: enkel de centrale dienst en personeel van scholen die "
              "poolen",
        "en": "work for the whole group: only the central service and staff of pooling "
              "schools"},
    "site_rule.local": {"nl": "lokaal werk: enkel personeel van {school}",
                        "en": "local work: only staff of {school}"},
    "site_rule.local_travel": {
        "nl": "lokaal werk: enkel personeel van {school}, of de centrale dienst die naar "
              "{school} rijdt",
        "en": "local work: only staff of {school}, or the central service travelling to "
              "{school}"},
    "site_rule.no_pool": {
        "nl": "{school} poolt niet: enkel het eigen personeel, niet de centrale dienst",
        "en": "{school} does not pool: only its own staff, not the central service"},
    "site_rule.central": {
        "nl": "centraal werk voor {school}, die poolt: enkel de centrale dienst",
        "en": "central work for {school}, which pools: only the central service"},
    "site_rule.either": {
        "nl": "werk voor {school}: enkel personeel van {school} of de centrale dienst",
        "en": "work for {school}: only staff of {school} or the central service"},
    "work.more_one": {"nl": "nog één andere kandidaat", "en": "one more candidate"},
    # the recommendation in a sentence
    "advice.train": {"nl": "Bijscholen: {name} {gap} (van {start} naar {end}).",
                     "en": "Train: {name} {gap} (from {start} to {end})."},
    "advice.directie": {"nl": "De directie neemt dit op: {name}, met {needs}.",
                        "en": "The directie takes this on: {name}, with {needs}."},
    "advice.directie_absent": {
        "nl": "De directie van {site} neemt dit op ({hours} u per week); de directie staat niet "
              "in de invoer. Geen vacature: dit is werk van de directie.",
        "en": "The directie of {site} takes this on ({hours} h a week); the directie is not in "
              "the input. No vacancy: this is the directie's work."},
    "advice.extra_hours": {"nl": "{hours} u {source} extra", "en": "{hours} h more {source}"},
    "advice.room": {"nl": "ruimte in de eigen uren", "en": "room in their own hours"},
    "advice.recruit": {"nl": "Aanwerven: een {role} voor {site}, {hours} u per week ({levels}).",
                       "en": "Recruit: a {role} for {site}, {hours} h a week ({levels})."},
    "advice.hand_over": {
        "nl": "Overdragen aan de onderwijskoepel, de overheid, Kenniscentrum Digisprong of een "
              "aankoopcentrale (rapport, tabel 3).",
        "en": "Hand over to the umbrella organisation, the government, Kenniscentrum Digisprong "
              "or a purchasing centre (report, table 3)."},
    "advice.outsource": {
        "nl": "Uitbesteden aan een externe firma (let op kostprijs, afhankelijkheid en verlies "
              "van eigen kennis).",
        "en": "Outsource to an external firm (mind the cost, the dependency and the loss of "
              "in-house know-how)."},
    "advice.defer": {"nl": "Uitstellen: geen kerntaak.", "en": "Defer: not core work."},
    # why an assignment is allowed
    "justify.sentence2": {
        "nl": "{person} doet {task} ({hours} u, {funding}): {levels}; {role}{site_rule}; "
              "{funding_rule}{fit}.",
        "en": "{person} does {task} ({hours} h, {funding}): {levels}; {role}{site_rule}; "
              "{funding_rule}{fit}."},
    "justify.levels": {"nl": "heeft de vereiste niveaus ({levels})",
                       "en": "has the required levels ({levels})"},
    "justify.no_levels": {"nl": "de taak vraagt geen minimumniveau",
                          "en": "the task asks no minimum level"},
    "justify.role": {"nl": "de rol {role} mag deze taak opnemen; ",
                     "en": "the role {role} may take this task; "},
    "remedy.new_person": {"nl": "een nieuwe persoon voor {site} ({levels}), {hours} u per week",
                          "en": "a new person for {site} ({levels}), {hours} h a week"},
    "remedy.extra": {"nl": "{hours} u {source} extra voor {name}",
                     "en": "{hours} h more {source} for {name}"},
    # recruitment
    "recruit.central": {"nl": "de centrale ICT-dienst van de scholengroep",
                        "en": "the school group's central ICT service"},
    "recruit.region": {"nl": "regio {region} ({schools})", "en": "region {region} ({schools})"},
    "recruit.shared": {"nl": "de scholen {schools} samen", "en": "the schools {schools} together"},
    "recruit.envelope_unknown": {"nl": "niet gekend (vul ict_envelop_uren in)",
                                 "en": "unknown (fill in ict_envelope_hours)"},
    "recruit.envelope_fits": {
        "nl": "{left} u/week nog vrij; op {diploma} kost deze post {cost} u/week van de "
              "envelop: past",
        "en": "{left} h/week left; at {diploma} this post costs {cost} h/week of it: "
              "fits"},
    "recruit.envelope_over": {
        "nl": "op {diploma} kost deze post {cost} u/week van de envelop: {over} u/week boven "
              "het budget; combineer met BPT- of andere uren of bundel op groepsniveau",
        "en": "at {diploma} this post costs {cost} h/week of it: over budget by {over} "
              "h/week; combine with BPT or other hours, or bundle at group level"},
    "recruit.add_to_job": {
        "nl": "{work}: te klein voor een vacature; voeg toe aan de opdracht van {name} "
              "({extra}{gaps}).",
        "en": "{work}: too small for a vacancy; add it to {name}'s job ({extra}{gaps})."},
    "recruit.extra_hours": {"nl": "{hours} u per week extra", "en": "{hours} h a week more"},
    "recruit.within_hours": {"nl": "past in de uren die nog vrij zijn",
                             "en": "fits in the hours still free"},
    "recruit.nobody": {
        "nl": "{work}: te klein voor een vacature en niemand mag het vandaag opnemen; neem het "
              "mee in een bredere opdracht of laat het wachten.",
        "en": "{work}: too small for a vacancy and nobody may take it today; fold it into a "
              "wider job or let it wait."},
    # the guideline's steps 4 and 5
    "guide.step4.head": {"nl": "4. Middelen: nodige uren (alle taken van de catalogus) tegenover "
                               "beschikbare uren, per financiering en per school:",
                         "en": "4. Resources: hours needed (all the catalogue's work) against "
                               "hours available, per funding source and per school:"},
    "guide.step4.row": {"nl": "   {where}: nodig {needed} u/week, beschikbaar {available} u "
                              "({sources})",
                        "en": "   {where}: needs {needed} h/week, has {available} h "
                              "({sources})"},
    "guide.step4.group": {"nl": "groepstaken (centrale dienst)",
                          "en": "group tasks (central service)"},
    "guide.step4.none": {"nl": "geen uren", "en": "no hours"},
    "guide.step4.short": {"nl": ": tekort {short} u/week", "en": ": short by {short} h/week"},
    "guide.step4.enough": {"nl": ": genoeg", "en": ": enough"},
    "guide.step4.total": {
        "nl": "   Samen: nodig {needed} u/week, beschikbaar {available} u ({sources}); tekort "
              "{short} u/week.",
        "en": "   Together: {needed} h/week needed, {available} h available ({sources}); short "
              "by {short} h/week."},
    "guide.step4.advice": {
        "nl": "   Zet zo nodig BPT- of andere uren in, leg middelen samen op groepsniveau, en "
              "kies in stap 5 wat nu moet, wat later kan en wat niet van toepassing is.",
        "en": "   Add BPT or other hours where you can, pool resources at group level, and "
              "choose in step 5 what must happen now, what can wait and what does not apply."},
    "guide.step5.head": {"nl": "5. Takenoverzicht op maat ({count} keuzes):",
                         "en": "5. The task overview to measure ({count} choices):"},
    "guide.step5.none": {
        "nl": "5. Takenoverzicht op maat: markeer taken als nvt (niet van toepassing), nu "
              "(eerst), later (dit jaar niet) of nabij (op school, geen centrale dienst) in het "
              "blad Gids van de werkmap (kolommen taak of vraag, markering, school; allocator "
              "template maakt het) of onder 'taken:' in het antwoordbestand.",
        "en": "5. The task overview to measure: mark tasks nvt (not applicable), nu (now), "
              "later (not this year) or nabij (on site, no central staff) in the workbook's "
              "Guide sheet (columns task or question, mark, school; allocator template makes "
              "it) or under 'tasks:' in the answers file."},
    "guide.step5.row": {"nl": "   {task}{where}: {mark}", "en": "   {task}{where}: {mark}"},
    "guide.mark.word.nvt": {"nl": "niet van toepassing", "en": "not applicable"},
    "guide.mark.word.nu": {"nl": "nu, eerst in het plan", "en": "now, first in the plan"},
    "guide.mark.word.later": {"nl": "later (dit jaar uitgesteld)",
                              "en": "later (deferred this year)"},
    "guide.mark.word.nabij": {"nl": "nabij: op school, geen centrale dienst tenzij ter plaatse",
                              "en": "near: on site, no central staff unless on site"},
    "guide.mark.not_a_mapping": {
        "nl": "{file}: onder 'taken' verwacht per taak een regel 'TAAK-ID: nvt' (of per school).",
        "en": "{file}: under 'tasks' expected one line per task, 'TASK-ID: nvt' (or per "
              "school)."},
    "guide.mark.bad_mark": {"nl": "{file}: taak {task}: '{value}' is geen keuze; kies {known}.",
                            "en": "{file}: task {task}: '{value}' is not a choice; choose "
                                  "{known}."},
    "guide.mark.unknown_task": {"nl": "stap 5: taak {task} staat niet in de catalogus.",
                                "en": "step 5: task {task} is not in the catalogue."},
    "guide.mark.unknown_school": {"nl": "stap 5: taak {task}: school {school} bestaat niet.",
                                  "en": "step 5: task {task}: school {school} does not exist."},
    "guide.mark.group_task_school": {
        "nl": "stap 5: taak {task} is een groepstaak; geef geen school ({school}).",
        "en": "step 5: task {task} is a group task; give no school ({school})."},
    "guide.mark.near_per_school": {
        "nl": "stap 5: 'nabij' geldt voor taak {task} in alle scholen (de plaatsing is een "
              "eigenschap van de taak); laat school {school} weg.",
        "en": "step 5: 'nabij' applies to task {task} at every school (placement belongs to "
              "the task); leave out school {school}."},
    "guide.mark.pinned": {
        "nl": "stap 5: taak {task} staat vast in het blad Vast maar is als nvt of later "
              "gemarkeerd.",
        "en": "step 5: task {task} is fixed on the Fixed sheet but marked nvt or later."},
    "guide.deferred_detail": {"nl": "In stap 5 van het stappenplan als 'later' gemarkeerd: dit "
                                    "schooljaar uitgesteld.",
                              "en": "Marked 'later' in step 5 of the guideline: deferred this "
                                    "school year."},
}
