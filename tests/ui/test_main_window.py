"""The main window with the hand-built corpus: what the user selects in one
part shows up in the others."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from ui_fixtures import FILE_A, FILE_B, TEXT_A, TEXT_B
from zoneprofiles.ui import main_window as main_window_module
from zoneprofiles.ui.main_window import TAB_CHARTS, TAB_PROFILE, MainWindow
from zoneprofiles.ui.profile_models import FIG_LABEL, FIG_SUBJECT, RowRole
from zoneprofiles.ui.source_view import STRONG


def _select_figure_in_table(win, qtbot, label):
    view, proxy = win.profile.figure_view, win.profile.figure_proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, FIG_LABEL).data() == label:
            index = proxy.index(r, FIG_LABEL)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.visualRect(index).center())
            return index.data(RowRole)
    raise AssertionError(f"{label} not in the figure table")


def _type_chinese(widget, text):
    """Chinese arrives through the input method as a commit string (QTest's
    key clicks only know ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _strong_span(win):
    (strong,) = win.source.selections(STRONG)
    return strong.cursor.selectionStart(), strong.cursor.selectionEnd()


def test_selecting_a_zone_fills_the_profile(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    assert window.profile.name_label.text() == "临江高新区"
    assert window.profile.meta_label.text() == "高新区 · 江苏省 临江市"
    assert "临江高新技术产业开发区" in window.profile.aliases_label.text()
    # its own four figures first, then its park's three, marked as the park's
    proxy = window.profile.figure_proxy
    about = [proxy.index(r, FIG_SUBJECT).data() for r in range(proxy.rowCount())]
    assert about == ["", "", "", "", "园区：滨湖科学城", "园区：滨湖科学城", "园区：滨湖科学城"]
    assert proxy.headerData(FIG_SUBJECT, Qt.Orientation.Horizontal) == "对象"
    assert window.profile.policies.rowCount() == 1
    assert window.profile.tabs.tabText(0) == "关键数据（7）"
    assert "集成电路" in window.profile.tags_label.text()
    assert "滨湖科学城" in window.profile.links_label.text()


def test_clicking_a_zone_in_the_list_shows_it(window, qtbot):
    view = window.zone_list.view
    proxy = window.zone_list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "东山经开区")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(proxy.index(row, 0)).center())
    assert window.profile.name_label.text() == "东山经开区"
    assert window.profile.figures.rowCount() == 3


