"""The app's colours, by what they mean. Text colours keep a contrast of at least 4.5:1 on white
(WCAG AA), so red, amber and green words stay readable on a dim laptop screen."""

ERROR = "#b3261e"        # overdue, refused, an error finding
WARNING = "#8a5a00"      # due soon, a warning finding
OK = "#1b6e3a"           # saved, within the rule
INFO = "#4a5f78"         # an info finding: grey-blue, quieter than a warning
MUTED = "#5f6368"        # secondary text (busy, hints)
QUOTE = "#3c4043"        # a rule's own words under a finding
LINK = "#1a5fb4"         # a link-like button ("展开全文", "撤销")
GREY = "#666666"         # done, disabled, not counted
TEXT = "#202124"

ERROR_BG = "#fdf0ef"     # behind an error card
WARNING_BG = "#fdf6e7"
OK_BG = "#e9f6ec"
INFO_BG = "#f1f4f8"
HIGHLIGHT_BG = "#e8f0fe"  # a mapped column, a selected band
CURRENT_BG = "#e8eef8"    # the selected coupon's row on the coupon timeline
SESSION_BG = "#e3f2e6"    # the live session (开播 to 下播) on the coupon timeline

WHITE = "#ffffff"
BORDER = "#d0d4d9"
GRID = "#d8d8d8"
TRACK = "#e8eaed"         # the empty part of a gauge
TRACK_BG = "#f1f1f1"
BAR = "#3d6fb6"           # a coupon's band on the timeline
BAR_EDGE = "#23508f"
AMBER_BAR = "#e0a030"     # a band that overlaps
AMBER = "#c77800"         # a gauge near its limit
