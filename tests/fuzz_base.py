"""A valid input as plain data, the base that fuzz tests and the nasty corpus mutate."""

from __future__ import annotations

from typing import Any

VALID: dict[str, list[dict[str, Any]]] = {
    "Scholen": [{"id": "S1", "naam": "A", "niveau": "basis", "leerlingen": 200, "poolt": "ja",
                 "regio": "N"},
                {"id": "S2", "naam": "B", "niveau": "secundair", "leerlingen": 500}],
    "Personen": [{"id": "p1", "naam": "An", "plaats": "centraal", "T": 3, "P": 1, "B": 2,
                  "A": 1, "ict_uren": 10, "max_taken": 5, "regios": "N"},
                 {"id": "p2", "naam": "Bo", "plaats": "S2", "T": 2, "P": 3, "B": 1, "A": 1,
                  "bpt_uren": "2,5", "andere_uren": 1}],
    "Taken": [{"id": "X1", "cluster": "technisch", "naam_nl": "x", "naam_en": "x",
               "kern": "ja", "prioriteit": 4, "T": 2, "bereik": "school",
               "plaatsing": "beide", "basisuren": 1, "uren_per_100_leerlingen": 0.5,
               "max_personen": 2, "bundelfactor": 0.8, "niveaus": "basis,secundair"}],
    "Voorkeuren": [{"persoon": "p1", "taak": "X1", "score": 1}],
    "Vast": [{"persoon": "p2", "taak": "X1", "school": "S2", "uren": 1,
              "financiering": "bpt"}],
}
