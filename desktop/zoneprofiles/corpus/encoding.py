"""Turn a file's bytes into text, detecting the encoding rather than assuming it.

Chinese articles arrive as UTF-8 (with or without a BOM), UTF-16 (Windows
"Unicode" saves, sometimes without a BOM), GB2312/GBK/GB18030 or Big5. The
order of tests: BOM -> strict UTF-8 -> UTF-16 by its byte pattern -> the legacy
CJK encodings, scored. GB18030 and Big5 overlap so much that short texts often
decode without error in both; the wrong one yields real but rare characters
(or kana, bopomofo, private-use code points), so each decoding is scored by
how much of it is common Chinese characters and punctuation.

A few undecodable bytes inside otherwise good text become U+FFFD, one per
byte, and are reported; bytes that are mostly not text set `binary`.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# About 1,050 of the most frequent characters of modern Chinese news, in
# simplified and in traditional form. Real text is ~80% these; a decoding in
# the wrong encoding lands on them only by chance (a few per cent).
_COMMON_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
    "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政"
    "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件"
    "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
    "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改"
    "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
    "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
    "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供"
    "效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳"
    "若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
    "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈"
    "刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括"
    "舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅"
    "泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
    "镇亿签亩营链智造医药源汽导芯装备贸津沪粤浙苏皖鲁豫湘鄂川渝闽赣桂琼滇黔陕甘宁疆藏蒙吉辽黑冀晋"
)
_COMMON_TRADITIONAL = (
    "這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣實軍無與長機關點業將兩間問並應戰頭體見產製話內"
    "給門兒東聲員論處義幾認條氣爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記邊張該規萬覺術領確"
    "傳師觀讓識帶導爭運飛風幹聯組濟車親極辦議證轉準遠臺單羅愛擊備連質團價黨華級離況亞請際約復線斷滿視須寫"
    "稱嗎輕農裝廣顯標談圖歷醫專費號盡週較語僅隨選紅響雖勢參眾構節維劃敵陳態護興驗責營夠嚴續講終緊黃絕項圍"
    "織鬥雙紀採舉殺蘇訴細願錢網熱屬臉職樂剛狀獨彈創錯蘭試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲雲遊龍樹層"
    "衝範漢簡擔靜積餘檢靈協佔徵揮勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島戶評寶釋顧貨歐換聞壞"
    "討麗監臨艦魚雜誤灣減編測敗夢溫劍漸貴槍樓縣畫遺鬆祕謝魯慮銷鐘詩趕劇損舊錄葉鄉禮婦歸飯額順輸搖脫補謂療"
    "澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載宮陰園謀榮孫頂鎮億簽畝鏈醫藥導晶裝備貿滬粵閩贛瓊黔陝寧遼冀晉製造開發區"
)
# the traditional list holds only the forms that differ; shared forms
# (的一是不了…) come from the simplified list
_COMMON = frozenset(_COMMON_SIMPLIFIED) | frozenset(_COMMON_TRADITIONAL)
_CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～．"
                       "●◎■□▲△◆◇★☆○※→←↑↓①②③④⑤⑥⑦⑧⑨⑩℃‰№°×÷±≤≥")

_BOMS = (  # longest first: the UTF-32 LE BOM starts like the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),
)
# files that start like these are not text, whatever their name says
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)
_BINARY_SHARE = 0.10  # more control/undecodable characters than this: not text
_SCORE_SAMPLE = 200_000  # characters scored per candidate; enough to decide, cheap on 32 MB

_ESCAPE = "zoneprofiles.escape"


def _escape_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    # like "surrogateescape" but for every byte, also < 0x80 (UTF-16 errors):
    # lone surrogates never come out of a valid decoding, so they mark the
    # bad bytes one for one and can be counted and replaced afterwards
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_ESCAPE, _escape_bad_bytes)

_ESCAPED = re.compile("[\udc00-\udcff]")
# C0 controls other than tab, newline, vertical tab, form feed, carriage
# return and the DOS end-of-file mark; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")


@dataclass
class Decoded:
    text: str            # decoded text; a BOM is not part of it
    encoding: str        # 'utf-8', 'utf-8-sig', 'gb18030', 'utf-16-le', 'big5', ...
    replaced: int = 0    # undecodable bytes that became U+FFFD (0 when clean)
    warnings: list[str] = field(default_factory=list)
    binary: bool = False  # the bytes are not text; `text` is only a best effort
    binary_kind: str = ""  # what the bytes look like ("a PNG image"), when known


def decode_bytes(data: bytes, hint: str | None = None) -> Decoded:
    """Decode `data`; never raises. `hint` is an encoding the file declares
    (an HTML <meta charset>): it settles a close call between legacy
    encodings but never overrides valid UTF-8 or a BOM."""
    if not data:
        return Decoded("", "utf-8")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            text, _ = _escaped_decode(data, "latin-1")
            return Decoded(text, "binary", binary=True, binary_kind=kind)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(data, len(bom), enc)
    has_nul = b"\x00" in data
    if not has_nul and _is_utf8(data) and not _gbk_in_utf8_clothing(data):
        return _finish(data, 0, "utf-8")
    enc16 = _utf16_without_bom(data)
    if enc16:
        return _finish(data, 0, enc16)
    if _control_share(data) > _BINARY_SHARE:
        text, _ = _escaped_decode(data, "latin-1")
        return Decoded(text, "binary", binary=True)
    if has_nul and _is_utf8(data):  # valid UTF-8 with NUL bytes in it: the share decides if it is text
        return _finish(data, 0, "utf-8")
    return _finish(data, 0, _guess_legacy(data, hint))


_BEYOND_TWO_BYTES = re.compile("[^\x00-\u07ff]")
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")


def _gbk_in_utf8_clothing(data: bytes) -> bool:
    """A short GBK text can be valid UTF-8 by chance ("强" is C7 BF, which
    UTF-8 reads as "ǿ"). Chinese in UTF-8 uses three-byte sequences; text
    with only two-byte ones, beyond Latin-1, that reads as common Chinese in
    GB18030 is GBK."""
    if data.isascii():
        return False
    text = data.decode("utf-8")
    if _BEYOND_TWO_BYTES.search(text) or not _BEYOND_LATIN1.search(text):
        return False
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return _cjk_score(gb) >= 0.5


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1A)) + bytes(range(0x1B, 0x20)) + b"\x7f"
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _control_share(data: bytes) -> float:
    """Control bytes per character, counting a high byte as half a character
    (legacy CJK encodings use two per character)."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    return controls / max(1.0, len(data) - high / 2)


