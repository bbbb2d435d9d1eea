"""Policies: named documents 《…》, named packages (“氢能10条”), named measures
(“免申即享”, “拿地即开工”) and subsidies (给予…补贴), found in one sentence piece."""
from __future__ import annotations

import re
from dataclasses import dataclass

DOCUMENT, PACKAGE, MEASURE, SUBSIDY = "document", "package", "measure", "subsidy"

# a title may wrap across a line break (PDF text); the break is no part of it
_DOC_RE = re.compile(r"《([^《》\n]{1,80}(?:\n[^《》\n]{1,80})?)》")
_QUOTED_RE = re.compile(r"[“\"]([^“”\"\n]{2,24})[”\"]((?:[0-9.]+|[一二三四五六七八九十])版)?")
# a count of articles (10条, 十五条): what names a package
_ARTICLES = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})条"
_PACKAGE_RE = re.compile(_ARTICLES + r"(?:新政|举措|措施|政策)?$")
# a fund set up by name (设立…科技创新券专项扶持资金, 每年1000万元的…专项资金): a package
_FUND_RE = re.compile(r"(?:设立|安排|拿出|统筹|出资|组建|成立|的)(?P<t>[\u4e00-\u9fff]{4,14}?"
                      r"(?:专项扶持资金|专项资金|扶持资金|引导资金|引导基金|产业基金|发展基金))(?![\u4e00-\u9fff])")
_GENERIC_FUND = re.compile(r"^(?:政府|政策|财政|各|相关|有关|省级|市级|区级|国家|中央|专项|配套)")
# a quoted name is a measure when a policy verb leads up to it or a policy noun follows it
_VERB_BEFORE = re.compile(r"(?:推出|出台|首推|首创|试行|推行|采取|推广|印发|制定|开通|政策|举措|措施|改革)"
                          r"[^,，;；。“]{0,12}$")
_NOUN_AFTER = re.compile(r"^(?:[^,，;；。“]{0,4})(?:机制|改革|制度|模式|监管|政策|举措|措施|试点|行动|计划|工程|"
                         r"服务模式|工作模式|服务机制)")
# adjectives and bare formulas ("个性化", "保姆"式, "2+3+N" 平台集群) are no measure names
# (nor a bare count of articles, 综合保税区“21条”: the national package every such zone has)
_NOT_MEASURE = re.compile(r"[式化]$|^[0-9.+\-A-Za-z]+$|[0-9]+[家个项]|^" + _ARTICLES + "$")
# a quote after a policy noun (政策“梧桐树”, 改革“试验田”) is a figure of speech,
# unless a verb that issues or runs a measure leads up to the noun (推出创新举措“免申即享”)
_NOUN_BEFORE = re.compile(r"(?:政策|举措|措施|改革)$")
_ISSUE_BEFORE = re.compile(r"推出|出台|首推|首创|试行|推行|采取|推广|印发|制定|实施|创新|探索")
# a quote one handles a case by (按照“一事一议”政策) is a principle, not a new measure
_BY_RULE = re.compile(r"(?:按照|根据|依照|参照|依据|遵循|坚持)$")
# a list of quoted names (“A”“B”等一系列政策优势) names kinds of advantage, not measures
_NOUN_AFTER_LIST = re.compile(r"^(?:[”\"“][^,，;；。]{0,20})?等|^[^,，;；。]{0,4}政策(?:优势|红利|环境|体系|支持|效应)")
_SUBSIDY_RE = re.compile(r"给予[^。；;]{0,30}?(?:补贴|补助|奖励|奖补|资助|扶持资金)")


@dataclass
class PolicyHit:
    start: int
    end: int
    title: str
    kind: str
    terms: str = ""   # the amounts, rates and thresholds its sentence sets: "最高300万元; 50%"


def _clean(title: str) -> str:
    return re.sub(r"\s+", "", title.replace("“", "\"").replace("”", "\"")).strip("\"")


# a document named without 《》 after the verb that issues it: 出台抓开局稳经济促发展若干措施
_DOC_WORDS = (r"(?:若干措施|若干政策|政策措施|实施细则|实施意见|实施方案|行动方案|行动计划|管理办法|暂行办法|"
              r"扶持办法|奖补政策|办法|意见|方案|细则|规定|条例)")
_ISSUED_RE = re.compile(r"(?:出台|印发|制定|发布|推出|颁布)了?(?P<t>[\u4e00-\u9fff0-9]{4,40}?" + _DOC_WORDS +
                        r")(?=[,，。；;、\s]|$)")
# a package issued by name, unquoted (出台众创十二条优惠政策, 推出稳增长20条), or named as
# a package of measures (推动稳经济一揽子政策措施落地)
_ISSUED_PACKAGE_RE = re.compile(
    r"(?:(?:(?:出台|印发|制定|发布|推出|颁布)了?)+(?P<t>[\u4e00-\u9fff]{2,10}?" + _ARTICLES + r")"
    r"(?=[^\u4e00-\u9fff]|措施|政策|优惠|举措|$))"
    r"|(?:推动|落实|出台|实施|推出|贯彻|制定|印发)(?P<p>[\u4e00-\u9fff]{2,6}?一揽子政策(?:措施)?)")
