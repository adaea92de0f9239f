#!/usr/bin/env python3
"""Flame graphs of Java Flight Recorder recordings or async-profiler's collapsed stacks with nothing but the JDK and
Python's standard library.

Reads the jdk.ExecutionSample events of a JFR recording through `jfr print --json` (streamed: one event
decoded at a time, so a recording of tens of MB needs a few MB of memory) and writes:

  OUT_PREFIX.collapsed  one line per distinct stack, root first: `frame;frame;...;frame COUNT`, frames as
                        package.Class.method; a stack JFR cut at its depth limit (64 frames unless the JVM was
                        configured otherwise) starts with the pseudo-frame [truncated]
  OUT_PREFIX.svg        the flame graph (root at the bottom, width proportional to samples, frames under
                        0.1 % of the samples merged into one grey [N frames ...] box per parent; a <title>
                        per box: hover in a browser); readable without JavaScript; colours by family, legend
  OUT_PREFIX.json       {"samples": N, "top_self": [[frame, share], ...], "top_inclusive": [[frame, share], ...]
                        (frames of the packages of interest, io.yizhan. by default), "by_family": {family:
                        share of samples with a frame of that family on the stack}, "self_by_family": {family:
                        share of samples whose innermost frame is of that family}, ...}

and prints a short summary (the same figures). A .collapsed file is accepted as input too (re-render).

Usage: flame.py RECORDING.jfr|STACKS.collapsed OUT_PREFIX [--title T] [--samples-of WHAT] [--interest PREFIX]...
                [--min-share 0.001]
       flame.py --self-test
"""
import argparse
import colorsys
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zlib
from datetime import datetime, timezone

# families of frames, first match wins: key, legend label, package prefixes, hue (degrees), saturation
FAMILIES = [
    ("ours", "ours (io.yizhan.)", ("io.yizhan.",), 14, 0.85),
    ("hibernate", "Hibernate", ("org.hibernate.",), 44, 0.80),
    ("jackson", "Jackson", ("com.fasterxml.jackson.",), 290, 0.45),
    ("smallrye", "SmallRye / Mutiny", ("io.smallrye.",), 168, 0.55),
    ("sqlclient", "Vert.x SQL client", ("io.vertx.pgclient.", "io.vertx.sqlclient."), 250, 0.45),
    ("netty-vertx", "Netty / Vert.x", ("io.netty.", "io.vertx."), 105, 0.50),
    ("quarkus", "Quarkus / JBoss", ("io.quarkus.", "org.jboss."), 330, 0.45),
    ("jdk", "JDK (java., jdk., sun.)", ("java.", "javax.", "jdk.", "sun.", "com.sun."), 205, 0.55),
    # native frames of the JVM's own threads (async-profiler sees them; JFR does not)
    ("jit", "JIT compilers", ("CompileBroker::",), 0, 0.60),
    ("gc", "garbage collector", ("VM_GenCollect", "GenCollectedHeap::", "SerialHeap::", "DefNewGeneration::",
                                 "TenuredGeneration::", "VM_G1", "G1", "PSScavenge", "ParallelScavengeHeap::"), 60, 0.30),
    ("other", "other", (), 35, 0.22),
]
TOP = 15
HIDDEN = re.compile(r"(\+0x[0-9a-fA-F]+)?/(0x[0-9a-fA-F]+|\d+)$")   # hidden classes: Foo$$Lambda$12+0x...(/123) or /0x...


def family(frame):
    for key, _, prefixes, _, _ in FAMILIES:
        if frame.startswith(prefixes):
            return key
    return "other"


