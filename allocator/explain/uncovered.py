"""Why each uncovered instance stayed uncovered: a reason code, the facts behind it, a sentence.

The codes, from the most basic cause to the most contingent one:

``role_not_allowed``        nobody in the group has a role in the task's ``who``;
``no_competent_person``     nobody in the group meets every minimum level;
``excluded_by_preference``  every competent person said never;
``site_rules``              competent people exist only at sites the rules exclude
                            (placement, pooling, region, bundles are central work);
``funding_rule``            competent, allowed people have no hours a permitted source pays;
``split_limit``             even with all their eligible hours free, ``max_people`` candidates
                            cannot supply the hours;
``max_tasks``               every candidate with hours left is at their maximum number of tasks;
``max_schools``             every candidate with hours left works at their maximum number of
                            schools (and this school would be one more);
``pool_budget``             the candidates' own ICT hours are left but the central pot is spent;
``envelope``                the candidates' own ICT hours are left but their school's envelope
                            is spent;
``capacity_elsewhere``      some of the candidates' eligible hours go to lower-ranked work: all
                            the work holding their hours is named, lower-ranked work first;
``pinned_work``             no lower-ranked work, and some of their hours are fixed (pins);
``capacity_spent``          all the work holding their hours ranks at least as high (core before
                            non-core, then priority).

Every person, school and task is named by name; the counts are the real counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind, ProgramSolution, PruneReason
from allocator.explain import phrases
from allocator.explain.recommend import Advice, advice_sentence, advise
from allocator.i18n import Lang, hours, text
from allocator.solve.registry import blocking_rule
from allocator.solve.state import PlanState, plan_state, schools_per_person
from models import COMPETENCIES, Placement, Problem, Task, Uncovered

MAX_NAMED = 4


def uncovered_instances(program: AllocationProgram, solution: ProgramSolution) -> list[int]:
    """Instances that are neither covered nor replaced by a covered bundle.

    Bundles and travel lines are left out; a 'choose' school's instance is replaced only when
    it pools.
    """
    replaced: set[int] = set()
    chosen = {m.member: m.switch for m in program.switch_members}
    switches: np.ndarray | list[bool] = (solution.switches if solution.switches is not None
                                           else [])
    for bundle, members in program.bundles:
        if solution.covered[bundle]:
            replaced.update(int(m) for m in members
                            if int(m) not in chosen or switches[chosen[int(m)]])
    return [i for i in range(program.n_instances)
            if not solution.covered[i] and i not in replaced
            and int(program.instance_kind[i]) not in (InstanceKind.bundle, InstanceKind.travel)]


def explain_uncovered(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
                      lang: Lang | None = None) -> list[Uncovered]:
    """The reason, its facts and (with ``lang``) a sentence for every uncovered instance.

    ``facts`` holds every claim the sentence makes, by id, so that a test can re-derive each
    from the plan and the input; the sentence names people, schools and tasks by name. The
    engine asks for data only (``lang=None``: no sentences); ``allocator.explain.render`` words
    a plan in the reader's language. The reasons of the last plan asked about are kept, so
    wording the plan the engine just explained only words it.
    """
    result: list[Uncovered] = []
    for found in _analysis(problem, program, solution).reasons:
        i, task, advice = found.instance, found.task, found.advice
        sentence = text(f"reason.{found.code}", lang,
                        hours=hours(program.instance_units[i] / 2, lang),
                        **found.words(lang)) if lang else ""
        result.append(Uncovered(
            task=task.id, school=program.instance_school[i], core=task.core, reason=found.code,
            detail=sentence, recommendation=advice.code,
            recommendation_detail=advice.detail,
            recommendation_text=advice_sentence(problem, advice.code, advice.detail, lang)
            if lang else "",
            priority=task.priority, cluster=task.cluster.value,
            hours=program.instance_units[i] / 2, facts=dict(found.facts)))
    return result


Words = Callable[[Lang], dict]  # a reason's words in a language: the sentence's fields


@dataclass(frozen=True)
class _Reason:
    """Why one instance is uncovered, before it is put in words."""

    instance: int
    task: Task
    code: str
    facts: dict[str, object]
    words: Words
    advice: Advice


@dataclass(frozen=True)
class _Analysis:
    """The reasons for one plan (a program and a solution), in the order they are reported."""

    problem: Problem
    program: AllocationProgram
    solution_key: tuple
    reasons: list[_Reason]


# the reasons of the last plan explained: the engine explains a plan without words, and the
# plan's writer words the same plan again (rebuilt from its assignments: equal arrays) in the
# reader's language; on 100 schools working the reasons out is 0.3 s, wording them a tenth
_last: _Analysis | None = None


def _solution_key(solution: ProgramSolution) -> tuple:
    """What the reasons depend on in a solution: its arrays' contents."""
    def content(array: np.ndarray | None) -> tuple | None:
        return None if array is None else (array.dtype.str, array.shape, array.tobytes())

    return (content(np.asarray(solution.arc_source_units)),
            content(np.asarray(solution.covered)),
            content(None if solution.switches is None else np.asarray(solution.switches)))


