#!/usr/bin/env python3
"""Gives the demo organisation's people a role history (roleHistory: the roles they held before, then their
current one), so career routes can show and weigh the moves people actually make.

Seeded (random.Random(23)) and independent of any history already in the file, so a rerun gives the same
result. About three in five people above the entry level get one or two earlier roles, picked among the roles
with a career move (LEADS_TO) into the next one: the first move a role lists is three times as likely, a move
within the family twice. Earlier stints last 14–41 months and end the day the next begins; the current stint
began 3–30 months before the demo's anchor day. p-042, whose erasure the access-control page shows, gets none.
Usage: python3 seed-data/tools/demo_role_history.py
"""
import datetime as dt
import json
import pathlib
import random

FILE = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/org/skillgraph/seed/demo-organisation.json"
ANCHOR = dt.date(2026, 10, 31)
KEEP_AS_IS = {"p-042"}


def main():
    bundle = json.loads(FILE.read_text(encoding="utf-8"))
    roles = {r["id"]: r for r in bundle["roles"]}
    into = {}
    for r in bundle["roles"]:
        for i, move in enumerate(r.get("leadsTo", [])):
            into.setdefault(move["role"], []).append((r["id"], i))
    rng = random.Random(23)

    def weight(source, index, target):
        w = 3.0 if index == 0 else 1.0
        return w * 2 if roles[source].get("family") == roles[target].get("family") else w

    def earlier(target):
        options = [p for p in into.get(target, []) if roles[p[0]].get("level", 0) <= roles[target].get("level", 0)]
        if not options:
            return None
        return rng.choices([p[0] for p in options], [weight(p[0], p[1], target) for p in options])[0]

    for person in bundle["people"]:
        person.pop("roleHistory", None)
        current = person.get("role")
        if person["id"] in KEEP_AS_IS or not current:
            continue
        if roles[current].get("level", 0) <= 1 or rng.random() < 0.25:
            continue
        chain = [current]
        while len(chain) < 3:
            before = earlier(chain[-1])
            if before is None or before in chain or (len(chain) > 1 and rng.random() < 0.5):
                break
            chain.append(before)
        if len(chain) == 1:
            continue
        chain.reverse()
        start = ANCHOR - dt.timedelta(days=rng.randint(90, 900))
        stints = [{"role": chain[-1], "from": start.isoformat()}]
        end = start
        for role in reversed(chain[:-1]):
            begin = end - dt.timedelta(days=rng.randint(14, 40) * 30 + rng.randint(0, 29))
            stints.insert(0, {"role": role, "from": begin.isoformat(), "to": end.isoformat()})
            end = begin
        person["roleHistory"] = stints
    FILE.write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
