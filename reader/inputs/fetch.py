"""Fetch an article from its address (http or https only), with a time limit, a size limit and
a limited number of redirects, and read it as the file it is (a web page, a PDF, a document).

Run by a face off its GUI thread. Every failure (offline, no such page, too big, too slow, not
an article) is one ReadError line; nothing is written anywhere.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from email.message import Message
from typing import Any

from reader import __version__
from reader.inputs import DOCUMENT_MAX_BYTES, Document, read_bytes
from reader.textfile import ReadError

TIMEOUT = 20.0  # seconds for the whole download
MAX_BYTES = DOCUMENT_MAX_BYTES
MAX_REDIRECTS = 5
USER_AGENT = f"hu-news-reader/{__version__} (article reader)"
# Content-Type -> kind (reader.inputs.KINDS); anything else is refused
_KINDS = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "application/pdf": "pdf", "application/rtf": "rtf", "text/rtf": "rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
}


def is_address(value: str) -> bool:
    """Whether a command-line argument or a pasted line is a web address (http or https)."""
    return urllib.parse.urlsplit(value.strip()).scheme.lower() in ("http", "https")


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Document:
    """The article at ``url``; ReadError with one line for every failure."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ReadError(f"{url}: only http:// and https:// addresses can be opened.")
    opener = urllib.request.build_opener(_redirects(max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,*/*;q=0.8"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            kind = _kind(response.headers, url)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ReadError(_too_big(url, max_bytes))
            data = _read(response, url, max_bytes, deadline)
    except ReadError:
        raise
    except urllib.error.HTTPError as exc:
        raise ReadError(_http_message(url, exc.code)) from None
    except urllib.error.URLError as exc:
        raise ReadError(_offline(url, exc.reason)) from None
    except TimeoutError:
        raise ReadError(f"{url}: no answer within {timeout:.0f} seconds.") from None
    except (OSError, ValueError) as exc:
        raise ReadError(f"{url}: the download failed ({exc}).") from None
    document = read_bytes(data, kind, _host(final), url=final)
    return replace(document, meta=replace(document.meta, url=document.meta.url or final))


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows at most ``limit`` redirects."""

    class Limited(_Redirects):
        max_redirections = limit
        max_repeats = limit

    return Limited()


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects only to http or https, and one line when there are too many."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ReadError(f"{req.full_url}: redirected to a non-web address; not followed.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as exc:
            if "redirect" in str(exc.msg):  # urllib's "infinite loop" refusal
                raise ReadError(f"{req.full_url}: more than {self.max_redirections} "
                                "redirects; not followed.") from None
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _kind(headers: Message, url: str) -> str:
    content_type = (headers.get_content_type() or "").lower()
    if content_type in _KINDS:
        return _KINDS[content_type]
    raise ReadError(f"{url}: not an article (the address gives {content_type or 'no type'}).")


def _read(response: Any, url: str, max_bytes: int, deadline: float) -> bytes:
    """The body, read in pieces so that neither its size nor a slow server can exceed limits."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ReadError(f"{url}: the download took too long; stopped.")
        chunk = response.read1(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(_too_big(url, max_bytes))
        chunks.append(chunk)


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: the page is larger than {max_bytes // 1024 // 1024} MB; not downloaded."


def _http_message(url: str, code: int) -> str:
    if code == 404 or code == 410:
        return f"{url}: no such page (the server answered {code})."
    if code in (401, 403):
        return f"{url}: the server refused access ({code}); the article may be for subscribers."
    if code >= 500:
        return f"{url}: the server failed ({code}); try again later."
    return f"{url}: the server answered {code}."


def _offline(url: str, reason: object) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url}: no answer in time."
    if isinstance(reason, socket.gaierror):
        return f"{url}: the address's server cannot be found (offline, or a mistyped address)."
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the server refused the connection."
    return f"{url}: cannot connect ({reason})."


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url
