"""What a zone makes and what its news talks about.

`zone_industries` maps industry terms found in a zone's sentences to short
canonical categories (新能源汽车 → 汽车, 氢燃料电池 → 氢能) using
`resources/industries.tsv` plus the user's own `industries.tsv` in the data
folder. `zone_keywords` ranks the zone's words by TF-IDF with the app's jieba
set-up and drops what says nothing about this zone in particular: numbers,
places, zone names and the vocabulary every development-zone story shares,
the stop words of resources/stopwords.txt (jieba's own stop-word mechanism),
words jieba.posseg does not tag as nouns (给予, 尽早, 最快, 一家家), and people's
names (nr) that the text shows to be people (包志刚说, 董事长包志刚, a byline).
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from .. import paths
from . import segment
from .gazetteer import KINDS, default_gazetteer, fold, load_places, read_text
from .word_re import word_regex

USER_FILE = "industries.tsv"

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class IndustryTerms:
    """Terms → categories, matched longest-first without overlaps, so
    "新能源汽车" counts once as 汽车 and not also as 新能源."""

    def __init__(self, terms: dict[str, str]):
        self.terms: dict[str, str] = {}
        self.written: list[str] = []
        for term, category in terms.items():
            key = term.translate(_ASCII_LOWER)
            if len(key) >= 2 and category:
                self.terms[key] = category
                self.written.append(term)
        # longest term first at each position, ASCII terms only as whole words
        self._re = word_regex(self.terms, ascii_bounded=True)

    def categories(self) -> set[str]:
        return set(self.terms.values())

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, term as written, category) for each term in `text`."""
        terms = self.terms
        return [(m.start(), m.end(), text[m.start():m.end()], terms[m.group()])
                for m in self._re.finditer(fold_case(text))]


def fold_case(text: str) -> str:
    # only ASCII is lowered: str.lower() can change the length of other
    # scripts' text and the spans must stay in step with the input
    return text.translate(_ASCII_LOWER)


def _ascii_bounded(text: str, start: int, end: int) -> bool:
    """An ASCII term ("AI", "5G") must not be part of a longer ASCII word."""
    if _ASCII_WORD.match(text[start]) and start > 0 and _ASCII_WORD.match(text[start - 1]):
        return False
    if _ASCII_WORD.match(text[end - 1]) and end < len(text) and _ASCII_WORD.match(text[end]):
        return False
    return True


def read_terms_file(path: Path) -> tuple[dict[str, str], list[str]]:
    terms: dict[str, str] = {}
    warnings: list[str] = []
    try:
        text = read_text(path)
    except OSError as exc:
        return terms, [f"{path}: cannot read ({exc})"]
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [fold(f) for f in line.split("\t")]
        if lineno == 1 and fields[:2] == ["term", "category"]:
            continue
        if len(fields) < 2 or not fields[0] or not fields[1] or any(fields[2:]):
            warnings.append(f"{path}:{lineno}: skipped, expected 'term<TAB>category'")
            continue
        terms[fields[0]] = fields[1]
    return terms, warnings


def load_industry_terms(extra: list[Path] | None = None) -> tuple[IndustryTerms, list[str]]:
    files = [paths.resource("industries.tsv")]
    user = paths.data_dir() / USER_FILE
    if user.is_file():
        files.append(user)
    files.extend(Path(p) for p in extra or [])
    terms: dict[str, str] = {}
    warnings: list[str] = []
    for path in files:
        if not path.is_file():
            warnings.append(f"{path}: not found")
            continue
        more, problems = read_terms_file(path)
        terms.update(more)
        warnings.extend(problems)
    return IndustryTerms(terms), warnings


_terms: IndustryTerms | None = None
_terms_lock = threading.Lock()


def default_terms() -> IndustryTerms:
    global _terms
    with _terms_lock:
        if _terms is None:
            _terms, _ = load_industry_terms()
        return _terms


def _unique(texts: list[str]) -> list[str]:
    # a passage printed twice in the paper must not count twice
    return list(dict.fromkeys(t for t in texts if t and t.strip()))


