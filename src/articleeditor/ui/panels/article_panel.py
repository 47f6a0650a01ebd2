"""The Article panel: title, date, slug, authors, summary and draft, bound to the front
matter. Each edit becomes one change to the text (one undo step). Categories have their own
panel beside Tags, with the site's categories offered."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from articleeditor.core.article import Metadata
from articleeditor.core.fields import get_field


def format_date(value: date | datetime | None) -> str:
    """ISO text for the date field."""
    return value.isoformat() if value else ""


def parse_date(text: str) -> date | datetime | None:
    """Parse what the writer typed; ``ValueError`` when it is not an ISO date."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def split_list(text: str) -> list[str]:
    """Comma-separated entry -> list, blanks dropped."""
    return [part.strip() for part in text.split(",") if part.strip()]


class _SummaryEdit(QPlainTextEdit):
    """A multi-line field that reports editing finished when it loses focus."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class ArticlePanel(QWidget):
    """Form over the article's main front matter fields."""

    field_edited = Signal(str, object)  # canonical field name, new value (None deletes)
    message = Signal(str)  # something the writer should read in the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-panel")
        self.title = QLineEdit(objectName="title")
        self.date = QLineEdit(objectName="date")
        self.date.setPlaceholderText(self.tr("2026-11-25 or 2026-11-25T09:30:00+01:00"))
        self.slug = QLineEdit(objectName="slug")
        self.authors = QLineEdit(objectName="authors")
        self.authors.setPlaceholderText(self.tr("Comma-separated"))
        self.summary = _SummaryEdit(objectName="summary")
        self.summary.setFixedHeight(72)
        self.draft = QCheckBox(self.tr("Draft (not published yet)"), objectName="draft")

        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("S&lug"), self.slug)
        form.addRow(self.tr("&Authors"), self.authors)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.draft)  # across both columns: the panel column stays narrow

        self._meta = Metadata.from_front_matter({})
        self._raw: dict[str, Any] = {}
        self.title.editingFinished.connect(lambda: self._emit("title", self.title.text()))
        self.slug.editingFinished.connect(lambda: self._emit("slug", self.slug.text()))
        self.date.editingFinished.connect(self._date_finished)
        self.authors.editingFinished.connect(
            lambda: self._emit_list("authors", self.authors.text())
        )
        self.summary.editing_finished.connect(
            lambda: self._emit("summary", self.summary.toPlainText())
        )
        self.draft.toggled.connect(lambda checked: self._emit("draft", checked))

    def show_metadata(self, meta: Metadata, raw: dict[str, Any], editable: bool) -> None:
        """Show ``meta``; the field that has focus is left alone so typing is never undone."""
        self._meta, self._raw = meta, raw
        self._set_line(self.title, meta.title)
        self._set_line(self.date, format_date(meta.date))
        self._set_line(self.slug, meta.slug)
        self._set_line(self.authors, ", ".join(meta.authors))
        if not self.summary.hasFocus() and self.summary.toPlainText() != meta.summary:
            self.summary.setPlainText(meta.summary)
        self.draft.blockSignals(True)
        self.draft.setChecked(meta.draft)
        self.draft.blockSignals(False)
        self.setEnabled(editable)

    def show_derived_slug(self, slug: str) -> None:
        """Show, in the empty slug field, the slug Publish will derive from the title."""
        self.slug.setPlaceholderText(slug or self.tr("made from the title"))
        self.slug.setToolTip(
            self.tr("Publish uses “{slug}”; type here to choose another").format(slug=slug)
            if slug
            else ""
        )

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if not edit.hasFocus() and edit.text() != text:
            edit.setText(text)

    def _current(self, name: str) -> Any:
        return getattr(self._meta, name)

    def _emit(self, name: str, value: Any) -> None:
        current = self._current(name)
        if isinstance(value, str):
            value = value.strip()
        if value == current or (value == "" and not current):
            return
        self.field_edited.emit(name, value if value != "" else None)

    def _emit_list(self, name: str, text: str) -> None:
        items = split_list(text)
        if items == self._current(name):
            return
        # Keep a single value written as a plain string if the file had it that way.
        _key, existing = get_field(self._raw, name)
        single_string = len(items) == 1 and isinstance(existing, str)
        self.field_edited.emit(name, items[0] if single_string else (items or None))

    def _date_finished(self) -> None:
        try:
            value = parse_date(self.date.text())
        except ValueError:
            # Say what is wanted and put the article's date back: a bad text left in the field
            # looked saved while the file kept the old date.
            self.message.emit(
                self.tr(
                    "“{text}” is not a date; the date stays {date}. Write it as YYYY-MM-DD, "
                    "e.g. 2026-11-25, or YYYY-MM-DDTHH:MM:SS+HH:MM for a time."
                ).format(
                    text=self.date.text(), date=format_date(self._meta.date) or self.tr("empty")
                )
            )
            self.date.setText(format_date(self._meta.date))
            return
        if value != self._meta.date:
            self.field_edited.emit("date", value)