# ---- reading ------------------------------------------------------------------------------------------
def jfr_events(path):
    """Yields the decoded jdk.ExecutionSample events of a recording, one at a time."""
    home = os.environ.get("JAVA_HOME")
    jfr = os.path.join(home, "bin", "jfr") if home and os.path.exists(os.path.join(home, "bin", "jfr")) else shutil.which("jfr")
    if not jfr:
        sys.exit("flame.py: no `jfr` tool (JDK 11+) on the PATH or in $JAVA_HOME/bin")
    proc = subprocess.Popen([jfr, "print", "--json", "--stack-depth", "4096", "--events", "jdk.ExecutionSample", path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8", errors="replace")
    try:
        yield from json_array_items(proc.stdout, '"events"')
    finally:
        proc.stdout.close()
        err = proc.stderr.read()
        if proc.wait() != 0:
            sys.exit(f"flame.py: jfr print failed ({proc.returncode}): {err.strip()[:500]}")


def json_array_items(stream, key, chunk=1 << 20):
    """Decodes the items of the first JSON array after `key` in a text stream, without reading it whole:
    raw_decode on a buffer, refilled whenever an item is not complete yet."""
    dec = json.JSONDecoder()
    buf, pos, eof = "", 0, False

    def refill():
        nonlocal buf, pos, eof
        data = stream.read(chunk)
        eof = not data
        buf, pos = buf[pos:] + data, 0

    while True:   # up to the array's opening bracket
        i = buf.find(key)
        j = buf.find("[", i + len(key)) if i >= 0 else -1
        if j >= 0:
            pos = j + 1
            break
        if eof:
            return
        pos = i if i >= 0 else max(0, len(buf) - len(key))   # keep what may be the key's beginning
        refill()
    while True:
        while pos < len(buf) and buf[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(buf):
            if eof:
                raise ValueError("JSON ended inside the events array")
            refill()
            continue
        if buf[pos] == "]":
            return
        try:
            item, end = dec.raw_decode(buf, pos)
        except json.JSONDecodeError:
            if eof:
                raise
            refill()   # the item goes on in the next chunk
            continue
        yield item
        pos = end


def frame_name(f):
    m = f.get("method") or {}
    cls = ((m.get("type") or {}).get("name") or "?")
    cls = HIDDEN.sub("", cls).replace("/", ".")
    return f"{cls}.{m.get('name') or '?'}".replace(";", ":")


def stacks_from_jfr(path):
    """{(root, ..., leaf): samples}, truncated-stack count"""
    stacks, truncated = {}, 0
    for ev in jfr_events(path):
        st = (ev.get("values") or {}).get("stackTrace") or {}
        frames = [frame_name(f) for f in reversed(st.get("frames") or [])]   # JFR lists the leaf first
        if st.get("truncated"):
            truncated += 1
            frames.insert(0, "[truncated]")
        key = tuple(frames) or ("[no stack]",)
        stacks[key] = stacks.get(key, 0) + 1
    return stacks, truncated


def stacks_from_collapsed(path):
    stacks = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip():
                frames, _, n = line.rpartition(" ")
                key = tuple(frames.split(";"))
                stacks[key] = stacks.get(key, 0) + int(n)
    return stacks, sum(n for k, n in stacks.items() if k[0] == "[truncated]")


def write_collapsed(stacks, path):
    with open(path, "w", encoding="utf-8") as fh:
        for key in sorted(stacks):
            fh.write(f"{';'.join(key)} {stacks[key]}\n")


# ---- figures ------------------------------------------------------------------------------------------
def figures(stacks, interest):
    total = sum(stacks.values())
    self_t, incl, fam_in, fam_self = {}, {}, {}, {}
    for key, n in stacks.items():
        leaf = key[-1]
        self_t[leaf] = self_t.get(leaf, 0) + n
        fam_self[family(leaf)] = fam_self.get(family(leaf), 0) + n
        for fr in set(key):   # once per sample, recursion or not
            incl[fr] = incl.get(fr, 0) + n
        for fa in {family(fr) for fr in key if not fr.startswith("[")}:
            fam_in[fa] = fam_in.get(fa, 0) + n

    def share(n):
        return round(n / total, 4) if total else 0.0

    def top(counts, prefixes=("",)):   # [[frame, share], ...], largest first, frames starting with one of prefixes
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [[f, share(n)] for f, n in ranked if f.startswith(prefixes)][:TOP]

    order = [k for k, *_ in FAMILIES]
    return {"samples": total,
            "top_self": top(self_t),
            "top_inclusive": top(incl, tuple(interest)),
            "interest": list(interest),
            "by_family": {k: share(fam_in[k]) for k in order if k in fam_in},
            "self_by_family": {k: share(fam_self[k]) for k in order if k in fam_self}}


# ---- the SVG ------------------------------------------------------------------------------------------
WIDTH, PAD, ROW, FONT, CHAR = 1200, 10, 16, 11, 6.6   # CHAR: average glyph width at FONT px (Verdana-ish)


def colour(frame, fam=None):
    """A frame's colour: its family's hue, lightness and hue shifted a little by the frame's name (stable across
    runs, neighbours differ); the family's own colour (for the legend) when frame is None."""
    fam = fam or (family(frame) if not frame.startswith("[") else "other")
    _, _, _, hue, sat = next(f for f in FAMILIES if f[0] == fam)
    h = zlib.crc32(frame.encode()) if frame else 0
    light = 0.55 + (h % 100) / 100 * 0.22 if frame else 0.64
    hue = (hue + (h >> 8) % 13 - 6) % 360 if frame else hue
    r, g, b = colorsys.hls_to_rgb(hue / 360, light, sat)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def build_tree(stacks):
    root = [0, {}]   # [samples, {frame: node}]
    for key, n in stacks.items():
        node = root
        node[0] += n
        for fr in key:
            node = node[1].setdefault(fr, [0, {}])
            node[0] += n
    return root


def label(name, width):
    fit = int((width - 6) / CHAR)
    if fit < 3:
        return ""
    if len(name) <= fit:
        return name
    short = name.rsplit(".", 2)
    short = ".".join(short[-2:]) if len(short) > 2 else name   # Class.method without the package
    return short if len(short) <= fit else short[:fit - 2] + ".."


def render_svg(stacks, title, subtitle, fig, min_share):
    total = sum(stacks.values())
    root = build_tree(stacks)
    min_n = total * min_share
    scale = (WIDTH - 2 * PAD) / total if total else 0
    boxes = []   # (depth, x_samples, samples, name, self, merged)
    todo = [(root, "all", 0, 0)]
    while todo:
        node, name, depth, x = todo.pop()
        n, kids = node
        self_n = n - sum(k[0] for k in kids.values())
        boxes.append((depth, x, n, name, self_n, False))
        small = [(f, k) for f, k in kids.items() if k[0] < min_n]
        cx = x
        for f, k in sorted(kids.items()):
            if k[0] >= min_n:
                todo.append((k, f, depth + 1, cx))
                cx += k[0]
        small_n = sum(k[0] for _, k in small)
        if small and small_n >= min_n:
            boxes.append((depth + 1, cx, small_n, f"[{len(small)} frame{'s' if len(small) > 1 else ''} under "
                          f"{min_share * 100:g} % each]", 0, True))
    depth_max = max(b[0] for b in boxes)
    # legend: one item per family present, with its share of samples (on the stack)
    legend, lx, ly = [], PAD, 66
    for key, text, _, _, _ in FAMILIES:
        if key not in fig["by_family"]:
            continue
        item = f"{text} {fig['by_family'][key] * 100:.1f} %"
        w = 22 + len(item) * CHAR
        if lx + w > WIDTH - PAD:
            lx, ly = PAD, ly + 18
        legend.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour(None, key)}"/>'
                      f'<text x="{lx + 16}" y="{ly}">{html.escape(item)}</text>')
        lx += w + 10
    top = ly + 16
    height = top + (depth_max + 1) * ROW + 24
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
           f'font-family="Verdana, DejaVu Sans, sans-serif" font-size="{FONT}">',
           '<style>g.f:hover rect{stroke:#000;stroke-width:1}</style>',
           f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#fdfdf8"/>',
           f'<text x="{WIDTH / 2}" y="22" font-size="16" text-anchor="middle">{html.escape(title)}</text>',
           f'<text x="{WIDTH / 2}" y="40" text-anchor="middle" fill="#555">{html.escape(subtitle)}</text>',
           f'<text x="{PAD}" y="54" fill="#555">Families, share of samples with a frame of the family on the stack '
           f'(hover a box for its frame, samples and share; root at the bottom):</text>',
           *legend]
    base = height - 24 - ROW   # y of depth 0
    for depth, x, n, name, self_n, merged in sorted(boxes, key=lambda b: (b[0], b[1])):
        w = n * scale
        if w < 0.05:
            continue
        y = base - depth * ROW
        pct = n / total * 100
        tip = f"{name} — {n:,} sample{'s' if n != 1 else ''}, {pct:.2f} %"
        if self_n and depth:
            tip += f" (self {self_n:,}, {self_n / total * 100:.2f} %)"
        fill = "#cccccc" if merged else ("#e0e0e0" if depth == 0 else colour(name))
        text = label(name if depth else f"all ({n:,} samples)", w)
        out.append(f'<g class="f"><title>{html.escape(tip)}</title><rect x="{PAD + x * scale:.2f}" y="{y}" width="{w:.2f}" '
                   f'height="{ROW - 1}" fill="{fill}" rx="1"' + (' stroke="#888" stroke-dasharray="2 2"' if merged else "") + "/>"
                   + (f'<text x="{PAD + x * scale + 3:.2f}" y="{y + ROW - 4}">{html.escape(text)}</text>' if text else "")
                   + "</g>")
    out.append(f'<text x="{PAD}" y="{height - 6}" fill="#777" font-size="10">bench/flame.py: jdk.ExecutionSample stacks; '
               f'width = share of samples; frames under {min_share * 100:g} % merged per parent into a grey box</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# ---- main ---------------------------------------------------------------------------------------------
def run(src, prefix, title, interest, min_share, samples_of="jdk.ExecutionSample"):
    t0 = time.monotonic()
    stacks, truncated = stacks_from_collapsed(src) if src.endswith(".collapsed") else stacks_from_jfr(src)
    fig = figures(stacks, interest)
    total = fig["samples"]
    title = title or os.path.basename(prefix)
    subtitle = (f"{total:,} samples ({samples_of}), {len(stacks):,} distinct stacks"
                + (f", {truncated:,} truncated at the recording's stack depth" if truncated else "")
                + f"; {os.path.basename(src)}")
    os.makedirs(os.path.dirname(os.path.abspath(prefix)), exist_ok=True)
    write_collapsed(stacks, prefix + ".collapsed")
    with open(prefix + ".svg", "w", encoding="utf-8") as fh:
        fh.write(render_svg(stacks, title, subtitle, fig, min_share) if total else
                 f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="10" y="25">'
                 f'{html.escape(title)}: no samples</text></svg>\n')
    doc = {"title": title, "recording": os.path.basename(src), "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           **fig, "truncated": truncated, "distinct_stacks": len(stacks), "min_share": min_share,
           "svg": os.path.basename(prefix) + ".svg", "collapsed": os.path.basename(prefix) + ".collapsed",
           "seconds": round(time.monotonic() - t0, 1)}
    with open(prefix + ".json", "w", encoding="utf-8") as fh:   # a key a line: readable, and diffs stay small
        fh.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in doc.items()) + "\n}\n")
    top1 = fig["top_self"][0] if fig["top_self"] else ["-", 0]
    print(f"{title}: {total:,} samples ({truncated:,} truncated), top self {top1[0]} {top1[1] * 100:.1f} %; "
          f"{prefix}.svg in {doc['seconds']} s")
    print(f"  self time (top {TOP}):")
    for f, s in fig["top_self"]:
        print(f"    {s * 100:5.1f} %  {f}")
    print(f"  inclusive time, frames of {', '.join(interest)} (top {TOP}):")
    for f, s in fig["top_inclusive"]:
        print(f"    {s * 100:5.1f} %  {f}")
    print("  families (on the stack / innermost frame): " + ", ".join(
        f"{k} {v * 100:.1f} / {fig['self_by_family'].get(k, 0) * 100:.1f} %" for k, v in fig["by_family"].items()))
    return doc


