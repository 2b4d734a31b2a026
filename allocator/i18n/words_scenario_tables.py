"""Words of the scenario, sweep and Flanders outputs people read (workbook, markdown, plots).

Every column of the tidy data (``allocator/scenarios/tables.py``; the csv and parquet files
keep these codes) has a header here (``scenario.col.<code>``); codes in cells (statuses, a
group's kind, the central site) have words; a failed point's reason is said again in the
output language (``scen_fail.*``: the English templates the runner writes).
"""

WORDS: dict[str, dict[str, str]] = {
    # columns of the points (one row per variant, sweep point or Flemish group)
    "scenario.col.name": {"nl": "naam", "en": "name"},
    "scenario.col.repetition": {"nl": "herhaling", "en": "repetition"},
    "scenario.col.group_seed": {"nl": "seed van de groep", "en": "group seed"},
    "scenario.col.repeatable": {"nl": "herhaalbaar (zelfde plan bij elke run)",
                                "en": "repeatable (same plan on every run)"},
    "scenario.col.cpu_seconds": {"nl": "CPU-seconden", "en": "CPU seconds"},
    "scenario.col.n_schools": {"nl": "aantal scholen", "en": "number of schools"},
    "scenario.col.n_pooling": {"nl": "scholen die poolen", "en": "schools that pool"},
    "scenario.col.n_pupils": {"nl": "leerlingen", "en": "pupils"},
    "scenario.col.n_people": {"nl": "personen", "en": "people"},
    "scenario.col.n_basis": {"nl": "scholen basisonderwijs", "en": "primary schools"},
    "scenario.col.n_secundair": {"nl": "scholen secundair onderwijs", "en": "secondary schools"},
    "scenario.col.n_buitengewoon": {"nl": "scholen buitengewoon onderwijs",
                                    "en": "special-education schools"},
    "scenario.col.n_volwassenen": {"nl": "centra volwassenenonderwijs",
                                   "en": "adult-education centres"},
    "scenario.col.available_ict": {"nl": "ICT-uren beschikbaar", "en": "ICT hours available"},
    "scenario.col.available_bpt": {"nl": "BPT-uren beschikbaar", "en": "BPT hours available"},
    "scenario.col.available_other": {"nl": "andere uren beschikbaar",
                                     "en": "other hours available"},
    "scenario.col.core_instances": {"nl": "kerntaken (taak per school, aantal)",
                                    "en": "core tasks (task per school, count)"},
    "scenario.col.core_covered": {"nl": "kerntaken gedekt (aantal)",
                                  "en": "core tasks covered (count)"},
    "scenario.col.noncore_instances": {"nl": "andere taken (taak per school, aantal)",
                                       "en": "other tasks (task per school, count)"},
    "scenario.col.noncore_covered": {"nl": "andere taken gedekt (aantal)",
                                     "en": "other tasks covered (count)"},
    "scenario.col.gap_core": {"nl": "afstand tot de grens: kerntaken",
                              "en": "gap to the bound: core work"},
    "scenario.col.gap_noncore": {"nl": "afstand tot de grens: andere taken",
                                 "en": "gap to the bound: other work"},
    "scenario.col.gap_preferences": {"nl": "afstand tot de grens: voorkeuren",
                                     "en": "gap to the bound: preferences"},
    "scenario.col.uncovered_core_hours": {"nl": "open kernwerk (u/week)",
                                          "en": "open core work (h/week)"},
    "scenario.col.recruit_hours": {"nl": "aan te werven (u/week)",
                                   "en": "to recruit (h/week)"},
    "scenario.col.outsourced": {"nl": "uitbestede taken", "en": "tasks outsourced"},
    "scenario.col.outsourced_core": {"nl": "uitbestede kerntaken", "en": "core tasks outsourced"},
    "scenario.col.outsourced_hours_week": {"nl": "uitbesteed (u/week)",
                                           "en": "outsourced (h/week)"},
    "scenario.col.outsourcing_cost_eur": {"nl": "kosten uitbesteding (€)",
                                          "en": "outsourcing cost (€)"},
    "scenario.col.outsource_unfunded": {"nl": "uit te besteden zonder budget",
                                        "en": "to outsource without budget"},
    "scenario.col.operating_budget_eur": {"nl": "werkingsbudget (€)",
                                          "en": "operating budget (€)"},
    "scenario.col.bpt_factor": {"nl": "factor BPT-uren", "en": "BPT hours factor"},
    "scenario.col.kind": {"nl": "soort groep", "en": "kind of group"},
    # the long table (csv and parquet only)
    "scenario.col.metric": {"nl": "maat", "en": "metric"},
    "scenario.col.value": {"nl": "waarde", "en": "value"},
    # columns of the loads (one row per point and person)
    "scenario.col.site": {"nl": "plaats", "en": "site"},
    "scenario.col.role": {"nl": "rol", "en": "role"},
    "scenario.col.central": {"nl": "centrale dienst", "en": "central service"},
    "scenario.col.capacity": {"nl": "uren beschikbaar", "en": "hours available"},
    "scenario.col.utilisation_pct": {"nl": "bezetting (%)", "en": "utilisation (%)"},
    # Flemish totals
    "scenario.col.groups": {"nl": "groepen opgelost", "en": "groups solved"},
    "scenario.col.groups_failed": {"nl": "groepen mislukt", "en": "groups failed"},
    "scenario.col.recruitment_posts": {"nl": "aan te werven voltijdse posten",
                                       "en": "full-time posts to recruit"},
    "scenario.col.max_gap_core": {"nl": "grootste afstand tot de grens: kerntaken",
                                  "en": "largest gap to the bound: core work"},
    "scenario.col.max_gap_noncore": {"nl": "grootste afstand tot de grens: andere taken",
                                     "en": "largest gap to the bound: other work"},
    "scenario.col.groups_gap_core_over_1pct": {
        "nl": "groepen met afstand boven 1 %: kerntaken",
        "en": "groups with a gap above 1 %: core work"},
    "scenario.col.groups_gap_noncore_over_1pct": {
        "nl": "groepen met afstand boven 1 %: andere taken",
        "en": "groups with a gap above 1 %: other work"},
    "scenario.col.max_gap_preferences": {"nl": "grootste afstand tot de grens: voorkeuren",
                                         "en": "largest gap to the bound: preferences"},
    "scenario.col.mean_gap_preferences": {"nl": "gemiddelde afstand tot de grens: voorkeuren",
                                          "en": "mean gap to the bound: preferences"},
    # the summary sheet (numbers; the markdown writes the same with intervals as text)
    "r_col_baseline": {"nl": "basis", "en": "baseline"},
    "r_col_solved": {"nl": "opgelost", "en": "solved"},
    "r_col_runs": {"nl": "herhalingen", "en": "repetitions"},
    "r_col_low": {"nl": "{what}: ondergrens 95 %-interval",
                  "en": "{what}: 95 % interval, low"},
    "r_col_high": {"nl": "{what}: bovengrens 95 %-interval",
                   "en": "{what}: 95 % interval, high"},
    "r_failed_cell": {"nl": "mislukt: {reason}", "en": "failed: {reason}"},
    "r_failed_status": {"nl": "mislukt ({status})", "en": "failed ({status})"},
    "r_cli_some_failed": {
        "nl": "niet alles is gelukt: de resultaten van de andere zijn geschreven, de mislukte "
              "staan als 'mislukt' in de tabellen en grafieken (afsluitcode {code})",
        "en": "not everything succeeded: the others' results are written, the failed ones are "
              "marked 'failed' in the tables and plots (exit code {code})"},
    "r_cli_oversubscribed": {
        "nl": "{parallel} berekeningen tegelijk × {workers} zoekprocessen van CP-SAT is meer "
              "dan de {cores} kernen: de berekeningen vertragen elkaar",
        "en": "{parallel} parallel solves × {workers} CP-SAT workers exceed the {cores} cores: "
              "solves will slow each other down"},
    # codes in cells
    "status.timeout": {"nl": "gestopt: tijdsbudget van het punt op",
                       "en": "stopped: the point's time budget ran out"},
    "scenario.kind.primary": {"nl": "basisonderwijs", "en": "primary"},
    "scenario.kind.secondary": {"nl": "secundair onderwijs", "en": "secondary"},
    "scenario.kind.adult": {"nl": "volwassenenonderwijs", "en": "adult education"},
    "scenario.kind.Flanders": {"nl": "Vlaanderen", "en": "Flanders"},
    "scenario.base_variant": {"nl": "(basis)", "en": "(base)"},
    # the data dictionary sheet: what each column of the csv and parquet files is
    "r_sheet_columns": {"nl": "Kolommen", "en": "Columns"},
    "r_col_code": {"nl": "kolom in csv en parquet", "en": "column in csv and parquet"},
    "r_col_words": {"nl": "kolomkop in deze werkmap", "en": "header in this workbook"},
    "r_col_file": {"nl": "bestand", "en": "file"},
    # the provenance sheet
    "r_prov_key": {"nl": "gegeven (code)", "en": "item (code)"},
    "r_prov_meaning": {"nl": "betekenis", "en": "meaning"},
    "r_prov_value": {"nl": "waarde", "en": "value"},
    "prov.allocator": {"nl": "versie van allocator", "en": "allocator version"},
    "prov.commit": {"nl": "git-commit van allocator", "en": "allocator's git commit"},
    "prov.solvers": {"nl": "versie van een solver", "en": "solver version"},
    "prov.libraries": {"nl": "versie van een bibliotheek", "en": "library version"},
    "prov.python": {"nl": "versie van Python", "en": "Python version"},
    "prov.machine": {"nl": "computer", "en": "machine"},
    "prov.command": {"nl": "commando zoals getypt", "en": "command as typed"},
    "prov.invocation": {"nl": "commando met elke optie", "en": "command with every option"},
    "prov.started": {"nl": "gestart", "en": "started"},
    "prov.finished": {"nl": "klaar", "en": "finished"},
    "prov.kind": {"nl": "soort berekening", "en": "kind of run"},
    "prov.file": {"nl": "invoerbestand", "en": "input file"},
    "prov.version": {"nl": "versie van het scenariobestand", "en": "scenario file version"},
    "prov.time_limit": {"nl": "tijdslimiet per berekening (s)", "en": "time limit per solve (s)"},
    "prov.solver_workers": {"nl": "zoekprocessen van CP-SAT per berekening",
                            "en": "CP-SAT workers per solve"},
    "prov.solver_seed": {"nl": "seed van de solver", "en": "solver seed"},
    "prov.base": {"nl": "basis van de scenario's", "en": "base of the scenarios"},
    "prov.generator": {"nl": "instelling van de generator", "en": "generator setting"},
    "prov.point_budget": {"nl": "tijdsbudget per punt (s)", "en": "time budget per point (s)"},
    "prov.memory_mb": {"nl": "geheugen per punt (MB)", "en": "memory per point (MB)"},
    "prov.backend": {"nl": "waar gerekend", "en": "where it ran"},
    "prov.statistics": {"nl": "statistische methode", "en": "statistical method"},
    "prov.sweep": {"nl": "ontwerp van de sweep", "en": "sweep design"},
    "prov.seeds": {"nl": "seeds", "en": "seeds"},
    "prov.seed": {"nl": "seed", "en": "seed"},
    "prov.sample": {"nl": "steekproef (groepen)", "en": "sample (groups)"},
    "prov.groups": {"nl": "groepen", "en": "groups"},
    "prov.stage3_work": {"nl": "solverwerk voor stap 3 per groep",
                         "en": "solver work for stage 3 per group"},
    "prov.stage3_note": {"nl": "toelichting bij stap 3", "en": "note on stage 3"},
    "scenario.kind_of_run.scenario": {"nl": "scenariobestand", "en": "scenario file"},
    "scenario.kind_of_run.sweep": {"nl": "sweep", "en": "sweep"},
    "scenario.kind_of_run.flanders": {"nl": "Vlaanderen", "en": "Flanders"},
    "scenario.base.generated": {"nl": "gegenereerde groep", "en": "generated group"},
    # provenance values written in English (cli/scenarios.py, provenance.py), said again
    "prov_value.local": {"nl": "{count} {count|lokaal proces|lokale processen}",
                         "en": "{count} {count|local process|local processes}"},
    "prov_value.scheduler_file": {"nl": "Dask-schedulerbestand {file}",
                                  "en": "Dask scheduler file {file}"},
    "prov_value.machine": {"nl": "{cpu}, {count} kernen, {system}",
                           "en": "{cpu}, {count} cores, {system}"},
    "prov_value.sweep_seeds": {
        "nl": "seed van de groep in herhaling r = 10000 × basisseed + r; seed van de solver 0",
        "en": "group seed of repetition r = 10000 × base seed + r; solver seed 0"},
    "prov_value.flanders_seeds": {
        "nl": "groep g: seed 10000 × seed + g; seed van de solver 0",
        "en": "group g: seed 10000 × seed + g; solver seed 0"},
    "prov_value.stage3_capped": {
        "nl": "stap 3 (voorkeuren) begrensd op zoveel deterministisch CP-SAT-werk per groep; "
              "de afstand tot de grens staat in gap_preferences",
        "en": "stage 3 (preferences) capped at this much CP-SAT deterministic work per group; "
              "its gap is in gap_preferences"},
    "prov_value.stage3_all": {
        "nl": "stap 3 (voorkeuren) liep tot haar gap of het budget",
        "en": "stage 3 (preferences) ran to its gap or the budget"},
    "prov_value.all": {"nl": "alles", "en": "all"},
    # plots
    "r_plot_sweep": {"nl": "Kerntaken gedekt volgens {axis}",
                     "en": "Core work covered against {axis}"},
    "r_plot_failed": {"nl": "mislukt", "en": "failed"},
    "r_plot_failed_note": {"nl": "Mislukt, niet getekend: {cells}",
                           "en": "Failed, not drawn: {cells}"},
    "r_plot_failed_points": {"nl": "{count} van {total} punten mislukt (niet meegeteld)",
                             "en": "{count} of {total} points failed (left out)"},
    # why a point failed (point.py, execute.py, run.py write these in English; said again)
    "scen_fail.budget": {"nl": "gestopt na het tijdsbudget van het punt ({seconds} s)",
                         "en": "stopped after the point's wall-clock budget of {seconds} s"},
    "scen_fail.memory_used": {
        "nl": "gestopt boven het geheugenbudget van het punt ({limit} MB; {used} MB gebruikt)",
        "en": "stopped above the point's memory budget of {limit} MB ({used} MB)"},
    "scen_fail.memory": {"nl": "gestopt boven het geheugenbudget van het punt ({limit} MB)",
                         "en": "stopped above the point's memory budget of {limit} MB"},
    "scen_fail.signal_memory": {
        "nl": "het proces dat dit punt berekende, is gestopt: signaal {signal} (geheugen op, "
              "of van buitenaf gestopt)",
        "en": "the process solving this point died: signal {signal} (out of memory, or "
              "stopped from outside)"},
    "scen_fail.signal": {"nl": "het proces dat dit punt berekende, is gestopt: signaal {signal}",
                         "en": "the process solving this point died: signal {signal}"},
    "scen_fail.exit_code": {"nl": "het proces dat dit punt berekende, stopte met code {code}",
                            "en": "the process solving this point died with exit code {code}"},
    "scen_fail.base_plan": {"nl": "het basisplan om van te herplannen kon niet berekend worden",
                            "en": "the base plan to re-plan from could not be solved"},
    "scen_fail.killed_worker": {
        "nl": "de Dask-worker die dit punt berekende, ging verloren (ook een tweede poging op "
              "een andere worker: een crash of geheugen op?)",
        "en": "the Dask worker solving this point was lost (the point was retried on another "
              "worker and lost it too: a crash or out of memory?)"},
    "scen_fail.cancelled": {"nl": "de cluster annuleerde dit punt ({status})",
                            "en": "the cluster cancelled this point ({status})"},
    "scen_fail.status": {"nl": "geen resultaat (status {status})",
                         "en": "no result (status {status})"},
    # the cluster as a whole (ClusterError, execute.py): said on the console
    "scen_fail.unreachable_address": {
        "nl": "de Dask-scheduler op adres {address} is niet bereikbaar binnen {seconds} s "
              "({detail}); draait 'dask scheduler' daar?",
        "en": "cannot reach the Dask scheduler of address {address} within {seconds} s "
              "({detail}); is 'dask scheduler' running there?"},
    "scen_fail.unreachable_file": {
        "nl": "de Dask-scheduler uit het schedulerbestand {file} is niet bereikbaar binnen "
              "{seconds} s ({detail}); draait 'dask scheduler' daar?",
        "en": "cannot reach the Dask scheduler of the scheduler file {file} within {seconds} "
              "s ({detail}); is 'dask scheduler' running there?"},
    "scen_fail.connection_lost": {
        "nl": "de verbinding met de Dask-scheduler is verbroken ({count} punten niet klaar)",
        "en": "lost the connection to the Dask scheduler ({count} points not done)"},
    "scen_fail.no_workers": {
        "nl": "de Dask-cluster heeft al {seconds} s geen workers; {count} punten niet klaar",
        "en": "the Dask cluster has had no workers for {seconds} s; {count} points not done"},
    "scen_fail.bokeh": {
        "nl": "het Dask-dashboard heeft bokeh nodig: pip install 'allocator[dashboard]'",
        "en": "the Dask dashboard needs bokeh: pip install 'allocator[dashboard]'"},
    "scen_fail.internal": {"nl": "interne fout ({kind}): {detail}",
                           "en": "internal error ({kind}): {detail}"},
    # --help of scenarios flanders (the option came without Dutch words)
    "help.opt.scenarios.flanders.stage3_work": {
        "nl": "Solverwerk per groep voor stap 3 (voorkeuren), waar de totalen nauwelijks van "
              "afhangen; 'all' geeft het alles wat stappen 1 en 2 overlieten.",
        "en": "Solver work per group for stage 3 (preferences); 'all' lifts the cap."},
}
