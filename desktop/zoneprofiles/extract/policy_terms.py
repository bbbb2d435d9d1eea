"""Whether a number is a term of a policy rather than a zone's figure.

"给予最高300万元一次性奖励", "按包车费用的50%补贴", "对年产值增量5000万元以上的企业，
给予…": the amounts, rates and thresholds a policy sets. They belong to the
policy's item; listed as a zone's key figures they read as if the zone had
earned 300万元. Money already paid out (累计兑现奖补资金2.3亿元) is a figure.
"""
from __future__ import annotations

import re

from .quantities import Quantity

_REWARD = r"给予|予以|奖励|补贴|补助|资助|奖补|扶持资金|贴息|支持资金|一次性|最高可获|最高可享"
_REWARD_RE = re.compile(_REWARD)
# money counted as spent or received is a result, not a term
_PAID_RE = re.compile(r"兑现|发放|拨付|落实|累计|获得|获批|争取到|下达|投入|安排|撬动|带动|减免|惠及|共计")
_CAP_RE = re.compile(r"最高|不超过|上限|最多|每(?:家|个|户|人|年|项|平方米|亩|台|套)|按(?!照)|按照")
_REWARD_AFTER_RE = re.compile(rf"^[^，,；;。]{{0,8}}?(?:{_REWARD})")
# an amount with its bound (2000万元人民币以上的, 2亿元(含)以上的): a condition when an award follows
_BOUND_RE = re.compile(r"^\s*(?:人民币)?\s*(?:（含）|\(含\))?\s*(?:及以上|以上|以下)的")
_CLAUSE_SPLIT = re.compile(r"[，,；;。！!？?]")
# a condition clause: 对…的企业 / 凡…的 / 年…达到…的, followed by the award
_CONDITION_RE = re.compile(r"(?:^|[，,；;：:)）、])\s*(?:对于?|凡|对首次|首次|新认定|经认定)")


# a count of a policy's own parts: 分为1个民营经济品牌政策、3个产业专项政策
_PARTS_RE = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:政策|措施|举措|条款)(?:[和及与、]|(?![\u4e00-\u9fff]))")
_PART_UNITS = ("个", "项", "条", "类")


def _last_clause(text: str) -> str:
    parts = _CLAUSE_SPLIT.split(text)
    return parts[-1] if parts else text


def _first_clause(text: str) -> str:
    m = _CLAUSE_SPLIT.search(text)
    return text[:m.start()] if m else text


def is_policy_term(before: str, after: str, q: Quantity) -> bool:
    """`before`: the sentence up to the number (and what leads into it);
    `after`: the rest of the sentence."""
    clause_b = _last_clause(before)
    clause_a = _first_clause(after)
    if q.unit in _PART_UNITS and _PARTS_RE.match(after):
        return True
    if _PAID_RE.search(clause_b):
        return False
    if _REWARD_RE.search(clause_b[-10:]):
        return True  # 给予300万元, 奖励资金50万元
    if _REWARD_AFTER_RE.match(clause_a):
        return True  # 300万元一次性奖励, 50%补贴
    if _CAP_RE.search(clause_b[-16:]) and _REWARD_RE.search(clause_b + clause_a):
        return True
    if _BOUND_RE.match(after) and _REWARD_RE.search(after[:100]):
        return True  # 投资额达到2000万元人民币以上的…项目，按…给予补助: the bar the award sets
    cond = None
    for cond in _CONDITION_RE.finditer(before):
        pass
    if cond is not None and not _REWARD_RE.search(before, cond.end()) and _REWARD_RE.search(after[:80]):
        return True  # 对…且在一季度实现5000万元以上产值增量的企业，给予…
    return False
