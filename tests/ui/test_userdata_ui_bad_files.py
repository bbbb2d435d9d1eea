"""Bad files opened in the window: the import report names each one and its
problem, the rest loads and shows, and a web page's scripts and remote images
are neither run nor fetched."""
from __future__ import annotations

import os

from zoneprofiles.ui.main_window import MainWindow

LOAD_TIMEOUT = 120_000
GOOD = ("株洲高新区：轨道交通装备产业再提速\n\n"
        "今年前三季度，株洲高新技术产业开发区（以下简称株洲高新区）实现规上工业总产值约640亿元，"
        "同比增长8.5%。园区新引进项目36个，总投资额超过95亿元。\n")
PAGE = ("<html><head><meta charset='utf-8'><title>湘潭经开区</title>"
        "<link rel='stylesheet' href='{url}/site.css'><script src='{url}/track.js'></script>"
        "<script>document.write('弹窗广告')</script></head><body>"
        "<p>今年1-9月，湘潭经济技术开发区（以下简称湘潭经开区）完成固定资产投资128亿元，同比增长11%。</p>"
        "<img src='{url}/banner.png'></body></html>")


def test_the_import_report_names_each_bad_file_and_the_rest_shows(qtbot, tmp_path, server):
    url, requests = server
    folder = tmp_path / "文章"
    folder.mkdir()
    (folder / "好文章.txt").write_text(GOOD, encoding="utf-8")
    (folder / "网页.html").write_text(PAGE.format(url=url), encoding="utf-8")
    (folder / "空文件.txt").write_bytes(b"")
    (folder / "照片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    os.symlink(folder / "已删除.txt", folder / "链接.txt")
    data = GOOD.encode()
    (folder / "坏字节.txt").write_bytes(data[:40] + b"\xff\xfe" + data[40:])

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.load_finished, timeout=LOAD_TIMEOUT) as blocker:
        win.open_paths([str(folder)])
    assert blocker.args == ["loaded"]

    report = win.import_report()
    assert report is not None and report.isVisible()  # opened at once: the user chose these
    rows = {path.rsplit("/", 1)[-1]: (result, reason) for path, result, reason in report.rows()}
    assert rows["空文件.txt"][0] == "未加载" and "empty" in rows["空文件.txt"][1]
    assert rows["照片.txt"][0] == "未加载" and "PNG" in rows["照片.txt"][1]
    assert rows["链接.txt"][0] == "未加载" and "broken link" in rows["链接.txt"][1]
    assert rows["坏字节.txt"][0] == "已加载（有警告）" and "UTF-8" in rows["坏字节.txt"][1]
    assert "网页.html" not in rows and "好文章.txt" not in rows
    assert all("Traceback" not in reason for _, reason in rows.values())

    zones = set(win.zone_list.model.zone_ids())
    assert {"株洲高新区", "湘潭经开区"} <= zones
    win.zone_list.select_zone("湘潭经开区")
    win.profile.figure_view.selectRow(0)
    page = next(name for name in win.corpus.texts if name.endswith("网页.html"))
    assert win.source.current_file() == page  # the page is shown as its text, tags and all
    assert "<script" in win.source.editor.toPlainText()
    qtbot.wait(200)  # time for any fetch to arrive, were one made
    assert requests == []
