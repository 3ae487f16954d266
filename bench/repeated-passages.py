#!/usr/bin/env python3
"""Counts the repeated passages in src/main (issue 13's measure).

Runs the `duplicates` tool (pairs of places sharing six or more lines of the same shape) on src/main and splits
the pairs it lists into: those the tool marks boilerplate; the constructor-injection shape (a run that is, for at
least three quarters of its lines, `private final` fields, `this.x = x;` assignments, a constructor or class header,
annotations and braces), which the issue counts as boilerplate; and the rest, printed with -v.
    python3 bench/repeated-passages.py [checkout] [-v]
"""
import re, subprocess, sys, os
args = [a for a in sys.argv[1:] if a != '-v']
repo = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
root = os.path.join(repo, 'src/main')
INJECTION = re.compile(r'^\s*(private final [\w<>,\.\? \[\]]+ \w+;|this\.\w+ = \w+;|\}|(public |protected )?\w+\([^)]*\)( throws [\w, ]+)? \{|[\w<>,\.\? \[\]]+ \w+[,)]( \{)?|@\w+.*|)$')
HEADER = re.compile(r'^\s*((public |abstract |final )*class \w+.*\{|(public )?static final .*;)$')


def lines(spec):
    path, span = spec.rsplit(':', 1)
    first, last = map(int, span.split('-'))
    with open(os.path.join(root, path)) as source:
        return source.read().split('\n')[first - 1:last]


rows, heads = [], []
# Java and the resources (templates, migrations) apart: no pair crosses them, and each listing stays under the tool's
# 200 rows, so every pair is classified.
for part in ('java', 'resources'):
    out = subprocess.run(['duplicates', '--repo', part, '--most', '200', '--seconds', '100'], cwd=root,
                         capture_output=True, text=True).stdout
    heads.append(part + ': ' + out.split('\n')[0])
    rows += [re.sub(r' (\S+:\d+-\d+) ~ (\S+:\d+-\d+)', lambda m: f' {part}/{m.group(1)} ~ {part}/{m.group(2)}', l, count=1)
             for l in out.split('\n') if re.match(r'^D\d+ ', l)]
bp = [r for r in rows if 'boilerplate' in r]
rest = [r for r in rows if 'boilerplate' not in r]
injection, real = [], []
for r in rest:
    m = re.match(r'^D\d+ (\S+) ~ (\S+)', r)
    both = lines(m.group(1)) + lines(m.group(2))
    core = [x for x in both if x.strip()]
    hits = sum(1 for x in core if INJECTION.match(x) or HEADER.match(x))
    (injection if hits >= 0.75 * len(core) else real).append(r)
print('\n'.join(heads))
print(f'pairs {len(rows)}; boilerplate {len(bp)}; constructor-injection shape {len(injection)}; other {len(real)}')
if '-v' in sys.argv:
    print('\n'.join(real))
