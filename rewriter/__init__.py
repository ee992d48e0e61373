"""rewriter: raw articles in, publish-ready SEO Markdown out."""

__version__ = "0.1.0"
