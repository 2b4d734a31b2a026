"""Words of the ICT head's workflow: check results, plan reading, console lines, errors (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "word.yes": {"nl": "ja", "en": "yes"},
    "word.no": {"nl": "nee", "en": "no"},
    "placement.local": {"nl": "lokaal", "en": "local"},
    "placement.central": {"nl": "centraal", "en": "central"},
    "placement.either": {"nl": "lokaal of centraal", "en": "local or central"},
    "scope.school": {"nl": "per school", "en": "per school"},
    "scope.group": {"nl": "groep", "en": "group"},
    "stage.objective": {"nl": "doel", "en": "objective"},
    # the independent check (allocator/check): rules, head lines, violations
    "check.rule.bundling": {"nl": "bundelen", "en": "bundling"},
    "check.rule.reference": {"nl": "verwijzing", "en": "reference"},
    "check.rule.instance": {"nl": "taak", "en": "instance"},
    "check.rule.coverage": {"nl": "dekking", "en": "coverage"},
    "check.rule.eligibility": {"nl": "wie mag", "en": "eligibility"},
    "check.rule.funding": {"nl": "financiering", "en": "funding"},
    "check.rule.capacity": {"nl": "uren", "en": "capacity"},
    "check.rule.max_tasks": {"nl": "maximum taken", "en": "max tasks"},
    "check.rule.split_limit": {"nl": "maximum personen", "en": "split limit"},
    "check.rule.pin": {"nl": "vaste toewijzing", "en": "fixed assignment"},
    "check.rule.objective": {"nl": "waarde", "en": "objective"},
    "check.rule.bound": {"nl": "grens", "en": "bound"},
    "check.rule.uncovered": {"nl": "niet gedekt", "en": "uncovered"},
    "check.at_row": {"nl": "blad {sheet}, rij {row}", "en": "sheet {sheet}, row {row}"},
    "check.at_rows": {"nl": "blad {sheet}, rijen {row}", "en": "sheet {sheet}, rows {row}"},
    "check.removed_head": {"nl": "Verwijderd uit het blad Plan (deze taken zijn nu mogelijk "
                                 "niet meer gedekt):",
                           "en": "Removed from the Plan sheet (this work may now be "
                                 "uncovered):"},
    "check.removed_row": {"nl": "{person} → {task} @ {school} ({hours} u {funding})",
                          "en": "{person} → {task} @ {school} ({hours} h {funding})"},
    "check.passes": {
        "nl": "Het plan voldoet aan de controle: {covered} van {instances} taken gedekt, "
              "waarde kerntaken {core}, waarde andere taken {noncore}.",
        "en": "plan passes the check: {covered}/{instances} instances covered, core {core}, "
              "non-core {noncore}"},
    "check.fails": {
        "nl": "Het plan voldoet NIET aan de controle ({count} problemen): {covered} van "
              "{instances} taken gedekt, waarde kerntaken {core}, waarde andere taken "
              "{noncore}.",
        "en": "plan FAILS the check ({count} problems): {covered}/{instances} instances "
              "covered, core {core}, non-core {noncore}"},
    "check.edited_note": {
        "nl": "Het Plan-blad is met de hand gewijzigd: de regels zijn gecontroleerd en de "
              "waarden hierboven zijn herberekend uit de rijen van het Plan-blad.",
        "en": "The Plan sheet was changed by hand: the rules were checked and the values "
              "above were recomputed from the Plan sheet's rows."},
    "check.rule.pooling": {"nl": "poolen", "en": "pooling"},
    "check.rule.travel": {"nl": "reistijd", "en": "travel"},
    "check.rule.pool_budget": {"nl": "centrale pot", "en": "pool budget"},
    "check.rule.envelope": {"nl": "ICT-envelop", "en": "envelope"},
    "check.rule.max_schools": {"nl": "maximum scholen", "en": "max schools"},
    "check.pooling_unstated": {
        "nl": "{school} mag kiezen om te poolen (kies), maar het plan zegt niet of het poolt",
        "en": "{school} may pool (kies) but the plan does not say whether it does"},
    "check.pooling_differs": {"nl": "{school}: het plan zegt poolt={stated}, de invoer zegt "
                                    "{given}",
                              "en": "{school}: the plan says pools={stated}, the input says "
                                    "{given}"},
    "check.travel_twice": {"nl": "reistijd {person} → {school}: meer dan één regel (reistijd "
                                 "wordt één keer betaald)",
                           "en": "travel {person}→{school}: more than one line (travel is paid "
                                 "once)"},
    "check.travel_without_work": {
        "nl": "reistijd {person} → {school}: deze centrale medewerker doet daar geen lokaal werk",
        "en": "travel {person}→{school}: no local work there by this central person"},
    "check.travel_hours": {"nl": "reistijd {person} → {school}: {hours} u, de reistijd van de "
                                 "school is {expected} u",
                           "en": "travel {person}→{school}: {hours} h, the school's travel is "
                                 "{expected} h"},
    "check.travel_funding": {"nl": "reistijd {person} → {school}: betaald uit {paid}, verwacht "
                                   "ICT-uren of andere uren",
                             "en": "travel {person}→{school}: paid from {paid}, expected ict or "
                                   "other"},
    "check.travel_missing": {"nl": "{person} doet lokaal werk op {school}, maar er is geen "
                                   "reistijd betaald",
                             "en": "{person} does local work at {school} but pays no travel"},
    "check.over_pool_budget": {"nl": "centrale medewerkers gebruiken {hours} u ICT-uren, de "
                                     "centrale pot heeft {limit} u",
                               "en": "central staff use {hours} h of ict, the pot holds "
                                     "{limit} h"},
    "check.over_envelope": {"nl": "de medewerkers van {school} gebruiken {hours} u ICT-uren, de "
                                  "envelop laat hen {limit} u",
                            "en": "{school}'s staff use {hours} h of ict, the envelope leaves "
                                  "them {limit} h"},
    "check.over_max_schools": {"nl": "{person} werkt op {count} scholen, maximum {limit}",
                               "en": "{person} works at {count} schools, max {limit}"},
    "check.not_bundleable": {"nl": "{task} staat als gebundeld, maar kan niet gebundeld worden",
                             "en": "{task} is marked bundled but cannot be bundled"},
    "check.unknown_person": {"nl": "{where}: persoon {person} staat niet op het blad Personen",
                             "en": "{where}: unknown person"},
    "check.unknown_task": {"nl": "{where}: taak {task} staat niet in de takenlijst",
                           "en": "{where}: unknown task"},
    "check.no_instance": {
        "nl": "{where}: die taak bestaat in dit plan niet op die plaats (school of groep)",
        "en": "{where}: no such instance in this plan"},
    "check.not_half_hours": {"nl": "{where}: {hours} u is geen veelvoud van 0,5 u (minstens 0,5)",
                             "en": "{where}: {hours} h is not a multiple of 0.5 h >= 0.5"},
    "check.not_allowed": {"nl": "{where}: {why}", "en": "{where}: {why}"},
    "check.bpt_elsewhere": {
        "nl": "{where}: BPT-uren betalen enkel taken van de eigen school",
        "en": "{where}: BPT hours pay only for own-school school tasks"},
    "check.over_capacity": {"nl": "{person} gebruikt {hours} u {funding}, maar heeft er {limit}",
                            "en": "{person} uses {hours} h of {funding}, has {limit} h"},
    "check.over_max_tasks": {"nl": "{person} werkt aan {count} {count|taak|taken}, maximum {limit}",
                             "en": "{person} works on {count} instances, max {limit}"},
    "check.partly_covered": {
        "nl": "{instance} krijgt {got} u van de {hours} u die nodig zijn (een taak wordt "
              "helemaal gedekt of niet)",
        "en": "{instance} gets {got} h of {hours} h (an instance is covered in full or not "
              "at all)"},
    "check.over_split_limit": {"nl": "{instance} is verdeeld over {count} personen, "
                                     "maximum {limit}",
                               "en": "{instance} is split over {count} people, max {limit}"},
    "check.bundle_uncovered": {
        "nl": "{task} is gebundeld, maar de centrale (gebundelde) taak is niet gedekt",
        "en": "{task} is bundled but its central instance is not covered"},
    "check.pin_missing": {
        "nl": "vaste toewijzing {pin} ({person} → {task}) staat niet in het plan",
        "en": "pin {pin} ({person}→{task}) is not in the plan"},
    "check.pin_hours": {"nl": "vaste toewijzing {pin}: {hours} u in plaats van {pinned} u",
                        "en": "pin {pin}: {hours} h instead of {pinned} h"},
    "check.pin_funding": {"nl": "vaste toewijzing {pin}: betaald uit andere uren dan {funding}",
                          "en": "pin {pin}: paid from another source than {funding}"},
    "check.objective_core": {
        "nl": "het plan vermeldt waarde kerntaken {claimed}, de toewijzingen geven {value}",
        "en": "plan says core {claimed}, the assignments give {value}"},
    "check.objective_noncore": {
        "nl": "het plan vermeldt waarde andere taken {claimed}, de toewijzingen geven {value}",
        "en": "plan says non-core {claimed}, the assignments give {value}"},
    "check.bound_below": {"nl": "de grens voor {stage} ({bound}) ligt onder de bereikte "
                                "waarde {value}",
                          "en": "the {stage} bound {bound} is below the value reached {value}"},
    "check.not_listed": {"nl": "{instance} is niet gedekt, maar staat niet op het blad "
                               "Niet gedekt",
                         "en": "{instance} is uncovered but not listed"},
    "check.listed_covered": {"nl": "{instance} staat op het blad Niet gedekt, maar is gedekt "
                                   "of bestaat niet",
                             "en": "{instance} is listed as uncovered but is covered or does "
                                   "not exist"},
    "check.core_flag": {"nl": "{task}: de markering kerntaak ({flag}) klopt niet",
                        "en": "{task}: core flag {flag} is wrong"},
    "check.why.role": {"nl": "de rol van {person} ({role}) hoort niet bij de rollen van {task} "
                             "({roles})",
                       "en": "{person}'s role {role} is not among {task}'s roles ({roles})"},
    "check.why.level": {"nl": "{person} heeft {competency} op niveau {has}, {task} vraagt "
                              "niveau {needs}",
                        "en": "{person} has {competency} at level {has}, {task} needs level "
                              "{needs}"},
    "check.why.never": {"nl": "{person} wil {task} nooit doen (blad Voorkeuren)",
                        "en": "{person} said never to {task}"},
    "check.why.bundle_central": {
        "nl": "{person} werkt niet centraal (een gebundelde taak is centraal werk)",
        "en": "{person} is not central staff (bundles are central work)"},
    "check.why.not_pooling": {"nl": "de school van {person} ({school}) poolt niet",
                              "en": "{person}'s school {school} does not pool"},
    "check.why.placement": {
        "nl": "{person} ({site}) mag {task} ({placement} werk) niet doen voor {school}, "
              "die {pooling}",
        "en": "{person} at {site} may not do {task} ({placement} work) for {school}, which "
              "{pooling}"},
    "word.pools": {"nl": "poolt", "en": "pools"},
    "word.not_pools": {"nl": "niet poolt", "en": "does not pool"},
    "check.why.region": {"nl": "{person} werkt niet in regio {region}",
                         "en": "{person} does not serve region {region}"},
    # input problems (allocator/read): where, and what was expected
    "input.head": {"nl": "{count} {count|probleem|problemen} in de invoer:",
                   "en": "{count} {count|problem|problems} in the input:"},
    "input.more": {"nl": "... en nog {count}", "en": "... and {count} more"},
    "input.sheet": {"nl": "blad '{sheet}'", "en": "sheet '{sheet}'"},
    "input.row": {"nl": "rij {row}", "en": "row {row}"},
    "input.column": {"nl": "kolom '{column}'", "en": "column '{column}'"},
    "input.value": {"nl": "waarde {value}", "en": "value {value}"},
    "input.expected": {"nl": "verwacht: {expected}", "en": "expected {expected}"},
    "input.nowhere": {"nl": "invoer", "en": "input"},
    "expected.text": {"nl": "tekst", "en": "text"},
    "expected.whole_number": {"nl": "een geheel getal", "en": "a whole number"},
    "expected.number": {"nl": "een getal (decimalen met , of .)",
                        "en": "a number (decimals with . or ,)"},
    "expected.bool": {"nl": "ja/nee, j/n, waar/onwaar, 1/0 of x",
                      "en": "ja/nee, yes/no, true/false, 1/0 or x"},
    "expected.list": {"nl": "een lijst, gescheiden door komma's", "en": "a comma-separated list"},
    "expected.score": {"nl": "een score van -2 tot 2, of nooit",
                       "en": "a score from -2 to 2, or never/nooit"},
    "expected.one_column": {"nl": "één kolom voor {en}/{nl}", "en": "one column for {en}/{nl}"},
    "expected.column": {"nl": "een kolom '{nl}' (of '{en}')", "en": "a column '{nl}' (or '{en}')"},
    "expected.required": {"nl": "een waarde (deze kolom is verplicht)",
                          "en": "a value (this column is required)"},
    "expected.sheet": {"nl": "een blad '{nl}' (of '{en}')", "en": "a sheet '{nl}' (or '{en}')"},
    "expected.tasks": {"nl": "minstens één taak (of geen blad Taken: dan de standaardcatalogus)",
                       "en": "at least one task (or no Taken sheet: the default catalogue)"},
    "expected.one_row": {"nl": "minstens één rij", "en": "at least one row"},
    "expected.at_least": {"nl": "een waarde van minstens {limit}",
                          "en": "input should be greater than or equal to {limit}"},
    "expected.at_most": {"nl": "een waarde van hoogstens {limit}",
                         "en": "input should be less than or equal to {limit}"},
    "expected.above": {"nl": "een waarde groter dan {limit}",
                       "en": "input should be greater than {limit}"},
    "expected.below": {"nl": "een waarde kleiner dan {limit}",
                       "en": "input should be less than {limit}"},
    "expected.integer": {"nl": "een geheel getal", "en": "input should be a valid integer{rest}"},
    "expected.max_chars": {"nl": "hoogstens {limit} tekens",
                           "en": "string should have at most {limit} characters"},
    "expected.nonempty": {"nl": "minstens één teken",
                          "en": "string should have at least 1 character"},
    "expected.level": {
        "nl": "basis, secundair, volwassenen of buitengewoon",
        "en": "input should be 'basis', 'secundair', 'volwassenen' or 'buitengewoon'"},
    "expected.cluster": {
        "nl": "technisch, pedagogisch, beleid of administratief",
        "en": "input should be 'technical', 'pedagogical', 'policy' or 'administrative'"},
    "expected.scope": {"nl": "school of groep", "en": "input should be 'school' or 'group'"},
    "expected.placement": {"nl": "lokaal, centraal of beide",
                           "en": "input should be 'local', 'central' or 'either'"},
    "expected.funding": {"nl": "ict, bpt of andere (ICT-uren, BPT-uren, andere uren)",
                         "en": "input should be 'ict', 'bpt' or 'other'"},
    "expected.one_of": {"nl": "één van {options}", "en": "input should be {options}"},
    "expected.half_hours": {"nl": "een veelvoud van 0,5 uur",
                            "en": "a multiple of 0.5 hours"},
    "expected.hours": {"nl": "een aantal uren van minstens 0", "en": "a number of hours >= 0"},
    "expected.not_central": {
        "nl": "een andere id: 'central' (centraal) is voorbehouden voor de centrale dienst",
        "en": "'central' is reserved for the group's central service"},
    "expected.unique_id": {"nl": "een unieke id (deze staat al op een eerdere rij)",
                           "en": "a unique id (this one is used on an earlier row)"},
    "expected.site": {"nl": "centraal (central) of de id van een school op het blad Scholen",
                      "en": "'central' or the id of a school on the Schools sheet"},
    "expected.central_no_bpt": {
        "nl": "0: centrale medewerkers hebben geen BPT-uren (BPT hoort bij een school)",
        "en": "0: central staff have no BPT hours (BPT is school-bound)"},
    "expected.person": {"nl": "de id van een persoon op het blad Personen",
                        "en": "the id of a person on the People sheet"},
    "expected.task_or_cluster": {
        "nl": "een taak-id of een cluster (technisch, pedagogisch, beleid, administratief)",
        "en": "a task id or a cluster (technical, pedagogical, policy, administrative)"},
    "expected.task": {"nl": "de id van een taak in de takenlijst",
                      "en": "the id of a task in the catalogue"},
    "expected.school_or_empty": {"nl": "de id van een school op het blad Scholen, of leeg",
                                 "en": "the id of a school on the Schools sheet, or empty"},
    "expected.group_task": {"nl": "leeg: taak {task} is een groepstaak",
                            "en": "empty: task {task} is a group task"},
    "expected.applies": {"nl": "een school waarvoor taak {task} geldt (niveaus {levels})",
                         "en": "a school task {task} applies to (levels {levels})"},
    "expected.per_school": {"nl": "een school-id: taak {task} gebeurt per school",
                            "en": "a school id: task {task} is done per school"},
    "expected.existing_file": {"nl": "een bestaand .xlsx-, .yaml- of .json-bestand",
                               "en": "an existing .xlsx, .yaml or .json file"},
    "expected.suffix": {"nl": "een bestand op .xlsx, .yaml, .yml of .json",
                        "en": "a file ending in .xlsx, .yaml, .yml or .json"},
    "expected.readable_workbook": {"nl": "een leesbare .xlsx-werkmap ({inner})",
                                   "en": "a readable .xlsx workbook ({inner})"},
    "expected.uncomputed": {
        "nl": "een waarde: deze formule heeft geen berekend resultaat (open en bewaar het "
              "bestand in Excel of LibreOffice, of typ de waarde)",
        "en": "a value: this formula has no computed result (open and save the file in "
              "Excel or LibreOffice, or type the value)"},
    "expected.duplicate_sheet": {"nl": "één blad voor {nl}/{en} ('{other}' is er al één)",
                                 "en": "one sheet for {nl}/{en} ('{other}' is one already)"},
    "expected.protected": {
        "nl": "een onbeveiligde .xlsx-werkmap (dit bestand heeft een wachtwoord of is in het "
              "oude .xls-formaat: verwijder het wachtwoord of bewaar het als .xlsx)",
        "en": "an unprotected .xlsx workbook (this file is password-protected or in the old "
              ".xls format: remove the password or save it as .xlsx)"},
    "expected.not_workbook": {"nl": "een .xlsx-werkmap (dit bestand is er geen, wat de naam "
                                    "ook zegt)",
                              "en": "an .xlsx workbook (this file is not one, whatever its "
                                    "name says)"},
    "expected.file_size": {"nl": "een bestand van hoogstens {limit} MiB (dit is {size} MiB)",
                           "en": "a file of at most {limit} MiB (this one is {size} MiB)"},
    "expected.plan_json_counts": {
        "nl": "een plan-JSON met hoogstens {values} waarden en {containers} objecten en lijsten "
              "(dit heeft er tot {found_values} en {found_containers}): geef de planwerkmap "
              "(.xlsx) van dezelfde berekening, die hetzelfde plan bevat",
        "en": "a plan JSON of at most {values} values and {containers} objects and lists "
              "(this one has up to {found_values} and {found_containers}): give the plan "
              "workbook (.xlsx) of the same solve, which holds the same plan"},
    "expected.plan_json_size": {
        "nl": "een plan-JSON van hoogstens {limit} MiB (dit is {size} MiB): geef de "
              "planwerkmap (.xlsx) van dezelfde berekening, die hetzelfde plan bevat",
        "en": "a plan JSON of at most {limit} MiB (this one is {size} MiB): give the plan "
              "workbook (.xlsx) of the same solve, which holds the same plan"},
    "expected.unpacked": {
        "nl": "een werkmap die uitgepakt hoogstens {limit} MiB is en hoogstens {ratio}× zijn "
              "grootte (deze is uitgepakt {size} MiB, {factor}×)",
        "en": "a workbook that unpacks to at most {limit} MiB and at most {ratio}× its size "
              "(this one unpacks to {size} MiB, {factor}×)"},
    "expected.rows": {"nl": "hoogstens {limit} rijen", "en": "at most {limit} rows"},
    "expected.rows_cells": {"nl": "hoogstens {rows} rijen per blad en {cells} cellen in totaal",
                            "en": "at most {rows} rows a sheet and {cells} cells in all"},
    "expected.valid_text": {"nl": "geldige {kind} ({inner})", "en": "valid {kind} ({inner})"},
    "expected.mapping": {"nl": "een lijst van bladnamen met hun rijen",
                         "en": "a mapping of sheet names to lists of rows"},
    "expected.row_list": {"nl": "een lijst van rijen", "en": "a list of rows"},
    "expected.row_mapping": {"nl": "kolomnamen met hun waarden",
                             "en": "a mapping of column names to values"},
    # plan files (allocator/read/plan.py)
    "expected.plan_file": {"nl": "een bestaand planbestand (.xlsx of .json)",
                           "en": "an existing plan file (.xlsx or .json)"},
    "expected.plan_suffix": {"nl": "een planbestand op .xlsx of .json",
                             "en": "a plan file ending in .xlsx or .json"},
    "expected.plan_json": {"nl": "een plan-JSON geschreven door 'allocator solve -o plan.json' "
                                 "({inner})",
                           "en": "a plan JSON written by 'allocator solve -o plan.json' "
                                 "({inner})"},
    "expected.plan_json_empty": {
        "nl": "een plan-JSON geschreven door 'allocator solve -o plan.json' (dit bestand "
              "bevat geen toewijzingen)",
        "en": "a plan JSON written by 'allocator solve -o plan.json' (this file holds no "
              "assignments)"},
    "expected.plan_not_input": {
        "nl": "een planwerkmap geschreven door 'allocator solve' (dit lijkt de invoerwerkmap: "
              "geef het plan als tweede bestand)",
        "en": "a plan workbook written by 'allocator solve' (this looks like the input "
              "workbook: give the plan as the second file)"},
    "expected.plan_sheet": {"nl": "een blad 'Plan' (de planwerkmap van 'allocator solve')",
                            "en": "a sheet 'Plan' (the plan workbook written by "
                                  "'allocator solve')"},
    "expected.plan_data": {
        "nl": "het verborgen blad zoals allocator het schreef (het is gewijzigd; wijzig enkel "
              "het blad Plan, of verwijder dit blad om het blad Plan op zich te controleren)",
        "en": "the hidden sheet as allocator wrote it (it was changed; edit the Plan sheet "
              "only, or delete the sheet to check the Plan sheet on its own)"},
    "expected.positive_hours": {
        "nl": "een aantal uren boven 0 (verwijder de rij om de toewijzing te schrappen)",
        "en": "a number of hours above 0 (delete the row to drop the assignment)"},
    "expected.funding_label": {
        "nl": "ICT-uren, BPT-uren of andere uren (ict, bpt, other)",
        "en": "ICT-uren, BPT-uren or andere uren (ict, bpt, other)"},
    "expected.resembles": {
        "nl": "de kolom '{name}' (deze kop lijkt erop maar is het niet: hernoem hem naar "
              "'{name2}', of naar iets duidelijk anders als het die kolom niet is)",
        "en": "the column '{name}' (this header resembles it but is not it: rename it to "
              "'{name2}', or to something clearly different if it is not that column)"},
    "expected.not_merged": {
        "nl": "cellen die niet samengevoegd zijn (een samengevoegd bereik houdt zijn waarde "
              "enkel in de eerste cel; de andere cellen lezen als leeg: maak de samenvoeging "
              "ongedaan en vul elke cel in)",
        "en": "cells that are not merged (a merged range keeps its value in its first cell "
              "only; the other cells read as empty: unmerge them and fill in every cell)"},
    "expected.text_length": {"nl": "hoogstens {limit} tekens", "en": "at most {limit} characters"},
    "expected.list_items": {"nl": "een lijst van hoogstens {limit} items",
                            "en": "a list of at most {limit} items"},
    "expected.outsourceable": {"nl": "nee, firma of koepel (ja = firma)",
                               "en": "nee, firma or koepel (ja = firma)"},
    "expected.pools": {"nl": "ja/nee, j/n, 1/0, x, of kies (het plan beslist)",
                       "en": "ja/nee, yes/no, 1/0, x, or kies/choose (the plan decides)"},
    "expected.fewer_problems": {"nl": "minder problemen: het lezen stopte na {limit}",
                                "en": "fewer problems: reading stopped after {limit}"},
    "expected.parts": {"nl": "een werkmap van hoogstens 10.000 onderdelen (deze heeft er "
                             "{count})",
                       "en": "a workbook of at most 10,000 parts (this one has {count})"},
    "expected.group_once": {"nl": "één rij: het blad Groep bevat de instellingen van de groep "
                                  "één keer",
                            "en": "one row: the Groep sheet holds the group's settings once"},
    "expected.worksheet": {"nl": "een werkblad (dit blad is een grafiek of het ontbreekt)",
                           "en": "a worksheet (this sheet is a chart or its part is missing)"},
    "expected.row_number": {"nl": "een rijnummer van 1 tot {limit} (de XML van het blad "
                                  "nummert de rij na rij {previous} zo)",
                            "en": "a row number from 1 to {limit} (the sheet's XML numbers the "
                                  "row after row {previous} so)"},
    "expected.cell_once": {"nl": "elke cel één keer (deze cel staat twee keer in de XML van het "
                                 "blad)",
                           "en": "each cell once (this cell is in the sheet's XML twice)"},
    "expected.cell_reference": {"nl": "een celverwijzing van {first} tot {last}",
                                "en": "a cell reference from {first} to {last}"},
    "expected.cell_of_row": {"nl": "een cel van rij {row} (de XML van het blad zet cel "
                                   "{reference} in rij {row2})",
                             "en": "a cell of row {row} (the sheet's XML puts cell {reference} "
                                   "in row {row2})"},
    "expected.max_columns": {"nl": "hoogstens {limit} kolommen (XFD)",
                             "en": "at most {limit} columns (XFD)"},
    "expected.cell_chars": {"nl": "een cel van hoogstens {limit} tekens (de grens van Excel)",
                            "en": "a cell of at most {limit} characters (Excel's own limit)"},
    "expected.text_chars": {"nl": "een tekst langer dan {limit} tekens (de grens van Excel)",
                            "en": "a text longer than {limit} characters (Excel's own limit)"},
    "expected.size_limits": {"nl": "een werkmap binnen de groottegrenzen",
                             "en": "a workbook within the size limits"},
    "expected.intact": {"nl": "een onbeschadigde .xlsx-werkmap (open en bewaar ze opnieuw in "
                              "Excel of LibreOffice)",
                        "en": "an intact .xlsx workbook (open and save it again in Excel or "
                              "LibreOffice)"},
    "expected.part": {"nl": "{inner}; onderdeel {part}: {detail}",
                      "en": "{inner}; part {part}: {detail}"},
    "expected.columns_cells": {"nl": "hoogstens {columns} verschillende kolomnamen en {cells} "
                                     "cellen per blad",
                               "en": "at most {columns} different column names and {cells} "
                                     "cells a sheet"},
    # reader warnings
    "warning.column": {"nl": "blad '{sheet}': kolom '{column}' wordt niet gebruikt en genegeerd",
                       "en": "sheet '{sheet}': column '{column}' is not used and ignored"},
    "warning.sheet": {"nl": "blad '{sheet}' wordt niet gebruikt en genegeerd",
                      "en": "sheet '{sheet}' is not used and ignored"},
    "warning.key": {"nl": "sleutel '{question}' wordt niet gebruikt en genegeerd",
                    "en": "key '{question}' is not used and ignored"},
    "warning.open_in_excel": {
        "nl": "{name} is geopend in Excel ({lock} staat ernaast): gelezen is het bestand "
              "zoals het laatst bewaard werd; bewaar het eerst in Excel als er wijzigingen zijn",
        "en": "{name} is open in Excel ({lock} is beside it): what was read is the file as "
              "last saved; save it in Excel first if it has changes"},
    "warning.stray_values": {"nl": "blad '{sheet}': {count} {count|waarde|waarden} in kolommen zonder kop "
                                   "worden genegeerd ({cells})",
                             "en": "sheet '{sheet}': {count} {count|value|values} in columns without a "
                                   "header are ignored ({cells})"},
    "warning.no_role": {"nl": "geen rol voor {people}: zij slagen voor elke 'wie'-controle van "
                              "een taak (geef iedereen een rol uit de lijst om die toe te "
                              "passen)",
                        "en": "no role for {people}: they pass every task's 'who'/'wie' check "
                              "(give each person a role from the vocabulary to apply it)"},
    # console lines
    "console.warning": {"nl": "waarschuwing: {message}", "en": "warning: {message}"},
    "console.plan_edited": {
        "nl": "{path}: het blad Plan is met de hand gewijzigd ({rows} {rows|rij|rijen} nieuw of "
              "gewijzigd, {removed} verwijderd); het plan wordt gelezen zoals het nu is.",
        "en": "{path}: the Plan sheet was changed by hand ({rows} {rows|row|rows} new or changed, "
              "{removed} removed); the plan is read as it is now."},
    "console.edited_breaks_rules": {
        "nl": "{path}: zoals het nu is, breekt het plan {count} {count|regel|regels}; de uitleg "
              "hieronder gaat over dat plan. 'allocator check' zegt welke, met de rijen",
        "en": "{path}: as it is now, the plan breaks {count} {count|rule|rules}; the "
              "explanation below is about that plan. 'allocator check' says which, with the "
              "rows"},
    "console.plan_by_hand": {
        "nl": "{path}: geen plangegevens van allocator gevonden; het blad Plan wordt gelezen "
              "als een plan dat met de hand is gemaakt ({rows} rijen).",
        "en": "{path}: no allocator plan data found; the Plan sheet is read as a plan made "
              "by hand ({rows} rows)."},
    # plan outputs (allocator/cli/plan_outputs.py)
    "output.held_open": {
        "nl": "{name} is geopend in een ander programma (Excel?) en kan niet overschreven "
              "worden: sluit {name} in Excel, of kies een andere naam met -o. Er is niets "
              "opgelost of geschreven.",
        "en": "{name} is open in another program (Excel?) and cannot be replaced: close "
              "{name} in Excel, or choose another name with -o. Nothing was solved or written."},
    "output.lock_file": {
        "nl": "{name} lijkt geopend in Excel ({lock} staat ernaast): sluit {name} in Excel "
              "voor het plan klaar is, anders wordt het onder een andere naam bewaard",
        "en": "{name} seems open in Excel ({lock} is beside it): close {name} in Excel before "
              "the plan is ready, or it is saved under another name"},
    "output.locked_at_end": {
        "nl": "{name} kon niet overschreven worden: het is geopend in een ander programma "
              "(sluit {name} in Excel). Het plan is bewaard als {saved}.",
        "en": "{name} could not be replaced: it is open in another program (close {name} in "
              "Excel). The plan was saved as {saved}."},
    "output.over_input": {
        "nl": "het plan wordt niet over het invoerbestand geschreven: kies een andere naam "
              "met -o",
        "en": "refusing to write the plan over the input file; choose another -o"},
    "output.key_over": {
        "nl": "het sleutelbestand wordt niet over de invoer of het plan geschreven",
        "en": "refusing to write the key file over the input or the plan"},
    "console.solved": {
        "nl": "{status}: kerntaken {core} (grens {core_bound}), andere taken {noncore} "
              "(grens {noncore_bound}); {assignments} toewijzingen, {uncovered} niet gedekt "
              "({uncovered_core} kerntaken); {seconds} s",
        "en": "{status}: core {core} (bound {core_bound}), non-core {noncore} (bound "
              "{noncore_bound}); {assignments} assignments, {uncovered} uncovered "
              "({uncovered_core} core); {seconds} s"},
    "console.infeasible": {
        "nl": "onhaalbaar: de vaste toewijzingen en de regels spreken elkaar tegen",
        "en": "infeasible: the fixed assignments and hard rules contradict each other"},
    "console.wrote": {"nl": "geschreven: {paths}", "en": "wrote {paths}"},
    # the guideline walk-through (allocator guide): mechanics, not what the answers mean
    "guide.focus.technical_core": {"nl": "technische kerntaken eerst",
                                   "en": "technical core tasks first"},
    "guide.focus.technical_core_and_policy": {
        "nl": "technische kerntaken en beleidstaken eerst",
        "en": "technical core tasks and policy tasks first"},
    "console.guide_focus": {"nl": "focus uit het stappenplan: {focus} ({count} {count|taak|taken} eerst)",
                            "en": "guideline focus: {focus} ({count} tasks first)"},
    "guide.no_answer": {"nl": "Geen antwoord gekregen; er is niets bewaard.",
                        "en": "No answer given; nothing was saved."},
    "guide.file_head": {"nl": "Antwoorden op het stappenplan (allocator guide); ja, nee of "
                                "weet niet",
                        "en": "Answers to the guideline (allocator guide); yes, no or don't "
                              "know"},
    "guide.saved": {"nl": "Je antwoorden staan in {file}.", "en": "Your answers are in {file}."},
    "guide.unreadable": {"nl": "{file}: niet leesbaar als YAML ({detail})",
                         "en": "{file}: not readable as YAML ({detail})"},
    "guide.not_a_mapping": {"nl": "{file}: verwacht per vraag een regel 'vraag: ja' of "
                                  "'vraag: nee'",
                            "en": "{file}: expected one line 'question: yes' or 'question: no' "
                                  "per question"},
    "guide.unknown_question": {
        "nl": "{file}: onbekende vraag '{question}' (verwacht: {known}, of het nummer van de "
              "vraag)",
        "en": "{file}: unknown question '{question}' (expected one of {known}, or the "
              "question's number)"},
    "guide.bad_answer": {
        "nl": "{file}: '{question}': '{value}' is geen antwoord; verwacht ja of nee (j/n)",
        "en": "{file}: '{question}': '{value}' is not an answer; expected yes or no (y/n)"},
    # fixed assignments that cannot hold (allocator/explain/pins.py)
    "word.hours_short": {"nl": "u", "en": "h"},
    "pins.at_row": {"nl": "blad Vast, rij {row}: {what}", "en": "sheet Fixed, row {row}: {what}"},
    "pins.numbered": {"nl": "vaste toewijzing {number}: {what}", "en": "pin {number}: {what}"},
    "pins.what_if": {"nl": "de gevraagde wat-als-toewijzing {what}",
                     "en": "the what-if you asked for, {what}"},
    "pins.forbidden": {"nl": "Geen plan mogelijk: {pin} kan niet: {reason}",
                       "en": "No plan is possible: {pin} cannot hold: {reason}"},
    "pins.reason.not_bundleable": {
        "nl": "{task} kan niet gebundeld worden: geen school die poolt heeft deze taak (vul een "
              "school in)",
        "en": "{task} cannot be bundled: no pooling school has it (fill in a school)"},
    "pins.reason.no_instance": {"nl": "{task} wordt niet gedaan voor {place}",
                                "en": "{task} is not done for {place}"},
    "pins.reason.funding": {
        "nl": "{person} heeft geen {funding} die {task} @ {place} mogen betalen (BPT-uren "
              "betalen enkel taken van de eigen school)",
        "en": "{person} has no {funding} that may pay for {task} @ {place} (BPT hours pay "
              "only for own-school tasks)"},
    "pins.reason.too_many_hours": {"nl": "{hours} u is meer dan de {needs} u die {task} vraagt",
                                   "en": "{hours} h is more than the {needs} h {task} needs"},
    "pins.reason.one_person": {
        "nl": "{task} wordt door één persoon gedaan: de vaste toewijzing moet alle {needs} u "
              "geven, niet {hours} u (of laat de uren leeg)",
        "en": "{task} is done by one person: the pin must give all {needs} h, not {hours} h "
              "(or leave the hours empty)"},
    "pins.conflict_head": {"nl": "Geen plan mogelijk: deze vaste toewijzingen (blad Vast) "
                                 "kunnen niet samen:",
                           "en": "No plan is possible: these fixed assignments (sheet Fixed) "
                                 "cannot hold together:"},
    "pins.conflict_head_one": {"nl": "Geen plan mogelijk: deze vaste toewijzing (blad Vast) kan "
                                     "niet:",
                               "en": "No plan is possible: this fixed assignment (sheet Fixed) "
                                     "cannot hold:"},
    "pins.why": {"nl": "Waarom:", "en": "Why:"},
    "pins.why_unknown": {
        "nl": "Waarom: samen met de andere regels (uren per persoon, maximum aantal taken, "
              "verdeling over personen) laten ze geen plan toe.",
        "en": "Why: together with the other rules (hours per person, maximum number of tasks, "
              "split over people) they leave no plan."},
    "pins.advice": {"nl": "Pas er één aan of laat er één los (blad Vast) en los opnieuw op.",
                    "en": "Change or release one of them (sheet Fixed) and solve again."},
    "pins.cause.split_limit": {
        "nl": "{instance} mag over hoogstens {limit} personen verdeeld worden, maar de vaste "
              "toewijzingen zetten er {count} op",
        "en": "{instance} may be split over at most {limit} people, but the pins put {count} "
              "on it"},
    "pins.cause.no_room": {
        "nl": "{instance} vraagt {needs} u; de vaste toewijzingen geven {fixed} u en vullen "
              "al de {limit} personen die de taak mag hebben: de overige {rest} u kan niemand "
              "meer nemen (een taak wordt helemaal gedekt of niet)",
        "en": "{instance} needs {needs} h; the pins give {fixed} h and fill all {limit} "
              "people the task may have: nobody can take the other {rest} h (a task is "
              "covered in full or not at all)"},
    "pins.cause.nobody_else": {
        "nl": "{instance} vraagt {needs} u; de vaste toewijzingen geven {fixed} u; de overige "
              "{rest} u moet van iemand anders komen, maar niemand anders mag daar werken "
              "({why})",
        "en": "{instance} needs {needs} h; the pins give {fixed} h; the other {rest} h must "
              "come from someone else, but nobody else may work there ({why})"},
    "pins.people_count": {"nl": "{count} personen: {reason}", "en": "{count} people: {reason}"},
    "pins.cause.person_hours": {
        "nl": "{person} heeft {available} u die dit werk mogen betalen; de vaste toewijzingen "
              "vragen {asked} u",
        "en": "{person} has {available} h that may pay for this work; the pins ask "
              "{asked} h"},
    "pins.cause.max_tasks": {
        "nl": "{person} mag hoogstens {limit} taken hebben; de vaste toewijzingen geven "
              "{count}",
        "en": "{person} may have at most {limit} tasks; the pins give {count}"},
    "prune.competency": {"nl": "competenties te laag", "en": "competencies too low"},
    "prune.never": {"nl": "wil deze taak nooit doen", "en": "never wants this task"},
    "prune.site": {"nl": "werkt op een plaats die de regels uitsluiten (plaatsing of poolen)",
                   "en": "works at a site the rules exclude (placement or pooling)"},
    "prune.region": {"nl": "werkt niet in de regio van de school",
                     "en": "does not serve the school's region"},
    "prune.funding": {"nl": "geen uren die dit mogen betalen",
                      "en": "no hours that may pay for it"},
    "prune.role": {"nl": "rol past niet bij de taak (kolom wie)",
                   "en": "role does not fit the task (column who)"},
    "what_if.impossible": {"nl": "{person} kan {task} niet doen:\n{why}",
                           "en": "{person} cannot do {task}:\n{why}"},
    "what_if.head": {"nl": "Als {person} {task} doet:", "en": "If {person} does {task}:"},
    "what_if.lost": {"nl": "dan blijft dit werk open: {work}.",
                     "en": "this work is left open: {work}."},
    "what_if.gained": {"nl": "Daarvoor komt dit werk erbij: {work}.",
                       "en": "In return this work is covered: {work}."},
    "what_if.free": {"nl": "dat kan zonder ander werk op te geven.",
                     "en": "that costs no other work."},
    "what_if.values": {
        "nl": "Het plan verliest {core} aan kerntaken en {noncore} aan andere taken (elke "
              "gedekte taak telt naar haar prioriteit).",
        "en": "The plan loses {core} of core tasks and {noncore} of other tasks (each covered "
              "task counts by its priority)."},
    "what_if.not_proven": {
        "nl": "(Het nieuwe plan is niet bewezen het beste: het verlies kan kleiner zijn.)",
        "en": "(The new plan is not proven best: the loss may be smaller.)"},
    "what_if.more_work": {"nl": "nog {count} andere", "en": "{count} more"},
    # spelled as the report writes them: one word, no hyphen after a full word
    "diploma.master": {"nl": "masterniveau", "en": "master level"},
    "diploma.bachelor": {"nl": "bachelorniveau", "en": "bachelor level"},
    "diploma.hso": {"nl": "hso-niveau", "en": "upper-secondary (HSO) level"},
    # console lines of the commands (allocator/cli)
    "cli.interrupted_nothing": {"nl": "onderbroken; er is niets geschreven",
                                "en": "interrupted; nothing was written"},
    "cli.internal_error": {
        "nl": "interne fout: {kind}: {error} (voer opnieuw uit met -v voor de details en meld "
              "het met de uitvoer van 'allocator show-versions')",
        "en": "internal error: {kind}: {error} (run with -v for the traceback; please report "
              "it with show-versions)"},
    "cli.too_large": {"nl": "te groot: {error}", "en": "too large: {error}"},
    "cli.no_plan": {"nl": "geen plan gevonden binnen {seconds} s; probeer een grotere "
                          "--time-limit",
                    "en": "no plan found within {seconds} s; try a larger --time-limit"},
    "cli.check_failed": {
        "nl": "interne fout: het plan haalt de onafhankelijke controle niet; er is niets "
              "geschreven",
        "en": "internal error: the plan fails the independent check; nothing was written"},
    "cli.interrupted_best": {
        "nl": "onderbroken: het geschreven plan is het beste dat voor Ctrl-C (of SIGTERM) "
              "gevonden was",
        "en": "interrupted: the plan written is the best one found before Ctrl-C (or "
              "SIGTERM)"},
    "cli.workbook_to_terminal": {
        "nl": "een werkmap kan niet naar het scherm: gebruik --format json, of stuur de "
              "uitvoer naar een bestand",
        "en": "a workbook cannot go to a terminal: use --format json, or redirect standard "
              "output"},
    "cli.key_file_alone": {"nl": "--key-file hoort bij --pseudonymise",
                           "en": "--key-file goes with --pseudonymise"},
    "cli.pseudonyms": {"nl": "pseudoniemen: de sleutel om ze terug te vertalen staat in {file}; "
                             "bewaar die apart",
                       "en": "pseudonyms: the key to map them back is in {file}; keep it "
                             "apart"},
    "cli.demo_group": {"nl": "voorbeeldgroep: {schools} scholen, {people} personen, {tasks} "
                             "taken in de catalogus",
                       "en": "demo group: {schools} schools, {people} people, {tasks} tasks in "
                             "the catalogue"},
    "cli.generate_suffix": {"nl": "gebruik een naam op .xlsx, .yaml of .json",
                            "en": "use a name ending in .xlsx, .yaml or .json"},
    "cli.generated": {"nl": "geschreven: {path} ({schools} scholen, {people} personen)",
                      "en": "wrote {path}: {schools} schools, {people} people"},
    "cli.what_if_needs_task": {"nl": "--what-if heeft --task nodig (en --school voor een "
                                     "schooltaak)",
                               "en": "--what-if needs --task (and --school for a school task)"},
    "cli.plan_not_of_input": {"nl": "{path}: {error}", "en": "{path}: {error}"},
    "cli.no_recruitment": {"nl": "geen niet-gedekt werk vraagt om een aanwerving",
                           "en": "no uncovered work calls for recruitment"},
    "cli.recruit_line": {
        "nl": "{path}: {role} ({site}), {hours} u/week, {tasks} {tasks|taak|taken}, ICT-envelop: {fits}",
        "en": "{path}: {role} ({site}), {hours} h/week, {tasks} {tasks|task|tasks}, ICT envelope: {fits}"},
    "cli.fits": {"nl": "past", "en": "fits"},
    "cli.over_budget": {"nl": "{hours} u/week boven het budget", "en": "over budget by {hours} h/week"},
    "cli.region": {"nl": "regio {region}", "en": "region {region}"},
    "cli.scenario_wrote": {"nl": "geschreven: {path}", "en": "wrote {path}"},
    "cli.variant_failed": {"nl": "variant {variant} mislukt: {error}",
                           "en": "variant {variant} failed: {error}"},
    "cli.sweep_points": {"nl": "{count} punten in de sweep", "en": "{count} sweep points"},
    "cli.variants": {"nl": "{jobs} varianten op te lossen, {failed} ongeldig",
                     "en": "{jobs} variants to solve, {failed} invalid"},
    # scenario comparison for people (allocator/scenarios/outputs.py); the csv keeps codes
    "scenario.sheet": {"nl": "Vergelijking", "en": "Comparison"},
    "scenario.error": {"nl": "fout", "en": "error"},
    "scenario.col.variant": {"nl": "variant", "en": "variant"},
    "scenario.col.status": {"nl": "status", "en": "status"},
    "scenario.col.core_value": {"nl": "waarde kerntaken", "en": "core value"},
    "scenario.col.noncore_value": {"nl": "waarde andere taken", "en": "other value"},
    "scenario.col.core_coverage_pct": {"nl": "kerntaken gedekt (%)",
                                       "en": "core tasks covered (%)"},
    "scenario.col.noncore_coverage_pct": {"nl": "andere taken gedekt (%)",
                                          "en": "other tasks covered (%)"},
    "scenario.col.hours_ict": {"nl": "ICT-uren gebruikt", "en": "ICT hours used"},
    "scenario.col.hours_bpt": {"nl": "BPT-uren gebruikt", "en": "BPT hours used"},
    "scenario.col.hours_other": {"nl": "andere uren gebruikt", "en": "other hours used"},
    "scenario.col.uncovered_core": {"nl": "niet gedekte kerntaken", "en": "uncovered core tasks"},
    "scenario.col.people_per_task": {"nl": "personen per taak", "en": "people per task"},
    "scenario.col.gap": {"nl": "afstand tot de grens", "en": "gap to the bound"},
    "scenario.col.seconds": {"nl": "seconden", "en": "seconds"},
    "scenario.col.checked": {"nl": "gecontroleerd", "en": "checked"},
    "scenario.col.stability": {"nl": "behouden uit het basisplan",
                               "en": "kept from the base plan"},
    "scenario.col.error": {"nl": "fout", "en": "error"},
    "scenario.col.person": {"nl": "persoon", "en": "person"},
    "scenario.col.hours": {"nl": "uren", "en": "hours"},
    "scenario.col.schools": {"nl": "scholen", "en": "schools"},
    "scenario.col.pool_share": {"nl": "aandeel scholen dat poolt", "en": "share of schools pooling"},
    "scenario.col.ict_factor": {"nl": "factor ICT-budget", "en": "ICT budget factor"},
    "scenario.col.recommendation": {"nl": "aanbeveling: {what}", "en": "recommendation: {what}"},
    "scenario.col.cluster_covered": {"nl": "{cluster} gedekt (%)", "en": "{cluster} covered (%)"},
    "scenario.plot.coverage": {"nl": "Dekking per cluster", "en": "Coverage per cluster"},
    "scenario.plot.coverage_axis": {"nl": "% van de taken gedekt",
                                    "en": "% of task instances covered"},
    "scenario.plot.hours": {"nl": "Uren per financieringsbron", "en": "Hours per funding source"},
    "scenario.plot.hours_axis": {"nl": "gebruikte uren per week", "en": "hours per week used"},
    "scenario.plot.load": {"nl": "Belasting per persoon", "en": "Load per person"},
    "scenario.plot.load_axis": {"nl": "uren per week per persoon",
                                "en": "hours per week per person"},
    # why work stays uncovered, in a few words (the Niet gedekt sheet's reason column)
    "summary.stage_name": {"nl": "fase {stage}", "en": "stage {stage}"},
    "reason_name.no_competent_person": {"nl": "niemand heeft de competenties",
                                        "en": "nobody has the competencies"},
    "reason_name.excluded_by_preference": {"nl": "wie het kan, wil het nooit",
                                           "en": "the competent said never"},
    "reason_name.site_rules": {"nl": "werken niet waar het werk is (plaatsing, poolen)",
                               "en": "work elsewhere (placement, pooling)"},
    "reason_name.funding_rule": {"nl": "geen uren die dit mogen betalen",
                                 "en": "no hours that may pay for it"},
    "reason_name.split_limit": {"nl": "te weinig uren bij wie het mag doen",
                                "en": "too few hours among those allowed"},
    "reason_name.max_tasks": {"nl": "maximum aantal taken bereikt",
                              "en": "maximum number of tasks reached"},
    "reason_name.capacity_spent": {"nl": "uren gaan naar belangrijker werk",
                                   "en": "hours go to work that ranks higher"},
    "reason_name.capacity_elsewhere": {"nl": "uren gaan naar ander werk",
                                       "en": "hours go to other work"},
    "reason_name.pinned_work": {"nl": "uren gaan naar vaste toewijzingen",
                                "en": "hours go to fixed assignments"},
    "reason_name.not_reached": {"nl": "het plan is niet afgerond",
                                "en": "the plan was not finished"},
    "reason_name.pool_budget": {"nl": "de centrale pot is op", "en": "the central pot is spent"},
    "reason_name.envelope": {"nl": "de ICT-envelop van de school is op",
                             "en": "the school's ICT envelope is spent"},
    "reason_name.max_schools": {"nl": "maximum aantal scholen bereikt",
                                "en": "maximum number of schools reached"},
    "reason_name.role_not_allowed": {"nl": "geen rol die dit mag doen",
                                     "en": "no role that may do it"},
}
