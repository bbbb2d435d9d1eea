"""A zone's keywords are words about the zone: no function words (对于, 给予,
尽早, 最快, 一家家) and no people's names (包志刚, 宋迎迎, bylines), as the
analyst who opened the samples saw them in the profile."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from test_main_window import _type_chinese
from zoneprofiles.extract.industries import is_person, zone_keywords
from zoneprofiles.ui.main_window import MainWindow

LOAD_TIMEOUT = 120_000
NOISE = ["对于", "给予", "尽早", "最快", "一家家", "可以", "包括", "包志刚", "蔡华说", "张彦良",
         "张敬涛", "程松", "朱斯桐", "赵建", "宋迎", "杜鹏", "牟敏", "虞翎", "李迪", "陈科"]


@pytest.fixture
def samples(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.load_finished, timeout=LOAD_TIMEOUT):
        win.acts.open_seeds.trigger()  # File ▸ Open Sample Articles
    yield win
    if win.job is not None:
        win.job.wait(LOAD_TIMEOUT)


def _keywords_shown(win, qtbot, zone):
    win.zone_list.focus_filter()
    _type_chinese(win.zone_list.filter_edit, zone)
    qtbot.keyClick(win.zone_list.filter_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: win.profile.name_label.text() == zone)
    text = win.profile.tags_label.text()
    assert "关键词" in text
    return text.split("关键词", 1)[1]


def test_the_samples_keywords_have_no_function_words_or_names(samples, qtbot):
    shown = {zone: _keywords_shown(samples, qtbot, zone)
             for zone in ("青岛自贸片区", "广州开发区", "尧都云商产业园", "广州人工智能与数字经济试验区",
                          "乌鲁木齐高新区", "石河子经开区", "宜昌高新区", "成都高新区")}
    for zone, chips in shown.items():
        for word in NOISE:
            assert f"&nbsp;{word}&nbsp;" not in chips, (zone, word)
    # what the zones are about stays
    assert "&nbsp;包车费&nbsp;" in shown["青岛自贸片区"]
    assert "&nbsp;新型显示&nbsp;" in shown["广州开发区"]
    # "该区重点打造广州人工智能与数字经济试验区…。该区建成…区块链超级节点": the
    # district's (广州开发区's) own platforms, not the area it builds
    assert "&nbsp;区块链&nbsp;" not in shown["广州人工智能与数字经济试验区"]


def test_a_name_is_a_person_only_where_the_text_says_so():
    assert is_person("包志刚", "广州云徙科技董事长包志刚干劲十足")
    assert is_person("程松", "。”程松说。")
    assert is_person("杜鹏", "断的活力。\n杜鹏\n## 乌鲁木齐")
    assert is_person("陈科", "科技日报讯(李迪 陈科)6月25日")
    # companies jieba also tags as names stay
    assert not is_person("万绿达", "龙头企业广州市万绿达集团有限公司")
    assert not is_person("艾普", "走进青岛艾普智能仪器有限公司")


def test_stop_words_and_non_nouns_are_never_keywords():
    text = ("对于新落户企业，园区给予补贴，尽早兑现，最快三天到账。一家家企业入驻。"
            "园区聚焦氢燃料电池与包车费补贴，氢燃料电池企业集聚。") * 3
    words = [w for w, _ in zone_keywords([text])]
    assert "氢燃料电池" in words
    for word in ("对于", "给予", "尽早", "最快", "一家家", "入驻"):
        assert word not in words
