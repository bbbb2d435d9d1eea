"""Key figures: a quantity in a zone's sentence, with what it measures.

label   - the noun phrase the number measures (固定资产投资, 高新技术企业)
measure - level, growth (同比增长…, 个百分点, 倍) or share (占…比重)
basis   - actual, target (目标/力争/到2025年…, every item of a plan's list) or
          estimate (预计/有望/可…)
value   - signed: a fall (下降3.2%, 缩短30%) is negative
period  - the time expression nearest before it, carried through the clauses
          of its sentence and the ；-chained sentences before it
subject - "" for the zone itself; the company or project a clause is about

Numbers that belong in no zone's key figures are left out here: policy terms
(给予最高300万元奖励 — they stay with their policy), counts of zones
(全国169个国家级高新区) and ranks.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .periods import Period, find_periods
from .policy_terms import is_policy_term
from .quantities import Quantity, find_quantities
from .subjects import subject_before

# units that make a key figure; durations and dates do not
_TIME_UNITS = {"年", "月", "日", "天", "周", "小时", "分钟", "秒", "个月", "年度", "季度", "个季度", "届", "次方"}
_DIGIT = re.compile(r"[0-9０-９]")
_ROUND_WORD = re.compile(r"[十百千万亿]")
_ONE_NUMERAL_TIMES = re.compile(r"[一二两三四五六七八九十]倍")
# 七成, 逾七成, 近一成: tenths said with one numeral (not the 一成 of 一成不变)
_TENTHS = re.compile(r"[二两三四五六七八九]成|[近超逾约]一成")
_CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]{2,}|分之")
# quotes are no break: “专精特新”企业 is one name
# (a comma between digits groups thousands: 1,755.7亿元 is one number)
_CLAUSE_BREAK = re.compile(r"[，;；:：、。!?！？()（）\n]|,(?!(?<=\d,)\d{3}(?!\d))")
# basis: the nearest marker before the number, in its sentence or the
# sentences chained to it by ；, decides. 目标的X% (完成年度目标的85%) is no target.
_BASIS_MARK = re.compile(
    # 围绕“招大引强…”目标，组建20亿元母基金: a slogan named as the goal, then what was done;
    # (从2020年的256亿元增至2024年的448亿元: the year a level rose to, no target year)
    r"(?P<a>已经|累计完成|实际完成|分别完成|完成了|实现了|已完成|已实现|围绕全年目标|围绕目标|对标全年目标|[”\"]目标|"
    r"完成全年目标|完成年度目标|超额完成|(?:计划|目标|任务)的|(?<![在以])现有(?!基础|水平|的)|已有)"
    r"|(?P<t>预期(?:发展|性)?(?:目标|指标)|量化指标|目标(?![的任]|任务的)|力争|争取|计划(?!的)|规划到|确保|将投资|要(?:完成|实现|达到|突破)|(?<!年)(?<!截)(?<!\d)(?<![增升降减加长高大])(?:到|至)20\d\d年|到“?十[四五六]五”?末|将达到?|将实现|将突破|"
    r"将新增|拟|努力实现)"
    r"|(?P<e>预计|有望|预期|可望|估计|预测|可实现|可带动|可新增|可达|可提供|可创造|可形成|可满足|可节约|可减少|可降低|"
    r"(?:建成|投产|达产|运营|投用)后)")
_SHARE = re.compile(r"(?:占(?:比|到|了)?|比重|比例|占有率|覆盖率|渗透率)(?:[\u4e00-\u9fff]{0,14})$")
# filler that may stand between a growth or share word and its number
# "贡献了6.5%的…", "占据…的", "集聚了全省…": the number that follows is a share of something
_OF_SHARE = re.compile(r"(?:贡献了?|占据了?|贡献)$")
_FILLER = r"(?:了|的)?(?:率|幅度|速度|目标|预期)?(?:是|为|达到|达|至|到|约|近|超过|高达|保持在|保持|在)*"
_RISE = r"增长|成长|增速|增幅|提升|提高|增加|上涨|攀升|扩大|上升|增|涨|提速|翻"
_FALL = r"下降|减少|降低|回落|缩短|缩减|缩小|下滑|下跌|压减|压缩|收窄|减|降|跌"
_GROWTH = re.compile(rf"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL})){_FILLER}$")
_GROWTH_UNITS = ("%", "倍", "‰", "个百分点")
# growth and decline words that only make sense of a rate (a count 减少3家 is growth too)
_COMPARE = re.compile(r"(?:同比|比上年|较上年|比去年|较去年|环比|年均|比\d{4}年|较\d{4}年|比年初|较年初|"
                      r"[比较](?:上月|上季度|\d{1,2}月|[一二三四]季度|上半年))")
_AREA_UNITS = ("平方公里", "平方千米", "公顷", "亩", "万亩")
# a share's label that names only the whole it is of (占全省, 占全市的)
_WHOLE_ONLY = re.compile(r"占(?:全[省市区国县]|全国|[\u4e00-\u9fff]{2,3}[省市])的?")
# the wholes of a share and their joints, which leave a share's label with no
# measure (占全市和全省的比重, 在全市和全省占比): the measure before is the one shared
_WHOLES = re.compile(r"全[省市国区县州]|[和、及与的在]|分别")
_SHARE_WORDS = re.compile(r"到|比重|比例|占比(?!重)|份额|总额|总量")
_DRIVES_GROWTH = re.compile(r"(?:拉动|带动)[^，,；;]{0,12}(?:增长|增速)$")
# a rate named without its measure
_RATE_ONLY = re.compile(r"(?:增幅|降幅|增速|涨幅|跌幅)[比较]?")
# the rate of a fall, whose change is read the other way round
_FALL_RATE = re.compile(r"降幅[^，,；;。]{0,10}$")
# a plural of zones: the number counts zones, not a zone's own figure
_ZONE_WORDS = ("高新区", "高新技术产业开发区", "经开区", "经济技术开发区", "开发区", "综合保税区", "综保区",
               "自贸试验区", "自由贸易试验区", "自贸区", "保税区", "保税港区", "新区", "国家级新区")
_TRAILING = re.compile(
    r"(?:以及|和|及|与|增长的目标是|增长的目标为|的目标是|的目标为|目标是|目标为|增长的目标|就|都|也|还|已经|已|累计|共计|共有|总计|合计|共|均|亦|破|(?<![规原法准细])则|分别|达到|达|为|是|有|完成|实现|超过|突破|(?<![签预合制公节])约|近|逾|超|"
    r"同比|比上年|较上年|年均|增长了|增长|成长了|成长|录得|迈过|越过|跨过|跨越|迈上|站上|登上|下降了|下降|提升了|提升到|提升|提高了|提高|增加了|增加|新增|减少了|减少|降低了|降低|"
    r"缩短了|缩短|缩减|回落|下滑|收窄|扩大|扩展|名义|实际|环比|同口径|按可比价格?(?:计算)?|可比口径|按可比口径|增速为|增速|增幅|可比|增|"
    r"(?:较|比)(?:上月|上年同期|去年同期|上年|去年|上季度|一季度|年初|上半年|同期)|分别|净增|净减|"
    r"占比|占|保持在|保持|位居|居|仅用了|仅|用了|只需|需|至|到|从|由|累计达|超出|高达|多达|约为|"
    r"可达到|可达|可实现|可|将达到|将达|将|(?:近|过去)?(?:[两三四五]|\d{1,2})年平均|平均)+$")
_LEADING_WORDS = re.compile(
    r"^(?:其中|目前|截至目前|截至|当前|全年(?!计划|目标|任务)|20\d\d年?度?(?=[\u4e00-\u9fff])|预计|有望|力争|争取|今年以来|以来|近年来|同时|此外|另外|已经|累计|共有|共计|拥有|聚集|集聚|"
    r"汇聚|引进|培育|实现|完成|建成|新增|带动|吸引|入驻|建立|组建|创建|打造|形成|构建|接入|通过|成功|包括|以及|及|"
    r"园区内|园区|全区|该区|区内|本区|各类|各项|全部|所有"
    # (武汉、襄阳、宜昌)三大片区共新增…: the zone's parts named together are its whole
    r"|[\u4e00-\u9fff、]{0,10}?(?:[两三四五六七八九十]大|[2-9]个|[两三四五六七八九十]个)(?:片区|园区|板块|功能区))")
# one-character words stripped only when they do not begin a longer word (就业, 以上)
_LEADING_CHARS = set("并且已共有达该在对为向以了这那其把将还也就都到")
# words such a character begins, kept even without a dictionary at hand
_KEEP_WORDS = {"就业", "以上", "在建", "在校", "有效", "对外", "共享", "共建", "将近", "达产", "为民", "其他", "到位", "到账",
               "在地", "以来"}


def _strip_leading(label: str, is_word) -> str:
    while label:
        m = _LEADING_WORDS.match(label)
        if m:
            label = label[m.end():]
            continue
        if label[0] in _LEADING_CHARS and not (len(label) > 1 and (
                label[:2] in _KEEP_WORDS or is_word(label[:2]))):
            label = label[1:]
            continue
        break
    return label

# "产品优良率由原来的97%提升到98.7%": the label is what stands before 由/从
_FROM_TO = re.compile(r"(?:由|从)(?:过去|原来|以前|去年)?的?.*$")
# "由原来每月生产产品30万片": nothing stands before 由, the label is what follows it
_FROM_LEAD = re.compile(r"^(?:由|从)(?:过去|原来|以前|去年)?的?(?P<l>[^\d０-９]*)")
_STOP_LABELS = {"其他", "其中", "包括", "给予", "预计", "前", "后", "这", "那", "约", "共", "达"}
# (not the 完成 of 完成率, 投资完成率62.9%: a rate's own name)
_CUT_AFTER = re.compile(r".*(?:提供|兑现|实现|完成(?!率)|带动|拉动|形成|获得|吸引|带来|投入|投资建设|建设|"
                        r"预计|有望|力争|争取|确保|建成后|投产后|达产后)")
_GENERIC_MEASURES = {"销售额", "营业额", "增加值", "产值", "总产值", "营收", "营业收入", "收入", "投资",
                     "投资额", "利润", "税收", "产量", "进出口", "出口", "进口", "交易额"}
_VERB_TAIL = re.compile(r"(?:提供|兑现|实现|完成|带动|拉动|形成|获得|吸引|带来|投入|投资建设|建设|"
                        r"预计|有望|力争|争取|确保|建成后|投产后|达产后)$")
_VERB_ONLY = re.compile(r"^(?:给予|包括|承接|引进|培育|建成|集聚|聚集|拥有|签约|申报|创建|入驻|落地|孵化|建设|建立|开工|"
                        r"投产|兑现|提供|征集|接入|形成|构建|汇聚|利用|新增|引进落地|共有|有|累计|成功申报|开辟|"
                        r"测试|覆盖|服务|帮助|带动|推动|解决|包保|培育并建设|实施|推进|大力实施|全力推进|加快推进|"
                        r"谋划|储备|滚动实施|集中开工|集中签约)?了?$")
_POST_STOP = re.compile(r"[,，;；:：、。!?！？()（）“”\"\n]|入园|已|将|落户|投产|实现|达|的|为|是|在|及|和|等|集中|"
                        r"涵盖|覆盖|包括|成功|通过|获得|同比|增长|下降|实现|完成|(?<![0-9])[0-9](?![0-9]*强)")
# a web page's view, click and share counters printed with the article
# a rate compared with the whole the zone is in: "高于全市(7.1%)2.4个百分点" prints the
# city's rate in brackets and the zone's lead over it, neither the zone's own figure
_OVER_THE_WHOLE = re.compile(
    r"(?:高于|低于|快于|慢于|高出|超出|超过|领先于?|优于|落后于?)(?:全国|全省|全市|全州|全盟|全自治区|全县)"
    r"(?:平均水平|平均|水平|增速|均值|同期)?(?:[(（]|[(（][^()（）]{1,12}[)）][约近超逾]?|[约近超逾])?$")
# what follows a count that counts no thing: 4组数据 (an article's own sections), a
# list of places moved up (前进84、77、13个位次)
_NOT_AN_AMOUNT_AFTER = re.compile(r"(?<=组)数据|(?:[、和及]\d+)*个?位次")
_PAGE_COUNT = re.compile(r"(?:浏览|阅读|点击|访问|点赞|评论|转发|收藏)(?:量|数|次数|人次)?[:：]?[ \t]*$")
_MAX_LABEL = 16
_BASIS_WINDOW = 300  # a plan's "到2025年，…" leads a long sentence of targets
_SHORT_QUOTE = re.compile(r"“[^“”\n]{1,20}”")


@dataclass
class FigureHit:
    start: int
    end: int
    quantity: Quantity
    label: str
    measure: str
    basis: str
    period: str
    value: float      # signed
    subject: str = ""

    @property
    def kind(self) -> str:
        return kind_of(self.measure, self.basis)


def is_key_figure(q: Quantity) -> bool:
    """A number with a unit that is not a duration, printed with digits or a
    written-out numeral (两千, 三分之一), not a lone 一 inside a word."""
    if not q.unit or q.unit in _TIME_UNITS:
        return False
    # 超百台, 近千家, 十余个: a round ten, hundred, thousand or ten thousand said as one word
    # 增长近一倍, 扩大两倍: a multiple said with one numeral is still a number
    return bool(_DIGIT.search(q.raw) or _CN_NUMERAL.search(q.raw)
                or q.qualifier and _ROUND_WORD.search(q.raw)
                or q.unit == "倍" and _ONE_NUMERAL_TIMES.search(q.raw)
                or q.unit == "%" and bool(_TENTHS.search(q.raw)))


_WINDOW = 80  # how far back a label or a kind word may stand from its number


def _clause_before(text: str, lo: int, pos: int) -> str:
    seg = text[max(lo, pos - _WINDOW):pos]
    m = None
    for m in _CLAUSE_BREAK.finditer(seg):
        pass
    return seg[m.end():] if m else seg


def _clause_after(text: str, pos: int, hi: int) -> str:
    seg = text[pos:min(hi, pos + _MAX_LABEL * 2)]
    # 7个“保交楼”项目: a short quoted name opens the noun counted, it does not end it
    quoted = _SHORT_QUOTE.match(seg)
    m = _POST_STOP.search(seg, quoted.end() if quoted and quoted.end() - quoted.start() <= 12 else 0)
    return seg[:m.start()] if m else seg


def _strip_spans(text: str, base: int, spans: list[tuple[int, int]]) -> str:
    """`text` (which starts at offset `base`) with the given spans removed."""
    out = list(text)
    for s, e in spans:
        for k in range(max(s - base, 0), min(e - base, len(out))):
            out[k] = ""
    return "".join(out)


_NAME_JOINTS = re.compile(r"^(?:[、，,\s]|和|及|与|以及)+的?")
_ABBR_TAIL = re.compile(r"[(（][A-Za-z]{2,8}[)）]\s*(?:从|由)?\s*$")


def label_for(text: str, lo: int, hi: int, q_start: int, q_end: int,
              named: list[tuple[int, int]], is_word=lambda w: False) -> str:
    """What the number measures. `named` are spans of zone names, places and
    periods to leave out of the label."""
    # "生产总值(GDP)3104.43亿元": an abbreviation in brackets stands between the
    # measure and its number; the label is read from before it
    abbr = _ABBR_TAIL.search(text, max(lo, q_start - 16), q_start)
    end = abbr.start() if abbr else q_start
    pre_raw = _clause_before(text, lo, end)
    pre_base = end - len(pre_raw)
    pre = _strip_spans(pre_raw, pre_base, named).strip()
    if pre != pre_raw.strip():
        # "A、B和C的进出口额": the joints of a list of names go with the names
        pre = _NAME_JOINTS.sub("", pre)
    # (…分别是2020年的2倍: the base year's 的 left after the year is taken out)
    pre = _TRAILING.sub("", pre.rstrip("的"))
    lead = _FROM_LEAD.match(pre)
    pre = _FROM_TO.sub("", pre) or (lead.group("l") if lead else "") or pre
    pre = _TRAILING.sub("", pre)
    plan = _PLAN_SHARE_LABEL.match(pre)
    if plan and len(_strip_leading(_TRAILING.sub("", plan.group("l")), is_word)) >= 2 \
            and not re.search(r"分别|[、和及与]", plan.group("l")):  # A和B分别完成…: several measures
        pre = plan.group("l")
    cut = _CUT_AFTER.sub("", pre) or pre
    if cut in ("项目", "企业") and cut != pre and _is_label(pre):
        cut = pre  # 开工建设项目, 新引进企业: the verb is part of the name of what is counted
    elif cut in _GENERIC_MEASURES and cut != pre:
        # "零售业完成销售额19.6亿元": whose 销售额 stands before the verb
        m = _CUT_AFTER.match(pre)
        sector = _VERB_TAIL.sub("", m.group()) if m else ""
        sector = _strip_leading(sector, is_word)
        cut = sector + cut if 2 <= len(sector) <= 10 and _is_label(sector) else cut
    pre = cut
    stripped = _strip_leading(pre, is_word)
    listed = pre_raw.rstrip().endswith("等")
    if not stripped or _VERB_ONLY.fullmatch(stripped) or listed:
        # "引进36个标准厂房项目": the noun follows the number; "华为、腾讯等20家企业":
        # the names before 等 are examples of what is counted, the noun after it
        post = _clause_after(text, q_end, hi).strip()
        label = post or stripped
    else:
        label = stripped
    label = label.replace("“", "").replace("”", "").replace('"', "").strip(" 的-—~")
    if (label in _STOP_LABELS or not _is_label(label)) and text.startswith("的", q_end):
        # "贡献了6.5%的新增注册企业": what the share is of follows the number
        label = _clause_after(text, q_end + 1, hi).strip()
    if label in _STOP_LABELS or not _is_label(label):
        label = ""
    inner = _INNER_NUMBER.search(label)
    if inner and len(label) - inner.end() >= 2:
        # "38家规上营利性服务业企业营收": a count before the measure is another figure's
        label = label[inner.end():]
    if len(label) > _MAX_LABEL and label.find("占", 2) > 0:
        label = label[:label.find("占", 2)]  # 战略性新兴产业增加值占地区生产总值比重: what takes the share
    if len(label) > _MAX_LABEL:
        label = label[-_MAX_LABEL:]
    return label


# a number inside the label; not one that bounds what is counted (营业收入超10亿元的企业)
_INNER_NUMBER = re.compile(r"^.*\d(?:[\d.]*)(?:[家个项所座名条亿万千百]+|%)(?![元的]|以上|以下|美元)(?=[\u4e00-\u9fff])")


# what a label cannot be: a lone character, a comparison or copula word, a
# clause that starts with a pronoun or ends in an aspect particle, a
# superlative ("规模最大") or a time word ("如今") — verb fragments, not a measure
_NOT_LABEL = re.compile(
    r"^.$|^(?:比|是|较|为|于|等|同比|环比|名义|实际|共|约|其|这|那)$|^(?:我们|我|他们|他|她|它|大家|这|那|是|比|自(?!营|主|有|贸|动|然|治|筹|建|来水)|从|当|随着)"
    r"|[了着过吗呢吧啊]$|(?<!直)[至到]$|最[大小高低多少快强]$|(?:如今|目前|现在|当时|此前|以来)$|^(?:较|比).{0,2}$")


def _is_label(label: str) -> bool:
    return bool(label) and not _NOT_LABEL.search(label)


def measure_for(clause_before: str, q: Quantity) -> tuple[str, int]:
    """(measure, sign): growth with the sign of its verb, share, or level."""
    m = _GROWTH.search(clause_before)
    if m and (q.unit in _GROWTH_UNITS or _COMPARE.search(clause_before)):
        if _FALL_RATE.search(clause_before, 0, m.start()):
            # 降幅比1-9月收窄1.2个百分点: a fall that shrinks is a rise, one that widens a fall
            return "growth", 1 if m.group("fall") else -1
        return "growth", -1 if m.group("fall") else 1
    if q.unit in ("%", "‰") and (_SHARE.search(clause_before) or _OF_SHARE.search(clause_before)
                                 or _OF_PLAN.search(clause_before)):
        return "share", 1
    if q.unit == "个百分点":
        return "growth", -1 if m and m.group("fall") else 1
    if m and m.group("fall") and q.unit == "%":
        return "growth", -1
    return "level", 1


def basis_for(before: str) -> str:
    """actual, target or estimate, from the text before the number (its
    sentence and the clauses chained to it)."""
    last = None
    for last in _BASIS_MARK.finditer(before):
        pass
    if last is None or last.group("a"):
        return "actual"
    return "target" if last.group("t") else "estimate"


def kind_of(measure: str, basis: str) -> str:
    """One word for the views: a target or estimate first, then growth/share."""
    if basis in ("target", "estimate"):
        return basis
    return {"growth": "growth", "share": "share"}.get(measure, "actual")


def kind_for(sentence_before: str, clause_before: str, q: Quantity) -> str:
    measure, _sign = measure_for(clause_before, q)
    return kind_of(measure, basis_for(sentence_before))


# a part of a year printed without its year (全年, 上半年, 1-9月, 年底)
_YEARLESS = re.compile(r"(?:全年|[上下]半年|第?前?[一二三四1-4]季度|首季度?|前[^年]{1,2}个月"
                       r"|\d{1,2}(?:-\d{1,2})?月份?(?:底|末)?|年?底|年?末)")
_YEAR_ONLY = re.compile(r"((?:19|20)\d\d)年")
_SINCE_AFTER = ("以来", "至今", "起", "开始", "以后")


def _years_carried(text: str, periods: list[Period], year: str | None = None) -> list[Period]:
    """"到1995年年底，累计进区企业57家，全年完成技工贸总收入4.09亿元": a part of
    a year printed after a year in the same sentence is that year's part.
    `year`: the year the sentences before this one ran on (chain_year)."""
    out = []
    for p in periods:
        m = _YEAR_ONLY.match(p.label)
        if m and p.year is not None and "-" not in p.label[:m.end()]:
            # 2018年以来, 自2018年起: where a span begins, not the year of what follows
            since = text.startswith(_SINCE_AFTER, p.end) or text[p.start - 1:p.start] in ("自", "从")
            year = None if since else m.group(1)
        elif year and p.year is None and _YEARLESS.fullmatch(p.label):
            p = Period(p.start, p.end, p.raw, f"{year}年{p.label}", int(year))
        out.append(p)
    return out


_CHAIN_YEAR = re.compile(r"((?:19|20)\d\d)年(?!.*(?:以来|至今|起|以后))")


def chain_year(period: str) -> str | None:
    """The year a running period names ("2023年", "2023年前三季度"), which a
    part printed later without one (全年, 上半年) belongs to: "2023年，…。全年
    GDP增长6.6%" is 2023's. Not a span of years (2021-2025年) nor one that
    starts there (2018年以来)."""
    m = _CHAIN_YEAR.match(period) if period else None
    return m.group(1) if m and not period[m.end():].startswith("-") else None


def with_chain_year(label: str, period: str) -> str:
    """`label` dated by the year of the running `period`, when it has none."""
    year = chain_year(period)
    return f"{year}年{label}" if year and _YEARLESS.fullmatch(label) else label


# a year a heading prints without 年 ("数读2018宁波保税区", "2023 年度回顾"): not a
# count or an amount (2018家, 2018.5亿元) nor part of a longer number
_BARE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s*[\u4e00-\u9fff“\"])(?![\s\d.]*[%％万亿千百家个元项])")


def heading_year(heading: str) -> str:
    """The one year a (sub-)heading dates its section by, as a period label
    ("2018年"), or ""; a heading naming no year or several dates nothing."""
    years = {str(p.year) for p in find_periods(heading) if p.year is not None}
    years |= {m.group(1) for m in _BARE_YEAR.finditer(heading)}
    return f"{years.pop()}年" if len(years) == 1 else ""


def _period_for(periods: list[Period], period_ends: list[int], q: Quantity,
                text: str = "", lo: int = 0) -> str:
    """The period nearest before the number that dates it: one in the number's
    own clause, or one that opens a clause ("今年前三季度，…"); a period in the
    middle of another clause ("延续了上半年良好的态势") dates only that clause."""
    i = bisect_right(period_ends, q.start)
    own = _clause_start_at(text, lo, q.start) if text else lo
    yearly = bool(text) and "年均" in text[own:q.start]
    for k in range(i - 1, -1, -1):
        p = periods[k]
        if _DAY.search(p.label):
            continue  # 2月27日 is when something happened, not what a figure covers
        if yearly and p.start < own and not _SEVERAL_YEARS.search(p.label):
            # "五年来，…今年有望突破500亿元，规上工业增加值年均增速22.5%": a yearly
            # average is over the years the sentence opened with, not this year
            continue
        if not text or p.start >= own or _opens_clause(text, lo, p.start) or _leads_list(text, p, q.start):
            return p.label
    if i > 0 and not text:
        return periods[i - 1].label
    if i < len(periods) and q.end <= periods[i].start <= q.end + 2 and not any(
            c in "，,；;。、" for c in text[q.end:periods[i].start]):
        return periods[i].label  # 457亿元(2019年); not "…1.67万家,2019年实际投资…", the next clause's
    return ""


_SEVERAL_YEARS = re.compile(r"年来|以来|^近|^过去|十[一二三四五]五|\d{4}-\d{4}|[一二三四五六七八九十两\d]年$")


def _noun_after_de(text: str, q_end: int, hi: int) -> str:
    """The noun of "…X%的Y" after a number, when it makes a label, else ""."""
    if not text.startswith("的", q_end):
        return ""
    post = _clause_after(text, q_end + 1, hi).strip()
    return post if len(post) >= 2 and _is_label(post) else ""


def _leads_list(text: str, p: Period, pos: int) -> bool:
    """"…部署2014年主要预期发展指标是:营业总收入实现4900亿元,…": a period in the
    clause a colon ends dates the list the colon opens."""
    colon = max(text.rfind(":", p.end, pos), text.rfind("：", p.end, pos))
    return colon >= 0 and not _CLAUSE_BREAK.search(text, p.end, colon) and \
        not re.search(r"[。；;!?！？]", text[colon:pos])


@dataclass
class Chain:
    """What the sentences before this one, chained to it by ；, carry into it:
    "今年1-9月，A增长16.4%；B增长0.8%" dates B; "到2028年，A突破…；B不少于…"
    makes B a target too; "出口214亿元；增长18.6%" names the growth."""
    text: str = ""          # those sentences' text, oldest first
    period: str = ""        # the last period they printed
    label: str = ""         # the label of their last figure
    now: str = ""           # 目前 of the sentence just before, which a stock after it keeps
    unit: str = ""          # the unit of that last figure


_LEAD_IN = re.compile(r"(?:今年|截至|截止|止|在|其中|全年|自|从|于|到|至)$")
_DAY = re.compile(r"月\d{1,2}[日号]$|^\d{1,2}[日号]$")


def _clause_start_at(text: str, lo: int, pos: int) -> int:
    seg = text[max(lo, pos - _WINDOW):pos]
    m = None
    for m in _CLAUSE_BREAK.finditer(seg):
        pass
    return pos - len(seg) + (m.end() if m else 0)


# what may lead a clause before its period: a list item's number or a connective
# ("一是到2025年，…", "特别是今年以来，…")
_HEAD_LEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}|特别是|尤其是|首先|其次|再次|最后|"
                        r"同时|此外|另外|而且|并且)")


def _opens_clause(text: str, lo: int, start: int) -> bool:
    head = text[_clause_start_at(text, lo, start):start]
    # "…绿色发展基础 今年1-6月份,…": a sub-heading run into the paragraph ends at its space
    head = _SPACE_RUN.split(head)[-1].strip()
    # "…全力推动经济持续高位运行——今年上半年，…": a dash ends the lead the same way
    head = head.rsplit("——", 1)[-1]
    head = head[_HEAD_LEAD.match(head).end():] if _HEAD_LEAD.match(head) else head
    return not head or len(head) <= 2 and bool(_LEAD_IN.search(head)) or bool(_ZONE_HEAD.fullmatch(head))


_SPACE_RUN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d]|$)")
# a zone or a place named before a lead period: "高新区1-9月…", "园区今年以来…"
# (and 福州新区自2015年8月30日获批以来，…: the zone, then since when)
_ZONE_HEAD = re.compile(r"[\u4e00-\u9fff()]{2,14}(?:区|园|城|市|县|省|基地|片区|港)(?:今年|截至|自|从)?")


def figures_in(text: str, lo: int, hi: int, named: list[tuple[int, int]],
               context_before: str = "", skip: list[tuple[int, int]] = (),
               is_word=lambda w: False, chain: Chain | None = None,
               terms_out: list | None = None) -> list[FigureHit]:
    """Key figures in text[lo:hi] (one sentence piece). `context_before` is the
    earlier part of the same sentence when a broken paragraph was rejoined;
    `chain` what the ；-chained sentences before it carry. Quantities that are
    a policy's terms are appended to `terms_out` (as Quantity) instead."""
    chain = chain or Chain()
    piece = text[lo:hi]
    found = find_periods(piece)
    # a base of comparison (较上年同期) is left out of the label but dates nothing
    base_of = _bases(piece, found)
    bases = [(p.start + lo, p.end + lo) for p, b in zip(found, base_of) if b == "base"]
    periods = _years_carried(text, [Period(p.start + lo, p.end + lo, p.raw, p.label, p.year)
                                    for p, b in zip(found, base_of) if not b], chain_year(chain.period))
    lead_periods = find_periods(context_before) if context_before else []
    # a number inside a short quoted name (“两千亿元汽车产业集群”, “双百”项目) is part of the name
    skip = list(skip) + [(m.start() + lo, m.end() + lo) for m in _SHORT_QUOTE.finditer(piece)]
    skip += bases
    named = list(named) + bases
    hits: list[FigureHit] = []
    # spans sorted once and looked up near each number: a sentence of a
    # million characters (a file without full stops) stays linear
    named_sorted = sorted(named)
    named_starts = [a for a, _ in named_sorted]
    period_ends = [p.end for p in periods]
    skip_sorted = _merged(skip)
    skip_starts = [a for a, _ in skip_sorted]
    prefix = chain.text[-_WINDOW:] + context_before[-_WINDOW:]
    # a plan's lead (一是到2012年，…；…；…) makes every group of its ；-list a target
    basis_prefix = chain.text[-_BASIS_WINDOW:] + context_before[-_WINDOW:]
    for q0 in _completed(find_quantities(piece), piece):
        q = Quantity(q0.start + lo, q0.end + lo, q0.raw, q0.value, q0.unit, q0.qualifier, q0.high)
        # 占全省1/3, or 集聚了全省1/6的进出口: a fraction of a whole is a share
        fraction = not q.unit and _FRACTION.search(q.raw) and (_SHARE_WORD.search(
            _clause_before(text, lo, q.start)) or text.startswith("的", q.end))
        if not is_key_figure(q) and not fraction:
            continue
        if _inside(periods, [p.start for p in periods], q.start):
            continue
        if text[max(lo, q.start - 1):q.start] == "第":
            continue
        if q.unit in ("次", "", "人次") and _PAGE_COUNT.search(text, max(lo, q.start - 8), q.start):
            continue  # 浏览 20 次, 阅读量：356: the web page's own counter
        if _inside(skip_sorted, skip_starts, q.start):
            continue  # the 10 of “氢能10条” names a policy
        before_in_piece = text[lo:q.start]
        if is_policy_term(prefix + before_in_piece, text[q.end:hi], q):
            if terms_out is not None:
                terms_out.append(q)
            continue
        if _counts_zones(text, q, hi) or _is_threshold(text, q, hi) or _counts_sectors(text, q, hi):
            continue
        if q.unit in ("位", "名") and _RANK_WORDS.search(_clause_before(text, lo, q.start)):
            continue  # 综合排名前进2位, 百强榜单中的34名: a rank, not an amount
        if _NOT_AN_AMOUNT_AFTER.match(text, q.end) or text.endswith("以下", max(lo, q.start - 2), q.start):
            continue  # 7组数据看…, 前进84、77、13个位次, 实现以下5个主要目标: no amount of anything
        if _OVER_THE_WHOLE.search(text, max(lo, q.start - 20), q.start):
            continue  # 增速高于全市(7.1%)2.4个百分点: the city's own rate, and the zone's lead over it
        near = q.start - _WINDOW
        spans = named_sorted[bisect_left(named_starts, near - _WINDOW):bisect_left(named_starts, q.start)]
        spans += [(p.start, p.end) for p in periods[bisect_left(period_ends, near):]
                  if p.start < q.start]
        label = label_for(text, lo, hi, q.start, q.end, spans, is_word)
        between = text[hits[-1].end:q.start] if hits else ""
        if hits and hits[-1].quantity.unit != q.unit and len(between) > 1 and hits[-1].quantity.raw in label:
            # "组建20亿元母基金和4支子基金", "总投资50亿元和用工3000人": after a joint,
            # a figure of another unit is another thing, named after it or after the joint
            post = _clause_after(text, q.end, hi).strip()
            own = _TRAILING.sub("", between[1:])
            if between[-1] in "和及与、" and _is_label(post):
                label = post
            elif between[0] in "和及与、" and _is_label(own):
                label = own
        clause = _clause_before(text, lo, q.start)
        measure, sign = measure_for(clause, q)
        if fraction and measure == "level":
            measure = "share"
        after = _GROWTH_AFTER.match(text, q.end, hi) if measure == "level" and q.unit == "%" else \
            _TIMES_GROWTH_AFTER.match(text, q.end, hi) if measure == "level" and q.unit == "倍" else None
        if measure == "level" and q.unit == "倍" and _TIMES_OF.search(clause):
            after = None
            measure, sign = "growth", 1  # "是1994年的948倍": a multiple of a base is growth
        if after:
            # "营收均保持18%以上的增长", "实现了12%的降幅": the noun after it says growth
            measure, sign = "growth", -1 if after.group("fall") else 1
        elif measure == "growth" and q.unit == "%" and _RISE_TO.search(clause) and _GROWTH_RATE.search(clause):
            sign = 1  # "增速由5.1%回落至3.2%": the rate it fell to is a growth of 3.2%, not a fall
        elif measure == "level" and q.unit == "%" and _GROWTH_RATE.search(clause) and _FROM_END.search(clause):
            measure = "growth"  # the rate it fell from (增速由5.1%…)
        elif measure == "growth" and q.unit == "%" and _RISE_TO.search(clause) and not _GROWTH_RATE.search(clause):
            # "份额从2.9%上升到30%": the level reached, not a rate of growth (增速回落到5.2% is one)
            measure, sign = ("share" if _SHARE_WORD.search(clause) or _SHARE_NOUN.search(label)
                             or _RATE_LABEL.search(label) else "level"), 1
        elif measure == "level" and q.unit == "%" and _SHARE_NOUN.search(label):
            measure = "share"  # 外贸贡献的份额2.9%
        elif measure == "level" and q.unit == "%" and _RATE_LABEL.search(label):
            measure = "share"  # 项目开工率64.3%: a rate is a share of a whole, not a level
        elif measure == "level" and q.unit in ("%", "‰", "‱") and text.startswith("的", q.end):
            measure = "share"  # 90%以上的研发机构设立在企业: the part of a whole the noun after names
            # 20.6%的进出口额和18.1%的实际利用外资: the noun after is what it measures
            label = _noun_after_de(text, q.end, hi) or label
        # (20亿元母基金和4支子基金: another unit is another thing counted)
        joined = bool(hits) and text[hits[-1].end:q.start] in ("和", "及", "与") and hits[-1].quantity.unit == q.unit
        if joined:
            # "完成全年计划的53.58%和44.99%": the last item of a list joined by 和
            clause, label = "", hits[-1].label
        if hits and not clause.strip() and text[hits[-1].end:q.start] in ("、", ",", "，", "和", "及", "与"):
            # the next item of a list: 分别增长56.6%、22%, 下降4.6、0.2个百分点
            prev = hits[-1]
            if prev.quantity.unit == q.unit or not measure_for(clause, q)[0] == "level":
                measure, sign = prev.measure, (-1 if prev.value < 0 else 1)
        elif hits and not clause.strip() and hits[-1].measure == "share" and text.startswith("的", q.end):
            measure = "share"  # 6.5%的新增注册企业、9.2%的税收收入
        basis = basis_for(basis_prefix + before_in_piece[-_BASIS_WINDOW:])
        if basis == "estimate" and "年均" in clause and _SEVERAL_YEARS.search(
                _period_for(periods, period_ends, q, text, lo)) and not _BASIS_MARK.search(clause):
            # "五年来…，今年有望突破500亿元，规上工业增加值年均增速22.5%": the years
            # past averaged, not this year's hope
            basis = "actual"
        if basis == "estimate" and not _BASIS_MARK.search(before_in_piece[-_BASIS_WINDOW:]):
            # "全年预计实现GDP178亿元；全年工业开票销售189.1亿元": an estimate is its own
            # clause's; a plan's target goes on through the ；-list, a 预计 does not
            basis = "actual"
        if measure == "share" and (_WHOLE_ONLY.fullmatch(label) or not q.unit and text.startswith("的", q.end)):
            # 以占全省不到1/400的面积, 集聚了1/6的进出口和1/3的实际外资: the noun after is the measure
            label = _noun_after_de(text, q.end, hi) or label
        if hits and measure == "share" and _WHOLE_ONLY.fullmatch(label):
            # "高新技术企业1200家，占全省35.48%": the share of the measure before
            label = hits[-1].label + label
        elif hits and measure == "share" and label and _SHARE_WORDS.sub("", _WHOLES.sub("", label)) in ("", "占", "中占"):
            # "实际使用外资293.2亿元，占山东省比重26%": the share of the measure before
            label = hits[-1].label + "占比重"
        elif hits and measure == "growth" and _RATE_ONLY.fullmatch(label):
            # "出口下降15.8%，降幅比1-9月收窄0.84个百分点": the rate of the measure before
            label = hits[-1].label + label.rstrip("比较")
        if not label:
            # "营业收入7.1亿元,同比增长97%", "…企业3家,目前累计达到18家": the same measure
            # — but a count after a sum (34亿元，带动就业300人) is another measure
            if hits and (measure != "level" or hits[-1].quantity.unit == q.unit):
                prev = hits[-1]
                if measure == "growth" and prev.measure == "share" and len(hits) > 1 \
                        and hits[-2].measure == "level" and prev.label.startswith(("占", "完成")):
                    prev = hits[-2]  # "财政收入1.24亿元，占全年任务的61.18%，同比增长40%": the level grew
                label = prev.label
                if q.unit == "个百分点" and prev.measure == "growth" and prev.quantity.unit == "%" \
                        and not _RATE_WORD.search(label):
                    # "增长13%，较上月回落2.1个百分点": the points are the growth rate's change
                    label += "增速"
            elif not hits and measure != "level":
                label = chain.label
        if not label and not hits and measure == "level" and chain.label and chain.unit == q.unit and \
                clause.strip() and not _strip_spans(clause, q.start - len(clause), named_sorted).strip(" ，,"):
            # "上饶经开区主营业务收入494.82亿元…；广丰经开区325.44亿元": the next
            # zone of a ；-list, with the same measure as the one before
            label = chain.label
        reach = _REACH_LEAD.sub("", clause.strip()) if not label and hits and measure == "level" else None
        if reach is not None and (_REACH_ONLY.fullmatch(reach) or not reach and q.qualifier):
            # "GDP从256亿元增至448亿元，年均增速13.5%，今年有望突破500亿元": the
            # level reached next is the last level of the same unit's measure
            same = [h for h in hits if h.measure == "level" and h.quantity.unit == q.unit]
            label = same[-1].label if same else label
        if not label and (_REACH_ONLY.fullmatch(clause.strip()) or not clause.strip() and q.qualifier):
            # "GDP翻番，达到1600亿元": the level a growth clause before it reached
            label = _label_of_growth_clause(text, lo, hi, q.start - len(clause), spans, is_word)
        if not label and q.unit in _AREA_UNITS and hits and hits[-1].quantity.unit == q.unit:
            label = hits[-1].label  # 从14.92平方公里扩展至120.56平方公里: the same area
        elif not label and q.unit in _AREA_UNITS and \
                not _strip_leading(_strip_spans(clause, q.start - len(clause), spans).strip(), is_word).strip(" 从由的总"):
            label = "面积"  # "前海合作区从14.92平方公里…": an area with no name is the zone's area
        if q.unit in _AREA_UNITS and text.startswith("的", q.end) and \
                _inside(named_sorted, named_starts, q.end + 1) and not _inside(named_sorted, named_starts, q.end):
            # "规划建设了23平方公里的粤港深度合作产业园": the area of the zone named after it
            label = "规划面积" if "规划" in clause else "面积"
        if label and q.unit == "个百分点" and _DRIVES_GROWTH.search(clause):
            # "拉动同期四川外贸增长34个百分点": the points the zone adds to a
            # wider growth, not a growth of its own
            label = "拉动" + label.replace("同期", "") + "增长"
        if not label:
            continue
        period = _period_for(periods, period_ends, q, text, lo)
        if not period:
            period = lead_periods[-1].label if lead_periods else \
                chain.now if chain.now and _STOCK_LEAD.match(text, lo) else chain.period
        subject = subject_before(text, lo, q.start, spans)
        if subject and label.startswith(subject) and len(label) > len(subject) + 1:
            label = label[len(subject):]  # 某某公司年产值 -> 年产值, the company is the subject
        elif subject and subject in label:
            rest = label[label.index(subject) + len(subject):]
            if len(rest) >= 2:
                label = rest  # 落户园区的某某公司年产值 -> 年产值
            else:
                subject = ""  # 重点签约项目24个: the label is the zone's own count
        hits.append(FigureHit(q.start, q.end, q, label, measure, basis, period,
                              sign * q.value, subject))
    _list_growth_after(text, hits)
    _respectively(text, lo, hits)
    _labels_respectively(text, lo, hits, named_sorted)
    _years_respectively(text, lo, hi, hits, chain.text[-_WINDOW * 2:])
    _from_year_to_year(text, lo, hits)
    return hits


