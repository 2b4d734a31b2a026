"""Every user-facing word exists in both languages, once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from allocator.i18n import LANGS, merged_words


def test_every_key_has_every_language_and_is_defined_once() -> None:
    words = merged_words()  # raises on a key defined in two modules
    missing = [key for key, texts in words.items() if set(texts) != set(LANGS)]
    assert not missing


# Lines outside allocator/i18n that may pick between two literals by language, because they
# select a record's own nl/en field or a table's nl/en column rather than a word.
_LANGUAGE_FIELD_CHOICES = {
    ("allocator/explain/recruit.py", 'name = "name_nl" if lang == "nl" else "name_en"'),
    ("allocator/report/workbook_out.py",
     'sheet.append([item["task"], item["name_nl" if lang == "nl" else "name_en"],'),
    ("allocator/guide.py", "lines.append(f\"# {question['nl' if lang == 'nl' else 'en']}\")"),
}
_LANGUAGE_NAMES = {"lang", "language", "nl", "dutch"}


def _is_language_test(node: ast.expr) -> bool:
    """``lang == "nl"``, ``x and lang != 'en'``, or a flag such as ``nl`` made from one."""
    for part in ast.walk(node):
        if isinstance(part, ast.Name) and part.id in _LANGUAGE_NAMES and part is node:
            return True
        if isinstance(part, ast.Compare) and isinstance(part.ops[0], (ast.Eq, ast.NotEq)):
            sides = [part.left, *part.comparators]
            names = [s for s in sides if isinstance(s, (ast.Name, ast.Attribute))]
            codes = [s for s in sides if isinstance(s, ast.Constant) and s.value in LANGS]
            if codes and any(getattr(n, "id", getattr(n, "attr", "")) in _LANGUAGE_NAMES
                             for n in names):
                return True
    return False


def _is_words(node: ast.expr) -> bool:
    """A string literal, an f-string, or a tuple/list of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, (ast.Tuple, ast.List)):
        return bool(node.elts) and all(_is_words(e) for e in node.elts)
    return _is_words(node.body) and _is_words(node.orelse) if isinstance(node, ast.IfExp) \
        else False


