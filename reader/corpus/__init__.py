"""Many articles as one corpus (issue 27), Qt-free.

- ``store``: the corpus store, one SQLite file of analyses and their index (the API the
  window's corpus panel and ``reader export --tables`` share; see its docstring);
- ``work``: one article's task and the pure function a worker runs on it;
- ``tables``: the corpus tables (CSV, Parquet) and the network, written from the store;
- ``export``: ``reader export --tables``, store, outputs and tables together;
- ``cluster``: the analyses on a Dask distributed cluster (``--scheduler``);
- ``bench``: ``python -m reader.corpus.bench``, throughput and memory figures.
"""
