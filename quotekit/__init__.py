"""quotekit: who said what, to whom, and on what condition, in news articles.

The one public door. ``import quotekit`` imports neither Stanza nor torch;
the model loads on the first parse.

Example:
    >>> import quotekit
    >>> art = quotekit.parse_article('“We are ready,” Aliyev said.')
    >>> art.quotes[0].speaker.name
    'Aliyev'
"""

from __future__ import annotations

import logging

from ._api import parse_article, parse_articles
from ._version import __version__
from .errors import (
    ExtractorError,
    InvalidInputError,
    MissingExtraError,
    MissingProcessorError,
    ModelLoadError,
    ModelNotFoundError,
    PipelineConfigError,
    QuotekitError,
    QuotekitWarning,
    RegistryError,
)
from .model import (
    Article,
    Condition,
    ConditionKind,
    ErrorRecord,
    Extra,
    Quote,
    QuoteKind,
    Resolution,
    Span,
    Speaker,
    SpeakerKind,
)
from .parsing import ParsedDoc, Parser, read_conllu
from .pipeline import Pipeline
from .plugins import Extractor, available, get, register, unregister
from .serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from .tables import condition_rows, quote_rows, speaker_rows, to_dataframe

__all__ = [
    "Article",
    "Condition",
    "ConditionKind",
    "ErrorRecord",
    "Extra",
    "Extractor",
    "ExtractorError",
    "InvalidInputError",
    "MissingExtraError",
    "MissingProcessorError",
    "ModelLoadError",
    "ModelNotFoundError",
    "ParsedDoc",
    "Parser",
    "Pipeline",
    "PipelineConfigError",
    "Quote",
    "QuoteKind",
    "QuotekitError",
    "QuotekitWarning",
    "RegistryError",
    "Resolution",
    "SCHEMA_VERSION",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "available",
    "condition_rows",
    "from_dict",
    "from_json",
    "get",
    "parse_article",
    "parse_articles",
    "quote_rows",
    "read_conllu",
    "register",
    "speaker_rows",
    "to_dataframe",
    "to_dict",
    "to_json",
    "unregister",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