def _escaped_decode(data: bytes, enc: str) -> tuple[str, int]:
    """Text with bad bytes escaped as lone surrogates, and their count."""
    text = data.decode(enc, _ESCAPE)
    return text, len(_ESCAPED.findall(text))


def _finish(data: bytes, skip: int, enc: str) -> Decoded:
    body = data[skip:]
    text, bad = _escaped_decode(body, enc)
    warnings: list[str] = []
    if bad:
        first = _ESCAPED.search(text).start()
        byte_at = skip + _first_error_byte(body, enc)
        line = text.count("\n", 0, first) + 1
        text = _ESCAPED.sub("\ufffd", text)
        label = _LABELS.get(enc, enc)
        warnings.append(
            f"{_plural(bad, 'byte')} could not be read as {label} and "
            f"{'was' if bad == 1 else 'were'} replaced by \ufffd "
            f"(the first at byte {byte_at}, line {line})"
        )
    controls = len(_CONTROL.findall(text))
    if len(text) and (controls + bad) / len(text) > _BINARY_SHARE:
        return Decoded(text, enc, bad, warnings, binary=True)
    nuls = text.count("\x00")
    if nuls:
        first = text.index("\x00")
        line = text.count("\n", 0, first) + 1
        # NUL is invisible and cuts strings short in some widgets; a visible
        # mark keeps the character count, so offsets stay right
        text = text.replace("\x00", "\ufffd")
        warnings.append(
            f"the file contains {_plural(nuls, 'NUL byte')} (the first on line {line}), "
            f"shown as \ufffd"
        )
    return Decoded(text, enc, bad, warnings)


def _first_error_byte(data: bytes, enc: str) -> int:
    try:
        data.decode(enc)
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


_LABELS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "gb18030": "GB18030 (GBK)",
    "big5": "Big5", "cp950": "Big5",
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- UTF-16 without a BOM -----------------------------------------------------

