#!/usr/bin/env python3
"""Gives the demo organisation (Northwind Larch, "today" 2026-11-29) a two-year learning history.

Deterministic (seeded per person): running it again on its own output gives the same file. It rewrites, per person,
`evidence` (the history behind each current level), `attempts` (module results, failures included) and
enrolments for completed modules, and lets some people reach every essential level of their target role:

* Every hold gets 0-3 earlier pieces of evidence at lower levels, of the same or a weaker source tier and
  dated before it, so the evidence rules (LevelRules) derive exactly the hold again.
* Some holds get an expired certificate (an assessment one level higher that lapsed before the hold), so
  levels are sometimes lost: retention is not trivially 100 %.
* About two in five people with a target role and no coaching opt-in reach every essential level, at varied
  speeds after their `targetSince` (coached learners faster); the others are still on their way (censored).
  People named by tests or the README, cohort members and opted-in coaches are never changed, so the
  answers pinned elsewhere keep holding.
* Every completed module gets an enrolment and a passing attempt, one in four a failed attempt before it;
  one in three open enrolments (drop-outs) has a failed attempt.

Usage: python3 seed-data/tools/demo_history.py [path/to/demo-organisation.json]
"""
import datetime as dt
import json
import random
import re
import subprocess
import sys
from pathlib import Path

TODAY = dt.date(2026, 11, 29)
SEED = 20261129
TIER = {"assessment": 0, "manager": 0, "completion": 0, "badge": 0, "import": 0, "peer": 1, "self": 2}
ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "seed-data/src/main/resources/org/skillgraph/seed/demo-organisation.json"


def day(text):
    return dt.date.fromisoformat(text)


def pinned_people():
    """People named by tests, docs or benchmarks: their data stays exactly as it is."""
    names = set()
    for folder in ["api/src/test", "engine/src/test", "seed-data/src/test", "bench", "docs", "README.md"]:
        path = ROOT / folder
        files = [path] if path.is_file() else path.rglob("*") if path.exists() else []
        for f in files:
            if f.is_file() and f.suffix in {".java", ".md", ".json"}:
                names.update(re.findall(r"p-\d{3}", f.read_text(encoding="utf-8")))
    return names


def weaker_sources(source):
    return [s for s, t in TIER.items() if t >= TIER[source] and s not in ("import", "badge", "completion")] or [source]


def earlier_evidence(rng, hold):
    at, level, source = day(hold["at"]), hold["level"], hold["source"]
    records = []
    steps = rng.randint(0, min(3, level - 1))
    for k in range(steps, 0, -1):
        when = at - dt.timedelta(days=rng.randint(45, 160) * k)
        records.append({"skill": hold["skill"], "source": rng.choice(weaker_sources(source)),
                        "level": level - k, "at": when.isoformat()})
    if level < 5 and rng.random() < 0.08:
        issued = at - dt.timedelta(days=rng.randint(420, 700))
        records.append({"skill": hold["skill"], "source": "assessment", "level": level + 1,
                        "at": issued.isoformat(), "score": rng.randint(70, 95),
                        "expiresAt": (issued + dt.timedelta(days=365)).isoformat()})
    records.append({k: hold[k] for k in ("skill", "source", "level", "at") if k in hold})
    return records


def reach_target(rng, person, role, coached):
    since = day(person["targetSince"])
    speed = rng.lognormvariate(5.3 if not coached else 4.8, 0.45)  # median ~200 days, ~120 when coached
    reached = min(TODAY - dt.timedelta(days=3), since + dt.timedelta(days=int(30 + speed)))
    if reached <= since + dt.timedelta(days=20):
        return False
    holds = {h["skill"]: h for h in person["holds"]}
    raised = False
    for need in (n for n in role["needs"] if n["essential"]):
        held = holds.get(need["skill"])
        fresh = held is not None and day(held["at"]) > TODAY - dt.timedelta(days=730)
        if held is not None and held["level"] >= need["level"] and (fresh or day(held["at"]) > since):
            continue
        span = (reached - since).days
        when = since + dt.timedelta(days=rng.randint(span // 3, span))
        holds[need["skill"]] = {"skill": need["skill"], "level": max(need["level"], held["level"] if held else 0),
                                "source": rng.choice(["assessment", "manager", "completion"]), "at": when.isoformat()}
        raised = True
    if raised:
        person["holds"] = sorted(holds.values(), key=lambda h: h["skill"])
    return raised


def attempts_for(rng, person, modules):
    attempts, enrolled = [], {e["module"]: e for e in person.get("enrolled", [])}
    for c in person.get("completed", []):
        module, at = modules[c["module"]], day(c["at"])
        pass_score = module.get("passScore")
        score = c.get("score", rng.randint(pass_score or 60, 98))
        start = at - dt.timedelta(days=int(7 + module["hours"] * rng.uniform(1.5, 4)))
        enrolled.setdefault(c["module"], {"module": c["module"], "at": start.isoformat()})
        if pass_score and rng.random() < 0.25:
            failed_at = at - dt.timedelta(days=rng.randint(7, 30))
            attempts.append({"module": c["module"], "at": failed_at.isoformat(),
                             "score": rng.randint(max(0, pass_score - 30), pass_score - 1), "passed": False})
        attempts.append({"module": c["module"], "at": at.isoformat(), "score": score, "passed": True})
    done = {c["module"] for c in person.get("completed", [])}
    for module_id, e in sorted(enrolled.items()):
        pass_score = modules[module_id].get("passScore")
        start = day(e["at"])
        if module_id not in done and pass_score and rng.random() < 0.33 and start < TODAY - dt.timedelta(days=40):
            failed_at = start + dt.timedelta(days=rng.randint(14, 35))
            attempts.append({"module": module_id, "at": failed_at.isoformat(),
                             "score": rng.randint(max(0, pass_score - 35), pass_score - 1), "passed": False})
    person["enrolled"] = sorted(enrolled.values(), key=lambda e: (e["at"], e["module"]))
    return sorted(attempts, key=lambda a: (a["at"], a["module"]))


def main(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    pinned = pinned_people()
    roles = {r["id"]: r for r in data["roles"]}
    modules = {m["id"]: m for m in data["modules"]}
    in_cohort = {m for c in data.get("cohorts", []) for m in c.get("members", [])}
    coached = {pair["learner"] for p in data["people"] for pair in p.get("coaches", [])}
    reached = 0
    for person in data["people"]:
        person.pop("evidence", None)
        person.pop("attempts", None)
        free = person["id"] not in pinned and person["id"] not in in_cohort
        opted_out = not person.get("coaching", {}).get("optIn", False)
        # One generator per person and purpose: a second run on the output draws exactly the same numbers.
        rng = random.Random(f"{SEED}/{person['id']}/target")
        if free and opted_out and person.get("targetRole") and person.get("targetSince"):
            if rng.random() < (0.7 if person["id"] in coached else 0.45):
                reached += reach_target(rng, person, roles[person["targetRole"]], person["id"] in coached)
        rng = random.Random(f"{SEED}/{person['id']}/evidence")
        history = [r for h in person["holds"] for r in earlier_evidence(rng, h)]
        person["evidence"] = sorted(history, key=lambda r: (r["at"], r["skill"], r["source"]))
        if person["id"] not in pinned:  # their enrolments and attempts are counted by tests
            person["attempts"] = attempts_for(random.Random(f"{SEED}/{person['id']}/attempts"), person, modules)
        for key in ("enrolled", "evidence", "attempts"):  # a fixed key order keeps reruns byte-identical
            if key in person:
                value = person.pop(key)
                if value:
                    person[key] = value
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"history written to {path}; {reached} people newly reached their target role", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
