"""Every limit on what a file or a field may hold, in one place (the README lists them).

Chosen from what a real shop has: a 快手 shop may list 20,000 products (《商品在架量级等限制说明》)
and its export holds more (off-sale, in review, deleted); a month of a busy shop's orders is tens of
thousands of rows. The limits sit far above that and far below what would freeze or exhaust a
seller's laptop. Past one, an import is refused early with a message that names the limit.
"""

from __future__ import annotations

# Spreadsheets -------------------------------------------------------------------------------------
MAX_FILE_MB = 600                  # any table file, on disk
MAX_ROWS = {                       # data rows per import kind
    "products": 500_000,           # 25 times the largest shop's listing cap
    "aftersale": 300_000,
    "receipts": 300_000,
    "knowledge": 20_000,
    "questions": 20_000,
}
MAX_COLUMNS = 500
MAX_CELL_CHARS = 32_767            # Excel's own limit for one cell
MAX_LINE_CHARS = 1_000_000         # one CSV line (a cell may hold line breaks; a row is one "line" here)
MAX_XLSX_UNCOMPRESSED_MB = 800     # the sheet and its shared strings, unpacked
MAX_XLSX_RATIO = 200               # unpacked : packed, above which a large part is a zip bomb
XLSX_RATIO_CHECK_MB = 50           # (small parts may compress very well)

# Plans and the text checks ------------------------------------------------------------------------
MAX_PLAN_MB = 20                   # a plan file (JSON) on disk
MAX_JSON_DEPTH = 50                # nesting in a plan file
MAX_TEXT_CHARS = 20_000            # any free-text field of a plan (terms, notes)
MAX_LIST_ITEMS = 100_000           # items in one list of a plan (prizes, events, knowledge …)
MAX_QUESTION_CHARS = 500           # a buyer question is cut here before matching
MAX_ENTRY_QUESTION_CHARS = 300     # a knowledge entry's question (or one similar question)
MAX_ENTRY_ANSWER_CHARS = 5_000     # a knowledge entry's answer
MAX_SIMILAR = 200                  # similar questions of one entry

# Plan fields, refused at the edge (core/validate.py, core/values.py, core/jsontext.py) -------------
MIN_YEAR = 2000                    # a time or a date in a plan lies in the years 2000 …
MAX_YEAR = 2100                    # … to 2100: anything else is a typo (and past year 9999 the clocks overflow)
MAX_NUMBER = 10**12                # a count or an amount (yuan) is below a trillion: more is a typo
MAX_QUANTITY = 10**9               # prizes, coupons, wins per user and per-user limits: at most this many
MAX_NUMBER_CHARS = 40              # a number in a plan: at most 40 digits (a 20-digit product id fits)
MAX_STRING_CHARS = MAX_CELL_CHARS  # a text in a plan's rows (products, after-sales …: spreadsheet cells)
MAX_CHECK_FILE_MB = 200            # a file `python -m core check` reads: a plan, or a whole shop's products
                                   # (500,000 products are about 75 MB of JSON)

# Writing what the seller exports
EXCEL_MAX_ROWS = 1_048_576         # Excel's own sheet limit


def rows_limit(kind: str) -> int:
    return MAX_ROWS.get(kind, max(MAX_ROWS.values()))
