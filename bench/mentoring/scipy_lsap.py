"""Solves one score matrix (.npy, int32, rows = mentees) with SciPy's
linear_sum_assignment, maximising, and prints the median time over --reps
runs, the objective (sum of the chosen entries) and the peak resident memory
of this process. Run by run.sh with Debian's SciPy unpacked on PYTHONPATH."""
import argparse
import resource
import statistics
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("matrix")
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    matrix = np.load(args.matrix)
    times = []
    objective = None
    for _ in range(args.reps):
        started = time.perf_counter()
        rows, columns = linear_sum_assignment(matrix, maximize=True)
        times.append((time.perf_counter() - started) * 1000.0)
        objective = int(matrix[rows, columns].astype(np.int64).sum())
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"scipy case={args.label} ms={statistics.median(times):.1f} min_ms={min(times):.1f} "
          f"objective={objective} peak_rss_kb={peak_kb} shape={matrix.shape[0]}x{matrix.shape[1]}")


if __name__ == "__main__":
    main()