def zone_industries(
    texts: list[str], top: int = 12, terms: IndustryTerms | None = None
) -> list[tuple[str, float]]:
    """Industry categories of a zone, most mentioned first. The weight is the
    category's share of all industry-term mentions in `texts` (the weights of
    all categories found sum to 1; `top` keeps the first ones)."""
    terms = terms or default_terms()
    counts: Counter[str] = Counter()
    for text in _unique(texts):
        for _, _, _, category in terms.find(text):
            counts[category] += 1
    total = sum(counts.values())
    if not total:
        return []
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(category, count / total) for category, count in ranked[:top]]


# ---------------------------------------------------------------- keywords

# Words every development-zone story uses; as keywords they tell one zone
# from another not at all.
GENERIC_WORDS = frozenset("""
企业 发展 项目 建设 产业 推动 推进 加快 打造 实现 工作 提升 全面 重点 重要 积极 持续 不断 进一步
创新 高质量 高质量发展 服务 经济 技术 科技 领域 方面 目前 近年来 今年 去年 明年 同比 增长 增速
亿元 万元 元 公司 有限公司 集团 股份 表示 介绍 记者 通讯员 负责人 相关 支持 政策 平台 园区 开发区
高新区 经开区 全区 该区 本区 辖区 我们 他们 这里 其中 以及 已经 成为 作为 通过 进行 开展 一批 一系列
国家级 省级 市级 全国 全省 全市 地区 区域 城市 新区 年度 期间 同时 此外 据悉 截至 累计 达到 超过
突破 总投资 投资 规模 数量 能力 水平 体系 机制 环境 优势 基础 力度 质量 效率 速度 时间 过程 情况
问题 措施 方式 模式 功能 作用 方向 目标 任务 举措 格局 态势 动力 活力 引擎 高地 新高地 主阵地
主引擎 生态 资源 要素 载体 主体 龙头 龙头企业 重点企业 骨干企业 企业家 人才 团队 队伍 干部 群众
市场 消费 需求 订单 生产 制造 制造业 工业 行业 产品 产值 营收 收入 利润 税收 资金 资本 金额 总额
比重 占比 份额 指标 数据 统计 排名 位列 位居 前列 第一 首位 首个 首家 全球 世界 国际 国内 中国 全国性
未来 新年 春节 当前 下一步 日前 近日 近期 记者从 了解到 获悉 据了解 数字 一个 一家 这个 这些 那些
自己 之一 之间 以来 以上 以下 左右 更加 更好 更多 最大 最高 较快 快速 迅速 稳步 有效 有力 不少
很多 众多 大量 各类 各项 各种 多个 多家 部分 整体 全部 所有 共同 一起 一道 继续 正在 将会 已经
正式 顺利 成功 取得 获得 得到 带来 带动 助力 赋能 聚焦 围绕 坚持 立足 依托 抢抓 抓住 紧抓 着力
大力 全力 不断 深入 深化 优化 完善 加强 强化 扩大 提高 促进 形成 构建 培育 引进 引育 落地 落户
签约 开工 投产 竣工 启动 揭牌 举行 召开 发布 出台 印发 实施 落实 推出 设立 成立 新建 在建 建成
协同 融合 绿色 智能 高端 优质 精准 转型 升级 提质 增效 利用 运营 共性 个性化 有序 下功夫 设施 机构
部门 员工 国家 社区 车间 工厂 厂区 测试 检测 融资 奖励 专题 投资额 重点项目 创新能力 强市 大院 布局
环节 协作 合作 交流 对接 服务团 科技局 管委 党工委 书记 主任 区长 局长 副区长 董事长 总经理 副总经理
专家 指导 力争 信心 小组 核心 集群 链条 场景 产业化 产业布局 科技股份 供图 强区 发力 赛道 策源 筑基 实验室
""".split())

# newspapers, bylines and datelines
_PRESS_SUFFIXES = ("日报", "晚报", "时报", "商报", "报社", "本报讯", "记者", "通讯员", "新闻网", "融媒")

