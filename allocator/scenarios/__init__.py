"""What-if scenarios, counterfactuals and sweeps over the flow (never inside it)."""
