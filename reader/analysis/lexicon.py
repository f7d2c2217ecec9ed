"""Small hand-kept Hungarian word lists the analysis relies on (places, demonyms, acronyms, cues).

Kept short on purpose: they back up the pipeline (lemmas, NER) where it is weak, they do not
replace it. Every list is lower-case unless it holds names.
"""

from __future__ import annotations

from functools import lru_cache

from reader.locator import resource_text

# Countries and well-known places: name -> the demonym/adjective when it is not simply name + "i".
# Names are also a gazetteer: a capitalised token equal to one of them is a place mention even
# when the recogniser missed it.
PLACES: dict[str, str] = {
    "Magyarország": "magyar",
    "Oroszország": "orosz",
    "Németország": "német",
    "Franciaország": "francia",
    "Olaszország": "olasz",
    "Lengyelország": "lengyel",
    "Spanyolország": "spanyol",
    "Törökország": "török",
    "Görögország": "görög",
    "Horvátország": "horvát",
    "Csehország": "cseh",
    "Svédország": "svéd",
    "Finnország": "finn",
    "Fehéroroszország": "fehérorosz",
    "Egyesült Államok": "amerikai",
    "Amerikai Egyesült Államok": "amerikai",
    "Egyesült Királyság": "brit",
    "Nagy-Britannia": "brit",
    "Anglia": "angol",
    "Ausztria": "osztrák",
    "Szlovákia": "szlovák",
    "Románia": "román",
    "Szerbia": "szerb",
    "Szlovénia": "szlovén",
    "Ukrajna": "ukrán",
    "Norvégia": "norvég",
    "Dánia": "dán",
    "Hollandia": "holland",
    "Belgium": "belga",
    "Svájc": "svájci",
    "Izrael": "izraeli",
    "Palesztina": "palesztin",
    "Szíria": "szír",
    "Irak": "iraki",
    "Irán": "iráni",
    "Afganisztán": "afgán",
    "Kína": "kínai",
    "Japán": "japán",
    "India": "indiai",
    "Pakisztán": "pakisztáni",
    "Kanada": "kanadai",
    "Mexikó": "mexikói",
    "Brazília": "brazil",
    "Argentína": "argentin",
    "Egyiptom": "egyiptomi",
    "Szaúd-Arábia": "szaúdi",
    "Észak-Korea": "észak-koreai",
    "Dél-Korea": "dél-koreai",
    "Európa": "európai",
    "Budapest": "budapesti",
    "Moszkva": "moszkvai",
    "Kijev": "kijevi",
    "Washington": "washingtoni",
    "Brüsszel": "brüsszeli",
    "Berlin": "berlini",
    "Bécs": "bécsi",
    "Párizs": "párizsi",
    "London": "londoni",
    "Peking": "pekingi",
    "Phenjan": "phenjani",
    "Teherán": "teheráni",
    "Varsó": "varsói",
    "Prága": "prágai",
    "Pozsony": "pozsonyi",
    "Bukarest": "bukaresti",
    "Belgrád": "belgrádi",
    "Debrecen": "debreceni",
    "Szeged": "szegedi",
    "Pécs": "pécsi",
    "Győr": "győri",
    "Miskolc": "miskolci",
}

# Demonyms that name a people and whose country is not name + "i" (derived in actors.py).
DEMONYMS: dict[str, str] = {adj: name for name, adj in PLACES.items()}
DEMONYMS["amerikai"] = "Egyesült Államok"
DEMONYMS["fehérorosz"] = "Fehéroroszország"
DEMONYMS["belarusz"] = "Fehéroroszország"

# Names that denote the same actor: every group is one actor whatever the text pairs.
ALIASES: tuple[tuple[str, ...], ...] = (
    ("ENSZ", "Egyesült Nemzetek Szervezete", "Egyesült Nemzetek"),
    ("NATO", "Észak-atlanti Szerződés Szervezete"),
    ("EU", "Európai Unió", "Unió"),
    ("USA", "Amerikai Egyesült Államok", "Egyesült Államok"),
    ("Egyesült Királyság", "Nagy-Britannia"),
    ("IMF", "Nemzetközi Valutaalap"),
    ("EKB", "Európai Központi Bank"),
    ("MNB", "Magyar Nemzeti Bank"),
    ("KSH", "Központi Statisztikai Hivatal"),
    ("NAV", "Nemzeti Adó- és Vámhivatal"),
    ("WHO", "Egészségügyi Világszervezet"),
    ("NAÜ", "Nemzetközi Atomenergia-ügynökség"),
    ("EBESZ", "Európai Biztonsági és Együttműködési Szervezet"),
    ("MÁV", "Magyar Államvasutak"),
    ("BKV", "Budapesti Közlekedési Vállalat"),
    ("ÁSZ", "Állami Számvevőszék"),
    ("GVH", "Gazdasági Versenyhivatal"),
    ("MTA", "Magyar Tudományos Akadémia"),
    ("MTI", "Magyar Távirati Iroda"),
    ("ELTE", "Eötvös Loránd Tudományegyetem"),
    ("EP", "Európai Parlament"),
    ("ÉS", "Élet és Irodalom"),
)

# Titles written before a name, capitalised at a sentence start ("Dr. Sulyok László"): no word
# of the name, as "dr." is not.
HONORIFICS = frozenset({"dr.", "prof.", "dr", "prof"})

# The codes of law, named by their abbreviation: Btk. (criminal code), Ptk. (civil code), Mt.
# (labour code), Kbt. (public procurement), Alaptv. (the Fundamental Law); a law is a thing
# (MISC, evidence rule "law"), and its abbreviation keeps its period (NAME_ABBREVIATIONS).
LAW_CODES = frozenset({"btk.", "ptk.", "mt.", "kbt.", "alaptv."})
LAW_HEADS = ("törvény", "törvénye", "törvénykönyv", "törvénykönyve")

# Abbreviations that legitimately end a name with a period.
NAME_ABBREVIATIONS = frozenset(
    {
        "kft.",
        "zrt.",
        "nyrt.",
        "bt.",
        "rt.",
        "kkt.",
        "inc.",
        "ltd.",
        "co.",
        "corp.",
        "jr.",
        "sr.",
        "st.",
        "dr.",
        "ifj.",
        "id.",
        "plc.",
        "ag.",
        "gmbh.",
        "s.a.",
        *LAW_CODES,
    }
)


# Lower-case words that end a place name legitimately ("Andrássy út", "Margit híd").
PLACE_NOUNS = frozenset(
    {
        "út",
        "utca",
        "tér",
        "körút",
        "sugárút",
        "híd",
        "park",
        "liget",
        "sziget",
        "hegy",
        "tó",
        "folyó",
        "csatorna",
        "rakpart",
        "sétány",
        "köz",
        "fasor",
        "sor",
        "völgy",
        "megye",
        "kerület",
        "tartomány",
        "régió",
        "járás",
        "puszta",
        "öböl",
        "tenger",
        "óceán",
        "pályaudvar",
        "udvar",
        "lakótelep",
        "negyed",
    }
)

# The nouns of a road after a motorway's name ("M3 bevezető", "M1 autópálya").
ROAD_NOUNS = frozenset({"autópálya", "autóút", "bevezető", "út", "sztráda", "körgyűrű"})

# Words that open a subordinate clause before the main clause of a sentence ("Miután a KSH
# közölte, hogy …, Orbán Viktor is megszólalt"): a claim there ends where the main clause begins.
SUBORDINATE_OPENERS = frozenset(
    {"miután", "mivel", "amikor", "mikor", "bár", "habár", "noha", "mielőtt", "amint", "míg",
     "miközben", "ha", "hogyha", "amennyiben"}
)

# Organisations' nouns that follow an organisation's name in lower case ("a Három Királylány
# civil szervezet", "a Nyitott Kapu alapítvány"): the name is an organisation's.
ORG_NOUNS_AFTER_NAMES = frozenset(
    {"szervezet", "alapítvány", "egyesület", "mozgalom", "társaság", "szövetség", "párt",
     "cég", "vállalat", "kft.", "zrt.", "intézet", "egyház", "szakszervezet"}
)

# A square's or a street's noun, possessed, that ends a name after a plural word ("Hősök tere",
# "Vértanúk tere", "Mártírok útja"; not a family's: "Orbánék útja").
POSSESSED_PLACE_NOUNS = frozenset({"tere", "útja"})

# The place nouns that end a one-word place name too ("Nagykörút", "Városliget").
STREET_NOUNS = frozenset(
    {"utca", "körút", "sugárút", "rakpart", "sétány", "liget", "sziget", "fasor", "lakótelep",
     "pályaudvar"}
)

# Day and time words the recogniser tends to glue onto names ("Vízművek hétfőn").
TIME_WORDS = frozenset(
    {
        "hétfőn",
        "kedden",
        "szerdán",
        "csütörtökön",
        "pénteken",
        "szombaton",
        "vasárnap",
        "tegnap",
        "ma",
        "holnap",
        "tavaly",
        "idén",
        "reggel",
        "este",
        "délután",
        "délelőtt",
        "éjjel",
        "múlt",
        "jövő",
        "héten",
        "hétvégén",
        # the days themselves, as a sentence's first word ("Csütörtök délután közölték")
        "hétfő",
        "kedd",
        "szerda",
        "csütörtök",
        "péntek",
        "szombat",
        # "három napja", "két hete", "egy éve": how long ago, never who speaks
        "perce",
        "órája",
        "napja",
        "hete",
        "hónapja",
        "éve",
    }
)

