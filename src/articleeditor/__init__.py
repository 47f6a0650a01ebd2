"""ArticleEditor: write, preview and publish science-news articles to static sites."""

__version__ = "0.1.0"
APP_NAME = "ArticleEditor"
ORGANIZATION = "ArticleEditor"
