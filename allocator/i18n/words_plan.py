"""Words of the plan: sheets, statuses, recommendations, reasons (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    # plan workbook sheets
    "sheet.plan": {"nl": "Plan", "en": "Plan"},
    "sheet.people": {"nl": "Personen", "en": "People"},
    "sheet.coverage": {"nl": "Dekking", "en": "Coverage"},
    "sheet.uncovered": {"nl": "Niet gedekt", "en": "Uncovered"},
    "sheet.explanation": {"nl": "Uitleg", "en": "Explanation"},
    "sheet.summary": {"nl": "Samenvatting", "en": "Summary"},
    # statuses
    "status.optimal": {"nl": "optimaal", "en": "optimal"},
    "status.optimal_exact": {
        "nl": "optimaal voor kerntaken en andere taken (voorkeuren: niet bewezen)",
        "en": "optimal for core and other tasks (preferences: not proven)"},
    "status.feasible": {"nl": "haalbaar (niet bewezen optimaal)",
                        "en": "feasible (not proven optimal)"},
    "status.infeasible": {"nl": "onhaalbaar", "en": "infeasible"},
    "status.unknown": {"nl": "geen plan gevonden binnen de tijdslimiet",
                       "en": "no plan found within the time limit"},
    # recommendations
    "rec.recruit": {"nl": "aanwerven", "en": "recruit"},
    "rec.outsource": {"nl": "uitbesteden", "en": "outsource"},
    "rec.defer": {"nl": "uitstellen", "en": "defer"},
    # uncovered reasons
    "reason.no_competent_person": {
        "nl": "Niemand met een rol die dit mag, heeft het vereiste niveau ({levels}); het "
              "dichtst bij: {closest}.",
        "en": "Nobody whose role may take this has the required level ({levels}); closest: "
              "{closest}."},
    "reason.excluded_by_preference": {
        "nl": "Wie het kan ({people}), {count|wil|willen} deze taak nooit doen.",
        "en": "Everyone who can ({people}) marked this task as never."},
    "reason.site_rules": {
        "nl": "Wie het kan ({people}), {count|werkt|werken} op een plaats die de regels "
              "uitsluiten ({rule}).",
        "en": "Everyone who can ({people}) works at a site the rules exclude ({rule})."},
    "reason.funding_rule": {
        "nl": "Wie het mag ({people}), {count|heeft|hebben} geen uren die dit mogen betalen "
              "(BPT-uren enkel voor taken van de eigen school).",
        "en": "Everyone allowed ({people}) has no hours that may pay for this "
              "(BPT hours only for tasks of their own school)."},
    "reason.split_limit": {
        "nl": "De taak vraagt {hours} u en {max_people}; {who} maar {available} u die dit "
              "mogen betalen.",
        "en": "The task needs {hours} h and {max_people}; {who} only {available} h that may "
              "pay for it."},
    "reason.max_tasks": {
        "nl": "Wie nog uren heeft ({people}), zit aan het maximum aantal taken.",
        "en": "Everyone with hours left ({people}) is at their maximum number of tasks."},
    "reason.capacity_spent": {
        "nl": "De uren die dit mogen betalen, gaan naar werk met minstens evenveel voorrang: "
              "{work}.",
        "en": "The hours that may pay for this go to work that ranks at least as high: {work}."},
    "reason.capacity_elsewhere": {
        "nl": "De uren die dit mogen betalen, gaan (ook) naar werk met minder voorrang: {work}.",
        "en": "The hours that may pay for this go (also) to lower-ranked work: {work}."},
    "reason.pinned_work": {
        "nl": "De uren die dit mogen betalen, gaan naar vaste toewijzingen: {work}.",
        "en": "The hours that may pay for this go to fixed assignments: {work}."},
    "reason.not_reached": {
        "nl": "Het plan is niet verder geraakt dan status '{status}'.",
        "en": "The plan did not get past status '{status}'."},
    "cluster.technical": {"nl": "technisch", "en": "technical"},
    "cluster.pedagogical": {"nl": "pedagogisch-didactisch", "en": "pedagogical-didactic"},
    "cluster.policy": {"nl": "beleid en visie", "en": "policy and vision"},
    "cluster.administrative": {"nl": "administratief", "en": "administrative"},
    "funding.ict": {"nl": "ICT-uren", "en": "ICT hours"},
    "funding.bpt": {"nl": "BPT-uren", "en": "BPT hours"},
    "funding.other": {"nl": "andere uren", "en": "other hours"},
    "word.item": {"nl": "onderdeel", "en": "item"},
    "word.value": {"nl": "waarde", "en": "value"},
    "justify.sentence": {
        "nl": "{person} doet {task} ({hours} u, {funding}): competenties {levels}; {site_rule}; "
              "{funding_rule}{fit}.",
        "en": "{person} does {task} ({hours} h, {funding}): competencies {levels}; {site_rule}; "
              "{funding_rule}{fit}."},
    "justify.fit": {"nl": "; specialisatie past", "en": "; specialisation fits"},
    "justify.preference": {"nl": "; voorkeur {score}", "en": "; preference {score}"},
    "site.own": {"nl": "werkt op deze school", "en": "works at this school"},
    "site.central_pools": {"nl": "centrale dienst voor een school die poolt",
                           "en": "central service for a pooling school"},
    "site.group_central": {"nl": "groepstaak door de centrale dienst",
                           "en": "group task by the central service"},
    "site.group_pooling": {"nl": "groepstaak door iemand van een school die poolt",
                           "en": "group task by staff of a pooling school"},
    "site.bundle": {"nl": "gebundelde taak, centraal uitgevoerd",
                    "en": "bundled task, done centrally"},
    "funding_rule.bpt": {"nl": "BPT-uren van de eigen school", "en": "BPT hours of the own school"},
    "funding_rule.ict": {"nl": "ICT-uren mogen elke toegelaten taak betalen",
                         "en": "ICT hours may pay for any allowed task"},
    "funding_rule.other": {"nl": "andere uren mogen elke toegelaten taak betalen",
                           "en": "other hours may pay for any allowed task"},
    "why.max_tasks": {"nl": "maximum aantal taken", "en": "at their maximum number of tasks"},
    "why.no_hours_left": {"nl": "geen uren meer over", "en": "no hours left"},
    "why.lower_fit": {"nl": "past minder goed", "en": "a weaker fit"},
    "why.equal_alternative": {"nl": "evenwaardig alternatief", "en": "an equal alternative"},
    "word.central": {"nl": "centraal", "en": "central"},
    "plan.interrupted": {"nl": "onderbroken: het beste plan dat gevonden was vóór de onderbreking",
                         "en": "interrupted: the best plan found before the interruption"},
    "word.group": {"nl": "groep", "en": "group"},
    "rule.site": {"nl": "plaatsing of poolen", "en": "placement or pooling"},
    "rule.region": {"nl": "regio", "en": "region"},
}