# Reporting verbs by (compound) lemma -> claim kind. See reader.analysis.claims for the kinds.
CUE_VERBS: dict[str, str] = {
    "mond": "statement",
    "hivatkozik": "statement",  # "arra hivatkozott, hogy"
    "sérelmez": "statement",  # "azt sérelmezte, hogy" (not "sérelmezte a döntést")
    # more seen in real press, each with its words after "hogy" or a colon
    "bevall": "statement",  # "bevallotta, hogy"
    "összefoglal": "statement",  # "így foglalta össze:"
    "nyugtáz": "statement",  # "elégedetten nyugtázta, hogy"
    "tanácsol": "statement",  # "azt tanácsolja, hogy"
    "kiposztol": "statement",
    "említ": "statement",
    "elmond": "statement",
    "közöl": "statement",
    "nyilatkozik": "statement",
    "ír": "statement",
    "megír": "statement",
    "kijelent": "statement",
    "állít": "statement",
    "hangsúlyoz": "statement",
    "kiemel": "statement",
    "elismer": "statement",
    "reagál": "statement",
    "figyelmeztet": "statement",
    "hozzátesz": "statement",
    "fogalmaz": "statement",
    "magyaráz": "statement",
    "elmagyaráz": "statement",
    "kifejt": "statement",
    "megerősít": "statement",
    "jelent": "statement",
    "tudat": "statement",
    "közzétesz": "statement",
    "felidéz": "statement",
    "válaszol": "statement",
    "nyilvánít": "statement",
    "panaszkodik": "statement",
    "sürget": "statement",
    "követel": "statement",
    "ígér": "announcement",
    "megígér": "announcement",
    "bejelent": "announcement",
    "tagad": "denial",
    "letagad": "denial",
    "cáfol": "denial",
    "visszautasít": "denial",
    "elutasít": "denial",
    "vádol": "accusation",
    "megvádol": "accusation",
    "gyanúsít": "accusation",
    "bírál": "accusation",
    "kritizál": "accusation",
    "vél": "opinion",
    "gondol": "opinion",
    "hisz": "opinion",
    "tart": "opinion",
    "lát": "opinion",
    "értékel": "opinion",
    # more reporting verbs seen in real news (the development set, docs/annotation.md)
    "jelez": "statement",
    "megjegyez": "statement",
    "beszámol": "statement",
    "tájékoztat": "statement",
    "kérdez": "statement",
    "megkérdez": "statement",
    "hozzáfűz": "statement",
    "emlékeztet": "statement",
    "javasol": "statement",
    "elárul": "statement",
    "rámutat": "statement",
    "megállapít": "statement",
    "megismétel": "statement",
    "érvel": "statement",
    "ragaszkodik": "statement",
    "hangoztat": "statement",
    "leszögez": "statement",
    "pontosít": "statement",
    "részletez": "statement",
    "üzen": "statement",
    "posztol": "statement",
    "tweetel": "statement",
    "twittel": "statement",
    "tud": "statement",  # only as "úgy tudja" (NEEDS_UGY)
    "remél": "opinion",
    "okol": "accusation",
    "hibáztat": "accusation",
    "támad": "accusation",
    "elítél": "accusation",
    "vitat": "denial",
    "beismer": "statement",
    "értesít": "statement",
    "elmesél": "statement",
    "ismételget": "statement",
    "megfenyeget": "statement",
    "aláhúz": "statement",
    "rávág": "statement",  # "erre rávágta, hogy": retorted
    "folytat": "statement",  # "– folytatta a szóvivő": only with content before a dash
    "megdorgál": "accusation",
    "nevez": "statement",  # with a predicate: "X-et diktátornak nevezte" (PREDICATE_CUES)
    # verbs of calling, wording, arguing and believing, seen on unseen press
    "titulál": "statement",
    "aposztrofál": "statement",
    "megfogalmaz": "statement",
    "fejteget": "statement",
    "vázol": "statement",
    "méltat": "statement",
    "feltételez": "opinion",
    "vall": "opinion",  # "azt vallja, hogy": holds
    "felró": "accusation",
    # more seen in real press (the archive set, docs/annotation.md)
    "mesél": "statement",
    "leír": "statement",
    "kér": "statement",  # "arra kérte, hogy ...": what is asked is reported
    "védekezik": "statement",
    "emlékezik": "statement",  # "– emlékezett vissza"
    "visszaemlékezik": "statement",
    # seen in the fourth batch of real press (60-68) and the misses of the earlier ones
    "vélekedik": "opinion",  # "– vélekedett Magyar", "így vélekedik:"
    "felel": "statement",  # "annyit felelt:" (not "felel azért, hogy": RESPONSIBLE_FOR)
    "felszólít": "statement",  # "arra szólította fel a kormányt, hogy"
    "bizonygat": "statement",  # "azt bizonygatta, hogy"
    "jósol": "opinion",
    "kommentál": "statement",
    "emlékszik": "statement",
    "tudósít": "statement",
    "összegez": "statement",
    "elemez": "statement",
    "fanyalog": "statement",
    "fitymál": "statement",
    "kiderít": "statement",
    "kezd": "statement",  # "„…” – kezdte beszédét X": only with content before a dash
    "zár": "statement",  # "„…” – zárta X": likewise
    # seen in the misses of the news2025 and archive sets
    "ecsetel": "statement",
    "tippel": "opinion",
    "megemlít": "statement",
    "nehezményez": "accusation",
    "emleget": "statement",
    "indokol": "statement",  # "azzal indokolta, hogy"
    "felelevenít": "statement",
    "rávilágít": "statement",
    "idéz": "statement",  # "– idézi a Blikk", "Bonhoeffert idézte"
    "sorol": "statement",  # "– sorolta X"
    "felsorol": "statement",
}

# Cues of a verb and a word beside it: "felhívta a figyelmet arra, hogy", "kitart amellett,
# hogy", "bejelentést tett". The word (its lemma or the start or end of its form) stands
# within PHRASE_REACH tokens of the verb.
PHRASE_CUES: dict[tuple[str, str], str] = {
    ("felhív", "figyelem"): "statement",
    ("beszél", "arról"): "statement",  # "arról beszélt, hogy ...": not "beszélt" alone
    ("beszél", "erről"): "statement",  # "„…” Erről beszélt X": the quote before
    ("kitart", "mellett"): "statement",
    ("tart", "attól"): "opinion",
    ("vállal", "felelősség"): "announcement",
    ("tesz", "bejelentés"): "announcement",
    ("tesz", "nyilatkozat"): "statement",
    ("tesz", "javaslat"): "statement",
    ("tesz", "ígéret"): "announcement",
    ("ad", "hang"): "statement",
    ("ad", "igaz"): "statement",
    ("tesz", "szóvá"): "statement",
    ("ad", "közlemény"): "statement",
    ("ad", "hírül"): "statement",  # "– adta hírül a lap"
    ("kikér", "magának"): "denial",  # "kikérte magának, hogy …": rejected it
    ("kitér", "arra"): "statement",  # "arra is kitért, hogy" (not "kitért a kérdés elől")
    ("jut", "következtetés"): "statement",  # "arra a következtetésre jutott, hogy"
    ("jut", "arra"): "statement",  # "arra jutottak, hogy"
    ("tesz", "helyre"): "denial",  # "helyre tette ..., hogy"
    ("levon", "következtetés"): "statement",  # "azt a következtetést vonta le, hogy"
    ("kifejez", "remény"): "opinion",  # "reményét fejezte ki, hogy", "kifejezte reményét"
}

# "fontosnak / szükségesnek / valószínűnek tartja, hogy ...": a judgement that asserts its
# content clause (an opinion), with the adjective in -nak/-nek beside "tart" and no "nem"
# ("kizártnak tartja" and "elfogadhatatlannak tartja" say the opposite or condemn: not here).
JUDGEMENT_ADJECTIVES = frozenset({"fontos", "szükséges", "valószínű", "indokolt"})
JUDGEMENT_VERB = "tart"
# Letters of a label that may be a person's initials: an interview's turn or a mention
# ("DG", "TGM", "SZGY": a digraph's initial written in capitals).
MAX_INITIALS = 4
PHRASE_REACH = 3

# Verbs whose content may be a predicate in the dative or translative: "X-et Y-nak nevezte",
# "a rendezvényt a legnagyobb tüntetésnek vélik".
PREDICATE_CUES = frozenset({"nevez", "vél", "titulál", "aposztrofál"})

# Verbs whose content may be their object: "a miniszterelnök lemondását követelték".
DEMAND_CUES = frozenset({"követel", "sürget", "ígér", "megígér"})
# Verbs of refusing: with a thing as object an act ("elutasította az eljárást"), a claim only
# with words or views as object ("elutasította a vádakat", CLAIM_NOUNS).
REFUSAL_VERBS = frozenset({"elutasít"})

# Object pronouns that point back to what was said: "Ezt a kormánypárt cáfolta."
BACK_POINTERS = frozenset({"ezt", "azt", "mindezt", "ezeket", "azokat"})

# Labels that open a line with a colon and are no speakers: "Fotó: MTI/Kovács Attila".
LINE_LABELS = frozenset(
    {"fotó", "forrás", "kép", "címlapkép", "borítókép", "nyitókép", "videó", "szerző",
     "frissítés", "illusztráció", "grafika", "forrásként",
     # a postscript ("U.i.: …", "P.S.: …"): the writer's own line, no one else's turn
     "u.i", "u.i.", "ui.", "p.s", "p.s.", "ps."}
)

# Verbs that report speech only after it, with a dash: "– folytatta a szóvivő."
INVERTED_ONLY = frozenset({"folytat", "kezd", "zár"})
# ... of which these report a clause too where "azzal" points to it and their object is a talk
# or a text: "a beszélgetést azzal kezdte, hogy …", "elemzését azzal zárta, hogy …" (the first
# or last words; "azzal kezdte, hogy kitakarított" tells what she did)
WITH_AZZAL = frozenset({"kezd", "zár"})

# Verbs that only report with a manner word before them ("úgy véli", "úgy látja", "úgy tartja").
NEEDS_UGY = frozenset({"lát", "tart", "hisz", "értékel", "tud"})

