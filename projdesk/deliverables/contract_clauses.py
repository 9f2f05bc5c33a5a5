"""The contract's payment clauses, made from the payment records so names and triggers agree.

A milestone's name says what it pays for (首付款, 到货款, 初验款, 终验款, 质保金); the clause
states the event that makes it due in the same words, so an 初验款 never reads "终验后". The
warranty runs from the final acceptance (终验), and the retention (质保金) falls due when that
warranty ends: both clauses of the template say so, and the trigger here agrees with them.
"""

from __future__ import annotations

from decimal import Decimal

from projdesk.domain.money import capitals_phrase, format_yuan

__all__ = ["payment_clause", "payment_trigger"]

# (words in the milestone name, the event that makes it due). The first match wins, so the more
# specific names come first (终验款 before 验收款).
_TRIGGERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("首付", "预付", "签约", "签订"), "本合同生效后 10 个工作日内"),
    (("到货", "发货", "交货"), "全部货物到货并经双方开箱验收合格后 15 个工作日内"),
    (("初验", "上线", "试运行"), "系统通过初步验收（初验）并签署初验报告后 15 个工作日内"),
    (("终验", "验收", "竣工"), "系统通过最终验收（终验）并签署验收报告后 15 个工作日内"),
    (
        ("质保", "尾款", "保证金"),
        # the period is the 质保与维护 clause's (our promise in step Q): stated there once
        "质保期届满且无未决质量问题后 15 个工作日内",
    ),
)


def payment_trigger(milestone: str) -> str:
    """The event that makes a milestone due, in the contract's words (empty when the name says none)."""
    for words, trigger in _TRIGGERS:
        if any(word in milestone for word in words):
            return trigger
    return ""


def payment_clause(no: int, milestone: str, amount: Decimal, ratio: str, due: str) -> str:
    """One payment clause: what, when, how much (figures and capitals once)."""
    trigger = payment_trigger(milestone) or (f"于 {due} 前" if due else "按双方书面确认的节点")
    share = f"，即合同总价的 {ratio}" if ratio else ""
    return (
        f"第 {no} 期 {milestone}：{trigger}，甲方向乙方支付{capitals_phrase(amount)}"
        f"（小写：￥{format_yuan(amount)}）{share}。"
    )
