#!/usr/bin/env python3
"""Writes a generated history for the mikoshi preset (the embedded default app) as CSV.

Each user acts on consecutive UTC days: a daily chat and two each of characters, scenes and
personas (the preset's daily limits), 140 XP a day, under the level 1-2 cap of 150.
Usage: generate-history.py <out.csv> <events>
"""
import random
import sys
from datetime import datetime, timedelta, timezone

DAY = [("daily_chat", None), ("create_character", "character"), ("create_character", "character"),
       ("create_scene", "scene"), ("create_scene", "scene"), ("create_persona", "persona"), ("create_persona", "persona")]


def main(out, events):
    rng = random.Random(9)
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    days_per_user = 7
    users = max(1, events // (len(DAY) * days_per_user))
    written = 0
    with open(out, "w") as f:
        f.write("user_id,action,target_type,target_id,occurred_at,idempotency_key\n")
        for u in range(users):
            user = f"bench-u{u:07d}"
            first = start + timedelta(days=rng.randrange(0, 300))
            for d in range(days_per_user):
                day = first + timedelta(days=d, hours=8)
                for i, (action, target) in enumerate(DAY):
                    if written == events:
                        return
                    at = (day + timedelta(minutes=7 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
                    target_id = f"{user}-{target}-{d}-{i}" if target else ""
                    f.write(f"{user},{action},{target or ''},{target_id},{at},{user}-{d}-{i}\n")
                    written += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
