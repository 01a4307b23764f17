"""Plausible Dutch titles and texts for generated pages, from short word lists.

Every noun is a de-word, so every adjective takes its -e; every phrase fits every template.
"""

APPROACH_ADJECTIVES = [
    "Gestructureerde",
    "Coöperatieve",
    "Gedifferentieerde",
    "Expliciete",
    "Dagelijkse",
    "Digitale",
    "Intensieve",
    "Speelse",
    "Korte",
    "Begeleide",
    "Schoolbrede",
    "Formatieve",
]
APPROACH_NOUNS = [
    "feedback",
    "instructie",
    "oefening",
    "tutoring",
    "reflectie",
    "herhaling",
    "leesbegeleiding",
    "samenwerking",
    "ondersteuning",
    "observatie",
    "klasdiscussie",
    "woordenschatinstructie",
]
CONTEXTS = [
    "bij begrijpend lezen",
    "in de wiskundeles",
    "voor nieuwkomers",
    "in de kleuterklas",
    "rond schrijven",
    "bij huiswerk",
    "in het eerste leerjaar",
    "voor meertalige leerlingen",
    "in de eerste graad",
    "bij wetenschappen",
    "in het buitengewoon onderwijs",
    "in de derde graad",
]
PROJECT_NAMES = [
    "Samen sterk",
    "Leren van elkaar",
    "Klaar voor morgen",
    "Taal als hefboom",
    "Elke leerling telt",
    "Sterk starten",
    "Op maat",
    "Vooruit met rekenen",
    "Lezen loont",
    "Kansen grijpen",
]
PROJECT_ACTIVITIES = [
    "coaching van leraren",
    "een professionele leergemeenschap",
    "co-teaching",
    "datageletterdheid van schoolteams",
    "een schoolbrede leesaanpak",
    "een sterke feedbackcultuur",
    "begeleiding van startende leraren",
    "samenwerking met ouders",
]
SCHOOL_KINDS = [
    "basisscholen",
    "secundaire scholen",
    "scholen voor buitengewoon onderwijs",
    "kleuterscholen",
    "centra voor volwassenenonderwijs",
]
UPDATE_TITLES = [
    "Nieuw in de toolkit: {approach} {context}",
    "Terugblik op de studiedag over {activity}",
    "Oproep voor scholen: {activity} {context}",
    "Onderzoek toont effect van {approach} {context}",
    "Webinar over {activity}",
    "Praktijkverhaal: {activity} {context}",
]
SENTENCES = [
    "Leraren passen {approach} {context} stap voor stap toe.",
    "Scholen die {activity} uitbouwen, zien leerlingen meer vooruitgang boeken.",
    "De aanpak vraagt vooral tijd om samen voor te bereiden en bij te sturen.",
    "Kansarme leerlingen halen er gemiddeld het meeste voordeel uit.",
    "Het onderzoek komt grotendeels uit het buitenland; Vlaamse studies zijn schaars.",
    "Begin klein, met één klas of één vak, en breid uit wat werkt.",
    "Een schoolteam dat {activity} opvolgt met gegevens, stuurt sneller bij.",
    "De effecten zijn groter wanneer de aanpak dagelijks terugkomt.",
]
