"""What each sheet and column of the input workbook means, with units (nl/en).

The examples are in allocator/report/template_help.py. ``{levels}`` and ``{roles}`` are filled
in from the models.
"""

WORDS: dict[str, dict[str, str]] = {
    "sheet_help.schools": {
        "nl": "Eén rij per school van de groep. Verplicht.",
        "en": "One row per school of the group. Required."},
    "sheet_help.people": {
        "nl": "Eén rij per persoon die ICT-taken kan opnemen, met de uren per week per "
              "financieringsbron. Verplicht.",
        "en": "One row per person who can take ICT tasks, with hours per week per funding "
              "source. Required."},
    "sheet_help.tasks": {
        "nl": "De takenlijst (het Takenoverzicht ICT-coördinatie). Al ingevuld met de "
              "standaardlijst: pas aan, schrap of voeg toe. Laat je het blad weg, dan geldt de "
              "standaardlijst.",
        "en": "The task catalogue (the ICT-coordination task overview). Filled in with the "
              "default catalogue: adapt, delete or add. Without this sheet the default catalogue "
              "applies."},
    "sheet_help.preferences": {
        "nl": "Optioneel: wie wat graag of liever niet doet (-2 tot 2) of nooit.",
        "en": "Optional: who likes or dislikes what (-2 to 2), or never."},
    "sheet_help.pins": {
        "nl": "Optioneel: toewijzingen die vast liggen; het plan houdt ze altijd aan.",
        "en": "Optional: fixed assignments; the plan always keeps them."},
    "sheet_help.group": {
        "nl": "Optioneel, één rij: instellingen voor de hele groep.",
        "en": "Optional, one row: settings for the whole group."},
    "column_help.schools.id": {
        "nl": "Korte, unieke code van de school (tekst), bv. S01. Gebruik die code ook bij "
              "Personen > plaats.",
        "en": "Short, unique code of the school (text), e.g. S01. Use it in People > site too."},
    "column_help.schools.name": {
        "nl": "Naam van de school.",
        "en": "Name of the school."},
    "column_help.schools.level": {
        "nl": "Onderwijsniveau: {levels}.",
        "en": "Level: basis (primary), secundair (secondary), volwassenen (adult), buitengewoon "
              "(special needs)."},
    "column_help.schools.pupils": {
        "nl": "Aantal leerlingen (geheel getal). Schaalt de uren van taken die met de grootte "
              "groeien.",
        "en": "Number of pupils (whole number). Scales the hours of size-driven tasks."},
    "column_help.schools.pools": {
        "nl": "ja/nee/kies: legt de school haar ICT-uren samen op groepsniveau (poolen)? Alleen "
              "dan mag de centrale dienst taken van de school doen. kies = het plan beslist.",
        "en": "yes/no/choose: does the school pool its ICT hours at group level? Only then may "
              "the central service do the school's tasks. choose = the plan decides."},
    "column_help.schools.pool_hours": {
        "nl": "Optioneel: ICT-uren per week die een school die poolt afstaat aan de centrale pot "
              "(hoogstens haar ICT-envelop).",
        "en": "Optional: ICT hours per week a pooling school hands to the central pot (at most "
              "its ICT envelope)."},
    "column_help.schools.travel_hours": {
        "nl": "Optioneel: reistijd in uren per week voor iemand van de centrale dienst die hier "
              "ter plaatse werkt (0 = geen reistijd; leeg = de centrale dienst werkt hier niet "
              "ter plaatse).",
        "en": "Optional: travel time in hours per week for central staff working here on site (0 "
              "= no travel; empty = central staff do not work here on site)."},
    "column_help.schools.region": {
        "nl": "Optioneel: regio (tekst). Centrale mensen met 'regios' bedienen alleen scholen in "
              "hun regio's.",
        "en": "Optional: region (text). Central staff with 'regions' serve only schools in their "
              "regions."},
    "column_help.schools.ict_envelope_hours": {
        "nl": "Optioneel: uren per week die de ICT-punten (ICT-envelop) van de school betalen.",
        "en": "Optional: hours per week the school's ICT points (ICT envelope) pay for."},
    "column_help.schools.operating_budget_eur": {
        "nl": "Optioneel: werkingsmiddelen voor uitbesteding, in euro per jaar voor de hele "
              "school (niet per leerling). Ter info: ongeveer € 0,72 per gewogen leerling, dus € "
              "300 voor een school van 350 leerlingen.",
        "en": "Optional: operating funds for outsourcing, in euro per year for the whole school "
              "(not per pupil). For scale: about € 0.72 per weighted pupil, so € 300 for a "
              "school of 350 pupils."},
    "column_help.people.id": {
        "nl": "Korte, unieke code van de persoon, bv. P001.",
        "en": "Short, unique code of the person, e.g. P001."},
    "column_help.people.name": {
        "nl": "Naam van de persoon.",
        "en": "Name of the person."},
    "column_help.people.site": {
        "nl": "Waar de persoon werkt: 'centraal' (centrale ICT-dienst van de groep) of de code "
              "van een school (zie Scholen > id).",
        "en": "Where the person works: 'central' (the group's central ICT service) or a school's "
              "code (see Schools > id)."},
    "column_help.people.role": {
        "nl": "Rol, uit de lijst: {roles}. Leeg = elke rol.",
        "en": "Role, from the list: {roles}. Empty = any role."},
    "column_help.people.T": {
        "nl": "Technische competentie, 0 tot 4 (0 geen, 1 basisaffiniteit, 2 werkkennis, 3 "
              "professioneel, 4 expert).",
        "en": "Technical competency, 0 to 4 (0 none, 1 basic affinity, 2 working knowledge, 3 "
              "professional, 4 expert)."},
    "column_help.people.P": {
        "nl": "Pedagogisch-didactische competentie, 0 tot 4.",
        "en": "Pedagogical-didactic competency, 0 to 4."},
    "column_help.people.B": {
        "nl": "Competentie beleid en visie, 0 tot 4.",
        "en": "Policy and vision competency, 0 to 4."},
    "column_help.people.A": {
        "nl": "Administratieve competentie, 0 tot 4.",
        "en": "Administrative competency, 0 to 4."},
    "column_help.people.specialisations": {
        "nl": "Optioneel, met komma's: netwerk, software, hardware, smartschool, office, "
              "helpdesk, cyberveiligheid, website (Engelse woorden mogen ook).",
        "en": "Optional, comma-separated: network, software, hardware, smartschool, office, "
              "helpdesk, cybersecurity, website."},
    "column_help.people.ict": {
        "nl": "ICT-uren per week (gekleurde uren voor ICT-coördinatie), veelvoud van 0,5.",
        "en": "ICT hours per week (coloured hours for ICT coordination), a multiple of 0.5."},
    "column_help.people.bpt": {
        "nl": "BPT-uren per week (bijzondere pedagogische taken, uit lesuren); alleen voor taken "
              "van de eigen school; centrale mensen hebben er geen.",
        "en": "BPT hours per week (special pedagogical tasks, taken from lessons); only for the "
              "own school's tasks; central staff have none."},
    "column_help.people.other": {
        "nl": "Andere uren per week (administratieve, beleids- of zorgondersteuning).",
        "en": "Other hours per week (administrative, policy-support or care envelopes)."},
    "column_help.people.max_tasks": {
        "nl": "Optioneel: hoogstens zoveel taken (geheel getal).",
        "en": "Optional: at most this many tasks (whole number)."},
    "column_help.people.max_schools": {
        "nl": "Optioneel: op hoogstens zoveel scholen werken (geheel getal).",
        "en": "Optional: work at no more than this many schools (whole number)."},
    "column_help.people.regions": {
        "nl": "Optioneel, centrale mensen: de regio's die ze bedienen, met komma's. Leeg = alle.",
        "en": "Optional, central staff: the regions they serve, comma-separated. Empty = all."},
    "column_help.tasks.id": {
        "nl": "Unieke code van de taak, bv. TECH-01.",
        "en": "Unique task code, e.g. TECH-01."},
    "column_help.tasks.cluster": {
        "nl": "technisch, pedagogisch, beleid of administratief.",
        "en": "technical, pedagogical, policy or administrative."},
    "column_help.tasks.name_nl": {
        "nl": "Naam van de taak in het Nederlands.",
        "en": "Task name in Dutch."},
    "column_help.tasks.name_en": {
        "nl": "Naam van de taak in het Engels.",
        "en": "Task name in English."},
    "column_help.tasks.core": {
        "nl": "ja/nee: kerntaak (komt eerst in het plan).",
        "en": "yes/no: core task (comes first in the plan)."},
    "column_help.tasks.strategic": {
        "nl": "ja/nee: strategisch (ontbrekende strategische taken: aanwerven).",
        "en": "yes/no: strategic (missing strategic tasks: recruit)."},
    "column_help.tasks.priority": {
        "nl": "Voorrang 1 (laag) tot 5 (hoog).",
        "en": "Priority 1 (low) to 5 (high)."},
    "column_help.tasks.T": {
        "nl": "Minimaal technisch niveau, 0 tot 4.",
        "en": "Minimum technical level, 0 to 4."},
    "column_help.tasks.P": {
        "nl": "Minimaal pedagogisch niveau, 0 tot 4.",
        "en": "Minimum pedagogical level, 0 to 4."},
    "column_help.tasks.B": {
        "nl": "Minimaal beleidsniveau, 0 tot 4.",
        "en": "Minimum policy level, 0 to 4."},
    "column_help.tasks.A": {
        "nl": "Minimaal administratief niveau, 0 tot 4.",
        "en": "Minimum administrative level, 0 to 4."},
    "column_help.tasks.specialisation": {
        "nl": "Optioneel: de specialisatie die past (zie Personen).",
        "en": "Optional: the matching specialisation (see People)."},
    "column_help.tasks.scope": {
        "nl": "school (één keer per school) of groep (één keer voor de hele groep).",
        "en": "school (once per school) or group (once for the whole group)."},
    "column_help.tasks.placement": {
        "nl": "Voor schooltaken: lokaal (iemand van de school), centraal (de centrale dienst, "
              "als de school poolt) of beide.",
        "en": "For school tasks: local (someone of the school), central (the central service, if "
              "the school pools) or either."},
    "column_help.tasks.base_hours": {
        "nl": "Uren per week, veelvoud van 0,5 (voor een groepstaak: alles).",
        "en": "Hours per week, a multiple of 0.5 (for a group task: all of it)."},
    "column_help.tasks.hours_per_100_pupils": {
        "nl": "Extra uren per week per 100 leerlingen van de school.",
        "en": "Extra hours per week per 100 pupils of the school."},
    "column_help.tasks.max_people": {
        "nl": "Over hoeveel mensen de taak hoogstens verdeeld wordt.",
        "en": "The most people the task is split over."},
    "column_help.tasks.outsourceable": {
        "nl": "nee, firma (een extern bedrijf) of koepel (koepel, overheid, Kenniscentrum "
              "Digisprong).",
        "en": "nee (no), firma (an external firm) or koepel (umbrella organisation, government)."},
    "column_help.tasks.levels": {
        "nl": "Optioneel, met komma's: de schoolniveaus waarvoor de taak geldt. Leeg = alle.",
        "en": "Optional, comma-separated: the school levels the task applies to. Empty = all."},
    "column_help.tasks.bundle_factor": {
        "nl": "Optioneel, 0 tot 1: centraal gebundeld kost de taak deze factor maal de som van "
              "de scholen.",
        "en": "Optional, 0 to 1: bundled centrally the task costs this factor times the schools' "
              "sum."},
    "column_help.tasks.who": {
        "nl": "Optioneel, met komma's: de rollen die de taak mogen doen. Leeg = iedereen.",
        "en": "Optional, comma-separated: the roles that may take the task. Empty = anyone."},
    "column_help.preferences.person": {
        "nl": "Code van de persoon (Personen > id).",
        "en": "The person's code (People > id)."},
    "column_help.preferences.task": {
        "nl": "Code van een taak, of een cluster (technisch, pedagogisch, beleid, "
              "administratief).",
        "en": "A task code, or a cluster (technical, pedagogical, policy, administrative)."},
    "column_help.preferences.score": {
        "nl": "-2 (liever niet) tot 2 (graag), of nooit.",
        "en": "-2 (rather not) to 2 (gladly), or never."},
    "column_help.group.central_ict_hours": {
        "nl": "Optioneel: de eigen ICT-uren per week van de centrale dienst van de groep.",
        "en": "Optional: the group's own central ICT hours per week."},
    "column_help.pins.person": {
        "nl": "Code van de persoon.",
        "en": "The person's code."},
    "column_help.pins.task": {
        "nl": "Code van de taak.",
        "en": "The task code."},
    "column_help.pins.school": {
        "nl": "Code van de school; leeg voor een groepstaak.",
        "en": "The school's code; empty for a group task."},
    "column_help.pins.hours": {
        "nl": "Optioneel: uren per week voor deze persoon.",
        "en": "Optional: hours per week for this person."},
    "column_help.pins.funding": {
        "nl": "Optioneel: ICT-uren, BPT-uren of andere uren.",
        "en": "Optional: ICT hours, BPT hours or other hours."},
}
