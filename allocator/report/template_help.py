"""What each sheet and column of the input workbook means, with units and an example value
(shared/spec/workbook.md, allocation-rules.md, domain.md), in Dutch and English.

The template writes these texts on its instructions sheet and as comments on the headers.
A column without an entry here still gets a header; the test suite checks that every column
of the schema has one.
"""

from __future__ import annotations

from models import ROLES, Level

# sheet key -> (nl, en) what the sheet is for
SHEET_HELP: dict[str, tuple[str, str]] = {
    "schools": ("Eén rij per school van de groep. Verplicht.",
                "One row per school of the group. Required."),
    "people": ("Eén rij per persoon die ICT-taken kan opnemen, met de uren per week per "
               "financieringsbron. Verplicht.",
               "One row per person who can take ICT tasks, with hours per week per funding "
               "source. Required."),
    "tasks": ("De takenlijst (het Takenoverzicht ICT-coördinatie). Al ingevuld met de "
              "standaardlijst: pas aan, schrap of voeg toe. Laat je het blad weg, dan geldt de "
              "standaardlijst.",
              "The task catalogue (the ICT-coordination task overview). Filled in with the "
              "default catalogue: adapt, delete or add. Without this sheet the default "
              "catalogue applies."),
    "preferences": ("Optioneel: wie wat graag of liever niet doet (-2 tot 2) of nooit.",
                    "Optional: who likes or dislikes what (-2 to 2), or never."),
    "pins": ("Optioneel: toewijzingen die vast liggen; het plan houdt ze altijd aan.",
             "Optional: fixed assignments; the plan always keeps them."),
    "group": ("Optioneel, één rij: instellingen voor de hele groep.",
              "Optional, one row: settings for the whole group."),
}

_LEVELS_NL = ", ".join(level.value for level in Level)
_ROLES = ", ".join(role.value for role in ROLES)