# a clause that only says the figure was reached, and the growth clause before it
# whose measure it is: "GDP翻番，达到1600亿元", "营收大幅增长，突破50亿元"
_REACH_ONLY = re.compile(r"(?:并|已|将|预计|有望|可)?(?:达到|达|突破|增至|增加到|增长到|提高到|提升到|升至|上升到|扩大到|"
                         r"超过|超)")
# a multiple of the same measure at an earlier time (是1994年的948倍, 是建区之初的12倍); a
# multiple of another's (是其他7个经开区总和的1.3倍) compares two, no growth
_TIMES_OF = re.compile(r"(?:是|为|相当于|达到|达)(?:\d{4}年(?:末|底)?|去年|上年|前年|(?:去年|上年)?同期|建区之初|成立之初|"
                       r"设立之初|开港时|获批前|成立前|挂牌前|设立前|(?:[一二三四五六七八九十\d]+年)前)的$")
_REACH_LEAD = re.compile(r"^(?:今年|明年|全年|年内|届时|预计|有望|力争|将)+")
_GROWTH_TAIL = re.compile(r"(?:实现)?(?:翻(?:了)?[一两三]?番|(?:大幅|快速|稳步|持续|较快|明显)?"
                          r"(?:增长|提升|提高|增加|扩大))$")


