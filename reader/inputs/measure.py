"""How well the web page extraction keeps an article and leaves the rest: python -m
reader.inputs.measure [ARTICLE.txt ...].

Each article (a plain-text file: its title on the first line, then its paragraphs) is put into a
page built like its outlet's article pages (menus, cookie banner, lead, captioned picture, a
"related" box inside the text, tags, share buttons, recommended articles, comments, footer),
read back through reader.inputs.web, and two shares are counted over words (as multisets):
how many of the article's words were kept, and how many of the page's other words were let in.
With no arguments it uses the press-dev articles in ../shared/data/press-dev if there are any,
else the test articles. Its figures are in docs/formats.md.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reader.inputs import web

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Site:
    """The page structure of one outlet's articles (the parts around the article's text)."""

    name: str
    header: str
    open: str  # from the article's container to before its title
    after_title: str  # byline, date, lead class ...
    inline: str  # a box between the second and third paragraphs
    figure: str
    after: str  # inside the container, after the text: tags, share buttons
    rest: str  # recommended articles, comments, sidebars, footer
    close: str = "</article>"
    paragraph: str = "<p>{}</p>"


COOKIE = ('<div id="cookie-consent" class="cmp-banner"><p>Ez a weboldal sütiket használ a '
          "jobb felhasználói élmény érdekében. A további böngészéssel hozzájárul a sütik "
          "használatához.</p><button>Elfogadom</button><button>Beállítások</button></div>")
NEWSLETTER = ('<div class="newsletter"><h3>Iratkozzon fel hírlevelünkre!</h3><p>A nap legfontosabb '
              "hírei minden reggel a postafiókjában.</p><input placeholder=\"E-mail-cím\">"
              "<button>Feliratkozom</button></div>")
SHARE = ('<div class="share"><a href="#">Megosztás</a> <a href="#">Facebook</a> '
         '<a href="#">Twitter</a> <a href="#">Link másolása</a></div>')


def _links(title: str, items: list[str], tag: str = "aside", cls: str = "related") -> str:
    rows = "".join(f'<li><a href="/cikk/{n}">{html.escape(item)}</a></li>'
                   for n, item in enumerate(items))
    return f'<{tag} class="{cls}"><h3>{html.escape(title)}</h3><ul>{rows}</ul></{tag}>'


def _nav(items: list[str]) -> str:
    return "<header><nav><ul>" + "".join(
        f'<li><a href="/{item.lower()}">{item}</a></li>' for item in items) + "</ul></nav></header>"


def _comments(outlet: str) -> str:
    return ('<section id="comments" class="comments"><h2>Hozzászólások</h2>'
            '<div class="comment"><span class="user">kovacs_bela</span><p>Ez felháborító, '
            "mindig ugyanez történik ebben az országban.</p></div>"
            '<div class="comment"><span class="user">anna77</span><p>Végre valaki leírta, '
            f"köszönöm a {outlet} újságíróinak!</p></div></section>")


def _footer(outlet: str) -> str:
    return (f'<footer class="site-footer"><p>© 2024 {outlet} – Minden jog fenntartva.</p>'
            '<ul><li><a href="/impresszum">Impresszum</a></li><li><a href="/adatvedelem">'
            'Adatvédelmi tájékoztató</a></li><li><a href="/aszf">ÁSZF</a></li><li>'
            '<a href="/mediaajanlat">Médiaajánlat</a></li><li><a href="/kapcsolat">Kapcsolat'
            "</a></li></ul></footer>")


SECTIONS = ["Belföld", "Külföld", "Gazdaság", "Tudomány", "Kultúra", "Sport", "Vélemény"]
RELATED = ["Újabb fordulat a közbeszerzési ügyben", "Mit jelent a döntés a családoknak?",
           "Ellenzéki politikusok reagáltak a bejelentésre", "Percről percre: a nap hírei"]
MOST_READ = ["Leállt a forgalom az M1-esen", "Meghalt a népszerű színész",
             "Ennyi lesz a nyugdíjemelés jövőre", "Vihar csap le az országra"]

SITES = {
    "telex": Site(
        "Telex", _nav(SECTIONS) + COOKIE,
        '<main><div class="article_container"><article class="article">',
        '<div class="article_date">2024. március 5. – 10:12</div><div class="author">'
        '<a href="/szerzo/kiss-peter">Kiss Péter</a></div>',
        _links("Kapcsolódó", RELATED[:2], "div", "article-box related-box"),
        '<figure><img src="kep.jpg"><figcaption>Fotó: Huszti István / Telex</figcaption></figure>',
        '<div class="tags"><a href="/t/politika">politika</a> <a href="/t/egyhaz">egyház</a></div>'
        + SHARE + '<div class="support">Támogasd a független újságírást! Legyél te is a Telex '
        "támogatója.</div>",
        _links("Legfrissebb", RELATED, "section", "latest") + _comments("Telex")
        + _footer("Telex"), "</article></div></main>"),
    "444": Site(
        "444", _nav(["Címlap", "Percről percre", "Kultúra", "Tech", "Podcast"]) + COOKIE,
        '<div id="content"><div class="content-wrap"><article>',
        '<p class="byline">Varga Judit · 2024. március 5.</p>',
        '<div class="embed"><blockquote class="twitter-tweet"><p>Ez a tweet nem a cikk része, '
        "csak beágyazva.</p></blockquote></div>",
        '<figure><img src="a.jpg"><figcaption>Fotó: Bődey János / 444</figcaption></figure>',
        SHARE + '<div class="donate"><h3>Támogasd a 444-et!</h3><p>A 444 olvasói támogatásból '
        "működik.</p></div>",
        _links("Olvasd el ezt is", RELATED) + NEWSLETTER + _footer("444"),
        "</article></div></div>"),
    "hvg": Site(
        "hvg.hu", _nav(SECTIONS + ["Kkv", "Cégautó"]) + COOKIE
        + '<div class="breadcrumb"><a href="/">HVG</a> › <a href="/itthon">Itthon</a></div>',
        '<div class="article-page"><div class="article-content">',
        '<div class="info"><span class="author">hvg.hu</span> <time>2024. március 5. 08:30'
        "</time></div>",
        '<div class="ad">Hirdetés</div>',
        '<div class="image"><img src="b.jpg"><div class="caption">MTI / Koszticsák Szilárd'
        "</div></div>",
        '<div class="article-tags">Címkék: <a href="#">oktatás</a> <a href="#">kormány</a></div>'
        + SHARE,
        _links("A legolvasottabb cikkek", MOST_READ, "div", "most-read")
        + '<div class="promo">Előfizetés: olvassa a HVG-t korlátlanul!</div>' + _footer("HVG"),
        "</div></div>", '<p class="p">{}</p>'),
    "magyarnarancs": Site(
        "Magyar Narancs", _nav(["Belpol", "Külpol", "Kultúra", "Publicisztika"]) + COOKIE,
        '<div class="container"><div class="article"><div class="article-header">',
        '<div class="author-name">Narancs</div></div><div class="article-body">',
        '<div class="offer">A Magyar Narancs előfizetőinek ez a cikk teljes terjedelmében '
        "elérhető.</div>",
        '<figure><img src="c.jpg"><figcaption>Fotó: Sióréti Gábor</figcaption></figure>',
        "</div>" + SHARE,
        _links("Ajánló", RELATED) + _footer("Magyar Narancs"), "</div></div>"),
    "24hu": Site(
        "24.hu", _nav(["Belföld", "Külföld", "Élet-stílus", "Szórakozás", "Fn"]) + COOKIE,
        '<main class="site-main"><article class="o-post">',
        '<div class="m-author"><a href="#">24.hu</a></div><time>2024. 03. 05. 12:00</time>',
        _links("Ajánlott videó", ["Így néz ki a felújított Puskás Aréna"], "div", "m-videoBox"),
        '<figure class="wp-caption"><img src="d.jpg"><figcaption class="wp-caption-text">Fotó: '
        "Béli Balázs / 24.hu</figcaption></figure>",
        SHARE, _links("Friss hírek", RELATED, "aside", "o-sidebar") + _comments("24.hu")
        + _footer("24.hu"), "</article></main>"),
    "index": Site(
        "Index", _nav(["Belföld", "Külföld", "Gazdaság", "Sport", "Kultúr", "Tech-Tudomány"])
        + COOKIE, '<div class="cikk-torzs-container"><div class="cikk-torzs">',
        '<div class="szerzo">Index</div><div class="datum">2024.03.05. 09:14</div>',
        '<div class="cikk-ajanlo"><h4>Kapcsolódó</h4><a href="#">Ezt is olvassa el: ' + RELATED[0]
        + "</a></div>",
        '<div class="kep"><img src="e.jpg"><p class="kepalairas">(Fotó: Index)</p></div>',
        '<div class="cimkek"><a href="#">tudomány</a> <a href="#">matematika</a></div>' + SHARE,
        _links("Legolvasottabb", MOST_READ, "div", "legolvasottabb") + _comments("Index")
        + _footer("Index"), "</div></div>"),
    "nepszava": Site(
        "Népszava", _nav(["Belföld", "Külföld", "Gazdaság", "Vélemény", "Kultúra"]) + COOKIE,
        '<section class="article"><div class="article-wrapper">',
        '<div class="article-info"><span>Népszava</span> · 2024. márc. 05.</div>',
        '<div class="banner">Hirdetés</div>',
        '<figure><img src="f.jpg"><figcaption>Fotó: Népszava / Molnár Ádám</figcaption></figure>',
        SHARE + NEWSLETTER, _links("További cikkek", RELATED) + _footer("Népszava"),
        "</div></section>"),
    "nepszabadsag": Site(
        "Népszabadság", _nav(["Belföld", "Világ", "Gazdaság", "Kultúra", "Sport"])
        + '<div id="login">Belépés · Regisztráció</div>',
        '<table class="layout"><tr><td class="main"><div class="cikk">',
        '<div class="cikkfej">nol.hu · 2012. február 14.</div>', "",
        '<div class="kepdoboz"><img src="g.jpg"><span>Illusztráció</span></div>',
        '<div class="cikklab">A cikkhez hozzászólni csak bejelentkezés után lehet.</div>',
        '</td><td class="sidebar">' + _links("Legolvasottabb", MOST_READ, "div", "box")
        + "</td></tr></table>" + _footer("Népszabadság"), "</div>"),
    "mti": Site(
        "MTI", _nav(["Belföld", "Külföld", "Gazdaság", "Tudomány"])
        + '<div class="search"><input placeholder="Keresés"></div>',
        '<div id="main"><div class="news-item">',
        '<p class="source">Forrás: MTI · 2024. március 5.</p>', "",
        "", '<div class="nav-links"><a href="#">Előző hír</a> <a href="#">Következő hír</a></div>',
        _links("Kapcsolódó hírek", RELATED) + _footer("MTI"), "</div></div>"),
    "origo": Site(
        "Origo", _nav(["Itthon", "Nagyvilág", "Gazdaság", "Sport", "Tudomány", "Autó"]) + COOKIE,
        '<div class="article-wrapper"><article id="article-center">',
        '<div class="article-info"><span class="article-author">Origo</span> <span>2024.03.05. '
        "11:20</span></div>",
        _links("Ezek is érdekelhetik", RELATED[:3], "div", "recommender-box"),
        '<figure><img src="h.jpg"><figcaption>Fotó: Origo</figcaption></figure>',
        '<div class="tags">Címkék: MSZP, választás</div>' + SHARE,
        _links("Ajánló", MOST_READ, "aside", "sidebar-box") + _comments("Origo")
        + _footer("Origo"), "</article></div>"),
}


def build_page(site: Site, title: str, paragraphs: list[str]) -> str:
    """An article page of ``site`` with this title and these paragraphs."""
    body = []
    for n, paragraph in enumerate(paragraphs):
        if n == 1:
            body.append(site.figure)
        if n == 2:
            body.append(site.inline)
        body.append(site.paragraph.format(html.escape(paragraph)))
    return (f'<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>'
            f"{html.escape(title)} | {site.name}</title>"
            f'<meta property="og:site_name" content="{site.name}">'
            '<script>window.dataLayer = [{"page": "article"}];</script>'
            f"<style>body{{font-family:serif}}</style></head><body>{site.header}{site.open}"
            f"<h1>{html.escape(title)}</h1>{site.after_title}{''.join(body)}{site.after}"
            f"{site.close}{site.rest}</body></html>")


def visible_words(page: str) -> Counter[str]:
    """The words a reader of the page sees (no script, style or markup)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL)
    page = re.sub(r"<input[^>]*placeholder=\"([^\"]*)\"[^>]*>", r" \1 ", page)
    return words(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


@dataclass(frozen=True)
class Score:
    name: str
    site: str
    article: int  # words of the article
    kept: int  # of them in the extraction
    boilerplate: int  # other words on the page
    let_in: int  # of them in the extraction


def measure(path: Path, site_key: str) -> Score:
    """Build the page for one article, extract it, count."""
    title, _, rest = path.read_text(encoding="utf-8").strip().partition("\n")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", rest) if p.strip()]
    page = build_page(SITES[site_key], title.strip(), paragraphs)
    article = words(title) + sum((words(p) for p in paragraphs), Counter())
    boilerplate = visible_words(page) - article
    try:
        extracted = words(web.read_page(page.encode("utf-8"), path.name).text)
    except Exception:  # nothing found counts as nothing kept
        extracted = Counter()
    kept = extracted & article
    let_in = (extracted - article) & boilerplate
    return Score(path.stem, site_key, sum(article.values()), sum(kept.values()),
                 sum(boilerplate.values()), sum(let_in.values()))


def site_for(path: Path) -> str:
    """The outlet whose structure the article's page takes (by its file name, else in turn)."""
    name = path.stem.lower()
    for key in SITES:
        if key in name.replace("hvgblog", "hvg"):
            return key
    return list(SITES)[hash(name) % len(SITES)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args]
    if not paths:
        root = Path(__file__).resolve().parents[2]
        for folder in (root.parent / "shared" / "data" / "press-dev",
                       root / "tests" / "data" / "articles"):
            paths = sorted(folder.glob("*.txt"))
            if paths:
                break
    scores = [measure(path, site_for(path)) for path in paths]
    print(f"{'article':45} {'site':13} {'words':>6} {'kept':>7} {'other':>6} {'let in':>7}")
    for s in scores:
        print(f"{s.name[:45]:45} {s.site:13} {s.article:6} {s.kept / s.article:7.1%} "
              f"{s.boilerplate:6} {s.let_in / max(s.boilerplate, 1):7.1%}")
    article = sum(s.article for s in scores)
    boilerplate = sum(s.boilerplate for s in scores)
    print(f"{'all ' + str(len(scores)) + ' articles':45} {len({s.site for s in scores}):>2} sites"
          f"{'':>9}{article:6} {sum(s.kept for s in scores) / article:7.1%} {boilerplate:6} "
          f"{sum(s.let_in for s in scores) / boilerplate:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
