"""Articles, broken paragraphs and reprinted passages, on pages written for the test."""
from zoneprofiles.corpus.normalize import normalize
from zoneprofiles.corpus.structure import build_document, mark_duplicates

PAGE = """

合肥高新区:

量子产业加速集聚，打造“量子中心”

◎本报记者 王明 通讯员 李华

近日，合肥高新区举行量子产业发展大会。会上，该区发布了一批新政策，其中一个远近闻名

量子产业园扩容

2023年，合肥高新区新增量子企业12家，量子产业规模超过50亿元。

的品牌项目也正式落地。

苏州工业园区

跨境电商出口增长三成

本报讯 今年1-9月，苏州工业园区跨境电商出口额达120亿元，同比增长31.5%。

园区相关负责人表示，将继续优化服务。
"""


def doc_of(text):
    return build_document(normalize(text).text)


def test_headline_and_byline_start_an_article():
    doc = doc_of(PAGE)
    titles = [a.title for a in doc.articles]
    assert titles[0].startswith("合肥高新区")
    assert "量子产业加速集聚" in titles[0]
    assert doc.articles[0].byline.startswith("◎本报记者 王明")


def test_dateline_starts_an_article_with_the_headings_above_it():
    doc = doc_of(PAGE)
    assert len(doc.articles) == 2
    assert doc.articles[1].title == "苏州工业园区 跨境电商出口增长三成"


def test_sentence_broken_by_a_subheading_is_rejoined():
    doc = doc_of(PAGE)
    joined = [s for s in doc.sentences if s.joined]
    assert joined, "the paragraph cut after 远近闻名 was not rejoined"
    assert "远近闻名的品牌项目也正式落地" in joined[0].joined
    # both pieces belong to one paragraph, so what the first names carries over
    para = doc.paragraphs[joined[0].paragraph]
    texts = "".join(doc.sentences[i].text for i in para.sentences)
    assert "该区发布" in texts and "的品牌项目" in texts


def test_subheading_inside_article_does_not_split_it():
    doc = doc_of(PAGE)
    first = doc.articles[0]
    body = [doc.sentences[i].text for p in first.paragraphs for i in doc.paragraphs[p].sentences]
    assert any("新增量子企业12家" in t for t in body)


def test_sentence_offsets_slice_the_text():
    n = normalize(PAGE)
    doc = build_document(n.text)
    for s in doc.sentences:
        assert n.text[s.start:s.end] == s.text


def test_passage_printed_twice_is_marked_once():
    page = ("# 武汉东湖高新区光电子产业观察\n\n本报讯 东湖高新区光电子信息产业规模突破5000亿元，同比增长12%。\n\n"
            "该区还将建设一批创新平台。\n\n"
            "● 东湖高新区光电子信息产业规模突破5000亿元，同比增长12%；\n")
    doc = doc_of(page)
    seen = set()
    assert mark_duplicates(doc, seen) == 1
    dup = [s for s in doc.sentences if s.duplicate]
    assert dup[0].text.startswith("● 东湖高新区")


def test_duplicates_across_files_count_once():
    a = doc_of("本报讯 成都高新区新增上市企业8家，总数达到72家，位居中西部第一。\n")
    b = doc_of("科技日报讯 成都高新区新增上市企业8家，总数达到72家，位居中西部第一。\n")
    seen = set()
    mark_duplicates(a, seen)
    assert mark_duplicates(b, seen) == 1


def test_untitled_item_after_a_wide_gap_is_its_own_article():
    page = ("# 西安高新区发布人才新政\n\n本报讯 西安高新区发布人才新政，最高给予500万元资助。\n\n\n\n"
            "图片来源:洛阳高新区\n\n近日，洛阳高新区新材料产业园开园，首批入驻企业23家。\n")
    doc = doc_of(page)
    assert len(doc.articles) == 2
    assert doc.articles[1].title.startswith("近日")


def test_drop_cap_joins_its_word():
    page = "前文结束。\n\n\n\n制造\n\n业是实体经济的根基，佛山高新区制造业增加值占比超过60%。\n"
    doc = doc_of(page)
    assert any("制造业是实体经济的根基" in s.display for s in doc.sentences)


