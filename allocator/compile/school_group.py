"""Compile a school-group :class:`models.Problem` into an :class:`AllocationProgram`.

Instances: one per (school-scope task, school it applies to), one per group-scope task, and
one bundle per bundleable task with pooling schools. Candidate arcs are every (person,
instance) pair that passes the rules of shared/spec/allocation-rules.md; every other pair keeps
the first rule that excluded it (:class:`PruneReason`).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np

from allocator.compile import pooling, weights
from allocator.compile.pooling import TRAVEL_TASK
from allocator.compile.program import (
    AllocationProgram,
    BundleDemand,
    InstanceKind,
    PinnedArc,
    PruneReason,
    Stage,
    SwitchMember,
)
from models import (
    CENTRAL,
    COMPETENCIES,
    FUNDING_SOURCES,
    Cluster,
    Funding,
    Placement,
    Problem,
    Role,
    Scope,
    Task,
    cluster_from_text,
    round_up_to_half,
)

SOURCE_NAMES = [source.value for source in FUNDING_SOURCES]
BPT = SOURCE_NAMES.index(Funding.bpt.value)
CLUSTERS = list(Cluster)
_PLACEMENT_CODE = {Placement.local: 0, Placement.central: 1, Placement.either: 2}


class PinError(ValueError):
    """A pinned assignment that the allocation rules forbid.

    ``reason`` and ``values`` say which check refused it, for messages in the user's language
    (allocator/explain/pins.py); the English message is for logs and programs.
    """

    def __init__(self, pin_index: int, message: str, reason: str = "rule",
                 **values: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.values: dict[str, Any] = values  # ids and numbers of several kinds
        self.pin_index = pin_index


def _units(hours: float) -> int:
    return int(round(hours * 2))


def preference_scores(problem: Problem) -> tuple[dict[tuple[str, str], int | str],
                                                 dict[tuple[str, Cluster], int | str]]:
    """Preferences by (person, task id) and by (person, cluster); a task entry wins."""
    by_task: dict[tuple[str, str], int | str] = {}
    by_cluster: dict[tuple[str, Cluster], int | str] = {}
    task_ids = {task.id for task in problem.tasks}
    for preference in problem.preferences:
        if preference.task in task_ids:
            by_task[(preference.person, preference.task)] = preference.score
        else:
            cluster = cluster_from_text(preference.task)
            if cluster is not None:
                by_cluster[(preference.person, cluster)] = preference.score
    return by_task, by_cluster


_COORDINATORS = frozenset({Role.tict, Role.pict})


def role_allowed(problem: Problem) -> np.ndarray:
    """(people × tasks) booleans: the person's role is in the task's ``who`` (v2 Roles).

    A task without ``who`` and a person without a role pass (the latter with a reader's
    warning). ``ICT-coördinator`` is a coordinator not typed as T or P: it passes a ``who``
    naming TICT or PICT, and a ``who`` naming ICT-coördinator admits TICT and PICT.
    """
    allowed = np.ones((len(problem.people), len(problem.tasks)), dtype=bool)
    for t, task in enumerate(problem.tasks):
        if not task.who:
            continue
        who = set(task.who)
        if Role.ict_coordinator in who:
            who |= _COORDINATORS
        elif who & _COORDINATORS:
            who.add(Role.ict_coordinator)
        allowed[:, t] = [person.role is None or person.role in who for person in problem.people]
    return allowed


def _most_basic_reasons() -> np.ndarray:
    """Per set of failed rules (a bit per ``PruneReason``), the most basic of them."""
    table = np.full(256, PruneReason.kept, dtype=np.int8)
    for rules in range(256):
        for code in (PruneReason.role, PruneReason.competency, PruneReason.never,
                     PruneReason.site, PruneReason.region, PruneReason.funding):
            if rules & (1 << code):
                table[rules] = code
                break
    return table


_MOST_BASIC_REASON = _most_basic_reasons()
MAX_PAIRS = 60_000_000  # people × instances; about 1 GiB of working arrays at the limit


class ProblemTooLarge(ValueError):
    """The problem exceeds a size the compiler handles within this machine's memory."""


