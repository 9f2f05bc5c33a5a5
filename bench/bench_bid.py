"""Full bid generation time (budget: < 0.5 s) next to baselines measured in the same run.

    python bench/bench_bid.py

Baselines: a one-paragraph docxtpl render (the floor of any Word document) and the research report.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from projdesk.deliverables.render_docx import render_docx  # noqa: E402
from projdesk.deliverables.service import generate  # noqa: E402
from projdesk.demo.generate import generate_demo  # noqa: E402
from projdesk.storage.services import Services  # noqa: E402

BUDGET = 0.5
RUNS = 7


def timed(func, runs: int = RUNS) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), max(samples)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = Services.open(folder / "bench.db")
        generate_demo(services, count=300, seed=7)
        opp = next(
            c.id
            for c in services.opportunities.list()
            if c.stage == 9 and services.opportunities.detail(c.id).quotes
        )
        detail = services.opportunities.detail(opp)
        quote_lines = max(len(q.lines) for q in detail.quotes)
        tiny = folder / "tiny.docx"
        doc = Document()
        doc.add_paragraph("{{ customer.name }}")
        doc.save(str(tiny))
        generate(services, opp, "bid", folder=folder)  # warm imports and caches
        floor = timed(lambda: render_docx(tiny, {"customer": {"name": "客户"}}, folder / "tiny-out.docx"))
        research = timed(lambda: generate(services, opp, "research", folder=folder))
        bid = timed(lambda: generate(services, opp, "bid", folder=folder))
        services.close()
    print(f"bid for {detail.customer.name} / {detail.summary.name} ({quote_lines} quote lines), {RUNS} runs")
    print(
        f"  one-paragraph docxtpl render (floor): median {floor[0] * 1000:6.0f} ms  max {floor[1] * 1000:6.0f} ms"
    )
    print(
        f"  research report (baseline):           median {research[0] * 1000:6.0f} ms  max {research[1] * 1000:6.0f} ms"
    )
    print(
        f"  full bid (generate + record):         median {bid[0] * 1000:6.0f} ms  max {bid[1] * 1000:6.0f} ms"
    )
    verdict = "OK" if bid[1] < BUDGET else "OVER BUDGET"
    print(f"  budget {BUDGET * 1000:.0f} ms: {verdict}")
    return 0 if bid[1] < BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
