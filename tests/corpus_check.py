#!/usr/bin/env python3
"""Checks the bundled corpus (seeds/*.md) against the curated fact table.

Standard library only. Run from anywhere:

    python3 tests/corpus_check.py

Checks, per group document, that the membership sentence names exactly the member
states of tests/fixtures/facts.json (and no other UN member state), that the verified
establishing resolution, chair and outcome document appear, and that a value the fact
table does not fully verify carries an `[unverified: ...]` marker in its sentence.
Checks the resolutions, norms and mechanism documents, the house style (heading,
Sources section, length) and that values the fact table leaves unverified stay out.
Exits with status 1 and a list of failures when a check fails.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "tests" / "fixtures" / "facts.json"
SEEDS = ROOT / "seeds"

# The 193 UN member states, UN short names. A trailing parenthesis is dropped for
# matching ("Netherlands (Kingdom of the)" is matched as "Netherlands").
UN_MEMBER_STATES = [
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
    "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia",
    "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq",
    "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kuwait", "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
    "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru",
    "Nepal", "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea",
    "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia",
    "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
    "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
    "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand",
    "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye",
    "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
]

# Statuses whose values go in only with an "[unverified: ...]" marker.
FLAGGED = {
    "inferred",
    "partially_verified",
    "title_not_verbatim_verified",
    "annex_list_not_seen_in_a_stored_copy",
}
# Statuses stated plainly.
PLAIN = {"verified", "verified_official", "verified_non_UN_source"}

MARKER = re.compile(r"\s*\[unverified:[^\]]*\]")
TITLES = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|H\.E)\.\s")

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
    return cond


def match_name(name):
    return re.sub(r"\s*\(.*\)$", "", name)


def states_in(text):
    """UN member states named in `text`, longest names first so that "Guinea" inside
    "Papua New Guinea" or "Republic of Korea" inside the DPRK's name is not counted."""
    names = sorted((match_name(n) for n in UN_MEMBER_STATES), key=len, reverse=True)
    found = set()
    masked = text
    for name in names:
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        if pattern.search(masked):
            found.add(name)
            masked = pattern.sub(lambda m: "#" * len(m.group(0)), masked)
    return found