# the last plain compilation (no focus, no previous plan) and its problem: the engine, the
# plan's renderer and its explanations each compile the same problem once more after the
# solve (on 100 schools 0.25 s each, on a command with a 3 s limit); a problem is frozen,
# and a program is never changed after it is built, so the same object may be handed out
_last: tuple[Problem, AllocationProgram] | None = None


def compile_problem(problem: Problem,
                    focus_tasks: set[str] | set[str | tuple[str, str]] | None = None,
                    previous: set[tuple[str, str, str | None]] | None = None,
                    previous_pooling: dict[str, bool] | None = None) -> AllocationProgram:
    """Build the allocation program of a validated problem (vectorised over people × instances).

    ``focus_tasks`` adds a first stage that maximises their covered priority (the guideline's
    focus, see allocator/guide.py) before the core, non-core and preference stages. With
    ``previous`` (assignments of an earlier plan) a stability stage keeps them, and the
    earlier ``previous_pooling`` decisions of 'choose' schools.
    """
    global _last
    plain = focus_tasks is None and previous is None and previous_pooling is None
    if plain and _last is not None and _last[0] is problem:
        return _last[1]
    program = _compile(problem, focus_tasks, previous, previous_pooling)
    if plain:
        _last = (problem, program)
    return program


def _compile(problem: Problem, focus_tasks: set[str] | set[str | tuple[str, str]] | None,
             previous: set[tuple[str, str, str | None]] | None,
             previous_pooling: dict[str, bool] | None) -> AllocationProgram:
    schools = problem.schools
    school_index = {school.id: k for k, school in enumerate(schools)}
    tasks = problem.tasks
    people = problem.people

    # ---- instances ---------------------------------------------------------------------
    inst_task: list[int] = []
    inst_school: list[int] = []  # -1 for group and bundle
    inst_kind: list[int] = []
    inst_units: list[int] = []
    bundles_raw: list[tuple[int, list[int]]] = []
    switch_of_school = {school.id: k for k, school in
                        enumerate(s for s in schools if s.chooses)}
    switch_members: list[SwitchMember] = []
    bundle_demands: list[BundleDemand] = []
    for t, task in enumerate(tasks):
        if task.scope is Scope.group:
            inst_task.append(t)
            inst_school.append(-1)
            inst_kind.append(InstanceKind.group)
            inst_units.append(_units(task.hours_at(None)))
            continue
        members: list[int] = []
        member_hours = 0.0
        chosen: list[tuple[int, int]] = []  # (member instance, switch) of 'choose' schools
        for s, school in enumerate(schools):
            if not task.applies_to(school):
                continue
            if task.is_bundleable and school.always_pools:
                members.append(len(inst_task))
                member_hours += task.hours_at(school)
            elif task.is_bundleable and school.chooses:
                chosen.append((len(inst_task), switch_of_school[school.id]))
            inst_task.append(t)
            inst_school.append(s)
            inst_kind.append(InstanceKind.school)
            inst_units.append(_units(task.hours_at(school)))
        if members or chosen:
            assert task.bundle_factor is not None
            bundle = len(inst_task)
            bundles_raw.append((bundle, members + [member for member, _ in chosen]))
            if chosen:  # its hours follow the decisions: f x the schools that do pool
                factor = Fraction(task.bundle_factor).limit_denominator(10_000)
                bundle_demands.append(BundleDemand(bundle, factor.numerator, factor.denominator,
                                                   sum(inst_units[m] for m in members)))
                switch_members += [SwitchMember(bundle, member, switch, inst_units[member])
                                   for member, switch in chosen]
                member_hours += sum(inst_units[m] for m, _ in chosen) / 2
            inst_task.append(t)
            inst_school.append(-1)
            inst_kind.append(InstanceKind.bundle)
            inst_units.append(_units(max(0.5, round_up_to_half(task.bundle_factor * member_hours))))

    n_inst = len(inst_task)
    if len(people) * n_inst > MAX_PAIRS:
        raise ProblemTooLarge(
            f"{len(people)} people × {n_inst} task instances = {len(people) * n_inst:,} pairs; "
            f"the limit is {MAX_PAIRS:,}. Split the group into parts (for example by region) "
            "or trim the catalogue.")
    task_of = np.asarray(inst_task, dtype=np.int64)
    school_of = np.asarray(inst_school, dtype=np.int64)
    kind = np.asarray(inst_kind, dtype=np.int8)
    units = np.asarray(inst_units, dtype=np.int64)

    # ---- task and school attributes broadcast to instances ------------------------------
    task_levels = np.array([[task.min_level(c) for c in COMPETENCIES] for task in tasks],
                           dtype=np.int64).reshape(len(tasks), 4)
    task_placement = np.array([_PLACEMENT_CODE[task.placement] for task in tasks], dtype=np.int8)
    task_cluster = np.array([CLUSTERS.index(task.cluster) for task in tasks], dtype=np.int64)
    # arcs are built as if every school that may pool does; arcs that depend on a 'choose'
    # school's decision carry its switch (below)
    school_pools = np.array([school.may_pool for school in schools] + [False], dtype=bool)
    school_switch = np.array([switch_of_school.get(school.id, -1) for school in schools] + [-1],
                             dtype=np.int64)
    # v2 proximity: central staff may do local work at pooling schools with travel hours
    school_visited = np.array([school.travel_hours is not None for school in schools] + [False],
                              dtype=bool)
    regions = sorted({school.region for school in schools if school.region})
    region_index = {region: k for k, region in enumerate(regions)}
    school_region = np.array([region_index.get(school.region, -1) if school.region else -1
                              for school in schools] + [-1], dtype=np.int64)

    # ---- people ------------------------------------------------------------------------
    n_people = len(people)
    person_levels = np.array([[person.level(c) for c in COMPETENCIES] for person in people],
                             dtype=np.int64).reshape(n_people, 4)
    person_site = np.array([-1 if person.is_central else school_index.get(person.site, -2)
                            for person in people], dtype=np.int64)
    is_central = person_site == -1
    capacity = np.array([[_units(person.hours(source)) for source in FUNDING_SOURCES]
                         for person in people], dtype=np.int64).reshape(n_people, 3)
    serves_region = np.ones((n_people, len(regions) + 1), dtype=bool)  # last column: no region
    for p, person in enumerate(people):
        if person.regions is not None:
            allowed = {region.strip() for region in person.regions}
            serves_region[p, :len(regions)] = [region in allowed for region in regions]

    # ---- pair rules, in order of precedence -------------------------------------------
    instance_levels = task_levels[task_of]
    competent = np.ones((n_people, n_inst), dtype=bool)
    for c in range(len(COMPETENCIES)):  # one plane at a time: people × instances booleans
        competent &= person_levels[:, c, None] >= instance_levels[None, :, c]

    by_task, by_cluster = preference_scores(problem)
    task_index = {task.id: t for t, task in enumerate(tasks)}
    person_index = {person.id: p for p, person in enumerate(people)}
    score_task = np.zeros((n_people, len(tasks)), dtype=np.int64)
    never_task = np.zeros((n_people, len(tasks)), dtype=bool)
    for (person_id, cluster), score in by_cluster.items():
        p = person_index[person_id]
        in_cluster = task_cluster == CLUSTERS.index(cluster)
        if score == "never":
            never_task[p, in_cluster] = True
        else:
            score_task[p, in_cluster] = int(score)
    for (person_id, task_id), score in by_task.items():
        p, t = person_index[person_id], task_index[task_id]
        never_task[p, t] = score == "never"
        score_task[p, t] = 0 if score == "never" else int(score)
    never = never_task[:, task_of]

    # Every array below is people x instances (300 schools: 21 million pairs), so each rule
    # is stated per instance (column) first and spread over the pairs in as few whole-array
    # steps as possible: these steps were most of the compile's 1 s there.
    own_school = person_site[:, None] == school_of[None, :]
    inst_pools = school_pools[school_of]  # index -1 picks the trailing False
    placement = task_placement[task_of]
    is_school = kind == InstanceKind.school
    visited = school_visited[school_of] & inst_pools
    inst_chooses = school_switch[school_of] >= 0
    # site rule of a school's instance: local work (0) its own staff, and central staff where
    # they visit; either (2) its own staff, and central staff if the school pools; central
    # work (1) central staff if the school pools, else its own staff, and a 'choose' school
    # keeps both (the arc's switch says which may work)
    own_may = is_school & ((placement != 1) | ~inst_pools | inst_chooses)
    central_may = np.where(is_school, np.where(placement == 0, visited, inst_pools),
                           True)  # group work and bundles: central staff
    person_pools = school_pools[np.where(person_site >= 0, person_site, -1)]
    # group work: also the staff of schools that pool
    site_ok = own_school & own_may[None, :]
    site_ok[is_central] |= central_may[None, :]
    site_ok[~is_central & person_pools] |= (kind == InstanceKind.group)[None, :]

    region_ok = np.ones(own_school.shape, dtype=bool)
    if not serves_region.all():  # a central person who serves some regions only
        inst_region = np.where(school_of >= 0, school_region[school_of], -1)
        region_col = np.where(inst_region >= 0, inst_region, len(regions))
        region_ok[is_central] = ~is_school[None, :] | serves_region[is_central][:, region_col]

    has_hours = capacity > 0
    bpt_ok = own_school & is_school[None, :]
    # which sources may pay a pair: ICT and other hours anywhere, BPT only at one's own school
    # (kept per arc below; a people x instances x sources array and its any() took 0.3 s of
    # 300 schools' 1.3 s compile)
    funded = bpt_ok & has_hours[:, 1, None]
    funded[has_hours[:, 0] | has_hours[:, 2]] = True

    role_ok = role_allowed(problem)[:, task_of]

    rules = np.zeros(competent.shape, dtype=np.uint8)  # a bit per rule the pair fails
    failed = np.empty(competent.shape, dtype=bool)
    for code, ok in ((PruneReason.funding, funded), (PruneReason.region, region_ok),
                     (PruneReason.site, site_ok), (PruneReason.competency, competent),
                     (PruneReason.role, role_ok)):
        np.bitwise_or(rules, np.uint8(1 << code), out=rules,
                      where=np.logical_not(ok, out=failed))
    np.bitwise_or(rules, np.uint8(1 << PruneReason.never), out=rules, where=never)
    # the recorded reason is the most basic rule that fails: role, competency, never, site,
    # region, funding (a table indexed by the pair's rule bits)
    reason = _MOST_BASIC_REASON[rules]

    arc_person, arc_instance = np.nonzero(reason == PruneReason.kept)
    order = np.lexsort((arc_person, arc_instance))
    arc_person, arc_instance = arc_person[order], arc_instance[order]
    arc_sources = np.stack([has_hours[arc_person, 0],
                            has_hours[arc_person, 1] & bpt_ok[arc_person, arc_instance],
                            has_hours[arc_person, 2]], axis=1)
    arc_task = task_of[arc_instance]
    arc_switch, arc_switch_on = pooling.arc_switches(arc_person, arc_instance, kind, school_of,
                                                     placement, person_site, school_switch)

    # ---- stage weights -----------------------------------------------------------------
    priority = np.array([task.priority for task in tasks], dtype=np.int64)
    core = np.array([task.core for task in tasks], dtype=bool)
    members_count = np.ones(n_inst, dtype=np.int64)
    for bundle, members in bundles_raw:  # schools that always pool; 'choose' ones: below
        members_count[bundle] = len(members) - sum(m.bundle == bundle for m in switch_members)
    credit = priority[task_of] * members_count
    member_task = np.array([task_of[m.bundle] for m in switch_members], dtype=np.int64)
    member_credit = priority[member_task]
    person_specs = [set(person.specialisations) for person in people]
    spec_fit = np.array([tasks[t].specialisation is not None
                         and tasks[t].specialisation in person_specs[p]
                         for p, t in zip(arc_person, arc_task, strict=True)], dtype=bool)
    arc_value = (weights.PREFERENCE * score_task[arc_person, arc_task]
                 + weights.SPECIALISATION * spec_fit - weights.PERSON_ON_INSTANCE)

    # ---- v2: travel lines, hours caps --------------------------------------------------
    travel = pooling.travel_lines(problem, arc_person, arc_instance, kind, school_of,
                                  placement, capacity, n_inst)
    n_all = n_inst + len(travel.instance_school)

    def per_instance(values: np.ndarray) -> np.ndarray:
        return np.concatenate([values, np.zeros(n_all - n_inst, dtype=values.dtype)])

    def per_arc(values: np.ndarray, fill: int = 0) -> np.ndarray:
        """Real arcs' values, then ``fill`` for the travel arcs."""
        return np.concatenate([values, np.full(len(travel.arc_person), fill,
                                               dtype=values.dtype)])

    source_weight = np.zeros(3, dtype=np.int64)
    source_weight[BPT] = -weights.BPT_PER_HALF_HOUR
    stages = []

    def value_stage(name: str, chosen: np.ndarray, time_share: float) -> Stage:
        return Stage(name, instance_weight=per_instance(np.where(chosen[task_of], credit, 0)),
                     member_weight=np.where(chosen[member_task], member_credit, 0)
                     if switch_members else None, time_share=time_share)

    if focus_tasks:  # task ids, or (task id, school id) for one school's instance
        whole = np.array([task.id in focus_tasks for task in tasks], dtype=bool)
        pairs = {item for item in focus_tasks if isinstance(item, tuple)}
        focus = whole[task_of] | np.array(
            [s >= 0 and (tasks[t].id, schools[s].id) in pairs
             for t, s in zip(task_of, school_of, strict=True)], dtype=bool)
        member_instances = np.array([m.member for m in switch_members], dtype=np.int64)
        stages.append(Stage(
            "focus", instance_weight=per_instance(np.where(focus, credit, 0)),
            member_weight=np.where(focus[member_instances], member_credit, 0)
            if switch_members else None, time_share=0.25))
    stages += [value_stage("core", core, 0.4), value_stage("noncore", ~core, 0.6)]
    if previous is not None:
        kept = np.array([(people[p].id, tasks[t].id, schools[s].id if s >= 0 else None)
                         in previous for p, t, s in zip(arc_person, arc_task,
                                                        school_of[arc_instance], strict=True)],
                        dtype=np.int64)
        switch_names = [school.id for school in schools if school.chooses]
        decided = previous_pooling or {}
        keep_decisions = np.array([0 if sid not in decided else
                                   weights.KEEP_POOLING_DECISION * (1 if decided[sid] else -1)
                                   for sid in switch_names], dtype=np.int64)
        stages.append(Stage("stability", arc_weight=per_arc(kept),
                            switch_weight=keep_decisions if keep_decisions.any() else None,
                            time_share=0.5))
    arc_site = per_arc(np.where(kind[arc_instance] == InstanceKind.school,
                                school_of[arc_instance], -1), fill=-1)
    stages += [
        Stage("preferences", arc_weight=per_arc(arc_value.astype(np.int64)),
              source_unit_weight=source_weight, group_weight=-weights.CLUSTER_PER_PERSON,
              site_weight=-weights.SCHOOL_PER_PERSON,
              small_share_weight=-weights.SMALL_SHARE,
              relative_gap=weights.STAGE3_RELATIVE_GAP),
    ]
    all_units = np.concatenate([units, travel.units]).astype(np.int64)
    all_arc_instance = np.concatenate([arc_instance, travel.arc_instance]).astype(np.int64)
    reason_all = np.concatenate([reason, np.full((n_people, n_all - n_inst), PruneReason.site,
                                                 dtype=np.int8)], axis=1)
    rules_all = np.concatenate([rules, np.full((n_people, n_all - n_inst),
                                               1 << PruneReason.site, dtype=np.uint8)], axis=1)
    for p, i in zip(travel.arc_person, travel.arc_instance, strict=True):
        reason_all[p, i] = PruneReason.kept
        rules_all[p, i] = 0

    program = AllocationProgram(
        person_ids=[person.id for person in people],
        source_names=list(SOURCE_NAMES),
        instance_task=[tasks[t].id for t in inst_task] + [TRAVEL_TASK] * len(travel.units),
        instance_school=[schools[s].id if s >= 0 else None for s in inst_school]
        + [schools[s].id for s in travel.instance_school],
        instance_kind=np.concatenate([kind, np.full(len(travel.units), InstanceKind.travel,
                                                    dtype=np.int8)]),
        instance_units=all_units,
        instance_max_people=np.array([tasks[t].max_people for t in inst_task]
                                     + [1] * len(travel.units), dtype=np.int64),
        instance_must_cover=np.zeros(n_all, dtype=bool),
        arc_person=np.concatenate([arc_person, travel.arc_person]).astype(np.int64),
        arc_instance=all_arc_instance,
        arc_units=all_units[all_arc_instance],
        arc_sources=np.concatenate([arc_sources, travel.arc_sources]).astype(bool),
        bucket_capacity=capacity,
        person_max_tasks=np.array([-1 if person.max_tasks is None else person.max_tasks
                                   for person in people], dtype=np.int64),
        stages=stages,
        arc_group=per_arc(task_cluster[arc_task], fill=-1),
        bundles=[(bundle, np.asarray(members, dtype=np.int64)) for bundle, members in bundles_raw],
        pair_reason=reason_all,
        pair_rules=rules_all,
        name="school-group",
        switch_names=[school.id for school in schools if school.chooses],
        arc_switch=per_arc(arc_switch, fill=-1),
        arc_switch_on=per_arc(arc_switch_on),
        switch_members=switch_members,
        bundle_demands=bundle_demands,
        caps=pooling.hours_caps(problem, person_site, switch_of_school),
        travel=travel.links,
        person_max_schools=np.array([-1 if person.max_schools is None else person.max_schools
                                     for person in people], dtype=np.int64),
        arc_site=arc_site,
    )
    program.pins = _compile_pins(problem, program, task_index)
    return program


