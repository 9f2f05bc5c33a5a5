"""Money helpers: parsing what a salesperson types, 万元 display, amounts in capitals (大写).

Amounts are :class:`~decimal.Decimal` yuan with two decimals, never float; the database keeps
them as integer fen (:func:`to_fen` / :func:`from_fen`) and JSON as text (:func:`amount_text`).
:data:`MAX_AMOUNT` is the one bound every layer checks: the parser here, the CLI and the GUI
(which parse through :func:`parse_money`), the column type and the snapshot reader. The capitals follow
the People's Bank of China rules as laid out in ``DOCUMENTS.md``, in one consistent style:

* an internal run of zeros in the integer part is written as one 零, also across the 万 and
  亿 boundaries (壹佰万零伍仟, 壹拾万零柒仟);
* after 元, 零 is written only when 角 is 0 and 分 is not (壹万零贰拾元零柒分); a 0 元 digit
  before a non-zero 角 gets no 零 (壹佰万零伍仟元伍角整), as the worked examples show;
* 整 follows 元 or 角, never 分; 壹 is kept before 拾 (壹拾万).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from projdesk import labels
from projdesk.domain.errors import InvalidInput

__all__ = [
    "MAX_AMOUNT",
    "MAX_QUANTITY",
    "WAN",
    "amount_text",
    "capitals_phrase",
    "format_wan",
    "format_yuan",
    "from_fen",
    "is_amount_text",
    "legacy_hundredths",
    "parse_money",
    "parse_quantity",
    "to_capitals",
    "to_fen",
    "wan_to_yuan",
    "yuan_to_wan",
]

CENT = Decimal("0.01")
WAN = Decimal(10000)  # yuan in one 万
_YI = 10**8

# The largest amount anyone may enter, store, export or import: 9999亿… yuan, far above any
# contract, and as integer fen (10^15) exact in every integer column and in a double.
MAX_AMOUNT = Decimal("9999999999999.99")
# Quote-line quantities: two decimals, as the first schema's Numeric(12, 2) allowed.
MAX_QUANTITY = Decimal("9999999999.99")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")

_UNIT_SUFFIXES: tuple[tuple[str, Decimal], ...] = (
    ("万元", WAN),
    ("亿元", Decimal(_YI)),
    ("万", WAN),
    ("亿", Decimal(_YI)),
    ("元", Decimal(1)),
)
# What the first version wrote as text: up to 16 digits and 6 places, ASCII only.
_LEGACY_TEXT = re.compile(r"-?[0-9]{1,16}(?:\.[0-9]{1,6})?", re.ASCII)
_PREFIXES = ("人民币", "RMB", "CNY", "¥")
# ASCII digits only: ``\d`` also takes Arabic-Indic and other scripts' digits, which Decimal
# would then read. Thousands separators only between whole groups of three ("1,2,3" is refused).
_NUMBER = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+", re.ASCII)


def _quantize(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(
    text: str | int | float | Decimal | None,
    *,
    label: str = labels.FIELD_TEXTS["amount"],
    bare_unit: Decimal = Decimal(1),
) -> Decimal | None:
    """Parse an amount in yuan; blank or ``None`` gives ``None``.

    Accepts ``1200000``, ``1,200,000.50``, ``120万``, ``1.5万元``, ``¥1,000``,
    ``人民币 3000 元`` and full-width digits (``１２０``, which NFKC turns into ASCII). A number
    with neither prefix nor unit is counted in ``bare_unit`` yuan (a sheet's 万元 column passes
    10000). The result is rounded half-up to the cent. Anything else, a negative amount or one
    beyond :data:`MAX_AMOUNT` raises :class:`InvalidInput` naming ``label``.
    """
    error = InvalidInput.coded("amount_invalid", field=label, value=text)
    if text is None:
        return None
    if isinstance(text, bool):
        raise error
    value: Decimal
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(repr(text))  # nan/inf become non-finite Decimals, refused below
    elif isinstance(text, str):
        parsed = _parse_text(text, bare_unit)
        if parsed is None:
            if text.strip():
                raise error
            return None
        value = parsed
    else:
        raise error
    too_large = InvalidInput.coded("amount_over_limit", field=label, limit=f"{MAX_AMOUNT:,}", value=text)
    return _bounded(value, MAX_AMOUNT, error, too_large)


def is_amount_text(text: str) -> bool:
    """Whether ``text`` is written as an amount (``80万``, ``1,200,000``), whatever its size:
    an amount above the bound is still an amount, to be refused by :func:`parse_money`, not
    read as part of a name."""
    parsed = _parse_text(text, Decimal(1))
    return parsed is not None and parsed.is_finite()


def parse_quantity(text: str | int | Decimal, *, label: str = labels.FIELD_TEXTS["quantity"]) -> Decimal:
    """A quote line's quantity: a positive number with at most :data:`MAX_QUANTITY`, to 0.01."""
    error = InvalidInput.coded("number_invalid", field=label, value=text)
    if isinstance(text, bool):
        raise error
    if isinstance(text, str):
        import unicodedata

        cleaned = unicodedata.normalize("NFKC", text).strip()
        if not _NUMBER.fullmatch(cleaned):
            raise error
        value = Decimal(cleaned.replace(",", ""))
    elif isinstance(text, int | Decimal):
        value = Decimal(text)
    else:
        raise error
    if value.is_finite() and value <= 0:
        raise InvalidInput.coded("quantity_not_positive", field=label, value=text)
    too_large = InvalidInput.coded("quantity_over_limit", field=label, limit=f"{MAX_QUANTITY:,}", value=text)
    return _bounded(value, MAX_QUANTITY, error, too_large)


