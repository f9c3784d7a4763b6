"""The intake service's web pages in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by selenium, against `ndc serve` started here on a free port with a
fresh SQLite store. Screenshots (1280 px and 390 px wide) go to .build/browser-screenshots/.

    python3 -m pytest -q Tests/browser/test_pages.py        (NDC=path/to/ndc to choose the binary)
"""
import json
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
NDC = os.environ.get("NDC", str(ROOT / ".build" / "debug" / "ndc"))
SHOTS = ROOT / ".build" / "browser-screenshots"
WIDTHS = (1280, 390)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def service():
    tmp = tempfile.TemporaryDirectory()
    db = os.path.join(tmp.name, "ndc.sqlite")

    def token(*args):
        return subprocess.run([NDC, "serve", "token", "create", *args, "--db", db], check=True, capture_output=True,
                              text=True, timeout=60).stdout.strip()

    tokens = {"ministry": token("--ministry"), "101": token("--submitter", "101"), "147": token("--submitter", "147")}
    port = free_port()
    log = open(os.path.join(tmp.name, "serve.log"), "w")
    proc = subprocess.Popen([NDC, "serve", "--db", db, "--listen", f"127.0.0.1:{port}"], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/v1/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.terminate()
        raise RuntimeError("ndc serve did not start")
    yield {"base": base, "tokens": tokens, "tmp": tmp.name}
    proc.terminate()
    proc.wait(timeout=30)
    log.close()
    tmp.cleanup()


@pytest.fixture(scope="module")
def browser():
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=da"):
        options.add_argument(arg)
    # A Danish user's browser (headless Chromium ignores --lang for Accept-Language).
    options.add_experimental_option("prefs", {"intl.accept_languages": "da-DK,da"})
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def shoot(driver, name):
    """Screenshots of the page at each width, as tall as the page (at most 6000 px)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, 600), 6000))
        driver.save_screenshot(str(SHOTS / f"{name}-{width}.png"))
    driver.set_window_size(1280, 900)


def wait_for(driver, css):
    """The element, once the page that has it is loaded (form submissions load asynchronously)."""
    try:
        return WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))
    except Exception:
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / "failure.html").write_text(driver.page_source, encoding="utf-8")
        driver.save_screenshot(str(SHOTS / "failure.png"))
        raise AssertionError(f"{css} not found on {driver.current_url}")


def sign_in(driver, base, token):
    driver.delete_all_cookies()
    driver.get(base + "/")
    field = driver.find_element(By.CSS_SELECTOR, "input#token")
    # The label names the control.
    assert driver.find_element(By.CSS_SELECTOR, "label[for=token]").text
    field.send_keys(token)
    field.send_keys(Keys.ENTER)  # keyboard only
    wait_for(driver, "form.signout")


def sign_out(driver):
    driver.find_element(By.CSS_SELECTOR, "form.signout button").click()
    assert wait_for(driver, "input#token"), "the sign-in form after sign-out"


def post(base, token, path, body):
    req = urllib.request.Request(base + path, data=body, headers={"Authorization": f"Bearer {token}"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


def test_sign_in_page(service, browser):
    browser.get(service["base"] + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "da"
    shoot(browser, "01-signin")
    browser.find_element(By.CSS_SELECTOR, "input#token").send_keys("0" * 64 + Keys.ENTER)
    assert wait_for(browser, "[role=alert]"), "a wrong token is told"


def test_municipality_upload_history_and_privacy(service, browser):
    base, tokens = service["base"], service["tokens"]
    # Something of 147's that 101 must not reach.
    other = post(base, tokens["147"], "/v1/submissions", (ROOT / "fixtures/dk/147.xml").read_bytes())
    sign_in(browser, base, tokens["101"])
    assert browser.find_element(By.CSS_SELECTOR, "label[for=file]").text
    shoot(browser, "02-municipality-empty")
    good = (ROOT / "fixtures/dk/101.json").read_text(encoding="utf-8")
    bad = good.replace('"cycle": "NDC2025",', '"cycle": "NDC2025",,', 1)
    bad_path = pathlib.Path(service["tmp"]) / "101-broken.json"
    bad_path.write_text(bad, encoding="utf-8")
    # What the CLI says about the same file.
    cli = json.loads(subprocess.run([NDC, "validate", "--format", "json", str(bad_path)], capture_output=True, text=True,
                                    timeout=120).stdout)
    first = cli["files"][0]["diagnostics"][0]
    code, line = first["code"], first["location"]["line"]
    browser.find_element(By.CSS_SELECTOR, "input#file").send_keys(str(bad_path))
    browser.find_element(By.CSS_SELECTOR, "form[action='/upload'] button").click()
    finding = wait_for(browser, f"li.finding[data-code='{code}']")
    assert f":{line}:" in finding.find_element(By.CSS_SELECTOR, ".place").text
    excerpt = finding.find_element(By.CSS_SELECTOR, "pre.cli").text
    assert '"cycle": "NDC2025",,' in excerpt and "^" in excerpt
    assert browser.find_element(By.ID, "verdict").text in ("ugyldig", "invalid")
    shoot(browser, "03-report-invalid")
    good_path = pathlib.Path(service["tmp"]) / "101.json"
    good_path.write_text(good, encoding="utf-8")
    browser.get(base + "/")
    browser.find_element(By.CSS_SELECTOR, "input#file").send_keys(str(good_path))
    browser.find_element(By.CSS_SELECTOR, "form[action='/upload'] button").click()
    wait_for(browser, "li.finding, ol.findings")
    assert browser.find_element(By.ID, "verdict").text == "gyldig"
    shoot(browser, "04-report-valid")
    browser.get(base + "/")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.history tbody tr")
    assert len(rows) == 2
    assert "gyldig" in rows[0].text and "ugyldig" in rows[1].text
    assert browser.find_element(By.ID, "state").text == "gyldig"
    shoot(browser, "05-municipality-history")
    # Another's submission: the not-found page, no redirect.
    browser.get(f"{base}/submissions/{other['id']}")
    assert "404" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert browser.current_url == f"{base}/submissions/{other['id']}"
    browser.get(base + "/")
    sign_out(browser)


def test_ministry_overview(service, browser):
    base, tokens = service["base"], service["tokens"]
    sign_in(browser, base, tokens["ministry"])
    rows = browser.find_elements(By.CSS_SELECTOR, "table.status tbody tr")
    assert len(rows) == 103
    shapes = browser.find_elements(By.CSS_SELECTOR, "svg.ndc-map path[data-code]")
    assert len(shapes) == 98
    assert browser.find_element(By.CSS_SELECTOR, "tr#row-101").get_attribute("data-state") == "valid"
    assert browser.find_element(By.CSS_SELECTOR, "tr#row-147").get_attribute("data-state") == "valid"
    title = browser.find_element(By.CSS_SELECTOR, "svg.ndc-map path[data-code='101'] title")
    assert "København" in title.get_attribute("textContent")
    browser.find_element(By.CSS_SELECTOR, "form[action='/compile'] button").click()
    wait_for(browser, "table.compilations")
    links = browser.find_elements(By.CSS_SELECTOR, "table.compilations a")
    assert any("/exports/html" in a.get_attribute("href") for a in links)
    shoot(browser, "06-ministry-overview")
    browser.get(base + "/?lang=en")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "valid" in browser.find_element(By.CSS_SELECTOR, "tr#row-101").text
    shoot(browser, "07-ministry-overview-en")
    browser.get(base + "/?lang=da")
    sign_out(browser)
    browser.get(base + "/")
    assert browser.find_elements(By.CSS_SELECTOR, "input#token")
