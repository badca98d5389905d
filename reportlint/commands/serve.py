"""`reportlint serve`: a local web page where a reviewer drops reports and reads them checked.

The standard library's ThreadingHTTPServer is enough for one office machine: three GET
routes (the page and its two static files) and one POST, `/api/check`, which takes the
files as multipart/form-data and answers JSON — the report view, the verified figures, the
JSON and HTML outputs and, for a .docx, the annotated copy (base64), so the server keeps
nothing between requests. Each request gets a private temporary directory (the loaders
and the annotator read and write files), removed before the answer is sent.

Every failure a user can cause is a one-line message, the same the command line prints;
anything else is answered as an internal error and the server keeps serving.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from reportlint import api
from reportlint.commands.common import Session
from reportlint.analysis.outline import Outline, build
from reportlint.config import Config, discover, load_config
from reportlint.errors import LimitError, LoadError, RuleError, UsageError
from reportlint.i18n import t
from reportlint.limits import MAX_BYTES, check_size
from reportlint.render import FileResult, counts
from reportlint.render import serve_page

LANGS = ("en", "vi")
MAX_FILES = 20  # per request: a reviewer drops a handful, not an archive (that is `audit`)
MAX_BODY = 4 * MAX_BYTES  # several reports of the CLI's size limit in one request
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Upload:
    """One file of a request: the name the browser gave it and its bytes."""

    name: str
    data: bytes


class RequestError(Exception):
    """A request the server refuses as a whole: HTTP status and a one-line reason (a key
    of serve_page.STRINGS, said in the page's language)."""

    def __init__(self, status: HTTPStatus, key: str, **args: object) -> None:
        super().__init__(serve_page.say(key, "en", **args))
        self.status, self.key, self.fields = status, key, args

    def message(self, lang: str) -> str:
        return serve_page.say(self.key, lang, **self.fields)


# -- checking uploads ---------------------------------------------------------------------


def check_uploads(uploads: list[Upload], config: Config, lang: str) -> dict[str, Any]:
    """Lint the uploads as `check` would and gather everything the page shows.

    Loading, linting and rendering are the library's (api.lint_document, api.render,
    render.annotate); this only runs them in a private directory and names the results
    by the uploaded file names, never by the temporary paths.
    """
    config = config.replace(lang=lang)
    results: list[FileResult] = []
    outlines: dict[str, Outline] = {}
    extra: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="reportlint-serve-") as tmp:
        for i, up in enumerate(uploads):
            folder = Path(tmp) / str(i)  # one folder each: two uploads may share a name
            folder.mkdir()
            result, outline, more = _check_one(folder, up, config, lang)
            results.append(result)
            if outline is not None:
                outlines[result.path] = outline
            extra.append(more)
    page = api.render(results, "html", lang=lang, outlines=outlines) or ""
    files = [{"name": r.path, "error": r.error, "diagnostics": len(r.diagnostics), **more}
             for r, more in zip(results, extra)]
    return {"files": files, "counts": counts(results), "view": serve_page.view(page), "page": page,
            "json": api.render(results, "json", lang=lang)}


def _check_one(folder: Path, up: Upload, config: Config,
               lang: str) -> tuple[FileResult, Outline | None, dict[str, Any]]:
    """One upload: its result, its outline (for the view's navigation), and what only the
    page shows (the verified figures, the annotated .docx)."""
    from reportlint.loaders import load

    path = folder / up.name
    try:
        check_size(up.name, len(up.data))
        path.write_bytes(up.data)
        doc = load(path)
    except (LimitError, LoadError) as e:  # the CLI's message, naming the upload, not the temp file
        return FileResult(up.name, error=e.message(lang).replace(str(path), up.name)), None, {"claims": []}
    doc.path = up.name  # the name findings and rules' per-file settings see
    outline = build(doc)
    diags = api.lint_document(doc, config, outline)
    more: dict[str, Any] = {"claims": serve_page.claims(outline)}
    if doc.format == "docx":
        more.update(_annotated(path, diags, lang))
    return FileResult(up.name, diags, source=doc.source), outline, more


def _annotated(src: Path, diags: list, lang: str) -> dict[str, Any]:
    """The .docx with a Word comment per finding, as base64 for the page's download."""
    from reportlint.render.annotate import AnnotateError, annotate

    out = src.with_name("reviewed-" + src.name)  # never the upload itself, whatever its name
    try:
        done = annotate(src, diags, out, force=True, lang=lang)
    except AnnotateError as e:
        return {"docx": None, "docx_error": str(e).replace(str(src), src.name)}
    return {"docx": base64.b64encode(out.read_bytes()).decode("ascii"), "comments": done.comments}


# -- multipart/form-data ------------------------------------------------------------------


def parse_multipart(content_type: str, body: bytes) -> list[Upload]:
    """The file parts of a multipart/form-data body (RFC 7578); other fields are ignored."""
    boundary = _param(content_type, "boundary")
    if not content_type.lower().startswith("multipart/form-data") or not boundary:
        raise RequestError(HTTPStatus.BAD_REQUEST, "not_multipart")
    uploads: list[Upload] = []
    for part in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if part.startswith(b"--"):  # the closing delimiter
            break
        head, sep, data = part.partition(b"\r\n\r\n")
        if not sep:
            raise RequestError(HTTPStatus.BAD_REQUEST, "malformed")
        disposition = next((h for h in head.decode("utf-8", "replace").split("\r\n")
                            if h.lower().startswith("content-disposition:")), "")
        filename = _param(disposition, "filename")
        if filename is None:  # a plain form field
            continue
        uploads.append(Upload(_safe_name(filename), data[:-2] if data.endswith(b"\r\n") else data))
        if len(uploads) > MAX_FILES:
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_many", limit=MAX_FILES)
    return uploads


