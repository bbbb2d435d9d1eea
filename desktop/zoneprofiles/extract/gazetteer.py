"""Known zones (the gazetteer) and an index of China's administrative places.

The gazetteer says which names are development zones, what kind and level each
is and where it sits; the place index tells a place ("花都区", "广州") from a
zone and fills a zone's province and city. Both are plain data: no jieba, no Qt.

Gazetteer files are TSV (see resources/README.md). The bundled file comes
first, then the user's own file in the data folder, then any extra files; a
later row updates the zone it names (by name or by one of its aliases).
"""
from __future__ import annotations

import csv
import importlib.resources
import io
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from .. import paths

COLUMNS = ("name", "kind", "level", "province", "city", "aliases", "parent", "note")
KINDS = frozenset(
    "高新区 经开区 开发区 工业园区 自贸片区 自贸区 综合保税区 保税港区 合作区 新区 科学城 示范区 产业园 园区 试验区"
    .split()
)
LEVELS = frozenset({"national", "provincial", "municipal", "park", ""})
USER_FILE = "gazetteer.tsv"


def fold(text: str) -> str:
    """Full-width ASCII to half-width and outer spaces off, the same folding
    the corpus applies, so a user's "西部（重庆）科学城" matches the text."""
    out = []
    for ch in text.strip():
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return "".join(out).strip()


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str = ""
    level: str = ""
    province: str = ""
    city: str = ""
    aliases: tuple[str, ...] = ()
    parent: str = ""
    note: str = ""

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# cities whose one-character short form stands for them in print, unambiguously: not
# 京, 津 or 汉, which end other places' names (南京经开区, 新津经开区, 武汉)
_CITY_SHORT = {"哈尔滨": "哈", "上海": "沪", "重庆": "渝", "广州": "穗", "成都": "蓉", "福州": "榕",
               "宁波": "甬", "沈阳": "沈"}
_SHORT_KINDS = ("经开区", "高新区", "新区", "综保区", "综合保税区", "保税区", "自贸片区")


def _city_short_form(surface: str, city: str) -> str:
    """哈尔滨经开区 -> 哈经开区: the city's short form before a bare kind word."""
    city = city.removesuffix("市")
    abbr = _CITY_SHORT.get(city)
    if abbr and surface.startswith(city) and surface[len(city):] in _SHORT_KINDS:
        return abbr + surface[len(city):]
    return ""


class Gazetteer:
    """Zones by canonical name, and every surface form (name or alias) that
    points to one. A canonical name always points to its own zone, even when
    some other zone lists it as an alias."""

    def __init__(self, entries: dict[str, GazetteerEntry] | None = None):
        self.entries: dict[str, GazetteerEntry] = dict(entries or {})
        self.conflicts: list[str] = []
        self._surfaces = self._index()

    def _index(self) -> dict[str, str]:
        index = {name: name for name in self.entries}
        for entry in self.entries.values():
            for alias in entry.aliases:
                owner = index.get(alias)
                if owner is None:
                    index[alias] = entry.name
                elif owner != entry.name:
                    self.conflicts.append(
                        f"alias {alias!r} of {entry.name!r} already names {owner!r}; kept {owner!r}"
                    )
        # the city's one-character short form the local press prints (哈经开区, 沪综保区):
        # only where no zone of the list claims the form already
        for entry in self.entries.values():
            for surface in entry.surfaces:
                short = _city_short_form(surface, entry.city)
                if short:
                    index.setdefault(short, entry.name)
        return index

    def lookup(self, surface: str) -> GazetteerEntry | None:
        name = self._surfaces.get(surface)
        if name is None:
            name = self._surfaces.get(fold(surface))
        return self.entries.get(name) if name else None

    def surfaces(self) -> dict[str, str]:
        return dict(self._surfaces)

    def children(self, name: str) -> list[GazetteerEntry]:
        """Parks and sub-areas whose parent is `name`."""
        return [e for e in self.entries.values() if e.parent == name]

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and self.lookup(surface) is not None

    def __iter__(self):
        return iter(self.entries.values())


