"""Imported by ``spacy train --code``: registers the factories the recipe's pipelines use
(HuSpaCy's lookup lemmatiser, the reader's safe lookup lemmatiser and stem fix)."""

import huspacy.components  # noqa: F401

import reader.components  # noqa: F401
