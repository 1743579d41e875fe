"""A small collection as users gather it: short stories, some carried by several
outlets, each copy wrapped in its outlet's furniture (menus, the wrapper page's
own headline and byline, a teaser block of other stories written as whole
sentences, an author bio, a footer). Written for the tests; no corpus file."""

from __future__ import annotations

from pathlib import Path

from digest.models import Article

STORIES: dict[str, tuple[str, list[str]]] = {
    "bridge": (
        "Old river bridge to close for six months of repairs",
        [
            "The old river bridge in Marlow will close to all traffic from Monday for six months "
            "while engineers replace its rusting steel deck, the county council said on Thursday.",
            "Drivers will be sent over the ring road, which the council expects to add about "
            "fifteen minutes to a crossing at rush hour, and two extra bus lanes will open.",
            "No arrests have been made.",
            "Council engineer Priya Raman said the deck had corroded faster than expected after "
            "three wet winters and that patching it again would only delay the inevitable.",
            "Shops on Bridge Street fear the closure will keep customers away, and their "
            "association has asked the council for a reduction in business rates until it reopens.",
        ],
    ),
    "orchard": (
        "Frost wipes out half of the county's apple blossom",
        [
            "A late frost on Tuesday night destroyed about half of the apple blossom in the "
            "county's orchards, growers said, the worst damage since records began in 1961.",
            "Temperatures fell to minus four degrees in the valley shortly before dawn, when the "
            "trees were in full flower and least able to withstand the cold.",
            "Fruit farmer Gwen Hollis said she had lit candles between the rows all night but "
            "could only save the trees closest to the farmhouse.",
            "The growers' association will ask the government for emergency support, arguing "
            "that smaller farms could not survive a second poor harvest in a row.",
        ],
    ),
    "library": (
        "Village library saved by volunteers after council cuts",
        [
            "Volunteers in Ashby have taken over the village library that the council planned to "
            "close in June, promising to keep it open five days a week.",
            "More than sixty residents signed up within a fortnight, and a local builder offered "
            "to repair the leaking roof free of charge.",
            "Retired teacher Martin Cole, who chairs the new trust, said the library was the only "
            "warm public room in the village and had to stay.",
            "The council will keep paying for the building's insurance and heating for the first "
            "two years while the trust raises money of its own.",
        ],
    ),
    "marathon": (
        "Record field of runners expected for city marathon",
        [
            "Organisers of the city marathon expect a record field of twelve thousand runners on "
            "Sunday, two thousand more than last year, after opening extra starting waves.",
            "Roads across the centre will be closed from six in the morning until late afternoon, "
            "and the tram service will run every five minutes all day.",
            "Race director Lena Ortiz said the new course along the canal was flatter and could "
            "produce the fastest times the race had seen.",
            "Hundreds of volunteers will staff twenty drinks stations, and first aid teams will "
            "be posted at every mile marker along the route.",
        ],
    ),
    "museum": (
        "Museum returns carved panels to their island of origin",
        [
            "The national museum has returned four carved wooden panels to the island community "
            "from which a collector took them more than a century ago.",
            "The panels were handed over at a ceremony in the island's meeting house on Saturday, "
            "attended by elders, schoolchildren and the museum's director.",
            "Director Samuel Achebe said the return corrected a wrong and that the museum would "
            "review the origins of every object in its collection from the region.",
            "Island leaders plan to display the panels in a new cultural centre due to open next "
            "spring, next to a workshop where young carvers will train.",
        ],
    ),
    "ferry": (
        "New electric ferry enters service on the lake",
        [
            "The first electric ferry on the lake entered service on Friday, carrying passengers "
            "between Northport and the islands without burning any diesel.",
            "The vessel charges at each end of the crossing in under ten minutes, and its "
            "batteries hold enough power for three return trips in an emergency.",
            "Ferry company chief Ingrid Sorensen said fares would stay the same and that two "
            "more electric boats had been ordered for delivery next year.",
            "Residents of the islands had campaigned for years for quieter boats, saying the old "
            "diesel ferries shook their houses at every departure.",
        ],
    ),
}

