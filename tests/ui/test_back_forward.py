"""Navigation as in a browser: Back (Alt+Left, the toolbar button) after
following a park link or picking another zone, Forward (Alt+Right) again;
and an article opened from a profile is shown with this zone's mentions
marked, not painted yellow from top to bottom."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from zoneprofiles.ui.profile_models import RowRole
from zoneprofiles.ui.source_view import LIGHT, STRONG


def _click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_zone(qtbot, win, zone_id):
    proxy = win.zone_list.proxy
    for r in range(proxy.rowCount()):
        if win.zone_list.visible_zone_ids()[r] == zone_id:
            _click_row(qtbot, win.zone_list.view, r)
            return
    raise AssertionError(zone_id)


def _toolbar_button(win, action):
    return win.navigation_bar.widgetForAction(action)


def test_back_and_forward_after_following_a_park_link(window, qtbot):
    _click_zone(qtbot, window, "临江高新区")
    assert window.profile.name_label.text() == "临江高新区"
    assert not window.history.back.isEnabled()
    window.profile.links_label.linkActivated.emit("zone:0")  # the park link 滨湖科学城
    assert window.profile.name_label.text() == "滨湖科学城"
    back = _toolbar_button(window, window.history.back)
    assert isinstance(back, QToolButton) and back.isEnabled() and back.text() == "后退"
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.profile.name_label.text() == "临江高新区"
    assert window.zone_list.current_zone_id() == "临江高新区"
    assert window.history.forward.isEnabled()
    window.zone_list.view.setFocus()
    qtbot.keyClick(window.zone_list.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.profile.name_label.text() == "滨湖科学城"
    assert not window.history.forward.isEnabled()


def test_alt_left_goes_back_through_the_zones_picked_in_the_list(window, qtbot):
    for zone in ("东山经开区", "临江高新区", "滨湖科学城"):
        _click_zone(qtbot, window, zone)
    window.zone_list.view.setFocus()
    qtbot.keyClick(window.zone_list.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.profile.name_label.text() == "临江高新区"
    qtbot.keyClick(window.zone_list.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.profile.name_label.text() == "东山经开区"
    # picking a zone after going back drops what was ahead, as a browser does
    _click_zone(qtbot, window, "滨湖科学城")
    assert not window.history.forward.isEnabled()
    qtbot.keyClick(window.zone_list.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.profile.name_label.text() == "东山经开区"


def test_back_and_forward_are_in_the_view_menu(window):
    view_menu = [a.menu() for a in window.menuBar().actions() if a.menu()][2]
    texts = [a.text() for a in view_menu.actions()]
    assert texts[:2] == ["后退", "前进"]
    assert window.history.back.shortcut().toString() == "Alt+Left"


def test_clicking_an_article_marks_this_zones_mentions_only(window, qtbot):
    _click_zone(qtbot, window, "滨湖科学城")
    profile = window.profile
    profile.tabs.setCurrentIndex(2)
    view = profile.article_view
    rows = [view.model().index(r, 0).data(RowRole)["article_id"] for r in range(view.model().rowCount())]
    _click_row(qtbot, view, rows.index("a2"))
    source = window.source
    assert "滨湖科学城再添新项目" in source.header.text()
    assert source.selections(STRONG) == []
    marked = [s.cursor.selectedText() for s in source.selections(LIGHT)]
    assert marked == ["滨湖科学城今年"]  # the mention, not the article's whole text
    assert "滨湖科学城" in source.legend.text() and "黄色" in source.legend.text()
    # the other article: its one mention marked, the article shown from its start
    _click_row(qtbot, view, rows.index("a1"))
    marked = [s.cursor.selectedText() for s in source.selections(LIGHT)]
    assert marked == ["滨湖科学城"]
    assert source.editor.textCursor().position() == 0
