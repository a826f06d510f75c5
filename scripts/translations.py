#!/usr/bin/env python3
"""Small helper for the zh_CN translation file.

  translations.py missing            list source strings without a translation, in every .ts file
  translations.py apply FILE.tsv     set translations in every .ts file from "context<TAB>source<TAB>translation" lines
                                     (context may be * for any); escapes \\n and \\t are understood
"""
import sys
import xml.etree.ElementTree as ET

import glob

FILES = sorted(glob.glob("resources/translations/*_zh_CN.ts"))


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main():
    code = 0
    for ts in FILES:
        code = run(ts) or code
    return code


def translated(msg):
    """True when the message has a finished, non-empty translation (plural forms included)."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def run(TS):
    tree = ET.parse(TS)
    root = tree.getroot()
    if len(sys.argv) >= 2 and sys.argv[1] == "missing":
        n = 0
        for ctx in root.iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                if not translated(msg):
                    src = msg.findtext("source").replace("\n", "\\n")
                    print(f"{name}\t{src}\t")
                    n += 1
        print(f"# {TS}: {n} untranslated", file=sys.stderr)
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "apply":
        table = {}
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                ctx, src, dst = line.split("\t", 2)
                table[(ctx, unescape(src))] = unescape(dst)
        done = 0
        for ctx in root.iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                dst = table.get((name, src), table.get(("*", src)))
                if dst is None:
                    continue
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                if msg.get("numerus") == "yes":
                    # Chinese has one plural form: one <numerusform>.
                    for form in list(tr):
                        tr.remove(form)
                    tr.text = None
                    ET.SubElement(tr, "numerusform").text = dst
                else:
                    tr.text = dst
                tr.attrib.pop("type", None)
                done += 1
        tree.write(TS, encoding="utf-8", xml_declaration=True)
        print(f"{TS}: {done} translations set")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
