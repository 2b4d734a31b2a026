"""Pseudonymisation: people's ids and names replaced by stable codes in every output.

A code is an HMAC-SHA256 of the person's id under a secret, so it is stable for as long as the
secret is kept (in the key file) and cannot be reversed without it. The key file maps each code
back to the original id and name; it is written atomically and never over an input.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from allocator.report.atomic import write_text_atomically
from models import Problem


@dataclass
class PseudonymKey:
    secret: bytes
    people: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> original

    @classmethod
    def load_or_create(cls, path: Path | None) -> PseudonymKey:
        if path is not None and path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(bytes.fromhex(data["secret"]), dict(data.get("people", {})))
        return cls(secrets.token_bytes(32))

    def code(self, person_id: str) -> str:
        digest = hmac.new(self.secret, person_id.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"X{digest[:10]}"

    def save(self, path: Path) -> None:
        write_text_atomically(path, json.dumps(
            {"secret": self.secret.hex(), "people": self.people}, ensure_ascii=False, indent=1))


def pseudonymise(problem: Problem, key: PseudonymKey) -> Problem:
    """The same problem with every person's id and name replaced by their code."""
    codes = {person.id: key.code(person.id) for person in problem.people}
    people = []
    for person in problem.people:
        code = codes[person.id]
        key.people[code] = {"id": person.id, "name": person.name}
        people.append(person.model_copy(update={"id": code, "name": f"Persoon {code[1:5]}"}))
    preferences = [p.model_copy(update={"person": codes.get(p.person, p.person)})
                   for p in problem.preferences]
    pins = [p.model_copy(update={"person": codes.get(p.person, p.person)}) for p in problem.pins]
    return problem.model_copy(update={"people": people, "preferences": preferences,
                                      "pins": pins})
