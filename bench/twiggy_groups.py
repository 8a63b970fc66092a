"""Groups `twiggy top --format csv` rows by the crate that owns each item."""
import csv, re, sys
groups = {}
for row in csv.DictReader(sys.stdin):
    name, size = row["Name"], int(row["ShallowSize"])
    if name.startswith("custom section") or "subsection" in name:
        continue  # names and wasm-bindgen's metadata: not shipped
    m = re.search(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
    if name.startswith("data segment") or name.startswith("data["):
        key = "data (texts, tables, string constants)"
    elif name.startswith("<") and m:
        # <A as B>::f: the implementing type's crate
        key = m.group(1)
    elif m:
        key = m.group(1)
    else:
        key = "other (wasm-bindgen shims, tables, unnamed)"
    if key in ("core", "alloc", "std"):
        key = "core/alloc/std"
    groups[key] = groups.get(key, 0) + size
total = sum(groups.values())
for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:14]:
    print(f"  {key:44s} {size:9d}  {100 * size / total:5.1f}%")
print(f"  {'total':44s} {total:9d}")