def _label_of_growth_clause(text: str, lo: int, hi: int, clause_start: int, spans, is_word) -> str:
    prev_end = clause_start - 1
    if prev_end <= lo or text[prev_end] not in ",，":
        return ""
    prev = _clause_before(text, lo, prev_end)
    m = _GROWTH_TAIL.search(prev)
    if not m or m.start() == 0:
        return ""
    at = prev_end - len(prev) + m.start()
    return label_for(text, lo, hi, at, at, spans, is_word)


_RATE_WORD = re.compile(r"增速|增幅|增长率|速度|比重|占比|率")
_GROWTH_AFTER = re.compile(r"的(?:年均|年平均)?(?:较快|快速|高速|稳定|稳步|两位数)?(?:(?P<rise>增长|增幅|增速|涨幅)|(?P<fall>下降|降幅|回落|下滑))")
# "录得超过一倍增长": a multiple before the word for growth
_TIMES_GROWTH_AFTER = re.compile(r"的?(?:(?P<rise>增长|增幅)|(?P<fall>下降|降幅))")
# a rise or fall "to" a percentage: the level it reached
_RISE_TO = re.compile(r"(?:上升|提高|提升|增长|增加|扩大|下降|降低|回落|降至|降到)了?(?:到|至)\s*(?:约|近|超过)?$")
_SHARE_NOUN = re.compile(r"(?:份额|比重|占比|比例)$")
# 由/从 right before a number: the value something moved from
_FROM_END = re.compile(r"(?:由|从)(?:去年的|上年的|原来的|过去|原来|以前)?的?\s*$")
_GROWTH_RATE = re.compile(r"增速|增幅|增长率|涨幅|降幅|速度")
_FRACTION = re.compile(r"分之|\d/\d")
# a rate that is a part of a whole (开工率, 入驻率, 覆盖率), not a growth rate
_RATE_LABEL = re.compile(r"(?<!增长)(?<!增)(?<!涨)(?<!利)(?<!税)(?<!汇)率$")
_SHARE_WORD = re.compile(r"占|比重|比例|份额")
_LEADING_NUMBER = re.compile(r"^[0-9]+(?:\.[0-9]+)?")
_MONEY_BARE = re.compile(r"[亿億]$")