# a heading that is a document's title: "一、襄阳综合保税区招商引资扶持办法"
# (matched at the line's start: no ^, which would only match at the text's start)
_TITLE_LINE_RE = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|（[一二三四五六七八九十]+）)?\s*"
                            r"(?P<t>[\u4e00-\u9fff()（）0-9]{4,40}" + _DOC_WORDS + r")\s*$")
# a title whose line ends before its 》 (text wrapped at a width): it goes on in the next line
_OPEN_DOC_RE = re.compile(r"《([^《》\n]{1,80})\s*$")
_DOC_REST_RE = re.compile(r"\s*\n\s*([^《》\n]{1,80})》")
# 《办法》, 《意见》: a document named before, referred to by its kind alone
_BARE_DOC_RE = re.compile(_DOC_WORDS)
# a quoted code names a plan with the noun after it: “4610”行动计划
# (or a policy system: “1+N”文旅政策体系)
_CODE_PLAN_RE = re.compile(r"(?:行动计划|行动方案|工程|计划|战略|行动|[\u4e00-\u9fff]{0,4}?政策体系)")
_CODE_RE = re.compile(r"(?=[^0-9]*[0-9])[0-9+NnXx]{2,8}")
# a package named by its count of articles, unquoted and with no verb before it
# (…改革95项及民营经济提振政策32条): the policy noun and 条 mark the name
_COUNTED_PACKAGE_RE = re.compile(
    r"(?:^|(?<=[及和与、,，;；:：\s]))(?P<t>[\u4e00-\u9fff]{2,10}?(?:政策|措施|举措)"
    + _ARTICLES + r")(?![\u4e00-\u9fff0-9])")
_PACKAGE_LEAD = re.compile(r"(?:出台|落实|实施|推出|制定|印发|发布|颁布|兑现|用好|执行)了?")
_PACKAGE_NOUN = re.compile(r"(?:政策|措施|举措)" + _ARTICLES + "$")
# a programme's quoted name ends in what it is, after a verb that starts it
_PLAN_NAME_RE = re.compile(r"[\u4e00-\u9fff0-9]{4,}(?:行动计划|行动方案|三年行动|专项行动|行动|工程|计划)$")
# a work campaign (攻坚行动, 大会战, 百日行动): how a zone works, no policy of it
_CAMPAIGN = re.compile(r"攻坚|会战|百日|见效|冲刺|大比武|擂台")
_SHORT_NAME_BEFORE = re.compile(r"(?:简称|下称|以下称)[:：]?$")
_HIGHER_LEVEL = re.compile(r"(?:^|[^\u4e00-\u9fff]|围绕|落实|贯彻|按照|对接|衔接|和|及|与|、)(?:省|市|国家|中央|全省|全市)$")
_LAUNCH_BEFORE = re.compile(r"(?:实施|启动|开展|推出|出台|印发)$")


# what a policy's title ends in: the kind of document (…若干措施, …实施方案（试行）,
# 《中国制造2025》); 《内蒙古日报》, 《…蓝皮书》 or a film's title in 《》 is none
_POLICY_TITLE_END = re.compile(
    r"(?:办法|意见|方案|措施|规定|规划|计划|细则|条例|通知|政策|决定|纲要|指南|指引|清单|目录|标准|战略|行动|工程|"
    r"法|公告|批复|函|协定|协议|公约|条|要点|章程|规则|制度|机制|举措|体系|20\d\d|版)$")
_TRAILING_NOTE = re.compile(r"(?:[(（][^()（）]*[)）])+$")


def _is_policy_title(title: str) -> bool:
    return bool(_POLICY_TITLE_END.search(_TRAILING_NOTE.sub("", re.sub(r"\s+", "", title))))


def title_in_heading(text: str, lo: int, hi: int) -> PolicyHit | None:
    """A heading line that is a document's title, as a document; also the title
    after a headline's colon ("…奖励政策:青岛高新区关于…的试行意见")."""
    m = _TITLE_LINE_RE.match(text, lo, hi)
    if m is None:
        colon = max(text.rfind(":", lo, hi), text.rfind("：", lo, hi))
        m = _TITLE_LINE_RE.match(text, colon + 1, hi) if colon >= 0 else None
    if m is None:
        return None
    return PolicyHit(m.start("t"), m.end("t"), m.group("t"), DOCUMENT)


