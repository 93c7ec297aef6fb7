"""合规体检报告: for a shop (or every shop), each saved plan with its findings as of now and the rule
each one quotes (title, announcement, date, clause), the product snapshot, the board's open items, the
rule pack's version and date, and when the report was made; rendered as one self-contained HTML page
(inline CSS, no scripts, nothing fetched) that reads well on screen and printed on A4.

    build(store, pack, as_of, shop)  -> HealthReport   (shop None: every shop)
    render(report)                   -> str (HTML)

The listing check is not run again for the report (200,000 products take seconds): the snapshot is
summed up from what is kept (its size, when it was imported, the migration deadline the board keeps).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from . import __version__
from .board import Board, BoardItem, is_soon, load, plan_labels
from .checks import ALL_KINDS
from .deadlines import SOURCES
from .engine import KindNotAvailable, check
from .errors import InputError
from .products import snapshot_info
from .report import SEVERITY_ORDER, Finding
from .rulepack import RulePack
from .store import PLATFORMS, SHOP_TYPES, Shop, Store
from .values import BEIJING, duration_text

KIND_ZH = {"lottery": "0元抽奖", "trial": "保证金与试运营", "coupon": "定时优惠券", "challenge": "1212挑战赛",
           "bot": "客服机器人", "aftersale": "售后时效"}
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}
ITEMS_LISTED = 100  # open items listed per shop (the board and the calendar have them all)
MESSAGES_LISTED = 20  # findings listed per rule and plan; the rest are counted
# Border, spacing and width as attributes as well as CSS: Qt's rich text (the app's preview and print)
# reads these, browsers the CSS.
TABLE = ('<table border="1" cellspacing="0" cellpadding="4" width="100%" '
         'style="border-color: #d0d4d9; border-collapse: collapse">')
FONTS = ('"Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
         '"Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun", "宋体", sans-serif')


@dataclass(frozen=True)
class PlanResult:
    kind: str
    name: str
    plan_id: int
    updated_at: str | None
    findings: list[Finding]  # errors first, then warnings, then notes
    error: str | None = None  # the plan could not be checked: why (field: message)
    label: str = ""  # when it was saved, as the board tells plans of one name apart (core.board.plan_labels)
    number: int | None = None  # its number, where even the time does not tell them apart

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


@dataclass(frozen=True)
class ShopResult:
    shop: Shop
    plans: list[PlanResult]
    products: dict[str, Any] | None  # {imported_at, source, products} of the last import, or None
    open_items: list[BoardItem]
    problems: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(p.count(severity) for p in self.plans)


@dataclass(frozen=True)
class HealthReport:
    made_at: datetime  # when the report was made
    as_of: datetime  # the moment the plans were checked at (the rules in force then, the clocks then)
    pack_version: str
    pack_date: str  # YYYY-MM-DD, or ""
    app_version: str
    shops: list[ShopResult]


def pack_date(pack: RulePack) -> str:
    """The date of the rule pack: pack.toml's `date`, else the date its version starts with."""
    made = getattr(pack, "date", None)
    if isinstance(made, date):
        return made.isoformat()
    match = re.match(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})", pack.version)
    if match:
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return ""
    return ""


def _plans(store: Store, shop: Shop, pack: RulePack, as_of: datetime) -> list[PlanResult]:
    results = []
    for kind in ALL_KINDS:
        if kind == "listing":
            continue
        for row in store.plans(shop.id, kind):
            full = store.plan(row["id"])
            data = dict(full["data"]) if isinstance(full["data"], dict) else {}
            data["shop"] = {**(data.get("shop") or {}), **shop.as_contract()}
            try:
                report = check(kind, data, as_of, pack)
            except KindNotAvailable:
                break
            except InputError as exc:
                results.append(PlanResult(kind, full["name"], full["id"], full["updated_at"], [],
                                          f"{exc.field}：{exc.message}"))
                continue
            findings = sorted(report.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9))
            results.append(PlanResult(kind, full["name"], full["id"], full["updated_at"], findings))
    labels = plan_labels(((shop.id, p.kind, p.name, p.plan_id, p.updated_at) for p in results), as_of)
    return [replace(p, label=labels[(shop.id, p.kind, p.plan_id)][0], number=labels[(shop.id, p.kind, p.plan_id)][1])
            for p in results]


def build(store: Store, pack: RulePack, as_of: datetime, shop: Shop | None = None,
          made_at: datetime | None = None) -> HealthReport:
    """The report of one shop, or of every shop (shop None), with plans checked as of `as_of`."""
    shops = [shop] if shop is not None else store.shops()
    results = []
    for one in shops:
        board: Board = load(store, pack, as_of, one)
        info = snapshot_info(store, one.id) if one.id is not None else None
        results.append(ShopResult(one, _plans(store, one, pack, as_of), info, board.open_items, board.problems))
    return HealthReport(made_at or datetime.now(BEIJING), as_of, pack.version, pack_date(pack), __version__, results)


# HTML ----------------------------------------------------------------------------------------------
def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _time(moment: datetime) -> str:
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