def _param(header: str, name: str) -> str | None:
    """A parameter of a header value: `name=token` or `name="quoted"` (browsers escape a
    quote in a file name as %22 and send the name itself as UTF-8)."""
    for piece in header.split(";")[1:]:
        key, sep, value = piece.strip().partition("=")
        if sep and key.strip().lower() == name:
            value = value.strip()
            return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return None


def _safe_name(name: str) -> str:
    """The last component of a browser-sent name, without control characters: it becomes a
    file inside the request's private directory and the name shown on the page."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[-120:] if name not in ("", ".", "..") else "upload"


# -- HTTP -------------------------------------------------------------------------------


class ReviewServer(ThreadingHTTPServer):
    """The HTTP server with what every request needs: the config and the default language."""

    daemon_threads = True  # Ctrl-C does not wait for a browser that keeps a connection open

    def __init__(self, address: tuple[str, int], config: Config, lang: str) -> None:
        super().__init__(address, _Handler)
        self.config, self.lang = config, lang

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    timeout = 120  # seconds a silent connection may hold a thread (a body that never comes)
    server_version = "reportlint"
    sys_version = ""

    def do_GET(self) -> None:
        if not self._host_allowed():
            return
        url = urlsplit(self.path)
        if url.path == "/":
            lang = self._lang(url.query)
            self._send(HTTPStatus.OK, "text/html; charset=utf-8",
                       serve_page.shell(lang, MAX_BYTES).encode("utf-8"))
        elif url.path.startswith("/static/") and url.path[8:] in serve_page.ASSETS:
            name = url.path[8:]
            self._send(HTTPStatus.OK, serve_page.ASSETS[name], serve_page.asset(name))
        else:
            self._not_found(url.path, url.query)

    def do_POST(self) -> None:
        if not self._host_allowed():
            return
        url = urlsplit(self.path)
        if url.path != "/api/check":
            self._not_found(url.path, url.query)
            return
        lang = self._lang(url.query)
        try:
            uploads = parse_multipart(self.headers.get("Content-Type", ""), self._body())
            if not uploads:
                raise RequestError(HTTPStatus.BAD_REQUEST, "no_file")
            answer = check_uploads(uploads, self.server.config, lang)
        except RequestError as e:
            self._send_json(e.status, {"error": e.message(lang)})
            return
        except Exception as e:  # a bug: one line for the page, the server keeps serving
            if os.environ.get("REPORTLINT_DEBUG"):
                raise
            self._send_json(HTTPStatus.INTERNAL_SERVER_ERROR,
                            {"error": t("error.internal", lang, error=f"{type(e).__name__}: {e}")})
            return
        self._send_json(HTTPStatus.OK, answer)

    def _not_found(self, path: str, query: str) -> None:
        self._send_json(HTTPStatus.NOT_FOUND, {"error": serve_page.say("not_found", self._lang(query), path=path)})

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "no_length") from None
        if length > MAX_BODY:
            self.close_connection = True  # the rest of the body is not read
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                               size=f"{length / 1e6:.1f}", limit=f"{MAX_BODY / 1e6:.0f}")
        return self.rfile.read(length)

    def _lang(self, query: str) -> str:
        lang = parse_qs(query).get("lang", [""])[0]
        return lang if lang in LANGS else self.server.lang

    def _host_allowed(self) -> bool:
        """On the loopback address, only requests naming it: a web page elsewhere cannot
        reach this server through a DNS name rebound to 127.0.0.1."""
        if self.server.server_address[0] not in _LOOPBACK:
            return True
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
        if host in _LOOPBACK:
            return True
        self._send_json(HTTPStatus.MISDIRECTED_REQUEST, {"error": f"unexpected Host header {host!r}"})
        return False

    def _send_json(self, status: HTTPStatus, data: dict[str, Any]) -> None:
        self._send(status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", serve_page.CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        """Quiet: a reviewer's terminal shows the address, not every request."""


# -- the command ----------------------------------------------------------------------------


def make_server(host: str = "127.0.0.1", port: int = 8765, config: Config | None = None,
                lang: str = "en") -> ReviewServer:
    """A server ready to `serve_forever()` (port 0: any free port; see `.url`)."""
    try:
        return ReviewServer((host, port), config or load_config(None), lang)
    except OSError as e:
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None


def run(args: Any, session: Session) -> int:
    """`reportlint serve`: serve until Ctrl-C."""
    try:
        config = load_config(args.config if args.config else discover(Path.cwd()))
    except RuleError as e:
        raise UsageError(e.message(args.lang or session.lang)) from None
    lang = session.lang = args.lang or config.lang
    server = make_server(args.host, args.port, config, lang)
    if args.host not in _LOOPBACK:
        print(f"reportlint: warning: serving on {args.host}: anyone who can reach this machine can "
              "upload reports to it and read the results", file=sys.stderr)
    print(f"reportlint serve: {server.url} (Ctrl-C to stop)", flush=True)
    if args.open:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("reportlint serve: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