def policies_in(text: str, lo: int, hi: int) -> list[PolicyHit]:
    hits: list[PolicyHit] = []
    taken: list[tuple[int, int]] = []
    for m in _DOC_RE.finditer(text, lo, hi):
        taken.append((m.start(), m.end()))
        if _BARE_DOC_RE.fullmatch(m.group(1).strip()) or not _is_policy_title(m.group(1)):
            continue
        if _SHORT_NAME_BEFORE.search(text, max(lo, m.start() - 6), m.start()):
            continue  # (以下简称《纲要》): the document printed just before, by a short name
        hits.append(PolicyHit(m.start(), m.end(), re.sub(r"\s+", "", m.group(1)), DOCUMENT))
    opened = _OPEN_DOC_RE.search(text, lo, hi)
    if opened is not None:
        rest = _DOC_REST_RE.match(text, hi)
        if rest is not None:
            title = re.sub(r"\s+", "", opened.group(1) + rest.group(1))
            hits.append(PolicyHit(opened.start(), rest.end(), title, DOCUMENT))
            taken.append((opened.start(), hi))
    for m in _ISSUED_PACKAGE_RE.finditer(text, lo, hi):
        g = "t" if m.group("t") else "p"
        if not any(s <= m.start(g) < e for s, e in taken):
            hits.append(PolicyHit(m.start(g), m.end(g), m.group(g), PACKAGE))
            taken.append((m.start(g), m.end(g)))
    for m in _COUNTED_PACKAGE_RE.finditer(text, lo, hi):
        # the name starts after the verb that puts it in force (全面落实惠企政策12条)
        leads = list(_PACKAGE_LEAD.finditer(m.group("t")))
        start = m.start("t") + (leads[-1].end() if leads else 0)
        name = text[start:m.end("t")]
        if len(_PACKAGE_NOUN.sub("", name)) >= 2 and not any(s <= start < e for s, e in taken):
            hits.append(PolicyHit(start, m.end("t"), text[start:m.end("t")], PACKAGE))
            taken.append((start, m.end("t")))
    for m in _FUND_RE.finditer(text, lo, hi):
        if not any(s <= m.start("t") < e for s, e in taken) and not _GENERIC_FUND.match(m.group("t")):
            hits.append(PolicyHit(m.start("t"), m.end("t"), m.group("t"), PACKAGE))
            taken.append((m.start("t"), m.end("t")))
    for m in _ISSUED_RE.finditer(text, lo, hi):
        if any(s <= m.start("t") < e for s, e in taken):
            continue
        hits.append(PolicyHit(m.start("t"), m.end("t"), m.group("t"), DOCUMENT))
        taken.append((m.start("t"), m.end("t")))
    for m in _QUOTED_RE.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _HIGHER_LEVEL.search(text, max(lo, m.start() - 6), m.start()):
            continue  # 围绕省“1269”行动计划和市“8810”行动计划: the province's and the city's, no zone's
        name = m.group(1).strip()
        edition = m.group(2) or ""
        if _PACKAGE_RE.search(name) and not name.startswith("第") and not _PACKAGE_RE.fullmatch(name):
            hits.append(PolicyHit(m.start(), m.end(), name + edition, PACKAGE))
            continue
        plan = _CODE_PLAN_RE.match(text, m.end(), hi)
        if plan and _CODE_RE.fullmatch(name):
            hits.append(PolicyHit(m.start(), plan.end(), name + plan.group(), PACKAGE))
            continue
        if _LAUNCH_BEFORE.search(text, max(lo, m.start() - 4), m.start()) and _PLAN_NAME_RE.search(name) \
                and re.search(r"[0-9]", name) and not _CAMPAIGN.search(name):
            # 实施“青岛高新区科技创新发展1622行动”: a programme launched by name
            hits.append(PolicyHit(m.start(), m.end(), name, PACKAGE))
            continue
        if len(name) < 3 or len(name) > 12 or _NOT_MEASURE.search(name):
            continue
        before = text[max(lo, m.start() - 16):m.start()]
        after = text[m.end():min(hi, m.end() + 8)]
        if _BY_RULE.search(before):
            continue
        verb = _VERB_BEFORE.search(before)
        if verb and _NOUN_BEFORE.search(before) and not _ISSUE_BEFORE.search(before[:-2]):
            verb = None  # 培植政策“梧桐树”
        noun = _NOUN_AFTER.match(after) if not _NOUN_AFTER_LIST.match(text[m.end():min(hi, m.end() + 24)]) else None
        if _CAMPAIGN.search(name) or _CAMPAIGN.match(after):
            continue  # 开展“产业项目建设”攻坚行动: a work campaign, not a measure the zone offers
        if verb or noun:
            hits.append(PolicyHit(m.start(), m.end(), name, MEASURE))
    for m in _SUBSIDY_RE.finditer(text, lo, hi):
        # the condition that leads to the award names it: 对于…的企业,给予…补贴
        head = text[lo:m.start()]
        cond = head.rfind("对于")
        if cond < 0:
            c = re.search(r"(?:^|[,，;；])(对)[^,，;；]*[,，]?[^,，;；]*$", head)
            cond = c.start(1) if c else -1
        start = lo + cond if cond >= 0 and m.start() - (lo + cond) <= 70 else m.start()
        title = text[start:m.end()].strip(" ,，")
        hits.append(PolicyHit(start, m.end(), title, SUBSIDY))
    hits.sort(key=lambda h: h.start)
    return hits


def policy_key(title: str) -> str:
    """Two printings of one policy share this key (quotes and spaces ignored)."""
    return re.sub(r"[\s“”\"'《》()（）]", "", title)