def read_text(path: Path) -> str:
    """A user-edited text file: UTF-8 (with or without BOM) or GB18030."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # a file saved from Excel on Chinese Windows is GB18030-family
        return raw.decode("gb18030")


def _parse_row(fields: list[str], columns: tuple[str, ...]) -> tuple[dict[str, str] | None, str]:
    if len(fields) > len(columns):
        if any(f.strip() for f in fields[len(columns):]):
            return None, f"{len(fields)} columns, expected at most {len(columns)}"
        fields = fields[: len(columns)]
    row = {col: fold(value) for col, value in zip(columns, fields)}
    if not row.get("name"):
        return None, "empty name"
    if row.get("kind", "") not in KINDS and row.get("kind", ""):
        return None, f"unknown kind {row['kind']!r} (one of {' '.join(sorted(KINDS))})"
    if row.get("level", "") not in LEVELS:
        return None, f"unknown level {row['level']!r} (national/provincial/municipal/park)"
    return row, ""


def _split_aliases(value: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in value.split("|"):
        part = fold(part)
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


def read_gazetteer_file(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """Rows of one gazetteer file and warnings for the lines it skipped.

    The first line may be a header naming the columns (any order, any subset
    that includes `name`); without one the columns are COLUMNS in order."""
    warnings: list[str] = []
    try:
        text = read_text(path)
    except OSError as exc:
        return [], [f"{path}: cannot read ({exc})"]
    rows: list[dict[str, str]] = []
    columns = COLUMNS
    first = True
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if first:
            first = False
            names = [fold(f).lower() for f in fields]
            if "name" in names and all(n in COLUMNS or not n for n in names):
                columns = tuple(names)
                continue
        row, problem = _parse_row(fields, columns)
        if row is None:
            warnings.append(f"{path}:{lineno}: skipped, {problem}")
            continue
        rows.append(row)
    return rows, warnings


def _merge(entries: dict[str, GazetteerEntry], row: dict[str, str]) -> None:
    aliases = _split_aliases(row.get("aliases", ""))
    name = row["name"]
    target = name if name in entries else None
    if target is None:
        # a row may name a zone by one of its aliases: it updates that zone
        for entry in entries.values():
            if name in entry.aliases:
                target = entry.name
                break
    if target is None:
        entries[name] = GazetteerEntry(
            name=name,
            kind=row.get("kind", ""),
            level=row.get("level", ""),
            province=row.get("province", ""),
            city=row.get("city", ""),
            aliases=tuple(a for a in aliases if a != name),
            parent=row.get("parent", ""),
            note=row.get("note", ""),
        )
        return
    old = entries[target]
    changes = {
        col: row[col]
        for col in ("kind", "level", "province", "city", "parent", "note")
        if row.get(col)
    }
    merged = dict.fromkeys(old.aliases)
    if name != target:
        merged.setdefault(name, None)
    for alias in aliases:
        if alias != target:
            merged.setdefault(alias, None)
    entries[target] = replace(old, aliases=tuple(merged), **changes)


def gazetteer_files(extra: list[Path] | None = None) -> list[Path]:
    files = [paths.resource("gazetteer.tsv")]
    user = paths.data_dir() / USER_FILE
    if user.is_file():
        files.append(user)
    files.extend(Path(p) for p in extra or [])
    return files


def load_gazetteer(extra: list[Path] | None = None) -> tuple[Gazetteer, list[str]]:
    """The bundled gazetteer, the user's own file and `extra`, in that order.
    Bad lines are skipped and reported; nothing here raises on bad data."""
    entries: dict[str, GazetteerEntry] = {}
    warnings: list[str] = []
    for path in gazetteer_files(extra):
        if not path.is_file():
            warnings.append(f"{path}: not found")
            continue
        rows, problems = read_gazetteer_file(path)
        warnings.extend(problems)
        for row in rows:
            _merge(entries, row)
    gazetteer = Gazetteer(entries)
    for name, entry in gazetteer.entries.items():
        if entry.parent and entry.parent not in gazetteer.entries:
            warnings.append(f"{name}: parent {entry.parent!r} is not in the gazetteer")
    warnings.extend(gazetteer.conflicts)
    return gazetteer, warnings


_default: tuple[Gazetteer, list[str]] | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> tuple[Gazetteer, list[str]]:
    """The gazetteer as loaded at first use (bundled + user file), shared."""
    global _default
    with _default_lock:
        if _default is None:
            _default = load_gazetteer()
        return _default


# ---------------------------------------------------------------- places

@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str  # 'province' | 'city' | 'county'
    province: str
    city: str
    # a short form that is an everyday word (安宁, 大厂): never a place by
    # itself, but it names a zone when a zone's suffix follows (安宁工业园区)
    word_short: str = ""


_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
_MUNICIPALITIES = ("11", "12", "31", "50")
# city-level rows of the division table that are groupings, not places
_GROUPINGS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
    "自治州", "自治县", "自治旗", "新区", "地区", "矿区", "特区",
    "省", "市", "区", "县", "盟", "旗",
)
_SPECIAL_SHORTS = {"神农架林区": "神农架"}
# Short forms that are everyday words in Chinese news text; the full name
# (和平区, 东方市 …) still resolves, the bare word never does.
_COMMON_WORDS = frozenset("""
资源 合作 和平 武功 平原 比如 南部 江南 江北 解放 东方 前进 港口 公安 友好 通道 共和 城中 城关 城东 城西 城南 城北 市中
新市 新城 老城 河东 河西 中原 长安 吉利 友谊 平安 中方 凤凰 安定 延长 新兴 运河 万年 东风 红旗 南岸 会同 工农 大名 富裕
清水 高明 前锋 复兴 长子 清新 宏伟 平定 芙蓉 洞口 阿里 温泉 石门 向阳 三元 振兴 大方 互助 新华 金台 建平 威信 莲花 平和
名山 黄龙 六合 白云 全州 桃源 建华 三门 大观 永和 二七 五峰 台前 金山 方城 凤山 石棉 丰满 永福 永新 石龙 双桥 月湖 文峰
保康 高台 九龙 二道 无为 民权 小店 同心 宝塔 元宝 平房 万安 太白 定远 白玉 灯塔 大兴 木兰 天涯 七星 海棠 来宾 博爱 同仁
回民 钟楼 江岸 盘龙 红星 方正 弥勒 黑水 安居 鼓楼 龙凤 大通 麒麟 海盐 新民 高密 富民 灵台 清流 水城 紫金 爱民 玉龙 惠民
云霄 天台 天心 开化 金沙 白沙 天元 玉泉 天柱 方山 民乐 阳春 铜鼓 兴业 大厂 大安 金牛 路南 白塔 滨海 新建 新区 光明
胜利 团结 民主 先锋 文明 和顺 长寿 长青 铁东 铁西 桥东 桥西 路北 开发 高新 经济 城厢 海港 安宁 江海
""".split())


# everyday-word short forms that, before a zone's suffix, still read as the
# word: a verb or slogan (新建开发区, 振兴示范区), a direction or part of a town
# (城东工业区), a company or brand (吉利产业园)
_NEVER_ZONE_NAMES = frozenset("""
合作 新建 振兴 复兴 解放 前进 互助 友好 友谊 资源 港口 通道 南部 老城 新市 富民 惠民 爱民 平安 吉利 东风 红旗
东方 中方 工农 比如 共和 城东 城西 城北 城厢 中原 江南 河西 海港 江海 温泉 延长 安定 大方 和顺 富裕 前锋 宏伟
灯塔 民权 同心 新民 平和 高明 清新 新兴 长安 凤凰 向阳 胜利 团结 民主 先锋 文明 开发 高新 经济 新区
""".split())


def _nations() -> list[str]:
    try:
        text = (importlib.resources.files("cpca") / "resources/56_nations.csv").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        text = ""
    names = [line.strip().split(",")[0] for line in text.splitlines() if line.strip()]
    forms = set(names)
    # "巴音郭楞蒙古自治州", "伊犁哈萨克自治州": the nation written without 族
    forms.update(n[:-1] for n in names if n.endswith("族") and len(n) >= 3)
    return sorted(forms, key=len, reverse=True)


def _short_forms(name: str, nations: list[str]) -> tuple[str, str]:
    """(short form, everyday-word short form): a stem that is an everyday
    word is withheld as a place's short form and kept as its word short."""
    stem = _stem(name, nations)
    return ("", stem) if stem in _COMMON_WORDS else (stem, "")


