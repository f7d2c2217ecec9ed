"""Small documents of every input format, built here (no fixtures from elsewhere): a web page
shaped like a Hungarian news site's, .mhtml, .docx (python-docx), .odt (its XML by hand), .rtf,
and PDFs written with reportlab (two pages with a running header and page numbers, a scan)."""

from __future__ import annotations

import datetime
import io
import zipfile
from email.message import EmailMessage

TITLE = "Emelik a vízdíjat"
LEAD = ("A Dunamenti Vízművek hétfőn bejelentette, hogy jövő tavasztól átlagosan nyolc "
        "százalékkal emeli a vízdíjat Budapesten.")
QUOTE = ("Az egyesület elnöke, Varga Zsófia a Népszavának azt mondta, hogy a háztartások "
         "többsége már most is nehezen fizeti a rezsit.")
END = "A Belügyminisztérium közleményben reagált: a tárca szerint a díjat jóvá kell hagyni."
BOILERPLATE = ("Ez az oldal sütiket használ", "Kapcsolódó cikkek", "Drágul a gáz",
               "Hozzászólások", "ez botrány", "Fotó: MTI", "Impresszum", "Belföld")


def news_page(extra_body: str = "") -> str:
    """A saved article page as a news site builds it: menu, cookie banner, article, caption,
    related links, comments, footer."""
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8">
<title>{TITLE} | Telex</title>
<meta property="og:site_name" content="Telex"><meta name="author" content="Kiss Péter">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<link rel="canonical" href="https://telex.hu/belfold/2024/03/05/vizdij">
<script>document.title = "<b>futó szkript</b>";</script></head>
<body><header><nav><ul><li><a href="/belfold">Belföld</a></li><li><a href="/kulfold">Külföld
</a></li><li><a href="/gazdasag">Gazdaság</a></li></ul></nav></header>
<div class="cookie-banner">Ez az oldal sütiket használ. <button>Elfogadom</button></div>
<main><article><h1>{TITLE}</h1><p class="author">Kiss Péter · 2024. március 5.</p>
<p class="lead">{LEAD}</p>
<figure><img src="vizmu.jpg" onerror="alert(1)"><figcaption>Fotó: MTI/Kovács Tamás
</figcaption></figure>
<p>A döntést élesen bírálta a Fogyasztóvédelmi Egyesület. {QUOTE}</p>
<p>{END}</p>{extra_body}</article>
<aside class="related"><h3>Kapcsolódó cikkek</h3><ul><li><a href="/x">Drágul a gáz</a></li>
<li><a href="/y">Újabb áremelés jön</a></li></ul></aside>
<section class="comments"><h3>Hozzászólások</h3><p>Ez botrány, mindig mi fizetünk!</p>
</section></main>
<footer><p>© Telex 2024 · Impresszum · Adatvédelem</p></footer></body></html>"""


def mhtml(page: str) -> bytes:
    """The page as a browser's single-file web archive (quoted-printable HTML in MIME)."""
    message = EmailMessage()
    message["Snapshot-Content-Location"] = "https://telex.hu/belfold/2024/03/05/vizdij"
    message["Subject"] = TITLE
    message.make_related()
    message.add_related(page, subtype="html", cte="quoted-printable")
    message.add_related(b"\x89PNG fake", maintype="image", subtype="png")
    return message.as_bytes()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title, props.author = TITLE, "Kiss Péter"
    props.created = datetime.datetime(2024, 3, 5, 10, 0)
    document.sections[0].header.paragraphs[0].text = "SAJTÓKÖZLEMÉNY – fejléc"
    document.add_heading(TITLE, 1)
    document.add_paragraph(LEAD)
    paragraph = document.add_paragraph("A döntést ")
    paragraph.add_run("élesen").bold = True
    paragraph.add_run(f" bírálta a Fogyasztóvédelmi Egyesület. {QUOTE}")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Díj 2024", "Díj 2025"
    document.add_paragraph(END)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:body><office:text>
<text:h text:outline-level="1">{title}</text:h>
<text:p>{lead}<text:note text:note-class="footnote"><text:note-body><text:p>Lábjegyzet
szövege.</text:p></text:note-body></text:note></text:p>
<text:p>A döntést <text:span>élesen</text:span> bírálta<text:s/>a<text:s text:c="2"/>\
Fogyasztóvédelmi<text:tab/>Egyesület.<text:line-break/>{quote}</text:p>
<text:list><text:list-item><text:p>{end}</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>"""

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>
<dc:title>{title}</dc:title><meta:initial-creator>Kiss Péter</meta:initial-creator>
<meta:creation-date>2024-03-05T10:00:00</meta:creation-date></office:meta>
</office:document-meta>"""


def odt_bytes(content: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content if content is not None else ODT_CONTENT.format(
            title=TITLE, lead=LEAD, quote=QUOTE, end=END))
        archive.writestr("meta.xml", ODT_META.format(title=TITLE))
    return out.getvalue()


def rtf_bytes() -> bytes:
    """An RTF file as Word writes Hungarian: code page 1250, \\'xx and \\uN escapes."""

    def escape(text: str) -> str:
        out = []
        for ch in text:
            if ord(ch) < 128:
                out.append(ch)
            elif ch in "őű":
                out.append(f"\\u{ord(ch)}?")
            else:
                out.append(f"\\'{ch.encode('cp1250')[0]:02x}")
        return "".join(out)

    body = "\\par\n".join(escape(p) for p in (TITLE, LEAD, QUOTE, END))
    return ("{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
            f"{{\\info{{\\title {escape(TITLE)}}}{{\\author Kiss P\\'e9ter}}}}"
            f"\\f0\\fs24 {body}\\par\n}}").encode("ascii")


# The PDF's text: Helvetica's standard encoding has á, é, í, ó, ö, ú, ü but not ő, ű.
PDF_LINES = (
    "A Dunamenti Vizmuvek hétfon bejelentette, hogy jövo tavasztól átlagosan nyolc szá-",
    "zalékkal emeli a vízdíjat Budapesten. Az egyesület elnöke, Varga Zsófia azt mondta,",
    "hogy a háztartások többsége már most is nehezen fizeti a rezsit.",
)
PDF_SECOND = ("A második oldalon a cikk folytatódik: a minisztérium szerint a díjat a ható-",
              "ságoknak jóvá kell hagyniuk.")


def pdf_bytes(pages: int = 2) -> bytes:
    """A press release of ``pages`` pages: a running header, a page number at the foot, and a
    word hyphenated across lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle("Vízdíj-emelés")
    page.setAuthor("Dunamenti Vízművek")
    width, height = A4
    for number in range(1, pages + 1):
        page.setFont("Helvetica", 9)
        page.drawString(72, height - 40, "Dunamenti Vízmuvek – sajtóközlemény – 2024. 03. 05.")
        page.drawString(width / 2, 30, f"{number}. oldal")
        page.setFont("Helvetica", 11)
        y = height - 120
        for line in PDF_LINES if number == 1 else PDF_SECOND:
            page.drawString(72, y, line)
            y -= 14
        page.showPage()
    page.save()
    return out.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A PDF whose page is a picture (here: shapes) and has no text at all."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(72, 72, 400, 600, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()