def self_test():
    """Synthetic stacks: the SVG is XML, widths are proportional to samples, small frames are merged."""
    import tempfile
    import xml.etree.ElementTree as ET
    stacks = {("io.yizhan.A.main", "java.util.HashMap.get", "java.lang.String.hashCode"): 6000,
              ("io.yizhan.A.main", "java.util.HashMap.get"): 1000,
              ("io.yizhan.A.main", "org.hibernate.Q.run"): 2990,
              ("io.yizhan.A.main", "io.yizhan.A.tiny1"): 5, ("io.yizhan.A.main", "io.yizhan.A.tiny2"): 5}
    with tempfile.TemporaryDirectory() as d:
        write_collapsed(stacks, f"{d}/in.collapsed")
        doc = run(f"{d}/in.collapsed", f"{d}/out", "self-test <&>", ["io.yizhan."], 0.001)
        assert stacks_from_collapsed(f"{d}/out.collapsed")[0] == stacks, "collapsed round trip"
        svg = ET.parse(f"{d}/out.svg").getroot()
        ns = "{http://www.w3.org/2000/svg}"
        boxes, tips = {}, {}
        for g in svg.iter(ns + "g"):
            tip = g.find(ns + "title").text
            r = g.find(ns + "rect")
            boxes[tip.split(" — ")[0]] = (float(r.get("x")), float(r.get("width")), float(r.get("y")))
            tips[tip.split(" — ")[0]] = tip
    full = WIDTH - 2 * PAD
    expect = {"all": 10000, "io.yizhan.A.main": 10000, "java.util.HashMap.get": 7000, "java.lang.String.hashCode": 6000,
              "org.hibernate.Q.run": 2990, "[2 frames under 0.1 % each]": 10}
    for name, n in expect.items():
        assert name in boxes, f"no box for {name}: {sorted(boxes)}"
        assert abs(boxes[name][1] - full * n / 10000) < 0.01, f"{name}: width {boxes[name][1]} for {n} samples"
    assert "io.yizhan.A.tiny1" not in boxes, "a frame under 0.1 % was drawn"
    assert tips["java.lang.String.hashCode"] == "java.lang.String.hashCode — 6,000 samples, 60.00 % (self 6,000, 60.00 %)"
    assert boxes["java.lang.String.hashCode"][2] < boxes["java.util.HashMap.get"][2] < boxes["all"][2], "root at the bottom"
    hm, hib = boxes["java.util.HashMap.get"], boxes["org.hibernate.Q.run"]
    assert abs(hm[0] + hm[1] - hib[0]) < 0.01, "siblings side by side"
    assert doc["samples"] == 10000 and doc["top_self"][0] == ["java.lang.String.hashCode", 0.6]
    assert doc["top_inclusive"][0] == ["io.yizhan.A.main", 1.0] and doc["by_family"]["hibernate"] == 0.299
    assert doc["self_by_family"] == {"ours": 0.001, "hibernate": 0.299, "jdk": 0.7}
    assert family("CompileBroker::compiler_thread_loop") == "jit" and family("VM_GenCollectForAllocation::doit") == "gc"
    assert family("clone3") == "other"
    print("flame.py self-test: ok")


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("recording", help="a .jfr recording, or a .collapsed file to render again")
    ap.add_argument("out_prefix", help="writes OUT_PREFIX.collapsed, .svg and .json")
    ap.add_argument("--title")
    ap.add_argument("--interest", action="append", help="package prefix for the inclusive top list (io.yizhan. by default)")
    ap.add_argument("--samples-of", default="jdk.ExecutionSample", help="what a sample is, for the subtitle (jdk.ExecutionSample)")
    ap.add_argument("--min-share", type=float, default=0.001, help="frames under this share of the samples are merged (0.001)")
    a = ap.parse_args()
    run(a.recording, a.out_prefix, a.title, a.interest or ["io.yizhan."], a.min_share, a.samples_of)


if __name__ == "__main__":
    main()
