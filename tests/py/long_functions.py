#!/usr/bin/env python3
"""List the Rust functions under ROOT (default src) whose body, from the `fn` line to its
closing brace, is over LIMIT lines (default 80); strings and comments are blanked first so
their braces do not count. Run by tests/code_shape.rs.

Usage: python3 tests/py/long_functions.py [ROOT [LIMIT]]
"""
import os, re, sys

LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 80
ROOT = sys.argv[1] if len(sys.argv) > 1 else "src"
FN = re.compile(r'^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:extern\s+"[^"]*"\s+)?fn\s+([A-Za-z_][A-Za-z0-9_]*)')

def strip(text):
    """Replace comments, strings and char literals by spaces, keeping newlines."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j): depth += 1; j += 2
                elif text.startswith("*/", j): depth -= 1; j += 2
                else: j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == "r" and re.match(r'r#*"', text[i:i+10]) and (i == 0 or not (text[i-1].isalnum() or text[i-1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\\n])'", text[i:])
            if m:
                out.append(" " * len(m.group(0))); i += len(m.group(0))
            else:  # a lifetime
                out.append(c); i += 1
        else:
            out.append(c); i += 1
    return "".join(out)

def long_fns(path):
    text = strip(open(path, encoding="utf-8").read())
    lines = text.split("\n")
    offsets, acc = [], 0
    for l in lines:
        offsets.append(acc); acc += len(l) + 1
    found = []
    for no, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        # find the body's opening brace (or a `;` ending a declaration)
        depth, start, k = 0, None, no
        pos = offsets[no] + m.end()
        paren = 0
        while pos < len(text):
            ch = text[pos]
            if ch in "([": paren += 1
            elif ch in ")]": paren -= 1
            elif ch == ";" and paren == 0: break
            elif ch == "{" and paren == 0: start = pos; break
            pos += 1
        if start is None:
            continue
        depth = 0
        while pos < len(text):
            if text[pos] == "{": depth += 1
            elif text[pos] == "}":
                depth -= 1
                if depth == 0: break
            pos += 1
        end_line = text.count("\n", 0, pos)
        length = end_line - no + 1
        if length > LIMIT:
            found.append((length, path, no + 1, m.group(1)))
    return found

results = []
for dirpath, _, files in os.walk(ROOT):
    for f in files:
        if f.endswith(".rs"):
            results += long_fns(os.path.join(dirpath, f))
for length, path, line, name in sorted(results, key=lambda r: (r[1], r[2])):
    print(f"{length:4d}  {path}:{line}  {name}")
print(f"{len(results)} functions over {LIMIT} lines", file=sys.stderr)
