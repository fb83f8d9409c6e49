"""Dutch words that people build passwords from, most likely first.

zxcvbn's own lists are English; without these, `Welkom2026!!` would count as strong. The order is
the rank zxcvbn gives each word (earlier = guessed sooner): password words and greetings, then
school words, seasons, months and days, family and pet words, clubs, cities and common first
names and surnames.
"""

from __future__ import annotations

DUTCH_WORDS: tuple[str, ...] = (
    # this application and its files
    "adviserdesk", "adviser", "zaken", "zaak", "dossier", "casus", "melding",
    # password words, greetings, endearments
    "wachtwoord", "welkom", "geheim", "hallo", "hoi", "doei", "liefde", "schat", "schatje",
    "lieverd", "prinses", "prins", "engel", "vrienden", "vriend", "vriendin", "familie", "thuis",
    "toegang", "inloggen", "gebruiker", "beheerder", "beveiliging", "sleutel", "kluis", "veilig",
    "nederland", "holland", "oranje", "amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven",
    "groningen", "tilburg", "almere", "breda", "nijmegen", "arnhem", "haarlem", "enschede",
    "zwolle", "leiden", "maastricht", "dordrecht", "zoetermeer", "amersfoort", "apeldoorn",
    "friesland", "brabant", "limburg", "zeeland", "drenthe", "gelderland", "overijssel",
    # school
    "school", "leerling", "leerlingen", "docent", "leraar", "lerares", "juf", "meester",
    "mentor", "klas", "rooster", "huiswerk", "toets", "cijfer", "rapport", "examen", "pauze",
    "kantine", "gymles", "schoolplein", "directeur", "conrector", "rector", "teamleider",
    "zorgcoordinator", "vertrouwenspersoon", "vertrouwen", "onderwijs", "basisschool",
    "middelbare", "college", "lyceum", "gymnasium", "atheneum", "havo", "vwo", "vmbo", "mavo",
    "brugklas", "ouders", "ouderavond", "schoolreis", "vakantie", "zomervakantie",
    "kerstvakantie", "herfstvakantie", "voorjaarsvakantie", "meivakantie",
    # seasons, months, days, holidays
    "zomer", "winter", "lente", "herfst", "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december", "maandag", "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "weekend", "vandaag", "morgen",
    "gisteren", "kerst", "kerstmis", "sinterklaas", "pasen", "koningsdag", "oudjaar",
    "nieuwjaar", "verjaardag", "jarig",
    # family, home, pets, animals, things
    "mama", "papa", "moeder", "vader", "oma", "opa", "zus", "zusje", "broer", "broertje",
    "dochter", "zoon", "kinderen", "baby", "tante", "oom", "neef", "nicht", "hond", "honden",
    "hondje", "kat", "katten", "poes", "poesje", "konijn", "paard", "paarden", "pony", "vogel",
    "vis", "beer", "beertje", "tijger", "leeuw", "olifant", "aap", "muis", "eend", "kip",
    "koe", "varken", "schaap", "vos", "wolf", "draak", "eenhoorn", "vlinder", "bloem", "bloemen",
    "roos", "tulp", "zon", "zonnetje", "maan", "ster", "sterren", "hemel", "regen", "sneeuw",
    "water", "zee", "strand", "fiets", "auto", "huis", "tuin", "boom", "bos", "appel", "banaan",
    "aardbei", "kaas", "chocolade", "snoep", "koekje", "pannenkoek", "friet", "patat",
    # colours, numbers, simple words
    "rood", "groen", "blauw", "geel", "zwart", "wit", "paars", "roze", "grijs", "bruin",
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderd",
    "duizend", "mooi", "lief", "leuk", "gek", "stoer", "sterk", "snel", "klein", "groot",
    "nieuw", "oud", "goed", "beter", "best", "super", "kanjer", "toppie", "gezellig", "lekker",
    "spelen", "werken", "lezen", "dansen", "zingen", "muziek", "gitaar", "piano", "voetbal",
    "hockey", "tennis", "korfbal", "handbal", "volleybal", "schaatsen", "zwemmen", "turnen",
    "paardrijden", "gamen", "computer", "telefoon", "mobiel", "internet", "laptop",
    # clubs and sport
    "ajax", "feyenoord", "psv", "azalkmaar", "twente", "vitesse", "utrechtfc", "heerenveen",
    "groningenfc", "sparta", "oranjeboven", "kampioen", "doelpunt",
    # first names (common in the Netherlands)
    "emma", "julia", "sophie", "lotte", "sanne", "lisa", "anna", "eva", "sara", "tess", "fleur",
    "noa", "mila", "zoe", "lieke", "femke", "anouk", "iris", "isa", "nina", "roos", "ilse",
    "daan", "sem", "lucas", "levi", "finn", "noah", "milan", "bram", "thijs", "jesse", "luuk",
    "ruben", "stijn", "lars", "tim", "tom", "sven", "niels", "bas", "jeroen", "mark", "peter",
    "jan", "kees", "piet", "henk", "gerrit", "willem", "johan", "marco", "dennis", "sandra",
    "monique", "linda", "marieke", "esther", "petra", "ingrid", "karin", "wendy", "mohammed",
    "fatima", "yusuf", "ayoub", "noor", "sara", "amira", "ibrahim",
    # surnames
    "jansen", "janssen", "devries", "vandenberg", "vandijk", "bakker", "visser", "smit",
    "meijer", "mulder", "deboer", "degroot", "bos", "vos", "peters", "hendriks", "dekker",
    "brouwer", "dejong", "dewit", "vanleeuwen", "vandam", "verhoeven", "willems",
)  # fmt: skip
