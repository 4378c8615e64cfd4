"""Arabic for a store the window can no longer read: the message said once (desktop/ui/read_failures.py)
and the note an empty tab shows instead of the guide to an empty store (empty_notes.py)."""
COMMON = {
    "The Store Cannot Be Read": "تتعذّر قراءة المخزن",
    "The window keeps what it shows, which may be out of date. Open the store again to read it afresh.":
        "تُبقي النافذة ما تعرضه، وقد لا يكون محدَّثًا. افتح المخزن مرة أخرى لتُقرأ محتوياته من جديد.",
    "Open Again": "افتحه مرة أخرى",
    "The store cannot be read.": "تتعذّر قراءة المخزن.",
    "Open the store again": "افتح المخزن مرة أخرى",
}