# Inflected surface forms of short cue verbs, for when the lemmatiser gets them wrong.
CUE_FORMS: dict[str, str] = {}
for _lemma, _forms in {
    "mond": "mondta mondja mondták mondják mondott mondtak mondotta mondván",
    "tudat": "tudatta tudatja tudatták tudatják",
    "ír": "írta írja írták írják írt írtak",
    "vél": "vélte véli vélik vélték vélekedett",
    "közöl": "közölte közli közölték közlik közölt",
    "tesz": "tette teszi tették teszik téve",  # "hozzátéve, hogy": a converb
    "jelent": "jelentette jelenti jelentették jelentik",
    "tagad": "tagadta tagadja tagadták tagadják",
    "cáfol": "cáfolta cáfolja cáfolták cáfolják",
    "vádol": "vádolta vádolja vádolták vádolják",
    "ígér": "ígérte ígéri ígérték ígérik ígért",
    "reagál": "reagált reagálta reagáltak reagál",
    "nyilatkozik": "nyilatkozta nyilatkozott nyilatkozták nyilatkozik nyilatkoztak",
    "fogalmaz": "fogalmazott fogalmaztak fogalmaz",
}.items():
    for _form in _forms.split():
        CUE_FORMS[_form] = _lemma

# Separable preverbs that may follow the verb ("jelentette be", "tette hozzá").
PREVERBS = frozenset(
    {
        "be",
        "ki",
        "el",
        "meg",
        "le",
        "fel",
        "föl",
        "hozzá",
        "közzé",
        "rá",
        "vissza",
        "át",
        "ide",
        "oda",
        "össze",
        "szét",
        "hátra",
        "előre",
        "körül",
        "tovább",
        "újra",
        "alá",  # "– húzta alá", and "írta alá" (signed) is no "írta"
    }
)

# Hedges that mark an unattributed, unverified claim.
# one token each; "híresztelések szerint" is found through RUMOUR_HEADS
HEDGES = frozenset({"állítólag", "állítólagosan"})

# Heads of source noun phrases that make a szerint-claim an allegation ("értesülések szerint").
RUMOUR_HEADS = frozenset(
    {"hír", "értesülés", "sajtóértesülés", "híresztelés", "pletyka", "sajtóhír", "információ"}
)

# "X szerint" where X is a rule or a plan, not a source: "menetrend szerint" (on schedule),
# "a tervek szerint", "a szabályok szerint" say how, not who claims.
NOT_SOURCES = frozenset(
    {"menetrend", "terv", "ütemterv", "szabály", "előírás", "szokás", "hagyomány", "igény",
     "lehetőség", "szükség", "sorrend", "mód", "ütem", "program", "forgatókönyv", "recept",
     # laws applied and measures of things: "a jogszabályok szerint" says how, not who
     "jogszabály", "szabályozás", "törvény", "rendelet", "idő", "hit", "modell", "elv",
     "alapelv", "benyomás", "érték", "méret", "súly", "arány",
     # states, signs and wishes: "a jelek szerint" (apparently), "kedve szerint" (as one likes)
     "állapot", "jel", "kedv", "szám", "elképzelés", "helyzet", "állás",
     # what people or things are sorted by, and rules followed: "állampolgárság szerint
     # választották szét", "iskolai végzettség szerint", "a magyar jog szerint", "utasítás szerint"
     "állampolgárság", "nemzetiség", "életkor", "lakóhely", "végzettség",
     "foglalkozás", "kategória", "típus", "jog", "szokásjog", "eljárásrend", "utasítás",
     "protokoll", "szempont", "kulcs", "dresszkód",
     # rates and rules things are measured or run by: "területeinek fertőzöttsége szerint",
     # "egy megbetegedési arányszám szerint", "algoritmusok szerint", "a használatos mértékek"
     "fertőzöttség", "arányszám", "algoritmus", "mérték", "mutató", "küszöbérték", "határérték",
     # the terms agreed and the usual order: "a megállapodás szerint 30 millió dollárt
     # fizet", "a megszokott rend szerint": what was agreed or is done, no one telling
     "megállapodás", "rend"}
)

# "X szerint" where X is a point in time, not a source ("Április szerint" never is).
MONTHS = frozenset(
    {"január", "február", "március", "április", "május", "június", "július", "augusztus",
     "szeptember", "október", "november", "december"}
)

# Verbs of speaking up that report no content themselves ("X is megszólalt", "reagált"): a
# sentence with one has someone speaking, who may be the one a subjectless cue after it means.
SPEAKING_VERBS = frozenset(
    {"megszólal", "felszólal", "hozzászól", "válaszol", "reagál", "nyilatkozik", "beszél",
     "kommentál"}
)

# Nouns a pointing pronoun names a clause by ("X arra a kérdésre, hogy …", "azzal kapcsolatban,
# hogy …"): what the clause is, not who says it.
POINTED_NOUNS = frozenset(
    {"kérdés", "felvetés", "hír", "vád", "kapcsolat", "összefüggés", "állítás", "kritika",
     "bírálat", "javaslat", "kérés", "felhívás", "értesülés", "információ", "bejelentés",
     "döntés", "tény", "ügy"}
)

# Verbs that announce a statement without telling it ("X nyilatkozott a lapnak."): the person
# a paragraph ends on with one speaks the quote that opens the next. Not 'reagál', 'beszél',
# 'válaszol': as often a deed or a talk with someone ("reagált a lövésre", "beszélt a
# betegekkel").
ANNOUNCING_VERBS = frozenset({"megszólal", "felszólal", "hozzászól", "nyilatkozik", "kommentál"})

# Possessed nouns of saying: "állítása szerint" = according to what he or she claims; the
# speaker is the possessor, named earlier.
SPEECH_NOUNS = frozenset(
    {"állítás", "elmondás", "vélemény", "tudomás", "közlés", "értékelés", "nyilatkozat",
     "beszámoló", "meggyőződés", "információ", "tapasztalat", "becslés", "számítás",
     # more seen in real press: "ígérete szerint", "értelmezése szerint", "emlékei szerint"
     "ígéret", "értelmezés", "emlék", "megítélés", "álláspont", "felfogás", "olvasat",
     "kalkuláció", "értesülés", "tájékoztatás",
     # nouns of what someone proposes, words or explains ("javaslata szerint", "megfogalmazása
     # szerint", "magyarázata szerint", "tippje szerint"; not "közleménye": a body's, mostly)
     "javaslat", "megfogalmazás", "magyarázat", "érvelés", "tipp",
     # nouns of judging ("meglátása szerint", "elemzése szerint", "várakozásai szerint")
     "meglátás", "elemzés", "vélekedés", "következtetés", "megfigyelés", "várakozás"}
)
# Someone's words as what a medium quotes ('– idézi a Telex Kun Ákosnak a … szavait'): the
# possessor named speaks.
QUOTED_WORDS = SPEECH_NOUNS | frozenset(
    {"szó", "mondat", "kijelentés", "beszéd", "gondolat", "bejegyzés", "poszt", "üzenet",
     "válasz", "levél", "interjú", "közlemény", "sor", "felszólalás"}
)
# Pointers to a time clause after a cue: "X beszélt erről azután, hogy …" tells when it was said.
TIME_POINTERS = frozenset({"azután", "azelőtt", "azóta"})
# Pointers of a cue to the words after it ("azt mondta azután, hogy …, hogy …").
CONTENT_POINTERS = frozenset({"azt", "arról", "arra", "azzal", "annyit"})
# What is said, as the object of a verb of refusing (REFUSAL_VERBS): "a vádakat", "az
# állításokat", "a kritikát".
CLAIM_NOUNS = SPEECH_NOUNS | frozenset(
    {"vád", "kritika", "bírálat", "feltételezés", "hír", "kijelentés", "spekuláció", "rágalom",
     "híresztelés", "vélekedés", "felvetés", "követelés", "ultimátum", "vádaskodás",
     "felszólítás", "kérés", "kérdés", "felelősség"}
)
# Words that make a sentence a question: "mikor", "miért", "hogyan", "vajon", "mi", …
QUESTION_WORDS = frozenset(
    {"mi", "mit", "mire", "miről", "miért", "mikor", "hogyan", "hol", "hová", "hova", "honnan",
     "meddig", "ki", "kit", "kinek", "kivel", "milyen", "mennyi", "mennyire", "melyik", "vajon",
     "miként", "mekkora", "hány"}
)
# Of these, the ones that ask for what was said or thought ("Mit gondolnak, …?", "Mi indokolja
# azt, hogy …?"), not why or when it was ("Miért mondta a miniszter, hogy …?": he said it).
ASKING_FOR_WORDS = frozenset({"mit", "mi", "mire", "miről", "kit", "ki"})
# The same by the start of the form, where the lemmatiser cut the stem ("vádjait" -> "vádj",
# "rágalmait"): a word beginning so is one of them.
CLAIM_NOUN_STEMS = ("vád", "rágalm", "spekuláci", "hírészt", "híreszt", "állítás", "kritik")

# Words of those lists that also name a person ("A modell elmondta": a fashion model).
PERSON_TOO = frozenset({"modell"})

# Nouns that can be the subject of a speech verb only as a thing, never as a speaker.
NOT_SPEAKERS = frozenset(
    {"várakozás", "helyzet", "adat", "szám", "eredmény", "folyamat", "változás", "döntés",
     "lépés", "idő", "év", "hét", "nap", "hónap", "alkalom"}
)

