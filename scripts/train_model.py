"""Train the bundled Stanza models from UD English-EWT, reproducibly, and report.

Usage (from the repository root, with ``../shared/ud/UD_English-EWT`` or
``--treebank DIR`` holding the three ``en_ewt-ud-*.conllu(.gz)`` files)::

    python scripts/train_model.py --out build/en_ewt_new            # full recipe
    python scripts/train_model.py --out build/en_ewt_smoke --smoke  # minutes, checks the pipeline
    python scripts/train_model.py --out build/x --only-eval --models quotekit/models/en_ewt_small

Steps, each with Stanza's own entry points (``stanza.utils.datasets.prepare_*``
and ``stanza.utils.training.run_*``), no pretrained vectors and no character
language model, so nothing is downloaded:

1. prepare the tokenizer, mwt, pos, lemma and depparse data (gold tags for the
   parser's training data);
2. train tokenizer, mwt, tagger, lemmatizer, parser (step counts from the
   preset or the flags; ``--device cuda`` where a GPU is lent);
3. write the five models as float16 into ``--out`` (loading casts them back);
4. score them on the EWT test split: UPOS, lemma accuracy, UAS and LAS with
   gold tokens; token and sentence F1 from raw text; pos+lemma+depparse
   words/s on this machine; total size;
5. write ``--out/REPORT.md`` with every command, its wall time and the scores.

The scores decide nothing by themselves: the bundled model is replaced only
when the quote benchmarks (``python -m benchmarks``) do not get worse.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TREEBANK = ROOT.parent / "shared" / "ud" / "UD_English-EWT"
GUM = ROOT.parent / "shared" / "ud" / "UD_English-GUM"
SHORT = "en_ewt"

# steps per model: (full recipe, smoke run)
PRESETS: dict[str, dict[str, int]] = {
    "full": {"tokenizer": 20_000, "mwt_epochs": 30, "pos": 20_000, "lemma_epochs": 12, "parser": 20_000},
    # about 10 minutes on 2 CPU cores (a tagger step takes ~36 s there, a parser step ~7 s)
    "smoke": {"tokenizer": 30, "mwt_epochs": 1, "pos": 2, "lemma_epochs": 1, "parser": 2},
}
PARSER_SIZE = [
    "--hidden_dim",
    "200",
    "--num_layers",
    "2",
    "--char_hidden_dim",
    "200",
    "--deep_biaff_hidden_dim",
    "200",
]


class Run:
    """Runs commands in the scratch folder and keeps a log for the report."""

    def __init__(self, work: Path, env: dict[str, str]) -> None:
        self.work = work
        self.env = env
        self.log: list[tuple[str, float, int]] = []

    def __call__(self, *args: str) -> None:
        cmd = [sys.executable, "-m", *args]
        print("+", " ".join(cmd), flush=True)
        t = time.perf_counter()
        rc = subprocess.call(cmd, cwd=self.work, env=self.env)
        self.log.append((" ".join(["python", "-m", *args]), time.perf_counter() - t, rc))
        if rc != 0:
            raise SystemExit(f"failed ({rc}): {' '.join(cmd)}")


def _unpack(treebank: Path, udbase: Path) -> Path:
    dest = udbase / "UD_English-EWT"
    dest.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        name = f"{SHORT}-ud-{split}.conllu"
        src = treebank / name
        if src.exists():
            shutil.copy(src, dest / name)
        elif (treebank / f"{name}.gz").exists():
            with gzip.open(treebank / f"{name}.gz", "rb") as fi, (dest / name).open("wb") as fo:
                shutil.copyfileobj(fi, fo)
        else:
            raise SystemExit(f"missing {src} (.gz)")
    return dest


def train(args: argparse.Namespace, steps: dict[str, int], out: Path, run: Run, data: Path) -> None:
    dev = ["--device", args.device] if args.device != "auto" else []
    run("stanza.utils.datasets.prepare_tokenizer_treebank", "UD_English-EWT")
    run("stanza.utils.datasets.prepare_mwt_treebank", "UD_English-EWT")
    run("stanza.utils.datasets.prepare_pos_treebank", "UD_English-EWT")
    run("stanza.utils.datasets.prepare_depparse_treebank", "UD_English-EWT", "--gold")
    lemma = data / "lemma"
    lemma.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        src = data / "pos" / f"{SHORT}.{split}.in.conllu"
        shutil.copy(src, lemma / f"{SHORT}.{split}.in.conllu")
        if split != "train":
            shutil.copy(src, lemma / f"{SHORT}.{split}.gold.conllu")
    saved = run.work / "saved_models"
    run(
        "stanza.utils.training.run_tokenizer",
        "UD_English-EWT",
        "--no_charlm",
        "--steps",
        str(steps["tokenizer"]),
        *dev,
    )
    run("stanza.utils.training.run_mwt", "UD_English-EWT", "--num_epoch", str(steps["mwt_epochs"]), *dev)
    run(
        "stanza.utils.training.run_pos", "UD_English-EWT", "--no_charlm", "--no_pretrain",
        "--max_steps", str(steps["pos"]), "--eval_interval", str(_interval(steps["pos"])), "--fix_eval_interval",
        *dev,
    )  # fmt: skip
    run(
        "stanza.utils.training.run_lemma", "UD_English-EWT", "--no_charlm",
        "--num_epoch", str(steps["lemma_epochs"]), "--batch_size", "200", *dev,
    )  # fmt: skip
    run(
        "stanza.utils.training.run_depparse", "UD_English-EWT", "--no_charlm", "--no_pretrain", *PARSER_SIZE,
        "--max_steps", str(steps["parser"]), "--eval_interval", str(_interval(steps["parser"])), *dev,
    )  # fmt: skip
    found = {
        "tokenizer": _one(saved / "tokenize", "*tokenizer*.pt"),
        "mwt": _one(saved / "mwt", "*mwt*.pt"),
        "tagger": _one(saved / "pos", "*tagger*.pt"),
        "lemma": _one(saved / "lemma", "*lemma*.pt"),
        "parser": _one(saved / "depparse", "*parser*.pt"),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, path in found.items():
        _to_float16(path, out / f"{name}.pt")


def _interval(steps: int) -> int:
    """Dev evaluations: every quarter of the run, at most every 500 steps; a short
    run evaluates (and so saves) once, at its end."""
    return steps if steps < 40 else max(10, min(500, steps // 4))


def _one(folder: Path, pattern: str) -> Path:
    hits = sorted(p for p in folder.glob(pattern) if "checkpoint" not in p.name)
    if not hits:
        raise SystemExit(f"no model matching {pattern} in {folder}")
    return hits[0]


def _to_float16(src: Path, dest: Path) -> None:
    """Store the weights as float16 (Stanza casts them back to float32 on load)."""
    import torch  # noqa: PLC0415 - heavy; only when converting

    obj = torch.load(src, map_location="cpu", weights_only=False)

    def cast(x: Any) -> Any:
        if isinstance(x, torch.Tensor) and x.is_floating_point():
            return x.half()
        if isinstance(x, dict):
            return {k: cast(v) for k, v in x.items()}
        if isinstance(x, list):
            return [cast(v) for v in x]
        return x

    torch.save(cast(obj), dest)


# -- the CPU recipe: the tagger on EWT + GUM-CC-BY, small batches --------------------

# Measured on 2 cores (issue 21): a default-size tagger step of 32 sentences takes ~1.1 s,
# against ~25 s for the default 250; small batches are what make CPU training practical.
CPU_TAGGER = ["--no_pretrain", "--fix_eval_interval"]


def _gunzip_cat(files: list[Path], dest: Path) -> Path:
    with dest.open("wb") as fo:
        for f in files:
            opener = gzip.open if f.suffix == ".gz" else Path.open
            with opener(f, "rb") as fi:  # type: ignore[operator]
                data = fi.read()
            # exactly one blank line between sentences and files: the CoNLL-U
            # scorer rejects an empty sentence (a double blank line)
            fo.write(data.rstrip(b"\n") + b"\n\n")
    return dest


def train_cpu_tagger(args: argparse.Namespace, out: Path, run: Run, work: Path) -> None:
    """Train only the tagger (the weaker link: gold tags give the parser ~6 LAS) on
    EWT + GUM-CC-BY train, early-stopping on both dev splits, and copy the other four
    models from ``--base`` (the parser, lemmatizer, tokenizer and mwt stay as they are)."""
    data = work / "tagger-data"
    data.mkdir(parents=True, exist_ok=True)
    ewt, gum = args.treebank, args.gum
    train_f = _gunzip_cat(
        [ewt / f"{SHORT}-ud-train.conllu.gz", gum / "en_gum-ccby-train.conllu.gz"], data / "train.conllu"
    )
    dev_f = _gunzip_cat(
        [ewt / f"{SHORT}-ud-dev.conllu.gz", gum / "en_gum-ccby-dev.conllu.gz"], data / "dev.conllu"
    )
    # the best model so far is kept under --out as training goes, so a run stopped by
    # hand (or by the session's end) still leaves its best checkpoint behind
    saved = out.resolve() / "checkpoints"
    dev = ["--device", args.device] if args.device != "auto" else []
    # --init: continue from an existing tagger (its weights and vocabulary) instead of
    # training from scratch; Stanza's tagger has no such flag, so a small wrapper runs
    # its train loop with the model loaded (see _finetune_main below)
    entry = (
        ["stanza.models.tagger"]
        if args.init is None
        else ["scripts.train_model", "finetune-tagger", str(args.init.resolve() / "tagger.pt")]
    )
    run(
        *entry, "--lang", "en", "--shorthand", SHORT, "--mode", "train",
        "--train_file", str(train_f), "--eval_file", str(dev_f), "--output_file", str(data / "dev.pred.conllu"),
        "--save_dir", str(saved), "--save_name", "tagger.pt", *CPU_TAGGER, "--batch_size", str(args.batch_size or 32),
        "--max_steps", str(args.pos or 6000), "--eval_interval", str(args.eval_interval),
        "--lr", str(args.lr), *dev,
    )  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    _to_float16(saved / "tagger.pt", out / "tagger.pt")
    for name in ("tokenizer", "mwt", "lemma", "parser"):
        shutil.copy(args.base / f"{name}.pt", out / f"{name}.pt")


class _DeadlineError(Exception):
    """Raised by a training step once the run's time budget (``--minutes``) is spent."""


