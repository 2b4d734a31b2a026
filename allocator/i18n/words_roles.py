"""Words of roles, recommendations v2, true explanations and the guide's decisions (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    # the role vocabulary as users read it
    "role.directie": {"nl": "directie", "en": "school leadership (directie)"},
    "role.ict_diensthoofd": {"nl": "ICT-diensthoofd", "en": "head of the ICT service"},
    "role.tict": {"nl": "technisch ICT-coördinator (TICT)",
                  "en": "technical ICT coordinator (TICT)"},
    "role.pict": {"nl": "pedagogisch ICT-coördinator (PICT)",
                  "en": "pedagogical ICT coordinator (PICT)"},
    "role.ict_coordinator": {"nl": "ICT-coördinator", "en": "ICT coordinator"},
    "role.digicoach": {"nl": "digicoach of leerkracht", "en": "digicoach or teacher"},
    "role.administratief": {"nl": "administratief medewerker", "en": "administrative staff"},
    "role.technisch_adviseur": {"nl": "technisch adviseur", "en": "technical adviser"},
    "role.communicatie": {"nl": "communicatieverantwoordelijke",
                          "en": "communication officer"},
    "role.andere": {"nl": "andere", "en": "other"},
    # recommendations added in v2 (recruit, outsource, defer are in words_plan)
    "rec.directie": {"nl": "directie neemt het op", "en": "the directie takes it"},
    "rec.train": {"nl": "bijscholen", "en": "train"},
    "rec.hand_over": {"nl": "overdragen aan koepel of overheid",
                      "en": "hand over to the umbrella body or government"},
    "reason.role_not_allowed": {
        "nl": "Niemand in de groep heeft een rol die deze taak mag opnemen ({roles}).",
        "en": "Nobody in the group has a role that may take this task ({roles})."},
}
