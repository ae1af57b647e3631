"""A real browser (Debian's chromium through chromium-driver and selenium) driving
`duizhao serve` on loopback: lookup as you type, annotate a pasted document, download a
format, hostile input shown as text, and every page rendered. With DUIZHAO_SCREENSHOTS=DIR
it saves a screenshot of each page there (the README's pictures).

Run by `make test-browser`, which installs what is missing and builds the binary.
"""
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("DUIZHAO_BIN", REPO / ".build/debug/duizhao"))
SHOTS = os.environ.get("DUIZHAO_SCREENSHOTS")

DOCUMENT = (
    "关于实施“孔雀计划”深化“放管服”改革的通知\n"
    "一、总体要求\n"
    "深化“放管服”改革，实施孔雀计划，每年安排10亿元支持粤港澳大湾区建设。\n"
    "二、主要措施\n"
    "推进“互联网+政务服务”，落实负面清单制度，实行非禁即入。\n"
)


@pytest.fixture(scope="session")
def work():
    folder = Path(tempfile.mkdtemp(prefix="duizhao-browser-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def server(work):
    """The server on a free loopback port, over a batch of the bundled samples."""
    batch = work / "batch"
    subprocess.run([str(BINARY), "batch", str(REPO / "samples"), "--out", str(batch), "--quiet", "--no-dictionary"],
                   cwd=REPO, check=False, timeout=300, stdout=subprocess.DEVNULL)
    process = subprocess.Popen(
        [str(BINARY), "serve", "--port", "0", "--batch", str(batch), "--no-dictionary"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = None
    deadline = time.time() + 60
    while time.time() < deadline and url is None:
        line = process.stdout.readline()
        if not line:
            break
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", line)
        if found:
            url = found.group(1)
    if url is None:
        process.kill()
        pytest.fail("duizhao serve did not print its URL")
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def browser(work):
    downloads = work / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.downloads = downloads
    yield driver
    driver.quit()


def shot(driver, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(SHOTS) / f"screenshot-serve-{name}.png"))


def wait(driver, seconds=20):
    return WebDriverWait(driver, seconds)


def no_alert(driver):
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def test_lookup_answers_as_you_type_and_opens_the_card(browser, server):
    browser.get(server + "lookup")
    box = browser.find_element(By.ID, "q")
    box.send_keys("fangguan")
    first = wait(browser).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#answer ol.results li a")))
    assert "放管服" in browser.find_element(By.ID, "answer").text
    assert browser.current_url.endswith("/lookup?q=fangguan"), "the address follows the query"
    shot(browser, "lookup")
    box.send_keys(Keys.ARROW_DOWN)
    assert "active" in first.get_attribute("class")
    box.send_keys(Keys.ENTER)
    card = wait(browser).until(EC.visibility_of_element_located((By.ID, "term-card")))
    assert "/terms/" in browser.current_url
    for label in ["Source", "Category", "Permalink"]:
        assert label in card.text
    assert "放管服" in card.text


def test_lookup_by_english_and_traditional(browser, server):
    for query, expected in [("Peacock Plan", "孔雀计划"), ("大灣區", "粤港澳大湾区")]:
        browser.get(server + "lookup")
        browser.find_element(By.ID, "q").send_keys(query)
        wait(browser).until(EC.text_to_be_present_in_element((By.ID, "answer"), expected))


def test_a_pasted_document_shows_highlighted_terms_and_the_english_column(browser, server):
    browser.get(server)
    browser.find_element(By.ID, "text").send_keys(DOCUMENT)
    shot(browser, "annotate")
    browser.find_element(By.ID, "annotate-button").click()
    frame = wait(browser, 60).until(EC.presence_of_element_located((By.ID, "viewer")))
    assert re.search(r"/documents/[0-9a-f]{32}$", browser.current_url)
    browser.switch_to.frame(frame)
    terms = wait(browser).until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "[data-entry]")))
    # A term's text may carry its pinyin (ruby) and quotation marks: keep its characters.
    found = [re.sub(r"[^\u4e00-\u9fff]", "", term.text) for term in terms]
    assert any("放管服" in text for text in found) and any("孔雀计划" in text for text in found), found
    english = browser.find_elements(By.CSS_SELECTOR, "div.en")
    assert english and any(line.text.strip() for line in english), "the English column has lines"
    browser.switch_to.default_content()
    shot(browser, "document")


def test_a_download_saves_the_format(browser, server):
    browser.get(server)
    browser.find_element(By.ID, "text").send_keys(DOCUMENT)
    browser.find_element(By.ID, "annotate-button").click()
    wait(browser, 60).until(EC.presence_of_element_located((By.ID, "viewer")))
    browser.find_element(By.CSS_SELECTOR, "a[href$='/download/json']").click()
    target = browser.downloads / "pasted.json"
    deadline = time.time() + 20
    while time.time() < deadline and not target.exists():
        time.sleep(0.2)
    assert target.exists(), os.listdir(browser.downloads)
    assert '"schema" : "duizhao.annotated/1"' in target.read_text(encoding="utf-8")


def test_hostile_input_shows_as_text(browser, server):
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>放管服改革。"
    browser.get(server)
    browser.find_element(By.ID, "text").send_keys(hostile)
    browser.find_element(By.NAME, "kind").send_keys("plain text")
    browser.find_element(By.ID, "annotate-button").click()
    frame = wait(browser, 60).until(EC.presence_of_element_located((By.ID, "viewer")))
    assert no_alert(browser)
    browser.switch_to.frame(frame)
    body = wait(browser).until(EC.presence_of_element_located((By.TAG_NAME, "main")))
    assert "<script>alert('x')</script>" in body.text
    assert not browser.find_elements(By.CSS_SELECTOR, "img[src='x']")
    browser.switch_to.default_content()
    assert no_alert(browser)
    browser.get(server + "lookup?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert no_alert(browser)
    assert browser.find_element(By.ID, "q").get_attribute("value") == "<script>alert(1)</script>"


def test_glossary_batch_and_check_pages(browser, server):
    browser.get(server + "glossary?status=official")
    assert "entries" in browser.find_element(By.CSS_SELECTOR, "p.counts").text
    assert browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    shot(browser, "glossary")
    browser.get(server + "batch")
    assert "documents:" in browser.find_element(By.CSS_SELECTOR, "p.counts").text
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='/batch/files/documents/']")
    shot(browser, "batch")
    browser.get(server + "check")
    browser.find_element(By.ID, "source").send_keys("实施孔雀计划，每年安排10亿元。")
    browser.find_element(By.ID, "translation").send_keys("Implement the talent plan with RMB 2 billion a year.")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    frame = wait(browser, 60).until(EC.presence_of_element_located((By.ID, "viewer")))
    browser.switch_to.frame(frame)
    assert "Peacock Plan" in wait(browser).until(EC.presence_of_element_located((By.TAG_NAME, "table"))).text
    browser.switch_to.default_content()
    shot(browser, "check")
