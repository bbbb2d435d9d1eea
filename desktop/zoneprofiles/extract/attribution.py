"""Which zone a sentence, and a position in it, is about.

The story decides, in this order:
1. the nearest thing named before the position in the same sentence: a zone
   (a park as itself), a pointer such as 该区, or something that is not a
   zone — a city or country (广州市, 全国), an aggregate (全省开发区,
   178家国家高新区, 各地): a city-wide or national number is no zone's;
2. a zone named later in the same sentence as the subject of its own clause
   ("一季度，规上工业总产值增长22.4%……嘉兴经开区实现开门红"), when it is the one
   zone that sentence names after the position;
3. the zone named in an earlier sentence of the same paragraph;
4. for the sentences that lead a paragraph before any name, the zone its last
   sentence sums them up with ("…。嘉兴经开区实现开门红。");
5. the zone of the story around the paragraph: the zone of the section its
   sub-heading names, else the zone the article is about once the story has
   named it, else the zone the story named last — never one named only later
   in another paragraph.
A company's or project's paragraph that names no zone thus stays with the zone
its story is in.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..corpus.structure import Document, Sentence
from .aggregates import aggregate_loci
from .zones import Locus, ZoneFinder

# what may stand right before a zone that is the subject of its clause
_CLAUSE_END = set("，,。；;：:！？!?、…—）)】」』”\"' \t\n")
_LEAD_IN = re.compile(r"(?:助力|推动|带动|促进|使得|使|让|从而|由此|这让|这使|标志着|意味着)$")
# verbs that make a park the place something goes to or is built (落户B园, 规划建设A区和B园)
_ASIDE_VERB = re.compile(r"落户|入驻|进驻|迁入|落地|建设|打造|布局|签约|选址|入园")
_CLAUSE_CUT = re.compile(r"[，,；;：:]")
_COMPARED_WITH = re.compile(r"(?:高于|低于|快于|慢于|超过|领先|优于|高於|低於|快於)$")
# a zone the subject works with (与A经开区、B经开区等建立友好合作关系): named after 与/同/跟,
# with a verb of partnership after it in the clause; not the subject of what follows
_PARTNER_HEAD = re.compile(r"(?<!参)[与同跟與][^，,；;。！？!?\n与同跟與]{0,40}$")
_PARTNER_VERB = re.compile(r"建立|簽訂|签订|签署|簽署|结为|結為|结成|结对|缔结|締結|达成|達成|共建|合作|对接|對接|交流|联动|聯動")
# what a zone does to another it plans, builds or runs (A新区系统谋划B科学城)
# (or what it is: 溧阳高新区是中关村在北京市外设立的第一个科技园区 — 中关村 is no subject then)
_PLAN_VERB = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:谋划|规划|筹建|建设|打造|布局|启动|托管|代管|申建|设立)了?"
                        r"|(?:也|则|已)?(?:是|系|作为|成为)")
_CLAUSE_ENDS = "，,；;。！？!?\n"
# what parts a sentence's parallel clause groups, each with its own subject
_GROUP_END = re.compile(r"[；;]")
# ... and what makes it a part of a whole named before (其中，B区…)
_PART_OF = re.compile(r"(?:其中|包括|尤其是|特别是|例如|比如|如)[，,：:]?$")
# a zone followed by these qualifies a noun (B区管委会表示, B区的企业): it is not the subject
_MODIFIER = re.compile(r"(?:管委会|管理委员会|党工委|工委|管委|相关负责人|负责人|有关|方面|投资集团|集团|公司|"
                       r"企业|的|与|和|及|、)")


# a sub-heading opens a zone's section only when it starts with the zone (after a place, 山西临汾)
_LEAD_MAX = 4
# "A、B、C…分别增长56.6%、22%、13.6%": the clause ends where the list of figures does
_RESP_CUT = re.compile(r"[，,；;。！？!?：:]")
# what follows the place of "占山东省比重26%", "占全省的18%" up to the share
# (and the shares listed before it: 占全市和全省的比重分别为72.3%和63.5%)
_SHARE_OF = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:比重|比例|份额|总量|总额)?(?:的)?(?:比重|比例|份额)?(?:为|达|达到|约)?"
                       r"(?:[\d.]+%[和、及与])*"
                       r"|(?:[\d.]+%的[\u4e00-\u9fff]{1,10}[和、及与])+)\s*$")
_SHARE_VERBS = ("占", "贡献了", "贡献", "占据", "占了", "占到")
# 占全市和全省的比重: the second whole of a share, after the first
_SHARE_VERB_LIST = re.compile(r"(?:占|贡献了?|占据|占了|占到)[\u4e00-\u9fff]{1,5}[和、及与]$")
# "在全市和全省占比分别为72.3%和63.5%": the wholes a share is taken in, after 在
_IN_BEFORE = re.compile(r"在(?:[\u4e00-\u9fff]{1,5}[和、及与])?$")
_SHARE_IN = re.compile(r"(?:[和、及与][\u4e00-\u9fff]{1,5}?)?(?:中|内)?的?(?:占比|比重|份额|占有率)(?:分别)?"
                       r"(?:为|是|达到|达|约)?(?:[\d.]+%[和、及与])*\s*$")
# a quantity, then 的, then the zone it describes
_OF_THE_ZONE = re.compile(r"(?:约|近|超过|超)?[\d.]+(?:万|亿)?(?:平方公里|平方千米|亩|公顷|万平方米)的")
_LOCATED_IN = re.compile(r"(?:位于|地处|坐落于|坐落在|地跨|横跨)$")
_HELD_IN = re.compile(r"(?:位于|坐落于|坐落在|落户|落户于|落地)$")
# "拉动同期四川外贸增长34个百分点": the place whose growth the zone drives is its object
_DRIVES = re.compile(r"(?:拉动|带动|推动|助推)(?:了|同期|全年|全)?$")
# a part of a whole printed right after the whole: 全省1/6的进出口, 全市三分之一的产值
_PART = (r"(?:近|超过|超|约|逾|不到|不足)?(?:\d+/\d+|[一二三四五六七八九十百千万]+分之[一二三四五六七八九十\d]+"
         r"|\d+(?:\.\d+)?[%‰]|[一二两三四五六七八九]成|半数?)的")
_FRACTION_OF = re.compile(_PART)
# … and the parts listed before it: 全省1/6的进出口和1/3的实际外资
_PARTS_BEFORE = re.compile(rf"\s*(?:{_PART}[\u4e00-\u9fff]{{1,10}}?[和、及与])*")
_RESP_JOIN = ("、", "和", "及", "与", "以及")
# what separates two figures of the list after 分别: 36家、14家和9家
_RESP_SEP = re.compile(r"、|(?:以及|和|及|与)(?=[\d约近超逾一二三四五六七八九十两])")
_DATED = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}")
# what may lead a sentence before the zone that is its topic (其中苏州生物医药产业园是…)
_TOPIC_LEAD = re.compile(r"(?:其中|同时|此外|另外|而|目前|如今)?[，,]?")
# what follows a zone that qualifies a noun or lists it, not a topic
_NOT_TOPIC = re.compile(r"[的与和及、]|管委会")
# what stands right before a place that opens its clause (…，全省10个国家级经开区完成…)
_OPENS = set("，,。；;：:！？!?（(“\"\n ")
_PLACE = ""   # the paragraph's running subject is a place, not a zone
# an airport, a port or a station that opens a ；-group as its subject (江北机场建成…)
_FACILITY_HEAD = re.compile(r"\s*[\u4e00-\u9fff]{1,8}?(?:国际机场|机场|港口|码头|火车站|高铁站|客运站|货运站)"
                            r"(?![的、和与及]|管委|集团|公司)")


# the name of a zone's own core or starting area (zones.py reads them)
_SUB_AREA_END = re.compile(r"(?:核心区|核心园区|起步区|启动区|先行区|先导区|拓展区)$")


def _backwards(loci: list[Locus], k: int, earlier: list[Locus]):
    """loci[k-1] down to loci[0], then `earlier` from its end, without copying."""
    for i in range(k - 1, -1, -1):
        yield loci[i]
    for i in range(len(earlier) - 1, -1, -1):
        yield earlier[i]


class Attributor:
    def __init__(self, doc: Document, loci: list[Locus], finder: ZoneFinder,
                 default_zone: str | None = None, aggregated: bool = False):
        """`default_zone`: the zone the analyst assigned to the file, for the
        articles that name none of their own. `aggregated`: `loci` already
        hold the aggregate words (an earlier Attributor's `loci`)."""
        self.doc = doc
        self.finder = finder
        extra = [] if aggregated else aggregate_loci(doc.text, loci)
        self.loci = sorted([*loci, *extra], key=lambda l: l.start) if extra else loci
        self._starts = [l.start for l in self.loci]
        self._default_zone = default_zone
        # the last zone of each kind the file's earlier articles named: a sub-heading
        # read as a new story leaves "新区直属区GDP增长5.2%" the 新区 named above it
        self._earlier_by_kind: dict[str, str] = {}
        self.resolved: dict[int, str] = {}      # id(locus) -> zone for anaphors
        self.primary: dict[int, str | None] = {}
        self._prev_piece: dict[int, Sentence] = {}
        self._index: dict[int, tuple] = {}
        self._sentence_starts = [s.start for s in doc.sentences]
        for p in doc.paragraphs:
            prev = None
            for si in p.sentences:
                s = doc.sentences[si]
                if prev is not None and prev.joined and prev.joined == s.joined:
                    self._prev_piece[s.index] = prev
                prev = s
        # each sentence's loci, found once (bisection; a paragraph joined
        # across blocks leaves sentences out of document order)
        self._loci_of: list[list[Locus]] = [self.in_range(s.start, s.end) for s in doc.sentences]
        self._para_zone: dict[int, str | None] = {}   # the last zone named before, by sentence
        self._para_after: dict[int, str] = {}         # the zone the paragraph sums up with
        self._story: dict[int, str | None] = {}       # paragraph -> the zone of its story
        self._ends_on_place: set[int] = set()         # paragraphs whose last subject is a place
        self._prepared = False

    def _prepare(self) -> None:
        """What attribution reads, worked out on the first question: the scan
        of a file only asks for each sentence's loci."""
        if self._prepared:
            return
        self._prepared = True
        doc = self.doc
        for art in doc.articles:
            self.primary[art.index] = self._primary(art) or self._default_zone
            self._resolve_anaphors(art)
        # once per paragraph: looking back or ahead from every sentence was
        # quadratic in long paragraphs
        for p in doc.paragraphs:
            last = None
            lead: list[int] = []     # sentences before the first name in the paragraph
            for si in p.sentences:
                self._para_zone[si] = last
                loci = self._loci_of[si]
                if last is None and not any(l.what == "place" for l in loci) and \
                        not any(self._zone_of(l) for l in loci):
                    lead.append(si)
                elif lead and si == p.sentences[-1] and len(lead) == len(p.sentences) - 1 and \
                        not _GROUP_END.search(doc.sentences[p.sentences[-2]].text[-1:]):
                    zone = self._subject_after(doc.sentences[si], doc.sentences[si].start)
                    if zone:
                        for k in lead:
                            self._para_after[k] = zone
                    lead = []
                else:
                    lead = []
                for l in loci:
                    zone = self._zone_of(l)
                    if zone and not l.bare and self._aside_park(l):
                        continue  # 7家落户B配套园: where some went, not what the paragraph is about
                    if zone and self._in_closed_aside(doc.sentences[si], l, doc.sentences[si].end):
                        continue  # (A区292亿元、B区128亿元): a breakdown, not the next clauses' subject
                    if zone and self._partner(l):
                        continue  # 与A经开区等建立合作关系: who the zone works with
                    if zone and not l.bare:
                        last = zone
                    elif zone:
                        last = last if last == _PLACE else zone  # a pointer inside the place's story
                    elif l.what == "place" and self._opens_clause(l, doc.sentences[si]) and \
                            not self._in_closed_aside(doc.sentences[si], l, doc.sentences[si].end):
                        # (a place in brackets, 山西综改示范区(太原区域), qualifies what stands before it)
                        # "全省10个开发区完成…；实现进出口…；": the clauses after it are the place's
                        last = _PLACE
                topic = self._topic(doc.sentences[si], loci)
                if topic and last != _PLACE:
                    last = topic  # "B园是A区为…建立的…": the sentences after it are B园's
            if last == _PLACE:
                self._ends_on_place.add(p.index)
        for art in doc.articles:
            self._story_zones(art)

    def _aside_park(self, l: Locus) -> bool:
        """A park named inside a clause, not opening it (落户B配套园, 规划建设A区和B园):
        the place something goes to, not the subject of the sentences after it."""
        if l.what != "zone":
            return False
        if not self.finder.is_park(l.zone):
            return self._planned_by(l)
        if l.listed:
            return True  # 建设了A产业园、B产业园、C产业园: what the zone holds, not who the story is on
        text = self.doc.text
        j = l.start
        cut = max(text.rfind(c, max(0, j - 30), j) for c in "，,；;：:。！？!?\n")
        return bool(_ASIDE_VERB.search(text, max(cut + 1, j - 30), j))

    def _planned_by(self, l: Locus) -> bool:
        """Whether zone `l` is what the zone opening its clause plans or builds
        (长春新区系统谋划长春北湖科学城，…): the object, not the next clauses' subject."""
        text = self.doc.text
        lo = max(0, l.start - 16)
        cut = max(text.rfind(c, lo, l.start) for c in _CLAUSE_ENDS)
        before = [x for x in self.in_range(max(lo, cut + 1), l.start)
                  if x.what in ("zone", "anaphor") and x.end <= l.start]
        return bool(before) and bool(_PLAN_VERB.fullmatch(text, before[-1].end, l.start))

    def _partner(self, l: Locus) -> bool:
        """Whether zone `l` is one the subject of its clause works with
        (与A经开区、B经开区等建立友好合作关系), not the clause's subject."""
        if l.what != "zone":
            return False
        text = self.doc.text
        lo = max(0, l.start - 41)
        head = text[lo:l.start]
        if not _PARTNER_HEAD.search(head):
            return False
        ends = [i for i in (text.find(c, l.end, l.end + 60) for c in _CLAUSE_ENDS) if i >= 0]
        return bool(_PARTNER_VERB.search(text, l.end, min(ends) if ends else l.end + 60))

    def _topic(self, s: Sentence, loci: list[Locus]) -> str | None:
        """The zone a sentence that names several opens with, as its subject."""
        if len(loci) < 2 or loci[0].what != "zone":
            return None
        text = self.doc.text
        lead = _TOPIC_LEAD.match(text, s.start, loci[0].start)
        first = loci[0]
        if loci[1].start == first.end and loci[1].what == "zone":
            first = loci[1]  # 合肥高新区 + 智能语音产业园: the park named after its zone
        if lead is None or lead.end() != loci[0].start or _NOT_TOPIC.match(text, first.end):
            return None
        return self._zone_of(first)

    def _opens_clause(self, l: Locus, s: Sentence) -> bool:
        return l.start <= s.start or self.doc.text[l.start - 1] in _OPENS

    def in_range(self, start: int, end: int) -> list[Locus]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.loci) and self.loci[i].start < end:
            if self.loci[i].end <= end:
                out.append(self.loci[i])
            i += 1
        return out

    def sentence_loci(self, s: Sentence) -> list[Locus]:
        return self._loci_of[s.index]

    def _indexed(self, s: Sentence) -> tuple[list[Locus], list[int], list[str | None]]:
        """The loci of sentence `s`, their starts, and for each position i the
        one zone loci[i:] name ("" for several, None for none), made once per
        sentence: a sentence of a million characters has many numbers, and
        each must not rescan it."""
        hit = self._index.get(s.index)
        if hit is None:
            loci = self.sentence_loci(s)
            one: list[str | None] = [None] * (len(loci) + 1)
            cur: str | None = None
            for i in range(len(loci) - 1, -1, -1):
                zone = self._zone_of(loci[i])
                if zone:
                    cur = zone if cur in (None, zone) else ""
                one[i] = cur
            hit = (loci, [l.start for l in loci], one)
            self._index[s.index] = hit
        return hit

    def _parent_or_self(self, name: str) -> str:
        info = self.finder.zones.get(name)
        return info.parent if info is not None and info.parent else name

    def _primary(self, art) -> str | None:
        counts: Counter[str] = Counter()
        first_body_zones: list[str] = []
        for pi in art.paragraphs:
            p = self.doc.paragraphs[pi]
            for si in p.sentences:
                s = self.doc.sentences[si]
                for l in self.sentence_loci(s):
                    if l.what != "zone":
                        continue
                    weight = 3 if s.heading else 1
                    counts[l.zone] += weight
                    parent = self._parent_or_self(l.zone)
                    if parent != l.zone:
                        counts[parent] += weight
                    if not s.heading and not first_body_zones:
                        first_body_zones.append(l.zone)
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        if rest and rest[0][1] == n:
            # a tie: the one named first in the body wins, if it is one of them
            tied = {z for z, c in counts.items() if c == n}
            best = next((z for z in first_body_zones if z in tied), best)
        if n >= 2 or len(counts) == 1:
            return self._sub_area_of(best, counts) or best
        return None

    def _sub_area_of(self, zone: str, counts: Counter) -> str | None:
        """The core or starting area of `zone` (…核心区, …起步区) that the story
        names at least as often as the zone itself: the story is the area's."""
        for name, n in counts.most_common():
            info = self.finder.zones.get(name)
            if info is not None and info.parent == zone and _SUB_AREA_END.search(name) \
                    and n >= counts[zone] - n:
                return name
        return None

    def _resolve_anaphors(self, art) -> None:
        """全区, 该区, 该高新区 point to the last zone named before them in the
        article (of the kind they name); only 该园区 may point to a park."""
        last_by_kind: dict[str, str] = {}
        last: str | None = None          # the last zone that is not a park
        last_any: str | None = None      # the last zone or park
        text = self.doc.text
        for pi in art.paragraphs:
            for si in self.doc.paragraphs[pi].sentences:
                for l in self.sentence_loci(self.doc.sentences[si]):
                    if l.what == "zone":
                        if self._aside_park(l):
                            continue  # 落户B配套园: 该园区 after it is still the park the story is on
                        if self._partner(l):
                            continue  # 与A经开区等建立合作关系，…全区: still the subject's 全区
                        if not (last_any and self.finder.is_park(last_any) and not self.finder.is_park(l.zone)
                                and self.finder.zones[last_any].parent == l.zone):
                            # "园区…是武汉经开区工业经济的主战场。园区共有…": the park's own zone
                            # named in its story leaves 园区 the park
                            last_any = l.zone
                        if self.finder.is_park(l.zone):
                            parent = self.finder.zones[l.zone].parent
                            if parent and last is None:
                                last = parent
                            continue
                        last = l.zone
                        last_by_kind[self.finder.kind_of(l.zone)] = l.zone
                    elif l.what == "anaphor":
                        if l.bare:
                            zone = self._bare_zone(l, art, last_by_kind, last_any)
                        elif "园" in text[l.start:l.end]:
                            zone = last_any
                        else:
                            zone = (last_by_kind.get(l.hint) if l.hint else None) or last
                        zone = zone or (None if l.bare else self.primary.get(art.index))
                        if zone:
                            self.resolved[id(l)] = zone
        self._earlier_by_kind.update(last_by_kind)

    def _bare_zone(self, l: Locus, art, last_by_kind: dict[str, str], last_any: str | None):
        """A bare 经开区 or 园区: the last zone of that kind (any zone or park for
        园区) named before it, else the article's zone or the analyst's when it is
        of that kind; in a story that names no zone at all, the last of that kind
        an earlier story of the file named; else None."""
        if l.hint == "园":
            return last_any or self.primary.get(art.index)
        zone = last_by_kind.get(l.hint)
        if zone:
            return zone
        for zone in (self.primary.get(art.index), self._default_zone):
            if zone and self.finder.kind_of(zone) == l.hint:
                return zone
        if self.primary.get(art.index) is None:
            return self._earlier_by_kind.get(l.hint)
        return None

    def _story_zones(self, art) -> None:
        """The zone of the story around each paragraph, from what came before
        it in the article only."""
        primary = self.primary.get(art.index)
        named: set[str] = set()
        last: str | None = None
        section: str | None = None
        body_seen = False
        on_place = False   # the story is on a place: the last subject before was one
        for pi in art.paragraphs:
            p = self.doc.paragraphs[pi]
            zones: list[str] = []
            places = False
            leads = False    # a zone opens the paragraph (苏州工业园区跨境电商提速)
            for si in p.sentences:
                s = self.doc.sentences[si]
                for l in self.sentence_loci(s):
                    zone = self._zone_of(l)
                    if zone:
                        zones.append(zone)
                        leads = leads or (si == p.sentences[0] and l.start - s.start <= _LEAD_MAX)
                    elif l.what == "place":
                        places = True
            if p.heading and body_seen:
                # a sub-heading opening with one zone opens that zone's section
                # (a page the splitter could not cut); a dated line is no heading
                if len(set(zones)) == 1 and leads and not _DATED.search(self.doc.sentences[p.sentences[0]].text):
                    section = zones[0]
                elif zones:
                    section = None
            elif section and any(z != section and self._parent_or_self(z) != section for z in zones):
                section = None  # the paragraphs under it speak of another zone: a caption, not a section
            if section:
                story = section
            elif on_place and not zones and not places:
                story = None  # 同时，实现合同外资…: the place's story goes on
            elif primary and (primary in named or not named):
                story = primary
            elif places and not zones:
                story = primary  # a paragraph about a city or a region: not the zone named last
            else:
                story = last or primary
            self._story[pi] = story
            if not p.heading:
                body_seen = True
            for z in zones:
                named.add(z)
                named.add(self._parent_or_self(z))
            if zones:
                last = zones[-1]
            elif places:
                last = None  # the story has moved on to a city or the country
            if pi in self._ends_on_place:
                on_place = True
            elif zones or places:
                on_place = False


    def _zone_of(self, l: Locus) -> str | None:
        if l.what == "zone":
            if self.finder.is_park(l.zone) and not self.finder.zones[l.zone].parent:
                self._park_parent(l)  # settles the park's zone; the figures stay the park's
            return l.zone
        if l.what == "anaphor":
            return self.resolved.get(id(l))
        return None

    def _subject_after(self, s: Sentence, pos: int) -> str | None:
        """The one zone sentence `s` names after `pos`, when its first mention
        there is the subject of its clause; None otherwise (a place named
        first, two zones, or a zone that is only where something happens)."""
        loci, starts, one = self._indexed(s)
        k = bisect_left(starts, pos)
        if k >= len(loci):
            return None
        text = self.doc.text
        while k < len(loci) - 1 and loci[k].what == "place" and \
                _COMPARED_WITH.search(text, max(s.start, loci[k].start - 2), loci[k].start):
            k += 1  # "…增速14.9%，高于省市平均水准——长春新区…": a whole compared with, no subject
        first = loci[k]
        zone = self._zone_of(first)
        if not zone or one[k] != zone:
            return None
        if _GROUP_END.search(text, pos, first.start):
            return None  # "…超过6000亿元；…；B区万亿工业基地建成": another clause group's subject
        j = first.start
        lead = _LEAD_IN.search(text, max(s.start, j - 4), j)
        if lead is not None:
            j = lead.start()
        if j > s.start and text[j - 1] not in _CLAUSE_END:
            return None  # 在B区…, 落户B区: where, not who
        if _PART_OF.search(text, max(s.start, j - 5), j):
            return None  # 其中，B区…: a part of a whole named before
        if _MODIFIER.match(text, first.end):
            return None
        return zone

    def zone_at(self, s: Sentence, pos: int) -> str | None:
        """The zone that the text at normalised offset `pos` of sentence `s` is about."""
        return self.attribute(s, pos)[0]

    def attribute(self, s: Sentence, pos: int) -> tuple[str | None, int]:
        """(zone, how): how 2 = named in the sentence, 1 = in the paragraph,
        0 = only the zone of the story around it."""
        self._prepare()
        loci, starts, _ = self._indexed(s)
        if not loci and s.index not in self._prev_piece:
            # nothing named in the sentence or the piece before its break (most
            # sentences): no list, bracket or pointer to weigh, only the clause
            # group, the paragraph and the story; asked once per sentence
            if self._facility_group(s, pos, loci, 0):
                return self._story.get(s.paragraph), 0
            return self._around(s)
        k = bisect_left(starts, pos)
        if k and loci[k - 1].end > pos:
            if loci[k - 1].what == "place":
                return None, 2  # the count inside "178家国家高新区"
            k -= 1
        respective = self._respectively(s, pos, loci)
        if respective:
            return respective, 2
        if k < len(loci) and loci[k].what == "zone" and _OF_THE_ZONE.fullmatch(self.doc.text, pos, loci[k].start):
            # 规划了5平方公里的粤澳合作产业园, 46平方公里的宁波片区: the number is the zone's own
            return self._zone_of(loci[k]), 2
        if k < len(loci) and loci[k].what == "zone" and loci[k].start - pos <= 30 and \
                _HELD_IN.search(self.doc.text, max(pos, loci[k].start - 3), loci[k].start) and \
                not _CLAUSE_CUT.search(self.doc.text, pos, loci[k].start):
            # "总投资1.5亿欧元、位于无锡空港经开区的德国威伊项目": the project the zone holds
            return self._zone_of(loci[k]), 2
        text = self.doc.text
        if self._facility_group(s, pos, loci, k):
            # "…B区形成…能力；C机场建成…，旅客吞吐量达到…": the airport's clause is not B区's
            return self._story.get(s.paragraph), 0
        prev = self._prev_piece.get(s.index)
        earlier = self._indexed(prev)[0] if prev is not None else []
        listed = 0
        # back from the position, then through the piece before a broken paragraph's break
        for l in _backwards(loci, k, earlier):
            if l.start >= s.start and self._in_closed_aside(s, l, pos):
                continue  # "…420亿元(A区292亿元、B区128亿元),比上年增长5.86%": a breakdown in brackets
            if (text.endswith(_SHARE_VERBS, max(s.start, l.start - 3), l.start)
                    or _SHARE_VERB_LIST.search(text, max(s.start, l.start - 9), l.start)) and \
                    _SHARE_OF.match(text, l.end, pos):
                continue  # 占山东省比重26%, 占全区比重86.2%: the whole the share is of
            if l.what == "place" and _SHARE_IN.match(text, l.end, pos) and \
                    _IN_BEFORE.search(text, max(s.start, l.start - 8), l.start):
                continue  # 在全市和全省占比分别为…: the wholes of the shares
            if l.what == "place" and _LOCATED_IN.search(text, max(s.start, l.start - 4), l.start):
                continue  # 黄冈高新区位于黄冈市新城区，规划面积12.38平方公里: where it lies
            if l.what == "place" and _DRIVES.search(text, max(s.start, l.start - 4), l.start):
                continue  # 拉动同期四川外贸增长34个百分点, 其中出口…: the zone's own
            if l.what == "place" and _PARTS_BEFORE.fullmatch(text, l.end, pos) and _FRACTION_OF.match(text, pos):
                continue  # 集聚了全省1/6的进出口: the whole the part is of
            if l.what == "place" and _FRACTION_OF.match(text, l.end):
                continue  # 以全市千分之二的土地，创造了…: the whole of an earlier part, no subject
            if l.what == "place":
                return None, 2
            zone = self._zone_of(l)
            if zone and self._aside_park(l) and _CLAUSE_CUT.search(text, l.end, pos):
                continue  # 7家落户B配套园，项目总投资20亿元: the clause after is not the park's
            if zone and self._partner(l):
                continue  # 与A经开区签约项目5个: the projects are the subject's
            if zone:
                if text.startswith(("、", "等"), l.end):
                    listed += 1  # one item of a list (A、B等5个园区, 包括X园、Y项目等27个项目)
                    continue
                return zone, 2
        if listed > 1:
            return None, 2  # the figure of the zones listed together, not of one of them
        if not k and not earlier:
            zone = self._subject_after(s, pos)
            if zone:
                return zone, 2
        return self._around(s)

    def _around(self, s: Sentence) -> tuple[str | None, int]:
        """The zone of sentence `s` when it names none of its own: the
        paragraph's so far, the one the paragraph sums up with, the story's."""
        zone = self._para_zone.get(s.index)
        if zone:
            return zone, 1
        if zone == _PLACE:
            return None, 1
        zone = self._para_after.get(s.index)
        if zone:
            return zone, 1
        return self._story.get(s.paragraph), 0

    def _in_closed_aside(self, s: Sentence, l: Locus, pos: int) -> bool:
        """Whether locus `l` stands inside brackets that close before `pos`."""
        text = self.doc.text
        lo = max(s.start, l.start - 40)
        opened = max(text.rfind("(", lo, l.start), text.rfind("（", lo, l.start))
        if opened < 0 or max(text.rfind(")", opened, l.start), text.rfind("）", opened, l.start)) >= 0:
            return False
        hi = min(pos, l.end + 60)
        closed = [c for c in (text.find(")", l.end, hi), text.find("）", l.end, hi)) if c >= 0]
        return bool(closed)

    def _facility_group(self, s: Sentence, pos: int, loci: list[Locus], k: int) -> bool:
        """Whether the ；-group the position is in opens with an airport, a port or a
        station as its subject, after a zone named in an earlier group of the sentence
        and with none named in its own: the facility is no part of that zone."""
        text = self.doc.text
        g = max(text.rfind("；", s.start, pos), text.rfind(";", s.start, pos))
        before = [l for l in loci[:k] if l.what == "zone" or l.what == "anaphor"]
        if g < 0:
            # the sentence is the next group of a ；-list: the zone came from the one before
            if before or not s.start or text[s.start - 1] not in "；;":
                return False
            return bool(_FACILITY_HEAD.match(text, s.start, pos)) and bool(self._para_zone.get(s.index))
        if not _FACILITY_HEAD.match(text, g + 1, pos):
            return False
        return bool(before) and all(l.end <= g for l in before)

    def _respectively(self, s: Sentence, pos: int, loci: list[Locus]) -> str | None:
        """"A、B、C发展最快，产值分别增长56.6%、22%、13.6%": the k-th figure of
        the list after 分别 is the k-th zone's, when the sentence lists as many
        zones (joined by 、/和) before 分别 as there are figures after it."""
        text = self.doc.text
        at = text.rfind("分别", s.start, pos)
        if at < 0 or _RESP_CUT.search(text, at + 2, pos):
            return None
        cut = _RESP_CUT.search(text, pos, s.end)
        end = cut.start() if cut else s.end
        seps = [m.start() for m in _RESP_SEP.finditer(text, at + 2, max(end, pos + 1))]
        n = len([x for x in seps if x < end]) + 1
        k = len([x for x in seps if x < pos])
        if n < 2:
            return None
        run: list[Locus] = []
        for l in reversed([x for x in loci if x.end <= at]):
            if l.what != "zone":
                if run or l.what == "place":
                    break  # a place after the list: the figures may be the place's
                continue
            if run and text[l.end:run[0].start] not in _RESP_JOIN:
                break
            run.insert(0, l)
        if len(run) != n or k >= n or len({x.zone for x in run}) != n:
            return None
        return self._zone_of(run[k])

    def _park_parent(self, l: Locus) -> str | None:
        """The zone a park without a known parent sits in: the zone the text
        around it is about."""
        i = bisect_left(self._sentence_starts, l.start + 1) - 1
        for s in self.doc.sentences[max(i, 0):i + 1]:
            if s.start <= l.start < s.end:
                before = [x for x in self.sentence_loci(s) if x.end <= l.start and x.what == "zone"
                          and not self.finder.is_park(x.zone)]
                zone = before[-1].zone if before else self.primary.get(s.article)
                if zone:
                    self.finder.set_parent(l.zone, zone)
                return zone
        return None

    def mentions(self):
        """(zone, locus) for every zone name (a park as itself) and every
        resolved pointer."""
        self._prepare()
        for l in self.loci:
            if l.what == "zone":
                if self.finder.is_park(l.zone):
                    self._zone_of(l)  # settles the park's parent
                yield l.zone, l
                continue
            zone = self._zone_of(l)
            if zone and not l.bare:  # a bare 园区 or 经开区 is read, not listed as a mention
                yield zone, l
