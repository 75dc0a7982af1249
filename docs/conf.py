"""Sphinx configuration for quotekit (builds offline, warnings are errors in CI)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quotekit  # noqa: E402

project = "quotekit"
author = "quotekit developers"
copyright = "2026, quotekit developers"  # noqa: A001
release = quotekit.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
# intersphinx is left out on purpose: CI builds without network access.
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"quotekit {release}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options: dict[str, object] = {}
napoleon_use_ivar = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
nitpick_ignore_regex = [
    (r"py:class", r".*(Word|Sentence|Entity|ParsedDoc|Parser|Extractor|ExtractorFactory|Registration|attrs\..*|Attribute|T|G|ChainItem|Quotes|ExtraValue|OnError|IO|Any|Iterator|Iterable|Sequence|Mapping|Callable|Literal|TypeAlias|Path|metadata\..*|_Entity|_Parsed|Output|SparkOutput|WorkerConfig|dask\.bag\.Bag|Table|pandas\..*|stanza\..*|Lexicon|ModuleType)"),
    (r"py:obj", r".*"),
    (r"py:data", r".*"),
]
doctest_global_setup = """
import warnings
warnings.simplefilter("ignore")
import quotekit
from quotekit import *
from quotekit.errors import *
from quotekit.model import *
from quotekit.serialize import *
from quotekit.render import *
from quotekit.parsing import *
from quotekit.lexicon import ENGLISH, Lexicon
from quotekit.tables import *
from quotekit.pipeline import check_text
from quotekit._stanza import sanitize, split_for_parsing
from pathlib import Path
SEED = Path(r"%s") / "seeds" / "aliyev_ceasefire.txt"
""" % ROOT
exclude_patterns = ["_build"]


# -- the rules page: generated from the stages' own rule lists -------------------
from docutils import nodes  # noqa: E402
from docutils.parsers.rst import Directive  # noqa: E402
from docutils.statemachine import StringList  # noqa: E402


class QuotekitRules(Directive):
    """``{quotekit-rules}``: each stage of the default chain with its rules in order
    (the same lists ``quotekit rules`` prints and ``disable_rules`` accepts)."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from quotekit.extractors import BUILTINS, CUE_RULE_DOCS, DEFAULT_CHAIN

        lines: list[str] = [
            "**cue** (one decision, read by every stage that asks whether a word is a cue; "
            "``disable_rules`` takes ``cue.<rule>``)",
            "",
        ]
        for k, (rule, doc) in enumerate(CUE_RULE_DOCS.items(), 1):
            lines += [f"{k}. ``cue.{rule}``: " + doc.replace("*", "\\*").replace("`", "'")]
        lines.append("")
        for name in DEFAULT_CHAIN:
            stage = BUILTINS[name]()
            lines += [f"**{name}**", ""]
            for field in ("reads", "reads_if_present", "writes"):
                fields = getattr(stage, field, None)
                if fields:
                    lines += [f"- {field.replace('_', ' ')}: " + ", ".join(f"``{f}``" for f in sorted(fields))]
            lines.append("")
            for k, (rule, doc) in enumerate(stage.rule_docs().items(), 1):
                doc = doc.replace("*", "\\*").replace("`", "'")
                lines += [f"{k}. ``{rule}``: {doc}"]
            lines.append("")
        node = nodes.section()
        node.document = self.state.document
        self.state.nested_parse(StringList(lines, source="quotekit-rules"), self.content_offset, node)
        return list(node.children)


def setup(app: object) -> None:
    app.add_directive("quotekit-rules", QuotekitRules)  # type: ignore[attr-defined]
