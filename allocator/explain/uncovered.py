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
``capacity_spent``          the candidates' eligible hours go to work that ranks at least as high
                            (core before non-core, then priority): each such assignment named;
``pinned_work``             the candidates' hours go to fixed assignments (pins), named;
``capacity_elsewhere``      the candidates' hours go to lower-ranked work (named), for example
                            several small tasks instead of one large one.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind, ProgramSolution, PruneReason
from allocator.explain.recommend import advise
from allocator.explain.state import plan_state
from allocator.i18n import Lang, hours, text
from models import COMPETENCIES, Problem, Uncovered

MAX_NAMED = 4


def uncovered_instances(program: AllocationProgram, solution: ProgramSolution) -> list[int]:
    """Instances that are neither covered nor replaced by a covered bundle (bundles and
    travel lines excluded); a 'choose' school's instance is replaced only when it pools."""
    replaced: set[int] = set()
    chosen = {m.member: m.switch for m in program.switch_members}
    switches = solution.switches if solution.switches is not None else []
    for bundle, members in program.bundles:
        if solution.covered[bundle]:
            replaced.update(int(m) for m in members
                            if int(m) not in chosen or switches[chosen[int(m)]])
    return [i for i in range(program.n_instances)
            if not solution.covered[i] and i not in replaced
            and program.instance_kind[i] not in (InstanceKind.bundle, InstanceKind.travel)]


def explain_uncovered(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
                      lang: Lang = "nl") -> list[Uncovered]:
    tasks = problem.task_by_id()
    people = problem.person_by_id()
    arcs_of_instance = program.arcs_of_instance()
    used_units = solution.arc_source_units.sum(axis=1)
    state = plan_state(program, solution)
    left, tasks_used = state.left, state.task_count
    used_arcs = {int(a) for a in np.flatnonzero(used_units)}
    work_of: dict[int, list[int]] = defaultdict(list)
    for a in np.flatnonzero(used_units):
        work_of[int(program.arc_person[a])].append(int(a))

    def label(a: int) -> str:
        i = int(program.arc_instance[a])
        where = program.instance_school[i] or text("word.central" if program.instance_kind[i]
                                                    == InstanceKind.bundle else "word.group",
                                                    lang)
        return f"{program.instance_task[i]}@{where}"

    result: list[Uncovered] = []
    assert program.pair_reason is not None
    open_instances = uncovered_instances(program, solution)
    advice = advise(problem, program, solution, open_instances, state)
    for i in open_instances:
        task = tasks[program.instance_task[i]]
        reasons = program.pair_reason[:, i]
        person_ids = np.asarray(program.person_ids)
        facts: dict[str, object] = {"hours": program.instance_units[i] / 2}
        arcs = arcs_of_instance[i]
        if not len(arcs):
            role_ok = reasons != PruneReason.role
            competent = role_ok & (reasons != PruneReason.competency)
            not_never = competent & (reasons != PruneReason.never)
            allowed = not_never & (reasons != PruneReason.site) & (reasons != PruneReason.region)
            if not role_ok.any():
                code = "role_not_allowed"
                facts["roles"] = ", ".join(text(f"role.{role.name}", lang) for role in task.who)
            elif not competent.any():
                code = "no_competent_person"
                facts["levels"] = ", ".join(f"{c}≥{task.min_level(c)}" for c in COMPETENCIES
                                            if task.min_level(c))
            elif not not_never.any():
                code = "excluded_by_preference"
                facts["people"] = _names(person_ids[competent])
            elif not allowed.any():
                code = "site_rules"
                facts["people"] = _names(person_ids[not_never])
                rules = {text("rule.region" if r == PruneReason.region else "rule.site", lang)
                         for r in reasons[not_never]}
                facts["rule"] = ", ".join(sorted(rules))
            else:
                code = "funding_rule"
                facts["people"] = _names(person_ids[allowed])
        else:
            candidates = program.arc_person[arcs]
            eligible_total = (program.bucket_capacity[candidates]
                              * program.arc_sources[arcs]).sum(axis=1)
            eligible_left = (left[candidates] * program.arc_sources[arcs]).sum(axis=1)
            max_people = int(program.instance_max_people[i])
            best_total = np.sort(eligible_total)[::-1][:max_people].sum()
            needs = program.arc_units[arcs].min() if max_people == 1 else program.instance_units[i]
            limits = program.person_max_tasks[candidates]
            at_limit = (limits >= 0) & (tasks_used[candidates] >= limits)
            if best_total < needs:
                code = "split_limit"
                facts.update(max_people=max_people, available=best_total / 2)
            elif (eligible_left > 0).any() and at_limit[eligible_left > 0].all():
                code = "max_tasks"
                facts["people"] = _names(person_ids[candidates[eligible_left > 0]])
            elif (eligible_left > 0).any() and (blocks := v2_blocks(
                    program, solution, arcs[eligible_left > 0], left)) is not None:
                code, facts["people"], facts["limit"] = blocks  # v2: pool, envelope, schools
                facts["people"] = _names(np.asarray(facts["people"]))
            else:
                rank = (task.core, task.priority)
                named = []
                outranking: dict[str, list[str]] = {}
                for person in candidates[np.argsort(-eligible_total, kind="stable")]:
                    mine = sorted(work_of[int(person)], key=lambda a: (
                        not tasks[program.instance_task[int(program.arc_instance[a])]].core,
                        -tasks[program.instance_task[int(program.arc_instance[a])]].priority))
                    higher = [a for a in mine if _rank(tasks, program, a) >= rank]
                    if higher:
                        outranking[program.person_ids[int(person)]] = [label(a) for a in higher]
                    shown = higher or mine
                    if shown and len(named) < MAX_NAMED:
                        named.append(f"{people[program.person_ids[person]].name} "
                                     f"({', '.join(label(a) for a in shown[:3])})")
                facts["work"] = "; ".join(named) if named else "-"
                facts["blocking"] = outranking
                candidate_set = {int(p) for p in candidates}
                pinned_work = sorted(label(pin.arc) for pin in program.pins
                                     if pin.arc in used_arcs
                                     and int(program.arc_person[pin.arc]) in candidate_set)
                if outranking:
                    code = "capacity_spent"
                elif pinned_work:
                    code = "pinned_work"
                    facts["work"] = ", ".join(pinned_work)
                else:
                    code = "capacity_elsewhere"
        sentence_facts = {k: hours(v, lang) if isinstance(v, float) else v
                          for k, v in facts.items() if k != "blocking"}
        result.append(Uncovered(
            task=task.id, school=program.instance_school[i], core=task.core, reason=code,
            detail=text(f"reason.{code}", lang, **sentence_facts),
            recommendation=advice[i].code, recommendation_detail=advice[i].detail,
            priority=task.priority,
            cluster=task.cluster.value, hours=program.instance_units[i] / 2, facts=facts))
    return result