def _analysis(problem: Problem, program: AllocationProgram,
              solution: ProgramSolution) -> _Analysis:
    """The reasons for ``solution`` of ``program``: the last ones when they are the same plan."""
    global _last
    key = _solution_key(solution)
    last = _last
    if last is not None and last.problem is problem and last.program is program \
            and last.solution_key == key:
        return last
    tasks = problem.task_by_id()
    arcs_of_instance = program.arcs_of_instance()
    state = plan_state(program, solution.arc_source_units)
    work_of: dict[int, list[int]] = defaultdict(list)
    for a in np.flatnonzero(state.used & program.task_arc_mask()):
        work_of[int(program.arc_person[a])].append(int(a))
    busy = _Busy(problem, program, {pin.arc for pin in program.pins}, work_of)

    assert program.pair_reason is not None
    open_instances = uncovered_instances(program, solution)
    advice = advise(problem, program, solution, open_instances, state)
    reasons = []
    for i in open_instances:
        task = tasks[program.instance_task[i]]
        arcs = arcs_of_instance[i]
        if not len(arcs):
            code, facts, words = _no_candidates(problem, program, i, task)
        else:
            code, facts, words = _candidates_busy(problem, program, solution, state, busy, i,
                                                  task, arcs)
        reasons.append(_Reason(i, task, code, {"hours": program.instance_units[i] / 2, **facts},
                               words, advice[i]))
    found = _last = _Analysis(problem, program, key, reasons)
    return found


def _no_candidates(problem: Problem, program: AllocationProgram, i: int,
                   task: Task) -> tuple[str, dict, Words]:
    """Nobody may do it: the most basic rule that rules everyone out, with the people named."""
    assert program.pair_rules is not None
    rules = program.pair_rules[:, i]
    person_ids = program.person_ids

    def failing(code: PruneReason) -> np.ndarray:
        return (rules & np.uint8(1 << code)) > 0

    role_ok = ~failing(PruneReason.role)
    competent = role_ok & ~failing(PruneReason.competency)
    willing = competent & ~failing(PruneReason.never)
    allowed = willing & ~failing(PruneReason.site) & ~failing(PruneReason.region)
    if not role_ok.any():
        return "role_not_allowed", {"roles": [r.value for r in task.who]}, lambda lang: {
            "roles": phrases.join([phrases.role_name(r, lang) for r in task.who], lang)}
    if not competent.any():
        closest = _closest(problem, task, np.flatnonzero(role_ok))

        def closest_words(lang: Lang) -> dict:
            words = [f"{problem.people[p].name} ("
                     + phrases.join([phrases.level_gap(c, gap, lang) for c, gap in gaps.items()],
                                    lang) + ")" for p, gaps in closest]
            return {"levels": phrases.levels_needed({c: task.min_level(c) for c in COMPETENCIES},
                                                    lang),
                    "closest": phrases.join(words, lang)}

        return "no_competent_person", {
            "levels": {c: task.min_level(c) for c in COMPETENCIES},
            "closest": {person_ids[p]: gaps for p, gaps in closest}}, closest_words
    for code, group in (("excluded_by_preference", competent), ("site_rules", willing),
                        ("funding_rule", allowed)):
        if code == "funding_rule" or not (willing if code == "excluded_by_preference"
                                          else allowed).any():
            ids = [person_ids[p] for p in np.flatnonzero(group)]
            region = site = False
            if code == "site_rules":
                region = bool(failing(PruneReason.region)[group].any())
                site = bool(failing(PruneReason.site)[group].any())

            def people_words(lang: Lang, code: str = code, ids: list[str] = ids,
                             region: bool = region, site: bool = site) -> dict:
                extra: dict = {}
                if code == "site_rules":
                    extra["rule"] = phrases.join(
                        ([site_rule(problem, task, program.instance_school[i], lang)] if site
                         else []) + ([text("rule.region", lang)] if region else []), lang)
                return {"people": _named(problem, ids, lang), "count": len(ids), **extra}

            return code, {"people": ids}, people_words
    raise AssertionError("an instance without arcs fails some rule for everyone")