def _completed(quantities: list[Quantity], text: str) -> list[Quantity]:
    """The parser's quantities with what the text leaves implied filled in:
    "下降4.6、0.2、5.0个百分点" — each bare number of a 、-list takes the unit
    (and multiplier) of the list's last item; "总产值191.8亿," — a bare 亿
    after a money measure is 亿元."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.unit or not nxt.unit or text[q.end:nxt.start] not in ("、", "和", "及"):
            continue
        m, head = _LEADING_NUMBER.match(nxt.raw), _LEADING_NUMBER.match(q.raw)
        if not m or not head or head.group() != q.raw:
            continue
        mult = nxt.value / float(m.group()) if float(m.group()) else 1.0
        out[i] = Quantity(q.start, q.end, q.raw, q.value * mult, nxt.unit, q.qualifier, q.high)
    for i, q in enumerate(out):
        if not q.unit and _MONEY_BARE.search(q.raw) and _MONEY_BEFORE.search(text, max(0, q.start - 12), q.start):
            out[i] = Quantity(q.start, q.end, q.raw, q.value, "元", q.qualifier, q.high)
    return out


_MONEY_BEFORE = re.compile(r"(?:产值|收入|营收|投资|总额|金额|资金|税收|利润|GDP|生产总值|增加值|销售额|交易额|"
                           r"成交额|融资)[^，,；;。]{0,4}$")


def _list_growth_after(text: str, hits: list[FigureHit]) -> None:
    """"分别保持8.4%、13.1%、8.4%的年均增长速度": the growth the noun after the
    last rate names is every rate's of the list."""
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and hits[j + 1].quantity.unit == hits[i].quantity.unit == "%" and \
                text[hits[j].end:hits[j + 1].start] in ("、", "和", "及"):
            j += 1
        after = _GROWTH_AFTER.match(text, hits[j].end) if j > i else None
        if after:
            sign = -1 if after.group("fall") else 1
            for h in hits[i:j + 1]:
                if h.measure == "level":
                    h.measure, h.value = "growth", sign * abs(h.value)
        i = j + 1


