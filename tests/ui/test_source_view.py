"""The source view highlights exactly the model's spans, also after CRLF
line ends and characters outside the BMP, and clicking an extracted item
reports it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from ui_fixtures import FILE_A, TEXT_A, TEXT_B
from zoneprofiles.ui.source_view import LIGHT, MARK, STRONG, SourceView


@pytest.fixture
def view(qtbot, corpus):
    widget = SourceView()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_corpus(corpus)
    return widget


def _figure(corpus, label, zone=None):
    rows = corpus.figures[corpus.figures["label"] == label]
    if zone:
        rows = rows[rows["zone_id"] == zone]
    return rows.iloc[0].to_dict()


def _highlighted_text(view, role):
    return [s.cursor.selectedText() for s in view.selections(role)]


def test_selected_figure_is_highlighted_exactly_and_its_sentence_lightly(view, corpus):
    row = _figure(corpus, "高新技术企业")
    assert view.show_item("figure", row)
    (strong,) = view.selections(STRONG)
    assert (strong.cursor.selectionStart(), strong.cursor.selectionEnd()) == (row["start"], row["end"])
    assert strong.cursor.selectedText() == "超2500家"
    (light,) = view.selections(LIGHT)
    assert light.cursor.selectedText() == TEXT_A[row["sentence_start"]:row["sentence_end"]]
    assert view.highlighted_span() == (FILE_A, row["start"], row["end"])
    assert "临江高新区：创新引领高质量发展" in view.header.text()


def test_highlight_stays_on_the_figure_after_crlf_and_wide_characters(view, corpus):
    row = _figure(corpus, "实际使用外资")
    assert TEXT_B.index("𠮷") < row["start"] and "\r\n" in TEXT_B[:row["start"]]
    view.show_item("figure", row)
    (strong,) = view.selections(STRONG)
    # the document counts differently; what it highlights is the figure as printed
    assert strong.cursor.selectedText() == "3.2亿美元"
    assert view.text_offset(strong.cursor.selectionStart()) == row["start"]
    assert view.text_offset(strong.cursor.selectionEnd()) == row["end"]


def test_other_items_of_the_file_are_marked(view, corpus):
    view.show_item("figure", _figure(corpus, "地区生产总值", "临江高新区"))
    marked = _highlighted_text(view, MARK)
    assert "超2500家" in marked and "《临江高新区促进集成电路产业发展若干措施》" in marked
    assert "约1026.5亿元" not in marked  # the selected one is strong, not marked


def test_selecting_an_article_shows_it_without_painting_it(view, corpus):
    article = corpus.articles[corpus.articles["article_id"] == "a2"].iloc[0].to_dict()
    view.show_item("article", article)
    assert view.selections(STRONG) == []
    assert view.selections(LIGHT) == []  # no zone shown: nothing to mark, nothing painted
    assert view.editor.textCursor().position() == article["start"]


def test_the_source_is_shown_as_plain_text_never_as_html(qtbot, corpus):
    corpus.texts[FILE_A] = "<b>加粗</b><img src='http://example.com/x.png'>临江高新区"
    widget = SourceView()
    qtbot.addWidget(widget)
    widget.set_corpus(corpus)
    widget.show_span(FILE_A, (0, 3))
    assert widget.editor.toPlainText() == corpus.texts[FILE_A]


def test_clicking_a_marked_item_reports_it(view, qtbot, corpus):
    view.show_item("figure", _figure(corpus, "地区生产总值", "临江高新区"))
    target = _figure(corpus, "新增工业机器人")
    editor = view.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(view.document_position(target["start"] + 2))
    left = editor.cursorRect(cursor)
    cursor.setPosition(view.document_position(target["start"] + 3))
    right = editor.cursorRect(cursor)
    point = QPoint((left.left() + right.left()) // 2, left.center().y())
    with qtbot.waitSignal(view.item_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    kind, row = blocker.args
    assert kind == "figure" and row["figure_id"] == target["figure_id"]


def test_a_missing_source_file_says_so(view):
    assert not view.show_span("不存在.txt", (0, 1))
    assert "不存在.txt" in view.header.text()