# Nouns that refer back to an organisation whose name ends with the given word.
ANAPHOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    "tárca": ("minisztérium",),
    "minisztérium": ("minisztérium",),
    "külügy": ("külügyminisztérium",),  # "az amerikai külügy": the State Department named
    "belügy": ("belügyminisztérium",),  # before, not the country
    "cég": ("kft.", "zrt.", "nyrt.", "vállalat", "társaság", "művek", "vízművek"),
    "vállalat": ("vállalat", "művek", "kft.", "zrt.", "nyrt.", "rt."),
    "társaság": ("társaság",),
    "hivatal": ("hivatal",),
    "kamara": ("kamara",),
    "egyesület": ("egyesület",),
    "szövetség": ("szövetség",),
    "párt": ("párt",),
    "bank": ("bank",),
    "kormány": ("kormány",),
    "önkormányzat": ("önkormányzat",),
    "bíróság": ("bíróság",),
    "ügyészség": ("ügyészség",),
    "rendőrség": ("rendőrség",),
    "egyetem": ("egyetem",),
    "intézet": ("intézet",),
    "szervezet": ("szervezet",),
    "bizottság": ("bizottság",),
}

# Stems every case of a relative pronoun starts with ("akiknél", "amelyekért"), for the forms the
# tagger reads as nouns; "melyik" asks, it relates nothing.
RELATIVE_STEMS = ("aki", "amely", "mely")
NOT_RELATIVE_STEMS = ("melyik",)

# Relative pronouns that open a clause to skip when looking for a subject.
RELATIVES = frozenset(
    {
        "aki",
        "akik",
        "amely",
        "amelyek",
        "ami",
        "amik",
        "mely",
        "melyek",
        "ahol",
        "amikor",
        "akinek",
        "akiknek",
        "amelynek",
        "amelyeknek",
        "akit",
        "amelyet",
        "amit",
        "akivel",
        "amellyel",
        "akiről",
        "amelyről",
        "ahonnan",
        "ahová",
        "amíg",
        "mióta",
        "amióta",
    }
)

# Company legal forms after a name (casefolded): "Kronwerk Kft." is also called "Kronwerk".
LEGAL_FORMS = frozenset(
    {"kft.", "kft", "zrt.", "zrt", "nyrt.", "nyrt", "bt.", "bt", "rt.", "kht.", "nonprofit",
     "inc.", "ltd.", "ltd", "gmbh", "ag", "sa", "plc", "llc", "corp."}
)

# Claim finding: words that never head the subject of a speech verb, and what is trimmed off the
# end of a claim's content.
PERSONAL_PRONOUNS = frozenset({"ő", "ők", "én", "mi", "ti", "te", "ön", "önök"})
# Words of address before a name in a letter or a farewell ("Drága Ádám, nyugodj békében!"):
# never a word of the name.
SALUTATIONS = frozenset({"kedves", "drága", "tisztelt", "édes", "szeretett", "dear"})

# Personal pronouns in the cases that open a sentence before a name ("Őt Deutsch Tamás követte"):
# never a word of the name.
PRONOUN_FORMS = PERSONAL_PRONOUNS | frozenset(
    {"őt", "őket", "neki", "nekik", "vele", "velük", "engem", "téged", "minket", "titeket",
     "önt", "önöket", "nekem", "neked", "nekünk", "nektek"}
    # postpositions and case words with a person's ending ("Utánuk Orsós János beszélt")
    | {"utána", "utánuk", "előtte", "előttük", "mellette", "mellettük", "helyette",
       "helyettük", "nála", "náluk", "tőle", "tőlük", "róla", "róluk", "hozzá", "hozzájuk",
       "rajta", "rajtuk", "nélküle", "nélkülük", "szerinte", "szerintük"}
)
NON_SUBJECT = frozenset(
    {"azt", "az", "ez", "ezt", "úgy", "így", "arról", "erről", "azzal", "ezzel"}
)
DEFINITE_ARTICLES = ("a", "az")
TRAIL_TRIM = frozenset(
    {",", ";", ":", "és", "de", "ám", "illetve", "valamint", "pedig", "továbbá", "majd", "s"}
    | {"–", "—", "-", ".", "!", "?", "…"}
)
# Pronouns that announce the content of a speech verb: "azt mondta, (hogy) ...", "úgy fogalmazott".
CATAPHORS = frozenset({"azt", "úgy", "így", "arról", "azzal", "arra", "ezt", "annyit"})
CATAPHORS_AFTER_CUE = frozenset({"azt", "úgy", "azzal"})  # "mondta azt, ..."

# Adjectives that make the name before them the title of the noun after them: "a Fotó Háber
# című filmről", "a Kossuth nevű hajó": that name is no subject.
NAMING_ADJECTIVES = frozenset({"című", "nevű", "elnevezésű", "fedőnevű", "márkájú", "típusú"})

# Words after a work's title: "a Házon kívül című műsor", "„Magyarok oroszföldön” címmel"
TITLE_CUES = frozenset({"című", "címmel", "címen", "kezdetű"})  # "az Üdvözlégy, Mária kezdetű"

# Nouns after a title that make it a periodical, an organisation: "a Nature című folyóiratban"
PERIODICALS = frozenset(
    {"lap", "napilap", "hetilap", "havilap", "folyóirat", "újság", "magazin", "hírportál",
     "portál", "hírlap", "szaklap"}
)

# What opens the line of a list item ("- tervezzék meg", "• ne utazzanak"); an en or em dash
# opens a line of dialogue instead.
LIST_BULLETS = frozenset({"-", "•", "*", "·", "▪"})

# Words that open the clause after a cue set off inside its sentence ('…, mondja Magyar, de
# szakemberek …'): skipped, the claim is the clause after them.
TAIL_OPENERS = frozenset({"de", "ám", "viszont", "sőt"})
# Words that give such a clause a turn of its own, the writer's ('…, a kormány pedig …').
TAIL_CONTRASTS = frozenset({"pedig", "azonban", "viszont", "ugyanakkor", "ugyanis"})
# ... and after a subject of its own, the writer turning to someone else ('X szerint A, Nagy
# Éva azonban mást mond')
TURNING_CONTRASTS = frozenset({"pedig", "azonban", "viszont"})
# ... and after a description, or its 'szerint', setting it against what was just said ('A
# szakértő szerint viszont …'; 'pedig' there is as often only 'and')
SETTING_AGAINST = frozenset({"azonban", "viszont"})
# Adjectives made of a postposition: a name before one is its complement, never the head of the
# phrase ("a Fidesz iránti elkötelezettsége", "az Orbán elleni vádak").
POSTPOSITION_ADJECTIVES = frozenset(
    {"iránti", "elleni", "melletti", "körüli", "közötti", "általi", "utáni", "előtti",
     "alatti", "feletti", "fölötti", "miatti", "nélküli", "szembeni", "helyetti", "ellenes"}
)
# Conjunctions that set a description against a claim before it in its sentence: "X azt mondta,
# hogy …, ám a polgármester szerint …" is someone other than X.
CONTRASTS_AFTER_A_CLAIM = frozenset({"ám", "de"})

# Words after which the writer's story goes on ('– kérdezte a lap, mire …', ', majd …', ', és
# kiment').
NARRATIVE_OPENERS = frozenset(
    {"mire", "amire", "majd", "aztán", "ezután", "utána", "azután", "miközben", "ahogy",
     "ahogyan", "amint", "mint", "és"}
)

# Subordinators that make a speech verb's clause a time or reason clause, not a report:
# "Miután Kovács elmondta, a bizottság szavazott" (no bare-comma content after such a verb).
SUBORDINATORS = frozenset(
    {"miután", "amikor", "mikor", "mielőtt", "ha", "mivel", "mert", "bár", "míg", "amint",
     "amíg", "hogyha", "noha", "habár", "azután"}
)

# Conditionals: a speech verb in a clause they open is supposed, not reported ("Ha Balog azt
# tanácsolta neki, hogy …").
CONDITIONALS = frozenset({"ha", "hogyha", "amennyiben"})
# Verbs of asking someone to act: a cue at the start of their words is what they ask to be
# said ("azt követeli, hogy a miniszter mondja el, …"), no claim of its own.
REQUEST_VERBS = frozenset({"követel", "sürget", "kér", "felszólít", "felkér"})
ADVISING_VERB = "tanácsol"  # its words follow it: after "Ahogy … tanácsolta," comes what was done
FACT_HAS = frozenset({"már", "egyszer"})  # "Ha már a miniszter is elismerte": since he did
DOUBT_WORDS = frozenset({"valóban", "tényleg", "netán", "esetleg", "valaha"})  # in a past one

# Words that pick one or some of a body's people: "a párt egyik alelnöke", "egy másik aktivistája".
PARTITIVES = frozenset({"egyik", "másik", "egy", "néhány", "több", "két", "három"})

# Words that open an "as X said" clause before the content: "Mint Váczi Viktor közölte, a
# szerelvény ...", "Ahogy a miniszter fogalmazott, ...".
AS_LEADS = frozenset({"mint", "ahogy", "ahogyan"})

# Speech verbs whose content may follow a bare comma, without "hogy": "Kolláth az [origo]-nak
# elmondta, bíróságon nem lehet megtámadni ...", "közölte, a pótlást megszervezték".
BARE_CLAUSE_CUES = frozenset(
    {"elmond", "közöl", "hozzátesz", "kijelent", "hangsúlyoz", "kiemel", "jelez",
     "megjegyez", "leszögez", "elárul", "tudat", "megerősít", "állít", "hozzáfűz", "rámutat",
     "válaszol", "fogalmaz", "elismer", "figyelmeztet"}
)

