"""What to do with an uncovered task: the report's step 6, as one documented rule.

Precedence (first match wins):

1. ``recruit`` when the task is strategic and needs technical competence combined with another
   (the report's core-task profile: such work belongs in-house);
2. ``outsource`` when the task may be outsourced and is not strategic or needs technical
   competence only (report table 2: external firms, with risks of cost, dependency and lost
   know-how);
3. ``defer`` when the task is not core;
4. ``recruit`` otherwise: core work that cannot be outsourced has to be staffed.
"""

from __future__ import annotations

from models import Outsource, Task


def needs_technical_plus_other(task: Task) -> bool:
    return task.T > 0 and max(task.P, task.B, task.A) > 0


def is_technical_only(task: Task) -> bool:
    return task.T > 0 and max(task.P, task.B, task.A) == 0


def recommendation(task: Task) -> str:
    if task.strategic and needs_technical_plus_other(task):
        return "recruit"
    if task.outsourceable is not Outsource.nee and (not task.strategic or is_technical_only(task)):
        return "outsource"
    if not task.core:
        return "defer"
    return "recruit"