def _respectively(text: str, lo: int, hits: list[FigureHit]) -> None:
    """"A 9430辆次、B 10.44万吨、C约6.27亿美元，分别同比增长18.6%、55.82%、27.82%":
    the k growth figures after 分别 are, in order, those of the last k levels."""
    i = 0
    while i < len(hits):
        h = hits[i]
        gap_start = hits[i - 1].end if i else lo
        if h.measure not in ("growth", "share") or "分别" not in text[gap_start:h.start]:
            i += 1
            continue
        j = i + 1
        while j < len(hits) and hits[j].measure == h.measure and \
                text[hits[j - 1].end:hits[j].start] in ("、", ",", "，", "和", "及"):
            j += 1
        levels = [x for x in hits[:i] if x.measure == "level"]
        k = j - i
        if k > 1 and len(levels) >= k:
            # "…自营进出口额3.8亿美元，分别占全市份额的54.8%、90.2%、63.1%": each level's share
            tail = "占比重" if h.measure == "share" else ""
            for t in range(k):
                hits[i + t].label = levels[len(levels) - k + t].label + tail
        i = j


_LIST_JOIN = re.compile(r"[、和及与]")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}")


def _labels_respectively(text: str, lo: int, hits: list[FigureHit], named=()) -> None:
    """"入园率、资金到位率、开工率和投产率分别达到68.18%、12.22%、100%和66.67%": the k-th
    figure after 分别 measures the k-th of the names listed before it."""
    i = 0
    while i < len(hits):
        j = i + 1
        while j < len(hits) and text[hits[j - 1].end:hits[j].start] in ("、", "和", "及", "与"):
            j += 1
        k = j - i
        if k < 2:
            i = j
            continue
        clause = _clause_before(text, lo, hits[i].start)
        at = clause.rfind("分别")
        verb = clause[at + 2:].strip()
        if at > 0 and (not verb or _TRAILING.fullmatch(verb) or _TIMES_OF.match(verb)):
            # the names run back over the 、 that _clause_before stops at
            head_end = hits[i].start - len(clause) + at
            start = max(lo, head_end - _WINDOW)
            seg = text[start:head_end]
            cut = max(seg.rfind(c) for c in ",，;；:：。(（\n")
            inside = [(a, b) for a, b in named if a < head_end and b > start + cut + 1]
            first = start + cut + 1
            if len(inside) == 1 and inside[0][0] <= first:
                first = inside[0][1]  # 园区项目入园率、…: the subject before the first name
            elif inside:
                first = head_end  # zones or places listed: whose figures they are (attribution), not labels
            names = _LIST_JOIN.split(text[first:head_end]) if first < head_end else []
            if len(names) == k and all(_LIST_ITEM.fullmatch(n) for n in names):
                for t in range(k):
                    hits[i + t].label = names[t]
        i = j


