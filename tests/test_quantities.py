"""The quantity parser, as an analyst reading zone news relies on it: every
figure in a sentence comes out with its value in base units, its unit, its
qualifier and the exact characters it was printed as."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from zoneprofiles.extract.quantities import Quantity, find_quantities


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.raw for q in found]
    return found[0]


def summary(text: str) -> list[tuple]:
    return [(q.raw, q.value, q.unit, q.qualifier) for q in find_quantities(text)]


# --- multipliers fold into the value; money stays in 元 ----------------------
@pytest.mark.parametrize("text, raw, value, unit", [
    ("苏州工业园区去年实现地区生产总值3515亿元。", "3515亿元", 351_500_000_000.0, "元"),
    ("武汉东湖高新区光电子产业规模达1.03亿元。", "1.03亿元", 103_000_000.0, "元"),
    ("合肥经开区新增市场主体1.2万户。", "1.2万户", 12_000.0, "户"),
    ("全区研发投入4.78万亿元。", "4.78万亿元", 4_780_000_000_000.0, "元"),
    ("园区引进外资2千万美元。", "2千万美元", 20_000_000.0, "美元"),
    ("平台汇聚仪器设备1.21万台/套。", "1.21万台/套", 12_100.0, "台/套"),
    ("累计建成基站4.8万座。", "4.8万座", 48_000.0, "座"),
    ("新增装机10万千瓦。", "10万千瓦", 100_000.0, "千瓦"),
    ("年产能30GWh的电池基地开工。", "30GWh", 30.0, "GWh"),
    ("整车产能10万辆/年。", "10万辆/年", 100_000.0, "辆/年"),
    ("服务企业5万4千家。", "5万4千家", 54_000.0, "家"),
    # a container count however the port prints its unit
    ("港区集装箱吞吐量达到200万标准集装箱。", "200万标准集装箱", 2_000_000.0, "标箱"),
    ("南沙港區吞吐量已超1,000萬標準箱。", "超1,000萬標準箱", 10_000_000.0, "标箱"),
])
def test_multipliers_and_units(text, raw, value, unit):
    q = only(text)
    assert (q.raw, q.value, q.unit) == (raw, value, unit)
    assert text[q.start:q.end] == raw


def test_decimal_multipliers_give_exact_values_not_float_noise():
    assert only("投资1.03亿元").value == 103_000_000.0
    assert only("产值0.29亿元").value == 29_000_000.0


# --- Chinese numerals ------------------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("合肥经开区聚集两千家企业", 2000.0, "家"),
    ("东湖高新区集聚一百五十二家新型研发机构", 152.0, "家"),
    ("全年吸纳就业十余万人", 100_000.0, "人"),
    ("授信额度壹佰万元", 1_000_000.0, "元"),
    ("总投资三千五百亿元", 350_000_000_000.0, "元"),
    ("项目占地一千零五亩", 1005.0, "亩"),
    ("签约金额一万三千元", 13_000.0, "元"),
    ("园区两千四百五家企业", 2450.0, "家"),
    ("引进两个新项目", 2.0, "个"),
])
def test_chinese_numerals(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_bare_amounts_without_a_unit_keep_an_empty_unit():
    assert summary("打造3万亿产业集群，投资百亿、产值百亿") == [
        ("3万亿", 3e12, "", ""), ("百亿", 1e10, "", ""), ("百亿", 1e10, "", "")]


def test_fractions_percent_words_and_tenths():
    assert only("项目数量占全市三分之一").value == pytest.approx(1 / 3)
    assert (only("占比百分之五十").value, only("占比百分之五十").unit) == (50.0, "%")
    assert (only("超五成企业实现增长").value, only("超五成企业实现增长").unit) == (50.0, "%")
    assert only("费率万分之三").unit == "‱"


@pytest.mark.parametrize("text, raw, value, qualifier", [
    ("东湖高新区集聚光电企业百余家", "百余家", 100.0, "余"),
    ("园区吸纳就业近万人", "近万人", 10_000.0, "近"),
    ("引进高层次人才千余名", "千余名", 1000.0, "余"),
    ("年产值超千亿元", "超千亿元", 1e11, "超"),
])
def test_round_numbers_written_as_one_character_count_with_a_qualifier(text, raw, value, qualifier):
    q = only(text)
    assert (q.raw, q.value, q.qualifier) == (raw, value, qualifier)


def test_slash_fraction():
    assert only("约占全省的1/3").value == pytest.approx(1 / 3)


def test_percent_and_percentage_points():
    assert summary("增速16.4%，提高2.4个百分点") == [
        ("16.4%", 16.4, "%", ""), ("2.4个百分点", 2.4, "个百分点", "")]


def test_negative_growth():
    assert only("工业投资增速为-3.2%").value == -3.2
    assert only("利润负增长，降幅为负5.1%").value == -5.1


# --- qualifiers ------------------------------------------------------------
@pytest.mark.parametrize("text, raw, qualifier", [
    ("总投资约120亿元", "约120亿元", "约"),
    ("产值近500亿元", "近500亿元", "近"),
    ("聚集企业超3000家", "超3000家", "超"),
    ("营收超过10亿元", "超过10亿元", "超过"),
    ("出口逾30亿美元", "逾30亿美元", "逾"),
    ("交易额突破2200亿元", "突破2200亿元", "突破"),
    ("单个项目最高不超过10万元", "最高不超过10万元", "最高不超过"),
    ("补贴不超过500万元", "不超过500万元", "不超过"),
    ("用时不到一个月", "不到一个月", "不到"),
    ("空置率不足5%", "不足5%", "不足"),
    ("从打桩到下线仅289天", "仅289天", "仅"),
    ("增速7%以上", "7%以上", "以上"),
    ("年营收3亿元以上企业", "3亿元以上", "以上"),
    ("带动投资10亿余元", "10亿余元", "余"),
    ("机床由20多台增加", "20多台", "多"),
    ("增长25%左右", "25%左右", "左右"),
    ("控制在5%以内", "5%以内", "以内"),
    ("能耗降至10%以下", "10%以下", "以下"),
    ("落户已3年多", "3年多", "多"),
    ("吸引十几家企业", "十几家", "多"),
])
def test_each_qualifier_is_kept_with_its_span(text, raw, qualifier):
    q = only(text)
    assert (q.raw, q.qualifier) == (raw, qualifier)


def test_yu_inside_the_number_qualifies_it_without_changing_the_value():
    q = only("带动投资10亿余元")
    assert (q.value, q.unit) == (1e9, "元")


def test_da_is_not_a_qualifier_and_is_not_part_of_the_figure():
    q = only("投资额达16.56亿元")
    assert (q.raw, q.qualifier) == ("16.56亿元", "")


def test_qualifier_letters_inside_other_words_are_not_qualifiers():
    assert only("签约50个项目").qualifier == ""
    assert only("最近3天").qualifier == ""


# --- ranges ----------------------------------------------------------------
@pytest.mark.parametrize("text, raw, low, high, unit", [
    ("充氢仅需8—15分钟", "8—15分钟", 8.0, 15.0, "分钟"),
    ("充氢仅需8-15分钟", "8-15分钟", 8.0, 15.0, "分钟"),
    ("单笔奖励8至15万元", "8至15万元", 80_000.0, 150_000.0, "元"),
    ("增速保持在3%-5%", "3%-5%", 3.0, 5.0, "%"),
    ("建设周期三至五年", "三至五年", 3.0, 5.0, "年"),
    ("招引2000至3000家企业", "2000至3000家", 2000.0, 3000.0, "家"),
])
def test_ranges_carry_low_and_high(text, raw, low, high, unit):
    q = only(text)
    assert (q.raw, q.value, q.high, q.unit) == (raw, low, high, unit)


def test_a_range_bound_keeps_its_own_multiplier_when_the_low_end_is_larger():
    q = only("投资5000至1万元")
    assert (q.value, q.high) == (5000.0, 10_000.0)


# --- full-width and OCR spacing -------------------------------------------
def test_full_width_digits_and_punctuation_keep_the_printed_text():
    text = "东湖高新区２０２３年完成投资１２３．５亿元，企业１，２３４家，占比２５％"
    assert [(q.raw, q.value, q.unit) for q in find_quantities(text)] == [
        ("１２３．５亿元", 12_350_000_000.0, "元"), ("１，２３４家", 1234.0, "家"), ("２５％", 25.0, "%")]
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.raw


def test_half_and_full_width_sentences_give_the_same_figures():
    half = "合肥经开区新签约项目24个,投资额123.06亿元;增长8.3%"
    full = "合肥经开区新签约项目２４个，投资额１２３．０６亿元；增长８．３％"
    assert [(q.value, q.unit) for q in find_quantities(half)] == \
           [(q.value, q.unit) for q in find_quantities(full)]


def test_an_ocr_space_between_number_and_unit_is_tolerated():
    q = only("总投资 30 亿元")
    assert (q.raw, q.value) == ("30 亿元", 3e9)


@pytest.mark.parametrize("text, raw, value", [
    ("全年完成基础设施投入8 982万元", "8 982万元", 89820000.0),
    ("出口创汇1 500万美元", "1 500万美元", 15000000.0),
    ("累计注册企业12 345家", "12 345家", 12345.0),
    ("实收资本1 000 000元", "1 000 000元", 1000000.0),
])
def test_thousands_grouped_by_spaces_as_yearbooks_print_them(text, raw, value):
    q = only(text)
    assert (q.raw, q.value) == (raw, value)


def test_numbers_in_a_table_row_stay_apart():
    assert [q.value for q in find_quantities("企业数 125 136 148\n")] == [125, 136, 148]


# --- what is not a quantity -----------------------------------------------
@pytest.mark.parametrize("text", [
    "2023年苏州工业园区发展迅速",
    "1月28日，合肥经开区召开大会",
    "2022年前三季度",
    "今年1-9月",
    "2017—2018年",
    "在全市排名第一",
    "第5届世界智能大会",
    "推进5G、4K、8K应用",
    "入选TOP100榜单",
    "EH216-S无人驾驶航空器",
    "国家3A级旅游景区",
    "“十四五”时期",
    "一季度开局良好",
    "一切为了企业，推进一体化",
    "引进一批重点企业",
    "一个远近驰名的品牌",
    "保持两位数增长",
    "二〇二三年工作报告",
    "实施《中国制造2025》",
    "详见 https://example.com/news?id=305&rate=30%25",
    "排名前三的企业",
    "百强区排名",
    "千年商都",
    "数十家企业",
    "十三届人大四次会议",
    "高镍三元电池",
    "千亿级产业集群",
    "2号线和3号楼",
    "全市前10强企业",
    "PM2.5浓度下降",
    "咨询电话：0512-66681234",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_a_lone_chinese_numeral_is_returned_only_with_a_measuring_unit():
    # the figure extractor skips these (no Arabic digit in raw), but 两年 is still two years
    assert summary("用了不到两年，一年内投产") == [("不到两年", 2.0, "年", "不到"), ("一年", 1.0, "年", "")]
    assert find_quantities("一家提供解决方案的公司") == []


def test_a_paragraph_comes_out_sorted_and_without_overlaps():
    text = ("合肥经开区2023年实现规上工业产值超3000亿元，同比增长12.5%；新引进项目86个，"
            "总投资约520亿元，其中10亿元以上项目15个，占比近三分之一。")
    found = find_quantities(text)
    assert [q.raw for q in found] == ["超3000亿元", "12.5%", "86个", "约520亿元",
                                      "10亿元以上", "15个", "近三分之一"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_to_json_has_the_cli_fields_and_high_only_for_ranges():
    assert only("投资约1026亿元").to_json() == {
        "raw": "约1026亿元", "value": 102_600_000_000.0, "unit": "元",
        "start": 2, "end": 9, "qualifier": "约"}
    assert only("8—15分钟").to_json()["high"] == 15.0


# --- robustness ------------------------------------------------------------
_NUMERIC_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789.,%-—~/ 至到万亿千百十零〇一二两三五九余多几约近超以上左右"
                                  "元家个台套GWh年月日号第分之成点负级+，。；１２３％．壹拾佰")),
    max_size=40)


def _check_invariants(text: str) -> None:
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.raw
        assert q.value == q.value  # not NaN
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), _NUMERIC_TEXT))
def test_any_text_parses_without_error_into_exact_sorted_spans(text):
    _check_invariants(text)
    assert find_quantities(text) == find_quantities(text)  # deterministic


def test_a_figure_right_after_latin_letters_still_counts_when_it_has_a_unit():
    assert only("园区实现GDP3686亿元").raw == "3686亿元"


def test_absurd_numerals_do_not_raise():
    _check_invariants("万" * 500 + "1" + "亿" * 300 + "元")
    _check_invariants("9" * 5000 + "亿元")
    _check_invariants("一" + "万" * 2000)
    assert find_quantities("9" * 400 + "元") == []  # no value a float (or JSON) can hold
