"""The main window's actions and menus: every main action has a shortcut
and a tooltip, and appears in a menu so it can be found."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class Actions(NamedTuple):  # not a dataclass: that import would delay the first paint
    open_files: QAction
    open_folder: QAction
    open_seeds: QAction
    reload: QAction
    cancel_load: QAction
    import_report: QAction
    assign_zone: QAction
    print_preview: QAction
    export_pdf: QAction
    export_sheet: QAction
    print_zh: QAction
    print_en: QAction
    quit: QAction
    copy: QAction
    find: QAction
    filter_zones: QAction
    focus_source: QAction
    show_profile: QAction
    show_charts: QAction
    show_search: QAction
    show_compare: QAction
    show_conflicts: QAction
    language_zh: QAction
    language_en: QAction
    about: QAction


def _action(window, text: str, shortcut=None, tip: str = "", slot=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        # the same as setShortcut(); that one's overloads make PySide create the
        # ~90 enums of Qt's namespace, which the first paint does without
        action.setShortcuts([QKeySequence(shortcut)])
        # the shortcut in the tooltip, so hovering teaches it
        tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip.strip())
    action.setStatusTip(tip.strip())
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even where the menu bar is hidden
    return action


def create_actions(w) -> Actions:
    K = QKeySequence.StandardKey
    actions = Actions(
        open_files=_action(
            w, translate("Actions", "&Open Files…"), K.Open,
            translate("Actions", "Open article files"), w.choose_files),
        open_folder=_action(
            w, translate("Actions", "Open &Folder…"), "Ctrl+Shift+O",
            translate("Actions", "Open every article in a folder"), w.choose_folder),
        open_seeds=_action(
            w, translate("Actions", "Open &Sample Articles"), None,
            translate("Actions", "Open the articles bundled with the app"), w.open_seeds),
        reload=_action(
            w, translate("Actions", "&Reload"), K.Refresh,
            translate("Actions", "Read the open files again"), w.reload),
        cancel_load=_action(
            w, translate("Actions", "&Cancel Loading"), "Esc",
            translate("Actions", "Stop loading articles"), w.cancel_load),
        import_report=_action(
            w, translate("Actions", "Import &Report…"), None,
            translate("Actions", "Show which files could not be read and why"), w.show_import_report),
        assign_zone=_action(
            w, translate("Actions", "&Assign a Zone to Files…"), None,
            translate("Actions", "Say which zone the selected article's file, or its folder, is "
                      "about when its articles never print the zone's name"), w.assign_zone),
        print_preview=_action(
            w, translate("Actions", "&Print…"), K.Print,
            translate("Actions", "Preview and print the selected zone's profile"), w.print_preview),
        export_pdf=_action(
            w, translate("Actions", "&Export PDF…"), "Ctrl+Shift+E",
            translate("Actions", "Save the selected zone's profile as a PDF"), w.export_pdf),
        export_sheet=_action(
            w, translate("Actions", "Export &Spreadsheet…"), "Ctrl+Shift+S",
            translate("Actions", "Save the selected zone's figures, or all zones, as Excel or CSV"),
            w.export_spreadsheet),
        print_zh=_action(
            w, translate("Actions", "Printed Page in &Chinese"), None,
            translate("Actions", "Print and export PDF with the page's headings, column names and "
                      "notes in Chinese")),
        print_en=_action(
            w, translate("Actions", "Printed Page in &English"), None,
            translate("Actions", "Print and export PDF with the page's headings, column names and "
                      "notes in English; the articles' text and Chinese names stay as printed")),
        quit=_action(
            w, translate("Actions", "&Quit"), "Ctrl+Q",
            translate("Actions", "Close the application"), w.close),
        copy=_action(
            w, translate("Actions", "&Copy Figure with Source"), K.Copy,
            translate("Actions", "Copy the selected figure with its sentence and source"),
            w.copy_selection),
        find=_action(
            w, translate("Actions", "&Search Articles"), K.Find,
            translate("Actions", "Search the text of all articles"), w.focus_search),
        filter_zones=_action(
            w, translate("Actions", "&Filter Zones"), "Ctrl+L",
            translate("Actions", "Type to filter the zone list"), w.focus_zone_filter),
        focus_source=_action(
            w, translate("Actions", "Go to Source &Text"), "F6",
            translate("Actions", "Move into the source text: select words with Shift+arrow keys, "
                      "then add them as a figure (Ctrl+Shift+F), a policy or a note"),
            lambda: w.source.focus_text()),
        show_profile=_action(
            w, translate("Actions", "&Profile"), "Ctrl+1",
            translate("Actions", "Show the zone's profile"), lambda: w.show_tab(0)),
        show_charts=_action(
            w, translate("Actions", "C&harts"), "Ctrl+2",
            translate("Actions", "Show the charts"), lambda: w.show_tab(1)),
        show_search=_action(
            w, translate("Actions", "Searc&h"), "Ctrl+3",
            translate("Actions", "Show the search"), lambda: w.show_tab(2)),
        show_compare=_action(
            w, translate("Actions", "&Compare Zones"), "Ctrl+4",
            translate("Actions", "One indicator across zones for one period, each bar to its source"),
            lambda: w.show_tab(3)),
        show_conflicts=_action(
            w, translate("Actions", "C&onflicting Sources"), "Ctrl+5",
            translate("Actions", "Values the articles disagree on: choose the one to use"),
            lambda: w.show_tab(4)),
        language_zh=_action(
            w, "中文", None, translate("Actions", "Chinese interface (after restart)")),
        language_en=_action(
            w, "English", None, translate("Actions", "English interface (after restart)")),
        about=_action(
            w, translate("Actions", "&About Zone Profiles"), None,
            translate("Actions", "Version and credits"), w.about),
    )
    actions.cancel_load.setEnabled(False)
    group = QActionGroup(w)
    for action, language in ((actions.language_zh, "zh_CN"), (actions.language_en, "en")):
        action.setCheckable(True)
        action.setData(language)
        group.addAction(action)
    group.triggered.connect(lambda action: w.set_language(action.data()))
    printout = QActionGroup(w)  # the printed page's own words: the UI's language unless chosen
    for action, language in ((actions.print_zh, "zh"), (actions.print_en, "en")):
        action.setCheckable(True)
        action.setData(language)
        printout.addAction(action)
    ui_english = w.settings.language() == "en"
    (actions.print_en if ui_english else actions.print_zh).setChecked(True)
    return actions


def create_menus(w, a: Actions, review=None) -> None:
    """`review`: the ReviewController; its actions join the Edit menu (Undo
    first), "Show Rejected" the View menu and the lost-work list the File menu."""
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("Actions", "&File"))
    file_menu.addActions([a.open_files, a.open_folder])
    w.recent_menu = file_menu.addMenu(translate("Actions", "Open &Recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    file_menu.addActions([a.open_seeds, a.reload, a.cancel_load])
    file_menu.addSeparator()
    file_menu.addActions([a.print_preview, a.export_pdf])
    # offered in the English UI: the printout's words in English or Chinese
    w.print_language_menu = file_menu.addMenu(translate("Actions", "Printout &Language"))
    w.print_language_menu.addActions([a.print_en, a.print_zh])
    w.print_language_menu.menuAction().setVisible(w.settings.language() == "en")
    file_menu.addAction(a.export_sheet)
    file_menu.addSeparator()
    file_menu.addAction(a.assign_zone)
    file_menu.addAction(a.import_report)
    if review is not None:
        file_menu.addAction(review.acts.orphans)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(translate("Actions", "&Edit"))
    if review is not None:
        edit_menu.addActions([review.acts.undo, review.acts.redo])
        edit_menu.addSeparator()
    edit_menu.addActions([a.copy, a.find, a.filter_zones, a.focus_source])
    if review is not None:
        r = review.acts
        for group in ([r.confirm, r.reject, r.correct], [r.add_figure, r.add_policy, r.add_note],
                      [r.merge, r.split]):
            edit_menu.addSeparator()
            edit_menu.addActions(group)

    view_menu = bar.addMenu(translate("Actions", "&View"))
    view_menu.addActions([a.show_profile, a.show_charts, a.show_search, a.show_compare,
                          a.show_conflicts])
    view_menu.addSeparator()
    if review is not None:
        view_menu.addAction(review.acts.show_rejected)
        view_menu.addSeparator()
    language_menu = view_menu.addMenu(translate("Actions", "&Language"))
    language_menu.addActions([a.language_zh, a.language_en])

    help_menu = bar.addMenu(translate("Actions", "&Help"))
    help_menu.addAction(a.about)
    for menu in (file_menu, edit_menu, view_menu, language_menu, help_menu, w.print_language_menu):
        menu.setToolTipsVisible(True)
