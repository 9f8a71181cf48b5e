#!/usr/bin/env python3
"""Writes a corpus of invented news articles for measuring batch runs of `claimtagger tag`.

    python3 make_corpus.py OUT COUNT

writes OUT/000/000000.txt ... (1,000 files per folder) and OUT.jsonl with the same articles as
{"id", "text"} lines. Deterministic (fixed seed). See docs/cli.md, "Batch throughput".
"""
import json, os, random, sys
out, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
first = ["Rosa", "Tomas", "Amara", "Declan", "Mei", "Piotr", "Ines", "Omar", "Lena", "Hal"]
last = ["Lindqvist", "Ferreira", "Nwosu", "Hardy", "Takahashi", "Zielinski", "Duarte", "Reyes", "Fischer", "Brandt"]
roles = ["the harbour master", "the council leader", "a union organiser", "the fire chief", "the finance minister"]
verbs = ["said", "told reporters", "insisted", "claimed", "explained", "noted", "added"]
topics = ["the ferry timetable", "a flood barrier", "bus fares", "the night market", "a wind farm", "hospital parking"]
def article(n):
    p = f"{rng.choice(first)} {rng.choice(last)}"; s = p.split()[1]; t = rng.choice(topics)
    paras = [f"Row over {t} deepens – {p}", f"{rng.randint(1,28)} Mar, 2026 {rng.randint(0,23):02d}:{rng.randint(0,59):02d}", f"By {rng.choice(first)} {rng.choice(last)}"]
    for _ in range(rng.randint(16, 36)):
        paras.append(rng.choice([
            f"“We will not back down on {t},” {s} {rng.choice(verbs)}. “Residents deserve better.”",
            f"{p}, {rng.choice(roles)}, {rng.choice(verbs)} that {t} would cost {rng.randint(2,90)} million, a figure critics reportedly dispute.",
            f"According to the ministry, {t} is expected to open in {rng.choice(['spring', 'autumn', 'June', 'December'])}, but officials familiar with the plan said delays were likely.",
            f"Opponents slammed the so-called ‘compromise’, saying it was UTTERLY inadequate. {s} denied the allegation.",
        ]))
    return "\n\n".join(paras) + "\n"
os.makedirs(out, exist_ok=True)
with open(out + ".jsonl", "w", encoding="utf-8") as jl:
    for n in range(count):
        text = article(n)
        sub = os.path.join(out, f"{n // 1000:03d}"); os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{n:06d}.txt"), "w", encoding="utf-8") as f: f.write(text)
        jl.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
