"""Coded values as a user types them in an input workbook's cells.

The template and a problem written back out use the same words; the readers accept each of
them (see allocator/i18n/cells.py). Funding sources use the ``funding.*`` labels of the plan
workbook.
"""

WORDS: dict[str, dict[str, str]] = {
    "cell.cluster.technical": {"nl": "technisch", "en": "technical"},
    "cell.cluster.pedagogical": {"nl": "pedagogisch", "en": "pedagogical"},
    "cell.cluster.policy": {"nl": "beleid", "en": "policy"},
    "cell.cluster.administrative": {"nl": "administratief", "en": "administrative"},
    "cell.scope.school": {"nl": "school", "en": "school"},
    "cell.scope.group": {"nl": "groep", "en": "group"},
    "cell.placement.local": {"nl": "lokaal", "en": "local"},
    "cell.placement.central": {"nl": "centraal", "en": "central"},
    "cell.placement.either": {"nl": "beide", "en": "either"},
    "cell.site.central": {"nl": "centraal", "en": "central"},
    "cell.pools.choose": {"nl": "kies", "en": "choose"},
    "cell.score.never": {"nl": "nooit", "en": "never"},
    # specialisations (models/domain.py SPECIALISATIONS; the readers take both languages)
    "cell.specialisation.network": {"nl": "netwerk", "en": "network"},
    "cell.specialisation.cybersecurity": {"nl": "cyberveiligheid", "en": "cybersecurity"},
    "cell.specialisation.software": {"nl": "software", "en": "software"},
    "cell.specialisation.hardware": {"nl": "hardware", "en": "hardware"},
    "cell.specialisation.helpdesk": {"nl": "helpdesk", "en": "helpdesk"},
    "cell.specialisation.office": {"nl": "office", "en": "office"},
    "cell.specialisation.smartschool": {"nl": "smartschool", "en": "smartschool"},
    "cell.specialisation.website": {"nl": "website", "en": "website"},
}
