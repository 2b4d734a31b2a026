"""Words of the progress lines on stderr during a solve (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "progress.ctrl_c": {
        "nl": "Bezig met rekenen. Ctrl-C stopt en bewaart het beste plan tot nu toe.",
        "en": "Solving. Ctrl-C stops and keeps the best plan found so far."},
    "progress.compiled": {
        "nl": "voorbereid: {instances} taken per school of groep (een taak die gebundeld "
              "kan worden nog per school en als bundel geteld), {arcs} mogelijke "
              "toewijzingen, {people} personen ({seconds} s)",
        "en": "prepared: {instances} task instances (a task that may be bundled still "
              "counted per school and as a bundle), {arcs} possible assignments, "
              "{people} people ({seconds} s)"},
    "progress.stage_started": {"nl": "fase {stage}: gestart (tot {seconds} s)",
                               "en": "stage {stage}: started (up to {seconds} s)"},
    "progress.status": {
        "nl": "fase {stage}: beste {best}, grens {bound} | {elapsed} s bezig, nog hoogstens "
              "{remaining} s",
        "en": "stage {stage}: best {best}, bound {bound} | {elapsed} s elapsed, at most "
              "{remaining} s left"},
    "progress.handover": {
        "nl": "fase {stage}: HiGHS rekent verder (beste {best}, grens {bound})",
        "en": "stage {stage}: HiGHS continues (best {best}, bound {bound})"},
    "progress.stage_done": {
        "nl": "fase {stage}: {status}, waarde {best}, grens {bound} ({seconds} s van {limit})",
        "en": "stage {stage}: {status}, value {best}, bound {bound} ({seconds} s of {limit})"},
    "progress.what_if": {
        "nl": "Wat-als: het plan wordt opnieuw berekend met deze toewijzing vast.",
        "en": "What-if: solving the plan again with this assignment fixed."},
    "stage.focus": {"nl": "focus", "en": "focus"},
    "stage.core": {"nl": "kerntaken", "en": "core tasks"},
    "stage.noncore": {"nl": "andere taken", "en": "other tasks"},
    "stage.stability": {"nl": "vorig plan behouden", "en": "keep the previous plan"},
    "stage.preferences": {"nl": "voorkeuren", "en": "preferences"},
}