def _stop_at_deadline(trainer_cls: Any) -> None:
    """Make ``trainer_cls.update`` raise :class:`_DeadlineError` once the wall-clock time in
    ``QUOTEKIT_TRAIN_DEADLINE`` (seconds since the epoch) has passed. The check sits in
    the training step, never in the dev evaluation or the save that follows it, so the
    best model on disk is always a whole file."""
    deadline = float(os.environ.get("QUOTEKIT_TRAIN_DEADLINE", "inf"))
    update = trainer_cls.update

    def timed_update(self: Any, batch: Any, eval: bool = False) -> Any:
        if time.time() > deadline:
            raise _DeadlineError
        return update(self, batch, eval=eval)

    trainer_cls.update = timed_update


def _finetune_main(init: str, argv: list[str]) -> None:
    """Stanza's tagger training loop, started from the tagger in ``init``.

    The model file's vocabulary is used for the training data (words it does not know
    fall back to its UNK row and the character model) and its architecture is kept;
    only the training settings (learning rate, batch size, steps, dropout stay as
    saved) come from the command line.
    """
    from stanza.models import tagger
    from stanza.models.pos.trainer import Trainer

    base = Trainer(model_file=init, device="cpu")
    train_keys = (
        "lr",
        "batch_size",
        "max_steps",
        "eval_interval",
        "max_steps_before_stop",
        "save_dir",
        "save_name",
        "train_file",
        "eval_file",
        "output_file",
        "shorthand",
        "mode",
    )

    def init_vocab(*_a: Any, **_k: Any) -> Any:
        return base.vocab

    def make_trainer(
        args: dict[str, Any] | None = None,
        vocab: Any = None,
        pretrain: Any = None,
        model_file: str | None = None,
        device: str | None = None,
        foundation_cache: Any = None,
    ) -> Any:
        if model_file is not None:  # reloading the best model (second optimizer)
            return Trainer(args=args, pretrain=pretrain, model_file=model_file, device=device)
        keep = {k: v for k, v in (args or {}).items() if k in train_keys}
        return Trainer(args=keep, pretrain=pretrain, model_file=init, device=device)

    tagger.Dataset.init_vocab = staticmethod(init_vocab)  # type: ignore[method-assign]
    tagger.Trainer = make_trainer  # type: ignore[misc,assignment]
    _stop_at_deadline(Trainer)
    try:
        tagger.main(argv)
    except _DeadlineError:
        print("time budget spent: the best dev checkpoint so far is kept", flush=True)


