"""A real HTTP server on 127.0.0.1 that serves web pages for the URL tests: an article, a redirect,
a redirect loop, a 404, a slow page, a PDF, a page over the size limit and a page with no article."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from conftest import SAMPLES

EMPTY_PAGE = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Accueil</a> <a href='/a'>Contact</a></nav></body></html>"


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        self.server.user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", (SAMPLES / "fr-magazine.html").read_bytes())
        elif path == "/old-address":
            self._redirect("/article")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/slow":
            time.sleep(self.server.slow_seconds)
            self._send(200, "text/html", (SAMPLES / "fr-magazine.html").read_bytes())
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        elif path == "/huge":
            self._send(200, "text/html", b"<html><body>" + b"<p>Un paragraphe sans fin.</p>" * 20000 + b"</body></html>")
        elif path == "/menu-only":
            self._send(200, "text/html", EMPTY_PAGE)
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size limit, timeout)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    slow_seconds = 5.0

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.user_agents: list[str] = []


class PageServer:
    def __enter__(self) -> "PageServer":
        self.server = _Server()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    @property
    def user_agents(self) -> list[str]:
        return self.server.user_agents

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