def _stamp(text: str | None) -> str:
    if not text:
        return ""
    try:
        return _time(datetime.fromisoformat(text))
    except ValueError:
        return text


CSS = f"""
@page {{ size: A4; margin: 16mm 14mm 16mm 14mm; }}
body {{ font-family: {FONTS}; font-size: 10.5pt; line-height: 1.5; color: #202124; background: #ffffff;
        margin: 0 auto; max-width: 190mm; }}
h1 {{ font-size: 18pt; margin: 0 0 4pt 0; }}
h2 {{ font-size: 14pt; margin: 14pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #3d6fb6; }}
h3 {{ font-size: 12pt; margin: 12pt 0 3pt 0; page-break-after: avoid; }}
h4 {{ font-size: 11pt; margin: 9pt 0 2pt 0; page-break-after: avoid; }}
p {{ margin: 2pt 0 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 2pt 0 6pt 0; }}
th, td {{ border: 0.75pt solid #d0d4d9; padding: 3pt 5pt; vertical-align: top; text-align: left; }}
th {{ background-color: #f1f3f4; font-weight: bold; }}
tr {{ page-break-inside: avoid; }}
.meta td {{ border: none; padding: 1pt 8pt 1pt 0; }}
.muted {{ color: #5f6368; }}
.ok {{ color: #1b6e3a; }}
.error {{ color: #b3261e; font-weight: bold; }}
.warning {{ color: #8a5a00; font-weight: bold; }}
.info {{ color: #1f4e8c; }}
.quote {{ color: #5f6368; font-size: 9.5pt; }}
.shop {{ page-break-before: always; }}
.first {{ page-break-before: auto; }}
.foot {{ margin-top: 16pt; color: #5f6368; font-size: 9pt; }}
"""


def _meta(report: HealthReport, title: str) -> str:
    rows = [("报告对象", title), ("生成时间", f"{_time(report.made_at)}（北京时间）")]
    if abs((report.as_of - report.made_at).total_seconds()) > 60:
        rows.append(("检查时点", f"{_time(report.as_of)}（按此时生效的规则与时限）"))
    pack = f"版本 {report.pack_version}" + (f"（{report.pack_date}）" if report.pack_date else "")
    rows += [("规则包", pack), ("小店合规助手", report.app_version)]
    return ('<table class="meta" cellspacing="0" cellpadding="1">'
            + "".join(f'<tr><td width="110"><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>' for k, v in rows)
            + "</table>")


def _left(item: BoardItem, now: datetime) -> str:
    if item.state == "snoozed" and item.snoozed_until is not None:
        return f"已延后至 {_time(item.snoozed_until)}"
    if not item.is_deadline:
        return "现在可以" if item.due <= now else f"{duration_text(item.due - now)}后"
    if item.overdue:
        return f"已超时 {duration_text(now - item.due)}"
    return f"还剩 {duration_text(item.due - now)}"


def _items(result: ShopResult, now: datetime) -> str:
    if not result.open_items:
        return '<p class="ok">没有待办的时限。</p>'
    rows = []
    for item in result.open_items[:ITEMS_LISTED]:
        css = "error" if item.state == "open" and item.is_deadline and item.overdue else (
            "warning" if item.state == "open" and is_soon(item, now) else "")
        left = f'<span class="{css}">{_e(_left(item, now))}</span>' if css else _e(_left(item, now))
        rows.append(
            f"<tr><td>{_e(_time(item.due))}</td><td>{left}</td><td>{_e(item.what)}</td>"
            f"<td>{_e(SOURCES.get(item.source, item.source))}<br><span class=\"muted\">{_e(item.where_text())}</span></td>"
            f"<td>{_e(item.rule_title)}" + (f"<br><span class=\"quote\">{_e(item.rule_source)}</span>" if item.rule_source else "")
            + "</td></tr>")
    more = len(result.open_items) - ITEMS_LISTED
    rest = (f'<p class="muted">另有 {more} 项（最晚 {_e(_time(max(i.due for i in result.open_items[ITEMS_LISTED:])))}'
            " 到期）未列出：完整列表见程序的“时限看板”，或导出到日历。</p>") if more > 0 else ""
    return (f"{TABLE}<tr><th style=\"width:17%\">到期（北京时间）</th><th style=\"width:15%\">剩余</th>"
            "<th>要做的事</th><th style=\"width:20%\">来自</th><th style=\"width:24%\">规则</th></tr>"
            + "".join(rows) + "</table>" + rest)