_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)年?(?:至|到|—{1,2}|-|~)((?:19|20)\d\d)年")


def _years_respectively(text: str, lo: int, hi: int, hits: list[FigureHit], lead: str = "") -> None:
    """"2016年至2018年，分别完成236.3亿元、314.5亿元、365亿元": one year each; the
    range may lead the ；-chained list (`lead`)."""
    m = _YEAR_RANGE.search(text, lo, hi)
    start = m.end() if m is not None else lo
    if m is None:
        m = _YEAR_RANGE.search(lead)
    if m is None:
        return
    y1, y2 = int(m.group(1)), int(m.group(2))
    k = y2 - y1 + 1
    if not 2 <= k <= 10:
        return
    i = 0
    while i < len(hits):
        if hits[i].start < start or "分别" not in text[max(lo, hits[i].start - 30):hits[i].start]:
            i += 1
            continue
        run = [i]
        while len(run) < k and run[-1] + 1 < len(hits) and \
                text[hits[run[-1]].end:hits[run[-1] + 1].start] in ("、", ",", "，", "和", "及") and \
                hits[run[-1] + 1].measure == hits[i].measure:
            run.append(run[-1] + 1)
        if len(run) == k:
            for t, j in enumerate(run):
                hits[j].period = f"{y1 + t}年"
            for h in hits[run[-1] + 1:]:
                if h.period == f"{y1}年":
                    h.period = f"{y1}-{y2}年"  # 预计年均增长24.5%: over the whole range
        i = run[-1] + 1