# Verbs of beginning, trying or habit that carry a verb of saying in the infinitive ('arról
# kezdett beszélni, hogy', 'igyekezett cáfolni', 'azt szokta mondani'): what it says was said.
# Not verbs of wanting or modals ('akarta mondani', 'lehet mondani'): no words were reported.
INFINITIVE_CARRIERS = frozenset(
    {"kezd", "elkezd", "szokik", "igyekszik", "próbál", "megpróbál"}
)
HABIT_VERBS = frozenset({"szokik"})  # in the plural, what people say ('szokták mondani')
# Verbs that, carried by one of those, tell of an attempt to learn, remember, analyse or
# signal, not of words said ('próbálta kideríteni', 'kezdett emlékezni', 'próbált jelezni a
# pincérnek', 'azt próbálta elemezni').
UNCARRIED_VERBS = frozenset(
    {"kiderít", "felderít", "megtud", "emlékezik", "emlékszik", "visszaemlékezik", "felidéz",
     "felelevenít", "elemez", "jelez"}
)

# Roles a body has many of: "a Karinthy egyik pedagógusa", "a párt egyik tagja" is a person of
# it, never the body itself, and never the one member the article named before ("a párt
# tagjai", "az iskola egyik tanára" are others); only the whole word is such a role
# ("húsfeldolgozó" is a firm, not a "dolgozó").
MEMBER_ROLES = frozenset(
    {"tanár", "pedagógus", "tanító", "óvónő", "diák", "tanuló", "hallgató", "tag", "dolgozó",
     "alkalmazott", "munkás", "ápoló", "lelkész", "pap", "mérnök", "vállalkozó"}
)

# Professions a press article calls a person by ("Zacher Gábor toxikológus", "az irodalmár"):
# titles the registry gives, but no ground to guess who a bare "a kapus" is (the striker, the
# surgeon, the critic may be anyone the passage talks about): such a description names only the
# one the article gave it, never the person last quoted or the nearest one.
PROFESSIONS = frozenset(
    {"virológus", "epidemiológus", "immunológus", "toxikológus", "infektológus", "kardiológus",
     "onkológus", "neurológus", "pszichiáter", "sebész", "gyógyszerész", "biológus",
     "genetikus", "kémikus", "vegyész", "matematikus", "csillagász", "geológus", "meteorológus",
     "klimatológus", "politológus", "demográfus", "statisztikus", "antropológus", "régész",
     "teológus", "irodalmár", "kritikus", "publicista", "zenész", "karmester", "szobrász",
     "fotográfus", "építész", "kurátor", "muzeológus", "dramaturg", "koreográfus", "művész",
     "labdarúgó", "futballista", "kapus", "csatár", "teniszező", "közjegyző", "nyomozó",
     "bankár", "üzletember", "producer",
     # the parties of a case: "a sértett", "a tanú" may be anyone the passage names
     "sértett", "tanú", "szemtanú", "gyanúsított", "terhelt", "károsult"}
)

# Role nouns that stand for a person named earlier ("a miniszter", "az elnök", "a szóvivő"); a
# compound ending in one counts too ("elnök-vezérigazgató", "cégvezető", "külügyminiszter").
PERSON_ROLES = frozenset(
    {"elnök", "alelnök", "miniszter", "miniszterelnök", "kormányfő", "államtitkár", "szóvivő",
     "politikus", "képviselő", "polgármester", "alpolgármester", "vezérigazgató", "igazgató",
     "vezető", "edző", "mester", "szakvezető", "kapitány", "csapatkapitány", "vádlott", "ügyvéd",
     "védő", "bíró", "ügyész", "nagykövet", "konzul", "főkonzul", "főtitkár", "kancellár",
     "főtanácsadó",  # (a role of its own: no "tanácsadó" the article names is the chief one)
     "elnökjelölt", "jelölt",
     "tulajdonos", "alapító", "társalapító", "professzor", "kutató", "szerző", "blogger",
     "újságíró", "riporter", "aktivista", "parancsnok", "tábornok", "főpolgármester",
     "pártelnök", "frakcióvezető", "házelnök", "uralkodó", "király", "királynő", "herceg",
     "pápa", "érsek", "püspök", "bíboros", "rendező", "énekes", "játékos", "sportoló", "versenyző",
     "tanácsadó", "asszisztens", "munkatárs", "titkár", "helyettes", "szenátor", "tréner",
     "szakértő", "elemző", "jogász", "alkotmányjogász", "közgazdász", "ombudsman", "biztos",
     "kormánybiztos", "főkapitány", "rektor", "dékán", "államfő", "szerkesztő", "főszerkesztő",
     "író", "költő", "színész", "színművész", "filmrendező", "orvos", "főorvos",
     "tisztviselő", "diplomata", "hadvezér", "szakember", "történész", "filozófus",
     "tudós", "fizikus", "nyelvész", "irodalomtörténész", "szociológus", "pszichológus",
     "főnök", "kabinetfőnök", "sajtófőnök", "sajtóreferens", "műsorvezető", "tudósító",
     "tárcavezető", "őrnagy", "ezredes", "alezredes", "százados", "hadnagy", "tábornagy",
    }
    | MEMBER_ROLES
    | PROFESSIONS
)

# Person roles so general that they fit a person whatever else the article calls them: "a
# politikus" may be the "frakcióvezető-helyettes" named before.
# Officers of an organisation ("a GKI vezérigazgató-helyettese", "a Tisza szóvivője"): the name
# that owns one is a body's.
BODY_ROLES = frozenset(
    {"vezérigazgató", "igazgató", "elnök", "alelnök", "szóvivő", "főtitkár", "pártelnök",
     "frakcióvezető", "rektor", "dékán", "főszerkesztő", "ügyvezető"}
)

# Words for whoever heads a body ("a bizottság vezetője"), and the roles that head one: the
# head of a body the article names is the one it calls that body's chairman or director.
HEAD_WORDS = frozenset({"vezető"})
# Adjectives that make a role a former one ("a cég korábbi vezérigazgatója"; 'volt' is read in
# its clause: Doc.is_former).
FORMER_WORDS = frozenset(
    {"korábbi", "egykori", "hajdani", "néhai", "leköszönt", "tiszteletbeli"}
)
BODY_HEADS = frozenset(
    {"elnök", "vezérigazgató", "igazgató", "főigazgató", "pártelnök", "rektor", "főszerkesztő",
     "ügyvezető", "polgármester", "főpolgármester", "kancellár"}
)

# Officers of a town or a see ("Chiclayo püspöke", "Szeged polgármestere"): the one-word name
# that owns one is a place's.
PLACE_ROLES = frozenset(
    {"polgármester", "alpolgármester", "főpolgármester", "püspök", "érsek", "főispán"}
)

# Nouns of a town's districts named by a Roman numeral ("a II. kerület", "XIV. kerületi").
DISTRICT_NOUNS = frozenset({"kerület"})

# Titles after a ruler's given name, which is then the ruler's whole name ("Ferenc pápa",
# "Károly király", "Vilmos herceg").
REGNAL_TITLES = frozenset({"pápa", "király", "királynő", "herceg", "hercegnő", "császár", "cár"})
# Epithets before a ruler's given name, which are the ruler's name ("Nagy Lajos király", "Szent
# István király", "Könyves Kálmán"), however many persons of the article are called Nagy.
REGNAL_EPITHETS = frozenset({"nagy", "szent", "könyves", "kopasz", "vak", "szép", "igazságos"})

# Two words for one office ("a kormányfő" is the miniszterelnök the article named), each mapped
# to one of them.
ROLE_SYNONYMS: dict[str, str] = {"kormányfő": "miniszterelnök", "tárcavezető": "miniszter"}
# A role word and the adjective before it that make another office: "a köztársasági elnök" is
# the head of state, not the party chairman the article calls "a párt elnöke".
QUALIFIED_OFFICES: dict[tuple[str, str], str] = {("köztársasági", "elnök"): "államfő"}

# Offices one person holds in a whole country or city (lexicon roles, after ROLE_SYNONYMS and
# QUALIFIED_OFFICES): "a köztársasági elnök", "a miniszterelnök" is whoever holds it, whom the
# article may not name near it; never the person last quoted or the nearest one named.
UNIQUE_OFFICES = frozenset({"államfő"})

# Who holds an office the press names without naming its holder ("a miniszterelnök", "az ukrán
# elnök"), by (the adjective before the role word or "", the role word after ROLE_SYNONYMS):
# world knowledge the article takes for granted, as of the end of 2025 (update when an office
# changes hands). Only offices held for years: a US president, a German chancellor, a pope
# change too often for an article's date, which the reader does not know. Each entry: the
# current holder's names, then former holders', who make a description unsure where named. A
# description goes to the current holder the article names, never to one it does not name.
_HU_PM = (("orbán viktor",), ("bajnai gordon", "gyurcsány ferenc", "medgyessy péter",
                              "horn gyula", "boross péter", "antall józsef", "németh miklós"))
_HU_PRESIDENT = (("sulyok tamás",), ("novák katalin", "áder jános", "schmitt pál",
                                     "sólyom lászló", "mádl ferenc", "göncz árpád"))
OFFICE_HOLDERS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("", "miniszterelnök"): _HU_PM,
    ("magyar", "miniszterelnök"): _HU_PM,
    ("", "államfő"): _HU_PRESIDENT,
    ("magyar", "államfő"): _HU_PRESIDENT,
    ("köztársasági", "elnök"): _HU_PRESIDENT,
    ("", "főpolgármester"): (("karácsony gergely",), ("tarlós istván", "demszky gábor")),
    ("orosz", "elnök"): (("vlagyimir putyin",), ("dmitrij medvegyev",)),
    ("ukrán", "elnök"): (("volodimir zelenszkij",), ("petro porosenko",)),
    ("francia", "elnök"): (("emmanuel macron",), ("françois hollande", "nicolas sarkozy")),
}
LISTED_HOLDERS = frozenset(n for cur, old in OFFICE_HOLDERS.values() for n in cur + old)

GENERIC_ROLES = frozenset({"politikus", "vezető", "szakember", "szakértő", "tisztviselő", "elemző"})


