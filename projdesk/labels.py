"""The one table that turns the codes the lower layers return into words.

``domain``, ``storage`` and ``sync`` name an unmet rule by its code and parameters; the texts
live here, in Chinese (the source language), each marked for lupdate. The CLI prints them as they
are; the GUI passes each through Qt's translator first (projdesk.ui.labels), so the English
interface reads them in English. No Qt here: the CLI and storage's history notes use it too.
"""

from __future__ import annotations

from collections.abc import Callable

from projdesk.domain.gates import UnmetRule
from projdesk.translatable import QT_TR_NOOP

# Placeholders are ``{name}`` fields of the rule's params, filled after translation.
RULE_TEXTS: dict[str, str] = {
    "budget": QT_TR_NOOP("尚未了解客户预算（步骤 E：填写“预算”）"),
    "key_decision_maker": QT_TR_NOOP("尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）"),
    "project_lead": QT_TR_NOOP("尚未指定项目主管（步骤 J）"),
    "lead_not_listed": QT_TR_NOOP("项目主管“{lead}”不在持证项目主管名单中"),
    "lead_certified": QT_TR_NOOP("项目主管“{lead}”尚未取得营销中心的项目主管认证"),
    "initiation": QT_TR_NOOP("项目立项申请尚未完成（步骤 J 申请立项）"),
    "kdm_support": QT_TR_NOOP("调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”"),
    "implementation_manager": QT_TR_NOOP("项目移交需要技术支持部指定的项目实施经理（步骤 Y）"),
    "bid_review": QT_TR_NOOP("方案提交前，方案须通过总部业务营运部的评审（步骤 R）"),
    "contract_review": QT_TR_NOOP("合同签定前，合同须通过总部评审（步骤 V）"),
    "first_payment": QT_TR_NOOP("合同生效需要首付款到账：请先登记收款"),
}


def _as_is(text: str) -> str:
    return text


def rule_text(rule: UnmetRule, translate: Callable[[str], str] = _as_is) -> str:
    """The rule in words: its text (translated by ``translate``) with its parameters filled in."""
    return translate(RULE_TEXTS[rule.code]).format(**rule.params)


def rule_texts(rules: list[UnmetRule], translate: Callable[[str], str] = _as_is) -> list[str]:
    return [rule_text(rule, translate) for rule in rules]
