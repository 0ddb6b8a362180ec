"""4. In Chromium: click → updated rows on the admin leads page with 1M leads (Next, watched
until the first row changes), p95 over 50 clicks ÷ the same on a minimal Reflex counter page
(bench/counter_page.py: a button and a number) in the same app build, served by the same
`reflex run --env prod` process. The two pages are open in two tabs and clicked in turn."""

from __future__ import annotations

import os
import shutil
import statistics

from bench import app_server, env
from bench.harness import Row

NAME = "Click → updated rows in Chromium"
CLICKS = int(os.environ.get("BENCH_B4_CLICKS", "50"))
WARMUP = 5
TARGET = 1.5
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ADMIN_EMAIL = "bench-admin@example.com"
NOTES = [
    "4: the time from a click to the changed DOM being painted, measured inside the page "
    "(performance.now() at click(), a MutationObserver on the watched element, then the next "
    "animation frame): on the admin leads page (1M leads, unfiltered, newest first) the Next "
    "button until the first row shows another lead; on /bench/counter (registered only with "
    "PRM_BENCH_PAGES=1) the Increment button until the number changes. One `reflex run --env "
    "prod` (1 backend worker) on bench_prm serves both; the tabs are clicked in turn after "
    f"{WARMUP} warm-up clicks each.",
]

# Click the button (found by its visible text, or a selector), then resolve with the ms until the
# watched element's text differs from before (and is not empty), after the next animation frame.
CLICK_AND_WAIT = """
async ([buttonText, buttonSelector, watchSelector]) => {
  const watched = () => (document.querySelector(watchSelector) || {}).textContent || "";
  const button = buttonSelector ? document.querySelector(buttonSelector)
    : [...document.querySelectorAll("button")].find(b => b.textContent.trim() === buttonText);
  if (!button) throw new Error("no button " + (buttonText || buttonSelector));
  const before = watched();
  return await new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done || watched() === before || watched() === "") return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
    setTimeout(() => { if (!done) { observer.disconnect(); reject(new Error("nothing changed in 30 s")); } }, 30000);
    const started = performance.now();
    button.click();
  });
}
"""
LEADS = ("Next", "", "table tbody tr:first-child")
COUNTER = ("", "#bench-increment", "#bench-count")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(0.95 * len(ordered))) - 1))]


def run(log=print) -> list[Row]:
    problem = env.pg_problem()
    if problem:
        return [Row("4", NAME, problem=problem, target=f"≤ {TARGET:g}×")]
    if not os.path.exists(CHROMIUM):
        return [Row("4", NAME, problem="Chromium is not installed (make browser)", target=f"≤ {TARGET:g}×")]
    data = env.leads_dataset(log=log)
    app_server.set_password(data["url"], ADMIN_EMAIL, app_server.ADMIN_PASSWORD)
    var_dir = env.TMP / "b4"
    var_dir.mkdir(exist_ok=True)
    port = app_server.free_port()
    log("  starting reflex run --env prod on bench_prm (builds the frontend: a few minutes)")
    server = app_server.reflex_app(app_server.app_env(data["url"], port, var_dir), env.TMP / "b4-app.log")
    try:
        leads, counter = _measure(server.url, log)
    finally:
        server.stop()
    m, b = p95(leads), p95(counter)
    log(f"    leads: median {statistics.median(leads):.1f} ms, p95 {m:.1f} ms; "
        f"counter: median {statistics.median(counter):.1f} ms, p95 {b:.1f} ms")
    return [Row("4", f"Admin leads page at 1M leads: Next → first row changed, p95 of {len(leads)} clicks "
                "(÷ counter page, same build)", f"{m:.1f} ms", f"{b:.1f} ms", m / b, f"≤ {TARGET:g}×",
                m / b <= TARGET)]


def _measure(base_url: str, log) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 860})
            leads = context.new_page()
            leads.goto("/admin/login")
            leads.wait_for_selector("#page-loaded", state="attached", timeout=60_000)
            leads.get_by_label("Email").fill(ADMIN_EMAIL)
            leads.get_by_label("Password").fill(app_server.ADMIN_PASSWORD)
            leads.get_by_role("button", name="Log in").click()
            leads.wait_for_url("**/admin", timeout=60_000)
            leads.goto("/admin/leads")
            leads.wait_for_selector("table tbody tr", timeout=60_000)
            leads.wait_for_selector("#page-loaded", state="attached", timeout=60_000)
            counter = context.new_page()
            counter.goto("/bench/counter")
            counter.wait_for_selector("#bench-count", timeout=60_000)
            counter.wait_for_function("document.querySelector('#bench-increment') !== null")
            got: dict[str, list[float]] = {"leads": [], "counter": []}
            for i in range(WARMUP + CLICKS):
                for name, page, args in (("leads", leads, LEADS), ("counter", counter, COUNTER)):
                    page.bring_to_front()
                    ms = page.evaluate(CLICK_AND_WAIT, list(args))
                    if i >= WARMUP:
                        got[name].append(ms)
            log(f"    {CLICKS} clicks each; the leads page is now on page {WARMUP + CLICKS + 1}")
            return got["leads"], got["counter"]
        finally:
            browser.close()
