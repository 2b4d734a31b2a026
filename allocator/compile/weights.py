"""Stage-3 weights: the documented trade-offs once core and non-core coverage are fixed.

Stage 3 maximises, in integer points::

    PREFERENCE * score(person, task)          for each arc used (score -2..+2)
  + SPECIALISATION                           for each arc used whose task specialisation the
                                             person has
  - PERSON_ON_INSTANCE                       for each arc used (fewer people per instance)
  - BPT_PER_HALF_HOUR                        for each half-hour paid from BPT hours
  - CLUSTER_PER_PERSON                       for each distinct (person, cluster) worked in

The numbers are chosen so that one step of preference (3) outweighs one extra person (2),
one hour of BPT (4) weighs a little more than a +1 preference, and spreading a person over one
more cluster (4) costs about as much as a preference step plus a specialist fit.
"""

PREFERENCE = 3
SPECIALISATION = 3
PERSON_ON_INSTANCE = 2
BPT_PER_HALF_HOUR = 2
CLUSTER_PER_PERSON = 4
STAGE3_RELATIVE_GAP = 0.005
