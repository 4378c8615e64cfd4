"""Arabic for the story views under the tables: the timeline, the link chart and the map (merged into
ar_strings.py). Each view adds its own entries, in its own block, by small edits."""
COMMON: dict[str, str] = {
}

# the window's menus and the story area (desktop/ui/story_actions.py, story_area.py)
_WINDOW = {
    ("MainWindow", "&Timeline"): "ال&خط الزمني",
    ("MainWindow", "&Link Chart"): "مخطط ال&صلات",
    ("MainWindow", "&Map"): "ال&خريطة",
    ("MainWindow", "Show the timeline, the link chart or the map first."):
        "اعرض الخط الزمني أو مخطط الصلات أو الخريطة أولًا.",
    ("MainWindow", "Figure added to the briefing."): "أُضيف الشكل إلى الإيجاز.",
    ("StoryArea", "Add this view to the briefing as a figure"): "أضف هذا العرض إلى الإيجاز شكلًا",
    ("StoryArea", "Hide the timeline, link chart and map"): "أخفِ الخط الزمني ومخطط الصلات والخريطة",
    ("StoryArea", "Timeline"): "الخط الزمني",
    ("StoryArea", "Link Chart"): "مخطط الصلات",
    ("StoryArea", "Map"): "الخريطة",
    # saving any view as a figure (desktop/ui/story/common.py)
    ("StoryViews", "PNG images (*.png)"): "صور PNG (*.png)",
    ("StoryViews", "SVG drawings (*.svg)"): "رسوم SVG (*.svg)",
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    **_WINDOW,
    # the link chart (desktop/ui/story/link_chart.py)
    ("LinkChartView", "From Selection"): "من التحديد",
    ("LinkChartView", "Start the chart from the selected records"): "ابدأ المخطط من السجلات المحددة",
    ("LinkChartView", "From Search"): "من البحث",
    ("LinkChartView", "Start the chart from the search's best hits"): "ابدأ المخطط من أفضل نتائج البحث",
    ("LinkChartView", "Follow Search"): "اتبع البحث",
    ("LinkChartView", "Start the chart again whenever the search changes"): "ابدأ المخطط من جديد كلما تغيّر البحث",
    ("LinkChartView", "Undo"): "تراجع",
    ("LinkChartView", "Undo the last change to the chart (Ctrl+Z)"): "تراجع عن آخر تغيير في المخطط (Ctrl+Z)",
    ("LinkChartView", "Redo"): "إعادة",
    ("LinkChartView", "Redo the change undone (Ctrl+Shift+Z)"): "أعد التغيير الذي تراجعت عنه (Ctrl+Shift+Z)",
    ("LinkChartView", "Relayout"): "أعد الترتيب",
    ("LinkChartView", "Arrange the chart again; pinned nodes stay"): "رتّب المخطط من جديد؛ تبقى العُقد المثبّتة مكانها",
    ("LinkChartView", "Fit"): "ملاءمة",
    ("LinkChartView", "Show the whole chart (0)"): "اعرض المخطط كله (0)",
    ("LinkChartView", "Show Hidden"): "أظهر المخفي",
    ("LinkChartView", "Export PNG…"): "تصدير PNG…",
    ("LinkChartView", "Export SVG…"): "تصدير SVG…",
    ("LinkChartView", "Save the chart as a picture"): "احفظ المخطط صورةً",
    ("MapView", "Save the map as a picture"): "احفظ الخريطة صورةً",
    ("LinkChartView", "Select one or more records first."): "حدّد سجلًا أو أكثر أولًا.",
    ("LinkChartView", "Type a search first."): "اكتب بحثًا أولًا.",
    ("LinkChartView", "No connection of up to %1 links was found."): "لم يُعثر على صلة في حدود %1 روابط.",
    ("LinkChartView", "No connection was found before the search reached its limit."):
        "لم يُعثر على صلة قبل أن يبلغ البحث حدّه.",
    ("LinkChartView", "Show More"): "اعرض المزيد",
    ("LinkChartView", "Expand"): "وسّع",
    ("LinkChartView", "Hide"): "أخفِ",
    ("LinkChartView", "Unpin"): "ألغِ التثبيت",
    ("LinkChartView", "Pin"): "ثبّت",
    ("LinkChartView", "How Is This Connected to “%1”?"): "كيف يتصل هذا بـ«%1»؟",
    ("LinkChartView", "How Is This Connected to…"): "كيف يتصل هذا بـ…",
    ("LinkChartView", "Select a second record (Ctrl+click) or show one in the details first"):
        "حدّد سجلًا ثانيًا (Ctrl+نقرة) أو اعرض سجلًا في التفاصيل أولًا",
    ("LinkChartView", "Show Details"): "اعرض التفاصيل",
    ("LinkChartView", "Export Link Chart as PNG"): "تصدير مخطط الصلات صورة PNG",
    ("LinkChartView", "Export Link Chart as SVG"): "تصدير مخطط الصلات رسمًا SVG",
    ("LinkChartView", "PNG images (*.png)"): "صور PNG (*.png)",
    ("LinkChartView", "SVG drawings (*.svg)"): "رسوم SVG (*.svg)",
    ("LinkChartView", "Link Chart"): "مخطط الصلات",
    ("LinkChartView", "That cannot be done on this node."): "لا يمكن فعل ذلك بهذه العقدة.",
    ("LinkChartView", "Select a record or search, then choose “From Selection” or “From Search”."):
        "حدّد سجلًا أو ابحث، ثم اختر «من التحديد» أو «من البحث».",
    ("LinkChartView", "Double-click a node to show what it is tied to."): "انقر عقدةً نقرًا مزدوجًا لتعرض ما ترتبط به.",
    ("LinkChartView", "The layout was cut short to keep the chart responsive; choose Relayout to go on."):
        "قُطع الترتيب قبل تمامه ليبقى المخطط سريع الاستجابة؛ اختر «أعد الترتيب» لمتابعته.",
    ("LinkChartView", "The chart holds at most %1 nodes; the rest wait behind the “more” nodes."):
        "لا يتسع المخطط لأكثر من %1 عقدة؛ البقية تنتظر خلف عُقد «المزيد».",
    # the link chart's end
    # the map (desktop/ui/story/map_view.py)
    ("MapView", "Fit"): "ملاءمة",
    ("MapView", "Show every place drawn (0)"): "اعرض كل الأماكن المرسومة (0)",
    ("MapView", "Zoom In"): "تكبير",
    ("MapView", "Zoom in (+)"): "تكبير (+)",
    ("MapView", "Zoom Out"): "تصغير",
    ("MapView", "Zoom out (−)"): "تصغير (−)",
    ("MapView", "World"): "العالم",
    ("MapView", "Show the whole world"): "اعرض العالم كله",
    ("MapView", "Places Without Coordinates"): "أماكن بلا إحداثيات",
    ("MapView", "Show or hide the list of places the map cannot draw"):
        "أظهر أو أخفِ قائمة الأماكن التي لا تستطيع الخريطة رسمها",
    ("MapView", "Places without coordinates"): "أماكن بلا إحداثيات",
    ("MapView", "Places without coordinates: %1"): "أماكن بلا إحداثيات: %1",
    ("MapView", "Approximate position: %1"): "موضع تقريبي: %1",
    ("MapView", "Not on the map: %1"): "غير مرسومة على الخريطة: %1",
    ("MapView", "events: %1"): "الأحداث: %1",
    ("MapView", "%1 more; search to narrow the list"): "وغيرها: %1؛ ابحث لتضييق القائمة",
    ("MapView", "Its events are drawn at “%1”, the nearest place around it with coordinates."):
        "أحداثه مرسومة عند «%1»، أقرب مكان يحويه له إحداثيات.",
    ("MapView", "Drawn at an approximate position from the shipped gazetteer."):
        "مرسوم في موقع تقريبي من المعجم الجغرافي المرفق.",
    ("MapView", "Drawn at the middle of the country on the basemap."): "مرسوم في وسط البلد على الخريطة.",
    ("MapView", "Not on the map: add its coordinates to place it."): "ليس على الخريطة: أضف إحداثياته ليظهر عليها.",
    ("MapView", "Zoom In Here"): "كبّر هنا",
    ("MapView", "Select These Places"): "حدّد هذه الأماكن",
    ("MapView", "Show Details"): "اعرض التفاصيل",
    ("MapView", "Select the Events Here"): "حدّد الأحداث هنا",
    ("MapView", "Export PNG…"): "تصدير PNG…",
    ("MapView", "Export SVG…"): "تصدير SVG…",
    ("MapView", "Export Map as PNG"): "تصدير الخريطة صورة PNG",
    ("MapView", "Export Map as SVG"): "تصدير الخريطة رسمًا SVG",
    ("MapView", "PNG images (*.png)"): "صور PNG (*.png)",
    ("MapView", "SVG drawings (*.svg)"): "رسوم SVG (*.svg)",
    ("MapView", "Map"): "الخريطة",
    # the map's end
    # the timeline (desktop/ui/story/timeline_view.py)
    ("TimelineView", "No lanes"): "بلا مسارات",
    ("TimelineView", "By actor"): "حسب الفاعل",
    ("TimelineView", "By place"): "حسب المكان",
    ("TimelineView", "By category"): "حسب الفئة",
    ("TimelineView", "By status"): "حسب الحالة",
    ("TimelineView", "What the rows of the timeline stand for"): "ما تمثله صفوف الخط الزمني",
    ("TimelineView", "Show quotes"): "اعرض الاقتباسات",
    ("TimelineView", "Zoom in (+)"): "تكبير (+)",
    ("TimelineView", "Zoom out (-)"): "تصغير (-)",
    ("TimelineView", "Fit"): "ملاءمة",
    ("TimelineView", "Show all the dates (Home)"): "اعرض كل التواريخ (Home)",
    ("TimelineView", "Flip"): "اعكس",
    ("TimelineView", "Run time the other way"): "اجعل الزمن يجري في الاتجاه الآخر",
    ("TimelineView", "Export"): "تصدير",
    ("TimelineView", "Save the timeline as a picture"): "احفظ الخط الزمني صورةً",
    ("TimelineView", "As PNG image…"): "صورة PNG…",
    ("TimelineView", "As SVG drawing…"): "رسم SVG…",
    ("TimelineView", "Lanes:"): "المسارات:",
    ("TimelineView", "Wheel: zoom. Drag: move. Shift+drag or drag along the dates: search that time span. "
                     "Click: select."):
        "العجلة: تكبير وتصغير. السحب: تحريك. Shift+سحب أو السحب على شريط التواريخ: ابحث في تلك الفترة. "
        "النقر: تحديد.",
    ("TimelineView", "PNG images (*.png)"): "صور PNG (*.png)",
    ("TimelineView", "SVG drawings (*.svg)"): "رسوم SVG (*.svg)",
    ("TimelineView", "Export the timeline"): "تصدير الخط الزمني",
    ("TimelineView", "Could not save %1: %2"): "تعذّر حفظ %1: %2",
    # the timeline's end
}