def _language_branches(path: Path) -> list[tuple[int, str]]:
    """(line, source) of every nl/en branch in ``path`` whose both sides are words."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.IfExp) and _is_language_test(node.test):
            if _is_words(node.body) and _is_words(node.orelse):
                found.append((node.lineno, lines[node.lineno - 1].strip()))
        elif isinstance(node, ast.If) and _is_language_test(node.test):
            said = [n for statement in node.body for n in ast.walk(statement)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                    and any(c.isalpha() for c in n.value)]
            if said:
                found.append((node.lineno, lines[node.lineno - 1].strip()))
    return sorted(found)


def test_no_dutch_english_word_branches_outside_i18n() -> None:
    """User-facing words live in allocator/i18n; code asks ``text(key, lang)`` for them."""
    root = Path(__file__).resolve().parents[1]
    package = root / "allocator"
    seen: set[tuple[str, str]] = set()
    offending = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith("allocator/i18n/") or relative == "allocator/cli/help_lang.py":
            continue  # the words themselves; click's help machinery switches gettext
        for line, code in _language_branches(path):
            if (relative, code) in _LANGUAGE_FIELD_CHOICES:
                seen.add((relative, code))
            else:
                offending.append(f"{relative}:{line}: {code}")
    assert not offending, "nl/en word branches outside allocator/i18n:\n" + "\n".join(offending)
    assert seen == _LANGUAGE_FIELD_CHOICES  # an allowed line that is gone leaves the list


def test_the_branch_scan_finds_word_branches(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('def f(lang, core):\n'
                     '    a = "ja" if lang == "nl" else "yes"\n'
                     '    b = f"{\', kerntaak\' if core and lang == \'nl\' else \'\'}"\n'
                     '    if lang == "en":\n'
                     '        return "Example"\n'
                     '    nl = lang == "nl"\n'
                     '    c = ("x", "y") if nl else ("z", "w")\n'
                     '    d = self.nl if lang == "nl" else self.en\n'
                     '    e = text("word.yes", lang)\n', encoding="utf-8")
    assert [line for line, _ in _language_branches(probe)] == [2, 3, 4, 7]


# Inline {"nl": ..., "en": ...} tables outside allocator/i18n that may stay: the workbook's
# sheet names and the answers file's keys are vocabulary the readers recognise (like the
# schema's headers).
_LANGUAGE_TABLES = {
    ("allocator/read/schema.py",
     'INSTRUCTION_SHEETS: dict[str, str] = {"nl": "Instructies", "en": "Instructions"}'),
    ("allocator/read/schema.py", 'GUIDE_SHEETS: dict[str, str] = {"nl": "Gids", "en": "Guide"}'),
    ("allocator/guide.py",
     'KEYS = {"nl": {"awareness": "bewustzijn", "shared_vision": "gedragen_visie",'),
}


def test_no_inline_dutch_english_tables_outside_i18n() -> None:
    root = Path(__file__).resolve().parents[1]
    seen: set[tuple[str, str]] = set()
    offending = []
    for path in sorted((root / "allocator").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith("allocator/i18n/"):
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Dict) and node.keys and {
                    getattr(key, "value", None) for key in node.keys} == set(LANGS):
                code = lines[node.lineno - 1].strip()
                if (relative, code) in _LANGUAGE_TABLES:
                    seen.add((relative, code))
                else:
                    offending.append(f"{relative}:{node.lineno}: {code}")
    assert not offending, "nl/en tables outside allocator/i18n:\n" + "\n".join(offending)
    assert seen == _LANGUAGE_TABLES


def test_a_count_agrees_with_its_noun() -> None:
    """'1 taken' was said in the recruit lines, the director's report and the web."""
    from allocator.i18n import text

    assert text("work.tasks", "nl", count=1) == "1 taak"
    assert text("work.tasks", "nl", count=3) == "3 taken"
    assert text("work.tasks", "en", count="1") == "1 task"
    assert text("director.tasks_hours", "nl", count=1, hours="2,5") == "1 taak, 2,5 uur per week"
    for words in merged_words().values():  # a plural field has exactly two forms
        for lang in ("nl", "en"):
            for field in re.findall(r"\{\w+\|[^{}]*\}", words[lang]):
                assert field.count("|") == 2, (field, words)


def test_no_either_or_plurals_in_the_words() -> None:
    """The user test: "1 probleem/problemen in de invoer", "3 rij(en) nieuw of gewijzigd".

    A word that follows a number agrees with it through a plural field ({count|rij|rijen}).
    """
    from allocator.i18n import text

    either_or = re.compile(r"\w\((?:en|n|s|e)\)|probleem/problemen")
    found = [(key, lang) for key, words in merged_words().items() for lang in ("nl", "en")
             if either_or.search(words[lang])]
    assert not found
    assert text("input.head", "nl", count=1) == "1 probleem in de invoer:"
    assert text("input.head", "nl", count=2) == "2 problemen in de invoer:"
    assert text("input.head", "en", count=1) == "1 problem in the input:"
    edited = text("console.plan_edited", "nl", path="plan.xlsx", rows=1, removed=0)
    assert "(1 rij nieuw of gewijzigd" in edited
    assert "(3 rows new" in text("console.plan_edited", "en", path="p", rows=3, removed=0)
    assert text("scen_err.too_short", "nl", limit=1) == "een lijst met minstens 1 element"
    assert "boven het budget" in text("cli.over_budget", "nl", hours="2,5")
    from allocator.i18n.translate import from_english

    for count, word in ((1, "waarde"), (3, "waarden")):  # a reader's English, said in Dutch
        english = f"sheet 'Scholen': {count} {'value' if count == 1 else 'values'} in columns " \
                  "without a header are ignored (K2)"
        assert from_english(english, "nl", "warning.") == \
            f"blad 'Scholen': {count} {word} in kolommen zonder kop worden genegeerd (K2)"