def test_park_link_opens_the_park(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    window.profile.links_label.linkActivated.emit("zone:0")
    assert window.zone_list.current_zone_id() == "滨湖科学城"
    assert window.profile.name_label.text() == "滨湖科学城"
    assert "所属：" in window.profile.links_label.text()


def test_typing_in_the_filter_narrows_the_list(window, qtbot):
    zone_list = window.zone_list
    assert zone_list.count_label.text() == "显示 3 / 3 个园区"
    _type_chinese(zone_list.filter_edit, "东山经济")
    assert zone_list.visible_zone_ids() == ["东山经开区"]
    assert zone_list.count_label.text() == "显示 1 / 3 个园区"
    zone_list.filter_edit.clear()
    zone_list.kind_combo.setCurrentIndex(zone_list.kind_combo.findData("科学城"))
    assert zone_list.visible_zone_ids() == ["滨湖科学城"]
    zone_list.kind_combo.setCurrentIndex(0)
    zone_list.province_combo.setCurrentIndex(zone_list.province_combo.findData("浙江省"))
    assert zone_list.visible_zone_ids() == ["东山经开区"]


def test_a_filter_that_matches_nothing_says_so(window, qtbot):
    _type_chinese(window.zone_list.filter_edit, "没有这个园区")
    assert window.zone_list.stack.currentWidget() is window.zone_list.empty_label
    assert window.zone_list.empty_label.text() == "没有符合筛选条件的园区。"


def test_ctrl_l_focuses_the_zone_filter(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.zone_list.filter_edit.hasFocus())


def test_selecting_a_figure_highlights_exactly_its_span(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    row = _select_figure_in_table(window, qtbot, "新增工业机器人")
    assert _strong_span(window) == (row["start"], row["end"])
    assert TEXT_A[row["start"]:row["end"]] == "1.21万台/套"
    assert window.source.current_file() == FILE_A


def test_clicking_a_chart_bar_selects_that_figure_and_highlights_it(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    window.show_tab(TAB_CHARTS)
    target = window.corpus.figures
    target = target[target["label"] == "实际使用外资"].iloc[0]
    chart = window.charts.zone.chart_for(target["figure_id"])
    qtbot.waitExposed(chart)
    index = [r["figure_id"] for r in chart.rows()].index(target["figure_id"])
    point = chart.plot.mapFromScene(chart.bar_center(index))
    with qtbot.waitSignal(chart.bar_clicked, timeout=2000):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.profile.selected_figure()["figure_id"] == target["figure_id"]
    (strong,) = window.source.selections(STRONG)
    assert strong.cursor.selectedText() == "3.2亿美元"
    assert window.source.text_offset(strong.cursor.selectionStart()) == target["start"]
    assert chart.selected_index() == index
    assert "3.2亿美元" in chart.tooltip(index) and "今年前三季度" in chart.tooltip(index)


def test_money_in_different_currencies_is_never_on_one_axis(window):
    window.zone_list.select_zone("东山经开区")
    units = [{r["unit"] for r in c.rows()} for c in window.charts.zone.charts if c.rows()]
    assert {"元"} in units and {"美元"} in units


def test_compare_chart_shows_a_metric_across_zones_and_opens_the_zone(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    compare = window.charts.compare
    assert compare.choose_metric("地区生产总值", "元")
    zones = {r["zone_id"] for r in compare.chart.rows()}
    assert zones == {"临江高新区", "东山经开区"}
    index = [r["zone_id"] for r in compare.chart.rows()].index("东山经开区")
    compare.chart.bar_clicked.emit(compare.chart.rows()[index])
    assert window.zone_list.current_zone_id() == "东山经开区"
    assert window.source.current_file() == FILE_B
    (strong,) = window.source.selections(STRONG)
    assert strong.cursor.selectedText() == "约860亿元"


def test_clicking_an_item_in_the_source_selects_it_in_the_profile(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    _select_figure_in_table(window, qtbot, "地区生产总值")
    park_figure = window.corpus.figures[window.corpus.figures["label"] == "集聚企业"].iloc[0]
    window.source.item_clicked.emit("figure", park_figure.to_dict())
    assert window.zone_list.current_zone_id() == "滨湖科学城"
    assert window.profile.selected_figure()["figure_id"] == park_figure["figure_id"]
    assert _strong_span(window) == (park_figure["start"], park_figure["end"])
    assert window.tabs.currentIndex() == TAB_PROFILE


def test_search_result_opens_the_article_at_that_place(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    assert window.tabs.currentWidget() is search
    assert search.search("招商十条") == 1
    assert search.status_label.text() == "共找到 1 处。"
    index = search.model.index(0, 2)
    qtbot.mouseClick(search.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=search.view.visualRect(index).center())
    assert window.source.current_file() == FILE_B
    (strong,) = window.source.selections(STRONG)
    assert strong.cursor.selectedText() == "招商十条"
    start = window.source.text_offset(strong.cursor.selectionStart())
    assert TEXT_B[start:start + 4] == "招商十条"
    assert "东山经开区:外资项目加快落地" in window.source.header.text()


def test_ctrl_c_copies_the_figure_with_its_source(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    _select_figure_in_table(window, qtbot, "地区生产总值")
    window.profile.figure_view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.profile.figure_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("临江高新区 地区生产总值：约1026.5亿元（2023年）")
    assert "“2023年，临江高新技术产业开发区" in copied
    assert FILE_A in copied and "《临江高新区：创新引领高质量发展》" in copied


def test_every_main_action_has_a_shortcut(window):
    acts = window.acts
    expected = {
        acts.open_files: QKeySequence(QKeySequence.StandardKey.Open),
        acts.open_folder: QKeySequence("Ctrl+Shift+O"),
        acts.reload: QKeySequence(QKeySequence.StandardKey.Refresh),
        acts.find: QKeySequence(QKeySequence.StandardKey.Find),
        acts.filter_zones: QKeySequence("Ctrl+L"),
        acts.copy: QKeySequence(QKeySequence.StandardKey.Copy),
        acts.print_preview: QKeySequence(QKeySequence.StandardKey.Print),
        acts.quit: QKeySequence("Ctrl+Q"),
    }
    for action, keys in expected.items():
        assert action.shortcut() == keys, action.text()
        assert action.toolTip()
    assert acts.open_folder.text() == "打开文件夹(&F)…"


def test_print_actions_follow_the_printing_module(window, monkeypatch):
    window.zone_list.select_zone("临江高新区")
    assert window.acts.print_preview.isEnabled() == main_window_module.printing_available()
    monkeypatch.setattr(main_window_module, "printing_available", lambda: False)
    window.zone_list.select_zone("东山经开区")
    assert not window.acts.print_preview.isEnabled()
    assert not window.acts.export_pdf.isEnabled()


def test_import_report_lists_the_files_that_failed(window):
    assert window.load_status.problems_button.isVisibleTo(window)
    assert window.load_status.problems_button.text() == "⚠ 1 个文件有问题"
    window.show_import_report()
    (row,) = window.import_report().rows()
    assert row == ("docs/坏文件.doc", "未加载", "不是文本文件")


def test_empty_window_invites_to_open_articles(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert "打开文件夹" in win.zone_list.empty_label.text()
    assert win.profile.stack.currentWidget() is win.profile.empty_label
    assert not win.acts.print_preview.isEnabled()


def test_layout_and_language_persist(qtbot, corpus):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 540)  # inside the offscreen test screen, so nothing is clamped
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([210, 260, 290])
    sizes = first.splitter.sizes()
    first.show_tab(TAB_CHARTS)
    first.acts.language_en.trigger()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    assert second.tabs.currentIndex() == TAB_CHARTS
    assert second.settings.language() == "en"
    assert second.acts.language_en.isChecked()


def test_recent_folders_are_remembered(window, tmp_path):
    window.settings.add_recent_paths([str(tmp_path / "甲")])
    window.settings.add_recent_paths([str(tmp_path / "乙")])
    window.settings.add_recent_paths([str(tmp_path / "甲")])
    window.fill_recent_menu()
    paths = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert paths[:2] == [str(tmp_path / "甲"), str(tmp_path / "乙")]


def test_word_search_finds_words_that_are_apart_in_the_text(window, qtbot):
    search = window.search
    assert search.words_check.isEnabled()  # the core has a jieba segmenter
    assert search.search("临江机器人") == 0  # not printed as one phrase
    search.words_check.setChecked(True)
    matches = {search.model.row(r)["match"] for r in range(search.model.rowCount())}
    assert {"临江", "机器人"} <= matches


def test_about_names_the_version(window, qtbot):
    from zoneprofiles import __version__

    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, close_box)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_box)
    window.acts.about.trigger()
    assert seen and __version__ in seen[0] and "园区档案" in seen[0]