def _stem(name: str, nations: list[str]) -> str:
    if name in _SPECIAL_SHORTS:
        return _SPECIAL_SHORTS[name]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix.endswith("自治区"):
                stripped = True
                while stripped:
                    stripped = False
                    for nation in nations:
                        if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                            stem = stem[: -len(nation)]
                            stripped = True
                            break
            break
    else:
        return ""
    return stem if len(stem) >= 2 else ""


# Changes to the divisions after the table shipped with cpca was made: rows
# to add (adcode, name) and adcodes to drop (merged away or renamed).
_ADDED = (
    ("330113", "临平区"), ("330114", "钱塘区"),            # 杭州 2021
    ("370116", "莱芜区"), ("370117", "钢城区"),            # 莱芜市并入济南 2019
    ("370114", "即墨区"),                                  # 青岛 2017
    ("140403", "潞州区"), ("140404", "上党区"), ("140405", "屯留区"), ("140406", "潞城区"),  # 长治 2018
    ("659005", "北屯市"), ("659007", "双河市"), ("659008", "可克达拉市"), ("659009", "昆玉市"),
    ("659010", "胡杨河市"), ("659011", "新星市"), ("659012", "白杨市"),  # 兵团城市
)
_DROPPED = frozenset({
    "371200", "371202", "371203", "370282",
    "140402", "140411", "140421", "140424", "140481",
})