_TO_BETWEEN = re.compile(r"^[^，,；;。]{0,6}(?:至|到)\s*$")
_RANGE_PERIOD = re.compile(r"^(\d{4})(?:年)?\s*[-至到~]\s*(\d{4})年$")


def _from_year_to_year(text: str, lo: int, hits: list[FigureHit]) -> None:
    """"2021至2025年，GDP从1755.7亿元增长至3318.1亿元": the first is the first
    year's, the second the last year's; a growth over the range keeps the range."""
    for a, b in zip(hits, hits[1:]):
        m = _RANGE_PERIOD.match(a.period)
        if m is None or b.period != a.period or a.measure != "level" or b.measure != "level":
            continue
        if _FROM_END.search(text, max(lo, a.start - 6), a.start) and _TO_BETWEEN.match(text[a.end:b.start]):
            a.period, b.period = f"{m.group(1)}年", f"{m.group(2)}年"


def chain_after(chain: Chain, text: str, lo: int, hi: int, hits: list[FigureHit]) -> Chain:
    """What the next sentence of the paragraph inherits. The period runs on
    through the paragraph ("1-6月，…。地区生产总值…。" dates both) until
    another is printed; the lead's text (a target) and the last label only
    across ；/: (one list, one lead)."""
    piece = text[lo:hi].rstrip()
    found = find_periods(piece)
    periods = [p for p, b in zip(found, _bases(piece, found)) if not b]
    # (…制定了具体的量化指标。经济总量突破3600亿，…: a sentence that announces the goals
    # leads the list after it as a colon would)
    chained = bool(piece) and (piece[-1] in "；;：:" or bool(_GOALS_ANNOUNCED.search(piece)))
    # a target year (到2025年) dates its own list, not the next sentence's actuals;
    # a period inside a clause ("延续了上半年的态势") or a day dates nothing after it
    carried = [p for p in periods if (chained or not _TARGET_YEAR.search(piece, max(0, p.start - 3), p.start))
               and _opens_clause(piece, 0, p.start) and not _DAY.search(p.label)]
    period = with_chain_year(carried[-1].label, chain.period) if carried else (chain.period if not periods else "")
    now = ""
    if period in _NOW and chain.period and not chained:
        # "今年以来，…。目前，已有16个项目…。新签约项目11个": 目前 dates the stock its own
        # sentence counts; the running period resumes after it — but for a stock the next
        # sentence goes on to count ("…。已审批结束的重大项目8个")
        period, now = chain.period, period
    if not chained:
        return Chain("", period, "", now)
    label, unit = (hits[-1].label, hits[-1].quantity.unit) if hits else (chain.label, chain.unit)
    return Chain((chain.text + piece)[-_BASIS_WINDOW:], period, label, unit=unit)