def v2_blocks(program: AllocationProgram, solution: ProgramSolution, arcs: np.ndarray,
              left: np.ndarray) -> tuple[str, list[str], str] | None:
    """When the candidates with hours left (``arcs``) are held back by a v2 limit: the reason
    (``max_schools``, ``pool_budget``, ``envelope``), who, and the limit; else None.

    ``max_schools``: every such candidate works at their maximum of schools and not yet at
    this one. A cap: the hours the candidates could give within the pool budget or their
    school's envelope (the best ``max_people`` of them) fall short of the instance while
    their own hours left would do."""
    used = solution.arc_source_units.sum(axis=1) > 0
    instance = int(program.arc_instance[arcs[0]])
    switches = (solution.switches if solution.switches is not None
                else np.zeros(program.n_switches, dtype=bool))
    full: list[str] = []
    for a in arcs:
        person = int(program.arc_person[a])
        site = -1 if program.arc_site is None else int(program.arc_site[a])
        limit = -1 if program.person_max_schools is None else int(
            program.person_max_schools[person])
        if site < 0 or limit < 0:
            break
        sites = {int(program.arc_site[b]) for b in np.flatnonzero(
            used & (program.arc_person == person)) if program.arc_site[b] >= 0}
        if site in sites or len(sites) < limit:
            break
        full.append(program.person_ids[person])
    else:
        limits = sorted({str(program.person_max_schools[program.person_ids.index(p)])
                         for p in full})
        return "max_schools", full, ", ".join(limits)
    if not program.caps:
        return None
    cap_left = []
    for cap in program.caps:
        spent = int(solution.arc_source_units[np.isin(program.arc_person, cap.people),
                                              cap.source].sum())
        cap_left.append(cap.base_units + sum(units for k, units in cap.switch_units
                                             if switches[k]) - spent)
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


def _rank(tasks: dict, program: AllocationProgram, arc: int) -> tuple[bool, int]:
    task = tasks[program.instance_task[int(program.arc_instance[arc])]]
    return (task.core, task.priority)


def _names(ids: np.ndarray) -> str:
    listed = ", ".join(str(x) for x in ids[:MAX_NAMED])
    return listed + (f" (+{len(ids) - MAX_NAMED})" if len(ids) > MAX_NAMED else "")
