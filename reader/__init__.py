"""A desktop reader for Hungarian news: who is in an article and who claims what."""

__version__ = "0.1.0"
