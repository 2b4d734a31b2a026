"""Words of the guideline's checklist (allocator guide) and its answers file (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "guide.question.awareness": {
        "nl": "1. Is iedereen zich bewust dat teamgerichte ICT-coördinatie een groeiproces is, "
              "en is er tijd voor?",
        "en": "1. Is everyone aware that team-based ICT coordination is a growth process, and "
              "is there time for it?"},
    "guide.question.shared_vision": {"nl": "2. Is er een gedragen pedagogische visie?",
                                     "en": "2. Is there a shared pedagogical vision?"},
    "guide.question.policy_plan": {"nl": "3. Is er een ICT-beleidsplan?",
                                   "en": "3. Is there an ICT policy plan?"},
    "guide.question.willing_to_pool": {
        "nl": "4. Is er bereidheid om ICT-middelen samen te leggen op niveau "
              "scholengroep/-gemeenschap?",
        "en": "4. Is there willingness to pool ICT resources at school-group level?"},
    "guide.list.title": {"nl": "Stappenplan teamgerichte ICT-coördinatie",
                         "en": "Guideline for team-based ICT coordination"},
    "guide.list.focus.technical_core": {
        "nl": "→ Focus: de technische kerntaken (de infrastructuur draaiende houden). Directie: "
              "werk eerst aan bewustzijn en een gedragen visie, samen met de scholengroep.",
        "en": "→ Focus: technical core tasks (keep the infrastructure running). Direction: "
              "first build awareness and a shared vision, with the school group."},
    "guide.list.focus.technical_core_and_policy": {
        "nl": "→ Focus: technische kerntaken en beleidstaken (visie en ICT-beleidsplan, samen "
              "met directie en team).",
        "en": "→ Focus: technical core tasks and policy tasks (vision and ICT policy plan, with "
              "the direction and the team)."},
    "guide.list.lead_group": {"nl": "→ Trekker: de scholengroep/-gemeenschap (poolen).",
                              "en": "→ Lead: the school group (pooling)."},
    "guide.list.lead_school": {"nl": "→ Trekker: de school zelf.",
                               "en": "→ Lead: the school itself."},
    "guide.list.pooling_now": {"nl": "   {pooling} van {schools} scholen poolen nu.",
                               "en": "   {pooling} of {schools} schools pool today."},
    "guide.list.pool_others": {
        "nl": "   Overweeg de andere scholen te laten poolen (schaalvoordelen, gespecialiseerde "
              "expertise).",
        "en": "   Consider pooling the other schools too (scale, specialised expertise)."},
    "guide.list.step6": {
        "nl": "6. Wie heeft motivatie en expertise? Het plan verdeelt op rollen, competenties en "
              "voorkeuren; per leemte zegt het plan wat kan: de directie, bijscholen, "
              "overdragen aan de koepel, uitbesteden, aanwerven (allocator recruit) of "
              "uitstellen.",
        "en": "6. Who has motivation and expertise? The plan assigns by role, competence and "
              "preference; for each gap it says what can be done: the directie, train, hand "
              "over to the umbrella body, outsource, recruit (allocator recruit) or defer."},
    "guide.list.step7": {
        "nl": "7. Teamgerichte ICT-coördinatie: breng de mensen samen, verdeel in overleg, erken "
              "met uren, maak mandaten duidelijk.",
        "en": "7. Team-based ICT coordination: bring people together, divide tasks in "
              "consultation, recognise with hours, make mandates clear."},
    "guide.list.tasks_key": {"nl": "taken:", "en": "tasks:"},  # the answers file's step-5 key
    # the interactive questions (allocator guide): ja/nee, Enter = ja, "weet niet" skips
    "guide.yes_no_hint": {"nl": "[J/n, ? = weet niet]", "en": "[Y/n, ? = don't know]"},
    "guide.answer_yes_no": {"nl": "Antwoord ja, nee of weet niet (j/n/?).",
                            "en": "Answer yes, no or don't know (y/n/?)."},
    "guide.dont_know_word": {"nl": "weet niet", "en": "don't know"},
    "guide.input_ended": {
        "nl": "De invoer stopte; {count} {count|vraag bleef|vragen bleven} open "
              "({count|telt|tellen} als 'weet niet'): {questions}",
        "en": "The input ended; {count} {count|question was|questions were} left open "
              "(counted as 'don't know'): {questions}"},
    "guide.solve_with": {"nl": "Los op met deze focus: allocator solve {input} --guide {file}",
                         "en": "Solve with this focus: allocator solve {input} --guide {file}"},
    "file.example_input": {"nl": "groep.xlsx", "en": "group.xlsx"},
}
