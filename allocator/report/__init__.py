"""Outputs for people (workbook) and programs (JSON)."""

from allocator.report.json_out import plan_to_dict, plan_to_json
from allocator.report.workbook_out import write_plan_workbook

__all__ = ["plan_to_dict", "plan_to_json", "write_plan_workbook"]
