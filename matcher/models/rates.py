"""Exchange rates to US dollars, kept by the admin: a buyer's budget in euros or pounds is compared with
providers' dollar budgets at the rate of the day the brief was sent (Brief.usd_rate keeps it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from matcher.models.base import Base, utcnow


class CurrencyRate(Base):
    __tablename__ = "currency_rates"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)  # ISO 4217: EUR, GBP
    usd_per_unit: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(254), default="")
