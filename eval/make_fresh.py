#!/usr/bin/env python3
"""Build the second, fresh evaluation set (eval/fresh/tune, eval/fresh/holdout).

Written after the first set (make_eval.py) had been used for tuning, by helpers who had not
seen the classifier, its rules, or the first set's emails. The emails live in
eval/fresh/slice_*.py; each slice calls M(...) and L(...) exactly as make_eval.py does.
Same encoders, same label schema, same conventions (eval/README.md).

Split rule (fixed before any scoring): emails are grouped by (category, priority) and taken
in slice order (a, b, c, ...) and then in the order written; the 2nd, 5th, 8th ... of each
group goes to holdout/, the rest to tune/.

Run:  python3 eval/make_fresh.py [--set fresh2|fresh3|fresh4|fresh5|fresh6]
"""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as base  # noqa: E402  (encoders, M(), build() and write_sets())



def main():
    # --set NAME: the slices in eval/NAME/ (default: fresh), written to eval/NAME/{tune,holdout};
    # --only X --out DIR: build just slice_X.py into DIR (for checking one slice alone)
    args = sys.argv[1:]
    if "-h" in args or "--help" in args or any(a.startswith("-") and a not in ("--set", "--only", "--out") for a in args):
        sys.exit(__doc__ + "\nOptions: --set NAME (eval/NAME/slice_*.py), --only X --out DIR (one slice into DIR)")
    only = args[args.index("--only") + 1] if "--only" in args else None
    src = os.path.join(HERE, args[args.index("--set") + 1] if "--set" in args else "fresh")
    out = args[args.index("--out") + 1] if "--out" in args else src
    del base.EMAILS[:]  # the first set's emails, appended when make_eval was imported; slices use its M()
    pattern = "slice_%s.py" % only if only else "slice_*.py"
    for path in sorted(glob.glob(os.path.join(src, pattern))):
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        exec(code, {"M": base.M, "L": base.L, "__name__": "slice"})

    def build_one(i, e):
        # offset the index so Message-IDs differ from the first set; default dates run
        # through 2025 (make_eval's own default would drift past 2030 at this index)
        if e["date"] is None and not re.search(r"DD20\d{6}", e["body"]):
            d = datetime.datetime(2025, 1, 3, 8, 0) + datetime.timedelta(
                days=i * 2 + i % 3, hours=(i * 5) % 14, minutes=(i * 37) % 60)
            e = dict(e, date=d.strftime("%Y-%m-%d %H:%M"))
        return base.build(1000 + i, e)

    base.write_sets(base.EMAILS, out, build_one)


if __name__ == "__main__":
    main()
