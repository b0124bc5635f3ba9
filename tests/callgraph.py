#!/usr/bin/env python3
"""Calls between the files of one module folder must go one way.

Usage: callgraph.py DIR...   Prints each file's callees among its folder's
files; exits 1 naming the files of a circle of calls, if there is one.
A call is a name defined without `static` in one file and followed by `(`
in another; comments are ignored.  Function pointers handed to libuv or
libcurl are not calls, so callbacks do not count.
"""
import glob, os, re, sys

DEF = re.compile(r'^(?!static)[a-z_][a-z0-9_ \*]*?\b([a-z_][a-z0-9_]*)\(', re.M)


def graph(folder):
    files = sorted(glob.glob(os.path.join(folder, '*.c')))
    src = {f: re.sub(r'/\*.*?\*/', '', open(f, encoding='utf-8').read(), flags=re.S)
           for f in files}
    defs = {m.group(1): f for f in files for m in DEF.finditer(src[f])}
    edges = {f: set() for f in files}
    for f in files:
        for name, where in defs.items():
            if where != f and re.search(r'\b%s\s*\(' % name, src[f]):
                edges[f].add(where)
    return edges


def circle(edges):
    state, stack = {}, []

    def visit(u):
        state[u] = 1
        stack.append(u)
        for v in sorted(edges[u]):
            if state.get(v) == 1:
                return stack[stack.index(v):] + [v]
            if not state.get(v):
                found = visit(v)
                if found:
                    return found
        stack.pop()
        state[u] = 2
        return None

    for u in sorted(edges):
        if not state.get(u):
            found = visit(u)
            if found:
                return found
    return None


status = 0
for folder in sys.argv[1:]:
    edges = graph(folder)
    for f in sorted(edges):
        if edges[f]:
            print('%s -> %s' % (os.path.basename(f),
                                ', '.join(sorted(os.path.basename(t) for t in edges[f]))))
    found = circle(edges)
    if found:
        print('circle of calls in %s: %s' % (folder, ' -> '.join(os.path.basename(f) for f in found)))
        status = 1
sys.exit(status)
