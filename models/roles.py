"""The role vocabulary (allocation-rules.md, v2 "Roles") and who may take over a task.

A person's ``role`` is one of a fixed set, matched case-insensitively with Dutch and English
aliases; a task's ``who`` lists the roles that may take it. The enum values are the spellings
the spec uses, so a plan or a workbook written back reads as the user would type it.

This module only *names* roles. Whether a role passes a task's ``who`` is a rule, and the
compiler and the independent checker each derive it on their own (``ICT-coördinator`` counts
as both TICT and PICT: see docs/rules.md).
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Any


class Role(str, Enum):
    """The roles people hold in a school group, as the workbook writes them."""

    directie = "directie"
    ict_diensthoofd = "ICT-diensthoofd"
    tict = "TICT"
    pict = "PICT"
    ict_coordinator = "ICT-coördinator"
    digicoach = "digicoach"
    administratief = "administratief medewerker"
    technisch_adviseur = "technisch adviseur"
    communicatie = "communicatieverantwoordelijke"
    andere = "andere"

    def __str__(self) -> str:  # the spelling users type, never "Role.tict"
        return self.value


ROLES: tuple[Role, ...] = tuple(Role)

# Every spelling a user may type, besides the value itself (normalised by ``role_key``).
_ALIASES: dict[Role, tuple[str, ...]] = {
    Role.directie: (
        "principal", "school leadership", "school leader", "head teacher", "headteacher",
        "direction", "directeur", "directrice", "directieteam", "schoolleiding",
        "adjunct-directeur", "deputy principal", "coördinerend directeur",
        "algemeen directeur"),
    Role.ict_diensthoofd: (
        "ict diensthoofd", "diensthoofd ict", "coordinating ict head", "ict head",
        "head of ict", "ict service head", "ict manager", "coördinerend ict-coördinator",
        "coordinating ict coordinator"),
    Role.tict: (
        "technisch ict-coördinator", "technische ict-coördinator", "technical ict coordinator",
        "technical ict-coordinator"),
    Role.pict: (
        "pedagogisch ict-coördinator", "pedagogische ict-coördinator",
        "pedagogical ict coordinator", "pedagogical ict-coordinator"),
    Role.ict_coordinator: ("ict coordinator", "ict-co", "ictco"),
    Role.digicoach: (
        "leerkracht", "leraar", "lerares", "speedboatleerkracht", "speedboat leerkracht",
        "speedboat teacher", "ankerpunt", "anchor point", "teacher", "digital coach",
        "leerkracht/digicoach/ankerpunt", "teacher/digicoach/anchor point"),
    Role.administratief: (
        "administratieve medewerker", "secretariaat", "administratie", "administratief",
        "administrative staff", "administrative employee", "administrative assistant",
        "administrative", "admin", "secretariat", "secretary"),
    Role.technisch_adviseur: (
        "ta", "tac", "ta(c)", "technisch adviseur-coördinator", "technical adviser",
        "technical advisor", "gebouwenbeheerder", "verantwoordelijke infrastructuur",
        "infrastructure manager", "building manager"),
    Role.communicatie: (
        "communicatie", "communicatiemedewerker", "communication officer",
        "communications officer", "communication"),
    Role.andere: ("other", "anders", "overige"),
}


def role_key(text: str) -> str:
    """Case, accents, hyphens, underscores and repeated spaces do not tell roles apart."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    for separator in "-_/().":
        plain = plain.replace(separator, " ")
    return " ".join(plain.split())


ROLE_ALIASES: dict[str, Role] = {}
for _role, _spellings in _ALIASES.items():
    for _spelling in (_role.value, _role.name, *_spellings):
        ROLE_ALIASES[role_key(_spelling)] = _role


def vocabulary_text() -> str:
    """The vocabulary as an input error lists it."""
    return ", ".join(role.value for role in ROLES)


def parse_role(text: str) -> Role | None:
    """The role ``text`` names, or None when it is not in the vocabulary."""
    return ROLE_ALIASES.get(role_key(text))


def to_role(value: Any) -> Any:
    """Pydantic before-validator: a role from any alias; blank stays None; unknown is an error."""
    if value is None or isinstance(value, Role):
        return value
    if isinstance(value, str):
        if not value.strip():
            return None
        role = parse_role(value)
        if role is None:
            raise ValueError(f"a role from the vocabulary: {vocabulary_text()}")
        return role
    raise ValueError(f"a role from the vocabulary: {vocabulary_text()}")


def to_roles(value: Any) -> Any:
    """Pydantic before-validator for ``who``: comma-separated roles, every one known."""
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise ValueError(f"roles from the vocabulary, comma-separated: {vocabulary_text()}")
    roles: list[Role] = []
    unknown: list[str] = []
    for item in value:
        role = item if isinstance(item, Role) else parse_role(str(item))
        if role is None:
            unknown.append(str(item).strip())
        elif role not in roles:
            roles.append(role)
    if unknown:
        raise ValueError(f"roles from the vocabulary ({vocabulary_text()}); not known: "
                         f"{', '.join(unknown)}")
    return roles


class Outsource(str, Enum):
    """Who else may do a task outside the school group (v2 ``outsourceable``)."""

    nee = "nee"
    firma = "firma"  # an external firm (table 2)
    koepel = "koepel"  # umbrella organisation, government, Kenniscentrum Digisprong (table 3)

    def __str__(self) -> str:
        return self.value


_OUTSOURCE_WORDS: dict[str, Outsource] = {
    **{word: Outsource.nee for word in (
        "nee", "no", "false", "onwaar", "0", "n", "none", "geen")},
    **{word: Outsource.firma for word in (
        "firma", "ja", "yes", "true", "waar", "1", "x", "j", "y", "firm", "external firm",
        "externe firma", "bedrijf", "company", "vendor", "leverancier")},
    **{word: Outsource.koepel for word in (
        "koepel", "umbrella", "umbrella organisation", "umbrella organization",
        "onderwijskoepel", "overheid", "government", "kenniscentrum digisprong",
        "digisprong", "aankoopcentrale", "purchasing centre", "purchasing center")},
}


def outsource_words() -> str:
    """The values an ``outsource`` cell may hold, for error messages."""
    return "nee, firma or koepel (ja = firma)"


def to_outsource(value: Any) -> Any:
    """Pydantic before-validator: v1 booleans (ja = firma) and the v2 words."""
    if isinstance(value, Outsource):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return Outsource.nee
    if isinstance(value, bool):
        return Outsource.firma if value else Outsource.nee
    if isinstance(value, (int, float)) and value in (0, 1):
        return Outsource.firma if value else Outsource.nee
    if isinstance(value, str):
        found = _OUTSOURCE_WORDS.get(" ".join(value.strip().lower().split()))
        if found is not None:
            return found
    raise ValueError(outsource_words())
