"""The analyst's corrections, additions, notes and zone merges, saved, reopened
and laid over an extracted corpus built by hand from Chinese text written for
these tests (offsets found with str.index, never typed)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoneprofiles.model import (ARTICLE_COLUMNS, FIGURE_COLUMNS, MENTION_COLUMNS, POLICY_COLUMNS,
                                ZONE_COLUMNS, Corpus)
from zoneprofiles.userdata import UserStore, anchor_at, apply, key_for, text_hash

FILE_A = "报道/星河.txt"
FILE_B = "报道/云岭.txt"
TEXT_A = (
    "# 星河高新区：集成电路产业提速\n"
    "\n"
    "◎本报记者 李华\n"
    "\n"
    "2023年，星河高新技术产业开发区（以下简称星河高新区）实现地区生产总值约860亿元，同比增长8.5%。"
    "园区内高新技术企业超1200家。\n"
    "\n"
    "星河高新区发布《星河高新区支持集成电路产业发展若干措施》，对新落户企业给予最高300万元奖励。"
    "星河高新区今年引进重大项目45个。\n"
    "\n"
    "# 星河新区：生物医药集聚\n"
    "\n"
    "星河新区今年新增注册企业3200家，生物医药产值达到150亿元。区内出台“人才新政十条”。\n"
)
TEXT_B = (
    "# 云岭经开区外资项目加快落地\n"
    "\n"
    "今年前三季度,云岭经济技术开发区实际使用外资2.6亿美元,同比增长12%。\n"
    "云岭经开区工业总产值突破500亿元,占全市三分之一。\n"
)

ZONES = [  # zone_id, kind, aliases (the extractor wrongly took 星河新区 as 星河高新区)
    ("星河高新区", "高新区", "星河高新技术产业开发区|星河新区"),
    ("云岭经济技术开发区", "经开区", ""),
    ("云岭经开区", "经开区", ""),
]
MENTIONS = [  # file, zone, text as printed, which occurrence
    (FILE_A, "星河高新区", "星河高新技术产业开发区", 0),
    (FILE_A, "星河高新区", "星河高新区", 1),
    (FILE_A, "星河高新区", "星河高新区", 2),
    (FILE_A, "星河高新区", "星河新区", 1),
    (FILE_B, "云岭经济技术开发区", "云岭经济技术开发区", 0),
    (FILE_B, "云岭经开区", "云岭经开区", 1),
]
FIGURES = [  # file, zone, raw, label, value, unit, qualifier, period, kind
    (FILE_A, "星河高新区", "约860亿元", "地区生产总值", 8.6e10, "元", "约", "2023年", "actual"),
    (FILE_A, "星河高新区", "8.5%", "地区生产总值增速", 8.5, "%", "", "2023年", "growth"),
    (FILE_A, "星河高新区", "超1200家", "高新技术企业", 1200.0, "家", "超", "", "actual"),
    (FILE_A, "星河高新区", "45个", "重大项目", 45.0, "个", "", "今年", "actual"),
    (FILE_A, "星河高新区", "3200家", "新增注册企业", 3200.0, "家", "", "今年", "actual"),
    (FILE_B, "云岭经济技术开发区", "2.6亿美元", "实际使用外资", 2.6e8, "美元", "", "今年前三季度", "actual"),
    (FILE_B, "云岭经开区", "突破500亿元", "工业总产值", 5e10, "元", "突破", "", "actual"),
]
POLICIES = [  # file, zone, title as printed, kind
    (FILE_A, "星河高新区", "《星河高新区支持集成电路产业发展若干措施》", "document"),
]


def _sentence(text: str, start: int, end: int) -> tuple[str, int, int]:
    s = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    e = min(i for i in (text.find("。", end) + 1 or len(text), text.find("\n", end)) if i > 0)
    return text[s:e], s, e


def _nth(text: str, what: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.index(what, pos + 1)
    return pos


def _articles(name: str, text: str) -> list[tuple]:
    heads = [i for i in range(len(text)) if text.startswith("# ", i) and (i == 0 or text[i - 1] == "\n")]
    bounds = heads + [len(text)]
    return [(f"{name}#{k + 1}", name, text[bounds[k] + 2:text.index("\n", bounds[k])], "",
             bounds[k], bounds[k + 1]) for k in range(len(heads))]


def make_corpus(texts: dict[str, str] | None = None, names: dict[str, str] | None = None) -> Corpus:
    """The extractor's output for `texts` (default TEXT_A, TEXT_B keyed by
    FILE_A, FILE_B); `names` loads a file under another name."""
    texts = texts if texts is not None else {FILE_A: TEXT_A, FILE_B: TEXT_B}
    names = {std: (names or {}).get(std, std) for std in texts}
    articles = [a for std, text in texts.items() for a in _articles(names[std], text)]

    def article_at(name, pos):
        return next(a[0] for a in articles if a[1] == name and a[4] <= pos < a[5])

    def place(file, raw, n=0):
        text = texts.get(file)
        if text is None or raw not in text:
            return None
        s = _nth(text, raw, n)
        return names[file], text, s, s + len(raw)

    mentions, figures, policies = [], [], []
    for file, zone, raw, n in MENTIONS:
        if (p := place(file, raw, n)):
            name, text, s, e = p
            mentions.append((zone, article_at(name, s), name, s, e, raw))
    for file, zone, raw, label, value, unit, qual, period, kind in FIGURES:
        if (p := place(file, raw)):
            name, text, s, e = p
            sentence, s0, s1 = _sentence(text, s, e)
            figures.append(dict(figure_id=len(figures) + 1, zone_id=zone, label=label, value=value,
                                unit=unit, raw=raw, qualifier=qual, period=period, kind=kind,
                                article_id=article_at(name, s), source_file=name, start=s, end=e,
                                sentence=sentence, sentence_start=s0, sentence_end=s1))
    for file, zone, raw, kind in POLICIES:
        if (p := place(file, raw)):
            name, text, s, e = p
            sentence, s0, s1 = _sentence(text, s, e)
            policies.append(dict(policy_id=len(policies) + 1, zone_id=zone, title=raw.strip("《》"),
                                 kind=kind, article_id=article_at(name, s), source_file=name,
                                 start=s, end=e, sentence=sentence, sentence_start=s0,
                                 sentence_end=s1))
    zones = [(z, z, kind, aliases, "", "广东省", "星河市", 0, 0, 0) for z, kind, aliases in ZONES]
    article_fields = ("article_id", "source_file", "title", "byline", "start", "end")
    articles = [dict(zip(article_fields, a)) for a in articles]
    return Corpus(articles=pd.DataFrame(articles, columns=ARTICLE_COLUMNS),
                  zones=pd.DataFrame(zones, columns=ZONE_COLUMNS),
                  mentions=pd.DataFrame(mentions, columns=MENTION_COLUMNS),
                  figures=pd.DataFrame(figures, columns=FIGURE_COLUMNS),
                  policies=pd.DataFrame(policies, columns=POLICY_COLUMNS),
                  texts={names[std]: text for std, text in texts.items()}, name="测试")


def fig(corpus: Corpus, raw: str) -> pd.Series:
    rows = corpus.figures[corpus.figures["raw"] == raw]
    assert len(rows) == 1, raw
    return rows.iloc[0]


def key(corpus: Corpus, raw: str):
    return key_for(corpus, fig(corpus, raw))


def reopened(store: UserStore) -> UserStore:
    store.close()
    return UserStore(store.path)


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture
def store(tmp_path):
    s = UserStore(tmp_path / "userdata.sqlite3")
    yield s
    s.close()


def test_figure_reviews_survive_reopening_and_show_in_the_profile(corpus, store):
    store.confirm_figure(key(corpus, "约860亿元"))
    store.reject_figure(key(corpus, "8.5%"))
    store.correct_figure(key(corpus, "超1200家"), value=1250, label="国家高新技术企业")
    store = reopened(store)
    out = apply(corpus, store)

    assert fig(out, "约860亿元")["status"] == "confirmed"
    assert not fig(out, "约860亿元")["manual"]
    assert "8.5%" not in set(out.profile("星河高新区").figures["raw"])
    assert list(out.rejected_figures["raw"]) == ["8.5%"]
    corrected = fig(out, "超1200家")
    assert (corrected["value"], corrected["label"]) == (1250.0, "国家高新技术企业")
    assert corrected["status"] == "corrected" and corrected["manual"]
    assert fig(out, "45个")["status"] == "extracted"
    assert out.zone("星河高新区")["n_figures"] == 4
    # the extracted corpus itself is untouched
    assert "status" not in corpus.figures.columns and len(corpus.figures) == len(FIGURES)
    store.close()


def test_added_figure_and_policy_come_from_the_selected_text(corpus, store):
    text = corpus.texts[FILE_B]
    s = text.index("12%")
    fid = store.add_figure(text_hash(text), FILE_B, s, s + 3, "12%", "云岭经济技术开发区",
                           "实际使用外资增速", 12, "%", period="今年前三季度", kind="growth")
    title = "人才新政十条"
    p = corpus.texts[FILE_A].index(title)
    pid = store.add_policy(text_hash(corpus.texts[FILE_A]), FILE_A, p, p + len(title), title,
                           "星河高新区", "package")
    store = reopened(store)
    out = apply(corpus, store)

    added = fig(out, "12%")
    assert added["status"] == "added" and added["manual"] and added["change_id"] == fid
    assert out.texts[FILE_B][added["start"]:added["end"]] == "12%"
    assert added["sentence"].startswith("今年前三季度") and "12%" in added["sentence"]
    assert out.texts[FILE_B][added["sentence_start"]:added["sentence_end"]] == added["sentence"]
    assert added["article_id"] == f"{FILE_B}#1"
    assert set(out.figures["figure_id"]) == set(range(1, len(FIGURES) + 2))
    policy = out.policies[out.policies["title"] == title].iloc[0]
    assert (policy["zone_id"], policy["status"], policy["change_id"]) == ("星河高新区", "added", pid)
    assert "人才新政十条" in policy["sentence"]
    assert out.zone("星河高新区")["n_policies"] == 2
    store.close()


def test_notes_survive_reopening_edit_and_delete(corpus, store):
    first = store.add_note("星河高新区", "产值口径需核实：是否含托管园区。")
    second = store.add_note("云岭经开区", "待补充外资来源国。")
    store = reopened(store)
    store.edit_note(first, "产值口径已核实：不含托管园区。")
    store.delete_note(second)
    store = reopened(store)
    out = apply(corpus, store)

    assert out.zone("星河高新区")["notes"] == "产值口径已核实：不含托管园区。"
    assert out.zone("星河高新区")["n_notes"] == 1
    assert out.zone("云岭经开区")["notes"] == ""
    assert list(out.notes["note_id"]) == [first]
    assert out.notes.iloc[0]["updated"] is not None
    store.close()


def test_merge_folds_a_zone_into_its_target(corpus, store):
    store.merge_zones("云岭经济技术开发区", "云岭经开区")
    store = reopened(store)
    out = apply(corpus, store)

    assert "云岭经济技术开发区" not in set(out.zones["zone_id"])
    target = out.zone("云岭经开区")
    assert "云岭经济技术开发区" in target["aliases"].split("|")
    assert target["merged"] == "云岭经济技术开发区"
    assert out.find_zone("云岭经济技术开发区") == "云岭经开区"
    profile = out.profile("云岭经开区")
    assert set(profile.figures["raw"]) == {"2.6亿美元", "突破500亿元"}
    assert set(out.mentions.loc[out.mentions["source_file"] == FILE_B, "zone_id"]) == {"云岭经开区"}
    assert target["n_figures"] == 2
    store.close()


def _shape(c: Corpus) -> tuple:
    return (sorted(zip(c.zones["zone_id"], c.zones["aliases"])),
            sorted(zip(c.figures["raw"], c.figures["zone_id"])),
            sorted(zip(c.mentions["start"], c.mentions["zone_id"])))


def test_merge_then_split_restores_the_zones(corpus, store):
    before = _shape(apply(corpus, store))
    store.merge_zones("云岭经济技术开发区", "云岭经开区")
    store.merge_zones("云岭经开区", "星河高新区")  # a chain: both end up in 星河高新区
    chained = apply(corpus, store)
    assert set(chained.zones["zone_id"]) == {"星河高新区"}
    assert chained.zone("星河高新区")["n_figures"] == len(FIGURES)
    store.split_zone("云岭经开区")
    store.split_zone("云岭经济技术开发区")
    store = reopened(store)
    assert _shape(apply(corpus, store)) == before
    store.close()


def test_splitting_a_name_the_extractor_merged_gives_it_its_own_items(corpus, store):
    split = store.split_zone("星河新区")
    out = apply(corpus, store)

    assert out.find_zone("星河新区") == "星河新区"
    assert "星河新区" not in out.zone("星河高新区")["aliases"].split("|")
    assert list(out.profile("星河新区").figures["raw"]) == ["3200家"]
    assert "3200家" not in set(out.profile("星河高新区").figures["raw"])
    assert out.zone("星河新区")["kind"] == "高新区"
    store.undo(split)
    assert _shape(apply(corpus, store)) == _shape(apply(corpus, []))


def test_a_merge_the_other_way_round_is_refused(store):
    store.merge_zones("云岭经济技术开发区", "云岭经开区")
    with pytest.raises(ValueError, match="split it first"):
        store.merge_zones("云岭经开区", "云岭经济技术开发区")


def test_moving_a_figure_to_a_zone_the_extractor_missed_creates_that_zone(corpus, store):
    store.correct_figure(key(corpus, "3200家"), zone="星河生物医药产业园")
    out = apply(corpus, store)
    zone = out.zone("星河生物医药产业园")
    assert bool(zone["manual"]) and zone["n_figures"] == 1
    assert list(out.profile("星河生物医药产业园").figures["raw"]) == ["3200家"]


def test_undo_takes_back_exactly_one_change(corpus, store):
    k = key(corpus, "45个")
    store.correct_figure(k, value=40)
    second = store.correct_figure(k, period="2023年")
    store.undo(second)
    store = reopened(store)
    row = fig(apply(corpus, store), "45个")
    assert (row["value"], row["period"], row["status"]) == (40.0, "今年", "corrected")
    store.close()


def _edited() -> dict[str, str]:
    """TEXT_A after the analyst fixed the OCR: a line added at the top (every
    offset moves) and one sentence reworded."""
    text = ("【更正】本文首发于2月3日。\n" + TEXT_A).replace(
        "星河高新区今年引进重大项目45个。", "星河高新区全年引进重大项目48个。")
    return {FILE_A: text, FILE_B: TEXT_B}


def test_an_edited_article_keeps_matching_notes_and_lists_the_others(corpus, store):
    text = corpus.texts[FILE_A]
    kept_quote, lost_quote = "超1200家", "引进重大项目45个"
    kept = store.add_note("星河高新区", "企业数含外地注册。",
                          anchor_at(text, FILE_A, text.index(kept_quote), text.index(kept_quote) + len(kept_quote)))
    lost = store.add_note("星河高新区", "项目数与年报不一致。",
                          anchor_at(text, FILE_A, text.index(lost_quote), text.index(lost_quote) + len(lost_quote)))
    store.reject_figure(key(corpus, "约860亿元"))

    edited = make_corpus(_edited())
    out = apply(edited, store)

    notes = out.notes.set_index("note_id")
    new_text = edited.texts[FILE_A]
    assert notes.loc[kept, "anchor"] == "reanchored"
    assert new_text[notes.loc[kept, "start"]:notes.loc[kept, "end"]] == kept_quote
    assert [(o.change_id, o.reason, o.quote) for o in out.orphans] == [(lost, "text-changed", lost_quote)]
    # the orphaned note is still on its zone, only its passage is lost
    assert notes.loc[lost, "anchor"] == "text-changed" and "项目数与年报不一致。" in out.zone("星河高新区")["notes"]
    assert list(out.rejected_figures["raw"]) == ["约860亿元"]  # the rejection followed the text

    # the new place was written down: the next start finds it directly
    store = reopened(store)
    moved = store.get(kept).anchor
    assert (moved.content_hash, moved.start) == (text_hash(new_text), new_text.index(kept_quote))
    assert store.reanchor_log(kept)[0]["old_start"] == text.index(kept_quote)
    assert apply(edited, store).reanchored == []
    assert store.get(lost).anchor.content_hash == text_hash(text)  # never deleted, never moved
    store.close()


def test_a_renamed_file_keeps_its_notes(corpus, store):
    text = corpus.texts[FILE_A]
    s = text.index("生物医药产值")
    note = store.add_note("星河高新区", "生物医药口径。", anchor_at(text, FILE_A, s, s + 6))
    out = apply(make_corpus(names={FILE_A: "归档/2023/星河-改名.txt"}), store)
    row = out.notes.set_index("note_id").loc[note]
    assert (row["source_file"], row["anchor"], row["start"]) == ("归档/2023/星河-改名.txt", "moved", s)
    assert out.orphans == []


def test_work_on_articles_not_opened_is_kept_quietly(corpus, store):
    store.reject_figure(key(corpus, "8.5%"))
    store.merge_zones("云岭经济技术开发区", "云岭经开区")
    only_b = make_corpus({FILE_B: TEXT_B})
    out = apply(only_b, store)
    assert out.orphans == []
    assert [o.reason for o in out.not_loaded] == ["file-not-loaded"]
    assert "8.5%" in set(apply(corpus, []).figures["raw"])
    assert "8.5%" not in set(apply(corpus, store).figures["raw"])


def test_a_figure_the_extractor_no_longer_reads_is_listed(corpus, store):
    store.correct_figure(key(corpus, "45个"), value=46)
    fewer = make_corpus()
    fewer.figures = fewer.figures[fewer.figures["raw"] != "45个"].reset_index(drop=True)
    out = apply(fewer, store)
    assert [(o.reason, o.quote) for o in out.orphans] == [("not-extracted", "45个")]


# --- any sequence of changes, reopened, gives what the analyst did -------------

RAWS = [f[2] for f in FIGURES]
OPS = st.one_of(
    st.tuples(st.just("confirm"), st.sampled_from(RAWS)),
    st.tuples(st.just("reject"), st.sampled_from(RAWS)),
    st.tuples(st.just("correct"), st.sampled_from(RAWS), st.integers(1, 10_000)),
    st.tuples(st.just("note"), st.sampled_from([z for z, _, _ in ZONES]), st.text(min_size=1, max_size=8).filter(str.strip)),
    st.tuples(st.just("undo"), st.integers(0, 30)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, max_size=25))
def test_any_sequence_of_changes_reads_back_as_made(ops):
    corpus = make_corpus()
    made: dict[int, tuple] = {}  # change id -> op, for the changes not undone
    with tempfile.TemporaryDirectory() as tmp:
        store = UserStore(Path(tmp) / "userdata.sqlite3")
        for op in ops:
            if op[0] == "undo":
                ids = sorted(made)
                if ids:
                    victim = ids[op[1] % len(ids)]
                    assert store.undo(victim)
                    del made[victim]
                continue
            if op[0] == "note":
                cid = store.add_note(op[1], op[2])
            elif op[0] == "correct":
                cid = store.correct_figure(key(corpus, op[1]), value=op[2])
            else:
                cid = getattr(store, f"{op[0]}_figure")(key(corpus, op[1]))
            made[cid] = op
        store = reopened(store)
        out = apply(corpus, store)
        store.close()

    for raw, _label, value in ((f[2], f[3], f[4]) for f in FIGURES):
        mine = [made[c] for c in sorted(made) if made[c][0] != "note" and made[c][1] == raw]
        rejected = bool(mine) and mine[-1][0] == "reject"
        values = [op[2] for op in mine if op[0] == "correct"]
        shown = out.figures[out.figures["raw"] == raw]
        assert len(shown) == (0 if rejected else 1)
        if not rejected:
            row = shown.iloc[0]
            assert row["value"] == (float(values[-1]) if values else value)
            expected = ("corrected" if values else
                        "confirmed" if any(op[0] == "confirm" for op in mine) else "extracted")
            assert row["status"] == expected
    notes = [made[c] for c in sorted(made) if made[c][0] == "note"]
    assert list(zip(out.notes["zone_id"], out.notes["text"])) == [(z, t.strip()) for _, z, t in notes]