def _division_rows() -> list[tuple[str, str]]:
    try:
        text = (importlib.resources.files("cpca") / "resources/adcodes.csv").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []
    rows = []
    for record in csv.reader(io.StringIO(text)):
        if len(record) < 2 or not record[0].isdigit():
            continue
        code = record[0][:6].ljust(6, "0")
        if code not in _DROPPED:
            rows.append((code, record[1].strip()))
    known = {code for code, _ in rows}
    rows.extend((code, name) for code, name in _ADDED if code not in known)
    return rows


def build_places(rows: list[tuple[str, str]]) -> list[Place]:
    """Places from (6-digit adcode, name) rows: 2 digits name the province,
    4 the prefecture city, 6 the county."""
    names = dict(rows)
    nations = _nations()
    places = []
    for code, name in rows:
        if name in _GROUPINGS:
            continue
        province = names.get(code[:2] + "0000", "")
        short, word = _short_forms(name, nations)
        if code.endswith("0000"):
            city = name if code[:2] in _MUNICIPALITIES else ""
            places.append(Place(name, short, "province", name, city, word))
            continue
        if code.endswith("00"):
            places.append(Place(name, short, "city", province, name, word))
            continue
        city = names.get(code[:4] + "00", "")
        if code[:2] in _MUNICIPALITIES:
            city = province
        elif city in _GROUPINGS or not city:
            city = name  # a county-level city governed by the province (石河子市, 仙桃市)
        places.append(Place(name, short, "county", province, city, word))
    return places