_DIGIT = re.compile(r"\d")
# "5G", "8K", "3D打印" are words; "2023年", "1.03亿", "30GWh" are quantities
_QUANTITY = re.compile(r"^[\d.]+[A-Za-z]{2,}$")
_LETTER = re.compile(r"[A-Za-z]")
_CN_NUMERALS = set("零〇一二三四五六七八九十百千万亿两几数多余半第每")
_ZONE_SUFFIXES = tuple(sorted(KINDS | {"片区", "园", "基地", "管委会", "集聚区"}, key=len, reverse=True))
KEYWORD_POS = ("n", "nz", "vn", "nt", "nw", "eng", "an")
# jieba.posseg tags a keyword may have: nouns of every kind (a person's name is
# tested against its context below), verbal and adjectival nouns, abbreviations
# (研发, 三产), foreign words; verbs, adverbs, numerals, measure words, time and
# place words, pronouns, prepositions, conjunctions, idioms and the rest are out
_NOUN_TAGS = ("n", "vn", "an", "eng", "j")
# a token of these tags in a candidate makes it a phrase, not a word (地为, 园已, 一核)
_FUNCTION_TAGS = frozenset("p c d dg f e o y z t tg q m mq r rr rz rg".split())
# what stands before or after a person's name in news: titles, verbs of saying,
# or the name alone on its line (a byline)
_TITLES = ("董事长|副董事长|总经理|副总经理|经理|总监|副总监|总裁|副总裁|董事|主任|副主任|"
           "书记|副书记|区长|副区长|局长|副局长|处长|科长|所长|站长|院长|校长|部长|主席|"
           "市长|县长|镇长|秘书长|厂长|负责人|创始人|合伙人|干部|记者|通讯员|编辑|摄影|"
           "教授|博士|院士|研究员|工程师|专家")
_SAYING = ("说|表示|介绍|透露|告诉|认为|指出|坦言|称|提到|强调|谈到|回忆|笑着|感慨|"
           "院士|教授|博士|先生|女士|同志|团队|等人")
_TITLE_BEFORE = re.compile(rf"(?:{_TITLES})\Z")  # searched up to the name: it ends there
_TITLE_REACH = max(len(t) for t in _TITLES.split("|"))
_SAYING_AFTER = re.compile(rf"[\u4e00-\u9fff]?(?:{_SAYING})")
_STANDS_ALONE_BEFORE = re.compile(r"[\s(（]")
_STANDS_ALONE_AFTER = re.compile(r"[\s)）]")
_KEYWORD_SAMPLE = 400


def _is_number(word: str) -> bool:
    if _DIGIT.search(word):
        return not _LETTER.search(word) or bool(_QUANTITY.match(word))
    return all(ch in _CN_NUMERALS for ch in word)


_stop_words: frozenset[str] | None = None


def stop_words() -> frozenset[str]:
    """resources/stopwords.txt: one word a line, # lines are notes."""
    global _stop_words
    if _stop_words is None:
        path = paths.resource("stopwords.txt")
        try:
            lines = read_text(path).splitlines()
        except OSError:
            lines = []
        _stop_words = frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
    return _stop_words


