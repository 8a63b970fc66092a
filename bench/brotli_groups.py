"""What each part of the wasm costs in the download: brotli bytes saved if
that part's function bodies were removed from the code section (and, for
the data, the data section). Raw sizes (twiggy) overstate code that brotli
folds; this is what the budget counts. Parts overlap nothing but do not add
up exactly: brotli of a whole is less than the sum of its parts.

Usage: python3 bench/brotli_groups.py named.wasm   (a wasm with a name
section: bench/size.sh makes one)."""
import re
import subprocess
import sys

# A crate's path in a function's name, with or without the disambiguator
# the nightly's symbol names carry (`yew[5740473bf5479476]::`).
def crate(name):
    return rf"\b{name}(\[[0-9a-f]+\])?::"


GROUPS = [
    ("the App view (inlined into Yew's lifecycle)", r"Stateful>::view|lifecycle::CompStateInner<cp_estimator"),
    ("texts' code (cp_texts)", crate("cp_texts")),
    ("engine and case input (cp_engine)", crate("cp_engine")),
    ("rust_decimal", crate("rust_decimal")),
    ("other cp_estimator code", crate("cp_estimator")),
    ("yew", crate("yew")),
    ("hashbrown, indexmap (Yew's maps)", r"hashbrown|indexmap"),
    ("dlmalloc (allocator)", r"dlmalloc"),
    ("wasm-bindgen, js-sys, web-sys", r"wasm_bindgen|js_sys|web_sys|externref"),
]


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def brotli(data):
    # Node's zlib, as tests/e2e/size.test.mjs (no brotli command needed).
    node = "process.stdin.on('data',(c)=>b.push(c)).on('end',()=>process.stdout.write(String(require('zlib').brotliCompressSync(Buffer.concat(b),{params:{[require('zlib').constants.BROTLI_PARAM_QUALITY]:11}}).length)));const b=[]"
    return int(subprocess.run(["node", "-e", node], input=data, capture_output=True, check=True).stdout)


def read(path):
    b = open(path, "rb").read()
    i, imports, bodies, names, data = 8, 0, [], {}, b""
    while i < len(b):
        sid = b[i]
        n, j = leb(b, i + 1)
        body = b[j : j + n]
        if sid == 2:  # imports: functions imported take the first indices
            count, k = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, k = leb(body, k)
                    k += length
                kind = body[k]
                k += 1
                if kind == 0:
                    _, k = leb(body, k)
                    imports += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(body, k)
                    _, k = leb(body, k)
                    if flags & 1:
                        _, k = leb(body, k)
                elif kind == 2:
                    flags, k = leb(body, k)
                    _, k = leb(body, k)
                    if flags & 1:
                        _, k = leb(body, k)
                elif kind == 3:
                    k += 2
        elif sid == 10:
            count, k = leb(body, 0)
            for _ in range(count):
                size, k2 = leb(body, k)
                bodies.append(body[k : k2 + size])
                k = k2 + size
        elif sid == 11:
            data = body
        elif sid == 0:
            length, k = leb(body, 0)
            if body[k : k + length] == b"name":
                k += length
                while k < len(body):
                    sub = body[k]
                    size, k = leb(body, k + 1)
                    end = k + size
                    if sub == 1:
                        count, k = leb(body, k)
                        for _ in range(count):
                            idx, k = leb(body, k)
                            length, k = leb(body, k)
                            names[idx] = body[k : k + length].decode("utf8", "replace")
                            k += length
                    k = end
        i = j + n
    return [(names.get(n + imports, ""), body) for n, body in enumerate(bodies)], data


def main():
    functions, data = read(sys.argv[1])
    code = b"".join(body for _, body in functions)
    whole = brotli(code)
    taken = set()
    print(f"  {'part':46s} {'raw':>8s} {'brotli':>8s}")
    for label, pattern in GROUPS:
        p = re.compile(pattern)
        sel = {n for n, (name, _) in enumerate(functions) if n not in taken and p.search(name)}
        taken |= sel
        rest = b"".join(body for n, (_, body) in enumerate(functions) if n not in sel)
        raw = sum(len(functions[n][1]) for n in sel)
        print(f"  {label:46s} {raw:8d} {whole - brotli(rest):8d}")
    rest = b"".join(body for n, (_, body) in enumerate(functions) if n in taken)
    raw = sum(len(body) for n, (_, body) in enumerate(functions) if n not in taken)
    print(f"  {'core, alloc, std and the rest of the code':46s} {raw:8d} {whole - brotli(rest):8d}")
    print(f"  {'all code':46s} {len(code):8d} {whole:8d}")
    print(f"  {'data (texts, rule data, strings, tables)':46s} {len(data):8d} {brotli(data):8d}")


main()