class Places:
    """Administrative places by full name and short form.

    When one surface names several places, the full name beats a short form
    and a higher level beats a lower one (广州 → 广州市, 吉林 → 吉林省); places
    left tied (the several 鼓楼区) resolve to one Place that keeps only the
    province and city they share."""

    def __init__(self, places: list[Place]):
        self.places = list(places)
        ranked: dict[str, list[tuple[tuple[int, int], Place]]] = {}
        for place in self.places:
            ranked.setdefault(place.name, []).append(((0, _LEVEL_RANK[place.level]), place))
            if place.short and place.short != place.name:
                ranked.setdefault(place.short, []).append(((1, _LEVEL_RANK[place.level]), place))
                # how news names an autonomous prefecture, county or banner:
                # 临夏州, 天祝县, 延边州 (the short form and the last character)
                if place.name.endswith(("自治州", "自治县", "自治旗")):
                    ranked.setdefault(place.short + place.name[-1], []).append(((1, _LEVEL_RANK[place.level]), place))
        self._candidates: dict[str, list[Place]] = {}
        self._best: dict[str, Place] = {}
        for surface, items in ranked.items():
            items.sort(key=lambda item: item[0])
            self._candidates[surface] = [p for _, p in items]
            top = [p for rank, p in items if rank == items[0][0]]
            self._best[surface] = _common(top)
        self._max_len = max((len(s) for s in self._best), default=0)
        # everyday-word short forms that are no other place's name (places
        # sharing one, the two 安宁, resolve as one, like tied names)
        words: dict[str, list[Place]] = {}
        for place in self.places:
            if place.word_short and place.word_short not in self._best:
                words.setdefault(place.word_short, []).append(place)
        self._word_shorts = {w: _common(ps) for w, ps in words.items() if w not in _NEVER_ZONE_NAMES}

    def candidates(self, name: str) -> list[Place]:
        return list(self._candidates.get(fold(name), ()))

    def lookup(self, name: str, within: str = "") -> Place | None:
        """The place a name means; `within` (a province or city name, full or
        short) picks among places that share the name."""
        name = fold(name)
        if within:
            area = self._best.get(fold(within))
            if area is not None:
                inside = [
                    p for p in self._candidates.get(name, ())
                    if (area.level == "province" and p.province == area.province)
                    or (area.level != "province" and area.city and p.city == area.city)
                ]
                if inside:
                    return _common(inside[:1] + [p for p in inside[1:] if p.level == inside[0].level])
        return self._best.get(name)

    def match_at(self, text: str, pos: int) -> Place | None:
        """The longest place name (full or short) starting at text[pos]."""
        found = self.surface_at(text, pos)
        return found[1] if found else None

    def surface_at(self, text: str, pos: int) -> tuple[str, Place] | None:
        """Like match_at, with the text matched ("广州" or "广州市"), so a
        caller knows where the place name ends."""
        for length in range(min(self._max_len, len(text) - pos), 1, -1):
            surface = text[pos : pos + length]
            place = self._best.get(surface)
            if place is not None:
                return surface, place
        return None

    def word_short_at(self, text: str, pos: int) -> tuple[str, Place] | None:
        """An everyday-word short form (安宁, 大厂) starting at text[pos]: a
        place only where a caller knows a zone's name follows."""
        for length in (3, 2):
            place = self._word_shorts.get(text[pos:pos + length])
            if place is not None:
                return text[pos:pos + length], place
        return None

    def __iter__(self):
        return iter(self.places)

    def __len__(self) -> int:
        return len(self.places)


def _common(places: list[Place]) -> Place:
    first = places[0]
    if len(places) == 1:
        return first
    province = first.province if all(p.province == first.province for p in places) else ""
    city = first.city if all(p.city == first.city for p in places) else ""
    return Place(first.name, first.short, first.level, province, city, first.word_short)


_places: Places | None = None
_places_lock = threading.Lock()


def load_places() -> Places:
    """The place index, built once per process from the division table that
    ships inside the cpca package (read directly: cpca's own matcher is slow
    to import and not needed)."""
    global _places
    with _places_lock:
        if _places is None:
            _places = Places(build_places(_division_rows()))
        return _places
