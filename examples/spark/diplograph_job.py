#!/usr/bin/env python3
"""diplograph on Spark: extract a JSON Lines corpus on a cluster, build its graph.

    spark-submit diplograph_job.py INPUT GRAPH RECORDS_DIR [--partitions N] [--binary PATH]

INPUT is JSON Lines documents (`{"id", "text", "date"?}` a line), as any
path Spark reads (a file, a folder, a glob; `hdfs://`, `s3a://`, ...).
The documents are repartitioned into N partitions, then:

- map: every partition is piped through `diplograph extract --jsonl -` with
  `RDD.pipe`, and the extraction records (one JSON object per document and
  line) are saved as text files in RECORDS_DIR (which must not exist yet);
- reduce: every partition's documents are written to a temporary JSON Lines
  file on its executor and built into a partial graph with `diplograph
  build part.jsonl -o part.json`; the driver fetches the partial graphs one
  at a time and merges them with `diplograph merge` into GRAPH, a file on
  the driver's local file system.

Merging is associative and commutative, so GRAPH is byte for byte the graph
`diplograph build INPUT -o GRAPH` writes in one process. As in `build`, a
document id used twice in the corpus is an error (no graph is written);
the records are written first, duplicates included, as `extract` does.

The binary (`--binary`, default `diplograph`) is found as follows:

- a path (it contains `/`): used as it is; it must exist at that path on
  every node, the driver included (install it there);
- a bare name shipped with `spark-submit --files /path/to/NAME`: the
  shipped copy (in the executors' working folder; `SparkFiles` in local
  mode and on the driver);
- any other bare name: looked up on the driver's PATH, and that absolute
  path is used on every node.

See README.md in this folder for the commands.
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from operator import add
from urllib.parse import urlparse

# Partial graphs merged by one `diplograph merge` call on the driver; more
# are merged in rounds (the result is the same, merging is associative).
MERGE_BATCH = 256


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="diplograph_job.py",
        description="Extract a JSON Lines corpus with diplograph on Spark: "
        "records to a folder, and the merged knowledge graph to a file.",
    )
    p.add_argument("input", help="JSON Lines documents (any path Spark's textFile reads)")
    p.add_argument("graph", help="the graph file to write (on the driver's local file system)")
    p.add_argument("records", help="folder for the extraction records (must not exist yet)")
    p.add_argument(
        "-n",
        "--partitions",
        type=int,
        default=None,
        help="number of partitions (default: Spark's default parallelism)",
    )
    p.add_argument(
        "--binary",
        default="diplograph",
        help="the diplograph binary: a path present on every node, or a bare name "
        "shipped with --files or on PATH (default: diplograph)",
    )
    p.add_argument(
        "--master",
        default=None,
        help="Spark master when run with plain python, e.g. local[2] "
        "(default: what spark-submit or the Spark configuration says)",
    )
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    return args


def fail(message):
    print(f"diplograph_job: error: {message}", file=sys.stderr)
    sys.exit(1)


def is_local(master):
    return master == "local" or master.startswith("local[")


def shipped_files(conf):
    """The files shipped with --files, {name: URI} (spark.files; on YARN spark.yarn.dist.files)."""
    files = {}
    for key in ("spark.files", "spark.yarn.dist.files"):
        for uri in conf.get(key, "").split(","):
            uri = uri.strip()
            if not uri:
                continue
            # YARN's `path#alias` names the shipped copy `alias`.
            uri, _, alias = uri.partition("#")
            files[alias or uri.rstrip("/").rsplit("/", 1)[-1]] = uri
    return files


def local_path(uri):
    """The path of a `file:` URI or of a plain path, else None."""
    if uri.startswith("file:"):
        return urlparse(uri).path
    return None if "://" in uri or uri.startswith("local:") else uri


def check_outputs(sc, args):
    """Fails before any work when an output cannot be written."""
    parent = os.path.dirname(os.path.abspath(args.graph))
    if not os.path.isdir(parent):
        fail(f"cannot write {args.graph}: the folder {parent} does not exist")
    try:  # the records folder, through Hadoop's file systems (hdfs://, s3a://, ...)
        path = sc._jvm.org.apache.hadoop.fs.Path(args.records)
        exists = path.getFileSystem(sc._jsc.hadoopConfiguration()).exists(path)
    except Exception:  # no JVM access (Spark Connect): saveAsTextFile checks it too
        exists = False
    if exists:
        fail(f"the records folder {args.records} already exists")


def resolve_binary(sc, binary):
    """The binary as the executors run it and as the driver runs it."""
    from pyspark import SparkFiles

    if "/" in binary:
        path = os.path.abspath(binary)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            fail(f"{path} is not an executable file (a --binary path must exist on every node)")
        return path, path
    shipped = shipped_files(sc.getConf())
    if binary in shipped:
        # The driver's copy: fetched by SparkContext.addFile (local, standalone,
        # Kubernetes), the file given to --files (YARN client mode) or the
        # one in the driver's working folder (YARN cluster mode).
        candidates = [SparkFiles.get(binary), local_path(shipped[binary]), binary]
        on_driver = next((os.path.abspath(c) for c in candidates if c and os.path.isfile(c)), None)
        if on_driver is None:
            fail(f"{binary} was shipped with --files but the driver cannot find it")
        if not os.access(on_driver, os.X_OK):
            fail(f"{on_driver} is not executable (chmod +x it before shipping it)")
        # Executors of a cluster fetch shipped files into their working folder,
        # which is where the Python workers run; local mode shares the driver's.
        on_executors = on_driver if is_local(sc.master) else "./" + binary
        return on_executors, on_driver
    found = shutil.which(binary)
    if found is None:
        fail(
            f"{binary!r} is not on PATH; pass --binary /path/to/diplograph "
            "(present on every node) or ship it with --files"
        )
    found = os.path.abspath(found)
    return found, found


def spread(lines, n):
    """Repartitions into n partitions, document by document.

    RDD.repartition in PySpark moves batches of up to 10 documents, so a
    small corpus would fill few partitions; here the i-th line of input
    partition p goes to partition (p + i) mod n: as even as it gets, and the
    same on every run.
    """
    keyed = lines.mapPartitionsWithIndex(
        lambda p, it: (((p + i) % n, line) for i, line in enumerate(it))
    )
    return keyed.partitionBy(n, lambda target: target).values()


def build_partition(binary):
    """mapPartitionsWithIndex: one partition's documents → (index, partial graph bytes)."""

    def run(index, lines):
        tmp = tempfile.mkdtemp(prefix=f"diplograph-part-{index:05d}-")
        try:
            docs = os.path.join(tmp, "part.jsonl")
            n = 0
            with open(docs, "w", encoding="utf-8", newline="\n") as f:
                for line in lines:
                    f.write(line)
                    f.write("\n")
                    n += 1
            if n == 0:
                return  # an empty partition adds nothing to the graph
            graph = os.path.join(tmp, "part.json")
            proc = subprocess.run(
                [binary, "build", docs, "-o", graph, "-q"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            if proc.returncode != 0:
                raise RuntimeError(
                    f"partition {index}: `{binary} build` exited with status "
                    f"{proc.returncode}: {proc.stderr.decode('utf-8', 'replace').strip()}"
                )
            with open(graph, "rb") as f:
                data = f.read()
            yield index, data
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    return run


def record_id(line):
    """The document id of an extraction record line (`{"id": ...` comes first)."""
    if line.startswith('{"id":'):
        try:
            value, _ = json.JSONDecoder().raw_decode(line, 6)
            if isinstance(value, str):
                return value
        except ValueError:
            pass
    return json.loads(line)["id"]


def run_tool(argv):
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        fail(f"`{shlex.join(argv)}` exited with status {proc.returncode}")


def merge_partials(partials, driver_binary, graph_path):
    """Fetches the partial graphs one at a time and merges them into graph_path."""
    from pyspark import StorageLevel

    # Build every partition in parallel first (toLocalIterator alone would
    # run one partition's job after the other), then stream them to the driver.
    partials.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        n_partials = partials.count()
        with tempfile.TemporaryDirectory(prefix="diplograph-merge-") as tmp:
            if n_partials == 0:
                empty = os.path.join(tmp, "empty.jsonl")
                open(empty, "w").close()
                run_tool([driver_binary, "build", empty, "-o", graph_path, "-q"])
                return 0
            merged, pending, rounds = None, [], 0
            for i, (index, data) in enumerate(partials.toLocalIterator()):
                path = os.path.join(tmp, f"part-{index:05d}.json")
                with open(path, "wb") as f:
                    f.write(data)
                pending.append(path)
                if len(pending) == MERGE_BATCH and i + 1 < n_partials:
                    rounds += 1
                    out = os.path.join(tmp, f"merged-{rounds}.json")
                    inputs = ([merged] if merged else []) + pending
                    run_tool([driver_binary, "merge", *inputs, "-o", out, "-q"])
                    for p in inputs:
                        os.remove(p)
                    merged, pending = out, []
            inputs = ([merged] if merged else []) + pending
            run_tool([driver_binary, "merge", *inputs, "-o", graph_path])
            return n_partials
    finally:
        partials.unpersist()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    if args.master and is_local(args.master):
        # Plain `python diplograph_job.py --master local[2]`: the Python
        # workers Spark starts must be this interpreter (same version).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("diplograph")
    if args.master:
        conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        check_outputs(sc, args)
        on_executors, on_driver = resolve_binary(sc, args.binary)
        partitions = args.partitions or sc.defaultParallelism

        # Lines go to diplograph as they are (it skips blank ones itself).
        docs = spread(sc.textFile(args.input), partitions)

        # Map: the extraction records, one line per document.
        extract = shlex.join([on_executors, "extract", "--jsonl", "-"])
        docs.pipe(extract, checkCode=True).saveAsTextFile(args.records)

        # `build` refuses a corpus with a repeated id; so does this job (merging
        # would otherwise keep one document's text and both documents' evidence).
        repeated = (
            sc.textFile(args.records)
            .map(lambda line: (record_id(line), 1))
            .reduceByKey(add)
            .filter(lambda kv: kv[1] > 1)
            .take(5)
        )
        if repeated:
            ids = ", ".join(f"{i!r} ({n} times)" for i, n in repeated)
            fail(f"{args.input}: document ids used more than once: {ids}; no graph written")

        # Reduce: a partial graph per partition, merged on the driver.
        partials = docs.mapPartitionsWithIndex(build_partition(on_executors))
        n = merge_partials(partials, on_driver, args.graph)
        print(
            f"diplograph_job: {partitions} partitions ({n} not empty): "
            f"records in {args.records}, graph in {args.graph}",
            file=sys.stderr,
        )
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
