"""Stage-3 weights: the documented trade-offs once core and non-core coverage are fixed.

Stage 3 maximises, in integer points::

    PREFERENCE * score(person, task)          for each arc used (score -2..+2)
  + SPECIALISATION                           for each arc used whose task specialisation the
                                             person has
  - PERSON_ON_INSTANCE                       for each arc used (fewer people per instance)
  - BPT_PER_HALF_HOUR                        for each half-hour paid from BPT hours
  - CLUSTER_PER_PERSON                       for each distinct (person, cluster) worked in
  - SCHOOL_PER_PERSON                        for each distinct (person, school) worked at
                                             (school-scope instances; v2 "Fragmentation")
  - SMALL_SHARE                              for each share of 0.5 h (a share under 1 h)

The numbers are chosen so that one step of preference (3) outweighs one extra person (2),
one hour of BPT (4) weighs a little more than a +1 preference, and spreading a person over one
more cluster (4) costs about as much as a preference step plus a specialist fit. One more
school (3) costs a preference step: "not everyone a bit of everything" (report), without
overriding what people prefer; a 0.5 h share (2) costs as much as one more person on an
instance, since it is usually one.

Re-planning (the stability stage) counts one kept assignment as 1 and one kept pooling
decision of a 'choose' school as KEEP_POOLING_DECISION: reversing a school's decision to pool
moves hours between the school and the group, which weighs more than moving one task.
"""

PREFERENCE = 3
SPECIALISATION = 3
PERSON_ON_INSTANCE = 2
BPT_PER_HALF_HOUR = 2
CLUSTER_PER_PERSON = 4
STAGE3_RELATIVE_GAP = 0.005
SCHOOL_PER_PERSON = 3
SMALL_SHARE = 2
KEEP_POOLING_DECISION = 5