def site_rule(problem: Problem, task: Task, school_id: str | None, lang: Lang) -> str:
    """Say who the site rule lets work on this instance, and why.

    The task's placement and the school's pooling decide it (allocation-rules.md).
    """
    if school_id is None:
        return text("site_rule.group", lang)
    school = problem.school_by_id()[school_id]
    name = phrases.site_name(problem, school_id, lang)
    if task.placement is Placement.local:
        travels = school.travel_hours is not None and school.may_pool
        return text("site_rule.local_travel" if travels else "site_rule.local", lang,
                    school=name)
    if not school.may_pool:
        return text("site_rule.no_pool", lang, school=name)
    if task.placement is Placement.central:
        return text("site_rule.central", lang, school=name)
    return text("site_rule.either", lang, school=name)


def _closest(problem: Problem, task: Task, candidates: np.ndarray,
             limit: int = 2) -> list[tuple[int, dict[str, int]]]:
    """The people (role allowed) fewest levels short, with what each lacks."""
    ranked = []
    for p in candidates:
        person = problem.people[int(p)]
        gaps = {c: task.min_level(c) - person.level(c) for c in COMPETENCIES
                if person.level(c) < task.min_level(c)}
        ranked.append((sum(gaps.values()), person.id, int(p), gaps))
    ranked.sort()
    return [(p, gaps) for _, _, p, gaps in ranked[:limit]]


def _candidates_busy(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
                     state: PlanState, busy: _Busy, i: int, task: Task,
                     arcs: np.ndarray) -> tuple[str, dict, Words]:
    """Candidates exist: the limit or the work that holds their hours, named."""
    candidates = program.arc_person[arcs]
    eligible_total = (program.bucket_capacity[candidates] * program.arc_sources[arcs]).sum(axis=1)
    eligible_left = (state.left[candidates].clip(min=0) * program.arc_sources[arcs]).sum(axis=1)
    max_people = int(program.instance_max_people[i])
    order = np.argsort(-eligible_total, kind="stable")
    best = order[:max_people]
    needs = program.arc_units[arcs].min() if max_people == 1 else program.instance_units[i]
    ids = [program.person_ids[int(p)] for p in candidates]
    if eligible_total[best].sum() < needs:
        named = [ids[k] for k in best]
        count, candidate_count = len(best), len(candidates)
        available = float(eligible_total[best].sum()) / 2

        def split_words(lang: Lang) -> dict:
            if candidate_count == 1:
                who = text("split.only", lang, names=_named(problem, named, lang))
            elif count == candidate_count:
                who = text("split.all", lang, count=phrases.number(count, lang),
                           names=_named(problem, named, lang))
            elif count == 1:
                who = text("split.best_one", lang, names=_named(problem, named, lang))
            else:
                who = text("split.best", lang, count=phrases.number(count, lang),
                           names=_named(problem, named, lang))
            limit = text("people.one", lang) if max_people == 1 else \
                text("people.count", lang, count=phrases.number(max_people, lang))
            return {"max_people": limit, "who": who, "available": hours(available, lang)}

        return "split_limit", {"max_people": max_people, "candidates": named,
                               "candidate_count": candidate_count,
                               "available": available}, split_words
    free = eligible_left > 0
    blockers = [blocking_rule(program, state, int(arcs[k])) for k in np.flatnonzero(free)]
    if free.any() and all(rule is not None and rule.reason for rule in blockers):
        # every candidate with hours left is held back by a rule family (max_tasks, ...)
        found = [str(rule.reason) for rule in blockers if rule is not None]
        code = max(sorted(set(found)), key=found.count)
        held = [int(k) for k, rule in zip(np.flatnonzero(free), blockers, strict=True)
                if rule is not None and str(rule.reason) == code]
        family = next(r for r in blockers if r is not None and str(r.reason) == code)
        extra = family.blocking_facts(program, [int(arcs[k]) for k in held])
        named = [ids[k] for k in held]
        return code, {"people": named, **extra}, lambda lang: {
            "people": _named(problem, named, lang), **extra}
    if free.any() and (blocks := v2_blocks(program, busy.plan_limits(program, solution, state),
                                           arcs[free], state.left)) is not None:
        code, named, limit = blocks  # v2: max_schools, pool_budget, envelope

        def limit_words(lang: Lang) -> dict:
            said = limit
            if code == "envelope":  # the cap is named by school id: say the school's name
                said = phrases.join([phrases.site_name(problem, name, lang)
                                     for name in limit.split(", ")], lang)
            return {"people": _named(problem, named, lang), "limit": said}

        return code, {"people": named, "limit": limit}, limit_words
    # the work that holds the candidates' eligible hours, lower-ranked work first
    rank = (task.core, task.priority)
    holding: dict[str, list[dict]] = {}
    named_work: list[tuple[tuple, str, list[dict], float]] = []
    any_lower = any_pinned = False
    for k in order[:MAX_NAMED]:
        p = int(candidates[k])
        a_sources = program.arc_sources[arcs[k]]
        key = (p, a_sources.tobytes(), rank)
        items = busy.items.get(key)
        if items is None:
            items = busy.items[key] = _holding_items(program, solution, busy, p, a_sources,
                                                     rank)
        any_lower |= any(item["lower"] and not item["pinned"] for item in items)
        any_pinned |= any(item["pinned"] for item in items)
        # shared by the instances that name this person: facts are written once, never changed
        holding[program.person_ids[p]] = items
        named_work.append((key, program.person_ids[p], items, float(eligible_left[k]) / 2))
    more = len(candidates) - MAX_NAMED

    def work_words(lang: Lang) -> dict:
        segments = []
        for key, person_id, items, left in named_work:
            segment = busy.segments.get((key, left, lang))
            if segment is None:
                segment = busy.segments[(key, left, lang)] = _segment(problem, person_id,
                                                                      items, left, lang)
            segments.append(segment)
        if more > 0:
            segments.append(phrases.more_candidates(more, lang))
        return {"work": "; ".join(segments)}

    code = "capacity_elsewhere" if any_lower else "pinned_work" if any_pinned \
        else "capacity_spent"
    return code, {"work": holding, "candidate_count": len(candidates),
                  "left": {program.person_ids[int(candidates[k])]:
                           float(eligible_left[k]) / 2 for k in order[:MAX_NAMED]}}, work_words