def _group(findings: list[Finding]) -> str:
    """One row per rule (and severity): what was found, the rule and its quote once."""
    first = findings[0]
    source = first.source or {}
    quote = source.get("quote", "")
    basis = (f"{_e(first.title or first.rule)}<br>"
             f"<span class=\"quote\">《{_e(source.get('title', ''))}》{_e(source.get('date', ''))}"
             + (f"：“{_e(quote)}”" if quote else "") + "</span>")
    messages = "<br>".join(("• " if len(findings) > 1 else "") + _e(f.message) for f in findings[:MESSAGES_LISTED])
    if len(findings) > MESSAGES_LISTED:
        messages += f'<br><span class="muted">另有 {len(findings) - MESSAGES_LISTED} 条同类问题，见程序中的检查结果。</span>'
    return (f"<tr><td class=\"{_e(first.severity)}\">{_e(SEVERITY_ZH.get(first.severity, first.severity))}"
            + (f"<br>{len(findings)} 条" if len(findings) > 1 else "") + f"</td><td>{messages}</td><td>{basis}</td></tr>")


def _plan(plan: PlanResult, now: datetime) -> str:
    updated = (f"{plan.label} 更新" if plan.label else "") + (f" · 编号 {plan.number}" if plan.number is not None else "")
    head = (f"<h4>{_e(KIND_ZH.get(plan.kind, plan.kind))} · {_e(plan.name)}"
            + (f" <span class=\"muted\">（{_e(updated)}）</span>" if updated else "") + "</h4>")
    if plan.error is not None:
        return head + f'<p class="error">无法检查：{_e(plan.error)}。请在程序中改正后再出报告。</p>'
    if not plan.findings:
        return head + '<p class="ok">未发现问题。</p>'
    counts = "，".join(f"{SEVERITY_ZH[s]} {plan.count(s)} 条" for s in ("error", "warning", "info") if plan.count(s))
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in plan.findings:
        groups.setdefault((finding.severity, finding.rule), []).append(finding)
    return (head + f"<p>{_e(counts)}</p>"
            f"{TABLE}<tr><th style=\"width:8%\">级别</th><th style=\"width:47%\">问题</th><th>依据（规则、公告与原文）</th></tr>"
            + "".join(_group(found) for found in groups.values()) + "</table>")


def _products(result: ShopResult) -> str:
    info = result.products
    if info is None:
        return ""
    listing = [i for i in result.open_items if i.source == "listing"]
    line = f"共 {int(info.get('products') or 0):,} 件商品，{_e(_stamp(info.get('imported_at')))} 导入"
    if info.get("source"):
        line += f"（{_e(info['source'])}）"
    todo = "；".join(_e(i.what) + f"，截止 {_e(_time(i.due))}" for i in listing) or "没有须迁移类目的商品"
    return (f"<h4>类目迁移 · 商品快照</h4><p>{line}。{todo}。</p>"
            "<p class=\"quote\">逐件商品的检查结果见程序的“类目迁移”页。</p>")


def _shop(result: ShopResult, report: HealthReport, first: bool) -> str:
    shop = result.shop
    now = report.as_of
    errors, warnings = result.count("error"), result.count("warning")
    overdue = sum(1 for i in result.open_items if i.state == "open" and i.is_deadline and i.overdue)
    kind = f"{PLATFORMS.get(shop.platform, shop.platform)} · {SHOP_TYPES.get(shop.shop_type, shop.shop_type)}"
    summary = (f"{TABLE}<tr><th>已保存的方案</th><th>错误</th><th>提醒</th><th>待办时限</th><th>其中已超时</th></tr>"
               f"<tr><td>{len(result.plans)}</td><td class=\"{'error' if errors else 'ok'}\">{errors}</td>"
               f"<td class=\"{'warning' if warnings else 'ok'}\">{warnings}</td><td>{len(result.open_items)}</td>"
               f"<td class=\"{'error' if overdue else 'ok'}\">{overdue}</td></tr></table>")
    parts = [f'<div class="{"shop first" if first else "shop"}">',
             f"<h2>{_e(shop.name)} <span class=\"muted\">（{_e(kind)}）</span></h2>", summary,
             "<h3>待办时限</h3>", _items(result, now)]
    if result.problems:
        parts.append('<p class="warning">以下方案有填写错误，时限未计入：' + _e("；".join(result.problems)) + "</p>")
    parts.append("<h3>方案检查结果</h3>" if result.plans or result.products else "")
    parts += [_plan(p, now) for p in result.plans]
    parts.append(_products(result))
    if not result.plans and result.products is None:
        parts.append('<p class="muted">这个店铺还没有保存的方案。</p>')
    parts.append("</div>")
    return "".join(parts)


def render(report: HealthReport) -> str:
    """The report as one self-contained HTML page (every text escaped)."""
    if len(report.shops) == 1:
        title = report.shops[0].shop.name
    else:
        title = f"全部店铺（{len(report.shops)} 个）"
    body = "".join(_shop(result, report, i == 0) for i, result in enumerate(report.shops))
    if not report.shops:
        body = '<p class="muted">还没有店铺。</p>'
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{_e('合规体检报告 · ' + title)}</title><style>{CSS}</style></head><body>"
            f"<h1>合规体检报告</h1>{_meta(report, title)}{body}"
            "<p class=\"foot\">本报告由小店合规助手在本机按平台公布的规则生成，供自查使用；"
            "每条结果均引用规则原文与公告日期，请以平台后台的最新规则为准。</p>"
            "</body></html>\n")
