"""``quotekit serve`` as a user meets it: a real server process on a localhost port, HTTP to it."""

from __future__ import annotations

import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import quotekit

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "aliyev_ceasefire.txt").read_text(encoding="utf-8")
MAX_CHARS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, *args: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "quotekit",
                "serve",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                *args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"server exited: {self.proc.stderr.read().decode() if self.proc.stderr else ''}"
                )
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        raise RuntimeError("server did not start in 180 s")

    def rss_kb(self) -> int:
        pid = httpx.get(f"{self.url}/v1/info").json()["pid"]
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = Server("--max-chars", str(MAX_CHARS), "--max-queue", "32")
    yield s
    s.stop()


def test_health_info_and_openapi(server: Server) -> None:
    assert httpx.get(f"{server.url}/v1/health").json()["status"] == "ok"
    info = httpx.get(f"{server.url}/v1/info").json()
    assert info["quotekit"] == quotekit.__version__
    assert info["schema_version"] == quotekit.SCHEMA_VERSION
    assert info["limits"]["max_chars"] == MAX_CHARS
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/v1/parse", "/v1/parse/batch", "/v1/health", "/v1/info"} <= set(spec["paths"])


def test_parse_plain_text_returns_exactly_to_json(server: Server) -> None:
    r = httpx.post(
        f"{server.url}/v1/parse", content=SEED.encode(), headers={"Content-Type": "text/plain"}, timeout=120
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.text == quotekit.to_json(quotekit.parse_article(SEED))
    art = quotekit.from_json(r.text)
    assert len(art.quotes) == 11
    assert {q.speaker.name for q in art.quotes if q.speaker} == {"Ilham Aliyev"}


def test_parse_json_body(server: Server) -> None:
    r = httpx.post(
        f"{server.url}/v1/parse", json={"text": "“We will win,” she said.", "id": "a1"}, timeout=60
    )
    assert r.status_code == 200
    assert r.json()["quotes"][0]["content"]["text"] == "We will win,"


@pytest.mark.parametrize(
    ("fmt", "accept", "media", "needle"),
    [
        ("csv", None, "text/csv", "quote_id"),
        (None, "text/csv", "text/csv", "quote_id"),
        ("html", None, "text/html", 'class="q'),
        (None, "text/html", "text/html", 'class="q'),
    ],
)
def test_other_formats(server: Server, fmt: str | None, accept: str | None, media: str, needle: str) -> None:
    headers = {"Content-Type": "text/plain", **({"Accept": accept} if accept else {})}
    params = {"format": fmt} if fmt else {}
    r = httpx.post(
        f"{server.url}/v1/parse", content=SEED.encode(), headers=headers, params=params, timeout=120
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    assert needle in r.text


def test_batch_keeps_order_and_isolates_bad_items(server: Server) -> None:
    lines = [
        json.dumps({"text": "“Yes,” he said.", "id": 1}),
        "{not json",
        json.dumps({"text": 5, "id": 3}),
        json.dumps("“No,” she said."),
        json.dumps({"id": 5}),
        json.dumps({"text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e" * 10, "id": 6}),
        json.dumps({"text": "x" * (MAX_CHARS + 1), "id": 7}),
        json.dumps({"text": SEED, "id": 8}),
    ]
    r = httpx.post(
        f"{server.url}/v1/parse/batch",
        content="\n".join(lines).encode(),
        headers={"Content-Type": "application/x-ndjson"},
        timeout=120,
    )
    assert r.status_code == 200
    out = [json.loads(x) for x in r.text.splitlines()]
    assert len(out) == len(lines)
    assert [("error" in o) for o in out] == [False, True, True, False, True, True, True, False]
    assert out[0]["quotes"][0]["content"]["text"] == "Yes,"
    assert (out[2]["index"], out[2]["id"]) == (2, 3)
    assert out[5]["error"] == "InvalidInputError"
    assert out[6]["error"] == "PayloadTooLarge"
    assert json.dumps(out[7], ensure_ascii=False) == quotekit.to_json(quotekit.parse_article(SEED))


@pytest.mark.parametrize(
    ("body", "headers", "status", "error"),
    [
        (b"x" * (MAX_CHARS * 4 + 1), {"Content-Type": "text/plain"}, 413, "PayloadTooLarge"),
        (
            json.dumps({"text": "y" * (MAX_CHARS + 1)}).encode(),
            {"Content-Type": "application/json"},
            413,
            None,
        ),
        (b"{bad json", {"Content-Type": "application/json"}, 422, "InvalidJSON"),
        (b'{"text": ["a"]}', {"Content-Type": "application/json"}, 422, "InvalidInputError"),
        (b'{"txt": "a"}', {"Content-Type": "application/json"}, 422, "InvalidInputError"),
        (b"[1, 2]", {"Content-Type": "application/json"}, 422, "InvalidInputError"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", {"Content-Type": "image/png"}, 415, "UnsupportedMediaType"),
        (b"\xff\xfe\xfa not utf-8", {"Content-Type": "text/plain"}, 415, "UnsupportedMediaType"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40, {"Content-Type": "text/plain"}, 422, "InvalidInputError"),
    ],
)
def test_bad_input_gets_a_clear_http_error(
    server: Server, body: bytes, headers: dict[str, str], status: int, error: str | None
) -> None:
    r = httpx.post(f"{server.url}/v1/parse", content=body, headers=headers, timeout=60)
    assert r.status_code == status
    data = r.json()
    assert data["message"]
    if error:
        assert data["error"] == error
    assert httpx.get(f"{server.url}/v1/health").status_code == 200


def test_unknown_format_and_wrong_method(server: Server) -> None:
    r = httpx.post(f"{server.url}/v1/parse", content=b"Hi.", params={"format": "xml"})
    assert r.status_code == 422
    assert httpx.get(f"{server.url}/v1/parse").status_code == 405


def test_load_every_request_answered_results_equal_memory_flat(server: Server) -> None:
    good = [
        "“We are ready for talks,” the minister said on Monday.",
        "The senator said that the bill would pass if the House agreed.",
        SEED[:1500],
    ]
    expected = {t: quotekit.to_json(quotekit.parse_article(t)) for t in good}
    bad: list[tuple[bytes, dict[str, str], int]] = [
        (b"{oops", {"Content-Type": "application/json"}, 422),
        (b"\xff\xfe", {"Content-Type": "text/plain"}, 415),
        (b"z" * (MAX_CHARS * 4 + 10), {"Content-Type": "text/plain"}, 413),
    ]

    def client(n: int) -> list[bool]:
        ok = []
        with httpx.Client(base_url=server.url, timeout=120) as c:
            for i in range(25):
                if (n + i) % 3 == 2:
                    body, headers, status = bad[(n + i) % len(bad)]
                    r = c.post("/v1/parse", content=body, headers=headers)
                    ok.append(r.status_code == status)
                else:
                    t = good[(n + i) % len(good)]
                    r = c.post("/v1/parse", content=t.encode(), headers={"Content-Type": "text/plain"})
                    ok.append(r.status_code == 200 and r.text == expected[t])
        return ok

    def burst() -> list[bool]:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            return [x for res in pool.map(client, range(8)) for x in res]

    warm = burst()
    before = server.rss_kb()
    second = burst()
    after = server.rss_kb()
    assert len(warm) == len(second) == 200
    assert all(warm)
    assert all(second)
    assert after - before < 80_000, f"RSS grew by {after - before} kB over 200 requests"


def test_timeout_gives_504_and_the_worker_serves_on() -> None:
    s = Server("--timeout", "0.2", "--max-queue", "4")
    try:
        long_text = " ".join([SEED] * 6)
        r = httpx.post(
            f"{s.url}/v1/parse",
            content=long_text.encode(),
            headers={"Content-Type": "text/plain"},
            timeout=60,
        )
        assert r.status_code == 504
        assert r.json()["error"] == "Timeout"
        assert httpx.get(f"{s.url}/v1/health").status_code == 200
        # the parse thread finishes the long article, then serves short ones within the timeout again
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            r = httpx.post(f"{s.url}/v1/parse", content=b"Hi.", headers={"Content-Type": "text/plain"})
            if r.status_code == 200:
                break
            time.sleep(0.5)
        assert r.status_code == 200
    finally:
        s.stop()


def test_overload_gives_503_with_retry_after() -> None:
    s = Server("--max-queue", "1")
    try:
        text = " ".join([SEED] * 3).encode()

        def post(_: int) -> httpx.Response:
            return httpx.post(
                f"{s.url}/v1/parse", content=text, headers={"Content-Type": "text/plain"}, timeout=120
            )

        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            codes = list(pool.map(post, range(6)))
        statuses = [r.status_code for r in codes]
        assert set(statuses) <= {200, 503}
        assert 200 in statuses
        assert 503 in statuses
        busy = next(r for r in codes if r.status_code == 503)
        assert busy.headers["retry-after"].isdigit()
        assert busy.json()["error"] == "Overloaded"
    finally:
        s.stop()