def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes read as sensible UTF-16 text:
    nearly all characters plausible, ideographs mostly common ones, and either
    the NUL high bytes of ASCII on one side or enough Chinese to tell."""
    if len(data) < 4:
        return None
    # an odd last byte (a cut file) is judged with the rest, then replaced
    sample = data[: min(2 * _SCORE_SAMPLE, len(data) - len(data) % 2)]
    units = len(sample) // 2
    nul_at = {"utf-16-le": sample[1::2].count(0), "utf-16-be": sample[0::2].count(0)}
    for enc, other in (("utf-16-le", "utf-16-be"), ("utf-16-be", "utf-16-le")):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 2:  # only a pair cut by the sample's end is fine
                continue
            text = sample[: exc.start].decode(enc)
        plausible, han, common = _utf16_counts(text)
        if plausible < 0.9 * max(1, len(text)):
            continue
        ascii_side = nul_at[enc] >= 0.1 * units and nul_at[other] <= 0.1 * nul_at[enc]
        # ASCII bytes misread in pairs land on rare ideographs
        chinese = han >= 2 and common >= 0.2 * han
        if ascii_side and (han < 3 or chinese) or chinese:
            return enc
    return None


def _utf16_counts(text: str) -> tuple[int, int, int]:
    plausible = han = common = 0
    for ch in text:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            plausible += 1
            han += 1
            common += ch in _COMMON
        elif (0x20 <= o < 0x7F or ch in "\t\n\r" or 0xA0 <= o <= 0xFF
              or 0x2010 <= o <= 0x2BFF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFFEF):
            # punctuation, symbols, CJK and full-width punctuation
            plausible += 1
    return plausible, han, common


# --- legacy CJK encodings -----------------------------------------------------

_GB_HINTS = {"gb2312", "gbk", "gb18030", "cp936", "hz"}
_BIG5_HINTS = {"big5", "cp950", "big5hkscs"}


def _guess_legacy(data: bytes, hint: str | None) -> str:
    hint_name = _codec_name(hint)
    scores: dict[str, float] = {}
    for enc in ("utf-8", "gb18030", "big5", "cp950"):
        if enc == "cp950" and scores.get("big5", -9) >= 0.95:
            continue  # cp950 only helps where big5 lacks a character
        text, bad = _escaped_decode(data[: 4 * _SCORE_SAMPLE], enc)
        score = _cjk_score(text[:_SCORE_SAMPLE])
        if hint_name and (enc == hint_name or (enc == "gb18030" and hint_name in _GB_HINTS)
                          or (enc in ("big5", "cp950") and hint_name in _BIG5_HINTS)):
            score += 0.15
        scores[enc] = score
    best = max(scores, key=lambda e: scores[e])  # dict order breaks ties: UTF-8, then GB
    if scores[best] > 0.1:
        return best
    if scores[best] >= 0 and best != "utf-8" and _decodes(data, best):
        return best  # clean Chinese made of rare characters (names, a short title)
    # not Chinese: a declared encoding, or charset-normalizer's reading
    if hint_name and hint_name not in _GB_HINTS | _BIG5_HINTS and _decodes(data, hint_name):
        return hint_name
    other = _charset_normalizer_guess(data)
    if other and _decodes(data, other):
        return other
    return best


def _cjk_score(text: str) -> float:
    """From -1 (garbage) to 1 (all common Chinese): over the non-ASCII
    characters, common characters and punctuation count +1, escaped bytes,
    controls, private-use and other signs of a wrong decoding count -1."""
    total = score = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        total += 1
        if ch in _COMMON or ch in _CJK_PUNCT:
            score += 1
        elif 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E or 0x3000 <= o <= 0x303F:
            pass  # real but rare: as likely right as wrong
        elif (0xDC00 <= o <= 0xDCFF or o <= 0x9F or 0xE000 <= o <= 0xF8FF
              or 0x3040 <= o <= 0x31FF or 0x2500 <= o <= 0x257F or 0xAC00 <= o <= 0xD7AF):
            # bad bytes, C1 controls, private use, kana/bopomofo, box drawing,
            # hangul: what GB bytes look like through Big5 and vice versa
            score -= 1
    return score / total if total else 0.0


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return {"gbk": "gbk", "big5": "big5"}.get(name, name)


def _decodes(data: bytes, enc: str) -> bool:
    try:
        data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional help, not a requirement
        return None
    sample = data[: 4 * _SCORE_SAMPLE]
    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    # on short Western text many code pages read equally well and the first
    # is often an exotic one; Windows-1252 is by far the likeliest of equals
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and _codec_name(match.encoding) == "cp1252":
            return "cp1252"
    if _decodes(sample, "cp1252") and sample.decode("cp1252") == str(best):
        return "cp1252"
    return _codec_name(best.encoding)
