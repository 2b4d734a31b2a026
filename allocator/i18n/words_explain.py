"""Words of the explanations: the vacancy draft and remedies without a problem (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "vacancy.title": {"nl": "# Vacature: {role} voor {where}", "en": "# Vacancy: {role} for {where}"},
    "vacancy.size": {"nl": "Omvang: ongeveer {total} uur per week.",
                     "en": "About {total} hours a week."},
    "vacancy.what_you_do": {"nl": "## Wat je doet", "en": "## What you will do"},
    "vacancy.what_you_bring": {"nl": "## Wat je meebrengt", "en": "## What you bring"},
    "vacancy.soft_skills": {"nl": "- communicatief, teamgericht, leergierig en discreet",
                            "en": "- communicative, team-minded, eager to learn, discreet"},
    "vacancy.funding": {"nl": "## Financiering", "en": "## Funding"},
    "vacancy.envelope": {"nl": "- ICT-envelop: {envelope}", "en": "- ICT envelope: {envelope}"},
    "vacancy.footer": {"nl": "_Opgesteld met het takenoverzicht ICT-coördinatie (allocator)._",
                       "en": "_Drafted from the ICT-coordination task overview (allocator)._"},
    "vacancy.competency.T": {"nl": "technisch", "en": "technical"},
    "vacancy.competency.P": {"nl": "pedagogisch-didactisch", "en": "pedagogical-didactic"},
    "vacancy.competency.B": {"nl": "beleid en visie", "en": "policy and vision"},
    "vacancy.competency.A": {"nl": "administratief", "en": "administrative"},
    "vacancy.level.1": {"nl": "basisaffiniteit", "en": "basic affinity"},
    "vacancy.level.2": {"nl": "werkkennis", "en": "working knowledge"},
    "vacancy.level.3": {"nl": "professioneel niveau", "en": "professional level"},
    "vacancy.level.4": {"nl": "expertniveau", "en": "expert level"},
    # a remedy without the problem at hand: codes instead of names
    "remedy.new_person_codes": {"nl": "nieuwe persoon ({site}, {levels}) voor {hours} u",
                                "en": "a new person ({site}, {levels}) for {hours} h"},
    "remedy.extra_codes": {"nl": "{hours} u {source} extra voor {who}",
                           "en": "{hours} h more {source} for {who}"},
}
