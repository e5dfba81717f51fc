#!/usr/bin/python3
"""Peer baseline for `npm run bench -- stories --peer`: scikit-learn TF-IDF + cosine distance +
agglomerative clustering (distance threshold). Its settings are tuned on the SAME tuning split as
Triangulate's, over a grid comparable to Triangulate's: linkage (average, complete, single) x
n-grams (words, words + bigrams) x distance threshold. Reads a JSONL file (id, text, label, split)
written by bench/stories/peer.ts; prints one JSON object with the tuned settings, predicted labels
for the test split and for all documents, and timings. Run with /usr/bin/python3 (Debian
python3-sklearn)."""
import json
import sys
import time

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances


def b3_f1(pred, gold):
    n = len(pred)
    joint, ps, gs = {}, {}, {}
    for p, g in zip(pred, gold):
        joint[(p, g)] = joint.get((p, g), 0) + 1
        ps[p] = ps.get(p, 0) + 1
        gs[g] = gs.get(g, 0) + 1
    prec = sum(joint[(p, g)] / ps[p] for p, g in zip(pred, gold)) / n
    rec = sum(joint[(p, g)] / gs[g] for p, g in zip(pred, gold)) / n
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


LINKAGES = ["average", "complete", "single"]
NGRAMS = {"words": (1, 1), "words+bigrams": (1, 2)}


def distances(texts, ngrams):
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1, ngram_range=NGRAMS[ngrams])
    x = vec.fit_transform(texts)
    d = cosine_distances(x)
    np.fill_diagonal(d, 0.0)
    return np.clip(d, 0.0, 2.0)


def cluster(texts, setting):
    threshold, link, ngrams = setting
    if len(texts) < 2:
        return [0] * len(texts)
    d = distances(texts, ngrams)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=link, distance_threshold=threshold)
    return [int(c) for c in model.fit_predict(d)]


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    tune = [r for r in rows if r["split"] == "tune"]
    test = [r for r in rows if r["split"] == "test"]
    t0 = time.perf_counter()
    # Tuning: per n-gram setting and linkage, one tree (the same tree sklearn builds), cut at each
    # candidate threshold.
    gold = [r["label"] for r in tune]
    best = (-1.0, (0.5, "average", "words"))
    for ngrams in NGRAMS:
        d = distances([r["text"] for r in tune], ngrams)
        condensed = squareform(d, checks=False)
        for link in LINKAGES:
            tree = linkage(condensed, method=link)
            for t in list(np.arange(0.05, 1.0, 0.025)) + [0.99, 0.999]:
                f1 = b3_f1(list(fcluster(tree, t=t, criterion="distance")), gold)
                if f1 > best[0] + 1e-12:
                    best = (f1, (float(t), link, ngrams))
    tune_seconds = time.perf_counter() - t0
    setting = best[1]
    t1 = time.perf_counter()
    test_pred = cluster([r["text"] for r in test], setting)
    test_seconds = time.perf_counter() - t1
    t2 = time.perf_counter()
    all_pred = cluster([r["text"] for r in rows], setting)
    all_seconds = time.perf_counter() - t2
    json.dump(
        {
            "threshold": setting[0],
            "linkage": setting[1],
            "ngrams": setting[2],
            "tuneF1": best[0],
            "tuneSeconds": tune_seconds,
            "testSeconds": test_seconds,
            "allSeconds": all_seconds,
            "test": {r["id"]: str(c) for r, c in zip(test, test_pred)},
            "all": {r["id"]: str(c) for r, c in zip(rows, all_pred)},
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
