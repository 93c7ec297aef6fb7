"""Free text against rules: folding, jieba words, clauses, concepts with their roles, negations.

Pure Python (no Qt). The checks of lottery terms, prize titles, spoken text and the bot's answers
use it; the words, classes and patterns are data in the rule pack (see core.text.rules).
"""

from .fold import Folded, fold, fold_char, simplified
from .pack import pack_words, scanner
from .rules import Hit, Scanner, Spec, SpecError, clauses, spec_from_params
from .segment import Segmenter, warm_up

__all__ = [
    "Folded", "Hit", "Scanner", "Segmenter", "Spec", "SpecError", "clauses", "fold", "fold_char",
    "pack_words", "scanner", "simplified", "spec_from_params", "warm_up",
]
