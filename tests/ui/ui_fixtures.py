"""A small corpus built by hand from Chinese text written for the UI tests
(offsets computed from the text, not typed), and the same articles as files."""
from __future__ import annotations

from pathlib import Path

# Two files. The second one uses half-width punctuation, CRLF line ends and a
# character outside the BMP (𠮷) before its figures, the cases where naive
# offset handling drifts in a QTextDocument.
TEXT_A = (
    "# 临江高新区：创新引领高质量发展\n"
    "\n"
    "◎本报记者 王明\n"
    "\n"
    "2023年，临江高新技术产业开发区（以下简称临江高新区）实现地区生产总值约1026.5亿元，"
    "同比增长7.2%。园区内高新技术企业超2500家，今年1-9月新增工业机器人1.21万台/套。\n"
    "\n"
    "临江高新区出台《临江高新区促进集成电路产业发展若干措施》，对新落户企业给予最高500万元奖励。"
    "区内的滨湖科学城聚焦人工智能与生物医药，计划到2025年集聚企业1000家。\n"
    "\n"
    "# 滨湖科学城再添新项目\n"
    "\n"
    "滨湖科学城今年签约项目32个，总投资突破180亿元。\n"
)
TEXT_B = (
    "东山经开区:外资项目加快落地\r\n"
    "\r\n"
    "■ 本报特约通讯员 𠮷祥\r\n"
    "\r\n"
    "今年前三季度,东山经济技术开发区(东山经开区)实际使用外资3.2亿美元,同比增长15%。"
    "全区实现地区生产总值约860亿元,占全市三分之一以上。\r\n"
    "东山经开区发布\"招商十条\",对总部企业给予最高2000万元补助。\r\n"
)
FILE_A = "docs/临江高新区.txt"
FILE_B = "docs/东山经开区.txt"


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _sentence(text: str, start: int) -> tuple[int, int]:
    stops = "。\n"
    s = max(text.rfind(ch, 0, start) for ch in stops) + 1
    ends = [i for i in (text.find(ch, start) for ch in "。") if i != -1]
    e = min(ends) + 1 if ends else len(text)
    while s < start and text[s] in "\r\n ":
        s += 1
    return s, e