@lru_cache(maxsize=65536)
def _tags(word: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's (token, tag) pairs for a candidate keyword; the same
    words come up for zone after zone, so each is tagged once."""
    return tuple((p.word, p.flag) for p in segment.pos_tokenizer().lcut(word))


def is_person(name: str, text: str) -> bool:
    """`name` (tagged nr by jieba) is a person in `text`: it follows a title
    (董事长包志刚), comes before a verb of saying (包志刚说) or stands alone on
    its line or between spaces and brackets (bylines: "虞翎 王飞 彭玲",
    "(李迪 陈科)"). Names of companies jieba also tags nr (万绿达, 艾普)
    have none of these and stay."""
    if not name or not text:
        return False
    # each place the name is printed, tried against patterns compiled once
    # (one pattern per name cost a compile per candidate: 3 ms each)
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start):
            return True
        if _SAYING_AFTER.match(text, end):
            return True
        if (start == 0 or _STANDS_ALONE_BEFORE.match(text[start - 1])) and \
                (end == len(text) or _STANDS_ALONE_AFTER.match(text[end])):
            return True
        start = text.find(name, start + 1)
    return False


def is_noun_keyword(word: str, text: str = "") -> bool:
    """jieba.posseg's view of a candidate: a noun of some kind, not a
    person's name, not a phrase with a function word in it."""
    tags = _tags(word)
    if not tags:
        return False
    if any(flag in _FUNCTION_TAGS or flag.startswith("u") for _w, flag in tags):
        return False
    first, flag = tags[0]
    if flag.startswith("nr") and is_person(first, text):
        return False
    if len(tags) == 1:
        return flag.startswith(_NOUN_TAGS) or flag in ("x", "nz", "nt", "nw")
    # a one-character verb makes a phrase: 蔡华说 (a name and 说), 做细
    return not any(f.startswith("v") and len(w) == 1 for w, f in tags)


def is_keyword_candidate(word: str) -> bool:
    """False for numbers, generic words, places and zone names."""
    word = word.strip()
    if len(word) < 2 or _is_number(word) or word in GENERIC_WORDS or word in stop_words():
        return False
    if word.endswith(_PRESS_SUFFIXES):
        return False
    if not any(ch.isalnum() for ch in word):
        return False
    if load_places().lookup(word) is not None:
        return False
    gazetteer, _ = default_gazetteer()
    if gazetteer.lookup(word) is not None or word.endswith(_ZONE_SUFFIXES):
        return False
    return True


# jieba's built-in English stop words (KeywordExtractor.STOP_WORDS), beside resources/stopwords.txt
_ENGLISH_STOP = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on",
    "with", "can", "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not",
    "one", "has", "or"))
_idf: tuple[dict[str, float], float, frozenset[str]] | None = None
_idf_lock = threading.Lock()


def tfidf_ranked(text: str) -> list[tuple[str, float]]:
    """Every word of `text` by TF-IDF, best first: jieba.analyse's
    extract_tags(text, topK=None, withWeight=True) over the app's tokenizer,
    with the IDF table read from the cache (extract/jieba_tables.py) rather
    than parsed by importing jieba.analyse, in every process that ranks."""
    global _idf
    tokenizer = segment.tokenizer()
    with _idf_lock:
        if _idf is None:
            from .jieba_tables import idf_table
            freq, median = idf_table()
            _idf = (freq, median, _ENGLISH_STOP | stop_words())
    idf, median, stop = _idf
    counts: dict[str, float] = {}
    for word in tokenizer.cut(text):
        if len(word.strip()) < 2 or word.lower() in stop:
            continue
        counts[word] = counts.get(word, 0.0) + 1.0
    total = sum(counts.values())
    for word in counts:
        counts[word] *= idf.get(word, median) / total
    return sorted(counts.items(), key=itemgetter(1), reverse=True)


def zone_keywords(texts: list[str], top: int = 15) -> list[tuple[str, float]]:
    """The zone's most characteristic words by TF-IDF (jieba.analyse over the
    app's tokenizer and user dictionary), best first, with their weights."""
    unique = _unique(texts)
    if len(unique) > _KEYWORD_SAMPLE:
        # a zone with thousands of sentences: an even sample ranks the same words
        step = len(unique) / _KEYWORD_SAMPLE
        unique = [unique[int(i * step)] for i in range(_KEYWORD_SAMPLE)]
    text = "\n".join(unique)
    if not text.strip():
        return []
    segment.add_words(default_terms().written, "nz")
    # plain TF-IDF over the app's tokenizer: tagging the whole text cost 20x more;
    # jieba.posseg tags only the words that pass the cheap filters, one by one
    keywords = []
    for word, weight in tfidf_ranked(text):
        if is_keyword_candidate(word) and is_noun_keyword(word, text):
            keywords.append((word, float(weight)))
            if len(keywords) >= top:
                break
    return keywords
