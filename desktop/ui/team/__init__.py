"""Working as a team in the GUI (issue 15): File ▸ Team, the conflicts view, the team's status bar word.

Modules:
    actions        TeamActionsMixin: the window's actions, File ▸ Team, the status widget, after a job
    sync_run       Sync with Hub: the address asked once, the sync in a worker, its report
    exchange       Export Changes for a Peer / Apply Changes from a Peer (bundles, core/sync.py)
    conflicts_view ConflictsDialog: both versions side by side, field by field; mine, theirs or merged
    status         TeamStatusButton: hub, last sync, changes waiting, open conflicts
    hub_link       core's hub module (guarded), the hub's address (never a password), the team status
    hub_dialog     HubDialog: host, port, database, user, TLS, or a service
    worker         run_job: a team job on its own connection behind a progress dialog
    review_link    the conflicts offered from the review of proposals
    values         a field's value as plain text for the comparison
"""