# (sheet key, field) -> (nl, en, example)
COLUMN_HELP: dict[tuple[str, str], tuple[str, str, object]] = {
    ("schools", "id"): ("Korte, unieke code van de school (tekst), bv. S01. Gebruik die code "
                        "ook bij Personen > plaats.",
                        "Short, unique code of the school (text), e.g. S01. Use it in "
                        "People > site too.", "S01"),
    ("schools", "name"): ("Naam van de school.", "Name of the school.", "Basisschool De Linde"),
    ("schools", "level"): (f"Onderwijsniveau: {_LEVELS_NL}.",
                           "Level: basis (primary), secundair (secondary), volwassenen (adult), "
                           "buitengewoon (special needs).", "basis"),
    ("schools", "pupils"): ("Aantal leerlingen (geheel getal). Schaalt de uren van taken die "
                            "met de grootte groeien.",
                            "Number of pupils (whole number). Scales the hours of size-driven "
                            "tasks.", 343),
    ("schools", "pools"): ("ja/nee/kies: legt de school haar ICT-uren samen op groepsniveau "
                           "(poolen)? Alleen dan mag de centrale dienst taken van de school doen. "
                           "kies = het plan beslist.",
                           "yes/no/choose: does the school pool its ICT hours at group level? "
                           "Only then may the central service do the school's tasks. choose = "
                           "the plan decides.", "ja"),
    ("schools", "pool_hours"): (
        "Optioneel: ICT-uren per week die een school die poolt afstaat aan de centrale pot "
        "(hoogstens haar ICT-envelop).",
        "Optional: ICT hours per week a pooling school hands to the central pot (at most its "
        "ICT envelope).", 4),
    ("schools", "travel_hours"): (
        "Optioneel: reistijd in uren per week voor iemand van de centrale dienst die hier ter "
        "plaatse werkt (0 = geen reistijd; leeg = de centrale dienst werkt hier niet ter "
        "plaatse).",
        "Optional: travel time in hours per week for central staff working here on site (0 = no "
        "travel; empty = central staff do not work here on site).", 0.5),
    ("schools", "region"): ("Optioneel: regio (tekst). Centrale mensen met 'regios' bedienen "
                            "alleen scholen in hun regio's.",
                            "Optional: region (text). Central staff with 'regions' serve only "
                            "schools in their regions.", "R1"),
    ("schools", "ict_envelope_hours"): (
        "Optioneel: uren per week die de ICT-punten (ICT-envelop) van de school betalen.",
        "Optional: hours per week the school's ICT points (ICT envelope) pay for.", 10),
    ("schools", "operating_budget_eur"): (
        "Optioneel: werkingsmiddelen voor uitbesteding, in euro per jaar voor de hele school "
        "(niet per leerling). Ter info: ongeveer € 0,72 per gewogen leerling, dus € 300 voor "
        "een school van 350 leerlingen.",
        "Optional: operating funds for outsourcing, in euro per year for the whole school "
        "(not per pupil). For scale: about € 0.72 per weighted pupil, so € 300 for a school of "
        "350 pupils.", 300.95),
    ("people", "id"): ("Korte, unieke code van de persoon, bv. P001.",
                       "Short, unique code of the person, e.g. P001.", "P001"),
    ("people", "name"): ("Naam van de persoon.", "Name of the person.", "An Peeters"),
    ("people", "site"): ("Waar de persoon werkt: 'centraal' (centrale ICT-dienst van de groep) "
                         "of de code van een school (zie Scholen > id).",
                         "Where the person works: 'central' (the group's central ICT service) "
                         "or a school's code (see Schools > id).", "S01"),
    ("people", "role"): (f"Rol, uit de lijst: {_ROLES}. Leeg = elke rol.",
                         f"Role, from the list: {_ROLES}. Empty = any role.", "TICT"),
    ("people", "T"): ("Technische competentie, 0 tot 4 (0 geen, 1 basisaffiniteit, 2 "
                      "werkkennis, 3 professioneel, 4 expert).",
                      "Technical competency, 0 to 4 (0 none, 1 basic affinity, 2 working "
                      "knowledge, 3 professional, 4 expert).", 3),
    ("people", "P"): ("Pedagogisch-didactische competentie, 0 tot 4.",
                      "Pedagogical-didactic competency, 0 to 4.", 1),
    ("people", "B"): ("Competentie beleid en visie, 0 tot 4.", "Policy and vision competency, "
                      "0 to 4.", 1),
    ("people", "A"): ("Administratieve competentie, 0 tot 4.", "Administrative competency, "
                      "0 to 4.", 2),
    ("people", "specialisations"): (
        "Optioneel, met komma's: netwerk, software, hardware, smartschool, office, helpdesk, "
        "cybersecurity, website.",
        "Optional, comma-separated: network, software, hardware, smartschool, office, helpdesk, "
        "cybersecurity, website.", "netwerk,helpdesk"),
    ("people", "ict"): ("ICT-uren per week (gekleurde uren voor ICT-coördinatie), veelvoud van "
                        "0,5.", "ICT hours per week (coloured hours for ICT coordination), a "
                        "multiple of 0.5.", 8),
    ("people", "bpt"): ("BPT-uren per week (bijzondere pedagogische taken, uit lesuren); alleen "
                        "voor taken van de eigen school; centrale mensen hebben er geen.",
                        "BPT hours per week (special pedagogical tasks, taken from lessons); "
                        "only for the own school's tasks; central staff have none.", 2),
    ("people", "other"): ("Andere uren per week (administratieve, beleids- of "
                          "zorgondersteuning).", "Other hours per week (administrative, "
                          "policy-support or care envelopes).", 0),
    ("people", "max_tasks"): ("Optioneel: hoogstens zoveel taken (geheel getal).",
                              "Optional: at most this many tasks (whole number).", 6),
    ("people", "max_schools"): ("Optioneel: op hoogstens zoveel scholen werken (geheel getal).",
                                "Optional: work at no more than this many schools (whole "
                                "number).", 2),
    ("people", "regions"): ("Optioneel, centrale mensen: de regio's die ze bedienen, met "
                            "komma's. Leeg = alle.", "Optional, central staff: the regions they "
                            "serve, comma-separated. Empty = all.", "R1,R2"),
    ("tasks", "id"): ("Unieke code van de taak, bv. TECH-01.", "Unique task code, e.g. TECH-01.",
                      "TECH-01"),
    ("tasks", "cluster"): ("technisch, pedagogisch, beleid of administratief.",
                           "technical, pedagogical, policy or administrative.", "technisch"),
    ("tasks", "name_nl"): ("Naam van de taak in het Nederlands.", "Task name in Dutch.",
                           "Eerste hulp bij ICT-problemen"),
    ("tasks", "name_en"): ("Naam van de taak in het Engels.", "Task name in English.",
                           "First-line ICT help"),
    ("tasks", "core"): ("ja/nee: kerntaak (komt eerst in het plan).",
                        "yes/no: core task (comes first in the plan).", "ja"),
    ("tasks", "strategic"): ("ja/nee: strategisch (ontbrekende strategische taken: aanwerven).",
                             "yes/no: strategic (missing strategic tasks: recruit).", "ja"),
    ("tasks", "priority"): ("Voorrang 1 (laag) tot 5 (hoog).", "Priority 1 (low) to 5 (high).", 5),
    ("tasks", "T"): ("Minimaal technisch niveau, 0 tot 4.", "Minimum technical level, 0 to 4.",
                     2),
    ("tasks", "P"): ("Minimaal pedagogisch niveau, 0 tot 4.", "Minimum pedagogical level, 0 to 4.",
                     0),
    ("tasks", "B"): ("Minimaal beleidsniveau, 0 tot 4.", "Minimum policy level, 0 to 4.", 0),
    ("tasks", "A"): ("Minimaal administratief niveau, 0 tot 4.",
                     "Minimum administrative level, 0 to 4.", 1),
    ("tasks", "specialisation"): ("Optioneel: de specialisatie die past (zie Personen).",
                                  "Optional: the matching specialisation (see People).",
                                  "helpdesk"),
    ("tasks", "scope"): ("school (één keer per school) of groep (één keer voor de hele groep).",
                         "school (once per school) or group (once for the whole group).",
                         "school"),
    ("tasks", "placement"): ("Voor schooltaken: lokaal (iemand van de school), centraal (de "
                             "centrale dienst, als de school poolt) of beide.",
                             "For school tasks: local (someone of the school), central (the "
                             "central service, if the school pools) or either.", "lokaal"),
    ("tasks", "base_hours"): ("Uren per week, veelvoud van 0,5 (voor een groepstaak: alles).",
                              "Hours per week, a multiple of 0.5 (for a group task: all of it).",
                              2),
    ("tasks", "hours_per_100_pupils"): ("Extra uren per week per 100 leerlingen van de school.",
                                        "Extra hours per week per 100 pupils of the school.",
                                        0.5),
    ("tasks", "max_people"): ("Over hoeveel mensen de taak hoogstens verdeeld wordt.",
                              "The most people the task is split over.", 2),
    ("tasks", "outsourceable"): ("nee, firma (een extern bedrijf) of koepel (koepel, overheid, "
                                 "Kenniscentrum Digisprong).",
                                 "nee (no), firma (an external firm) or koepel (umbrella "
                                 "organisation, government).", "nee"),
    ("tasks", "levels"): ("Optioneel, met komma's: de schoolniveaus waarvoor de taak geldt. "
                          "Leeg = alle.", "Optional, comma-separated: the school levels the "
                          "task applies to. Empty = all.", "secundair"),
    ("tasks", "bundle_factor"): ("Optioneel, 0 tot 1: centraal gebundeld kost de taak deze "
                                 "factor maal de som van de scholen.",
                                 "Optional, 0 to 1: bundled centrally the task costs this "
                                 "factor times the schools' sum.", 0.6),
    ("tasks", "who"): ("Optioneel, met komma's: de rollen die de taak mogen doen. Leeg = "
                       "iedereen.", "Optional, comma-separated: the roles that may take the "
                       "task. Empty = anyone.", "TICT,ICT-coördinator"),
    ("preferences", "person"): ("Code van de persoon (Personen > id).",
                                "The person's code (People > id).", "P001"),
    ("preferences", "task"): ("Code van een taak, of een cluster (technisch, pedagogisch, "
                              "beleid, administratief).", "A task code, or a cluster "
                              "(technical, pedagogical, policy, administrative).", "technisch"),
    ("preferences", "score"): ("-2 (liever niet) tot 2 (graag), of nooit.",
                               "-2 (rather not) to 2 (gladly), or never.", 2),
    ("group", "central_ict_hours"): (
        "Optioneel: de eigen ICT-uren per week van de centrale dienst van de groep.",
        "Optional: the group's own central ICT hours per week.", 20),
    ("pins", "person"): ("Code van de persoon.", "The person's code.", "P001"),
    ("pins", "task"): ("Code van de taak.", "The task code.", "TECH-01"),
    ("pins", "school"): ("Code van de school; leeg voor een groepstaak.",
                         "The school's code; empty for a group task.", "S01"),
    ("pins", "hours"): ("Optioneel: uren per week voor deze persoon.",
                        "Optional: hours per week for this person.", 2),
    ("pins", "funding"): ("Optioneel: ICT-uren, BPT-uren of andere uren.",
                          "Optional: ICT hours, BPT hours or other hours.", "ICT-uren"),
}


def column_help(sheet: str, field: str, lang: str) -> tuple[str, object]:
    """(description, example) for a column; empty for a column without help."""
    nl, en, example = COLUMN_HELP.get((sheet, field), ("", "", None))
    return (nl if lang == "nl" else en), example
