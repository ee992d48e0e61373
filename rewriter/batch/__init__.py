"""Batch jobs: folders of articles through the same pipeline as one article.

Articles stream from the folder through a bounded queue to workers sharing one
client and one adaptive limiter. A SQLite journal (WAL) in OUTDIR, keyed by a
hash of what determines the output, records each article: re-running skips
finished ones with no model call, and after a crash (even kill -9) a re-run
finishes the rest. Outputs are written atomically, so none is ever truncated.

One module per job: `records` (options, events, summary), `lock` (one run per OUTDIR), `journal`, `progress`,
`run` (one process's articles, the online loop), `batch_api` (the provider's
Batch API), `workers` (the whole job, in one process or sharded over several).
"""

from rewriter.batch.lock import OutdirBusy
from rewriter.batch.records import ArticleEvent, BatchOptions, FatalBatchError, Summary
from rewriter.batch.workers import process_count, run_batch

__all__ = ["ArticleEvent", "BatchOptions", "FatalBatchError", "OutdirBusy", "Summary", "process_count", "run_batch"]