# Sources a journalist keeps anonymous: "a forrás", "egy kormányzati forrásunk", "a
# bennfentes" are never a person the article names.
ANONYMOUS_SOURCES = frozenset({"forrás", "informátor", "bennfentes"})
# Words that pick one or some of several without saying which ("az egyik jelölt", "a Fidesz más
# politikusai", "a párt több képviselője"), or count many or all ("a legtöbb szakértő", "sok
# orvos", "minden szakember"): no one person.
SOME_OF = frozenset({"egyik", "más", "néhány", "több", "legtöbb", "sok", "számos", "egyes",
                     "minden", "valamennyi", "mindegyik", "bármely", "bármelyik"})
# Nouns for the people around a person ("Orbán Balázs környezete", "a miniszter stábja"): they
# speak, not the person.
PEOPLE_AROUND = frozenset({"környezet", "stáb", "kampánystáb", "csapat", "tábor", "kör"})

# Words that make a role someone's new one: "az új polgármester", "a leendő elnök" is not the
# person the article called by that role before.
NEW_HOLDER_WORDS = frozenset({"új", "leendő"})

# After "felel", what someone is responsible for, not what they answered: "X felel azért, hogy".
RESPONSIBLE_FOR = frozenset({"azért", "ezért", "érte", "értük", "mindenért"})

# Relatives: "Peszkov lánya" is someone else than Peszkov.
KIN_NOUNS = frozenset(
    {"apa", "anya", "édesapa", "édesanya", "lány", "fiú", "feleség", "férj", "testvér", "öcs",
     "báty", "nővér", "húg", "nagyapa", "nagyanya", "unoka", "gyerek", "gyermek", "rokon",
     "özvegy", "barát", "barátnő", "élettárs", "menyasszony", "vőlegény", "szülő", "sógor",
     "sógornő", "ismerős", "kolléga", "fiúgyermek", "lánygyermek", "unokaöcs", "unokahúg",
     "unokatestvér", "nagybácsi", "nagybáty", "nagynéni", "keresztapa", "keresztanya", "keresztfiú",
     "keresztlány", "mostohaapa", "mostohaanya", "nevelőapa", "nevelőanya", "dédapa",
     "dédanya", "dédunoka", "ikertestvér", "fivér",
     # people named by whom they are related to, not kin: "X veje", "X szomszédja", "X párja"
     "vő", "após", "anyós", "szomszéd", "pár", "partner", "ellenfél", "csapattárs", "üzlettárs",
     "menedzser", "tanítvány", "beteg", "ügyfél", "évfolyamtárs", "osztálytárs", "játékostárs",
     "pályatárs", "vetélytárs", "rivális", "sofőr", "szerelem", "utód", "előd", "alkalmazott",
     "beosztott", "fia", "áldozat", "védenc", "páciens", "megbízó",
     "ügyfel"}  # (the possessed stem of ügyfél, "ügyfele", as the lemmatiser leaves it)
)

# Nouns that stand for an organisation named earlier: the nearest organisation before them
# ("a lap", "a cég"); ANAPHOR_SYNONYMS first ask for a name that ends in a matching word.
# Of these, the nouns for a medium: "a lap" is the last newspaper or portal named, never another
# organisation ("A lap szerint" after a court is named is not the court).
MEDIA_ANAPHORS = frozenset(
    {"lap", "újság", "napilap", "hetilap", "portál", "hírportál", "csatorna", "televízió",
     "hírügynökség"}
)
# Of these, the nouns of a ministry: never an outlet named before ("A HVG kérdéseire a
# minisztérium azt válaszolta").
MINISTRY_ANAPHORS = frozenset({"tárca", "minisztérium"})
ORG_ANAPHORS = frozenset(
    {"lap", "újság", "napilap", "hetilap", "portál", "hírportál", "cég", "vállalat", "társaság",
     "szervezet", "csoport", "tárca", "minisztérium", "párt", "csatorna", "televízió",
     "hírügynökség", "ügynökség", "intézmény", "hatóság", "egyesület", "alapítvány", "bank"}
)

# Bodies of a state: "a magyar kormány", "az azeri igazságügyminisztérium" speak for the country
# the adjective names (the place's related mention).
STATE_BODIES = frozenset(
    {"kormány", "kabinet", "minisztérium", "külügyminisztérium", "igazságügyminisztérium",
     "belügyminisztérium", "hadsereg", "parlament", "hatóság", "vezetés", "elnökség",
     "diplomácia", "külügy", "rendőrség", "nagykövetség", "kormányzat", "adminisztráció"}
)

# -- claim finding (reader.analysis.claims) -----------------------------------------------------

# What may follow a cue verb's stem in a finite third-person form (tette, teszi, tették ...).
FINITE_ENDINGS = frozenset(
    {"ta", "te", "tta", "tte", "otta", "ette", "ötte", "ja", "i", "ják", "ik", "ták", "ték",
     "tták", "tték", "ott", "ett", "ött", "t", "tt", "tak", "tek", "ottak", "ettek", "öttek",
     "nak", "nek"}
)
# "szerintem", "szerinted" ...: the quoted writer speaking, inside another claim's content.
FIRST_SECOND_PERSON_SZERINT = frozenset(
    {"szerintem", "szerinted", "szerintünk", "szerintetek"}
)
# Preverbs that, standing after a verb, make it another verb ("lemond", "megvitat", "aláír").
SEPARATED_PREVERBS = frozenset({"le", "meg", "alá", "ki", "el", "fel", "be", "át", "vissza"})
# Cue lemmas that report only as part of a two-word cue ("bejelentést tett"), never alone.
PHRASE_ONLY_VERBS = frozenset({"tesz"})
# Conjunctions after which a verb shares the subject of the one before: "X ... és bejelentette".
SHARED_SUBJECT_CONJ = frozenset({"és", "majd", "aztán", "s"})
# Words that open a reported content: "..., hogy ...", "az álláspontot, miszerint".
CONTENT_OPENERS = frozenset({"hogy", "miszerint"})
# Verbs that ask: their indirect question is asked, not claimed ("kérdezte, miért nem lép").
QUESTION_VERBS = frozenset({"kérdez", "megkérdez", "firtat", "érdeklődik", "tudakol"})
# Verbs by which a body hears a person: who speaks next in the singular may be either
# ("A törvényszék meghallgatta X-et. Azt vallotta").
HEARING_VERBS = QUESTION_VERBS | frozenset(
    {"meghallgat", "kihallgat", "kikérdez", "hallgat"}  # ("hallgatta meg": the preverb apart)
)
ANSWER_VERBS = frozenset({"válaszol", "felel"})  # said only by the one asked
# Verbs that add to words said before ("Hozzátette", "– folytatta"): their speaker is whoever
# said those, never someone only named since.
ADDING_VERBS = frozenset({"hozzátesz", "hozzáfűz", "folytat", "kiegészít"})
# Who asks on the press's behalf: the one they ask answers next ("A riporter megkérdezte X-et.
# Azt mondta, …"); anyone else who asks may well go on speaking.
ASKING_FOR_THE_PRESS = frozenset(
    {"riporter", "újságíró", "műsorvezető", "szerkesztő", "tudósító", "kérdező", "moderátor"}
)
# Verbs that name a topic: "arról beszélt, hogyan ..." tells what was talked about, not a claim
# (only "arról beszélt, hogy ..." reports what was said).
TOPIC_VERBS = frozenset({"beszél", "kitér"})
# Where a writer sets a contrast against the view a claim reports: "X szerint A, holott
# B", "..., ehhez képest B", "..., ezzel szemben B": B is the writer's ("miközben" is not here:
# "..., miközben mindkettő igaz" goes on with the speaker's own thought as often).
# the writer's own turn after a reported clause: a contrast ("holott", "ám"), what happened next
# ("majd") or before ("miután"): "bejelentette, hogy visszavonul, miután kiderült …"
CONTRAST_OPENERS = frozenset({"holott", "ám", "majd", "miután"})
# ... unless the reported clause told the first step itself: "azt mondta, hogy először az
# iskolát újítják fel, majd a kórházat", "csak azután nyilatkozik, miután a bíróság döntött"
SEQUENCE_CONTRASTS: dict[str, frozenset[str]] = {
    "majd": frozenset({"először", "előbb", "elsőként", "eleinte"}),
    "miután": frozenset({"azután", "akkor"}),
}
DASH_CONTRAST_OPENERS = frozenset({"valójában"})  # "– valójában ...", not "..., valójában"
CONTRAST_PHRASES = frozenset({("ehhez", "képest"), ("ezzel", "szemben")})
NEGATIONS = frozenset({"nem", "sem", "se", "soha", "sosem", "sohasem"})
# Words after a negation that make it negate them, not the talking: "nem csak arról beszélt",
# "nem véletlenül", "nem egyszer", "nem sokkal később beszélt arról" all report what was said.
NEGATION_SHIFTERS = frozenset(
    {"csak", "csupán", "pusztán", "kizárólag", "véletlenül", "hiába", "először", "egyszer",
     "utoljára", "sokkal", "mellesleg", "mellékesen", "utolsósorban"}
)
# Words that open an indirect question, itself the content: "elmondta, hogyan történt".
QUESTION_OPENERS = frozenset(
    {"hogyan", "miért", "mit", "mi", "milyen", "mennyire", "mennyi", "mikor", "hol", "honnan",
     "hová", "kit", "kinek", "mekkora", "miként"}
)
# Subordinating words that start no new clause ("nagyobb, mint").
NOT_CLAUSE_OPENERS = frozenset({"mint"})
# Words that join names in a list: a title after them belongs to the next name.
NAME_JOINERS = frozenset({"és", "valamint", "illetve"})
# "X, aki szerint ...": the relative pronouns whose antecedent is the source.
WHO_RELATIVES = frozenset({"aki", "akik"})
# Quantifiers that stand as a subject for people the text does not name ("mindkettő azt
# mondta", "mindketten", "egyesek"): a speaker of their own, never the one named before
# (not "többen", "sokan": "hogy minél többen megkapják" is about, not by, people).
QUANTIFIER_SUBJECTS = frozenset({"mindkettő", "mindketten", "mindhárman", "egyesek", "néhányan"})
# People counted as a verb's own subject: "Többen azt mondták", "Sokan úgy látják" are people the
# text does not name, never the last speaker carried on (a narrative sentence with them between
# two claims of one person, "Sokan elhagyják az országot. Hozzátette", does not stop that person).
COUNTED_PEOPLE = frozenset(
    {"többen", "sokan", "mások", "páran", "ketten", "hárman", "mindannyian", "valamennyien",
     "kevesen", "egyikük"}
)
# Relative words in a case other than the subject's: the clause they open has its own subject
# ("…, akiről Rogers azt állította"), never their antecedent.
OBLIQUE_RELATIVES = frozenset(
    {"akit", "akiket", "akiről", "akikről", "akire", "akikre", "akivel", "akikkel", "akitől",
     "akiktől", "akinek", "akiknek", "ahol", "amelyről", "amiről", "amelyben", "amiben",
     "amelyet", "amit", "amellyel", "amivel"}
)
# Relative words about a thing or a place, in a case no subject has: "…, melyben azzal fenyegette
# meg": the clause's verb shares the main clause's subject.
THING_RELATIVES = frozenset(
    {"melyben", "amelyben", "amiben", "mellyel", "amellyel", "amivel", "ahol", "melyen",
     "amelyen", "amin", "melyről", "amelyről", "amiről"}
)
# "ezt követően": "ezt" before these points at a time, not back at something said.
AFTER_WORDS = frozenset({"követ", "követően"})


