"""Window benchmark (not a test): python -m reader.ui.bench [--size-mb 1.0] [--model bundled].

Launches as ``reader`` does: the clock starts and the pipeline process (reader.pipeline_process)
starts before Qt is imported; the measurements are reader.ui.window_bench's. Nothing is
imported at the top, as the pipeline process imports this module again (``__mp_main__``).
"""

import time

_START = time.perf_counter()  # before Qt is imported

if __name__ == "__main__":
    import sys

    from reader import pipeline_process

    _process = None if "--no-pipeline-process" in sys.argv else pipeline_process.start()
    from reader.ui.window_bench import main

    raise SystemExit(main(launched=_START, process=_process))
