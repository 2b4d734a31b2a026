"""Words of the web app's solve results per stage and other page corrections (webfix)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "web.and": {"nl": "en", "en": "and"},
    "web.stage_result.proven": {"nl": "bewezen optimaal", "en": "proven optimal"},
    "web.stage_result.open": {"nl": "niet bewezen: {distance}",
                              "en": "not proven: {distance}"},
    "web.stage_result.distance": {"nl": "{distance} van de grens, {share} %",
                                  "en": "{distance} from the bound, {share} %"},
    "web.stage_result.no_bound": {"nl": "geen grens bekend", "en": "no bound known"},
    "web.stage_result.named": {"nl": "{stage} ({distance})", "en": "{stage} ({distance})"},
    "web.solve.done.some_proven": {
        "nl": "Bewezen optimaal: {proven}. Niet bewezen: {open}.",
        "en": "Proven optimal: {proven}. Not proven: {open}."},
    "web.solve.done.none_proven": {
        "nl": "Geen enkele fase is bewezen optimaal: {open}.",
        "en": "No stage is proven optimal: {open}."},
    "web.solve.done.more_time": {"nl": "Meer rekentijd kan helpen.",
                                 "en": "More time may help."},
    "web.solve.done.within_gap": {
        "nl": "De fase voorkeuren stopt bewust zodra ze zo dicht bij haar grens komt: de "
              "kerntaken en andere taken lijden er niet onder.",
        "en": "The preferences stage stops on purpose once this close to its bound: core "
              "and other tasks do not suffer from it."},
    # the reader's words (CLI): a plan workbook given as the input workbook
    "expected.input_is_a_plan": {
        "nl": "een invoerwerkmap met de bladen Scholen, Personen en Taken (dit is een plan "
              "geschreven door 'allocator solve', geen invoerwerkmap: los de invoerwerkmap op, "
              "en geef dit plan met --previous om er dicht bij te blijven)",
        "en": "an input workbook with the sheets Schools, People and Tasks (this is a plan "
              "written by 'allocator solve', not an input workbook: solve the input workbook, "
              "and give this plan with --previous to stay close to it)"},
    # the same two mix-ups in the web form's words (its fields, not the CLI's options)
    "web.issue.plan_not_input": {
        "nl": "Dit is een plan, geen invoerwerkmap: laad de werkmap met Scholen/Personen/Taken "
              "op, en het plan als 'Vorig plan'.",
        "en": "This is a plan, not an input workbook: upload the workbook with "
              "Schools/People/Tasks, and the plan as 'Previous plan'."},
    "web.issue.input_not_plan": {
        "nl": "Dit is een invoerwerkmap, geen plan: laad ze op als werkmap, en geef bij "
              "'Vorig plan' een plan (plan.xlsx of plan.json van deze app of van "
              "'allocator solve').",
        "en": "This is an input workbook, not a plan: upload it as the workbook, and give a "
              "plan as 'Previous plan' (plan.xlsx or plan.json from this app or from "
              "'allocator solve')."},
    # counts with their noun in the singular or the plural
    "web.n.assignments.one": {"nl": "{n} toewijzing", "en": "{n} assignment"},
    "web.n.assignments.many": {"nl": "{n} toewijzingen", "en": "{n} assignments"},
    "web.n.problems.one": {"nl": "{n} probleem", "en": "{n} problem"},
    "web.n.problems.many": {"nl": "{n} problemen", "en": "{n} problems"},
    "web.n.warnings.one": {"nl": "{n} waarschuwing", "en": "{n} warning"},
    "web.n.warnings.many": {"nl": "{n} waarschuwingen", "en": "{n} warnings"},
    "web.n.tasks.one": {"nl": "{n} taak", "en": "{n} task"},
    "web.n.tasks.many": {"nl": "{n} taken", "en": "{n} tasks"},
    # what a re-plan changed, on its plan page
    "web.plan.whatif_previous": {
        "nl": "Ten opzichte van het plan waar deze wat-als van vertrekt: {kept} behouden, "
              "{moved} naar iemand anders, {new} nieuw gedekt, {dropped} niet meer gedekt.",
        "en": "Compared with the plan this what-if starts from: {kept} kept, {moved} moved to "
              "someone else, {new} newly covered, {dropped} no longer covered."},
    "web.plan.changes": {"nl": "Wijzigingen", "en": "Changes"},
    "web.plan.changes.help": {
        "nl": "Elke taak die naar iemand anders gaat, nieuw gedekt of niet meer gedekt is, met "
              "wie het vroeger en nu doet en waarom (zoals het blad Wijzigingen van plan.xlsx).",
        "en": "Every task moved to someone else, newly covered or no longer covered, with who "
              "did it before and now and why (as the Changes sheet of plan.xlsx)."},
    "web.plan.changes.none": {"nl": "Niets verandert: elke toewijzing blijft.",
                              "en": "Nothing changes: every assignment stays."},
    "web.plan.changes.compare": {"nl": "Naast het oorspronkelijke plan bekijken",
                                 "en": "See it beside the original plan"},
    # the what-if form's fields, checked in the page's words
    "web.whatif.error.number": {
        "nl": "{field}: geef een aantal uren, zoals 4 of 2,5 (niet '{value}').",
        "en": "{field}: give a number of hours, such as 4 or 2.5 (not '{value}')."},
    "web.whatif.error.range": {"nl": "{field}: kies 0 tot {high} uur.",
                               "en": "{field}: choose 0 to {high} hours."},
    "web.whatif.error.choose": {"nl": "{field}: kies een waarde uit de lijst.",
                                "en": "{field}: choose a value from the list."},
    "web.whatif.error.hours_person": {
        "nl": "Uren veranderen: kies ook de persoon wiens uren veranderen.",
        "en": "Hours change: also choose the person whose hours change."},
    "web.whatif.error.hours_missing": {
        "nl": "Uren veranderen: vul ook '{field}' in (0 als de uren wegvallen).",
        "en": "Hours change: also fill in '{field}' (0 when the hours go)."},
    # allocator serve's console lines
    "serve.open": {"nl": "allocator serve: open {url} in je browser",
                   "en": "allocator serve: open {url}"},
    "serve.processes.one": {
        "nl": "  1 rekenproces; Ctrl-C stopt de server en verwijdert zijn uploads en plannen",
        "en": "  1 solve process; Ctrl-C stops the server and removes its uploads and plans"},
    "serve.processes.many": {
        "nl": "  {n} rekenprocessen; Ctrl-C stopt de server en verwijdert zijn uploads en "
              "plannen",
        "en": "  {n} solve processes; Ctrl-C stops the server and removes its uploads and "
              "plans"},
    "serve.token": {
        "nl": "  het toegangstoken staat in de link; programma's sturen het als "
              "'Authorization: Bearer <token>'",
        "en": "  the token is in the link; tools send it as 'Authorization: Bearer <token>'"},
    "serve.stopped": {"nl": "allocator serve: gestopt; zijn uploads en plannen zijn verwijderd",
                      "en": "allocator serve: stopped; its uploads and plans are removed"},
    "serve.bad_token": {"nl": "--token: gebruik 16 tot 200 letters, cijfers, '-' of '_'",
                        "en": "--token: use 16 to 200 letters, digits, '-' or '_'"},
}
