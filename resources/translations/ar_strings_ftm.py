"""Arabic for the FollowTheMoney export (issue 16): the File ▸ Export filter that writes entities for
Aleph and OpenAleph. Merged into ar_strings.py's tables (see _merge_parts there).

"FollowTheMoney" and "Aleph" are names and stay in Latin letters, as their users know them.
"""
COMMON = {
    # File ▸ Export (desktop/ui/file_actions.py)
    "FollowTheMoney for Aleph (*.ftm.json)": "FollowTheMoney لمنصة Aleph (*.ftm.json)",
}
