"""The baseline page of benchmark 4: a minimal Reflex counter (a button and a number), in the
same app build as the product's pages. Registered by prm/app.py only when PRM_BENCH_PAGES=1
(the benchmarks set it), at /bench/counter, linked from nowhere; a normal build has no such page."""

from __future__ import annotations

import reflex as rx

ROUTE = "/bench/counter"
ENV_FLAG = "PRM_BENCH_PAGES"


class BenchCounterState(rx.State):
    count: int = 0

    @rx.event
    def increment(self):
        self.count += 1


def counter_page() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.heading("Counter", size="5"),
            rx.text(BenchCounterState.count, id="bench-count", size="7"),
            rx.button("Increment", id="bench-increment", on_click=BenchCounterState.increment),
            align="center",
        ),
        padding="2rem",
    )


def add_bench_pages(app: rx.App) -> None:
    app.add_page(counter_page, route=ROUTE, title="Counter · Bench")