_GOALS_ANNOUNCED = re.compile(r"(?:目标|指标)(?:如下|是)?[。.]$")
_TARGET_YEAR = re.compile(r"(?:到|(?<!截)至|力争|目标)$")  # 截至9月底 is a stock's date, no target
# what opens a sentence that counts a stock, as 目前 did the sentence before
_STOCK_LEAD = re.compile(r"\s*(?:其中|另有|还有|已|正在|在建|在谈|共有|累计|现有|拥有)")
_NOW = {"目前", "截至目前", "当前", "现在", "现时"}
# 较上年同期, 比2023年末, 较一季度: the period compared with, not the figure's
_BASE_BEFORE = re.compile(r"(?:较|比|与|同|相比|对比|比照|高于|低于)$")


def _is_base(text: str, start: int) -> bool:
    return bool(_BASE_BEFORE.search(text, max(0, start - 2), start))


# 占全年计划的50%, 完成年度目标的85%: the year of a plan a share is taken of, not the figure's period
_PLAN_AFTER = re.compile(r"(?:计划|目标|任务)(?:的|\d)")
_BASE_LIST = re.compile(r"(?:同期|同月|水平)?[、和及与]")
# 完成全年计划的61.2%: a percentage of a plan is a share of it
_OF_PLAN = re.compile(r"(?:计划|目标|任务)的$|(?:完成|达到|实现)了?(?:全年|年度)?(?:计划|目标|任务)$")
# "项目签约额完成全年目标98.8%": the measure is what completed the plan
_PLAN_SHARE_LABEL = re.compile(r"^(?P<l>.{2,}?)(?:完成|达到|实现)了?(?:全年|年度)?(?:计划|目标|任务)的?$")


def _bases(text: str, found: list[Period]) -> list[str]:
    """For each period: "base" when it is a base of comparison (较上年同期, and each
    period listed after one: 高于上年同期、2017年全年0.1、0.9个百分点), "plan" when it
    names the plan a share is of (全年计划的50%; kept in the label), else ""."""
    out = []
    for i, p in enumerate(found):
        if _is_base(text, p.start) or (i and out[-1] == "base" and _BASE_LIST.fullmatch(
                text, found[i - 1].end, p.start)):
            out.append("base")
        elif _PLAN_AFTER.match(text, p.end):
            out.append("plan")
        else:
            out.append("")
    return out


_RANK_WORDS = re.compile(r"排名|排行|榜|位次|前进|进位|晋升|上升|提升|位列|位居|居|列|跃居|排")
# "50亿元以上项目1个", "投资超20亿元的重大产业项目": the amount sorts projects, it is no one's figure
# (a threshold in a list of criteria: "投资5亿元以上、总部型企业…")
_THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|及以上|（含）以上|\(含\)以上)?的?[\u4e00-\u9fff、]{0,6}?(?:项目|企业|公司|龙头)")
_BAND_COUNT = re.compile(r"^(?:以上)?的(?:\d+|[一二三四五六七八九十两]+)(?:家|个|户)")
# what may stand between an amount and its 以上: "2000万元人民币以上", "2亿元(含)以上"
_THRESHOLD_FILL = re.compile(r"^\s*(?:人民币)?\s*(?:（含）|\(含\))?\s*")


def _is_threshold(text: str, q: Quantity, hi: int) -> bool:
    if q.unit not in ("元", "美元", "欧元", "港元"):
        return False
    after = text[q.end:min(hi, q.end + 16)]
    if q.end + 16 > hi and text.startswith("\n", hi) and not text.startswith("\n\n", hi):
        after += text[hi + 1:q.end + 17]  # a line wrapped at a width: "总部型企\n业"
    after = after[_THRESHOLD_FILL.match(after).end():]
    if after.startswith(("企业", "级企业", "规模企业")):
        return True  # 百亿元企业达2家, 50亿元至100亿元企业: a size class of firms named by its amount
    if q.qualifier and _BAND_COUNT.match(after):
        # 其中产值超亿元的34家，超10亿元的11家: a size band, then how many are in it (not
        # 计划总投资额超183亿元的4个项目, the projects' total)
        head = _clause_before(text, max(0, q.start - 20), q.start).strip()
        if not head or head.startswith("其中"):
            return True
    m = _THRESHOLD_AFTER.match(after)
    if not m:
        return False
    return bool(q.qualifier) or after.startswith(("以上", "以下", "及以上"))


def _counts_zones(text: str, q: Quantity, hi: int) -> bool:
    """全国169个国家级高新区, 全省12家综保区: the number counts zones."""
    if q.unit not in ("个", "家", "座", "所"):
        return False
    after = text[q.end:min(hi, q.end + 12)]
    after = re.sub(r"^(?:国家级|国家|省级|市级|省|重点|特色)+", "", after)
    if after.startswith(_ZONE_WORDS):
        return True
    # 在全省100个工业园区中排位第五: parks counted across a whole region (a zone's
    # own 3个产业园区 has no 全省 before it)
    if after.startswith(("共建园区", "南北共建园区", "合作共建园区")) or q.unit == "家" and after.startswith("园区"):
        return True  # 其余5个共建园区, 稳居45家园区榜首: parks counted together
    return text.startswith(_REGION_WHOLE, max(0, q.start - 2)) and after.startswith(_PARK_WORDS)


_REGION_WHOLE = ("全国", "全省", "全市", "全州", "全县")
_PARK_WORDS = ("工业园区", "产业园区", "园区", "工业园", "产业园", "产业集聚区")


_SECTOR_COUNT = re.compile(r"(?:[\u4e00-\u9fff]{0,2}大类|工业|规上工业)?行业(?!协会|组织|龙头|企业|领军)")


def _counts_sectors(text: str, q: Quantity, hi: int) -> bool:
    """"33个大类行业中23个行业增加值增长": how many statistical sectors grew
    describes the breadth of growth, not an amount of the zone's."""
    return q.unit == "个" and bool(_SECTOR_COUNT.match(text, q.end, hi))


def _merged(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _inside(spans, starts: list[int], pos: int) -> bool:
    """Whether `pos` falls in one of the sorted, non-nested `spans`."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return False
    span = spans[i]
    end = span.end if hasattr(span, "end") else span[1]
    return pos < end