class _Busy:
    """What one ``explain_uncovered`` call works out once and uses for many instances.

    On 100 schools most uncovered instances name the same few busy people: their work items
    and the sentence about them are the same each time (keyed by person, the arc's sources
    and the rank of the uncovered task, and for the sentence the hours left).
    """

    def __init__(self, problem: Problem, program: AllocationProgram, pinned_arcs: set[int],
                 work_of: dict[int, list[int]]) -> None:
        self.tasks = problem.task_by_id()
        self.pinned_arcs = pinned_arcs
        self.work_of = {p: np.asarray(arcs, dtype=np.int64) for p, arcs in work_of.items()}
        self.items: dict[tuple, list[dict]] = {}
        self.segments: dict[tuple, str] = {}  # by key, hours left and language
        self._limits: _PlanLimits | None = None

    def plan_limits(self, program: AllocationProgram, solution: ProgramSolution,
                    state: PlanState) -> _PlanLimits:
        """The plan's v2 limits, worked out when an instance first needs them."""
        if self._limits is None:
            self._limits = _PlanLimits(program, solution, state)
        return self._limits


class _PlanLimits:
    """What the v2 limits leave in one plan, the same for every uncovered instance.

    Worked out per instance before: each hours cap's spending is a pass over every arc (150
    schools: 151 caps x 70 instances, 0.5 s of a 5 s command at --time-limit 3).
    """

    def __init__(self, program: AllocationProgram, solution: ProgramSolution,
                 state: PlanState) -> None:
        switches = (solution.switches if solution.switches is not None
                    else np.zeros(program.n_switches, dtype=bool))
        spent = program.bucket_capacity - state.left
        # what each cap has left: its base and the hours its switched-on schools add, less
        # what its people spend from its source
        self.cap_left = [cap.base_units + sum(units for k, units in cap.switch_units
                                              if switches[k])
                         - int(spent[np.unique(np.asarray(cap.people, dtype=np.int64)),
                                     cap.source].sum())
                         for cap in program.caps]
        self.schools_of = schools_per_person(program, state)


def _holding_items(program: AllocationProgram, solution: ProgramSolution, busy: _Busy, p: int,
                   a_sources: np.ndarray, rank: tuple) -> list[dict]:
    """The work that holds person ``p``'s hours on ``a_sources``, in the order it is named."""
    work = busy.work_of.get(p)
    if work is None or not len(work):
        return []
    amounts = (solution.arc_source_units[work] * a_sources).sum(axis=1)
    items = []
    for a, units in zip(work.tolist(), amounts.tolist(), strict=True):
        amount = float(units) / 2
        if amount <= 0:
            continue
        i = int(program.arc_instance[a])
        other = busy.tasks[program.instance_task[i]]
        items.append({"task": other.id, "school": program.instance_school[i],
                      "hours": amount, "lower": (other.core, other.priority) < rank,
                      "pinned": a in busy.pinned_arcs})
    # fixed work first only when pinned; else lower-ranked work leads
    items.sort(key=lambda item: (_group_of(item), item["task"], item["school"] or ""))
    return items