# -- who is who: the evidence an actor's label is decided from (reader.analysis.actors) --------


def _word_list(name: str) -> frozenset[str]:
    text = resource_text("lexicon", name)
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, Hungarian and common foreign ones (resources/lexicon/given_names.txt)."""
    return _word_list("given_names.txt")


@lru_cache(maxsize=1)
def foreign_given_names() -> frozenset[str]:
    """Given names used abroad that the Hungarian list lacks (`Pavel`, `Claudio`, `Brett`):
    evidence of the foreign name order only (resources/lexicon/foreign_given_names.txt, built by
    reader.model.given_names)."""
    return _word_list("foreign_given_names.txt")


# Hungarian pet names whose stem does not begin the given name they shorten (`Gyuri` for
# György, `Jóska` for József, `Kata` for Katalin); `Kriszti`, `Feri`, whose stem does, need no
# entry (reader.analysis.actors, diminutive rule). Pet name -> the given names it can shorten.
PET_NAMES: dict[str, tuple[str, ...]] = {
    "Gyuri": ("György",), "Gyurika": ("György",), "Jóska": ("József",), "Józsi": ("József",),
    "Pista": ("István",), "Pisti": ("István",), "Jancsi": ("János",), "Jani": ("János",),
    "Laci": ("László",), "Lackó": ("László",), "Ferkó": ("Ferenc",), "Sanyi": ("Sándor",),
    "Gazsi": ("Gáspár",), "Zsiga": ("Zsigmond",), "Misi": ("Mihály",), "Miki": ("Miklós",),
    "Tomi": ("Tamás",), "Bandi": ("András",), "Andris": ("András",), "Karcsi": ("Károly",),
    "Lajcsi": ("Lajos",), "Imi": ("Imre",), "Ati": ("Attila",), "Gergő": ("Gergely",),
    "Marci": ("Márton",), "Bazsi": ("Balázs",), "Berci": ("Bertalan",), "Pali": ("Pál",),
    "Kata": ("Katalin",), "Kati": ("Katalin",), "Katus": ("Katalin",), "Erzsi": ("Erzsébet",),
    "Erzsike": ("Erzsébet",), "Bözsi": ("Erzsébet",), "Juli": ("Júlia",),
    "Julika": ("Júlia",), "Juci": ("Júlia",), "Mari": ("Mária",), "Marika": ("Mária",),
    "Marcsi": ("Mária",), "Zsuzsa": ("Zsuzsanna",), "Zsuzsi": ("Zsuzsanna",),
    "Jutka": ("Judit",), "Ica": ("Ilona",), "Ili": ("Ilona",), "Panni": ("Anna",),
    "Panka": ("Anna",), "Ági": ("Ágnes",), "Klári": ("Klára",), "Magdi": ("Magdolna",),
    "Teri": ("Teréz",), "Sári": ("Sára",), "Évi": ("Éva",), "Évike": ("Éva",),
}


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Hungary's settlements and counties, Europe's countries and capitals, with PLACES."""
    return _word_list("places.txt") | frozenset(PLACES)


# Last words (or compound ends) that make a name an organisation's: "Európai Bizottság",
# "Pénzügyminisztérium", "Magyar Posta Zrt.", "Tisza Párt", "Ferencvárosi TC", a periodical's
# "Fejérmegyei Napló", "Magyar Közlöny", "Krónika". Casefolded.
# Buildings that are also bodies (színház, kórház, múzeum) are left to the recogniser, and so is
# "Bank" (West Bank).
ORG_HEADS = frozenset(
    {"bizottság", "minisztérium", "párt", "kft.", "kft", "zrt.", "zrt", "nyrt.", "nyrt", "bt.",
     "klinika", "kórház",
     "fc", "se", "tc", "sc", "vsc", "dvtk", "egyesület", "szövetség", "alapítvány", "társaság",
     "egyetem", "főiskola", "gimnázium", "iskola", "akadémia", "intézet", "hivatal", "tanács",
     "bíróság", "ügyészség", "rendőrség", "kamara", "önkormányzat", "kormány", "kormányzat",
     "adminisztráció", "rezsim",
     "kabinet", "parlament", "országgyűlés", "iroda", "ügynökség", "szolgálat", "hatóság",
     "testület", "kuratórium", "egyház", "zenekar", "kiadó", "világbank", "takarékbank",
     "szerkesztőség", "televízió", "rádió", "csoport", "holding", "konszern", "vállalat",
     "művek", "gyermekotthon", "otthon", "inc.", "ltd.", "gmbh", "ag", "plc", "llc", "corp.",
     "magazin", "folyóirat", "napilap", "hetilap", "híradó", "vöröskereszt", "unió",
     "napló", "hírlap", "újság", "krónika", "közlöny",
     # offices named by what they lead: "Miniszterelnökség", "Országos Rendőr-főkapitányság"
     "miniszterelnökség", "főkapitányság", "kapitányság", "parancsnokság",
     "igazgatóság", "szakszervezet",
     "university", "institute", "committee", "commission", "council", "party", "agency"}
)

# Heads that an institution named after a person ends in ("Kossuth Zsuzsa Gyermekotthon",
# "Szent István Egyetem"): a person's name before them is part of the institution's name.
NAMED_AFTER_HEADS = frozenset(
    {"egyetem", "főiskola", "gimnázium", "iskola", "kórház", "otthon", "gyermekotthon",
     "alapítvány", "intézet", "múzeum", "könyvtár", "színház", "díj", "ösztöndíj", "emlékérem",
     "stadion", "csarnok", "sportcsarnok", "kollégium", "szakkollégium", "társaság", "kör",
     "utca", "út", "tér", "körút", "híd", "park", "liget", "általános"}
)

# Newspapers, portals, broadcasters, agencies and journals: organisations (ORG) wherever named.
# Online platforms, a company each: `Facebook`, `Facebook-oldalán`, `YouTube-csatornáján` (the
# press gold types them ORG; evidence.LABEL_RULES "platform"). Not media: `a lap` is never one.
PLATFORMS = frozenset(
    {"facebook", "youtube", "tiktok", "instagram", "twitter", "telegram", "linkedin",
     "wikipédia", "wikipedia", "google", "spotify", "snapchat", "threads", "whatsapp"}
)

MEDIA = frozenset(
    {"telex", "index", "444", "hvg", "hvg.hu", "origo", "24.hu", "népszava", "népszabadság",
     "magyar nemzet", "mandiner", "magyar narancs", "blikk", "nepszava", "portfolio", "rtl",
     "rtl klub", "tv2", "atv", "hír tv", "m1", "mti", "infostart", "klubrádió", "kossuth rádió",
     "szabad európa", "válasz online", "direkt36", "átlátszó", "g7", "qubit", "nature",
     "science", "the guardian", "guardian", "bbc", "cnn", "reuters", "bloomberg", "politico",
     "financial times", "new york times", "washington post", "der spiegel", "spiegel",
     "le monde", "euronews", "associated press", "ap", "afp", "dpa", "168 óra", "élet és irodalom",
     "christian science monitor", "wall street journal", "the economist", "economist",
     "newsweek", "al jazeera", "russia today", "xinhua", "tasz", "tass", "ria novosztyi", "bild",
     "die welt", "frankfurter allgemeine zeitung", "süddeutsche zeitung", "corriere della sera",
     "la repubblica", "el país", "le figaro", "libération", "the independent", "the times",
     "daily mail", "huffington post", "buzzfeed", "kurír", "magyar hírlap", "magyar idők",
     "hír24", "nemzeti sport", "helyi téma", "szabad föld", "heti világgazdaság",
     "magvető", "filmkultúra", "nature medicine", "medicalxpress", "hirado.hu", "vasárnapi hírek",
     "index.hu", "telex.hu", "444.hu", "nol.hu", "napi.hu", "privátbankár", "népszabadság online",
     "arsboni", "smithsonian", "the lancet", "lancet", "hvg360", "hvg 360", "bors", "borsonline",
     "ripost", "metropol", "magyar hang", "pesti srácok", "pestisrácok", "magyar jelen",
     "világgazdaság", "figyelő", "economx", "mfor", "rtl híradó", "tények", "m4 sport",
     "mandiner.hu", "magyarnemzet.hu", "origo.hu", "nepszava.hu", "vg.hu"}
)