def _bounded(value: Decimal, bound: Decimal, invalid: InvalidInput, too_large: InvalidInput) -> Decimal:
    """``value`` to the cent, refusing non-finite, negative and above-``bound`` numbers."""
    if not value.is_finite() or value < 0:
        raise invalid
    try:
        result = _quantize(value)
    except InvalidOperation:  # more digits than the context holds: far above any bound
        raise too_large from None
    if result > bound:
        raise too_large
    return result + Decimal("0.00")  # normalise -0.00 to 0.00


def _parse_text(text: str, bare_unit: Decimal) -> Decimal | None:
    """The Decimal in ``text``; ``None`` when blank; ``Decimal('NaN')`` when it is not an amount."""
    import unicodedata  # here, not at the top: the GUI's first paint formats amounts, never parses

    cleaned = unicodedata.normalize("NFKC", text)
    cleaned = "".join(ch for ch in cleaned if not ch.isspace()).replace("￥", "¥")
    if not cleaned:
        return None
    factor = bare_unit
    upper = cleaned.upper()
    for prefix in _PREFIXES:
        if upper.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
            factor = Decimal(1)
            break
    for suffix, multiplier in _UNIT_SUFFIXES:
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)]
            factor = multiplier
            break
    if not _NUMBER.fullmatch(cleaned):
        return Decimal("NaN")
    return Decimal(cleaned.replace(",", "")) * factor


def to_fen(amount: Decimal | int, bound: Decimal = MAX_AMOUNT) -> int:
    """An amount (a Decimal, or a whole int such as a query's ``> 0``) as integer hundredths,
    exactly; anything that would need rounding is refused.

    The storage column calls this: values reach it already parsed (to the cent, within the
    bound), so a value that is not is a programming error, never a reason to round silently.
    A float is refused outright: it has already lost the cents this type exists to keep.
    """
    if type(amount) is int:
        amount = Decimal(amount)
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise TypeError(f"not a Decimal amount: {amount!r}")
    hundredths = amount.scaleb(2)
    if hundredths != hundredths.to_integral_value() or not -bound <= amount <= bound:
        raise ValueError(f"not an amount to the cent within {bound}: {amount!r}")
    return int(hundredths)


def from_fen(hundredths: int) -> Decimal:
    """Integer hundredths back as a Decimal with two places: ``150`` → ``Decimal("1.50")``."""
    return Decimal(hundredths).scaleb(-2)