def build_corpus():
    import pandas as pd

    from zoneprofiles.model import Corpus, LoadProblem

    texts = {FILE_A: TEXT_A, FILE_B: TEXT_B}
    a2 = TEXT_A.index("# 滨湖科学城再添新项目")
    articles = pd.DataFrame([
        ("a1", FILE_A, "临江高新区：创新引领高质量发展", "◎本报记者 王明", 0, a2),
        ("a2", FILE_A, "滨湖科学城再添新项目", "", a2, len(TEXT_A)),
        ("b1", FILE_B, "东山经开区:外资项目加快落地", "■ 本报特约通讯员 𠮷祥", 0, len(TEXT_B)),
    ], columns=["article_id", "source_file", "title", "byline", "start", "end"])
    zones = pd.DataFrame([
        ("临江高新区", "临江高新区", "高新区", "临江高新技术产业开发区|临江高新区", None,
         "江苏省", "临江市", 1, 4, 1),
        ("滨湖科学城", "滨湖科学城", "科学城", "滨湖科学城", "临江高新区", "江苏省", "临江市", 2, 3, 0),
        ("东山经开区", "东山经开区", "经开区", "东山经济技术开发区|东山经开区", None,
         "浙江省", "东山市", 1, 3, 1),
    ], columns=["zone_id", "name", "kind", "aliases", "parent_id", "province", "city",
                "n_articles", "n_figures", "n_policies"])

    figure_rows = []
    specs = [  # zone, file, article, label, value, unit, raw, qualifier, period, kind
        ("临江高新区", FILE_A, "a1", "地区生产总值", 1.0265e11, "元", "约1026.5亿元", "约", "2023年", "actual"),
        ("临江高新区", FILE_A, "a1", "地区生产总值增速", 7.2, "%", "7.2%", "", "2023年", "growth"),
        ("临江高新区", FILE_A, "a1", "高新技术企业", 2500, "家", "超2500家", "超", "", "actual"),
        ("临江高新区", FILE_A, "a1", "新增工业机器人", 12100, "台/套", "1.21万台/套", "", "今年1-9月", "actual"),
        ("滨湖科学城", FILE_A, "a1", "集聚企业", 1000, "家", "1000家", "", "2025年", "target"),
        ("滨湖科学城", FILE_A, "a2", "签约项目", 32, "个", "32个", "", "今年", "actual"),
        ("滨湖科学城", FILE_A, "a2", "总投资", 1.8e10, "元", "突破180亿元", "突破", "", "actual"),
        ("东山经开区", FILE_B, "b1", "实际使用外资", 3.2e8, "美元", "3.2亿美元", "", "今年前三季度", "actual"),
        ("东山经开区", FILE_B, "b1", "实际使用外资增速", 15, "%", "15%", "", "今年前三季度", "growth"),
        ("东山经开区", FILE_B, "b1", "地区生产总值", 8.6e10, "元", "约860亿元", "约", "今年前三季度", "actual"),
    ]
    for i, (zone, f, art, label, value, unit, raw, qual, period, kind) in enumerate(specs):
        text = texts[f]
        start, end = _span(text, raw)
        ss, se = _sentence(text, start)
        figure_rows.append((f"f{i + 1}", zone, label, value, unit, raw, qual, period, kind, art, f,
                            start, end, text[ss:se], ss, se))
    figures = pd.DataFrame(figure_rows, columns=[
        "figure_id", "zone_id", "label", "value", "unit", "raw", "qualifier", "period", "kind",
        "article_id", "source_file", "start", "end", "sentence", "sentence_start", "sentence_end"])

    policy_rows = []
    for i, (zone, f, art, title, kind) in enumerate([
            ("临江高新区", FILE_A, "a1", "《临江高新区促进集成电路产业发展若干措施》", "document"),
            ("东山经开区", FILE_B, "b1", "\"招商十条\"", "package")]):
        text = texts[f]
        start, end = _span(text, title)
        ss, se = _sentence(text, start)
        policy_rows.append((f"p{i + 1}", zone, title.strip('《》"'), kind, art, f, start, end,
                            text[ss:se], ss, se))
    policies = pd.DataFrame(policy_rows, columns=[
        "policy_id", "zone_id", "title", "kind", "article_id", "source_file", "start", "end",
        "sentence", "sentence_start", "sentence_end"])

    mention_rows = []
    for zone, f, art, needle in [("临江高新区", FILE_A, "a1", "临江高新区"),
                                 ("滨湖科学城", FILE_A, "a1", "滨湖科学城"),
                                 ("滨湖科学城", FILE_A, "a2", "滨湖科学城今年"),
                                 ("东山经开区", FILE_B, "b1", "东山经开区")]:
        art_start = int(articles.loc[articles.article_id == art, "start"].iloc[0])
        start, end = _span(texts[f], needle, art_start)
        mention_rows.append((zone, art, f, start, end, texts[f][start:end]))
    mentions = pd.DataFrame(mention_rows, columns=["zone_id", "article_id", "source_file",
                                                   "start", "end", "text"])
    industries = pd.DataFrame([
        ("临江高新区", "集成电路", "industry", 3.0),
        ("临江高新区", "工业机器人", "industry", 2.0),
        ("临江高新区", "高质量发展", "keyword", 1.0),
        ("滨湖科学城", "人工智能", "industry", 2.0),
        ("滨湖科学城", "生物医药", "industry", 1.5),
    ], columns=["zone_id", "term", "kind", "weight"])
    articles["date"] = ["2023-10-12", "2023-11-02", "2023-10-20"]
    # the rest of the model's columns, as the extractor leaves them when it knows nothing more
    from zoneprofiles import model
    for frame, columns in ((articles, getattr(model, "ARTICLE_COLUMNS", [])),
                           (figures, getattr(model, "FIGURE_COLUMNS", [])),
                           (policies, getattr(model, "POLICY_COLUMNS", []))):
        for column in columns:
            if column not in frame:
                frame[column] = None if column == "year" else ""
    return Corpus(articles=articles, zones=zones, mentions=mentions, figures=figures,
                  policies=policies, industries=industries, texts=texts,
                  problems=[LoadProblem("docs/坏文件.doc", "不是文本文件", True)],
                  name="测试语料")




def write_articles(folder: Path) -> dict[str, Path]:
    """The two articles as files in `folder` (B with its CRLF line ends)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in ((FILE_A, TEXT_A), (FILE_B, TEXT_B)):
        path = folder / Path(name).name
        path.write_bytes(text.encode("utf-8"))
        paths[name] = path
    return paths
