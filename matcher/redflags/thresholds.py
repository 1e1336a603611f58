"""Per-category thresholds of the semantic stage.

Chosen by `python bench/calibrate_redflags.py --write` on the development split (F0.5 of the
semantic stage alone); rerun it after changing the example banks or the scope checks.
"""

THRESHOLDS: dict[str, dict[str, float]] = {
    "guaranteed_rankings": {"min_sim": 0.53, "margin": 0.00},
    "guaranteed_link_count": {"min_sim": 0.55, "margin": 0.00},
    "paid_links": {"min_sim": 0.52, "margin": 0.02},
    "pbn": {"min_sim": 0.56, "margin": 0.00},
    "automated_links": {"min_sim": 0.54, "margin": 0.03},
    "anchor_manipulation": {"min_sim": 0.55, "margin": 0.03},
    "undisclosed_methods": {"min_sim": 0.50, "margin": 0.02},
    "unrealistic_timeline": {"min_sim": 0.54, "margin": 0.01},
    "deceptive_tactics": {"min_sim": 0.56, "margin": 0.03},
}
