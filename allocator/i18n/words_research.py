"""Words of scenario and sweep outputs: summary tables, sheets, plots, messages."""

WORDS: dict[str, dict[str, str]] = {
    # summary columns
    "r_variant": {"nl": "variant", "en": "variant"},
    "r_status": {"nl": "status", "en": "status"},
    "r_solved": {"nl": "opgelost", "en": "solved"},
    "r_core": {"nl": "kerntaken gedekt (%)", "en": "core work covered (%)"},
    "r_noncore": {"nl": "andere taken gedekt (%)", "en": "other work covered (%)"},
    "r_uncovered_core": {"nl": "open kerntaken", "en": "open core tasks"},
    "r_core_change": {"nl": "kerntaken t.o.v. basis (%-punt)",
                      "en": "core vs baseline (%-points)"},
    "r_hours_used": {"nl": "uren gebruikt {source} / beschikbaar",
                     "en": "{source} hours used / available"},
    "r_error": {"nl": "fout", "en": "error"},
    "r_interval": {"nl": "95 %-interval", "en": "95 % interval"},
    "r_baseline": {"nl": "basis", "en": "baseline"},
    "r_method": {"nl": "Methode", "en": "Method"},
    "r_method_text": {
        "nl": "tweezijdig 95 %-t-interval van Student over de herhalingen; verschillen met de "
              "basis zijn gepaard binnen een herhaling (gepaard t-interval)",
        "en": "two-sided 95 % Student t-interval over repetitions; differences against the "
              "baseline are paired within a repetition (paired t-interval)"},
    # sheets
    "r_sheet_summary": {"nl": "Samenvatting", "en": "Summary"},
    "r_sheet_loads": {"nl": "Belasting", "en": "Loads"},
    "r_sheet_provenance": {"nl": "Herkomst", "en": "Provenance"},
    # funding sources
    "r_ict": {"nl": "ICT", "en": "ICT"},
    "r_bpt": {"nl": "BPT", "en": "BPT"},
    "r_other": {"nl": "andere", "en": "other"},
    # plots
    "r_plot_coverage": {"nl": "Gedekte taken: kern en andere", "en": "Work covered: core and other"},
    "r_plot_coverage_y": {"nl": "% taakinstanties gedekt", "en": "% of task instances covered"},
    "r_plot_hours": {"nl": "Uren per financieringsbron: gebruikt en beschikbaar",
                     "en": "Hours per funding source: used and available"},
    "r_plot_hours_y": {"nl": "uren per week", "en": "hours per week"},
    "r_used": {"nl": "gebruikt", "en": "used"},
    "r_available": {"nl": "beschikbaar", "en": "available"},
    "r_plot_load": {"nl": "Bezetting per persoon, per rol", "en": "Utilisation per person, by role"},
    "r_plot_load_y": {"nl": "bezetting (% van de eigen uren)", "en": "utilisation (% of own hours)"},
    "r_plot_tornado": {"nl": "Effect van elke factor apart op de dekking van kerntaken",
                       "en": "Effect of each factor alone on core coverage"},
    "r_plot_tornado_x": {"nl": "verschil met de basis (%-punt), 95 %-interval",
                         "en": "difference from the baseline (%-points), 95 % interval"},
    "r_plot_sweep_y": {"nl": "kerntaken gedekt (%), gemiddelde en 95 %-interval",
                       "en": "core work covered (%), mean and 95 % interval"},
    "r_core_short": {"nl": "kern", "en": "core"},
    "r_noncore_short": {"nl": "andere", "en": "other"},
    # console lines of scenarios run / sweep
    "r_cli_start": {"nl": "{count} {what} ({failed} ongeldig); resultaten in {output}",
                    "en": "{count} {what} ({failed} invalid); writing to {output}"},
    "r_cli_points": {"nl": "punten", "en": "points"},
    "r_cli_variants": {"nl": "varianten", "en": "variants"},
    "r_cli_groups": {"nl": "groepen", "en": "groups"},
    "r_cli_error": {"nl": "fout: {error}", "en": "error: {error}"},
    "r_cli_resume": {"nl": "wat al opgelost is, staat in {output}; geef hetzelfde commando met "
                           "--resume om verder te gaan",
                     "en": "what was solved is in {output}; run the same command with --resume "
                           "to go on"},
    "r_cli_more_failed": {"nl": "... en nog {count} mislukt", "en": "... and {count} more failed"},
    "r_cli_solved": {"nl": "{solved} van {total} opgelost, {failed} mislukt",
                     "en": "{solved} of {total} solved, {failed} failed"},
    "r_cli_interrupted": {"nl": "onderbroken: {done} van {total} geschreven in {output}; geef "
                                "hetzelfde commando met --resume om verder te gaan",
                          "en": "interrupted: {done} of {total} written to {output}; run the "
                                "same command with --resume to go on"},
    "r_cli_all_failed": {"nl": "fout: elk punt is mislukt (zie de kolom fout)",
                         "en": "error: every point failed (see the error column)"},
    "r_cli_version_note": {
        "nl": "let op: {file} vermeldt geen 'version: 2' en wordt gelezen als versie 1 "
              "(scale_funding vermenigvuldigt uren zonder plafond); vanaf versie 2 vult extra "
              "geld posten aan tot 36 u/week en werft dan aan (docs/scenarios.md)",
        "en": "note: {file} states no 'version: 2' and is read as version 1 (scale_funding "
              "multiplies hours without a cap); from version 2 a raise fills posts up to 36 "
              "h/week and then hires (docs/scenarios.md)"},
    "r_progress": {"nl": "[{label}] {done}/{total} {what} klaar ({failed} mislukt), {elapsed} "
                         "verstreken{left}",
                   "en": "[{label}] {done}/{total} {what} done ({failed} failed), {elapsed} "
                         "elapsed{left}"},
    "r_progress_left": {"nl": ", nog ongeveer {left}", "en": ", about {left} left"},
    "r_cli_flanders": {
        "nl": "Vlaanderen: {groups} groepen opgelost; kerntaken {core} % gedekt, andere taken "
              "{noncore} %; aanwerving nodig voor {posts} voltijdse posten; {over} "
              "stappen 1/2 met een gap boven 1 %",
        "en": "Flanders: {groups} groups solved; core work {core} % covered, other work "
              "{noncore} %; recruitment need {posts} full-time posts; {over} stage 1/2 "
              "results with a gap above 1 %"},
    "r_cli_flanders_stage3": {
        "nl": "stap 3 (voorkeuren) begrensd op {work} eenheden solverwerk per groep (de "
              "dekkingswaarden liggen vast na stap 2): grootste gap van stap 3 {gap} %, gemiddeld "
              "{mean} %; {none} groepen houden het plan van stap 2 (stap 3 vond binnen de "
              "grens geen eigen plan)",
        "en": "stage 3 (preferences) capped at {work} units of solver work per group "
              "(coverage values are fixed by stage 2): largest stage 3 gap {gap} %, mean {mean} %; "
              "{none} groups keep stage 2's plan (stage 3 found no plan of its own within the "
              "cap)"},
    "r_ci_note": {"nl": "lijntjes: 95 %-interval over de herhalingen",
                  "en": "whiskers: 95 % interval over repetitions"},
}
