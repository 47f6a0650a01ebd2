"""Images into articles: pasted from the clipboard (saved as PNG), dropped or chosen files
(copied), always into the article's assets folder and linked with a relative path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from articleeditor.core.assets import is_image, relative_link, store_image
from articleeditor.core.errors import ArticleEditorError
from articleeditor.ui.editor.markdown_editor import MarkdownEditor
from articleeditor.ui.messages import describe

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)"


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _is_prose(text: str) -> bool:
    """True for copied text (words or lines), False for none or a lone URL or file name."""
    return bool(text.strip()) and any(ch.isspace() for ch in text.strip())


class ImageInserter(QObject):
    """Handles pasted and dropped images for an editor whose article path ``article_path()``
    gives (None while the article is unsaved: images need a folder to live in)."""

    def __init__(
        self,
        editor: MarkdownEditor,
        article_path: Callable[[], Path | None],
        report: Callable[[str, str], None],
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.article_path = article_path
        self.report = report
        editor.mime_handlers.append(self.insert_mime)

    def _article(self) -> Path | None:
        path = self.article_path()
        if path is None:
            self.report(
                self.tr("Save the article first"),
                self.tr("Images are stored beside the article, so it needs a file name first."),
            )
        return path

    def insert_mime(self, mime: QMimeData) -> bool:
        """Pasted image data or dropped image files; False for anything else."""
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        images = [f for f in files if is_image(f) and f.is_file()]
        if images:
            return self.insert_files(images) or True
        # Office apps put a picture of copied text next to the text: paste the text then.
        if mime.hasImage() and not _is_prose(mime.text()):
            image = QImage(mime.imageData())
            if not image.isNull():
                self.insert_image(image)
                return True
        return False

    def insert_image(self, image: QImage, name: str = "pasted-image.png") -> Path | None:
        """Save ``image`` as a PNG in the assets folder and link it at the cursor."""
        article = self._article()
        if article is None:
            return None
        try:
            target = store_image(article, name, png_bytes(image))
        except ArticleEditorError as error:
            self.report(self.tr("Image not saved"), describe(error))
            return None
        self._link(target, article, target.stem)
        return target

    def insert_files(self, files: list[Path], alt: str | None = None) -> list[Path]:
        """Copy image files into the assets folder (files already beside the article are
        linked where they are) and link each at the cursor."""
        article = self._article()
        if article is None:
            return []
        placed = []
        for source in files:
            if source.resolve().is_relative_to(article.parent.resolve()):
                target = source
            else:
                try:
                    target = store_image(article, source.name, source.read_bytes())
                except (ArticleEditorError, OSError) as error:
                    self.report(self.tr("Image not copied"), describe(error))
                    continue
            self._link(target, article, alt or source.stem)
            placed.append(target)
        return placed

    def _link(self, target: Path, article: Path, alt: str) -> None:
        selected = self.editor.textCursor().selectedText()
        text = selected if selected and "\u2029" not in selected else alt
        self.editor.formatter.insert_link(text, relative_link(target, article), image=True)

    def choose_and_insert(self, parent: QWidget) -> None:
        """The Insert Image command: pick a file, give alt text, insert."""
        article = self._article()
        if article is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Insert Image"), str(article.parent), IMAGE_FILTER
        )
        if not path:
            return
        alt, ok = QInputDialog.getText(
            parent,
            self.tr("Insert Image"),
            self.tr("Description (alt text):"),
            text=Path(path).stem,
        )
        if not ok:
            return
        self.insert_files([Path(path)], alt.strip() or None)