def amount_text(amount: Decimal) -> str:
    """The exchange form of an amount (JSON, snapshots): plain ASCII text with two places."""
    return f"{amount:.2f}"


def legacy_hundredths(value: float | int | str | Decimal) -> int:
    """An amount the first version stored (a REAL, or a JSON number or text in a v1 snapshot)
    as integer hundredths: exact from the shortest text of the number, half-even to the cent.

    ``repr`` of a double is the shortest text that reads back as the same double, i.e. what the
    user typed (``820000.5``), not its binary expansion; the old ``Numeric(16, 2)`` column and
    the v1 writer both rounded half-even, so this keeps every cent they showed.
    """
    if isinstance(value, bool):
        raise ValueError(f"not an amount: {value!r}")
    if isinstance(value, float):
        value = repr(value)
    elif isinstance(value, str) and not _LEGACY_TEXT.fullmatch(value):
        raise ValueError(f"not an amount: {value!r}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return int(number.quantize(CENT, rounding=ROUND_HALF_EVEN).scaleb(2))


def _four(n: int) -> str:
    """Capitals for 1..9999, internal zero runs as one 零, trailing zeros dropped."""
    out: list[str] = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(out)


def _join(high: str, unit: str, high_value: int, low: int, low_width: int, spell_low: str) -> str:
    if low == 0:
        return high + unit
    # A zero digit sits between the last non-zero digit of ``high`` and the first of ``low``.
    zero = high_value % 10 == 0 or low < 10 ** (low_width - 1)
    return high + unit + ("零" if zero else "") + spell_low


def _integer(n: int) -> str:
    """Capitals for a positive integer below 10^16."""
    if n >= _YI:
        high, low = divmod(n, _YI)
        return _join(_integer(high), "亿", high, low, 8, _integer(low) if low else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return _join(_four(high), "万", high, low, 4, _four(low) if low else "")
    return _four(n)


def to_capitals(amount: Decimal) -> str:
    """``人民币…元整`` for an amount in yuan (rounded half-up to the cent), as ``DOCUMENTS.md`` prescribes."""
    if not isinstance(amount, Decimal):  # tolerate int/str from loose callers
        try:
            amount = Decimal(str(amount))
        except InvalidOperation:
            raise InvalidInput.coded("capitals_not_a_number", value=amount) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput.coded("capitals_negative", value=amount)
    cents = int(_quantize(amount) * 100)
    if cents > int(MAX_AMOUNT * 100):
        raise InvalidInput.coded("capitals_too_large", value=amount)
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)

    if yuan == 0 and rest == 0:
        return "人民币零元整"
    parts = ["人民币"]
    if yuan:
        parts.append(_integer(yuan) + "元")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
        parts.append(_DIGITS[fen] + "分" if fen else "整")
    elif fen:
        parts.append(("零" if yuan else "") + _DIGITS[fen] + "分")
    else:
        parts.append("整")
    return "".join(parts)


def capitals_phrase(amount: Decimal) -> str:
    """``人民币（大写）：壹佰贰拾万元整``: the label after the currency, the currency named once."""
    return "人民币（大写）：" + to_capitals(amount).removeprefix("人民币")


def yuan_to_wan(amount: Decimal) -> Decimal:
    """Yuan to 万元, exact (no rounding)."""
    return amount / WAN


def wan_to_yuan(wan: Decimal) -> Decimal:
    """万元 to yuan, rounded half-up to the cent."""
    return _quantize(wan * WAN)


def format_wan(amount: Decimal | None) -> str:
    """Yuan shown as 万元 with two decimals and no separators: ``Decimal("1234567")`` → ``"123.46"``."""
    if amount is None:
        return ""
    return f"{_quantize(yuan_to_wan(amount)):.2f}"


def format_yuan(amount: Decimal) -> str:
    """Yuan with thousands separators and two decimals: ``"1,200,000.00"``."""
    return f"{_quantize(amount):,.2f}"