OUTLETS: dict[str, dict[str, list[str]]] = {
    "herald": {
        "header": [
            "Harbour Herald",
            "* Home",
            "* News",
            "* Sport",
            "* Weather",
            "* Opinion",
            "* Contact us",
            "Council votes to expand harbour car park",
            "By Tom Reed, Staff Writer",
        ],
        "footer": [
            "More from the Herald",
            "The harbour car park will grow by two hundred spaces after a close vote on the "
            "council, which rejected calls for a park-and-ride scheme instead.",
            "A seal that swam up the river to the town centre has been guided back to sea by "
            "wildlife rescuers after three days of watching crowds.",
            "Tom Reed covers the council and the harbour for the Herald. He joined the paper in "
            "2015 after ten years at regional radio stations.",
            "© 2025 Harbour Herald. All rights reserved.",
        ],
    },
    "courier": {
        "header": [
            "Menu",
            "+ Local",
            "+ Business",
            "+ Farming",
            "+ Schools",
            "+ Letters",
            "Valley traders brace for a quiet summer",
            "Posted by Alice Grant",
        ],
        "footer": [
            "Elsewhere in the Courier",
            "Valley traders say the summer season looks quiet after the loss of two coach tours "
            "that used to bring visitors every week.",
            "The school on Mill Lane will get a new science block after parents raised the last "
            "part of the money at a fair on Saturday.",
            "Alice Grant has written about farming and rural life in the valley for twenty years "
            "and grew up on a dairy farm near the river.",
            "Copyright 2025 Valley Courier. All rights reserved.",
        ],
    },
    "gazette": {
        "header": [
            "Skip to content",
            "- Front page",
            "- Politics",
            "- Culture",
            "- Travel",
            "- Puzzles",
            "Mayor promises cheaper buses by autumn",
            "Jon Ellis, political editor",
        ],
        "footer": [
            "Most read",
            "The mayor has promised cheaper bus fares by the autumn, paid for by a new charge on "
            "parking spaces at out-of-town shopping centres.",
            "A violinist from the city has won the international competition in Vienna, the "
            "first local musician to do so in forty years.",
            "Jon Ellis is the political editor of the Gazette and the author of two books on "
            "local government.",
        ],
    },
}

# (outlet, story, date): the bridge story in all three outlets, some in two, some in one.
COPIES: list[tuple[str, str, str]] = [
    ("herald", "bridge", "2025-05-08"),
    ("courier", "bridge", "2025-05-08"),
    ("gazette", "bridge", "2025-05-09"),
    ("herald", "orchard", "2025-05-07"),
    ("courier", "orchard", "2025-05-07"),
    ("courier", "library", "2025-05-05"),
    ("gazette", "library", "2025-05-05"),
    ("herald", "marathon", "2025-05-10"),
    ("gazette", "museum", "2025-05-11"),
    ("herald", "ferry", "2025-05-12"),
    ("courier", "ferry", "2025-05-12"),
    ("gazette", "orchard", "2025-05-07"),
]


def copy_text(outlet: str, story: str, date: str) -> str:
    """One text copy: the outlet's header, the headline, a date line, the article, its footer."""
    title, paragraphs = STORIES[story]
    parts = OUTLETS[outlet]
    lines = [*parts["header"], "", title, "", f"Published {date}", "", *paragraphs, ""]
    lines += parts["footer"]
    return "\n\n".join(line for line in lines if line) + "\n"


def copy_name(outlet: str, story: str) -> str:
    return f"{outlet}-{story}.txt"


def write_collection(folder: Path, copies: list[tuple[str, str, str]] = COPIES) -> list[Path]:
    """Write the copies as text files into `folder`; their paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for outlet, story, date in copies:
        path = folder / copy_name(outlet, story)
        path.write_text(copy_text(outlet, story, date), encoding="utf-8")
        paths.append(path)
    return paths


def furniture_sentences() -> list[str]:
    """Every whole sentence of the outlets' furniture (teasers, bios, wrapper headlines)."""
    found = []
    for parts in OUTLETS.values():
        found += [line for line in parts["footer"] + parts["header"] if len(line.split()) >= 5]
    return found


# the body of a short crime report, for tests that wrap it in furniture
SHOOTING_REPORT = [
    "A man was charged on Tuesday with manslaughter after a shooting at a home on Elm Street, "
    "police in Riverton said, adding that the victim died at the hospital.",
    "The man, 24, was arrested at the scene and is held without bail, the police chief said "
    "at a news conference on Wednesday morning.",
    "Neighbours said they heard three shots shortly after midnight and called the police.",
]


def extracted(folder: Path, name: str, text: str) -> Article:
    """The article `digest extract` makes of one source file `name` written with `text`."""
    from digest.extract.core import extract_document
    from digest.sources import read_paths

    path = folder / name
    path.write_text(text, encoding="utf-8")
    (doc,) = read_paths([path])
    assert doc is not None
    article = extract_document(doc)
    assert article is not None
    return article
