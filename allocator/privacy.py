"""Pseudonymisation: people's ids and names replaced by stable codes in every output.

A code is an HMAC-SHA256 of the person's id under a secret, so it is stable for as long as the
secret is kept (in the key file) and cannot be reversed without it. The key file maps each code
back to the original id and name; it is written atomically and never over an input.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from allocator.report.atomic import write_text_atomically
from models import Problem

MAX_KEY_FILE_BYTES = 64 * 2**20
CODE_PATTERN = re.compile(r"X[0-9a-f]{10}")


class KeyFileError(ValueError):
    """A key file that is not one written by allocator (damaged, edited, another file)."""


@dataclass
class PseudonymKey:
    """The secret that turns person ids into codes, and the codes' original ids and names."""

    secret: bytes
    people: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> original

    @classmethod
    def load_or_create(cls, path: Path | None) -> PseudonymKey:
        """The key saved at ``path``, or a new one with a fresh random secret."""
        if path is not None and path.exists():
            return cls._load(path)
        return cls(secrets.token_bytes(32))

    @classmethod
    def _load(cls, path: Path) -> PseudonymKey:
        try:
            if path.stat().st_size > MAX_KEY_FILE_BYTES:
                raise ValueError(f"larger than {MAX_KEY_FILE_BYTES // 2**20} MiB")
            data = json.loads(path.read_text(encoding="utf-8"))
            secret = bytes.fromhex(data["secret"])
            people = data.get("people", {})
            if len(secret) < 16 or not isinstance(people, dict) or not all(
                    isinstance(v, dict) and all(isinstance(x, str) for x in v.values())
                    for v in people.values()):
                raise ValueError("not the shape of a key file")
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError,
                RecursionError) as error:
            raise KeyFileError(f"{path}: not a key file written by 'allocator solve "
                               f"--pseudonymise --key-file' ({error.__class__.__name__})") \
                from error
        return cls(secret, dict(people))

    def code(self, person_id: str) -> str:
        """The stable pseudonym of ``person_id``: ``X`` and 10 hex digits of a keyed SHA-256."""
        digest = hmac.new(self.secret, person_id.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"X{digest[:10]}"

    def save(self, path: Path) -> None:
        """Write the key atomically, readable by its owner only (it holds the secret)."""
        write_text_atomically(path, json.dumps(  # the secret: readable by its owner only
            {"secret": self.secret.hex(), "people": self.people}, ensure_ascii=False, indent=1),
            private=True)


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


def looks_pseudonymised(plan_people: set[str], problem_people: set[str]) -> bool:
    """People in a plan that are all codes and none of the input's ids: a pseudonymised plan."""
    return bool(plan_people) and not plan_people & problem_people and all(
        CODE_PATTERN.fullmatch(person) for person in plan_people)