def _compile_pins(problem: Problem, program: AllocationProgram,
                  task_index: dict[str, int]) -> list[PinnedArc]:
    instance_of = program.instance_keys()
    arc_of = {(int(p), int(i)): a for a, (p, i)
              in enumerate(zip(program.arc_person, program.arc_instance, strict=True))}
    person_index = {pid: p for p, pid in enumerate(program.person_ids)}
    pins: list[PinnedArc] = []
    for k, pin in enumerate(problem.pins):
        task: Task = problem.tasks[task_index[pin.task]]
        if task.scope is Scope.group:
            instance = instance_of.get((pin.task, None, False))
        elif pin.school is None:
            instance = instance_of.get((pin.task, None, True))
            if instance is None:
                raise PinError(k, f"task {pin.task} cannot be bundled: no school that pools has it",
                               "not_bundleable")
        else:
            instance = instance_of.get((pin.task, pin.school, False))
        if instance is None:
            raise PinError(k, f"task {pin.task} has no instance at {pin.school or 'group level'}",
                           "no_instance")
        p = person_index[pin.person]
        arc = arc_of.get((p, instance))
        if arc is None:
            assert program.pair_reason is not None
            why = PruneReason(int(program.pair_reason[p, instance])).name
            raise PinError(k, f"{pin.person} may not do {pin.task} at "
                              f"{pin.school or CENTRAL}: rule '{why}' excludes it", "excluded",
                           rule=why)
        source = None
        if pin.funding is not None:
            source = SOURCE_NAMES.index(pin.funding.value)
            if not program.arc_sources[arc, source]:
                raise PinError(k, f"{pin.person} has no {pin.funding.value} hours that may pay "
                                  f"for {pin.task} at {pin.school or CENTRAL}", "funding")
        pin_units = None if pin.hours is None else _units(pin.hours)
        if pin_units is not None and pin_units > program.instance_units[instance]:
            raise PinError(k, f"{pin.hours} h is more than the {program.instance_units[instance] / 2}"
                              f" h that {pin.task} needs", "too_many_hours",
                           needs=program.instance_units[instance] / 2)
        if pin_units is not None and program.instance_max_people[instance] == 1 \
                and pin_units != program.instance_units[instance]:
            raise PinError(k, f"{pin.task} is done by one person: a pin must give it all "
                              f"{program.instance_units[instance] / 2} h, not {pin.hours} h",
                           "one_person", needs=program.instance_units[instance] / 2)
        pins.append(PinnedArc(arc=arc, units=pin_units, source=source,
                              label=f"{pin.person}→{pin.task}@{pin.school or CENTRAL}"))
    return pins
