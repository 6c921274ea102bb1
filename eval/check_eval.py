#!/usr/bin/env python3
"""Sanity-check the eval set: every .eml parses, labels.jsonl has exactly one valid line per
.eml, and label values are consistent with the text (ids/phones/names actually occur)."""
import collections
import email
import email.policy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "category", "subcategory", "priority", "language", "name", "phone",
        "customer_id", "order_ids", "demand"]
CATS = {"inquiry", "complaint", "after_sales", "suggestion", "emergency", "other"}
SUBS = {None, "logistics", "product_quality", "service_attitude", "delivery_delay", "wrong_item",
        "refund", "repair", "return", "exchange", "warranty", "installation", "billing",
        "account_security", "system_outage", "safety", "product_info", "how_to", "policy",
        "order_status", "feature_request", "feedback", "thanks"}
DEMANDS = {"refund", "exchange", "repair", "return", "explanation", "apology", "compensation",
           "callback"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else HERE  # eval/ or eval/fresh/
    report = {}
    for split in ("tune", "holdout"):
        d = os.path.join(root, split)
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        with open(os.path.join(d, "labels.jsonl"), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        if [r["file"] for r in rows] != emls:
            err("%s: labels.jsonl files != .eml files" % split)
        c = collections.defaultdict(collections.Counter)
        for r in rows:
            if list(r.keys()) != KEYS:
                err("%s/%s: keys %s" % (split, r["file"], list(r.keys())))
            raw = open(os.path.join(d, r["file"]), "rb").read()
            if b"\n" in raw.replace(b"\r\n", b""):
                err("%s/%s: bare LF" % (split, r["file"]))
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                      "Content-Type", "Content-Transfer-Encoding"):
                if msg[h] is None:
                    err("%s/%s: missing %s" % (split, r["file"], h))
            if msg.defects:
                err("%s/%s: defects %s" % (split, r["file"], msg.defects))
            subj = str(msg["Subject"])
            frm = str(msg["From"])
            body = msg.get_content()
            if "=?" in subj or "=?" in frm:
                err("%s/%s: undecoded header" % (split, r["file"]))
            text = unicodedata.normalize("NFKC", frm + "\n" + subj + "\n" + body)
            digits_only = re.sub(r"[^0-9]", "", text)
            if r["category"] not in CATS or r["subcategory"] not in SUBS:
                err("%s/%s: bad category" % (split, r["file"]))
            if r["priority"] not in ("urgent", "normal", "low"):
                err("%s/%s: bad priority" % (split, r["file"]))
            if r["language"] not in ("zh-Hans", "zh-Hant", "en"):
                err("%s/%s: bad language" % (split, r["file"]))
            if not set(r["demand"]) <= DEMANDS or len(set(r["demand"])) != len(r["demand"]):
                err("%s/%s: bad demand" % (split, r["file"]))
            if r["phone"] is not None:
                if not re.fullmatch(r"[0-9]{7,12}", r["phone"]) or r["phone"] not in digits_only:
                    err("%s/%s: phone %s not in text" % (split, r["file"], r["phone"]))
            if r["customer_id"] is not None and r["customer_id"] not in text:
                err("%s/%s: customer_id not in text" % (split, r["file"]))
            for o in r["order_ids"]:
                if o not in text:
                    err("%s/%s: order %s not in text" % (split, r["file"], o))
            if len(set(r["order_ids"])) != len(r["order_ids"]):
                err("%s/%s: duplicate order ids" % (split, r["file"]))
            if r["name"] is not None:
                import html
                if r["name"] not in html.unescape(text):
                    err("%s/%s: name %s not in text" % (split, r["file"], r["name"]))
            c["category"][r["category"]] += 1
            c["priority"][r["priority"]] += 1
            c["language"][r["language"]] += 1
            c["charset"][msg.get_content_charset()] += 1
            c["encoding"][msg["Content-Transfer-Encoding"]] += 1
            c["type"][msg.get_content_type()] += 1
        report[split] = (len(rows), c)
    for split, (n, c) in report.items():
        print("== %s: %d emails" % (split, n))
        for k, v in c.items():
            print("  %-9s %s" % (k, dict(sorted(v.items(), key=lambda kv: -kv[1]))))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK: all emails parse, labels consistent")


if __name__ == "__main__":
    main()
