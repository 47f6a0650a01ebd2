"""ArticleEditor: write, preview and publish science-news articles to static sites."""

__version__ = "0.1.0"
APP_NAME = "ArticleEditor"
ORGANIZATION = "ArticleEditor"
# Reverse-DNS id: the desktop file, AppStream metadata and Wayland app id share it.
APP_ID = "io.github.articleeditor.ArticleEditor"