def test_source_line_under_a_headline_starts_a_story_and_is_no_heading():
    page = ("嘉善经开区智能传感器产业集聚\n\n来源：禾城晚报\n\n嘉善经开区新落地传感器项目9个。\n\n"
            "海宁经编园区提档升级\n\n来源：潮城日报\n\n园区新增规上企业15家。\n")
    doc = doc_of(page)
    assert [a.title for a in doc.articles] == ["嘉善经开区智能传感器产业集聚", "海宁经编园区提档升级"]
    assert doc.articles[1].byline == "来源:潮城日报"
    assert not any("来源" in s.text for s in doc.sentences)


def test_source_note_after_a_story_ends_it():
    page = ("# 嘉善经开区智能传感器产业集聚\n\n嘉善经开区新落地传感器项目9个。\n\n(来源：禾城晚报)\n\n"
            "海宁经编园区提档升级\n\n园区新增规上企业15家。\n")
    doc = doc_of(page)
    assert len(doc.articles) == 2
    assert doc.articles[1].title == "海宁经编园区提档升级"


def test_marked_byline_starts_a_story_even_without_its_headline():
    page = ("# 嘉善经开区智能传感器产业集聚\n\n嘉善经开区新落地传感器项目9个。\n\n"
            "■ 本报记者 顾言\n\n园区新增规上企业15家，产值增长12%。\n")
    doc = doc_of(page)
    assert len(doc.articles) == 2
    assert doc.articles[1].byline == "■ 本报记者 顾言"


def test_headline_after_a_wide_gap_starts_a_story_but_a_photo_credit_does_not():
    page = ("# 嘉善经开区智能传感器产业集聚\n\n嘉善经开区新落地传感器项目9个。\n\n\n\n"
            "新建成的传感器中试车间 顾言摄\n\n车间已投入使用。\n\n\n\n"
            "海宁经编园区提档升级\n\n园区新增规上企业15家。\n")
    doc = doc_of(page)
    assert [a.title for a in doc.articles] == ["嘉善经开区智能传感器产业集聚", "海宁经编园区提档升级"]
    first = doc.articles[0]
    body = [doc.sentences[i].text for p in first.paragraphs for i in doc.paragraphs[p].sentences]
    assert "车间已投入使用。" in body


def test_the_second_piece_of_a_broken_sentence_is_not_its_own_duplicate(tmp_path):
    """A sentence broken across a line keeps its figures: its second piece used
    to share the whole sentence's key with the first and was dropped as a reprint."""
    from zoneprofiles.pipeline import load_corpus
    path = tmp_path / "综述.txt"
    path.write_text("经济概述\n\n综述\n\n2023年,星湖高新区实现地区生产总值3686.0亿元,同比增长5.9%;"
                    "一般公共预算收入411.1亿元。\n", encoding="utf-8")
    corpus = load_corpus([path], use_cache=False)
    assert {"3686.0亿元", "5.9%", "411.1亿元"} <= set(corpus.figures["raw"])


def test_a_document_sent_to_another_process_arrives_whole():
    # workers send documents to the parent without repeating their text in every
    # piece; what arrives must be the same document, broken sentences included
    import pickle
    text = ("# 青山高新区一季度经济运行\n\n青山高新区一季度实现规上工业总产值120.5亿元，同比增长\n"
            "9.8%；固定资产投资增长12%。\n\n（记者 王某）\n")
    doc = build_document(text)
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc
    assert [s.text for s in back.sentences] == [s.text for s in doc.sentences]
    assert back.paragraphs[0].blocks[0] is back.blocks[back.paragraphs[0].blocks[0].index]


def test_a_caption_line_right_above_the_story_does_not_hide_it():
    # no blank line between the photo's caption and the text, and the text cut
    # off without a full stop: the story is still read
    doc = doc_of("活动现场 图片来源:天河区融媒体中心提供\n3月2日,广州天河软件园举行推介会,全年新引进企业120家,"
                 "营业收入突破800亿元,下一步将推动")
    assert len(doc.articles) == 1
    body = " ".join(s.text for s in doc.sentences)
    assert "新引进企业120家" in body and "图片来源" not in body


def test_a_section_ending_without_a_full_stop_is_not_joined_across_the_next_heading():
    # web pages print sections without a closing 。; the next section opens a sentence of its own
    doc = doc_of("园区经济概述\n\n2023年，园区高新技术产值占规上工业总产值比重73.9%\n\n服务业\n\n"
                 "2023年，服务业增加值1911.8亿元。\n")
    assert not [s for s in doc.sentences if s.joined]
    heading = next(s for s in doc.sentences if s.text == "服务业")
    assert heading.heading
