"""The extractor on articles written for the test about zones the seeds never
mention, in both punctuation styles and in GBK: nothing here is in seeds/."""
from pathlib import Path

import pytest

from zoneprofiles.pipeline import load_corpus

HEFEI = """# 合肥高新区量子产业提速

◎本报记者 陈立 通讯员 吴敏

安徽合肥高新技术产业开发区(以下简称合肥高新区)是全国量子信息产业的高地。2023年，合肥高新区实现营业收入约8600亿元，同比增长9.5%；高新技术企业超过2800家。

该高新区力争到2025年集聚量子企业100家以上。今年1-9月，全区规上工业增加值同比增长12.3%。

合肥市全市高新技术企业达到8000家，占全省三分之一以上。

合肥高新区出台《合肥高新区促进量子产业发展若干政策》，推出“量子10条”，在全省首推“拿地即开工”审批模式。
"""

SUZHOU = """苏州工业园区跨境电商提速

本报讯 今年前三季度,苏州工业园区跨境电商进出口额突破120亿元,同比增长31.5%。园区累计引进外资项目超过5000个,实际利用外资逾400亿美元。

园区对新落户的跨境电商企业,给予最高不超过200万元一次性奖励。
"""

WUHAN = """武汉东湖高新区光电子产业规模突破5000亿元

科技日报讯(记者 周强)日前,武汉东湖新技术开发区(以下简称东湖高新区)发布数据:2023年,东湖高新区光电子信息产业规模突破5000亿元,集聚光电子企业约1.6万家。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    (folder / "hefei.txt").write_text(HEFEI, encoding="utf-8")
    (folder / "suzhou.txt").write_bytes(SUZHOU.encode("gbk"))
    (folder / "wuhan.md").write_text(WUHAN, encoding="utf-8-sig")
    return load_corpus([folder])


def fig(corpus, zone, value, unit):
    zid = corpus.find_zone(zone)
    assert zid, f"{zone} is not a zone: {list(corpus.zones['name'])}"
    rows = corpus.figures[(corpus.figures["zone_id"] == zid) & (corpus.figures["unit"] == unit)]
    rows = rows[(rows["value"] - value).abs() <= 1e-6 * max(1, value)]
    return rows


def test_zones_found_by_pattern_alias_and_gazetteer(corpus):
    names = set(corpus.zones["name"])
    assert corpus.find_zone("合肥高新区")
    assert corpus.find_zone("合肥高新技术产业开发区") == corpus.find_zone("合肥高新区")
    assert corpus.find_zone("苏州工业园区")
    assert corpus.find_zone("东湖高新区") == corpus.find_zone("武汉东湖新技术开发区")
    assert not names & {"高新区", "全区", "该高新区", "园区", "合肥", "合肥市"}


def test_figures_with_qualifiers_and_kinds(corpus):
    rev = fig(corpus, "合肥高新区", 8600e8, "元")
    assert len(rev) == 1 and rev.iloc[0]["qualifier"] == "约" and rev.iloc[0]["period"].startswith("2023")
    growth = fig(corpus, "合肥高新区", 9.5, "%")
    assert growth.iloc[0]["kind"] == "growth"
    target = fig(corpus, "合肥高新区", 100, "家")
    assert target.iloc[0]["kind"] == "target"
    assert "以上" in target.iloc[0]["raw"]


def test_anaphor_resolves_to_the_zone(corpus):
    # 全区规上工业增加值同比增长12.3% follows 该高新区
    assert len(fig(corpus, "合肥高新区", 12.3, "%")) == 1


def test_city_wide_figure_is_not_the_zones(corpus):
    assert fig(corpus, "合肥高新区", 8000, "家").empty


def test_gbk_file_with_half_width_punctuation(corpus):
    assert len(fig(corpus, "苏州工业园区", 120e8, "元")) == 1
    usd = fig(corpus, "苏州工业园区", 400e8, "美元")
    assert len(usd) == 1 and usd.iloc[0]["qualifier"] == "逾"


def test_alias_from_yixia_jiancheng(corpus):
    assert len(fig(corpus, "东湖高新区", 5000e8, "元")) == 1
    assert len(fig(corpus, "东湖高新区", 1.6e4, "家")) == 1


def test_policies_typed_and_linked(corpus):
    p = corpus.policies[corpus.policies["zone_id"] == corpus.find_zone("合肥高新区")]
    kinds = dict(zip(p["title"], p["kind"]))
    assert kinds.get("合肥高新区促进量子产业发展若干政策") == "document"
    assert kinds.get("量子10条") == "package"
    assert kinds.get("拿地即开工") == "measure"
    s = corpus.policies[corpus.policies["zone_id"] == corpus.find_zone("苏州工业园区")]
    assert (s["kind"] == "subsidy").any()


def test_offsets_point_into_each_decoded_file(corpus):
    for r in corpus.figures.itertuples():
        assert corpus.texts[r.source_file][r.start:r.end] == r.raw
    assert any(name.endswith("suzhou.txt") for name in corpus.texts)


def test_parks_are_linked_to_their_zone_and_keep_their_own_figures(tmp_path):
    (tmp_path / "a.txt").write_text(
        "# 嘉兴经开区打造数字产业高地\n\n◎本报记者 林一\n\n"
        "近日,位于浙江嘉兴经济技术开发区的嘉兴智慧产业园二期开园,园区已入驻企业86家。"
        "嘉兴经开区将与国内外科技园加强合作。\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    zone = corpus.find_zone("嘉兴经开区")
    park = corpus.find_zone("嘉兴智慧产业园")
    assert zone and park
    assert corpus.zone(park)["parent_id"] == zone
    assert park in set(corpus.profile(zone).parks["zone_id"])
    # 园区已入驻企业86家 is the park's; the zone's profile lists it as the park's
    own = fig(corpus, "嘉兴智慧产业园", 86, "家")
    assert len(own) == 1 and fig(corpus, "嘉兴经开区", 86, "家").empty
    listed = corpus.profile(zone).figures
    row = listed[listed["value"] == 86]
    assert len(row) == 1 and row.iloc[0]["subject"] == "嘉兴智慧产业园"
    assert not any("科技园" in n for n in corpus.zones["name"] if n != "嘉兴智慧产业园")


HTML = """<!DOCTYPE html><html><head><meta charset="gbk"><title>长沙经开区观察</title>
<style>p { color: red }</style><script>var total = "99999亿元";</script></head><body>
<h1>长沙经开区工程机械产业集群提质</h1><p class="byline">本报记者 刘洋</p>
<p>湖南长沙经济技术开发区（以下简称长沙经开区）是全国重要的工程机械产业基地。2023年，长沙经开区工程机械产业集群产值约2100亿元，同比增长8.6%。</p>
<img src="http://example.com/photo.jpg"><p>该区出台《长沙经开区推动先进制造业高质量发展三年行动方案》，对首次入选的专精特新“小巨人”企业，给予50万元一次性奖励。</p>
</body></html>"""


def test_html_article_in_gbk_keeps_offsets_into_the_page(tmp_path):
    (tmp_path / "cs.html").write_bytes(HTML.encode("gbk"))
    corpus = load_corpus([tmp_path])
    name = next(iter(corpus.texts))
    page = corpus.texts[name]
    assert "<h1>" in page  # provenance points into the page as saved
    money = fig(corpus, "长沙经开区", 2100e8, "元")
    assert len(money) == 1
    row = money.iloc[0]
    assert page[row["start"]:row["end"]] == row["raw"] == "约2100亿元"
    assert fig(corpus, "长沙经开区", 99999e8, "元").empty  # script text is never read
    p = corpus.policies[corpus.policies["zone_id"] == corpus.find_zone("长沙经开区")]
    assert "长沙经开区推动先进制造业高质量发展三年行动方案" in set(p["title"])