# Media whose own name is written in lower case (the German agency `dpa`): a mention as written,
# also with a hyphenated ending (`a dpa-nak`).
LOWER_CASE_MEDIA = frozenset({"dpa"})

# Web platforms and named diseases: names wherever they stand, also before a hyphen
# (`Facebook-posztjában`, `Covid-osztályokon`), with the label they take there (a platform is a
# service, MISC, as the Global Voices gold calls Twitter, Flickr and Weibo). Casefolded.
KNOWN_NAMES: dict[str, str] = {
    **dict.fromkeys(
        ("facebook", "twitter", "youtube", "instagram", "tiktok", "flickr", "weibo", "google",
         "wikipédia", "wikipedia", "linkedin", "telegram", "whatsapp", "reddit", "livejournal",
         "spotify", "netflix", "skype", "viber"),
        "MISC",
    ),
    **dict.fromkeys(("covid", "covid-19", "covid19", "ebola", "zika", "hiv", "aids"), "MISC"),
    # the regime's name in Hungarian political writing (Nemzeti Együttműködés Rendszere), a
    # system: `NER-es`, `NER-közeli`, `a NER-ből`
    "ner": "MISC",
}

# Political parties, Hungarian and European: organisations wherever named.
# Parties one person has chaired all their known life, by their chair ('A Tisza elnöke' is
# Magyar Péter where the article names him; no party whose chair changed, as the Fidesz's did
# in 2000-2003 or the DK's in 2025: an article's date is not known)
PARTY_CHAIRS = {"tisza": "magyar péter", "tisza párt": "magyar péter"}
PARTIES = frozenset(
    {"fidesz", "kdnp", "mszp", "dk", "jobbik", "lmp", "momentum", "párbeszéd", "mi hazánk",
     "mkkp", "tisza", "szdsz", "mdf", "fkgp", "munkáspárt", "néppárt", "együtt",
     "kétfarkú kutya párt", "demokratikus koalíció", "európai néppárt", "smer", "pis", "afd",
     "cdu", "csu", "spd"}
)

# Lower-case heads after a hyphen that make a compound a place: "Alan Turing-épület",
# "Sándor-palota", "Fülöp-szigetek", "Perzsa-öböl", "Szilícium-völgy".
PLACE_HEADS = frozenset(
    {"épület", "palota", "ház", "kastély", "stadion", "csarnok", "templom", "székház",
     "bazilika", "katedrális", "székesegyház", "kápolna", "szobor", "emlékmű",
     "pályaudvar", "tér", "utca", "út", "híd", "kert", "park", "börtön", "kórház", "iskola",
     "sziget", "szigetek", "félsziget", "tenger", "öböl", "völgy", "delta", "térség", "hegy",
     "hegység", "folyó", "tó", "medence", "vidék", "negyed", "kerület", "megye", "tartomány",
     "régió", "sivatag", "síkság", "fennsík", "part", "tengerpart", "szoros", "csatorna",
     "vízesés", "erdő", "liget", "felföld", "felvidék", "alföld", "hát", "lánc", "övezet", "tábor",
     "mocsár", "mocsarak", "láp", "puszta", "tanya", "falu", "város", "kerületek", "hegyek"}
)

# Governing bodies named after a person or a party with a hyphen ("Orbán-kormány",
# "MSZP-frakció"): such a compound is an organisation's name, recognised or not.
BODY_NOUNS = frozenset({"kormány", "kabinet", "rezsim", "adminisztráció"})

# The heads of PLACE_HEADS and THING_HEADS that make a hyphenated compound a name of its own
# even where the recogniser missed it ("Sándor-palota", "Balaton-felvidék", "Nobel-díj"); the
# others too often make a kind of thing ("Fidesz-tábor": supporters, "Netflix-sorozat",
# "Waldorf-iskola") and only type a compound the recogniser found.
COMPOUND_NAME_PLACES = frozenset(
    {"palota", "kastély", "stadion", "csarnok", "templom", "székház", "pályaudvar", "híd",
     "épület", "sziget", "szigetek", "félsziget", "tenger", "öböl", "völgy", "delta", "térség",
     "hegy", "hegység", "hegyek", "folyó", "tó", "medence", "vidék", "felvidék", "felföld",
     "alföld", "sivatag", "síkság", "fennsík", "tengerpart", "szoros", "vízesés", "mocsár",
     "mocsarak", "negyed", "kolostor"}
)
COMPOUND_NAME_THINGS = frozenset(
    {"díj", "ösztöndíj", "érem", "emlékérem", "kitüntetés", "terv", "csomag", "ügy", "rendszer",
     "botrány", "gate", "dekrétum", "adó", "törvény", "kampány", "liga", "bajnokság",
     # a named report, a syndrome (`Sargentini-jelentés`, `Stockholm-szindróma`; an era,
     # `Kádár-korban`, is boundaries.era_compound)
     "jelentés", "szindróma"}
)

# Compound heads that make the compound a thing (MISC) whoever the name before the hyphen is:
# an award, a plan, a programme, a series ("József Attila-díj", "Széll Kálmán-terv").
THING_HEADS = frozenset(
    {"díj", "ösztöndíj", "érem", "emlékérem", "kitüntetés", "terv", "program", "csomag",
     "széria", "sorozat",
     # a decree, a tax, a law, a campaign, a competition ("Beneš-dekrétumok", "Tisza-adó",
     # "Európa-liga", "Európa-bajnokság")
     "dekrétum", "adó", "törvény", "kampány", "liga", "bajnokság",
     # a named report, a syndrome ("Sargentini-jelentés", "Stockholm-szindróma")
     "jelentés", "szindróma"}
)

# Last words that make a name an award's or a competition's, a thing (MISC): "Hungalu Kupa",
# "Vaskereszt", "Magyar Érdemrend Lovagkeresztje", "Kormányzói Dicsérő Elismerés".
AWARD_HEADS = frozenset(
    {"díj", "kupa", "érem", "emlékérem", "kereszt", "érdemrend", "elismerés", "kitüntetés",
     "serleg", "trófea", "emlékplakett"}
)

# Compound heads of three letters ("Szájer-ügy"); a longer lower-case part after a hyphen is a
# head too, a shorter one may be a syllable of a transcribed name ("Csou En-laj").
SHORT_COMPOUND_HEADS = frozenset(
    {"ügy", "díj", "kör", "per", "kór", "ház", "tér", "út", "fal", "adó"}
)

# Labels that stand before a colon ahead of a credit or a caption ("Nyitókép: MTI/Kovács Attila",
# "Fotó: Telex"): never part of a name.
CREDIT_LABELS = frozenset(
    {"fotó", "fotók", "nyitókép", "kép", "képek", "borítókép", "címlapkép", "kiemelt kép",
     "illusztráció", "forrás", "videó", "grafika", "szerző", "szöveg", "címkép", "képünk"}
)

# Verbs of appearing whose source is the author of a document beside them: "A MÁV
# tájékoztatásából kiderült, ...", "– áll a rendőrség közleményében" (reader.analysis.claims.
# documents), and the documents.
DOCUMENT_CUES = frozenset({"kiderül", "olvasható", "áll", "szerepel", "elhangzik"})
# Verbs of being said aloud at an event ("elhangzott, hogy …"): a claim with no author named.
SAID_ALOUD = frozenset({"elhangzik"})
# Works whose lines are said aloud in them ("a dalban elhangzik, hogy …"): no one's claim.
WORK_NOUNS = frozenset(
    {"dal", "film", "könyv", "vers", "regény", "sorozat", "jelenet", "klip", "színdarab", "darab",
     "zeneszám", "musical", "opera", "refrén", "epizód", "fejezet", "mese", "dalszöveg"}
)
# Texts their owner wrote or said, whose owner before them in '-ban' / '-on' is the subject
# ("A rendőrség közleményében azt írta"; not a show, an interview, a page or a survey, whose
# owner is no author: "Az ATV műsorában azt mondta" is the guest's).
AUTHORED_TEXTS = frozenset(
    {"közlemény", "nyilatkozat", "bejegyzés", "poszt", "levél", "jelentés", "előrejelzés",
     "indoklás", "határozat", "ítélet", "tanulmány", "elemzés", "válasz", "beszéd", "felhívás",
     "összefoglaló", "üzenet"}
)

DOCUMENT_NOUNS = frozenset(
    {"közlemény", "tájékoztatás", "tájékoztató", "sajtótájékoztató", "nyilatkozat", "jelentés",
     "írás", "cikk", "bejegyzés", "poszt", "levél", "honlap", "beszéd", "interjú",
     "műsor", "előadás", "válasz", "összefoglaló", "elemzés", "tanulmány", "kutatás",
     "beszámoló", "közlés", "felhívás", "indoklás", "határozat", "ítélet", "jegyzőkönyv",
     "felmérés"}
)

# ", amely szerint …" after one of these is what the text or report says (rules.aki_szerint)
WHICH_RELATIVES = frozenset({"amely", "amelyek"})
# (not a proposal, a decision, a ruling or a rule: "a kormány határozata, amely szerint 2030-ig
# bezárják" says what is decided, no one telling)
SAYING_TEXTS = frozenset(
    {"nyilatkozat", "közlemény", "bejegyzés", "poszt", "cikk", "írás", "levél", "jelentés",
     "tanulmány", "elemzés", "felmérés", "kutatás", "beszámoló", "interjú", "beszéd", "üzenet",
     "válasz", "összefoglaló", "tájékoztatás", "tájékoztató", "közlés", "híradás", "hír",
     "értesülés", "állítás", "vélemény", "álláspont", "becslés", "előrejelzés"})