def _group_of(item: dict) -> int:
    """Lower-ranked work (0), fixed work (1), work that ranks at least as high (2)."""
    return 1 if item["pinned"] else 0 if item["lower"] else 2


def _segment(problem: Problem, person_id: str, items: list[dict], left: float,
             lang: Lang) -> str:
    parts = []
    for key, rank in (("work.lower", 0), ("work.pinned", 1), ("work.higher", 2)):
        group = [item for item in items if _group_of(item) == rank]
        if not group:
            continue
        listed = phrases.join([phrases.work_item(problem, item["task"], item["school"],
                                                 item["hours"], lang) for item in group], lang)
        parts.append(text(key, lang, hours=hours(sum(item["hours"] for item in group), lang),
                          items=listed))
    if left > 0:
        parts.append(text("work.left", lang, hours=hours(left, lang)))
    if not parts:
        parts.append(text("work.nothing", lang))
    return text("work.person", lang, name=phrases.person_name(problem, person_id, lang),
                parts="; ".join(parts))


def _at_school_limit(program: AllocationProgram, in_plan: _PlanLimits,
                     arcs: np.ndarray) -> tuple[list[str], str] | None:
    """Who, and their limits, when every candidate of ``arcs`` is at their maximum of schools.

    Each works at their maximum and not yet at this school; None when one does not (or no limits
    were compiled).
    """
    site_of, max_schools = program.arc_site, program.person_max_schools
    if site_of is None or max_schools is None:
        return None
    full: list[str] = []
    for a in arcs:
        person = int(program.arc_person[a])
        site, limit = int(site_of[a]), int(max_schools[person])
        if site < 0 or limit < 0:
            return None
        sites = in_plan.schools_of[person]
        if site in sites or len(sites) < limit:
            return None
        full.append(program.person_ids[person])
    limits = sorted({str(max_schools[program.person_ids.index(p)]) for p in full})
    return full, ", ".join(limits)


def v2_blocks(program: AllocationProgram, in_plan: _PlanLimits, arcs: np.ndarray,
              left: np.ndarray) -> tuple[str, list[str], str] | None:
    """The v2 limit that holds back the candidates with hours left (``arcs``), or None.

    Returns the reason (``max_schools``, ``pool_budget``, ``envelope``), who, and the limit.
    ``max_schools``: every such candidate works at their maximum of schools and not yet at
    this one. A cap: the hours the candidates could give within the pool budget or their
    school's envelope (the best ``max_people`` of them) fall short of the instance while
    their own hours left would do.
    """
    instance = int(program.arc_instance[arcs[0]])
    at_limit = _at_school_limit(program, in_plan, arcs)
    if at_limit is not None:
        return "max_schools", at_limit[0], at_limit[1]
    if not program.caps:
        return None
    cap_left = in_plan.cap_left
    rooms, owns, binding = [], [], {}
    for a in arcs:
        person = int(program.arc_person[a])
        room = own = 0
        for source in np.flatnonzero(program.arc_sources[a]):
            here = int(max(0, left[person, source]))
            own += here
            for cap, rest in zip(program.caps, cap_left, strict=True):
                if cap.source == source and person in cap.people and rest < here:
                    here = max(0, rest)
                    binding[program.person_ids[person]] = cap
            room += here
        rooms.append(room)
        owns.append(own)
    best = int(program.instance_max_people[instance])
    needs = int(program.instance_units[instance])
    if not binding or sum(sorted(rooms)[::-1][:best]) >= needs \
            or sum(sorted(owns)[::-1][:best]) < needs:
        return None
    kinds = [cap.kind for cap in binding.values()]
    kind = max(("pool_budget", "envelope"), key=kinds.count)
    people = sorted(p for p, cap in binding.items() if cap.kind == kind)
    return kind, people, ", ".join(sorted({binding[p].name for p in people}))


def _named(problem: Problem, ids: list[str], lang: Lang) -> str:
    shown = [phrases.person_name(problem, pid, lang) for pid in ids[:MAX_NAMED]]
    if len(ids) > MAX_NAMED:
        shown.append(phrases.more_candidates(len(ids) - MAX_NAMED, lang))
    return phrases.join(shown, lang)
