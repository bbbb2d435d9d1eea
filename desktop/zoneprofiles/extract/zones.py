"""Zone names in text: from the gazetteer and by pattern, plus the words that
point back to a zone (该区, 全区, 该高新区) and the places that are not zones.

A pattern name must begin with a real place (花都, 临汾尧都, 石河子): that is what
keeps "高新区" alone, "创新示范区" or "国家级经开区" out of the zone list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, Place, Places
from .word_re import word_regex

# suffix as printed -> (kind, short suffix used in the canonical name)
SUFFIXES: dict[str, tuple[str, str]] = {
    "高新技术产业开发区": ("高新区", "高新区"),
    "高新技术开发区": ("高新区", "高新区"),
    "高新区": ("高新区", "高新区"),
    # 宁乡高新技术产业园区: a provincial high-tech zone's name in Hunan and Hubei
    "高新技术产业园区": ("高新区", "高新区"),
    "经济技术开发区": ("经开区", "经开区"),
    "经济开发区": ("经开区", "经开区"),
    "经开区": ("经开区", "经开区"),
    "自由贸易试验区": ("自贸区", "自贸区"),
    "自贸试验区": ("自贸区", "自贸区"),
    "自贸片区": ("自贸片区", "自贸片区"),
    "综合保税区": ("综合保税区", "综合保税区"),
    "综保区": ("综合保税区", "综合保税区"),
    "保税港区": ("保税港区", "保税港区"),
    "保税区": ("保税区", "保税区"),
    "边境经济合作区": ("合作区", "边境经济合作区"),
    "重点开发开放试验区": ("试验区", "重点开发开放试验区"),
    "开发开放试验区": ("试验区", "开发开放试验区"),
    "合作区": ("合作区", "合作区"),
    "工业园区": ("工业园区", "工业园区"),
    # 珲春中俄互市贸易区: a border trade zone
    "互市贸易区": ("互市贸易区", "互市贸易区"),
    # 大厂潮白河工业区, 上海松江工业区: a weak suffix, a zone only after a place
    "工业区": ("工业园区", "工业区"),
    # provincial kinds: 长葛市产业集聚区 (Henan), 连云港徐圩化工园区, 珠海高栏港经济区
    "产业集聚区": ("工业园区", "产业集聚区"),
    # Gansu's and Sichuan's county parks: 天祝县金强工业集中区 (see _NAMED_ONLY)
    "工业集中区": ("工业园区", "工业集中区"),
    # 喀什兵团分区: a zone's branch run by another authority (see _NAMED_ONLY)
    "分区": ("片区", "分区"),
    "化工园区": ("工业园区", "化工园区"),
    "经济区": ("开发区", "经济区"),
    # 两江工业开发区: an industrial zone's own suffix (the 工业 is no generic prefix here)
    "工业开发区": ("开发区", "工业开发区"),
    "出口加工区": ("出口加工区", "出口加工区"),
    "投资区": ("投资区", "投资区"),
    "开发区": ("开发区", "开发区"),
    "科学城": ("科学城", "科学城"),
    # 泉州科技城, 绵阳科技城: a science city by its other common name
    "科技城": ("科学城", "科技城"),
    "新区": ("新区", "新区"),
    "示范区": ("示范区", "示范区"),
    # 兰白国家自主创新示范区, 兰白自创区: a national innovation demonstration zone
    "国家自主创新示范区": ("自创区", "自创区"),
    "自主创新示范区": ("自创区", "自创区"),
    "自创区": ("自创区", "自创区"),
}
_SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True)))
# a free-trade-zone area: 中国(山东)自由贸易试验区青岛片区, 广东自贸试验区南沙新区片区
_FTZ_AREA_RE = re.compile(r"(?:中国)?\(?([\u4e00-\u9fff]{2,3})\)?(?:自由贸易试验区|自贸试验区|自贸区)"
                          r"([\u4e00-\u9fff]{2,6}?)片区")
# words before a generic name that make it a national or provincial aggregate
_AGGREGATE_RE = re.compile(r"(?:国家级|国家|省级|省|市级|全国|各|各类|各地|我国|全省|全市|中国)$")
ANAPHOR_RE = re.compile(
    r"该(?:高新区|经开区|开发区|片区|园区|区)|这个(?:高新区|经开区|开发区)|全区|本区|(?<![园厂景城社校小街山])区内|辖区")
_ANAPHOR_KIND = {"高新区": "高新区", "经开区": "经开区", "开发区": None, "片区": "自贸片区"}
# a bare kind word or 园区 that opens its clause ("经开区完成产值…", "园区新签约项目…")
# points back like 该区: to the zone of that kind the story is about
_BARE_RE = re.compile(r"高新区|经开区|开发区|综合保税区|综保区|保税港区|保税区|自贸片区|自贸区|(?:产业)?园区"
                      # 新区直属区GDP增长5.2%, 合作区实现…: only ever a zone of that kind the story names
                      r"|新区|合作区|科学城")
_YEAR_BEFORE = re.compile(r"(?<![0-9\u4e00-\u9fff])(?:19|20)\d\d年$")
_BARE_OPENS = set("，,。；;：:！？!?（(“\" \t\n")
_REGION_RE = re.compile(r"(?:[东西南北中]部|中国)\(([\u4e00-\u9fff]{2,4})\)$")
_MAX_PREFIX = 12
# the name between a place and a suffix (成都 + 国际铁路港 + 经开区, 民勤 + 红沙岗能源化工 + a
# park's suffix: a locality and its industry): at most seven characters, and never a count, a verb of having or a part of a whole
_NAME_MAX = 7
_ONE_CHAR_NAMES = ("港", "湾", "岛")
# a count or a part of a whole; 家 only after a numeral (十家企业), since a
# town's name may hold it (五常 + 牛家 + 开发区), and so may 家具 or 家电
_COUNTING = re.compile(r"[个座所批各全每该本此其这那某]|[\d一二三四五六七八九十两百千万几多]家")
_MID_NOT_NAME = re.compile(_COUNTING.pattern + r"|拥有|共有|现有|设有|建有|已有|还有|新增|新建|所有|内外|以内|范围|辖内|境内"
                           r"|打造|建设|推进|支持|鼓励|加快|推动|依托|围绕|发展|培育|申报|创建|设立|成立|升级|获批|批准|建成|"
                           r"形成|布局|积极|大力|全力|着力|努力|持续|唯一|第一|第二|重点|主要|多个|一批|首批|首个|省级|市级|县级|国家"
                           r"|(?:国家级|省级|市级|产业|经济|科技|工业|开发|高新|综合|示范|功能|创新|发展|合作|试验|开放)$")
_PARK_SUFFIXES = "产业园|科技园|工业园|软件园|创意园|物流园|产业城|科创园|配套园"
_PARK_SUFFIX_RE = re.compile(f"(?:{_PARK_SUFFIXES})")
_PARK_NAME_MAX = 6
# parks listed by name alone (_listed_parks): the suffixes a list item may end in,
# the list (、-separated, or quoted items one after another), the verb that
# opens it and the 等N个 that may close it
_LISTED_SUFFIXES = _PARK_SUFFIXES + "|创业园|产业基地|片区"
_LISTED_SUFFIX_RE = re.compile(f"(?:{_LISTED_SUFFIXES})$")
_LIST_ITEM = f"[\u4e00-\u9fff]{{2,14}}?(?:{_LISTED_SUFFIXES})"
_LIST_RE = re.compile(f"{_LIST_ITEM}(?:、{_LIST_ITEM})+|“{_LIST_ITEM}”(?:、?“{_LIST_ITEM}”)+")
_LIST_ITEM_RE = re.compile(f"(?P<n>{_LIST_ITEM})")
_LIST_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:建设了?|开发了?|建成了?|打造了?|发展|培育|推进|引进|包括|包含|涵盖|拥有|设有|下辖|形成了?|布局了?|规划了?|分为|有)"
                        r"(?=[\u4e00-\u9fff]{4})")
_LIST_CLOSE = re.compile(r"等(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个")
# a park introduced by its area (规划建设了23平方公里的粤港深度合作产业园, 总规划462平方千米的
# 哈南工业新城): an area given to a name makes the name a place's own
_AREA_PARK_RE = re.compile(r"(?:平方公里|平方千米|亩|公顷)的(?P<n>[\u4e00-\u9fff]{2,10}?"
                           r"(?:产业园区|工业园区|产业园|工业园|产业新城|工业新城|科技园|物流园|合作园))")
# one park's name quoted after a verb of building it (在民安片区重点规划建设
# “金属装备智造产业园”): the quotes mark a name, the verb that it is a park
_QUOTED_PARK_RE = re.compile(f"(?:建设|打造|建成|规划|布局|启动|开工|落地|推进)“(?P<n>{_LIST_ITEM})”")
_NUMERAL_RE = re.compile(r"[\d一二三四五六七八九十百千万亿两几多]")
# 镇坪园区, (含双流园区): a county's park by the county's name
_COUNTY_PARK_RE = re.compile(r"园区")
# a zone's own area named after it: its core, its start-up or pilot area
_BLOCK_RE = re.compile(r"片区(?P<b>[\u4e00-\u9fff]{2,4}?区块)")
# (and a free trade area's named block: 合肥片区经开区块)
# (and a branch: 霍尔果斯经济开发区兵团分区)
_SUB_AREA_RE = re.compile(r"(?:核心区|核心园区|先行启动区|起步区|启动区|先行区|先导区|拓展区|[\u4e00-\u9fff]{2,4}?区块"
                          r"|[\u4e00-\u9fff]{2,3}?分区)")
# a park named after a locality no place list holds (a town, a street, a
# landmark): the same suffixes and an industrial base (产业基地)
_PROPER_PARK_SUFFIX_RE = re.compile(f"(?:{_PARK_SUFFIXES}|产业基地)")
# words a park's own name never holds: the whole country or province (南昌经开区跻身
# 中国产业园区百强: the set of all parks) or a verb of ranking or entry
_PARK_GAP_BAD = re.compile(r"中国|全国|我国|全省|全市|国家|省级|市级|县级|县域|区域|全域|跻身|入选|获评|荣获|成为|列入|进入|位列|位居|跃居|晋级"
                           r"|共建|合建|联建|携手"  # 与栖霞市共建松山产业园: the park is built together, 栖霞市 no part of it
                           r"|^(?:属|系|是|为|作为)")
# words that do not occur inside a zone's or a park's name: a run of text that
# holds one is a phrase ("拉萨高新区也将与国内外科技园", "合肥市乃至安徽省产业园")
# a cooperation zone or park two countries run: 中国—东盟产业合作区, 中国-白俄罗斯工业园,
# or 中德(金坛)创新产业区 (China, the partner's one-character short form, the host place)
_BILATERAL_RE = re.compile(
    r"中国[—–－-]{1,2}[\u4e00-\u9fff]{2,5}?(?:产业|经贸|经济|投资|工业)?(?:合作区|合作园|产业园|工业园)"
    r"|中[德新法韩日美英俄意荷以欧奥瑞芬丹比捷泰马越老柬缅印巴哈白乌蒙]\(([\u4e00-\u9fff]{2,4})\)"
    r"[\u4e00-\u9fff]{0,6}?(?:产业区|产业园|合作区|工业园|科技园|生态园|产业新城)")
# a city's branch of a brand park, the city and the brand joined by a middle
# dot (南宁·中关村科技园, and 南宁·中关村 once it is named): the city's own park,
# not the brand's home zone (中关村科技园区 is Beijing's)
_BRANCH_DOT_RE = re.compile(r"[·•・]")
_BRANCH_NAME_RE = re.compile(f"[\u4e00-\u9fff]{{2,6}}?(?:{_PARK_SUFFIXES}|科学城|科技城)")
# two countries' park without brackets round the host place: 中新南宁国际物流园,
# 中韩盐城产业园 (China's partner in one character, then the host place)
_PARTNER_PARK_RE = re.compile(
    r"中[德新法韩日美英俄意荷以欧奥瑞芬丹比捷泰马越老柬缅印巴哈白乌蒙]"
    r"(?P<rest>[\u4e00-\u9fff]{2,10}?(?:产业园|工业园|科技园|物流园|生态园|生态城|产业新城|合作区))")
# a bare kind word with its district in brackets: 高新区(滨江), 经开区（龙泉驿区）
_BRACKETED_RE = re.compile(r"(?<![\u4e00-\u9fff])(高新区|经开区|开发区)[(（]([\u4e00-\u9fff]{2,5})[)）]")
# what may stand right before a zone's own name: a clause opening, a list, 在/和
_NAME_OPENER = re.compile(r"[\s,，、;；:：.。!！?？(（“\"—-]|[在和与及至到]|(?<=随)着|(?<=\d\d\d\d)年(?!度)")
# places listed, then their count and one shared kind: 广州、南沙、增城和花都四个国家级
# 经济技术开发区 names four zones (the count must equal the places listed)
_COUNTED_LIST_RE = re.compile(
    r"(?P<items>(?:[\u4e00-\u9fff]{2,4}[、和及与]){1,8}[\u4e00-\u9fff]{2,4}?)"
    r"(?P<n>[两二三四五六七八九十]|\d{1,2})个(?:国家级|省级)?(?P<kind>" + _SUFFIX_RE.pattern + ")")
_COUNT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九十")} | {"两": 2}
# words that make a generic phrase of a zone suffix, never a name (打造开发区,
# 全省开发区, 各类园区, 重点开发区, 临空经济示范区…)
_GENERIC_PREFIX = re.compile(
    r"^(?:[该本此其各全每这那]|国家|省级|市级|县级|区级|全国|全省|全市|全县|全区|各类|各地|各个|这个|那个|所在|重点|主要|新型|传统|现有|"
    r"其他|特色|优质|知名|多个|多项|多家|多种|诸多|众多|若干|一批|周边|相关|沿海|沿边|内陆|城市|一个|每个|国内|境外|海外|首批|首个|省内|市内|县域|"
    r"区域|产业|科技|经济|工业|创新|绿色|智慧|数字|综合|国际|示范|新兴|高端|现代|先进|大型|两大|三大|四大|五大|十大|"
    r"百强|千亿|万亿|百亿|打造|建设|推进|支持|鼓励|加快|推动|依托|围绕|发展|培育|申报|创建|设立|成立|升级|获批|批准|"
    r"建成|形成|布局|开放|合作|物流|保税|出口|加工|服务|金融|贸易|文化|旅游|农业|生态|低碳|循环|共建|托管|飞地|跨境|"
    r"高新|经开|开发|全面|积极|唯一|第一|第二|我国|我省|我市|我区|本市|本省|临空|临港经济|自贸|片区|园区|新区|全域|"
    r"省级以上|国家级)"
    r"|(?:国家级|省级|市级|产业|经济|科技|工业|开发|高新|综合|示范|功能|创新|发展|合作|试验|开放)$")
# what a zone's name never holds: a time (一季度高新区, 前两个月经开区, 今年高新区), a verb
# of what is done to or in a zone (企业进入高新区, 巩固提升高新区, 精神定位高新区), a
# company or a project
_NOT_IN_NAME = re.compile(
    r"今年|去年|明年|前年|当年|上半年|下半年|全年|[一二三四]季度|前[一二两三四五六七八九十]+个?月|[0-9一二三四五六七八九十]+月份?"
    r"|同期|年内|年初|年底|年末|月底|目前|当前|近日|日前|近年|以来"
    r"|进入|进驻|定位|巩固|提升|实现|完成|成为|作为|带动|拉动|赋能|引领|突破|迈进|走进|来到|考察|调研|视察|参观|走访|召开|举办|"
    r"举行|发布|印发|出台|企业|公司|项目|精神|工作|会议|目标|任务|全国|全省|全市|稳居|位居|跻身|列入|入选")
_LEAD_VERB = re.compile(r"(?:深入实施|通过|实施|深入|制定|编制|修订|出台|印发|再到|推动|建设|依托|支持|位于|落户|入驻|进驻|引进|打造|围绕|联合|携手|"
                        r"成立|设立|获批|加快|推进|经|由|向|从|对|让|使|助力|服务|带动|同|跟|赴|来|到|"
                        # a ranking's verbs: 居国家高新区第三, 位列全省开发区前列
                        r"位居|位列|跻身|领跑|居|列|"
                        # what a speaker says of a zone: 相信经开区将成为…, 选择高新区
                        r"相信|认为|希望|感谢|选择|看好|扎根|深耕|留在|见证|期待|欢迎|感受|"
                        # a policy's own verbs of scope: 结合高新区实际, 按照开发区规划, 立足园区优势
                        r"结合|按照|根据|对照|立足|聚焦|面向|对接|统筹|指导|促进|加强|强化|优化|提升|落实|贯彻)")
# a name that ends in a verb is a clause (东疆立足综保区…, 以及拓展综保区功能): only the
# verbs of two characters or more, since 未来科技城 ends in 来
_VERB_ENDING = re.compile("(?:" + "|".join(v for v in _LEAD_VERB.pattern[3:-1].split("|") if len(v) > 1)
                          + "|拓展|扩展|发挥|完善|用好|叠加|放大|释放|做强|做大|壮大)$")
# suffixes that make a zone only with a name of its own between place and
# suffix (天祝县金强工业集中区): a county's bare 工业集中区 is how its reports
# speak of the county's industry, and reading it as a zone moved the county's
# own figures onto it
_NAMED_ONLY = {"工业集中区", "分区"}
_TIME_AHEAD = {"未来", "今后", "将来"}
_DISTRICT_KIND_END = re.compile(r"(?:高新区|经开区|高新技术产业开发区|经济技术开发区)$")
# kinds whose suffix alone marks a proper name (a 新区 or 开发区 is often generic)
_STRONG_KINDS = {"保税港区", "保税区", "综合保税区", "经开区", "高新区", "合作区", "自创区"}
_FUNCTION_WORD_RE = re.compile(r"[的也将与在和及对把被为是有了向从于等并或还已暨]|乃至|以至|甚至|直至|包括")
# 广州经济技术开发区(以下简称广州开发区): the text names its own short form
_ALIAS_RE = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[:：]?[“\"]?([^)）”\"]{2,16})[”\"]?[)）]")


@dataclass
class ZoneInfo:
    name: str
    kind: str
    province: str = ""
    city: str = ""
    parent: str = ""
    aliases: set[str] = field(default_factory=set)
    park: bool = False   # a park inside a zone: its figures are the zone's too

    def copy(self) -> ZoneInfo:
        """A copy with its own alias set (dataclasses.replace, field by field,
        cost a tenth of a load: the registry is copied for every file)."""
        other = object.__new__(ZoneInfo)
        other.__dict__ = {**self.__dict__, "aliases": set(self.aliases)}
        return other


# an item of a list of places before a shared zone suffix (福州、厦门、泉州科技城)
_LIST_ITEM_MAX = 4
# bonded zones often named after the zone they lie in (苏州工业园综合保税区)
_BONDED = ("综合保税区", "综保区", "保税区", "保税港区")
# what stands before a count of zones that is the subject of its clause
_OPENS_COUNT = set("，,。；;：:！？!?（(\n ")


@dataclass
class Locus:
    """Something a sentence can be about: a zone, a pointer back to one, or a
    place that is not a zone (a city-wide figure is not the zone's)."""

    start: int
    end: int
    what: str            # 'zone' | 'anaphor' | 'place'
    zone: str = ""       # canonical zone name for 'zone'
    hint: str = ""       # for an anaphor: the zone kind it names (该高新区 -> 高新区)
    bare: bool = False   # an anaphor that is a bare kind word: only a zone of that kind
    listed: bool = False  # a park known only from a list of parks: never the story's subject


class ZoneFinder:
    def __init__(self, gazetteer: Gazetteer, places: Places):
        self.gaz = gazetteer
        self.places = places
        surfaces = gazetteer.surfaces()
        self._surfaces = surfaces
        self._gaz_re = word_regex(surfaces) if surfaces else None
        # a county or county-level city printed in full (东兴市, 长沙县) is a
        # place too: its short form often names the zone (东兴产业园)
        self._city_re = word_regex(
            surface for surface, place in places._best.items()
            if place.level in ("province", "city") and len(surface) >= 2)
        # looked up from each 市/县 backwards, not put in the regex: two thousand
        # names would give the engine a candidate start at almost every character
        self._counties = frozenset(
            surface for surface, place in places._best.items()
            if place.level == "county" and surface == place.name and len(surface) >= 3
            and surface[-1] in "市县")
        self._county_lengths = sorted({len(c) for c in self._counties}, reverse=True)
        self.zones: dict[str, ZoneInfo] = {}
        self.alias_map: dict[str, str] = {}   # learned surface -> canonical name
        self._learned_re: re.Pattern | None = None
        self._shared: set[str] = set()  # entries still the finder's it was forked from

    def fork(self) -> ZoneFinder:
        """A finder that knows what this one learned, with a registry of its
        own: an entry is copied when it is first changed, not all of them up
        front (a worker forks one for every file; copying ~100 entries each
        time was a twentieth of a scan)."""
        other = object.__new__(ZoneFinder)
        other.__dict__ = {**self.__dict__, "zones": dict(self.zones), "_shared": set(self.zones)}
        return other

    def changed_entries(self) -> dict[str, ZoneInfo]:
        """Copies of the entries added or changed since `fork`: those that can
        differ from the original's."""
        shared = self._shared
        return {k: v.copy() for k, v in self.zones.items() if k not in shared}

    def _own(self, name: str) -> ZoneInfo | None:
        """The entry `name`, safe to change: copied first if it is still shared."""
        info = self.zones.get(name)
        if info is not None and name in self._shared:
            info = self.zones[name] = info.copy()
            self._shared.discard(name)
        return info

    # -- registry of zones seen so far ----------------------------------------
    def _register(self, name: str, kind: str, surface: str, province="", city="", parent="") -> str:
        name = self.alias_map.get(surface) or self.alias_map.get(name) or name
        entry = self.gaz.lookup(name)
        if entry is not None:
            info = self._own(entry.name)
            if info is None:
                info = ZoneInfo(entry.name, entry.kind, entry.province, entry.city, entry.parent,
                                set(entry.aliases), park=entry.level == "park")
                self.zones[entry.name] = info
                if entry.parent and entry.parent not in self.zones:
                    self._register(entry.parent, "", entry.parent)
            info.aliases.add(surface)
            return entry.name
        info = self._own(name)
        if info is None:
            info = ZoneInfo(name, kind, province, city, parent)
            self.zones[name] = info
        info.aliases.add(surface)
        if name != surface:
            info.aliases.add(name)
        return name

    def learn_aliases(self, text: str) -> int:
        """Learn the short forms a text defines with (以下简称…). Run over every
        file before extraction so the short form means the same zone everywhere."""
        learned = 0
        for m in _ALIAS_RE.finditer(text):
            short = m.group(1).strip()
            suffix = _SUFFIX_RE.search(short) or _PARK_SUFFIX_RE.search(short)
            named = bool(suffix and suffix.end() >= len(short) - 1) or self.gaz.lookup(short) is not None
            window = text[max(0, m.start() - 40):m.start()]
            if not named and not (len(short) >= 3 and window.endswith(short)):
                continue  # (以下简称云徙科技): a company, not a zone; 东兴产业园(区) is one
            zones = [l for l in self.find(window) if l.what == "zone" and l.end == len(window)]
            if not zones or not named and not window[zones[-1].start:].endswith(short):
                continue  # …开放试验区(以下简称试验区): the tail of the zone's own name is one
            long_name = zones[-1].zone
            long_surface = window[zones[-1].start:]
            entry = self.gaz.lookup(short)
            if entry is not None:
                canonical = entry.name
            elif self.gaz.lookup(long_name) is not None or not named:
                canonical = long_name  # 试验区 of …开放试验区 is a pointer, not the zone's name
            else:
                canonical = short
            kind = self.zones[long_name].kind if long_name in self.zones else ""
            for alias in (long_name, long_surface, short):
                if alias != canonical or alias == short:
                    self.alias_map[alias] = canonical  # the short form itself too: 东兴产业园
            old = self.zones.pop(long_name, None) if long_name != canonical else None
            self._shared.discard(long_name)
            info = self._own(canonical)
            if info is None:
                info = ZoneInfo(canonical, kind, old.province if old else "", old.city if old else "")
                self.zones[canonical] = info
            if old is not None:
                info.aliases |= old.aliases
                info.province = info.province or old.province
                info.city = info.city or old.city
            info.aliases |= {long_surface, short} - {canonical}
            learned += 1
        learned += self._learn_branches(text)
        for m in _BLOCK_RE.finditer(text):
            # 合肥片区经开区块 … 经开区块坚持…: the block by its own short name later
            window = text[max(0, m.start("b") - 40):m.start("b")]
            zones = [l for l in self.find(window) if l.what == "zone" and l.end == len(window)]
            if not zones or m.group("b") in self.alias_map:
                continue
            area = zones[-1].zone
            info = self.zones.get(area)
            canonical = self._register(area + m.group("b"), info.kind if info else "", m.group("b"),
                                       info.province if info else "", info.city if info else "", parent=area)
            self.zones[canonical].park = True
            self.alias_map[m.group("b")] = canonical
            learned += 1
        if learned:
            extra = [a for a in self.alias_map if a not in self._surfaces]
            self._learned_re = word_regex(extra) if extra else None
        return learned

    def _branch_at(self, text: str, dot: int) -> tuple[int, Place] | None:
        """(start, place) of the city printed right before a middle dot."""
        for size in (4, 3, 2):
            start = dot - size
            if start < 0 or start and not _NAME_OPENER.match(text, start - 1):
                continue
            place = self.places.lookup(text[start:dot])
            if place is not None and place.level != "province":
                return start, place
        return None

    def _branch_dots(self, text: str):
        """(dot, start, place, name) for each middle dot a city stands before;
        `name` the park's full name after the dot (a match), or None."""
        for m in _BRANCH_DOT_RE.finditer(text):
            at = self._branch_at(text, m.start())
            if at is None:
                continue
            name = _BRANCH_NAME_RE.match(text, m.end())
            if name is not None and _FUNCTION_WORD_RE.search(name.group()):
                name = None
            yield m, at[0], at[1], name

    def _learn_branches(self, text: str) -> int:
        """南宁·中关村科技园 … 南宁·中关村已引进…: the branch park's short form
        (city·brand) means the park wherever the text prints it."""
        learned = 0
        for m, start, place, name in self._branch_dots(text):
            if name is None:
                continue
            surface = text[start:name.end()]
            canonical = self._register(surface, "产业园", surface, place.province, place.city)
            self._own(canonical).park = True
            brand = _PARK_SUFFIX_RE.sub("", name.group()) if _PARK_SUFFIX_RE.search(name.group()) else ""
            short = text[start:m.end()] + brand
            if brand and len(brand) >= 2 and short not in self.alias_map:
                self.alias_map[short] = canonical
                self.zones[canonical].aliases.add(short)
                learned += 1
        return learned

    def _branches(self, text: str, claim) -> list[Locus]:
        out = []
        for _m, start, place, name in self._branch_dots(text):
            if name is not None:
                end = name.end()
            else:
                end = next((start + len(k) for k in self._branch_shorts(text, start)), None)
                if end is None:
                    continue
            surface = text[start:end]
            if not claim(start, end):
                continue
            canonical = self._register(surface, "产业园", surface, place.province, place.city)
            self._own(canonical).park = True
            out.append(Locus(start, end, "zone", canonical))
        return out

    def _branch_shorts(self, text: str, start: int):
        """Learned city·brand short forms printed at `start`, longest first."""
        return sorted((k for k in self.alias_map if _BRANCH_DOT_RE.search(k) and text.startswith(k, start)),
                      key=len, reverse=True)

    def _partner_parks(self, text: str, claim) -> list[Locus]:
        """中新南宁国际物流园: a two-country park named with its host place."""
        out = []
        for m in _PARTNER_PARK_RE.finditer(text):
            rest = m.group("rest")
            place = next((p for p in (self.places.lookup(rest[:k]) for k in (3, 2)) if p is not None), None)
            if place is None or place.level == "province" or _FUNCTION_WORD_RE.search(rest) or \
                    m.start() and not _NAME_OPENER.match(text, m.start() - 1) and not _LEAD_VERB.search(text, max(0, m.start() - 4), m.start()):
                continue
            if not claim(m.start(), m.end()):
                continue
            name = self._register(m.group(), "合作区", m.group(), place.province, place.city)
            self._own(name).park = True
            out.append(Locus(m.start(), m.end(), "zone", name))
        return out

    # -- recognition -------------------------------------------------------------
    def _aggregate_before(self, text: str, s: int) -> bool:
        """Whether the words right before text[s] make what follows an aggregate
        (全省开发区, 各工业园区) — not when the 省 or 市 ends a place's own name
        (甘肃省武威市…, 天津市滨海…: the province names where the zone is)."""
        m = _AGGREGATE_RE.search(text, max(0, s - 3), s)
        if m is None:
            return False
        if m.group() == "省":
            return not any(self.places.lookup(text[k:s]) is not None for k in range(max(0, s - 8), s - 2))
        return True

    def _place_chain(self, text: str, start: int, end: int):
        """Places that exactly tile text[start:end], or None."""
        chain = []
        pos = start
        while pos < end:
            place = self.places.match_at(text, pos)
            if place is None:
                return None
            size = len(place.name) if text.startswith(place.name, pos) else len(place.short)
            if pos + size > end:
                return None
            chain.append(place)
            pos += size
        return chain

    def _pattern_zone(self, text: str, m: re.Match, taken: bytearray) -> tuple[int, str, str, object] | None:
        """(start, canonical, kind, place) for a suffix match, or None."""
        suffix = m.group()
        kind, short = SUFFIXES[suffix]
        left = m.start()
        lo = left
        # the name stops where another zone's mention ends (日照高新区和青岛前湾保税港区)
        while lo > 0 and left - lo < _MAX_PREFIX and not taken[lo - 1] and (
                "\u4e00" <= text[lo - 1] <= "\u9fff" or text[lo - 1] in "()"):
            lo -= 1
        region = _REGION_RE.search(text, lo, left)
        if region and region.end() == left:
            place = self.places.lookup(region.group(1))
            if place is not None:
                name = text[region.start():left] + suffix
                if self.gaz.lookup(name) is None and self.gaz.lookup(place.short + short) is not None:
                    name = place.short + short  # 中国(辽宁)自贸试验区: the known 辽宁自贸区 in another spelling
                return region.start(), name, kind, place
        if suffix in _NAMED_ONLY:
            return self._place_and_name(text, lo, left, short, kind)
        if text.startswith("国家级", left - 3) and left - 3 > lo:
            if text.startswith(("——", "—", "：", ":"), m.end()):
                return None  # 杭州市临平区国家级开发区——杭州余杭经开区: what the zone after the dash is
            return self._national_level(text, lo, left - 3, short, kind)
        opens = lo == 0 or bool(_NAME_OPENER.match(text, lo - 1))
        word = self.places.word_short_at(text, lo) if opens else None
        if (opens or lo and taken[lo - 1]) and word is None and text.startswith(("以及", "及"), lo):
            # 以及白云工业园区: the list's joint, then the everyday-word place
            joint = 2 if text.startswith("以及", lo) else 1
            word = self.places.word_short_at(text, lo + joint)
            if word is not None and lo + joint + len(word[0]) == left:
                return lo + joint, word[0] + short, kind, word[1]
            word = None
        if word is not None and lo + len(word[0]) == left:
            return lo, word[0] + short, kind, word[1]  # 安宁 + 工业园区
        for s in range(lo, left - 1):
            chain = self._place_chain(text, s, left)
            if not chain:
                continue
            if s > lo and word is not None:
                break  # 大厂潮白河工业区: 白河 is inside the name, not where it begins
            if self._aggregate_before(text, s):
                return None
            last = chain[-1]
            if last.level == "city" and suffix == "工业园区" and text[left - 1] == "市":
                return None  # 上饶市工业园区经济运行良好: the city's parks together (a county's is one zone)
            if last.level == "province" and len(chain) == 1 and (kind not in _STRONG_KINDS or text[left - 1] == "省"):
                # 河北开发区产业升级, 占同期湖北省高新区的61.41%: a province's zones
                # together, no zone's name
                return None
            return s, last.short + short, kind, last
        return self._place_and_name(text, lo, left, short, kind)

    def _national_level(self, text: str, lo: int, left: int, short: str, kind: str):
        """拉萨国家级经济技术开发区, 西宁国家级经开区: a city's zone with its level
        printed inside the name is the city's zone; after a province (江苏国家级
        经开区) or a whole (全省国家级高新区) it is the set of such zones."""
        for s in range(lo, left):
            chain = self._place_chain(text, s, left)
            if not chain:
                continue
            last = chain[-1]
            if self._aggregate_before(text, s) or last.level == "province":
                return None
            return s, last.short + short, kind, last
        return None

    def _place_and_name(self, text: str, lo: int, left: int, short: str, kind: str):
        """A place, then a name that is no place, then a suffix (成都 + 国际铁路港
        + 经济技术开发区, 大厂 + 潮白河 + 工业区): the zone is named after something
        in that place. One character is a name only when it is a port, a bay or
        an island (天津 + 港 + 保税区, 东营 + 港 + 经济开发区)."""
        for s in range(lo, left - 2):
            pos, last = s, None
            while pos < left - 1:
                found = self.places.surface_at(text, pos)
                if found is None and pos == lo and (lo == 0 or _NAME_OPENER.match(text, lo - 1)):
                    found = self.places.word_short_at(text, pos)  # 大厂 + 潮白河 + 工业区
                if found is None:
                    break
                last, head, pos = found[1], found[0], pos + len(found[0])
            if last is None:
                continue
            mid = text[pos:left]
            if not (2 <= len(mid) <= _NAME_MAX or mid in _ONE_CHAR_NAMES) or not all("\u4e00" <= c <= "\u9fff" for c in mid) \
                    or _FUNCTION_WORD_RE.search(mid) or _GENERIC_PREFIX.fullmatch(mid) or _MID_NOT_NAME.search(mid) \
                    or _LEAD_VERB.match(mid) or _NOT_IN_NAME.search(mid) or self._aggregate_before(text, s):
                return None
            # the place's short form, or the everyday word printed (大厂)
            return s, (last.short or head) + mid + short, kind, last
        return None

    def _ftz_area(self, m: re.Match, surface: str) -> str:
        """The canonical name of a free-trade-zone area (中国(广东)自由贸易试验区
        南沙新区片区 -> 南沙自贸片区), or "" when the piece is not a name: a known
        area, or one named after a place (never 三大片区, 的新片区)."""
        piece = m.group(2)
        for form in (surface, piece + "片区", piece + "自贸片区"):
            entry = self.gaz.lookup(form)
            if entry is not None and entry.kind == "自贸片区":
                return entry.name
        if _FUNCTION_WORD_RE.search(piece) or self.places.surface_at(piece, 0) is None:
            return ""
        return piece + "自贸片区"

    def find(self, text: str) -> list[Locus]:
        """Every zone mention, anaphor and non-zone place in `text`, in order."""
        found: list[Locus] = []
        taken = bytearray(len(text))

        def claim(s: int, e: int) -> bool:
            if any(taken[s:e]):
                return False
            taken[s:e] = b"\x01" * (e - s)
            return True

        # first: an area and its free trade zone are one mention of the area
        # (中国(广东)自由贸易试验区南沙片区 is 南沙自贸片区, not also 广东自贸区)
        for m in _FTZ_AREA_RE.finditer(text):
            start, region = m.start(), m.group(1)
            if self.places.lookup(region) is None and text[start] not in "中(":
                start, region = start + 1, region[1:]  # 在广东自贸试验区…: one character early
            name = self._ftz_area(m, text[start:m.end()])
            if name and claim(start, m.end()):
                where = self._where(m.group(2)) if self.places.lookup(m.group(2)) else self._where(region)
                found.append(Locus(start, m.end(), "zone", self._register(
                    name, "自贸片区", text[start:m.end()], *where)))
        found.extend(self._branches(text, claim))
        found.extend(self._partner_parks(text, claim))
        for m in _BILATERAL_RE.finditer(text):
            if m.group(1) is not None and self.places.lookup(m.group(1)) is None:
                continue  # 中德(…): the brackets hold the host place
            if _FUNCTION_WORD_RE.search(m.group()) or not claim(m.start(), m.end()):
                continue
            where = self._where(m.group(1)) if m.group(1) else ("", "")
            name = self._register(m.group(), "合作区", m.group(), *where)
            if m.group(1):
                self.zones[name].park = True  # 中德(金坛)…产业区: a park of its host place's zone
            found.append(Locus(m.start(), m.end(), "zone", name))
        if self._gaz_re is not None:
            for m in self._gaz_re.finditer(text):
                if taken[m.start()]:
                    continue
                # a gazetteer name followed by a zone suffix is part of a longer name
                if _SUFFIX_RE.match(text, m.end()) and not m.group().endswith(
                        tuple(SUFFIXES)):
                    continue
                start = self._own_place_before(text, m.start(), self._surfaces[m.group()], taken)
                if claim(start, m.end()):
                    name = self._register(self._surfaces[m.group()], "", text[start:m.end()])
                    found.append(Locus(start, m.end(), "zone", name))
        if self._learned_re is not None:
            for m in self._learned_re.finditer(text):
                if _SUFFIX_RE.match(text, m.end()):
                    continue
                if text.endswith("片区", 0, m.start()) and m.group().endswith("区块"):
                    continue  # 合肥片区经开区块 in full: the area's mention, read with its block
                if claim(m.start(), m.end()):
                    name = self._register(self.alias_map[m.group()], "", m.group())
                    found.append(Locus(m.start(), m.end(), "zone", name))
        found.extend(self._counted_list(text, claim))
        for m in _SUFFIX_RE.finditer(text):
            if taken[m.start()]:
                continue
            if m.group() in _BONDED and m.start() and taken[m.start() - 1]:
                self._bonded_of(text, m, found, claim)
                continue
            hit = self._pattern_zone(text, m, taken)
            if hit is None:
                continue
            start, name, kind, place = hit
            surface = text[start:m.end()]
            if claim(start, m.end()):
                canonical = self._register(name, kind, surface, place.province, place.city)
                if surface in self._surfaces:
                    canonical = self._register(self._surfaces[surface], kind, surface)
                found.append(Locus(start, m.end(), "zone", canonical))
        found.extend(self._shared_suffix(text, claim, found))
        found.extend(self._bracketed_place(text, taken, claim, found))
        found.extend(self._proper_named(text, taken, claim))
        self._sub_areas(text, taken, found)
        found.extend(self._parks(text, taken, claim, found))
        found.extend(self._proper_parks(text, taken, claim))
        found.extend(self._listed_parks(text, taken, claim))
        found.extend(self._county_parks(text, taken, claim, found))
        found.extend(self._district_forms(text, taken, claim, found))
        for m in ANAPHOR_RE.finditer(text):
            if taken[m.start()]:
                continue
            word = m.group()
            if word == "全区":
                if self._place_ends_at(text, m.start()):
                    continue  # 西藏全区: the region, not a zone
            claim(m.start(), m.end())
            hint = next((k for k, v in _ANAPHOR_KIND.items() if word.endswith(k) and v), "")
            found.append(Locus(m.start(), m.end(), "anaphor", hint=_ANAPHOR_KIND.get(hint) or ""))
        found.extend(self._bare_pointers(text, taken, claim))
        found.extend(self._places(text, taken))
        found.sort(key=lambda l: l.start)
        return found

    def _district_forms(self, text: str, taken: bytearray, claim, found: list[Locus]) -> list[Locus]:
        """合肥新站高新区 … 合肥新站区成立经济运行工作专班: a zone spoken of as the
        district it is run as, its own two-character name + 区, with or without
        its city before; not where that is a real district's name (东湖区)."""
        forms: dict[str, str] = {}
        for l in found:
            info = self.zones.get(l.zone) if l.what == "zone" else None
            if info is None or info.kind not in ("高新区", "经开区"):
                continue
            surface = text[l.start:l.end]
            kind = _DISTRICT_KIND_END.search(surface)
            head = self.places.surface_at(surface, 0)
            if kind is None or head is None:
                continue
            name = surface[len(head[0]):kind.start()]
            if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
                forms.setdefault(head[0] + name + "区", l.zone)
                forms.setdefault(name + "区", l.zone)
        out = []
        for form in sorted(forms, key=len, reverse=True):
            if self.places.lookup(form) is not None or _COUNTING.search(form):
                continue
            for occ in re.finditer(re.escape(form), text):
                s, e = occ.span()
                if any(taken[s:e]) or s and not (_NAME_OPENER.match(text, s - 1) or text[s - 1] in "市省"):
                    continue
                if claim(s, e):
                    out.append(Locus(s, e, "zone", forms[form]))
        return out

    def _counted_list(self, text: str, claim) -> list[Locus]:
        out = []
        for m in _COUNTED_LIST_RE.finditer(text):
            n = m.group("n")
            count = int(n) if n.isdigit() else _COUNT_VALUE.get(n, 0)
            items, pos = [], m.start("items")
            for part in re.split(r"([、和及与])", m.group("items")):
                if part and part not in "、和及与":
                    items.append((pos, pos + len(part)))
                pos += len(part)
            # the first item may carry a word before the place (分别是广州): the place ends it
            a, b = items[0]
            head = next((k for k in range(a, b - 1) if self.places.lookup(text[k:b]) is not None), None)
            if head is None or len(items) != count:
                continue
            items[0] = (head, b)
            places = [self.places.lookup(text[x:y]) for x, y in items]
            if any(p is None or p.level == "province" for p in places):
                continue
            kind, short = SUFFIXES[m.group("kind")]
            for (x, y), place in zip(items, places):
                if not claim(x, y):
                    continue
                name = self._register((place.short or text[x:y]) + short, kind, text[x:y], place.province, place.city)
                self._own(name).aliases.add(text[x:y] + m.group("kind"))
                out.append(Locus(x, y, "zone", name))
        return out

    def _shared_suffix(self, text: str, claim, found: list[Locus]) -> list[Locus]:
        """"福州、厦门、泉州科技城": places listed before one zone that share its
        suffix name a zone each."""
        out = []
        for l in list(found):
            if l.what != "zone":
                continue
            suffix = _SUFFIX_RE.search(text, l.start, l.end)
            if suffix is None or suffix.end() != l.end:
                continue
            head = self.places.surface_at(text, l.start)
            if head is None or l.start + len(head[0]) != suffix.start():
                continue  # only 泉州 + 科技城: a place and the suffix, nothing between
            kind, short = SUFFIXES[suffix.group()]
            pos = l.start
            while pos > 0 and text[pos - 1] == "、":
                end = pos - 1
                # the longest place that ends right before the 、 (支持福州、: 福州)
                start = next((end - n for n in range(_LIST_ITEM_MAX, 1, -1) if end - n >= 0
                              and self.places.lookup(text[end - n:end]) is not None), None)
                if start is None or not claim(start, end):
                    break
                place = self.places.lookup(text[start:end])
                name = self._register(place.short + short, kind, text[start:end], place.province, place.city)
                # 喀什、霍尔果斯经济开发区: 喀什经济开发区 is the name it stands for
                self._own(name).aliases.add(text[start:end] + suffix.group())
                out.append(Locus(start, end, "zone", name))
                pos = start
        return out

    def _bonded_of(self, text: str, m: re.Match, found: list[Locus], claim) -> None:
        """"合肥经济技术开发区综合保税区": a bonded zone named after the zone it lies
        in is a zone of its own, the named zone its parent."""
        host = next((l for l in reversed(found) if l.what == "zone" and l.end == m.start()), None)
        if host is None or not claim(m.start(), m.end()):
            return
        kind, short = SUFFIXES[m.group()]
        info = self.zones.get(host.zone)
        surface = text[host.start:m.end()]
        name = self._register(host.zone + short, kind, surface, info.province if info else "",
                              info.city if info else "", parent=host.zone)
        found[found.index(host)] = Locus(host.start, m.end(), "zone", name)

    def _own_place_before(self, text: str, pos: int, name: str, taken: bytearray) -> int:
        """Where a gazetteer zone's mention begins when its own province or city
        is printed right before it (海南 + 洋浦开发区: the zone goes by
        海南洋浦开发区 there); `pos` when none is."""
        entry = self.gaz.lookup(name)
        if entry is None or not entry.province:
            return pos
        for k in (4, 3, 2):
            s = pos - k
            if s < 0 or any(taken[s:pos]):
                continue
            place = self.places.lookup(text[s:pos])
            if place is None or place.level not in ("province", "city"):
                continue
            if place.level == "province" and place.province == entry.province or \
                    place.level == "city" and place.city == entry.city:
                if s == 0 or _NAME_OPENER.match(text, s - 1):
                    return s
        return pos

    def _sub_areas(self, text: str, taken: bytearray, found: list[Locus]) -> None:
        """A zone's core or starting area printed right after it (西部(重庆)科学城核心区,
        某某新区起步区) is an area of its own inside that zone: the mention is of the
        area, whose figures are not the whole zone's."""
        for i, l in enumerate(found):
            if l.what != "zone":
                continue
            m = _SUB_AREA_RE.match(text, l.end)
            if m is None or any(taken[m.start():m.end()]):
                continue
            surface = text[l.start:l.end]
            if len(surface) <= 3 or surface != l.zone and l.zone.endswith(surface):
                continue  # 试验区先行区: a short form that is only the name's tail names no area
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            surface = text[l.start:m.end()]
            outer = self.zones.get(l.zone)
            block = m.group().endswith("区块")
            name = self._register(l.zone + m.group() if block else surface, outer.kind if outer else "", surface)
            info = self.zones[name]
            info.park = True
            if not info.parent and name != l.zone:
                info.parent = l.zone
            found[i] = Locus(l.start, m.end(), "zone", name)

    def _bare_pointers(self, text: str, taken: bytearray, claim) -> list[Locus]:
        """A kind word printed alone as the subject of its clause (经开区完成…,
        园区招商新签约项目35个): the zone of that kind the story is about."""
        out = []
        for m in _BARE_RE.finditer(text):
            s, e = m.span()
            if any(taken[s:e]) or s and text[s - 1] not in _BARE_OPENS and not text.startswith("“", e) \
                    and not _YEAR_BEFORE.search(text, max(0, s - 5), s):
                continue  # opening its clause (or after its year: 2018年高新区完成…), or naming its own plan
            if s >= 2 and text[s - 1] in "(（" and taken[s - 2] and text[e:e + 1] in ")）":
                continue  # 浏阳经开区(高新区): the zone's other title, not a pointer to another
            word = m.group()
            if word.endswith("园区"):
                hint, bare = "园", True
            elif word == "开发区":
                hint, bare = "", False
            else:  # 自贸区 alone is the kind's own short name, not a suffix in SUFFIXES
                hint, bare = SUFFIXES[word][0] if word in SUFFIXES else word, True
            if claim(s, e):
                out.append(Locus(s, e, "anaphor", hint=hint, bare=bare))
        return out

    def _bracketed_place(self, text: str, taken: bytearray, claim, found: list[Locus]) -> list[Locus]:
        """"高新区(滨江)": a zone named by the district in brackets after its
        kind, the way a zone and its district are printed as one. Where the
        text names a zone of that kind in full as well (乌鲁木齐经济技术开发区 …
        经开区(头屯河区)), the bracketed form points back to it instead."""
        out = []
        named_kinds = {self.zones[l.zone].kind for l in found if l.what == "zone" and l.zone in self.zones}
        for m in _BRACKETED_RE.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            place = self.places.lookup(m.group(2))
            if place is None:
                continue
            kind, short = SUFFIXES[m.group(1)]
            if kind in named_kinds:
                if claim(m.start(), m.end()):
                    out.append(Locus(m.start(), m.end(), "anaphor", hint=kind))
                continue
            surface = m.group()
            if claim(m.start(), m.end()):
                name = self._register(place.short + short, kind, surface, place.province, place.city)
                out.append(Locus(m.start(), m.end(), "zone", name))
        return out

    def _proper_named(self, text: str, taken: bytearray, claim) -> list[Locus]:
        """Zones named after a district, a town or a landmark no place list
        holds (东疆保税港区, 象屿保税区, 暮云经开区, 两江工业开发区): a name of
        two to four characters that opens its clause and is no generic or
        aggregate word. A strong suffix (保税港区, 经开区…) is enough; a weak
        one (新区, 开发区…) needs the name printed twice."""
        out = []
        counts: dict[str, int] = {}
        hits = []
        for m in _SUFFIX_RE.finditer(text):
            if taken[m.start()]:
                continue
            left = m.start()
            start = self._proper_prefix(text, left)
            if start is None:
                continue
            surface = text[start:m.end()]
            counts[surface] = counts.get(surface, 0) + 1
            hits.append((start, m, surface))
        for start, m, surface in hits:
            kind, short = SUFFIXES[m.group()]
            if kind not in _STRONG_KINDS and counts[surface] < 2:
                continue
            if text[start:m.start()] in _TIME_AHEAD and kind != "科学城":
                continue  # 未来高新区将成为…: the zone in time to come (杭州未来科技城 is a name)
            if claim(start, m.end()):
                name = text[start:m.start()] + short
                out.append(Locus(start, m.end(), "zone", self._register(name, kind, surface)))
        return out

    def _parks(self, text: str, taken: bytearray, claim, zones: list[Locus]) -> list[Locus]:
        """Parks named after a place or after their zone (尧都云商产业园,
        清远高新区电子信息产业园); the zone they sit in is settled later, from
        the text around them (`set_parent`)."""
        out = []
        zone_end = {l.end: l for l in zones if l.what == "zone"}
        zone_start = {l.start: l for l in zones if l.what == "zone"}
        for m in _PARK_SUFFIX_RE.finditer(text):
            if taken[m.start()]:
                continue
            left = m.start()
            start = None
            lo = max(0, left - _PARK_NAME_MAX - 8)
            for s in range(lo, left - 1):  # longest name first: a place, then a few words
                gap_ok = all("\u4e00" <= c <= "\u9fff" for c in text[s:left]) and \
                    not _FUNCTION_WORD_RE.search(text, s, left)
                place = self.places.surface_at(text, s) if gap_ok else None
                if place is not None and left - s == len(place[0]) and place[1].level == "county" and \
                        m.group() in ("工业园", "产业园") and (s == 0 or _NAME_OPENER.match(text, s - 1)) and \
                        not self._aggregate_before(text, s):
                    start = s  # 宾阳工业园, 南湖工业园: a county's park by the county's name
                    break
                if place is not None and 1 <= left - s - len(place[0]) <= _PARK_NAME_MAX:
                    gap = text[s + len(place[0]):left]
                    if _PARK_GAP_BAD.search(gap) or _COUNTING.search(gap):
                        break  # 广西县域工业园区, 玉林市各县市区产业园: the place's parks, no park's name
                    start = s
                    break
            if start is None:
                for end in range(max(0, left - _PARK_NAME_MAX), left - 1):
                    head = zone_end.get(end)
                    if head is None:
                        continue
                    gap = text[end:left]
                    if 2 <= len(gap) <= _PARK_NAME_MAX and not _FUNCTION_WORD_RE.search(gap) and \
                            not _PARK_GAP_BAD.search(gap) and all("\u4e00" <= c <= "\u9fff" for c in gap):
                        start = head.start  # 清远高新区 + 电子信息 + 产业园
                        break
            if start is None:
                continue
            # 鹤壁电子信息产业园区: the 区 printed after the suffix is the name's too
            end = m.end() + 1 if text.startswith("区", m.end()) and not taken[m.end()] else m.end()
            surface = text[start:end]
            head = zone_start.get(start)
            if not claim(start if head is None else head.end, end):
                continue
            name = self._register(surface, "产业园", surface)
            outer = zone_end.get(start)
            if head is None and outer is not None:
                # 中国—东盟产业合作区 + 广西东兴产业园: the park's full name names its zone
                self.zones[name].aliases.add(text[outer.start:end])
                if not self.zones[name].parent and outer.zone != name:
                    self.zones[name].parent = outer.zone
            self.zones[name].park = True
            if head is not None:
                # 长葛市产业集聚区 + 宽沟工业园: the park by its own name too
                self.zones[name].aliases.add(text[head.end:end])
                if not self.zones[name].parent:
                    self.zones[name].parent = head.zone
            out.append(Locus(start if head is None else head.end, end, "zone", name))
        return out

    def _proper_prefix(self, text: str, left: int) -> int | None:
        """Where a proper name ends at `left` (before a zone's or park's
        suffix) begins: two to four Chinese characters that open their clause,
        after a leading verb (通过东疆保税港区), no function, generic or
        aggregate word and no known place; None when there is none."""
        start = None
        for size in (4, 3, 2):
            b = left - size
            if b < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[b:left]):
                continue
            if b > 0 and not _NAME_OPENER.match(text, b - 1):
                continue
            start = b
            break
        if start is None:
            return None
        lead = _LEAD_VERB.match(text, start, left)
        if lead:
            start = lead.end()
        prefix = text[start:left]
        if len(prefix) < 2 or _FUNCTION_WORD_RE.search(prefix) or _GENERIC_PREFIX.search(prefix) or \
                _VERB_ENDING.search(prefix) or \
                _NOT_IN_NAME.search(prefix) or self.places.surface_at(prefix, 0) is not None:
            return None
        return start

    def _proper_parks(self, text: str, taken: bytearray, claim) -> list[Locus]:
        """Parks named after a locality no place list holds (a town's or a
        street's name + 工业园 / 产业基地): a name of two to four characters
        that opens its clause at least once, is no generic word, and is printed
        at least twice in the text; then every mention of it is the park."""
        out = []
        seen: set[str] = set()
        for m in _PROPER_PARK_SUFFIX_RE.finditer(text):
            if taken[m.start()] or text.startswith("区", m.end()):
                continue  # a 工业园区 is a zone's name (_proper_named), not this park's
            left = m.start()
            start = self._proper_prefix(text, left)
            if start is None:
                continue
            surface = text[start:m.end()]
            end = m.end()
            # printed once, it is still a park when listed with a zone found
            # already (…创新产业区和智谷科技园两个平台)
            listed = start >= 2 and text[start - 1] in "和、与及" and taken[start - 2] or \
                end + 1 < len(text) and text[end] in "和、与及" and taken[end + 1]
            if surface in seen or text.count(surface) < 2 and not listed:
                continue
            seen.add(surface)
            for occ in re.finditer(re.escape(surface) + "(?!区)", text):
                if any(taken[occ.start():occ.end()]) or not claim(occ.start(), occ.end()):
                    continue
                name = self._register(surface, "产业园", surface)
                self.zones[name].park = True
                out.append(Locus(occ.start(), occ.end(), "zone", name))
        return out

    def _listed_parks(self, text: str, taken: bytearray, claim) -> list[Locus]:
        """Parks listed by their own names, with no place before them: three
        or more in a 、-list, or two closed by 等N个 (建设了民安陶瓷建材产业园、
        城西家具产业园等5个专业化产业园; 开发民乐片区、民安片区、塘岸片区), or
        quoted one after another (“电子信息特色产业园”“服装鞋帽特色产业园”).
        A list is what tells a park's name from a phrase; an item that is a
        generic word (重点产业园, 各片区) voids the whole list."""
        out = []
        for m in _AREA_PARK_RE.finditer(text):
            name = m.group("n")
            if not _NUMERAL_RE.search(name) and not _FUNCTION_WORD_RE.search(name) and \
                    not _GENERIC_PREFIX.fullmatch(_LISTED_SUFFIX_RE.sub("", name)) and not _NOT_IN_NAME.search(name):
                self._claim_listed(text, taken, claim, [(m.start("n"), m.end("n"))], out)
        for m in _QUOTED_PARK_RE.finditer(text):
            if not _NUMERAL_RE.search(m.group("n")) and self._park_list_name(m.group("n")):
                self._claim_listed(text, taken, claim, [(m.start("n"), m.end("n"))], out)
        for m in _LIST_RE.finditer(text):
            items = []
            for item in _LIST_ITEM_RE.finditer(m.group()):
                a, b = m.start() + item.start("n"), m.start() + item.end("n")
                if not items:
                    lead = _LIST_LEAD.match(text, a, b)
                    a = lead.end() if lead else a
                items.append((a, b))
            closed = _LIST_CLOSE.match(text, m.end()) is not None or m.group().startswith("“")
            if len(items) < 2 or len(items) < 3 and not closed:
                continue
            if not all(self._park_list_name(text[a:b]) for a, b in items):
                continue
            self._claim_listed(text, taken, claim, items, out)
        return out

    def _claim_listed(self, text: str, taken: bytearray, claim, items, out: list[Locus]) -> None:
        for a, b in items:
            surface = text[a:b]
            # the list names it; every printing of the name is the park then
            for occ in re.finditer(re.escape(surface), text):
                if any(taken[occ.start():occ.end()]) or not claim(occ.start(), occ.end()):
                    continue
                name = self._register(surface, "产业园", surface)
                self._own(name).park = True
                out.append(Locus(occ.start(), occ.end(), "zone", name, listed=True))

    def _park_list_name(self, item: str) -> bool:
        suffix = _LISTED_SUFFIX_RE.search(item)
        name = item[:suffix.start()] if suffix else ""
        return 2 <= len(name) <= 8 and not (
            _FUNCTION_WORD_RE.search(name) or _COUNTING.search(name) or _NOT_IN_NAME.search(name)
            or _PARK_GAP_BAD.search(name) or _GENERIC_PREFIX.fullmatch(name) or _MID_NOT_NAME.fullmatch(name)
            or self.places.lookup(name) is not None)

    def _county_parks(self, text: str, taken: bytearray, claim, zones: list[Locus]) -> list[Locus]:
        """A county's or district's own park printed as the county + 园区
        (保税区(含双流园区), 镇坪园区启动…): a park of the zone the story is
        about, or of the zone printed right before it (成都高新综合保税区双流园区).
        Only a county: 广东园区 or 成都园区 is every park of the place."""
        out = []
        zone_end = {l.end: l for l in zones if l.what == "zone"}
        for m in _COUNTY_PARK_RE.finditer(text):
            left = m.start()
            if taken[left]:
                continue
            for size in (3, 2):
                s = left - size
                host = zone_end.get(s)
                if s < 0 or any(taken[s:left]) or s and host is None and not (
                        _NAME_OPENER.match(text, s - 1) or text[s - 1] == "含"):
                    continue
                place = self.places.lookup(text[s:left])
                if place is None or place.level != "county" or self._aggregate_before(text, s):
                    continue
                if claim(s, m.end()):
                    name = self._register(text[s:m.end()], "产业园", text[s:m.end()], place.province, place.city)
                    self.zones[name].park = True
                    if host is not None:
                        self.set_parent(name, host.zone)
                    out.append(Locus(s, m.end(), "zone", name))
                break
        return out

    def set_parent(self, park: str, zone: str) -> None:
        info = self.zones.get(park)
        if info is not None and info.park and not info.parent and zone != park:
            self._own(park).parent = zone

    def is_park(self, name: str) -> bool:
        info = self.zones.get(name)
        return bool(info is not None and info.park)

    def _place_ends_at(self, text: str, pos: int) -> bool:
        return any(self.places.lookup(text[pos - k:pos]) is not None for k in range(2, min(pos, 8) + 1))

    def _where(self, name: str) -> tuple[str, str]:
        place = self.places.lookup(name)
        return (place.province, place.city) if place else ("", "")

    _WIDE = re.compile(r"全市|全省|全县|全国|我国|该市|该县|该省")
    _ZONE_COUNT = re.compile(r"(?:上述|这|以上)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[个家](?:重点|省级|国家级|市级|主要)?"
                             r"(?:产业园区|工业园区|园区|开发区|高新区|经开区|综保区|综合保税区|自贸片区|片区)")
    _RANKING = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:最|首|第一|领先|前列|唯一|率先)")
    # a place name that opens a company's name (宜昌长机科技有限公司) says where the
    # company is, not that the sentence is about the city; a city's own offices
    # (广州市发改委) still speak for the city
    # (扬州“三新”项目: a city's class of projects, quoted, is what the count is of)
    _ORG = re.compile(r"(?:、[\u4e00-\u9fff]{2,5}?[省市县区])*[\u4e00-\u9fff()（）“”\"]{0,14}?(?:公司|集团|有限|银行|大学|学院|医院|研究院|研究所|"
                      r"实验室|商会|协会|供销社|日报|晚报|电视台|中心|基地|项目|工厂|园)")
    # ... but a clause's verb before the word makes the place its subject (东兴市计划推进重大项目)
    # (贵港市签约招商引资项目272个: the city signed them)
    _CLAUSE_VERB = re.compile(r"计划|推进|完成|实现|累计|新增|达到|共有|共计|全年|今年|已|将|共"
                              r"|签约|引进|招引|开工|投产|实施|启动|谋划|储备|入库")

    # 钦州港, 满洲里口岸, 成都机场: a port or a station named after its city is
    # what the sentence is about, not the city
    _FACILITY = re.compile(r"(?:港(?![澳台人币])|港口|口岸|机场|海关|码头|火车站|高铁站|铁路港)")

    _AREA_NAMES = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}?)*(?:[两三四五六七八九十\d]{1,2}[大个]?)片区")

    def _places(self, text: str, taken: bytearray) -> list[Locus]:
        """City, province and country-wide words: a figure about them is not a zone's."""
        out = []
        for m in self._WIDE.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            # 在全省首推, 居全国第一: a ranking, not what the sentence is about
            if (taken[m.start()] or before in "在居占于列" or after in "首率第领前唯范"
                    or self._RANKING.match(text, m.end())):
                continue
            out.append(Locus(m.start(), m.end(), "place"))
        for m in self._ZONE_COUNT.finditer(text):
            # "11个重点园区实现营业收入…", "上述三个园区…": the zones counted together are
            # the subject, a sum over several zones that is no one zone's figure
            if not any(taken[m.start():m.end()]) and (m.start() == 0 or text[m.start() - 1] in _OPENS_COUNT):
                out.append(Locus(m.start(), m.end(), "place"))
        spans = self._place_names(text)
        starts = {s for s, _ in spans}
        brand_end = -1
        for start, end in spans:
            org = self._ORG.match(text, end)
            if org and self._CLAUSE_VERB.search(org.group()):
                org = None
            brand = self._brand_after(text, start, end, starts, brand_end)
            if brand:
                brand_end = brand
                continue  # 包括宁德博发、江苏嘉盛: a company named after its home town
            if self._AREA_NAMES.match(text, end):
                continue  # 武汉、襄阳、宜昌三大片区: the zone's areas by their cities' names
            if not any(taken[start:end]) and not org and not self._FACILITY.match(text, end):
                out.append(Locus(start, end, "place"))
        return out

    # what ends an item of a list of names
    _ITEM_END = set("、，,；;。：:）)等和及与")
    # what a company's short name is not: a place, an area or a clause
    _NOT_BRAND = re.compile(r"[省市县区州盟旗镇乡村街路岛湾港城地的和与及等在是为将已了]")

    def _brand_after(self, text: str, start: int, end: int, starts: set[int], brand_end: int) -> int:
        """The end of a company's short name that a place opens inside a list
        of names (宁德博发、江苏嘉盛, 苏州固特苏州华鹏): the place is part of the
        name, not what the sentence is about; 0 when it is none."""
        listed = start and (text[start - 1] == "、" or start == brand_end)
        for k in (2, 3, 4):
            e = end + k
            if e > len(text):
                break
            name = text[end:e]
            if not all("\u4e00" <= c <= "\u9fff" for c in name) or self._NOT_BRAND.search(name):
                break
            nxt = text[e] if e < len(text) else ""
            if e in starts or nxt in self._ITEM_END:
                if self.places.lookup(name) is not None or self._WIDE.match(name):
                    return 0
                if nxt == "、" or e in starts or listed:
                    return e
                return 0
        return 0

    _COUNTY_END = re.compile(r"[市县]")

    def _place_names(self, text: str) -> list[tuple[int, int]]:
        """Provinces, cities and counties printed in the text: from left to
        right the longest name at each place, none overlapping (as one regex
        of all their names would find them)."""
        found = [(m.start(), m.end()) for m in self._city_re.finditer(text)]
        for m in self._COUNTY_END.finditer(text):
            end = m.end()
            for length in self._county_lengths:
                if end - length >= 0 and text[end - length:end] in self._counties:
                    found.append((end - length, end))
                    break
        if len(found) < 2:
            return found
        found.sort(key=lambda span: (span[0], span[0] - span[1]))
        kept, reach = [], -1
        for start, end in found:
            if start >= reach:
                kept.append((start, end))
                reach = end
        return kept

    def kind_of(self, name: str) -> str:
        return self.zones[name].kind if name in self.zones else ""