def _finetune_parser_main(init: str, argv: list[str]) -> None:
    """Stanza's parser training loop continued from the parser in ``init``
    (``--continue_from``), with that model's vocabulary for the training data and its
    architecture; only the training settings come from the command line."""
    from stanza.models import parser
    from stanza.models.depparse.trainer import Trainer

    base = Trainer.load(filename=init, pretrain=None, device="cpu")
    train_keys = ("lr", "optim", "batch_size", "max_steps", "eval_interval", "max_steps_before_stop",
                  "save_dir", "save_name", "train_file", "eval_file", "output_file", "shorthand", "mode",
                  "checkpoint_save_name", "checkpoint", "device")  # fmt: skip
    load = Trainer.load
    loader = parser.DataLoader

    def load_keep(filename: str, pretrain: Any, args: dict[str, Any] | None = None, **kw: Any) -> Any:
        keep = {k: v for k, v in (args or {}).items() if k in train_keys}
        return load(filename, pretrain, args=keep, **kw)

    def data(doc: Any, batch_size: int, args: Any, pretrain: Any, vocab: Any = None, **kw: Any) -> Any:
        return loader(doc, batch_size, args, pretrain, vocab=vocab if vocab is not None else base.vocab, **kw)

    parser.Trainer.load = staticmethod(load_keep)  # type: ignore[method-assign]
    parser.DataLoader = data  # type: ignore[misc,assignment]
    _stop_at_deadline(Trainer)
    try:
        parser.main([*argv, "--continue_from", init])
    except _DeadlineError:
        print("time budget spent: the best dev checkpoint so far is kept", flush=True)


