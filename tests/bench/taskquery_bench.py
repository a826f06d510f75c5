#!/usr/bin/env python3
"""Times the task table's SELECTs (rectify-taskquery-sql's JSON lines) on ledgers.

taskquery_bench.py [--runs N] [--plan] NAME=SQL.jsonl:LEDGER.sqlite ...

For each case of each set: the first page (the SELECT + LIMIT 200, median of
--runs) and the count of the filter (SELECT COUNT(*) with the same WHERE, median of
--count-runs), in wall and CPU milliseconds, the ledgers opened read-only. Sets are
run case by case in turn, so that "before" and "after" share the machine's load.
--plan prints each first page's EXPLAIN QUERY PLAN of the last set.
"""
import argparse
import json
import os
import sqlite3
import statistics
import time


def load(spec):
    name, rest = spec.split("=", 1)
    sql_file, ledger = rest.rsplit(":", 1)
    with open(sql_file, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    return name, {c["name"]: c for c in cases}, db


def timed(db, sql, values, runs):
    """Median wall and CPU milliseconds (CPU: this process, i.e. SQLite's work)."""
    wall, cpu = [], []
    result = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = db.execute(sql, values).fetchall()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return (statistics.median(wall), statistics.median(cpu)), result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count-runs", type=int, default=3)
    parser.add_argument("--plan", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args()
    sets = [load(s) for s in args.sets]
    print(f"load average {os.getloadavg()[0]:.1f}, medians of {args.runs}")
    names = list(sets[0][1].keys())
    header = "case (wall/CPU ms)".ljust(36) + "".join(
        f"{n + ' page':>16}{n + ' count':>16}" for n, _, _ in sets)
    print(header)
    for case in names:
        if args.only and args.only not in case:
            continue
        row = case.ljust(36)
        counts = set()
        for name, cases, db in sets:
            c = cases.get(case)
            if c is None:
                row += " " * 32
                continue
            page, _ = timed(db, c["sql"] + " LIMIT 200", c["values"], args.runs)
            count, result = timed(db, c["count_sql"], c["count_values"], args.count_runs)
            counts.add(result[0][0])
            row += f"{page[0]:>10.0f}/{page[1]:<5.0f}{count[0]:>10.0f}/{count[1]:<5.0f}"
        if len(counts) > 1:
            row += f"  COUNTS DIFFER {sorted(counts)}"
        else:
            row += f"  ({counts.pop()} tasks)"
        print(row, flush=True)
        if args.plan:
            name, cases, db = sets[-1]
            c = cases[case]
            for r in db.execute("EXPLAIN QUERY PLAN " + c["sql"] + " LIMIT 200", c["values"]):
                print("    ", r[3])
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
