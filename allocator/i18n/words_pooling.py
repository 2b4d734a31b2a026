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
}
