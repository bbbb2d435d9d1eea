"""A window opened narrow after a session in a wide one: the profile's middle
pane gets back room for its tables instead of keeping the wide window's share."""
from __future__ import annotations


def test_a_narrow_pane_restored_on_a_narrow_window_is_widened(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    from zoneprofiles.ui.main_window import MainWindow

    wide = MainWindow()
    qtbot.addWidget(wide)
    wide.resize(1366, 768)
    wide.show()
    qtbot.waitExposed(wide)
    total = sum(wide.splitter.sizes())
    wide.splitter.setSizes([int(total * 0.25), int(total * 0.25), total - int(total * 0.5)])
    wide.save_state()
    wide.close()

    narrow = MainWindow()
    qtbot.addWidget(narrow)
    narrow.resize(1024, 700)
    narrow.show()
    qtbot.waitExposed(narrow)
    sizes = narrow.splitter.sizes()
    assert sizes[1] >= 0.44 * sum(sizes)