def train_cpu_parser(args: argparse.Namespace, out: Path, run: Run, work: Path) -> None:
    """Continue the bundled parser on EWT + GUM-CC-BY train (gold tags, batches of
    1,000 tokens), early-stopping on both dev splits; the other models from ``--base``
    (the tagger may be a new one: give ``--base`` its folder)."""
    data = work / "parser-data"
    data.mkdir(parents=True, exist_ok=True)
    ewt, gum = args.treebank, args.gum
    train_f = _gunzip_cat(
        [ewt / f"{SHORT}-ud-train.conllu.gz", gum / "en_gum-ccby-train.conllu.gz"], data / "train.conllu"
    )
    dev_f = _gunzip_cat(
        [ewt / f"{SHORT}-ud-dev.conllu.gz", gum / "en_gum-ccby-dev.conllu.gz"], data / "dev.conllu"
    )
    saved = out.resolve() / "checkpoints"
    dev = ["--device", args.device] if args.device != "auto" else []
    init = (args.init or args.base).resolve() / "parser.pt"
    run(
        "scripts.train_model", "finetune-parser", str(init), "--lang", "en", "--shorthand", SHORT,
        "--mode", "train", "--train_file", str(train_f), "--eval_file", str(dev_f),
        "--output_file", str(data / "dev.pred.conllu"), "--save_dir", str(saved), "--save_name", "parser.pt",
        "--batch_size", str(args.batch_size or 1000), "--no_pretrain", "--no_checkpoint", "--max_steps", str(args.parser or 4000),
        "--eval_interval", str(args.eval_interval), "--lr", str(args.lr), *dev,
    )  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    _to_float16(saved / "parser.pt", out / "parser.pt")
    for name in ("tokenizer", "mwt", "lemma", "tagger"):
        shutil.copy(args.base / f"{name}.pt", out / f"{name}.pt")


# -- evaluation ------------------------------------------------------------------


