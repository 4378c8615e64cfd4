"""Arabic for text of unusual length: the detail pane's headline cut to a few lines (desktop/ui/detail.py)
and the note under a form's title or name that is far longer than titles and names are
(desktop/ui/dialogs/length_note.py)."""
BY_CONTEXT = {
    # after a headline cut short: show it whole / cut it again
    ("Detail", "more"): "المزيد",
    ("Detail", "less"): "أقل",
}
COMMON = {
    # under a form's title or name: %1 the field («العنوان», «الاسم»: masculine), %2 its length, %3 the usual
    "%1: very long (%2 characters); titles and names are usually under %3.":
        "%1: طويل جدًا (%2 حرف)؛ العناوين والأسماء عادة أقصر من %3 حرف.",
}
