"""End-to-end speed and memory of quant.check, next to the peer extractor quantulum3.

    .venv/bin/python bench/run.py                  # 10K, 100K, 1M, 10M; peer on 10K-1M
    .venv/bin/python bench/run.py --quick          # 10K and 100K only, peer on 10K
    .venv/bin/python bench/run.py --sizes 1M,10M --no-peer
    .venv/bin/python bench/run.py --profile 1M     # also print cProfile's hot paths at 1M

Documents are built from the sentences of fixtures/*.txt and fixtures/*.md, repeated and
shuffled with a fixed seed, five sentences to a paragraph, cut at a sentence end once the
size is reached (sizes count characters; the text is almost all ASCII, so also bytes).

Every measurement runs in a fresh subprocess, so imports, caches and memory never mix:

- quant: one warm-up call on a small text, then ``check`` on the whole document, timed
  (best of several runs for documents under 1 MB). Memory is measured in a second call
  under ``tracemalloc``: the peak of Python allocations during ``check``, the document
  itself excluded. The table also gives the growth of the process's peak RSS (VmHWM,
  reset through /proc/self/clear_refs) during the timed call.
- quantulum3: ``parser.parse`` once per sentence (its fastest mode), after one warm-up call
  that loads its unit tables; the sentences are split before the clock starts. Two ways: with
  its classifier, retrained once per run as shared/peers/README.md sets it up (the figure of
  about 42,500 chars/s that issue 5 quotes), and plain, without it (about 1.5x faster). Memory is
  the whole process's peak RSS (ru_maxrss), imports included, as in shared/peers/README.md.
  It runs only on --peer-sizes (default up to 1 MB: at about 40,000 chars/s, 10 MB would
  take over four minutes).

Targets (issue 5): >= 1 MB/s on one core; 10 MB no more than 11x the time of 1 MB; peak
memory under 30x the document; >= 20x quantulum3's throughput.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = 20250312
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9$£€])")
SIZE_UNITS = {"K": 1_000, "M": 1_000_000}
TARGET_MBPS = 1.0
TARGET_SCALING = 11.0
TARGET_MEMORY = 30.0
TARGET_PEER_RATIO = 20.0
PEER_TIMEOUT = 1800


# -- documents ------------------------------------------------------------------------------------


def parse_size(word: str) -> int:
    """'10K' -> 10000, '1M' -> 1000000, '2500' -> 2500."""
    word = word.strip().upper()
    if word[-1:] in SIZE_UNITS:
        return int(float(word[:-1]) * SIZE_UNITS[word[-1]])
    return int(word)


def size_name(size: int) -> str:
    for suffix, unit in (("M", 1_000_000), ("K", 1_000)):
        if size >= unit and size % unit == 0:
            return f"{size // unit}{suffix}"
    return str(size)


def fixture_files(names: str | None = None) -> list[Path]:
    """The fixtures a document is built from: all of them, or the comma-separated file names given."""
    files = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.md")])
    if names:
        wanted = set(names.split(","))
        files = [f for f in files if f.name in wanted]
        missing = wanted - {f.name for f in files}
        if missing:
            sys.exit(f"no such fixture in {FIXTURES}: {', '.join(sorted(missing))}")
    if not files:
        sys.exit(f"no fixtures in {FIXTURES}")
    return files


def fixture_sentences(files: list[Path]) -> list[str]:
    """Every sentence of the files, in file order (a plain splitter: the bench must not trust quant's)."""
    sentences: list[str] = []
    for path in files:
        for block in re.split(r"\n\s*\n|\n", path.read_text(encoding="utf-8")):
            sentences.extend(s.strip() for s in SENTENCE_END.split(block) if s.strip())
    return sentences


def build_document(size: int, seed: int = SEED, fixtures: str | None = None) -> str:
    """A news-like text of about ``size`` characters: the fixtures' sentences, repeated and shuffled."""
    pool = fixture_sentences(fixture_files(fixtures))
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    deck: list[str] = []
    while length < size:
        paragraph: list[str] = []
        for _ in range(5):
            if not deck:
                deck = pool[:]
                rng.shuffle(deck)
            paragraph.append(deck.pop())
        text = " ".join(paragraph)
        paragraphs.append(text)
        length += len(text) + 2
    document = "\n\n".join(paragraphs)
    if len(document) > size:  # cut at the last sentence end before the size
        cut = max(document.rfind(". ", 0, size), document.rfind(".\n", 0, size))
        document = document[: cut + 1] if cut > 0 else document[:size]
    return document + "\n"


# -- the measured processes ----------------------------------------------------------------------

QUANT_CHILD = r"""
import gc, json, resource, sys, time, tracemalloc
from pathlib import Path

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return None

def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False

import quant
quant.check("Warm-up: output rose 5% to 300 square kilometers, about $2.3bn, in 2024. " * 20)
text = Path(sys.argv[1]).read_text(encoding="utf-8")
repeats = int(sys.argv[2])
gc.collect()
times = []
rss_growth = None
for i in range(repeats):
    rss_before = status("VmRSS")
    peak_reset = reset_peak()
    start = time.perf_counter()
    report = quant.check(text)
    times.append(time.perf_counter() - start)
    if i == 0 and peak_reset and rss_before is not None:
        rss_growth = status("VmHWM") - rss_before
    claims, findings = len(report.claims), len(report.findings)
    del report
    gc.collect()
tracemalloc.start()
tracemalloc.reset_peak()
base = tracemalloc.get_traced_memory()[0]
report = quant.check(text)
peak = tracemalloc.get_traced_memory()[1] - base
tracemalloc.stop()
print(json.dumps({
    "seconds": min(times), "runs": len(times), "claims": claims, "findings": findings,
    "tracemalloc_peak": peak, "rss_growth": rss_growth,
    "process_peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
}))
"""

PEER_CHILD = r"""
import json, resource, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
model = sys.argv[2] if len(sys.argv) > 2 else None  # a retrained classifier; none: plain mode
if model is None:
    sys.modules["sklearn"] = None  # as a plain `pip install quantulum3`, without scikit-learn, imports it
from quantulum3 import classifier, parser
sentences = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
if model is not None and not classifier.USE_CLF:
    raise SystemExit("scikit-learn is not installed: pip install 'quantulum3[classifier]'")
parser.parse("Warm-up: output rose 5% to 300 square kilometers, about $2.3bn, in 2024.", classifier_path=model)
start = time.perf_counter()
found = 0
for sentence in sentences:
    found += len(parser.parse(sentence, classifier_path=model))
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds, "quantities": found,
    "process_peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
}))
"""

# quantulum3 0.10.0's shipped classifier does not load under current scikit-learn; shared/peers/README.md
# retrains it with the package's own routine, and so does the bench, once per run, into its temporary folder.
PEER_TRAIN = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
from quantulum3 import classifier
if not classifier.USE_CLF:
    raise SystemExit("scikit-learn is not installed: pip install 'quantulum3[classifier]'")
classifier.train_classifier(store=True, output_path=sys.argv[1], n_jobs=1)
print(json.dumps({"model": sys.argv[1]}))
"""

#: the two ways quantulum3 is installed: with its classifier (retrained), as shared/peers/README.md sets it up
#: and measures it (the figure issue 5 quotes), and plain (`pip install quantulum3`), faster and about as good
PEER_MODES = ("classifier", "plain")


def run_child(code: str, args: list[str], timeout: float | None) -> dict[str, float] | str:
    """The JSON line a child prints, or a short reason why there is none."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"failed: {last}"
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure_quant(path: Path, size: int) -> dict[str, float] | str:
    repeats = max(1, min(20, 1_000_000 // max(size, 1)))
    return run_child(QUANT_CHILD, [str(path), str(repeats)], timeout=None)


def write_sentences(path: Path, text: str) -> Path:
    """The text's sentences, split before any clock starts, as the JSON list the peer's process reads."""
    sentences_path = path.with_suffix(".sentences.json")
    sentences = [s for block in text.split("\n\n") for s in SENTENCE_END.split(block) if s.strip()]
    sentences_path.write_text(json.dumps(sentences), encoding="utf-8")
    return sentences_path


def measure_peer(sentences_path: Path, model: Path | str | None) -> dict[str, float] | str:
    """quantulum3 on the sentences; ``model`` is a retrained classifier, None for plain mode, or the reason why
    there is no classifier."""
    if isinstance(model, str):
        return model
    return run_child(PEER_CHILD, [str(sentences_path), *([str(model)] if model else [])], timeout=PEER_TIMEOUT)


def train_peer_classifier(folder: Path) -> Path | str:
    """The path of quantulum3's classifier, retrained into ``folder``, or why it could not be."""
    model = folder / "quantulum3-clf.joblib"
    result = run_child(PEER_TRAIN, [str(model)], timeout=PEER_TIMEOUT)
    return model if isinstance(result, dict) else f"no classifier ({result})"


def profile(text: str, limit: int = 25) -> None:
    """cProfile of one check() on the text, by own time and by cumulative time."""
    import cProfile
    import pstats

    import quant

    quant.check("Warm-up: output rose 5% to 300 square kilometers, about $2.3bn, in 2024.")
    profiler = cProfile.Profile()
    profiler.enable()
    quant.check(text)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"\n== cProfile, {len(text):,} chars, top {limit} by {order} ==")
        pstats.Stats(profiler).strip_dirs().sort_stats(order).print_stats(limit)


# -- the table ------------------------------------------------------------------------------------


def mib(n: float | None) -> str:
    return "-" if n is None else f"{n / 2**20:,.1f}"


@dataclass
class Row:
    size: int
    chars: int
    bytes: int
    quant: dict[str, float] | str
    peers: dict[str, dict[str, float] | str]  # by PEER_MODES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M", help="document sizes, e.g. 10K,100K,1M")
    parser.add_argument("--peer-sizes", default="10K,100K,1M", help="sizes quantulum3 also runs on")
    parser.add_argument("--no-peer", action="store_true", help="skip quantulum3")
    parser.add_argument("--quick", action="store_true", help="10K and 100K only; peer on 10K")
    parser.add_argument("--profile", metavar="SIZE", help="print cProfile's hot paths at this size")
    parser.add_argument("--seed", type=int, default=SEED, help="the shuffle's seed")
    parser.add_argument("--json", metavar="FILE", help="also write the raw figures to FILE")
    parser.add_argument("--fixtures", metavar="NAMES",
                        help="build the documents from these fixtures only (comma-separated file names), e.g. "
                        "kursk-article.txt for a real news article's density of numbers")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.peer_sizes = "10K,100K", "10K"
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    peer_sizes = set() if args.no_peer else {parse_size(s) for s in args.peer_sizes.split(",")}

    fixtures = ", ".join(p.name for p in fixture_files(args.fixtures))
    print(
        f"{time.strftime('%Y-%m-%d')}, python {sys.version.split()[0]}, {os.cpu_count()} cores; "
        f"fixtures: {fixtures}"
    )
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        models: dict[str, Path | str | None] = {"plain": None}
        if peer_sizes:
            models["classifier"] = train_peer_classifier(Path(tmp))
        for size in sizes:
            text = build_document(size, args.seed, args.fixtures)
            path = Path(tmp) / f"doc-{size}.txt"
            path.write_text(text, encoding="utf-8")
            ours = measure_quant(path, size)
            sentences = write_sentences(path, text) if size in peer_sizes else None
            peers = {mode: measure_peer(sentences, models[mode]) if sentences is not None else "not run"
                     for mode in PEER_MODES}
            rows.append(Row(size, len(text), len(text.encode("utf-8")), ours, peers))
            print(
                f"  measured {size_name(size)}: quant {_brief(ours)}; "
                + "; ".join(f"quantulum3 {mode} {_brief(peer)}" for mode, peer in peers.items()),
                file=sys.stderr,
                flush=True,
            )

    print_table(rows)
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    if args.profile:
        profile(build_document(parse_size(args.profile), args.seed, args.fixtures))
    return 0


def _brief(result: dict[str, float] | str) -> str:
    return result if isinstance(result, str) else f"{result['seconds']:.2f} s"


def print_table(rows: list[Row]) -> None:
    header: tuple[str, ...] = (
        "size",
        "chars",
        "claims",
        "quant s",
        "MB/s",
        "chars/s",
        "tracemalloc peak MiB (x doc)",
        "RSS growth MiB",
    )
    for mode in PEER_MODES:
        header += (f"q3 {mode} s", f"q3 {mode} chars/s", f"q3 {mode} peak RSS MiB", f"speed-up over q3 {mode}")
    lines: list[tuple[str, ...]] = [header]
    for row in rows:
        ours = row.quant
        cells = [size_name(row.size), f"{row.chars:,}"]
        if isinstance(ours, dict):
            peak = ours["tracemalloc_peak"]
            cells += [
                f"{ours['claims']:,.0f}",
                f"{ours['seconds']:.3f}",
                f"{row.bytes / ours['seconds'] / 1e6:.2f}",
                f"{row.chars / ours['seconds']:,.0f}",
                f"{mib(peak)} ({peak / row.bytes:.1f}x)",
                mib(ours["rss_growth"]),
            ]
        else:
            cells += [ours, "", "", "", "", ""]
        for mode in PEER_MODES:
            peer = row.peers[mode]
            if isinstance(peer, dict):
                cells += [
                    f"{peer['seconds']:.2f}",
                    f"{row.chars / peer['seconds']:,.0f}",
                    mib(peer["process_peak_rss"]),
                    f"{peer['seconds'] / ours['seconds']:.1f}x" if isinstance(ours, dict) else "-",
                ]
            else:
                cells += [peer, "", "", ""]
        lines.append(tuple(cells))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print()
    for n, line in enumerate(lines):
        print("| " + " | ".join(cell.rjust(widths[i]) for i, cell in enumerate(line)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")

    print("\nagainst the targets of issue 5:")
    measured = {row.size: (row, row.quant) for row in rows if isinstance(row.quant, dict)}
    for size, (row, ours) in sorted(measured.items()):
        mbps = row.bytes / ours["seconds"] / 1e6
        memory = ours["tracemalloc_peak"] / row.bytes
        print(
            f"  {size_name(size):>5}: {mbps:6.2f} MB/s ({_mark(mbps >= TARGET_MBPS)} >= {TARGET_MBPS}), "
            f"memory {memory:5.1f}x doc ({_mark(memory < TARGET_MEMORY)} < {TARGET_MEMORY:.0f}x)"
        )
    if 1_000_000 in measured and 10_000_000 in measured:
        (small, t1), (big, t10) = measured[1_000_000], measured[10_000_000]
        ratio = (t10["seconds"] / big.chars) / (t1["seconds"] / small.chars) * 10
        print(
            f"  scaling 1M -> 10M: {ratio:.1f}x the time for 10x the text "
            f"({_mark(ratio <= TARGET_SCALING)} <= {TARGET_SCALING:.0f}x)"
        )
    for row in rows:
        for mode in PEER_MODES:
            peer = row.peers[mode]
            if isinstance(row.quant, dict) and isinstance(peer, dict):
                speedup = peer["seconds"] / row.quant["seconds"]
                print(
                    f"  {size_name(row.size):>5}: {speedup:.1f}x the throughput of quantulum3 {mode:<10} "
                    f"({_mark(speedup >= TARGET_PEER_RATIO)} >= {TARGET_PEER_RATIO:.0f}x)"
                )


def _mark(ok: bool) -> str:
    return "met" if ok else "MISSED"


if __name__ == "__main__":
    sys.exit(main())
