"""Words of pooling, proximity and fragmentation (v2): reasons, decisions, travel (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "reason.pool_budget": {
        "nl": "De kandidaten van de centrale dienst ({people}) hebben nog uren, maar de centrale "
              "pot ICT-uren is op (centrale uren plus de pooluren van de scholen die poolen).",
        "en": "The central candidates ({people}) have hours left, but the central pot of ICT "
              "hours is spent (central hours plus the pool hours of the pooling schools)."},
    "reason.envelope": {
        "nl": "De kandidaten ({people}) hebben nog uren, maar de ICT-envelop van hun school "
              "({limit}) is op (min de pooluren als de school poolt).",
        "en": "The candidates ({people}) have hours left, but their school's ICT envelope "
              "({limit}) is spent (less its pool hours when it pools)."},
    "reason.max_schools": {
        "nl": "De kandidaten met uren over ({people}) werken al op hun maximum aantal scholen "
              "({limit}).",
        "en": "The candidates with hours left ({people}) already work at their maximum number "
              "of schools ({limit})."},
    "pooling.pools": {"nl": "poolt", "en": "pools"},
    "pooling.does_not_pool": {"nl": "poolt niet", "en": "does not pool"},
    "pooling.decision": {
        "nl": "{school} {decision}: de school geeft {pool} u aan de centrale pot; de centrale "
              "dienst doet er {central} u werk ({bundled} u via bundels) en rijdt {travel} u.",
        "en": "{school} {decision}: the school hands {pool} h to the central pot; central "
              "staff do {central} h of work there ({bundled} h through bundles) and travel "
              "{travel} h."},
    "word.travel": {"nl": "reistijd", "en": "travel"},
    # the Versnippering / Fragmentation sheet of the plan workbook
    "sheet.fragmentation": {"nl": "Versnippering", "en": "Fragmentation"},
    "frag.title": {"nl": "Versnippering, spreiding van de belasting en poolen",
                   "en": "Fragmentation, load spread and pooling"},
    "frag.intro": {
        "nl": "Het rapport waarschuwt: \"erover waken dat niet iedereen een beetje alles doet\". "
              "Per persoon: aan hoeveel taken, scholen en clusters die werkt en hoe groot een "
              "typisch aandeel is.",
        "en": "The report warns against everyone doing a bit of everything. Per person: how "
              "many tasks, schools and clusters they work on and how large a typical share is."},
    "frag.section.people": {"nl": "Per persoon", "en": "Per person"},
    "frag.section.group": {"nl": "De groep", "en": "The group"},
    "frag.section.spread": {"nl": "Spreiding van de belasting", "en": "Load spread"},
    "frag.section.by_role": {"nl": "Spreiding per rol", "en": "Spread by role"},
    "frag.section.pooling": {"nl": "Poolen: wat het geeft en wat het kost",
                             "en": "Pooling: what it gives and what it costs"},
    "frag.pooling_intro": {
        "nl": "Per school die poolt of mag poolen. 'Door het plan' = de school staat op kies; "
              "het plan besliste.",
        "en": "Per school that pools or may pool. 'By the plan' = the school says choose; the "
              "plan decided."},
    "frag.no_pooling": {"nl": "Geen enkele school poolt of mag poolen.",
                        "en": "No school pools or may pool."},
    "frag.col.person": {"nl": "id", "en": "id"},
    "frag.col.name": {"nl": "naam", "en": "name"},
    "frag.col.role": {"nl": "rol", "en": "role"},
    "frag.col.site": {"nl": "plaats", "en": "site"},
    "frag.col.tasks": {"nl": "taken", "en": "tasks"},
    "frag.col.schools": {"nl": "scholen", "en": "schools"},
    "frag.col.clusters": {"nl": "clusters", "en": "clusters"},
    "frag.col.median_share": {"nl": "mediaan aandeel (u)", "en": "median share (h)"},
    "frag.col.small_shares": {"nl": "aandelen onder 1 u", "en": "shares under 1 h"},
    "frag.col.hours": {"nl": "uren", "en": "hours"},
    "frag.col.travel": {"nl": "waarvan reistijd (u)", "en": "of which travel (h)"},
    "frag.col.people": {"nl": "personen", "en": "people"},
    "frag.col.max_hours": {"nl": "meeste uren", "en": "most hours"},
    "frag.col.min_hours": {"nl": "minste uren", "en": "fewest hours"},
    "frag.col.gini": {"nl": "Gini van de uren", "en": "Gini of hours"},
    "frag.col.school": {"nl": "school", "en": "school"},
    "frag.col.pools": {"nl": "poolt", "en": "pools"},
    "frag.col.decided_by": {"nl": "beslist door", "en": "decided by"},
    "frag.col.pool_hours": {"nl": "pooluren aan de pot (u)", "en": "pool hours to the pot (h)"},
    "frag.col.central_hours": {"nl": "werk centrale dienst op school (u)",
                               "en": "central staff's work at the school (h)"},
    "frag.col.bundled_hours": {"nl": "aandeel in bundels (u)", "en": "share of bundles (h)"},
    "frag.col.travel_hours": {"nl": "reistijd centrale dienst (u)",
                              "en": "central staff's travel (h)"},
    "frag.col.decision": {"nl": "beslissing", "en": "decision"},
    "frag.by_plan": {"nl": "het plan (kies)", "en": "the plan (choose)"},
    "frag.by_input": {"nl": "de invoer", "en": "the input"},
    "frag.people_working": {"nl": "Personen met werk", "en": "People with work"},
    "frag.mean_tasks": {"nl": "Gemiddeld aantal taken per persoon",
                        "en": "Mean number of tasks per person"},
    "frag.max_tasks": {"nl": "Meeste taken van één persoon", "en": "Most tasks of one person"},
    "frag.at_3_schools": {"nl": "Personen op 3 of meer scholen",
                          "en": "People at 3 or more schools"},
    "frag.in_3_clusters": {"nl": "Personen in 3 of meer clusters",
                           "en": "People in 3 or more clusters"},
    "frag.small_shares": {"nl": "Aandelen onder 1 u", "en": "Shares under 1 h"},
    "frag.median_share": {"nl": "Mediaan van de mediaan aandelen (u)",
                          "en": "Median of the median shares (h)"},
    "frag.max_hours": {"nl": "Meeste uren van één persoon", "en": "Most hours of one person"},
    "frag.min_hours": {"nl": "Minste uren van één persoon", "en": "Fewest hours of one person"},
    "frag.min_hours_working": {"nl": "Minste uren van wie werk heeft",
                               "en": "Fewest hours of anyone with work"},
    "frag.gini": {"nl": "Gini van de uren per persoon (0 = gelijk verdeeld, 1 = één persoon "
                        "doet alles)",
                  "en": "Gini of hours per person (0 = evenly spread, 1 = one person does "
                        "everything)"},
    "frag.no_role": {"nl": "(geen rol)", "en": "(no role)"},
}