def _read_conllu(path: Path) -> list[dict[str, Any]]:
    sents: list[dict[str, Any]] = []
    cur: dict[str, Any] = {"text": "", "tokens": [], "words": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            cur["text"] = line[len("# text = ") :]
        elif not line.strip():
            if cur["words"]:
                sents.append(cur)
            cur = {"text": "", "tokens": [], "words": []}
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                cur["tokens"].append(cols[1])
                cur["skip"] = int(cols[0].split("-")[1])
                continue
            if cur.get("skip", 0) < int(cols[0]):
                cur["tokens"].append(cols[1])
            cur["words"].append(cols)
    if cur["words"]:
        sents.append(cur)
    return sents


def evaluate(models: Path, test: Path, work: Path) -> dict[str, Any]:
    import stanza  # noqa: PLC0415 - heavy; only when scoring

    (work / "resources.json").write_text("{}")
    gold = _read_conllu(test)
    paths = {
        "tokenize_model_path": str(models / "tokenizer.pt"),
        "mwt_model_path": str(models / "mwt.pt"),
        "pos_model_path": str(models / "tagger.pt"),
        "lemma_model_path": str(models / "lemma.pt"),
        "depparse_model_path": str(models / "parser.pt"),
    }
    # gold tokens: UPOS, lemma, UAS, LAS
    nlp = stanza.Pipeline(
        lang="en", dir=str(work), download_method=None, processors="tokenize,pos,lemma,depparse",
        tokenize_pretokenized=True, use_gpu=False, **paths,
    )  # fmt: skip
    words_in = [[w[1] for w in s["words"]] for s in gold]
    t = time.perf_counter()
    doc = nlp(words_in)
    parse_s = time.perf_counter() - t
    n = upos = lem = uas = las = 0
    for s, ps in zip(gold, doc.sentences, strict=True):
        for g, p in zip(s["words"], ps.words, strict=True):
            n += 1
            upos += g[3] == p.upos
            lem += g[2] == p.lemma
            uas += int(g[6]) == p.head
            las += int(g[6]) == p.head and g[7].split(":")[0] == p.deprel.split(":")[0]
    # raw text: tokens and sentences
    raw_nlp = stanza.Pipeline(
        lang="en", dir=str(work), download_method=None, processors="tokenize,mwt", use_gpu=False,
        tokenize_model_path=paths["tokenize_model_path"], mwt_model_path=paths["mwt_model_path"],
    )  # fmt: skip
    text = " ".join(s["text"] for s in gold)
    gold_tok, gold_sent = _gold_spans(gold, text)
    rdoc = raw_nlp(text)
    pred_tok = {(t.start_char, t.end_char) for s in rdoc.sentences for t in s.tokens}
    pred_sent = {(s.tokens[0].start_char, s.tokens[-1].end_char) for s in rdoc.sentences}
    size = sum(p.stat().st_size for p in models.glob("*.pt"))
    return {
        "words": n,
        "upos": 100 * upos / n,
        "lemma": 100 * lem / n,
        "uas": 100 * uas / n,
        "las": 100 * las / n,
        "tokens_f1": _f1(pred_tok, gold_tok),
        "sentences_f1": _f1(pred_sent, gold_sent),
        "pos_lemma_depparse_words_per_s": n / parse_s,
        "size_mb": size / 1e6,
    }


def evaluate_splits(models: Path, ewt: Path, gum: Path, work: Path) -> dict[str, Any]:
    """Scores on the EWT test split and, where it is there, the GUM-CC-BY test split."""
    out = {"EWT test": evaluate(models, ewt / f"{SHORT}-ud-test.conllu", work)}
    gum_test = gum / "en_gum-ccby-test.conllu.gz"
    if gum_test.exists():
        out["GUM-CC-BY test"] = evaluate(models, _gunzip_cat([gum_test], work / "gum-test.conllu"), work)
    return out


def _gold_spans(gold: list[dict[str, Any]], text: str) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    toks, sents = set(), set()
    pos = 0
    for s in gold:
        first = None
        for form in s["tokens"]:
            i = text.find(form, pos)
            if i < 0:
                continue
            toks.add((i, i + len(form)))
            first = i if first is None else first
            pos = i + len(form)
        if first is not None:
            sents.add((first, pos))
    return toks, sents


def _f1(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> float:
    tp = len(pred & gold)
    if not tp:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 100 * 2 * p * r / (p + r)


def report(out: Path, args: argparse.Namespace, steps: dict[str, int] | None, run: Run | None,
           scores: dict[str, Any]) -> None:  # fmt: skip
    lines = [
        "# Training report",
        "",
        f"`python scripts/train_model.py {' '.join(sys.argv[1:])}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
        f" device {args.device}, {os.cpu_count()} CPU cores.",
        "",
    ]
    if steps is not None:
        lines += ["Steps: " + ", ".join(f"{k} {v}" for k, v in steps.items()), ""]
    if run is not None:
        lines += ["| command | wall time | exit |", "|---|---|---|"]
        lines += [f"| `{c}` | {t:.0f} s | {rc} |" for c, t, rc in run.log]
        lines.append("")
    if not scores:  # --no-eval: the models are scored elsewhere (--only-eval)
        (out / "REPORT.md").write_text("\n".join(lines), encoding="utf-8")
        print("\n".join(lines))
        return
    splits = scores if all(isinstance(v, dict) for v in scores.values()) else {"EWT test": scores}
    names = list(splits)
    keys = list(next(iter(splits.values())))
    lines += [
        "Scores per test split (gold tokens for UPOS, lemma, UAS, LAS; raw text for tokens and sentences):",
        "",
        "| measure | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
        *[
            f"| {k} | "
            + " | ".join(
                f"{splits[n][k]:.2f}" if isinstance(splits[n][k], float) else str(splits[n][k]) for n in names
            )
            + " |"
            for k in keys
        ],
        "",
    ]
    (out / "REPORT.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    print("\n".join(lines))


def main() -> None:
    if sys.argv[1:2] == ["finetune-tagger"]:
        _finetune_main(sys.argv[2], sys.argv[3:])
        return
    if sys.argv[1:2] == ["finetune-parser"]:
        _finetune_parser_main(sys.argv[2], sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the models and REPORT.md")
    ap.add_argument("--treebank", type=Path, default=TREEBANK)
    ap.add_argument("--smoke", action="store_true", help="a few steps of each model: checks the pipeline")
    ap.add_argument("--device", default="auto", help="cpu, cuda or auto (Stanza's choice)")
    ap.add_argument("--only-eval", action="store_true", help="score the models in --models, train nothing")
    ap.add_argument(
        "--recipe",
        choices=["stanza", "cpu-tagger", "cpu-parser"],
        default="stanza",
        help="stanza: all five models with Stanza's run_* scripts; cpu-tagger: the tagger on EWT+GUM",
    )
    ap.add_argument("--gum", type=Path, default=GUM, help="the GUM-CC-BY treebank folder")
    ap.add_argument(
        "--base",
        type=Path,
        default=ROOT / "quotekit" / "models" / "en_ewt_small",
        help="with --recipe cpu-tagger: where the four models that are not retrained come from",
    )
    ap.add_argument("--eval-interval", type=int, default=1000, help="steps between dev evaluations")
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument(
        "--init", type=Path, help="with --recipe cpu-tagger: continue from the tagger in this folder"
    )
    ap.add_argument("--models", type=Path, help="with --only-eval: the folder of the five .pt files")
    ap.add_argument(
        "--batch-size",
        type=int,
        help="cpu-tagger: sentences a step (default 32); cpu-parser: tokens a step (default 1000)",
    )
    ap.add_argument(
        "--minutes",
        type=float,
        help="cpu-tagger / cpu-parser with --init or a parser: a wall-clock budget for the training; "
        "when it is spent the run stops and keeps its best dev checkpoint (for GPU leases)",
    )
    ap.add_argument("--no-eval", action="store_true", help="skip scoring the test splits after training")
    for k in PRESETS["full"]:
        ap.add_argument(f"--{k.replace('_', '-')}", type=int, help=f"override the preset's {k}")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quotekit-train-") as tmp:
        work = Path(tmp)
        udbase = work / "ud"
        ewt = _unpack(args.treebank, udbase)
        if args.only_eval:
            if args.models is None:
                raise SystemExit("--only-eval needs --models")
            report(out, args, None, None, evaluate_splits(args.models, ewt, args.gum, work))
            return
        if args.recipe in ("cpu-tagger", "cpu-parser"):
            path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
            env = {**os.environ, "STANZA_RESOURCES_DIR": str(work), "PYTHONPATH": path}
            if args.minutes is not None:
                if args.recipe == "cpu-tagger" and args.init is None:
                    raise SystemExit("--minutes needs --init with --recipe cpu-tagger")
                env["QUOTEKIT_TRAIN_DEADLINE"] = str(time.time() + 60 * args.minutes)
            run = Run(work, env)
            (work / "resources.json").write_text("{}")
            (train_cpu_tagger if args.recipe == "cpu-tagger" else train_cpu_parser)(args, out, run, work)
            if args.no_eval:
                report(out, args, None, run, {})
                return
            report(out, args, None, run, evaluate_splits(out, ewt, args.gum, work))
            return
        steps = dict(PRESETS["smoke" if args.smoke else "full"])
        for k in steps:
            v = getattr(args, k)
            if v is not None:
                steps[k] = v
        data = work / "data"
        env = {**os.environ, "UDBASE": str(udbase), "DATA_ROOT": str(data), "STANZA_RESOURCES_DIR": str(work)}
        (work / "resources.json").write_text("{}")
        run = Run(work, env)
        train(args, steps, out, run, data)
        report(out, args, steps, run, evaluate(out, ewt / f"{SHORT}-ud-test.conllu", work))


if __name__ == "__main__":
    main()
