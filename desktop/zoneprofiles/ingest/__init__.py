"""Loading at scale: extraction spread over worker processes (parallel.py,
work.py, pool.py), a cache of extracted corpora keyed by file content and
extractor version (cache.py, version.py), and the dictionary word check
without starting jieba (words.py). `pipeline.load_corpus` is the entry
point; nothing here imports Qt."""