def sentences(text):
    """Sentences of a Markdown document, one list per non-heading line (the corpus puts
    one sentence per line), split further at '. ' before a capital."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"^[-*]\s+", "", line)
        out.extend(s.strip() for s in re.split(r"(?<=\.)\s+(?=[A-Z\"(])", line) if s.strip())
    return out


def body(text):
    """The document without its Sources section."""
    return re.split(r"^## Sources\s*$", text, flags=re.M)[0]


def symbol_forms(symbol):
    """A resolution symbol as full symbol and as "resolution NN/NNN"."""
    m = re.fullmatch(r"A/RES/(\d+)/(\d+)", symbol)
    return [symbol, f"resolution {m.group(1)}/{m.group(2)}"] if m else [symbol]


def sentence_with(sents, needle):
    return [s for s in sents if needle in s]


def marker_ok(sents, needle, status, what):
    hits = sentence_with(sents, needle)
    if not check(hits, f"{what}: no sentence contains {needle!r}"):
        return
    flagged = [s for s in hits if "[unverified:" in s]
    if status in FLAGGED:
        check(flagged, f"{what}: status {status} but no sentence with {needle!r} carries [unverified: ...]")
    elif status in PLAIN:
        check(len(flagged) < len(hits), f"{what}: status {status} but every sentence with {needle!r} is flagged")


def load(name):
    path = SEEDS / name
    if not check(path.exists(), f"missing {path.relative_to(ROOT)}"):
        return ""
    return path.read_text(encoding="utf-8")


def check_style(name, text):
    lines = text.splitlines()
    check(lines and lines[0].startswith("# "), f"{name}: first line is not a '# ' heading")
    check(40 <= len(lines) <= 120, f"{name}: {len(lines)} lines, expected 40-120")
    heads = [l for l in lines if l.startswith("## ")]
    check(heads and heads[-1].strip() == "## Sources", f"{name}: last section is not '## Sources'")
    sources = text.split("## Sources", 1)[-1]
    check(re.search(r"\bA/", sources), f"{name}: Sources section lists no UN document symbol")
    check(not TITLES.search(text), f"{name}: a title such as Mr. or Ms. is used before a name")
    for m in re.finditer(r"\[unverified[^\]]*\]", text):
        check(re.match(r"\[unverified: [^\].]+\]", m.group(0)), f"{name}: malformed marker {m.group(0)!r}")
        after = text[m.end():m.end() + 1]
        check(after == ".", f"{name}: marker {m.group(0)!r} is not placed right before the final period")


def check_gge(group, all_text):
    gid = group["id"]
    name = f"{gid}.md"
    text = load(name)
    if not text:
        return
    check_style(name, text)
    first = text.splitlines()[0]
    check(first.startswith(f"# GGE {group['period']}"), f"{name}: heading does not name GGE {group['period']}")
    sents = sentences(body(text))

    # Membership sentence.
    members = [m["state"] for m in group["members"]["list"]]
    ms = [s for s in sents if "were members of the Group:" in s]
    if check(len(ms) == 1, f"{name}: expected one membership sentence, found {len(ms)}"):
        sentence = ms[0]
        plain = MARKER.sub("", sentence)
        named = states_in(plain)
        for state in members:
            check(state in named, f"{name}: member {state} missing from the membership sentence")
        extra = named - set(members)
        check(not extra, f"{name}: membership sentence names non-members {sorted(extra)}")
        check(f"following {len(members)} States" in plain, f"{name}: membership sentence does not give the count {len(members)}")
        check(plain.rstrip(".").endswith(f"and the {members[-1]}") or plain.rstrip(".").endswith(f"and {members[-1]}"),
              f"{name}: membership list does not end with 'and {members[-1]}'")
        status = group["members"]["status"]
        if status in FLAGGED:
            check("[unverified:" in sentence, f"{name}: member list status {status} needs a marker")
        else:
            check("[unverified:" not in sentence, f"{name}: member list status {status} must not be flagged")
    for state in members:
        check(state in text, f"{name}: member {state} not named in the document")

    # Size.
    n = group["number_of_experts"]["value"]
    check(f"The Group had {n} members." in text, f"{name}: no sentence 'The Group had {n} members.'")

    # Establishing resolution.
    res = group["establishing_resolution"]
    if res["status"] in PLAIN | FLAGGED:
        symbol = res["value"]
        check(symbol in text, f"{name}: establishing resolution {symbol} missing")
        short = symbol_forms(symbol)[1]
        check(f"The Group was established by {short}" in text, f"{name}: no 'The Group was established by {short}' sentence")

    # Chair.
    chair = group["chair"]
    if chair["status"] != "not_verified":
        person, state = chair["value"]["person"], chair["value"]["state"]
        check(person in all_text, f"chair {person} missing from the corpus")
        hits = [s for s in sents if s.startswith(person) and "chaired the Group" in s]
        if check(hits, f"{name}: no '{person} of ... chaired the Group' sentence"):
            check(state in hits[0], f"{name}: chair sentence does not name {state}")
        marker_ok(sents, person + " of", chair["status"], f"{name} chair")

    # Outcome.
    out = group["outcome"]["value"]
    doc = out["document"].rstrip("*")
    check(doc in text, f"{name}: outcome document {doc} missing")
    if out["consensus_report"]:
        check(f"The Group adopted a consensus report, {doc}." in text, f"{name}: no consensus-report sentence for {doc}")
        check("did not reach consensus" not in text, f"{name}: says both consensus and no consensus")
    else:
        check("The Group did not reach consensus on a report." in text, f"{name}: no 'did not reach consensus' sentence")
        check(f"report {doc} records that no consensus was reached" in text, f"{name}: no sentence on {doc} recording no consensus")
        check("adopted a consensus report" not in text, f"{name}: a failed group is said to adopt a consensus report")
    if "document_date" in out:
        check(out["document_date"] in text, f"{name}: report date {out['document_date']} missing")

    # Succession.
    if group["ordinal"] > 1:
        return
    check("succeeded" not in body(text), f"{name}: the first GGE has no predecessor")


def check_successions(groups):
    for prev, cur in zip(groups, groups[1:]):
        text = load(f"{cur['id']}.md")
        sentence = f"The GGE {cur['period']} succeeded the GGE {prev['period']}."
        check(sentence in text, f"{cur['id']}.md: missing '{sentence}'")
    pairs = [
        ("oewg-2021-2025.md", "The OEWG 2021-2025 succeeded the OEWG 2019-2021."),
        ("mechanism-2026.md", "The Global Mechanism 2026 succeeded the OEWG 2021-2025."),
    ]
    for name, sentence in pairs:
        check(sentence in load(name), f"{name}: missing '{sentence}'")


def check_oewgs(facts, all_text):
    o1, o2 = facts["open_ended_working_groups"]
    t1 = load("oewg-2019-2021.md")
    check_style("oewg-2019-2021.md", t1)
    check(t1.startswith("# OEWG 2019-2021"), "oewg-2019-2021.md: heading")
    check("Resolution 73/27 (A/RES/73/27) established the OEWG 2019-2021." in t1, "oewg-2019-2021.md: establishment sentence")
    check("open to all Member States" in t1, "oewg-2019-2021.md: open membership")
    check(f"{o1['chair']['value']['person']} of {o1['chair']['value']['state']} chaired the OEWG." in t1, "oewg-2019-2021.md: chair")
    check(o1["final_report"]["value"]["symbol"] in t1, "oewg-2019-2021.md: report symbol")
    check(o1["final_report"]["value"]["endorsed_by_GA"] in t1, "oewg-2019-2021.md: endorsement date")
    check("75/564" not in all_text, "decision 75/564 is not confirmed and must stay out")

    t2 = load("oewg-2021-2025.md")
    check_style("oewg-2021-2025.md", t2)
    check(t2.startswith("# OEWG 2021-2025"), "oewg-2021-2025.md: heading")
    check("Resolution 75/240 established the OEWG 2021-2025." in t2, "oewg-2021-2025.md: establishment sentence")
    check(o2["establishing_resolution"]["value"]["date"] in t2, "oewg-2021-2025.md: resolution date")
    check(f"{o2['chair']['value']['person']} of {o2['chair']['value']['state']} chaired the OEWG." in t2, "oewg-2021-2025.md: chair")
    for symbol in o2["annual_progress_reports"]["value"].values():
        check(symbol in t2, f"oewg-2021-2025.md: progress report {symbol}")
    check(o2["final_report"]["value"]["symbol"] in t2, "oewg-2021-2025.md: final report symbol")
    check("The OEWG adopted its final report by consensus on 11 July 2025." in t2, "oewg-2021-2025.md: final report adoption")


def check_mechanism(facts):
    text = load("mechanism-2026.md")
    check_style("mechanism-2026.md", text)
    check(text.splitlines()[0] == "# Global Mechanism 2026", "mechanism-2026.md: heading must read '# Global Mechanism 2026'")
    mech = facts["successor_mechanism"]
    check(mech["established_by"]["value"]["endorsed_by"] in text, "mechanism-2026.md: A/RES/80/16 missing")
    check(mech["name"]["value"] in text, "mechanism-2026.md: full name missing")
    sched = mech["schedule_2026"]["value"]
    for key, value in sched.items():
        # "30-31 March 2026" is written "30 and 31 March 2026" or "20 to 24 July 2026".
        m = re.fullmatch(r"(\d+)-(\d+) (\w+ \d{4})", value)
        forms = [value] if not m else [f"{m.group(1)} and {m.group(2)} {m.group(3)}", f"{m.group(1)} to {m.group(2)} {m.group(3)}"]
        check(any(f in text for f in forms), f"mechanism-2026.md: schedule {key} ({value}) missing")


def check_resolutions(facts, all_text, my_text):
    text = load("resolutions.md")
    check_style("resolutions.md", text)
    sections = dict(
        (m.group(1), m.group(2))
        for m in re.finditer(r"^## Resolution (\d+/\d+)\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    )
    for r in facts["resolutions"]:
        symbol = r["symbol"]
        if symbol is None:
            continue
        short = symbol.removeprefix("A/RES/")
        if not check(short in sections, f"resolutions.md: no '## Resolution {short}' section"):
            continue
        sec = sections[short]
        sents = sentences(sec)
        # Title.
        title = r["title"]
        if title["status"] != "not_verified":
            check(title["value"] in sec, f"resolutions.md {short}: title missing")
            marker_ok(sents, title["value"], title["status"], f"resolutions.md {short} title")
        # Date.
        date = r["date_adopted"]
        if date["status"] in PLAIN:
            check(date["value"] in all_text, f"resolution date {date['value']} ({short}) missing from the corpus")
            check(f"Resolution {short} was adopted" in sec and date["value"] in sec, f"resolutions.md {short}: adoption date sentence")
        elif date["status"] == "not_verified":
            check(not re.search(rf"Resolution {re.escape(short)} was adopted on", my_text),
                  f"{short}: adoption date is not verified but a date is given")
        # Sponsor.
        sponsor = r["main_sponsor"]
        if sponsor["status"] != "not_verified":
            states = [s for s in ("Russian Federation", "United States of America") if s in sponsor["value"]]
            for s in states:
                hits = [x for x in sents if s in x and ("introduced" in x)]
                check(hits, f"resolutions.md {short}: sponsor {s} missing")
                if hits:
                    flagged = any("[unverified:" in x for x in hits)
                    check(flagged == (sponsor["status"] in FLAGGED), f"resolutions.md {short}: sponsor marker does not match status {sponsor['status']}")
        else:
            check(not [x for x in sents if "introduced by" in x or "jointly introduced" in x],
                  f"resolutions.md {short}: sponsor is not verified but one is given")
        # Vote.
        how = r["how_adopted"]
        value = how["value"]
        if how["status"] == "not_verified":
            check(not re.search(r"without a vote|recorded vote|unanimous", sec), f"resolutions.md {short}: vote not verified but given")
        elif isinstance(value, str) and value.startswith("without a vote"):
            check("without a vote" in sec, f"resolutions.md {short}: 'without a vote' missing")
        elif isinstance(value, dict):
            for stage, v in value.items():
                m = re.search(r"(\d+)-(\d+)-(\d+)|(\d+) in favour to (\d+) against", v)
                if m and "recorded vote" in v:
                    nums = [g for g in m.groups() if g]
                    pat = r"\D+".join(nums)
                    check(re.search(pat, sec), f"resolutions.md {short}: {stage} vote {v} missing")
                if stage == "first_committee":
                    check("In the First Committee, the draft of resolution " + short in sec, f"resolutions.md {short}: First Committee stage not named")
    # Establishment sentences.
    for g in facts["groups"]:
        res = g["establishing_resolution"]["value"].removeprefix("A/RES/")
        check(f"Resolution {res} established the GGE {g['period']}." in text, f"resolutions.md: {res} -> GGE {g['period']} missing")
    check("Resolution 73/27 established the OEWG 2019-2021." in text, "resolutions.md: 73/27 -> OEWG missing")
    check("Resolution 75/240 established the OEWG 2021-2025." in text, "resolutions.md: 75/240 -> OEWG missing")
    check("The Russian Federation and the United States of America jointly introduced resolution 76/19." in text,
          "resolutions.md: joint introduction of 76/19 missing")


def check_norms(facts):
    text = load("norms-2015.md")
    check_style("norms-2015.md", text)
    norms = facts["norms_2015_para13"]
    check(norms["count"] == 11, "facts.json: expected 11 norms")
    check("The 2015 report A/70/174 sets out 11 voluntary norms in paragraph 13 (a) to (k)." in text, "norms-2015.md: count sentence")
    bullets = re.findall(r"^- Norm 13 \(([a-z])\): (.+)\.$", text, flags=re.M)
    letters = [b[0] for b in bullets]
    check(letters == list("abcdefghijk"), f"norms-2015.md: norm bullets are {letters}")
    for letter, label in bullets:
        words = len(label.split())
        check(words <= 12, f"norms-2015.md: label of 13 ({letter}) has {words} words")
    for item in norms["items"]:
        check(item["label"] not in text, f"norms-2015.md: label of 13 ({item['letter']}) copied verbatim from facts.json")
    for needle in ["Resolution 70/237", "A/76/135", "Resolution 76/19", "resolution 73/27"]:
        hits = [s for s in sentences(body(text)) if needle in s and "13 (a) to (k)" in s]
        check(hits, f"norms-2015.md: no reaffirmation sentence for {needle}")
    check(not re.search(r"\b(13|thirteen) (voluntary )?norms\b", text, flags=re.I), "norms-2015.md: speaks of 13 norms")


def check_left_out(facts, my_text):
    """Values the fact table marks not_verified (with an expected value in a note) stay out."""
    notes = []

    def walk(o):
        if isinstance(o, dict):
            if o.get("status") == "not_verified" and "note" in o:
                notes.append(o["note"])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(facts)
    for note in notes:
        for date in re.findall(r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", note):
            check(date not in my_text, f"not verified value {date!r} appears in the corpus")
    for guess in ["74/28", "75/32"]:
        check(guess not in my_text, f"unconfirmed resolution number {guess} appears in the corpus")


def main():
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    check(len(UN_MEMBER_STATES) == 193, f"state list has {len(UN_MEMBER_STATES)} names, expected 193")
    check(len(set(UN_MEMBER_STATES)) == 193, "state list has duplicates")
    for g in facts["groups"]:
        for m in g["members"]["list"]:
            check(m["state"] in {match_name(n) for n in UN_MEMBER_STATES}, f"facts.json state {m['state']!r} not in the UN list")
    mine = sorted(SEEDS.glob("*.md"))
    my_text = "\n".join(p.read_text(encoding="utf-8") for p in mine)
    all_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file())
    groups = facts["groups"]
    for g in groups:
        check_gge(g, all_text)
        check(g["establishing_resolution"]["value"] in all_text, f"{g['id']}: establishing resolution missing from the corpus")
        check(g["outcome"]["value"]["document"].rstrip("*") in all_text, f"{g['id']}: report symbol missing from the corpus")
    check_successions(groups)
    check_oewgs(facts, my_text)
    check_mechanism(facts)
    check_resolutions(facts, all_text, my_text)
    check_norms(facts)
    check_left_out(facts, my_text)
    check("13 norms" not in my_text, "the corpus documents must not speak of 13 norms")

    if failures:
        print(f"corpus_check: {len(failures)} failure(s)")
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print(f"corpus_check: OK ({len(mine)} Markdown documents, {len(groups)} GGEs, 2 OEWGs, mechanism, resolutions, norms)")


if __name__ == "__main__":
    main()
